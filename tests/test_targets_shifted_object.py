"""A long object written after a prepositional phrase of its verb ("refused to free on bail a
British man") is that verb's object, whom the act and the refusal are aimed at, though the
parser hangs it on the phrase's noun. Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from flashpoint import code_text


@pytest.mark.parametrize("text, cameo_root, country", [
    ("A Kenyan judge refused to free on bail a Somali man charged with smuggling.", "12", "SOM"),
    ("A Pakistani court agreed to release on bail an American contractor held over the shooting.", "03", "USA"),
    ("The magistrate declined to free on bail a Nigerian student accused of fraud.", "12", "NGA"),
    ("A Thai court refused to free on bail a Cambodian activist held since March.", "12", "KHM"),
    ("An Indian judge has refused to free on bail a Nepali man accused of spying.", "12", "NPL"),
    ("A US magistrate has refused to free on bail a British man accused of trying to bomb a plane.", "12", "GBR"),
])
def test_the_shifted_object_is_the_target(text, cameo_root, country):
    found = [e for e in code_text(text, published="2024-03-01") if e.cameo[:2] == cameo_root]
    assert found and found[0].target is not None and found[0].target.country == country, found


def test_a_gerund_keeps_its_own_object():
    # "by freeing X": the object is the gerund's, not the main verb's
    found = [e for e in code_text("The court angered the opposition by freeing a Somali warlord.",
                                  published="2024-03-01") if e.target is not None]
    assert all(e.target.country != "SOM" or e.trigger.text.lower().startswith("free") for e in found), found
