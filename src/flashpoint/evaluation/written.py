"""The team's written sentences (``tests/sentences/written_dev.jsonl``), scored per class of error.

Format and conventions: ``tests/sentences/README.md``. Each item is coded as one document dated
with its ``date``. Per class (and for all items together):

- event precision, recall and F1 on (source country, PLOVER type, target country), as on the
  sentence sets: a null gold source wants a predicted actor with no country (or none), a null gold
  target matches any target. Comparing PLOVER types treats CAMEO roots 18, 19 and 20 alike;
- the same with sectors (a gold sector must be among the predicted actor's sectors; a null gold
  sector wants an actor with no sector);
- the share of ``not_factual`` actions output as factual (lower is better): a factual prediction
  left over after matching the factual gold that fits a not-factual action;
- no-event accuracy: the share of ``no_events`` items with no factual event;
- quantity recall: the share of gold quantities (on factual events) whose kind and value are on
  the prediction matched to their event (country level), and the same over matched events only.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

from ..ontology.table import PLOVER_TYPES
from ..records import FACTUAL_STATUSES, STATUSES
from .common import Counts, bad, fmt, ratio, read_records, require_text, unique_ids, valid_date
from .matching import GoldTriple, PredictedEvent, match_greedy, parse_actor, triple_matches
from .running import Item, code_items

FORMAT = "written"
ALL = "all"
NEGATED = "negated"
#: Statuses a ``not_factual`` entry may have: the record's non-factual ones, and "negated".
NOT_FACTUAL_STATUSES = frozenset(STATUSES) - FACTUAL_STATUSES | {NEGATED}


def looks_like(record: dict[str, Any]) -> bool:
    return "class" in record and isinstance(record.get("events"), list)


@dataclass(frozen=True)
class GoldItem:
    id: str
    cls: str
    date: str | None
    text: str
    events: tuple[GoldTriple, ...]
    not_factual: tuple[GoldTriple, ...]
    no_events: bool
    line: int = 0


@dataclass
class ClassFigures:
    """The counts of one class (or of all items)."""

    items: int = 0
    country: Counts = field(default_factory=Counts)
    sector: Counts = field(default_factory=Counts)
    not_factual: int = 0
    not_factual_as_fact: int = 0
    no_event_items: int = 0
    no_event_clean: int = 0
    quantities: int = 0
    quantities_found: int = 0
    quantities_on_matched: int = 0

    def add(self, other: "ClassFigures") -> None:
        for f in fields(self):
            mine = getattr(self, f.name)
            if isinstance(mine, Counts):
                mine.add(getattr(other, f.name))
            else:
                setattr(self, f.name, mine + getattr(other, f.name))

    def figures(self) -> dict[str, float | None]:
        return {"precision": self.country.precision, "recall": self.country.recall, "f1": self.country.f1,
                "sector_precision": self.sector.precision, "sector_recall": self.sector.recall,
                "sector_f1": self.sector.f1,
                "not_factual_as_fact": ratio(self.not_factual_as_fact, self.not_factual),
                "no_event_accuracy": ratio(self.no_event_clean, self.no_event_items),
                "quantity_recall": ratio(self.quantities_found, self.quantities),
                "quantity_recall_matched": ratio(self.quantities_found, self.quantities_on_matched)}

    def line(self) -> str:
        f = self.figures()
        return (f"F1={fmt(f['f1'])} (P={fmt(f['precision'])} R={fmt(f['recall'])}) "
                f"sector F1={fmt(f['sector_f1'])} "
                f"not-factual as fact={fmt(f['not_factual_as_fact'])} ({self.not_factual_as_fact}/{self.not_factual}) "
                f"no-event={fmt(f['no_event_accuracy'])} ({self.no_event_clean}/{self.no_event_items}) "
                f"quantities={fmt(f['quantity_recall'])} ({self.quantities_found}/{self.quantities})")


@dataclass(kw_only=True)
class ItemError:
    item_id: str
    cls: str
    sentence: str
    what: str  # missed / spurious / not factual as fact
    triple: str


@dataclass
class Report:
    name: str = ""
    case: str | None = None
    per_class: dict[str, ClassFigures] = field(default_factory=dict)
    rejected: dict[str, int] = field(default_factory=dict)
    errors: list[ItemError] = field(default_factory=list)
    format: str = FORMAT

    @property
    def total(self) -> ClassFigures:
        total = ClassFigures()
        for figures in self.per_class.values():
            total.add(figures)
        return total

    def figures(self) -> dict[str, float | None]:
        return self.total.figures()

    def class_figures(self) -> dict[str, dict[str, float | None]]:
        return {cls: f.figures() for cls, f in sorted(self.per_class.items())}

    def summary_line(self) -> str:
        total = self.total
        return f"{self.name or 'written'}: {total.items} items, " + total.line()

    def format_text(self, *, show_errors: bool) -> str:
        width = max([len(c) for c in self.per_class] + [len(ALL)])
        out = [self.summary_line(), "", "Per class (country-level triples; sector F1 at country+sector):"]
        for cls, f in sorted(self.per_class.items()):
            out.append(f"  {cls:<{width}} {f.items:>3} items  " + f.line())
        if self.rejected:
            out.append("Rejected before coding: " + ", ".join(f"{k} {v}" for k, v in sorted(self.rejected.items())))
        if show_errors:
            for what in sorted({e.what for e in self.errors}):
                errors = [e for e in self.errors if e.what == what]
                out += ["", f"{what} ({len(errors)}, at country+sector):"]
                out += [f"  [{e.item_id}] {e.triple}\n      {e.sentence}" for e in errors]
        return "\n".join(out)

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "format": self.format, "case": self.case, "figures": self.figures(),
                "per_class": self.class_figures(),
                "counts": {cls: {"items": f.items, "events": f.country.to_dict(), "sector": f.sector.to_dict(),
                                 "not_factual": f.not_factual, "not_factual_as_fact": f.not_factual_as_fact,
                                 "no_event_items": f.no_event_items, "no_event_clean": f.no_event_clean,
                                 "quantities": f.quantities, "quantities_found": f.quantities_found}
                           for cls, f in sorted(self.per_class.items())},
                "rejected": dict(sorted(self.rejected.items())),
                "errors": [e.__dict__ for e in self.errors]}


# -- loading ---------------------------------------------------------------------------------------

def load_gold(path: str | Path) -> list[GoldItem]:
    """Read and check every item; a bad one stops with file:line and the reason."""
    path = Path(path)
    items: list[GoldItem] = []
    for lineno, record in read_records(path):
        items.append(_item(path, line=lineno, record=record))
    unique_ids(path, [(g.line, g.id) for g in items])
    return items


def _item(path: Path, *, line: int, record: dict[str, Any]) -> GoldItem:
    if not looks_like(record):
        raise bad(path, line=line, reason="a written-sentence item needs 'class' and a list of 'events'")
    sid = require_text(path, line=line, record=record, key="id")
    cls = require_text(path, line=line, record=record, key="class")
    text = require_text(path, line=line, record=record, key="text")
    date = record.get("date")
    if date is not None and not valid_date(date):
        raise bad(path, line=line, reason=f"'date' {date!r} is not YYYY-MM-DD or null")
    raw_nf = record.get("not_factual", [])
    if not isinstance(raw_nf, list):
        raise bad(path, line=line, reason="'not_factual' must be a list")
    events = tuple(_event(path, line=line, where=f"event {i + 1}", raw=e, factual=True)
                   for i, e in enumerate(record["events"]))
    not_factual = tuple(_event(path, line=line, where=f"not_factual {i + 1}", raw=e, factual=False)
                        for i, e in enumerate(raw_nf))
    no_events = record.get("no_events", not events)
    if not isinstance(no_events, bool) or no_events != (not events):
        raise bad(path, line=line, reason="'no_events' must be true exactly when 'events' is empty")
    return GoldItem(id=sid, cls=cls, date=date, text=text, events=events, not_factual=not_factual,
                    no_events=no_events, line=line)


def _event(path: Path, *, line: int, where: str, raw: Any, factual: bool) -> GoldTriple:
    def fail(reason: str) -> Exception:
        return bad(path, line=line, reason=f"{where}: {reason}")

    if not isinstance(raw, dict):
        raise fail("is not an object")
    source = parse_actor(raw.get("source"), where="source", fail=fail, nullable=True)
    target = parse_actor(raw.get("target"), where="target", fail=fail, nullable=True)
    ptype = raw.get("type")
    if ptype not in PLOVER_TYPES:
        raise fail(f"'type' {ptype!r} is not a PLOVER 2.0 type ({', '.join(PLOVER_TYPES)})")
    cameo = raw.get("cameo")
    if not (isinstance(cameo, str) and cameo.isdigit() and 2 <= len(cameo) <= 4):
        raise fail(f"'cameo' {cameo!r} is not a CAMEO code string like '042'")
    status = raw.get("status")
    allowed = FACTUAL_STATUSES if factual else NOT_FACTUAL_STATUSES
    if status not in allowed:
        raise fail(f"'status' {status!r} is not one of {', '.join(sorted(allowed))}")
    quantities = raw.get("quantities") or []
    if not isinstance(quantities, list):
        raise fail("'quantities' must be a list")
    parsed = []
    for q in quantities:
        value = q.get("value") if isinstance(q, dict) else None
        if (not isinstance(q, dict) or not isinstance(q.get("kind"), str)
                or isinstance(value, bool) or not isinstance(value, (int, float))):
            raise fail("each quantity needs a 'kind' string and a numeric 'value'")
        parsed.append((q["kind"], float(value)))
    return GoldTriple(source=source, type=ptype, target=target, quantities=tuple(parsed),
                      extra={"cameo": cameo, "status": status})


# -- scoring ---------------------------------------------------------------------------------------

def _gold_order(golds: tuple[GoldTriple, ...]) -> list[GoldTriple]:
    """Named targets first: they are pickier (as on the sentence sets)."""
    return sorted(golds, key=lambda g: g.target is None)


def _describe(p: PredictedEvent) -> str:
    return p.triple(sectors=True) + (f" (trigger {p.trigger!r})" if p.trigger else "")


def score_item(item: GoldItem, preds: list[PredictedEvent]) -> tuple[ClassFigures, list[ItemError]]:
    """The counts of one item and its errors (missed and spurious at country+sector level)."""
    scored = [p for p in preds if p.factual and p.plover_type]
    f = ClassFigures(items=1)
    golds = _gold_order(item.events)
    pairs, _, extra = match_greedy(golds, scored, fits=lambda g, p: triple_matches(g, p, with_sector=False),
                                   distance=_closeness)
    f.country = Counts(matched=len(pairs), predicted=len(scored), gold=len(golds))
    spairs, smissed, sextra = match_greedy(golds, scored, fits=lambda g, p: triple_matches(g, p, with_sector=True),
                                           distance=_closeness)
    f.sector = Counts(matched=len(spairs), predicted=len(scored), gold=len(golds))
    f.no_event_items = int(item.no_events)
    f.no_event_clean = int(item.no_events and not scored)
    f.not_factual = len(item.not_factual)
    wrong, _, _ = match_greedy(list(item.not_factual), extra,
                               fits=lambda g, p: triple_matches(g, p, with_sector=False))
    f.not_factual_as_fact = len(wrong)
    for g in golds:
        f.quantities += len(g.quantities)
    for g, p in pairs:
        f.quantities_on_matched += len(g.quantities)
        f.quantities_found += sum(1 for q in g.quantities if _has_quantity(p, q))

    def error(what: str, triple: str) -> ItemError:
        return ItemError(item_id=item.id, cls=item.cls, sentence=item.text, what=what, triple=triple)

    errors = [error("missed", g.describe(sectors=True)) for g in smissed]
    errors += [error("spurious", _describe(p)) for p in sextra]
    errors += [error("not factual, output as fact",
                     f"{_describe(p)} ~ {g.describe(sectors=False)} ({g.extra.get('status')})")
               for g, p in wrong]
    return f, errors


def _closeness(gold: GoldTriple, pred: PredictedEvent) -> float:
    """Among fitting predictions, prefer the one right at country+sector level, then the one
    carrying the gold's quantities (two events of one sentence may differ only there)."""
    return (0 if triple_matches(gold, pred, with_sector=True) else 2) + sum(
        1 for q in gold.quantities if not _has_quantity(pred, q))


def _has_quantity(pred: PredictedEvent, quantity: tuple[str, float]) -> bool:
    kind, value = quantity
    return any(k == kind and abs(v - value) < 1e-9 for k, v in pred.quantities)


def score(gold: list[GoldItem], predictions: dict[str, list[PredictedEvent]], *, name: str = "") -> Report:
    report = Report(name=name)
    for item in gold:
        figures, errors = score_item(item, predictions.get(item.id, []))
        report.per_class.setdefault(item.cls, ClassFigures()).add(figures)
        report.errors += errors
    return report


def evaluate(path: str | Path, pipeline: Any, *, case: str | None = None) -> Report:
    gold = load_gold(path)
    coded = code_items(pipeline, (Item(id=g.id, text=g.text, published=g.date) for g in gold), case=case)
    report = score(gold, {i: c.events for i, c in coded.items()}, name=Path(path).name)
    report.case = case
    report.rejected = dict(Counter(c.rejection for c in coded.values() if c.rejection))
    return report
