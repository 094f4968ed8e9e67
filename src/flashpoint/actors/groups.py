"""Groups named by their kind only ("police", "the army", "protesters", "officials", "Kurdish
fighters"): kept as actors with what is known, their country inferred from context.

A phrase whose words are all titles and sector words (and ethnic or religious groups without a
home country) names no country. It still names an actor: its sector is known, and its country is
taken, in this order, from

1. a place of its sentence: the one tied to the phrase or its clause ("Police arrested five men in
   Ahmedabad" -> IND), else the one country the sentence names as a place, leaving out places in
   a clause that describes someone else ("a man suspected of fighting in Afghanistan": where he
   fought says nothing of "the Government" negotiating about him);
2. the article's dateline ("AHMEDABAD:", "NAIROBI, Kenya (AP) —");
3. the article's main country (the one its names name most, when one clearly dominates);
4. the outlet's country (the Times of India writes about India).

As a target of a state's police (or army, when no other state is named) acting by force, a group
of rebels, protesters, civilians or criminals with none of these is that state's own
(``coding.targets.home_group_target``).

The actor is marked ``resolved_by="context"`` with ``country_from`` saying which; with none of
these its country stays null, visibly (``resolved_by="sector"``, code null, sectors set). Nouns of
groups that are seldom of the place they are in (peacekeepers, refugees, diplomats:
``actors_no_context_nouns``) take no country from context at all; weapons and craft named without
their owner ("missiles struck Kharkiv": ``actors_instrument_nouns``) are no actor.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, replace

from ..context import Article, main_country
from ..nlp.normalise import norm_key
from ..ontology.codes import (ARMED_SECTORS, HOME_TARGET_SECTORS, MILITARY_SECTOR, NON_STATE_CODES,
                             STATE_APPARATUS_SECTORS, UNKNOWN_SECTORS, is_state_country)
from ..records import Actor
from ..resources.words import word_list
from .atoms import PATRON_WORDS
from .chunks import PEOPLE_NOUNS, Chunk, is_country_only

#: Kinds of atoms a group phrase consists of (no country, organisation or person).
_GROUP_KINDS = frozenset({"sector", "title"})
#: Nouns of people whose country the place, dateline or outlet of a story does not tell.
NO_CONTEXT_NOUNS = word_list("actors_no_context_nouns")
#: Words that say a group is from abroad ("foreign fighters", "Arab fighters"): the country of the
#: place it is in, or of the police or army that acts on it at home, is not its own.
FOREIGN_GROUP_WORDS = word_list("actors_foreign_group_words")
#: Weapons and craft: an actor only with the country or body that owns them ("Russian missiles").
INSTRUMENT_NOUNS = frozenset(norm_key(w) for w in word_list("actors_instrument_nouns"))  # "b 52 bombers"
#: Prepositions of a place where something happens ("in Ahmedabad", "near the border").
CONTEXT_PLACE_PREPS = word_list("actors_context_place_preps")
#: Nouns of an act whose modifier, a group named by its kind, did it ("police firing"), and nouns
#: of a body of people the modifier names ("police sentries", "an army patrol").
GROUP_ACT_NOUNS = word_list("actors_group_act_nouns") | word_list("actors_group_member_nouns")
#: Places and things a group holds, which stand for it when they are acted on ("shelled rebel
#: positions", "raided militant hideouts", "an attack on army posts").
GROUP_HOLDING_NOUNS = word_list("actors_group_holding_nouns")
#: Prepositions whose object is what an act is done to ("an attack on army posts").
HOLDING_PREPS = word_list("actors_group_holding_preps")


@dataclass(frozen=True)
class DocumentCountries:
    """The document-level fallbacks of a group's country, computed once per document."""

    dateline: str | None = None
    main: str | None = None
    outlet: str | None = None
    #: The main country when it is the only one the story names at all (no foreigner to confuse
    #: with: "Justice Owen", "Businessman Solomon Lew" of a story naming Australia alone).
    only: str | None = None

    @classmethod
    def of(cls, article: Article | None, counts: Counter, *, sentences: int = 1,
           one: bool = False) -> "DocumentCountries":
        """``sentences``: how many the document has (a story names its country less often than
        a sentence alone names a foreigner's: ``main_country``); ``one``: it names one country."""
        main = main_country(counts, sentences=sentences)
        return cls(dateline=article.dateline_country if article else None, main=main,
                   outlet=article.outlet_country if article else None, only=main if one else None)

    def first(self) -> tuple[str | None, str | None]:
        """(country, where from) of the first fallback that gives one."""
        for country, source in ((self.dateline, "dateline"), (self.main, "main-country"),
                                (self.outlet, "outlet")):
            if country:
                return country, source
        return None, None


#: Dependency labels of a word that modifies a noun ("police station", "terrorist activities").
_MODIFIER_DEPS = frozenset({"amod", "compound", "nmod"})


def is_group(doc, chunk: Chunk) -> bool:
    """A phrase of titles and sector words only, with a noun for its head that is not itself the
    modifier of another noun ("the army", "riot police", "Kurdish fighters"; not "military" in
    "military aid", "terrorist" in "terrorist activities", "deputy" in "deputy chief"), unless that
    noun is an act the group did or a body of its people, named by the group's noun ("killed in
    police firing", "a police lathicharge", "police sentries"; not an adjective's "terrorist
    attacks")."""
    if not chunk.atoms or not chunk.kinds <= _GROUP_KINDS:
        return False
    head = (chunk.shared or chunk).atoms[-1]
    if head.kind != "title" and head.hit.value.kind != "noun":
        return False
    if _words(doc, head) in INSTRUMENT_NOUNS:
        return False  # "missiles struck Kharkiv": a weapon is an actor only with its owner
    if (chunk.end + 1 < len(doc) and doc[chunk.end].text == "-" and doc[chunk.end + 1].lower_ in PATRON_WORDS
            and not doc[chunk.end - 1].whitespace_):
        return False  # "rebel-held", "government-controlled": whose the place is, not who acts
    root = doc[chunk.start:chunk.end].root
    return not (root.dep_ in _MODIFIER_DEPS and root.head.i >= chunk.end and root.head.pos_ in ("NOUN", "PROPN")
                and not (root.dep_ == "compound" and (root.head.lemma_.lower() in GROUP_ACT_NOUNS
                                                      or root.head.lower_ in GROUP_ACT_NOUNS))
                and not _acted_on_holding(root.head))


def _acted_on_holding(noun) -> bool:
    """'shelled rebel positions', 'militant hideouts were raided', 'an attack on army posts': a
    place or thing the group holds (``GROUP_HOLDING_NOUNS``), as what is acted on, stands for the
    group; as a subject or a place of something else ("outside the army camp") it names no one."""
    if noun.lemma_.lower() not in GROUP_HOLDING_NOUNS and noun.lower_ not in GROUP_HOLDING_NOUNS:
        return False
    if noun.dep_ in ("dobj", "nsubjpass"):
        return True
    return noun.dep_ == "pobj" and noun.head.lower_ in HOLDING_PREPS


def _words(doc, atom) -> str:
    """The words of an atom as a list key ("fighter jets")."""
    return norm_key(doc[atom.start:atom.end].text)


#: "Saudi-led coalition", "Russia-led troops": the leader's country is the group's (the coalition
#: is coded as its leader).
LEADER_WORDS = word_list("actors_leader_words")


def _compound_before(doc, chunk: Chunk, words: frozenset[str]) -> int | None:
    """Token index of the name in "<name>-<word> <chunk>" ("Saudi-led forces"), or None."""
    k = chunk.start
    if k >= 3 and doc[k - 1].lower_ in words and doc[k - 2].text == "-":
        return k - 3
    return None


#: Possessives that point to a person ("his government"), not to a state or a body ("its army").
PERSON_POSSESSIVES = word_list("actors_person_possessives")
_PERSON_KINDS = frozenset({"person", "surname", "unknown_person"})
#: Verbs of flight: refugees "fleeing the war in Liberia" are from there.
FLIGHT_VERBS = word_list("actors_flight_verbs")
#: Sectors of people away from home, whose origin a place of flight tells.
DISPLACED_SECTORS = frozenset({"REF"})
#: Sectors of a government's domestic opponents: "the government and the rebels" are of one country.
OPPONENT_SECTORS = frozenset({"REB", "OPP"})
#: Prepositions that tie a group to the body it works for: "a spokesman for the Israeli prime
#: minister", "workers of the state oil company", "activists from the Fatah party".
MEMBER_PREPS = word_list("actors_member_preps")


def led_by(doc, chunk: Chunk, *, found: list[tuple[Chunk, Actor | None]]) -> int | None:
    """Index in ``found`` of the leader of "<leader>-led <chunk>" ("Saudi-led forces"), when it is
    an actor with a country."""
    leader = _compound_before(doc, chunk, LEADER_WORDS)
    if leader is None:
        return None
    return next((k for k, (c, a) in enumerate(found)
                 if c.start <= leader < c.end and a is not None and a.country), None)


#: Adjectives of an armed group's allegiance: "fighters loyal to the new administration", and the
#: prepositions of whom it is loyal to.
LOYALTY_WORDS = word_list("actors_loyalty_words")
LOYALTY_PREPS = word_list("actors_loyalty_preps")


def loyal_to(doc, chunk: Chunk, *, found: list[tuple[Chunk, Actor | None]]) -> Actor | None:
    """'Militiamen loyal to the Somali government', 'fighters allied to President X': the actor,
    with a country, of the to-phrase of an adjective of allegiance after the group; else None."""
    root = doc[chunk.start:chunk.end].root
    for adj in root.children:
        if adj.i > root.i and adj.dep_ in ("amod", "acl", "relcl") and adj.lower_ in LOYALTY_WORDS:
            for prep in adj.children:
                if prep.dep_ == "prep" and prep.lower_ in LOYALTY_PREPS:
                    for obj in prep.children:
                        hit = next((a for c, a in found if a is not None and a.country and c.start <= obj.i < c.end), None)
                        if obj.dep_ == "pobj" and hit is not None:
                            return hit
    return None


def loyal_sectors(sector: str, patron: Actor) -> list[str]:
    """An armed group loyal to a state's government, forces or head fights for that state (MIL:
    "tribal fighters loyal to the new administration"); loyal to anyone else it keeps its own
    sector ("gunmen loyal to the former president" are no army)."""
    state_side = not patron.sectors or bool(set(patron.sectors) & STATE_APPARATUS_SECTORS)
    if sector in ARMED_SECTORS and state_side and patron.country not in NON_STATE_CODES:
        return [MILITARY_SECTOR]
    return [sector]


def owner(doc, chunk: Chunk, *, found: list[tuple[Chunk, Actor | None]]) -> Actor | None:
    """The actor a group belongs to by the words around it, or None:

    - "a spokesman for the Israeli prime minister", "activists of the Fatah party": the actor of
      its of/for/from phrase;
    - "Israel has strengthened its forces": a possessive pronoun points to the subject before it
      (the nearest earlier actor of the sentence with a country, a subject first);
    - "Vietnamese-led forces": the leader named before "-led";
    - "Israeli helicopters and tanks": a conjunct of a group of the same sector shares its country.

    ``found`` holds the sentence's other phrases with their actors (None: not resolved).
    """
    root = doc[chunk.start:chunk.end].root
    sector_of = lambda c: (c.shared or c).atoms[-1].hit.value.sector  # noqa: E731
    for prep in root.children:
        if prep.dep_ == "prep" and prep.lower_ in MEMBER_PREPS:
            for obj in prep.children:
                if obj.dep_ == "pobj":
                    hit = next((a for c, a in found if c.start <= obj.i < c.end), None)
                    if hit is not None and hit.country:
                        return hit
    earlier = [(c, a) for c, a in found if c.end <= chunk.start and a is not None and a.country]
    pronoun = next((c for c in root.children if c.dep_ == "poss" and c.tag_ == "PRP$"), None)
    if pronoun is not None:
        if pronoun.lower_ in PERSON_POSSESSIVES:  # "his government": the person named before
            people = [(c, a) for c, a in found if c.end <= chunk.start
                      and (c.kinds & _PERSON_KINDS or c.atoms[-1].kind == "title")]  # "the rebel leader ... his"
            return people[-1][1] if people else None
        subjects = [(c, a) for c, a in earlier if doc[c.start:c.end].root.dep_ in ("nsubj", "nsubjpass")]
        for c, a in reversed(subjects or earlier):
            return a
        return None
    led = led_by(doc, chunk, found=found)
    if led is not None:
        return found[led][1]
    if root.dep_ == "conj":
        for c, a in earlier:
            if not c.start <= root.head.i < c.end:
                continue
            if c.atoms[-1].kind in _GROUP_KINDS and c.atoms[-1].hit.value.sector == sector_of(chunk):
                return a  # "Israeli helicopters and tanks"
            if "GOV" in a.sectors and sector_of(chunk) in OPPONENT_SECTORS and a.country not in NON_STATE_CODES:
                return a  # "Colombia's government and the rebels": its own opponents
    return None


def takes_context(doc, chunk: Chunk) -> bool:
    """Whether the country of a place or of the article may be this group's own (not "missiles",
    "peacekeepers", "refugees", "Iran-backed militias", "its forces", "foreign activists")."""
    if _compound_before(doc, chunk, PATRON_WORDS) is not None:
        return False
    root = doc[chunk.start:chunk.end].root
    if any(t.lower_ in FOREIGN_GROUP_WORDS for t in doc[chunk.start:chunk.end]) or any(
            c.i < root.i and c.dep_ in _MODIFIER_DEPS and c.lower_ in FOREIGN_GROUP_WORDS for c in root.children):
        return False  # "twenty foreign activists in Nairobi": from abroad, whatever the place
    if any(c.dep_ == "poss" and c.tag_ == "PRP$" for c in root.children):
        return False
    if any(c.i < chunk.start and c.dep_ in _MODIFIER_DEPS and c.ent_type_ == "NORP" for c in root.children):
        return False  # "Latin American leaders", "Arab ministers": several countries, none said
    words = _words(doc, (chunk.shared or chunk).atoms[-1])
    return words not in NO_CONTEXT_NOUNS and words.split()[-1] not in NO_CONTEXT_NOUNS


def place_of(doc, chunk: Chunk) -> tuple[int, int] | None:
    """(prep token, place root token) when ``chunk`` is a place where something happens: the
    object of "in", "near", "at"... ("in northern Mali"), also through "of" ("in the outskirts of
    Ahmedabad", "the town of Samarra")."""
    root = doc[chunk.start:chunk.end].root
    if root.dep_ != "pobj":
        return None
    prep = root.head
    if prep.lower_ == "of" and prep.head.dep_ in ("pobj", "appos") and prep.head.head.lower_ in CONTEXT_PLACE_PREPS:
        prep = prep.head.head
    if prep.lower_ not in CONTEXT_PLACE_PREPS:
        return None
    return prep.i, root.i


def tied_place(doc, chunk: Chunk, *, places: list[tuple[Chunk, Actor]]) -> str | None:
    """The one country of the places tied to the phrase or to a clause it is in ("said in
    Nairobi"), never a place of what the clause is about ("condemned the attacks in Tehran")."""
    root = doc[chunk.start:chunk.end].root
    clause = {root.i} | {a.i for a in root.ancestors}
    tied = set()
    for place_chunk, actor in places:
        where = place_of(doc, place_chunk)
        if where is not None and doc[where[0]].head.i in clause:
            tied.add(actor.country)
    return tied.pop() if len(tied) == 1 else None


def sentence_place(doc, chunk: Chunk, *, places: list[tuple[Chunk, Actor]]) -> str | None:
    """The country of a place of the sentence for the group ``chunk``: the place tied to the phrase
    or to a clause the phrase is in, else the one country all the sentence's places lie in, leaving
    out those in a clause that describes other people (``_describes_another``)."""
    if not places:
        return None
    root = doc[chunk.start:chunk.end].root
    tied = tied_place(doc, chunk, places=places)
    if tied is not None:
        return tied
    countries = {actor.country for c, actor in places if not _describes_another(doc, c, root)}
    return countries.pop() if len(countries) == 1 else None


def _describes_another(doc, place_chunk: Chunk, root) -> bool:
    """Whether a place lies in a clause that describes other people than the group ("the
    Government is negotiating about a man suspected of fighting in Afghanistan": where the man
    fought, not whose government; "the army fired on protesters who marched in Lagos": where the
    protesters marched, the army's only by guess)."""
    for a in doc[place_chunk.start:place_chunk.end].root.ancestors:
        if a.dep_ in ("acl", "relcl") and (a.head.lemma_.lower() in PEOPLE_NOUNS or a.head.ent_type_ == "PERSON"):
            return not a.left_edge.i <= root.i <= a.right_edge.i and a.head.i != root.i
    return False


def origin_place(doc, chunk: Chunk, *, found: list[tuple[Chunk, Actor | None]]) -> str | None:
    """The country refugees come from: a place in their "fleeing ..." clause or "from ..." phrase
    ("refugees fleeing the war in Liberia", "refugees from Syria"), when only one country is named
    there."""
    head = (chunk.shared or chunk).atoms[-1]
    if head.kind != "sector" or head.hit.value.sector not in DISPLACED_SECTORS:
        return None
    root = doc[chunk.start:chunk.end].root
    spans = [(c.left_edge.i, c.right_edge.i) for c in root.children
             if (c.dep_ in ("acl", "relcl") and c.lemma_.lower() in FLIGHT_VERBS)
             or (c.dep_ == "prep" and c.lower_ == "from")]
    countries = {a.country for c, a in found for lo, hi in spans
                 if a is not None and a.country and is_country_only(c) and lo <= c.start and c.end - 1 <= hi}
    return countries.pop() if len(countries) == 1 else None


def sentence_places(doc, found: list[tuple[Chunk, Actor | None]]) -> list[tuple[Chunk, Actor]]:
    """The places of a sentence: country names, capitals and towns used as the object of a place
    preposition, also inside a group joined to its place ("protesters in Ahmedabad")."""
    out = [(c, a) for c, a in found
           if a is not None and a.country and a.country not in NON_STATE_CODES
           and (is_country_only(c) or not a.sectors) and place_of(doc, c) is not None]
    for c, a in found:
        if a is None or not a.country or a.country in NON_STATE_CODES or is_country_only(c):
            continue
        tail = [t for t in c.atoms if t.kind == "country" and t.start > c.start]
        if tail:
            part = Chunk(atoms=tail, start=tail[0].start, end=c.end)
            if place_of(doc, part) is not None:
                out.append((part, a))
    return out


def named_heads(doc, chunks: list[Chunk], *, country_of) -> dict[str, set[str]]:
    """Head word -> the states the document names with it ("the Australian Government", "Kenyan
    police"): what a definite "the Government" of the same story may stand for. ``country_of``
    gives the state of a chunk's country name (None for none)."""
    out: dict[str, set[str]] = {}
    for chunk in chunks:
        atoms = chunk.atoms
        if len(atoms) < 2 or atoms[-1].kind != "sector" or not any(a.kind == "country" for a in atoms[:-1]):
            continue
        country = country_of(chunk)
        if country and country not in NON_STATE_CODES:
            out.setdefault(_words(doc, atoms[-1]).split()[-1], set()).add(country)
    return out


def story_kinds(doc, chunks: list[Chunk], *, country_of, org_of) -> dict[str, set[str]]:
    """Head word -> every code the document names with it, by a country ("Palestinian militants")
    or a body ("Hamas militants": PSE; "Al Qaeda fighters": IMG, kept so that a bare "fighters"
    of a story that also names "Afghan fighters" stays open). ``country_of`` / ``org_of`` give the
    state of a chunk's country name and the code of its organisation (None for none)."""
    out: dict[str, set[str]] = {}
    for chunk in chunks:
        atoms = chunk.atoms
        if len(atoms) < 2 or atoms[-1].kind != "sector" or atoms[-1].hit.value.kind != "noun":
            continue
        kinds = {a.kind for a in atoms[:-1]}
        code = country_of(chunk) if "country" in kinds else org_of(chunk) if "org" in kinds else None
        if code:
            out.setdefault(_kind_key(doc, atoms[-1]), set()).add(code)
    return out


def _kind_key(doc, atom) -> str:
    """The head word of a kind, singular or plural alike ("militant", "militants" -> "militant")."""
    return doc[atom.end - 1].lemma_.lower()


def is_definite(doc, chunk: Chunk, *, definite: frozenset[str]) -> bool:
    """Whether a phrase is definite ("the Government", "its army"), so that it may point back."""
    root = doc[chunk.start:chunk.end].root
    return ((chunk.start > 0 and doc[chunk.start - 1].lower_ in definite)
            or any(c.dep_ in ("det", "poss") and c.lower_ in definite for c in root.children))


def subject_state(doc, found: list[tuple[Chunk, Actor | None]]) -> str | None:
    """The state a sentence names last as the subject of a clause by its name or capital alone
    ("Israel said ...", "Kabul rejected ..."), for a later "the Government"; None when none."""
    out = None
    for chunk, actor in found:
        if (actor is not None and actor.country and actor.country not in NON_STATE_CODES
                and actor.resolved_by in ("country", "metonym") and set(actor.sectors or ()) <= {"GOV"}
                and doc[chunk.start:chunk.end].root.dep_ in ("nsubj", "nsubjpass")):
            out = actor.country
    return out


def article_antecedent(doc, chunk: Chunk, *, heads: dict[str, set[str]], definite: frozenset[str]) -> str | None:
    """'The Federal Government is negotiating ...' in a story that names "the Australian Government"
    (before or after): a definite group phrase stands for the one state the document names with
    the same head word, or None."""
    if not is_definite(doc, chunk, definite=definite):
        return None  # "the Federal Government", not a bare "officials"
    head = (chunk.shared or chunk).atoms[-1]
    if head.kind != "sector":
        return None
    states = heads.get(_words(doc, head).split()[-1], set())
    return next(iter(states)) if len(states) == 1 else None


def story_antecedent(doc, chunk: Chunk, *, heads: dict[str, set[str]]) -> str | None:
    """'Palestinian militants fired rockets ... Militants also attacked a checkpoint': a group
    named by its kind alone (any determiner, or none) stands for the one state the story names
    with the same head word ("Palestinian militants", "Hamas militants": ``story_kinds``), when no
    place of its sentence said otherwise; None when the story names that head with no state, with
    several, or with a body of no state ("Al Qaeda fighters")."""
    head = (chunk.shared or chunk).atoms[-1]
    if head.kind != "sector" or len(chunk.atoms) != 1:
        return None  # "Islamic militants", "riot police": a kind the story may not have named
    codes = heads.get(_kind_key(doc, head), set())
    return next(iter(codes)) if len(codes) == 1 and is_state_country(next(iter(codes))) else None


#: Where a country comes from that only the document, not the sentence, tells.
DOCUMENT_SOURCES = frozenset({"dateline", "main-country", "outlet"})


def conjoined_country(doc, chunk: Chunk, *, resolved: list[tuple[Chunk, Actor | None]]) -> str | None:
    """'The Palestinians threw grenades at soldiers and border police': a group named by its kind
    alone that is joined by "and" to a group whose country its sentence or story gave (the soldiers
    are the Israeli soldiers the story named) is of that country, before any country the document
    alone would give. Only a group named earlier in the sentence (``resolved``); None otherwise."""
    root = doc[chunk.start:chunk.end].root
    partners = ([root.head] if root.dep_ == "conj" else []) + [c for c in root.children if c.dep_ == "conj"]
    for c, a in resolved:
        if (a is not None and a.country and a.sectors and not a.org and not a.name and is_state_country(a.country)
                and a.country_from not in DOCUMENT_SOURCES and any(c.start <= p.i < c.end for p in partners)):
            return a.country
    return None


#: The sector of the police: they act at home, so the people they deal with are of their state.
POLICE_SECTOR = "COP"


def police_country(found: list[tuple[Chunk, Actor | None]]) -> str | None:
    """The state of the police a sentence names when every actor of the sentence with a country is
    of that one state ("the police clashed with armed protesters", "protesters threw stones at
    Kenyan police"); None when the sentence names no police or a second state."""
    states = {a.country for c, a in found if a is not None and a.country}
    police = {a.country for c, a in found if a is not None and a.country and POLICE_SECTOR in a.sectors}
    if len(states) == 1 and states == police and is_state_country(next(iter(states))):
        return next(iter(states))
    return None


def groups_by_police(doc, found: list[tuple[Chunk, Actor | None]]) -> list[tuple[Chunk, Actor | None]]:
    """'Seven people were injured when the police clashed with armed protesters': a group named by
    its kind that no rule gave a country (protesters, rebels, civilians, criminals...) in
    a sentence whose only state is that of the police it names is of that state (``context``,
    from the police: ``source``), as the people police deal with at home are; not a group the
    text makes foreign (``takes_context``), nor gunmen of no known side ("police chased gunmen
    who fired on them near the border" may be from across it), and never when a second state is
    named."""
    if not any(a is not None and a.resolved_by == "sector" and not a.country for _, a in found):
        return found
    home = police_country(found)
    if home is None:
        return found
    out: list[tuple[Chunk, Actor | None]] = []
    for chunk, actor in found:
        if (actor is not None and actor.resolved_by == "sector" and not actor.country and actor.sectors
                and set(actor.sectors) <= HOME_TARGET_SECTORS - UNKNOWN_SECTORS and takes_context(doc, chunk)):
            actor = replace(actor, country=home, code=home + "".join(actor.sectors), resolved_by="context",
                            country_from="source")
        out.append((chunk, actor))
    return out


def group_actor(doc, chunk: Chunk, *, sector: str | None, role: str | None, country: str | None,
                country_from: str | None) -> Actor:
    """The actor of a group phrase: its sector, and its country from context or null."""
    span = doc[chunk.start:chunk.end]
    sectors = [sector] if sector else []
    return Actor(text=span.text, span=(span.start_char, span.end_char),
                 code=(country + "".join(sectors)) if country else None, country=country, sectors=sectors,
                 role=role, resolved_by="context" if country else "sector",
                 country_from=country_from if country else None)


#: Forces that are police or army by what they do and whom they serve with ("officers",
#: "security forces"): their sector word is only a default.
POLICE_OR_ARMY_NOUNS = word_list("actors_police_or_army_nouns")
#: Nouns of a crowd: forces that fire on one or disperse it do police work ("fired on the mob").
CROWD_NOUNS = word_list("actors_crowd_nouns")
#: Prepositions that name whom a force serves with ("working with the Marines").
SERVICE_PREPS = word_list("actors_service_preps")
#: Sectors a force of ``POLICE_OR_ARMY_NOUNS`` may take from whom it serves with.
FORCE_SECTORS = frozenset({"COP", "MIL"})


def police_or_army(doc, chunk: Chunk) -> bool:
    """Whether the head word of a phrase is a force that is police or army by what it does
    ("Afghan security forces", "liaison officers"; not "police officers", "army officers")."""
    head = (chunk.shared or chunk).atoms[-1]
    return head.kind == "sector" and _words(doc, head) in POLICE_OR_ARMY_NOUNS


def partner_sector(doc, chunk: Chunk, *, found: list[tuple[Chunk, Actor | None]]) -> str | None:
    """'British and German liaison officers are working with the US Marines': officers who serve
    with soldiers are soldiers, and security forces who work with the police do police work. The
    police or army sector of the actor the clause of ``chunk`` (its subject) names after
    with/alongside, or None. A modifier that says which ("police officers") keeps its own."""
    head = chunk.shared or chunk
    if not police_or_army(doc, chunk):
        return None
    if sum(a.kind in _GROUP_KINDS and a.hit.value.sector in FORCE_SECTORS for a in head.atoms) > 1:
        return None  # "riot police officers": the modifier says which
    root = doc[head.start:head.end].root
    while root.dep_ == "conj":
        root = root.head
    if root.dep_ not in ("nsubj", "nsubjpass"):
        return None
    verb = root.head
    partners = [o for p in verb.children if p.dep_ == "prep" and p.lower_ in SERVICE_PREPS
                for o in p.children if o.dep_ == "pobj"]
    partners += [c for o in partners for c in o.conjuncts]
    sectors = {s for c, a in found for o in partners if c.start <= o.i < c.end and a is not None
               for s in a.sectors if s in FORCE_SECTORS}
    return sectors.pop() if len(sectors) == 1 else None


#: Sectors of a national politician: the home bodies they speak of are their own country's.
SPEAKER_SECTORS = frozenset({"GOV", "LEG", "OPP"})
#: Sectors of a state's home bodies that a national politician's statement may name without their
#: country ("consular officials must ...", "the Opposition"): not the army, often abroad or the enemy's.
HOME_BODY_SECTORS = frozenset({"GOV", "LEG", "OPP", "JUD", "COP", "SPY"})
#: Sectors of a group that a politician addresses in their own clause ("appealed for the
#: Opposition to support ..."): the parties and parliament of their own country.
ADDRESSED_SECTORS = frozenset({"OPP", "LEG"})


def speaker_country(doc, chunk: Chunk, *, sector: str | None,
                    found: list[tuple[Chunk, Actor | None]]) -> str | None:
    """The country of the national politician whose statement names a home body without its
    country: "Mr Rudd says consular officials must establish the facts" (the officials of the
    clause he says), "the minister appealed for the Opposition to support the bill" (the party
    he addresses). A state's politician speaks of their own state's officials, parties and
    courts; a foreign one is named as such ("the Indonesian police"). None when no such speaker."""
    if sector not in HOME_BODY_SECTORS:
        return None
    root = doc[chunk.start:chunk.end].root
    verbs, said = [], False
    for a in root.ancestors:
        if a.pos_ in ("VERB", "AUX"):
            verbs.append((a, said))
        if a.dep_ in ("ccomp", "parataxis"):
            said = True  # what the governing verb's subject says
        if len(verbs) >= 3:
            break
    for verb, reported in verbs:
        if not reported and sector not in ADDRESSED_SECTORS:
            continue
        for subj in (c for c in verb.children if c.dep_ == "nsubj"):
            hit = next((a for c, a in found if c.start <= subj.i < c.end), None)
            if (hit is not None and hit.country and hit.country not in NON_STATE_CODES
                    and set(hit.sectors) & SPEAKER_SECTORS):
                return hit.country
    return None


#: Nouns of a state's government as a body ("the Federal Cabinet", "the Government").
GOVERNMENT_NOUNS = word_list("actors_government_nouns")


def names_government(doc, chunk: Chunk, actor: Actor) -> bool:
    """Whether a phrase names a state's government as a body ("the Australian Government", "the
    Federal Cabinet" resolved by its place), not an official or a capital standing for it."""
    if actor.sectors != ["GOV"] or not actor.country or actor.country in NON_STATE_CODES:
        return False
    head = chunk.shared or chunk
    root = doc[head.start:head.end].root  # "the Government in Wellington": its head noun
    return root.lower_ in GOVERNMENT_NOUNS or root.lemma_.lower() in GOVERNMENT_NOUNS


#: Words that say a group or office is of the place the story is in ("a local commander").
LOCAL_WORDS = word_list("actors_local_words")
#: Dependency labels of a noun that is where something is done ("scoured Afghanistan's highlands").
_PLACE_NOUN_DEPS = frozenset({"dobj", "pobj"})


def is_local(doc, chunk: Chunk) -> bool:
    """'a local commander', 'local tribal leaders': the phrase says its group holds office where
    the story is."""
    root = doc[chunk.start:chunk.end].root
    return any(c.dep_ == "amod" and c.lower_ in LOCAL_WORDS for c in root.children) or any(
        t.lower_ in LOCAL_WORDS for t in doc[chunk.start:chunk.end])


def story_place(doc, found: list[tuple[Chunk, Actor | None]]) -> str | None:
    """The country of the last place a sentence names where something happens ("in Kandahar",
    "scoured Afghanistan's eastern highlands"): where the story is, for a later "local" group."""
    out = None
    for chunk, actor in found:
        if actor is None or not actor.country or actor.sectors or actor.country in NON_STATE_CODES:
            continue
        root = doc[chunk.start:chunk.end].root
        if place_of(doc, chunk) is not None or (root.dep_ == "poss" and root.head.dep_ in _PLACE_NOUN_DEPS):
            out = actor.country
    return out
