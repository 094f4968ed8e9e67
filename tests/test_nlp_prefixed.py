"""Words with a hyphenated prefix (``nlp/prefixed.py``): one token, a verb where it is one, with its
base word's lemma, so the event is coded on it (the tokenizer's "re", "-", "arrested" made "re" the
verb of the sentence)."""

from __future__ import annotations

import pytest
import spacy

from flashpoint.nlp import load_model
from flashpoint.nlp.prefixed import split_prefix


@pytest.mark.parametrize("fast", [True, False])
@pytest.mark.parametrize("text, word, lemma", [
    ("Police re-arrested the opposition leader on Monday.", "re-arrested", "arrest"),
    ("police re-arrested the opposition leader on monday.", "re-arrested", "arrest"),
    ("The troops re-opened the border crossing.", "re-opened", "reopen"),
    ("The army pre-empted an attack.", "pre-empted", "preempt"),
    ("The two parties co-operated on the plan.", "co-operated", "cooperate"),
    ("He was Re-Elected in 2000, a pre-dawn vote.", "Re-Elected", "reelect"),
])
def test_a_prefixed_word_is_one_token_with_its_base_lemma(fast, text, word, lemma):
    doc = load_model(fast=fast)(text)
    [token] = [t for t in doc if t.text == word]
    assert token.lemma_ == lemma
    assert token.pos_ in ("VERB", "AUX")


def test_other_words_are_split_as_spacy_splits_them():
    text = "A cease-fire, re-, co-2 and pre-9/11 terms; re- and de-regulation, re-arrested and co-op."
    ours = [t.text for t in load_model().tokenizer(text)]
    stock = [t.text for t in spacy.blank("en").tokenizer(text)]
    joined = []
    for w in stock:  # the stock tokens with "re" "-" "arrested" and "co" "-" "op" joined
        if len(joined) >= 2 and joined[-1] == "-" and joined[-2] in ("re", "co") and w in ("arrested", "op"):
            joined[-2:] = [joined[-2] + "-" + w]
        else:
            joined.append(w)
    assert ours == joined


@pytest.mark.parametrize("word, split", [
    ("re-arrested", ("re", "arrested")), ("RE-IMPOSED", ("re", "IMPOSED")), ("co-op", ("co", "op")),
    ("cease-fire", None), ("re-", None), ("pre-9", None), ("reimposed", None),
])
def test_split_prefix(word, split):
    assert split_prefix(word) == split


def test_the_event_is_coded_on_the_prefixed_verb(pipeline):
    for text in ("Indian police re-arrested the opposition leader on Monday.",
                 "indian police re-arrested the opposition leader on monday."):
        [event] = pipeline.code_text(text, published="2001-12-15")
        assert event.to_dict()["cameo"] == "173"
        assert event.to_dict()["trigger"]["text"] == "re-arrested"
