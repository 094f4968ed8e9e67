"""The README's two commands are the ones CI runs, and its claims match the code."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_ci_runs_the_readme_commands():
    """Two opening commands: install, ingest the examples and serve them; run the tests. CI runs the
    install and the tests (serving would not end)."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    block = re.search(r"## Set up.*?```bash\n(.*?)```", readme, re.S).group(1)
    commands = [line.split("#")[0].strip() for line in block.splitlines() if line.strip()]
    install, tests = 'python3 -m pip install -e ".[dev]"', "python3 -m pytest"
    assert commands == [f"{install} && flashpoint ingest examples/; flashpoint serve", tests]
    for command in (install, tests):
        assert command in ci


def test_exit_codes_documented():
    from flashpoint.cli import EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for code in (EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE):
        assert f"| {code} |" in readme


def test_the_python_api_example_runs(capsys):
    """The README's Python API block runs as written (``documents`` being any iterable of inputs)."""
    import warnings

    from flashpoint.records import Document

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = re.search(r"## Python API.*?```python\n(.*?)```", readme, re.S).group(1)
    documents = [Document(doc_id="r1", text="Russia warned Ukraine on Tuesday.", published="2022-02-16", origin="r1")]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # a Pipeline given workers=2 says that it codes in one process
        exec(compile(block, "README.md", "exec"), {"documents": documents})
    assert "RUS" in capsys.readouterr().out
