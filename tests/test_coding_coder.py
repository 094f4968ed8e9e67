"""The coder on parsed sentences with hand-built actor mentions (no knowledge base involved)."""

from __future__ import annotations

import pytest

from flashpoint.coding import code_doc
from flashpoint.coding.confidence import explain, score
from flashpoint.records import Actor

from coding_helpers import country_mentions

COUNTRIES = {"Russia": "RUS", "Ukraine": "UKR", "Kenya": "KEN", "Somalia": "SOM", "Japan": "JPN",
             "China": "CHN", "Serbia": "SRB", "Egypt": "EGY", "Israel": "ISR", "Iran": "IRN",
             "Germany": "DEU", "Turkey": "TUR", "Syria": "SYR"}


def _code(nlp, lexicon, text):
    doc = nlp(text)
    mentions = country_mentions(doc, COUNTRIES)
    return doc, code_doc(doc, mentions, lexicon=lexicon)


def _triples(drafts, factual_only=True):
    return {(d.source.country, d.cameo, d.target.country if d.target else None)
            for d in drafts if d.modality.factual or not factual_only}


@pytest.mark.parametrize("text,expected", [
    ("Russia attacked Ukraine.", {("RUS", "190", "UKR")}),
    ("Ukraine was attacked by Russia.", {("RUS", "190", "UKR")}),
    ("Russia imposed sanctions on Kenya.", {("RUS", "163", "KEN")}),
    ("Kenya and Somalia signed a treaty.", {("KEN", "057", "SOM"), ("SOM", "057", "KEN")}),
    ("Japan met China in Tokyo.", {("JPN", "040", "CHN"), ("CHN", "040", "JPN")}),
    ("Russia agreed to send tanks to Serbia.", {("RUS", "0332", "SRB")}),
    ("Russia threatened to cut ties with Ukraine.", {("RUS", "1313", "UKR")}),
    ("China urged Japan to release the fishermen.", {("CHN", "0253", "JPN")}),
    ("Egypt expelled the ambassador of Israel.", {("EGY", "166", "ISR")}),
    ("Russia did not attack Ukraine.", set()),
    ("Iran denied attacking Israel.", set()),
    ("The weather in Kenya was fine.", set()),
])
def test_factual_triples(nlp, lexicon, text, expected):
    _, drafts = _code(nlp, lexicon, text)
    assert _triples(drafts) == expected


def test_non_factual_actions_are_kept_and_marked(nlp, lexicon):
    _, drafts = _code(nlp, lexicon, "Russia agreed to send tanks to Serbia.")
    send = next(d for d in drafts if d.cameo == "072")
    assert send.modality.status == "future" and not send.modality.factual


def test_draft_fields(nlp, lexicon):
    doc, drafts = _code(nlp, lexicon, "Russia attacked Ukraine, killing at least 12 people.")
    (d,) = drafts
    assert doc[d.trigger_start:d.trigger_end].text == "attacked"
    assert d.trigger_lemma == "attack" and d.sentence_index == 0
    assert d.rule == "attack.v"
    assert 0.0 <= d.confidence <= 1.0
    assert d.why.startswith("'attacked' (ASSAULT, CAMEO 190) with subject 'Russia' → RUS")
    assert [(q.kind, q.value, q.approx) for q in d.quantities] == [("killed", 12, True)]


def test_reported_event_is_attributed(nlp, lexicon):
    _, drafts = _code(nlp, lexicon, "Kenya said Somalia attacked the border town.")
    (d,) = drafts
    assert (d.source.country, d.modality.status, d.modality.attributed_to) == ("SOM", "reported", "Kenya")


def test_active_clause_without_an_actor_is_no_event(nlp, lexicon):
    _, drafts = _code(nlp, lexicon, "The storm attacked the coast on Monday.")
    assert drafts == []


def test_passive_without_agent_keeps_a_null_source(nlp, lexicon):
    _, drafts = _code(nlp, lexicon, "Ukraine was attacked on Monday.")
    (d,) = drafts
    assert (d.source, d.cameo, d.target.country) == (None, "190", "UKR")


def test_pronoun_subject_resolves_weakly(nlp, lexicon):
    _, drafts = _code(nlp, lexicon, "Iran says it will not accept refugees from Egypt.")
    rejections = [d for d in drafts if d.cameo.startswith("12")]
    assert rejections and rejections[0].source.country == "IRN"
    strong = score(strength=1, verb=True, source_how="subject", target_how="object", source_resolved_by="kb")
    weak = score(strength=1, verb=True, source_how="coref", target_how="place", source_resolved_by="coreference")
    assert 0.0 <= weak < strong <= 1.0


def test_explain_mentions_status():
    a = Actor(text="Blinken", span=(0, 7), code="USAGOV", country="USA", sectors=["GOV"])
    b = Actor(text="Russia", span=(20, 26), code="RUS", country="RUS")
    text = explain(trigger="warned", plover="THREATEN", cameo="130", source=a, source_how="subject",
                   target=b, target_how="object", status="asserted", negated=False)
    assert text == "'warned' (THREATEN, CAMEO 130) with subject 'Blinken' → USA GOV, object 'Russia' → RUS"
    assert "status future" in explain(trigger="meet", plover="CONSULT", cameo="040", source=a,
                                      source_how="subject", target=None, target_how=None,
                                      status="future", negated=False)


@pytest.mark.parametrize("text,expected", [
    # a threat is addressed to the actor of its condition
    ("Russia said it would respond with force if Ukraine joined the alliance.", {("RUS", "138", "UKR")}),
    # "received X from Y": Y gives
    ("Ukraine received tanks from Germany.", {("DEU", "072", "UKR")}),
    # a purpose clause is not an event of its own
    ("Turkey sent troops to Syria to attack the militia.", {("TUR", "154", "SYR")}),
    # "criticized X for arresting": X arrested
    ("Japan criticized China for arresting the journalists.", {("JPN", "111", "CHN"), ("CHN", "173", "CHN")}),
    # a participial result clause belongs to the attack
    ("Russia attacked Ukraine, killing 12 people.", {("RUS", "190", "UKR")}),
    # "X wants Y to attack Z" is a request to Y, not X's intent
    ("Kenya wants Somalia to attack the rebels.", {("KEN", "020", "SOM")}),
])
def test_argument_rules(nlp, lexicon, text, expected):
    _, drafts = _code(nlp, lexicon, text)
    assert _triples(drafts) == expected


def test_pronoun_subject_from_previous_sentence(nlp, lexicon):
    _, drafts = _code(nlp, lexicon, "Egypt hosted the summit. It later condemned Israel.")
    assert ("EGY", "111", "ISR") in _triples(drafts)
    d = next(d for d in drafts if d.cameo == "111")
    assert d.sentence_index == 1 and "coref" in d.why


def test_domestic_default_target(nlp, lexicon):
    _, drafts = _code(nlp, lexicon, "Thousands protested in Kenya. Kenya banned the opposition party.")
    ban = next(d for d in drafts if d.cameo.startswith("172"))
    assert ban.target.country == "KEN" and ban.target.resolved_by == "default"
    assert "domestic" in ban.why


def test_negated_noun_trigger_is_kept_and_marked(nlp, lexicon):
    _, drafts = _code(nlp, lexicon, "No talks were held between Kenya and Somalia.")
    assert _triples(drafts, factual_only=False) == {("KEN", "040", "SOM"), ("SOM", "040", "KEN")}
    assert all(d.modality.negated and not d.modality.factual for d in drafts)


@pytest.mark.parametrize("text,expected", [
    ("Two soldiers were killed by a roadside bomb in Kenya.", {("KEN", "190", "KEN")}),
    ("Gunmen attacked a police station in Somalia.", {("SOM", "190", "SOM")}),
    ("Two people were killed in a car crash in Kenya.", set()),
    ("The storm in Japan killed four people.", set()),
])
def test_unidentified_perpetrator_is_located(nlp, lexicon, text, expected):
    _, drafts = _code(nlp, lexicon, text)
    assert _triples(drafts) == expected
    for d in drafts:
        assert d.source.sectors == ["UAF"] and d.source.code.endswith("UAF")
        assert "unidentified forces" in d.why


def _draft(cameo, confidence, *, target=True, quantities=()):
    from flashpoint.coding.drafts import EventDraft
    from flashpoint.records import Modality, Quantity

    src = Actor(text="Russia", span=(0, 6), code="RUS", country="RUS")
    tgt = Actor(text="Ukraine", span=(16, 23), code="UKR", country="UKR") if target else None
    return EventDraft(sentence_index=0, trigger_start=1, trigger_end=2, trigger_lemma="attack", cameo=cameo,
                      source=src, target=tgt, modality=Modality(), confidence=confidence,
                      quantities=[Quantity(kind="killed", value=q, approx=False, text=str(q), span=(0, 1))
                                  for q in quantities])


def test_dedupe_keeps_one_event_per_happening():
    """Assault (18) and fight (19) are one violence group: the most confident stays and keeps the
    other's quantities; an event without target gives way to the same event with one."""
    from flashpoint.coding.drafts import dedupe_drafts

    kept = dedupe_drafts([_draft("190", 0.6, quantities=[12]), _draft("180", 0.8), _draft("190", 0.5, target=False),
                          _draft("111", 0.5)])
    assert [(d.cameo, d.confidence) for d in kept] == [("180", 0.8), ("111", 0.5)]
    assert [q.value for q in kept[0].quantities] == [12]
