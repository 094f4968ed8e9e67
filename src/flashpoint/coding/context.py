"""What every rule of the coder may need about the sentence it is coding."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .arguments import MentionIndex
from .lexicon import Lexicon


@dataclass(frozen=True)
class SentenceContext:
    """One sentence being coded, with the resources and neighbours its rules look at."""

    sent: Any  # the spaCy Span of the sentence
    sentence_index: int  # its position in ``list(doc.sents)``
    previous: Any  # the sentence before it (a pronoun may point there), or None
    mentions: MentionIndex
    lexicon: Lexicon
    places: dict[int, str] = field(default_factory=dict)  # token index -> country of a place named there

    @property
    def doc(self):
        return self.sent.doc
