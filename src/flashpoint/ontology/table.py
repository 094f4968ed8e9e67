"""STUB (to be replaced by the ontology work)."""
from __future__ import annotations
from dataclasses import dataclass, field


@dataclass(frozen=True)
class CameoCode:
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
    codes: dict[str, CameoCode] = field(default_factory=dict)
    files: list[str] = field(default_factory=list)

    def get(self, code: str) -> CameoCode:
        return self.codes[code]


def load_ontology() -> Ontology:
    return Ontology({c.code: c for c in [
        CameoCode("130", "13", "Threaten", -4.4, 3, "THREATEN"),
        CameoCode("190", "19", "Use conventional military force", -10.0, 4, "ASSAULT"),
        CameoCode("040", "04", "Consult", 1.0, 1, "CONSULT"),
        CameoCode("112", "11", "Accuse", -2.0, 3, "ACCUSE")]})
