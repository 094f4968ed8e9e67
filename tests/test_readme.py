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
    assert commands == [f"{install} && flashpoint ingest examples/; flashpoint serve", f"{install} && {tests}"]
    for command in (install, tests):
        assert command in ci


def _bad_input_section() -> str:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    return re.search(r"\n## What happens to bad input\n(.*?)\n## ", readme, re.S).group(1)


def test_exit_codes_documented():
    """Every exit status of the command is in the table of the bad-input section, and only those."""
    from flashpoint.cli import exit_codes

    codes = {v for k, v in vars(exit_codes).items() if k.startswith("EXIT_")}
    documented = {int(c) for c in re.findall(r"^\| (\d+) \|", _bad_input_section(), re.M)}
    assert documented == codes


def test_every_reason_is_documented():
    """Every reason the catalogue names (a message "reason: ...") is in the bad-input section."""
    from flashpoint.errors import Errors

    reasons = {m.group(1) for k, v in vars(Errors).items() if k.startswith("E")
               for m in [re.match(r"([a-z]+(?:-[a-z0-9]+)*): ", v)] if m}
    assert {"empty", "timeout", "worker-error", "not-english", "bad-date"} <= reasons
    section = _bad_input_section()
    missing = sorted(r for r in reasons if f"`{r}`" not in section and f"`{r}:" not in section)
    assert not missing, f"README's 'What happens to bad input' lacks: {missing}"


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
