"""Gold formats and scorers behind ``flashpoint eval`` (rules: ``../shared/eval/README.md``).

Modules: ``common`` (reading JSON Lines with file:line errors, counts and ratios), ``matching``
(actors by country and sector, predicted events, one-to-one matching), ``running`` (coding the
texts in batches, optionally re-cased), one module per gold format — ``sentences`` (the PLOVER and
PETRARCH-2 sentence sets), ``india`` (IndiaPoliceEvents), ``cameo_news`` (CAMEO-coded news
sentences), ``written`` (the team's written sentences), ``articles`` (the hand-coded articles) —
and ``formats`` (telling a file's format from its records, scoring a file in it).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from .articles import CorpusMissing
from .common import GoldFileError
from .formats import FORMATS, GoldReport, detect_format, evaluate_path
from .matching import (IGO_FAMILY, UNKNOWN, GoldActor, GoldTriple, PredictedEvent, country_key,
                       predicted_from_event, read_igo_families)
from .running import CASES, apply_case, code_items
from .sentences import (MISSING, SPURIOUS, ErrorItem, GoldEvent, GoldSentence, Report, format_report,
                        load_gold, score)


def evaluate_file(path: str | Path, pipeline: Any, *, case: str | None = None,
                  corpus: str | Path | None = None, show_errors: bool = False) -> GoldReport:
    """Score ``pipeline`` on a gold file of any format (``show_errors`` is kept for old callers:
    the error lists are always kept, and printing them is the report's ``format_text`` choice)."""
    return evaluate_path(path, pipeline, case=case, corpus=corpus)


def summary_line(report: GoldReport) -> str:
    """One line with every figure of the report."""
    return report.summary_line()


__all__ = ["CASES", "FORMATS", "IGO_FAMILY", "MISSING", "SPURIOUS", "UNKNOWN", "CorpusMissing", "ErrorItem",
           "GoldActor", "GoldEvent", "GoldFileError", "GoldReport", "GoldSentence", "GoldTriple",
           "PredictedEvent", "Report", "apply_case", "code_items", "country_key", "detect_format",
           "evaluate_file", "evaluate_path", "format_report", "load_gold", "predicted_from_event",
           "read_igo_families", "score", "summary_line"]
