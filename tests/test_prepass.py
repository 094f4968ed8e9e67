"""The pre-pass (``prepass.py``): every lemma the pipeline gives a token is one it foresees for the
token's word, every candidate trigger of a parsed document is a word it keeps, and a document it
skips is one the coder finds no event in."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from flashpoint.coding.triggers import candidates
from flashpoint.coding.arguments import MentionIndex
from flashpoint.nlp import sentences
from flashpoint.prepass import TriggerWords

HERE = Path(__file__).resolve().parent
EXAMPLES = HERE.parent / "examples"

#: Sentences we wrote: contractions the attribute ruler lemmatises, irregular and de-inflected
#: verbs, a demand auxiliary, nouns of actions, and some with no trigger at all.
WRITTEN = [
    "They ain't gonna sign it, y'all. Let's go: c'mon, we gotta leave.",
    "Rebels fought government troops and seized the town; police re-arrested two men.",
    "China must drop its barriers, the ministers said.",
    "The recognition of Palestine by Spain angered Israel.",
    "The weather was mild and the harvest was good.",
    "the team scored twice in the second half and the crowd cheered.",
    "Officials in Delhi said they were deeply worried about the border.",  # a predicate adjective
    "The army re-imposed a curfew, pre-empted a march and co-operated with police.",  # prefixed words, one token
]


@pytest.fixture(scope="module")
def words(pipeline):
    return TriggerWords(pipeline.nlp, pipeline.lexicon)


def _texts() -> list[str]:
    texts = list(WRITTEN) + [p.read_text(encoding="utf-8") for p in sorted(EXAMPLES.glob("*.txt"))]
    written = (HERE / "sentences" / "written_dev.jsonl").read_text(encoding="utf-8").splitlines()
    return texts + [json.loads(line)["text"] for line in written[:200]]


def test_every_lemma_is_foreseen(pipeline, words):
    for doc in pipeline.nlp.pipe(_texts()):
        for tok in doc:
            assert tok.lemma_ in words.lemmas(tok.text), (tok.text, tok.pos_, tok.lemma_)


def test_every_candidate_trigger_is_kept(pipeline, words):
    found = 0
    for doc in pipeline.nlp.pipe(_texts()):
        for sent in sentences(doc):
            for c in candidates(sent, lexicon=pipeline.lexicon, index=MentionIndex([])):
                assert words.token_may_trigger(c.tok), c.tok.text
                found += 1
    assert found > 100


def test_a_skipped_document_has_no_event(pipeline, words):
    quiet = [t for t in _texts() if not words.any_in(pipeline.nlp.make_doc(t))]
    assert WRITTEN[4] in quiet and WRITTEN[5] in quiet and WRITTEN[0] not in quiet
    for text in quiet:
        assert pipeline.code_text(text, published="2023-01-01") == []


def test_words_of_no_trigger(words):
    assert not words.may_trigger("weather") and not words.may_trigger("harvest")
    assert words.may_trigger("seized") and words.may_trigger("Fought") and words.may_trigger("must")
    assert words.may_trigger("gon") == words.may_trigger("go")  # "gon" is lemmatised "go" by a rule


def test_every_part_of_speech_of_the_lexicon_is_asked(pipeline, words):
    """The coder matches adjectives too ("were worried"): the pre-pass follows the lexicon's parts
    of speech, so a document whose only trigger is one is parsed, and its event found."""
    assert set(words.parts) >= {pos for _, pos in pipeline.lexicon.entries}
    assert words.may_trigger("worried") and words.token_may_trigger(pipeline.nlp.make_doc(WRITTEN[6])[7])
    assert [e.trigger.text for e in pipeline.code_text(WRITTEN[6], published="2023-01-01")] == ["worried"]
