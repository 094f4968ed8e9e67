"""Step 1 of actor finding: the known names in a parsed document ("atoms").

Knowledge-base names are matched longest first, token by token (a phrase grows only while some
known name starts with it, so a scan costs a few dict lookups per token); then spaCy PERSON
entities the knowledge base does not know (for "title + name"), surnames, and place names that
stand for their country are added. Names that only look like a country are dropped: "anti-Syria",
"ethnic Albanians", "New South Wales", "the Washington Post", "Attorney-General".
"""

from __future__ import annotations

from dataclasses import dataclass

from ..nlp import entities, entity_at, sentences as nlp_sentences
from ..nlp.normalise import WordForms, norm_exact, norm_key, norm_piece, norm_spaces, word_forms
from ..resources.words import word_list, word_map
from .entries import CountryAlias, NameHit, SectorWord
from .kb import KnowledgeBase
from .names import surname_forms

#: Words after a country name that keep the country ("Montenegro province", "Mexico City").
AREA_WORDS = word_list("actors_area_words")
#: Words of direction that keep a country ("eastern Ukraine", "Western Cambodia").
REGION_MODIFIERS = word_list("actors_region_modifiers")
ARTICLES = word_list("actors_articles")
#: "anti-Syria", "pro-Russian", "non-Western": the country is not the actor's own.
NOT_OWN_PREFIXES = word_list("actors_not_own_prefixes")
#: "ex-General", "anti-government": a hyphenated word whose end is still a word of its own.
WORD_PREFIXES = word_list("actors_word_prefixes")


def is_region_modifier(text: str) -> bool:
    """"eastern", "Northern", "central", "mainland": a direction that narrows a country to a part."""
    return text.lower() in REGION_MODIFIERS


@dataclass
class Atom:
    """One knowledge-base name (or unknown person name) found at tokens ``[start, end)``."""

    start: int
    end: int
    kind: str  # person | surname | unknown_person | unknown_body | org | country | title | sector
    hit: NameHit | None = None
    ids: frozenset[str] = frozenset()
    weak: bool = False  # a surname the NER did not tag as a person: only for coreference


# -- sentences ------------------------------------------------------------------------------------

_SENT_KEY = "flashpoint.actors.sent_starts"


def sentences(doc) -> list[tuple[int, int]]:
    """(start, end) token indices of each sentence; the whole doc when it has no sentence marks."""
    if len(doc) == 0:
        return []
    if doc.has_annotation("SENT_START") or doc.has_annotation("DEP"):
        return [(s.start, s.end) for s in nlp_sentences(doc)]
    return [(0, len(doc))]


def sent_start(doc, i: int) -> int:
    """Start token of the sentence of token ``i`` (computed once per doc)."""
    starts = doc.user_data.get(_SENT_KEY)
    if starts is None or len(starts) != len(doc):
        starts = [0] * len(doc)
        for start, end in sentences(doc):
            starts[start:end] = [start] * (end - start)
        doc.user_data[_SENT_KEY] = starts
    return starts[i]


# -- 1. atoms -------------------------------------------------------------------------------------

#: Small words that begin some names and are written in lower case ("bin Laden", "de Villepin").
NAME_PARTICLES = word_list("actors_name_particles")


def _capital_ok(hit: NameHit, text: str) -> bool:
    """Proper names (aliases written with a capital) must be capitalised in the text too, so that
    "turkey" or "chad" in lower case is not a country."""
    if hit.kind in ("title", "sector"):
        return True
    if hit.alias[:1].isupper():
        return text[:1].isupper()
    return True


def _best_hit(hits: list[NameHit], doc, *, start: int, end: int) -> NameHit | None:
    """The first usable reading of the phrase at ``[start, end)`` (hits come most specific first)."""
    # A person's name must not stop inside a longer name ("Boris" in "Boris Yeltsin").
    if not hits:
        return None
    # (the tagger often runs a name on into its "'s": "Bin Laden's fighters" ends at "Laden")
    inside_name = (end < len(doc) and doc[end].ent_iob_ == "I" and doc[end].ent_type_ == "PERSON"
                   and doc[end].tag_ != "POS")
    text = doc[start].text
    if doc[start].lower_ in NAME_PARTICLES and start + 1 < end:
        text = doc[start + 1].text  # "bin Laden", "al-Zawahiri": the particle is written small
    for hit in hits:
        if hit.kind == "person" and inside_name:
            continue
        if _capital_ok(hit, text):
            return hit
    return None


def find_atoms(doc, kb: KnowledgeBase) -> list[Atom]:
    """Known names, longest match first, left to right, never across sentences."""
    atoms: list[Atom] = []
    toks = list(doc)
    forms = word_forms(doc)
    exact_forms = [f.exact for f in forms]
    key_forms = [f.key for f in forms]
    prefixes, names, exact_names = kb.prefixes, kb.names, kb.exact_names
    for first, last_end in sentences(doc):
        i = first
        while i < last_end:
            if forms[i].alone not in prefixes:  # no known name starts with this word (kb.is_prefix)
                i += 1
                continue
            tok = toks[i]
            if tok.is_punct or tok.is_space or tok.lower_ in ARTICLES:
                i += 1
                continue
            # Grow the phrase token by token while some known name starts with it.
            grown: list[tuple[int, str, str]] = []
            raw_key, raw_exact = "", ""
            for j in range(i, min(i + kb.max_tokens, last_end)):
                sep = " " if j > i and toks[j - 1].whitespace_ else ""
                raw_key, raw_exact = raw_key + sep + key_forms[j], raw_exact + sep + exact_forms[j]
                key = norm_spaces(raw_key)
                if key not in prefixes:  # kb.is_prefix
                    break
                last = toks[j]
                if j == i or not ((last.is_punct and last.text != ".") or last.is_space):
                    grown.append((j + 1, key, norm_spaces(raw_exact)))
            found = None
            for end, key, exact in reversed(grown):
                if key not in names and exact not in exact_names:
                    continue  # kb.lookup_normal would find nothing
                hit = _best_hit(kb.lookup_normal(key, exact), doc, start=i, end=end)
                if hit is not None:
                    found = Atom(start=i, end=end, kind=hit.kind, hit=hit,
                                 ids=hit.value if hit.kind == "person" else frozenset())
                    break
            if found is not None:
                atoms.append(found)
                i = found.end
            else:
                i += 1
    covered = {i for a in atoms for i in range(a.start, a.end)}
    starts = {a.start for a in atoms}
    dropped = [a for a in atoms if _against(doc, a)
               or _part_of_longer_name(doc, a, atoms=atoms, covered=covered, starts=starts)
               or _inside_hyphenated_word(doc, a) or _abbreviation_without_name(doc, a)
               or _names_an_accord(doc, a)]
    dropped_ids = {id(a) for a in dropped}
    atoms = [a for a in atoms if id(a) not in dropped_ids]
    atoms = _kind_named_atoms(doc, _organisation_atoms(doc, atoms))
    atoms.extend(_person_atoms(doc, kb, atoms=atoms, forms=forms))
    places = _place_atoms(doc, kb, atoms=atoms + [a for a in dropped if _against(doc, a) or _names_an_accord(doc, a)])
    atoms.extend(a for a in places if not _names_an_accord(doc, a))
    atoms.extend(_region_atoms(doc, kb, atoms=atoms))
    atoms.sort(key=lambda a: a.start)
    return atoms


def _region_atoms(doc, kb: KnowledgeBase, *, atoms: list[Atom]) -> list[Atom]:
    """'Gujarat police', 'the Victorian Government', 'Queensland Premier X', 'Victoria's
    Industrial Relations Minister': the capitalised words right before a title or sector word
    that name a state or province (or its adjective: "Victorian", "South Australian") stand
    for its country, as "Texas" in "Texas police" does. Only the gazetteer's states and
    provinces (``region``), whose name a city elsewhere may share ("Victoria")."""
    region = getattr(kb.places, "region", None)
    if region is None:
        return []
    covered = {i for a in atoms for i in range(a.start, a.end)}
    out: list[Atom] = []
    for a in atoms:
        if a.kind not in ("title", "sector"):
            continue
        start = a.start
        while start >= 1 and start - 1 not in covered and (
                doc[start - 1].tag_ == "POS" and start - 1 < a.start and start >= 2  # "Victoria's minister"
                or doc[start - 1].is_alpha and doc[start - 1].text[:1].isupper()
                and doc[start - 1].tag_ in ("NNP", "NNPS", "JJ", "NN")):
            start -= 1
        # the state comes first ("Queensland Industrial Relations Minister"): its longest name
        country, end, adjective = None, a.start, False
        while end > start and country is None:
            text = doc[start:end].text
            if all(t.lower_ in _DIRECTIONS for t in doc[start:end]):
                break  # "South" (a region of Cameroon) in "South American ministers"
            country = region(text)
            if country is None and text.endswith("n") and len(text) > 4:
                country, adjective = region(text[:-1]), True  # "Victorian", "South Australian"
            if country is None:
                end -= 1
        if end < a.start and doc[end].tag_ != "POS" and not doc[end].text[:1].isupper():
            continue
        if country is None or country not in kb.countries or doc[start].tag_ == "POS":
            continue
        if not any(t.tag_ == "POS" for t in doc[end:a.start]):
            end = a.start  # "South Australian Labor MP X": the words up to the title go with the state
        text = doc[start:end].text
        covered |= set(range(start, end))
        # its adjective or its name with the words up to the title modify the title's phrase
        kind = "demonym" if adjective or end == a.start else "place"
        alias = CountryAlias(alias=text, iso3=country, kind=kind, sector=None)
        out.append(Atom(start=start, end=end, kind="country", hit=NameHit(kind="country", alias=text, value=alias)))
    return out


#: The last word of an organisation's name -> the sector of a body so named ("the Civil Liberty
#: Organization" NGO, "the Farm Bureau Federation" NGO, "Deutsche Bank" BUS, "the County Commission" GOV).
ORGANISATION_HEADS = word_map("actors_organisation_heads")
#: Sectors of a state's forces: a word of one inside a name of a generic body makes it theirs.
_FORCE_SECTORS = frozenset({"SPY", "MIL", "COP"})
#: Atom kinds that say the knowledge base knows (part of) a name: it is not an unknown body.
_KNOWN_KINDS = frozenset({"org", "person", "surname", "unknown_person"})


def _organisation_atoms(doc, atoms: list[Atom]) -> list[Atom]:
    """Bodies the knowledge base does not know, named once: an organisation entity of the tagger
    whose last word names a kind of body ("the Civil Liberty Organization", "the California Farm
    Bureau Federation") becomes one sector atom of that body's sector, so that it is kept as an
    actor like a group named by its kind (its country from a country word before it, its
    sentence or its article: ``groups``). Title and sector words inside the name are words of
    the name ("the Junior Doctors Association" is no group of doctors); a known organisation or
    person inside it leaves the name alone."""
    ents = []
    for e in entities(doc):
        if e.label_ != "ORG":
            continue
        start, end = _name_span(doc, e)
        if end - start >= 2 and doc[end - 1].lower_ in ORGANISATION_HEADS:
            ents.append(doc[e.start:end])
    out = list(atoms)
    for ent in ents:
        inside = [a for a in out if a.start < ent.end and a.end > ent.start]
        if any(a.kind in _KNOWN_KINDS for a in inside) or any(a.end > ent.end for a in inside):
            continue
        countries = [a for a in inside if a.kind == "country"]
        start = max([ent.start] + [a.end for a in countries])
        while start < ent.end and (doc[start].lower_ in ARTICLES or doc[start].is_punct):
            start += 1
        if start >= ent.end or any(a.start >= start for a in countries):
            continue
        if any(a.kind == "sector" and a.start == start and a.end == ent.end for a in inside):
            continue  # the whole name is a known word of its sector ("the Reserve Bank": GOV)
        head = doc[ent.end - 1].lower_
        sector = ORGANISATION_HEADS[head]
        inner = [a.hit.value.sector for a in inside if a.kind in ("sector", "title") and a.start >= start]
        if sector == "NGO":  # "the Security Intelligence Organisation": a body of the state's forces
            sector = next((s for s in inner if s in _FORCE_SECTORS), sector)
        word = SectorWord(word=head, sector=sector, kind="noun")
        out = [a for a in out if not (a.kind in ("sector", "title") and start <= a.start < ent.end)]
        out.append(Atom(start=start, end=ent.end, kind="sector",
                        hit=NameHit(kind="sector", alias=doc[start:ent.end].text, value=word)))
    out.sort(key=lambda a: a.start)
    return out


#: A noun of a kind of body before an unknown body's name -> its sector ("insurance giant HIH").
KIND_NOUNS = word_map("actors_organisation_kind_nouns")
#: Entity labels a body's name may get from the tagger ("Traveland" GPE, "Rio Tinto" GPE).
_NAME_LABELS = frozenset({"ORG", "GPE", "PERSON", "NORP", "PRODUCT", "FAC"})


def _kind_named_atoms(doc, atoms: list[Atom]) -> list[Atom]:
    """'the collapse of insurance giant HIH', 'travel company Traveland has collapsed': a name the
    knowledge base does not know, after a noun of a kind of body that modifies it
    (``KIND_NOUNS``: giant, insurer, airline, company, firm, bank...), is a body of that kind's
    sector, named: one sector atom from the kind's own modifiers ("insurance") to the name's end,
    so the resolver keeps it as a group of that sector with its country from context. Read from
    the tagger's entities (one look at the word before each), not from every token."""
    out = atoms
    for ent in entities(doc):
        if ent.start == 0 or ent.label_ not in _NAME_LABELS:
            continue
        kind = doc[ent.start - 1]
        if (kind.lower_ not in KIND_NOUNS or kind.tag_ != "NN" or kind.dep_ != "compound"
                or not ent.start <= kind.head.i < ent.end):
            continue
        end = ent.start  # the name: its proper nouns ("Ernst and Young"), not what the tagger ran on into
        while end < ent.end and (doc[end].pos_ == "PROPN" or doc[end].pos_ == "CCONJ" and end + 1 < ent.end
                                 and doc[end + 1].pos_ == "PROPN"):
            end += 1
        if end == ent.start or not ent.start <= kind.head.i < end:
            continue
        inside = [a for a in out if a.start < ent.end and a.end > kind.i]
        if any(a.kind in _KNOWN_KINDS or a.kind == "country" or a.end > ent.end for a in inside):
            continue
        start = min([kind.i] + [c.i for c in kind.children if c.dep_ in ("compound", "amod") and c.i < kind.i])
        word = SectorWord(word=kind.lower_, sector=KIND_NOUNS[kind.lower_], kind="noun")
        out = [a for a in out if not (a.kind in ("sector", "title") and start <= a.start < end)]
        out.append(Atom(start=start, end=end, kind="sector",
                        hit=NameHit(kind="sector", alias=doc[start:end].text, value=word)))
    if out is not atoms:
        out.sort(key=lambda a: a.start)
    return out


def _name_span(doc, ent) -> tuple[int, int]:
    """The tokens of an organisation entity that are its name: no article before it, nothing from
    a parenthesis on ("The Foreign Office (FO": the tagger's span), no "'s" or punctuation after."""
    start, end = ent.start, ent.end
    while start < end and (doc[start].lower_ in ARTICLES or doc[start].is_punct):
        start += 1
    for i in range(start, end):
        if doc[i].text == "(":
            end = i
            break
    while end > start and (doc[end - 1].tag_ == "POS" or doc[end - 1].is_punct):
        end -= 1  # "The Deutsche Bank's"
    return start, end


def clause_subject(tok) -> bool:
    """Whether ``tok`` is the subject of a verb, or a conjunct or apposition of one ("Meyer and
    Reives said", "the Mafia boss Albert Anastasia claimed")."""
    if tok.dep_ in ("conj", "appos") and tok.head.dep_ in ("nsubj", "nsubjpass"):
        tok = tok.head
    return tok.dep_ in ("nsubj", "nsubjpass") and tok.head.pos_ in ("VERB", "AUX")


def unknown_bodies(doc, atoms: list[Atom]) -> list[Atom]:
    """``atoms`` and "The BCFL has said ...", "Reliance Jio has agreed ...": an organisation entity
    of the tagger that no other atom touches (known names, surnames, acronyms read for the story,
    bodies of a known kind), as the subject of a clause: an "unknown_body" atom (kept by name,
    like a person named alone: ``resolver``). Run last, after every other kind of name."""
    covered = {i for a in atoms for i in range(a.start, a.end)}
    out = list(atoms)
    for ent in entities(doc):
        if ent.label_ != "ORG":
            continue
        start, end = _name_span(doc, ent)
        if start >= end or any(i in covered for i in range(ent.start, ent.end)):
            continue
        if clause_subject(doc[start:end].root):
            out.append(Atom(start=start, end=end, kind="unknown_body"))
    out.sort(key=lambda a: a.start)
    return out


#: Nouns of agreements, talks and meetings named after the place they were held: "the Minsk
#: agreements", "the Oslo accords", "the Doha talks", "the Vilnius summit", "the Astana format".
ACCORD_WORDS = word_list("actors_accord_words")
#: Kinds of country names that are places (a city, a capital, a town), which accords are named after.
_VENUE_KINDS = frozenset({"capital", "place", "metonym"})


def _names_an_accord(doc, atom: Atom) -> bool:
    """"The Minsk agreements", "the Dayton accord", "the Istanbul grain deal": a city named in the
    name of an agreement, talks or a summit is where it was made, not a party (the rule is over
    "<place> agreement/accord/talks/process/format/protocol", not a list of accords)."""
    if atom.kind != "country" or atom.hit.value.kind not in _VENUE_KINDS:
        return False
    root = doc[atom.start:atom.end].root
    head = root
    for _ in range(2):  # "the Istanbul grain deal": through one more modifier
        if head.dep_ not in ("compound", "amod", "nmod", "npadvmod") or head.head.i <= head.i:
            return False
        head = head.head
        if head.lemma_.lower() in ACCORD_WORDS or head.lower_ in ACCORD_WORDS:
            return True
    return False


def _abbreviation_without_name(doc, atom: Atom) -> bool:
    """"Gen.", "Sen.", "Rep." are titles only in front of a name: "the Czech Rep." is a republic."""
    if atom.kind != "title" or not atom.hit.alias.endswith("."):
        return False
    nxt = doc[atom.end] if atom.end < len(doc) else None
    return nxt is None or not nxt.text[:1].isupper() or nxt.is_punct


def _inside_hyphenated_word(doc, atom: Atom) -> bool:
    """"Attorney-General": the title "General" is only the end of a longer word."""
    if atom.kind not in ("title", "sector") or atom.start < 2:
        return False
    dash, word = doc[atom.start - 1], doc[atom.start - 2]
    return dash.text == "-" and not dash.whitespace_ and not word.whitespace_ and word.is_alpha \
        and word.lower_ not in WORD_PREFIXES


def _part_of_longer_name(doc, atom: Atom, *, atoms: list[Atom], covered: set[int] | None = None,
                         starts: set[int] | None = None) -> bool:
    """"East Jerusalem", "New Mexico", "the Washington Post", "Chad Smith": a country or capital
    inside a longer place, organisation or person name the knowledge base does not know is not
    that country. ``covered``, ``starts``: the tokens of ``atoms`` and where they start (given, so
    that a long document's atoms are not scanned once per atom)."""
    if covered is None:
        covered = {i for a in atoms for i in range(a.start, a.end)}
    if atom.kind != "country":
        return False
    kind = atom.hit.value.kind
    before = doc[atom.start - 1] if atom.start > 0 else None
    if (before is not None and kind in ("name", "capital") and before.pos_ == "PROPN"
            and before.text[:1].isupper()
            and before.dep_ == "compound" and atom.start <= before.head.i < atom.end
            and not _region_modifier(before)
            and before.i not in covered):
        return True  # "New South Wales", "Air India", "Mr Jordan" (not "Young Algerians")
    ent = _entity_at(doc, atom.start)
    if (before is not None and kind in ("name", "demonym") and ent is not None
            and ent.label_ in ("NORP", "LOC", "GPE") and ent.start <= before.i
            and before.text[:1].isupper() and before.lower_ in _CONTINENT_QUALIFIERS
            and before.i not in covered):
        return True  # "Latin American", "South American", "Central Americans": a continent
    if ent is None or ent.label_ not in ("GPE", "LOC", "FAC", "ORG", "PERSON"):
        return False
    if ent.label_ == "PERSON" and atom.hit.value.kind in ("demonym", "abbrev"):
        return False  # a title phrase the NER took into the name: "Kenyan President X"
    words = [t for t in ent if t.lower_ != "the" and not t.is_punct and t.tag_ != "POS"
             and not (t.i < atom.start and is_region_modifier(t.text))
             and not (t.i >= atom.end and kind == "name" and t.lower_ in AREA_WORDS)]
    if not words or (words[0].i >= atom.start and words[-1].i < atom.end):
        return False  # the entity is the atom itself (or "Western Cambodia")
    if ent.label_ == "ORG":
        # "the Russian Defence Ministry" has other known words, and "Malaysia Airlines" is still
        # Malaysian; but "the Washington Post" is no government.
        starts = {a.start for a in atoms} if starts is None else starts
        others = any(j in starts for j in range(ent.start, ent.end) if j != atom.start)
        return not others and atom.hit.value.kind in ("capital", "metonym")
    return True


#: Capitalised words that with a country name or demonym form the name of a larger region the
#: knowledge base does not know as a country ("Latin America", "Central American").
_CONTINENT_QUALIFIERS = word_list("actors_continent_qualifiers")


def _region_modifier(tok) -> bool:
    """"eastern Ukraine", "Western Cambodia", "central Mali": a direction that keeps the country.
    A capitalised "Central" is part of a proper name instead ("Central America")."""
    return is_region_modifier(tok.text) and not (tok.text == "Central")


def _entity_at(doc, i: int):
    """The named entity that token ``i`` is part of, or None."""
    return entity_at(doc, i)


def _place_atoms(doc, kb: KnowledgeBase, *, atoms: list[Atom]) -> list[Atom]:
    """Place names the knowledge base does not know ("Samarra", "the West Bank", "Darfur") stand
    for the country they are in, when the knowledge base has a place lookup (``kb.places``)."""
    if kb.places is None:
        return []
    covered = {i for a in atoms for i in range(a.start, a.end)}
    named = {a.hit.value.iso3 for a in atoms if a.kind == "country"}
    out: list[Atom] = []
    for ent in entities(doc):
        if ent.label_ not in ("GPE", "LOC") and not (ent.label_ == "NORP" and ent.root.dep_ == "pobj"):
            continue  # a NORP only where it is used as a place: "the town of Samarra"
        start = ent.start + (1 if ent[0].lower_ == "the" else 0)
        end = ent.end
        while end > start and (doc[end - 1].tag_ == "POS" or doc[end - 1].is_punct):
            end -= 1  # "East Timor's"
        if start >= end or any(i in covered for i in range(start, end)):
            continue
        text = doc[start:end].text
        if not text[:1].isupper():
            continue
        found = kb.places(text)
        if found is None:  # "West Darfur State": the place without its direction and area words
            core = _core_place_name(text)
            found = kb.places(core) if core and core != text else None
        if found is None:
            continue
        iso3, notable = found
        # A small town counts only in a document that names its country ("Jenin" with Palestinians).
        if iso3 in kb.countries and (notable or iso3 in named):
            alias = CountryAlias(alias=text, iso3=iso3, kind="place", sector=None)
            out.append(Atom(start=start, end=end, kind="country",
                            hit=NameHit(kind="country", alias=text, value=alias)))
    return out


#: "Iran-backed Houthis", "Israeli-occupied Golan", "al-Qaeda-linked rebels": the name is someone
#: else's patron or occupier, not the actor.
PATRON_WORDS = word_list("actors_patron_words")
#: "West Darfur State" is looked up as "Darfur".
_DIRECTIONS = word_list("compass_words")


def _core_place_name(text: str) -> str:
    """"West Darfur State" -> "Darfur": a place name without leading directions and trailing
    area words."""
    words = text.split()
    while words and (words[0].lower() in _DIRECTIONS or is_region_modifier(words[0])):
        words = words[1:]
    while words and words[-1].lower() in AREA_WORDS:
        words = words[:-1]
    return " ".join(words)


def _against(doc, atom: Atom) -> bool:
    """"anti-Syria", "pro-Russian": the country is what the actor is for or against, not theirs;
    "Iran-backed": their patron; "ethnic Albanians": an ethnic group, whose state is not said."""
    if atom.kind == "country" and atom.start >= 1 and doc[atom.start - 1].lower_ == "ethnic":
        return True
    if atom.kind not in ("country", "org"):
        return False
    if atom.end + 1 < len(doc) and doc[atom.end].text == "-" and doc[atom.end + 1].lower_ in PATRON_WORDS:
        return True
    if atom.start < 2:
        return False
    dash, prefix = doc[atom.start - 1], doc[atom.start - 2]
    return dash.text == "-" and prefix.lower_ in NOT_OWN_PREFIXES


#: "Mr", "Mrs", "Dr": the capitalised word after one is a person's name.
HONORIFICS = word_list("actors_honorifics")


def _person_atoms(doc, kb: KnowledgeBase, *, atoms: list[Atom], forms: list[WordForms] | None = None) -> list[Atom]:
    """Person names the n-gram lookup missed: known surnames ("Putin"), longer forms of known
    names ("Vladimir Vladimirovich Putin") and unknown names (kept for "title + name")."""
    covered = {i for a in atoms for i in range(a.start, a.end)}
    out: list[Atom] = []
    for ent in entities(doc):
        if ent.label_ != "PERSON":
            continue
        # Keep the uncovered tail of the entity (titles at its front are atoms of their own).
        start = ent.start
        while start < ent.end and (start in covered or doc[start].is_punct):
            start += 1
        end = ent.end
        while end > start and ((doc[end - 1].is_punct and doc[end - 1].text != ".")
                               or doc[end - 1].tag_ == "POS"):
            end -= 1
        if start >= end or any(i in covered for i in range(start, end)):
            continue
        atom = _name_atom(doc, kb, start=start, end=end)
        if atom.kind == "surname" and _word_not_name(doc, kb, i=start):
            continue  # "Rice prices", "Power plants": a common word, not Ms Rice
        root = doc[start:end].root
        if (atom.kind == "unknown_person" and root.dep_ in ("compound", "amod")
                and root.head.i >= end and root.head.ent_type_ != "PERSON"):
            continue  # "Turkish Kurd refugees": a name-like modifier, not a person
        out.append(atom)
        covered.update(range(start, end))
    # Capitalised proper nouns outside any person entity that are known surnames ("Putin said"),
    # or the last word of a person named earlier in the document ("Jean Dupont ... Dupont said").
    named_before: dict[str, int] = {}
    for ent in entities(doc):
        if ent.label_ == "PERSON" and len(ent) > 1:
            named_before.setdefault(norm_exact(ent[-1].text), ent.end)
    named_people = _named_people(kb, atoms)
    forms = word_forms(doc) if forms is None else forms
    for i, word in enumerate(forms):
        if i in covered or not word.capital:
            continue  # each kind of name below is a capitalised word no other atom holds
        tok = doc[i]
        key = word.normal
        if named_people.get(key, len(doc)) <= tok.i and _subject_like(doc, tok):
            # "Theresa May ... May said": the surname of a person named in full earlier, as a
            # subject, even where the tagger took it for a month, a modal or a common noun.
            out.append(Atom(start=tok.i, end=tok.i + 1, kind="surname", ids=frozenset(kb.surnames[key]),
                            weak=True))
            continue
        if _head_surname_subject(doc, kb, tok, key=key):
            out.append(Atom(start=tok.i, end=tok.i + 1, kind="surname",
                            ids=frozenset(kb.surnames[key]), weak=True))
            continue
        if tok.ent_type_ in ("PERSON", "GPE", "NORP", "LOC", "FAC", "DATE") or tok.pos_ not in ("PROPN", "NOUN"):
            continue
        if key in kb.surnames and tok.pos_ == "PROPN" and not _word_not_name(doc, kb, i=tok.i):
            out.append(Atom(start=tok.i, end=tok.i + 1, kind="surname", ids=frozenset(kb.surnames[key]),
                            weak=True))
        elif named_before.get(key, len(doc)) <= tok.i or (
                tok.i > 0 and doc[tok.i - 1].lower_ in HONORIFICS and tok.pos_ == "PROPN"):
            # "Mr Tavener" the tagger did not take for a person: the honorific says it is one
            out.append(Atom(start=tok.i, end=tok.i + 1, kind="unknown_person"))
    return out


def _named_people(kb: KnowledgeBase, atoms: list[Atom]) -> dict[str, int]:
    """Surname -> end token of the first full mention of a known person with that surname."""
    out: dict[str, int] = {}
    for a in atoms:
        if a.kind != "person":
            continue
        for pid in a.ids:
            person = kb.people.get(pid)
            if person is None:
                continue
            for form in surname_forms(person.name, nationality=person.nationality):
                key = norm_exact(form)
                if key in kb.surnames:
                    out[key] = min(out.get(key, a.end), a.end)
    return out


def _head_surname_subject(doc, kb: KnowledgeBase, tok, *, key: str) -> bool:
    """A capitalised subject that is the surname of a head of state or government, whatever the
    tagger made of it: "Trump has suspended aid" (tagged a common noun), "Buhari welcomed"
    (tagged a place). Only as a subject, with a verb of its own, never inside a longer name.
    ``key``: the token's ``norm_exact`` form."""
    if (key not in kb.surnames or not tok.text[:1].isupper() or tok.text.isupper()
            or tok.dep_ not in ("nsubj", "nsubjpass") or tok.head.pos_ not in ("VERB", "AUX")
            or tok.ent_type_ in ("PERSON", "DATE", "NORP") or tok.pos_ not in ("PROPN", "NOUN")
            and tok.ent_type_ != "GPE"):
        return False
    if any(c.dep_ in ("compound", "amod", "det", "poss")
           and not any(h.kind == "title" for h in kb.lookup(c.text)) for c in tok.children):
        return False  # "the Trump card", "Biden's team": not the name alone ("President Buhari" is)
    return any(kb.people[i].head for i in kb.surnames[key] if i in kb.people)


def _subject_like(doc, tok) -> bool:
    """The subject of a clause: parsed so, or followed by a finite verb ("May said", not the
    modal of "May be")."""
    if tok.dep_ in ("nsubj", "nsubjpass"):
        return True
    nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    return nxt is not None and nxt.tag_ in ("VBD", "VBZ")


def _word_not_name(doc, kb: KnowledgeBase, *, i: int) -> bool:
    """A lone surname that is also an ordinary word ("Rice", "Power", "Brown", "May") used as
    one: a modifier of a following common noun ("Rice prices", "Power cuts"), but not of a state
    noun or title ("the Bush administration", "Putin's spokesman")."""
    tok = doc[i]
    head = tok.head
    if tok.dep_ not in ("compound", "amod", "nmod") or head.i <= i or head.ent_type_ == "PERSON":
        return False
    if head.pos_ not in ("NOUN", "PROPN"):
        return False
    return not any(h.kind in ("sector", "title") for h in kb.lookup(head.text))


def _name_atom(doc, kb: KnowledgeBase, *, start: int, end: int) -> Atom:
    """A PERSON entity: a known surname alone, a longer form of a known name (same first name
    and surname: "Vladimir Vladimirovich Putin"), or an unknown person."""
    last = norm_exact(doc[end - 1].text)
    candidates = kb.surnames.get(last, set())
    if candidates:
        if end - start == 1:
            return Atom(start=start, end=end, kind="surname", ids=frozenset(candidates))
        first = norm_key(doc[start].text)
        same_first = {pid for pid in candidates
                      if norm_key(kb.people[pid].name.split()[0]) == first}
        if same_first:
            return Atom(start=start, end=end, kind="person", ids=frozenset(same_first))
    return Atom(start=start, end=end, kind="unknown_person")
