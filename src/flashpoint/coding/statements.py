"""The statement a governing word makes about an action: "agreed to send tanks" is an intent (by
the subject of "agreed") about sending tanks; "urged Japan to release" a request to Japan;
"will meet" an intent to meet. CAMEO and PLOVER code such statements as events of their own
(see the design); the code comes from ``intent_codes.csv``."""

from __future__ import annotations

from dataclasses import dataclass

from ..nlp import doc_text, sentence_at, sentences
from ..ontology.codes import CONSULT_ROOT, STATEMENT_ROOTS, THREATEN_ROOT
from ..resources.words import word_list, word_map
from .arguments import ADDRESSEE_PREPS, AGENT_NOUNS, Arg, actor_of, args_of, object_tokens, prep_targets
from .addressees import government_addressee, home_government, own_resolve, petitioner, story_sides
from .assessment import Assessment
from .confidence import explain, score
from .context import SentenceContext
from .drafts import EventDraft, crowded_mutual, is_mutual_pair
from .modality import assess
from .modality.rules import ASKING, COMMITTING, OBLIGATION_NOTE
from .sources import governor_sources
from .status import said_would, spoken_statement, statement_modality
from .targets import addressed_pronoun, addressee_thing, condition_subjects, domestic_target, is_domestic, mission_place, thing_target
from .triggers import Candidate, match_entry

#: Subject pronouns of the speaker ("we must protect ...": a resolve, not a demand).
SPEAKER_SUBJECTS = word_list("coding_speaker_subjects")
#: Intent verbs with statement codes of their own where intent_codes.csv has them (verb -> kind).
STATEMENT_GOVERNORS = word_map("coding_statement_governors")
#: Intent words of a plan: an intent of force under them is told to no one, so no threat.
PLAN_INTENT_VERBS = word_list("coding_plan_intent_verbs")


#: Quotation marks that may open or close a quotation.
QUOTE_MARKS = frozenset({'"', "\u201c", "\u201d"})
#: How many sentences of one quotation are read for its speaker, each way.
QUOTE_REACH = 2


def _opens_quote(sent) -> bool:
    """Whether ``sent`` starts inside a quotation: its first word is a quotation mark."""
    first = next((t for t in sent if not t.is_space), None)
    return first is not None and first.text in QUOTE_MARKS


def _quote_say(sent, lexicon):
    """'"..., " Mr Sheldon said.': the say-verb of ``sent`` that follows one of its quotation
    marks (the speaker named outside the quotation), or None."""
    mark = None
    for t in sent:
        if t.text in QUOTE_MARKS:
            mark = t.i
        elif mark is not None and t.pos_ == "VERB" and "report" in lexicon.token_cues(t) and any(
                c.dep_ == "nsubj" and c.i > mark for c in t.children):
            return t
    return None


def _paragraph_break(doc, a, b) -> bool:
    """Whether a blank line separates sentence ``a`` from the later sentence ``b``."""
    return "\n\n" in doc_text(doc)[a.start_char:b.start_char]  # a blank line ends a sentence: only at its end


def quotation_speaker(tok, lexicon):
    """The say-verb of the speaker of the quotation ``tok`` is in, when its sentence has none
    of its own and the speaker is named in the next sentences of the same quotation or in the
    sentence just before (news style: '"A. "B," Mr Sheldon said.' and 'Mr Sheldon said. "...'
    after '"...," Mr Sheldon said.'); None when the sentence opens no quotation. A weak
    attribution: the quotation marks alone tie the sentences together."""
    doc = tok.doc
    sent = sentence_at(doc, tok.i)
    if not _opens_quote(sent):
        return None
    sents = sentences(doc)
    k = next((j for j, s in enumerate(sents) if s.start == sent.start), None)
    if k is None:
        return None
    prev = sent
    for nxt in sents[k + 1:k + 1 + QUOTE_REACH]:  # '"A. "B," X said.' (a quote ending in a quote mark)
        if _paragraph_break(doc, prev, nxt) or not _opens_quote(nxt):
            break
        say = _quote_say(nxt, lexicon)
        if say is not None:
            return say
        prev = nxt
    if k > 0 and not _paragraph_break(doc, sents[k - 1], sent):  # '"A," X said. "B."'
        before = sents[k - 1]
        if _opens_quote(before):
            return _quote_say(before, lexicon)
    return None


@dataclass(frozen=True)
class Statement:
    """A statement made about the action of candidate ``action``."""

    action: Candidate
    code: str  # the statement's CAMEO code
    governor: object  # the token whose subject makes it ("agreed"; the action itself for "will")


def _same_speaker(c: Candidate, say, ctx: SentenceContext) -> bool:
    """Whether the sayer of a report verb is the actor of the event ("X said it will ...")."""
    subj = [t for t in say.children if t.dep_ in ("nsubj", "nsubjpass")]
    if not subj:
        return True
    sayer = actor_of(subj[0], ctx.mentions, subject=True)
    if any(s.how.startswith("coref") for s in c.sources):
        return True
    if sayer is None:
        return False
    return any(s.mention is sayer or (s.mention.actor.country is not None
                                       and s.mention.actor.country == sayer.actor.country)
               or _speaks_for(sayer.actor, s.mention.actor) for s in c.sources)


def _scheduled_meeting(c: Candidate) -> bool:
    """'Trump will make a state visit to Britain, the palace announced': a meeting or visit that
    "will" happen is scheduled, and its announcement by a host or an office states the intent to
    meet (036) as well as the party's own words would; "would" stays a prediction."""
    return c.entry.root == CONSULT_ROOT and c.assessment.status == "future" and "would" not in c.assessment.notes


def _speaks_for(sayer, actor) -> bool:
    """'The minister said the government will not lift the ban': an official speaks for the body
    of their own sector when the text names that body without its country."""
    return (actor.country is None and bool(actor.sectors) and actor.code is None
            and bool(set(actor.sectors) & set(sayer.sectors or [])))


#: Cue kinds of a verb whose clause is its subject's hope, belief or expectation, not a statement.
HOPING_CUES = frozenset({"hypothetical", "opinion", "future"})


def _hoped_clause(frame, lexicon) -> bool:
    """'Egypt hopes Israel will release the prisoners': the "will" is Egypt's hope, no intent
    Israel stated."""
    return frame.dep_ == "ccomp" and bool(lexicon.token_cues(frame.head) & HOPING_CUES)


def _governor_code(kind: str | None, gov, action: str, lexicon) -> str | None:
    """The code an intent verb of its own gives the statement, or None: "offered to send troops"
    is an offer of protection (0334), not the threat an intent to deploy forces is; "decided to
    ease sanctions" is the easing (a decision of an authority does the act)."""
    own = STATEMENT_GOVERNORS.get(gov.lemma_.lower()) if kind == "intent" else None
    return lexicon.statement_code(own, action) if own is not None else None


def _past_plan(gov) -> bool:
    """'had been planning to attack', 'planned to attack': a plan of the past, found out and told
    by others, was said to no one ("Kenya plans to invade" is announced now: a threat)."""
    if gov.tag_ == "VBD" or (gov.tag_ == "VBN" and not any(c.dep_ == "auxpass" for c in gov.children)):
        return True
    return gov.tag_ == "VBG" and any(c.dep_ == "aux" and c.lower_ == "been" for c in gov.children)


def select_statements(cands: list[Candidate], *, merged: dict[int, int],
                      ctx: SentenceContext) -> tuple[list[Statement], set[int]]:
    """The statements of a sentence, and the governing verbs whose own generic events they replace.

    Decides, on the way, that "would" without a speaker of its own, or said by someone else, is
    no statement (a prediction), and clears the candidate's statement kind then."""
    doc, lexicon = ctx.doc, ctx.lexicon
    statements: list[Statement] = []
    consumed: set[int] = set()
    for c in cands:
        a = c.assessment
        if a.suppressed or not a.statement_kind or c.tok.i in merged:
            continue
        code = lexicon.statement_code(a.statement_kind, c.entry.cameo)
        gov = doc[a.statement_token] if a.statement_token is not None else None
        if gov is None:
            continue
        code = _governor_code(a.statement_kind, gov, c.entry.cameo, lexicon) or code
        if (a.statement_kind == "intent" and code is not None and code[:2] == THREATEN_ROOT
                and gov.lemma_.lower() in PLAN_INTENT_VERBS and _past_plan(gov)):
            continue  # "they had been planning to attack": a plan found out after it is no threat
        if gov.i == c.frame.i:  # will/would on the action itself
            if a.report_token is None and ("would" in a.notes or _hoped_clause(c.frame, lexicon)):
                a.statement_kind = None
                continue
            if (a.report_token is not None and not _same_speaker(c, doc[a.report_token], ctx)
                    and not _scheduled_meeting(c)):
                a.statement_kind = None  # a prediction by someone else, not an intent
                continue
            said_would(a)
        if code is None:
            continue
        if gov.i != c.frame.i:
            own = match_entry(gov, lexicon)
            if own is not None and own.strength > 1 and own.root not in STATEMENT_ROOTS:
                continue  # "declined to comment": the governor's own pattern says it all
        statements.append(Statement(action=c, code=code, governor=gov))
        if gov.i != c.frame.i or code == c.entry.cameo:
            # the governor's own event, or ("the EU will propose a plan": the proposal is made by
            # announcing it) the action's own future event, which the statement replaces
            consumed.add(gov.i)
    return statements, consumed


def _request_to_another(st: Statement, ctx: SentenceContext) -> tuple[str, str, list[Arg] | None]:
    """'Obama wants Putin to attack X': not Obama's intent but a request to Putin. The statement's
    kind and code, and its addressees when it is such a request."""
    c, gov = st.action, st.governor
    kind = c.assessment.statement_kind
    if kind in COMMITTING and gov.i != c.frame.i and any(
            x.dep_ in ("nsubj", "nsubjpass") for x in c.frame.children):
        gsrc = governor_sources(gov, ctx)
        if gsrc and c.sources and all(s.mention is not g.mention and s.mention.actor.country != g.mention.actor.country
                                      for s in c.sources for g in gsrc):
            code = ctx.lexicon.statement_code("request", c.entry.cameo) or st.code
            return "request", code, [Arg(s.mention, "clause-subject", s.token) for s in c.sources]
    return kind, st.code, None


def _speakers(st: Statement, ctx: SentenceContext) -> tuple[list[Arg], Assessment]:
    """Who makes the statement, and what the words governing the statement say of it: the
    actor itself for "will" on the action ("X said it will ..."), else the governor's subject."""
    c, gov = st.action, st.governor
    a = c.assessment
    if gov.i == c.frame.i:
        say = assess(ctx.doc[a.report_token], ctx.lexicon) if a.report_token is not None else None
        return c.sources, spoken_statement(say)
    return governor_sources(gov, ctx), assess(gov, ctx.lexicon)


def _not_speakers(c: Candidate, speakers: list[Arg]) -> list[Arg]:
    return [s for s in c.sources if all(s.mention is not g.mention for g in speakers)]


def _patient_subject(frame) -> bool:
    """'Violent inmates must be separated from children': a passive demanded act with no agent
    phrase, whose subject is what is acted on, not whom the demand is made to."""
    return (any(x.dep_ == "auxpass" for x in frame.children) and any(x.dep_ == "nsubjpass" for x in frame.children)
            and not any(x.dep_ == "agent" for x in frame.children))


#: Auxiliaries of a strict demand ("they must be handed over"), not advice ("should not be dismissed").
STRICT_DEMAND_AUX = word_list("coding_strict_demand_aux")


def _strict_demand(frame) -> bool:
    """Whether the demanded act is required by "must", not advised by "should", nor forbidden
    ("the agreement must not be changed": a stance on a thing, asked of no one)."""
    return (any(x.dep_ == "aux" and x.lower_ in STRICT_DEMAND_AUX for x in frame.children)
            and not any(x.dep_ == "neg" for x in frame.children))


def _addressees(st: Statement, *, kind: str, code: str, speakers: list[Arg], override: list[Arg] | None,
                ctx: SentenceContext) -> list[Arg] | None:
    """To whom the statement is made (may be none), or None when it is no statement after all."""
    c, gov, index = st.action, st.governor, ctx.mentions
    if c.synthetic and kind == "demand" and _patient_subject(c.frame) and any(
            s.mention.actor.country and (petitioner(s.mention.actor) or _strict_demand(c.frame)) for s in speakers):
        return []  # "inmates must be separated from children": whoever is to do it, named by no word
    if c.synthetic and kind == "demand" and not _not_speakers(c, speakers):
        return None  # "X must ..." with no identifiable addressee
    if kind == "demand" and _not_speakers(c, speakers) and all(
            own_resolve(x.mention.actor, g.mention.actor) for x in _not_speakers(c, speakers) for g in speakers):
        return None  # "Afghanistan must go from war to peace," its leader said: a resolve, no demand
    if kind == "demand" and any(x.dep_ in ("nsubj", "nsubjpass") and x.lower_ in SPEAKER_SUBJECTS
                                for x in c.frame.children):
        return None  # "we must protect ...": the speaker's own resolve, not a demand on anyone
    tgts = list(c.targets)
    if override:
        tgts = override
    elif kind == "request":
        addressee = (story_sides(gov, index, speakers=speakers, preps=ADDRESSEE_PREPS)  # "called on all sides to ..."
                     or args_of(object_tokens(gov), index, how="object") or prep_targets(gov, index, preps=ADDRESSEE_PREPS)
                     or addressed_pronoun(gov, index, avoid=[s.mention for s in speakers]))
        tgts = addressee or tgts
    elif kind == "demand":
        subj = _not_speakers(c, speakers)
        if not subj and any(x.dep_ in ("nsubj", "nsubjpass") and x.pos_ in ("NOUN", "PROPN")
                            and index.at(x.i) is None and x.lemma_.lower() not in AGENT_NOUNS
                            for x in c.frame.children):
            return None  # "factors should help recovery": what is no party cannot be asked to act
        # "issued an ultimatum to Sudan to normalize relations with Israel": whom the demand is
        # made to (its own to/on phrase) before whom the demanded act is done to
        tgts = ([Arg(s.mention, "clause-subject", s.token) for s in subj]
                or prep_targets(gov, index, preps=ADDRESSEE_PREPS) or tgts)
    elif kind == "threat" and gov.i != c.frame.i:  # "an ultimatum to Sudan to ...", "a warning to X"
        tgts = prep_targets(gov, index, preps=ADDRESSEE_PREPS) or tgts
    if not tgts and code.startswith(THREATEN_ROOT):  # a threat is addressed to whoever the condition names
        tgts = condition_subjects(c.frame, index) or condition_subjects(gov, index)
    return tgts


def _parties(st: Statement, *, speakers: list[Arg], addressees: list[Arg],
             ctx: SentenceContext) -> list[tuple[Arg, Arg | None]]:
    """(speaker, addressee) pairs; a mutual statement ("agreed to meet") is made by each speaker to
    each other one."""
    c, gov = st.action, st.governor
    gov_entry = match_entry(gov, ctx.lexicon) if gov.i != c.frame.i else c.entry
    mutual = (gov_entry is not None and gov_entry.mutual) or c.entry.mutual
    # "Mexico and Canada agreed to lift tariffs on American products": an act that is not mutual,
    # done to a third state, is what both commit to towards it, not an accord between the two
    third = not c.entry.mutual and any(
        t.mention.actor.country is not None and all(t.mention.actor.country != s.mention.actor.country for s in speakers)
        for t in addressees)
    if mutual and crowded_mutual(speakers, addressees):
        return []  # "ministers of eight states will meet": a gathering, no pair of parties
    if mutual and is_mutual_pair(speakers, addressees) and not third:
        return [(s, t) for s in speakers for t in speakers if s.mention is not t.mention]
    return [(s, t) for s in speakers for t in (addressees or [None]) if t is None or t.mention is not s.mention]


def _same_actor(a, b) -> bool:
    """Whether two actors are one party: the same code, or (with no code) the same words."""
    if a.code is not None or b.code is not None:
        return a.code == b.code
    return tuple(a.span) == tuple(b.span)


def statement_drafts(st: Statement, ctx: SentenceContext) -> list[EventDraft]:
    """The events of statement ``st``: one per (speaker, addressee) pair."""
    c, gov = st.action, st.governor
    kind, code, override = _request_to_another(st, ctx)
    speakers, said = _speakers(st, ctx)
    if gov.i != c.frame.i:  # '"Those people must be enabled ...," he said': no speaker is inside what is said
        inside = range(c.frame.left_edge.i, c.frame.right_edge.i + 1)
        speakers = [s for s in speakers if getattr(s.mention, "start", None) not in inside]
    if not speakers or (OBLIGATION_NOTE in c.assessment.notes and not any(s.mention.actor.country for s in speakers)):
        return []  # "hospitals now have to ask for consent", says an official of no known country: no demand read
    addressees = _addressees(st, kind=kind, code=code, speakers=speakers, override=override, ctx=ctx)
    if addressees is None:
        return []
    speaker = speakers[0].mention.actor
    out = []
    seen = set()
    for s, t in _parties(st, speakers=speakers, addressees=addressees, ctx=ctx):
        key = (id(s.mention), id(t.mention) if t else None)
        if key in seen or (t is not None and kind in ASKING and _same_actor(t.mention.actor, s.mention.actor)):
            continue  # nobody demands of themselves
        seen.add(key)
        target = t.mention.actor if t else None
        target_how = t.how if t else None
        mission = mission_place(ctx.doc[t.token], target, root=c.entry.root, ctx=ctx) if t is not None else None
        if mission is not None:  # "ready to contribute troops to the UN force in Lebanon": Lebanon
            target, target_how = mission, "mission-place"
        if target is None and is_domestic(c.entry.cameo, s.mention.actor):
            target, target_how = domestic_target(s.mention.actor, c, ctx), "default"
        conf = score(strength=c.entry.strength, verb=True, source_how=s.how, target_how=target_how,
                     source_resolved_by=s.mention.actor.resolved_by, derived=True)
        if target is None and kind in ASKING and gov.i != c.frame.i:  # "urged the public to donate"
            target = addressee_thing(gov, ctx.mentions, source=s.mention.actor)
        home = home_government(target, s.mention.actor, code) if kind in ASKING else None
        if home is not None:  # "church leaders say Australia must take more refugees": its government
            target = home
        if target is None:  # "church leaders are calling for ...", "the MP says inmates must be separated"
            home = government_addressee(s.mention.actor, code,
                                        others=(m.actor for m in ctx.mentions.in_range(ctx.sent.start, ctx.sent.end)))
            if home is not None:
                target, target_how = home, "default"
        if target is None and not c.synthetic:  # "threatened to shell the airfield": what, as written
            target = thing_target(c, ctx.mentions, source=s.mention.actor)
            target_how = "thing" if target is not None else None
        modality = statement_modality(said, doc=ctx.doc, speaker=speaker, index=ctx.mentions)
        why = explain(trigger=gov.text, plover=ctx.lexicon.plover.get(code, ""), cameo=code, source=s.mention.actor,
                      source_how=s.how, target=target, target_how=target_how, status=modality.status,
                      negated=modality.negated, statement=f"{kind} about '{c.tok.text}' ({c.entry.cameo})")
        out.append(EventDraft(sentence_index=ctx.sentence_index, trigger_start=gov.i, trigger_end=gov.i + 1,
                              trigger_lemma=gov.lemma_.lower(), cameo=code, source=s.mention.actor,
                              target=target, modality=modality, confidence=conf,
                              rule=f"{c.entry.id}+{kind}", why=why))
    return out
