"""The counterpart of a running story: a relational act with no target takes the one party its
doer has been dealing with.

A story about a dispute names both sides once ("the airline and the unions held talks", "the
workers rejected the airline's proposal") and then reports each side's moves alone: "the unions
are fighting a proposed wage freeze", "most of the staff have agreed to accept it". Read alone such
a sentence has no target; read in its story it has the other side. One pass over the document's
drafts, in order, after every sentence is coded:

- an event of a relational class (request, agree, consult, demand, reject, threaten:
  ``COUNTERPART_ROOTS``) whose target is none, or a thing of no actor ("a wage freeze"),
- whose source took part, earlier in the article, in events of those classes with exactly ONE
  other party (a code other than its own, either side of the earlier events),

takes that party as its target (``resolved_by`` "context", the earlier mention's words, a lower
confidence). Two or more counterparts are left alone (who is meant is a guess), never the source
itself, and never across a change of topic the text marks ("Meanwhile, ...": the running story
before it is not the one after).
"""

from __future__ import annotations

from dataclasses import replace

from ..nlp import sentences as nlp_sentences
from ..ontology.codes import COUNTERPART_ROOTS, VIOLENCE_ROOTS
from ..records import Actor
from ..resources.words import word_list
from .confidence import borrowed
from .drafts import EventDraft

#: First words of a sentence that turn to another story ("Meanwhile", "Elsewhere").
TOPIC_CHANGE_WORDS = word_list("coding_topic_change_words")
#: Lemmas of an attack made in reply ("returned fire", "retaliated", "responded with air strikes").
REPLY_ATTACK_LEMMAS = word_list("coding_reply_attack_lemmas")
#: How many sentences before its reply the attack replied to may be told.
REPLY_REACH = 1


def running_counterparts(drafts: list[EventDraft], doc) -> list[EventDraft]:
    """``drafts`` (in document order) with the open relational events given the one counterpart
    of their source in the running story (see the module docstring)."""
    drafts = replied_attacks(drafts)
    if not any(_open(d) for d in drafts):
        return drafts  # most documents: nothing to look for
    sentences = nlp_sentences(doc)
    parties: dict[tuple, dict[tuple, Actor]] = {}  # party code -> counterpart code -> its first actor
    out: list[EventDraft] = []
    by_sentence: dict[int, list[EventDraft]] = {}
    for d in drafts:
        by_sentence.setdefault(d.sentence_index, []).append(d)
    for si in range(max(len(sentences), max(by_sentence) + 1)):
        if si < len(sentences) and _turns(sentences[si]):
            parties = {}
        own = by_sentence.get(si, [])
        here = _parties(e for e in own if _two_party(e))
        for d in own:
            if _open(d):
                earlier = _counterparts(parties, d.source)
                # "after talks with Sharon, the envoy threatened to quit": a party of its own
                # sentence other than the story's one makes the counterpart a guess
                if len(earlier) == 1 and set(_counterparts(here, d.source)) <= set(earlier):
                    d = _with_counterpart(d, next(iter(earlier.values())))
            out.append(d)
        # a sentence's own parties count from the next sentence on: an open event looks back
        for k, v in here.items():
            for kk, a in v.items():
                parties.setdefault(k, {}).setdefault(kk, a)
    return out


def _parties(events) -> dict[tuple, dict[tuple, Actor]]:
    """Party code -> the codes of its counterparts in ``events`` -> the first actor of each."""
    out: dict[tuple, dict[tuple, Actor]] = {}
    for e in events:
        out.setdefault(_key(e.source), {}).setdefault(_key(e.target), e.target)
        out.setdefault(_key(e.target), {}).setdefault(_key(e.source), e.source)
    return out


def _counterparts(parties: dict[tuple, dict[tuple, Actor]], source: Actor) -> dict[tuple, Actor]:
    """The counterparts of ``source`` in ``parties``: of every party of its code whose organisation
    is its own or unknown on either side ("the unions" and "the Finance Sector Union" may be one
    party; two named unions are two), other than the source itself."""
    code, org = _key(source)
    out: dict[tuple, Actor] = {}
    for (c, o), found in parties.items():
        if c == code and (o == org or o is None or org is None):
            for k, a in found.items():
                if k[0] != code:
                    out.setdefault(k, a)
    return out


def _key(actor: Actor | None) -> tuple | None:
    """The identity of a party: its code (country and sectors) and its organisation (two
    companies of one country are two parties)."""
    return (actor.code, actor.org) if actor is not None else None


def _is_party(actor: Actor | None) -> bool:
    return actor is not None and bool(actor.code) and bool(actor.country or actor.org)


def _thing(actor: Actor | None) -> bool:
    """A target as written that names no actor ("rejected the scheme"): codes null."""
    return actor is None or not (actor.country or actor.org or actor.sectors or actor.name or actor.role)


def _open(d: EventDraft) -> bool:
    """A relational event of a known doer with no actor as its target."""
    return d.cameo[:2] in COUNTERPART_ROOTS and _is_party(d.source) and _thing(d.target)


def _two_party(d: EventDraft) -> bool:
    """An event of a relational class between two different known parties."""
    return (d.cameo[:2] in COUNTERPART_ROOTS and _is_party(d.source) and _is_party(d.target)
            and _key(d.source) != _key(d.target) and not _own_state(d.source, d.target))


def _own_state(a: Actor, b: Actor) -> bool:
    """Whether one of two actors is the bare state of the other's country ("Australia" and its
    minister): a state is no counterpart of its own officials."""
    bare = lambda x: not (x.sectors or x.org)  # noqa: E731
    return a.country == b.country and (bare(a) or bare(b))


def _turns(sent) -> bool:
    """Whether a sentence opens with a word that turns to another story."""
    first = next((t for t in sent if not t.is_punct), None)
    return first is not None and first.lower_ in TOPIC_CHANGE_WORDS


def _with_counterpart(d: EventDraft, party: Actor) -> EventDraft:
    target = replace(party, sectors=list(party.sectors), resolved_by="context")
    why = f"{d.why}; the counterpart of its doer in the running story: '{party.text}'"
    return replace(d, target=target, confidence=borrowed(d.confidence), why=why)


def replied_attacks(drafts: list[EventDraft]) -> list[EventDraft]:
    """'Gunmen ran into an army post and opened fire. The soldiers returned fire': an attack in
    reply with no target is aimed at the doer of the attack it answers, the last one told before
    it (in its sentence or the one before) by a known doer other than the replier, aimed at no one
    named or at the replier's country. Marked ``context`` and weaker; none found, left alone."""
    out: list[EventDraft] = []
    for i, d in enumerate(drafts):
        if d.trigger_lemma in REPLY_ATTACK_LEMMAS and d.cameo[:2] in VIOLENCE_ROOTS and d.source is not None and (
                _thing(d.target) or d.target.resolved_by == "default"):  # not its own country by default
            answered = next((e for e in reversed(drafts[:i]) if _answered(e, d)), None)
            if answered is not None:
                d = _with_counterpart(d, answered.source)
        out.append(d)
    return out


def _answered(e: EventDraft, reply: EventDraft) -> bool:
    """Whether ``e`` is an attack ``reply`` may answer (see ``replied_attacks``)."""
    src, mine = e.source, reply.source
    return (e.cameo[:2] in VIOLENCE_ROOTS and reply.sentence_index - REPLY_REACH <= e.sentence_index
            and (e.sentence_index, e.trigger_start) < (reply.sentence_index, reply.trigger_start)
            and src is not None and bool(src.country or src.sectors)
            and (src.country, sorted(src.sectors)) != (mine.country, sorted(mine.sectors))
            and (_thing(e.target) or e.target.country == mine.country))
