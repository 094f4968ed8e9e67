"""Forces sent to help someone (issue 9, tenth round): a purpose clause of helping names whom
forces are deployed for, as it names whom material help is for. Every sentence here was written
for these tests."""

from __future__ import annotations

import pytest

from flashpoint import code_text


@pytest.mark.parametrize("text, country", [
    ("Kenya deployed 500 soldiers to help the Somali army retake Kismayo.", "SOM"),
    ("Uganda has offered to send troops to help the Congolese army fight the rebels.", "COD"),
])
def test_forces_sent_to_help_someone_are_sent_for_them(text, country):
    found = [e for e in code_text(text, published="2024-03-01") if e.cameo[:2] == "15"]
    assert found and all(e.target is not None and e.target.country == country for e in found), found


def test_a_place_named_for_the_forces_still_comes_first():
    found = [e for e in code_text("Rwanda sent troops to Mozambique to help the government fight insurgents.",
                                  published="2024-03-01") if e.cameo[:2] == "15"]
    assert found and all(e.target is not None and e.target.country == "MOZ" for e in found), found
