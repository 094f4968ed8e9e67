"""Acronyms an article defines for itself ("the Harbour Workers Union (HWU) ... the HWU"): a later
bare acronym is the body its full name resolved to, for that document only (``actors.defined``).
Every sentence was written for these tests."""

from __future__ import annotations

import pytest

from flashpoint.actors import find_actors, load_kb
from flashpoint.actors.defined import find_definitions, initials_match


@pytest.fixture(scope="module")
def kb():
    return load_kb()


def mentions(nlp, kb, text):
    return [(m.actor.text, m.actor) for m in find_actors(nlp(text), kb)]


def test_initials_match():
    assert initials_match("HWU", "Jane Roe of the Harbour Workers Union".split())
    assert initials_match("KDF", ["Kenya", "Defence", "Forces"])
    assert initials_match("FAT", "Department of Foreign Affairs and Trade".split())
    assert not initials_match("AEDT", ["at", "11am"])
    assert not initials_match("HWU", ["the", "Harbour", "Union"])


def test_a_defined_acronym_is_the_body_later(nlp, kb):
    text = ("The Kenyan Harbour Workers Union (HWU) has called a strike at Mombasa port. "
            "The port authority said it would meet the HWU on Monday.")
    got = mentions(nlp, kb, text)
    later = [a for t, a in got if t == "HWU"]
    assert later and later[0].code == "KENLAB" and later[0].resolved_by == "coreference", got


def test_a_defined_acronym_is_the_body_before_the_name(nlp, kb):
    """'the HWU (Harbour Workers Union)': the acronym first, the name in brackets."""
    text = ("Dockers of the HWU (Kenyan Harbour Workers Union) walked out on Monday. "
            "The HWU said the strike would go on.")
    got = mentions(nlp, kb, text)
    later = [a for t, a in got if t == "HWU"]
    assert len(later) >= 1 and all(a.code == "KENLAB" for a in later), got


def test_the_officer_of_a_defined_union_is_of_the_union(nlp, kb):
    """'the secretary of the HWU': a union's officer is of the union (LAB), not of the government."""
    text = ("The Kenyan Harbour Workers Union (HWU) has called a strike. "
            "The general secretary of the HWU, Jane Wambui, says the government broke its promise.")
    got = dict(mentions(nlp, kb, text))
    secretary = next(a for t, a in got.items() if "secretary" in t)
    assert secretary.code == "KENLAB", got


def test_an_undefined_acronym_stays_unknown(nlp, kb):
    """No definition, no reading: 'the HWU' in an article that never spells it out is no actor
    unless it is a clause's subject (kept by name only)."""
    got = mentions(nlp, kb, "Police said they would meet the HWU on Monday in Nairobi.")
    assert all(a.code is None for t, a in got if t == "HWU"), got


def test_a_time_zone_in_brackets_is_no_definition(nlp):
    doc = nlp("The talks resume at 11am (AEDT) in the Industrial Relations Commission.")
    assert find_definitions(doc) == []


def test_the_definition_is_of_its_document_only(nlp, kb):
    find_actors(nlp("The Kenyan Harbour Workers Union (HWU) has called a strike."), kb)
    got = mentions(nlp, kb, "Police said they would meet the HWU on Monday in Nairobi.")
    assert all(a.code is None for t, a in got if t == "HWU"), got
