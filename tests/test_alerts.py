"""Alerts: the day-by-day tests on arrays, alerts over a store with their evidence, the command."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import numpy as np
import pytest

from analysis_rows import event_row, new_store
from flashpoint.analysis.alerts import (COUNT_TEST, GOLDSTEIN_TEST, AlertSettings, episodes, find_alerts,
                                        render, scan)
from flashpoint.analysis.clusters import cluster_new_events
from flashpoint.cli import main
from flashpoint.errors import FlashpointError
from flashpoint.store import Store


def _noise(rng: np.random.Generator, days: int, rate: float, *, step: int | None = None) -> dict[str, np.ndarray]:
    mean = np.full(days, rate)
    if step is not None:
        mean[step:] *= 3
    conflict = rng.negative_binomial(10, 10 / (10 + mean)).astype(float)
    other = rng.poisson(rate, days).astype(float)
    return {"conflict": conflict, "happenings": conflict + other,
            "goldstein_sum": conflict * -9.0 + other * 1.5, "goldstein_sq": conflict * 81.0 + other * 12.0}


def test_a_tripled_rate_is_caught_within_three_days():
    rng = np.random.default_rng(1)
    caught = 0
    for _ in range(20):
        series = _noise(rng, 220, 8.0, step=200)
        hits = [h for h in scan(**series, first_test=190) if h.day >= 200]
        caught += bool(hits) and min(h.day for h in hits) <= 202
    assert caught >= 17


def test_stationary_noise_rarely_alerts():
    rng = np.random.default_rng(2)
    alarms = sum(len(episodes(scan(**_noise(rng, 485, 4.0), first_test=120), cooldown=7)) for _ in range(20))
    assert alarms <= 20  # at most one a dyad-year on average (bench/alerts.py measures it on more)


def test_no_test_before_there_is_a_baseline():
    series = _noise(np.random.default_rng(3), 40, 2.0)
    series["conflict"][5] = 50
    assert not [h for h in scan(**series, first_test=0) if h.day < 28]


def test_a_drop_in_mean_goldstein_alerts_without_more_happenings():
    days = 130
    happenings = np.full(days, 6.0)
    gsum = np.full(days, 6 * 3.0)   # cooperation: +3 each
    gsq = np.full(days, 6 * 9.0 + 6 * 4.0)  # values 3 +- 2
    gsum[-7:] = 6 * -4.0             # the last week: hostile, as many happenings
    gsq[-7:] = 6 * 16.0 + 6 * 4.0
    hits = scan(conflict=np.zeros(days), happenings=happenings, goldstein_sum=gsum, goldstein_sq=gsq,
                first_test=100)
    assert {h.test for h in hits} == {GOLDSTEIN_TEST}
    first = min(hits, key=lambda h: h.day)
    assert first.day <= days - 5 and first.baseline == pytest.approx(3.0) and first.observed <= 1.0


def test_episodes_merge_close_hits():
    from flashpoint.analysis.alerts import Hit

    hits = [Hit(day=d, test=COUNT_TEST, window=1, observed=5, baseline=1, p_value=1e-4, happenings=5)
            for d in (10, 11, 13, 30)]
    assert [[h.day for h in e] for e in episodes(hits, cooldown=7)] == [[10, 11, 13], [30]]


def test_settings_are_checked():
    with pytest.raises(FlashpointError, match="E744"):
        AlertSettings(baseline_days=3)
    with pytest.raises(FlashpointError, match="E744"):
        AlertSettings(p_value=2)


START = dt.date(2023, 1, 1)


def _day(i: int) -> str:
    return (START + dt.timedelta(days=i)).isoformat()


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> Path:
    """120 days: Russia shells Ukraine every tenth day (another town each time); on day 110 six
    shellings in six towns, one told by three outlets. Kenya protests every fifth day, quietly."""
    rows = []
    for i in range(0, 110, 10):
        rows.append(event_row(doc=f"r{i}", date=_day(i), place=f"Town{i}", lat=48 + i / 100, lon=37.0))
    for k in range(6):
        rows.append(event_row(doc=f"burst{k}", date=_day(110), place=f"Burst{k}", lat=46 + k, lon=30 + k,
                              sentence=f"Russian forces shelled Burst{k} on the day of the burst."))
    for outlet in ("b", "c"):
        rows.append(event_row(doc=f"burst0{outlet}", date=_day(110), place="Burst0", lat=46, lon=30,
                              sentence="Russian artillery hit Burst0, officials said."))
    for i in range(0, 120, 5):
        rows.append(event_row(doc=f"k{i}", source="KENCVL", target="KENGOV", cameo="141", date=_day(i),
                              place="Nairobi", place_country="KEN", lat=-1.28, lon=36.8))
    path = new_store(tmp_path_factory.mktemp("alerts") / "a.duckdb", rows)
    with Store.open(path) as store:
        cluster_new_events(store)
    return path


def test_the_burst_alerts_with_its_evidence(db):
    with Store.open(db, read_only=True) as store:
        alerts = find_alerts(store, since=_day(105))
    assert {(a.who, a.test) for a in alerts} == {("RUS-UKR", COUNT_TEST), ("RUS", COUNT_TEST), ("UKR", COUNT_TEST)}
    dyad = next(a for a in alerts if a.who == "RUS-UKR")
    assert dyad.day == _day(110) and dyad.window_days == 1 and dyad.observed == 6
    assert dyad.baseline < 1 and dyad.p_value < 1e-4 and dyad.once_in_days > 1e4
    assert "6 material-conflict happening(s) in 1 day(s)" in dyad.what
    assert len(dyad.evidence) == 5
    top = dyad.evidence[0]
    assert top.reports == 3 and top.documents == 3 and "Burst0" in top.sentence
    text = render(alerts)
    assert "ALERT RUS-UKR (material conflict)" in text and "Burst0" in text


def test_since_until_and_restrictions(db):
    with Store.open(db, read_only=True) as store:
        assert find_alerts(store, since=_day(60), until=_day(100)) == []
        assert find_alerts(store, since=_day(105), country="KEN") == []
        only = find_alerts(store, since=_day(105), dyad=("UKR", "RUS"), evidence=0)
        assert [(a.who, a.evidence) for a in only] == [("RUS-UKR", [])]


def test_cli_text_and_json(db, tmp_path, capsys):
    assert main(["alerts", "--db", str(db), "--since", _day(105)]) == 0
    assert "ALERT RUS-UKR" in capsys.readouterr().out
    out = tmp_path / "alerts.json"
    assert main(["alerts", "--db", str(db), "--since", _day(105), "--format", "json", "-o", str(out)]) == 0
    body = json.loads(out.read_text(encoding="utf-8"))
    assert {a["who"] for a in body} == {"RUS-UKR", "RUS", "UKR"}
    assert body[0]["evidence"][0]["sentence"]
    assert main(["alerts", "--db", str(db), "--since", _day(0), "--until", _day(50)]) == 0
    assert capsys.readouterr().out == "No alerts.\n"


@pytest.mark.parametrize("argv, code", [
    (["--country", "XYZ"], "E709"),
    (["--dyad", "RUS", "Atlantis"], "E709"),
    (["--since", "2023-05-01", "--until", "2023-04-01"], "E708"),
    (["--since", "May"], "E710"),
    (["--baseline-days", "3"], "E744"),
    (["--evidence", "-1"], "E744"),
])
def test_bad_input_is_a_numbered_message(db, argv, code, capsys):
    assert main(["alerts", "--db", str(db)] + argv) == 2
    assert f"[{code}]" in capsys.readouterr().err
