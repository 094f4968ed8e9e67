"""The coder's vocabulary lives in data (``data/words.csv``, lists named ``coding_*``), is loaded once
at import, and no .py file of ``coding/`` grows a word list of its own again."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest
from spacy.glossary import GLOSSARY

import flashpoint.coding
from flashpoint.coding import arguments, lexicon, quantities, sources
from flashpoint.records import STATUSES
from flashpoint.resources.words import load_word_lists

CODING = Path(flashpoint.coding.__file__).parent
SOURCES = sorted(CODING.rglob("*.py"))
LOADERS = ("word_list", "word_map", "word_sequence")

#: Lower-case strings that are labels of the code, not English words a rule tests for: spaCy's
#: dependency labels, the cue kinds, flags, statement kinds and statuses, how an argument was found
#: (``Arg.how``), how an actor was resolved (``Actor.resolved_by``) and the columns of data files.
LABELS = (
    {k for k in GLOSSARY if k.islower()}
    | set(lexicon.CUE_KINDS) | set(lexicon.FLAGS) | set(lexicon.STATEMENT_KINDS) | set(lexicon.GOVERNOR_KINDS)
    | set(STATUSES)
    | {"subject", "agent", "object", "patient", "prep", "prep-generic", "dative", "clause-subject", "giver",
       "control", "conj", "relcl", "adjunct", "noun", "coref", "place", "nearby", "default", "location",
       "between", "condition", "agentless", "attacked-place", "owner", "author"}
    | {"kb", "title", "country", "org", "demonym", "metonym", "person", "coreference", "sector", "perpetrator"}
    | {"id", "lemma", "pos", "particle", "cameo", "flags", "cue", "kind", "action", "code"}
)
#: Names whose literals hold no words: exported names, (suffix, replacement) pairs of inflection.
NOT_WORDS = {"__all__", "DEINFLECTIONS"}
_WORD = re.compile(r"[a-z][a-z' .\-]*")


def _word_collections(tree: ast.AST):
    """(line, words) of every literal set/tuple/list of strings, and of every dict's string keys."""
    skip = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and t.id in NOT_WORDS for t in node.targets):
            skip |= {id(n) for n in ast.walk(node.value)}
    for node in ast.walk(tree):
        if id(node) in skip:
            continue
        if isinstance(node, (ast.Set, ast.Tuple, ast.List)):
            items = node.elts
        elif isinstance(node, ast.Dict):
            items = [k for k in node.keys if k is not None]
        else:
            continue
        strings = [e.value for e in items if isinstance(e, ast.Constant) and isinstance(e.value, str)]
        if len(strings) >= 2 and len(strings) == len(items):
            yield node.lineno, strings


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: str(p.relative_to(CODING)))
def test_no_word_list_in_code(path):
    """A new list of English words in coding/*.py fails here: put it in data/words.csv (a
    ``coding_*`` list, declared in word_lists.csv) and load it once with ``word_list``/``word_map``."""
    found = [f"{path.name}:{line}: {', '.join(w for w in words if w not in LABELS)}"
             for line, words in _word_collections(ast.parse(path.read_text(encoding="utf-8")))
             if any(_WORD.fullmatch(w) and w not in LABELS for w in words)]
    assert not found, "vocabulary in code:\n" + "\n".join(found)


def test_the_check_catches_a_word_list():
    tree = ast.parse('VERBS = frozenset({"attack", "raid"})\nDEPS = ("nsubj", "dobj")\n')
    flagged = [w for _, words in _word_collections(tree) for w in words if _WORD.fullmatch(w) and w not in LABELS]
    assert flagged == ["attack", "raid"]


def _loaded_names() -> dict[str, list[Path]]:
    """Word lists the coder loads -> the modules that load them; fails on a load inside a function."""
    names: dict[str, list[Path]] = {}
    for path in SOURCES:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        in_functions = {id(n) for f in ast.walk(tree) if isinstance(f, ast.FunctionDef)
                        for n in ast.walk(f)}
        for node in ast.walk(tree):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in LOADERS
                    and node.args and isinstance(node.args[0], ast.Constant)):
                assert id(node) not in in_functions, f"{path.name}:{node.lineno}: load word lists at import, not per call"
                names.setdefault(node.args[0].value, []).append(path)
    return names


def test_every_coding_list_is_declared_and_used():
    declared = {name for name in load_word_lists() if name.startswith("coding_")}
    loaded = set(_loaded_names())
    assert loaded <= set(load_word_lists()), "loaded but not declared in word_lists.csv"
    assert declared == {n for n in loaded if n.startswith("coding_")}, "declared but loaded by no module"


def test_each_list_is_loaded_in_one_place():
    """One list per meaning, one name for it in the code: modules import it from its owner."""
    twice = {name: paths for name, paths in _loaded_names().items() if len(paths) > 1}
    assert not twice


def test_loaded_lists_have_the_right_shape():
    assert lexicon.IRREGULAR["fought"] == "fight" and lexicon.IRREGULAR["withdrawn"] == "withdraw"
    assert quantities.WORD_NUMBERS["a dozen"] == 12 and quantities.SCALE["bn"] == 1_000_000_000
    assert quantities.VAGUE["tens of thousands"] == 20_000
    assert quantities.CURRENCY["€"] == "EUR"
    lengths = [len(p.split()) for p in quantities.APPROX]
    assert lengths == sorted(lengths, reverse=True) and "at least" in quantities.APPROX
    assert sources._PERSONS < sources.PERPETRATORS and "gunman" in sources._PERSONS and "bomb" not in sources._PERSONS
    assert "force" in arguments.AGENT_NOUNS and isinstance(arguments.AGENT_NOUNS, frozenset)


def test_irregular_forms_reach_the_lexicon():
    class Tok:  # the lemmatizer left "fought" alone
        lemma_, lower_ = "fought", "fought"

    assert lexicon.word_forms(Tok())[:2] == ["fought", "fight"]
