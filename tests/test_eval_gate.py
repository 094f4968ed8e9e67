"""Evaluation gate: the real pipeline on the development gold must not fall below pinned floors."""

from __future__ import annotations

import pytest

from flashpoint.evaluation import evaluate_file, summary_line

# Raise these when the coder improves; lowering needs a reason in the commit.
FLOORS: dict[str, dict[str, float]] = {
    # measured 2026-11-29: P 0.796 R 0.706 F1 0.748. Precision floor lowered (issue 9): groups named
    # by their kind only ("police", "officials") are now actors, and the extra events they make count
    # against precision in a set coded with one event per sentence (P 0.746 R 0.706 F1 0.725).
    "plover_gsr_dev": {"precision": 0.72, "recall": 0.68, "f1": 0.70},
    # measured 2026-11-29: P 0.636 R 0.438 F1 0.519, no-event 10/12; precision floor lowered for the
    # same reason (P 0.571 R 0.450 F1 0.503)
    "petr2_afp_dev": {"precision": 0.55, "recall": 0.41, "f1": 0.49, "no_event_accuracy": 0.80},
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
