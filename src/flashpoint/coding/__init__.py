"""The event coder: trigger lexicon, source/target extraction on the dependency parse,
modality, quantities, confidence and the explanation of each decision.

Interface used by the pipeline (keep it stable):

- ``load_lexicon(extra_files=()) -> Lexicon``
- ``code_doc(doc, mentions, *, lexicon) -> list[EventDraft]``
"""

from .draft import EventDraft
from .coder import code_doc
from .lexicon import Lexicon, load_lexicon

__all__ = ["EventDraft", "code_doc", "Lexicon", "load_lexicon"]
