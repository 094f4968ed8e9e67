"""The date of one event: the date expression tied to its trigger in the parse, anchored to publication.

Which expression: one attached to the trigger (or, for a nominal trigger, to its governing verb);
else one elsewhere in the trigger's clause; else one shared through coordination ("entered the
town on Monday and arrested ...") or an aspectual verb ("began shelling on Monday"). A date that
belongs to another verb is never taken: in "X, who arrived on Monday, met Y on Tuesday" the
meeting is on Tuesday, and "troops shelled the city, officials said on Monday" leaves the shelling
dated by publication. Deadlines ("until Friday", "by 2030", "before Monday") date nothing.

Direction: a bare weekday or month is read as past unless the event is planned: status "future",
or a verb with "will"/"shall"/"would", "is to"/"going to"/"set to"/"expected to", a scheduling verb
("scheduled for Friday"), or a non-reporting present tense ("the ministers meet on Friday").
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from ..errors import msg
from ..nlp import doc_text, sentence_at, span_entities
from ..records import FACTUAL_STATUSES, STATUSES
from ..resources.words import word_list
from .expressions import (DateExpression, find_date_expressions, is_vague_past, parse_date_expression,
                          period_end)

#: An event whose whole date period ends more than this many days before publication is historical.
HISTORICAL_DAYS = 30

#: Words that make a date a deadline or a bound, not the time of the event ("since 2014" is kept:
#: it dates the start of a state, as in "has occupied Crimea since 2014").
BOUND_WORDS = word_list("dates_bound_words")
FUTURE_AUXILIARIES = word_list("dates_future_auxiliaries")
PERFECT_AUXILIARIES = word_list("dates_perfect_auxiliaries")
#: Heads of an xcomp that make it planned: "is to meet", "going to", "set to", "expected to".
FUTURE_GOVERNORS = word_list("dates_future_governors")
SCHEDULING_VERBS = word_list("dates_scheduling_verbs")
#: Verbs of saying and thinking: "officials say it happened on Friday" reports, it does not schedule.
REPORTING_VERBS = word_list("say_verbs")
#: Verbs whose xcomp happens when they do: "began shelling on Monday".
ASPECTUAL_VERBS = word_list("dates_aspectual_verbs")
#: Verbs whose to-infinitive happened when they did: "managed to cross on Friday".
IMPLICATIVE_VERBS = ASPECTUAL_VERBS | word_list("dates_implicative_verbs")
_NON_CLAUSE_DEPS = frozenset({"aux", "auxpass", "amod", "compound", "nmod", "det"})
_CANDIDATES_KEY = "flashpoint.date_candidates"


@dataclass
class DateResolution:
    """An event date: ISO ``date`` (first day of its period), ``precision`` day|week|month|year,
    ``source`` text|publication; ``start``/``end`` are the character offsets of the expression."""

    date: str | None
    precision: str | None
    source: str | None
    historical: bool = False
    start: int | None = None
    end: int | None = None


def resolve_event_date(doc: Doc, trigger_i: int, *, published: dt.date | str | None,
                       status: str) -> DateResolution:
    """The date of the event whose trigger is token ``trigger_i`` of ``doc``.

    No tied expression: the publication date (precision "day", source "publication"); no
    publication date either: all None (never "today"). A vague past ("in the 1990s", "years
    ago") gives date None, source "text" and historical True for a factual event.
    """
    if status not in STATUSES:
        raise ValueError(msg("E505", value=status, available=", ".join(STATUSES)))
    if isinstance(published, str):
        published = dt.date.fromisoformat(published)
    tied = tied_date_expression(doc, trigger_i)
    if tied is not None and is_vague_past(tied[0].text):
        # "in the 1990s", "years ago": no date to give, but well before publication.
        expression = tied[0]
        return DateResolution(date=None, precision=None, source="text",
                              historical=status in FACTUAL_STATUSES, start=expression.start,
                              end=expression.end)
    if tied is not None:
        expression, verb = tied
        future = is_future(verb, status=status)
        parsed = parse_date_expression(expression.text, published=published, future=future)
        if parsed is not None:
            day, precision = parsed
            historical = (not _is_since(doc, expression)
                          and is_historical(day, precision, published=published, status=status))
            return DateResolution(date=day.isoformat(), precision=precision, source="text",
                                  historical=historical, start=expression.start, end=expression.end)
    if published is None:
        return DateResolution(date=None, precision=None, source=None)
    return DateResolution(date=published.isoformat(), precision="day", source="publication")


def is_historical(day: dt.date, precision: str, *, published: dt.date | None, status: str) -> bool:
    """A factual event whose whole period ends more than HISTORICAL_DAYS before publication.

    Using the period's end means "last month" is not historical on 5 February just because
    January began 35 days ago.
    """
    if published is None or status not in FACTUAL_STATUSES:
        return False
    return (published - period_end(day, precision)).days > HISTORICAL_DAYS


def _is_since(doc: Doc, expression: DateExpression) -> bool:
    """"since March": the start of something still going on, so not a historical event."""
    return re.search(r"\bsince\s*$", doc_text(doc)[max(0, expression.start - 16):expression.start],
                     re.IGNORECASE) is not None


# --------------------------------------------------------------------------- which expression


def tied_date_expression(doc: Doc, trigger_i: int) -> tuple[DateExpression, Token] | None:
    """The date expression tied to the trigger and the verb (or noun) it modifies, or None."""
    trigger = doc[trigger_i]
    best: tuple[tuple[int, int], DateExpression, Token] | None = None
    for expression, span in _candidates(sentence_at(doc, trigger_i)):
        attach = _attachment(span)
        if attach is None:
            continue
        rank = _tie_rank(attach, trigger)
        if rank is None:
            continue
        key = (rank, abs(span.root.i - trigger.i))
        if best is None or key < best[0]:
            best = (key, expression, attach)
    if best is None:
        return None
    return best[1], best[2]


def _candidates(sent: Span) -> list[tuple[DateExpression, Span]]:
    """Date expressions of the sentence: those the finder knows, then DATE entities that parse.

    Found once per sentence and kept on the Doc: every event of the sentence asks again, and
    finding them again per event would grow with the square of a long sentence's length.
    """
    cache = sent.doc.user_data.setdefault(_CANDIDATES_KEY, {})
    found = cache.get(sent.start)
    if found is None:
        found = cache[sent.start] = _find_candidates(sent)
    return found


def _find_candidates(sent: Span) -> list[tuple[DateExpression, Span]]:
    doc = sent.doc
    text = doc_text(doc)
    found: list[tuple[DateExpression, Span]] = []
    # the sentence's words are its characters in the Doc's kept text (Span.text joins a Token a word)
    for e in find_date_expressions(text[sent.start_char:sent.end_char]):
        start, end = sent.start_char + e.start, sent.start_char + e.end
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is not None and len(span):
            found.append((DateExpression(start=start, end=end, text=text[start:end]), span))
    for ent in span_entities(sent):
        if ent.label_ not in ("DATE", "TIME"):
            continue
        if any(ent.start < span.end and span.start < ent.end for _, span in found):
            continue
        if parse_date_expression(ent.text, published=dt.date(2001, 6, 15)) is None:
            continue
        found.append((DateExpression(start=ent.start_char, end=ent.end_char, text=ent.text), ent))
    return found


def _attachment(span: Span) -> Token | None:
    """The token the date expression modifies, or None for a bound ("until Friday") or a fragment."""
    root = span.root
    if root.head.i == root.i:
        return None
    before = span.doc[span.start - 1] if span.start > 0 else None
    if root.dep_ in ("poss", "compound", "nmod", "nummod", "amod"):
        return root.head                           # "Monday's talks", "the 2014 annexation"
    if before is not None and before.lower_ in BOUND_WORDS:
        return None
    if root.dep_ == "prep" or root.pos_ == "ADP":
        if root.lower_ in BOUND_WORDS:
            return None
        return root.head
    head = root.head
    if head.pos_ == "ADP" or head.dep_ in ("prep", "agent"):
        if head.lower_ in BOUND_WORDS:
            return None
        if head.head.i == head.i:
            return None
        return head.head
    return head


def _is_clause_head(token: Token) -> bool:
    if token.head.i == token.i or token.dep_ == "ROOT":
        return True
    return token.pos_ in ("VERB", "AUX") and token.dep_ not in _NON_CLAUSE_DEPS


def clause_head(token: Token) -> Token:
    """The verb heading the clause of ``token`` (the token itself for a verb)."""
    while not _is_clause_head(token):
        token = token.head
    return token


def _tie_rank(attach: Token, trigger: Token) -> int | None:
    """How closely a date attached to ``attach`` belongs to the event (lower is closer; None: not)."""
    if attach.i == trigger.i:
        return 0
    # Inside the trigger's own phrase: "the attack on the embassy on Monday".
    token = attach
    while not _is_clause_head(token):
        token = token.head
        if token.lower_ in BOUND_WORDS and token.pos_ == "ADP":
            return None                            # "gathered after Monday's talks"
        if token.i == trigger.i:
            return 1
    trigger_clause = clause_head(trigger)
    attach_clause = clause_head(attach)
    if attach.i == trigger_clause.i:
        return 1                                   # "held talks on Monday" (nominal trigger)
    if attach_clause.i == trigger_clause.i:
        return 2
    if attach_clause.dep_ in ("relcl", "acl") and attach_clause.head.i == trigger.i:
        return 2                                   # "the talks, which were held on Monday"
    clause = trigger_clause
    while clause.dep_ == "conj" and clause.head.i != clause.i:
        clause = clause_head(clause.head)
        if clause.i == attach_clause.i:
            return 3                               # "entered ... on Monday and arrested ..."
    if (trigger_clause.dep_ == "xcomp" and trigger_clause.head.i == attach_clause.i
            and attach_clause.lemma_ in ASPECTUAL_VERBS):
        return 3                                   # "began shelling on Monday"
    return None


# --------------------------------------------------------------------------- direction


def is_future(verb: Token, *, status: str) -> bool:
    """Whether the date of an event on ``verb`` points forward from publication."""
    if status == "future":
        return True
    if status == "historical":
        return False
    return _tense_is_future(clause_head(verb), depth=0)


def _tense_is_future(verb: Token, *, depth: int) -> bool:
    auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(a.lower_ in PERFECT_AUXILIARIES for a in auxiliaries):
        return False
    if any(a.lower_ in FUTURE_AUXILIARIES for a in auxiliaries):
        return True
    if verb.lemma_ in SCHEDULING_VERBS:
        return True
    head = verb.head
    if verb.dep_ == "xcomp" and head.i != verb.i:
        if head.lemma_ in FUTURE_GOVERNORS and head.tag_ != "VBD" or head.lower_ == "going":
            return True
        if any(a.lower_ in FUTURE_AUXILIARIES for a in head.children if a.dep_ == "aux"):
            return True
    if verb.lemma_ in REPORTING_VERBS:
        return False
    if verb.tag_ in ("VBP", "VBZ"):
        return True                                # "the ministers meet on Friday"
    if verb.tag_ == "VBG" and any(a.tag_ in ("VBP", "VBZ") for a in auxiliaries):
        return True                                # "they are meeting on Friday"
    finite = verb.tag_ in ("VBD", "VBP", "VBZ", "MD") or any(a.tag_ in ("VBD", "VBP", "VBZ", "MD")
                                                             for a in auxiliaries)
    if finite or head.i == verb.i or depth >= 3:
        return False
    governor = clause_head(head)
    if verb.tag_ == "VB" and any(a.tag_ == "TO" for a in verb.children):
        # "agreed to meet on Friday" looks forward; "managed to cross on Friday" does not.
        if governor.lemma_ not in IMPLICATIVE_VERBS:
            return True
    if verb.tag_ in ("VB", "VBG"):
        return _tense_is_future(governor, depth=depth + 1)   # "before leaving on Thursday, ..."
    return False
