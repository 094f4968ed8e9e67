"""The data tables of the exports, loaded once and checked: ISO -> FIPS country codes, and the
GDELT 2.0 event table's columns in order (``data/exports/``, not coder data: they do not enter the
coder's data hash)."""

from __future__ import annotations

import re
from dataclasses import dataclass, fields
from functools import cache

from ...resources.datafiles import Row, data_path, read_csv

FIPS_FILE = "exports/fips_countries.csv"
GDELT_FILE = "exports/gdelt_columns.csv"
GDELT_COLUMN_COUNT = 61
GDELT_TYPES = ("integer", "number", "string")


@dataclass(frozen=True)
class Country:
    iso3: str
    fips: str | None
    name: str


@cache
def countries() -> dict[str, Country]:
    """ISO 3166-1 alpha-3 -> its FIPS 10-4 code (None when it has none) and name."""
    out: dict[str, Country] = {}
    previous = ""

    def check(row: Row) -> None:
        if not re.fullmatch(r"[A-Z]{3}", row["iso3"]):
            raise row.fail(f"iso3 {row['iso3']!r} is not three capital letters")
        if row.get("fips") and not re.fullmatch(r"[A-Z0-9]{2}", row.get("fips")):
            raise row.fail(f"fips {row.get('fips')!r} is not two capital letters or digits")
        if row["iso3"] <= previous:
            raise row.fail(f"rows must be sorted by iso3, once each: {row['iso3']!r} comes after {previous!r}")

    for row in read_csv(data_path(FIPS_FILE), required=("iso3", "name"), check=check):
        previous = row["iso3"]
        out[row["iso3"]] = Country(row["iso3"], row.get("fips") or None, row["name"])
    return out


@dataclass(frozen=True)
class GdeltColumn:
    """A row of the GDELT header table (its fields are the file's columns)."""

    position: str
    name: str
    type: str
    description: str


@cache
def gdelt_columns() -> tuple[str, ...]:
    """The 61 column names of the GDELT 2.0 event table, in its order."""
    names: list[str] = []

    def check(row: Row) -> None:
        if row["position"] != str(len(names) + 1):
            raise row.fail(f"position {row['position']!r}: expected {len(names) + 1} (rows in order, from 1)")
        if row["type"] not in GDELT_TYPES:
            raise row.fail(f"type {row['type']!r} is not one of {', '.join(GDELT_TYPES)}")
        if row["name"] in names:
            raise row.fail(f"column {row['name']!r} appears twice")

    required = tuple(f.name for f in fields(GdeltColumn))
    for row in read_csv(data_path(GDELT_FILE), required=required, check=check):
        names.append(row["name"])
    if len(names) != GDELT_COLUMN_COUNT:
        from ...errors import DataFileError

        raise DataFileError(str(data_path(GDELT_FILE)), None,
                            f"{len(names)} columns; the GDELT 2.0 event table has {GDELT_COLUMN_COUNT}")
    return tuple(names)
