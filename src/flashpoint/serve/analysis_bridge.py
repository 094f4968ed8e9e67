"""Where the API meets ``flashpoint.analysis`` (clusters, series, alerts), built by another part.

The analysis is optional to the server: until it is installed the clusters come from the store's
table as they are, the timeline from the store's own counts, and /api/alerts answers 501 (E912).
Everything the API takes from the analysis goes through here, so one module changes when it does.
"""

from __future__ import annotations

import importlib
from typing import Any

from ..store.api_queries import ApiReader
from ..store.filters import EventFilter


def _module(name: str) -> Any | None:
    try:
        return importlib.import_module(f"flashpoint.analysis.{name}")
    except ImportError:
        return None


def available() -> bool:
    """Whether the analysis can raise alerts in this installation."""
    return _module("alerts") is not None


def alerts_for(reader: ApiReader, selection: EventFilter, *, since: str | None = None) -> list[dict[str, Any]]:
    """The alerts on the selection's actors (none without the analysis)."""
    return []
