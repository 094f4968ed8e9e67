"""The team's hand-coded article gold (``tests/gold/lee_articles_gold.jsonl``): whole articles.

Each record names a line of ``lee_background.txt`` (1-based, from ``read().split("\\n")``) and
every event a trained coder would code in it (``tests/gold/README.md``). The file holds no article
text, so the corpus is read from its path (``--corpus``); each line is cleaned with
``flashpoint.ingest.clean_text`` and coded as one document published on 2001-12-15 (the corpus is
ABC copy of late 2001 and carries no dates of its own).

Figures, over factual predictions with a PLOVER type, at country+sector and at country level:
recall and precision over (source, type, target) per article, then pooled. Gold ``optional``
events count neither way (a prediction matching one is not a false positive; missing one is not
a miss). A null gold actor matches a predicted null actor or an actor with no country; a null gold
sector matches a predicted actor with no sector; a null gold target matches any target. Each gold
event takes the fitting prediction nearest its trigger.
"""

from __future__ import annotations

import difflib
import re
from bisect import bisect_right
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

from ..errors import FlashpointError, msg
from ..ingest import clean_text
from ..ontology.table import PLOVER_TYPES
from ..records import FACTUAL_STATUSES
from .common import Counts, bad, fmt, read_records
from .matching import GoldTriple, PredictedEvent, match_greedy, parse_actor, triple_matches
from .running import Item, code_items

FORMAT = "articles"
#: The corpus is ABC copy of late 2001 without dates: every article is coded as published then.
PUBLISHED = "2001-12-15"
CORPUS_NAME = "lee_background.txt"
#: ../shared/corpus/lee_background.txt next to the checkout this module belongs to.
DEFAULT_CORPUS = Path(__file__).resolve().parents[3].parent / "shared" / "corpus" / CORPUS_NAME
MISSED = "missed"
FALSE_POSITIVE = "false positive"

_SENTENCE_END = re.compile(r"[.!?][\"'\u2019\u201d)]*\s+")


class CorpusMissing(FlashpointError):
    """The article gold's corpus is not where it was looked for: the set is skipped."""


def looks_like(record: dict[str, Any]) -> bool:
    return "line" in record and isinstance(record.get("events"), list) and "text" not in record


@dataclass(frozen=True)
class GoldArticle:
    line: int  # the article's line in the corpus (1-based)
    events: tuple[GoldTriple, ...]
    record_line: int = 0  # where the record is in the gold file


@dataclass
class ArticleFigures:
    line: int
    sector: Counts
    country: Counts


@dataclass(kw_only=True)
class ArticleError:
    article: int
    kind: str  # MISSED or FALSE_POSITIVE
    level: str
    triple: str
    sentence: str


@dataclass
class Report:
    name: str = ""
    case: str | None = None
    corpus: str = ""
    articles: list[ArticleFigures] = field(default_factory=list)
    optional_events: int = 0
    optional_matched: int = 0
    rejected: dict[str, int] = field(default_factory=dict)
    errors: list[ArticleError] = field(default_factory=list)
    format: str = FORMAT

    def pooled(self, level: str) -> Counts:
        total = Counts()
        for a in self.articles:
            total.add(a.sector if level == "sector" else a.country)
        return total

    def figures(self) -> dict[str, float | None]:
        sector, country = self.pooled("sector"), self.pooled("country")
        return {"recall": sector.recall, "precision": sector.precision, "f1": sector.f1,
                "country_recall": country.recall, "country_precision": country.precision,
                "country_f1": country.f1}

    def summary_line(self) -> str:
        s, c = self.pooled("sector"), self.pooled("country")
        return (f"{self.name or 'articles'}: {len(self.articles)} articles, country+sector "
                f"R={fmt(s.recall)} P={fmt(s.precision)} ({s.matched}/{s.gold} gold, "
                f"{s.matched}/{s.predicted} predicted); country R={fmt(c.recall)} P={fmt(c.precision)} "
                f"({c.matched}/{c.gold}, {c.matched}/{c.predicted})")

    def format_text(self, *, show_errors: bool) -> str:
        out = [self.summary_line(), "",
               f"Coded from {self.corpus}, each line cleaned (clean_text) and published {PUBLISHED}.",
               f"Optional gold events: {self.optional_events} ({self.optional_matched} matched, not counted).",
               "Per article (country+sector | country):"]
        for a in self.articles:
            out.append(f"  line {a.line:>3}: gold {a.sector.gold:>2} predicted {a.sector.predicted:>2} "
                       f"R={fmt(a.sector.recall)} P={fmt(a.sector.precision)} | "
                       f"R={fmt(a.country.recall)} P={fmt(a.country.precision)}")
        if self.rejected:
            out.append("Rejected before coding: " + ", ".join(f"{k} {v}" for k, v in sorted(self.rejected.items())))
        if show_errors:
            for kind in (MISSED, FALSE_POSITIVE):
                errors = [e for e in self.errors if e.kind == kind and e.level == "sector"]
                out += ["", f"{kind.capitalize()} at country+sector ({len(errors)}):"]
                out += [f"  line {e.article}: {e.triple}\n      {e.sentence}" for e in errors]
        return "\n".join(out)

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "format": self.format, "case": self.case, "corpus": self.corpus,
                "published": PUBLISHED, "figures": self.figures(),
                "pooled": {"sector": self.pooled("sector").to_dict(), "country": self.pooled("country").to_dict()},
                "optional_events": self.optional_events, "optional_matched": self.optional_matched,
                "articles": [{"line": a.line, "sector": a.sector.to_dict(), "country": a.country.to_dict()}
                             for a in self.articles],
                "rejected": dict(sorted(self.rejected.items())),
                "errors": [e.__dict__ for e in self.errors]}


# -- loading ---------------------------------------------------------------------------------------

def load_gold(path: str | Path) -> list[GoldArticle]:
    """Read and check every article record (line number, events with offset, trigger, actors, type)."""
    path = Path(path)
    articles: list[GoldArticle] = []
    seen: dict[int, int] = {}
    for lineno, record in read_records(path):
        if not looks_like(record):
            raise bad(path, line=lineno, reason="an article record needs 'line' and a list of 'events' (no 'text')")
        article = record["line"]
        if isinstance(article, bool) or not isinstance(article, int) or article < 1:
            raise bad(path, line=lineno, reason=f"'line' {article!r} is not a line number (1 or more)")
        if article in seen:
            raise bad(path, line=lineno, reason=f"article line {article} already coded on line {seen[article]}")
        seen[article] = lineno
        events = tuple(_event(path, line=lineno, where=f"event {i + 1}", raw=e)
                       for i, e in enumerate(record["events"]))
        articles.append(GoldArticle(line=article, events=events, record_line=lineno))
    return articles


def _event(path: Path, *, line: int, where: str, raw: Any) -> GoldTriple:
    def fail(reason: str) -> Exception:
        return bad(path, line=line, reason=f"{where}: {reason}")

    if not isinstance(raw, dict):
        raise fail("is not an object")
    offset, trigger = raw.get("offset"), raw.get("trigger")
    if isinstance(offset, bool) or not isinstance(offset, int) or offset < 0:
        raise fail(f"'offset' {offset!r} is not a character offset")
    if not isinstance(trigger, str) or not trigger:
        raise fail("'trigger' must be a non-empty string")
    optional = raw.get("optional", False)
    if not isinstance(optional, bool):
        raise fail("'optional' must be true or false")
    ptype = raw.get("type")
    if ptype is None and not optional:
        raise fail("an event without a PLOVER 'type' (a CAMEO 01 statement) must be optional")
    if ptype is not None and ptype not in PLOVER_TYPES:
        raise fail(f"'type' {ptype!r} is not a PLOVER 2.0 type ({', '.join(PLOVER_TYPES)})")
    status = raw.get("status")
    if status not in FACTUAL_STATUSES:
        raise fail(f"'status' {status!r} is not one of {', '.join(sorted(FACTUAL_STATUSES))}")
    source = parse_actor(raw.get("source"), where="source", fail=fail, nullable=True)
    target = parse_actor(raw.get("target"), where="target", fail=fail, nullable=True)
    return GoldTriple(source=source, type=ptype, target=target, optional=optional, offset=offset,
                      trigger=trigger, extra={"cameo": raw.get("cameo"), "status": status})


def read_corpus(path: str | Path | None) -> list[str]:
    """The corpus's lines (``read().split("\\n")``); ``CorpusMissing`` when it is not there."""
    path = Path(path) if path is not None else DEFAULT_CORPUS
    if not path.is_file():
        raise CorpusMissing(msg("E809", path=path))
    return path.read_text(encoding="utf-8").split("\n")


def check_against_corpus(gold_path: str | Path, articles: list[GoldArticle], *, lines: list[str]) -> None:
    """Every article line exists and every trigger is at its offset: else this is not the corpus the
    gold was coded from."""
    for article in articles:
        if article.line > len(lines):
            raise bad(gold_path, line=article.record_line,
                      reason=msg("E810", line=article.line, count=len(lines)))
        text = lines[article.line - 1]
        for g in article.events:
            if text[g.offset:g.offset + len(g.trigger)] != g.trigger:
                raise bad(gold_path, line=article.record_line,
                          reason=msg("E811", trigger=g.trigger, offset=g.offset, line=article.line))


# -- offsets and sentences -------------------------------------------------------------------------

def offset_map(raw: str, cleaned: str) -> Callable[[int], int]:
    """A function from an offset in ``raw`` to the same character's offset in ``cleaned`` (cleaning
    only drops or changes a little whitespace and markup, so the texts align closely)."""
    if raw == cleaned:
        return lambda i: i
    blocks = difflib.SequenceMatcher(None, raw, cleaned, autojunk=False).get_matching_blocks()
    starts = [b.a for b in blocks]

    def where(i: int) -> int:
        k = max(bisect_right(starts, i) - 1, 0)
        b = blocks[k]
        return b.b + min(max(i - b.a, 0), max(b.size - 1, 0))
    return where


def sentence_at(text: str, offset: int) -> str:
    """The sentence around ``offset``, cut at sentence-ending punctuation (for printing errors only)."""
    start = 0
    for m in _SENTENCE_END.finditer(text):
        if m.end() > offset:
            return text[start:m.start() + 1].strip()
        start = m.end()
    return text[start:].strip()


# -- scoring ---------------------------------------------------------------------------------------

def _gold_order(golds: list[GoldTriple]) -> list[GoldTriple]:
    return sorted(golds, key=lambda g: (g.target is None, g.offset or 0))


def score_article(article: GoldArticle, preds: list[PredictedEvent], *, text: str,
                  to_clean: Callable[[int], int], level: str,
                  errors: list[ArticleError] | None = None) -> tuple[Counts, int]:
    """(counts, optional events matched) of one article at ``level`` ("sector" or "country")."""
    with_sector = level == "sector"
    scored = [p for p in preds if p.factual and p.plover_type]

    def fits(g: GoldTriple, p: PredictedEvent) -> bool:
        return triple_matches(g, p, with_sector=with_sector)

    def distance(g: GoldTriple, p: PredictedEvent) -> float:
        return abs((p.trigger_start or 0) - to_clean(g.offset or 0))

    required = _gold_order([g for g in article.events if not g.optional])
    optional = _gold_order([g for g in article.events if g.optional and g.type is not None])
    pairs, missed, rest = match_greedy(required, scored, fits=fits, distance=distance)
    optional_pairs, _, false_positives = match_greedy(optional, rest, fits=fits, distance=distance)
    if errors is not None:
        errors += [ArticleError(article=article.line, kind=MISSED, level=level,
                                triple=g.describe(sectors=with_sector),
                                sentence=sentence_at(text, to_clean(g.offset or 0))) for g in missed]
        errors += [ArticleError(article=article.line, kind=FALSE_POSITIVE, level=level,
                                triple=p.triple(sectors=with_sector) + f" (trigger {p.trigger!r})",
                                sentence=p.sentence)
                   for p in false_positives]
    counts = Counts(matched=len(pairs), predicted=len(scored) - len(optional_pairs), gold=len(required))
    return counts, len(optional_pairs)


def _add_article(report: Report, article: GoldArticle, preds: list[PredictedEvent], *, text: str,
                 to_clean: Callable[[int], int]) -> None:
    """Score one article at both levels into ``report`` (its figures, errors and optional counts)."""
    sector, optional_matched = score_article(article, preds, text=text, to_clean=to_clean, level="sector",
                                             errors=report.errors)
    country, _ = score_article(article, preds, text=text, to_clean=to_clean, level="country", errors=report.errors)
    report.articles.append(ArticleFigures(line=article.line, sector=sector, country=country))
    report.optional_events += sum(1 for g in article.events if g.optional)
    report.optional_matched += optional_matched


def evaluate(path: str | Path, pipeline: Any, *, case: str | None = None,
             corpus: str | Path | None = None) -> Report:
    """Code each gold article's line of the corpus and score it; ``CorpusMissing`` when absent."""
    gold = load_gold(path)
    corpus_path = Path(corpus) if corpus is not None else DEFAULT_CORPUS
    lines = read_corpus(corpus_path)
    check_against_corpus(path, gold, lines=lines)
    cleaned = {a.line: clean_text(lines[a.line - 1]) for a in gold}
    coded = code_items(pipeline, (Item(id=str(a.line), text=cleaned[a.line], published=PUBLISHED) for a in gold),
                       case=case)
    report = Report(name=Path(path).name, case=case, corpus=str(corpus_path))
    for a in gold:
        text = cleaned[a.line]
        to_clean = offset_map(lines[a.line - 1], text)
        _add_article(report, a, coded[str(a.line)].events, text=text, to_clean=to_clean)
        rejection = coded[str(a.line)].rejection
        if rejection:
            report.rejected[rejection] = report.rejected.get(rejection, 0) + 1
    return report


# -- agreement between two hand codings ----------------------------------------------------------

def _as_prediction(g: GoldTriple, text: str, to_clean: Callable[[int], int]) -> PredictedEvent:
    """A second coder's event in the form the scorer compares (its trigger where the coder put it)."""
    start = to_clean(g.offset or 0)
    source, target = g.source, g.target
    return PredictedEvent(source_country=source.country if source else None,
                          target_country=target.country if target else None,
                          plover_type=g.type, cameo=g.extra.get("cameo"), factual=True,
                          source_sectors=(source.sector,) if source and source.sector else (),
                          target_sectors=(target.sector,) if target and target.sector else (),
                          sentence=sentence_at(text, start), trigger=g.trigger, trigger_start=start)


def agreement(reference: str | Path, other: str | Path, *, corpus: str | Path | None = None) -> Report:
    """How far a second hand coding (``other``) agrees with an article gold (``reference``): the
    second coder's required events are scored as if they were the coder's predictions, with the
    same matching, over the articles both files code. Two careful coders never agree fully; their
    agreement is the ceiling a coder can be expected to reach against either of them."""
    ref = load_gold(reference)
    second = {a.line: a for a in load_gold(other)}
    corpus_path = Path(corpus) if corpus is not None else DEFAULT_CORPUS
    lines = read_corpus(corpus_path)
    check_against_corpus(reference, ref, lines=lines)
    check_against_corpus(other, list(second.values()), lines=lines)
    report = Report(name=f"{Path(other).name} against {Path(reference).name}", corpus=str(corpus_path))
    for a in ref:
        if a.line not in second:
            continue
        text = clean_text(lines[a.line - 1])
        to_clean = offset_map(lines[a.line - 1], text)
        preds = [_as_prediction(g, text, to_clean) for g in second[a.line].events if g.type and not g.optional]
        _add_article(report, a, preds, text=text, to_clean=to_clean)
    return report
