"""The country of a news outlet (``data/outlets.csv``): the home of a paper or broadcaster is the
last default of a bare "police" in its stories (the Times of India writes about India).

One row per name or web domain of an outlet. Wire agencies (AP, Reuters, AFP) have no row: they
file from everywhere, so their name says nothing about a story's country.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from urllib.parse import urlsplit

from ..errors import msg
from ..resources.datafiles import data_path, read_csv

OUTLETS_FILE = "outlets.csv"


def outlet_key(name: str) -> str:
    """Lookup key of an outlet name or domain: lower case, no "the ", no "www.", single spaces."""
    key = " ".join(name.lower().split())
    key = key.removeprefix("the ").removeprefix("www.")
    return key


@lru_cache(maxsize=4)
def read_outlets(path: str | Path | None = None) -> dict[str, str]:
    """Outlet key -> ISO3 country; a bad row raises ``DataFileError`` with file:line."""
    path = Path(path) if path is not None else data_path(OUTLETS_FILE)
    out: dict[str, str] = {}
    lines: dict[str, int] = {}
    previous = None
    for row in read_csv(path, required=("outlet", "country")):
        key, country = outlet_key(row["outlet"]), row["country"]
        if not re.fullmatch(r"[A-Z]{3}", country):
            raise row.fail(msg("E216", column="country", value=country))
        if key in lines:
            raise row.fail(msg("E605", what="outlet", value=row["outlet"], first=lines[key]))
        if previous is not None and key < previous:
            raise row.fail(msg("E217", value=row["outlet"], previous=previous))
        out[key], lines[key], previous = country, row.line, key
    return out


def outlet_country(outlet: str | None, url: str | None = None, *,
                   outlets: dict[str, str] | None = None) -> str | None:
    """The country of the outlet named ``outlet``, else of the web domain of ``url`` (its
    subdomains too: "m.timesofindia.com"), else None."""
    table = outlets if outlets is not None else read_outlets()
    if outlet:
        found = table.get(outlet_key(outlet))
        if found:
            return found
    if url:
        try:
            host = outlet_key(urlsplit(url if "//" in url else "//" + url).hostname or "")
        except ValueError:  # not a URL ("[", a bad port): no outlet from it
            return None
        parts = host.split(".")
        for k in range(len(parts) - 1):
            found = table.get(".".join(parts[k:]))
            if found:
                return found
    return None
