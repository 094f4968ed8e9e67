"""Groups of people named by kind that the sector words missed (issue 9): families, relatives
and survivors are civilians; employees and labourers are labour ("the flood victims" stay a thing
acted on: tests/test_targets_things.py). Sentences written for these tests."""

from __future__ import annotations

import pytest

from flashpoint.actors import find_actors, load_kb


@pytest.fixture(scope="module")
def kb():
    return load_kb()


@pytest.mark.parametrize("text,mention,code", [
    ("Australian families of the victims have welcomed the verdicts.", "Australian families", "AUSCVL"),
    ("Relatives of the missing sailors protested in Manila.", "Relatives", "PHLCVL"),
    ("Kenyan survivors of the attack demanded compensation.", "Kenyan survivors", "KENCVL"),
    ("Hundreds of employees stopped work in Mumbai on Tuesday.", "employees", "INDLAB"),
    ("Chilean labourers blocked the road to the mine.", "Chilean labourers", "CHLLAB"),
])
def test_group_words(nlp, kb, text, mention, code):
    got = {m.actor.text: m.actor.code for m in find_actors(nlp(text), kb)}
    assert got.get(mention) == code, got


def test_families_event_kept(pipeline):
    events = pipeline.code_text("Australian families of the victims have welcomed the verdicts.")
    assert [e.source.code for e in events if e.source] == ["AUSCVL"]
