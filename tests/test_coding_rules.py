"""The modality rules one by one, and the tables that order them.

Each rule is run alone on a parsed sentence, at the step of the climb it is for, with a fresh
``Assessment``: it must do what its docstring says and nothing when its words are absent.
"""

from __future__ import annotations

import pytest

from flashpoint.coding.assessment import Assessment
from flashpoint.coding.lexicon import STATEMENT_KINDS
from flashpoint.coding.modality import assess
from flashpoint.coding.modality import rules as R
from flashpoint.coding.status import STATEMENT_STATUS


def _tok(doc, text):
    return next(t for t in doc if t.text == text)


def _trigger(nlp, lexicon, text, word):
    return R.Trigger(_tok(nlp(text), word), lexicon)


def _climb(nlp, lexicon, text, word, *, gov=None, dep=None, direct=True):
    """The step of the climb from ``word`` to its head (or to ``gov``, through ``dep``)."""
    doc = nlp(text)
    cur = _tok(doc, word)
    w = R.Climb(trigger=cur, lexicon=lexicon, cur=cur, direct=direct)
    w.start_step()
    if gov is not None or dep is not None:
        w.redirect(dep=dep or w.dep, gov=_tok(doc, gov) if gov is not None else w.gov)
    return w


# -- the tables -----------------------------------------------------------------------------------

def test_table_order_is_the_priority():
    """The order is the behaviour: a change here must be deliberate (and checked with same_output)."""
    assert [r.__name__ for r in R.TRIGGER_RULES] == [
        "negation", "inside_condition", "modal_auxiliary", "future_auxiliary", "would_auxiliary",
        "demand_auxiliary", "obligation_own", "conditioned_by_if_clause", "modal_modifier", "hearsay_modifier", "contradicted_claim",
        "purpose_infinitive"]
    assert [r.__name__ for r in R.CLIMB_RULES] == [
        "according_to_phrase", "top_of_clause_chain", "gerund_under_preposition", "modal_noun", "modal_copula",
        "necessity_copula", "obligation_verb",
        "open_question", "attempted", "adverbial_clause",
        "statement_noun", "noun_taken_by_verb", "object_noun_statement", "claim_noun", "insisted_fact",
        "told_to", "conjoined_verb", "modal_governor", "prepositional_link", "denial", "claimed", "allegation", "failure",
        "statement_verb",
        "hoped_for", "expected", "report_verb"]
    assert [r.__name__ for r in R.FINAL_RULES] == ["demand_without_speaker", "report_without_sayer"]


@pytest.mark.parametrize("rule", R.TRIGGER_RULES + R.CLIMB_RULES + R.FINAL_RULES, ids=lambda r: r.__name__)
def test_every_rule_says_what_text_it_is_for(rule):
    assert rule.__doc__ and len(rule.__doc__.strip()) > 20


def test_statement_kinds_agree_everywhere():
    assert set(R.STATEMENT_PRIORITY) == set(STATEMENT_KINDS) == set(STATEMENT_STATUS)
    assert R.ASKING | R.COMMITTING <= R.STATEMENT_CUES
    assert R.SUPPOSING == {"request", "demand", "hypothetical", "modal"}


@pytest.mark.parametrize("kinds,among,kind", [
    ({"intent", "threat"}, R.STATEMENT_CUES, "threat"),
    ({"intent", "refuse"}, R.STATEMENT_CUES, "refuse"),
    ({"intent", "refuse"}, R.ASKING | R.COMMITTING, "intent"),
    ({"request", "demand"}, R.STATEMENT_CUES, "request"),
    ({"report", "light"}, R.STATEMENT_CUES, None),
])
def test_first_statement_kind_follows_the_priority(kinds, among, kind):
    assert R.first_statement_kind(kinds, among=among) == kind


def test_first_trigger_rule_that_applies_wins(nlp, lexicon):
    """'If Russia could attack': conditional (the if-clause), not also hypothetical (the modal)."""
    doc = nlp("If Russia could attack Ukraine, the West would respond.")
    a = assess(_tok(doc, "attack"), lexicon)
    assert a.status == "conditional" and "modal verb" not in a.notes


# -- 1. the trigger's own clause ------------------------------------------------------------------

@pytest.mark.parametrize("rule,text,word,expected", [
    (R.negation, "Russia did not attack Ukraine.", "attack", {"negated": True}),
    (R.negation, "Russia attacked Ukraine.", "attacked", {"negated": False}),
    (R.inside_condition, "If Russia attacks Ukraine, the West will respond.", "attacks", {"status": "conditional"}),
    (R.modal_auxiliary, "Russia could attack Ukraine.", "attack", {"status": "hypothetical"}),
    (R.future_auxiliary, "The ministers will meet on Friday.", "meet",
     {"status": "future", "statement_kind": "intent", "statement_token": 3}),
    (R.would_auxiliary, "Russia would attack Ukraine.", "attack",
     {"status": "hypothetical", "statement_kind": "intent", "notes": ["would"]}),
    (R.demand_auxiliary, "Libya must hand over the suspects.", "hand",
     {"status": "hypothetical", "statement_kind": "demand", "statement_token": None}),
    (R.conditioned_by_if_clause, "The West will respond if Russia attacks.", "respond", {"status": "conditional"}),
    (R.conditioned_by_if_clause, "Turkey warned of a firm answer if Greece armed the islands.", "warned",
     {"status": "asserted"}),
    (R.purpose_infinitive, "Turkey sent troops to Syria to attack the militia.", "attack", {"status": "hypothetical"}),
    (R.purpose_infinitive, "Russia began to withdraw its troops.", "withdraw", {"status": "asserted"}),
])
def test_trigger_rule(nlp, lexicon, rule, text, word, expected):
    a = Assessment()
    rule(a, _trigger(nlp, lexicon, text, word))
    assert {k: getattr(a, k) for k in expected} == expected


def test_negated_future_is_a_refusal(nlp, lexicon):
    a = Assessment(negated=True)
    R.future_auxiliary(a, _trigger(nlp, lexicon, "Syria will not accept refugees.", "accept"))
    assert a.statement_kind == "refuse"


@pytest.mark.parametrize("rule", [R.inside_condition, R.modal_auxiliary, R.future_auxiliary, R.would_auxiliary,
                                  R.demand_auxiliary, R.purpose_infinitive], ids=lambda r: r.__name__)
def test_trigger_rules_leave_a_plain_clause_alone(nlp, lexicon, rule):
    a = Assessment()
    rule(a, _trigger(nlp, lexicon, "Russia attacked Ukraine.", "attacked"))
    assert a == Assessment()


# -- 2. the climb -----------------------------------------------------------------------------------

def test_according_to_phrase(nlp, lexicon):
    w = _climb(nlp, lexicon, "According to Kenya, Somalia attacked the town.", "attacked")
    a = Assessment()
    assert R.according_to_phrase(a, w) is None
    assert a.status == "reported" and w.cur.doc[a.attributed_to[0]:a.attributed_to[1]].text == "Kenya"


def test_top_of_clause_chain(nlp, lexicon):
    assert R.top_of_clause_chain(Assessment(), _climb(nlp, lexicon, "Russia attacked Ukraine.", "attacked")) is R.Then.STOP
    assert R.top_of_clause_chain(Assessment(), _climb(nlp, lexicon, "Russia agreed to send tanks.", "send")) is None


def test_gerund_under_preposition(nlp, lexicon):
    w = _climb(nlp, lexicon, "Japan accused China of attacking the ship.", "attacking")
    assert R.gerund_under_preposition(Assessment(), w) is None
    assert (w.dep, w.gov.text) == ("pcomp", "accused")


def test_adverbial_clause(nlp, lexicon):
    a = Assessment()
    w = _climb(nlp, lexicon, "If Greece armed the islands, Turkey would respond.", "armed")
    assert R.adverbial_clause(a, w) is R.Then.STOP and a.status == "conditional"
    a = Assessment()
    w = _climb(nlp, lexicon, "After Russia attacked Ukraine, Kenya protested.", "attacked")
    assert R.adverbial_clause(a, w) is R.Then.STOP and a.status == "asserted"


def test_statement_noun(nlp, lexicon):
    a = Assessment()
    w = _climb(nlp, lexicon, "Egypt announced a plan to withdraw its troops.", "withdraw")
    assert R.statement_noun(a, w) is R.Then.STOP
    assert (a.status, a.statement_kind, w.cur.doc[a.statement_token].text) == ("future", "intent", "plan")


def test_noun_taken_by_verb(nlp, lexicon):
    a = Assessment()
    w = _climb(nlp, lexicon, "China demanded an admission that Japan attacked the ship.", "attacked")
    assert R.noun_taken_by_verb(a, w) is R.Then.STOP and a.status == "hypothetical"


def test_object_noun_statement(nlp, lexicon):
    a = Assessment()
    w = _climb(nlp, lexicon, "Israel reiterated its demand that Hamas release the hostages.", "release",
               gov="reiterated", dep="ccomp")
    assert R.object_noun_statement(a, w) is R.Then.STOP
    assert (a.status, a.statement_kind, w.cur.doc[a.statement_token].text) == ("hypothetical", "demand", "demand")
    a = Assessment()
    w = _climb(nlp, lexicon, "Israel said that Hamas released the hostages.", "released")
    assert R.object_noun_statement(a, w) is None and a == Assessment()


@pytest.mark.parametrize("text,expected", [
    ("Russia rejected claims that it attacked the convoy.", ("denied", False)),
    ("Kenya investigated claims that Somalia attacked the town.", ("asserted", True)),
])
def test_claim_noun(nlp, lexicon, text, expected):
    a = Assessment()
    assert R.claim_noun(a, _climb(nlp, lexicon, text, "attacked")) is R.Then.STOP
    assert (a.status, a.suppressed) == expected


def test_insisted_fact(nlp, lexicon):
    w = _climb(nlp, lexicon, "Kenya insisted that the rebels would not surrender.", "surrender")
    assert "demand" in w.kinds
    R.insisted_fact(Assessment(), w)
    assert "demand" not in w.kinds and "report" in w.kinds


def test_conjoined_verb(nlp, lexicon):
    a = Assessment()
    w = _climb(nlp, lexicon, "The ministers will meet and sign a treaty.", "sign")
    assert R.conjoined_verb(a, w) is R.Then.CLIMB
    assert (a.status, a.statement_kind, w.cur.doc[a.statement_token].text) == ("future", "intent", "sign")


def test_prepositional_link(nlp, lexicon):
    text = "Russia agreed to talks on the withdrawal of troops."
    assert R.prepositional_link(Assessment(), _climb(nlp, lexicon, text, "on")) is R.Then.CLIMB
    assert R.prepositional_link(Assessment(), _climb(nlp, lexicon, text, "withdrawal")) is R.Then.STOP


@pytest.mark.parametrize("text,status,then", [
    ("Iran denied that it attacked the tanker.", "denied", R.Then.STOP),
    ("Russia did not deny that it attacked Ukraine.", "asserted", None),
])
def test_denial(nlp, lexicon, text, status, then):
    a = Assessment()
    assert R.denial(a, _climb(nlp, lexicon, text, "attacked")) is then
    assert a.status == status


def test_allegation(nlp, lexicon):
    a = Assessment()
    w = _climb(nlp, lexicon, "Kenya accused Somalia of attacking the town.", "attacking", gov="accused")
    assert R.allegation(a, w) is R.Then.STOP and a.suppressed


def test_failure(nlp, lexicon):
    a = Assessment()
    assert R.failure(a, _climb(nlp, lexicon, "Libya failed to release the hostages.", "release")) is None
    assert a.negated


@pytest.mark.parametrize("text,word,kind,status,negated", [
    ("Russia agreed to send tanks.", "send", "intent", "future", False),
    ("Russia threatened to cut ties with Ukraine.", "cut", "threat", "future", False),
    ("Hungary refused to accept refugees.", "accept", "refuse", "future", True),
    ("China urged Japan to apologize.", "apologize", "request", "hypothetical", False),
])
def test_statement_verb(nlp, lexicon, text, word, kind, status, negated):
    a = Assessment()
    assert R.statement_verb(a, _climb(nlp, lexicon, text, word)) is None
    assert (a.statement_kind, a.status, a.negated) == (kind, status, negated)


def test_statement_verb_not_above_a_say_verb(nlp, lexicon):
    a = Assessment()
    R.statement_verb(a, _climb(nlp, lexicon, "Russia agreed to send tanks.", "send", direct=False))
    assert a == Assessment()


def test_hoped_for_and_expected(nlp, lexicon):
    a = Assessment()
    R.hoped_for(a, _climb(nlp, lexicon, "Iran hopes to sign a deal.", "sign"))
    assert a.status == "hypothetical"
    a = Assessment()
    R.expected(a, _climb(nlp, lexicon, "Kenya is expected to invade Somalia.", "invade"))
    assert a.status == "future"


def test_report_verb(nlp, lexicon):
    a = Assessment()
    w = _climb(nlp, lexicon, "The United States said Russia attacked Ukraine.", "attacked")
    assert R.report_verb(a, w) is None
    assert a.status == "reported" and not w.direct
    assert w.cur.doc[a.attributed_to[0]:a.attributed_to[1]].text == "The United States"


def test_report_verb_of_an_opinion(nlp, lexicon):
    a = Assessment()
    R.report_verb(a, _climb(nlp, lexicon, "Analysts believe Russia attacked Ukraine.", "attacked"))
    assert a.status == "hypothetical" and "an opinion ('believe')" in a.notes


def test_report_verb_gives_a_demand_its_speaker(nlp, lexicon):
    a = Assessment(status="hypothetical", statement_kind="demand")
    w = _climb(nlp, lexicon, "Britain said Libya must hand over the suspects.", "hand")
    R.report_verb(a, w)
    assert w.cur.doc[a.statement_token].text == "said"


# -- 3. after the climb -------------------------------------------------------------------------------

def test_demand_without_speaker():
    a = Assessment(status="hypothetical", statement_kind="demand")
    R.demand_without_speaker(a)
    assert a.statement_kind is None
    a = Assessment(status="hypothetical", statement_kind="demand", statement_token=3)
    R.demand_without_speaker(a)
    assert a.statement_kind == "demand"


def test_report_without_sayer():
    a = Assessment(status="reported")
    R.report_without_sayer(a)
    assert a.status == "asserted"
    a = Assessment(status="reported", attributed_to=(0, 2))
    R.report_without_sayer(a)
    assert a.status == "reported"
