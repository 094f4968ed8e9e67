"""What the clause structure around a word says: negation, auxiliaries, subordinators, the
sayer of a report. Plain questions about the parse; the rules (``rules``) decide what they mean.
"""

from __future__ import annotations

from ...resources.words import word_list
from ..lexicon import Lexicon

#: Relations of a subject (the sayer of a say-verb).
SUBJECT_DEPS = ("nsubj", "nsubjpass")
#: Verbs whose infinitive complement did happen ("began to withdraw", "continued to fire").
FACTIVE = word_list("coding_factive_verbs")
#: Verbs whose past tense entails the infinitive they govern ("had to fire").
PAST_OBLIGATION = word_list("coding_past_obligation_verbs")
#: Adjectives of ability whose past (or perfect) copula entails the infinitive they govern
#: ("police were able to arrest five": they arrested five; "is able to" does not).
PAST_ABILITY = word_list("coding_past_ability_adjectives")
#: Verbs whose negation entails the infinitive they govern ("did not hesitate to attack").
NEGATED_IMPLICATIVE = word_list("coding_negated_implicative_verbs")
#: Nouns of a phrase with "no" that negates its verb ("in no way", "under no circumstances").
NEGATING_PHRASE_NOUNS = word_list("coding_negating_phrase_nouns")


def has_negation(tok, lexicon: Lexicon) -> bool:
    """'did not attack', 'never met', 'no talks were held', 'were not prepared to'."""
    children = list(tok.children)
    if tok.dep_ == "acomp":  # the copula carries the negation
        children += [c for c in tok.head.children if c.dep_ == "neg"]
    for c in children:
        if c.dep_ == "neg" or (c.dep_ in ("advmod", "neg", "det") and lexicon.is_cue(c.lower_, "negation")):
            return True
        if c.dep_ == "prep" and any(negating_phrase(g, lexicon) for g in c.children if g.dep_ == "pobj"):
            return True  # "will in no way expel", "under no circumstances will X", "at no time did"
    return False


def negating_phrase(noun, lexicon: Lexicon) -> bool:
    """'no way', 'no circumstances': a noun of ``NEGATING_PHRASE_NOUNS`` under a negating determiner."""
    return noun.lower_ in NEGATING_PHRASE_NOUNS and any(
        d.dep_ == "det" and lexicon.is_cue(d.lower_, "negation") for d in noun.children)


def aux_kinds(tok, lexicon: Lexicon) -> set[str]:
    """The cue kinds of the auxiliaries of ``tok`` ("will" -> future_aux, "could" -> hypothetical_aux)."""
    kinds: set[str] = set()
    for c in tok.children:
        if c.dep_ in ("aux", "auxpass"):
            kinds |= lexicon.cue_kinds(c.lower_) | lexicon.cue_kinds(c.lemma_.lower())
    return kinds


def marks(tok) -> set[str]:
    """The subordinators of the clause of ``tok`` ("if", "as", "that")."""
    return {c.lower_ for c in tok.children if c.dep_ == "mark"}


def is_condition_clause(tok, lexicon: Lexicon) -> bool:
    """Whether ``tok`` heads an if/unless clause."""
    return tok.dep_ == "advcl" and any(lexicon.is_cue(m, "condition") for m in marks(tok))


def has_condition_child(tok, lexicon: Lexicon) -> bool:
    """Whether an if/unless clause hangs from ``tok``."""
    return any(c.dep_ == "advcl" and is_condition_clause(c, lexicon) for c in tok.children)


def subject_span(tok) -> tuple[int, int] | None:
    """Token span of the sayer of say-verb ``tok``: its subject, or X of "according to X"."""
    for c in tok.children:
        if c.dep_ in SUBJECT_DEPS:
            sub = list(c.subtree)
            return sub[0].i, sub[-1].i + 1
    for c in tok.children:  # "according to X"
        if c.dep_ == "prep" and c.lower_ == "to":
            for g in c.children:
                if g.dep_ == "pobj":
                    sub = list(g.subtree)
                    return sub[0].i, sub[-1].i + 1
    if tok.dep_ == "conj" and tok.head.i != tok.i:
        return subject_span(tok.head)  # "officials denied X and said Y": the subject is shared
    return None


def according_to(tok) -> tuple[int, int] | None:
    """Span of X in an "according to X" phrase attached to ``tok``."""
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ == "according":
            for to in c.children:
                for g in to.children:
                    if g.dep_ == "pobj":
                        sub = list(g.subtree)
                        return sub[0].i, sub[-1].i + 1
    return None


def _past_copula(adj) -> bool:
    """Whether a predicate adjective's copula is past ("were able") or perfect ("have been able"),
    and not negated ("were not able to": nothing is entailed)."""
    cop = adj.head
    if adj.dep_ != "acomp" or cop.i == adj.i or any(c.dep_ == "neg" for c in list(cop.children) + list(adj.children)):
        return False
    return cop.tag_ == "VBD" or (cop.tag_ == "VBN" and any(
        c.dep_ == "aux" and c.lemma_ == "have" for c in cop.children))


def bare_infinitive(tok, lexicon: Lexicon) -> bool:
    """A to-infinitive whose governor does not entail it: a purpose ("sent troops to fight") or a
    plan ("a deadline to surrender"). Governors with their own meaning (cues) decide elsewhere."""
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
        return False
    gov = tok.head
    if gov.i == tok.i:
        return False
    if tok.dep_ in ("xcomp", "ccomp", "conj") and gov.pos_ in ("VERB", "AUX", "ADJ"):
        if gov.lemma_.lower() in FACTIVE or lexicon.token_cues(gov) - {"light"}:
            return False
        if gov.lemma_.lower() in NEGATED_IMPLICATIVE and has_negation(gov, lexicon):
            return False  # "the army did not hesitate to attack": it attacked
        if gov.tag_ == "VBD" and gov.lemma_.lower() in PAST_OBLIGATION:
            return False  # "police had to fire": they did
        if gov.pos_ == "ADJ" and gov.lemma_.lower() in PAST_ABILITY and _past_copula(gov):
            return False  # "police were able to arrest five", "have been able to arrest": they did
        return tok.dep_ != "conj"
    return tok.dep_ in ("advcl", "acl", "relcl")


def reporting_verb(tok, lexicon: Lexicon):
    """The say-verb whose reported clause contains ``tok`` ("a spokesman said the gunmen fired
    when ..."), or None; a clause beside the say-verb ("after X fired, Y said") is not reported."""
    cur = tok
    for _ in range(6):
        dep, gov = cur.dep_, cur.head
        if gov.i == cur.i or dep not in ("conj", "advcl", "xcomp", "ccomp"):
            return None
        if dep == "ccomp" and "report" in lexicon.token_cues(gov):
            return gov
        cur = gov
    return None


def is_opinion(verb, lexicon: Lexicon) -> bool:
    """Whether a say-verb gives a view rather than news: a verb of belief ("Ukrainians believe
    Russia will attack") or a commentator speaking ("analysts say the move could ...")."""
    if "opinion" in lexicon.token_cues(verb) and not has_negation(verb, lexicon):
        return True
    return any(c.dep_ == "nsubj" and "pundit" in lexicon.token_cues(c) for c in verb.children)
