"""The topic guard: sports, business and entertainment stories use the words of conflict for
other things ("Australia's bowlers attacked", "the takeover battle", "the striker fired home").

A document is of such a topic when its words of that topic (word lists ``context_topic_*``)
clearly outnumber its words of politics (``context_political_words``). In such a document an event
whose trigger is a word with a sense of that topic (``context_*_senses``: "beat", "attack",
"fire", "battle"), or in a business story any event of a company's people with no political
actor ("investors complained"), is dropped unless one of its actors is political (a government, an army, the
police, rebels, a court, an opposition, an international body, an office holder), it is an act
between a union and another named party (a labour dispute), or it is a
protest or strike (root 14): sanctions on a company or a strike by workers are still coded. In a
sports story a team or a player does nothing political whatever the verb ("the captain supported
the bowler"): an event with no political actor is dropped, and a rank that is also a sports role
("Australian cricket captain X", ``context_sports_rank_words``) is no army officer there. The
whole document is never dropped. In any story, force done by the press ("the newspaper attacked
the government", "the BBC hit Yes Minister") is a figure of speech or a misparsed noun: dropped.
"""

from __future__ import annotations

from collections import Counter
from typing import Iterable

from spacy.attrs import IS_ALPHA, LEMMA, LOWER

from ..ontology.codes import NON_STATE_CODES
from ..resources.words import word_list

TOPICS = ("sports", "business", "entertainment")
_TOPIC_WORDS = {"sports": word_list("context_topic_sports_words"),
                "business": word_list("context_topic_business_words"),
                "entertainment": word_list("context_topic_entertainment_words")}
_SENSES = {"sports": word_list("context_sports_senses"), "business": word_list("context_business_senses"),
           "entertainment": word_list("context_entertainment_senses")}
POLITICAL_WORDS = word_list("context_political_words")
#: Sectors of political actors: an event of theirs is political whatever the story.
POLITICAL_SECTORS = frozenset({"GOV", "MIL", "COP", "REB", "JUD", "LEG", "OPP", "SPY", "UAF", "PTY", "ELI"})
#: Unions: an act between a union and another named party (a company, a government) is a labour
#: dispute, political in CAMEO practice ("Qantas and the unions are continuing negotiations"); a
#: union's words about a company's plan with no party acted on ("unions said they would fight
#: the cuts") stay business news.
LABOUR_SECTORS = frozenset({"LAB"})
#: Sectors of companies and their people: in a business story what they do among themselves is
#: business ("investors complained", "the firm blamed the weather").
BUSINESS_SECTORS = frozenset({"BUS"})
#: Titles that are ranks or offices of state and roles in a team or club ("captain", "president"):
#: in a sports story the actor they name is a player or a club official, not an officer.
SPORTS_RANKS = word_list("context_sports_rank_words")
#: Sectors of the press: it uses words, not force.
MEDIA_SECTORS = frozenset({"MED"})
#: Roots of the use of force (assault, fight, mass violence) ...
FORCE_ROOTS = frozenset({"18", "19", "20"})
#: ... and the words of force that also mean criticising or airing a programme: said of the press,
#: they are no force.
PRESS_SENSES = _SENSES["entertainment"]
#: Roots coded whatever the story: protests and strikes.
ALWAYS_ROOTS = frozenset({"14"})
#: A topic needs at least this many of its words ...
MIN_WORDS = 2
#: ... and this many times the words of politics.
DOMINANCE = 2


def topic_of(words: Iterable[str]) -> str | None:
    """The topic of a document from its lower-case words (and lemmas), or None (news as usual)."""
    counts: Counter = Counter()
    political = 0
    for w in words:
        if w in POLITICAL_WORDS:
            political += 1
        for topic in TOPICS:
            if w in _TOPIC_WORDS[topic]:
                counts[topic] += 1
    if not counts:
        return None
    topic, n = counts.most_common(1)[0]
    return topic if n >= MIN_WORDS and n >= DOMINANCE * political else None


#: Every word that counts for a topic or for politics: the others change no count.
_COUNTED = POLITICAL_WORDS.union(*_TOPIC_WORDS.values())
#: (LOWER, LEMMA) string ids of a word -> the counted words it gives (its form, its lemma when
#: that differs): a story's words repeat, so each pair is read from the strings once per process.
_PAIR_WORDS: dict[tuple[int, int], tuple[str, ...]] = {}
#: Pairs kept at most (a server reads new words without end); past it the memory starts anew.
_PAIR_LIMIT = 1 << 18


def _counted_words(strings, lower: int, lemma: int) -> tuple[str, ...]:
    word = strings[lower]
    lemma_word = strings[lemma].lower()
    words = (word,) if lemma_word == word else (word, lemma_word)
    return tuple(w for w in words if w in _COUNTED)


def doc_topic(doc) -> str | None:
    """``topic_of`` a parsed document (its words and their lemmas, once each per token), read from
    the Doc's arrays (no Token object a word); the words that count nothing are left out."""
    strings = doc.vocab.strings
    array = doc.to_array([IS_ALPHA, LOWER, LEMMA])
    if len(_PAIR_WORDS) > _PAIR_LIMIT:
        _PAIR_WORDS.clear()
    words: list[str] = []
    for lower, lemma in array[array[:, 0] != 0, 1:].tolist():
        counted = _PAIR_WORDS.get((lower, lemma))
        if counted is None:
            counted = _PAIR_WORDS[lower, lemma] = _counted_words(strings, lower, lemma)
        if counted:
            words.extend(counted)
    return topic_of(words)


def political(actor, topic: str | None = None) -> bool:
    """An actor whose acts are political in any story (in a sports story, not a "captain")."""
    if actor is None:
        return False
    if topic == "sports" and actor.resolved_by != "kb" and any(
            w.strip(".,'").lower() in SPORTS_RANKS for w in (actor.text or "").split()):
        return False
    if actor.country in NON_STATE_CODES and actor.country != "MNC":
        return True
    return bool(set(actor.sectors or ()) & POLITICAL_SECTORS) or bool(actor.role)


def labour_dispute(event) -> bool:
    """An act between a union and another named party, either way (see ``LABOUR_SECTORS``)."""
    if event.source is None or event.target is None:
        return False
    sides = set(event.source.sectors or ()) | set(event.target.sectors or ())
    return bool(sides & LABOUR_SECTORS) and all(a.code or a.country or a.sectors for a in (event.source, event.target))


def press_force(event) -> bool:
    """An act of force done by the press ("the newspaper attacked the government", "the BBC hit
    Yes Minister"): a paper or a broadcaster criticises or airs a programme, it does not assault;
    in any story the trigger is a figure of speech or a noun the parser took for a verb. Only
    the words that have such senses ("attack", "hit", "strike"); journalists (JRN) are people
    and keep their acts."""
    source = event.source
    return (event.cameo[:2] in FORCE_ROOTS and source is not None and bool(source.sectors)
            and set(source.sectors) <= MEDIA_SECTORS and not source.role
            and (event.trigger.lemma in PRESS_SENSES or event.trigger.text.lower() in PRESS_SENSES))


def guarded(event, topic: str | None) -> bool:
    """Whether ``event`` is a sports, business or entertainment sense of its trigger in a story of
    that ``topic``, or force by the press in any story (and so is not a political event)."""
    if press_force(event):
        return True
    if topic is None or event.cameo[:2] in ALWAYS_ROOTS:
        return False
    if political(event.source, topic) or political(event.target, topic) or labour_dispute(event):
        return False
    if topic == "sports":
        return True  # a team or a player: whatever the verb, nothing political
    if topic == "business" and event.source is not None and set(event.source.sectors or ()) & BUSINESS_SECTORS:
        return True  # "investors complained", "the firm blamed": business among businesses
    return event.trigger.lemma in _SENSES[topic] or event.trigger.text.lower() in _SENSES[topic]
