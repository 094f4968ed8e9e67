"""A passive verb conjoined to a passive one (issue 9, coordination): "the gunman was wounded and
was later shot dead by police" was done to the first verb's subject, not by default to the doer's
own country. Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from flashpoint import code_text


def _targets(text: str, lemma: str) -> list:
    return [e.target for e in code_text(text, published="2024-03-01") if e.trigger.lemma == lemma]


@pytest.mark.parametrize("text, lemma, country", [
    ("The Somali gunman was wounded in the clash and was later shot dead by Kenyan police.", "shoot", "SOM"),
    # a group of no country held by police at home is of that country (the home-group convention)
    ("A Kurdish militant was seriously wounded and was then arrested by Turkish police.", "arrest", "TUR"),
    ("The Pakistani suspect was questioned for hours and was finally released by Indian police.", "release", "PAK"),
    ("Two Chadian rebels were captured near the border and were later executed by Sudanese troops.", "execute", "TCD"),
    ("An Eritrean diplomat was summoned on Monday and was expelled by Ethiopia on Tuesday.", "expel", "ERI"),
    ("Three Nigerian fishermen were detained off the coast and were later deported by Cameroon.", "deport", "NGA"),
])
def test_the_second_passive_shares_the_first_ones_subject(text, lemma, country):
    found = _targets(text, lemma)
    assert found and all(t is not None and t.country == country and t.resolved_by != "default" for t in found), found


def test_a_second_passive_with_its_own_subject_keeps_it():
    found = _targets("The Somali gunman was wounded and two Kenyan officers were shot dead by rebels.", "shoot")
    assert found and all(t is not None and t.country == "KEN" for t in found), found


@pytest.mark.parametrize("text, lemma, country", [
    ("Two Somali gunmen killed a Kenyan farmer before being shot dead by the army.", "shoot", "SOM"),
    ("The Chadian rebel leader fled to Sudan after being attacked by government troops.", "attack", "TCD"),
    ("Three Afghan men crossed the border before being arrested by Pakistani police.", "arrest", "AFG"),
    ("The Eritrean reporter spent a week in hiding after being threatened by Ethiopian officials.", "threaten", "ERI"),
    ("The Nigerian activist returned home after having been detained by Ghanaian police for a week.", "detain", "NGA"),
    ("Two Colombian soldiers were missing for days after being ambushed by rebels near the border.", "ambush", "COL"),
])
def test_a_passive_participle_clause_was_done_to_the_main_subject(text, lemma, country):
    found = _targets(text, lemma)
    assert found and all(t is not None and t.country == country for t in found), found
