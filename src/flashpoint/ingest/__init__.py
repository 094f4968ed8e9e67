"""Readers for every input format, cleaning of boilerplate, and rejection of bad input.

- ``read_inputs(paths, *, options) -> Iterator[Document | Rejection]``
- ``clean_text(text) -> str``
"""

from .clean import clean_text
from .readers import IngestOptions, read_inputs

__all__ = ["clean_text", "IngestOptions", "read_inputs"]
