"""Validating loader for the human-edited data files (CSV/YAML) under ``flashpoint/data``.

Data files are code: a bad row stops the load with ``file:line`` and the reason.
"""

from __future__ import annotations

import csv
import hashlib
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Callable, Iterable, Iterator

from ..errors import DataFileError, msg

DATA_PACKAGE = "flashpoint.data"


@dataclass(frozen=True)
class Row:
    """One data row with where it came from, so later checks can still report file:line."""

    file: str
    line: int
    values: dict[str, str]

    def __getitem__(self, key: str) -> str:
        return self.values[key]

    def get(self, key: str, default: str = "") -> str:
        v = self.values.get(key)
        return default if v is None or v == "" else v

    def fail(self, reason: str) -> DataFileError:
        return DataFileError(self.file, self.line, reason)


def data_path(name: str) -> Path:
    """Path of a shipped data file (``name`` like "countries.csv")."""
    return Path(str(resources.files(DATA_PACKAGE).joinpath(name)))


def read_csv(path: str | Path, *, required: Iterable[str],
             check: Callable[[Row], None] | None = None) -> Iterator[Row]:
    """Yield the rows of a CSV file with a header, skipping blank lines and ``#`` comments.

    ``required`` columns must be in the header and non-empty on each row; ``check`` may raise
    ``row.fail(reason)`` for anything else.
    """
    path = Path(path)
    if not path.exists():
        raise DataFileError(str(path), None, msg("E603", path=path))
    required = list(required)
    with path.open(encoding="utf-8", newline="") as fh:
        lines = ((i, line) for i, line in enumerate(fh, start=1)
                 if line.strip() and not line.lstrip().startswith("#"))
        numbered = list(lines)
    if not numbered:
        raise DataFileError(str(path), None, "file is empty (no header)")
    header_line, header = numbered[0]
    columns = next(csv.reader([header]))
    columns = [c.strip() for c in columns]
    missing = [c for c in required if c not in columns]
    if missing:
        raise DataFileError(str(path), header_line,
                            f"missing column(s) {', '.join(missing)}; the header must have {', '.join(required)}")
    for lineno, text in numbered[1:]:
        try:
            cells = next(csv.reader([text]))
        except csv.Error as exc:
            raise DataFileError(str(path), lineno, f"cannot parse CSV: {exc}") from None
        if len(cells) > len(columns):
            raise DataFileError(str(path), lineno,
                                f"{len(cells)} cells but the header has {len(columns)} columns")
        values = {c: (cells[i].strip() if i < len(cells) else "") for i, c in enumerate(columns)}
        row = Row(str(path), lineno, values)
        for c in required:
            if not values.get(c):
                raise row.fail(f"column {c!r} is empty")
        if check is not None:
            check(row)
        yield row


def files_hash(paths: Iterable[str | Path]) -> str:
    """A short hash of the bytes of the given files (the record's ``coder.data_hash``)."""
    h = hashlib.sha1()
    for p in sorted(str(p) for p in paths):
        h.update(Path(p).read_bytes())
    return h.hexdigest()[:12]


def shipped_data_hash() -> str:
    """Hash of every shipped data file (CSV/YAML), cached per process."""
    global _SHIPPED_HASH
    if _SHIPPED_HASH is None:
        root = Path(str(resources.files(DATA_PACKAGE)))
        files = [p for p in root.iterdir() if p.suffix in (".csv", ".yaml", ".yml")]
        _SHIPPED_HASH = files_hash(files)
    return _SHIPPED_HASH


_SHIPPED_HASH: str | None = None
