"""Victims "including two policemen" (issue 9, tenth round, second part): a group acted on that is
known only by its kind and names its members in an including-phrase is acted on through them, the
more specific actor (as sources already read "critics, including X"). Every sentence here was
written for these tests."""

from __future__ import annotations

import pytest

from flashpoint import code_text


def _of_root(text: str, root: str):
    return [e for e in code_text(text, published="2024-03-01") if e.cameo[:2] == root]


@pytest.mark.parametrize("text, root, sector", [
    ("At least six people, including two policemen, were killed near Garissa in Kenya on Monday.", "19", "COP"),
    ("Gunmen in Kenya killed nine people, including three soldiers, near Mandera.", "19", "MIL"),
    ("Kenyan police arrested 30 protesters, including two journalists, in Nairobi.", "17", "JRN"),
])
def test_the_named_members_are_the_target(text, root, sector):
    found = _of_root(text, root)
    assert found, found
    assert all(e.target is not None and e.target.sectors == [sector] for e in found), found


def test_a_group_with_a_name_of_its_own_stays():
    found = _of_root("Kenyan police arrested members of al-Shabaab, including two commanders, in Lamu.", "17")
    assert found and all(e.target is not None and e.target.org for e in found), found
