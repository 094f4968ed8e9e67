"""General codes for verbs whose every object in news is of one kind (issue 9 item 5): when the
object is not on the row's list the verb still codes its general act, marked and at a lower
confidence; verbs whose other objects are mostly no event keep none. And the object lists of legal
action and envoys widened to the words news uses. Sentences written for these tests."""

from __future__ import annotations

import pytest

PUBLISHED = "2001-12-15"


def _events(pipeline, text):
    return [e for e in pipeline.code_text(text, published=PUBLISHED) if e.modality.factual]


@pytest.mark.parametrize("text, source, cameo, target", [
    ("Qatar brokered a prisoner swap between Israel and Hamas.", "QAT", "045", "ISR"),
    ("The Russian parliament ratified the Rome Statute on Friday.", "RUSLEG", "057", None),
    ("Japan inked a currency swap arrangement with India.", "JPN", "057", "IND"),
    ("Bolivia severed its military cooperation with the United States.", "BOL", "161", "USA"),
    ("Israel downgraded its diplomatic representation in South Africa.", "ISR", "161", "ZAF"),
    ("Russia stationed 2,000 paratroopers in Belarus.", "RUS", "154", "BLR"),
])
def test_a_verb_of_one_kind_codes_its_general_act(pipeline, text, source, cameo, target):
    found = [e for e in _events(pipeline, text) if e.cameo == cameo and e.source and e.source.code == source]
    assert found and (target is None or any(e.target and e.target.code == target for e in found))
    assert all("general code" in e.evidence["why"] for e in found)


@pytest.mark.parametrize("text", [
    "The bank downgraded its growth forecast for Brazil.",  # no actor as target: no relations cut
    "The guard stationed himself at the door.",
    "The team brought the match to a close against Pakistan.",
    "The army took the wounded to a hospital in Kabul.",  # no general code for take
])
def test_no_general_act_without_its_kind(pipeline, text):
    assert not [e for e in _events(pipeline, text) if e.cameo in ("161", "154", "115", "192")]


@pytest.mark.parametrize("text, source, cameo, target", [
    ("The Indonesian government has brought legal proceedings against the Australian company.", "IDNGOV", "115", "AUSBUS"),
    ("The Filipino families brought a lawsuit against the Japanese government.", None, "115", "JPNGOV"),
    ("India summoned the Pakistani deputy high commissioner on Tuesday.", "IND", "114", "PAKGOV"),
    ("New Zealand recalled its high commissioner from Fiji.", "NZL", "161", "FJI"),
    ("Ghana summoned the Nigerian consul over the expulsions.", "GHA", "114", None),
    ("Croatia filed a lawsuit against Serbia at the International Court of Justice.", "HRV", "115", "SRB"),
])
def test_lawsuits_and_envoys_in_the_words_news_uses(pipeline, text, source, cameo, target):
    found = [e for e in _events(pipeline, text) if e.cameo == cameo]
    assert found
    assert source is None or any(e.source and e.source.code == source for e in found)
    assert target is None or any(e.target and e.target.code == target for e in found)
