"""Place mentions in a parsed document, each resolved with the rest of the document as context.

Mentions come from spaCy GPE/LOC/FAC entities, from our own names found in the text ("the West
Bank", "Strait of Hormuz", "Kiev"), and from proper nouns the small model missed or mislabelled
("Kharkiv" as a PERSON): those must name a country, a mapped area or a big city, follow a
locative preposition, or have their country supported by the rest of the document. A name used
as an actor ("Washington said", "Moscow and Beijing warned") is not a place, nor is a demonym.
Ambiguous names are resolved with ``resolve`` (population, other places and actors, cue words).
"""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from spacy.attrs import ENT_TYPE, IDX, LENGTH

from ..nlp import doc_text, entities, sentence_at
from ..nlp.normalise import word_forms
from ..records import Place
from ..resources.words import word_list
from .entries import Candidate
from .gazetteer import ADMIN_WORDS, COMPASS_WORDS, Gazetteer, normalise
from .resolve import Context, choose

#: Area words that, after the name of a sea, mean a country on its shore ("a Gulf state").
SHORE_STATE_WORDS = word_list("geo_shore_state_words")

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
#: Prepositions that put an event somewhere ("in Kharkiv", "near the border with Ukraine").
LOCATIVE_PREPS = word_list("geo_locative_preps")
#: Dependency labels of a name acting as the doer of a verb ("Moscow warned", "by Washington").
ACTOR_DEPS = frozenset({"nsubj", "agent", "csubj"})
#: Verbs whose subject is still a place ("Kharkiv was shelled" is nsubjpass anyway; "Gaza lies").
PLACE_SUBJECT_VERBS = word_list("geo_place_subject_verbs")
#: Sentence words that favour the US state in a country-vs-state choice ("Georgia" + governor).
STATE_CUES = word_list("geo_state_cues")
MAX_SCAN = 5  # longest own name looked for in the text, in tokens


@dataclass
class PlaceMention:
    """A place named at tokens ``start:end`` (end exclusive) of the doc."""

    start: int
    end: int
    place: Place


@dataclass
class _Raw:
    start: int
    end: int
    cands: list[Candidate]
    admin1_cue: bool
    weak: bool = False  # found by scanning only: kept when the document supports its country
    ner: bool = False  # tagged GPE/LOC/FAC by the model


def _trim(doc, *, start: int, end: int) -> tuple[int, int]:
    """Drop a leading "the" and a trailing "'s" or punctuation from a span."""
    while start < end and (doc[start].lower_ == "the" or doc[start].is_punct):
        start += 1
    while end > start and (doc[end - 1].lower_ in ("'s", "'", "\u2019s") or doc[end - 1].is_punct):
        end -= 1
    return start, end


def _span_candidates(gazetteer: Gazetteer, doc, *, start: int, end: int) -> tuple[list[Candidate], int, bool]:
    """Candidates for tokens start:end, extending over a following "region"/"province" word.

    Returns (candidates, new end, admin1_cue).
    """
    text = doc[start:end].text
    nxt = doc[end] if end < len(doc) else None
    if nxt is not None and nxt.lower_ in ADMIN_WORDS and nxt.lower_ != "republic":
        full = gazetteer.candidates(f"{text} {nxt.text}")
        if full:
            return full, end + 1, True
        cands = gazetteer.candidates(text)
        waters = [c for c in cands if c.alias and not c.entry.country]
        if waters and nxt.lower_ in SHORE_STATE_WORDS:  # "a Gulf state" lies on the Gulf: no admin1 "Gulf"
            return waters, end, False
        if any(c.entry.feature in ("admin1", "region") for c in cands):
            return cands, end + 1, True
        if cands:
            return cands, end, False
    cands = gazetteer.candidates(text)
    if cands:
        words = text.split()
        cue = len(words) > 1 and words[-1].lower() in ADMIN_WORDS
        prev2 = doc[max(0, start - 2):start]
        if len(prev2) == 2 and prev2[0].lower_ == "state" and prev2[1].lower_ == "of":
            cue = True
        return cands, end, cue
    words = text.split()
    if len(words) > 1 and words[-1].lower() in ADMIN_WORDS:
        base = gazetteer.candidates(" ".join(words[:-1]))
        base = [c for c in base if c.entry.feature in ("admin1", "region")] or base
        return base, end, True
    return [], end, False


def _is_actor_use(doc, *, start: int, end: int, actor_tokens: set[int], label: str) -> bool:
    """True for "Washington said", "Moscow and Beijing warned": a name as the doer of a verb.
    ``actor_tokens``: the tokens of the document's actor mentions."""
    root = doc[start:end].root
    tok = root
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    if tok.dep_ == "pobj" and tok.head.dep_ == "agent":
        tok = tok.head
    if tok.dep_ not in ACTOR_DEPS:
        return False
    verb = tok.head
    if verb.lemma_.lower() in PLACE_SUBJECT_VERBS:
        return False
    is_actor = any(t in actor_tokens for t in range(start, end))
    return is_actor or label == "GPE"


#: Small words allowed inside a multiword proper name found by scanning ("Rostov-on-Don").
_NAME_JOINERS = word_list("geo_name_joiners")
#: Entity types a scanned name may not be part of (a date, a number, a nationality...).
_SCAN_OK_ENTS = frozenset({"", "PERSON", "ORG", "GPE", "LOC", "FAC", "PRODUCT"})
#: Labels of places: a scanned run never starts at a word of one (the NER found that place).
_PLACE_ENTS = ("GPE", "LOC", "FAC")
MIN_SCAN_POPULATION = 50_000  # a city found without the NER's help must be at least this big
STRONG_POPULATION = 500_000  # ... and needs no support from the rest of the document
MIN_SCAN_ALT_POPULATION = 150_000  # ... and this big when only an alternate name matched


def _is_name(tok) -> bool:
    """A proper noun, or a capitalised word inside a name entity the tagger got wrong
    ("Bakhmut" tagged ADV but labelled ORG)."""
    if tok.pos_ == "PROPN":
        return True
    return tok.ent_type_ in ("PERSON", "ORG", "PRODUCT") and tok.text[:1].isupper() \
        and not tok.is_sent_start


def _proper_run(span) -> bool:
    """Tokens that together read as one proper name: names at both ends, names or joiners inside."""
    if not _is_name(span[0]) or not _is_name(span[-1]):
        return False
    return all(_is_name(t) or t.lower_ in _NAME_JOINERS for t in span)


def _scan_ok(c: Candidate, *, tagged: bool) -> bool:
    """A name found by scanning is a place when big enough; alternate names need a big city
    and no entity reading ("Stalin" is an old name of Donetsk, "Hamas" one of Hamm)."""
    e = c.entry
    if not c.primary:
        return not tagged and e.feature == "city" and e.population >= MIN_SCAN_ALT_POPULATION
    return e.feature != "city" or e.population >= MIN_SCAN_POPULATION or e.capital


def _scan_strong(c: Candidate) -> bool:
    """Names safe to take on their own: countries, mapped areas, capitals, cities of 500,000+."""
    e = c.entry
    if not c.primary:
        return False
    return (e.feature == "country" or (e.feature == "admin1" and e.lat is not None)
            or e.capital or e.population >= STRONG_POPULATION)


#: ``normalise`` remembered: the scan asks it of every run of capitalised words.
_normal = lru_cache(maxsize=1 << 16)(normalise)


def _scan(doc, gazetteer: Gazetteer) -> list[tuple[int, int, bool, bool]]:
    """Names of the gazetteer the NER did not tag as places: (start, end, own name?, strong?).

    Our own names (places.csv, aliases) are taken wherever they are written with a capital;
    other names only when they read as a proper noun and name a country, area or a city of
    50,000+ people (or follow a locative preposition). A hit that is not strong (see
    ``_scan_strong``) is kept later only when the document names its country otherwise.
    """
    found = []
    ent_of = _ent_index(doc)
    n = len(doc)
    # each token's capital and entity label (its string id), read once (the loops below ask them
    # many times), from the Doc's arrays: no Token object a word
    capital = [w.capital for w in word_forms(doc)]
    ent_type = doc.to_array(ENT_TYPE).tolist()
    strings = doc.vocab.strings  # a label's id in the arrays (spaCy's symbol, or its hash; none: 0)
    ok_ids = {strings[label] if label else 0 for label in _SCAN_OK_ENTS}
    place_ids = {strings[label] for label in _PLACE_ENTS}
    text = doc_text(doc)  # a run's text is its characters in it (Span.text, without building the Span)
    chars = doc.to_array([IDX, LENGTH])
    first_char = chars[:, 0].tolist()
    after_char = (chars[:, 0] + chars[:, 1]).tolist()
    # the tokens whose entity label no scanned run may hold (a run ends before the next one),
    # and those a run may start at (the others are stepped over)
    barred = [k for k, label in enumerate(ent_type) if label not in ok_ids] + [n]
    starts = [k for k in range(n) if capital[k] and ent_type[k] not in place_ids]
    i = 0
    for i0 in starts:
        if i0 < i or doc[i0].lower_ == "the":  # "The US": the span starts at "US"
            continue
        i = i0
        hit = None
        stop = barred[bisect_left(barred, i)]
        for size in range(min(MAX_SCAN, stop - i), 0, -1):
            if not capital[i + size - 1]:
                continue
            key = _normal(text[first_char[i]:after_char[i + size - 1]])
            if not gazetteer.knows(key):
                continue  # no place of that name: nothing below can make it one
            span = doc[i:i + size]
            if _inside_longer_ent(span, ent_of) or _inside_longer_name(span):
                continue
            if size == 1 and len(span.text) <= 3 and not span.text.isupper():
                continue  # "Us" is a pronoun, "US" a country
            if key in gazetteer.own_keys:
                hit = (i, i + size, True, True)
                break
            if not _proper_run(span) or (size == 1 and span.text.isupper()):
                continue  # acronyms ("ILO") are organisations far more often than towns
            cands = gazetteer.candidates(span.text)
            after_prep = i > 0 and doc[i - 1].lower_ in LOCATIVE_PREPS and doc[i - 1].pos_ == "ADP"
            admin_next = i + size < n and doc[i + size].lower_ in ADMIN_WORDS
            tagged = any(t.ent_type_ for t in span)
            if any(_scan_ok(c, tagged=tagged) or after_prep
                   or (admin_next and c.entry.feature in ("admin1", "region")) for c in cands):
                strong = after_prep or admin_next or any(_scan_strong(c) for c in cands)
                hit = (i, i + size, False, strong)
                break
        if hit:
            found.append(hit)
            i = hit[1]
        else:
            i += 1
    return found


#: Capitalised words that may follow a place name without making it part of a longer name.
_AFTER_PLACE = word_list("geo_after_place_words")


def _inside_longer_name(span) -> bool:
    """Next to another capitalised proper noun: "Queen Elizabeth", "European Union", "Hunter
    Valley" (the longer name was looked up and is not a place)."""
    doc = span.doc
    before = doc[span.start - 1] if span.start > 0 else None
    after = doc[span.end] if span.end < len(doc) else None
    if before is not None and before.pos_ in ("PROPN", "ADJ") and before.text[:1].isupper() \
            and not before.is_sent_start:
        return True
    if after is not None and after.pos_ == "PROPN" and after.text[:1].isupper() \
            and after.lower_ not in _AFTER_PLACE and after.ent_type_ not in ("DATE", "TIME"):
        return True
    return False


def _ent_index(doc) -> dict[int, object]:
    """Token index -> the entity span it belongs to."""
    return {i: ent for ent in entities(doc) for i in range(ent.start, ent.end)}


def _inside_longer_ent(span, ent_of: dict) -> bool:
    """Part of a longer person or organisation name ("Jordan Peterson", "Kyiv Post")."""
    for t in (span[0], span[-1]):
        if t.ent_type_ in ("PERSON", "ORG"):
            ent = ent_of.get(t.i)
            if ent is not None:
                rest = [x for x in ent if not span.start <= x.i < span.end]
                # Only a real longer name counts, not a list the NER took for one
                # ("Bakhmut and Marinka") nor a clause ("Missiles struck Kiev").
                return bool(rest) and all(x.pos_ == "PROPN" or x.lower_ in _NAME_JOINERS
                                          for x in rest)
    return False


def _raw_mentions(doc, gazetteer: Gazetteer, *, actor_spans: list[tuple[int, int]]) -> list[_Raw]:
    actor_tokens = {t for s, e in actor_spans for t in range(s, e)}
    raws: list[_Raw] = []
    for ent in entities(doc):
        if ent.label_ not in PLACE_LABELS:
            continue
        start, end = _trim(doc, start=ent.start, end=ent.end)
        if start >= end:
            continue
        cands, end2, cue = _span_candidates(gazetteer, doc, start=start, end=end)
        if not cands and end - start > 1 and doc[start].lower_ in COMPASS_WORDS:
            start += 1  # "Eastern Ukraine" is Ukraine (but "South Sudan" is a country of its own)
            cands, end2, cue = _span_candidates(gazetteer, doc, start=start, end=end)
        end = end2
        if not cands:
            continue
        if _is_actor_use(doc, start=start, end=end, actor_tokens=actor_tokens, label=ent.label_):
            continue
        raws.append(_Raw(start=start, end=end, cands=cands, admin1_cue=cue, ner=True))
    # reach[t]: the furthest end of a mention over token t, so that "inside a mention already
    # found" costs the same in a long document as in a short one (no scan of every mention).
    reach: dict[int, int] = {}

    def add_reach(r: _Raw) -> None:
        for t in range(r.start, r.end):
            reach[t] = max(reach.get(t, 0), r.end)

    for r in raws:
        add_reach(r)
    for start, end, own, strong in _scan(doc, gazetteer):
        if reach.get(start, 0) >= end:
            continue
        cands, end2, cue = _span_candidates(gazetteer, doc, start=start, end=end)
        if not own and not cue:
            cands = [c for c in cands if c.primary] or cands
        if cands and not _is_actor_use(doc, start=start, end=end, actor_tokens=actor_tokens, label="GPE"):
            raws.append(_Raw(start=start, end=end2, cands=cands, admin1_cue=cue, weak=not strong))
            add_reach(raws[-1])
    # Longest first, then drop anything overlapping an earlier (longer) one.
    raws.sort(key=lambda r: (-(r.end - r.start), r.start))
    kept: list[_Raw] = []
    taken: set[int] = set()
    for r in raws:
        if not any(t in taken for t in range(r.start, r.end)):
            kept.append(r)
            taken.update(range(r.start, r.end))
    kept.sort(key=lambda r: r.start)
    return kept


def _owner_of_doer(tok) -> bool:
    """A possessive on the doer of a verb ("Russia's ministry said", "Iran's forces fired")."""
    if tok.dep_ != "poss":
        return False
    head = tok.head
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head
    return head.dep_ in ACTOR_DEPS


def _within_hint(doc, raws: list[_Raw], *, k: int) -> frozenset:
    """"Paris, Texas", "Donetsk, Ukraine": the mention right after a comma says where this one
    is, as (country, None) for a country reading or (country, admin1) for an area reading."""
    r = raws[k]
    if k + 1 >= len(raws) or r.end >= len(doc) or doc[r.end].text != ",":
        return frozenset()
    nxt = raws[k + 1]
    if nxt.start != r.end + 1:
        return frozenset()
    hints = set()
    for c in nxt.cands:
        e = c.entry
        if e.feature == "country":
            hints.add((e.country, None))
        elif e.feature == "admin1" and c.primary:
            hints.add((e.country, e.name))
    return frozenset(hints)


def sentence_of(doc, i: int):
    """The sentence of token ``i``, or the whole doc when it has no sentence boundaries."""
    try:
        return doc[i].sent
    except ValueError:
        return doc[:]


def _state_cue(doc, raw: _Raw, *, known: dict[int, bool]) -> bool:
    """A word of a state in the sentence of the mention. ``known``: the answers of the document
    by sentence start (its places share sentences; ``doc[i].sent`` walks the sentence each time)."""
    sent = sentence_at(doc, raw.start)
    if sent.start not in known:
        known[sent.start] = any(t.lower_ in STATE_CUES for t in sent)
    return known[sent.start]


def find_places(doc, gazetteer: Gazetteer, *, actor_mentions=()) -> list[PlaceMention]:
    """Place mentions of ``doc``, each resolved with the other places and actors as context."""
    actor_spans = [(m.start, m.end) for m in actor_mentions]
    raws = _raw_mentions(doc, gazetteer, actor_spans=actor_spans)
    if not raws:
        return []
    context = Context()
    for m in actor_mentions:
        country = getattr(m.actor, "country", None)
        if country and len(country) == 3 and country.isalpha():
            context.add(country=country)
    # Loose readings (alternate names, unmapped areas) may support each other across mentions:
    # "Queensland and Victoria" are two Australian states although neither is mapped.
    loose_of = [{c.entry.country for c in r.cands if c.entry.country
                 and _needs_support(c, admin1_cue=r.admin1_cue, ner=r.ner)} if not r.weak else set()
                for r in raws]
    loose = Counter(country for countries in loose_of for country in countries)

    def supported(k: int) -> list[Candidate]:
        r = raws[k]
        return [c for c in r.cands
                if not _needs_support(c, admin1_cue=r.admin1_cue, ner=r.ner)
                or context.countries.get(c.entry.country or "", 0) > 0
                or loose[c.entry.country] - (c.entry.country in loose_of[k]) > 0]

    # First pass: each strong mention's own best reading, as context for the others; then the
    # weak ones (scanned names) whose country the document supports.
    first: list[Candidate | None] = [None] * len(raws)
    for k, r in enumerate(raws):
        if not r.weak:
            first[k] = choose(supported(k), admin1_cue=r.admin1_cue)
            _vote(context, first[k], sign=1)
    for k, r in enumerate(raws):
        if r.weak:
            c = choose(r.cands, context=context, admin1_cue=r.admin1_cue)
            if c is not None and c.entry.country and context.countries.get(c.entry.country, 0) > 0:
                first[k] = c
    for k, r in enumerate(raws):
        if r.weak and first[k] is not None:
            _vote(context, first[k], sign=1)
    out: list[PlaceMention] = []
    cues: dict[int, bool] = {}
    for k, (raw, c0) in enumerate(zip(raws, first)):
        if c0 is None and raw.weak:
            continue
        _vote(context, c0, sign=-1)
        cands = supported(k)
        if raw.weak:
            cands = [c for c in cands if context.countries.get(c.entry.country or "", 0) > 0]
        best = choose(cands, context=context, admin1_cue=raw.admin1_cue,
                      state_cue=_state_cue(doc, raw, known=cues), within=_within_hint(doc, raws, k=k))
        _vote(context, c0, sign=1)
        if best is None:
            continue
        span = doc[raw.start:raw.end]
        if best.entry.feature == "country" and _owner_of_doer(span.root):
            continue  # "Russia's defence ministry said": the state as an actor, not a place
        place = best.entry.to_place(text=span.text, span=(span.start_char, span.end_char))
        out.append(PlaceMention(start=raw.start, end=raw.end, place=place))
    return out


ALT_NAME_POPULATION = 100_000  # a city the NER tagged may go by an alternate name ("Sana'a")


def _needs_support(c: Candidate, *, admin1_cue: bool, ner: bool) -> bool:
    """Readings too loose to take alone: alternate names, and areas we have no map for."""
    e = c.entry
    if not c.primary:
        if e.own and (admin1_cue or e.lat is not None):
            return False  # "the Donetsk region", "Helmand" for Helmand Province
        return not (ner and e.feature == "city" and e.population >= ALT_NAME_POPULATION)
    return e.feature == "admin1" and e.lat is None


def _vote(context: Context, c: Candidate | None, *, sign: int) -> None:
    if c is None:
        return
    e = c.entry
    context.add(country=e.country, admin1=e.admin1 if e.feature != "country" else None,
                feature=e.feature, sign=sign)


__all__ = ["PlaceMention", "find_places", "sentence_of", "LOCATIVE_PREPS"]
