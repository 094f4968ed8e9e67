"""The event coder: trigger lexicon, source/target extraction on the dependency parse,
modality, quantities, confidence and the explanation of each decision.

Interface used by the pipeline (keep it stable):

- ``load_lexicon(extra_files=()) -> Lexicon``
- ``code_doc(doc, mentions, *, lexicon) -> list[EventDraft]``

Where things are: ``triggers`` (lexicon entries matched to tokens, the candidates of a sentence),
``background`` (what only sets the scene), ``arguments`` (the parse primitives), ``sources``,
``targets``, ``modality`` (the clause rules), ``statements`` (what a governing verb says about an
action), ``status`` (the final status), ``drafts`` (the events and their dedupe), ``quantities``,
``confidence``, and ``coder`` (which wires them).
"""

from .drafts import EventDraft
from .coder import code_doc
from .lexicon import Lexicon, load_lexicon

__all__ = ["EventDraft", "code_doc", "Lexicon", "load_lexicon"]
