"""A personal pronoun in a target slot stands for the actor it refers to: "Israeli soldiers were
searching the village when gunmen opened fire on them", "condemned President X and cut all
contacts with him", "A Pakistani diplomat went missing on Monday. He was shot ...". Wire copy
names a party once and then refers to it; the pronoun slots that the other target rules read
only through a named actor (a target preposition of the verb, of its object or of a noun
trigger, the subject of a passive, a direct object with no earlier object to stand for) are
read here: the nearest earlier actor of the sentence that agrees with the pronoun and is not the
doer, else the actor of the sentences before (``previous_actor``). Weak, like every pronoun's
antecedent; a pronoun that fits no actor stays empty (a wrong link is a false event)."""

from __future__ import annotations

from ..actors.groups import PEOPLE_NOUNS
from ..resources.words import word_list
from .arguments import (GENERIC_TARGET_PREPS, OBJECT_DEPS, PASSIVE_SUBJECT_DEPS, PLURAL_PRONOUNS, Arg,
                        MentionIndex, SAYER_VERBS, SUBJECT_DEPS, agrees, is_passive, quoted)
from .triggers import AUTHOR_NOUN_PREPS, Candidate

#: Personal pronouns of the third person that may stand for a party acted on ("them", "him").
TARGET_PRONOUNS = word_list("coding_target_pronouns")

#: Relations of a noun that stands for an actor in its own sentence (not a modifier of another noun).
_NOMINAL = frozenset({"nsubj", "nsubjpass", "dobj", "obj", "pobj", "appos", "conj", "attr"})


def pronoun_targets(c: Candidate, index: MentionIndex) -> list[Arg]:
    """The actor a personal pronoun in one of ``c``'s target slots stands for, or []."""
    for p in target_slots(c):
        avoid = [a.mention for a in c.sources] + speakers(p, index)
        found = in_sentence(p, index, avoid=avoid)
        if found is None and p.dep_ not in OBJECT_DEPS + ("dative",):  # an object pronoun: ``earlier_targets``
            found = sole_previous(p, index, avoid=avoid)
        if found is not None:
            return [found]
    return []


def speakers(p, index: MentionIndex) -> list:
    """'"He was only captured a few days ago," Senator Hill said': inside a quotation, a pronoun
    of the third person is not its speaker: the speakers named in the sentence, and the earlier
    mentions of the same person (same knowledge-base entry or name), are no antecedent."""
    if not quoted(p):
        return []
    said = [index.at(s.i) for v in p.sent if v.lemma_ in SAYER_VERBS
            for s in v.children if s.dep_ in SUBJECT_DEPS and not quoted(s)]
    said = [m for m in said if m is not None]
    keys = {k for m in said for k in (m.actor.kb_id, m.actor.name) if k}
    return said + [m for m in index.mentions if m.actor.kb_id in keys or m.actor.name in keys]


def sole_previous(p, index: MentionIndex, *, avoid) -> Arg | None:
    """'Two Nepalese journalists went missing on Monday. They were abducted by ...': the one actor
    of the sentence before that pronoun ``p`` can stand for; None when that sentence names none or
    more than one ("Police found the bodies of two traders. They had been abducted": which?)."""
    sent = p.sent
    if sent.start == 0:
        return None
    before = p.doc[sent.start - 1].sent
    fit = {m.actor.code: m for m in index.in_range(before.start, before.end)
           if _candidate(p, m, avoid=avoid)}
    if len(fit) != 1:
        return None
    m = next(iter(fit.values()))
    # the patient of an agentless passive is its one party ("He had been shot twice")
    return Arg(m, "patient+coref" if p.dep_ in PASSIVE_SUBJECT_DEPS else "coref", p.i)


def _candidate(p, m, *, avoid) -> bool:
    """Whether mention ``m`` may be what pronoun ``p`` stands for: a noun of its own that agrees
    with it, of a country, not one of the doers ``avoid`` nor of their side (``_same_side``)."""
    head = p.doc[m.head]
    return (head.dep_ in _NOMINAL and head.pos_ in ("NOUN", "PROPN") and agrees(p, head)
            and not any(m is a or _same_side(m.actor, a.actor) for a in avoid) and m.actor.country is not None
            and m.actor.resolved_by not in ("metonym", "place")
            and not (head.dep_ == "pobj" and head.head.lower_ in AUTHOR_NOUN_PREPS)
            and fits_pronoun(p, m))


def _same_side(a, b) -> bool:
    """Whether two actors are one side: one code, or a state and a body of it ("Kenya" and
    "Kenyan troops"); two bodies of one country are two sides ("Afghan militants attacked
    Afghan police")."""
    return a.code == b.code or (a.country == b.country and not (a.sectors and b.sectors))


def target_slots(c: Candidate) -> list:
    """The personal pronouns where ``c``'s target would be: a direct object, the subject of a
    passive verb, the object of a target preposition of the trigger or of its object ("cut
    contacts with him"); of a noun trigger, of its own target preposition ("an attack on them")."""
    tok, entry = c.tok, c.entry
    preps = (GENERIC_TARGET_PREPS | frozenset(entry.preps)) - AUTHOR_NOUN_PREPS
    holders = [tok]
    out = []
    if entry.pos == "V":
        objs = [o for o in tok.children if o.dep_ in OBJECT_DEPS]
        out += [o for o in objs if _pronoun(o)]
        out += [o for o in tok.children if o.dep_ == "dative" and _pronoun(o)]  # "promised them aid"
        if is_passive(tok) and not entry.objects:
            out += [s for s in tok.children if s.dep_ in PASSIVE_SUBJECT_DEPS and _pronoun(s)]
        holders += [o for o in objs if o.pos_ == "NOUN"]
    for h in holders:
        for prep in h.children:
            if prep.dep_ in ("prep", "dative") and prep.lower_ in preps:
                out += [g for g in prep.children if g.dep_ == "pobj" and _pronoun(g)]
    return out


def _pronoun(tok) -> bool:
    return tok.lower_ in TARGET_PRONOUNS and tok.tag_ == "PRP"


def in_sentence(p, index: MentionIndex, *, avoid) -> Arg | None:
    """The nearest actor named before pronoun ``p`` in its sentence, as a noun of its own, that
    agrees with it and is none of the ``avoid`` mentions (the doers) nor of their side; None
    when the nearest noun that agrees with it is no actor ("seized the rifles and destroyed them")."""
    doc = p.doc
    sent = p.sent
    for t in reversed(doc[sent.start:p.i]):
        if t.dep_ not in _NOMINAL or t.pos_ not in ("NOUN", "PROPN") or not agrees(p, t):
            continue
        m = index.at(t.i)
        if m is None:
            if p.dep_ in OBJECT_DEPS and t.tag_ == "NNS" and p.lower_ in PLURAL_PRONOUNS:
                return None  # "seized rifles from X and destroyed them": the nearest plural is a thing
            continue
        if m.head != t.i or not _candidate(p, m, avoid=avoid):
            continue
        # the slot's own role: the link is read from the sentence, a party like a named one
        return Arg(m, _ROLE.get(p.dep_, "prep") + "+coref", p.i)
    return None


#: The role of the slot a pronoun fills, as the other target rules name it.
_ROLE = {"dobj": "object", "obj": "object", "dative": "dative", "nsubjpass": "patient", "pobj": "prep"}


def fits_pronoun(p, m) -> bool:
    """Whether mention ``m`` can be what pronoun ``p`` stands for: "him"/"he" a person, "them" a
    group or a plural noun (a body or a state too: "Hamas ... attacks on them")."""
    a = m.actor
    head = p.doc[m.head]
    person = head.ent_type_ == "PERSON" or (bool(a.role) and not a.org) or (
        head.tag_ in ("NN", "NNP") and head.lemma_.lower() in PEOPLE_NOUNS)  # not "the army"
    if p.lower_ in PLURAL_PRONOUNS:
        return not person or head.tag_ in ("NNS", "NNPS")
    return person and head.tag_ not in ("NNS", "NNPS")
