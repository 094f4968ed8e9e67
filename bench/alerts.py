"""Alerts on generated series: false alarms on stationary noise, hit rate and delay on injected steps.

    python bench/alerts.py                 # the README's figures (seeded: the same every run)
    python bench/alerts.py --dyads 500 --json figures.json

Each generated dyad has daily material-conflict happenings drawn from a negative binomial with a
mean of ``--rates`` per day (several levels, dispersion ``--size``: variance = mean + mean^2/size)
and other happenings (verbal and cooperative, a Poisson of the same mean) with Goldstein values
drawn around their class's; the series runs ``WARMUP`` days, then the measured year.

- Noise: the year is stationary; every alert episode (either test) is a false alarm.
- Step: from a day in the year, the material-conflict mean is tripled; a hit is an alert of either
  test on the step day or the two days after it ("within 3 days"); the delay is days after the step.

The detector is ``flashpoint.analysis.alerts.scan`` with its default settings (what
``flashpoint alerts`` runs); no store is involved.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from flashpoint.analysis.alerts import AlertSettings, episodes, scan  # noqa: E402

WARMUP = 120
YEAR = 365
#: Goldstein value of a material-conflict happening (mean, sd) and of the others.
CONFLICT_GOLDSTEIN = (-9.0, 1.0)
OTHER_GOLDSTEIN = (1.5, 3.5)


def generate(rng: np.random.Generator, *, rate: float, size: float, days: int, step_day: int | None = None,
             factor: float = 3.0) -> dict[str, np.ndarray]:
    mean = np.full(days, float(rate))
    if step_day is not None:
        mean[step_day:] *= factor
    p = size / (size + mean)
    conflict = rng.negative_binomial(size, p).astype(float)
    other = rng.poisson(rate, days).astype(float)
    gsum, gsq = np.zeros(days), np.zeros(days)
    for d in range(days):
        values = np.concatenate([rng.normal(*CONFLICT_GOLDSTEIN, int(conflict[d])),
                                 rng.normal(*OTHER_GOLDSTEIN, int(other[d]))]).clip(-10, 10)
        gsum[d], gsq[d] = values.sum(), (values ** 2).sum()
    return {"conflict": conflict, "happenings": conflict + other, "goldstein_sum": gsum, "goldstein_sq": gsq}


def run(*, dyads: int, rates: list[float], size: float, seed: int, settings: AlertSettings) -> dict:
    rng = np.random.default_rng(seed)
    figures: dict = {"settings": {"p_value": settings.p_value, "windows": list(settings.windows),
                                  "baseline_days": settings.baseline_days, "goldstein_z": settings.goldstein_z},
                     "dyads_per_rate": dyads, "dispersion_size": size, "rates": {}}
    for rate in rates:
        false_alarms = 0
        for _ in range(dyads):
            s = generate(rng, rate=rate, size=size, days=WARMUP + YEAR)
            hits = scan(**s, first_test=WARMUP, settings=settings)
            false_alarms += len(episodes(hits, cooldown=settings.cooldown))
        hit, delays = 0, []
        for _ in range(dyads):
            step = WARMUP + int(rng.integers(30, YEAR - 30))
            s = generate(rng, rate=rate, size=size, days=step + 10, step_day=step)
            hits = [h for h in scan(**s, first_test=step - 20, settings=settings) if h.day >= step]
            if hits:
                delay = min(h.day for h in hits) - step
                delays.append(delay)
                hit += delay <= 2
        figures["rates"][str(rate)] = {
            "false_alarms_per_dyad_year": round(false_alarms / dyads, 3),
            "hit_rate_within_3_days": round(hit / dyads, 3),
            "median_delay_days": float(np.median(delays)) if delays else None,
        }
    return figures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--dyads", type=int, default=200, help="dyad-years per rate (default 200)")
    parser.add_argument("--rates", type=float, nargs="+", default=[1, 2, 4, 6, 8, 12],
                        help="material-conflict happenings per day (default 1 2 4 6 8 12)")
    parser.add_argument("--size", type=float, default=10.0, help="negative binomial size (default 10)")
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--json", type=Path, metavar="FILE")
    args = parser.parse_args(argv)
    start = time.perf_counter()
    figures = run(dyads=args.dyads, rates=args.rates, size=args.size, seed=args.seed, settings=AlertSettings())
    figures["seconds"] = round(time.perf_counter() - start, 1)
    print(f"{args.dyads} dyad-years per rate, dispersion size {args.size}")
    print(f"{'rate/day':>9} {'false alarms/dyad-year':>23} {'hit rate <= 3 days':>19} {'median delay':>13}")
    for rate, f in figures["rates"].items():
        delay = "-" if f["median_delay_days"] is None else f"{f['median_delay_days']:.0f} d"
        print(f"{rate:>9} {f['false_alarms_per_dyad_year']:>23.3f} {f['hit_rate_within_3_days']:>19.3f} {delay:>13}")
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
