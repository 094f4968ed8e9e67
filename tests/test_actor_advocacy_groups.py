"""Groups named by their cause (peace, anti-war, advocacy, campaign, student groups) are civil
society (or education) actors with no country unless one is named (issue 9: never drop an event
for an actor without a country); a presidential or national palace stands for the government. Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from flashpoint import code_text


@pytest.mark.parametrize("text, sector, country", [
    ("Anti-war groups called on the workers to strike against the war.", "NGO", None),
    ("Kenyan peace groups urged the rebels to lay down their arms.", "NGO", "KEN"),
    ("Environmental groups condemned the decision to open the reserve to mining.", "NGO", None),
    ("Student groups held a protest at the university against the new fees.", "EDU", None),
])
def test_a_cause_group_is_a_civil_society_source(text, sector, country):
    found = [e.source for e in code_text(text, published="2024-03-01")
             if e.modality.status == "asserted" and e.source is not None and sector in (e.source.sectors or [])]
    assert found and found[0].country == country, code_text(text, published="2024-03-01")


def test_the_presidential_palace_stands_for_the_government():
    found = [e.target for e in code_text("Rebels stormed the presidential palace in Bangui on Sunday.",
                                         published="2024-03-01") if e.cameo[:2] == "19"]
    assert found and found[0].code == "CAFGOV", found
