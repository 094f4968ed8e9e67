"""What every gold format shares: reading JSON Lines with file:line errors, checking fields, ratios.

A gold file is read whole before anything is coded, so a bad record stops the run at once with
``[E802] file:line: bad gold record: reason`` instead of after minutes of parsing.
"""

from __future__ import annotations

import datetime as _dt
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import FlashpointError, msg

_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


class GoldFileError(FlashpointError):
    """A gold file is missing or has a bad record (the message says file:line)."""


def bad(path: str | Path, *, line: int, reason: str) -> GoldFileError:
    """The error for a bad record: ``[E802] file:line: bad gold record: reason``."""
    return GoldFileError(msg("E802", file=path, line=line, reason=reason))


def read_records(path: str | Path) -> list[tuple[int, dict[str, Any]]]:
    """(line number, object) of every non-blank line; a missing file or a line that is not a JSON
    object raises ``GoldFileError``."""
    path = Path(path)
    if not path.is_file():
        raise GoldFileError(msg("E801", path=path))
    records: list[tuple[int, dict[str, Any]]] = []
    with path.open(encoding="utf-8") as fh:
        for lineno, text in enumerate(fh, start=1):
            if not text.strip():
                continue
            try:
                record = json.loads(text)
            except json.JSONDecodeError as exc:
                raise bad(path, line=lineno, reason=f"not JSON ({exc.msg})") from None
            if not isinstance(record, dict):
                raise bad(path, line=lineno, reason="not a JSON object")
            records.append((lineno, record))
    return records


def valid_date(value: Any) -> bool:
    """True for a real calendar date written YYYY-MM-DD."""
    if not (isinstance(value, str) and _DATE.match(value)):
        return False
    try:
        _dt.date.fromisoformat(value)
    except ValueError:
        return False
    return True


def require_text(path: Path, *, line: int, record: dict[str, Any], key: str) -> str:
    """``record[key]`` when it is a non-empty string; else a ``GoldFileError`` naming the key."""
    value = record.get(key)
    if not isinstance(value, str) or not value.strip():
        raise bad(path, line=line, reason=f"{key!r} must be a non-empty string")
    return value


def unique_ids(path: Path, items: list[tuple[int, str]]) -> None:
    """Fail on the second line that reuses an id."""
    seen: dict[str, int] = {}
    for line, item_id in items:
        if item_id in seen:
            raise bad(path, line=line, reason=f"id {item_id!r} already used on line {seen[item_id]}")
        seen[item_id] = line


def ratio(numerator: int, denominator: int) -> float | None:
    """numerator / denominator, or None when there is nothing to divide by."""
    return numerator / denominator if denominator else None


@dataclass
class Counts:
    """Matched, predicted and gold counts: precision, recall and F1 follow."""

    matched: int = 0
    predicted: int = 0
    gold: int = 0

    def add(self, other: "Counts") -> None:
        self.matched += other.matched
        self.predicted += other.predicted
        self.gold += other.gold

    @property
    def precision(self) -> float | None:
        return ratio(self.matched, self.predicted)

    @property
    def recall(self) -> float | None:
        return ratio(self.matched, self.gold)

    @property
    def f1(self) -> float | None:
        """2·matched / (predicted + gold): the harmonic mean of P and R, and 0 (not undefined) when
        nothing was predicted though there was gold to find."""
        return ratio(2 * self.matched, self.predicted + self.gold)

    def to_dict(self) -> dict[str, Any]:
        return {"matched": self.matched, "predicted": self.predicted, "gold": self.gold,
                "precision": self.precision, "recall": self.recall, "f1": self.f1}

    def brief(self) -> str:
        """"P=0.800 R=0.500 F1=0.615 (4/5 predicted, 4/8 gold)"."""
        return (f"P={fmt(self.precision)} R={fmt(self.recall)} F1={fmt(self.f1)} "
                f"({self.matched}/{self.predicted} predicted, {self.matched}/{self.gold} gold)")


def f1(precision: float | None, recall: float | None) -> float | None:
    """Harmonic mean; None when either is undefined, 0 when both are 0."""
    if precision is None or recall is None:
        return None
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def fmt(value: float | None) -> str:
    """A figure with three decimals, or "n/a" when it is undefined."""
    return "n/a" if value is None else f"{value:.3f}"
