"""Cleaning: whitespace, Unicode and boilerplate removal (removed vs. kept tables)."""

from __future__ import annotations

import unicodedata

import pytest

from flashpoint.ingest import clean_text
from flashpoint.ingest.clean import is_boilerplate, split_paragraphs

ARTICLE = "Kenyan police detained 30 protesters in Mombasa on Friday."

REMOVED = [
    "© 2022 Global News Network",
    "(c) 2024 The Daily Ledger Ltd",
    "Copyright 2023 The Associated Press. All rights reserved.",
    "Copyright © 2025 Nation Media Group",
    "Copyright: Example Wire Service",
    "All rights reserved.",
    "This material may not be published, broadcast, rewritten or redistributed.",
    "By Jane Doe",
    "By JANE DOE, Associated Press",
    "By Jane Doe and John Roe, BBC News, Nairobi",
    "By Maria Lopez in Caracas",
    "Reporting by Jane Doe; Editing by John Roe",
    "(Reporting by Jane Doe; Additional reporting by Ali Hassan; Editing by John Roe)",
    "Additional reporting by Ali Hassan in Ankara",
    "Read more: Why the talks failed",
    "READ MORE",
    "Read also: Five things to know",
    "Click here to subscribe to our alerts",
    "Share this article",
    "Share on Facebook",
    "Facebook Twitter WhatsApp Email",
    "Follow us on Twitter",
    "Follow Jane Doe on X",
    "Sign up for our newsletter",
    "Subscribe to our daily briefing newsletter",
    "Get our newsletter delivered to your inbox every morning.",
    "Photo: Jane Doe / AFP",
    "(Photo by John Roe/Getty Images)",
    "Image copyright Getty Images",
    "Image caption: Soldiers on patrol",
    "FILE PHOTO: A soldier stands guard at a checkpoint in Kyiv, Ukraine, March 3, 2022.",
    "John Roe/AFP via Getty Images",
    "Jane Doe / Reuters",
    "Associated Press writer Jane Doe in Kyiv contributed to this report.",
    "___",
    "* * *",
    "Advertisement",
    "ADVERTISEMENT",
    "Story continues below advertisement",
    "Published: 16 February 2022",
    "Updated 10:45 GMT",
]

KEPT = [
    "The law was passed by parliament on Tuesday.",
    "A copyright dispute between two firms reached the supreme court.",
    "By Tuesday, the army had withdrawn from the town.",
    "By contrast, Ukraine said the talks were useful.",
    "By 2024 the sanctions had cut exports by half.",
    "By Kenyan law, protests must be notified to the police.",
    "The minister was photographed by reporters leaving the meeting.",
    "Reporting by state media said the talks had collapsed.",
    "Research by the institute shows a rise in attacks.",
    "The opposition said all rights of detainees must be respected.",
    "Police said they would follow up on the complaints.",
    "Officials read more than 200 names at the memorial.",
    "Published reports said the envoy had resigned.",
    "Subscribers to the state broadcaster lost access on Monday.",
    "The picture painted by the monitors is bleak.",
    "Image is everything in politics, the senator said.",
    "Advertisements for the rally were banned by the electoral commission.",
    "Donors contributed to the reconstruction fund, the ministry said.",
    ARTICLE,
]


@pytest.mark.parametrize("line", REMOVED)
def test_boilerplate_line_is_removed(line: str) -> None:
    assert is_boilerplate(line) or clean_text(line) == ""
    assert clean_text(f"{ARTICLE}\n\n{line}\n\n{ARTICLE}") == f"{ARTICLE}\n\n{ARTICLE}"


@pytest.mark.parametrize("sentence", KEPT)
def test_news_sentence_is_kept(sentence: str) -> None:
    assert not is_boilerplate(sentence)
    assert clean_text(sentence) == sentence
    assert clean_text(f"{ARTICLE} {sentence}") == f"{ARTICLE} {sentence}"


@pytest.mark.parametrize(("text", "expected"), [
    ("Troops moved in (Photo by John Roe/Getty Images) on Monday.", "Troops moved in on Monday."),
    ("Police fired tear gas. (AP Photo/Jane Doe)", "Police fired tear gas."),
    ("The talks ended. (Reporting by Jane Doe; Editing by John Roe)", "The talks ended."),
    ("Crowds gathered [Photo: AFP] outside parliament.", "Crowds gathered outside parliament."),
    ("Russia struck Kharkiv. © 2022 Example Wire. All rights reserved.", "Russia struck Kharkiv."),
    ("KYIV (Reuters) - Russian forces shelled the city.", "KYIV (Reuters) - Russian forces shelled the city."),
    ("The army (which denies it) fired first.", "The army (which denies it) fired first."),
])
def test_inline_boilerplate(text: str, expected: str) -> None:
    assert clean_text(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("  Two   spaces\tand a tab.  ", "Two spaces and a tab."),
    ("First paragraph.\n\n\n\nSecond paragraph.", "First paragraph.\n\nSecond paragraph."),
    ("Windows line.\r\n\r\nNext one.", "Windows line.\n\nNext one."),
    ("A hard-wrapped\nparagraph of text.\n\nAnother one.", "A hard-wrapped paragraph of text.\n\nAnother one."),
    ("Headline\nFirst line of the story.", "Headline\n\nFirst line of the story."),
    ("No\u00a0break\u200b space\ufeff.", "No break space."),
    ("Bell\x07 and null\x00 removed.", "Bell and null removed."),
    ("", ""),
    ("   \n\n  \t ", ""),
])
def test_whitespace(text: str, expected: str) -> None:
    assert clean_text(text) == expected


def test_nfc() -> None:
    decomposed = "Zelenskyy met Macro\u0301n in Bogota\u0301."
    cleaned = clean_text(decomposed)
    assert cleaned == unicodedata.normalize("NFC", decomposed)
    assert "\u0301" not in cleaned


def test_only_boilerplate_gives_empty_text() -> None:
    assert clean_text("By Jane Doe\n\nAdvertisement\n\n© 2023 Example Wire") == ""


def test_clean_is_idempotent() -> None:
    text = "By Jane Doe\n\nRussia warned Ukraine.\nTalks stalled.\n\nRead more: x\n\nNATO met."
    once = clean_text(text)
    assert clean_text(once) == once


def test_split_paragraphs() -> None:
    assert split_paragraphs("a\nb\n\nc") == [["a", "b"], ["c"]]
    assert split_paragraphs("a\nb\nc") == [["a"], ["b"], ["c"]]
    assert split_paragraphs("\n\n") == []


@pytest.mark.parametrize(("text", "expected"), [
    # a notice wrapped over two lines goes as a whole
    (f"{ARTICLE}\n\nCopyright 2022 Example Wire. All rights reserved. This material may not be\n"
     "published, broadcast, rewritten or redistributed.", ARTICLE),
    # a byline line glued to the first line of the story goes, the story stays
    (f"By Jane Doe, Example Wire\nNAIROBI -- {ARTICLE}\n\nMore text.", f"NAIROBI -- {ARTICLE}\n\nMore text."),
    # a lower-case "by" at the start of a wrapped line is part of a sentence
    ("The decree was signed\nby President William Ruto and Prime Minister Abiy Ahmed\non Monday.\n\nEnd.",
     "The decree was signed by President William Ruto and Prime Minister Abiy Ahmed on Monday.\n\nEnd."),
])
def test_hard_wrapped_paragraphs(text: str, expected: str) -> None:
    assert clean_text(text) == expected


def test_every_format_character_is_removed() -> None:
    """Zero-width spaces and joiners, bidirectional marks and controls, tags... (Unicode Cf)."""
    import sys
    import unicodedata

    from flashpoint.ingest.clean import _FORMAT_CHARS

    format_chars = {chr(cp) for cp in range(sys.maxunicode + 1) if unicodedata.category(chr(cp)) == "Cf"}
    assert {c for c in format_chars if _FORMAT_CHARS.fullmatch(c)} == format_chars
    assert not any(_FORMAT_CHARS.fullmatch(c) for c in "aé\u0301 \n\u00a0\ufffd\U0001f600")


@pytest.mark.parametrize("mark", ["\u200b", "\u200d", "\u200e", "\u200f", "\u202a", "\u202e", "\u2066",
                                  "\u2069", "\u061c", "\u2060", "\ufeff", "\u00ad"])
def test_invisible_marks_inside_words_are_removed(mark: str) -> None:
    assert clean_text(f"Russian troops at{mark}tacked Ukrainian{mark} forces.") == (
        "Russian troops attacked Ukrainian forces.")


def test_a_run_of_one_letter_is_not_a_share_bar() -> None:
    assert clean_text("x" * 5000) == "x" * 5000
    assert clean_text("Share | Facebook | X") == ""
