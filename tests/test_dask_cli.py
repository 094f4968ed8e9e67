"""``flashpoint code --dask local:N`` against ``--workers N``: the same output, byte for byte, in
every format; Dask's progress bar on stderr only. And the Python API with ``Options(dask=...)``.
Slow: each run starts its own workers (the CI-bound Dask tests are in ``test_dask.py``)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from test_dask import PUBLISHED, _env, _inputs, _rows

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "parquet"])
def test_workers_and_dask_write_the_same(tmp_path, fmt):
    paths = _inputs(tmp_path / "in", n=10)
    outputs = {}
    for name, runner in (("workers", ["--workers", "2"]), ("dask", ["--dask", "local:2", "--partition-size", "3",
                                                                    "--progress", "always"])):
        out, errors = tmp_path / f"{name}.{fmt}", tmp_path / f"{name}.errors.jsonl"
        done = subprocess.run([sys.executable, "-m", "flashpoint.cli", "code", *paths, "--published", PUBLISHED,
                               "-f", fmt, "-o", str(out), "--errors", str(errors), *runner],
                              env=_env(), capture_output=True, text=True, timeout=600)
        assert done.returncode == 1, done.stderr  # the broken inputs are rejected
        assert done.stdout == ""
        outputs[name] = (out.read_bytes(), errors.read_text(encoding="utf-8"), done.stderr)
    assert outputs["dask"][:2] == outputs["workers"][:2]
    assert len(outputs["dask"][1].splitlines()) >= 2
    assert "partitions |" in outputs["dask"][2] and "100% of" in outputs["dask"][2]  # Dask's bar, on stderr
    summary = [line for line in outputs["workers"][2].splitlines() if "input(s)" in line][0]
    assert summary.split(" in ")[0] in outputs["dask"][2]  # the same counts in the run summary


def test_the_api_runs_on_dask(pipeline, tmp_path):
    import flashpoint
    from flashpoint.ingest import IngestOptions, read_inputs

    paths = _inputs(tmp_path / "in", n=4)
    documents = list(read_inputs(paths, options=IngestOptions(published=PUBLISHED)))
    options = flashpoint.Options(dask="local:1", partition_size=3, published=PUBLISHED)
    got = _rows(flashpoint.code_documents(documents, options, pipeline=pipeline))
    assert got == _rows(pipeline.code_documents(documents)) and any(events for _, _, events in got)
    assert json.dumps(got)  # plain data all the way
