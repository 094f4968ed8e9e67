"""The arrows point down: the core never imports the shell (``run``, ``cli``), no module imports the
package root (``flashpoint/__init__.py`` imports the pipeline; the version is in ``flashpoint.version``),
and no import cycle runs through the runtime shell, the pipeline or the modules it wires.

Imports inside functions count: a cycle hidden in a function is still a cycle.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "flashpoint"
SHELL = ("flashpoint.run", "flashpoint.cli", "flashpoint.serve")
#: No module may sit on an import cycle.
ACYCLIC = ("flashpoint",)


def _name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


MODULES = {_name(p): p for p in PACKAGE.rglob("*.py")}


def _imports(name: str, path: Path) -> set[str]:
    """The package modules ``name`` imports (``from .x import y`` counts x, or x.y when that is a module)."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            targets = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[:len(base) - node.level + 1]
                module = ".".join(base + ([node.module] if node.module else []))
            else:
                module = node.module or ""
            # "from . import code" imports the submodule; "from pkg import name" the module pkg.
            targets = [f"{module}.{alias.name}" if f"{module}.{alias.name}" in MODULES else module
                       for alias in node.names]
        else:
            continue
        found.update(t for t in targets if t in MODULES)
    # Importing a.b.c runs the package a.b first (unless the importer lives in it already).
    own = {package.rsplit(".", k)[0] for k in range(package.count(".") + 1)}
    for target in list(found):
        parts = target.split(".")
        found.update(p for p in (".".join(parts[:k]) for k in range(2, len(parts)))
                     if p in MODULES and p not in own)
    return found


GRAPH = {name: _imports(name, path) for name, path in MODULES.items()}


def _in_shell(name: str) -> bool:
    return any(name == s or name.startswith(s + ".") for s in SHELL)


@pytest.mark.parametrize("name", sorted(n for n in MODULES if not _in_shell(n) and n != "flashpoint"))
def test_the_core_does_not_import_the_shell(name):
    assert not [m for m in GRAPH[name] if _in_shell(m)]


@pytest.mark.parametrize("name", sorted(n for n in MODULES if n != "flashpoint"))
def test_no_module_imports_the_package_root(name):
    assert "flashpoint" not in GRAPH[name]


def _reachable(start: str) -> set[str]:
    seen, todo = set(), [start]
    while todo:
        for nxt in GRAPH[todo.pop()]:
            if nxt not in seen:
                seen.add(nxt)
                todo.append(nxt)
    return seen


@pytest.mark.parametrize("name", sorted(n for n in MODULES if any(n == a or n.startswith(a + ".") for a in ACYCLIC)))
def test_no_cycle_through(name):
    assert name not in _reachable(name)


def test_the_graph_sees_imports():
    assert "flashpoint.pipeline" in GRAPH["flashpoint.run.local"]
    assert "flashpoint.run" in GRAPH["flashpoint.cli.code"]
    assert "flashpoint.dates.published" in GRAPH["flashpoint.options"]
