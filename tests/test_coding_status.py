"""The final status of an event (``coding.status``), on plain records and on parsed sentences."""

from __future__ import annotations

import pytest

from flashpoint.actors import ActorMention
from flashpoint.coding.arguments import MentionIndex
from flashpoint.coding.assessment import Assessment
from flashpoint.coding.status import (STATEMENT_STATUS, action_modality, action_status, mark_historical,
                                      own_words, said_would, spoken_statement, statement_modality)
from flashpoint.records import STATUSES, Actor, Modality


@pytest.mark.parametrize("status,kind,expected", [
    ("asserted", None, "asserted"),
    ("asserted", "intent", "future"),
    ("reported", "threat", "future"),
    ("asserted", "refuse", "future"),
    ("asserted", "request", "hypothetical"),
    ("reported", "demand", "hypothetical"),
    ("conditional", "intent", "conditional"),  # only what the text says happened is replaced
    ("denied", "intent", "denied"),
])
def test_action_status(status, kind, expected):
    assert action_status(Assessment(status=status, statement_kind=kind)) == expected


def test_statement_statuses_are_statuses():
    assert set(STATEMENT_STATUS.values()) <= set(STATUSES)


def test_said_would():
    a = Assessment(status="hypothetical", notes=["would"])
    said_would(a)
    assert a.status == "future"
    a = Assessment(status="hypothetical", notes=["modal verb"])
    said_would(a)
    assert a.status == "hypothetical"


@pytest.mark.parametrize("say,expected", [
    (None, ("asserted", False)),
    (Assessment(status="reported", negated=True), ("asserted", False)),
    (Assessment(status="denied"), ("denied", False)),
    (Assessment(status="hypothetical", negated=True), ("hypothetical", True)),
])
def test_spoken_statement(say, expected):
    a = spoken_statement(say)
    assert (a.status, a.negated) == expected


@pytest.mark.parametrize("status,historical,expected", [
    ("asserted", True, "historical"), ("reported", True, "historical"), ("asserted", False, "asserted"),
    ("future", True, "future"), ("denied", True, "denied"),
])
def test_mark_historical(status, historical, expected):
    assert mark_historical(Modality(status=status), historical=historical).status == expected


def _parsed(nlp, text, countries):
    doc = nlp(text)
    mentions = [ActorMention(t.i, t.i + 1, t.i, Actor(text=t.text, span=(t.idx, t.idx + len(t.text)),
                                                      code=countries[t.text], country=countries[t.text]))
                for t in doc if t.text in countries]
    return doc, MentionIndex(mentions)


def test_own_words_make_a_verbal_act_asserted(nlp):
    """'Kenya condemned the attack, Kenyan officials said': Kenya speaking is Kenya condemning."""
    doc, index = _parsed(nlp, "Kenya condemned the attack, Kenya said.", {"Kenya": "KEN"})
    say = next(t for t in doc if t.text == "said")
    a = Assessment(status="reported", report_token=say.i, attributed_to=(say.i - 1, say.i))
    source = index.at(0).actor
    assert own_words(a, doc=doc, source=source, index=index)
    assert action_modality(a, doc=doc, root="11", source=source, index=index) == Modality(status="asserted")
    # not a verbal act: the report stays a report
    assert action_modality(a, doc=doc, root="19", source=source, index=index).status == "reported"
    # a statement in the speaker's own words is asserted too
    assert statement_modality(a, doc=doc, speaker=source, index=index).status == "asserted"


def test_someone_elses_words_stay_reported(nlp):
    doc, index = _parsed(nlp, "Kenya condemned the attack, Somalia said.", {"Kenya": "KEN", "Somalia": "SOM"})
    say = next(t for t in doc if t.text == "said")
    a = Assessment(status="reported", report_token=say.i, attributed_to=(say.i - 1, say.i))
    m = action_modality(a, doc=doc, root="11", source=index.at(0).actor, index=index)
    assert (m.status, m.attributed_to) == ("reported", "Somalia")
