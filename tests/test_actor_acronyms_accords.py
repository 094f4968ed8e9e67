"""Accords named after a city are not that country; an acronym shared by two bodies is read by the
country of the story. Every sentence was written for these tests."""

from __future__ import annotations

import pytest

from flashpoint.actors import find_actors, load_kb
from flashpoint.actors.acronyms import read_acronym_readings
from flashpoint.context import read_article
from flashpoint.errors import DataFileError
from flashpoint.geo import load_gazetteer
from flashpoint.records import Document


@pytest.fixture(scope="module")
def kb():
    return load_kb()


def codes(nlp, kb, text):
    doc = nlp(text)
    article = read_article(Document(doc_id="t", text=text), doc, gazetteer=load_gazetteer())
    return {m.actor.text: m.actor.code for m in find_actors(doc, kb, article=article)}


@pytest.mark.parametrize("text,place", [
    ("Moscow accused Kyiv of breaking the Minsk agreements again.", "Minsk"),
    ("Both sides said the Oslo accords were dead.", "Oslo"),
    ("The Istanbul grain deal lapsed after a year.", "Istanbul"),
    ("Delegates at the Doha talks agreed on a new timetable.", "Doha"),
    ("Ministers prepared for the Vilnius summit on Monday.", "Vilnius"),
    ("The Astana format brought the three guarantors together.", "Astana"),
])
def test_an_accord_named_after_a_city_is_not_that_country(nlp, kb, text, place):
    assert place not in codes(nlp, kb, text)


@pytest.mark.parametrize("text,mention,code", [
    ("Moscow accused Kyiv of breaking the truce.", "Moscow", "RUSGOV"),  # the city as actor stays
    ("Russia signed the agreement with Belarus.", "Belarus", "BLR"),  # a party named by its country
])
def test_parties_are_kept(nlp, kb, text, mention, code):
    assert codes(nlp, kb, text).get(mention) == code


@pytest.mark.parametrize("text,code", [
    ("SYDNEY: The AFP charged a man on Thursday over a plot against a synagogue.", "AUSCOP"),
    ("Australian police said the AFP had charged a man in Melbourne. Australia's "
     "government welcomed the arrest in Australia.", "AUSCOP"),  # the main country
    ("The AFP quoted a French official as saying the talks had stalled.", "FRAMED"),  # the news agency
    ("LAGOS, Nigeria (AP) — The DSS arrested a separatist campaigner on Friday.", "NGASPY"),
])
def test_an_acronym_is_read_by_the_story_country(nlp, kb, text, code):
    assert codes(nlp, kb, text).get("AFP" if "AFP" in text else "DSS") == code


def test_readings_file(tmp_path):
    assert read_acronym_readings()[("AFP", "AUS")] == "Australian Federal Police"
    bad = tmp_path / "readings.csv"
    bad.write_text("acronym,country,reading\nAFP,Australia,Australian Federal Police\n", encoding="utf-8")
    with pytest.raises(DataFileError, match="alpha-3"):
        read_acronym_readings(bad)
