"""What an adjective of hope or doubt governs has not happened ("pessimistic about reaching a deal");
the comment itself is a fact. Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from flashpoint import code_text


@pytest.mark.parametrize("text, governed", [
    ("The Chilean minister was pessimistic about reaching a deal.", "reaching"),
    ("The Bolivian foreign minister is hopeful of signing the accord next week.", "signing"),
    ("The Chilean minister was optimistic that Peru would sign the treaty.", "sign"),
])
def test_what_hope_or_doubt_governs_is_no_fact(text, governed):
    events = code_text(text, published="2024-03-01")
    assert not [e for e in events if e.trigger.text == governed and e.modality.factual], events


def test_the_comment_itself_is_a_fact():
    events = code_text("The Chilean minister was pessimistic about reaching a deal.", published="2024-03-01")
    assert [e for e in events if e.cameo == "012" and e.modality.factual], events
