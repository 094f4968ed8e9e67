"""Exchanges between two parties are coded once per direction (tests/gold/README.md rule 4): traded
accusations, exchanged fire, swapped prisoners, tit-for-tat sanctions and expulsions, with the
parties named as a coordinated subject, as "both sides" or "the two countries" -- also where the
small parser reads the gerund of exchange as a noun (``nlp/gerunds.py``)."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc
from spacy.vocab import Vocab

from flashpoint.nlp import load_model
from flashpoint.nlp.gerunds import NAME, repair


def _pairs(pipeline, text, root):
    return {(e.source.code, e.target.code) for e in pipeline.code_text(text)
            if e.modality.factual and e.cameo.startswith(root) and e.source is not None and e.target is not None}


#: Our own sentence of the class: without the component the small model makes "trading" a noun
#: conjunct of "border" and hangs "sanctions" under "along".
MANGLED = ("Tensions between Ethiopia and Eritrea have grown since the raid, with both sides deploying troops "
           "along their border and trading tit-for-tat economic sanctions.")


def test_the_parser_still_misreads_the_sentence_without_the_component():
    nlp = load_model()
    with nlp.select_pipes(disable=[NAME]):
        trading = next(t for t in nlp(MANGLED) if t.lower_ == "trading")
    assert trading.tag_ == "NN"  # if the model parses it right one day, this test needs a new sentence


def test_the_gerund_of_exchange_becomes_the_verb_of_its_object():
    doc = load_model()(MANGLED)
    trading = next(t for t in doc if t.lower_ == "trading")
    assert (trading.tag_, trading.lemma_, trading.dep_, trading.head.lower_) == ("VBG", "trade", "conj", "deploying")
    assert any(c.lower_ == "sanctions" and c.dep_ == "dobj" for c in trading.children)
    border = next(t for t in doc if t.lower_ == "border")
    assert (border.dep_, border.head.lower_) == ("pobj", "along")


def test_both_sides_trading_sanctions_in_the_mangled_parse_both_ways(pipeline):
    assert _pairs(pipeline, MANGLED, "16") == {("ETH", "ERI"), ("ERI", "ETH")}
    # the deployment as before, by each state's military (its troops: ``coding/organs.py``)
    assert _pairs(pipeline, MANGLED, "15") == {("ETHMIL", "ERI"), ("ERIMIL", "ETH")}


def test_a_noun_conjunct_of_another_word_is_left_alone():
    # "a factory making shoes and clothing": not a gerund of exchange, nothing to repair
    words = ["firms", "making", "shoes", "and", "clothing"]
    heads, deps = [0, 0, 1, 2, 2], ["ROOT", "acl", "dobj", "cc", "conj"]
    doc = repair(Doc(Vocab(), words=words, heads=heads, deps=deps, tags=["NNS", "VBG", "NNS", "CC", "NN"]),
                 " ".join(words))
    assert [t.head.i for t in doc] == heads


def test_a_gerund_of_exchange_with_no_parallel_verb_is_left_alone():
    words = ["the", "border", "and", "trading", "posts"]
    heads, deps = [1, 1, 1, 4, 1], ["det", "ROOT", "cc", "compound", "conj"]
    doc = repair(Doc(Vocab(), words=words, heads=heads, deps=deps, tags=["DT", "NN", "CC", "NN", "NNS"]),
                 " ".join(words))
    assert [t.head.i for t in doc] == heads


@pytest.mark.parametrize("text, root, parties", [
    ("Russia and Britain have fallen out over the poisoning, with both sides trading tit-for-tat diplomatic sanctions.",
     "16", ("RUS", "GBR")),  # "both sides" in a lead: the two states it names before
    ("Russia and Ukraine swapped prisoners on Friday.", "08", ("RUS", "UKR")),
    ("Armenia swapped prisoners with Azerbaijan.", "08", ("ARM", "AZE")),
    ("Russia and Britain carried out a tit-for-tat expulsion of diplomats.", "16", ("RUS", "GBR")),
    ("China and the United States imposed tit-for-tat tariffs on Friday.", "16", ("CHN", "USA")),
    ("Ethiopia and Eritrea traded accusations on Monday.", "11", ("ETH", "ERI")),
])
def test_exchanges_are_coded_both_ways(pipeline, text, root, parties):
    a, b = parties
    assert _pairs(pipeline, text, root) == {(a, b), (b, a)}


def test_sanctions_of_one_party_stay_one_way(pipeline):
    assert _pairs(pipeline, "Japan imposed sanctions on Russia.", "16") == {("JPN", "RUS")}


def test_both_sides_saying_something_of_a_third_thing_is_no_exchange(pipeline):
    text = "The truce between Israel and Lebanon took effect at dawn, although both sides warned it could collapse."
    assert not _pairs(pipeline, text, "13")


def test_both_countries_accusing_the_other_in_a_lead(pipeline):
    text = "Kyrgyz and Tajik border guards exchanged mortar fire, and both countries accused the other of breaking the truce."
    assert _pairs(pipeline, text, "11") == {("KGZ", "TJK"), ("TJK", "KGZ")}


@pytest.mark.parametrize("text, code", [
    ("Ethiopia and Eritrea traded diplomatic sanctions.", "161"),  # diplomatic sanctions reduce relations
    ("Ethiopia and Eritrea traded sanctions.", "163"),
    ("Ethiopia and Eritrea traded diplomatic barbs.", "112"),  # barbs have no code of their own: the verb's
    ("Armenian and Azerbaijani troops exchanged artillery fire overnight.", "194"),
])
def test_an_exchange_is_of_its_object_s_kind(pipeline, text, code):
    assert {e.cameo for e in pipeline.code_text(text) if e.modality.factual} == {code}


def test_diplomatic_sanctions_imposed(pipeline):
    assert {e.cameo for e in pipeline.code_text("India imposed diplomatic sanctions on Pakistan.")} == {"161"}


def test_a_progressive_gerund_of_exchange_hung_on_its_object_becomes_its_verb():
    # "A and B are trading sanctions": the small model makes "trading" a compound of the root "sanctions"
    words = ["Chad", "and", "Sudan", "are", "trading", "sanctions", "."]
    heads, deps = [3, 0, 0, 4, 5, 5, 5], ["nsubj", "cc", "conj", "aux", "compound", "ROOT", "punct"]
    doc = repair(Doc(Vocab(), words=words, heads=heads, deps=deps, tags=["NNP", "CC", "NNP", "VBP", "NN", "NNS", "."]),
                 " ".join(words))
    assert (doc[4].dep_, doc[4].head.i, doc[4].tag_) == ("ROOT", 4, "VBG")
    assert (doc[5].dep_, doc[5].head.i) == ("dobj", 4)
    assert doc[0].head.i == 4 and doc[3].head.i == 4  # the subject the parser hung on "are" is the verb's


def test_a_compound_of_exchange_without_be_is_left_alone():
    words = ["the", "trading", "sanctions", "."]  # "the trading sanctions" (a kind of sanctions)
    heads, deps = [2, 2, 2, 2], ["det", "compound", "ROOT", "punct"]
    doc = repair(Doc(Vocab(), words=words, heads=heads, deps=deps, tags=["DT", "NN", "NNS", "."]), " ".join(words))
    assert [t.head.i for t in doc] == heads
