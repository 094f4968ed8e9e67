"""Meetings, talks and visits told as the setting of another clause: "During his visit to China,
Musharraf said ...", "Speaking after talks with the Russian minister, Mr Powell said ...",
"On a visit to Tokyo, the President signed ...". News names most consultations this way, in passing;
the clause's subject is the one who met or visited, the noun's own phrase the counterpart."""

from __future__ import annotations

from dataclasses import replace

from ..actors.resolver import actor_code
from ..ontology.codes import CONSULT_ROOT
from ..resources.words import word_list
from .addressees import TWO_PARTY_NOUNS
from .arguments import Arg, MentionIndex, actor_of, args_of
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
    if prep.dep_ not in ("prep", "advcl"):
        return None
    verb = prep.head
    if prep.lower_ not in SETTING_PREPS and not (prep.lower_ == "for" and verb.lemma_ == "be"):
        return None  # "is in Islamabad for talks with X": there to meet X
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
    if c.entry.pos == "N" and c.tok.dep_ == "nsubj" and takes_place(c.tok.head):
        a.statement_kind, a.statement_token = "intent", c.tok.i  # "the summit will take place in Texas"
        a.notes.append(f"scheduled ('{c.tok.head.text}'): an intent to meet")
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


def joined_parties(n, entry: Entry, index: MentionIndex) -> list[Arg]:
    """'an Israeli-Palestinian security meeting', 'the India-Pakistan talks', 'the US-Russian
    summit': two actors of different countries joined by a hyphen before a mutual noun are its
    parties; so are two to four of different countries in its of-phrase ("a summit of Indian and
    Pakistani leaders", "a meeting of Israeli and Palestinian security officials", of a meeting
    only); [] otherwise
    ("a meeting of EU foreign ministers" names one party)."""
    members = [g for p in n.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]
    found = args_of(members, index, how="prep", subject=True) if entry.root == CONSULT_ROOT else []
    countries = {a.mention.actor.country for a in found}
    if 2 <= len(found) <= 4 and None not in countries and len(countries) == len(found):
        return found  # not "a joint patrol of Russian and Turkish troops": the patrol is the troops"
    left = [t for t in n.lefts for t in t.subtree]
    ids = {t.i for t in left}
    for t in left:
        if t.tag_ != "HYPH" or t.i - 1 not in ids or t.i + 1 not in ids:
            continue
        doc = n.doc
        found = [actor_of(doc[t.i - 1], index, depth=1), actor_of(doc[t.i + 1], index, depth=1)]
        if all(m is not None for m in found):
            a, b = found
            if a is not b and a.actor.country and b.actor.country and a.actor.country != b.actor.country:
                return [Arg(a, "modifier", t.i - 1), Arg(b, "modifier", t.i + 1)]
    return []


#: Verbs whose subject, a noun of an event, is said to happen ("the summit will take place",
#: "the talks will begin", "the meeting will go ahead").
HAPPENING_VERBS = word_list("coding_happening_verbs")


def takes_place(verb) -> bool:
    """Whether ``verb`` says that its subject, a noun of an event, happens: the event then has
    the verb's modality ("the US-Russian summit will take place in Texas" is still to come)."""
    lemma = verb.lemma_.lower()
    if lemma == "take":
        return any(c.dep_ == "dobj" and c.lemma_.lower() == "place" for c in verb.children)
    return lemma in HAPPENING_VERBS


#: Plural nouns of the people of two parties ("the two leaders", "both men", "the two delegations").
PARTY_PEOPLE_NOUNS = word_list("coding_party_people_nouns")
#: Determiners of "both sides", "the two countries": the two parties named before (read by
#: ``drafts.two_sides`` too).
TWO_PARTY_WORDS = word_list("coding_two_party_words")
#: Roots of acts two parties do with each other when told of "the two leaders": consult, agree.
TWO_PARTY_ROOTS = frozenset({CONSULT_ROOT, "03"})


def two_party_subject(c):
    """The subject "the two leaders" / "both sides" / "the two men" of a meeting, talks or an
    agreement (the trigger's clause, the light verb that carries a noun, or the clause a to-infinitive
    hangs on: "both sides agreed to meet"), or None."""
    if c.entry.root not in TWO_PARTY_ROOTS or not c.entry.mutual:
        return None
    verb = c.frame
    while True:
        subj = [x for x in verb.children if x.dep_ == "nsubj"]
        if subj or verb.dep_ != "xcomp" or verb.head.i == verb.i:
            break
        verb = verb.head
    if not subj:
        return None
    s = subj[0]
    lemma = s.lemma_.lower()
    if s.tag_ not in ("NNS", "NNPS") or (lemma not in PARTY_PEOPLE_NOUNS and lemma not in TWO_PARTY_NOUNS):
        return None
    if not any(d.lower_ in TWO_PARTY_WORDS and d.i < s.i for d in s.children):
        return None
    return s


def two_parties_named(c, ctx) -> list[Arg]:
    """'Vajpayee arrived in Islamabad on Monday. The two leaders held talks': the subject "the two
    leaders" (``two_party_subject``) of a meeting or agreement stands for the two actors of different
    countries that the sentence before and this one up to it name, when they name exactly two;
    each meets the other (``pairs`` reads them as sides). [] otherwise."""
    s = two_party_subject(c)
    own = ctx.mentions.at(s.i) if s is not None else None
    if s is None or (own is not None and own.actor.resolved_by != CONTEXT):
        return []  # "the two Koreas": named by the subject itself (a country guessed from context is not)
    start = ctx.previous.start if ctx.previous is not None else ctx.sent.start
    named: dict[str, object] = {}
    for m in ctx.mentions.in_range(start, s.left_edge.i):
        country = m.actor.country
        if not country:
            continue
        had = named.get(country)
        if had is None or (not had.actor.sectors and m.actor.sectors):
            named[country] = m  # "Bush welcomed Putin to his Texas ranch": the leader, not the place
        elif m.actor.sectors and had.actor.code != m.actor.code:
            return []  # two bodies of one country: which of them met is not said
    if len(named) != 2:
        return []
    return [Arg(m, "coref-sides", s.i) for m in named.values()]


#: Nouns of talks or a meeting that an offer, a readiness or an openness is about ("open to
#: dialogue with the rebels", "ready for talks with X"): their own with-phrase names the counterpart.
TALK_NOUNS = word_list("coding_talk_nouns")
#: Prepositions of a counterpart of talks ("talks with X", "a meeting between X and Y").
COUNTERPART_PREPS = word_list("coding_counterpart_preps")


def theme_counterparts(c, index: MentionIndex) -> list[Arg]:
    """'The Government is open to dialogue with the rebels', 'ready for talks with the Maoists',
    'invited X to talks with Y': an intent to meet (036) whose theme is a noun of talks names its
    counterpart in the noun's own with-phrase: that actor is the target. [] otherwise."""
    if c.entry.cameo != "036":
        return []
    themes = [g for p in c.tok.children if p.dep_ == "prep" for g in p.children if g.dep_ == "pobj"]
    themes += [o for o in c.tok.children if o.dep_ in ("dobj", "attr")]
    for n in themes:
        if n.lemma_.lower() not in TALK_NOUNS and n.lower_ not in TALK_NOUNS:
            continue
        objs = [g for p in n.children if p.dep_ == "prep" and p.lower_ in COUNTERPART_PREPS
                for g in p.children if g.dep_ == "pobj"]
        found = args_of(objs, index, how="prep", subject=True)
        if found:
            return found
    return []
