"""The final ``modality.status`` of an event, decided here and nowhere else.

The clause rules (``modality``) say what the words governing a trigger make of it: an
``Assessment``. The functions here turn that into the status of the event record:

- an action some statement is about takes the statement's status (``STATEMENT_STATUS``);
- "would" said by the actor itself is an intent (future), not a supposition;
- a statement made with "will" on the action itself was made: asserted;
- a verbal act reported in the source's own words ("we condemn ...", the minister said) is
  asserted, not reported;
- and, in the pipeline, once the date is known, an event dated well before publication is
  ``historical``.
"""

from __future__ import annotations

from ..ontology.codes import VERBAL_ROOTS
from ..records import Actor, Modality
from .arguments import MentionIndex, actor_of
from .assessment import Assessment

#: The statuses the coder gives what the text says happened (``historical`` comes later, from the
#: date): what a statement is about, or history, replaces them.
HAPPENED = frozenset({"asserted", "reported"})

#: The status of an action a statement is about: what is intended, threatened or refused has not
#: happened yet (future); what is requested or demanded is only supposed (hypothetical). What its
#: doer claims to have done happened according to the doer, whom the text names: reported.
STATEMENT_STATUS = {"intent": "future", "threat": "future", "refuse": "future",
                    "request": "hypothetical", "demand": "hypothetical", "claim": "reported"}


def action_status(a: Assessment) -> str:
    """The status of a candidate's own event: that of its clause, unless a statement is about it
    ("agreed to send tanks": the sending is future, though "agreed" is asserted)."""
    if a.statement_kind and a.status in HAPPENED:
        return STATEMENT_STATUS[a.statement_kind]
    return a.status


def said_would(a: Assessment) -> None:
    """'X said it would attack': "would" said by the actor itself is an intent, so what it is
    about is future, not hypothetical (the caller checked that the sayer is the actor)."""
    if "would" in a.notes and a.status == "hypothetical":
        a.status = "future"


def spoken_statement(say: Assessment | None) -> Assessment:
    """The status of a statement made with "will"/"would" on the action itself ("Syria says it
    will not accept refugees"): the speaker did say it, so what the say-verb's clause reports
    as having happened is asserted; its own other statuses (denied, hypothetical ...) stay."""
    if say is None:
        return Assessment(status="asserted")
    if say.status in HAPPENED:
        say.status, say.negated = "asserted", False
    return say


def own_words(a: Assessment, *, doc, source: Actor | None, index: MentionIndex) -> bool:
    """Whether the say-verb that reports an event is the event's own source speaking (an actor of
    no known country speaks for itself only when it is the same mention)."""
    if a.report_token is None or source is None:
        return False
    say = doc[a.report_token]
    for t in say.children:
        if t.dep_ in ("nsubj", "nsubjpass"):
            m = actor_of(t, index, subject=True)
            if m is None:
                return False
            if m.actor.country is None or source.country is None:
                return tuple(m.actor.span) == tuple(source.span)
            return m.actor.country == source.country
    return False


def modality_of(a: Assessment, doc, *, status: str) -> Modality:
    """The record's modality: ``status``, the clause's negation and the sayer's words."""
    attributed = None
    if a.attributed_to is not None:
        attributed = doc[a.attributed_to[0]:a.attributed_to[1]].text
    return Modality(status=status, negated=a.negated, attributed_to=attributed)


def action_modality(a: Assessment, *, doc, root: str, source: Actor | None, index: MentionIndex) -> Modality:
    """The modality of a candidate's own event. A verbal act reported by its own source ("we
    condemn the attack", the minister said) is that source doing it: asserted."""
    status = action_status(a)
    if status == "reported" and root in VERBAL_ROOTS and own_words(a, doc=doc, source=source, index=index):
        return Modality(status="asserted", negated=a.negated)
    return modality_of(a, doc, status=status)


def statement_modality(a: Assessment, *, doc, speaker: Actor, index: MentionIndex) -> Modality:
    """The modality of a statement event, from the assessment of its governing word ``a``: a
    statement reported in the speaker's own words ("we are ready to talk", the minister said) is
    asserted."""
    if a.status == "reported" and own_words(a, doc=doc, source=speaker, index=index):
        return Modality(status="asserted", negated=a.negated)
    return modality_of(a, doc, status=a.status)


def mark_historical(modality: Modality, *, historical: bool) -> Modality:
    """An event the text dates more than ``HISTORICAL_DAYS`` before publication ("in 2014") did
    happen, but as history: asserted and reported events become ``historical``."""
    if historical and modality.status in HAPPENED:
        modality.status = "historical"
    return modality
