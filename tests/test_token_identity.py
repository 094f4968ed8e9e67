"""spaCy makes a new Token object at every ``doc[i]`` and ``token.head``, so ``a.head is a`` is
always False: tokens are compared by their index. This test reads the rules' code for identity
comparisons whose sides are named as tokens are named here (it once found 26 that never fired)."""

from __future__ import annotations

import ast
from pathlib import Path

import flashpoint

PACKAGE = Path(flashpoint.__file__).parent
#: Names this code base gives tokens (a side ``x.head`` is always a token).
TOKEN_NAMES = {"tok", "token", "head", "cur", "gov", "verb", "noun", "phrase", "root", "clause", "frame", "n",
               "t", "h", "o", "w"}


def _token_like(node: ast.expr) -> bool:
    if isinstance(node, ast.Attribute):
        return node.attr in TOKEN_NAMES
    return isinstance(node, ast.Name) and node.id in TOKEN_NAMES


def identity_comparisons_of_tokens(path: Path, root: Path = PACKAGE) -> list[str]:
    source = path.read_text(encoding="utf-8")
    found = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Compare):
            continue
        sides = [node.left, *node.comparators]
        for op, left, right in zip(node.ops, sides, sides[1:]):
            if isinstance(op, (ast.Is, ast.IsNot)) and _token_like(left) and _token_like(right):
                found.append(f"{path.relative_to(root)}:{node.lineno}: {ast.get_source_segment(source, node)}")
    return found


def test_tokens_are_compared_by_index():
    found = [hit for path in sorted(PACKAGE.rglob("*.py")) for hit in identity_comparisons_of_tokens(path)]
    assert not found, "compare tokens by .i, not by identity:\n" + "\n".join(found)


def test_the_check_finds_an_identity_comparison(tmp_path):
    probe = tmp_path / "probe.py"
    probe.write_text("def f(tok, m):\n    return tok.head is tok or m is None\n", encoding="utf-8")
    assert identity_comparisons_of_tokens(probe, root=tmp_path) == ["probe.py:2: tok.head is tok"]


def test_spacy_still_makes_new_token_objects(nlp):
    """Why the rule exists: were spaCy to keep its Token objects, the test would say so."""
    doc = nlp("Police arrested five men.")
    assert doc[0] is not doc[0] and doc[1].head is not doc[1]
