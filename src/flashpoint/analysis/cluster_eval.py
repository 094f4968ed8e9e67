"""Scoring clusters against a multi-report gold set (``tests/stories/``): pairwise precision and recall.

Which events are scored: a report (or a near-duplicate copy of one) belongs to one happening of
``happenings.jsonl``; of its events, those that report that happening are the factual ones whose
source country is the happening's, whose target country is the happening's or not given, whose
PLOVER type is the happening's kind or whose CAMEO root is the happening's root, and whose date
lies within ``DATE_SLACK`` days of the happening's (background such as "the war of 2020" is not it). Other events of a
report (background, reactions, quotes about something else) are not scored: the gold says nothing
about them.

Over the scored events, a pair is a true positive when both are in one cluster and report one
happening, a false positive when they share a cluster but not a happening, a false negative when
they report one happening in two clusters.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter
from dataclasses import dataclass
from itertools import combinations
from pathlib import Path
from typing import Any, Iterable

from ..records import FACTUAL_STATUSES
from .matching import date_interval

#: Days an event's date may lie from its happening's and still report it (a report dated by its
#: publication the day after; "on Tuesday" read a day off).
DATE_SLACK = 2


@dataclass(frozen=True, kw_only=True)
class Happening:
    happening: str
    source_country: str
    target_country: str | None
    kind: str
    cameo_root: str
    date: str
    distractor_of: str | None


@dataclass(frozen=True, kw_only=True)
class StoryGold:
    happenings: dict[str, Happening]
    doc_happening: dict[str, str]  # report or copy id -> happening id
    copies: frozenset[str]  # ids of the near-duplicate copies


def _lines(path: Path) -> Iterable[dict[str, Any]]:
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                yield json.loads(line)


def load_story_gold(folder: str | Path) -> StoryGold:
    folder = Path(folder)
    happenings = {}
    for h in _lines(folder / "happenings.jsonl"):
        target = h.get("target") or {}
        happenings[h["happening"]] = Happening(
            happening=h["happening"], source_country=h["source"]["country"], target_country=target.get("country"),
            kind=h["kind"], cameo_root=h["cameo_root"], date=h["date"], distractor_of=h.get("distractor_of"))
    doc_happening = {r["id"]: r["happening"] for r in _lines(folder / "reports.jsonl")}
    copies = set()
    for c in _lines(folder / "dupes.jsonl"):
        doc_happening[c["id"]] = doc_happening[c["copy_of"]]
        copies.add(c["id"])
    return StoryGold(happenings=happenings, doc_happening=doc_happening, copies=frozenset(copies))


def reports_happening(event: dict[str, Any], happening: Happening) -> bool:
    """Whether an event of a report is about the report's happening: a factual one (clustering
    takes only those: "would start on Sunday", "denied targeting" are not the happening) of its
    actors, kind and date."""
    if event.get("status", "asserted") not in FACTUAL_STATUSES or event.get("negated"):
        return False
    if event.get("source_country") != happening.source_country or not event.get("date"):
        return False
    first, last = date_interval(event["date"], event.get("date_precision"))
    day = dt.date.fromisoformat(happening.date).toordinal()
    if not first - DATE_SLACK <= day <= last + DATE_SLACK:
        return False
    target = event.get("target_country")
    if target is not None and happening.target_country is not None and target != happening.target_country:
        return False
    return event.get("plover_type") == happening.kind or event.get("cameo_root") == happening.cameo_root


def scored_events(events: Iterable[dict[str, Any]], gold: StoryGold, *, copies: bool = True
                  ) -> dict[str, tuple[str, str | None]]:
    """event_id -> (gold happening, predicted cluster) for the events the gold speaks about."""
    out: dict[str, tuple[str, str | None]] = {}
    for e in events:
        happening = gold.doc_happening.get(e["doc_id"])
        if happening is None or (not copies and e["doc_id"] in gold.copies):
            continue
        if reports_happening(e, gold.happenings[happening]):
            out[e["event_id"]] = (happening, e.get("cluster_id"))
    return out


@dataclass(frozen=True)
class PairScore:
    tp: int
    fp: int
    fn: int

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def pairwise(labels: dict[str, tuple[str, str | None]]) -> PairScore:
    """Pairwise scores of (gold, predicted) labels; an event with no predicted cluster is alone."""
    items = [(gold, pred if pred is not None else f"alone:{eid}") for eid, (gold, pred) in sorted(labels.items())]
    tp = fp = fn = 0
    for (g1, p1), (g2, p2) in combinations(items, 2):
        same_gold, same_pred = g1 == g2, p1 == p2
        tp += same_gold and same_pred
        fp += same_pred and not same_gold
        fn += same_gold and not same_pred
    return PairScore(tp, fp, fn)


def coverage(labels: dict[str, tuple[str, str | None]], gold: StoryGold) -> dict[str, int]:
    """How many happenings (main and distractors) have at least one scored event."""
    seen = Counter(g for g, _ in labels.values())
    main = sum(1 for h in seen if gold.happenings[h].distractor_of is None)
    return {"events": len(labels), "happenings": len(seen), "main_happenings": main,
            "distractors": len(seen) - main}
