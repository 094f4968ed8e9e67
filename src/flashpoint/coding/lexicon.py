"""The trigger lexicon and the cue tables of the coder, loaded once and validated row by row.

Three shipped files, all under ``flashpoint/data``:

- ``lexicon.csv``: trigger patterns (lemma + optional particle, object constraint, target
  prepositions) with their CAMEO code;
- ``modality_cues.csv``: words that change whether an event happened (say, will, not, threaten...)
  and the light verbs that carry noun triggers ("held talks");
- ``intent_codes.csv``: which statement code a governing verb makes of an action ("agreed to send
  tanks" -> 0332).

Lookups are O(1) by (lemma, part of speech).
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass, field, replace
from pathlib import Path

from spacy.attrs import ORTH

from ..resources.datafiles import Row, data_path, read_csv
from ..resources.words import word_list, word_map
from ..errors import msg

POS = ("V", "N", "A")
FLAGS = ("mutual", "needs_target", "needs_object", "needs_clause", "needs_that", "reverse", "ignore", "general", "crowd_force",
         "victim_subject", "standalone", "patient_object", "subject_object", "legal_source", "armed_object")
CUE_KINDS = ("report", "intent", "threat", "refuse", "request", "demand", "deny", "allege",
             "hypothetical", "future", "condition", "negation", "fail", "light", "future_aux",
             "would_aux", "hypothetical_aux", "demand_aux", "opinion", "pundit", "modal", "attempt", "necessity")
STATEMENT_KINDS = ("intent", "threat", "refuse", "request", "demand", "claim")
#: Rows of ``intent_codes.csv`` for the intents of particular governing verbs
#: (``coding_statement_governors``): "offered to send troops", "decided to ease sanctions".
GOVERNOR_KINDS = ("decide", "offer")

_CODE = re.compile(r"\d{2,4}")
_WORD = re.compile(r"[a-z][a-z'\-]*")
#: Object classes a row may list beside words: "@place" is any named place (a toponym of the
#: gazetteer or a place entity): "took Kunduz", "seized Goma".
PLACE_CLASS = "@place"
OBJECT_CLASSES = (PLACE_CLASS,)


@dataclass(frozen=True)
class Entry:
    """One trigger pattern of the lexicon (one row of ``lexicon.csv``)."""

    id: str
    lemma: str
    pos: str  # V (verb), N (noun, coded with a light verb or its own actor), A (predicate adjective)
    cameo: str
    particle: str = ""
    objects: frozenset[str] = frozenset()
    exclude: bool = False  # objects lists lemmas that must NOT be the object
    preps: tuple[str, ...] = ()
    mutual: bool = False
    needs_target: bool = False
    reverse: bool = False  # "received weapons from X": X is the source, the subject the target
    ignore: bool = False  # a stop pattern: this use of the word is no event ("battled the blaze")
    needs_object: bool = False  # coded only with a direct object (or passive subject): "returned X to Y"
    needs_clause: bool = False  # coded only with a to-infinitive: "told X to leave", not "told reporters"
    needs_that: bool = False  # coded only with a that-clause: "agreed with X that the plan fails" (an opinion)
    general: bool = False  # the verb's general code, used when no pattern of its own matched
    crowd_force: bool = False  # gunfire: by police, crowd control (175) unless someone died (193)
    victim_subject: bool = False  # "died in police firing": the subject suffered it, the firing's owner did it
    standalone: bool = False  # a noun that reports its event with no light verb or actor: "the arrests followed"
    patient_object: bool = False  # the object constraint reads only the direct object or passive subject
    subject_object: bool = False  # the object constraint reads the subject: "peacekeepers arrived" (074)
    legal_source: bool = False  # a legal act by police, prosecutors, a court or no one named; by others words (112)
    armed_object: bool = False  # needs_target met by an armed doer acting on a thing: "troops destroyed houses"

    @property
    def root(self) -> str:
        return self.cameo[:2]

    @property
    def strength(self) -> int:
        """How specific the pattern is: constrained patterns win over bare lemmas, and a general
        code comes last."""
        if self.general:
            return 0
        return 1 + (2 if self.particle else 0) + (2 if self.objects and not self.exclude else 0)


@dataclass
class Lexicon:
    """Trigger entries by (lemma, pos), cue kinds by word, statement codes by (kind, action prefix)."""

    entries: dict[tuple[str, str], list[Entry]] = field(default_factory=dict)
    cues: dict[str, frozenset[str]] = field(default_factory=dict)
    statements: dict[tuple[str, str], str] = field(default_factory=dict)
    plover: dict[str, str] = field(default_factory=dict)  # CAMEO code -> PLOVER type, for explanations
    files: list[str] = field(default_factory=list)
    _nominal: dict[str, list[Entry]] = field(default_factory=dict, repr=False)
    #: (hyphenated word, lemma, text, pos) -> entries: a token's entries depend on these alone.
    _by_forms: dict[tuple, list[Entry]] = field(default_factory=dict, repr=False)

    def lookup(self, lemma: str, pos: str) -> list[Entry]:
        return self.entries.get((plain(lemma), pos), [])

    def token_entries(self, tok, pos: str) -> list[Entry]:
        """Entries for a token, trying its lemma and then plain de-inflections of its text
        (the statistical lemmatizer sometimes errs: "staged" -> "stag"), hyphens ignored; then
        the same without a prefix of repetition ("re-arrested", "reimposed"); a noun of an action
        with no entry of its own takes its verb's ("recognition" -> "recognise")."""
        joined, lemma, text = hyphenated(tok), tok.lemma_.lower(), tok.lower_
        key = (joined, lemma, text, pos)
        found = self._by_forms.get(key)
        if found is None:
            found = self._by_forms[key] = self._entries_of(_forms(joined, lemma, text), pos)
        return found

    def _entries_of(self, forms: list[str], pos: str) -> list[Entry]:
        for form in forms + repeated_forms(forms):
            found = self.entries.get((plain(form), pos))
            if found:
                return found
        if pos == "N":
            for form in forms[:3]:
                verb = NOMINALIZATIONS.get(form)
                if verb is not None:
                    return self.nominal_entries(verb)
        return []

    def nominal_entries(self, verb: str) -> list[Entry]:
        """The entries of a verb as a noun of its action: the same codes, its "of" phrase the
        target (but for a theme: "the deployment of troops"), cached."""
        cached = self._nominal.get(verb)
        if cached is None:
            cached = [replace(e, id=e.id + "+noun", pos="N", particle="",
                              preps=e.preps + (() if e.objects and not e.exclude else ("of",)))
                      for e in self.entries.get((verb, "V"), []) if not e.particle]
            self._nominal[verb] = cached
        return cached

    def token_cues(self, tok) -> frozenset[str]:
        for form in word_forms(tok):
            found = self.cues.get(form)
            if found:
                return found
        return frozenset()

    def is_cue(self, word: str, kind: str) -> bool:
        return kind in self.cues.get(word, ())

    def cue_kinds(self, word: str) -> frozenset[str]:
        return self.cues.get(word, frozenset())

    def statement_code(self, kind: str, action: str) -> str | None:
        """The code of a ``kind`` statement about an action coded ``action`` (longest prefix wins)."""
        for n in range(len(action), 0, -1):
            code = self.statements.get((kind, action[:n]))
            if code is not None:
                return action if code == "=" else code
        return None

    def __len__(self) -> int:
        return sum(len(v) for v in self.entries.values())


#: Verb forms the lemmatizer sometimes leaves alone -> their lemma ("fought" -> "fight").
IRREGULAR = word_map("coding_irregular_verbs")
#: Nouns of an action -> the verb whose entries code them ("recognition" -> "recognise").
NOMINALIZATIONS = word_map("coding_nominalizations")
#: Regular de-inflections tried in order: (suffix, replacement) ("tried" -> "try", "staged" -> "stage").
DEINFLECTIONS = (("ied", "y"), ("ies", "y"), ("ing", ""), ("ing", "e"), ("ed", ""), ("ed", "e"),
                 ("es", ""), ("s", ""), ("d", ""))


#: Prefixes of repetition, longest first: "re-arrested", "reimposed" are arrests and impositions.
RE_PREFIXES = tuple(sorted(word_list("coding_repetition_prefixes"), key=lambda p: (-len(p), p)))
#: Shortest verb a bare "re" may be taken off ("reimpose" -> "impose", not "refine" -> "fine").
MIN_RE_STEM = 5


def plain(word: str) -> str:
    """A word without its hyphens: "cease-fire" and "ceasefire" are one word."""
    return word.replace("-", "")


def hyphenated(tok) -> str | None:
    """The word a token ends when the tokenizer split it at a hyphen ("cease-fire": "fire" after
    "cease" "-"), hyphen dropped; else None. Either part may head the other ("lathi-charged" is
    sometimes parsed as the noun "lathi" and a participle hung on it)."""
    doc, i = getattr(tok, "doc", None), getattr(tok, "i", 0)
    if (doc is not None and i >= 2 and i - 1 in _hyphens(doc) and not tok.doc[i - 1].whitespace_
            and (tok.doc[i - 2].head.i == i or tok.head.i == i - 2)):
        return plain(tok.doc[i - 2].lower_ + tok.lower_)
    return None


#: Where a parsed Doc keeps the indices of its "-" tokens (``hyphenated`` is asked of most words).
_HYPHENS_KEY = "flashpoint.hyphens"


def _hyphens(doc) -> frozenset[int]:
    """Indices of the tokens of ``doc`` that are a bare hyphen, from its ORTH array (no Token each)."""
    known = doc.user_data.get(_HYPHENS_KEY)
    if known is None or known[0] != len(doc):
        dash = doc.vocab.strings.add("-")
        found = frozenset(i for i, x in enumerate(doc.to_array(ORTH).tolist()) if x == dash)
        known = doc.user_data[_HYPHENS_KEY] = (len(doc), found)
    return known[1]


def word_forms(tok) -> list[str]:
    """Lemma candidates of a token: the hyphenated word it ends ("cease-fire"), its lemma, its
    text, then regular de-inflections."""
    return _forms(hyphenated(tok), tok.lemma_.lower(), tok.lower_)


def _forms(joined: str | None, lemma: str, text: str) -> list[str]:
    forms = ([joined] if joined else []) + [lemma, text]
    if joined and joined.endswith(plain(text)) and lemma != text:
        # "lathi-charged", "tear-gassed": the first part and the lemma of the last ("lathicharge")
        forms.insert(1, joined[: len(joined) - len(plain(text))] + plain(lemma))
    if text in IRREGULAR:
        forms.insert(len(forms) - 1, IRREGULAR[text])
    for suffix, repl in DEINFLECTIONS:
        if text.endswith(suffix) and len(text) > len(suffix) + 2:
            forms.append(text[: -len(suffix)] + repl)
    return forms


def repeated_forms(forms: list[str]) -> list[str]:
    """The forms without a prefix of repetition ("re-arrest" -> "arrest", "reimpose" -> "impose")."""
    out = []
    for f in forms:
        for prefix in RE_PREFIXES:
            stem = f[len(prefix):]
            if f.startswith(prefix) and len(stem) >= (3 if prefix.endswith("-") else MIN_RE_STEM):
                out.append(stem)
                break
    return out


def _known_codes() -> frozenset[str]:
    """CAMEO codes of the shipped ontology table, to reject lexicon rows with a wrong code."""
    path = data_path("cameo.csv")
    if not path.exists():
        return frozenset()
    with path.open(encoding="utf-8") as fh:
        rows = csv.reader(line for line in fh if line.strip() and not line.startswith("#"))
        next(rows, None)
        return frozenset(r[0].strip() for r in rows if r)


def _words(value: str) -> list[str]:
    return [w.strip().lower() for w in value.split("|") if w.strip()]


def _entry(row: Row, codes: frozenset[str]) -> Entry:
    pos = row["pos"].upper()
    if pos not in POS:
        raise row.fail(msg("E301", allowed=", ".join(POS), value=row["pos"]))
    cameo = row["cameo"]
    if not _CODE.fullmatch(cameo) or (codes and cameo not in codes):
        raise row.fail(msg("E302", value=cameo))
    flags = [f.strip() for f in row.get("flags").split(";") if f.strip()]
    unknown = [f for f in flags if f not in FLAGS]
    if unknown:
        raise row.fail(msg("E303", flags=", ".join(unknown), allowed=", ".join(FLAGS)))
    objects = row.get("object")
    exclude = objects.startswith("!")
    words = _words(objects.lstrip("!"))
    for w in [w for w in words if w not in OBJECT_CLASSES] + _words(row.get("prep")) + [row["lemma"].lower()]:
        if not _WORD.fullmatch(w):
            raise row.fail(msg("E304", value=w))
    return Entry(id=row["id"], lemma=plain(row["lemma"].lower()), pos=pos, cameo=cameo,
                 particle=row.get("particle").lower(), objects=frozenset(plain(w) for w in words), exclude=exclude,
                 preps=tuple(_words(row.get("prep"))), mutual="mutual" in flags,
                 needs_target="needs_target" in flags, reverse="reverse" in flags,
                 ignore="ignore" in flags, needs_object="needs_object" in flags, general="general" in flags,
                 needs_clause="needs_clause" in flags, needs_that="needs_that" in flags,
                 crowd_force="crowd_force" in flags, victim_subject="victim_subject" in flags,
                 standalone="standalone" in flags, patient_object="patient_object" in flags,
                 subject_object="subject_object" in flags, legal_source="legal_source" in flags,
                 armed_object="armed_object" in flags)


def _load_entries(path: Path, *, lexicon: Lexicon, ids: set[str], codes: frozenset[str]) -> None:
    for row in read_csv(path, required=("id", "lemma", "pos", "cameo")):
        if row["id"] in ids:
            raise row.fail(msg("E305", value=row["id"]))
        ids.add(row["id"])
        entry = _entry(row, codes)
        lexicon.entries.setdefault((entry.lemma, entry.pos), []).append(entry)
    lexicon.files.append(str(path))


def _load_cues(path: Path, lexicon: Lexicon) -> None:
    cues: dict[str, set[str]] = {}
    for row in read_csv(path, required=("cue", "kind")):
        if row["kind"] not in CUE_KINDS:
            raise row.fail(msg("E306", value=row["kind"], allowed=", ".join(CUE_KINDS)))
        cues.setdefault(row["cue"].lower(), set()).add(row["kind"])
    lexicon.cues = {k: frozenset(v) for k, v in cues.items()}
    lexicon.files.append(str(path))


def _load_statements(path: Path, *, lexicon: Lexicon, codes: frozenset[str]) -> None:
    for row in read_csv(path, required=("kind", "action", "code")):
        if row["kind"] not in STATEMENT_KINDS + GOVERNOR_KINDS:
            raise row.fail(msg("E306", value=row["kind"], allowed=", ".join(STATEMENT_KINDS + GOVERNOR_KINDS)))
        code = row["code"]
        if code != "=" and codes and code not in codes:
            raise row.fail(msg("E302", value=code))
        key = (row["kind"], row["action"])
        if key in lexicon.statements:
            raise row.fail(msg("E307", kind=key[0], action=key[1]))
        lexicon.statements[key] = code
    lexicon.files.append(str(path))


def load_lexicon(extra_files: tuple[str, ...] | list[str] = ()) -> Lexicon:
    """Load the shipped lexicon, cues and statement codes, plus extra lexicon files (same columns)."""
    codes = _known_codes()
    lexicon = Lexicon()
    ids: set[str] = set()
    _load_entries(data_path("lexicon.csv"), lexicon=lexicon, ids=ids, codes=codes)
    for extra in extra_files:
        _load_entries(Path(extra), lexicon=lexicon, ids=ids, codes=codes)
    _load_cues(data_path("modality_cues.csv"), lexicon)
    _load_statements(data_path("intent_codes.csv"), lexicon=lexicon, codes=codes)
    lexicon.plover = _plover_types()
    return lexicon


def _plover_types() -> dict[str, str]:
    from ..ontology import load_ontology

    ontology = load_ontology()
    return {code: (c.plover_type or "") for code, c in ontology.codes.items()}
