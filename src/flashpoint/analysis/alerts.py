"""Escalation alerts: a dyad or a country against its own baseline.

For every dyad (two countries, either direction) and every country (on either side, its internal
conflict included), each day is tested twice:

- **material conflict**: the happenings of QuadClass 4 in the last 1 and 3 days (``windows``)
  against the previous ``baseline_days`` days: their daily rate (with a small prior) and a negative
  binomial matched to the window sum's predictive variance (the days' variance as the baseline
  shows it, at least Poisson, plus the uncertainty of a rate estimated from those days); the
  p-value is the chance of a window sum at least as large;
- **mean Goldstein**: the mean Goldstein value of all its happenings over the last
  ``goldstein_window`` days against the baseline's mean (a z test): a turn to hostility even when
  the number of happenings holds.

Happenings are clusters (the reports of one happening count once; near-duplicate copies too), so
a story republished fifty times is one happening, not an escalation. Consecutive alert days of one
dyad and test are one alert (an episode ends after ``cooldown`` quiet days), reported at its most
unusual day, with the evidence: the happenings of its window, most reported first, with their
sentences.

The thresholds were set on generated series (``bench/alerts.py``): at most one false alarm per
dyad-year on stationary noise; the hit rate on a tripled rate is in the README.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import asdict, dataclass, field
from typing import Any, Sequence

import numpy as np

from ..errors import FlashpointError, msg
from ..store.filters import EventFilter

#: Pseudo-observations added to a baseline (one happening over ten days' worth of weight): a
#: quiet baseline does not make a single happening look impossible.
PRIOR_COUNT = 1.0
PRIOR_DAYS = 10.0
#: The baseline's daily variance is taken this many standard errors (about sqrt(2/days) of it) high:
#: underestimated, it makes thin tails and false alarms on busy dyads.
VARIANCE_MARGIN = 2.0

MATERIAL_CONFLICT = 4
COUNT_TEST = "material_conflict"
GOLDSTEIN_TEST = "mean_goldstein"


@dataclass(frozen=True, kw_only=True)
class AlertSettings:
    windows: tuple[int, ...] = (1, 3)    # recent windows of the count test, days
    baseline_days: int = 90              # the baseline: this many days before the recent window
    min_baseline_days: int = 28          # fewer days of data before a day: not tested
    p_value: float = 2e-3                # count test: alert below this
    min_count: int = 3                   # ... and at least this many happenings in the window
    min_ratio: float = 2.0               # ... and at least this many times the expected number
    goldstein_window: int = 7            # mean Goldstein test: recent window, days
    goldstein_z: float = -4.5            # alert at or below this z
    goldstein_min_happenings: int = 5    # ... with at least this many happenings in the window
    goldstein_min_drop: float = 2.0      # ... and a drop of at least this many Goldstein points
    cooldown: int = 7                    # quiet days that end an episode

    def __post_init__(self) -> None:
        checks = [("windows", self.windows, bool(self.windows) and all(w >= 1 for w in self.windows),
                   "give whole numbers of days >= 1"),
                  ("baseline_days", self.baseline_days, self.baseline_days >= 7, "give at least 7 days"),
                  ("p_value", self.p_value, 0 < self.p_value < 1, "give a number between 0 and 1"),
                  ("goldstein_window", self.goldstein_window, self.goldstein_window >= 1, "give at least 1 day")]
        for name, value, ok, reason in checks:
            if not ok:
                raise FlashpointError(msg("E744", name=name, value=value, reason=reason))


@dataclass(frozen=True, kw_only=True)
class Hit:
    """One day on which a test fired."""

    day: int            # index into the scanned days
    test: str
    window: int
    observed: float     # happenings in the window, or their mean Goldstein
    baseline: float     # expected happenings in a window that long, or the baseline's mean Goldstein
    p_value: float
    happenings: int     # happenings in the window


def _window_sums(cum: np.ndarray, end: np.ndarray, length: int) -> np.ndarray:
    """Sums over [end - length, end) of the series whose cumulative sum (with a leading 0) is ``cum``."""
    start = np.maximum(end - length, 0)
    return cum[end] - cum[start]


def scan(*, conflict: np.ndarray, happenings: np.ndarray, goldstein_sum: np.ndarray, goldstein_sq: np.ndarray,
         first_test: int, settings: AlertSettings = AlertSettings(), data_start: int = 0) -> list[Hit]:
    """Test each day from ``first_test`` to the end of the daily arrays (day 0 is the first
    array element; ``data_start``: the first day the store has data for, earlier days are not
    baseline). Returns the hits, day by day."""
    # scipy here, not at import: every flashpoint command imports this module (its settings give
    # the --help of `alerts`), and scipy.stats takes most of a second to load
    from scipy import stats as _stats

    s = settings
    days = len(conflict)
    if first_test >= days:
        return []
    t = np.arange(max(first_test, 0), days)
    hits: list[Hit] = []
    c_cum = np.concatenate([[0.0], np.cumsum(conflict, dtype=float)])
    c_sq = np.concatenate([[0.0], np.cumsum(conflict.astype(float) ** 2)])
    for window in s.windows:
        end = t + 1
        observed = _window_sums(c_cum, end, window)
        base_end = end - window
        base_start = np.maximum(base_end - s.baseline_days, data_start)
        n_days = base_end - base_start
        total = c_cum[np.maximum(base_end, 0)] - c_cum[np.maximum(base_start, 0)]
        total_sq = c_sq[np.maximum(base_end, 0)] - c_sq[np.maximum(base_start, 0)]
        ok = (n_days >= s.min_baseline_days) & (observed >= s.min_count)
        if not ok.any():
            continue
        rate = (total + PRIOR_COUNT) / (n_days + PRIOR_DAYS)
        expected = rate * window
        ok &= observed >= s.min_ratio * expected
        # The window sum's predictive variance: the days' own (Poisson, plus the extra variance the
        # baseline shows), and the uncertainty of a rate estimated from n_days days.
        safe_days = np.maximum(n_days, 2)
        mean = total / safe_days
        var_day = np.maximum((total_sq - safe_days * mean * mean) / (safe_days - 1), mean)
        var_day = var_day * (1 + VARIANCE_MARGIN / np.sqrt(safe_days))  # a variance estimate errs low as often as high
        variance = window * var_day + window * window * var_day / safe_days
        variance = np.maximum(variance, expected)
        over = variance > expected * (1 + 1e-9)
        p = np.ones_like(expected)
        poisson = ok & ~over
        p[poisson] = _stats.poisson.sf(observed[poisson] - 1, expected[poisson])
        nb = ok & over
        if nb.any():
            mu = expected[nb]
            n = mu * mu / (variance[nb] - mu)
            p[nb] = _stats.nbinom.sf(observed[nb] - 1, n, n / (n + mu))
        for i in np.flatnonzero(ok & (p < s.p_value)):
            hits.append(Hit(day=int(t[i]), test=COUNT_TEST, window=window, observed=float(observed[i]),
                            baseline=float(expected[i]), p_value=float(p[i]), happenings=int(observed[i])))
    h_cum = np.concatenate([[0.0], np.cumsum(happenings, dtype=float)])
    g_cum = np.concatenate([[0.0], np.cumsum(goldstein_sum, dtype=float)])
    q_cum = np.concatenate([[0.0], np.cumsum(goldstein_sq, dtype=float)])
    end = t + 1
    w = s.goldstein_window
    n = _window_sums(h_cum, end, w)
    g = _window_sums(g_cum, end, w)
    base_end = end - w
    base_start = np.maximum(base_end - s.baseline_days, data_start)
    lo, hi = np.maximum(base_start, 0), np.maximum(base_end, 0)
    bn, bg, bq = h_cum[hi] - h_cum[lo], g_cum[hi] - g_cum[lo], q_cum[hi] - q_cum[lo]
    ok = (n >= s.goldstein_min_happenings) & (bn >= 2) & (base_end - base_start >= s.min_baseline_days)
    if ok.any():
        bmean = np.where(ok, bg / np.maximum(bn, 1), 0.0)
        var = np.maximum((bq - bn * bmean ** 2) / np.maximum(bn - 1, 1), 1.0)
        mean = np.where(ok, g / np.maximum(n, 1), 0.0)
        z = (mean - bmean) / np.sqrt(var / np.maximum(n, 1) + var / np.maximum(bn, 1))
        fire = ok & (z <= s.goldstein_z) & (bmean - mean >= s.goldstein_min_drop)
        for i in np.flatnonzero(fire):
            hits.append(Hit(day=int(t[i]), test=GOLDSTEIN_TEST, window=w, observed=float(mean[i]),
                            baseline=float(bmean[i]), p_value=float(_stats.norm.cdf(z[i])), happenings=int(n[i])))
    hits.sort(key=lambda h: (h.day, h.test, h.window))
    return hits


def episodes(hits: Sequence[Hit], *, cooldown: int) -> list[list[Hit]]:
    """Hits of one test grouped into episodes: a hit within ``cooldown`` days of the previous one
    belongs to its episode."""
    out: list[list[Hit]] = []
    by_test: dict[str, list[Hit]] = defaultdict(list)
    for h in hits:
        by_test[h.test].append(h)
    for test in sorted(by_test):
        current: list[Hit] = []
        for h in sorted(by_test[test], key=lambda h: (h.day, h.window)):
            if current and h.day - current[-1].day > cooldown:
                out.append(current)
                current = []
            current.append(h)
        if current:
            out.append(current)
    return sorted(out, key=lambda e: (e[0].day, e[0].test))


# -- alerts over a store ---------------------------------------------------------------------------


@dataclass
class Daily:
    """The daily arrays of one dyad or country (what ``scan`` reads)."""

    conflict: np.ndarray
    happenings: np.ndarray
    goldstein_sum: np.ndarray
    goldstein_sq: np.ndarray

    @classmethod
    def zeros(cls, days: int) -> "Daily":
        return cls(*(np.zeros(days) for _ in range(4)))

    def add(self, day: int, row: dict[str, Any]) -> None:
        """Add one row of ``daily_actor_counts``."""
        self.conflict[day] += row["conflict"]
        self.happenings[day] += row["happenings"]
        self.goldstein_sum[day] += row["goldstein_sum"] or 0.0
        self.goldstein_sq[day] += row["goldstein_sq"] or 0.0


@dataclass(frozen=True, kw_only=True)
class Evidence:
    happening: str
    date: str
    sentence: str
    source_code: str | None
    cameo: str
    target_code: str | None
    location_name: str | None
    reports: int
    documents: int
    outlets: int
    outlet: str | None
    url: str | None


@dataclass(frozen=True, kw_only=True)
class Alert:
    """What rose, from what baseline to what, how unusual, and the happenings behind it."""

    who: str                    # "RUS-UKR" (a dyad, either direction) or "KEN" (a country)
    dyad: tuple[str, str] | None
    country: str | None
    test: str                   # material_conflict or mean_goldstein
    first_day: str              # the episode's first alert day
    day: str                    # its most unusual day (the end of the window reported)
    last_day: str
    window_days: int
    observed: float
    baseline: float             # expected happenings in the window, or the baseline's mean Goldstein
    baseline_days: int
    p_value: float
    once_in_days: float         # 1 / p: how many days of baseline one would wait for this by chance
    what: str                   # one sentence
    evidence: list[Evidence] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        out = asdict(self)
        out["dyad"] = list(self.dyad) if self.dyad else None
        return out


def _describe(who: str, hit: Hit, baseline_days: int) -> str:
    if hit.test == COUNT_TEST:
        return (f"{who}: {int(hit.observed)} material-conflict happening(s) in {hit.window} day(s), against "
                f"{hit.baseline:.2f} expected from the previous {baseline_days} days "
                f"(p = {hit.p_value:.1e}, {_rarity(hit.p_value)} by chance)")
    return (f"{who}: mean Goldstein {hit.observed:+.1f} over {hit.happenings} happening(s) in {hit.window} days, "
            f"against {hit.baseline:+.1f} in the previous {baseline_days} days (p = {hit.p_value:.1e})")


def _rarity(p: float) -> str:
    """How often a day this unusual comes by chance, in words."""
    days = _once(p)
    if days < 1000:
        return f"about once in {days:,.0f} days"
    if days < 365 * 1000:
        return f"about once in {days / 365:,.0f} years"
    return "less than once in a thousand years"


def _once(p: float) -> float:
    return 1.0 / p if p > 0 else float("inf")


def find_alerts(store: Any, *, since: str | None = None, until: str | None = None,
                dyad: tuple[str, str] | None = None, country: str | None = None,
                settings: AlertSettings = AlertSettings(), evidence: int = 5) -> list[Alert]:
    """Alerts whose episode reaches a day in [since, until] (default: the last 7 days of data).

    ``dyad``/``country`` restrict the scan to one dyad or country (checked codes); ``evidence``:
    happenings listed per alert.
    """
    check = EventFilter(date_from=since, date_to=until, dyad=dyad, actor=country)  # validates the codes
    low, high = store.date_bounds(EventFilter())
    if high is None:
        return []
    last = dt.date.fromisoformat(check.date_to or high)
    first_test = dt.date.fromisoformat(check.date_from) if check.date_from else last - dt.timedelta(days=6)
    data_start = dt.date.fromisoformat(low)
    span = settings.baseline_days + max(max(settings.windows), settings.goldstein_window) + settings.cooldown
    origin = max(data_start, first_test - dt.timedelta(days=span))
    rows = store.daily_actor_counts(date_from=origin.isoformat(), date_to=last.isoformat(),
                                    quad_class=MATERIAL_CONFLICT)
    length = (last - origin).days + 1
    series: dict[tuple[str, ...], Daily] = {}
    for r in rows:
        i = (dt.date.fromisoformat(str(r["day"])) - origin).days
        a, b = r["source_country"], r["target_country"]
        keys: set[tuple[str, ...]] = {(a,)}
        if b is not None:
            keys.add((b,))
            if a != b:
                keys.add(tuple(sorted((a, b))))
        for key in keys:
            if (country is not None and key != (check.actor[:3],)) or (
                    dyad is not None and key != tuple(sorted((check.dyad[0][:3], check.dyad[1][:3])))):
                continue
            if key not in series:
                series[key] = Daily.zeros(length)
            series[key].add(i, r)
    start = (first_test - origin).days
    alerts = []
    for key in sorted(series):
        arr = series[key]
        hits = scan(conflict=arr.conflict, happenings=arr.happenings, goldstein_sum=arr.goldstein_sum,
                    goldstein_sq=arr.goldstein_sq, first_test=max(0, start - settings.cooldown), settings=settings,
                    data_start=(data_start - origin).days)
        for episode in episodes(hits, cooldown=settings.cooldown):
            if episode[-1].day < start:
                continue  # ended before the period asked for
            alerts.append(_alert(store, key, episode, origin=origin, settings=settings, evidence=evidence))
    alerts.sort(key=lambda a: (a.p_value, a.who))
    return alerts


def _alert(store: Any, key: tuple[str, ...], episode: list[Hit], *, origin: dt.date, settings: AlertSettings,
           evidence: int) -> Alert:
    peak = min(episode, key=lambda h: (h.p_value, h.day))

    def day(i: int) -> str:
        return (origin + dt.timedelta(days=i)).isoformat()

    who = "-".join(key)
    dyad = (key[0], key[1]) if len(key) == 2 else None
    window_from = day(peak.day - peak.window + 1)
    f = EventFilter(dyad=dyad, actor=None if dyad else key[0], date_from=window_from, date_to=day(peak.day),
                    quad_class=MATERIAL_CONFLICT if peak.test == COUNT_TEST else None)
    items = [Evidence(happening=h["happening"], date=h["date"], sentence=h["sentence"], source_code=h["source_code"],
                      cameo=h["cameo"], target_code=h["target_code"], location_name=h["location_name"],
                      reports=h["reports"], documents=h["documents"], outlets=h["outlets"], outlet=h["outlet"],
                      url=h["url"]) for h in store.happenings(f, limit=evidence)] if evidence else []
    return Alert(who=who, dyad=dyad, country=None if dyad else key[0], test=peak.test, first_day=day(episode[0].day),
                 day=day(peak.day), last_day=day(episode[-1].day), window_days=peak.window, observed=peak.observed,
                 baseline=round(peak.baseline, 4), baseline_days=settings.baseline_days, p_value=peak.p_value,
                 once_in_days=round(_once(peak.p_value), 1), what=_describe(who, peak, settings.baseline_days),
                 evidence=items)


def render(alerts: Sequence[Alert]) -> str:
    """The alerts as text for a terminal."""
    if not alerts:
        return "No alerts.\n"
    lines = []
    for a in alerts:
        span = a.first_day if a.first_day == a.last_day else f"{a.first_day} to {a.last_day}"
        lines.append(f"ALERT {a.who} ({a.test.replace('_', ' ')}), {span}")
        lines.append(f"  {a.what}")
        for e in a.evidence:
            where = f" in {e.location_name}" if e.location_name else ""
            lines.append(f"  - {e.date} {e.source_code or '?'} {e.cameo} {e.target_code or '-'}{where}; "
                         f"{e.reports} report(s), {e.documents} document(s), {e.outlets} outlet(s)")
            lines.append(f"    \"{' '.join(e.sentence.split())}\" ({e.outlet or 'unknown outlet'}{', ' + e.url if e.url else ''})")
        lines.append("")
    return "\n".join(lines)
