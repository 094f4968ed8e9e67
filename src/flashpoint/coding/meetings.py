"""Meetings, talks and visits told as the setting of another clause: "During his visit to China,
Musharraf said ...", "Speaking after talks with the Russian minister, Mr Powell said ...",
"On a visit to Tokyo, the President signed ...". News names most consultations this way, in passing;
the clause's subject is the one who met or visited, the noun's own phrase the counterpart."""

from __future__ import annotations

from dataclasses import replace

from ..actors.resolver import actor_code
from ..ontology.codes import CONSULT_ROOT
from ..resources.words import word_list
from .arguments import Arg, MentionIndex, args_of
from .background import PARTITIVE_NOUNS
from .lexicon import Entry

#: Prepositions under which a noun of meeting or visit is the setting of a clause ("during his
#: visit to X", "after talks with X", "in a telephone conversation with X").
SETTING_PREPS = word_list("coding_meeting_setting_preps")
#: Auxiliaries that put the clause, and so its setting, out of the facts ("after talks with X, Y
#: will sign"): such a meeting is not told as held.
UNREAL_AUX = word_list("coding_meeting_unreal_aux")
#: Nouns of a bout or a span that a noun of meeting fills ("two hours of talks", "a round of talks").
SPAN_NOUNS = word_list("coding_meeting_span_nouns") | PARTITIVE_NOUNS
#: How an actor whose country was only inferred from the text around it is resolved.
CONTEXT = "context"
#: Code of a visit (one way: the visitor to the host).
VISIT_CODE = "042"


def _clause_of(n):
    """The verb of the clause a setting phrase on ``n`` hangs on, through a participle of its own
    ("Speaking after talks with X, Powell said": said) and a bout or span the noun fills ("after
    two hours of talks with X", "after a new round of talks"), or None."""
    if n.dep_ == "pobj" and n.head.lower_ == "of" and n.head.head.lemma_.lower() in SPAN_NOUNS:
        n = n.head.head
    if n.dep_ != "pobj":
        return None
    prep = n.head
    if prep.dep_ not in ("prep", "advcl") or prep.lower_ not in SETTING_PREPS:
        return None
    verb = prep.head
    while verb.pos_ in ("VERB", "AUX") and verb.tag_ == "VBG" and verb.dep_ in ("advcl", "xcomp") and not any(
            c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        verb = verb.head
    return verb if verb.pos_ in ("VERB", "AUX") else None


def _counterparts(n, entry: Entry, index: MentionIndex) -> list[Arg]:
    """Actors of the noun's own phrases of its counterpart ("to China", "with the minister")."""
    objs = [g for p in n.children if p.dep_ == "prep" and p.lower_ in entry.preps
            for g in p.children if g.dep_ == "pobj"]
    return args_of(objs, index, how="prep", subject=True)


def setting_participant(n, entry: Entry, index: MentionIndex) -> Arg | None:
    """The subject of the clause that a noun of meeting or visit (root 04) sets the scene of, when
    the noun names its counterpart itself and the clause is told as fact; None otherwise.

    A visit is to someone else: the counterpart is of another country than the visitor ("on a visit
    to US troops" is a minister among his own forces, no visit to a foreign party)."""
    if entry.root != CONSULT_ROOT or n.dep_ != "pobj":
        return None
    if any(c.dep_ == "poss" and c.tag_ != "PRP$" for c in n.children):
        return None  # "during Mr Bush's visit to China": the possessor's own (read as such)
    verb = _clause_of(n)
    if verb is None or any(a.dep_ == "aux" and a.lower_ in UNREAL_AUX for a in verb.children):
        return None
    subj = [c for c in verb.children if c.dep_ == "nsubj"]
    if not subj:
        return None
    found = args_of(subj[:1], index, how="subject", subject=True)
    if len(found) != 1 or found[0].mention.actor.resolved_by == CONTEXT:
        return None  # "ministers ... after talks in Brussels": where they met is not whose they are
    others = _counterparts(n, entry, index)
    doer = found[0].mention.actor
    others = [o for o in others if o.mention is not found[0].mention]
    if not others:
        return None
    if entry.cameo == VISIT_CODE and all(o.mention.actor.country == doer.country for o in others):
        return None
    return Arg(found[0].mention, SETTING, found[0].token)


#: How the participant of a meeting in a clause's setting was found (``Arg.how``).
SETTING = "setting"


def setting_status(c, a) -> None:
    """'After talks with Kenyan ministers, the Ethiopian Prime Minister promised calm': a meeting
    that sets the scene of the main clause was held, whatever that clause's verb says of its own
    act (a promise, a hope); ``a`` is changed in place. A setting inside a reported or subordinate
    clause keeps the modality read for it."""
    if c.noun_actor is None or c.noun_actor.how != SETTING or a.negated:
        return
    verb = _clause_of(c.tok)
    if verb is not None and verb.dep_ == "ROOT" and a.status in ("hypothetical", "future"):
        a.status, a.statement_kind, a.statement_token = "asserted", None, None
        a.notes.append("a meeting in the setting of the main clause: held")


#: Cue kind of a word that schedules what it governs ("is due to visit", "is scheduled to meet").
FUTURE_CUE = "future"


def scheduled_intent(c, a, lexicon) -> None:
    """'The French President is due to visit Moscow', 'is scheduled to meet', 'is expected to hold
    talks with': a meeting or visit put in the future by a word of scheduling is announced as
    "will" announces it, so it carries the party's statement of intent to meet (036), as
    ``future_auxiliary`` gives "will meet"; ``a`` is changed in place. Not for other events
    ("is expected to attack" announces no one's intent), nor under a negation, a condition or a
    report of hope (the status is then not "future")."""
    if c.entry.root != CONSULT_ROOT or a.status != "future" or a.statement_kind or a.negated:
        return
    gov = c.frame
    while gov.dep_ == "xcomp" and gov.head.i != gov.i:
        gov = gov.head
        if any(x.dep_ == "neg" for x in gov.children):
            return  # "is not expected to meet": no meeting announced
        if FUTURE_CUE in lexicon.token_cues(gov):
            a.statement_kind, a.statement_token = "intent", c.frame.i
            a.notes.append(f"scheduled ('{gov.text}'): an intent to meet")
            return


#: Nouns of one's opposite number ("his Indonesian counterpart"): the same office in another state.
COUNTERPART_NOUNS = word_list("coding_counterpart_nouns")


def counterpart_roles(drafts: list, doc) -> list:
    """'Mr Downer held talks with his Indonesian counterpart': an opposite number of known country
    and no sector holds the office of the party they deal with, so takes that party's sectors
    (IDN GOV, not the state as such). Drafts are returned changed where this applies."""
    out = []
    for d in drafts:
        src, tgt = d.source, d.target
        if _opposite(tgt, doc) and src is not None and src.sectors and src.country != tgt.country:
            d = replace(d, target=_with_sectors(tgt, src.sectors))
        elif _opposite(src, doc) and tgt is not None and tgt.sectors and tgt.country != src.country:
            d = replace(d, source=_with_sectors(src, tgt.sectors))
        out.append(d)
    return out


def _opposite(actor, doc) -> bool:
    """Whether an actor is someone's opposite number ("his Indonesian counterpart": the demonym
    is the actor, the noun its head) of known country and no known office."""
    if actor is None or not actor.country or actor.sectors or actor.org:
        return False
    words = actor.text.lower().split()
    if words and words[-1] in COUNTERPART_NOUNS:
        return True
    span = doc.char_span(actor.span[0], actor.span[1], alignment_mode="expand")
    return span is not None and len(span) > 0 and span[-1].head.lower_ in COUNTERPART_NOUNS


def _with_sectors(actor, sectors: list[str]):
    sectors = list(sectors)
    return replace(actor, sectors=sectors, code=actor_code(actor.country, sectors=sectors, org=None))
