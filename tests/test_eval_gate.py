"""Evaluation gate: the real pipeline on every development gold must not fall below pinned floors.

One Pipeline (the session fixture) codes each set once; the tests of a set share its report. The
shared sets and the article corpus live in ../shared: CI has it and exports
FLASHPOINT_REQUIRE_GOLD=1, so there a missing set fails the gate instead of skipping it.
Figures: ``python3 bench/accuracy.py`` (``--case lower`` for the re-cased ones).
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from flashpoint.evaluation import CorpusMissing, evaluate_path

# == The floors ====================================================================================
# Raise a floor when the coder improves (today's figure minus a small margin; the figure measured,
# with the date and commit, on the comment beside it). Lowering one needs a reason in the commit.
# "before": measured 2026-11-30 on main f155933, before any issue-9 change to the coder.

#: Higher is better: the figure must stay at or above its floor.
#: "after": measured 2026-11-30 on main after issue 9 (coder, actors, events; bench/accuracy.py);
#: "r2": after its second round the same day (no-party events, control verbs, targets, triggers,
#: bare surnames of heads, police actions); "now": after the third (targets that name no actor,
#: unknown people and bodies kept, actors from context, modality read where it governs, verb
#: classes, the truecaser's names after titles; main 2026-11-30 13:00); "r4": after the fourth
#: (event classes, sources the parse hides, nouns of saying, targets in whole articles; 15:35); "r5": after
#: the fifth (whole articles: links across sentences, knowledge-base conventions, mutual events; 18:20).
FLOORS: dict[str, dict[str, float]] = {
    # Precision of the one-event-per-sentence sets fell a little: groups named by their kind only
    # ("police", "officials") are actors now, agentless passives are kept with a null source and
    # background relative clauses are coded; the extra events count as spurious in gold sets that
    # code one event per sentence. Recall rose.
    "plover_gsr_dev": {
        # r8 0.703: three more events of sentences PLOVER codes once — "last month's U.S. invasion"
        # and "two Israeli air raids last Friday" (nouns of conflict setting the scene that name
        # their doer) and "a UN-brokered deal" (045, broker's general code)
        # r9 0.690: four more events of two sentences PLOVER codes once for another act — "street
        # battles raged in central Baghdad between insurgents and security forces" and "because of
        # fighting between Azerbaijanis and Armenians" (fighting between two sides, both ways)
        "precision": 0.68,            # before 0.796; after 0.720; r2 0.730; r3 0.718; r4 0.716; r8 0.703; r9 0.690
        "recall": 0.71,               # before 0.706; after 0.706; r2 0.716; r3 0.725; r4 0.730
        "f1": 0.70,                   # before 0.748; after 0.713; r2 0.723; r3 0.722; r4 0.723; r8 0.716; r9 0.710
    },
    "petr2_afp_dev": {
        # r7 0.487: four more events of sentences PETRARCH codes once — a visit beside the talks
        # held on it, "ISIL had taken Mosul" (192), and "is scheduled to attend a summit" twice as
        # the statement of intent (036) where PETRARCH codes the meeting itself (04)
        "precision": 0.48,            # before 0.636; after 0.514 (PETRARCH never codes a sourceless event); r6 0.513; r7 0.487
        "recall": 0.46,               # before 0.438; after 0.463; now 0.487
        "f1": 0.48,                   # before 0.519; after 0.487; now 0.506
        "no_event_accuracy": 0.80,    # before 0.833 (10/12); after 0.833
    },
    "india_police_dev": {
        "arrest_f1": 0.82,            # before 0.000 (nothing coded); after 0.709; r2 0.836; r3 0.835; r4 0.839
        "kill_f1": 0.72,              # before 0.000; after 0.597; r2 0.691; r3 0.723; r4 0.738 (the issue's target .65, reached)
        "force_f1": 0.80,             # before 0.000; after 0.682; r2 0.746; r3 0.798; r4 0.824 (the issue's target .80, reached)
    },
    "cameo_news_dev": {
        "hit_rate": 0.85,             # before 0.604 (815/1349); after 0.729 (984/1349); r2 0.782 (1055); r3 0.832 (1122); r4 0.873 (1178): the issue's target .85, reached
        # the issue's targets (>= 0.80 and 0.65), reached in the third round
        "source_recall": 0.85,        # before 0.622 (538/865); after 0.731 (632/865); r2 0.780 (675); r3 0.830 (718); r4 0.873 (755)
        "target_recall": 0.76,        # before 0.422 (308/729); after 0.564 (411/729); r2 0.621 (453); r3 0.730 (532); r4 0.767 (559); r5 0.775 (565)
    },
    "written_dev": {
        "precision": 0.63,            # before 0.600; after 0.591; r2 0.617; r3 0.623; r4 0.627; r5 0.648
        "recall": 0.44,               # before 0.166; after 0.387; r2 0.411; r3 0.419; r4 0.425; r5 0.456
        "f1": 0.52,                   # before 0.260; after 0.467; r2 0.493; r3 0.501; r4 0.507; r5 0.535
        "sector_f1": 0.32,            # before 0.160; after 0.282; r2 0.292; r3 0.303; r4 0.307; r5 0.341
        "no_event_accuracy": 0.88,    # before 0.952 (60/63); after 0.905 (57/63)
        "quantity_recall": 0.30,      # before 0.071 (8/112); after 0.277 (31/112); r2 0.312 (35/112); r3 0.321 (36/112); r4 0.321
    },
    "lee_articles_gold": {
        # r6 reached the issue's targets (0.70 / 0.85) on these 30 articles; 40 articles coded blind
        # and never tuned on give 0.156 / 0.304 (README, Accuracy): the floors guard what was built,
        # they do not say the figures hold on other articles
        "recall": 0.75,               # before 0.025 (2/79), country+sector; after 0.190 (15/79); r2 0.215 (17/79); r3 0.304 (24/79); r4 0.354 (28/79); r5 0.570 (45/79); r6 0.785 (62/79)
        "precision": 0.88,            # before 0.143 (2/14); after 0.341 (15/44); r2 0.378 (17/45); r3 0.462 (24/52); r4 0.509 (28/55); r5 0.738 (45/61); r6 0.925 (62/67)
        "country_recall": 0.76,       # before 0.076 (6/79); after 0.278 (22/79); r2 0.304 (24/79); r3 0.367 (29/79); r4 0.456 (36/79); r5 0.633 (50/79); r6 0.797 (63/79)
        "country_precision": 0.90,    # before 0.429 (6/14); after 0.512 (22/43); r2 0.545 (24/44); r3 0.569 (29/51); r4 0.655 (36/55); r5 0.833 (50/60); r6 0.940 (63/67)
    },
    "lee_articles_second_coding": {
        # r9: ten of the 30 articles coded again, blind, by a second coder (tests/gold/README.md);
        # the two codings agree at 0.821 / 0.842 (country+sector; `flashpoint eval
        # tests/gold/lee_articles_gold.jsonl --agreement tests/gold/lee_articles_second_coding.jsonl`)
        "recall": 0.72,               # r9 0.769 (30/39)
        "precision": 0.78,            # r9 0.833 (30/36)
    },
}

#: Lower is better: the figure must stay at or below its ceiling.
CEILINGS: dict[str, dict[str, float]] = {
    # the issue's target (<= .10), reached in the fourth round
    "cameo_news_dev": {"no_event_rate": 0.10},       # before 0.352 (475/1349); after 0.218 (294/1349); r2 0.165 (222); r3 0.107 (145); r4 0.086 (116)
    # now 0.043 (3/69): "security forces" that fire into a crowd are police by the article gold's
    # convention and MIL in one written item, which now matches at country level (see the issue note)
    "written_dev": {"not_factual_as_fact": 0.05},    # before 0.014 (1/69); after 0.029 (2/69); now 0.043 (3/69)
}

#: The same, on texts re-cased before coding (the gold unchanged): (set, case) -> figures.
CASE_FLOORS: dict[tuple[str, str], dict[str, float]] = {
    ("cameo_news_dev", "lower"): {
        "hit_rate": 0.84,             # before 0.003 (4/1349); after 0.720; r2 0.767; r3 0.821; r4 0.863
        "source_recall": 0.84,        # before 0.005; after 0.720; r2 0.766; r3 0.818; r4 0.861
        "target_recall": 0.73,        # r3 0.712; r4 0.750
    },
}
CASE_CEILINGS: dict[tuple[str, str], dict[str, float]] = {
    ("cameo_news_dev", "lower"): {"no_event_rate": 0.11},  # before 0.997; after 0.226; r2 0.177; r3 0.116; r4 0.095
}

#: What issue 4 required; enforced.
TARGETS: dict[str, dict[str, float]] = {
    "plover_gsr_dev": {"precision": 0.65, "f1": 0.60},
    "petr2_afp_dev": {"no_event_accuracy": 0.80},
}

#: What issue 9 asks of the article gold (its other targets are floors and ceilings above, marked
#: "the issue's target"); reached in the sixth round and enforced.
ISSUE9_TARGETS: dict[str, dict[str, float]] = {
    "lee_articles_gold": {"recall": 0.70, "precision": 0.85},
}
#: Issue 9 (reached, enforced): the re-cased figures lose at most this much against normal case.
MAX_CASE_LOSS: dict[str, dict[str, float]] = {"cameo_news_dev": {"hit_rate": 0.05}}  # after 0.010; r2 0.015; r3 0.010; r4 0.010

# ===================================================================================================

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
GOLD: dict[str, Path] = {
    "plover_gsr_dev": SHARED / "eval" / "plover_gsr_dev.jsonl",
    "petr2_afp_dev": SHARED / "eval" / "petr2_afp_dev.jsonl",
    "india_police_dev": SHARED / "eval" / "india_police_dev.jsonl",
    "cameo_news_dev": SHARED / "eval" / "cameo_news_dev.jsonl",
    "written_dev": ROOT / "tests" / "sentences" / "written_dev.jsonl",
    "lee_articles_gold": ROOT / "tests" / "gold" / "lee_articles_gold.jsonl",
    "lee_articles_second_coding": ROOT / "tests" / "gold" / "lee_articles_second_coding.jsonl",
}
CORPUS = SHARED / "corpus" / "lee_background.txt"
REQUIRE_ENV = "FLASHPOINT_REQUIRE_GOLD"


def unavailable(reason: str) -> None:
    """Skip a gate test whose gold is absent, or fail it where the gold is required (CI)."""
    if os.environ.get(REQUIRE_ENV) == "1":
        pytest.fail(f"{reason}; {REQUIRE_ENV}=1, and a skipped gate is a failed gate")
    pytest.skip(reason)


@pytest.fixture(scope="module")
def gold_report(pipeline):
    """name, case -> the set's report, coded once per module with the session's Pipeline."""
    cache: dict[tuple[str, str | None], object] = {}

    def get(name: str, case: str | None = None):
        key = (name, case)
        if key not in cache:
            path = GOLD[name]
            if not path.exists():
                unavailable(f"development gold {path} is absent")
            try:
                cache[key] = evaluate_path(path, pipeline, case=case, corpus=CORPUS)
            except CorpusMissing as exc:
                unavailable(str(exc))
        return cache[key]
    return get


def _value(report, metric: str) -> float:
    value = report.figures()[metric]
    return 0.0 if value is None else value  # nothing predicted: precision and F1 count as 0


def _cases(table):
    return [(name, metric) for name, figures in table.items() for metric in figures]


@pytest.mark.slow
@pytest.mark.parametrize("name, metric", _cases(FLOORS))
def test_floor(gold_report, name, metric):
    report = gold_report(name)
    assert _value(report, metric) >= FLOORS[name][metric], (
        f"{name} {metric} fell below its floor {FLOORS[name][metric]}: {report.summary_line()}")


@pytest.mark.slow
@pytest.mark.parametrize("name, metric", _cases(CEILINGS))
def test_ceiling(gold_report, name, metric):
    report = gold_report(name)
    value = report.figures()[metric]
    assert value is not None and value <= CEILINGS[name][metric], (
        f"{name} {metric} rose above its ceiling {CEILINGS[name][metric]}: {report.summary_line()}")


@pytest.mark.slow
@pytest.mark.parametrize("key, metric", _cases(CASE_FLOORS))
def test_case_floor(gold_report, key, metric):
    name, case = key
    report = gold_report(name, case)
    assert _value(report, metric) >= CASE_FLOORS[key][metric], f"{case}-cased: {report.summary_line()}"


@pytest.mark.slow
@pytest.mark.parametrize("key, metric", _cases(CASE_CEILINGS))
def test_case_ceiling(gold_report, key, metric):
    name, case = key
    report = gold_report(name, case)
    value = report.figures()[metric]
    assert value is not None and value <= CASE_CEILINGS[key][metric], f"{case}-cased: {report.summary_line()}"


@pytest.mark.slow
@pytest.mark.parametrize("name, metric", _cases(TARGETS))
def test_target(gold_report, name, metric):
    report = gold_report(name)
    assert _value(report, metric) >= TARGETS[name][metric], report.summary_line()


@pytest.mark.slow
@pytest.mark.parametrize("name, metric", _cases(ISSUE9_TARGETS))
def test_issue9_target(gold_report, name, metric):
    report = gold_report(name)
    assert _value(report, metric) >= ISSUE9_TARGETS[name][metric], report.summary_line()


@pytest.mark.slow
@pytest.mark.parametrize("name, metric", _cases(MAX_CASE_LOSS))
def test_case_loss(gold_report, name, metric):
    normal, lower = gold_report(name), gold_report(name, "lower")
    loss = _value(normal, metric) - _value(lower, metric)
    assert loss <= MAX_CASE_LOSS[name][metric], f"loss {loss:.3f}: {lower.summary_line()}"


# -- the gate's own rules -----------------------------------------------------------------------

def test_every_set_has_floors():
    assert set(FLOORS) == set(GOLD)
    assert {name for name, _ in CASE_FLOORS} <= set(GOLD)


def test_missing_gold_skips_locally_and_fails_in_ci(monkeypatch):
    monkeypatch.delenv(REQUIRE_ENV, raising=False)
    with pytest.raises(pytest.skip.Exception):
        unavailable("gone")
    monkeypatch.setenv(REQUIRE_ENV, "1")
    with pytest.raises(pytest.fail.Exception, match="a skipped gate is a failed gate"):
        unavailable("gone")


def test_ci_requires_the_gold():
    assert f"export {REQUIRE_ENV}=1" in (ROOT / ".ci" / "run").read_text(encoding="utf-8")
