"""What the coder returns for one event before the pipeline enriches it (place, date, ids)."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..records import Actor, Modality, Quantity


@dataclass
class EventDraft:
    sentence_index: int  # index of the sentence in ``list(doc.sents)``
    trigger_start: int  # token index (inclusive) of the trigger in the doc
    trigger_end: int  # token index (exclusive)
    trigger_lemma: str
    cameo: str  # a code present in the ontology table, e.g. "130"
    source: Actor | None
    target: Actor | None
    modality: Modality = field(default_factory=Modality)
    quantities: list[Quantity] = field(default_factory=list)
    confidence: float = 0.5
    rule: str = ""  # lexicon entry id
    why: str = ""  # short human-readable explanation
