"""A second gerund of exchange the small parser reads as a noun, put back as the verb it is.

"with both sides massing troops along their border and trading tit-for-tat sanctions": the parser
makes "trading" a noun, a conjunct of "border", and hangs "sanctions" under "along" as the place
of the massing; the exchange is lost. A gerund of a verb of exchange (``nlp_exchange_gerunds``:
"trading", "exchanging", "swapping") read as a noun conjunct, under a gerund verb it parallels
("massing ... and trading"), is that verb's conjunct: the component ``flashpoint_gerunds`` makes
it a VBG conjunct of the verb, the noun phrase right after it its direct object, and gives the
conjunct it was hung on ("border") the place its object had ("along their border"). The attribute
ruler and the lemmatizer, which run after it, then read it as the verb "trade".

The same gerund the parser hangs as a modifier on its object, with "be" as its auxiliary ("A and
B are trading sanctions": "trading" a compound of "sanctions"), is the progressive verb of that
object.

The gerunds are found by a regular expression over the text, so no token is visited in the many
Docs that hold none.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from ..resources.words import word_list

NAME = "flashpoint_gerunds"
#: Gerunds of verbs of exchange that the parser may read as nouns ("trading", "swapping").
EXCHANGE_GERUNDS = word_list("nlp_exchange_gerunds")
#: Forms of "be" that make a progressive ("are trading").
BE_FORMS = word_list("nlp_progressive_auxiliaries")
_ALTERNATIVES = "|".join(sorted(map(re.escape, EXCHANGE_GERUNDS), key=lambda w: (-len(w), w)))
_IN_TEXT = re.compile(rf"(?i)(?<![\w-])(?:{_ALTERNATIVES})(?![\w-])")


def _parallel_verb(noun):
    """The nearest gerund verb above ``noun`` ("massing" above "border"), or None."""
    for a in noun.ancestors:
        if a.tag_ == "VBG":
            return a
    return None


def _object_after(g):
    """The head of the noun phrase right after ``g``: from the next word up its heads while they
    stay right of ``g`` ("tit" -> "sanctions"); None when that is no noun."""
    doc = g.doc
    if g.i + 1 >= len(doc):
        return None
    t = doc[g.i + 1]
    while t.head.i > g.i and t.head.i != t.i:
        t = t.head
    return t if t.tag_.startswith("NN") and t.i > g.i else None


def misread_gerund(g):
    """(verb, object) when ``g`` is a gerund of exchange read as a noun conjunct under a gerund
    verb it parallels (see the module); else None."""
    if not g.tag_.startswith("NN") or g.dep_ != "conj" or not g.head.tag_.startswith("NN"):
        return None
    verb = _parallel_verb(g.head)
    obj = _object_after(g)
    if verb is None or obj is None or obj.dep_ == "ROOT" or obj.is_ancestor(verb):
        return None
    return verb, obj


#: Dependencies of a noun its progressive gerund may take over ("they are trading sanctions").
_CLAUSE_DEPS = {"ROOT": "ROOT", "dobj": "ccomp", "ccomp": "ccomp", "conj": "conj", "advcl": "advcl",
                "relcl": "relcl", "xcomp": "xcomp"}


def progressive_gerund(g):
    """The noun a gerund of exchange with an auxiliary "be" was hung on as a modifier ("A and B
    are trading sanctions": "trading" a compound of "sanctions", "are" its auxiliary), or None."""
    if not g.tag_.startswith("NN") or g.dep_ not in ("compound", "amod", "nmod"):
        return None
    noun = g.head
    if noun.i <= g.i or not noun.tag_.startswith("NN") or noun.dep_ not in _CLAUSE_DEPS:
        return None
    # (forms, not lemmas: the lemmatizer runs after this component)
    return noun if any(c.dep_ == "aux" and c.text.lower() in BE_FORMS and c.i < g.i for c in g.children) else None


def _progressive(g, noun) -> None:
    """'are trading sanctions': the gerund takes the noun's place, the noun becomes its object and
    the subject the parser hung on the auxiliary is the gerund's."""
    dep = _CLAUSE_DEPS[noun.dep_]
    g.head = g if dep == "ROOT" else noun.head  # first out from under the noun: never a cycle
    g.dep_, g.tag_ = dep, "VBG"
    noun.head, noun.dep_ = g, "dobj"
    for aux in [c for c in g.children if c.dep_ == "aux"]:
        for x in [c for c in aux.children if c.dep_ in ("nsubj", "nsubjpass", "punct", "cc")]:
            x.head = g
    for x in [c for c in noun.children if c.dep_ == "punct" and c.i > noun.i]:
        x.head = g


def repair(doc: Doc, text: str) -> Doc:
    """Put each misread gerund of exchange of ``doc`` back as a verb (see the module)."""
    for m in _IN_TEXT.finditer(text):
        span = doc.char_span(m.start(), m.end())
        if span is None or len(span) != 1:
            continue
        g = span[0]
        noun = progressive_gerund(g)
        if noun is not None:
            _progressive(g, noun)
            continue
        found = misread_gerund(g)
        if found is None:
            continue
        verb, obj = found
        left, cc = g.head, [c for c in g.head.children if c.dep_ == "cc" and c.i < g.i]
        old_head, old_dep = obj.head, obj.dep_
        g.head, g.dep_, g.tag_ = verb, "conj", "VBG"  # out from under the noun first: never a cycle
        for c in cc:
            c.head = verb
        if obj.is_ancestor(left):  # "along their border": the conjunct takes the object's place
            left.head, left.dep_ = old_head, old_dep
        obj.head, obj.dep_ = g, "dobj"
    return doc

