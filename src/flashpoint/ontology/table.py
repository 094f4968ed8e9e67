"""The CAMEO code table (``data/cameo.csv``): Goldstein value, QuadClass and PLOVER 2.0 mapping.

One row per CAMEO code (roots, 3- and 4-digit codes), validated on load so a bad edit stops with
``file:line`` and the reason instead of silently producing wrong event records.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from pathlib import Path

from ..resources.datafiles import Row, data_path, read_csv
from ..errors import DataFileError, msg

#: Kinds of rows of ``data/plover.csv``.
PLOVER_KINDS = ("type", "mode", "context")


def read_plover(path: str | Path) -> tuple[tuple[str, ...], dict[str, tuple[str, ...]], tuple[str, ...]]:
    """PLOVER 2.0's event types (in the manual's order), the modes each type allows and its
    contexts, from ``data/plover.csv``: the ontology is data, like the CAMEO table."""
    rows: dict[tuple[str, str], list[tuple[int, str]]] = {}
    seen: dict[tuple[str, str, str], int] = {}

    def check(row: Row) -> None:
        if row["kind"] not in PLOVER_KINDS:
            raise row.fail(msg("E360", value=row["kind"], available=", ".join(PLOVER_KINDS)))
        if not row["rank"].isdigit():
            raise row.fail(msg("E361", value=row["rank"]))
        if (row["kind"] == "mode") != bool(row.get("type")):
            raise row.fail(msg("E362", name=row["name"]))
        key = (row["kind"], row.get("type"), row["name"])
        if key in seen:
            raise row.fail(msg("E363", value=row["name"], first=seen[key]))
        seen[key] = row.line

    for row in read_csv(path, required=("kind", "name", "rank"), check=check):
        rows.setdefault((row["kind"], row.get("type")), []).append((int(row["rank"]), row["name"]))

    def ordered(kind: str, type_: str = "") -> tuple[str, ...]:
        return tuple(name for _, name in sorted(rows.get((kind, type_), [])))

    types = ordered("type")
    modes = {t: ordered("mode", t) for t in types if ordered("mode", t)}
    unknown = sorted({t for kind, t in rows if kind == "mode"} - set(types))
    if unknown:
        raise DataFileError(str(path), None, msg("E364", types=", ".join(unknown)))
    return types, modes, ordered("context")


#: The 16 event types of PLOVER 2.0 (cooperation first, then conflict), the modes PLOVER allows for
#: each type (types not listed have none), and the 37 contexts (an event may carry several).
PLOVER_TYPES, PLOVER_MODES, PLOVER_CONTEXTS = read_plover(data_path("plover.csv"))

COLUMNS = ("code", "root", "name", "goldstein", "quad_class", "plover_type", "plover_mode",
           "plover_context")
_CODE = re.compile(r"^\d{2,4}$")


@dataclass(frozen=True)
class CameoCode:
    """One CAMEO code with its scores and its PLOVER 2.0 equivalent (type None for 01 statements)."""

    code: str
    root: str
    name: str
    goldstein: float
    quad_class: int
    plover_type: str | None
    plover_mode: str | None = None
    plover_context: tuple[str, ...] = ()


@dataclass
class Ontology:
    """All CAMEO codes by code string (leading zeros kept), and the files they came from."""

    codes: dict[str, CameoCode] = field(default_factory=dict)
    files: list[str] = field(default_factory=list)

    def get(self, code: str) -> CameoCode:
        try:
            return self.codes[code]
        except KeyError:
            raise KeyError(msg("E350", value=code, files=", ".join(self.files) or "the table")) from None

    def __contains__(self, code: object) -> bool:
        return code in self.codes

    def __len__(self) -> int:
        return len(self.codes)

    def root_of(self, code: str) -> str:
        """The two-digit root of a known code ("0231" -> "02"); KeyError for unknown codes."""
        return self.get(code).root

    @property
    def plover_types(self) -> tuple[str, ...]:
        return PLOVER_TYPES


def _check_row(row: Row) -> None:
    code, root = row["code"], row["root"]
    if not _CODE.match(code):
        raise row.fail(msg("E351", value=code))
    if root != code[:2]:
        raise row.fail(msg("E353", root=root, value=code))
    try:
        goldstein = float(row["goldstein"])
    except ValueError:
        goldstein = float("nan")
    if not -10.0 <= goldstein <= 10.0:
        raise row.fail(msg("E355", value=row["goldstein"]))
    if row["quad_class"] not in ("1", "2", "3", "4"):
        raise row.fail(msg("E356", value=row["quad_class"]))
    ptype = row.get("plover_type")
    if ptype and ptype not in PLOVER_TYPES:
        raise row.fail(msg("E357", value=ptype, available=", ".join(PLOVER_TYPES)))
    mode = row.get("plover_mode")
    if mode and mode not in PLOVER_MODES.get(ptype, ()):
        raise row.fail(msg("E359", value=mode, type=ptype or "(none)",
                           available=", ".join(PLOVER_MODES.get(ptype, ())) or "no modes"))
    for context in _split(row.get("plover_context")):
        if context not in PLOVER_CONTEXTS:
            raise row.fail(msg("E358", value=context, available=", ".join(PLOVER_CONTEXTS)))


def _split(cell: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in cell.split("|") if part.strip())


def read_table(path: str | Path) -> Ontology:
    """Read and validate one CAMEO table (uncached; ``load_ontology`` caches)."""
    codes: dict[str, CameoCode] = {}
    lines: dict[str, Row] = {}
    for row in read_csv(path, required=COLUMNS[:5], check=_check_row):
        code = row["code"]
        if code in lines:
            raise row.fail(msg("E352", value=code, first=lines[code].line))
        lines[code] = row
        codes[code] = CameoCode(
            code=code,
            root=row["root"],
            name=row["name"],
            goldstein=float(row["goldstein"]),
            quad_class=int(row["quad_class"]),
            plover_type=row.get("plover_type") or None,
            plover_mode=row.get("plover_mode") or None,
            plover_context=_split(row.get("plover_context")),
        )
    for code, row in lines.items():
        if row["root"] not in codes:
            raise row.fail(msg("E354", root=row["root"], value=code))
    return Ontology(codes=codes, files=[str(path)])


@functools.lru_cache(maxsize=8)
def load_ontology(path: str | Path | None = None) -> Ontology:
    """The shipped table (or the one at ``path``), loaded and validated once per process."""
    return read_table(path if path is not None else data_path("cameo.csv"))
