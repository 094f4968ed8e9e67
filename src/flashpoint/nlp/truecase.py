"""Recasing lower-case and all-caps text before the parser, keeping every character offset.

spaCy's tagger, parser and entity recogniser lean on capitals: in "police arrested five men in
ahmedabad" they find no place, and in ALL-CAPS copy every word looks like a name. A paragraph that
is caseless (every word lower case, or nearly every word upper case) is recased before parsing:

- the names the knowledge base and the gazetteer know get their case ("ahmedabad" -> "Ahmedabad",
  "narendra modi", "bjp" -> "BJP", "u.s." -> "U.S."), longest first;
- a name that is also a common word ("us", "who", "polish"; ``nlp_truecase_gated_names``) only where
  it names an actor: before a sector or title word ("us troops"); for some ("us", "who":
  ``nlp_truecase_article_names``) also after an article or before a hyphen ("the us", "a us
  citizen", "us-led"), and "us" where the pronoun cannot stand: at the start of a sentence and
  between a preposition and a word that is only a noun ("a ban on us poultry");
- an area of the gazetteer named with words of direction alone ("North West", "Centre") never;
- a place the knowledge base does not know (a town of the gazetteer) only where it is a place:
  after a place preposition ("in vadodara") or before a place word ("vadodara district"), or
  anywhere when none of its words is a common English word but a noun (``CaseVocabulary.plain``:
  "shelled haifa", not "the bush"), and never when it is also a common English word ("in turn",
  "at least": ``nlp_truecase_common_place_names``);
- the surname of a person named in full earlier ("modi" after "narendra modi");
- the name the knowledge base does not know after a title or honorific ("gov. harold penmarch
  said", "mr jan said", "president abdullahi yusuf"): the words right after it that are no common
  English word (``CaseVocabulary.is_common``: the model's stop words and its lemmatizer's word
  index, WordNet's, with inflections) or that are a given name of the knowledge base and no verb,
  adjective or function word, or a surname of it and no function word or inflected form
  ("president trump", not "president said"), up to four; after an honorific or an abbreviated
  title, which only a name follows, the first word need only be no function word ("mr farmer").
  The honorific, abbreviation or title of a head or minister before a name is capitalised ("Mr",
  "Gov.", "Foreign Minister"; not "army spokesman"), and the last word of a name found this way
  names the person later in the text ("penmarch said");
- any other word of three letters or more that is no common English word nor a word of the
  trigger lexicon, outside hyphenated words and contractions ("tarsanen", "goulburn"; not
  "didn't", "pre-war", "airstrikes"): on lower-cased Lee articles nine in ten are names;
- the letters of an aircraft's or a weapon's designation ("b-52", "fa-18");
- weekdays, unambiguous months, "i", and the first word of each sentence.

Only the case of letters changes, letter by letter, so the recased text has the same length and
the same offsets: spans found in it point into the original text, and the records take their
words from the original (``restore_text``). Text in normal case is returned unchanged and is never
parsed twice.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from typing import Iterable

from ..resources.words import word_list

#: Articles that make a following name of ``_ARTICLE_NAMES`` a name ("the us", "a us diplomat").
_DEFINITE = word_list("nlp_truecase_definite_words")
#: Names that are also common English words, recased only where they name an actor.
GATED_NAMES = word_list("nlp_truecase_gated_names")
#: Gated names that are names after an article or before a hyphen ("the us", "us-led").
_ARTICLE_NAMES = word_list("nlp_truecase_article_names")
#: Gated names that are also an object pronoun ("us"): names where the pronoun cannot stand, at the
#: start of a sentence ("us reimposed sanctions") and between a preposition and a noun ("on us poultry").
_PRONOUN_NAMES = word_list("nlp_truecase_pronoun_names")
_PREPOSITIONS = word_list("nlp_truecase_prepositions")
#: Nouns of armed force a country's name modifies: after a pronoun name it is the name ("us bombing").
_FORCE_NOUNS = word_list("nlp_truecase_force_nouns")
#: Words of direction: a gazetteer area named with them alone is never recased ("south-west").
COMPASS_WORDS = word_list("nlp_truecase_compass_words")
#: Gazetteer place names that are also common English words: never recased from the gazetteer.
COMMON_PLACE_NAMES = word_list("nlp_truecase_common_place_names")
#: Words before a place ("in", "near", "from"...) and after one ("district", "city").
PLACE_PREPS = word_list("nlp_truecase_place_preps")
PLACE_WORDS = word_list("nlp_truecase_place_words")

_TOKEN = re.compile(r"[^\W_]+")
_WORD = re.compile(r"[^\W\d_]{2,}")
#: A segment is caseless when it has at least this many words ...
MIN_WORDS = 3
#: ... and (all caps) at least this share of them is upper case.
CAPS_SHARE = 0.8


def strip_accents(text: str) -> str:
    if text.isascii():
        return text
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def key_of(token: str) -> str:
    """The lookup form of one token: lower case, no accents."""
    return strip_accents(token).lower()


@dataclass
class CaseVocabulary:
    """Cased names by their lower-case token keys (built by ``actors.casing.case_vocabulary``).

    ``names``: knowledge-base names, recased anywhere (unless gated); ``places``: gazetteer places,
    recased only as places; ``heads``: lower-case sector and title words ("troops", "president")
    after which a gated name is an actor; ``people``: full-name keys -> the cased surnames that
    name the person later in the text; ``always``: single words always recased (weekdays, months).
    """

    names: dict[tuple[str, ...], tuple[str, ...]] = field(default_factory=dict)
    places: dict[tuple[str, ...], tuple[str, ...]] = field(default_factory=dict)
    heads: frozenset[str] = frozenset()
    people: dict[tuple[str, ...], tuple[str, ...]] = field(default_factory=dict)  # key -> surnames
    always: dict[str, str] = field(default_factory=dict)
    max_tokens: int = 1
    prefixes: set[tuple[str, ...]] = field(default_factory=set)
    #: The title keys after which an unknown name is recased -> whether the title itself is written
    #: with a capital before a name (honorifics and abbreviations: "mr", "gov", "lt col").
    titles: dict[tuple[str, ...], bool] = field(default_factory=dict)
    max_title: int = 1
    #: Titles of heads and ministers, written with capitals right before a name ("Prime Minister").
    capital_titles: set[tuple[str, ...]] = field(default_factory=set)
    #: Common English words (lower case, base forms), the suffix rules that give their inflections
    #: ((ending, replacement) pairs) and their irregular forms.
    common: frozenset[str] = frozenset()
    suffixes: tuple[tuple[str, str], ...] = ()
    #: Given names and surnames of the knowledge base's people: a name even when also a word.
    given: frozenset[str] = frozenset()
    #: The first names of the knowledge base's people ("chris", "richard"): a common noun right
    #: after one recased as a name is the person's surname ("chris evans", "richard reid").
    first: frozenset[str] = frozenset()
    #: The common words that are no noun: stop words, verbs, adjectives, adverbs ("said", "will").
    plain: frozenset[str] = frozenset()
    stop: frozenset[str] = frozenset()
    #: The surnames of the knowledge base's people, and the irregular inflected forms ("said", "met").
    surnames: frozenset[str] = frozenset()
    forms: frozenset[str] = frozenset()

    def add_title(self, title: str, *, capital: bool) -> None:
        key = tuple(key_of(t) for t in _TOKEN.findall(title))
        if key:
            self.titles[key] = self.titles.get(key, False) or capital
            self.max_title = max(self.max_title, len(key))

    def is_common(self, word: str, words: frozenset[str] | None = None) -> bool:
        """Whether ``word`` (lower case) is a common English word (of ``words``, by default every
        common word) or an inflection of one."""
        words = self.common if words is None else words
        if word in words:
            return True
        return any(word.endswith(end) and len(word) > len(end) + 1 and word[:len(word) - len(end)] + new
                   in words for end, new in self.suffixes)

    def noun_only(self, word: str) -> bool:
        """Whether ``word`` is a common noun (or its plural) and no other part of speech."""
        return self.is_common(word) and not self.is_common(word, self.plain)

    def name_like(self, word: str) -> bool:
        """Whether ``word`` after a title is (part of) a person's name: no common word, or a name of
        the knowledge base that is a noun only ("smith", "howard"), never a verb, adjective or
        function word ("said", "will")."""
        if len(word) < 2 or not word.isalpha() or word in GATED_NAMES or word in self.heads:
            return False
        if word in self.surnames:  # "president trump": a surname, unless a function word or an
            return word not in self.stop and word not in self.forms  # inflected form ("said")
        if word in self.given:
            return not self.is_common(word, self.plain)
        return not self.is_common(word)

    def surname_like(self, word: str, before: str) -> bool:
        """Whether ``word``, a common noun, is a surname all the same right after ``before``, the
        first word of a person's name (a first name of the knowledge base, or no common word):
        WordNet lists famous people as nouns ("williams", "kissinger", "owen"), never a sector or
        title word ("government") nor a function word."""
        if len(word) < 3 or not word.isalpha() or word in GATED_NAMES or word in self.heads \
                or word in self.stop or not self.noun_only(word):
            return False
        return before in self.first or not self.is_common(before)

    def add(self, name: str, *, place: bool = False) -> tuple[str, ...] | None:
        """Index one cased name; returns its key (None when it has no letters)."""
        tokens = tuple(_TOKEN.findall(name))
        if not tokens or not any(c.isupper() for c in name):
            return None
        key = tuple(key_of(t) for t in tokens)
        index = self.places if place else self.names
        if place and key in self.names:
            return key
        known = index.setdefault(key, tokens)
        if known != tokens and _particles(tokens, known):
            index[key] = tokens  # "Osama bin Laden" over "Osama Bin Laden"
        self.max_tokens = max(self.max_tokens, len(key))
        for n in range(1, len(key) + 1):
            self.prefixes.add(key[:n])
        return key


def _particles(tokens: tuple[str, ...], other: tuple[str, ...]) -> bool:
    """Whether ``tokens`` writes a particle of ``other`` in lower case inside the name ("bin",
    "al", "de") and is otherwise the same."""
    lower = False
    for k, (t, o) in enumerate(zip(tokens, other)):
        if t == o:
            continue
        if k == 0 or not t.islower() or t.capitalize() != o:
            return False
        lower = True
    return lower


# -- which paragraphs are caseless ----------------------------------------------------------------

def caseless(segment: str) -> str | None:
    """"lower" when no word of ``segment`` is capitalised (acronyms aside), "upper" when nearly
    every word is in capitals, else None (normal case, left alone)."""
    words = _WORD.findall(segment)
    if len(words) < MIN_WORDS:
        return None
    upper = sum(w.isupper() for w in words)
    if upper >= CAPS_SHARE * len(words):
        return "upper"
    if not any(w[0].isupper() and not w.isupper() for w in words) and upper <= max(1, len(words) // 10):
        return "lower"
    return None


def needs_truecase(text: str) -> bool:
    """Whether any paragraph of ``text`` is caseless (a cheap test: normal text pays only this)."""
    return any(caseless(line) for line in text.split("\n") if line.strip())


# -- recasing -------------------------------------------------------------------------------------

def _cased(original: str, model: str) -> str:
    """``original`` with the case of ``model`` letter by letter (same letters, accents kept)."""
    if len(original) != len(model):
        return original
    out = []
    for o, m in zip(original, model):
        c = o.upper() if m.isupper() else o.lower()
        out.append(c if len(c) == 1 else o)
    return "".join(out)


def _lower(text: str) -> str:
    """Lower case letter by letter, keeping the length (a letter whose lower case is longer stays)."""
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


def truecase(text: str, vocab: CaseVocabulary) -> str:
    """``text`` with its caseless paragraphs recased (same length); unchanged when there are none."""
    chars = None
    pos = 0
    surnames: dict[str, str] = {}  # people named in full so far -> their surname, cased
    for line in text.split("\n"):
        kind = caseless(line) if line.strip() else None
        if kind is not None:
            if chars is None:
                chars = list(text)
            segment = _lower(line) if kind == "upper" else line
            recased = _recase_segment(segment, vocab, surnames=surnames)
            chars[pos:pos + len(line)] = recased
        pos += len(line) + 1
    return text if chars is None else "".join(chars)


def _recase_segment(segment: str, vocab: CaseVocabulary, *, surnames: dict[str, str]) -> str:
    tokens = [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(segment)]
    keys = [key_of(t) for _, _, t in tokens]
    chars = list(segment)

    def put(k: int, model: str) -> None:
        s, e, t = tokens[k]
        chars[s:e] = _cased(t, model)

    i = 0
    while i < len(tokens):
        found = None
        for n in range(min(vocab.max_tokens, len(tokens) - i), 0, -1):
            key = tuple(keys[i:i + n])
            if key not in vocab.prefixes and n > 1:
                continue
            if _joined(segment, tokens, i, n) and (key in vocab.names or key in vocab.places):
                if _allowed(segment, tokens, keys, i=i, n=n, vocab=vocab):
                    found = (n, vocab.names.get(key) or vocab.places[key])
                    for surname in vocab.people.get(key, ()):
                        surnames[key_of(surname)] = surname
                    break
        if found is not None:
            n, model = found
            _capital_title(chars, segment, tokens, keys, i, vocab)
            for k in range(n):
                put(i + k, model[k])
            i += n
            continue
        titled = _titled_name(segment, tokens, keys, i, vocab)
        if titled is not None:
            title_start, n = titled
            for k in range(i, i + n):
                put(k, tokens[k][2][:1].upper() + tokens[k][2][1:].lower())
            _capital_title(chars, segment, tokens, keys, i, vocab)
            last = keys[i + n - 1]
            if n > 1 or not vocab.is_common(last):
                surnames.setdefault(last, last.capitalize())
            i += n
            continue
        word = keys[i]
        if _designation(segment, tokens, i):  # "b-52", "fa-18", "f-16s": a model's letters
            put(i, word.upper())
            i += 1
            continue
        if word in surnames:
            put(i, surnames[word])
        elif word in vocab.always:
            put(i, vocab.always[word])
        elif _bare_name(segment, tokens, i, word, vocab):
            put(i, word.capitalize())
        else:
            i += 1
            continue
        # a first name, recased: a common noun right after it is the surname ("richard reid")
        if word in vocab.first and i + 1 < len(tokens) and segment[tokens[i][1]:tokens[i + 1][0]] == " " \
                and vocab.surname_like(keys[i + 1], word):
            put(i + 1, keys[i + 1].capitalize())
            surnames.setdefault(keys[i + 1], keys[i + 1].capitalize())
            i += 1
        i += 1
    _sentence_starts(chars, segment, tokens)
    return "".join(chars)


def _designation(segment: str, tokens, i: int) -> bool:
    """Whether token ``i`` is the letters of an aircraft's or a weapon's designation: one or two
    letters, a hyphen and a number ("b-52 bombers", "fa-18 jets"), the first word of no sentence
    ("a-1" aside, no English word is written so)."""
    s, e, t = tokens[i]
    return (len(t) <= 2 and t.isalpha() and segment[e:e + 1] == "-" and segment[e + 1:e + 2].isdigit()
            and not segment[s - 1:s].isalnum())


def _bare_name(segment: str, tokens, i: int, word: str, vocab: CaseVocabulary) -> bool:
    """Whether a word no name list knows is a name all the same: no common English word (nor a
    trigger of the lexicon), of three letters or more, not part of a hyphenated word or a
    contraction ("didn't", "pre-war")."""
    if not vocab.common or len(word) < 3 or not word.isalpha() or word in GATED_NAMES:
        return False
    s, e, _ = tokens[i]
    if segment[e:e + 1] in ("-", "'", "\u2019") or segment[s - 1:s] in ("-", "'", "\u2019"):
        return False
    return not vocab.is_common(word)


def _titled_name(segment: str, tokens, keys, i: int, vocab: CaseVocabulary) -> tuple[int, int] | None:
    """(first token of the title, number of name tokens) when tokens from ``i`` are an unknown
    person's name after a title ("president abdullahi yusuf", "gov. harold penmarch"), else None."""
    if i == 0:
        return None
    start = _title_before(segment, tokens, keys, i, vocab)
    if start is None:
        return None
    word = keys[i]
    if vocab.titles[tuple(keys[start:i])]:  # an honorific or abbreviation: a name follows
        if len(word) < 2 or not word.isalpha() or word in vocab.stop or word in GATED_NAMES:
            return None
    elif not vocab.name_like(word):
        return None
    n = 1
    while n < 4 and i + n < len(tokens) and _joined(segment, tokens, i + n - 1, 2) \
            and segment[tokens[i + n - 1][1]:tokens[i + n][0]] == " ":
        if vocab.name_like(keys[i + n]):
            n += 1
        elif n == 1 and vocab.surname_like(keys[i + 1], keys[i]):  # "attorney-general daryl williams"
            n += 1
            break
        else:
            break
    return start, n


def _title_before(segment: str, tokens, keys, i: int, vocab: CaseVocabulary) -> int | None:
    """The first token of the title or honorific right before token ``i`` ("prime minister", "gov."
    with its period), longest first; None when there is none."""
    for n in range(min(vocab.max_title, i), 0, -1):
        key = tuple(keys[i - n:i])
        if key in vocab.titles and _joined(segment, tokens, i - n, n + 1):
            gap = segment[tokens[i - 1][1]:tokens[i][0]]
            if gap == " " or (gap in (". ", ".") and vocab.titles[key]):
                return i - n
    return None


def _capital_title(chars: list[str], segment: str, tokens, keys, i: int, vocab: CaseVocabulary) -> None:
    """Capitalise the honorific or abbreviated title right before the name at token ``i``."""
    start = _title_before(segment, tokens, keys, i, vocab)
    if start is None:
        return
    key = tuple(keys[start:i])
    if vocab.titles[key] or key in vocab.capital_titles:
        for k in range(start, i):
            s, _, t = tokens[k]
            if keys[k] not in vocab.stop:
                chars[s] = chars[s].upper()


def _joined(segment: str, tokens, i: int, n: int) -> bool:
    """Tokens ``i..i+n`` are one name: separated only by a space, a hyphen, a dot or an apostrophe."""
    for k in range(i, i + n - 1):
        gap = segment[tokens[k][1]:tokens[k + 1][0]]
        if len(gap) > 2 or any(c not in " -.'\u2019" for c in gap):
            return False
    return True


def _allowed(segment: str, tokens, keys, *, i: int, n: int, vocab: CaseVocabulary) -> bool:
    """Whether the name at tokens ``i..i+n`` is recased here (see the module docstring)."""
    key = tuple(keys[i:i + n])
    before = keys[i - 1] if i > 0 else None
    after = keys[i + n] if i + n < len(keys) else None
    if n == 1 and key[0] in GATED_NAMES:
        if after in vocab.heads:
            return True
        joined = segment[tokens[i][1]:tokens[i + 1][0]] == " " if after is not None else False
        if key[0] in _PRONOUN_NAMES and joined and (after in _FORCE_NOUNS or (  # "us bombing"
                # "us special forces", "us peace envoy": a sector or title word right after the next
                i + 2 < len(keys) and keys[i + 2] in vocab.heads and after not in vocab.stop
                and after not in vocab.forms and _joined(segment, tokens, i + 1, 2))):
            return True
        if key[0] in _PRONOUN_NAMES and (_starts_sentence(segment, tokens, i) or (
                before in _PREPOSITIONS and after is not None and vocab.noun_only(after)
                and segment[tokens[i - 1][1]:tokens[i + 1][0]] == f" {tokens[i][2]} ")):
            return True
        if key[0] not in _ARTICLE_NAMES:
            return False
        hyphen = segment[tokens[i][1]:tokens[i][1] + 1] == "-"
        return before in _DEFINITE or hyphen
    if key in vocab.names:
        return True
    if n == 1 and key[0] in COMMON_PLACE_NAMES:
        return False
    at_start = i == 0 and segment[tokens[0][1]:].lstrip().startswith(":")
    if before in PLACE_PREPS or after in PLACE_WORDS or at_start:
        return True
    # a place none of whose words is a common word but a noun (WordNet's index has many places) is
    # a name wherever it stands ("shelled haifa")
    return bool(vocab.common) and not any(k in COMMON_PLACE_NAMES or not k.isalpha() or vocab.is_common(k, vocab.plain)
                                          for k in key)


_SENTENCE_END = re.compile(r"[.!?][\"'\u201d\u2019)\]]*\s+[\"'\u201c\u2018(\[]*$")


def _starts_sentence(segment: str, tokens, k: int) -> bool:
    """Whether token ``k`` starts the segment, a sentence or the text after a dateline's colon; a
    period after an abbreviation ("u.s.", "gen.") ends no sentence."""
    if k == 0:
        return True
    s = tokens[k][0]
    ps, pe, prev = tokens[k - 1]
    gap = segment[pe:s]
    abbreviation = len(prev) <= 2 or segment[ps - 1:ps] == "."
    dateline = ":" in gap and k <= 4 and pe <= 30  # "new delhi: the ..."
    return "\n" in gap or dateline or (bool(_SENTENCE_END.search(gap)) and not abbreviation)


def _sentence_starts(chars: list[str], segment: str, tokens) -> None:
    """Capitalise the first word of the segment, of each sentence and after a dateline's colon,
    and the pronoun "i"."""
    for k, (s, e, t) in enumerate(tokens):
        if t == "i":
            chars[s] = "I"
            continue
        if chars[s].islower() and _starts_sentence(segment, tokens, k):
            chars[s] = chars[s].upper()


# -- the records keep the original words ----------------------------------------------------------

def restore_text(events: Iterable, original: str) -> None:
    """Put the original words back into records coded from recased text (same offsets): the
    sentence, the trigger, the actors', the place's and the quantities' texts."""
    for e in events:
        s, t = e.sentence_span
        e.sentence = original[s:t]
        e.trigger.text = original[e.trigger.span[0]:e.trigger.span[1]]
        for actor in (e.source, e.target):
            if actor is not None:
                actor.text = original[actor.span[0]:actor.span[1]]
        if e.location is not None and e.location.span is not None:
            e.location.text = original[e.location.span[0]:e.location.span[1]]
        for q in e.quantities:
            if q.span is not None:
                q.text = original[q.span[0]:q.span[1]]
