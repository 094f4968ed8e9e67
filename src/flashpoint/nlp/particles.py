"""Particles the small parser gives an object, put back as the prepositions they are.

"The union has called on Qantas to reopen talks": after some names the parser labels "on" a
particle of "called" (``prt``) and still hangs "Qantas" under it as its object (``pobj``). A
particle takes no object; a word with one heads a prepositional phrase, and every rule that reads
the addressee, the target or the place of a verb reads its ``prep`` children. The component
``flashpoint_particles`` relabels such a particle ``prep`` (lexicon rows that require a particle,
"call on", match a preposition child as well, so nothing that matched before is lost).

Only the dependency labels are read (one array), so no token is visited in the many Docs that
hold no particle.
"""

from __future__ import annotations

import numpy
from spacy.attrs import DEP, HEAD
from spacy.tokens import Doc

NAME = "flashpoint_particles"


def repair(doc: Doc, text: str) -> Doc:
    """Relabel ``prep`` each particle of ``doc`` that has an object of a preposition under it."""
    strings = doc.vocab.strings
    prt, pobj = strings.add("prt"), strings.add("pobj")
    arr = doc.to_array([DEP, HEAD])
    particles = numpy.flatnonzero(arr[:, 0] == prt)
    if not len(particles):
        return doc
    heads = numpy.arange(len(doc)) + arr[:, 1].astype(numpy.int64)  # HEAD is relative
    objects = set(heads[numpy.flatnonzero(arr[:, 0] == pobj)].tolist())
    for i in particles.tolist():
        if i in objects:
            doc[i].dep_ = "prep"
    return doc
