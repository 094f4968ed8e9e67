"""The vocabulary of actors, places, dates, ingest and evaluation lives in data (``data/words.csv``,
lists named ``actors_*``, ``geo_*``, ``dates_*``, ``ingest_*`` or, shared, by meaning), is loaded
once at import, and no .py file of these packages grows a word list of its own again."""

from __future__ import annotations

import ast
import re
from typing import get_args
from pathlib import Path

import pytest
from spacy.glossary import GLOSSARY

import flashpoint
from flashpoint.actors import acronyms, atoms, chunks, files, names, resolver
from flashpoint.dates import expressions, resolve
from flashpoint.dates.expressions import PRECISIONS
from flashpoint.dates.words import KINDS as DATE_WORD_KINDS
from flashpoint.geo import gazetteer, location, toponyms
from flashpoint.geo.entries import FEATURES
from flashpoint.ingest import clean, html
from flashpoint.ingest.readers import FORMATS, REASONS
from flashpoint.ingest.tabular import FIELDS
from flashpoint import columns
from flashpoint.context.topic import TOPICS
from flashpoint.ontology import table as ontology_table
from flashpoint.records import STATUSES
from flashpoint.resources.words import KINDS as WORD_LIST_KINDS, load_word_lists
from flashpoint.serve import labels as api_labels
from flashpoint.store import api_queries

ROOT = Path(flashpoint.__file__).parent
#: Every module of the package but the coder's (``test_coding_vocabulary`` checks those).
SOURCES = sorted(p for p in ROOT.rglob("*.py") if "coding" not in p.relative_to(ROOT).parts)
PREFIXES = ("actors_", "geo_", "dates_", "ingest_", "nlp_", "context_")
#: Shared lists (named by meaning) these packages load.
SHARED = {"compass_words", "say_verbs"}
LOADERS = ("word_list", "word_map", "word_sequence")

#: Lower-case strings that are labels of the code, not English words a rule tests for: spaCy's
#: labels, the kinds of atoms, names, titles, organisations and places, precisions, the columns
#: and kinds of data files, rejection reasons, input fields and input formats.
LABELS = (
    {k for k in GLOSSARY if k.islower()} | {"predet"}
    | {"person", "surname", "unknown_person", "org", "country", "title", "sector", "place"}
    | files.ALIAS_KINDS | files.ORG_KINDS | files.SECTOR_WORD_KINDS | files.TITLE_KINDS | files.GROUP_KINDS
    | set(files.COLUMNS) | {c for columns in files.COLUMNS.values() for c in columns} | set(acronyms.COLUMNS)
    | {"note", "notes", "source"} | set(files.YAML_KEYS)
    | set(FEATURES) | set(PRECISIONS) | set(DATE_WORD_KINDS)
    | {"word", "kind", "value", "phrase", "past", "future", "code", "sectors", "family", "feature", "lat", "lon",
       "before", "since"}
    | set(REASONS) | set(FIELDS) | set(FORMATS.values())
    # the values the record defines (statuses, how an actor was resolved, precisions...), the
    # field spec's scalar types and flat parts, JSON Schema keywords, choices of CLI flags, the
    # columns and kinds of the word-list files
    | set(STATUSES) | set(columns.RESOLVED_BY) | set(columns.COUNTRY_FROM) | set(TOPICS) | set(columns.DATE_SOURCES) | set(columns.PLACE_SOURCES)
    | set(columns.PLACE_PRECISIONS) | set(columns.SCALARS) | set(get_args(columns.Part))
    | {"object", "null", "type", "pattern", "minimum", "number", "integer", "string", "boolean", "span"}
    | {"auto", "always", "never", "text", "json", "jsonl", "csv", "parquet"}
    | set(WORD_LIST_KINDS) | {"meaning"}
    | set(ontology_table.COLUMNS) | set(ontology_table.PLOVER_KINDS) | {"name", "rank"}
    # the REST API's identifiers: its labels, what counts group by and clusters sort by
    | api_labels.ALL | set(api_queries.GROUPS) | set(api_queries.CLUSTER_SORTS)
    # the flat columns of the field spec, which the store's queries name
    | set(columns.FLAT_COLUMNS)
)
#: Constants that hold markup, file names or exported names, not words: HTML tags, attributes and
#: ARIA roles, <meta> names of a publication date, names of junk files, input formats, the CLI's
#: sub-commands (module names).
NOT_WORDS = {"__all__", "JUNK_TAGS", "NEVER_TEXT_TAGS", "ARTICLE_TAGS", "LAYOUT_ROLES", "META_NAME_ATTRIBUTES",
             "BLOCK_TAGS", "LINE_BREAKING", "PUBLISHED_META", "STATE_PREFIXES", "JUNK_NAMES", "FORMATS",
             "DATA_FILES", "SHIPPED", "COMMANDS"}
_WORD = re.compile(r"[a-z][a-z' .\-]*")


def _word_collections(tree: ast.AST):
    """(line, strings) of every literal set/tuple/list of strings, of every dict with constant
    values (a table; a dict of computed values is a record being built) and of "a b c".split()."""
    skip = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.Assign, ast.AnnAssign)):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            if any(isinstance(t, ast.Name) and t.id in NOT_WORDS for t in targets):
                skip |= {id(n) for n in ast.walk(node.value)} if node.value is not None else set()
    for node in ast.walk(tree):
        if id(node) in skip:
            continue
        if isinstance(node, (ast.Set, ast.Tuple, ast.List)):
            items = node.elts
        elif isinstance(node, ast.Dict) and all(isinstance(v, ast.Constant) for v in node.values):
            items = [k for k in node.keys if k is not None]
        elif (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "split"
              and isinstance(node.func.value, ast.Constant) and isinstance(node.func.value.value, str)):
            items = [ast.Constant(w) for w in node.func.value.value.split()]  # "a b c".split()
        else:
            continue
        strings = [e.value for e in items if isinstance(e, ast.Constant) and isinstance(e.value, str)]
        if len(strings) >= 2 and len(strings) == len(items):
            yield node.lineno, strings


def _flagged(tree: ast.AST) -> list[tuple[int, list[str]]]:
    return [(line, [w for w in words if _WORD.fullmatch(w) and w not in LABELS])
            for line, words in _word_collections(tree)
            if any(_WORD.fullmatch(w) and w not in LABELS for w in words)]


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: str(p.relative_to(ROOT)))
def test_no_word_list_in_code(path):
    """A new list of English words in these packages fails here: put it in data/words.csv (a list
    with the package's prefix, or a shared one named by meaning, declared in word_lists.csv) and
    load it once at import with ``word_list``/``word_map``."""
    found = [f"{path.name}:{line}: {', '.join(words)}"
             for line, words in _flagged(ast.parse(path.read_text(encoding="utf-8")))]
    assert not found, "vocabulary in code:\n" + "\n".join(found)


def test_the_check_catches_a_word_list():
    tree = ast.parse('WORDS = frozenset({"oblast", "province"})\nDEPS = ("nsubj", "dobj")\n'
                     'KINDS = ("person", "org")\nUNITS = {"days": "day", "weeks": "week"}\n'
                     'row = {"name": name, "kind": kind}\nSMALL = frozenset("van von".split())\n')
    assert sorted(_flagged(tree)) == [(1, ["oblast", "province"]), (4, ["days", "weeks"]), (6, ["van", "von"])]


def _loaded_names() -> dict[str, list[Path]]:
    """Word lists these packages load -> the modules that load them; fails on a load inside a
    function (word lists are read once, at import, never on a hot path)."""
    found: dict[str, list[Path]] = {}
    for path in SOURCES:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        in_functions = {id(n) for f in ast.walk(tree) if isinstance(f, (ast.FunctionDef, ast.Lambda))
                        for n in ast.walk(f)}
        for node in ast.walk(tree):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in LOADERS
                    and node.args and isinstance(node.args[0], ast.Constant)):
                assert id(node) not in in_functions, f"{path.name}:{node.lineno}: load word lists at import"
                found.setdefault(node.args[0].value, []).append(path)
    return found


def test_every_list_is_declared_and_used():
    declared = set(load_word_lists())
    loaded = set(_loaded_names())
    assert loaded <= declared, "loaded but not declared in word_lists.csv"
    ours = {name for name in declared if name.startswith(PREFIXES)}
    assert ours == {name for name in loaded if name.startswith(PREFIXES)}, "declared but loaded by no module"
    assert SHARED <= loaded


def test_each_list_is_loaded_once_per_package():
    """One list per meaning, one name for it in a package: its modules import it from one place."""
    for name, paths in _loaded_names().items():
        packages = [p.parent for p in paths]
        assert len(packages) == len(set(packages)), f"{name} is loaded twice in one package: {paths}"


def test_loaded_lists_have_the_right_shape():
    assert isinstance(atoms.AREA_WORDS, frozenset) and "oblast" in atoms.AREA_WORDS
    assert atoms.is_region_modifier("Eastern") and not atoms.is_region_modifier("East")
    assert "ex" in atoms.WORD_PREFIXES and "ex" not in atoms.NOT_OWN_PREFIXES
    assert resolver._STANCE_PREFIXES == {"pro", "anti"}
    assert chunks._CONJ >= {"and", ",", "&"}
    assert names.surname_forms("Bashar al-Assad") == ["al-Assad", "Assad"]
    assert names.surname_forms("Martin Luther King Jr.") == ["King"]
    assert {"say", "believe", "tweet"} <= location.SPEECH_VERBS == resolve.REPORTING_VERBS
    assert location.ADDRESSEE_VERBS > location.SPEECH_VERBS and "urge" in location.ADDRESSEE_VERBS
    assert {"northeastern", "upper"} <= gazetteer.COMPASS_WORDS and "to" not in toponyms.LOCATIVE_PREPS
    assert "to" in resolver._PLACE_PREPS
    assert resolve.IMPLICATIVE_VERBS > resolve.ASPECTUAL_VERBS and "fail" in resolve.IMPLICATIVE_VERBS
    assert expressions._RELATIONS == {"last": -1, "this": 0, "next": 1}
    assert expressions._UNITS["weeks"] == "week"
    assert expressions._FIXED["overnight"] == (-1, 0)
    assert html.JUNK_CLASS.match("site-nav") and html.JUNK_CLASS.match("Breadcrumbs")
    assert not html.JUNK_CLASS.match("navigator") and not html.JUNK_CLASS.match("article-body")
    assert "reporter" in clean._BYLINE_ROLE_WORDS and "monday" in clean._BYLINE_NOT_NAMES
