"""Bodies the knowledge base does not know, named once ("the Harbour Workers Association", "Ostrava
Savings Bank"): kept as actors with the sector their name's last word gives, their country from a
country word of the name or from context, or null (issue 9). Every sentence was written for these
tests."""

from __future__ import annotations

import pytest

from flashpoint.actors import find_actors, load_kb
from flashpoint.actors.atoms import ORGANISATION_HEADS


@pytest.fixture(scope="module")
def kb():
    return load_kb()


def actors(nlp, kb, text):
    return {m.actor.text: m.actor for m in find_actors(nlp(text), kb)}


@pytest.mark.parametrize("text,mention,code,sectors", [
    ("The Harbour Workers Association has demanded higher wages.", "Harbour Workers Association", None, ["NGO"]),
    ("The Kenyan Tea Growers Association said it would appeal.", "Kenyan Tea Growers Association", "KENNGO", ["NGO"]),
    ("The Silver Coast Savings Bank said it would cut 200 jobs in Portugal.", "Silver Coast Savings Bank",
     "PRTBUS", ["BUS"]),
    ("The Valley Transport Authority rejected the plan.", "Valley Transport Authority", None, ["GOV"]),
])
def test_unknown_body_is_kept(nlp, kb, text, mention, code, sectors):
    got = actors(nlp, kb, text)
    assert mention in got, got
    assert got[mention].code == code and got[mention].sectors == sectors


def test_known_body_is_left_alone(nlp, kb):
    """A name the knowledge base knows is never read as an unknown body of its head word."""
    got = actors(nlp, kb, "The World Bank approved a loan to Ghana.")
    assert any(a.org for a in got.values())


def test_words_inside_the_name_are_no_group(nlp, kb):
    """"the Metro Police Officers Union": a union, not police officers."""
    got = actors(nlp, kb, "The Metro Police Officers Union criticised the minister.")
    assert [a.sectors for t, a in got.items() if "Union" in t] == [["LAB"]]
    assert not any(a.sectors == ["COP"] for a in got.values())


def test_heads_have_known_sectors():
    sectors = {"GOV", "BUS", "NGO", "EDU", "OPP", "PTY", "LAB", "REL", "JUD"}
    assert set(ORGANISATION_HEADS.values()) <= sectors
    assert all(w == w.lower() for w in ORGANISATION_HEADS)


def test_event_kept_for_unknown_body(pipeline):
    events = pipeline.code_text("The Harbour Workers Association has demanded higher wages.")
    assert [e.source.text for e in events if e.source] == ["Harbour Workers Association"]


def test_body_named_alone_as_subject(nlp, kb):
    """"The KTGB has said ...": an organisation the tagger finds, of no kind the name tells, as a
    clause's subject: kept by name, nothing else known."""
    got = {m.actor.text: m.actor for m in find_actors(nlp("The Qorvane Consortium has said it will appeal the ruling."), kb)}
    body = next(a for t, a in got.items() if "Qorvane" in t)
    assert (body.code, body.country, body.sectors) == (None, None, [])


def test_body_named_elsewhere_is_no_actor(nlp, kb):
    got = {m.actor.text for m in find_actors(nlp("Police raided the offices of the Qorvane Consortium."), kb)}
    assert not any("Qorvane" in t for t in got)


def test_generic_body_of_the_state_forces(nlp, kb):
    """"the Kenyan Security Intelligence Organisation": an organisation of a state's forces is theirs."""
    got = actors(nlp, kb, "The Kenyan Security Intelligence Organisation has warned of new attacks.")
    assert got["Kenyan Security Intelligence Organisation"].code == "KENSPY"


def test_acronym_in_parentheses_is_not_the_name(nlp, kb):
    """"The Harbour Workers Association (HWA)": the name ends before the parenthesis."""
    got = actors(nlp, kb, "The Harbour Workers Association (HWA) in Mombasa has demanded higher wages.")
    assert got.get("Harbour Workers Association") is not None
    assert got["Harbour Workers Association"].sectors == ["NGO"]
