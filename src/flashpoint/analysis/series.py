"""Series: how much happened per day, week or month for a dyad or a country.

A series counts happenings (clusters; an event no cluster holds counts alone) or events (those of
near-duplicate copies left out), per period and optionally per QuadClass or PLOVER type, with the
Goldstein sum and mean, and the count normalised by the documents ingested that period: a week
with twice the news is not twice the conflict. Every period of the range is a row, empty ones
with a zero count, so a plot or a model reads the gaps as quiet, not as missing.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from dataclasses import asdict, dataclass
from typing import Any

from ..errors import FlashpointError, msg
from ..store.analysis_queries import NO_SPLIT, PERIODS, SPLITS
from ..store.filters import EventFilter

#: What a series counts: happenings (clusters) or events.
CLUSTERS = "clusters"
EVENTS = "events"
UNITS = (CLUSTERS, EVENTS)


@dataclass(frozen=True, kw_only=True)
class SeriesQuery:
    """What to count. ``filter`` says which events (a dyad or a country, dates, codes, status)."""

    filter: EventFilter
    period: str = "week"
    split: str = NO_SPLIT
    unit: str = "clusters"

    def __post_init__(self) -> None:
        if self.period not in PERIODS:
            raise FlashpointError(msg("E709", what="period", value=self.period, hint=f"Periods: {', '.join(PERIODS)}."))
        if self.split != NO_SPLIT and self.split not in SPLITS:
            raise FlashpointError(msg("E709", what="split", value=self.split,
                                      hint=f"Splits: {NO_SPLIT}, {', '.join(SPLITS)}."))
        if self.unit not in UNITS:
            raise FlashpointError(msg("E709", what="unit", value=self.unit, hint=f"Units: {', '.join(UNITS)}."))
        if self.filter.dyad is None and self.filter.actor is None:
            raise FlashpointError(msg("E740"))


@dataclass(frozen=True, kw_only=True)
class SeriesRow:
    period: str            # first day of the period (a week starts on Monday)
    group: str | None      # the QuadClass or PLOVER type of the row; None without a split
    count: int
    goldstein_sum: float
    goldstein_mean: float | None
    documents: int         # documents ingested with a publication date in the period (copies once)
    per_100_documents: float | None


@dataclass(frozen=True)
class Series:
    query: SeriesQuery
    rows: list[SeriesRow]

    def title(self) -> str:
        f = self.query.filter
        if f.dyad is not None:
            who = f"{f.dyad[0]} -> {f.dyad[1]}" if f.directed else f"{f.dyad[0]} <-> {f.dyad[1]}"
        else:
            who = str(f.actor)
        what = "happenings" if self.query.unit == "clusters" else "events"
        return f"{who}: {what} per {self.query.period}"


def _period_start(day: dt.date, period: str) -> dt.date:
    if period == "week":
        return day - dt.timedelta(days=day.weekday())
    if period == "month":
        return day.replace(day=1)
    return day


def _next(day: dt.date, period: str) -> dt.date:
    if period == "week":
        return day + dt.timedelta(days=7)
    if period == "month":
        return (day.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
    return day + dt.timedelta(days=1)


def periods(first: dt.date, last: dt.date, period: str) -> list[dt.date]:
    """Every period start from the one holding ``first`` to the one holding ``last``."""
    out, day = [], _period_start(first, period)
    while day <= last:
        out.append(day)
        day = _next(day, period)
    return out


def build_series(store: Any, query: SeriesQuery) -> Series:
    """The series of ``query`` from a store (``flashpoint.store.Reader``)."""
    f = query.filter
    found = store.series_rows(f, period=query.period, split=query.split, unit=query.unit)
    first, last = f.date_from, f.date_to
    if found:  # no range given: from the first to the last period with a happening
        first = first or min(r["period"] for r in found).isoformat()
        last = last or max(r["period"] for r in found).isoformat()
    if first is None or last is None:  # nothing matches and no range was given
        return Series(query, [])
    starts = periods(dt.date.fromisoformat(first), dt.date.fromisoformat(last), query.period)
    # the documents of the days the events were read from: the range given, else whole periods
    # (the last one to its end, not to the first day of it)
    last_day = _next(starts[-1], query.period) - dt.timedelta(days=1)
    documents = store.documents_per_period(period=query.period, date_from=f.date_from or starts[0].isoformat(),
                                           date_to=f.date_to or last_day.isoformat())
    groups = sorted({r["grp"] for r in found if r["grp"] is not None}, key=str)
    if query.split == NO_SPLIT or not groups:
        groups = [None] if query.split == NO_SPLIT else []
    by_key = {(r["period"], r["grp"]): r for r in found}
    rows = []
    for start in starts:
        docs = documents.get(start, 0)
        for group in groups:
            r = by_key.get((start, group))
            count = r["count"] if r else 0
            rows.append(SeriesRow(
                period=start.isoformat(), group=None if group is None else str(group), count=count,
                goldstein_sum=round(r["goldstein_sum"] or 0.0, 3) if r else 0.0,
                goldstein_mean=round(r["goldstein_mean"], 3) if r and r["goldstein_mean"] is not None else None,
                documents=docs, per_100_documents=round(100 * count / docs, 3) if docs else None))
    return Series(query, rows)


# -- writing ---------------------------------------------------------------------------------------


def column_names(query: SeriesQuery) -> list[str]:
    names = [field for field in SeriesRow.__dataclass_fields__]
    names[names.index("group")] = query.split if query.split != NO_SPLIT else "group"
    return names if query.split != NO_SPLIT else [n for n in names if n != "group"]


def to_csv(series: Series) -> str:
    out = io.StringIO()
    names = column_names(series.query)
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(names)
    for row in series.rows:
        values = asdict(row)
        if series.query.split == NO_SPLIT:
            del values["group"]
        writer.writerow(["" if v is None else v for v in values.values()])
    return out.getvalue()


def to_json(series: Series) -> str:
    q = series.query
    f = q.filter
    body = {
        "query": {"dyad": list(f.dyad) if f.dyad else None, "directed": f.directed, "country": f.actor,
                  "from": f.date_from, "to": f.date_to, "period": q.period, "split": q.split, "unit": q.unit,
                  "status": f.status if isinstance(f.status, str) else list(f.status)},
        "title": series.title(),
        "rows": [{(q.split if k == "group" else k): v for k, v in asdict(r).items()
                  if not (k == "group" and q.split == NO_SPLIT)} for r in series.rows],
    }
    return json.dumps(body, indent=2, ensure_ascii=False) + "\n"
