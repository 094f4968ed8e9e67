"""The memos and early exits of the name scans give what the plain reading gives.

The known-name scan, the surname pass and the place scan read a word's normal forms from
``nlp.normalise.word_forms`` (once per word, kept with the Doc) and skip a run no place is named
by (``Gazetteer.knows``) before the costlier checks; the coder leaves a sentence without a
candidate trigger at once. Each must be the same reading as before: checked here word by word on
text we wrote, and event by event on every set by ``bench/same_output.py``.
"""

from __future__ import annotations

import pytest

from flashpoint.geo import load_gazetteer
from flashpoint.geo.gazetteer import normalise
from flashpoint.nlp.normalise import norm_exact, norm_piece, norm_spaces, word_forms

TEXTS = [
    "Al-Qaeda fighters attacked Sāmarrā’ on Tuesday, the Iraqi army said.",
    "The U.S. Secretary-General met Mr Dupont in São Paulo — and then flew to New South Wales.",
    "police arrested 5 people in ahmedabad on friday.  Then   they left.",
    "Vladimir Putin's envoy said “talks” with Kyiv were off; NATO’s chief disagreed.",
]


@pytest.mark.parametrize("text", TEXTS)
def test_word_forms_are_the_forms_of_each_token(nlp, text):
    doc = nlp(text)
    forms = word_forms(doc)
    assert len(forms) == len(doc)
    for tok, f in zip(doc, forms):
        assert f.exact == norm_piece(tok.text)
        assert f.key == norm_piece(tok.text).casefold()
        assert f.alone == norm_spaces(f.key)
        assert f.normal == norm_exact(tok.text)
        assert f.capital == tok.text[:1].isupper()


def test_word_forms_are_kept_with_the_doc_and_follow_a_new_one(nlp):
    doc = nlp(TEXTS[0])
    assert word_forms(doc) is word_forms(doc)  # worked out once per Doc
    other = nlp(TEXTS[1])
    assert [f.normal for f in word_forms(other)] == [norm_exact(t.text) for t in other]


def test_gazetteer_knows_exactly_the_names_it_has_candidates_or_own_keys_for():
    gaz = load_gazetteer()
    for name in ("Kharkiv", "Samarra", "Sāmarrā’", "New South Wales", "Ahmedabad", "Nowhereville",
                 "the", "Mr", "Washington", "Queen"):
        key = normalise(name)
        assert gaz.knows(key) == (bool(gaz.candidates(name)) or key in gaz.own_keys), name
    assert not gaz.knows(normalise("Zzyzxqua Flats"))


def test_a_sentence_without_a_candidate_gives_no_event(pipeline):
    assert pipeline.code_text("The weather was mild and the river was calm.", published="2022-02-16") == []
    events = pipeline.code_text("Russia warned Ukraine. The weather was mild.", published="2022-02-16")
    assert [e.sentence_index for e in events] == [0]
