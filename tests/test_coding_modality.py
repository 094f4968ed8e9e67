"""Modality of a trigger from the words that govern it (parsed sentences, no actor resolution)."""

from __future__ import annotations

import pytest

from flashpoint.coding.modality import assess


def _assess(nlp, lexicon, text, trigger):
    doc = nlp(text)
    tok = next(t for t in doc if t.text == trigger)
    return assess(tok, lexicon)


@pytest.mark.parametrize("text,trigger,status,negated", [
    ("Russia attacked Ukraine.", "attacked", "asserted", False),
    # a warning or threat with an if-clause is itself a fact; what it threatens is conditional
    ("Turkey warned of a firm answer if Greece armed the islands.", "warned", "asserted", False),
    ("Turkey warned of a firm answer if Greece armed the islands.", "armed", "conditional", False),
    # a say-verb conjoined to another verb shares its subject, so the report has a source
    ("Kenyan police denied the claims and said gunmen had attacked the convoy.", "attacked", "reported", False),
    ("Russia did not attack Ukraine.", "attack", "asserted", True),
    ("Russia never attacked Finland.", "attacked", "asserted", True),
    ("Russia denied attacking Ukraine.", "attacking", "denied", False),
    ("Iran denied that it attacked the tanker.", "attacked", "denied", False),
    ("If Russia attacks Ukraine, the West will respond.", "attacks", "conditional", False),
    ("If Russia attacks Ukraine, the West will respond.", "respond", "conditional", False),
    ("Russia could attack Ukraine.", "attack", "hypothetical", False),
    ("Russia might impose sanctions.", "impose", "hypothetical", False),
    ("The ministers will meet on Friday.", "meet", "future", False),
    ("Kenya plans to invade Somalia.", "invade", "future", False),
    ("Kenya is expected to invade Somalia.", "invade", "future", False),
    ("The United States said Russia attacked Ukraine.", "attacked", "reported", False),
    ("Russia attacked Ukraine, officials said.", "attacked", "reported", False),
    ("According to Kenya, Somalia attacked the town.", "attacked", "reported", False),
    ("Libya failed to release the hostages.", "release", "asserted", True),
    ("Iran hopes to sign a deal.", "sign", "hypothetical", False),
    ("China urged Japan to apologize.", "apologize", "hypothetical", False),
])
def test_status(nlp, lexicon, text, trigger, status, negated):
    a = _assess(nlp, lexicon, text, trigger)
    assert (a.status, a.negated) == (status, negated)


@pytest.mark.parametrize("text,trigger,kind,governor", [
    ("Russia agreed to send tanks to Serbia.", "send", "intent", "agreed"),
    ("Russia threatened to cut ties with Ukraine.", "cut", "threat", "threatened"),
    ("Hungary refused to accept refugees.", "accept", "refuse", "refused"),
    ("China urged Japan to apologize.", "apologize", "request", "urged"),
    ("China demanded that Japan apologize.", "apologize", "demand", "demanded"),
    ("The ministers will meet on Friday.", "meet", "intent", "meet"),
    ("Syria says it will not accept refugees.", "accept", "refuse", "accept"),
    ("Britain said Libya must hand over the suspects.", "hand", "demand", "said"),
    ("Cuba vowed not to return the embassy.", "return", "refuse", "vowed"),
])
def test_statement_kind(nlp, lexicon, text, trigger, kind, governor):
    doc = nlp(text)
    a = assess(next(t for t in doc if t.text == trigger), lexicon)
    assert a.statement_kind == kind
    assert doc[a.statement_token].text == governor


def test_attribution_span(nlp, lexicon):
    doc = nlp("Ukrainian officials said Russian missiles struck Kyiv.")
    a = assess(doc[5], lexicon)
    assert a.status == "reported"
    assert doc[a.attributed_to[0]:a.attributed_to[1]].text == "Ukrainian officials"


def test_shared_subject_of_conjoined_say_verb_is_the_source(nlp, lexicon):
    doc = nlp("Kenyan police denied the claims and said gunmen had attacked the convoy.")
    a = assess(next(t for t in doc if t.text == "attacked"), lexicon)
    assert doc[a.attributed_to[0]:a.attributed_to[1]].text == "Kenyan police"


def test_accusation_content_is_not_coded_on_its_own(nlp, lexicon):
    a = _assess(nlp, lexicon, "Iran accused Israel of attacking its nuclear site.", "attacking")
    assert a.suppressed
