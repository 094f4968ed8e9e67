"""Readers for every input format, cleaning of boilerplate, and rejection of bad input.

- ``read_inputs(paths, *, options) -> Iterator[Document | Rejection]``
- ``clean_text(text) -> str``

Modules: ``readers`` (files, directories, stdin; rejections), ``tabular`` (JSONL and CSV records),
``html`` (main text and metadata of a page), ``feeds`` (RSS/Atom entries), ``warc`` (pages of web
archives), ``gzip_jsonl`` (compressed JSON Lines), ``clean`` (whitespace and boilerplate), ``pubdate``
(publication dates to ISO).
"""

from .clean import clean_text
from .readers import REASONS, IngestOptions, read_inputs

__all__ = ["clean_text", "IngestOptions", "read_inputs", "REASONS"]
