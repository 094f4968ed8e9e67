"""Charges told as news: who laid them when the sentence names no prosecutor.

Court copy reports a charge from the accused's side: "a former finance officer has been charged
with fraud", "will face court on 32 charges", "are to appear in a Swiss court charged with
manslaughter". Read alone these name only the accused; the charge (CAMEO 173) is still laid by the
state, and the gold codes it as the courts (JUD) of the country it happens in. Two rules:

- ``facing_roles``: with a verb of facing a charge ("face court", "stand trial", "appear in court",
  ``coding_charge_facing_verbs``) the subject is the accused, the target; the source is a court or
  prosecutor the verb names ("appear in a Swiss court"), else nobody yet. "Will face court" tells a
  charge already laid, so such a verb's future is the charge's present; "could face" stays hypothetical.
- ``courts_of_context``: a legal act (or, in the passive, an act only courts do: "was sentenced to
  life", ``coding_court_act_lemmas``) with no doer named is done by the police or court its sentence
  names ("Police say a man has been charged"), else by the courts of the country of a place of its clause (not of a relative clause about the accused: "who trained in Australia"),
  else of the article's main country (``resolved_by`` "context", weak). Nothing when neither is known.
"""

from __future__ import annotations

from ..actors import ActorMention
from ..ontology.codes import JUDICIARY_SECTOR, LEGAL_SECTORS, is_state_country
from ..records import FACTUAL_STATUSES
from ..resources.words import word_list
from .arguments import Arg, is_passive, sources
from .context import SentenceContext
from .restated import article_main_country, context_body
from .triggers import Candidate

#: Verbs whose subject is charged ("faces charges", "stood trial", "appeared in court").
FACING_VERBS = word_list("coding_charge_facing_verbs")
#: Verbs of what only a court does ("was sentenced", "was jailed"): told with no doer, its country's courts did it.
COURT_ACT_LEMMAS = word_list("coding_court_act_lemmas")
#: Statuses of a facing verb that still tell a charge laid ("will face court", "is to appear").
_LAID_STATUSES = frozenset({"future"})


def facing(c: Candidate) -> bool:
    """Whether ``c`` is a legal act told from the accused's side: a verb of facing a charge ("will
    face court on charges"), or a charge as a participle set after its accused ("are to appear in
    court tomorrow charged with manslaughter")."""
    return c.entry.legal_source and c.entry.pos == "V" and (c.tok.lemma_.lower() in FACING_VERBS
                                                              or _charged_participle(c.tok))


def told_by_facing_verb(c: Candidate) -> bool:
    """'are to appear in court tomorrow charged with murder': the participle retells the charge its
    facing verb already tells (one charge, coded once, at the facing verb)."""
    verb = c.tok
    return (c.entry.legal_source and _charged_participle(verb) and verb.head.lemma_.lower() in FACING_VERBS
            and verb.head.pos_ == "VERB")


def _charged_participle(verb) -> bool:
    """'Eight people are to appear in court charged with murder': a bare past participle clause
    (no auxiliary, no subject of its own) said of the subject of the clause above it."""
    return (verb.tag_ == "VBN" and verb.dep_ == "advcl"
            and not any(x.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass", "mark", "agent") for x in verb.children))


def facing_roles(c: Candidate, ctx: SentenceContext) -> tuple[list[Arg], list[Arg]]:
    """(sources, targets) of a facing verb: a court or prosecutor named in one of its phrases
    ("appear in a Swiss court") acts on the subject (the accused)."""
    accused = [Arg(a.mention, "object", a.token) for a in sources(c.tok, ctx.mentions)]
    courts: list[Arg] = []
    for t in c.tok.subtree:
        if t.i == c.tok.i or t.dep_ not in ("dobj", "pobj"):
            continue
        m = ctx.mentions.at(t.i)
        if m is not None and m.actor.country and set(m.actor.sectors or ()) & LEGAL_SECTORS:
            courts.append(Arg(m, "object", t.i))
            break
    return courts, accused


def laid_status(c: Candidate) -> None:
    """'will face court on 32 charges': the facing is to come, the charge is laid (asserted)."""
    a = c.assessment
    scheduled = c.tok.dep_ == "xcomp" and c.tok.head.lemma_ == "be"  # "are to appear in court"
    if facing(c) and (a.status in _LAID_STATUSES or scheduled) and not a.negated:
        a.status, a.statement_kind = "asserted", None


def court_act(c: Candidate) -> bool:
    """'Roy Whiting was sentenced to life', 'he was jailed for ten years': a passive of what only a
    court does, with no doer named (an active one names its doer: "authorities sentenced")."""
    return (c.entry.pos == "V" and c.tok.lemma_.lower() in COURT_ACT_LEMMAS and is_passive(c.tok)
            and not any(x.dep_ == "agent" for x in c.tok.children))


def _clause_tokens(verb):
    """Tokens of ``verb``'s clause, without the relative clauses that describe its arguments."""
    skip: set[int] = set()
    for t in verb.subtree:
        if t.dep_ in ("relcl", "acl") and t.i != verb.i:
            skip.update(x.i for x in t.subtree)
    return [t for t in verb.subtree if t.i not in skip]


def courts_of_context(c: Candidate, ctx: SentenceContext) -> list[Arg]:
    """The courts (JUD) of the country where a legal act with no doer named happens: a place of
    its own clause, else the article's main country; [] when neither is known or the act is not
    told as done."""
    if not (c.entry.legal_source or court_act(c)) or c.assessment.status not in FACTUAL_STATUSES:
        return []
    passive = is_passive(c.tok) or (c.tok.dep_ == "conj" and c.tok.tag_ == "VBN" and is_passive(c.tok.head))
    if not (passive or facing(c)):  # "has been detained and charged": the conjunct shares the passive
        return []  # not "Serbia protested, charging its neighbour with ...": an active charge names its doer
    verb = c.tok
    named = [m for m in ctx.mentions.in_range(ctx.sent.start, ctx.sent.end)
             if m.actor.country and len(m.actor.sectors or ()) == 1 and set(m.actor.sectors) & LEGAL_SECTORS]
    if named:  # "Police say a man has been charged ...", "... to appear in a Melbourne court charged with"
        m = min(named, key=lambda m: abs(m.head - verb.i))
        return [Arg(m, "context", m.head)]
    # a nationality ("a French man") says nothing of where he is charged
    near = [ctx.places[t.i] for t in _clause_tokens(verb) if t.i in ctx.places and t.pos_ != "ADJ"]
    near += [m.actor.country for t in _clause_tokens(verb) if (m := ctx.mentions.at(t.i)) is not None
             and m.actor.country and m.actor.resolved_by == "country" and not m.actor.sectors]
    near = [x for x in near if is_state_country(x)]
    country, whence = (near[0], "place") if near else (article_main_country(ctx.mentions.mentions, ctx.places),
                                                        "main-country")
    if not country:
        return []
    courts = context_body(verb, country=country, sector=JUDICIARY_SECTOR, whence=whence)
    return [Arg(ActorMention(verb.i, verb.i + 1, verb.i, courts), "context", verb.i)]
