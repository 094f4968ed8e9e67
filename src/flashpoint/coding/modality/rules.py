"""The clause rules of modality: small named rules in ordered tables, the order being the priority.

``assess`` reads a trigger (or the light verb that carries it) in three passes:

1. ``TRIGGER_RULES`` read the trigger's own clause (negation, auxiliaries, if-clauses, purpose).
2. ``CLIMB_RULES`` run at each step up the parse, from the clause reached so far (``Climb.cur``)
   to the word that governs it (``Climb.gov``, through ``Climb.dep``). A rule returns ``None``
   when the next rule of the table applies too, ``Then.CLIMB`` to go up to the governor at once,
   ``Then.STOP`` when the governor decides and nothing above it does. After the last rule the
   climb goes on, at most ``MAX_CLIMB`` steps.
3. ``FINAL_RULES`` tidy what the climb left half-done.

Every rule mutates one ``Assessment`` and says in its docstring what text it is for. The priority
of the statement kinds is ``STATEMENT_PRIORITY``; what each kind makes of the action it is about is
``status.STATEMENT_STATUS``.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from typing import Callable

from ...records import FACTUAL_STATUSES
from ...resources.words import word_list
from ..assessment import Assessment
from ..lexicon import CUE_KINDS, Lexicon
from ..status import STATEMENT_STATUS
from .clauses import (according_to, aux_kinds, bare_infinitive, has_condition_child, has_negation,
                      is_condition_clause, is_opinion, marks, reporting_verb, subject_span)

#: Clausal relations through which a governing word shapes an event below it.
CLIMB_DEPS = ("xcomp", "ccomp", "acomp", "conj", "pcomp", "advcl", "prep", "pobj", "dobj", "acl")
#: Most steps up the parse.
MAX_CLIMB = 8
#: Which statement a word makes when it could make several: the first of these it is a cue of
#: ("claim" is no cue kind: the allegation rule gives it, see ``allegation``).
STATEMENT_PRIORITY = ("threat", "refuse", "request", "demand", "intent", "claim")
#: Cue kinds of words that make a statement about what they govern.
STATEMENT_CUES = frozenset(STATEMENT_PRIORITY)
#: Statement kinds that ask someone else to act ("urged", "demanded") ...
ASKING = frozenset({"request", "demand"})
#: ... and those that commit the speaker ("agreed", "threatened").
COMMITTING = frozenset({"intent", "threat"})
#: Cue kinds that make what they govern only supposed: asking, and verbs of effort or hope.
SUPPOSING = frozenset(k for k, status in STATEMENT_STATUS.items()
                      if status == "hypothetical" and k in CUE_KINDS) | {"hypothetical", "modal"}
#: Cue kinds through which a noun governs a clause like its verb ("its demand that", "a plan to").
GOVERNING_NOUN_CUES = STATEMENT_CUES | {"hypothetical", "future", "modal"}
#: Nouns of a claim: what a clause under one says is someone's claim ("claims that X attacked").
CLAIM_NOUNS = word_list("coding_claim_nouns")
#: Nouns of a report: what a clause under one says is denied when the sentence denies the report.
REPORT_NOUNS = word_list("coding_report_nouns")
#: Subjects of no one: "nobody was injured" did not happen.
NEGATIVE_SUBJECTS = word_list("coding_negative_subjects")
#: Operations launched to arrest people, and the verbs of arrest they carry out.
ARREST_OPERATIONS = word_list("coding_arrest_operation_nouns")
ARREST_PURPOSES = word_list("coding_arrest_purpose_verbs")
#: The note an opinion leaves ("analysts believe ..."): what it says is only someone's view.
OPINION_NOTE = "an opinion"
#: The note of a clause under a claim noun ("reports that X attacked"): not news of the act.
CLAIMED_NOTE = "under a claim noun"
#: The note of a purpose infinitive ("sent troops to fight").
PURPOSE_NOTE = "purpose or plan (to-infinitive)"
#: The note a failure leaves ("failed to reach a deal": the drafts code a failed agreement).
FAILED_NOTE = "failed"
#: Say-verbs that ask for what a to-infinitive under them says ("told X to leave", "warned X to stay").
ASKING_SAY_VERBS = word_list("coding_asking_say_verbs")
#: Nouns of an order to act ("arrest orders", "an arrest warrant"): what they name is not done.
#: Prepositions through which a gerund is governed like a clause ("accused X of attacking").
_GERUND_PREPS = word_list("coding_gerund_preps")
#: Verbs by which a doer claims an act as its own ("claimed that they had attacked").
SELF_CLAIM_VERBS = word_list("coding_self_claim_verbs")
#: Verbs of claiming: what they govern happened according to the claimer ("claimed they had won").
CLAIM_VERBS = word_list("coding_claim_verbs")
#: Hearsay with no one named ("allegedly", "the alleged attack"): what they modify is only supposed.
HEARSAY_MODIFIERS = word_list("coding_hearsay_modifiers")
#: Verbs of obligation whose present tense asks its subject to do the infinitive it governs
#: ("the Palestinian Authority has to act", "Pakistan needs to act"): a demand by the sayer.
OBLIGATION_VERBS = word_list("coding_obligation_verbs")
#: Present-tense tags of a verb of obligation that asks (not "had to": done; "will have to": a forecast).
_PRESENT_TAGS = ("VBZ", "VBP")
#: The note of a demand read from a verb of obligation: a weaker cue than "must", kept only when
#: its sayer is known (``statements``).
OBLIGATION_NOTE = "asked by a verb of obligation ('has to', 'needs to')"
_NOUN = ("NOUN", "PROPN")
_VERB = ("VERB", "AUX")


def first_statement_kind(kinds, *, among: frozenset[str] = STATEMENT_CUES) -> str | None:
    """The statement kind of a word with cue ``kinds``, by ``STATEMENT_PRIORITY`` (only ``among``)."""
    for kind in STATEMENT_PRIORITY:
        if kind in kinds and kind in among:
            return kind
    return None


class Then(Enum):
    """What a climb rule tells the climb to do, when not simply the next rule."""

    CLIMB = "climb to the governor now: the later rules do not apply at this step"
    STOP = "stop: the governor decides, nothing above it does"


@dataclass
class Trigger:
    """The word whose event is assessed (a trigger, or the light verb that carries it)."""

    tok: object
    lexicon: Lexicon

    def __post_init__(self):
        self.aux = aux_kinds(self.tok, self.lexicon)


@dataclass
class Climb:
    """Where the climb up the parse is: the clause ``cur`` reached so far, and at each step the
    word ``gov`` that governs it through ``dep``."""

    trigger: object
    lexicon: Lexicon
    cur: object
    dep: str = ""
    gov: object = None
    direct: bool = True  # still in the clause chain right above the trigger (no say-verb crossed)
    _kinds: frozenset[str] | None = None

    def start_step(self) -> None:
        self.dep, self.gov, self._kinds = self.cur.dep_, self.cur.head, None

    def redirect(self, *, dep: str, gov) -> None:
        """Read this step as ``cur`` governed by ``gov`` through ``dep``."""
        self.dep, self.gov, self._kinds = dep, gov, None

    @property
    def kinds(self) -> frozenset[str]:
        """The cue kinds of the governor (computed once per step; a rule may reinterpret them)."""
        if self._kinds is None:
            self._kinds = self.lexicon.token_cues(self.gov)
        return self._kinds

    @kinds.setter
    def kinds(self, value: frozenset[str]) -> None:
        self._kinds = value


# -- 1. the trigger's own clause --------------------------------------------------------------------
# The rules after ``negation`` give a status to a clause that none before gave one (the first that
# applies wins): "if ... could" is conditional, not hypothetical.

def negation(a: Assessment, t: Trigger) -> None:
    """'did not attack', 'never met', 'no talks were held', and a subject of no one: 'nobody was
    injured', 'no detainees were hurt', 'none of the soldiers was wounded'."""
    a.negated = has_negation(t.tok, t.lexicon) or (t.tok.pos_ in _VERB and any(
        c.dep_ in ("nsubj", "nsubjpass") and (c.lower_ in NEGATIVE_SUBJECTS or any(
            d.dep_ == "det" and d.lower_ == "no" for d in c.children)) for c in t.tok.children))


def inside_condition(a: Assessment, t: Trigger) -> None:
    """'If Russia attacks Ukraine, ...': the trigger's own clause is an if/unless clause."""
    if a.status == "asserted" and is_condition_clause(t.tok, t.lexicon):
        a.status = "conditional"
        a.notes.append("inside an if/unless clause")


def modal_auxiliary(a: Assessment, t: Trigger) -> None:
    """'Russia could attack', 'might impose': only possible. With an if-clause it is what the
    actor may do on a condition: said by the actor itself ("the government said it might impose a
    curfew if the looting continued") a threat or an offer, like "would" (see ``would_auxiliary``);
    "cannot" said by the actor itself is a refusal."""
    if a.status == "asserted" and "hypothetical_aux" in t.aux:
        a.status = "hypothetical"
        a.notes.append("modal verb")
        if has_condition_child(t.tok, t.lexicon):
            a.statement_kind, a.statement_token = ("refuse" if a.negated else "intent"), t.tok.i
            a.notes.append("would")
        elif a.negated and any(c.dep_ == "aux" and c.lemma_.lower() == "can" for c in t.tok.children):
            # "Bangladesh said it cannot accept more refugees": said by the actor itself, a refusal
            a.statement_kind, a.statement_token = "refuse", t.tok.i
            a.notes.append("would")


def future_auxiliary(a: Assessment, t: Trigger) -> None:
    """'The ministers will meet': a future event, and its subject's statement of intent (or
    refusal: "will not accept")."""
    if a.status == "asserted" and "future_aux" in t.aux:
        a.status = "future"
        a.statement_kind, a.statement_token = ("refuse" if a.negated else "intent"), t.tok.i


def would_auxiliary(a: Assessment, t: Trigger) -> None:
    """'X would attack': hypothetical, unless the actor itself says it (then an intent; the
    statement rules decide, see ``status.said_would``)."""
    if a.status == "asserted" and "would_aux" in t.aux:
        a.status = "hypothetical"
        a.statement_kind, a.statement_token = ("refuse" if a.negated else "intent"), t.tok.i
        a.notes.append("would")


def demand_auxiliary(a: Assessment, t: Trigger) -> None:
    """'Libya must hand over the suspects': a demand, by whoever says it (found while climbing)."""
    if a.status == "asserted" and "demand_aux" in t.aux:
        a.status = "hypothetical"
        a.statement_kind, a.statement_token = "demand", None


def conditioned_by_if_clause(a: Assessment, t: Trigger) -> None:
    """'X will respond if Y attacks': an if-clause under the trigger conditions it. Not so for a
    statement ("warned of a response if Kyiv attacked"): the if-clause conditions what is
    threatened, not the warning, which is itself an event that happened (see the design)."""
    if (has_condition_child(t.tok, t.lexicon) and a.status in ("asserted", "future", "hypothetical")
            and not t.lexicon.token_cues(t.tok) & STATEMENT_CUES and not _states_by_object(t)):
        a.status = "conditional"


def _states_by_object(t: Trigger) -> bool:
    """'issued an ultimatum ... if Syria does not withdraw', 'made a promise of aid if ...': a verb
    whose object is a noun of a threat or a commitment makes that statement; the if-clause is its
    condition, not the verb's."""
    return any(c.dep_ == "dobj" and t.lexicon.token_cues(c) & (STATEMENT_CUES - ASKING)
               for c in t.tok.children)


def modal_modifier(a: Assessment, t: Trigger) -> None:
    """'a possible invasion', 'potential strikes': a noun whose modifier says it may only happen."""
    if a.status == "asserted" and t.tok.pos_ in _NOUN and any(
            c.dep_ in ("amod", "compound") and "modal" in t.lexicon.token_cues(c) for c in t.tok.children):
        a.status = "hypothetical"
        a.notes.append("modal modifier")


def hearsay_modifier(a: Assessment, t: Trigger) -> None:
    """'the crowd allegedly set fire to the station and attacked the firemen', 'the alleged attack':
    hearsay that names no one says the act is only supposed (a named claimer makes it a report,
    see ``claimed``). The adverb of a verb holds for the verbs conjoined to it that share its
    subject."""
    if a.status not in FACTUAL_STATUSES:
        return
    clause = t.tok
    while True:
        if any(c.dep_ in ("advmod", "amod") and c.lower_ in HEARSAY_MODIFIERS for c in clause.children):
            a.status = "hypothetical"
            a.notes.append("hearsay with no one named")
            return
        if clause.dep_ != "conj" or clause.head.i == clause.i or any(
                c.dep_ in ("nsubj", "nsubjpass") for c in clause.children):
            return
        clause = clause.head


def contradicted_claim(a: Assessment, t: Trigger) -> None:
    """'... killed about 550 soldiers, a claim Yerevan rejected': a clause summed up by a claim
    that someone denies or rejects in the same sentence is denied."""
    if a.status not in FACTUAL_STATUSES:
        return
    clause = t.tok
    while clause.dep_ == "conj" and clause.head.i != clause.i:
        clause = clause.head
    for w in clause.subtree:
        if w.dep_ == "appos" and w.lemma_.lower() in CLAIM_NOUNS and any(
                r.dep_ in ("relcl", "acl") and "deny" in t.lexicon.token_cues(r) for r in w.children):
            a.status = "denied"
            a.notes.append(f"a {w.text} denied in the sentence")
            return


def arrest_operation(tok) -> bool:
    """'police launched operations to detain the gunmen', 'a sweep to arrest suspects': an
    operation of arrest under way is the arrest (coercion done), not a plan; "an operation to
    capture the town" stays a purpose (no verb that also takes places)."""
    if tok.lemma_.lower() not in ARREST_PURPOSES or tok.head.i == tok.i:
        return False
    gov = tok.head
    op = [c for c in gov.children if c.dep_ in ("dobj", "nsubj", "nsubjpass") and c.lemma_.lower() in ARREST_OPERATIONS]
    if tok.dep_ in ("acl", "relcl") and gov.lemma_.lower() in ARREST_OPERATIONS:
        op = [gov]
    return bool(op) and tok.dep_ in ("advcl", "acl", "relcl", "xcomp")


def purpose_infinitive(a: Assessment, t: Trigger) -> None:
    """'sent troops to fight', 'a deadline to surrender': a purpose or a plan, not an event (an
    operation launched to arrest people is the arrest under way: ``arrest_operation``)."""
    if a.status == "asserted" and bare_infinitive(t.tok, t.lexicon) and not arrest_operation(t.tok):
        a.status = "hypothetical"
        a.notes.append(PURPOSE_NOTE)


# -- 2. the words that govern it, one step up at a time -----------------------------------------------

def according_to_phrase(a: Assessment, w: Climb) -> Then | None:
    """'According to Kenya, Somalia attacked the town': reported, attributed to Kenya."""
    according = according_to(w.cur)
    if according is not None and a.report_token is None:
        a.report_token, a.attributed_to = w.cur.i, according
        if a.status == "asserted":
            a.status = "reported"
    return None


def top_of_clause_chain(a: Assessment, w: Climb) -> Then | None:
    """The root of the sentence, or a relation through which nothing governs the clause."""
    if w.gov.i == w.cur.i or w.dep not in CLIMB_DEPS:
        return Then.STOP
    return None


def gerund_under_preposition(a: Assessment, w: Climb) -> Then | None:
    """'accused X of attacking', 'denied involvement in killing': the gerund is governed by the
    verb or noun above the preposition, like a clause."""
    cur, gov = w.cur, w.gov
    if (w.dep in ("pcomp", "pobj") and gov.dep_ == "prep" and cur.tag_ == "VBG" and gov.head.i != gov.i
            and gov.lower_ in _GERUND_PREPS):
        w.redirect(dep="pcomp", gov=gov.head)
    return None


def modal_noun(a: Assessment, w: Climb) -> Then | None:
    """'the risk of war', 'fears of an invasion', 'on the brink of collapse', 'the threat of
    sanctions': what a noun of possibility governs has not happened."""
    if w.dep not in ("pobj", "pcomp") or w.gov.dep_ != "prep" or w.gov.head.i == w.gov.i:
        return None
    noun = w.gov.head
    if noun.pos_ in _NOUN and "modal" in w.lexicon.token_cues(noun):
        if a.status in FACTUAL_STATUSES:
            a.status = "hypothetical"
            a.notes.append(f"'{noun.text} of'")
        return Then.STOP
    return None


def modal_copula(a: Assessment, w: Climb) -> Then | None:
    """'It is possible that Peru attacks', 'it remains likely that ...': the clause of a copula
    whose complement is an adjective of possibility is hypothetical."""
    if w.dep in ("ccomp", "xcomp", "advcl") and a.status in FACTUAL_STATUSES and any(
            c.dep_ in ("acomp", "attr") and "modal" in w.lexicon.token_cues(c) for c in w.gov.children):
        a.status = "hypothetical"
        a.notes.append("modal complement")
    return None


def necessity_copula(a: Assessment, w: Climb) -> Then | None:
    """'It's important John Howard delivers for the workers', 'it is vital that Sudan withdraws':
    the clause under "it is" + an adjective of necessity is asked of its subject, a demand by
    whoever says so (the say-verb above, found while climbing), as with "must"."""
    if a.status in FACTUAL_STATUSES and necessity_clause(w.cur, w.lexicon):
        a.status = "hypothetical"
        a.statement_kind, a.statement_token = "demand", None
        a.notes.append("asked by an adjective of necessity")
    return None


def obligation_clause(verb, lexicon: Lexicon) -> bool:
    """Whether ``verb`` is a present "has to" / "needs to" with a subject of its own and an
    infinitive, and no auxiliary or negation ("does not have to", "will have to")."""
    return (verb.lemma_.lower() in OBLIGATION_VERBS and verb.tag_ in _PRESENT_TAGS
            and any(c.dep_ == "nsubj" for c in verb.children)
            and any(c.dep_ == "xcomp" and any(x.dep_ == "aux" and x.lower_ == "to" for x in c.children)
                    for c in verb.children)
            and not aux_kinds(verb, lexicon) and not has_negation(verb, lexicon))


def obligation_own(a: Assessment, t: Trigger) -> None:
    """A clause of "has to" / "needs to" coded for itself ("says the Authority has to act on its
    words"): a demand on its subject, by whoever says it."""
    if a.status == "asserted" and obligation_clause(t.tok, t.lexicon):
        a.status = "hypothetical"
        a.statement_kind, a.statement_token = "demand", None
        a.notes.append(OBLIGATION_NOTE)


def obligation_verb(a: Assessment, w: Climb) -> Then | None:
    """'Sharon said the Palestinian Authority has to arrest the militants': the infinitive under a
    present "has to" / "needs to" is asked of its subject, a demand by whoever says so (the
    say-verb above, found while climbing), as with "must"."""
    if (w.dep == "xcomp" and (a.status in FACTUAL_STATUSES or a.notes == [PURPOSE_NOTE]) and a.statement_kind is None
            and obligation_clause(w.gov, w.lexicon)):  # the infinitive's own reading was a plan: it is asked
        a.status = "hypothetical"
        a.statement_kind, a.statement_token = "demand", None
        a.notes.append(OBLIGATION_NOTE)
    return None


def necessity_clause(clause, lexicon: Lexicon) -> bool:
    """Whether ``clause`` (a verb with a subject of its own) is the complement of "it is" + an
    adjective of necessity ("it's important X delivers"); the parser hangs the clause on the
    copula or the copula on the clause ("'s" a ccomp of "delivers")."""
    if not any(c.dep_ == "nsubj" for c in clause.children):
        return False
    copulas = [clause.head] if clause.dep_ == "ccomp" else []
    copulas += [c for c in clause.children if c.dep_ == "ccomp" and c.i < clause.i]
    return any(cop.lemma_ == "be" and any(c.dep_ in ("nsubj", "expl") and c.lower_ == "it" for c in cop.children)
               and any(c.dep_ == "acomp" and "necessity" in lexicon.token_cues(c) for c in cop.children)
               for cop in copulas)


def open_question(a: Assessment, w: Climb) -> Then | None:
    """'It is not known whether anyone was hurt', 'police asked if anyone had been killed': a
    clause under whether/if that is the object of its governor (not an if-condition, which is an
    adverbial clause) asks a question; it asserts nothing."""
    if w.dep in ("ccomp", "pcomp", "acl") and a.status in FACTUAL_STATUSES and any(
            w.lexicon.is_cue(m, "condition") for m in marks(w.cur)):
        a.status = "hypothetical"
        a.notes.append("an open question (whether/if)")
    return None


def attempted(a: Assessment, w: Climb) -> Then | None:
    """'tried to storm the palace', 'attempted to cross': the attempt is asserted when the verb
    of trying is (and takes its status); the climb goes on above it."""
    if "attempt" in w.kinds and w.dep in ("xcomp", "ccomp"):
        a.notes.append(f"attempt ('{w.gov.text}')")
        if has_negation(w.gov, w.lexicon):
            a.negated = True
        return Then.CLIMB
    return None


def adverbial_clause(a: Assessment, w: Climb) -> Then | None:
    """'after X attacked', 'if Kyiv attacked': an adverbial clause has its own modality; it is
    conditional under if/unless, and reported when its main clause is what a say-verb reports."""
    if w.dep != "advcl" or (w.cur.tag_ == "VBG" and not marks(w.cur)):
        return None
    if is_condition_clause(w.cur, w.lexicon) and (a.status in FACTUAL_STATUSES or a.status == "future"):
        a.status = "conditional"
    say = reporting_verb(w.gov, w.lexicon)
    if say is not None and a.report_token is None:
        a.report_token, a.attributed_to = say.i, subject_span(say)
        if a.status == "asserted":
            a.status = "reported"
    return Then.STOP


def statement_noun(a: Assessment, w: Climb) -> Then | None:
    """'its demand that Israel ease ...', 'a plan to withdraw': the noun governs like its verb."""
    if w.dep not in ("acl", "ccomp") or w.gov.pos_ not in _NOUN or not w.kinds & GOVERNING_NOUN_CUES:
        return None
    if a.statement_kind is None and w.direct:
        kind = first_statement_kind(w.kinds)
        if kind is not None:
            a.statement_kind, a.statement_token = kind, w.gov.i
    if a.status in FACTUAL_STATUSES:
        a.status = "hypothetical" if w.kinds & SUPPOSING else "future"
    return Then.STOP


def noun_taken_by_verb(a: Assessment, w: Climb) -> Then | None:
    """'demanded an admission that X ...', 'promised guarantees that ...': the verb that takes the
    noun decides."""
    gov = w.gov
    if w.dep not in ("acl", "ccomp") or gov.pos_ not in _NOUN or gov.dep_ not in ("dobj", "pobj"):
        return None
    vk = w.lexicon.token_cues(gov.head if gov.dep_ == "dobj" else gov.head.head)
    if vk & ASKING and a.status in FACTUAL_STATUSES:
        a.status = "hypothetical"
        return Then.STOP
    if vk & COMMITTING and a.status in FACTUAL_STATUSES:
        a.status = "future"
        return Then.STOP
    return None


def object_noun_statement(a: Assessment, w: Climb) -> Then | None:
    """'reiterated its demand that Israel ease ...': the clause belongs to the object noun, which
    makes the statement."""
    if w.dep != "ccomp" or w.gov.pos_ not in _VERB or a.statement_kind is not None or not w.direct:
        return None
    for o in w.gov.children:
        if o.dep_ == "dobj" and w.lexicon.token_cues(o) & (ASKING | COMMITTING):
            kind = first_statement_kind(w.lexicon.token_cues(o), among=ASKING | COMMITTING)
            a.statement_kind, a.statement_token = kind, o.i
            if a.status in FACTUAL_STATUSES:
                a.status = STATEMENT_STATUS[kind]
            break
    return Then.STOP if a.statement_kind is not None else None


def claim_noun(a: Assessment, w: Climb) -> Then | None:
    """'claims that X attacked': a claim is not news of the act; rejected or denied claims make it
    denied. Any other clause under a noun ("the town, which ...") stops the climb too."""
    if w.dep == "ccomp" and w.gov.pos_ in _NOUN and w.gov.lemma_.lower() in REPORT_NOUNS | CLAIM_NOUNS:
        # "Reports that troops shelled the town were denied": the parser's clause of a noun
        if "deny" in w.lexicon.token_cues(w.gov.head) and not has_negation(w.gov.head, w.lexicon):
            a.status = "denied"
            a.notes.append(f"'{w.gov.head.text}' {w.gov.text}")
            return Then.STOP
        return None
    if w.dep != "acl" or w.gov.pos_ not in _NOUN:
        return None
    if w.gov.lemma_.lower() in REPORT_NOUNS and "deny" in w.lexicon.token_cues(w.gov.head) and not has_negation(
            w.gov.head, w.lexicon):
        a.status = "denied"
        a.notes.append(f"'{w.gov.head.text}' {w.gov.text}")
    elif w.gov.lemma_ in CLAIM_NOUNS:
        head = w.gov.head
        if "deny" in w.lexicon.token_cues(head):  # "denied", "rejected", "dismissed" the claims
            a.status = "denied"
            a.notes.append(f"'{head.text}' claims")
        else:
            a.suppressed = True
            a.notes.append(CLAIMED_NOTE)
    return Then.STOP


def insisted_fact(a: Assessment, w: Climb) -> Then | None:
    """'insisted that the rebels would not surrender', '... had attacked': with a future or past
    verb below it, a demand verb states a fact (a report), it demands nothing."""
    if w.dep == "ccomp" and "demand" in w.kinds and (
            aux_kinds(w.cur, w.lexicon) & {"future_aux", "would_aux"} or w.cur.tag_ == "VBD"):
        w.kinds = (w.kinds - {"demand"}) | {"report"}
    return None


def told_to(a: Assessment, w: Climb) -> Then | None:
    """'Rumsfeld told the allies to prepare': a say-verb with a to-infinitive asks for what it
    governs (a request), it reports nothing; with a that-clause it reports."""
    if w.dep == "xcomp" and "report" in w.kinds and w.gov.lemma_.lower() in ASKING_SAY_VERBS and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in w.cur.children):
        w.kinds = (w.kinds - {"report"}) | {"request"}
    return None


def conjoined_verb(a: Assessment, w: Climb) -> Then | None:
    """'will meet and sign', 'did not meet or talk': conjoined verbs share auxiliaries and
    negation, and what governs the first governs both."""
    if w.dep != "conj":
        return None
    gov, cur = w.gov, w.cur
    if not a.negated and has_negation(gov, w.lexicon) and not any(c.dep_ == "neg" for c in cur.children):
        a.negated = True
    gaux = aux_kinds(gov, w.lexicon)
    if a.status == "asserted" and not any(c.dep_ in ("aux", "nsubj") for c in cur.children):
        if "future_aux" in gaux:
            a.status = "future"
            a.statement_kind, a.statement_token = "intent", w.trigger.i
        elif "hypothetical_aux" in gaux:
            a.status = "hypothetical"
    return Then.CLIMB


def modal_governor(a: Assessment, w: Climb) -> Then | None:
    """'will be forced to withdraw', 'may be compelled to leave': an infinitive under a verb of no
    meaning of its own for the coder is no more certain than that verb's auxiliaries make it."""
    if w.dep != "xcomp" or a.status != "asserted" or w.kinds - {"light"} or w.gov.pos_ not in ("VERB", "AUX"):
        return None
    gaux = aux_kinds(w.gov, w.lexicon)
    if "hypothetical_aux" in gaux:
        a.status = "hypothetical"
        a.notes.append(f"under '{w.gov.text}' with a modal verb")
    elif "future_aux" in gaux:
        a.status = "future"
        a.notes.append(f"under '{w.gov.text}' with 'will'")
    return None


def prepositional_link(a: Assessment, w: Climb) -> Then | None:
    """'talks on the withdrawal of troops': a phrase under a preposition is governed by the verb
    (or adjective) of the preposition; a noun's own object stops the climb."""
    if w.dep not in ("prep", "pobj", "dobj") or (w.dep == "pobj" and w.cur.tag_ == "VBG"):
        return None
    if w.dep == "pobj" and w.gov.dep_ == "prep" and w.gov.head.pos_ in ("VERB", "AUX", "ADJ"):
        return Then.CLIMB
    if w.dep == "prep":
        return Then.CLIMB
    return Then.STOP


def denial(a: Assessment, w: Climb) -> Then | None:
    """'Iran denied that it attacked the tanker', 'denied attacking': denied (not when the denial
    is itself negated: "did not deny")."""
    if "deny" in w.kinds and not has_negation(w.gov, w.lexicon):
        a.status = "denied"
        a.notes.append(f"denied by '{w.gov.text}'")
        return Then.STOP
    return None


def claimed(a: Assessment, w: Climb) -> Then | None:
    """'the rebels claimed they had defeated the army', 'Baku claimed that Armenian forces shelled the
    town': it happened according to the claimer the text names (reported, attributed to them, as
    "said"); the claimer's own act ("claimed to have shot down") is also its claim of responsibility
    (``allegation``'s statement kind "claim"). A claim whose claimer is not named, or that is not
    made ("did not claim"), leaves the act only supposed."""
    if w.gov.lemma_.lower() not in CLAIM_VERBS or w.dep not in ("ccomp", "xcomp") or w.gov.pos_ not in _VERB:
        return None
    claimer = subject_span(w.gov)
    if claimer is None or has_negation(w.gov, w.lexicon) or w.gov.tag_ == "VBN" and any(
            c.dep_ == "auxpass" for c in w.gov.children):
        if a.status in FACTUAL_STATUSES:
            a.status = "hypothetical"
        return Then.STOP
    if _own_claim(w):
        a.statement_kind, a.statement_token = "claim", w.gov.i
    if a.report_token is None:
        a.report_token, a.attributed_to = w.gov.i, claimer
    if a.status == "asserted":
        a.status = "reported"
    return Then.STOP


def allegation(a: Assessment, w: Climb) -> Then | None:
    """'accused X of attacking': the accusation is coded, not the alleged act. An act its doer
    claims ("the rebels claimed that they had attacked the base", "claimed to have shot down") is
    their claim of responsibility; the act itself is only claimed (``STATEMENT_STATUS``)."""
    if "allege" not in w.kinds:
        return None
    if _own_claim(w):
        a.statement_kind, a.statement_token = "claim", w.gov.i
        if a.report_token is None:
            a.report_token, a.attributed_to = w.gov.i, subject_span(w.gov)
        if a.status == "asserted":
            a.status = "reported"
        return Then.STOP
    a.suppressed = True
    return Then.STOP


def _own_claim(w: Climb) -> bool:
    """Whether the clause a claim verb governs is the claimer's own act: no subject of its own,
    or a personal pronoun for it ("they", "it": the claimer; "claimed that Kyiv attacked" stays
    an allegation, and so does "It claimed they had planned ...": a claimer that is itself a
    pronoun is another pronoun's antecedent only when it is the same pronoun)."""
    if w.gov.lemma_.lower() not in SELF_CLAIM_VERBS or w.dep not in ("ccomp", "xcomp") or w.gov.pos_ not in _VERB:
        return False
    subjects = [c for c in w.cur.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects:
        return w.dep == "xcomp"
    claimers = [c for c in w.gov.children if c.dep_ == "nsubj"]
    if claimers and claimers[0].tag_ == "PRP" and claimers[0].lower_ != subjects[0].lower_:
        return False
    return subjects[0].dep_ == "nsubj" and subjects[0].tag_ == "PRP"


def failure(a: Assessment, w: Climb) -> Then | None:
    """'Libya failed to release the hostages': it did not happen."""
    if "fail" in w.kinds and not has_negation(w.gov, w.lexicon):  # "did not fail to": it happened
        a.negated = True
        if FAILED_NOTE not in a.notes:
            a.notes.append(FAILED_NOTE)
    return None


def statement_verb(a: Assessment, w: Climb) -> Then | None:
    """'agreed to send', 'threatened to cut', 'refused to accept', 'urged X to', 'demanded that':
    the governing verb's subject makes a statement about the action, which has not happened
    (``STATEMENT_STATUS``). A negated intent is a refusal ("vowed not to return")."""
    if not (w.direct and a.statement_kind is None
            or (w.direct and a.statement_token == w.trigger.i and w.kinds & STATEMENT_CUES)):
        return None
    kind = first_statement_kind(w.kinds)
    if kind is None:
        return None
    if has_negation(w.gov, w.lexicon):
        # "Japan did not agree to ease sanctions", "has not decided to": no statement is made,
        # and what it would have been about did not happen either
        if a.status in FACTUAL_STATUSES:
            a.status = STATEMENT_STATUS[kind]
            a.notes.append("under a negated statement verb")
        return None
    if kind == "intent" and a.negated:
        kind = "refuse"
    a.statement_kind, a.statement_token = kind, w.gov.i
    if a.status in FACTUAL_STATUSES:
        a.status = STATEMENT_STATUS[kind]
    if kind == "refuse":
        a.negated = True
    return None


def hoped_for(a: Assessment, w: Climb) -> Then | None:
    """'Iran hopes to sign a deal', 'seeks to end': an effort or a wish, not an event; so is what
    an adjective of possibility governs ("likely to attack", "it is possible that X invades")."""
    if w.kinds & {"hypothetical", "modal"} and a.status in FACTUAL_STATUSES:
        a.status = "hypothetical"
    return None


def expected(a: Assessment, w: Climb) -> Then | None:
    """'Kenya is expected to invade', 'is scheduled to meet': not yet happened."""
    if "future" in w.kinds and a.status in FACTUAL_STATUSES:
        a.status = "future"
    return None


def report_verb(a: Assessment, w: Climb) -> Then | None:
    """'Ukrainian officials said Russian missiles struck Kyiv': reported, attributed to the sayer
    (the nearest say-verb only); a view rather than news ("analysts believe ...") is hypothetical.
    Above a say-verb the trigger's clause is no longer direct: a statement made there is not about
    the trigger."""
    if "report" not in w.kinds and "opinion" not in w.kinds:
        return None
    if a.report_token is None:
        a.report_token = w.gov.i
        a.attributed_to = subject_span(w.gov)
        if a.statement_kind == "demand" and a.statement_token is None:
            a.statement_token = w.gov.i  # "Britain said Libya must ...": the sayer demands
    if a.status == "asserted":
        a.status = "reported"
    if a.status in FACTUAL_STATUSES and w.dep == "ccomp" and is_opinion(w.gov, w.lexicon):
        a.status = "hypothetical"
        a.notes.append(f"{OPINION_NOTE} ('{w.gov.text}')")
    w.direct = False
    return None


# -- 3. what the climb left half-done -----------------------------------------------------------------

def demand_without_speaker(a: Assessment) -> None:
    """'Libya must hand over the suspects' with no say-verb above: nobody is known to demand it."""
    if a.statement_kind == "demand" and a.statement_token is None:
        a.statement_kind = None


def report_without_sayer(a: Assessment) -> None:
    """A report whose sayer the parse does not give is the text's own assertion."""
    if a.status == "reported" and a.attributed_to is None:
        a.status = "asserted"


TriggerRule = Callable[[Assessment, Trigger], None]
ClimbRule = Callable[[Assessment, Climb], "Then | None"]
FinalRule = Callable[[Assessment], None]

#: The trigger's own clause, in order.
TRIGGER_RULES: tuple[TriggerRule, ...] = (
    negation,
    inside_condition,
    modal_auxiliary,
    future_auxiliary,
    would_auxiliary,
    demand_auxiliary,
    obligation_own,
    conditioned_by_if_clause,
    modal_modifier,
    hearsay_modifier,
    contradicted_claim,
    purpose_infinitive,
)

#: Each step up the parse, in order (see the module docstring for ``Then``).
CLIMB_RULES: tuple[ClimbRule, ...] = (
    according_to_phrase,
    top_of_clause_chain,
    gerund_under_preposition,
    modal_noun,
    modal_copula,
    necessity_copula,
    obligation_verb,
    open_question,
    attempted,
    adverbial_clause,
    statement_noun,
    noun_taken_by_verb,
    object_noun_statement,
    claim_noun,
    insisted_fact,
    told_to,
    conjoined_verb,
    modal_governor,
    prepositional_link,
    denial,
    claimed,
    allegation,
    failure,
    statement_verb,
    hoped_for,
    expected,
    report_verb,
)

#: After the climb, in order.
FINAL_RULES: tuple[FinalRule, ...] = (
    demand_without_speaker,
    report_without_sayer,
)


def assess(tok, lexicon: Lexicon) -> Assessment:
    """Status of the event whose trigger (or light verb) is ``tok``: the three tables, in order."""
    a = Assessment()
    own = Trigger(tok, lexicon)
    for rule in TRIGGER_RULES:
        rule(a, own)
    walk = Climb(trigger=tok, lexicon=lexicon, cur=tok)
    for _ in range(MAX_CLIMB):
        walk.start_step()
        then = None
        for rule in CLIMB_RULES:
            then = rule(a, walk)
            if then is not None:
                break
        if then is Then.STOP:
            break
        walk.cur = walk.gov
    for rule in FINAL_RULES:
        rule(a)
    return a
