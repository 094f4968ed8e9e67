"""What a sentence mentions as the background of its news, not as news of its own.

Each test returns a plain bool; the candidate finder and the coder decide what to do with it.
"""

from __future__ import annotations

from .lexicon import Lexicon
from ..resources.words import word_list
from .assessment import Assessment
from .quantities import VAGUE as VAGUE_NUMBERS  # "several", "dozens": they count acts one by one

#: Prepositions that put a noun trigger in the background ("after two days of fighting").
BACKGROUND_PREPS = word_list("coding_background_preps")
#: Prepositions through which a noun trigger still belongs to its verb ("killed in an air strike").
NOUN_FRAME_PREPS = word_list("coding_noun_frame_preps")
#: Verbs of coming and going: "for" + a noun trigger names the purpose ("came for talks").
MOTION_VERBS = word_list("coding_motion_verbs")
#: Subordinators of a clause that sets the scene for another ("the trip came as X prepared to ...").
BACKGROUND_MARKS = word_list("coding_background_marks")
#: Nouns of a number or a bout of events that a light verb takes in their place ("held a new round
#: of talks", "launched a wave of air strikes").
PARTITIVE_NOUNS = word_list("coding_partitive_nouns")
#: Nouns of a span of time: "has fought X for a decade" describes a state of affairs.
DURATION_NOUNS = word_list("coding_duration_nouns")
#: Verbs that end an activity named by their gerund ("stopped shelling the town").
ENDING_VERBS = word_list("coding_ending_verbs")
#: Adjectives of an event told before ("in earlier US bombing", "previous attacks").
EARLIER_WORDS = word_list("coding_earlier_event_words")
#: Words that make "for the past decade" a span up to now.
RECENT_SPAN_WORDS = word_list("coding_recent_span_words")


def is_purpose_of_motion(n) -> bool:
    """'returned to Geneva for talks': "for" + a noun after a verb of motion names its purpose."""
    return n.dep_ == "pobj" and n.head.lower_ == "for" and n.head.head.lemma_.lower() in MOTION_VERBS


def partitive_head(n):
    """The bout or number noun that stands for noun ``n`` in its clause ("a new round of talks":
    round), or ``n`` itself."""
    if n.dep_ == "pobj" and n.head.lower_ == "of" and n.head.head.i != n.head.i and (
            n.head.head.lemma_.lower() in PARTITIVE_NOUNS):
        return n.head.head
    return n


def backgrounded(n) -> bool:
    """A noun trigger inside a phrase that sets the scene ("after two days of fighting"), or one
    an adjective dates before the news ("wounded in earlier US bombing", "previous attacks")."""
    if any(c.dep_ == "amod" and c.lower_ in EARLIER_WORDS for c in n.children):
        return True
    cur = n
    while cur.dep_ == "conj":
        cur = cur.head
    cur = partitive_head(cur)
    if is_purpose_of_motion(cur):
        return False
    return cur.dep_ == "pobj" and cur.head.lower_ in BACKGROUND_PREPS and cur.head.lower_ not in NOUN_FRAME_PREPS


def topic_subject(n, *, verb_hits: dict, lexicon: Lexicon) -> bool:
    """A noun trigger that is the subject of a verb saying what it led to ("the Russian attack
    pushed up prices", "Egyptian mediation failed to produce a truce"): the sentence is about its
    consequences, background to the news. Kept when its verb is an event verb of its own
    ("Israeli strikes killed five") or a light verb ("talks began")."""
    if n.dep_ != "nsubj" or n.head.i == n.i or n.head.pos_ not in ("VERB", "AUX"):
        return False
    v = n.head
    return v.i not in verb_hits and not lexicon.token_cues(v) & {"light", "report"}


def background_intent(a: Assessment, doc) -> bool:
    """An intent verb inside a scene-setting clause ("as X prepared to attend", "while seeking to
    mend ties") describes the circumstances of the news, not a statement of intent."""
    if a.statement_kind != "intent" or a.statement_token is None:
        return False
    gov = doc[a.statement_token]
    if gov.dep_ != "advcl" or gov.head.i == gov.i:
        return False
    marks = {m.lower_ for m in gov.children if m.dep_ == "mark"}
    return bool(marks & BACKGROUND_MARKS) or (not marks and gov.tag_ == "VBG")


def _is_year(tok) -> bool:
    return tok.shape_ == "dddd" and 1800 <= int(tok.text) <= 2100


def durative(verb) -> bool:
    """A perfect verb with a duration or a starting point ("has fought Boko Haram for over a
    decade", "have clashed since 2019") describes a long-running situation, background to the
    news rather than an event of its own. A passive toll is not ("have been killed since 2014")."""
    if verb.pos_ not in ("VERB", "AUX") or not any(
            c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children):
        return False
    if any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
        return False  # "15,000 people have been killed since 2014": a toll up to now, news
    for p in verb.children:
        if p.dep_ != "prep":
            continue
        if p.lower_ == "since" and any(_is_year(g) or g.lemma_.lower() in DURATION_NOUNS for g in p.subtree):
            return True  # "since 2015", "since last year" (not "since Monday": a recent spell)
        # "for the past decade", "has been fighting for years" (not a term: "jailed for two years")
        spans = [g for g in p.subtree if g.lemma_.lower() in DURATION_NOUNS]
        if p.lower_ == "for" and spans and (
                verb.tag_ == "VBG" or any(x.lower_ in RECENT_SPAN_WORDS for x in p.subtree)):
            return True
    return False


def counted_acts(noun) -> bool:
    """'has carried out several air strikes since last year', 'dozens of raids': acts counted one
    by one are events, not the state of affairs a duration makes of "has fought X since 2015"."""
    head = partitive_head(noun)
    return (head.i != noun.i and head.lower_ in VAGUE_NUMBERS) or any(
        c.dep_ in ("nummod", "amod", "quantmod") and (c.tag_ == "CD" or c.lower_ in VAGUE_NUMBERS)
        for c in noun.children)


#: Cue kinds of a verb that only wishes for, asks for or plans the noun it takes ("want a truce").
WISHING_CUES = frozenset({"intent", "request", "demand", "hypothetical", "threat", "future"})


def wanted(n, lexicon: Lexicon) -> bool:
    """A noun trigger that is the object of a verb of wishing, asking or planning ("want a
    ceasefire", "called for an investigation", "seek talks"): the act is only wished for."""
    verb = n.head.head if n.dep_ == "pobj" else n.head
    return verb.i != n.i and verb.pos_ in ("VERB", "AUX") and bool(lexicon.token_cues(verb) & WISHING_CUES)


def ended(verb) -> bool:
    """'The army stopped shelling the town', 'the rebels ceased attacking': an act named by the
    gerund of a verb that ends it is not reported as done; the news is its end (which the ending
    verb codes itself when the lexicon has it: "stopped the shelling" 087)."""
    return (verb.dep_ == "xcomp" and verb.tag_ == "VBG" and verb.head.i != verb.i
            and verb.head.lemma_.lower() in ENDING_VERBS)



def noun_read_as_verb(tok) -> bool:
    """'his role in the BBC hit Yes Minister': a finite verb right after the object of a
    preposition is a noun the parser read as a verb when it has no subject of its own, or when
    that preposition sits inside an appositive of its subject that no comma has closed ("Sir X,
    the actor known for his role in the BBC hit Y, died"): no event of its own. A subject's own
    phrase is no sign ("gunmen in the town attacked")."""
    if tok.pos_ != "VERB" or tok.tag_ not in ("VBD", "VBZ", "VBP") or tok.i == tok.sent.start or tok.dep_ == "conj":
        return False
    prev = tok.doc[tok.i - 1]
    if prev.dep_ != "pobj" or prev.head.i > prev.i or prev.pos_ not in ("NOUN", "PROPN") or prev.ent_type_ in (
            "DATE", "TIME"):
        return False  # "the Taliban on Thursday condemned": a time phrase before the verb
    if any(c.dep_ == "aux" for c in tok.children):
        return False  # "had in the last few hours stopped": a verb with its own auxiliary
    subjects = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl")]
    if not subjects:
        return True
    cur, seen_appos = prev, False
    for _ in range(12):
        if cur.i == subjects[0].i:
            return seen_appos
        if cur.head.i == cur.i:
            return False
        seen_appos = seen_appos or cur.dep_ == "appos"
        cur = cur.head
    return False
