"""Property-based fuzzing: generated inputs in every format go through the whole pipeline without a
crash, every input is coded or rejected with a reason, and every span lies inside its text.

This is the quick profile run in CI (a few seconds per format); ``bench/fuzz.py`` runs the same
generators and checks over 100,000 inputs and more. A failure shows the smallest input that fails.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings

from fuzzing import check_input, formats, inputs

QUICK = settings(max_examples=15, deadline=None, derandomize=True, database=None,
                 suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                        HealthCheck.filter_too_much])


def _check(pipeline, suffix: str, data: bytes, stdin: bool) -> None:
    with tempfile.TemporaryDirectory() as folder:
        outcome = check_input(pipeline, suffix=suffix, data=data, stdin=stdin, folder=Path(folder))
    assert outcome.problems == []


@pytest.mark.parametrize("suffix", sorted(formats()))
def test_every_format(pipeline, suffix: str) -> None:
    @QUICK
    @given(data=formats()[suffix])
    def run(data: bytes) -> None:
        _check(pipeline, suffix, data, stdin=False)

    run()


def test_any_input_through_a_file_or_stdin(pipeline) -> None:
    @QUICK
    @given(case=inputs())
    def run(case) -> None:
        suffix, data, stdin = case
        _check(pipeline, suffix, data, stdin)

    run()


def test_any_document_made_in_python(pipeline) -> None:
    """The API: Documents no reader cleaned (bytes or numbers for text, lone surrogates, a date in
    any form) give a result with a known reason, or events that can be written."""
    from fuzzing import api_documents, check_document

    @settings(QUICK, max_examples=60)
    @given(document=api_documents())
    def run(document) -> None:
        assert check_document(pipeline, document).problems == []

    run()
