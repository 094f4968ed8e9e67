"""People with dated roles: which office a person holds on a date, and which of several people
a name means."""

from __future__ import annotations

import datetime as dt

from .kb import KnowledgeBase
from .names import surname_forms
from .roles import Person


def person_office(kb: KnowledgeBase, person: Person, *,
                  as_of: dt.date | None) -> tuple[str | None, list[str], str | None, str | None]:
    """(country, sectors, org, role) of a person on ``as_of``.

    In an office that day: that office (its country, or the organisation's country code and org
    for an office of an organisation). Out of every office by then: nationality + ELI, role
    "former <last role>". Not yet in any office: nationality with no sector and no role (the
    caller then resolves by title and context only). ``as_of=None``: the most recent office,
    never ELI (an undated article may predate the end of that office).
    """
    if not person.tenures:
        return person.nationality, [], None, None
    if as_of is None:
        t = max(person.tenures, key=lambda t: (t.end or dt.date.max, t.start or dt.date.min))
    else:
        active = [t for t in person.tenures if t.covers(as_of)]
        if not active:
            past = [t for t in person.tenures if t.end is not None and t.end < as_of]
            if past:
                last = max(past, key=lambda t: t.end)
                return person.nationality, ["ELI"], None, "former " + last.role
            return person.nationality, [], None, None  # not yet in office: by title/context only
        t = max(active, key=lambda t: t.start or dt.date.min)
    if t.country is None and t.org:
        period = kb.org_period(t.org, as_of)
        country = period.country if period else "IGO"
        return country, [t.sector] if t.sector else [], t.org, t.role
    return t.country, [t.sector] if t.sector else [], t.org, t.role


def pick_person(kb: KnowledgeBase, ids: frozenset[str], *, as_of: dt.date | None) -> Person | None:
    """The one person a name means: the only candidate, or the only one in office on ``as_of``;
    None when the name stays ambiguous."""
    people = sorted((kb.people[i] for i in ids if i in kb.people), key=lambda p: p.person_id)
    if len(people) <= 1:
        return people[0] if people else None
    if as_of is not None:
        active = [p for p in people if any(t.covers(as_of) for t in p.tenures)]
        if len(active) == 1:
            return active[0]
    return None


def pick_by_title(kb: KnowledgeBase, ids: frozenset[str], *, title: str | None,
                  as_of: dt.date | None, country: str | None = None) -> Person | None:
    """The one person of an ambiguous name whose office has the phrase's title ("President
    Duterte": the president, not the vice-president of the same name; "President Saleh" of Yemen,
    not Prime Minister Saleh of Sudan), in that office on ``as_of`` when the date is known; None
    when no title is given or none or several such people remain. ``country``: the phrase's own
    country ("Yemeni President Saleh"), which the office must be of."""
    if not title:
        return None
    wanted = title.casefold()
    fits = [kb.people[i] for i in sorted(ids) if i in kb.people
            and any(t.role.casefold() == wanted and (as_of is None or t.covers(as_of))
                    and (country is None or t.country == country)
                    for t in kb.people[i].tenures)]
    return fits[0] if len(fits) == 1 else None


def pick_head(kb: KnowledgeBase, ids: frozenset[str]) -> Person | None:
    """The one person of an ambiguous name who was ever a head of state or government: "the
    Clinton administration" is the president's, not the secretary of state's; None when two were."""
    heads = [kb.people[i] for i in sorted(ids) if i in kb.people and kb.people[i].head]
    return heads[0] if len(heads) == 1 else None


def surnames(person: Person) -> list[str]:
    """The forms of a person's surname that news uses alone ("Putin", "Assad")."""
    return surname_forms(person.name, nationality=person.nationality)
