"""Perfect participles the small parser hangs on their object as adjectives, put back as verbs.

"80 strike aircraft have flown sorties over Afghanistan": the parser (after a long parenthesis
most often) makes "flown" a modifier of "sorties" and keeps "have" as its auxiliary, so the verb
has no object and the object hangs from the verb of saying. An auxiliary "have" can only make a
perfect, so a participle (or a word the tagger read as an adjective) with such an auxiliary that
modifies a noun after it is the verb of that noun: the component ``flashpoint_perfect`` makes the
noun its direct object, gives the participle the noun's place in the tree and the tag VBN (the
attribute ruler and the lemmatizer, which run after it, then read it as a verb: "flown" -> "fly").

The auxiliaries are found by a regular expression over the text, so no token is visited in the
many Docs that hold no "have" before a word.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from ..resources.words import word_list

NAME = "flashpoint_perfect"
#: Forms of "have" that make a perfect ("have", "has", "had", "'ve").
PERFECT_AUXILIARIES = word_list("nlp_perfect_auxiliaries")
_ALTERNATIVES = "|".join(sorted(map(re.escape, PERFECT_AUXILIARIES), key=lambda w: (-len(w), w)))
_IN_TEXT = re.compile(rf"(?i)(?<![\w'])(?:{_ALTERNATIVES})(?!\w)")
#: Tags of a participle the parser took for a modifier ("flown" VBN or JJ).
_PARTICIPLE_TAGS = ("VBN", "JJ")
#: Dependencies of a noun its participle may take over ("says (that) they have flown sorties").
_CLAUSE_DEPS = {"ROOT": "ROOT", "dobj": "ccomp", "attr": "ccomp", "oprd": "ccomp", "dep": "ccomp",
                "ccomp": "ccomp", "conj": "conj", "advcl": "advcl", "relcl": "relcl", "xcomp": "xcomp"}


def misread_participle(aux):
    """The participle that ``aux`` ("have") is the auxiliary of when the parser made it an
    adjective of a noun after it ("have flown sorties": "flown" amod of "sorties"); else None."""
    part = aux.head
    if aux.dep_ != "aux" or part.i <= aux.i or part.tag_ not in _PARTICIPLE_TAGS or part.dep_ not in ("amod", "compound"):
        return None
    noun = part.head
    if noun.i <= part.i or not noun.tag_.startswith("NN") or noun.dep_ not in _CLAUSE_DEPS:
        return None  # (tags only: the attribute ruler, which sets the parts of speech, runs after)
    if any(t.tag_.startswith("VB") or t.tag_ == "MD" for t in aux.doc[part.i + 1:noun.i]):
        return None  # another verb between them: not one noun phrase
    return part


def repair(doc: Doc, text: str) -> Doc:
    """Put each misread perfect participle of ``doc`` back as the verb of its noun (see the module)."""
    for m in _IN_TEXT.finditer(text):
        span = doc.char_span(m.start(), m.end())
        if span is None or len(span) != 1:
            continue
        part = misread_participle(span[0])
        if part is None:
            continue
        noun = part.head
        dep = "ROOT" if noun.dep_ == "ROOT" else _CLAUSE_DEPS[noun.dep_]
        head = part if noun.dep_ == "ROOT" else noun.head
        part.head = head  # first out from under the noun, then the noun under it (never a cycle)
        part.dep_ = dep
        noun.head = part
        noun.dep_ = "dobj"
        part.tag_ = "VBN"
    return doc

