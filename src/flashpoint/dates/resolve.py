"""STUB (to be replaced by the dates work)."""
from __future__ import annotations
from dataclasses import dataclass


@dataclass
class DateResolution:
    date: str | None
    precision: str | None
    source: str | None
    historical: bool = False


def resolve_event_date(doc, trigger_i, *, published=None, status="asserted") -> DateResolution:
    if published is None:
        return DateResolution(None, None, None)
    return DateResolution(published.isoformat(), "day", "publication")
