"""An attack told as a noun with a by-phrase of coordinated doers is coded for each of them ("a
fierce offensive by Ethiopian troops and Eritrean soldiers"), as a verb's coordinated subjects are
(issue 9, war reporting). Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from flashpoint import code_text


def _doers(text: str) -> set:
    return {e.source.code for e in code_text(text, published="2024-03-01")
            if e.source is not None and e.cameo.startswith("19") and e.modality.factual}


@pytest.mark.parametrize("text, doers", [
    ("A fierce offensive by Ethiopian troops and Eritrean soldiers on the port of Kismayo began on Monday.",
     {"ETHMIL", "ERIMIL"}),
    ("The operation began with a joint assault by French troops and Malian soldiers on the town of Konna.",
     {"FRAMIL", "MLIMIL"}),
])
def test_each_coordinated_doer_of_an_attack_noun(text, doers):
    assert doers <= _doers(text), _doers(text)


def test_a_capture_by_two_forces_is_not_split_into_home_arrests():
    found = [(e.source and e.source.code, e.target and e.target.code)
             for e in code_text("The capture of the bridge by Ukrainian forces and British volunteers was confirmed.",
                                published="2024-03-01")]
    assert ("GBR", "GBR") not in found, found


@pytest.mark.parametrize("text, doer", [
    ("Three soldiers were killed in the US strikes near Kandahar.", "USA"),
    ("Three soldiers were killed in the Russian bombardment of Kharkiv.", "RUSMIL"),  # an act of war: its military
])
def test_a_country_modifying_the_attack_did_it(text, doer):
    assert doer in _doers(text), _doers(text)


@pytest.mark.parametrize("text, place_code", [
    ("Two people were killed in the Gaza strikes, hospital officials said.", "PSE"),
    ("Four people were wounded in the Donetsk shelling, officials said.", "UKR"),
])
def test_a_place_modifying_the_attack_is_where_not_who(text, place_code):
    assert place_code not in _doers(text), _doers(text)
