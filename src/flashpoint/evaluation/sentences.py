"""Sentence sets (``plover_gsr_dev``, ``petr2_afp_dev`` and any file of their format).

An event is a triple (source country, type, target country). A prediction matches a gold event
when the source countries are equal, the types are equal (the PLOVER type, or the CAMEO root when
the gold event gives a ``cameo`` code) and the target countries are equal; a gold target of null
matches any target. Specific international organisations count as ``IGO`` against a gold ``IGO``.
Each gold event matches at most one prediction. Only factual predictions are scored.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Iterable

from ..ontology import load_ontology
from ..ontology.table import PLOVER_TYPES
from .common import bad, fmt, read_records, valid_date
from .matching import UNKNOWN, PredictedEvent, country_key
from .running import Item, code_items

FORMAT = "sentences"
MISSING = "MISSING"
SPURIOUS = "SPURIOUS"

_CAMEO = re.compile(r"^\d{2,4}$")


def looks_like(record: dict[str, Any]) -> bool:
    """A sentence-set record: an id, a text and a list of events with PLOVER types or CAMEO codes."""
    return isinstance(record.get("events"), list) and "text" in record and "class" not in record


# -- records ---------------------------------------------------------------------------------------

@dataclass(frozen=True)
class GoldEvent:
    """One coded triple; ``cameo`` set means the type is compared by CAMEO root."""

    source: str
    target: str | None
    type: str | None = None
    cameo: str | None = None
    mutual: bool = False

    @property
    def label(self) -> str:
        """What the type is compared by: the CAMEO root ("19") or the PLOVER type ("ASSAULT")."""
        return self.cameo[:2] if self.cameo else str(self.type)


@dataclass
class GoldSentence:
    id: str
    text: str
    date: str | None
    events: list[GoldEvent]
    no_events: bool
    scheme: str  # "cameo" or "plover": how predicted types are compared in this sentence
    line: int = 0


@dataclass
class ErrorItem:
    """A missed or spurious event, with the sentence it belongs to."""

    sentence_id: str
    sentence: str
    source: str | None
    label: str | None
    target: str | None
    trigger: str = ""

    def triple(self) -> str:
        return f"{self.source} -{self.label}-> {self.target if self.target is not None else '*'}"


@dataclass
class Report:
    """The figures of one gold file (ratios are None when their denominator is zero)."""

    n_sentences: int = 0
    n_gold: int = 0
    n_predicted: int = 0
    n_matched: int = 0
    per_type: dict[str, tuple[int, int]] = field(default_factory=dict)  # label -> (matched, gold)
    no_event_sentences: int = 0
    no_event_clean: int = 0
    confusion: dict[str, dict[str, int]] = field(default_factory=dict)  # gold label -> predicted
    missed: list[ErrorItem] = field(default_factory=list)
    spurious: list[ErrorItem] = field(default_factory=list)
    name: str = ""
    case: str | None = None
    rejected: dict[str, int] = field(default_factory=dict)
    format: str = FORMAT

    @property
    def precision(self) -> float | None:
        return self.n_matched / self.n_predicted if self.n_predicted else None

    @property
    def recall(self) -> float | None:
        return self.n_matched / self.n_gold if self.n_gold else None

    @property
    def f1(self) -> float | None:
        p, r = self.precision, self.recall
        if p is None or r is None:
            return None
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def no_event_accuracy(self) -> float | None:
        return self.no_event_clean / self.no_event_sentences if self.no_event_sentences else None

    def type_recall(self) -> dict[str, float]:
        return {label: m / n for label, (m, n) in sorted(self.per_type.items()) if n}

    def figures(self) -> dict[str, float | None]:
        """The headline figures by name (what the gate and the bench compare)."""
        out = {"precision": self.precision, "recall": self.recall, "f1": self.f1}
        if self.no_event_sentences:
            out["no_event_accuracy"] = self.no_event_accuracy
        return out

    def summary_line(self) -> str:
        return summary_line(self)

    def format_text(self, *, show_errors: bool) -> str:
        return format_report(self, show_errors=show_errors)

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "format": self.format,
            "case": self.case,
            "figures": self.figures(),
            "sentences": self.n_sentences,
            "gold_events": self.n_gold,
            "predicted_events": self.n_predicted,
            "matched": self.n_matched,
            "precision": self.precision,
            "recall": self.recall,
            "f1": self.f1,
            "no_event_sentences": self.no_event_sentences,
            "no_event_accuracy": self.no_event_accuracy,
            "rejected": dict(sorted(self.rejected.items())),
            "per_type": {label: {"matched": m, "gold": n, "recall": m / n if n else None}
                         for label, (m, n) in sorted(self.per_type.items())},
            "confusion": {g: dict(sorted(row.items())) for g, row in sorted(self.confusion.items())},
            "missed": [asdict(e) for e in self.missed],
            "spurious": [asdict(e) for e in self.spurious],
        }


# -- loading ---------------------------------------------------------------------------------------

def load_gold(path: str | Path) -> list[GoldSentence]:
    """Read a JSON Lines gold file, validating every record (a bad line stops with file:line)."""
    path = Path(path)
    records = read_records(path)
    has_cameo = any(isinstance(e, dict) and e.get("cameo")
                    for _, r in records for e in (r.get("events") or []) if isinstance(r.get("events"), list))
    default_scheme = "cameo" if has_cameo else "plover"
    sentences: list[GoldSentence] = []
    seen: dict[str, int] = {}
    for lineno, record in records:
        sentence = _sentence(path, line=lineno, record=record, default_scheme=default_scheme)
        if sentence.id in seen:
            raise bad(path, line=lineno, reason=f"id {sentence.id!r} already used on line {seen[sentence.id]}")
        seen[sentence.id] = lineno
        sentences.append(sentence)
    return sentences


def _sentence(path: Path, *, line: int, record: dict, default_scheme: str) -> GoldSentence:
    sid, text = record.get("id"), record.get("text")
    if not isinstance(sid, str) or not sid.strip():
        raise bad(path, line=line, reason="'id' must be a non-empty string")
    if not isinstance(text, str):  # an empty text is allowed: its gold events are simply missed
        raise bad(path, line=line, reason="'text' must be a string")
    date = record.get("date")
    if date is not None and not valid_date(date):
        raise bad(path, line=line, reason=f"'date' {date!r} is not YYYY-MM-DD or null")
    raw_events = record.get("events")
    if not isinstance(raw_events, list):
        raise bad(path, line=line, reason="'events' must be a list")
    events = [_event(path, line=line, index=i, raw=e) for i, e in enumerate(raw_events)]
    no_events = record.get("no_events", not events)
    if not isinstance(no_events, bool):
        raise bad(path, line=line, reason="'no_events' must be true or false")
    if no_events and events:
        raise bad(path, line=line, reason="'no_events' is true but 'events' is not empty")
    if events:
        scheme = "cameo" if all(e.cameo for e in events) else "plover"
        if scheme == "plover" and any(e.cameo for e in events):
            raise bad(path, line=line, reason="events mix 'cameo' codes and PLOVER types; use one per sentence")
    else:
        scheme = default_scheme
    return GoldSentence(id=sid, text=text, date=date, events=events, no_events=no_events,
                        scheme=scheme, line=line)


def _event(path: Path, *, line: int, index: int, raw: Any) -> GoldEvent:
    where = f"event {index + 1}"
    if not isinstance(raw, dict):
        raise bad(path, line=line, reason=f"{where} is not an object")

    def country(key: str, *, optional: bool) -> str | None:
        actor = raw.get(key)
        if actor is None and optional:
            return None
        if not isinstance(actor, dict):
            raise bad(path, line=line,
                      reason=f"{where}: {key!r} must be an object" + (" or null" if optional else ""))
        value = actor.get("country")
        if value is None:
            return UNKNOWN
        if not isinstance(value, str) or not value.strip():
            raise bad(path, line=line, reason=f"{where}: {key}.country must be a code string or null")
        return value.strip().upper()

    source = country("source", optional=False)
    target = country("target", optional=True)
    cameo = raw.get("cameo")
    ptype = raw.get("type")
    if cameo is not None and not (isinstance(cameo, str) and _CAMEO.match(cameo)):
        raise bad(path, line=line, reason=f"{where}: 'cameo' {cameo!r} is not a CAMEO code string like '042'")
    if ptype is not None and ptype not in PLOVER_TYPES:
        raise bad(path, line=line,
                  reason=f"{where}: 'type' {ptype!r} is not a PLOVER 2.0 type ({', '.join(PLOVER_TYPES)})")
    if cameo is None and ptype is None:
        raise bad(path, line=line, reason=f"{where}: needs a PLOVER 'type' or a 'cameo' code")
    return GoldEvent(source=source, target=target, type=ptype, cameo=cameo,
                     mutual=bool(raw.get("mutual", False)))


# -- matching --------------------------------------------------------------------------------------

def _country_matches(gold: str | None, *, country: str | None, org: str | None) -> bool:
    if gold is None:
        return True
    return country_key(country, org, gold_value=gold) == gold


def _actors_match(gold: GoldEvent, pred: PredictedEvent) -> bool:
    return (_country_matches(gold.source, country=pred.source_country, org=pred.source_org)
            and _country_matches(gold.target, country=pred.target_country, org=pred.target_org))


def _match_sentence(sentence: GoldSentence, preds: list[PredictedEvent]
                    ) -> tuple[list[tuple[GoldEvent, PredictedEvent]], list[GoldEvent], list[PredictedEvent]]:
    """Greedy one-to-one matching; gold events with a named target go first (they are pickier)."""
    scheme = sentence.scheme
    free = list(preds)
    matched: list[tuple[GoldEvent, PredictedEvent]] = []
    missed: list[GoldEvent] = []
    for gold in sorted(sentence.events, key=lambda g: g.target is None):
        hit = next((p for p in free if p.label(scheme) == gold.label and _actors_match(gold, p)), None)
        if hit is None:
            missed.append(gold)
        else:
            free.remove(hit)
            matched.append((gold, hit))
    return matched, missed, free


def _scored(sentence: GoldSentence, preds: Iterable[PredictedEvent]) -> list[PredictedEvent]:
    """The predictions that count: factual ones with a type in the sentence's scheme.

    PLOVER has no type for CAMEO 01 statements, so those are not PLOVER events and are not scored
    against PLOVER gold; against CAMEO gold they count like any other code.
    """
    return [p for p in preds if p.factual and p.label(sentence.scheme) is not None]


def score(gold: list[GoldSentence], predictions: dict[str, list[PredictedEvent]], *,
          name: str = "") -> Report:
    """Compare predictions (by sentence id) with the gold; sentences without predictions predicted nothing."""
    report = Report(name=name, n_sentences=len(gold))
    per_type: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    confusion: dict[str, Counter] = defaultdict(Counter)
    for sentence in gold:
        preds = _scored(sentence, predictions.get(sentence.id, []))
        report.n_gold += len(sentence.events)
        report.n_predicted += len(preds)
        if sentence.no_events:
            report.no_event_sentences += 1
            report.no_event_clean += not preds
        matched, missed, extra = _match_sentence(sentence, preds)
        report.n_matched += len(matched)
        for g, _ in matched:
            per_type[g.label][0] += 1
            confusion[g.label][g.label] += 1
        for g in sentence.events:
            per_type[g.label][1] += 1
        for g in missed:
            # an extra prediction with the right actors but another type is a type confusion
            wrong = next((p for p in extra if _actors_match(g, p)), None)
            if wrong is not None:
                extra.remove(wrong)
                confusion[g.label][str(wrong.label(sentence.scheme))] += 1
                report.spurious.append(_pred_item(sentence, wrong))
            else:
                confusion[g.label][MISSING] += 1
            report.missed.append(ErrorItem(sentence_id=sentence.id, sentence=sentence.text, source=g.source,
                                           label=g.label, target=g.target))
        for p in extra:
            confusion[SPURIOUS][str(p.label(sentence.scheme))] += 1
            report.spurious.append(_pred_item(sentence, p))
    report.per_type = {label: (m, n) for label, (m, n) in per_type.items()}
    report.confusion = {g: dict(row) for g, row in confusion.items()}
    return report


def _pred_item(sentence: GoldSentence, p: PredictedEvent) -> ErrorItem:
    return ErrorItem(sentence_id=sentence.id, sentence=sentence.text,
                     source=country_key(p.source_country, p.source_org), label=p.label(sentence.scheme),
                     target=country_key(p.target_country, p.target_org), trigger=p.trigger)


# -- running a pipeline ----------------------------------------------------------------------------

def evaluate(path: str | Path, pipeline: Any, *, case: str | None = None) -> Report:
    """Code each gold sentence as a document of its own (dated with its ``date``) and score it."""
    gold = load_gold(path)
    coded = code_items(pipeline, (Item(id=s.id, text=s.text, published=s.date) for s in gold), case=case)
    report = score(gold, {sid: c.events for sid, c in coded.items()}, name=Path(path).name)
    report.case = case
    report.rejected = dict(Counter(c.rejection for c in coded.values() if c.rejection))
    return report


# -- output ----------------------------------------------------------------------------------------

def summary_line(report: Report) -> str:
    """One line: P/R/F1 and no-event accuracy."""
    line = (f"{report.name or 'gold'}: P={fmt(report.precision)} R={fmt(report.recall)} "
            f"F1={fmt(report.f1)} ({report.n_matched}/{report.n_predicted} predicted, "
            f"{report.n_matched}/{report.n_gold} gold)")
    if report.no_event_sentences:
        line += (f" no-event accuracy={fmt(report.no_event_accuracy)} "
                 f"({report.no_event_clean}/{report.no_event_sentences})")
    return line


def format_report(report: Report, *, show_errors: bool) -> str:
    """The report as text: figures, per-type recall, the confusion table and (optionally) errors."""
    out = [summary_line(report), "", "Per-type recall:"]
    for label, (m, n) in sorted(report.per_type.items()):
        line = f"  {label:<10} {m:>3}/{n:<3} {m / n:.2f}" if n else f"  {label:<10} 0/0"
        out.append(line + _root_name(label))
    out += ["", "Confusion (rows gold, columns predicted; actors matched):"]
    out += _confusion_table(report.confusion)
    if show_errors:
        out += ["", f"Missed ({len(report.missed)}):"]
        out += [f"  [{e.sentence_id}] {e.triple()}\n      {e.sentence}" for e in report.missed]
        out += ["", f"Spurious ({len(report.spurious)}):"]
        out += [f"  [{e.sentence_id}] {e.triple()}" + (f" (trigger {e.trigger!r})" if e.trigger else "")
                + f"\n      {e.sentence}" for e in report.spurious]
    return "\n".join(out)


def _root_name(label: str) -> str:
    """The CAMEO root's name after a root label ("19" -> "  Fight"); nothing for PLOVER types."""
    ontology = load_ontology()
    return f"  {ontology.get(label).name}" if label in ontology else ""


def _confusion_table(confusion: dict[str, dict[str, int]]) -> list[str]:
    rows = sorted(r for r in confusion if r != SPURIOUS) + ([SPURIOUS] if SPURIOUS in confusion else [])
    cols = sorted({c for row in confusion.values() for c in row if c != MISSING})
    if any(MISSING in row for row in confusion.values()):
        cols.append(MISSING)
    if not rows:
        return ["  (no events)"]
    width = max(len(c) for c in cols + rows + ["gold"]) + 1
    lines = ["  " + "gold".ljust(width) + "".join(c[:width].rjust(width) for c in cols)]
    for r in rows:
        cells = "".join((str(confusion[r].get(c, "")) or ".").rjust(width) for c in cols)
        lines.append("  " + r.ljust(width) + cells)
    return lines
