"""Cleaning of article text: whitespace, Unicode form and boilerplate.

Every span downstream points into the text this module returns, so cleaning happens once, before
anything else looks at the text. Boilerplate (copyright notices, bylines, "read more" links, photo
credits, share buttons) is removed because it yields no events, only noise: an agency name in a
byline or a credit would otherwise be picked up as an actor.

The rules work on *pieces* (sentences, or lines of a sentence wrapped over several lines): a piece
is dropped when it is boilerplate as a whole. So a notice glued to the end of a real paragraph
goes, and the paragraph stays.
"""

from __future__ import annotations

import re
import unicodedata

from ..resources.words import word_list

#: Characters that carry no text: the format characters of Unicode (category Cf): soft hyphens,
#: zero-width spaces and joiners, bidirectional marks, embeddings, overrides and isolates, the BOM,
#: invisible operators, tags. Inside a word they would split it for the parser ("at\u200etacked").
#: ``tests/test_clean.py`` checks this class against ``unicodedata``.
_FORMAT_CHARS = re.compile(
    "[\u00ad\u0600-\u0605\u061c\u06dd\u070f\u0890\u0891\u08e2\u180e\u200b-\u200f\u202a-\u202e"
    "\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb\U000110bd\U000110cd\U00013430-\U00013438"
    "\U0001bca0-\U0001bca3\U0001d173-\U0001d17a\U000e0001\U000e0020-\U000e007f]")
#: Lone surrogates (from JSON escapes such as "\\ud800") cannot be written as UTF-8.
_SURROGATES = re.compile("[\ud800-\udfff]")
#: Control characters other than newline and tab (tab becomes a space).
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_SPACES = re.compile(r"[ \t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[\"'“‘(\[©A-Z])")

# Whole-piece patterns, matched case-insensitively against one stripped piece of a line.
_PIECE_PATTERNS: tuple[str, ...] = (
    # Copyright notices: "© 2022 X", "(c) 2023 X", "Copyright 2022 X", "Copyright © X", "Copyright: X".
    r"^(?:©|\(c\)\s*\d{4})",
    r"^copyright\s*(?:©|\(c\)|\d{4}|:)",
    r"^all rights reserved\b",
    r"\b(?:re)?published,\s*broadcast,\s*rewritten\b",
    r"\b(?:may|must|can)\s*not\b.{0,60}\b(?:redistributed|rewritten)\b",
    r"^this (?:article|story|material|content) (?:was|has been|is) (?:first |originally )?"
    r"(?:published|appeared|produced|distributed)\b",
    r"^our standards\s*:",
    # Credits for reporting and editing: "Reporting by X; Editing by Y", "(Additional reporting by Z)".
    r"^\(\s*(?:additional\s+|further\s+)?(?:reporting|writing|editing|compiled|graphics)\s+by\b",
    r"^(?:additional\s+)?(?:reporting|writing|editing)\s+by\b[^;]*;\s*(?:additional\s+)?"
    r"(?:reporting|writing|editing)\s+by\b",
    r"\bcontributed (?:to )?(?:this |the )?(?:report|story|article|reporting)\W*$",
    # Links and calls to action.
    r"^(?:read|see)\s+(?:more|also)\b",
    r"^(?:related|recommended|most read|more on this story|more from)\s*(?:stories|articles|coverage"
    r"|content|reading|news)?\s*[:|»>-]",
    r"^more\s*:\s",
    r"\bclick here\b",
    r"^share (?:this|on|via)\b",
    r"^follow (?:us|our|@)",
    r"^follow\s+.{1,60}\s+on\s+(?:twitter|x|facebook|instagram|telegram|threads|bluesky|linkedin"
    r"|tiktok|youtube)\b",
    r"^(?:sign up|subscribe)\b.{0,80}\b(?:newsletter|inbox|updates|alerts|briefing)\b",
    r"\bnewsletter\b.{0,60}\b(?:sign up|subscribe|inbox|delivered)\b",
    r"^(?:sign up|subscribe|log in|login|register)(?: now| here| today)?\W*$",
    r"^(?:listen to this article|reading time\b|print this (?:article|page)|report an error)",
    # Photo, image and video credits and captions.
    r"^(?:file\s+)?(?:photo|photograph|picture|image|pic|video|caption|credit)s?(?:\s+credit)?\s*[:|]",
    r"^\(?\s*(?:ap\s+|afp\s+|reuters\s+|file\s+)?(?:photo|photograph|picture)\s+(?:by|credit)\b",
    r"^image (?:copyright|source|caption)\b",
    r"^file\s*[-–—]\s",
    r"\bvia getty images\W*$",
    r"^(?:getty images|afp|reuters|ap|epa|shutterstock)(?:\s*/\s*[\w .'-]+)?\W*$",
    r"^[\w .'-]{1,60}/\s*(?:afp|ap|reuters|epa|getty(?: images)?|shutterstock|anadolu(?: agency)?"
    r"|bloomberg|xinhua|tass|sputnik)(?:\s*/\s*[\w .'-]+)?\W*$",
    # Advertisement and layout leftovers; separator lines ("* * *", "---") with no word at all.
    r"^[\W_]+$",
    r"^(?:advertisement|advert|sponsored(?: content)?|story continues below(?: advertisement)?"
    r"|scroll to continue(?: reading)?|continue reading(?: below)?|skip (?:advert|ad)(?:isement)?"
    r"|article continues (?:below|after (?:this )?advertisement))\W*$",
    r"^(?:published|updated|last updated|posted)(?:\s+on)?\s*:?\s*(?:\w+,?\s+)?(?:\d|jan|feb|mar|apr"
    r"|may\s+\d|jun|jul|aug|sep|oct|nov|dec)[\w ,.:/+-]{0,40}$",
    r"^(?:(?:share|facebook|twitter|x|whatsapp|e-?mail|linkedin|telegram|reddit|print|copy link"
    r"|messenger|pinterest|flipboard|comments?)\b\s*[|,/•·-]?\s*){2,}$",
)
# Apart, the patterns anchored at the start are tried at the start only (``match``): in one
# alternation with the unanchored ones, the engine tried each of them at every character.
_PIECE_START_RE = re.compile("|".join(f"(?:{p[1:]})" for p in _PIECE_PATTERNS if p.startswith("^")),
                             re.IGNORECASE)
_PIECE_ANYWHERE_RE = re.compile("|".join(f"(?:{p})" for p in _PIECE_PATTERNS if not p.startswith("^")),
                                re.IGNORECASE)

# Boilerplate in parentheses or brackets inside a sentence: photo credits and reporting credits.
_INLINE_RE = re.compile(
    r"\s*[(\[]\s*(?:"
    r"(?:(?:ap|afp|reuters|epa|file)\s+)*(?:photo|photograph|picture|image|pic)s?\s*(?:by\b|:|/|credit\b)[^()\[\]]*"
    r"|[^()\[\]]*\bgetty images\b[^()\[\]]*"
    r"|(?:additional\s+)?(?:reporting|editing|writing)\s+by\b[^()\[\]]*"
    r"|credit\s*:[^()\[\]]*"
    r")[)\]]",
    re.IGNORECASE,
)

# Bylines are checked by shape, not by a pattern: "By" + names (capitalised words, initials,
# "and", an agency or a role word), nothing else. "By Tuesday, the army had left" is kept because
# it has lower-case words that are not role words.
_BYLINE_START = re.compile(
    r"^(?:by|(?:words|written|story|text|edited|compiled|(?:additional\s+)?reporting|editing|writing)\s+by)"
    r"\s+(?P<rest>.+)$", re.IGNORECASE)
_BYLINE_SMALL_WORDS = word_list("ingest_byline_small_words")
_BYLINE_ROLE_WORDS = word_list("ingest_byline_role_words")
_BYLINE_NOT_NAMES = word_list("ingest_byline_not_names")
_BYLINE_TOKEN = re.compile(r"[\w'’.-]+|[^\w\s]", re.UNICODE)


def _is_byline(piece: str) -> bool:
    m = _BYLINE_START.match(piece)
    if m is None or not piece[0].isupper():  # "by" in lower case is a wrapped sentence, not a byline
        return False
    words = [t for t in _BYLINE_TOKEN.findall(m.group("rest")) if re.match(r"\w", t)]
    if not words or len(words) > 14:
        return False
    if words[0].lower().strip(".") in _BYLINE_NOT_NAMES or not words[0][0].isupper():
        return False
    if piece.rstrip().endswith((".", "!", "?")) and not re.search(r"\b[A-Z]\.$|\b(?:Jr|Sr)\.$", piece):
        return False
    for w in words:
        lw = w.lower().strip(".")
        if w[0].isupper() or w[0].isdigit() or lw in _BYLINE_SMALL_WORDS or lw in _BYLINE_ROLE_WORDS:
            continue
        return False
    return True


def is_boilerplate(piece: str) -> bool:
    """True when ``piece`` (a line, or a sentence of one) is boilerplate as a whole."""
    piece = piece.strip()
    if not piece:
        return False
    return (_PIECE_START_RE.match(piece) is not None or _PIECE_ANYWHERE_RE.search(piece) is not None
            or _is_byline(piece))


def _clean_paragraph(lines: list[str]) -> str:
    """One paragraph without inline credits and boilerplate pieces; the rest is kept as it was.

    A piece is a sentence of the paragraph (so a notice wrapped over two lines is seen whole) or,
    inside a sentence that runs over several lines, one line (so a byline line glued to the first
    line of the story goes, and the story stays).
    """
    text = _INLINE_RE.sub("", "\n".join(lines))
    kept: list[str] = []
    for sentence in _SENTENCE_END.split(text):
        if is_boilerplate(sentence.replace("\n", " ")):
            continue
        fragments = [f.strip() for f in sentence.split("\n")]
        if len(fragments) > 1:
            fragments = [f for f in fragments if not is_boilerplate(f)]
        kept.extend(f for f in fragments if f)
    return " ".join(kept)


def replace_surrogates(text: str) -> str:
    """``text`` with each lone surrogate replaced by U+FFFD, so that it can be written as UTF-8."""
    return _SURROGATES.sub("\ufffd", text)


def _normalise(text: str) -> str:
    text = unicodedata.normalize("NFC", replace_surrogates(text))
    text = _FORMAT_CHARS.sub("", text)
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n")
    text = text.replace("\u2029", "\n\n").replace("\x85", "\n")
    text = _CONTROL.sub("", text)
    return text


def split_paragraphs(text: str) -> list[list[str]]:
    """Group the lines of ``text`` into paragraphs (lists of stripped, space-normalised lines).

    With blank lines in the text, blank lines separate paragraphs and the lines between them are
    one hard-wrapped paragraph; without any, each line is its own paragraph.
    """
    lines = [_SPACES.sub(" ", line).strip() for line in text.split("\n")]
    if "" not in lines[1:-1] or not any(lines):
        return [[line] for line in lines if line]
    paragraphs: list[list[str]] = []
    current: list[str] = []
    for line in lines:
        if line:
            current.append(line)
        elif current:
            paragraphs.append(current)
            current = []
    if current:
        paragraphs.append(current)
    return paragraphs


def clean_text(text: str) -> str:
    """The cleaned text of an article: NFC, single spaces, paragraphs split by "\\n\\n", no boilerplate."""
    paragraphs = split_paragraphs(_normalise(text))
    out: list[str] = []
    for lines in paragraphs:
        cleaned = _clean_paragraph(lines)
        if cleaned:
            out.append(cleaned)
    return "\n\n".join(out)
