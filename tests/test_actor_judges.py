"""'Justice X' is a judge (the title of judges of the higher courts in Commonwealth and US
usage), as "Judge X" is; the word alone ("brought to justice") and longer titles ("Justice
Minister X") are not. Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from flashpoint import code_text


def _sources(text: str):
    return [e.source for e in code_text(text, published="2024-03-01") if e.source is not None]


@pytest.mark.parametrize("text, words", [
    ("In her closing remarks, Justice Pemberton called on all witnesses to tell the truth.", "Justice Pemberton"),
    ("Justice Maria Santos of the Supreme Court rejected the government's appeal.", "Justice Maria Santos"),
    ("Justice Okafor criticised the police for the delays in the inquiry.", "Justice Okafor"),
])
def test_justice_before_a_name_is_a_judge(text, words):
    found = [a for a in _sources(text) if words in a.text]
    assert found and found[0].sectors == ["JUD"], code_text(text, published="2024-03-01")


@pytest.mark.parametrize("text, sector", [
    ("Justice Minister Ali Khan accused the rebels of killing civilians.", "GOV"),
    ("The Justice and Development Party accused the army of plotting a coup.", "PTY"),
])
def test_longer_titles_and_names_keep_their_own_sector(text, sector):
    found = _sources(text)
    assert found and found[0].sectors == [sector], found


def test_justice_as_a_word_is_no_actor():
    events = code_text("The killers will be brought to justice, the minister said.", published="2024-03-01")
    assert not any(a is not None and "justice" in a.text.lower() for e in events for a in (e.source, e.target))
