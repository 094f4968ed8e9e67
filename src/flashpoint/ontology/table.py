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
from ..errors import msg

#: The 16 event types of PLOVER 2.0, in the manual's order (cooperation first, then conflict).
PLOVER_TYPES: tuple[str, ...] = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "REJECT", "ACCUSE", "THREATEN", "SANCTION", "PROTEST", "MOBILIZE", "COERCE", "ASSAULT",
)

#: The modes PLOVER 2.0 allows for each type (types not listed have no modes).
PLOVER_MODES: dict[str, tuple[str, ...]] = {
    "CONSULT": ("visit", "third-party", "multilateral", "phone"),
    "RETREAT": ("withdraw", "release", "disarm", "ceasefire", "access", "resign"),
    "REQUEST": ("assist", "change", "yield", "meet"),
    "REJECT": ("assist", "change", "yield", "meet"),
    "ACCUSE": ("disapprove", "investigate", "allege"),
    "THREATEN": ("restrict", "arrest", "relations", "expel", "territory", "violence"),
    "SANCTION": ("convict", "expel", "withdraw", "discontinue"),
    "PROTEST": ("demo", "riot", "strike", "hunger", "boycott", "obstruct", "vandalize"),
    "MOBILIZE": ("troops", "weapons", "police", "militia"),
    "COERCE": ("seize", "restrict", "censor", "curfew", "martial-law", "arrest", "deport", "withhold",
               "misinformation", "cyber"),
    "ASSAULT": ("abduct", "beat", "torture", "sexual", "targeted", "destroy", "primitive", "firearms",
                "explosives", "suicide-attack", "aerial", "drone", "heavy-weapons", "crowd-control",
                "unconventional"),
}

#: The 37 PLOVER contexts (an event may carry several).
PLOVER_CONTEXTS: tuple[str, ...] = (
    "military", "intelligence", "executive", "legislative", "election", "political_institutions",
    "pro_democracy", "pro_autocracy", "economic", "legal", "reparations", "human_rights",
    "rights_freedoms", "repression", "human_security", "gender", "lgbt", "religion_ethnicity",
    "inequality", "diplomatic", "territory", "peacekeeping", "health", "asylum", "migration",
    "disasters", "natural_resource", "environment", "technology", "terrorism", "cbrn", "cyber",
    "misinformation", "crime", "corruption", "illegal_drugs", "trafficking",
)

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
