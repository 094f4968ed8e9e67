"""The place of an event: the place tied to its trigger in the parse, else a usable place of the
same sentence, else none. Never a capital or centroid standing in for what the text does not say.
"""

from __future__ import annotations

from dataclasses import replace

from ..records import Place
from ..resources.words import word_list
from ..nlp import sentence_at
from .toponyms import LOCATIVE_PREPS, PlaceMention

#: Verbs of saying: a place hanging from one locates the speakers, not the reported event.
SPEECH_VERBS = word_list("say_verbs")
#: Verbs of saying and of diplomacy whose object is addressed, not a place: in "urged Moscow to
#: withdraw" Moscow is an actor (the target), not where the urging happened.
ADDRESSEE_VERBS = SPEECH_VERBS | word_list("geo_addressee_verbs")


def _tie(doc, mention: PlaceMention, *, trigger_i: int) -> tuple[int, int] | None:
    """How the mention hangs from the trigger: (rank, path length), or None when it does not.

    Rank 0: through a locative preposition ("shelled ... in Kharkiv", "near the border with
    Ukraine"); rank 1: directly ("attacked Kharkiv"). A path through another clause's verb
    ("said its forces shelled Kharkiv" for "said") is no tie: that place belongs to that clause.
    """
    tok = doc[mention.start:mention.end].root
    steps = 0
    locative = other_prep = False
    while tok.i != trigger_i:
        if tok.dep_ in ("prep", "dative", "agent"):
            if tok.lower_ in LOCATIVE_PREPS:
                locative = True
            elif not locative:
                other_prep = True  # "aid to Kyiv", "talks with Moscow": a party, not a place
        if tok.head.i == tok.i or steps > 15:
            return None
        tok = tok.head
        steps += 1
        if tok.i != trigger_i and tok.pos_ in ("VERB", "AUX") and tok.dep_ != "amod":
            return None
    if _attributive(doc, mention) or (not locative
                                      and (other_prep or not _may_locate_alone(doc, mention))):
        return None
    return (0 if locative else 1, steps)


def _in_locative_phrase(doc, mention: PlaceMention) -> bool:
    """"in Kharkiv", "near the border with Ukraine", "in Ukraine's east": up to the clause verb."""
    return _first_prep(doc, mention) in LOCATIVE_PREPS


def _first_prep(doc, mention: PlaceMention) -> str | None:
    """The nearest preposition above the mention within its clause ("to" in "aid to Kyiv")."""
    tok = doc[mention.start:mention.end].root
    for _ in range(15):
        if tok.dep_ in ("prep", "dative", "agent"):
            return tok.lower_
        if tok.head.i == tok.i or tok.pos_ in ("VERB", "AUX"):
            return None
        tok = tok.head
    return None


def _may_locate_alone(doc, mention: PlaceMention) -> bool:
    """Whether a mention outside any locative phrase can still be where the event happened.

    A city or area can ("shelled Kharkiv"); a country cannot, as it is most often an actor
    ("China criticised Japan"), nor can a possessive ("Kharkiv's mayor said"), a qualifier
    ("Moscow-backed") or the object of a preposition naming a party ("aid to Kyiv").
    """
    root = doc[mention.start:mention.end].root
    if root.dep_ == "poss" or _attributive(doc, mention):
        return False
    if root.dep_ in ("dobj", "dative") and root.head.lemma_.lower() in ADDRESSEE_VERBS:
        return False  # "urged Moscow to pull back": an addressee, not a place
    if _first_prep(doc, mention) not in (None, *LOCATIVE_PREPS):
        return False  # "aid to Kyiv", "talks with Moscow"
    return mention.place.precision != "country"


def _with_other_speaker(doc, mention: PlaceMention, *, trigger_i: int) -> bool:
    """"Officials in Kyiv said drones struck Lviv": Kyiv is where the speakers are, not where
    the strike was (the place hangs from another verb of saying)."""
    tok = doc[mention.start:mention.end].root
    for _ in range(15):
        if tok.i == trigger_i:
            return False
        if tok.pos_ in ("VERB", "AUX"):
            return tok.lemma_.lower() in SPEECH_VERBS
        if tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


def _attributive(doc, mention: PlaceMention) -> bool:
    """"Moscow-backed", "Gaza-based", "Kyiv-controlled": the place qualifies a noun."""
    end = mention.end
    return end + 1 < len(doc) and doc[end].text in ("-", "\u2013") and doc[end].whitespace_ == "" \
        and doc[end + 1].pos_ in ("VERB", "ADJ")


def locate_event(doc, *, trigger_i: int, places) -> Place | None:
    """The place of the event at ``trigger_i``: tied to it in the parse first, else the nearest
    usable place of the same sentence; None when there is none. Returns a copy.

    A country is used only from a locative phrase ("in Ukraine", "near the border with
    Ukraine"), never as a stand-in for a city, and never refined to its capital.
    """
    sent = sentence_at(doc, trigger_i)
    same = [m for m in places if sent.start <= m.start < sent.end]
    if not same:
        return None
    tied = []
    for m in same:
        t = _tie(doc, m, trigger_i=trigger_i)
        if t is not None:
            tied.append((t, abs(m.start - trigger_i), m))
    if tied:
        tied.sort(key=lambda x: (x[0], x[1]))
        best = tied[0][2]
        # "seized El Fasher in North Darfur": the finer of two nested tied places.
        for _, _, m in tied[1:]:
            if _within(m.place, best.place):
                best = m
    else:
        usable = [m for m in same if (_may_locate_alone(doc, m) or _in_locative_phrase(doc, m))
                  and not _with_other_speaker(doc, m, trigger_i=trigger_i)]
        if not usable:
            return None
        best = min(usable, key=lambda m: abs(m.start - trigger_i))
    return replace(best.place, source="sentence")


_RANK = {"city": 0, "admin1": 1, "region": 2, "country": 3}


def _within(fine: Place, coarse: Place) -> bool:
    """True when ``fine`` is a finer place inside ``coarse`` (by country and admin1)."""
    if _RANK.get(fine.precision, 9) >= _RANK.get(coarse.precision, 9) or not fine.country:
        return False
    if fine.country != coarse.country:
        return False
    if coarse.precision == "country":
        return True
    return coarse.precision == "admin1" and fine.admin1 == coarse.name


__all__ = ["locate_event"]
