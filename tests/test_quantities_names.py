"""Quantities whose counted noun is a capitalised plural (issue 9, item 6): "over 1,000 US Marines
were deployed" counts troops although the parser keeps the -s in the lemma of "Marines". Sentences
written for these tests; actors are hand-built country mentions."""

from __future__ import annotations

import pytest

from flashpoint.coding import code_doc

from coding_helpers import country_mentions

COUNTRIES = {"Chad": "TCD", "Sudan": "SDN", "US": "USA", "British": "GBR"}


@pytest.mark.parametrize("text, expected", [
    ("Over 1,000 US Marines were deployed in Chad on Monday.", ("15", "troops", 1000.0)),
    ("About 300 British Marines were sent to Sudan.", ("15", "troops", 300.0)),
])
def test_a_capitalised_plural_is_counted(nlp, lexicon, text, expected):
    doc = nlp(text)
    drafts = code_doc(doc, country_mentions(doc, COUNTRIES), lexicon=lexicon)
    got = {(d.cameo[:2], q.kind, q.value) for d in drafts for q in d.quantities}
    assert expected in got, got
