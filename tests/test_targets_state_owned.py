"""A target of a sector and no country owned by a named state (issue 9, fourteenth round): "accuses
Pakistan's military intelligence", "bombed Syria's air defence units" is that state's body, not
a group of no country. Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from flashpoint import code_text


@pytest.mark.parametrize("text, root, code", [
    ("India accuses Pakistan's military intelligence of masterminding the assault.", "11", "PAKSPY"),
    ("The United States sanctioned Russia's military intelligence on Friday.", "16", "RUSSPY"),
    ("Afghanistan accused Iran's military intelligence of arming the rebels.", "11", "IRNSPY"),
    ("Israel bombed Syria's air defence units near Damascus.", "19", "SYRMIL"),
    ("Ethiopia accused Eritrea's military intelligence of plotting the bombing.", "11", "ERISPY"),
    ("Kenya condemned Uganda's military intelligence for the arrests.", "11", "UGASPY"),
])
def test_a_states_body_is_that_states(text, root, code):
    events = [e for e in code_text(text, published="2024-03-01") if e.cameo[:2] == root]
    assert events, text
    assert all(e.target is not None and e.target.country is not None for e in events), events
    assert any(e.target.code == code for e in events), events
