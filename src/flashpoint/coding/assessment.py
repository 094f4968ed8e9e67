"""What the governing words say about one trigger: the plain record the modality rules fill in."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Assessment:
    """What the governing words say about one trigger."""

    status: str = "asserted"
    negated: bool = False
    attributed_to: tuple[int, int] | None = None  # token span of the sayer
    statement_kind: str | None = None  # intent | threat | refuse | request | demand
    statement_token: int | None = None  # token whose subject makes the statement
    report_token: int | None = None  # nearest governing say-verb
    suppressed: bool = False  # inside an accusation: the accusation is coded, not the act
    notes: list[str] = field(default_factory=list)
