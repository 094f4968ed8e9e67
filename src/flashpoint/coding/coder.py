"""The rule-based event coder: trigger lexicon + dependency parse -> event drafts.

For each sentence: find the candidate triggers (``triggers``: verbs, and nouns carried by a light
verb or naming their own actor), assess their modality (``modality``), take the source and target
from the parse (``sources``, ``targets``), derive the statement a governing verb makes
(``statements``: "agreed to send tanks" -> an agreement about future aid), build the drafts with
their final status (``drafts``, ``status``), attach quantities and keep one event per
(source, target, root, factuality). An event with no source actor is coded only when the text names
no doer at all (an agentless passive, "the war has killed ...": ``sources.agentless``), with a null
source.
"""

from __future__ import annotations

from dataclasses import replace

from ..nlp import sentences as nlp_sentences
from ..ontology.codes import (ACCUSE_CODE, COMMENT_ROOT, COMPLAINT_CODE, INVESTIGATE_ROOT, JUDICIARY_SECTOR, LEGAL_SECTORS,
                              MATERIAL_HELP_ROOTS,
                              OWN_FORCES_ROOTS, REPLACED_BY_STATEMENT_ROOTS, THREATEN_ROOT, VERBAL_ROOTS)
from ..actors import ActorMention
from ..records import FACTUAL_STATUSES, Actor
from ..resources.words import word_list
from .arguments import ADDRESSEE_PREPS, Arg, MentionIndex, is_passive, passive_targets, sources
from .assessment import Assessment
from .unrest import unrest_roles
from .charges import court_act, courts_of_context, facing, facing_roles, laid_status, told_by_facing_verb
from .background import background_intent, counted_acts, durative, ended, noun_read_as_verb, wanted
from .context import SentenceContext
from .addressees import ASKING_ROOTS, story_sides
from .criticism import DEFINITE_DETERMINERS, criticism_drafts
from .drafts import EventDraft, action_drafts, dedupe_drafts
from .lexicon import Lexicon
from .meetings import counterpart_roles, takes_place, theme_counterparts, scheduled_intent, setting_status
from .modality import assess, has_negation
from .modality.clauses import aux_kinds
from .modality.rules import CLAIMED_NOTE, OPINION_NOTE, PURPOSE_NOTE
from .quantities import attach_to_drafts
from .restated import article_main_country, restate
from .sources import PEOPLE_ACT_ROOTS, copular_participle, givers, pronoun_sources, resolve_sources
from .statements import _same_actor, quotation_speaker, select_statements, statement_drafts
from .targets import candidate_targets, place_country_targets
from .triggers import BEHEST, PLACE_TOKENS_KEY, Candidate, agent_noun_patients, behest_tokens, candidates, result_clauses, victim_roles


def code_doc(doc, mentions, *, lexicon: Lexicon, places=()) -> list[EventDraft]:
    """Code every sentence of a parsed document; see the module docstring. ``places`` (place
    mentions with ``start``, ``end`` and ``place.country``) let an attacked place stand for its
    country when no actor is named ("shelled Kharkiv")."""
    index = MentionIndex(mentions)
    place_at = {i: p.place.country for p in places if p.place.country for i in range(p.start, p.end)}
    doc.user_data[PLACE_TOKENS_KEY] = frozenset(i for p in places for i in range(p.start, p.end))
    drafts: list[EventDraft] = []
    sentences = list(nlp_sentences(doc))
    for si, sent in enumerate(sentences):
        prev = sentences[si - 1] if si > 0 else None
        ctx = SentenceContext(sent=sent, sentence_index=si, previous=prev, mentions=index, lexicon=lexicon,
                              places=place_at)
        drafts.extend(code_sentence(ctx))
    drafts = restate(_unretold(drafts, doc), doc, index.mentions, places=place_at)
    return unrest_roles(drafts, doc, home=article_main_country(index.mentions, place_at), places=place_at,
                           mentions=index.mentions)


def _unretold(drafts: list[EventDraft], doc) -> list[EventDraft]:
    """``drafts`` without a bare act noun that retells an earlier event: "Troops killed two men ...
    The killing brings the toll to 40" names no one and no new act, only the one already coded (of
    the same CAMEO root, earlier in the article). A noun with a party of its own stays."""
    roots: set[str] = set()
    out: list[EventDraft] = []
    for d in drafts:
        bare = d.source is None and d.target is None and doc[d.trigger_start].pos_ == "NOUN"
        if bare and d.cameo[:2] in roots and d.modality.factual:
            continue
        if d.modality.factual and not bare:
            roots.add(d.cameo[:2])
        out.append(d)
    return out


def code_sentence(ctx: SentenceContext) -> list[EventDraft]:
    """The events of one sentence (deduplicated by source, target and CAMEO root)."""
    cands = candidates(ctx.sent, lexicon=ctx.lexicon, index=ctx.mentions)
    judged = criticism_drafts(ctx)  # "said Pakistan's offer was insufficient": no trigger of its own
    if not cands:  # most sentences: nothing below would find an event without a candidate
        return dedupe_drafts(judged) if judged else []
    merged = result_clauses(cands)  # result clause token -> owner token
    subjects = {c.tok.i: s for c in cands if c.entry.pos == "V" and (s := conjunct_subject(c.tok, ctx.mentions))}
    for c in cands:
        c.assessment = _assess(c, ctx)
        # "the protesters were tear-gassed": the subject of "be" suffered the act ("they are
        # committed to talks" is a stance of the subject)
        suffered = c.entry.pos == "V" and c.entry.root in PEOPLE_ACT_ROOTS and copular_participle(c.tok)
        c.sources = [] if suffered else resolve_sources(c, ctx)
        if c.parties:  # "A and B will meet again after talks failed": the talks' parties
            c.sources = c.parties
        speaker = addressed_meeting(c, ctx)
        if speaker:  # "told a NATO ministers' meeting": the speaker consults NATO
            c.sources = speaker
        if not c.sources and SENT_NOTE in c.assessment.notes:  # "France sent experts to investigate"
            c.sources = [Arg(a.mention, "subject", a.token) for a in sources(c.frame.head, ctx.mentions)]
        if (not c.sources and c.entry.root in OWN_FORCES_ROOTS and c.entry.pos == "V" and is_passive(c.tok)
                and c.assessment.status in FACTUAL_STATUSES):
            # "1,000 US Marines are deployed near Kandahar": deployed forces stand for their owner
            # (forces that "will be deployed" state no intent of their own)
            c.sources = [Arg(a.mention, "subject", a.token) for a in passive_targets(c.tok, ctx.mentions)]
        if told_by_facing_verb(c):
            c.assessment.suppressed = True
        faced = facing(c)
        if faced:  # "will face court on 32 charges": the subject is the accused
            laid_status(c)
            c.sources, accused = facing_roles(c, ctx)
        if c.entry.legal_source and not c.sources and c.assessment.status in FACTUAL_STATUSES:
            c.sources = courts_of_place(c, ctx.mentions) or courts_of_context(c, ctx)
        elif not c.sources and court_act(c):  # "was sentenced to life": the courts of its country
            c.sources = courts_of_context(c, ctx)
        if c.entry.legal_source and accused_in_words(c):
            c.entry = replace(c.entry, id=c.entry.id + "+words", cameo=ACCUSE_CODE)
        c.targets = [] if c.parties else (candidate_targets(c, ctx.mentions, sent=ctx.sent)
                                          or theme_counterparts(c, ctx.mentions) or place_country_targets(c, ctx)
                                          or (agent_noun_patients(c.tok, ctx.mentions) if c.entry.pos == "N" else []))
        if c.entry.root in ASKING_ROOTS and c.entry.pos == "V" and all(t.mention.actor.country is None for t in c.targets):
            c.targets = story_sides(c.tok, ctx.mentions, speakers=c.sources, preps=ADDRESSEE_PREPS) or c.targets  # "all sides"
        if speaker:
            c.targets = [Arg(c.noun_actor.mention, "owner", c.noun_actor.token)]
        if faced:
            c.targets = accused
        if c.tok.i in subjects:  # "the mob set fire to shops and police opened fire"
            c.sources = [subjects[c.tok.i]]
        c.targets = [t for t in c.targets if all(t.token != s.token for s in subjects.values())]
        asked = behest_tokens(c.tok, ctx.mentions, ctx.lexicon)
        if asked:  # "suspended the raids at the request of a commander": who asked is no target of the act
            c.targets = [t for t in c.targets if t.token not in asked]
        if c.noun_actor is not None and c.noun_actor.how == BEHEST:
            # "the air force halted its raids at the request of the elders": the elders asked the air force
            # (an actor asking an actor of its own code is a misreading: never a target)
            own = c.noun_actor.mention.actor.code
            c.targets = [Arg(a.mention, "clause-subject", a.token) for a in sources(c.tok.head.head, ctx.mentions)
                         if own is None or a.mention.actor.code != own]
        if c.entry.victim_subject:  # "died in police firing": the firing's owner acts on the subject
            c.sources, c.targets = victim_roles(c, ctx.mentions)
        if c.entry.reverse:  # "received weapons from X": the giver acts on the receiver
            c.sources, c.targets = givers(c, ctx.mentions), [Arg(a.mention, "object", a.token) for a in c.sources]
    # statements made by governing verbs replace those verbs' own generic events
    statements, consumed = select_statements(cands, merged=merged, ctx=ctx)
    stated = [d for st in statements for d in statement_drafts(st, ctx)]
    addressed = {d.trigger_start for d in stated if d.target is not None}
    drafts: list[EventDraft] = []
    for c in cands:
        if c.tok.i in merged or c.assessment.suppressed:
            continue
        if c.tok.i in consumed and c.entry.root in REPLACED_BY_STATEMENT_ROOTS:
            if c.tok.i not in addressed:
                # "issued an ultimatum to Ecuador to halt attacks": a statement that lost its
                # addressee does not hide the governor's own event addressed to a party
                drafts.extend(d for d in action_drafts(c, ctx) if d.target is not None)
            continue
        drafts.extend(action_drafts(c, ctx))
    drafts.extend(stated)
    drafts.extend(complaints(cands, ctx))
    drafts.extend(judged)
    merged = _unmerge_orphans(cands, merged, drafts, ctx)
    attach_to_drafts(drafts, sent=ctx.sent, merged=merged)
    return dedupe_drafts(counterpart_roles(drafts, ctx.doc))


def _unmerge_orphans(cands: list[Candidate], merged: dict[int, int], drafts: list[EventDraft],
                     ctx: SentenceContext) -> dict[int, int]:
    """'Warplanes pounded the enclave, killing five people': a result clause belongs to the event
    above it, but when that event is coded with nothing (no target for "pounded") the clause is
    coded on its own rather than lost. Adds its drafts; returns the clauses still merged."""
    made = {d.trigger_start for d in drafts}
    by_token = {c.tok.i: c for c in cands}
    kept = dict(merged)
    for c in cands:
        owner = by_token.get(merged.get(c.tok.i, -1))
        seen = {c.tok.i}
        while owner is not None and owner.tok.i in merged and owner.tok.i not in seen:
            seen.add(owner.tok.i)  # "killing two and injuring five": the owner of the chain
            owner = by_token.get(merged[owner.tok.i])
        if owner is None or owner.tok.i in made or owner.assessment.suppressed or c.assessment.suppressed:
            continue
        own = action_drafts(c, ctx)
        if own:
            drafts.extend(own)
            del kept[c.tok.i]
    return kept


def conjunct_subject(verb, index: MentionIndex) -> Arg | None:
    """'The mob set fire to shops and police opened fire': a finite verb with no subject of its own
    right after an actor the parser took for a conjunct of the noun before ("shops and police"):
    that actor is the verb's subject (and no target of the verb before). None otherwise."""
    if verb.tag_ not in ("VBD", "VBZ", "VBP") or verb.i < 2 or verb.dep_ not in ("conj", "advcl", "ROOT"):
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") for c in verb.children):
        return None
    prev = verb.doc[verb.i - 1]
    if prev.dep_ != "conj" or prev.pos_ not in ("NOUN", "PROPN") or prev.head.pos_ not in ("NOUN", "PROPN"):
        return None
    if not any(c.dep_ == "cc" and c.i < prev.i for c in prev.head.children):
        return None
    m = index.at(prev.i)
    return Arg(m, "subject", prev.i) if m is not None else None


#: Verbs of speaking to a gathering ("told a NATO ministers' meeting", "addressed an EU summit").
ADDRESSED_MEETING_VERBS = word_list("coding_addressed_meeting_verbs")


def addressed_meeting(c: Candidate, ctx: SentenceContext) -> list[Arg]:
    """'Rumsfeld told a NATO defence ministers' meeting that ...': a mutual noun (a meeting, a
    summit) owned by an actor and spoken to is the speaker's consultation with that actor, not
    the actor's own meeting: the speaker (the verb's subject) is the source. [] otherwise."""
    n = c.tok
    if (c.entry.pos != "N" or not c.entry.mutual or c.noun_actor is None or n.dep_ not in ("dobj", "dative")
            or n.head.lemma_.lower() not in ADDRESSED_MEETING_VERBS):
        return []
    own = c.noun_actor.mention
    return [a for a in sources(n.head, ctx.mentions) or pronoun_sources(n.head, ctx) if a.mention is not own]


#: Verbs of sending people somewhere: what they are sent to investigate is under way.
DISPATCH_VERBS = word_list("coding_dispatch_verbs")
SENT_NOTE = "investigators sent: the investigation is under way"


def sent_to_investigate(c: Candidate, a: Assessment, lexicon: Lexicon) -> Assessment | None:
    """'France has sent experts to investigate the attacks': an investigation whose investigators
    were sent is being carried out (CAMEO 09); the sending's own modality is the investigation's.
    None when the rule does not apply or the sending did not happen."""
    verb = c.frame.head
    if (c.entry.root != INVESTIGATE_ROOT or PURPOSE_NOTE not in a.notes or c.frame.dep_ not in ("advcl", "xcomp")
            or verb.lemma_.lower() not in DISPATCH_VERBS):
        return None
    sent = assess(verb, lexicon)
    if sent.status not in FACTUAL_STATUSES or sent.negated or sent.statement_kind:
        return None
    sent.notes.append(SENT_NOTE)
    return sent


#: Claim nouns that are documents with an author: what they say is said by the author.
AUTHORED_CLAIM_NOUNS = word_list("coding_authored_claim_nouns")


def authored_statement(c: Candidate, a: Assessment) -> bool:
    """'Amnesty released a report accusing the army of torture': a verbal act under a document
    (an accusation, a condemnation, a call) is made by publishing it, though what a report
    says happened ("a report that troops shelled the town") is only claimed."""
    return (a.suppressed and CLAIMED_NOTE in a.notes and c.entry.root in VERBAL_ROOTS
            and c.frame.dep_ == "acl" and c.frame.tag_ == "VBG"
            and c.frame.head.lemma_.lower() in AUTHORED_CLAIM_NOUNS)


def accused_in_words(c: Candidate) -> bool:
    """'Israel charged Syria with terrorism': a legal act (a charge) by one who is no police,
    prosecutor or court is an accusation in words; "prosecutors charged X with fraud", "X was
    charged with murder" (no one named) stay the legal act."""
    return any(not set(s.mention.actor.sectors or ()) & LEGAL_SECTORS for s in c.sources)


def courts_of_place(c: Candidate, index: MentionIndex) -> list[Arg]:
    """'A man has been charged in the United States with conspiracy': a legal act with no one
    named, done in a country, is done by its courts (JUD of that country, resolved from the
    context); only a bare country in an in-phrase of the verb names it."""
    if not is_passive(c.tok):
        return []
    for p in c.tok.children:
        if p.dep_ != "prep" or p.lower_ != "in":
            continue
        for g in p.children:
            m = index.at(g.i) if g.dep_ == "pobj" else None
            if m is None or not m.actor.country or m.actor.sectors or m.actor.org:
                continue
            a = m.actor
            courts = Actor(text=a.text, span=a.span, code=f"{a.country}{JUDICIARY_SECTOR}", country=a.country, sectors=[JUDICIARY_SECTOR],
                           kb_id=a.kb_id, resolved_by="context")
            return [Arg(ActorMention(m.start, m.end, m.head, courts), "location", g.i)]
    return []


def definite(noun) -> bool:
    """Whether a noun names a known event: a possessor ("Li's visit") or a definite determiner
    ("the talks"), not "a visit", which a clause may only suppose."""
    return any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in DEFINITE_DETERMINERS) for c in noun.children)


def _pronoun_subject(tok) -> bool:
    """Whether the clause of ``tok`` (a verb, or an adjective after "be") has a personal pronoun
    as subject: the sayer speaking of themselves ("says he is pessimistic")."""
    clause = tok.head if tok.dep_ == "acomp" else tok
    return any(c.dep_ == "nsubj" and c.tag_ == "PRP" for c in clause.children)


def _recurring(c: Candidate) -> bool:
    """Acts a duration does not make a state of affairs: statements, each made anew ("has accused
    Gulen since 2013", "has claimed responsibility for attacks since 2018"), and acts counted one
    by one ("has carried out several air strikes since last year")."""
    return c.entry.root in VERBAL_ROOTS or (c.entry.pos == "N" and counted_acts(c.tok))


def _assess(c: Candidate, ctx: SentenceContext) -> Assessment:
    """The modality of candidate ``c``: that of the clause of its frame, adjusted for noun
    triggers and for what is background to the news."""
    lexicon, doc = ctx.lexicon, ctx.doc
    a = assess(c.frame, lexicon)
    a = sent_to_investigate(c, a, lexicon) or a
    if authored_statement(c, a):
        a.suppressed = False
        a.notes.append("said in a document: its author says it")
    if c.entry.pos == "N" and has_negation(c.tok, lexicon):  # "no talks were held"
        a.negated = True
    if c.entry.pos == "N" and c.frame.i == c.tok.i and c.tok.dep_ == "nsubj" and c.tok.head.pos_ in ("VERB", "AUX"):
        # "the visit by X could signal a thaw": the noun is what a clause is about, and that
        # clause's modality is the noun's
        ha = assess(c.tok.head, lexicon)
        if (ha.status == "future" and "future_aux" in aux_kinds(c.tok.head, lexicon) and definite(c.tok)
                and not takes_place(c.tok.head)):
            pass  # "Li's visit to Germany will boost trade": "will" is said of what the visit does
        elif ha.status not in FACTUAL_STATUSES:
            a.status, a.statement_kind = ha.status, None
        elif any(x.dep_ in ("acomp", "attr") and "modal" in lexicon.token_cues(x) for x in c.tok.head.children):
            a.status, a.statement_kind = "hypothetical", None  # "an invasion remains distinctly possible"
    state = _state_clause(c)
    if state is not None:  # "the boy should not have to be in detention": the state is only wished
        ha = assess(state, lexicon)
        if ha.status not in FACTUAL_STATUSES:
            a.status, a.statement_kind = ha.status, None
        a.negated = a.negated or ha.negated or has_negation(state, lexicon)
    if (c.entry.pos == "N" and c.tok.dep_ in ("dobj", "pobj") and a.status in FACTUAL_STATUSES
            and "light" not in lexicon.token_cues(c.frame) and wanted(c.tok, lexicon)):
        a.status = "hypothetical"  # "both sides want a Sudanese cease-fire": wished for, not done
    if (c.entry.root == COMMENT_ROOT and a.status == "hypothetical" and OPINION_NOTE in " ".join(a.notes)
            and _pronoun_subject(c.frame)):
        a.status = "reported"  # "an expert says he is pessimistic": saying so of oneself is the comment
    scheduled_intent(c, a, lexicon)  # "is due to visit Moscow": an intent to meet, as "will visit"
    setting_status(c, a)  # "after talks with X, Y promised calm": the talks were held
    if background_intent(a, doc):
        a.statement_kind = None
    if (durative(c.frame) and not _recurring(c)) or ended(c.tok) or noun_read_as_verb(c.tok):
        a.suppressed = True
    if c.entry.root == THREATEN_ROOT and c.entry.pos == "V" and any(
            x.dep_ == "xcomp" and x.lemma_.lower() in RISK_VERBS for x in c.tok.children):
        a.suppressed = True  # "he now threatens to undermine the process": a risk, not a threat
    if c.entry.root in MATERIAL_HELP_ROOTS and c.entry.pos == "V" and nothing_given(c.tok):
        a.negated = True  # "very little has been delivered by this Government": no aid given
        a.notes.append(NOTHING_NOTE)
    return a


def _state_clause(c: Candidate):
    """The verb whose modality a noun of a state has: "be" in "(should not have to) be in
    detention", or the verb "be" is the complement of ("have to be"); None for any other noun.
    The noun is the subject's state, so the clause's modal or negation is the noun's."""
    tok = c.tok
    if c.entry.pos != "N" or c.frame.i != tok.i or tok.dep_ != "pobj" or tok.head.dep_ != "prep":
        return None
    be = tok.head.head
    if be.lemma_ != "be":
        return None
    return be.head if be.dep_ == "xcomp" and be.head.pos_ in ("VERB", "AUX") else be


#: Verbs of harm done by what happens: "threatens to undermine" says a risk, not a threat.
RISK_VERBS = word_list("coding_risk_verbs")
#: Words of an amount that is nothing ("very little delivered", "gave nothing").
NOTHING_WORDS = word_list("coding_nothing_words")
NOTHING_NOTE = "a quantity of nothing given: a complaint, not aid"


def nothing_given(verb) -> bool:
    """'There's been very little delivered by this Government', 'the donors gave nothing': what a
    verb of giving gives is an amount of nothing, so nothing was given (its object, passive
    subject or amount adverb is such a word; not "a little")."""
    for c in verb.children:
        if c.dep_ in ("dobj", "nsubjpass", "advmod", "npadvmod") and c.lower_ in NOTHING_WORDS:
            if not any(d.dep_ == "det" and d.lower_ == "a" for d in c.children) and verb.doc[c.i - 1].lower_ != "a":
                return True
    return False


def complaints(cands: list[Candidate], ctx: SentenceContext) -> list[EventDraft]:
    """'Very little has been delivered by this Government, the union's secretary said': saying
    that a giver gave nothing is a complaint (111) by the sayer against the giver; the sayer is the
    speaker of the quotation when the sentence has no say-verb of its own ('"Very little has been
    delivered. ...," Mr Sheldon said.'); none when no sayer is named."""
    out: list[EventDraft] = []
    for c in cands:
        a = c.assessment
        if NOTHING_NOTE not in a.notes or not c.sources:
            continue
        say = ctx.doc[a.report_token] if a.report_token is not None else quotation_speaker(c.tok, ctx.lexicon)
        if say is None:
            continue
        sayers = [s for s in sources(say, ctx.mentions)  # no complaint of a giver about itself
                  if not any(_same_actor(s.mention.actor, g.mention.actor) for g in c.sources)]
        if not sayers:
            continue
        said = Candidate(tok=c.tok, entry=replace(c.entry, id=c.entry.id + "+nothing", cameo=COMPLAINT_CODE,
                                                  mutual=False, needs_target=False),
                         frame=c.frame, sources=sayers, targets=[Arg(s.mention, "object", s.token) for s in c.sources],
                         assessment=Assessment(notes=[NOTHING_NOTE]))
        out.extend(action_drafts(said, ctx))
    return out
