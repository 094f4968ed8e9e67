"""A target that is no actor ("the scheme", "the truckers"): kept as written, codes null (issue 9,
"unknown stays null, visibly"). Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from flashpoint import code_text


def _events(text: str):
    return [e for e in code_text(text, published="2024-03-01") if e.modality.status in ("asserted", "reported", "future")]


def _target_texts(text: str, root: str) -> list[str | None]:
    return [e.target.text if e.target is not None else None for e in _events(text) if e.cameo[:2] == root]


@pytest.mark.parametrize("text, root, words", [
    # the object
    ("The Kenyan government rejected the scheme on Monday.", "12", "scheme"),
    ("The Nigerian army said it had demolished the compound of the sect.", "17", "compound"),
    # a noun's own phrase
    ("Belgian prosecutors have opened an investigation into the finances of the festival.", "09", "finances"),
    ("The Chilean foreign minister expressed pessimism about the planned summit.", "01", "summit"),
    # the phrase of a theme of the entry ("lift a ban on X") and of its mutual "with"
    ("The Peruvian government ended talks with the festival organisers on Friday.", "16", "organisers"),
    # whom something is given to, before what is given
    ("The Danish government gave money to the flood victims.", "07", "victims"),
    # the author of an act noun: the demands of X
    ("The Bolivian president conceded to the demands of the festival organisers.", "08", "organisers"),
    # the object of the clause a threat governs
    ("The rebel commander threatened to shell the airfield.", "13", "airfield"),
])
def test_a_thing_acted_on_is_the_target_as_written(text, root, words):
    found = [e.target for e in _events(text) if e.cameo[:2] == root and e.target is not None]
    assert any(words in t.text for t in found), _events(text)
    for t in found:
        if words in t.text:  # no actor: every code null, the words and where they are kept
            assert t.code is None and t.country is None and not t.sectors and t.resolved_by is None
            assert text[t.span[0]:t.span[1]] == t.text


@pytest.mark.parametrize("text, root", [
    # a time, a ground or a purpose is nothing acted on
    ("The Chilean government rejected the plan for the third time.", "12"),
    ("The Saudi-led coalition declared a ceasefire in a bid to end the fighting.", "08"),
])
def test_no_time_or_purpose_as_a_thing(text, root):
    for t in _target_texts(text, root):
        assert t is None or not any(w in t for w in ("time", "bid")), _events(text)


def test_the_doers_own_forces_are_no_thing_target():
    text = "France withdrew its troops from the disputed area on Friday."
    for t in _target_texts(text, "08") + _target_texts(text, "15"):
        assert t is None or "troops" not in t, _events(text)


def test_an_actor_target_still_wins_and_no_event_is_added():
    text = "Kenyan troops attacked the camp and killed three Somali gunmen."
    kills = [e for e in _events(text) if e.cameo[:2] == "19"]
    assert any(e.target is not None and e.target.country == "SOM" for e in kills), kills
    # one event per (source, target actor, root): a thing target makes no event of its own
    keys = [(e.source.code if e.source else None, e.target.code if e.target else None, e.cameo[:2]) for e in kills]
    assert len(keys) == len(set(keys)), kills


def test_a_thing_runs_through_its_of_phrase():
    text = "Ethiopian warplanes launched attacks on the network of tunnels near the border."
    found = [e.target.text for e in _events(text) if e.cameo[:2] in ("18", "19") and e.target is not None]
    assert "the network of tunnels" in found, _events(text)


def test_whom_a_request_is_made_to_comes_before_what_is_asked():
    text = "The Peruvian health minister urged the public to donate blood for the victims."
    found = [e.target.text for e in _events(text) if e.cameo[:2] == "02" and e.target is not None]
    assert found and found[0] == "the public", _events(text)


@pytest.mark.parametrize("text", [
    "A storm hit the town overnight, but no one was injured.",
    "The suspect was released on bail by the Kenyan court.",
])
def test_no_one_and_bail_are_no_things(text):
    for e in code_text(text, published="2024-03-01"):
        assert e.target is None or e.target.text.lower() not in ("no one", "bail", "one"), e


@pytest.mark.parametrize("text, root, words", [
    ("The Red Cross sent blankets to help the flood victims.", "07", "victims"),
    ("The city council is considering giving money to local homeowners.", "07", "homeowners"),
])
def test_whom_help_is_for(text, root, words):
    found = [e.target for e in code_text(text, published="2024-03-01") if e.cameo[:2] == root and e.target is not None]
    assert any(words in t.text for t in found), code_text(text)


@pytest.mark.parametrize("text, root, words", [
    ("The Sudanese government expelled the weapons inspectors last week.", "16", "inspectors"),
    ("Omar al-Bashir of Sudan expelled the foreign aid workers.", "16", "workers"),
])
def test_people_acted_on_even_as_the_entrys_object(text, root, words):
    found = [e.target for e in code_text(text, published="2024-03-01") if e.cameo[:2] == root and e.target is not None]
    assert any(words in t.text for t in found), code_text(text)


@pytest.mark.parametrize("text, root, words", [
    # where forces are withdrawn from, named by no country
    ("Honduras is willing to withdraw its troops from a buffer zone along the border.", "08", "zone"),
    ("Pakistan withdrew its troops from the disputed territory of Kashmir.", "08", "territory"),
])
def test_the_place_forces_leave(text, root, words):
    found = [e.target for e in code_text(text, published="2024-03-01") if e.cameo[:2] == root and e.target is not None]
    assert any(words in t.text for t in found), code_text(text)


@pytest.mark.parametrize("text, root, country", [
    # an act that applies to a place: the country of the place its purpose clause or phrase names
    ("Norway gave 40 million euros to support rural schools in Ethiopia.", "07", "ETH"),
    ("The Saudi-led coalition declared a two-week ceasefire in Yemen.", "08", "YEM"),
])
def test_the_country_an_act_applies_to(text, root, country):
    found = [e.target for e in code_text(text, published="2024-03-01") if e.cameo[:2] == root and e.target is not None]
    assert any(t.country == country for t in found), code_text(text)


def test_a_clause_of_time_names_no_place_acted_on():
    text = "Venezuelan soldiers detained the courier as she left a rally in Caracas."
    for e in code_text(text, published="2024-03-01"):
        assert e.target is None or "Caracas" not in e.target.text, e


@pytest.mark.parametrize("text, country, words", [
    # the domestic default keeps its code; its words are where the act applies
    ("Indian authorities imposed a curfew in parts of Kashmir on Sunday.", "IND", "Kashmir"),
    ("Thai authorities imposed a curfew in Pattani province.", "THA", "Pattani"),
])
def test_a_domestic_default_points_at_the_place_named(text, country, words):
    # (a place the gazetteer knows is the attacked or coerced place itself: its country, "place")
    found = [e.target for e in code_text(text, published="2024-03-01") if e.target is not None]
    assert found and all(t.country == country for t in found), code_text(text)
    assert any(words in t.text and text[t.span[0]:t.span[1]] == t.text for t in found), found


def test_a_domestic_default_with_no_place_keeps_the_sources_words():
    found = [e.target for e in code_text("The Kenyan government imposed a curfew on Monday.", published="2024-03-01")
             if e.target is not None]
    assert found and all(t.country == "KEN" and "Kenyan" in t.text for t in found), found


@pytest.mark.parametrize("text, words", [
    # the of-phrase of an accusation's object is the charge, not part of the accused
    ("The miners' union accused Rio Tinto of bad faith in the talks.", "Rio Tinto"),
    ("The TUC accused Royal Mail of bullying its staff.", "Royal Mail"),
])
def test_the_charge_is_no_part_of_the_accused(text, words):
    found = [e.target for e in code_text(text, published="2024-03-01") if e.cameo.startswith("11") and e.target]
    assert found and all(t.text == words for t in found), found


@pytest.mark.parametrize("text, country, words", [
    # no place named: the domestic default's words are those of what the act is done to
    ("A court in Kenya has banned local radio stations from broadcasting the speech.", "KEN", "local radio stations"),
    ("Officials in Cleveland imposed a curfew on the downtown area.", "USA", "the downtown area"),
])
def test_a_domestic_default_points_at_what_is_acted_on(text, country, words):
    found = [e.target for e in code_text(text, published="2024-03-01") if e.target is not None]
    assert found and all(t.country == country and t.text == words for t in found), found
