"""Dated facts: what an organisation was on a date (``OrgPeriod``) and the offices a person held
(``Tenure``). Which office a person holds on a date is decided in ``people``."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field


@dataclass(frozen=True)
class OrgPeriod:
    org: str
    name: str
    kind: str
    country: str
    sector: str | None
    start: dt.date | None
    end: dt.date | None

    def covers(self, day: dt.date) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)


@dataclass(frozen=True)
class Tenure:
    role: str
    country: str | None
    org: str | None
    sector: str | None
    start: dt.date | None
    end: dt.date | None

    def covers(self, day: dt.date) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)


@dataclass
class Person:
    person_id: str
    name: str
    nationality: str
    tenures: list[Tenure] = field(default_factory=list)
    #: Held an office whose title is of kind "head" (president, prime minister, king...): news
    #: names such people by surname alone, so a bare unique surname may resolve to them.
    head: bool = False

    @property
    def surname(self) -> str:
        return self.name.split()[-1]


def period_on(periods: list[OrgPeriod], as_of: dt.date | None) -> OrgPeriod | None:
    """The period (sorted by start) that covers ``as_of``; before the first, the first; after or
    between them, the last; ``as_of=None``: the latest known status."""
    if not periods:
        return None
    if as_of is None:
        return periods[-1]
    for p in periods:
        if p.covers(as_of):
            return p
    return periods[0] if periods[0].start and as_of < periods[0].start else periods[-1]
