"""Matching predicted events with gold events: what every gold format compares the same way.

An actor is compared by country in the gold's vocabulary (ISO alpha-3, IGO, NGO, IMG, ISM, MNC,
``---`` for no country; ``country_key``) and, at the finer level, by sector too. Specific
international organisations count as ``IGO`` against a gold ``IGO``. Each gold event matches at
most one prediction (``match_greedy``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Sequence, TypeVar

from ..errors import msg
from ..ontology.codes import NON_STATE_CODES
from ..resources.datafiles import data_path, read_csv

#: PETRARCH's code for an actor whose country is not known ("---REB": rebels of no named country).
UNKNOWN = "---"

IGO_FAMILIES_FILE = "igo_families.csv"
_ORG_CODE = re.compile(r"[A-Z0-9]+")

G = TypeVar("G")
P = TypeVar("P")


def read_igo_families(path: str | Path | None = None) -> dict[str, str]:
    """Organisation code (ours and CAMEO's) of an intergovernmental organisation -> the CAMEO
    family it belongs to (the UN's agencies are "UNO", the EU's institutions "EUR"), from
    ``data/igo_families.csv``; a bad row raises ``DataFileError`` with file:line."""
    path = Path(path) if path is not None else data_path(IGO_FAMILIES_FILE)
    families: dict[str, str] = {}
    lines: dict[str, int] = {}
    rows = []
    previous = None
    for row in read_csv(path, required=("code", "family")):
        code, family = row["code"], row["family"]
        for value in (code, family):
            if not _ORG_CODE.fullmatch(value):
                raise row.fail(msg("E805", value=value))
        if code in lines:
            raise row.fail(msg("E605", what="code", value=code, first=lines[code]))
        if previous is not None and code < previous:
            raise row.fail(msg("E807", value=code, previous=previous))
        families[code], lines[code], previous = family, row.line, code
        rows.append(row)
    for row in rows:
        if families.get(row["family"]) != row["family"]:
            raise row.fail(msg("E806", value=row["family"]))
    return families


#: Organisation code -> CAMEO family, for every intergovernmental organisation the scorer knows.
IGO_FAMILY: dict[str, str] = read_igo_families()


def country_key(actor_country: str | None, actor_org: str | None, *, gold_value: str | None = None) -> str:
    """Our actor's country/org in the gold's vocabulary (ISO alpha-3, IGO, NGO, IMG, ISM, MNC, ---).

    A specific IGO (country "IGO", or an org code such as "NATO", "UNO", "EUR") is "IGO"; when the
    gold itself names the organisation family ("UNO"), an actor of that family maps to it. An actor
    with no country is "---", PETRARCH's unknown-country code.
    """
    country = (actor_country or "").strip().upper() or None
    org = (actor_org or "").strip().upper() or None
    gold = (gold_value or "").strip().upper() or None
    if gold is not None and gold in IGO_FAMILY:
        family = IGO_FAMILY[gold]
        if any(IGO_FAMILY.get(x) == family for x in (country, org) if x):
            return gold
    if country in NON_STATE_CODES:
        return country
    if country in IGO_FAMILY or (country is None and org in IGO_FAMILY):
        return "IGO"
    return country or UNKNOWN


# -- what the scorers know of a coded event ---------------------------------------------------------

@dataclass
class PredictedEvent:
    """What the scorers need of a coded event (converted from ``records.Event``).

    Spans are character offsets into the coded text; a ``None`` span with no country, org or
    sector means the event has no such actor.
    """

    source_country: str | None
    target_country: str | None
    plover_type: str | None
    cameo: str | None
    factual: bool = True
    source_org: str | None = None
    target_org: str | None = None
    sentence: str = ""
    trigger: str = ""
    source_sectors: tuple[str, ...] = ()
    target_sectors: tuple[str, ...] = ()
    source_span: tuple[int, int] | None = None
    target_span: tuple[int, int] | None = None
    source_text: str = ""
    target_text: str = ""
    plover_mode: str | None = None
    quantities: tuple[tuple[str, float], ...] = ()
    trigger_start: int | None = None
    status: str = ""

    def label(self, scheme: str) -> str | None:
        """The type the gold compares: the CAMEO root under "cameo", else the PLOVER type."""
        if scheme == "cameo":
            return self.cameo[:2] if self.cameo else None
        return self.plover_type or None

    @property
    def has_source(self) -> bool:
        return bool(self.source_span is not None or self.source_country or self.source_org
                    or self.source_sectors)

    def triple(self, scheme: str = "plover", *, sectors: bool = False) -> str:
        """"USA/GOV -ASSAULT-> IRQ/MIL" (or without the sectors): how errors are printed."""
        def side(country: str | None, org: str | None, *, secs: tuple[str, ...], present: bool) -> str:
            if not present:
                return "null"
            key = country_key(country, org)
            return f"{key}/{'+'.join(secs) or '-'}" if sectors else key
        target_present = bool(self.target_span is not None or self.target_country or self.target_org
                              or self.target_sectors)
        return (f"{side(self.source_country, self.source_org, secs=self.source_sectors, present=self.has_source)} "
                f"-{self.label(scheme)}-> "
                f"{side(self.target_country, self.target_org, secs=self.target_sectors, present=target_present)}")


def predicted_from_event(event: Any) -> PredictedEvent:
    """Convert a ``records.Event`` into what the scorers compare."""
    source, target = event.source, event.target
    plover = event.plover or {}
    return PredictedEvent(
        source_country=source.country if source is not None else None,
        target_country=target.country if target is not None else None,
        plover_type=plover.get("type") or None,
        cameo=event.cameo or None,
        factual=bool(event.factual),
        source_org=source.org if source is not None else None,
        target_org=target.org if target is not None else None,
        sentence=event.sentence,
        trigger=event.trigger.text if event.trigger is not None else "",
        source_sectors=tuple(source.sectors) if source is not None else (),
        target_sectors=tuple(target.sectors) if target is not None else (),
        source_span=tuple(source.span) if source is not None else None,
        target_span=tuple(target.span) if target is not None else None,
        source_text=source.text if source is not None else "",
        target_text=target.text if target is not None else "",
        plover_mode=plover.get("mode") or None,
        quantities=tuple((q.kind, float(q.value)) for q in event.quantities or ()),
        trigger_start=event.trigger.span[0] if event.trigger is not None else None,
        status=event.modality.status if event.modality is not None else "",
    )


# -- actors at country and at country+sector level --------------------------------------------------

@dataclass(frozen=True)
class GoldActor:
    """A gold actor: ``country`` None when the text gives no country, ``sector`` None for none."""

    country: str | None
    sector: str | None = None
    text: str = ""

    def label(self, *, sectors: bool) -> str:
        country = self.country or UNKNOWN
        return f"{country}/{self.sector or '-'}" if sectors else country


@dataclass(frozen=True)
class GoldTriple:
    """A gold event as the triple scorers compare (source, PLOVER type, target), and its extras."""

    source: GoldActor | None
    type: str | None
    target: GoldActor | None
    quantities: tuple[tuple[str, float], ...] = ()
    optional: bool = False
    offset: int | None = None
    trigger: str = ""
    extra: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)

    def describe(self, *, sectors: bool) -> str:
        source = self.source.label(sectors=sectors) if self.source else "null"
        target = self.target.label(sectors=sectors) if self.target else "*"
        return f"{source} -{self.type}-> {target}"


def side_matches(gold: GoldActor | None, *, country: str | None, org: str | None,
                 sectors: Sequence[str], null_matches_any: bool, with_sector: bool) -> bool:
    """Does a predicted actor fit a gold actor?

    A gold actor of None matches anything when ``null_matches_any`` (a gold target of null), else
    only a predicted actor with no country (or none at all). A gold country of None matches a
    predicted actor with no country. At sector level, a gold sector must be among the predicted
    actor's sectors, and a gold sector of None matches an actor with no sector.
    """
    if gold is None:
        return null_matches_any or country_key(country, org) == UNKNOWN
    if country_key(country, org, gold_value=gold.country) != (gold.country or UNKNOWN):
        return False
    if not with_sector:
        return True
    return gold.sector in sectors if gold.sector is not None else not sectors


def triple_matches(gold: GoldTriple, pred: PredictedEvent, *, with_sector: bool) -> bool:
    """Same PLOVER type, the source fits (a null gold source wants no country), the target fits
    (a null gold target matches any target)."""
    return (gold.type is not None and pred.plover_type == gold.type
            and side_matches(gold.source, country=pred.source_country, org=pred.source_org,
                             sectors=pred.source_sectors, null_matches_any=False, with_sector=with_sector)
            and side_matches(gold.target, country=pred.target_country, org=pred.target_org,
                             sectors=pred.target_sectors, null_matches_any=True, with_sector=with_sector))


def match_greedy(golds: Sequence[G], preds: Sequence[P], *, fits: Callable[[G, P], bool],
                 distance: Callable[[G, P], float] | None = None
                 ) -> tuple[list[tuple[G, P]], list[G], list[P]]:
    """One-to-one matching, gold in the order given: each gold event takes the fitting prediction
    that is closest (``distance``; the first when None). Returns (pairs, missed gold, unmatched
    predictions)."""
    free = list(preds)
    pairs: list[tuple[G, P]] = []
    missed: list[G] = []
    for gold in golds:
        candidates = [p for p in free if fits(gold, p)]
        if not candidates:
            missed.append(gold)
            continue
        best = min(candidates, key=lambda p: distance(gold, p)) if distance is not None else candidates[0]
        free.remove(best)
        pairs.append((gold, best))
    return pairs, missed, free


def parse_actor(raw: Any, *, where: str, fail: Callable[[str], Exception], nullable: bool) -> GoldActor | None:
    """A gold actor object {"country", "sector", "text"} (or null when ``nullable``)."""
    if raw is None:
        if nullable:
            return None
        raise fail(f"{where} must be an object")
    if not isinstance(raw, dict):
        raise fail(f"{where} must be an object" + (" or null" if nullable else ""))
    country, sector = raw.get("country"), raw.get("sector")
    for key, value in (("country", country), ("sector", sector)):
        if value is not None and not (isinstance(value, str) and value.strip()):
            raise fail(f"{where}.{key} must be a code string or null")
    text = raw.get("text") or ""
    if not isinstance(text, str):
        raise fail(f"{where}.text must be a string or null")
    return GoldActor(country=country.strip().upper() if country else None,
                     sector=sector.strip().upper() if sector else None, text=text)
