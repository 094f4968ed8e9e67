"""CAMEO-coded news sentences (``cameo_news_dev``): event class, no event, source and target words.

Every sentence has an event of one of five classes (``penta``): 0 statement or appeal (CAMEO roots
01-02), 1 verbal cooperation (03-05), 2 material cooperation (06-08), 3 verbal conflict (09-13,
16), 4 material conflict (14, 15, 17-20). Figures, over factual events only:

- hit rate: the share of sentences where some event has the gold class;
- no-event rate: the share with no event at all (lower is better);
- source (target) span recall: of the sentences with gold source (target) words, the share where
  a gold span overlaps the source (target) of an event of the gold class.

The gold spans are the words, space-separated as a tokenizer split them ("Air Force ( NAF )"); they
are found in the text allowing any punctuation or spacing between the words, and compared with the
predicted actor's character span. A span the text does not contain counts as not overlapped.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .common import bad, fmt, ratio, read_records, require_text, unique_ids
from .matching import PredictedEvent
from .running import Item, code_items

FORMAT = "cameo_news"

#: Event class -> its CAMEO roots (the gold's definition, eval README).
CLASS_ROOTS: dict[int, tuple[str, ...]] = {
    0: ("01", "02"),
    1: ("03", "04", "05"),
    2: ("06", "07", "08"),
    3: ("09", "10", "11", "12", "13", "16"),
    4: ("14", "15", "17", "18", "19", "20"),
}
ROOT_CLASS: dict[str, int] = {root: cls for cls, roots in CLASS_ROOTS.items() for root in roots}
CLASS_NAMES: dict[int, str] = {0: "statement/appeal", 1: "verbal cooperation", 2: "material cooperation",
                               3: "verbal conflict", 4: "material conflict"}


def looks_like(record: dict[str, Any]) -> bool:
    return "penta" in record


def event_class(p: PredictedEvent) -> int | None:
    """The penta class of a predicted event, from its CAMEO root."""
    return ROOT_CLASS.get((p.cameo or "")[:2])


@dataclass(frozen=True)
class GoldSentence:
    id: str
    text: str
    penta: int
    source_spans: tuple[str, ...] | None  # None: the sentence has no span annotation
    target_spans: tuple[str, ...] | None
    line: int = 0


@dataclass(kw_only=True)
class SentenceError:
    sentence_id: str
    sentence: str
    what: str
    detail: str


@dataclass
class Report:
    name: str = ""
    case: str | None = None
    sentences: int = 0
    hits: int = 0
    no_event: int = 0
    with_source: int = 0
    source_hits: int = 0
    with_target: int = 0
    target_hits: int = 0
    per_class: dict[int, tuple[int, int]] = field(default_factory=dict)  # class -> (hits, sentences)
    rejected: dict[str, int] = field(default_factory=dict)
    errors: list[SentenceError] = field(default_factory=list)
    format: str = FORMAT

    @property
    def hit_rate(self) -> float | None:
        return ratio(self.hits, self.sentences)

    @property
    def no_event_rate(self) -> float | None:
        return ratio(self.no_event, self.sentences)

    @property
    def source_recall(self) -> float | None:
        return ratio(self.source_hits, self.with_source)

    @property
    def target_recall(self) -> float | None:
        return ratio(self.target_hits, self.with_target)

    def figures(self) -> dict[str, float | None]:
        return {"hit_rate": self.hit_rate, "no_event_rate": self.no_event_rate,
                "source_recall": self.source_recall, "target_recall": self.target_recall}

    def summary_line(self) -> str:
        return (f"{self.name or 'cameo_news'}: class hit rate={fmt(self.hit_rate)} ({self.hits}/{self.sentences}) "
                f"no-event rate={fmt(self.no_event_rate)} ({self.no_event}/{self.sentences}) "
                f"source span recall={fmt(self.source_recall)} ({self.source_hits}/{self.with_source}) "
                f"target span recall={fmt(self.target_recall)} ({self.target_hits}/{self.with_target})")

    def format_text(self, *, show_errors: bool) -> str:
        out = [self.summary_line(), "", "Hit rate per gold class:"]
        for cls, (hits, n) in sorted(self.per_class.items()):
            out.append(f"  {cls} {CLASS_NAMES[cls]:<21} {hits:>4}/{n:<4} {fmt(ratio(hits, n))}")
        if self.rejected:
            out.append("Rejected before coding: " + ", ".join(f"{k} {v}" for k, v in sorted(self.rejected.items())))
        if show_errors:
            for what in sorted({e.what for e in self.errors}):
                errors = [e for e in self.errors if e.what == what]
                out += ["", f"{what} ({len(errors)}):"]
                out += [f"  [{e.sentence_id}] {e.detail}\n      {e.sentence}" for e in errors]
        return "\n".join(out)

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "format": self.format, "case": self.case, "figures": self.figures(),
                "sentences": self.sentences, "hits": self.hits, "no_event": self.no_event,
                "with_source": self.with_source, "source_hits": self.source_hits,
                "with_target": self.with_target, "target_hits": self.target_hits,
                "per_class": {str(c): {"hits": h, "sentences": n, "hit_rate": ratio(h, n)}
                              for c, (h, n) in sorted(self.per_class.items())},
                "rejected": dict(sorted(self.rejected.items())),
                "errors": [e.__dict__ for e in self.errors]}


def load_gold(path: str | Path) -> list[GoldSentence]:
    """Read and check every line: id, text, penta 0-4, optional source_spans/target_spans lists."""
    path = Path(path)
    out: list[GoldSentence] = []
    for lineno, record in read_records(path):
        if not looks_like(record):
            raise bad(path, line=lineno, reason="a CAMEO news line needs 'penta'")
        sid = require_text(path, line=lineno, record=record, key="id")
        text = require_text(path, line=lineno, record=record, key="text")
        penta = record.get("penta")
        if isinstance(penta, bool) or penta not in CLASS_ROOTS:
            raise bad(path, line=lineno, reason=f"'penta' {penta!r} is not an event class 0-4")
        spans = {}
        for key in ("source_spans", "target_spans"):
            value = record.get(key)
            if value is not None and not (isinstance(value, list) and all(isinstance(s, str) and s.strip()
                                                                          for s in value)):
                raise bad(path, line=lineno, reason=f"{key!r} must be a list of non-empty strings")
            spans[key] = tuple(value) if value is not None else None
        out.append(GoldSentence(id=sid, text=text, penta=penta, source_spans=spans["source_spans"],
                                target_spans=spans["target_spans"], line=lineno))
    unique_ids(path, [(g.line, g.id) for g in out])
    return out


def locate(span: str, text: str) -> list[tuple[int, int]]:
    """Every (start, end) where the words of ``span`` occur in ``text``, any punctuation or spacing
    between them, case ignored (the gold words keep their case; the coded text may not)."""
    words = span.split()
    if not words:
        return []
    pattern = r"\W*".join(re.escape(w) for w in words)
    return [m.span() for m in re.finditer(pattern, text, flags=re.IGNORECASE)]


def _overlaps(a: tuple[int, int], b: tuple[int, int] | None) -> bool:
    return b is not None and a[0] < b[1] and b[0] < a[1]


def _span_hit(spans: tuple[str, ...], *, text: str, predicted: list[tuple[int, int] | None]) -> bool:
    return any(_overlaps(where, p) for span in spans for where in locate(span, text) for p in predicted)


def score(gold: list[GoldSentence], predictions: dict[str, list[PredictedEvent]], *, name: str = "") -> Report:
    report = Report(name=name, sentences=len(gold))
    per_class: dict[int, list[int]] = {c: [0, 0] for c in sorted({g.penta for g in gold})}
    for g in gold:
        factual = [p for p in predictions.get(g.id, []) if p.factual]
        of_class = [p for p in factual if event_class(p) == g.penta]
        per_class[g.penta][1] += 1
        if not factual:
            report.no_event += 1
            report.errors.append(SentenceError(sentence_id=g.id, sentence=g.text, what="no event",
                                               detail=f"gold class {g.penta}"))
        elif of_class:
            report.hits += 1
            per_class[g.penta][0] += 1
        else:
            got = ", ".join(f"{p.cameo} ({event_class(p)}) {p.trigger!r}" for p in factual)
            report.errors.append(SentenceError(sentence_id=g.id, sentence=g.text, what="wrong class",
                                               detail=f"gold class {g.penta}, got {got}"))
        for side, spans in (("source", g.source_spans), ("target", g.target_spans)):
            if not spans:
                continue
            predicted = [p.source_span if side == "source" else p.target_span for p in of_class]
            hit = _span_hit(spans, text=g.text, predicted=predicted)
            if side == "source":
                report.with_source += 1
                report.source_hits += hit
            else:
                report.with_target += 1
                report.target_hits += hit
            if not hit and of_class:
                texts = [p.source_text if side == "source" else p.target_text for p in of_class]
                report.errors.append(SentenceError(
                    sentence_id=g.id, sentence=g.text, what=f"{side} span missed",
                    detail=f"gold {' | '.join(spans)}; predicted {' | '.join(t or 'null' for t in texts)}"))
    report.per_class = {c: (h, n) for c, (h, n) in per_class.items()}
    return report


def evaluate(path: str | Path, pipeline: Any, *, case: str | None = None) -> Report:
    gold = load_gold(path)
    coded = code_items(pipeline, (Item(id=g.id, text=g.text) for g in gold), case=case)
    report = score(gold, {i: c.events for i, c in coded.items()}, name=Path(path).name)
    report.case = case
    report.rejected = dict(Counter(c.rejection for c in coded.values() if c.rejection))
    return report
