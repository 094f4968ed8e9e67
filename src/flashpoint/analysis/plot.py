"""A series as a PNG, for people who would rather look than read (matplotlib, Agg backend: no display).

Two panels sharing the time axis: the counts per period (stacked by QuadClass or PLOVER type when
the series is split, with the QuadClass names spelled out), and the mean Goldstein value of each
period (blank where nothing happened), with the zero line. Alert days, when given, are marked on
both panels.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Sequence

from ..errors import FlashpointError, msg
from .series import Series

#: QuadClass names as GDELT spells them.
QUAD_NAMES = {"1": "1 verbal cooperation", "2": "2 material cooperation", "3": "3 verbal conflict",
              "4": "4 material conflict"}
#: Colours of the QuadClasses: cooperation blue, conflict red, material darker.
QUAD_COLOURS = {"1": "#9ecae1", "2": "#3182bd", "3": "#fc9272", "4": "#de2d26"}


def plot_series(series: Series, path: str | Path, *, alerts: Sequence[str] = ()) -> None:
    """Write ``series`` to ``path`` (PNG). ``alerts``: ISO days to mark."""
    path = Path(path)
    if path.suffix.lower() != ".png":
        raise FlashpointError(msg("E741", path=str(path)))
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.dates as mdates
    import matplotlib.pyplot as plt

    rows = series.rows
    days = sorted({r.period for r in rows})
    x = [dt.date.fromisoformat(d) for d in days]
    width = {"day": 0.8, "week": 5.6, "month": 24}[series.query.period]
    fig, (top, bottom) = plt.subplots(2, 1, figsize=(11, 6.5), sharex=True,
                                      gridspec_kw={"height_ratios": [3, 2]}, constrained_layout=True)
    groups = sorted({r.group for r in rows}, key=lambda g: (g is None, str(g)))
    base = [0] * len(days)
    index = {d: i for i, d in enumerate(days)}
    for group in groups:
        heights = [0] * len(days)
        for r in rows:
            if r.group == group:
                heights[index[r.period]] = r.count
        label = QUAD_NAMES.get(str(group), str(group)) if group is not None else "all"
        colour = QUAD_COLOURS.get(str(group)) if series.query.split == "quad_class" else None
        top.bar(x, heights, width=width, bottom=base, label=label, color=colour, align="edge")
        base = [b + h for b, h in zip(base, heights)]
    unit = "happenings" if series.query.unit == "clusters" else "events"
    top.set_ylabel(f"{unit} per {series.query.period}", fontsize=11)
    top.set_title(series.title(), fontsize=13)
    if len(groups) > 1 or groups[:1] != [None]:
        top.legend(fontsize=9, loc="upper left", bbox_to_anchor=(1.01, 1.0), frameon=False)
    top.grid(axis="y", alpha=0.3)
    means: dict[str, list[tuple[float, int]]] = {}
    for r in rows:
        if r.goldstein_mean is not None:
            means.setdefault(r.period, []).append((r.goldstein_mean, r.count))
    my = [sum(m * n for m, n in means[d]) / max(1, sum(n for _, n in means[d])) if d in means else float("nan")
          for d in days]  # NaN: nothing happened, the line breaks
    offset = dt.timedelta(days=width / 2)
    bottom.plot([d + offset for d in x], my, marker="o", markersize=3, linewidth=1.2, color="#444444")
    bottom.axhline(0, color="#999999", linewidth=0.8)
    bottom.set_ylim(-10.5, 10.5)
    bottom.set_ylabel("mean Goldstein\n(-10 conflict, +10 cooperation)", fontsize=10)
    bottom.grid(axis="y", alpha=0.3)
    for day in alerts:
        when = dt.date.fromisoformat(day)
        for axis in (top, bottom):
            axis.axvline(when, color="#b30000", linestyle="--", linewidth=1)
    if alerts:
        top.plot([], [], color="#b30000", linestyle="--", label="alert")
        top.legend(fontsize=9, loc="upper left", bbox_to_anchor=(1.01, 1.0), frameon=False)
    locator = mdates.AutoDateLocator(minticks=4, maxticks=12)
    bottom.xaxis.set_major_locator(locator)
    bottom.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))
    try:
        fig.savefig(path, dpi=110)
    except OSError as exc:
        raise FlashpointError(msg("E742", path=str(path), detail=exc.strerror or exc)) from None
    finally:
        plt.close(fig)
