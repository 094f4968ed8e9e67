"""The actor data files: their kinds and columns, the checks of a row, and reading a user file.

File formats: see the data files under ``flashpoint/data`` (one fact per row). A user file
(``--actors FILE``, CSV or YAML) uses the same columns; its kind is recognised from its header
(CSV) or its top-level key (YAML). A YAML file::

    people:
      - {person_id: jean-dupont, name: Jean Dupont, nationality: FRA, role: Foreign Minister,
         country: FRA, sector: GOV, start: 2030-01-01}
    organisation_aliases:
      - {alias: WLF, org: WIDGETS}

A bad row raises ``DataFileError`` with file:line and the reason (messages E201-E215).
"""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path
from typing import Iterable, Iterator

import yaml

from ..errors import DataFileError, msg
from ..resources.datafiles import Row, data_path, read_csv

#: Sector codes (PLOVER/CAMEO) a data row may use.
SECTORS = frozenset(
    "COP GOV JUD LEG MIL PTY REB SPY UAF AGR BUS CRM CVL EDU ELI JRN LAB MED REF OPP REL NGO HLH "
    "UNK".split()
)
ALIAS_KINDS = frozenset({"name", "abbrev", "demonym", "capital", "metonym"})
ORG_KINDS = frozenset({"igo", "ngo", "armed", "party", "mnc", "media", "union"})
SECTOR_WORD_KINDS = frozenset({"noun", "adj"})
TITLE_KINDS = frozenset({"head", "minister", "official", "local", "military", "police", "judicial",
                         "legislative", "other", "former"})
GROUP_KINDS = frozenset({"ethnic", "religious"})

#: The file kinds, their columns (the header identifies the kind of a user file) and shipped names.
COLUMNS: dict[str, tuple[str, ...]] = {
    "countries": ("iso3", "name", "short_name"),
    "country_aliases": ("alias", "iso3", "kind", "sector"),
    "organisations": ("org", "name", "kind", "country", "sector", "start", "end"),
    "organisation_aliases": ("alias", "org"),
    "sector_words": ("word", "sector", "kind"),
    "titles": ("title", "sector", "kind"),
    "groups": ("group", "kind", "form", "country", "sector"),
    "people": ("person_id", "name", "nationality", "role", "country", "org", "sector", "start", "end"),
    "person_aliases": ("alias", "person_id"),
}
REQUIRED: dict[str, tuple[str, ...]] = {
    "countries": ("iso3", "name"),
    "country_aliases": ("alias", "iso3", "kind"),
    "organisations": ("org", "name", "kind", "country"),
    "organisation_aliases": ("alias", "org"),
    "sector_words": ("word", "kind"),  # an empty sector: people of no sector ("detainees")
    "titles": ("title", "sector", "kind"),
    "groups": ("group", "kind", "form"),
    "people": ("person_id", "name", "nationality", "role"),
    "person_aliases": ("alias", "person_id"),
}
#: Shipped files in load order (later kinds refer to earlier ones).
SHIPPED: tuple[tuple[str, str], ...] = (
    ("countries", "countries.csv"),
    ("country_aliases", "country_aliases.csv"),
    ("organisations", "organisations.csv"),
    ("organisation_aliases", "organisation_aliases.csv"),
    ("sector_words", "sector_words.csv"),
    ("titles", "titles.csv"),
    ("groups", "groups.csv"),
    ("people", "people_leaders.csv"),
    ("people", "people_officials.csv"),
    ("person_aliases", "person_aliases.csv"),
)
#: YAML keys that name a file kind by its shipped file name or spelling.
YAML_KEYS = {"people_leaders": "people", "people_officials": "people", "organizations": "organisations",
             "organization_aliases": "organisation_aliases"}
KIND_ORDER = ("countries", "country_aliases", "organisations", "organisation_aliases",
              "sector_words", "titles", "groups", "people", "person_aliases")


def shipped_files() -> list[tuple[str, Path]]:
    """(kind, path) of every shipped actor file, in load order."""
    return [(kind, data_path(name)) for kind, name in SHIPPED]


# -- checks of a row -------------------------------------------------------------------------------

def row_date(row: Row, column: str) -> dt.date | None:
    value = row.get(column)
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise row.fail(msg("E201", column=column, value=value)) from None


def row_sector(row: Row, column: str = "sector", *, allow_empty: bool = True) -> str | None:
    value = row.get(column)
    if not value:
        if allow_empty:
            return None
        raise row.fail(msg("E202", value=value, allowed=" ".join(sorted(SECTORS))))
    if value not in SECTORS:
        raise row.fail(msg("E202", value=value, allowed=" ".join(sorted(SECTORS))))
    return value


def row_one_of(row: Row, column: str, *, allowed: frozenset[str]) -> str:
    value = row.get(column)
    if value not in allowed:
        raise row.fail(msg("E203", column=column, value=value, allowed=", ".join(sorted(allowed))))
    return value


def row_dates(row: Row) -> tuple[dt.date | None, dt.date | None]:
    start, end = row_date(row, "start"), row_date(row, "end")
    if start and end and end < start:
        raise row.fail(msg("E204", start=start, end=end))
    return start, end


# -- user files ------------------------------------------------------------------------------------

def _kind_of_columns(columns: Iterable[str]) -> str | None:
    cols = set(columns)
    for kind in KIND_ORDER:
        if set(REQUIRED[kind]) <= cols and cols <= set(COLUMNS[kind]) | {"note", "notes", "source"}:
            return kind
    return None


def _csv_header(path: Path) -> list[str]:
    with path.open(encoding="utf-8", newline="") as fh:
        for line in fh:
            if line.strip() and not line.lstrip().startswith("#"):
                return [c.strip() for c in next(csv.reader([line]))]
    return []


def _yaml_rows(path: Path) -> Iterator[tuple[str, Row]]:
    """Rows of a YAML user file: ``{kind: [ {column: value, ...}, ... ]}`` with line numbers."""
    try:
        root = yaml.compose(path.read_text(encoding="utf-8"))
    except (yaml.YAMLError, UnicodeDecodeError) as exc:
        raise DataFileError(str(path), None, msg("E211", detail=str(exc).replace("\n", " "))) from None
    if root is None:
        return
    if not isinstance(root, yaml.MappingNode):
        raise DataFileError(str(path), root.start_mark.line + 1,
                            msg("E212", kinds=", ".join(KIND_ORDER)))
    for key_node, value_node in root.value:
        kind = YAML_KEYS.get(str(key_node.value), str(key_node.value))
        if kind not in COLUMNS:
            raise DataFileError(str(path), key_node.start_mark.line + 1,
                                msg("E212", kinds=", ".join(KIND_ORDER)))
        if not isinstance(value_node, yaml.SequenceNode):
            raise DataFileError(str(path), value_node.start_mark.line + 1,
                                msg("E213", kind=kind))
        for item in value_node.value:
            line = item.start_mark.line + 1
            if not isinstance(item, yaml.MappingNode):
                raise DataFileError(str(path), line, msg("E213", kind=kind))
            values = {}
            for k, v in item.value:
                if not isinstance(v, yaml.ScalarNode):
                    raise DataFileError(str(path), v.start_mark.line + 1, msg("E213", kind=kind))
                values[str(k.value).strip()] = "" if v.value is None else str(v.value).strip()
            if values.get("sector", "").lower() == "null":
                values["sector"] = ""
            row = Row(str(path), line, {c: values.get(c, "") for c in COLUMNS[kind]})
            unknown = set(values) - set(COLUMNS[kind])
            if unknown:
                raise row.fail(msg("E214", columns=", ".join(sorted(unknown)), kind=kind))
            for c in REQUIRED[kind]:
                if not row.get(c):
                    raise row.fail(f"column {c!r} is empty")
            yield kind, row


def user_file_rows(path: Path) -> Iterator[tuple[str, Row]]:
    """The rows of a user file with their kind (recognised from the CSV header or YAML keys)."""
    if not path.exists():
        raise DataFileError(str(path), None, msg("E603", path=path))
    if path.suffix.lower() in (".yaml", ".yml"):
        yield from _yaml_rows(path)
        return
    kind = _kind_of_columns(_csv_header(path))
    if kind is None:
        raise DataFileError(str(path), None, msg("E215", kinds="; ".join(
            f"{k}: {','.join(COLUMNS[k])}" for k in KIND_ORDER)))
    for row in read_csv(path, required=REQUIRED[kind]):
        yield kind, row
