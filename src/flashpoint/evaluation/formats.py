"""Which gold format a file is in (told from its records), and scoring a file in its format.

Formats, in the order they are tried on a record: ``india_police`` (``doc`` and ``labels``),
``cameo_news`` (``penta``), ``written`` (``class`` and ``events``), ``articles`` (``line`` and
``events``, no ``text``), ``sentences`` (``text`` and ``events``). Every record of a file must be
of the format of its first record.
"""

from __future__ import annotations

from pathlib import Path
from types import ModuleType
from typing import Any, Protocol

from ..errors import msg
from . import articles, cameo_news, india, sentences, written
from .common import GoldFileError, read_records

#: Format name -> its module (``looks_like``, ``load_gold``, ``score``, ``evaluate``), in detection order.
FORMATS: dict[str, ModuleType] = {module.FORMAT: module
                                  for module in (india, cameo_news, written, articles, sentences)}


class GoldReport(Protocol):
    """What every format's report offers the CLI, the bench and the gate."""

    name: str
    format: str
    case: str | None

    def figures(self) -> dict[str, float | None]: ...
    def summary_line(self) -> str: ...
    def format_text(self, *, show_errors: bool) -> str: ...
    def to_dict(self) -> dict[str, Any]: ...


def record_format(record: dict[str, Any]) -> str | None:
    """The first format whose records look like this one, or None."""
    return next((name for name, module in FORMATS.items() if module.looks_like(record)), None)


def detect_format(path: str | Path) -> str:
    """The format of a gold file, checked on every record (E812 for a record of no known format,
    E813 for a record of another format than the first)."""
    path = Path(path)
    expected: str | None = None
    for line, record in read_records(path):
        found = record_format(record)
        if found is None:
            raise GoldFileError(msg("E812", file=path, line=line, keys=", ".join(sorted(record)) or "none",
                                    available=", ".join(FORMATS)))
        if expected is None:
            expected = found
        elif found != expected:
            raise GoldFileError(msg("E813", file=path, line=line, found=found, expected=expected))
    if expected is None:
        raise GoldFileError(msg("E804", detail=f"{path} has no records"))
    return expected


def evaluate_path(path: str | Path, pipeline: Any, *, case: str | None = None,
                  corpus: str | Path | None = None) -> GoldReport:
    """Score the pipeline on one gold file of any known format.

    ``case`` ("lower"/"upper") codes the texts re-cased; ``corpus`` is where the article gold's
    corpus is (``articles.CorpusMissing`` when it is absent).
    """
    name = detect_format(path)
    if name == articles.FORMAT:
        return articles.evaluate(path, pipeline, case=case, corpus=corpus)
    return FORMATS[name].evaluate(path, pipeline, case=case)
