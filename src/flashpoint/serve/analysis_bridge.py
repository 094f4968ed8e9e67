"""Where the API meets ``flashpoint.analysis`` (clusters, series, alerts), built by another part.

Everything the server takes from the analysis goes through here, so one module changes when it does:

- series of a dyad or a country: ``analysis.series.build_series`` (happenings by default, as
  ``flashpoint series`` counts them, split by QuadClass), reshaped into the timeline's rows;
- alerts: ``analysis.alerts.find_alerts`` on the dyad or country of the request;
- exports: the writers of ``flashpoint export`` (``analysis.exports.WRITERS``);
- after a POSTed document is stored: ``analysis.clusters.cluster_new_events``, the ingest hook.

Without the analysis (or for a selection that is neither a dyad nor a country, or a period it does
not count by), the timeline comes from the store's own counts of events (``ApiReader.timeline``),
there are no alerts (/api/alerts answers 501, E912) and stored documents stay unclustered.
"""

from __future__ import annotations

import importlib
import logging
from typing import Any

from ..store.api_queries import ApiReader
from ..store.filters import EventFilter

log = logging.getLogger("flashpoint.serve")


def _module(name: str) -> Any | None:
    try:
        return importlib.import_module(f"flashpoint.analysis.{name}")
    except ImportError:
        return None


def available() -> bool:
    """Whether the analysis can raise alerts in this installation."""
    return _module("alerts") is not None


def _who(selection: EventFilter) -> bool:
    return selection.dyad is not None or selection.actor is not None


def series_for(reader: ApiReader, selection: EventFilter, *, period: str, unit: str | None) -> dict[str, Any]:
    """The timeline: the analysis's series for a dyad or a country, else the store's event counts.
    Returns period, unit and rows (period, events, q1..q4, goldstein_mean, documents, per_100_documents)."""
    module = _module("series")
    wanted = unit or "clusters"
    if module is not None and _who(selection) and period in getattr(module, "PERIODS", ()):
        series = module.build_series(reader, module.SeriesQuery(filter=selection, period=period,
                                                                split="quad_class", unit=wanted))
        return {"period": period, "unit": wanted, "rows": _reshape(series.rows)}
    rows = reader.timeline(selection, period=period)
    for row in rows:
        row.setdefault("per_100_documents", None)
    return {"period": period, "unit": "events", "rows": rows}


def _reshape(rows: list[Any]) -> list[dict[str, Any]]:
    """Rows split by QuadClass (one per period and class) as one row per period."""
    out: dict[str, dict[str, Any]] = {}
    sums: dict[str, float] = {}
    for r in rows:
        row = out.setdefault(r.period, {"period": r.period, "events": 0, "q1": 0, "q2": 0, "q3": 0, "q4": 0,
                                        "goldstein_mean": None, "documents": r.documents,
                                        "per_100_documents": None})
        if r.group in ("1", "2", "3", "4"):
            row[f"q{r.group}"] += r.count
        row["events"] += r.count
        sums[r.period] = sums.get(r.period, 0.0) + (r.goldstein_sum or 0.0)
    for period, row in out.items():
        if row["events"]:
            row["goldstein_mean"] = round(sums[period] / row["events"], 3)
        if row["documents"]:
            row["per_100_documents"] = round(100 * row["events"] / row["documents"], 3)
    return list(out.values())


def alerts_for(reader: ApiReader, selection: EventFilter, *, since: str | None = None,
               until: str | None = None) -> list[dict[str, Any]]:
    """The alerts of the selection's dyad or country (all of them without one) whose episode
    reaches a day in [since, until]; none without the analysis."""
    module = _module("alerts")
    if module is None:
        return []
    country = selection.actor if selection.dyad is None else None
    found = module.find_alerts(reader, since=since or selection.date_from, until=until or selection.date_to,
                               dyad=selection.dyad, country=country)
    return [alert.to_dict() for alert in found]


def export_writers() -> dict[str, Any] | None:
    """``flashpoint export``'s writers by format (``write(store, filter, stream)``), or None."""
    module = _module("exports")
    return None if module is None else dict(module.WRITERS)


def after_store(store: Any, *, run_id: int | None = None) -> None:
    """Cluster the events just stored, as ``flashpoint ingest`` does at its end."""
    module = _module("clusters")
    if module is None:
        return
    module.cluster_new_events(store, run_id=run_id)
