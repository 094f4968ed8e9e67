"""What the tests of the faster spaCy components share: the texts they compare the fast and the
stock component on, and a pair of pipelines, one with the fast component, one stock."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Callable

import pytest
import spacy

from flashpoint.nlp import DEFAULT_MODELS

HERE = Path(__file__).resolve().parent
EXAMPLES = HERE.parent / "examples"


def texts(odd: list[str]) -> list[str]:
    """``odd`` (sentences written for the test), the example articles and 300 written sentences."""
    found = list(odd) + [p.read_text(encoding="utf-8") for p in sorted(EXAMPLES.glob("*.txt"))]
    written = (HERE / "sentences" / "written_dev.jsonl").read_text(encoding="utf-8").splitlines()
    return found + [json.loads(line)["text"] for line in written[:300]]


def fast_and_stock(speed_up: Callable[[spacy.language.Language], bool]):
    """The first English model loaded twice: sped up by ``speed_up`` (which must apply), and stock."""
    for name in DEFAULT_MODELS:
        try:
            stock = spacy.load(name)
            fast = spacy.load(name)
        except OSError:
            continue
        assert speed_up(fast)
        return fast, stock
    pytest.skip("no English model")
