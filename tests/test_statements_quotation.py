"""The speaker of a quotation across sentences (``statements.quotation_speaker``): a quoted
sentence with no say-verb of its own belongs to the speaker named in the same quotation just
after ('"A. "B," X said.') or just before ('"A," X said. "B."'); a blank line or an unquoted
sentence ends the quotation. Read here through the complaint a quantity of nothing given makes."""

from __future__ import annotations

import pytest

NOTHING = "The Australian Government has delivered nothing to the workers."


def _complaints(pipeline, text):
    return [(d["source"] or {}).get("code") for d in (e.to_dict() for e in pipeline.code_text(text, published="2001-12-15"))
            if d["cameo"] == "111"]


@pytest.mark.parametrize("text, speaker", [
    (f'"We are angry," the Australian Council of Trade Unions said. "{NOTHING}"', "AUSLAB"),
    (f'"{NOTHING} "We are angry," the Australian opposition leader Simon Crean said.', "AUSOPP"),
    (f'"{NOTHING[:-1]}, and we are angry," the Australian opposition leader Simon Crean said.', "AUSOPP"),
])
def test_the_quotation_speaker_complains(pipeline, text, speaker):
    assert _complaints(pipeline, text) == [speaker]


@pytest.mark.parametrize("text", [
    f'"We are angry," the Australian Council of Trade Unions said.\n\n"{NOTHING}"',  # a new paragraph
    f'The Australian Council of Trade Unions said workers were angry. "{NOTHING}"',  # not a quotation
    f'"{NOTHING}"',  # no speaker named
    f'"We are angry," Australian Government officials said. "{NOTHING}"',  # the giver itself
])
def test_no_speaker_outside_the_quotation(pipeline, text):
    assert _complaints(pipeline, text) == []
