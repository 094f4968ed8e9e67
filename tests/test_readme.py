"""The README's two commands are the ones CI runs, and its claims match the code."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_ci_runs_the_readme_commands():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    block = re.search(r"## Set up.*?```bash\n(.*?)```", readme, re.S).group(1)
    commands = [line.split("#")[0].strip() for line in block.splitlines() if line.strip()]
    assert commands == ['python3 -m pip install -e ".[dev]"', "python3 -m pytest"]
    for command in commands:
        assert command in ci


def test_exit_codes_documented():
    from flashpoint.cli import EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for code in (EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE):
        assert f"| {code} |" in readme
