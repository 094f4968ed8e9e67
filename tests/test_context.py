"""Document-level context: the dateline's shape and country, outlets, the main country."""

from __future__ import annotations

import pytest

from flashpoint.context import main_country, read_article
from flashpoint.context.dateline import read_dateline
from flashpoint.context.outlets import outlet_country, outlet_key, read_outlets
from flashpoint.errors import DataFileError
from flashpoint.geo import load_gazetteer
from flashpoint.nlp import dateline_of
from flashpoint.nlp.dateline import find_dateline
from flashpoint.records import Document

# (text, the whole dateline, its place, its region or None, its agency or None)
DATELINES = [
    ("NAIROBI, Kenya (AP) — Kenyan police arrested 20 people.", "NAIROBI, Kenya (AP) — ", "NAIROBI", "Kenya", "AP"),
    ("AHMEDABAD: Police arrested five men on Friday.", "AHMEDABAD: ", "AHMEDABAD", None, None),
    ("new delhi: the government said on monday it would act.", "new delhi: ", "new delhi", None, None),
    ("LONDON, March 3 (Reuters) - Britain said on Tuesday.", "LONDON, March 3 (Reuters) - ", "LONDON", None, "Reuters"),
    ("Jerusalem (AFP) - Israeli troops entered the town.", "Jerusalem (AFP) - ", "Jerusalem", None, "AFP"),
    ("WASHINGTON -- The Senate voted on Monday.", "WASHINGTON -- ", "WASHINGTON", None, None),
    ("DALLAS, Texas (AP) - A gunman opened fire.", "DALLAS, Texas (AP) - ", "DALLAS", "Texas", "AP"),
    ("Kyiv, Ukraine, Feb. 16 (AP) — Russian shells hit the city.", "Kyiv, Ukraine, Feb. 16 (AP) — ", "Kyiv",
     "Ukraine", "AP"),
    # after a headline and a byline line
    ("Police arrest 20 in tax protests\nBy Jane Doe\nNAIROBI: Police arrested 20 people.", "NAIROBI: ", "NAIROBI",
     None, None),
]

NOT_DATELINES = [
    "Russia warns Ukraine over troop build-up\n\nRussia on Tuesday accused Ukraine of massing troops.",
    "US-China talks - the first in a year - ended on Friday.",
    "Police said: the men were armed.",
    "Kyiv, Ukraine - Russian shells hit the city.",
    "The talks ended.\nThey resumed.\nThen they ended.\nPARIS: France said.",  # not at the head
]


@pytest.mark.parametrize("text,whole,place,region,agency", DATELINES)
def test_dateline_shapes(text, whole, place, region, agency):
    d = find_dateline(text)
    assert d is not None
    assert text[d.start:d.end] == whole
    assert text[d.place_start:d.place_end] == place
    assert (text[d.region_start:d.region_end] if d.region_start is not None else None) == region
    assert d.agency == agency


@pytest.mark.parametrize("text", NOT_DATELINES)
def test_no_dateline(text):
    assert find_dateline(text) is None


@pytest.mark.parametrize("text,country", [
    ("NAIROBI, Kenya (AP) — Police arrested 20 people.", "KEN"),
    ("AHMEDABAD: Police arrested five men.", "IND"),
    ("DALLAS, Texas (AP) - A gunman opened fire.", "USA"),
    ("PARIS, Texas (AP) - A gunman opened fire.", "USA"),  # the region decides
    ("Analysis: the war goes on.", None),  # a label, no place
])
def test_dateline_country(text, country):
    shape = find_dateline(text)
    assert read_dateline(shape, text, gazetteer=load_gazetteer()).country == country


def test_dateline_is_a_sentence_of_its_own(nlp):
    doc = nlp("NAIROBI, Kenya (AP) — Kenyan police arrested 20 people in Nairobi on Thursday.")
    first = next(iter(doc.sents))
    assert first.text.startswith("NAIROBI") and "police" not in first.text
    assert dateline_of(doc) is not None


def test_read_article(nlp):
    text = "AHMEDABAD: Police arrested five men on Friday."
    article = read_article(Document(doc_id="a", text=text, outlet="The Times of India"), nlp(text),
                           gazetteer=load_gazetteer())
    assert article.dateline_country == "IND" and article.outlet_country == "IND"
    assert article.dateline.span == (0, len("AHMEDABAD: "))
    bare = read_article(Document(doc_id="b", text="Police arrested five men."), nlp("Police arrested five men."),
                        gazetteer=load_gazetteer())
    assert bare.dateline is None and bare.outlet_country is None


# -- outlets --------------------------------------------------------------------------------------

@pytest.mark.parametrize("outlet,url,country", [
    ("The Times of India", None, "IND"), ("times of india", None, "IND"), ("TOI", None, "IND"),
    ("ABC", None, "AUS"), (None, "https://www.abc.net.au/news/2001-12-01/x", "AUS"),
    (None, "https://m.timesofindia.indiatimes.com/city/ahmedabad/x.cms", "IND"),
    ("Dawn", None, "PAK"), ("Reuters", None, None), (None, "https://example.org/a", None), (None, None, None),
])
def test_outlet_country(outlet, url, country):
    assert outlet_country(outlet, url) == country


def test_outlets_file_is_sorted_and_valid():
    table = read_outlets()
    assert len(table) >= 50 and all(len(c) == 3 for c in table.values())
    assert outlet_key("  The  Hindu ") == "hindu" and outlet_key("www.Dawn.com") == "dawn.com"


@pytest.mark.parametrize("body,reason", [
    ("outlet,country\nzeta,IND\nalpha,PAK\n", "sorted"),
    ("outlet,country\nalpha,India\n", "alpha-3"),
    ("outlet,country\nalpha,IND\nAlpha,PAK\n", "twice"),
])
def test_bad_outlets_file(tmp_path, body, reason):
    path = tmp_path / "outlets.csv"
    path.write_text(body, encoding="utf-8")
    with pytest.raises(DataFileError, match=reason) as err:
        read_outlets(path)
    assert f"{path}:" in str(err.value)


# -- the main country -----------------------------------------------------------------------------

@pytest.mark.parametrize("counts,main", [
    ({"IND": 5, "PAK": 1}, "IND"),
    ({"IND": 2}, "IND"),
    ({"IND": 1}, None),  # named once: no default for the whole story
    ({"IND": 3, "PAK": 2}, None),  # no clear winner
    ({"IND": 4, "PAK": 2}, "IND"),
    ({}, None),
])
def test_main_country(counts, main):
    assert main_country(counts) == main
