"""Whether, according to the text, an event happened: the ``modality.status`` of the design.

``assess(tok, lexicon)`` climbs the clauses that govern a trigger ("said", "threatened to",
"denied", "if", "will") and returns plain data: the status, negation, who the event is attributed
to, and the *statement* a governing verb makes about it ("agreed to send tanks" is an asserted
agreement about a future aid event).
"""

from __future__ import annotations

from .assessment import Assessment
from .lexicon import Lexicon

#: Clausal relations through which a governing word shapes an event below it.
_CLIMB = ("xcomp", "ccomp", "acomp", "conj", "pcomp", "advcl", "prep", "pobj", "dobj", "acl")
_SAY_SUBJECT = ("nsubj", "nsubjpass")
#: Verbs whose infinitive complement did happen ("began to withdraw", "continued to fire").
FACTIVE = frozenset({"begin", "start", "continue", "resume", "manage", "proceed", "go", "help", "force",
                     "compel", "oblige", "get", "dare", "keep", "fail", "refuse", "decline", "threaten",
                     "agree", "offer", "promise", "pledge", "vow", "plan", "intend", "decide", "prepare",
                     "seek", "try", "attempt", "want", "hope", "expect", "urge", "ask", "call", "order",
                     "demand", "warn", "deny", "claim", "say", "appeal", "swear", "aim"})
FACTUAL = ("asserted", "reported", "historical")
_STATEMENT_CUES = frozenset({"threat", "intent", "request", "demand", "refuse"})


def has_negation(tok, lexicon: Lexicon) -> bool:
    """'did not attack', 'never met', 'no talks were held', 'were not prepared to'."""
    children = list(tok.children)
    if tok.dep_ == "acomp":  # the copula carries the negation
        children += [c for c in tok.head.children if c.dep_ == "neg"]
    for c in children:
        if c.dep_ == "neg" or (c.dep_ in ("advmod", "neg", "det") and lexicon.is_cue(c.lower_, "negation")):
            return True
    return False


def _aux_kinds(tok, lexicon: Lexicon) -> set[str]:
    kinds: set[str] = set()
    for c in tok.children:
        if c.dep_ in ("aux", "auxpass"):
            kinds |= lexicon.cue_kinds(c.lower_) | lexicon.cue_kinds(c.lemma_.lower())
    return kinds


def _marks(tok) -> set[str]:
    return {c.lower_ for c in tok.children if c.dep_ == "mark"}


def _is_condition_clause(tok, lexicon: Lexicon) -> bool:
    return tok.dep_ == "advcl" and any(lexicon.is_cue(m, "condition") for m in _marks(tok))


def _has_condition_child(tok, lexicon: Lexicon) -> bool:
    return any(c.dep_ == "advcl" and _is_condition_clause(c, lexicon) for c in tok.children)


def _subject_span(tok) -> tuple[int, int] | None:
    for c in tok.children:
        if c.dep_ in _SAY_SUBJECT:
            sub = list(c.subtree)
            return sub[0].i, sub[-1].i + 1
    for c in tok.children:  # "according to X"
        if c.dep_ == "prep" and c.lower_ == "to":
            for g in c.children:
                if g.dep_ == "pobj":
                    sub = list(g.subtree)
                    return sub[0].i, sub[-1].i + 1
    if tok.dep_ == "conj" and tok.head is not tok:
        return _subject_span(tok.head)  # "officials denied X and said Y": the subject is shared
    return None


def _according_to(tok) -> tuple[int, int] | None:
    """Span of X in an "according to X" phrase attached to ``tok``."""
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ == "according":
            for to in c.children:
                for g in to.children:
                    if g.dep_ == "pobj":
                        sub = list(g.subtree)
                        return sub[0].i, sub[-1].i + 1
    return None


def _bare_infinitive(tok, lexicon: Lexicon) -> bool:
    """A to-infinitive whose governor does not entail it: a purpose ("sent troops to fight") or a
    plan ("a deadline to surrender"). Governors with their own meaning (cues) decide elsewhere."""
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
        return False
    gov = tok.head
    if gov is tok:
        return False
    if tok.dep_ in ("xcomp", "ccomp", "conj") and gov.pos_ in ("VERB", "AUX", "ADJ"):
        if gov.lemma_.lower() in FACTIVE or lexicon.token_cues(gov) - {"light"}:
            return False
        return tok.dep_ != "conj"
    return tok.dep_ in ("advcl", "acl", "relcl")


def _reporting_verb(tok, lexicon: Lexicon):
    """The say-verb whose reported clause contains ``tok`` ("a spokesman said the gunmen fired
    when ..."), or None; a clause beside the say-verb ("after X fired, Y said") is not reported."""
    cur = tok
    for _ in range(6):
        dep, gov = cur.dep_, cur.head
        if gov is cur or dep not in ("conj", "advcl", "xcomp", "ccomp"):
            return None
        if dep == "ccomp" and "report" in lexicon.token_cues(gov):
            return gov
        cur = gov
    return None


def _opinion(verb, lexicon: Lexicon) -> bool:
    """Whether a say-verb gives a view rather than news: a verb of belief ("Ukrainians believe
    Russia will attack") or a commentator speaking ("analysts say the move could ...")."""
    if "opinion" in lexicon.token_cues(verb) and not has_negation(verb, lexicon):
        return True
    return any(c.dep_ == "nsubj" and "pundit" in lexicon.token_cues(c) for c in verb.children)


def assess(tok, lexicon: Lexicon) -> Assessment:
    """Status of the event whose trigger (or light verb) is ``tok``."""
    a = Assessment()
    a.negated = has_negation(tok, lexicon)
    aux = _aux_kinds(tok, lexicon)
    if _is_condition_clause(tok, lexicon):
        a.status = "conditional"
        a.notes.append("inside an if/unless clause")
    elif "hypothetical_aux" in aux:
        a.status = "hypothetical"
        a.notes.append("modal verb")
    elif "future_aux" in aux:
        a.status = "future"
        a.statement_kind, a.statement_token = ("refuse" if a.negated else "intent"), tok.i
    elif "would_aux" in aux:
        a.status = "hypothetical"  # unless a say-verb makes it an intent (below)
        a.statement_kind, a.statement_token = ("refuse" if a.negated else "intent"), tok.i
        a.notes.append("would")
    elif "demand_aux" in aux:
        a.status = "hypothetical"
        a.statement_kind, a.statement_token = "demand", None
    if (_has_condition_child(tok, lexicon) and a.status in ("asserted", "future", "hypothetical")
            and not lexicon.token_cues(tok) & _STATEMENT_CUES):
        # "warned of a response if Kyiv attacked": the if-clause conditions what is threatened,
        # not the warning, which is itself an event that happened (see the design).
        a.status = "conditional"
    if a.status == "asserted" and _bare_infinitive(tok, lexicon):
        a.status = "hypothetical"
        a.notes.append("purpose or plan (to-infinitive)")
    cur = tok
    direct = True  # still in the clause chain right above the trigger (no say-verb crossed)
    for _ in range(8):
        according = _according_to(cur)
        if according is not None and a.report_token is None:
            a.report_token, a.attributed_to = cur.i, according
            if a.status == "asserted":
                a.status = "reported"
        dep, gov = cur.dep_, cur.head
        if gov is cur or dep not in _CLIMB:
            break
        if (dep in ("pcomp", "pobj") and gov.dep_ == "prep" and cur.tag_ == "VBG" and gov.head is not gov
                and gov.lower_ in ("of", "in", "about", "on", "for", "from", "by")):
            dep, gov = "pcomp", gov.head  # "accused X of attacking", "denied involvement in killing"
        if dep == "advcl" and not (cur.tag_ == "VBG" and not _marks(cur)):
            if _is_condition_clause(cur, lexicon) and a.status in FACTUAL + ("future",):
                a.status = "conditional"
            say = _reporting_verb(gov, lexicon)
            if say is not None and a.report_token is None:
                a.report_token, a.attributed_to = say.i, _subject_span(say)
                if a.status == "asserted":
                    a.status = "reported"
            break  # an adverbial clause has its own modality ("after X attacked")
        if dep in ("acl", "ccomp") and gov.pos_ in ("NOUN", "PROPN") and lexicon.token_cues(gov) & {
                "intent", "threat", "refuse", "request", "demand", "hypothetical", "future"}:
            # "its demand that Israel ease ...", "a plan to withdraw": the noun governs like its verb
            nk = lexicon.token_cues(gov)
            for kind in ("threat", "refuse", "request", "demand", "intent"):
                if kind in nk and a.statement_kind is None and direct:
                    a.statement_kind, a.statement_token = kind, gov.i
                    break
            if a.status in FACTUAL:
                a.status = "hypothetical" if nk & {"request", "demand", "hypothetical"} else "future"
            break
        if dep in ("acl", "ccomp") and gov.pos_ in ("NOUN", "PROPN") and gov.dep_ in ("dobj", "pobj"):
            # "demanded an admission that X ...": the verb that takes the noun decides
            vk = lexicon.token_cues(gov.head if gov.dep_ == "dobj" else gov.head.head)
            if vk & {"request", "demand"} and a.status in FACTUAL:
                a.status = "hypothetical"
                break
            if vk & {"intent", "threat"} and a.status in FACTUAL:
                a.status = "future"
                break
        if dep == "ccomp" and gov.pos_ in ("VERB", "AUX") and a.statement_kind is None and direct:
            # "reiterated its demand that Israel ease ...": the clause belongs to the object noun
            for o in gov.children:
                if o.dep_ == "dobj" and lexicon.token_cues(o) & {"request", "demand", "threat", "intent"}:
                    nk = lexicon.token_cues(o)
                    kind = next(k for k in ("threat", "request", "demand", "intent") if k in nk)
                    a.statement_kind, a.statement_token = kind, o.i
                    if a.status in FACTUAL:
                        a.status = "hypothetical" if kind in ("request", "demand") else "future"
                    break
            if a.statement_kind is not None:
                break
        if dep == "acl" and gov.pos_ in ("NOUN", "PROPN"):
            # "claims that X attacked": the noun's verb decides (rejected claims -> denied)
            if gov.lemma_ in ("claim", "report", "allegation", "accusation", "suggestion", "rumour", "rumor"):
                head = gov.head
                if lexicon.token_cues(head) & {"deny"} or head.lemma_ in ("reject", "dismiss"):
                    a.status = "denied"
                    a.notes.append(f"'{head.text}' claims")
                else:
                    a.suppressed = True
            break
        kinds = lexicon.token_cues(gov)
        if dep == "ccomp" and "demand" in kinds and (
                _aux_kinds(cur, lexicon) & {"future_aux", "would_aux"} or cur.tag_ == "VBD"):
            # "insisted that the rebels would not surrender": a statement of fact, not a demand
            kinds = (kinds - {"demand"}) | {"report"}
        if dep == "conj":
            # conjoined verbs share auxiliaries and negation ("will meet and sign")
            if not a.negated and has_negation(gov, lexicon) and not any(c.dep_ == "neg" for c in cur.children):
                a.negated = True
            gaux = _aux_kinds(gov, lexicon)
            if a.status == "asserted" and not any(c.dep_ in ("aux", "nsubj") for c in cur.children):
                if "future_aux" in gaux:
                    a.status = "future"
                    a.statement_kind, a.statement_token = "intent", tok.i
                elif "hypothetical_aux" in gaux:
                    a.status = "hypothetical"
            cur = gov
            continue
        if dep in ("prep", "pobj", "dobj") and not (dep == "pobj" and cur.tag_ == "VBG"):
            if dep == "pobj" and gov.dep_ == "prep" and gov.head.pos_ in ("VERB", "AUX", "ADJ"):
                cur = gov
                continue
            if dep == "prep":
                cur = gov
                continue
            break
        if "deny" in kinds and not has_negation(gov, lexicon):
            a.status = "denied"
            a.notes.append(f"denied by '{gov.text}'")
            break
        if "allege" in kinds:
            a.suppressed = True
            break
        if "fail" in kinds:
            a.negated = True
        if direct and a.statement_kind is None or (direct and a.statement_token == tok.i
                                                     and kinds & {"intent", "threat", "refuse", "request", "demand"}):
            for kind in ("threat", "refuse", "request", "demand", "intent"):
                if kind in kinds and not has_negation(gov, lexicon):
                    if kind == "intent" and a.negated:
                        kind = "refuse"
                    a.statement_kind, a.statement_token = kind, gov.i
                    if a.status in FACTUAL:
                        a.status = "hypothetical" if kind in ("request", "demand") else "future"
                    if kind == "refuse":
                        a.negated = True
                    break
        if "hypothetical" in kinds and a.status in FACTUAL:
            a.status = "hypothetical"
        if "future" in kinds and a.status in FACTUAL:
            a.status = "future"
        if "report" in kinds or "opinion" in kinds or gov.lemma_ == "accord":
            if a.report_token is None:
                a.report_token = gov.i
                a.attributed_to = _subject_span(gov)
                if a.statement_kind == "demand" and a.statement_token is None:
                    a.statement_token = gov.i
            if a.status == "asserted":
                a.status = "reported"
            if a.status in FACTUAL and dep == "ccomp" and _opinion(gov, lexicon):
                a.status = "hypothetical"
                a.notes.append(f"an opinion ('{gov.text}')")
            direct = False
        cur = gov
    if a.statement_kind == "demand" and a.statement_token is None:
        a.statement_kind = None
    if a.status == "reported" and a.attributed_to is None:
        a.status = "asserted"
    return a
