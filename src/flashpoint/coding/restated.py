"""Restated events: an agentless passive that repeats an event the article reported before.

News copy reports an act once with its doer ("Afghan security forces have arrested a wounded
fighter") and then again in the passive, without one ("the man was arrested when he left his ward",
"he was only captured a few days ago"). Read alone, the repeat has no source; read in its article it
has the earlier doer. One pass over the document's drafts, in order, after every sentence is coded:

- a factual, agentless passive of the same CAMEO class (three digits) as an earlier event with a
  known source takes that event's source, when its patient is a pronoun, a definite description of
  people ("the man", "some of the gunmen") or shares a word with the earlier patient ("one Arab"
  after "an Arab fighter"), and then also that patient when it names no actor of its own
  (``coreference``). Not violence: "the militant was wounded" may be the earlier attacker hurt;
- an arrest or detention (CAMEO 173) with no doer anywhere before it, in an article (not a sentence
  read alone), is police work: the police of the country of a place its sentence names, else of the
  state whose officials or police report it, else, after the lead (which has no story before it to
  tell), of the article's main country (``context``). Not a prison term (the courts'), nor a killing: who kills, unnamed, is anybody's guess.

Both are weak: the actor is marked by ``resolved_by`` and the confidence is lowered.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Mapping

from ..actors.coref import DEFINITE as _DEFINITE  # "the man", "their leader": may refer back
from ..actors.groups import PEOPLE_NOUNS as GROUP_PEOPLE_NOUNS
from ..actors.resolver import actor_code
from ..context import main_country
from ..ontology.codes import ARREST_CODE, JUDICIARY_SECTOR, POLICE_SECTOR, VIOLENCE_ROOTS, is_state_country
from ..records import Actor
from .arguments import AGENT_NOUNS, PARTITIVE_WORDS, PRONOUNS, is_passive, relative_head
from .attackers import read_attackers
from .confidence import borrowed
from .drafts import EventDraft
from .sources import NOT_POLICE_WORK_LEMMAS

#: Nouns of people: a definite description of people may stand for an earlier patient ("the man").
PEOPLE_NOUNS = GROUP_PEOPLE_NOUNS | AGENT_NOUNS


def restate(drafts: list[EventDraft], doc, mentions, *, places: Mapping[int, str]) -> list[EventDraft]:
    """``drafts`` (in document order) with restated passives given their earlier doer, and
    unattributed arrests given the police of their place (see the module docstring)."""
    home = article_main_country(mentions, places)
    done: list[EventDraft] = []
    out: list[EventDraft] = []
    for d in drafts:
        if d.source is None and d.modality.factual and _agentless_passive(doc[d.trigger_start]):
            d = _restated(d, doc, done) or _police(d, doc, places=places, home=home, mentions=mentions) or d
        if d.source is not None and d.modality.factual:
            done.append(d)
        out.append(d)
    return read_attackers(out, doc, mentions)


def _agentless_passive(tok) -> bool:
    """A passive verb without a by-phrase ("was arrested", "was taken into custody")."""
    return tok.pos_ in ("VERB", "AUX") and is_passive(tok) and not any(c.dep_ == "agent" for c in tok.children)


def _patient(tok):
    """The passive subject of ``tok`` (a relative pronoun stands for its noun), or None."""
    subj = [c for c in tok.children if c.dep_ in ("nsubjpass", "csubjpass")]
    if not subj and tok.dep_ == "conj":  # "was arrested and taken into custody"
        subj = [c for c in tok.head.children if c.dep_ in ("nsubjpass", "csubjpass")]
    if not subj:
        # "One Arab, believed to be a Yemeni, was taken into custody": the parser may hang the
        # patient on the participle set off before the verb
        subj = [g for c in tok.children if c.dep_ in ("advcl", "parataxis") and c.i < tok.i and c.tag_ in ("VBN", "VBD")
                for g in c.children if g.dep_ == "nsubj" and g.i < c.i]
    return relative_head(subj[0]) if subj else None


def _refers_back(patient, earlier: Actor | None, doc) -> bool:
    """Whether the patient phrase may stand for the earlier patient: a pronoun, a definite
    description, a part of one ("some of the gunmen"), or a phrase sharing a word with it."""
    if patient is None:
        return False
    if patient.lower_ in PRONOUNS and patient.tag_ == "PRP":
        return True
    head = patient
    if head.lower_ in PARTITIVE_WORDS or head.lemma_.lower() in PARTITIVE_WORDS:
        head = next((g for p in head.children if p.dep_ == "prep" and p.lower_ == "of"
                     for g in p.children if g.dep_ == "pobj"), head)
    if earlier is None:
        return False
    words = {w.lower().strip(".,") for w in _phrase_of(earlier, doc).split()}
    own = [t for t in patient.subtree if t.pos_ in ("NOUN", "PROPN", "ADJ")]
    if any(t.lower_ in words or t.lemma_.lower() in words for t in own):
        return True  # "one Arab" after "an Arab fighter"
    return (any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in head.children)
            and (head.lemma_.lower() in PEOPLE_NOUNS or head.lower_ in PEOPLE_NOUNS))  # "the man", not "the areas"


def _phrase_of(actor: Actor, doc) -> str:
    """The words of the noun phrase of an actor's mention, its modifiers before it included ("a
    wounded Arab Al Qaeda fighter" for "Al Qaeda fighter"); the actor's own text when its span is
    not a phrase of ``doc``."""
    span = doc.char_span(*actor.span) if actor.span else None
    if span is None or not len(span):
        return actor.text
    root = span.root
    return doc[min(root.left_edge.i, span.start):max(span.end, root.i + 1)].text


def _restated(d: EventDraft, doc, done: list[EventDraft]) -> EventDraft | None:
    """``d`` with the doer (and patient) of the latest earlier event of its class whose patient
    its own may stand for, or None."""
    if d.cameo[:2] in VIOLENCE_ROOTS:
        return None  # "the militant was wounded": who was hurt may be an earlier attacker as well as a victim
    patient = _patient(doc[d.trigger_start])
    police_work = doc[d.trigger_start].lemma_.lower() not in NOT_POLICE_WORK_LEMMAS
    before = next((e for e in reversed(done) if e.cameo[:3] == d.cameo[:3] and e.sentence_index < d.sentence_index
                   and (e.source.country or e.source.org) and _refers_back(patient, e.target, doc)
                   and not (police_work and e.source.sectors == [JUDICIARY_SECTOR])), None)  # courts arrest no one
    if before is None:
        return None
    named = d.target is not None and (d.target.country is not None or d.target.org is not None)
    if named and before.target is not None and d.target.country != before.target.country:
        return None  # another party acted on: another event
    source = replace(before.source, resolved_by="coreference", sectors=list(before.source.sectors))
    target = d.target
    if not named and before.target is not None and patient is not None:
        span = doc[patient.left_edge.i:patient.right_edge.i + 1]
        target = replace(before.target, text=span.text, span=(span.start_char, span.end_char),
                         sectors=list(before.target.sectors), resolved_by="coreference")
    why = f"{d.why}; restates the earlier '{before.trigger_lemma}': its doer '{before.source.text}'"
    return replace(d, source=source, target=target, confidence=borrowed(d.confidence), why=why)


def _police(d: EventDraft, doc, *, places: Mapping[int, str], home: str | None,
            mentions=()) -> EventDraft | None:
    """An arrest with no doer known, in an article (not a sentence read alone): the police of its
    sentence's place, else of the state whose officials or police report it ("Pakistani officials
    say 30 men were arrested"), else, after the lead, of ``home``."""
    tok = doc[d.trigger_start]
    if d.cameo != ARREST_CODE or tok.lemma_.lower() in NOT_POLICE_WORK_LEMMAS:
        return None
    sent = tok.sent
    if d.sentence_index == 0 and sent.end >= len(doc):
        return None  # a sentence read alone: nothing around it tells who arrested (the written gold's null)
    near = [places[t.i] for t in tok.subtree if t.i in places]
    near = near or [places[i] for i in range(sent.start, sent.end) if i in places]
    speaker = None if near else _reporting_state(tok, mentions)
    if near:
        country, whence = near[0], "place"
    elif speaker is not None:
        country, whence = speaker, "speaker"
    elif d.sentence_index == 0:
        return None  # the lead (or a sentence read alone) has no article around it to tell
    else:
        country, whence = home, "main-country"
    if country is None:
        return None
    police = context_body(tok, country=country, sector=POLICE_SECTOR, whence=whence)
    why = f"{d.why}; an arrest with no doer named: the police of {country} (from the {whence.replace('-', ' ')})"
    return replace(d, source=police, confidence=borrowed(d.confidence), why=why)


#: Sectors of a state's own bodies whose report of an arrest tells whose police made it.
REPORTING_SECTORS = frozenset({"GOV", POLICE_SECTOR, JUDICIARY_SECTOR, "MIL", "SPY"})


def _reporting_state(tok, mentions) -> str | None:
    """The state whose officials, police or ministers are the subject of the verb of saying the
    clause of ``tok`` hangs on ("Pakistani officials say ... were arrested", "..., Indian police
    said"), or None."""
    for verb in tok.ancestors:
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        if not subjects:
            continue
        head = subjects[0]
        actor = next((m.actor for m in mentions if m.start <= head.i < m.end), None)
        if actor is not None and is_state_country(actor.country) and set(actor.sectors or ()) & REPORTING_SECTORS:
            return actor.country
        return None
    return None


def context_body(tok, *, country: str, sector: str, whence: str) -> Actor:
    """The body of one sector of ``country`` that the article's context names as the doer or party
    at ``tok`` (the police of an arrest no one is said to make, the courts of a charge, the host's
    police in a detention centre), marked ``context`` with where its country came from."""
    return Actor(text=tok.text, span=(tok.idx, tok.idx + len(tok.text)),
                 code=actor_code(country, sectors=[sector], org=None), country=country, sectors=[sector],
                 resolved_by="context", country_from=whence)


def article_main_country(mentions, places: Mapping[int, str]) -> str | None:
    """The article's main country, counted from its actors' countries and its places."""
    counts: dict[str, int] = {}
    for m in mentions:
        c = getattr(m.actor, "country", None)
        if is_state_country(c):
            counts[c] = counts.get(c, 0) + 1
    seen: set[int] = set()
    for i, c in sorted(places.items()):
        if i - 1 not in seen and is_state_country(c):  # one count per place mention, not per token
            counts[c] = counts.get(c, 0) + 1
        seen.add(i)
    return main_country(counts)
