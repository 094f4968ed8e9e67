"""Shared fixtures: the spaCy model is loaded once per test session."""

from __future__ import annotations

from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


@pytest.fixture(scope="session")
def nlp():
    from flashpoint.nlp import load_model

    return load_model()


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    if not SHARED.exists():
        pytest.skip(f"../shared is absent ({SHARED}); development gold and corpus not available")
    return SHARED


@pytest.fixture(scope="session")
def pipeline(nlp):
    """One default Pipeline for the whole test session (shares the model of ``nlp``)."""
    from flashpoint.pipeline import Pipeline

    return Pipeline(nlp=nlp)
