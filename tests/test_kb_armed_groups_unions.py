"""Knowledge-base facts checked against the references (issue 9): international militarised groups
are IMG with no sector of their own, as the PETRARCH-2/Phoenix dictionaries and the PLOVER gold code
them, and a word for their fighters adds none; national trade unions are their country's labour
(LAB). Every sentence here was written for these tests."""

from __future__ import annotations

import csv

import pytest

from flashpoint import code_text
from flashpoint.resources.datafiles import data_path


def _rows() -> dict[str, list[dict[str, str]]]:
    out: dict[str, list[dict[str, str]]] = {}
    with open(data_path("organisations.csv"), encoding="utf-8") as f:
        for r in csv.DictReader(line for line in f if not line.startswith("#")):
            out.setdefault(r["org"], []).append(r)
    return out


def _events(text: str, published: str = "2024-03-01"):
    return [e for e in code_text(text, published=published) if e.modality.status in ("asserted", "reported")]


# -- international militarised groups ---------------------------------------------------------------

@pytest.mark.parametrize("org, sector", [
    # Phoenix.MilNonState: AL_QA'IDA [IMGMUSALQ], AL-QAEDA_IN_THE_ARABIAN_PENINSULA [IMG];
    # Phoenix.Countries: THE_ISLAMIC_STATE [IMGMUSISI]; the Islamic State's provinces are the group
    ("ALQAEDA", ""), ("AQAP", ""), ("ISIS", ""), ("ISKP", ""), ("ISSP", ""), ("ISWAP", ""),
    # AL-QAEDA_ORGANIZATION_IN_THE_ISLAMIC_MAGHREB_ [AFRREB], JEMAAH_ISLAMIYA_(JI)_ [SEAREB]: regional
    # rebels (JNIM joined AQIM's Sahel units)
    ("AQIM", "REB"), ("JEMAAHISLAMIYAH", "REB"), ("JNIM", "REB"),
])
def test_international_groups_as_the_dictionaries_code_them(org, sector):
    (row,) = _rows()[org]
    assert (row["country"], row["sector"]) == ("IMG", sector)


@pytest.mark.parametrize("text", [
    "Afghan police arrested an Al Qaeda fighter near the airport on Sunday.",
    "Afghan police arrested three Al Qaeda members on Sunday.",
    "Iraqi soldiers captured two Islamic State militants outside Mosul.",
])
def test_a_member_word_adds_no_sector_to_an_international_group(text):
    targets = [e.target for e in _events(text) if e.cameo.startswith("17")]
    assert targets and all(t.country == "IMG" and not t.sectors for t in targets), _events(text)


def test_a_national_armed_group_keeps_its_sector_with_a_member_word():
    events = _events("Hamas militants fired rockets at Israeli towns on Monday.")
    assert any(e.source is not None and e.source.code == "PSEREB" for e in events), events


@pytest.mark.parametrize("text", [
    "American jets bombed the mountains in an attempt to flush out Al Qaeda fighters.",
    "Kenyan jets carried out air strikes in southern Somalia, killing dozens of Islamic State fighters.",
])
def test_an_attack_on_a_land_aimed_at_an_international_group(text):
    targets = [e.target for e in _events(text) if e.cameo[:2] in ("18", "19", "20")]
    assert targets and all(t is not None and t.country == "IMG" for t in targets), _events(text)


# -- trade unions ------------------------------------------------------------------------------------

def test_unions_are_their_countrys_labour():
    for org, periods in _rows().items():
        for r in periods:
            if r["kind"] == "union":
                assert r["sector"] == "LAB" and len(r["country"]) == 3 and r["country"] not in (
                    "IGO", "NGO", "IMG", "ISM", "MNC"), org


@pytest.mark.parametrize("text, source, target", [
    ("The AMWU accused Qantas of breaking the agreement.", "AUSLAB", "AUSBUS"),
    ("The AWU and the AMWU held talks with Qantas on Tuesday.", "AUSLAB", "AUSBUS"),
    ("The Teamsters criticised the government over the new rules.", "USALAB", None),
    ("The TUC urged Britain to raise the minimum wage.", "GBRLAB", "GBR"),
    ("COSATU accused the ANC of betraying workers.", "ZAFLAB", "ZAFPTY"),
])
def test_a_union_named_alone_is_its_countrys_labour(text, source, target):
    events = _events(text)
    assert any(e.source is not None and e.source.code == source
               and (target is None or (e.target is not None and e.target.code == target)) for e in events), events


@pytest.mark.parametrize("text, country", [
    # the acronym of two unions: read by the story's dateline
    ("SYDNEY - The TWU accused Qantas of bad faith.", "AUS"),
    ("NEW YORK - The TWU accused the city of bad faith.", "USA"),
])
def test_a_shared_union_acronym_takes_the_storys_country(text, country):
    events = _events(text)
    assert any(e.source is not None and e.source.country == country and e.source.sectors == ["LAB"]
               for e in events), events


@pytest.mark.parametrize("text", [
    "The two leaders vowed to unite against terrorism.",
    "Both parties voted in unison to condemn the attack.",
])
def test_union_names_that_are_words_stay_words(text):
    events = code_text(text, published="2024-03-01")
    assert not any(a is not None and a.sectors == ["LAB"] for e in events for a in (e.source, e.target)), events



# -- unknown attackers and captured people ------------------------------------------------------------

@pytest.mark.parametrize("text, role", [
    # gunmen, attackers, would-be bombers, hijackers, assailants of no known group: UAF
    ("Police arrested a would-be bomber at the airport in Miami.", "target"),
    ("A suicide bomber attacked a checkpoint outside Kabul.", "source"),
    ("An assailant stabbed two policemen in Paris.", "source"),
    ("The hijackers killed the pilot of the plane.", "source"),
])
def test_unknown_attackers_are_unidentified_armed_forces(text, role):
    events = _events(text)
    assert any((e.source if role == "source" else e.target) is not None
               and (e.source if role == "source" else e.target).sectors == ["UAF"] for e in events), events


def test_commandos_are_soldiers():
    events = _events("Armed commandos stormed the palace after midnight in Port-au-Prince.")
    assert any(e.source is not None and e.source.sectors == ["MIL"] for e in events), events


@pytest.mark.parametrize("text, sector", [
    # Phoenix.agents: PRISONER_OF_WAR [~MIL], POLITICAL_PRISONER [~OPP]
    ("Iraq released 200 prisoners of war on Friday.", "MIL"),
    ("Myanmar freed 30 political prisoners on Monday.", "OPP"),
])
def test_prisoners_named_by_what_they_were(text, sector):
    events = _events(text)
    assert any(e.target is not None and e.target.sectors == [sector] for e in events), events


@pytest.mark.parametrize("text, published", [
    # Phoenix: OSAMA_BIN_LADEN [IMGMUSALQ], ABU_BAKR_AL_BAGHDADI_ [IMGMUSISI]; their group's code, no sector
    ("Osama bin Laden threatened the United States in a video.", "2001-12-15"),
    ("Abu Bakr al-Baghdadi threatened the United States in a recording.", "2016-05-01"),
])
def test_leaders_of_international_groups_take_the_groups_code(text, published):
    events = [e for e in code_text(text, published=published) if e.cameo.startswith("13")]
    assert events and all(e.source.country == "IMG" and not e.source.sectors for e in events), events


@pytest.mark.parametrize("text", [
    "Australian union officials rejected the pay offer from the airline.",
    "Canadian union leaders rejected the pay offer from the railway company.",
])
def test_union_officials_and_leaders_are_labour_not_government(text):
    found = _events(text)
    assert found, found
    assert all(e.source is not None and e.source.sectors == ["LAB"] for e in found), found
