"""Step 2 of actor finding: group the atoms of one noun phrase into chunks.

"Russian President Vladimir Putin", "Kenyan police", "Ukraine's army", "Hamas militants" are one
chunk each (adjacent names joined when the parse keeps them in one phrase); then "X of/in/from Y"
("the president of Armenia"), appositions ("Antony Blinken, the U.S. Secretary of State") and
bare adjectives of a conjunction ("Hungarian and Romanian officials") are handled.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..ontology.codes import NON_STATE_ARMED_SECTORS
from ..resources.words import word_list
from .atoms import Atom, is_region_modifier, sent_start

#: Dependency labels of words that stay inside a noun phrase between two known names.
_NP_INTERNAL = frozenset({"amod", "compound", "nmod", "nummod", "poss", "case", "punct", "quantmod",
                          "advmod", "npadvmod", "det", "predet", "nn"})
_LINK_PREPS = word_list("actors_link_preps")
_CONJ = word_list("actors_conjunctions")
#: Sectors of a state a leader's name can qualify ("the Assad regime", "Putin's army"), unlike a
#: building or company named after someone ("Queen Elizabeth Hospital"); so can the fighters of no
#: state (``NON_STATE_ARMED_SECTORS``: "bin Laden's fighters").
_STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "SPY", "JUD", "LEG"})
#: Actor kinds that end a noun phrase (a name cannot be followed by a modifier of the same phrase).
_CLOSING = frozenset({"person", "surname", "unknown_person", "unknown_body"})


@dataclass
class Chunk:
    """The atoms of one phrase, tokens ``[start, end)``."""

    atoms: list[Atom]
    start: int
    end: int
    shared: "Chunk | None" = None  # conjunction: the chunk whose head this one shares

    @property
    def kinds(self) -> set[str]:
        return {a.kind for a in self.atoms}


def _roots(doc, *, start: int, end: int) -> list[int]:
    """Tokens of ``[start, end)`` whose syntactic head lies outside it (one root = one phrase)."""
    return [t.i for t in doc[start:end] if t.head.i < start or t.head.i >= end or t.head.i == t.i]


def _glue(doc, *, start: int, end: int) -> bool:
    """Tokens between two names that keep them in one noun phrase ("'s", "-", adjectives...)."""
    for t in doc[start:end]:
        if t.tag_ == "POS" or t.text in ("-", "'s", "'"):
            continue
        if t.pos_ == "VERB" and t.dep_ == "amod":
            continue  # a participle as an adjective: "Yemen's warring parties", "the ruling party"
        if t.is_punct or t.pos_ in ("VERB", "AUX", "ADP", "CCONJ", "SCONJ", "PRON", "DET"):
            return False
        if t.dep_ not in _NP_INTERNAL:
            return False
    return True


def _modifier(atom: Atom) -> bool:
    """Atoms that can stand in front of the head of a phrase without a parse link."""
    if atom.kind in ("title", "org"):
        return True
    if atom.kind == "country":
        return atom.hit.value.kind in ("demonym", "abbrev", "name")
    if atom.kind == "sector":
        return atom.hit.value.kind == "adj"
    return False


def _can_join(doc, chunk: Chunk, *, atom: Atom, run_end: int | None = None) -> bool:
    """May ``atom`` (the next name) extend ``chunk``: same sentence, only noun-phrase words in
    between, and the joined tokens form one phrase (one root; adjacent modifiers always do).
    ``run_end``: the end of the atoms that follow ``atom`` with no gap ("military intelligence"),
    whose last word may be the head "Pakistan's" qualifies ("Pakistan's military intelligence")."""
    if chunk.kinds & _CLOSING:
        # Only a known person as the modifier of a state noun or title: "the Putin government",
        # "the Trump administration", "Erdogan's government", "Putin's spokesman".
        last = chunk.atoms[-1]
        name_end = doc[last.end - 1]
        if last.kind not in ("person", "surname"):
            return False
        if atom.kind not in ("sector", "title") or atom.hit.value.sector not in _STATE_SECTORS | NON_STATE_ARMED_SECTORS:
            return False
        if atom.kind == "sector" and atom.hit.value.kind != "noun":
            return False
        between = doc[last.end:atom.start]
        if atom.start == last.end:
            return name_end.dep_ == "compound" and atom.start <= name_end.head.i < atom.end
        return (len(between) == 1 and between[0].tag_ == "POS" and name_end.dep_ == "poss"
                and name_end.head.i >= atom.start)
    if sent_start(doc, chunk.start) != sent_start(doc, atom.start):
        return False
    if _second_demonym(doc, chunk, atom=atom):
        return True
    if atom.kind == "country" and any(a.kind in ("country", "sector", "title") and
                                      (a.kind != "sector" or a.hit.value.kind == "noun")
                                      for a in chunk.atoms):
        return False  # "Russian troops Ukraine": a country after a head starts a new phrase
    if not _glue(doc, start=chunk.end, end=atom.start):
        return False
    last = chunk.atoms[-1]
    if _last_conjunct(doc, chunk, atom=atom):
        return True
    if atom.start == chunk.end and _modifier(last) and atom.kind != "country":
        if last.kind == "country" and last.hit.value.kind == "name":
            return len(_roots(doc, start=chunk.start, end=atom.end)) == 1
        return True
    if len(_roots(doc, start=chunk.start, end=atom.end)) == 1:
        return True
    # "Pakistan's military intelligence", "the UN's deputy envoy": the owner's head is a later word
    # of the same run of names, so the whole run is one phrase
    return (run_end is not None and run_end > atom.end and doc[chunk.end - 1].dep_ == "poss"
            and len(_roots(doc, start=chunk.start, end=run_end)) == 1)


#: Nouns of one person or of people: a head that two spaced demonyms both qualify ("a French
#: Moroccan man"), unlike a head of two parties ("Israeli Palestinian talks", "the French German border").
#: Nouns of people: a place in a clause about them is where they were ("a man suspected of fighting in X").
PEOPLE_NOUNS = word_list("coding_people_nouns")
_PERSON_HEADS = PEOPLE_NOUNS | word_list("coding_agent_nouns")


def _second_demonym(doc, chunk: Chunk, *, atom: Atom) -> bool:
    """'A French Moroccan man', 'a British Pakistani student': two spaced demonyms on one person
    are one actor, the first its nationality (``Phrase`` reads the first country name), the
    second its origin, which the record has no field for. Hyphenated ("Pakistani-American") they
    stay apart: the last, the one next to the head, is the nationality."""
    last = chunk.atoms[-1]
    if (len(chunk.atoms) != 1 or last.kind != "country" or atom.kind != "country" or atom.start != chunk.end
            or last.hit.value.kind != "demonym" or atom.hit.value.kind != "demonym"):
        return False
    head = doc[atom.end - 1].head
    return head.i >= atom.end and head.tag_ == "NN" and head.lemma_.lower() in _PERSON_HEADS


def _last_conjunct(doc, chunk: Chunk, *, atom: Atom) -> bool:
    """'British, German and Australian liaison officers': the last adjective of a list is parsed as a
    conjunct of the first, not as a modifier of the head, yet with the words between (modifiers of
    the head) it is one phrase with the group or title after it."""
    last = chunk.atoms[-1]
    if (len(chunk.atoms) != 1 or last.kind != "country" or last.hit.value.kind not in ("demonym", "abbrev")
            or atom.kind not in ("sector", "title") or atom.start == chunk.end):
        return False
    if doc[chunk.start:chunk.end].root.dep_ != "conj":
        return False
    return all(t.dep_ in ("compound", "amod") and chunk.end <= t.head.i < atom.end for t in doc[chunk.end:atom.start])


def build_chunks(doc, atoms: list[Atom]) -> list[Chunk]:
    """The phrases of a document, in order; each atom belongs to exactly one chunk."""
    chunks: list[Chunk] = []
    for k, atom in enumerate(atoms):
        run_end = atom.end
        for nxt in atoms[k + 1:]:
            if nxt.start != run_end:
                break
            run_end = nxt.end
        if chunks and _can_join(doc, chunks[-1], atom=atom, run_end=run_end):
            chunks[-1].atoms.append(atom)
            chunks[-1].end = atom.end
        else:
            chunks.append(Chunk(atoms=[atom], start=atom.start, end=atom.end))
    chunks = _merge_links(doc, chunks)
    _share_conjuncts(doc, chunks)
    return chunks


def has_country(chunk: Chunk) -> bool:
    return any(a.kind in ("country", "org") for a in chunk.atoms)


def is_country_only(chunk: Chunk) -> bool:
    return all(a.kind == "country" for a in chunk.atoms)


def _merge_links(doc, chunks: list[Chunk]) -> list[Chunk]:
    """Join "X of/in/from Y" (X has no country, Y is a country) and appositions."""
    out: list[Chunk] = []
    for chunk in chunks:
        prev = out[-1] if out else None
        if prev is not None and sent_start(doc, prev.start) == sent_start(doc, chunk.start):
            between = doc[prev.end:chunk.start]
            # "rebels in eastern Congo": a direction word before the country changes nothing
            words = [t for t in between if t.lower_ not in ("the",)
                     and not (t.i > prev.end and is_region_modifier(t.text))]
            root = doc[chunk.start:chunk.end].root
            # "the president of Armenia", "rebels in the Ivory Coast", "King Hassan of Morocco";
            # but "peacekeepers in Lebanon" or "refugees in Jordan" are seldom from there.
            if (len(words) == 1 and words[0].lower_ in _LINK_PREPS and not has_country(prev)
                    and (words[0].lower_ != "in" or _at_home(prev))
                    and not ({"person", "surname"} & prev.kinds) and is_country_only(chunk)
                    and prev.kinds & {"title", "sector", "unknown_person"}
                    and root.head.i == words[0].i and prev.start <= words[0].head.i < prev.end):
                out[-1] = Chunk(atoms=prev.atoms + chunk.atoms, start=prev.start, end=chunk.end)
                continue
            # "Antony Blinken, the U.S. Secretary of State" / "the French foreign minister, Jean Dupont"
            if (len(between) >= 1 and between[0].text == ","
                    and all(t.lower_ in _APPOS_WORDS for t in between[1:])
                    and _apposition(doc, a=prev, b=chunk)):
                out[-1] = Chunk(atoms=prev.atoms + chunk.atoms, start=prev.start, end=chunk.end)
                continue
        out.append(chunk)
    return out


#: Words allowed between the comma and the title of an apposition ("X, the former Y president").
_APPOS_WORDS = word_list("actors_apposition_words")

#: Sectors whose members are seldom abroad: "officials in Kyiv", "rebels in Darfur".
_HOME_SECTORS = frozenset({"GOV", "COP", "REB", "CVL", "JUD", "LEG", "OPP", "EDU", "LAB", "BUS",
                           "MED", "JRN", "REL", "NGO", "HLH", "AGR", "CRM", "PTY"})


def _at_home(chunk: Chunk) -> bool:
    """Whether "<chunk> in <country>" makes the country theirs (not troops, refugees, spies)."""
    heads = [a for a in chunk.atoms if a.kind in ("title", "sector")]
    return not heads or heads[-1].hit.value.sector in _HOME_SECTORS


def _apposition(doc, *, a: Chunk, b: Chunk) -> bool:
    named = {"person", "surname", "unknown_person"}
    a_named, b_named = bool(a.kinds & named), bool(b.kinds & named)
    if a_named == b_named:
        return False
    described = b if a_named else a
    if "title" not in described.kinds:
        return False
    ra, rb = doc[a.start:a.end].root, doc[b.start:b.end].root
    return ((rb.dep_ == "appos" and a.start <= rb.head.i < a.end)
            or (ra.dep_ == "appos" and b.start <= ra.head.i < b.end))


def _share_conjuncts(doc, chunks: list[Chunk]) -> None:
    """"Hungarian and Romanian officials": the bare adjective shares the head of the next chunk."""
    for k in range(len(chunks) - 2, -1, -1):
        a, b = chunks[k], chunks[k + 1]
        if not is_country_only(a) or a.atoms[-1].hit.value.kind not in ("demonym", "abbrev"):
            continue
        between = doc[a.end:b.start]
        if not between or not all(t.lower_ in _CONJ for t in between):
            continue
        first = b.atoms[0]
        if first.kind != "country" or first.hit.value.kind not in ("demonym", "abbrev"):
            continue
        target = b.shared or b
        if target.kinds & {"title", "sector"}:
            a.shared = target
