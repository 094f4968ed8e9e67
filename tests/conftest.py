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
def lexicon():
    """The shipped lexicon, loaded once (the coder's unit tests share it; none of them changes it)."""
    from flashpoint.coding import load_lexicon

    return load_lexicon()


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


@pytest.fixture(scope="session")
def example_store(tmp_path_factory, pipeline) -> Path:
    """A store of ``examples/`` ingested as ``flashpoint ingest examples/`` does (read it; copy it to
    write). Shared by the serve, security and browser tests."""
    from flashpoint.ingest import read_inputs
    from flashpoint.store import Ingest, Store

    path = tmp_path_factory.mktemp("example-store") / "examples.duckdb"
    with Store.open(path) as store:
        ingest = Ingest(store, coder=pipeline.coder_info)
        ingest.start(command="test", inputs=[str(EXAMPLES)])
        for result in pipeline.code_documents(ingest.pending(read_inputs([str(EXAMPLES)]))):
            ingest.add(result)
        ingest.finish()
    return path
