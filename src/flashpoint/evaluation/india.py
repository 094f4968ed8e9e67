"""IndiaPoliceEvents sentences (``india_police_dev``): what police did, per sentence and label.

Each line is coded as a document of its own, dated with its ``published`` (the article's other
sentences are not there to help, as in the corpus's own evaluation). For each label a sentence is
predicted positive when one of its factual events has

- ``ARREST``: CAMEO 173 (or PLOVER type COERCE with mode arrest) with a police (COP) source or no
  source at all;
- ``KILL``: a CAMEO root 18, 19 or 20 with a police source;
- ``FORCE``: a CAMEO root 18, 19 or 20, or code 175, with a police source.

``FAIL`` and ``ANY_ACTION`` have no scoring rule in the eval README; they are read and checked but
not scored. Precision, recall and F1 per label follow.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

from ..ontology.codes import POLICE_SECTOR, VIOLENCE_ROOTS
from .common import Counts, bad, fmt, read_records, require_text, unique_ids, valid_date
from .matching import PredictedEvent
from .running import Item, code_items

FORMAT = "india_police"

#: CAMEO 173 "arrest, detain, or charge with legal action" and 175 "use tactics of violent repression".
ARREST_CODE = "173"
REPRESSION_CODE = "175"
ARREST_MODE = "arrest"
ARREST_TYPE = "COERCE"
MISSED = "missed"
FALSE_POSITIVE = "false positive"


def _police_source(p: PredictedEvent) -> bool:
    return POLICE_SECTOR in p.source_sectors


def _arrest(p: PredictedEvent) -> bool:
    is_arrest = (p.cameo or "").startswith(ARREST_CODE) or (
        p.plover_type == ARREST_TYPE and p.plover_mode == ARREST_MODE)
    return is_arrest and (_police_source(p) or not p.has_source)


def _kill(p: PredictedEvent) -> bool:
    return (p.cameo or "")[:2] in VIOLENCE_ROOTS and _police_source(p)


def _force(p: PredictedEvent) -> bool:
    cameo = p.cameo or ""
    return (cameo[:2] in VIOLENCE_ROOTS or cameo.startswith(REPRESSION_CODE)) and _police_source(p)


#: Scored label -> the test a factual event must pass for the sentence to be positive.
RULES: dict[str, Callable[[PredictedEvent], bool]] = {"ARREST": _arrest, "KILL": _kill, "FORCE": _force}
#: Labels the gold may carry (the scored ones and the two without a rule).
LABELS = frozenset(RULES) | frozenset({"FAIL", "ANY_ACTION"})


def looks_like(record: dict[str, Any]) -> bool:
    return "labels" in record and "doc" in record


@dataclass(frozen=True)
class GoldLine:
    id: str
    doc: str
    published: str | None
    text: str
    labels: frozenset[str]
    line: int = 0


@dataclass(kw_only=True)
class LabelError:
    label: str
    kind: str  # MISSED or FALSE_POSITIVE
    sentence_id: str
    sentence: str
    triggers: tuple[str, ...] = ()


@dataclass
class Report:
    name: str = ""
    case: str | None = None
    sentences: int = 0
    documents: int = 0
    per_label: dict[str, Counts] = field(default_factory=dict)
    unscored_labels: dict[str, int] = field(default_factory=dict)
    rejected: dict[str, int] = field(default_factory=dict)
    sentences_with_events: int = 0
    errors: list[LabelError] = field(default_factory=list)
    format: str = FORMAT

    def figures(self) -> dict[str, float | None]:
        out: dict[str, float | None] = {}
        for label, counts in self.per_label.items():
            out[f"{label.lower()}_f1"] = counts.f1
        for label, counts in self.per_label.items():
            out[f"{label.lower()}_precision"] = counts.precision
            out[f"{label.lower()}_recall"] = counts.recall
        return out

    def summary_line(self) -> str:
        parts = [f"{label} F1={fmt(c.f1)} (P={fmt(c.precision)} R={fmt(c.recall)}, {c.matched}/{c.gold})"
                 for label, c in self.per_label.items()]
        return (f"{self.name or 'india_police'}: " + "; ".join(parts)
                + f"; {self.sentences_with_events}/{self.sentences} sentences with a factual event")

    def format_text(self, *, show_errors: bool) -> str:
        out = [self.summary_line(), "",
               f"{self.sentences} sentences in {self.documents} articles, each coded alone.",
               "Per label (positive: a factual event of the sentence passes the label's rule):"]
        for label, c in self.per_label.items():
            out.append(f"  {label:<7} gold {c.gold:>4}  predicted {c.predicted:>4}  right {c.matched:>4}  "
                       f"P={fmt(c.precision)} R={fmt(c.recall)} F1={fmt(c.f1)}")
        if self.unscored_labels:
            out.append("Not scored (no rule): " + ", ".join(f"{k} {v}" for k, v in sorted(self.unscored_labels.items())))
        if self.rejected:
            out.append("Rejected before coding: " + ", ".join(f"{k} {v}" for k, v in sorted(self.rejected.items())))
        if show_errors:
            for kind in (MISSED, FALSE_POSITIVE):
                errors = [e for e in self.errors if e.kind == kind]
                out += ["", f"{kind.capitalize()} ({len(errors)}):"]
                out += [f"  {e.label} [{e.sentence_id}]" + (f" (triggers {', '.join(e.triggers)})" if e.triggers else "")
                        + f"\n      {e.sentence}" for e in errors]
        return "\n".join(out)

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "format": self.format, "case": self.case, "figures": self.figures(),
                "sentences": self.sentences, "documents": self.documents,
                "sentences_with_events": self.sentences_with_events,
                "per_label": {label: c.to_dict() for label, c in self.per_label.items()},
                "unscored_labels": dict(sorted(self.unscored_labels.items())),
                "rejected": dict(sorted(self.rejected.items())),
                "errors": [e.__dict__ | {"triggers": list(e.triggers)} for e in self.errors]}


def load_gold(path: str | Path) -> list[GoldLine]:
    """Read and check every line: id, doc, published (YYYY-MM-DD or null), text, labels."""
    path = Path(path)
    lines: list[GoldLine] = []
    for lineno, record in read_records(path):
        if not looks_like(record):
            raise bad(path, line=lineno, reason="an IndiaPoliceEvents line needs 'doc' and 'labels'")
        sid = require_text(path, line=lineno, record=record, key="id")
        doc = require_text(path, line=lineno, record=record, key="doc")
        text = record.get("text")
        if not isinstance(text, str):
            raise bad(path, line=lineno, reason="'text' must be a string")
        published = record.get("published")
        if published is not None and not valid_date(published):
            raise bad(path, line=lineno, reason=f"'published' {published!r} is not YYYY-MM-DD or null")
        labels = record.get("labels")
        if not isinstance(labels, list) or not all(isinstance(x, str) for x in labels):
            raise bad(path, line=lineno, reason="'labels' must be a list of label strings")
        unknown = sorted(set(labels) - LABELS)
        if unknown:
            raise bad(path, line=lineno, reason=f"unknown label(s) {', '.join(unknown)}; "
                                                f"labels are {', '.join(sorted(LABELS))}")
        lines.append(GoldLine(id=sid, doc=doc, published=published, text=text, labels=frozenset(labels),
                              line=lineno))
    unique_ids(path, [(g.line, g.id) for g in lines])
    return lines


def score(gold: list[GoldLine], predictions: dict[str, list[PredictedEvent]], *, name: str = "") -> Report:
    """Per label: a sentence is a true positive when gold and prediction both say so."""
    report = Report(name=name, sentences=len(gold), documents=len({g.doc for g in gold}),
                    per_label={label: Counts() for label in RULES})
    unscored: Counter = Counter()
    for g in gold:
        factual = [p for p in predictions.get(g.id, []) if p.factual]
        report.sentences_with_events += bool(factual)
        unscored.update(g.labels - set(RULES))
        for label, rule in RULES.items():
            hits = [p for p in factual if rule(p)]
            counts = report.per_label[label]
            in_gold, predicted = label in g.labels, bool(hits)
            counts.gold += in_gold
            counts.predicted += predicted
            counts.matched += in_gold and predicted
            if in_gold != predicted:
                report.errors.append(LabelError(
                    label=label, kind=MISSED if in_gold else FALSE_POSITIVE, sentence_id=g.id,
                    sentence=g.text, triggers=tuple(p.trigger for p in (hits or factual))))
    report.unscored_labels = dict(unscored)
    return report


def evaluate(path: str | Path, pipeline: Any, *, case: str | None = None) -> Report:
    gold = load_gold(path)
    coded = code_items(pipeline, (Item(id=g.id, text=g.text, published=g.published) for g in gold), case=case)
    report = score(gold, {i: c.events for i, c in coded.items()}, name=Path(path).name)
    report.case = case
    report.rejected = dict(Counter(c.rejection for c in coded.values() if c.rejection))
    return report
