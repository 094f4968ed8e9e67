"""A by-phrase that names who acts through its of-phrase ("by a team of police officers") is the
doer's side, never the target, even when the parser misses the passive ("will questioned by ...",
a typo real copy has). Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from flashpoint import code_text


@pytest.mark.parametrize("text, doer", [
    ("The suspected militant will interrogated by a team of Australian police officers.", "AUS"),
    ("The detained suspect will interrogated by a squad of Pakistani police officers.", "PAK"),
])
def test_a_group_named_through_its_of_phrase_in_a_by_phrase_is_not_the_target(text, doer):
    found = [e for e in code_text(text, published="2024-03-01") if e.cameo[:2] == "09"]
    assert found, found
    for e in found:
        assert e.target is None or e.target.country != doer, e


def test_a_true_passive_with_such_a_by_phrase_keeps_its_subject_as_the_target():
    # the doer is named through "of" too; the acted-on subject stays the target
    found = code_text("Israeli troops were attacked by a group of Palestinian gunmen near Hebron.",
                      published="2024-03-01")
    assert any(e.cameo[:2] == "19" and e.target is not None and e.target.country == "ISR" for e in found), found
