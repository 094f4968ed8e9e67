"""Whose aircraft: craft and weapons named with no owner ("strike aircraft have flown sorties")
are no actor by themselves (``actors_instrument_nouns``); when a defence body reports what they
did ("The Pentagon says strike aircraft have flown sorties over X"), they are that body's
country's forces, a weak reading of the coder (``resolved_by`` "context", from the speaker).
With no such body, craft that go on with a war story's air attack ("Israeli warplanes struck
Gaza City, while Apache helicopters fired rockets on ...") are the forces of the one state whose
craft or forces the sentence, or the one before, names as acting (no ``country_from``)."""

from __future__ import annotations

from ..actors.groups import INSTRUMENT_NOUNS
from ..actors.resolver import ActorMention, actor_code
from ..nlp.normalise import norm_key
from ..ontology.codes import MILITARY_SECTOR, is_state_country
from ..records import Actor
from .arguments import RELATIVE_PRONOUNS, SAYER_VERBS, Arg, MentionIndex, actor_of

#: The instrument nouns as compared (normalised: "B-52 bombers" is "b 52 bombers").
_INSTRUMENTS = frozenset(norm_key(w) for w in INSTRUMENT_NOUNS)
#: How a craft's owner is found: weak, like every reading of the coder's (``Arg.weak``).
CRAFT_HOW = "coref-speaker"


def is_craft(tok) -> bool:
    """Whether ``tok`` heads a phrase naming craft or weapons ("strike aircraft", "fighter jets")."""
    words = [t for t in tok.lefts if t.dep_ == "compound"] + [tok]
    return any(norm_key(" ".join(t.text for t in words[i:])) in _INSTRUMENTS for i in range(len(words)))


def _defence_subject(say, index: MentionIndex):
    """The subject of a say-verb when it is a defence body (an actor of a state and the military
    sector: "the Pentagon", "the defence ministry"), else None."""
    for s in say.children:
        if s.dep_ == "nsubj":
            m = actor_of(s, index, subject=True)
            if m is not None and is_state_country(m.actor.country) and MILITARY_SECTOR in (m.actor.sectors or ()):
                return m
    return None


def _defence_sayer(verb, index: MentionIndex):
    """The defence body whose saying governs ``verb``; None when there is none."""
    tok = verb
    while tok.dep_ in ("ccomp", "conj") and tok.head.i != tok.i:
        tok = tok.head
        if tok.lemma_.lower() in SAYER_VERBS:
            return _defence_subject(tok, index)
    return None


def _craft_subject(verb):
    """The subject of ``verb`` when it names craft or weapons: its own ("strike aircraft have
    flown"), or the noun a relative "who"/"which" subject stands for ("B-52 bombers who targeted
    ..."); None otherwise."""
    for s in verb.children:
        if s.dep_ != "nsubj":
            continue
        if is_craft(s):
            return s
        if s.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl" and is_craft(verb.head):
            return verb.head
    return None


def _earlier_craft_sayer(verb, index: MentionIndex):
    """'The Pentagon says strike aircraft have flown sorties. They were accompanied by B-52 bombers
    who ...': the defence body that, in the sentence before, said what craft of no owner did, whose
    running report this one goes on with; None when there is none."""
    sent = verb.sent
    if sent.start == 0:
        return None
    before = verb.doc[sent.start - 1].sent
    crafts = [c for t in before if (c := _craft_subject(t)) is not None]
    if not crafts or all(index.at(x.i) is not None for c in crafts for x in c.subtree if x.i <= c.i):
        return None
    for t in before:
        if t.lemma_.lower() in SAYER_VERBS:
            sayer = _defence_subject(t, index)
            if sayer is not None:
                return sayer
    return None


def reported_craft(verb, index: MentionIndex) -> list[Arg]:
    """'The Pentagon says strike aircraft have flown sorties over Afghanistan': a subject naming
    craft or weapons of no owner, in what a defence body says (or goes on saying in the next
    sentence: "They were accompanied by B-52 bombers who targeted ..."), is that body's country's
    forces (MIL, ``resolved_by`` "context", ``country_from`` "speaker", weak); [] otherwise."""
    s = _craft_subject(verb)
    if s is None or any(index.at(t.i) is not None for t in s.subtree if t.i <= s.i):
        return []  # none, or "Russian jets": the owner is named, an actor already (or none by the rules)
    sayer = _defence_sayer(verb, index) or _earlier_craft_sayer(verb, index)
    country = sayer.actor.country if sayer is not None else _story_air_force(s, index)
    if country is None:
        return []
    span = verb.doc[s.left_edge.i:s.i + 1]
    actor = Actor(text=span.text, span=(span.start_char, span.end_char),
                  code=actor_code(country, sectors=[MILITARY_SECTOR], org=None), country=country,
                  sectors=[MILITARY_SECTOR], resolved_by="context",
                  country_from="speaker" if sayer is not None else None)
    return [Arg(ActorMention(start=span.start, end=span.end, head=s.i, actor=actor), CRAFT_HOW, s.i)]


def _story_air_force(craft, index: MentionIndex) -> str | None:
    """The one state whose forces or craft act (not say), as a subject, earlier in the craft's sentence or in
    the sentence before ("Israeli F-16 warplanes launched strikes, while Apache helicopters fired");
    None when there is none or more than one."""
    sent = craft.sent
    start = craft.doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    countries = set()
    for m in index.in_range(start, craft.i):
        a = m.actor
        head = craft.doc[m.head]
        if not is_state_country(a.country) or list(a.sectors or ()) != [MILITARY_SECTOR]:
            continue  # its forces, not the state as such ("the Palestinians threw grenades")
        subject = head.head if head.dep_ in ("amod", "compound") and is_craft(head.head) else head
        if subject.dep_ == "nsubj" and subject.head.lemma_.lower() not in SAYER_VERBS:
            countries.add(a.country)
    return next(iter(countries)) if len(countries) == 1 else None
