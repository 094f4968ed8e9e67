"""Evaluation gate: the real pipeline on the development gold must not fall below pinned floors."""

from __future__ import annotations

import pytest

from flashpoint.evaluation import evaluate_file, summary_line

# Raise these when the coder improves; lowering needs a reason in the commit.
FLOORS: dict[str, dict[str, float]] = {
    # measured 2026-11-29: P 0.796 R 0.706 F1 0.748
    "plover_gsr_dev": {"precision": 0.76, "recall": 0.68, "f1": 0.72},
    # measured 2026-11-29: P 0.636 R 0.438 F1 0.519, no-event 10/12; agentless passives are kept
    # with a null source since issue 9 (P 0.581): this PETRARCH gold never codes a sourceless
    # event, so each counts as spurious here ("jailed over a year ago", "were killed in an air strike")
    "petr2_afp_dev": {"precision": 0.56, "recall": 0.41, "f1": 0.49, "no_event_accuracy": 0.80},
}

# What the project must reach (issue 4); enforced.
TARGETS: dict[str, dict[str, float]] = {
    "plover_gsr_dev": {"precision": 0.65, "f1": 0.60},
    "petr2_afp_dev": {"no_event_accuracy": 0.80},
}


@pytest.fixture(scope="module")
def pipeline(nlp):
    try:
        from flashpoint.pipeline import Pipeline
    except ImportError as exc:
        pytest.skip(f"flashpoint.pipeline is not available yet ({exc})")
    return Pipeline(nlp=nlp)


@pytest.fixture(scope="module")
def reports(pipeline, shared_dir):
    out = {}
    for name in FLOORS:
        path = shared_dir / "eval" / f"{name}.jsonl"
        if not path.exists():
            pytest.skip(f"development gold {path} is absent")
        out[name] = evaluate_file(path, pipeline)
    return out


def _figure(report, metric: str) -> float:
    value = getattr(report, metric)
    return 0.0 if value is None else value  # nothing predicted: precision and F1 count as 0


@pytest.mark.parametrize("name, metric", [(n, m) for n, floors in FLOORS.items() for m in floors])
def test_floor(reports, name, metric):
    report = reports[name]
    floor = FLOORS[name][metric]
    assert _figure(report, metric) >= floor, (
        f"{name} {metric} fell below its floor {floor}: {summary_line(report)}")


@pytest.mark.parametrize("name, metric", [(n, m) for n, targets in TARGETS.items() for m in targets])
def test_target(reports, name, metric):
    assert _figure(reports[name], metric) >= TARGETS[name][metric], summary_line(reports[name])
