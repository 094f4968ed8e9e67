"""Find the actors of a parsed document and resolve each to country, sectors, organisation and
person as of the article's date.

How it works (compute, then annotate: everything here returns plain data):

1. ``atoms.find_atoms``: the knowledge-base names of each sentence, longest first (people,
   organisations, country names/abbreviations/demonyms/capitals/metonyms, titles, sector words),
   plus PERSON entities the knowledge base does not know (for "title + name"), surnames, and
   place names that stand for their country ("Samarra").
2. ``chunks.build_chunks``: the names of one noun phrase are joined ("Russian President Vladimir
   Putin", "Kenyan police", "Ukraine's army", "Hamas militants"), then "X of/in/from Y" ("the
   president of Armenia"), appositions ("Antony Blinken, the U.S. Secretary of State") and
   conjunctions ("Hungarian and Romanian officials": each adjective gets the shared head).
3. ``interpret`` (here): each chunk becomes an ``Actor``: a known person in their office (or ELI)
   as of the date, an unknown person by title and country, an organisation in its status as of the
   date, a country with the sector of its head word. Later mentions ("Putin", "the minister", "the
   ministry") resolve to an earlier actor of the document (``coref``).

A group named by its kind only ("police", "officials said", "the government", "Kurdish
fighters") is still an actor: its sector is known and its country comes from context (a place of
its sentence, the dateline, the article's main country, the outlet's country; ``groups``), or
stays null. A titled person with no country in the phrase: a head of state, judge, general,
lawmaker or police chief ("President Yoweri Museveni") takes the country of the rest of the
sentence when it names exactly one (resolved_by "title"), else is left out.

Two sentence-level rules fill in a country the phrase does not say: the titled person above,
and a "pro-X"/"anti-X" group ("pro-Russian separatists", X is its cause, never its country),
which takes the one country the sentence names as a place ("near Donetsk"), else none.
Places that changed sovereignty follow the article date (``sovereignty``: Juba is in Sudan
before 2011-07-09).

``as_of=None`` (article date unknown): a person resolves to their most recent office (not ELI,
since we cannot tell whether the article predates the end of that office), an organisation to
its latest status.
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass, replace

from spacy.attrs import LOWER

from ..context import Article
from ..nlp import entities, load_model
from ..nlp.normalise import norm_exact, norm_key
from ..ontology.codes import ARMED_SECTORS, MILITARY_SECTOR, NON_STATE_ARMED_SECTORS, NON_STATE_CODES, UNIDENTIFIED_FORCES, is_state_country
from ..records import Actor
from ..resources.words import word_list
from .acronyms import read_acronyms, reading
from .acts import forces_by_act
from .aligned import aligned_forces
from .defined import Definition, acronym_atoms, find_definitions
from .atoms import clause_subject, find_atoms, sent_start, sentences, unknown_bodies
from .chunks import Chunk, build_chunks, has_country
from .coref import DEFINITE, Memory, corefer, described
from .detention import REFUGEE_SECTOR, refugee_detainees
from .groups import (FORCE_SECTORS, GOVERNMENT_NOUNS, MEMBER_PREPS, PERSON_POSSESSIVES, groups_by_police, is_local, loyal_sectors, loyal_to, conjoined_country, story_antecedent, story_kinds, story_place, DocumentCountries, article_antecedent, group_actor, is_definite, is_group, led_by, named_heads,
                     names_government, origin_place, owner, partner_sector, place_of, speaker_country, sentence_place, sentence_places, subject_state, tied_place,
                     takes_context)
from .entries import CountryAlias, Title
from .kb import KnowledgeBase
from .names import FAMILY_NAME_FIRST
from .nationals import nationals_by_apposition
from .people import person_office, pick_by_title, pick_head, pick_person, surnames
from .roles import OrgPeriod, Person
from .sovereignty import dated_alias

_FORMER = word_list("actors_former_words")
#: "the Clinton administration", "the Sharif government": the rule of the one head of that name.
_HEAD_RULE_NOUNS = word_list("actors_head_rule_nouns")


@dataclass
class ActorMention:
    """An actor in the doc: token span ``[start, end)``, ``head`` its syntactic root token."""

    start: int
    end: int
    head: int
    actor: Actor


# -- interpretation -------------------------------------------------------------------------------

def actor_code(country: str | None, *, sectors: list[str], org: str | None) -> str | None:
    """``Actor.code``: country + sectors ("USAGOV"), or the non-state code + org ("IGONATO")."""
    if country is None:
        return None
    if country in NON_STATE_CODES:
        return country + (org or "")
    return country + "".join(sectors)


#: ``Actor.resolved_by`` for each kind of country name: a capital, a metonym ("the Kremlin") or a
#: place inside the country ("Samarra") all stand for the state by metonymy.
_RESOLVED_BY_ALIAS = {"demonym": "demonym", "capital": "metonym", "metonym": "metonym",
                      "place": "metonym"}


@dataclass
class Phrase:
    """What a chunk says, read once: its country name, head sector and title, "former"."""

    chunk: Chunk
    alias: CountryAlias | None  # the first country name of the phrase
    by: str | None  # resolved_by for that name
    sector: str | None  # the sector of the head (or of the shared head of a conjunction)
    title: Title | None
    title_text: str | None  # the title as written ("Foreign Minister")
    former: bool

    @classmethod
    def read(cls, doc, chunk: Chunk, *, as_of: dt.date | None = None) -> "Phrase":
        """``as_of`` dates the country of a place ("Juba" is in Sudan before 2011-07-09)."""
        head = chunk.shared or chunk
        alias = next((a.hit.value for a in chunk.atoms if a.kind == "country"), None)
        alias = dated_alias(alias, as_of)
        sector, title = _head_sector(head)
        return cls(chunk, alias, _RESOLVED_BY_ALIAS.get(alias.kind, "country") if alias else None,
                    sector, title, _title_text(doc, head),
                    _is_former(doc, head) or (title is not None and title.kind == "former"))


def _head_sector(chunk: Chunk) -> tuple[str | None, Title | None]:
    """The sector of the phrase's head: the last title or sector noun; else an adjective. A
    generic government noun ("officials", "leaders") takes the sector of a more specific word
    before it: "rebel leaders" -> REB, "military officials" -> MIL."""
    for k in range(len(chunk.atoms) - 1, -1, -1):
        a = chunk.atoms[k]
        if a.kind == "title":
            if a.hit.value.sector == "GOV" and a.hit.value.kind == "official":
                # "a rebel spokesman", "the Opposition spokesman", "police officials": a generic
                # speaker's title takes the body its sector word names (not "police minister")
                specific = _specific_sector(chunk, k)
                if specific is not None:
                    return specific, a.hit.value
            return a.hit.value.sector, a.hit.value
        if a.kind == "sector" and a.hit.value.kind == "noun":
            if a.hit.value.sector == "GOV":
                specific = _specific_sector(chunk, k)
                if specific is not None:
                    return specific, None
            return a.hit.value.sector, None
    for a in reversed(chunk.atoms):
        if a.kind == "sector" and a.hit.value.sector is not None:
            return a.hit.value.sector, None
    return None, None


def _specific_sector(chunk: Chunk, k: int) -> str | None:
    """The sector other than GOV of the sector words (or a country name with a sector: "Pentagon")
    right before atom ``k``: "rebel leaders" -> REB, "military officials" -> MIL; else None."""
    for b in chunk.atoms[k - 1::-1] if k else ():
        if b.kind == "country" and b.hit.value.sector not in (None, "GOV"):
            return b.hit.value.sector  # "Pentagon officials" -> MIL
        if b.kind != "sector":
            break
        if b.hit.value.sector not in ("GOV", None):
            return b.hit.value.sector
    return None


def _title_text(doc, chunk: Chunk) -> str | None:
    """The title as the text writes it ("Foreign Minister"), for ``Actor.role``."""
    for a in reversed(chunk.atoms):
        if a.kind == "title":
            return doc[a.start:a.end].text
    return None


def _is_former(doc, chunk: Chunk) -> bool:
    """A word of ``_FORMER`` in the phrase or just before it ("former President X", "ex-minister")."""
    lo = max(chunk.start - 1, sent_start(doc, chunk.start))
    found = _former_words(doc)
    k = bisect_left(found, lo)
    return k < len(found) and found[k] < chunk.end


_FORMER_KEY = "flashpoint.actors.former_words"


def _former_words(doc) -> list[int]:
    """Where the words of ``_FORMER`` are in ``doc``, in order: found once per Doc from its array
    of lower-case forms (each phrase read asks; a walk of its words built a Token a word)."""
    found = doc.user_data.get(_FORMER_KEY)
    if found is None:
        strings = doc.vocab.strings
        ids = {strings[w] for w in _FORMER}
        found = doc.user_data[_FORMER_KEY] = [i for i, x in enumerate(doc.to_array(LOWER).tolist()) if x in ids]
    return found


def _make(doc, chunk: Chunk, *, country, sectors, org=None, name=None, role=None, kb_id=None,
          resolved_by=None) -> Actor:
    span = doc[chunk.start:chunk.end]
    sectors = [s for s in sectors if s]
    return Actor(text=span.text, span=(span.start_char, span.end_char),
                 code=actor_code(country, sectors=sectors, org=org), country=country, sectors=sectors,
                 org=org, name=name, role=role, kb_id=kb_id, resolved_by=resolved_by)


_NOT_FOUND = object()  # a resolver step that does not apply (None means "applies: unresolved")


def interpret(doc, chunk: Chunk, *, kb: KnowledgeBase, as_of: dt.date | None, memory: Memory) -> Actor | None:
    """The actor a chunk names, or None when its country cannot be known from the text."""
    phrase = Phrase.read(doc, chunk, as_of=as_of)
    for step in (_known_person, _unknown_person, _organisation, _country):
        actor = step(doc, phrase, kb=kb, as_of=as_of, memory=memory)
        if actor is not _NOT_FOUND:
            return actor
    # No country in the phrase: only a definite later mention of an earlier actor.
    if phrase.sector is not None:
        earlier = memory.antecedent(doc, chunk)
        if earlier is not None:
            return corefer(doc, chunk, antecedent=earlier)
    return None


def _known_person(doc, phrase: Phrase, *, kb: KnowledgeBase, as_of, memory: Memory):
    """A person of the knowledge base, in their office (or ELI) as of the date."""
    chunk, atoms = phrase.chunk, phrase.chunk.atoms
    a = next((a for a in atoms if a.kind in ("person", "surname")), None)
    if a is None:
        return _NOT_FOUND
    surname_key = norm_exact(doc[a.end - 1].text)
    if a.kind == "surname" and surname_key in memory.surnames:
        return corefer(doc, chunk, antecedent=memory.surnames[surname_key])
    head_rule = a.end < chunk.end and doc[chunk.end - 1].lower_ in _HEAD_RULE_NOUNS
    if (a.weak and phrase.title is None and not head_rule
            and doc[a.start].dep_ not in ("nsubj", "nsubjpass")):
        return None  # "Robertson" (a town?) with no earlier "George Robertson"
    # A weak surname that is a clause's subject ("Trump said") goes on: it resolves below only to
    # the one head of state or government of that name (never when two share it).
    person = pick_person(kb, a.ids, as_of=as_of) or pick_by_title(
        kb, a.ids, title=phrase.title_text, as_of=as_of, country=phrase.alias.iso3 if phrase.alias else None)
    if person is None and head_rule:
        person = pick_head(kb, a.ids)  # "the Clinton administration": the one who was president
    if person is None or (a.kind == "surname" and phrase.title is None and not person.head):
        return _NOT_FOUND  # ambiguous, or a bare "Reid" that is too often someone else
    if (a.weak and phrase.title is None and as_of is not None
            and not any(t.covers(as_of) for t in person.tenures)):
        return None  # a coach "Stoltenberg" after the prime minister left office: someone else
    if _titled_namesake(doc, phrase, person, as_of=as_of):
        # "the commander's spokesman, Amin": not Idi Amin; by the title and the phrase's country,
        # else by context (``_titled_by_context``)
        if phrase.alias is None or phrase.title is None:
            return None
        actor = _make(doc, chunk, country=phrase.alias.iso3, sectors=[phrase.title.sector],
                      name=doc[a.start:a.end].text, role=phrase.title_text, resolved_by="title")
        memory.surnames[surname_key] = actor
        memory.remember(doc, chunk, actor=actor)
        return actor
    earlier = memory.people.get(person.person_id)
    if (earlier is not None and len(atoms) == 1
            and norm_key(doc[a.start:a.end].text) != norm_key(person.name)):
        return corefer(doc, chunk, antecedent=earlier)  # "Putin" after "Vladimir Putin"
    country, sectors, org, role = person_office(kb, person, as_of=as_of)
    after = [b for b in atoms if b.start > a.start]
    if (after and after[0].kind in ("sector", "title")
            and all(t.tag_ == "POS" for t in doc[a.end:after[0].start])):
        # "the Putin government", "Putin's spokesman": the person's state, the noun's sector
        in_office = country and country not in NON_STATE_CODES and sectors != ["ELI"]
        head = after[-1]
        period = kb.org_period(org, as_of) if org else None
        if period is not None and head.hit.value.sector in NON_STATE_ARMED_SECTORS and period.kind == "armed":
            # "bin Laden's fighters": the armed group its leader heads (Al Qaeda's, IMG), as
            # "Al Qaeda fighters" are (``_organisation``), not the leader's passport
            return _make(doc, chunk, country=period.country, sectors=[period.sector], org=period.org,
                         name=period.name, kb_id=period.org, resolved_by="kb")
        return _make(doc, chunk, country=country if in_office else person.nationality,
                     sectors=[head.hit.value.sector], kb_id=person.person_id, resolved_by="kb",
                     role=doc[head.start:head.end].text if head.kind == "title" else None)
    if not sectors and not org and role is None:
        # Not yet in any office on that date: by the title and the country of the phrase, else of
        # the person ("the Shadow Foreign Affairs Minister, Kevin Rudd" in 2001: AUS, opposition).
        if phrase.title is None:
            return None
        country = phrase.alias.iso3 if phrase.alias is not None else person.nationality
        sectors, role = [phrase.title.sector], phrase.title_text
    actor = _make(doc, chunk, country=country, sectors=sectors, org=org, name=person.name,
                  role=role, kb_id=person.person_id, resolved_by="kb")
    # The last word as written names the person later too ("Lula"), unless it is a piece of a
    # given name ("Jae-in" in "Moon Jae-in", "Un" in "Kim Jong Un": the surname comes first).
    last_word = [surname_key] if len(surname_key) >= 3 and surname_key[:1].isupper() \
        and person.nationality not in FAMILY_NAME_FIRST else []
    for key in last_word + [norm_exact(f) for f in surnames(person)]:
        memory.surnames.setdefault(key, actor)
    memory.people.setdefault(person.person_id, actor)
    # "Venezuelan President Hugo Chavez ... The President said": a later definite title of no
    # country is this person, as it is for people the knowledge base does not know
    memory.remember(doc, chunk, actor=actor)
    return actor


def _titled_namesake(doc, phrase: Phrase, person: Person, *, as_of: dt.date | None) -> bool:
    """'the commander's spokesman, Amin': a bare surname set off by a comma after a title, of a
    person of the knowledge base who holds no office on the date, is someone else who holds
    that title (a spokesman named Amin, not Idi Amin)."""
    atoms = phrase.chunk.atoms
    if (as_of is None or len(atoms) < 2 or any(b.kind not in ("title", "country") for b in atoms[:-1])
            or atoms[-2].kind != "title" or atoms[-1].kind != "surname"
            or atoms[-1].end - atoms[-1].start != 1 or not any(t.is_punct for t in doc[atoms[-2].end:atoms[-1].start])):
        return False
    return not any(t.covers(as_of) for t in person.tenures)


def _unknown_person(doc, phrase: Phrase, *, kb: KnowledgeBase, as_of, memory: Memory):
    """A person the knowledge base does not know: by title and country (or organisation), or an
    earlier mention of the same surname."""
    chunk, atoms = phrase.chunk, phrase.chunk.atoms
    a = next((a for a in atoms if a.kind in ("unknown_person", "surname")), None)
    if a is None:
        return _NOT_FOUND
    name = doc[a.start:a.end].text
    surname_key = norm_exact(doc[a.end - 1].text)
    if a.end - a.start == 1 and surname_key in memory.surnames and len(atoms) == 1:
        return corefer(doc, chunk, antecedent=memory.surnames[surname_key])
    title, alias = phrase.title, phrase.alias
    org_atom = next((b for b in atoms if b.kind == "org"), None)
    if title is not None and alias is None and org_atom is not None:
        # "Arab League Secretary-General X": an office of an organisation.
        period = kb.org_period(org_atom.hit.value, as_of)
        if period is None:
            return None
        # a generic office of a party, union or company is of that body ("Labor's spokesman, X")
        own = title.sector == "GOV" and period.sector in _CIVIL_BODIES
        actor = _make(doc, chunk, country=period.country, sectors=[period.sector if own else title.sector],
                      org=period.org, name=name, role=phrase.title_text, kb_id=period.org, resolved_by="title")
    elif title is None:
        return _NOT_FOUND  # "U.N. mediator Diego Cordovez", "Kenyan runner X": the org or country
    elif alias is None:
        return None
    else:
        actor = _make(doc, chunk, country=alias.iso3, sectors=["ELI"] if phrase.former else [title.sector],
                      name=name, role=phrase.title_text, resolved_by="title")
    memory.surnames.setdefault(surname_key, actor)
    memory.remember(doc, chunk, actor=actor)
    return actor


def _organisation(doc, phrase: Phrase, *, kb: KnowledgeBase, as_of, memory: Memory):
    """An organisation in its status as of the date, with the sector of a following word
    ("Hamas militants" -> REB, "NATO troops" -> MIL)."""
    chunk, atoms = phrase.chunk, phrase.chunk.atoms
    a = next((a for a in atoms if a.kind == "org"), None)
    if a is None:
        return _NOT_FOUND
    period: OrgPeriod | None = kb.org_period(a.hit.value, as_of)
    if period is None:
        return None
    after = [b for b in atoms if b.start > a.start and b.kind in ("sector", "title")]
    sector = _head_sector(Chunk(atoms=after, start=0, end=0))[0] if after else None
    # "Hamas official" keeps the organisation's own sector: any organisation has officials. So
    # does an armed group named with a word for its fighters ("Al Qaeda fighters" are Al Qaeda: an
    # international group is IMG with no sector, as in the PETRARCH-2 dictionaries and PLOVER gold),
    # and a party named with its word of kind ("the Labor Party": in opposition in 2001, OPP).
    member = sector in ARMED_SECTORS and period.kind == "armed" and period.sector in ARMED_SECTORS | {None}
    own_kind = sector == "PTY" and period.kind == "party"
    sectors = [sector] if sector and sector != "GOV" and not member and not own_kind else [period.sector]
    actor = _make(doc, chunk, country=period.country, sectors=sectors, org=period.org,
                  name=period.name, kb_id=period.org, resolved_by="org")
    memory.remember(doc, chunk, actor=actor)
    person = next((b for b in atoms if b.start > a.start and b.kind == "unknown_person"), None)
    if person is not None:  # "Westpac's David Lording ... Mr Lording said": he speaks for his body
        memory.surnames.setdefault(norm_exact(doc[person.end - 1].text), actor)
    return actor


#: Sectors a "former" holder keeps: a former finance officer of a retailer is still of business,
#: not one of the elites (ELI: former officials of state, as CAMEO codes them).
_FORMER_KEEPS = frozenset({"BUS"})


def former_sector(sector: str) -> str:
    """The sector of a former holder of a post of ``sector``: ELI, but business stays business."""
    return sector if sector in _FORMER_KEEPS else "ELI"


def _country(doc, phrase: Phrase, *, kb: KnowledgeBase, as_of, memory: Memory):
    """A country with a title or sector word, or a country name, capital or metonym alone."""
    if phrase.alias is None:
        return _NOT_FOUND
    sector = phrase.sector if phrase.sector is not None else phrase.alias.sector
    sectors = [former_sector(sector)] if phrase.former and sector else [sector]
    actor = _make(doc, phrase.chunk, country=phrase.alias.iso3, sectors=sectors,
                  role=phrase.title_text if phrase.title else None, kb_id=phrase.alias.iso3,
                  resolved_by="title" if phrase.title else phrase.by)
    memory.remember(doc, phrase.chunk, actor=actor)
    return actor


# -- the stage ------------------------------------------------------------------------------------

def find_actors(doc, kb: KnowledgeBase, *, as_of: dt.date | None = None,
                article: Article | None = None) -> list[ActorMention]:
    """Every actor mention of ``doc``, sorted by start, non-overlapping. ``article`` (the dateline,
    the outlet's country) is the context of groups named by their kind only; the words of the
    dateline are never an actor."""
    as_of = _day(as_of)
    memory = Memory()
    mentions: list[ActorMention] = []
    atoms = find_atoms(doc, kb)
    if article is not None and article.dateline is not None:
        start, end = article.dateline.span
        atoms = [a for a in atoms if not start <= doc[a.start].idx < end]
    counts = _country_counts(atoms, as_of=as_of, kb=kb)
    # one country named: the story's, unless it is only where someone is sent ("troops to Afghanistan");
    # a story that names only bodies of one state ("Qantas", "ASIC") and no country is that state's too
    named = [a for a in atoms if a.kind == "country"]
    one = len(counts) == 1 and (not named or not all(_destination(doc, Chunk(atoms=[a], start=a.start, end=a.end))
                                                     for a in named))
    fallback = DocumentCountries.of(article, counts, sentences=len(sentences(doc)) if one else 1, one=one)
    atoms = unknown_bodies(doc, read_acronyms(doc, atoms, kb=kb, country=fallback.first()[0]))
    definitions = find_definitions(doc)  # "the Australian Workers Union (AWU)"
    atoms = acronym_atoms(doc, atoms, definitions)
    chunks = build_chunks(doc, atoms)
    heads = named_heads(doc, chunks, country_of=lambda c: _phrase_country(doc, c, as_of=as_of))
    kinds = story_kinds(doc, chunks, country_of=lambda c: _phrase_country(doc, c, as_of=as_of),
                        org_of=lambda c: _phrase_org_country(c, kb=kb, as_of=as_of))
    k = 0
    while k < len(chunks):  # one sentence at a time
        first = sent_start(doc, chunks[k].start)
        found: list[tuple[Chunk, Actor | None]] = []
        while k < len(chunks) and sent_start(doc, chunks[k].start) == first:
            found.append((chunks[k], interpret(doc, chunks[k], kb=kb, as_of=as_of, memory=memory)))
            k += 1
        if memory.acronyms:  # "the AWU": before groups, whose owner it may be ("the secretary of the TWU")
            found = _acronym_uses(doc, found, memory=memory)
        found = _titled_by_sentence(doc, found, memory=memory)
        found = _partisans_by_place(doc, found, memory=memory)
        found = _groups_by_context(doc, found, fallback=fallback, memory=memory, heads=heads, kinds=kinds, kb=kb, as_of=as_of)
        found = _titled_by_context(doc, found, fallback=fallback, memory=memory)
        found = groups_by_police(doc, found)  # "the police clashed with armed protesters"
        found = _people_by_body(doc, found, memory=memory)
        found = nationals_by_apposition(doc, found)  # "X, a French national": later "Mr X" too
        for chunk, actor in found:
            if actor is not None and actor.resolved_by == "demonym" and actor.name and chunk.kinds <= {"unknown_person"}:
                memory.surnames.setdefault(norm_exact(doc[chunk.end - 1].text), actor)
        found = _government_of_place(doc, found)
        _appositive_names(doc, found, memory=memory)  # before a bare name's own claim on its surname
        found = _appositive_surnames(doc, found, memory=memory)
        found = _named_after_role(doc, found, memory=memory)
        if definitions:
            found = _defined_acronyms(doc, found, definitions=definitions, memory=memory)
        found = _named_subjects(doc, found, memory=memory)
        found = _named_newcomer(doc, found, memory=memory)
        found = _named_office(doc, found, memory=memory)
        memory.unnamed = _unnamed_office(doc, found)
        memory.newcomer = _newcomer(doc, found, kb=kb, first=first) or memory.newcomer
        found = sorted(found + _aged(doc, found, first=first, memory=memory), key=lambda pair: pair[0].start)
        found = _forces_by_partner(doc, found)
        found = _attackers_of_named_group(doc, found)
        found = _against_armed_group(doc, found, kb=kb, as_of=as_of)
        found = forces_by_act(doc, found)  # "heavy American bombing": the US military
        memory.state = subject_state(doc, found) or memory.state
        memory.governments |= {a.country for c, a in found if a is not None and names_government(doc, c, a)}
        memory.place = story_place(doc, found) or memory.place
        memory.person = _sentence_person(doc, found) or memory.person
        for chunk, actor in found:
            if actor is not None:
                root = doc[chunk.start:chunk.end].root
                mentions.append(ActorMention(start=chunk.start, end=chunk.end, head=root.i, actor=actor))
        if memory.kinds or memory.member:  # "an Arab fighter ... the Arabs", "... seven others"
            taken = {i for c, _ in found for i in range(c.start, c.end)}
            end = found[-1][0].end if found else first + 1
            while end < len(doc) and sent_start(doc, end) == first:
                end += 1
            for start, end, head, actor in described(doc, first, end, memory=memory, taken=taken):
                mentions.append(ActorMention(start=start, end=end, head=head, actor=actor))
    # "Afghan militiamen" of December 2001: the forces of the interim administration
    return aligned_forces(doc, sorted(mentions, key=lambda m: m.start), as_of=as_of)


#: Prepositions that make a name a place ("in eastern Afghanistan"), not a participant.
_PLACE_PREPS = word_list("actors_place_preps")


def _as_place(doc, chunk: Chunk) -> bool:
    root = doc[chunk.start:chunk.end].root
    return root.dep_ == "pobj" and root.head.lower_ in _PLACE_PREPS


#: Sectors of a state's parties, opposition and parliament: named by their kind, of the one
#: government the article named before them, not of the country it names most.
PARTY_SECTORS = frozenset({"OPP", "PTY", "LEG"})
#: Kinds of titles whose holders news names bare at home; ministers, envoys and officials are
#: too often abroad for the sentence's country to be theirs.
_HOME_TITLES = frozenset({"head", "local", "military", "police", "judicial", "legislative"})
#: Titles of ministers of home affairs ("attorney general", "interior minister"): they act at home.
_HOME_MINISTERS = word_list("actors_home_minister_titles")
#: Kinds of titles whose unknown holder, in a story that names one country only, is of that
#: country: offices of home bodies (a judge, governor, police chief, lawmaker) and of no state
#: (a businessman, a priest; "noun": a sector noun used as a title, "Businessmen X and Y"); not
#: heads, ministers, officials or officers, who travel.
_OWN_STORY_TITLES = frozenset({"local", "police", "judicial", "legislative", "other", "noun"})
#: Kinds of titles held in a cabinet or administration: an unknown holder with no other clue serves
#: the one government the article named.
_CABINET_TITLES = frozenset({"minister", "official"})
#: the sectors of a title that opposes the government of its own state (a shadow minister)
_SHADOW_SECTORS = frozenset({"OPP"})
#: Sectors of titles that name a national office ("President X", "Judge X", "General X").
_OFFICE_SECTORS = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "SPY"})


#: Prepositions of where one goes ("a visit to Germany", "flew into Kabul").
_DESTINATION_PREPS = word_list("actors_destination_preps")


#: Words of going home ("returned to Peru"): their destination may well be home.
_RETURN_WORDS = word_list("actors_return_words")


def _destination(doc, chunk: Chunk) -> bool:
    """Whether the phrase is where someone goes ("a visit to Germany", "flew to Kenya"), not
    where they come home to ("returned to Peru")."""
    root = doc[chunk.start:chunk.end].root
    return (root.dep_ == "pobj" and root.head.lower_ in _DESTINATION_PREPS
            and root.head.head.lemma_.lower() not in _RETURN_WORDS)


def _titled_by_sentence(doc, found: list[tuple[Chunk, Actor | None]], *,
                        memory: Memory) -> list[tuple[Chunk, Actor | None]]:
    """"President Yoweri Museveni threatened to ban Ugandan opposition candidates": a person with
    a national title (head of state, judge, general, lawmaker, police chief; not a minister or
    envoy) but no country in the phrase takes the one country the rest of the sentence names
    (resolved_by "title"); with none or several countries it stays unresolved. A country
    named only as a place ("in eastern Afghanistan") counts for heads of state and government and
    former office holders alone (a minister or official abroad is common, a president named bare
    at home is the rule)."""
    resolved = [(c, a) for c, a in found if a is not None and a.country and a.country not in NON_STATE_CODES]
    # "Premier Li Keqiang's visit to Germany": where one goes is not where one holds office
    states = {a.country for c, a in resolved if not _destination(doc, c)}
    participants = {a.country for c, a in resolved if not _as_place(doc, c)}
    out = []
    for chunk, actor in found:
        if actor is None and "unknown_person" in chunk.kinds and not has_country(chunk):
            phrase = Phrase.read(doc, chunk)
            sector, title = phrase.sector, phrase.title
            at_home = title is not None and (title.kind in ("head", "former") or
                                             (phrase.former and title.kind in _HOME_TITLES))
            candidates = states if at_home else participants
            if (title is not None and (sector in _OFFICE_SECTORS or phrase.former)
                    and (title.kind in _HOME_TITLES or title.kind == "former") and len(candidates) == 1):
                (state,) = candidates
                person = next(a for a in chunk.atoms if a.kind == "unknown_person")
                former = phrase.former or sector == "ELI"
                actor = _make(doc, chunk, country=state, sectors=["ELI"] if former else [sector],
                              name=doc[person.start:person.end].text, role=phrase.title_text,
                              resolved_by="title")
                memory.surnames.setdefault(norm_exact(doc[person.end - 1].text), actor)
        out.append((chunk, actor))
    return out


#: Sectors of groups that "pro-X" / "anti-X" qualifies and that act where they live.
_PARTISAN_SECTORS = frozenset({"REB", "CVL", "OPP", "NGO", "EDU", "LAB", "UAF", "PTY", "REL"})


#: "pro-Russian separatists": what the group stands for, not its country.
_STANCE_PREFIXES = word_list("actors_stance_prefixes")


def _stance_prefix(doc, chunk: Chunk) -> bool:
    """"pro-Russian separatists", "anti-American protesters": the phrase starts with pro-/anti-."""
    for k in (chunk.start - 1, chunk.start - 2):  # "anti-government protesters" / "pro-X rebels"
        if (k >= 1 and doc[k].text == "-" and doc[k - 1].lower_ in _STANCE_PREFIXES
                and not doc[k - 1].whitespace_ and not doc[k].whitespace_):
            return True
    return False


def _partisans_by_place(doc, found: list[tuple[Chunk, Actor | None]], *,
                        memory: Memory) -> list[tuple[Chunk, Actor | None]]:
    """"Pro-Russian separatists shelled the town near Donetsk": X in "pro-X" is what the group
    stands for, not its country; the group is of the one country the sentence names as a place
    ("in Karachi", "near Donetsk"), and stays unresolved with none or several."""
    places = {a.country for c, a in found
              if a is not None and a.country and a.country not in NON_STATE_CODES and _as_place(doc, c)}
    if len(places) != 1:
        return found
    (state,) = places
    out = []
    for chunk, actor in found:
        if actor is None and not has_country(chunk) and _stance_prefix(doc, chunk):
            sector = Phrase.read(doc, chunk).sector
            if sector in _PARTISAN_SECTORS:
                actor = _make(doc, chunk, country=state, sectors=[sector], resolved_by="country")
                memory.remember(doc, chunk, actor=actor)
        out.append((chunk, actor))
    return out


def _country_counts(atoms, *, as_of: dt.date | None, kb: KnowledgeBase | None = None) -> Counter:
    """How often the document names each country (names, demonyms, capitals, its towns), its
    national bodies ("Qantas", "the Taliban": organisations of one state) and the people the
    knowledge base knows in its offices ("John Howard", "Simon Crean" on a date they held one), a
    body or a person at half the weight of a name: "the Somali group al-Shabab" is one mention of
    Somalia, not two; a story of Howard and Crean is Australia's though it never names it."""
    counts: Counter = Counter()
    for a in atoms:
        if a.kind == "country":
            alias = dated_alias(a.hit.value, as_of)
            counts[alias.iso3] += 1
        elif a.kind == "org" and kb is not None:
            period = kb.org_period(a.hit.value, as_of)
            if period is not None and period.country not in NON_STATE_CODES:
                counts[period.country] += ORG_WEIGHT
        elif a.kind == "person" and kb is not None and a.hit is not None:
            person = pick_person(kb, a.hit.value, as_of=as_of)
            country = person_office(kb, person, as_of=as_of)[0] if person is not None else None
            if country is not None and is_state_country(country):
                counts[country] += ORG_WEIGHT
    return counts


#: What naming a national body counts for the main country, against naming the country itself.
ORG_WEIGHT = 0.5


def _phrase_country(doc, chunk: Chunk, *, as_of: dt.date | None) -> str | None:
    """The state of the first country name of a phrase, as of the article date."""
    alias = Phrase.read(doc, chunk, as_of=as_of).alias
    return alias.iso3 if alias is not None else None


def _phrase_org_country(chunk: Chunk, *, kb: KnowledgeBase, as_of: dt.date | None) -> str | None:
    """The code (a state or IMG, IGO...) of the first organisation of a phrase, as of the date."""
    org = next((a for a in chunk.atoms if a.kind == "org"), None)
    period = kb.org_period(org.hit.value, as_of) if org is not None else None
    return period.country if period is not None else None


#: Sectors of bodies outside the state whose officers are theirs ("the secretary of the union").
_CIVIL_BODIES = frozenset({"LAB", "BUS", "PTY", "OPP", "NGO", "EDU", "MED", "REL"})


#: Sector nouns that are a group only as a later mention of a body the story named ("the union").
_ANTECEDENT_ONLY = frozenset(word_list("actors_antecedent_only_nouns"))


def _groups_by_context(doc, found: list[tuple[Chunk, Actor | None]], *, fallback: DocumentCountries,
                       memory: Memory, heads: dict[str, set[str]] | None = None,
                       kinds: dict[str, set[str]] | None = None, kb: KnowledgeBase | None = None,
                       as_of: dt.date | None = None) -> list[tuple[Chunk, Actor | None]]:
    """Groups named by their kind only ("police", "protesters") become actors with their sector and
    a country from context (``groups``), or a null country. A party named by a short name the
    country of the article's one government reads as a known party ("the Labor party" in a
    story of the Australian cabinet) is that party, in its status as of the date."""
    places = sentence_places(doc, found)
    out: list[tuple[Chunk, Actor | None]] = []
    for k, (chunk, actor) in enumerate(found):
        if actor is None and is_group(doc, chunk):
            phrase = Phrase.read(doc, chunk)
            sector = former_sector(phrase.sector) if phrase.former and phrase.sector else phrase.sector
            head = (chunk.shared or chunk).atoms[-1]
            if (len(chunk.atoms) == 1 and norm_key(doc[head.start:head.end].text) in _ANTECEDENT_ONLY
                    and not any(c.dep_ == "poss" for c in doc[chunk.start:chunk.end].root.children)
                    and memory.organisation(doc, chunk, sector=sector) is None):
                # "a customs union": no one ("the X Workers Union" is a name, "the nurses' union" a union)
                out.append((chunk, actor))
                continue
            role = phrase.title_text if phrase.title else None
            if refugee_detainees(doc, chunk, sector):
                # "detainees" in a story of immigration detention: asylum seekers, of no country
                # the place of their detention tells (only one their own phrase gives)
                country = origin_place(doc, chunk, found=found)
                out.append((chunk, group_actor(doc, chunk, sector=REFUGEE_SECTOR, role=None, country=country,
                                               country_from="place" if country else None)))
                continue
            if sector == "PTY" and memory.disputes and _dispute_parties(doc, chunk):
                # "Qantas and the unions ... The parties failed to reach agreement", "the royal
                # commission ... warned all parties": the sides of a labour dispute or of a case,
                # no political party (kept by name, with no code)
                out.append((chunk, group_actor(doc, chunk, sector=None, role=None, country=None, country_from=None)))
                continue
            led = led_by(doc, chunk, found=out)
            if led is not None:  # "Saudi-led forces": one phrase, the leader's
                leader_chunk, belongs = out.pop(led)
                chunk = Chunk(atoms=leader_chunk.atoms + chunk.atoms, start=leader_chunk.start, end=chunk.end)
                actor = _make(doc, chunk, country=belongs.country, sectors=[sector], role=role,
                              resolved_by=belongs.resolved_by)
                out.append((chunk, actor))
                continue
            patron = loyal_to(doc, chunk, found=out + found[k + 1:])
            if patron is not None:  # "tribal fighters loyal to the new administration": its forces
                actor = _make(doc, chunk, country=patron.country, sectors=loyal_sectors(sector, patron), role=role,
                              resolved_by=patron.resolved_by)
                memory.remember(doc, chunk, actor=actor)
                out.append((chunk, actor))
                continue
            belongs = owner(doc, chunk, found=out + found[k + 1:])
            if (belongs is None and memory.person is not None and sector in _STATE_BODY_SECTORS
                    and _person_possessed(doc, chunk, found=out)):
                # "His department accused ...": the person the sentences before named
                belongs = replace(memory.person, resolved_by="coreference")
            if belongs is not None:
                # "fighters of the Widget Front" -> its country and organisation, their own sector
                # ("officials of X" keep X's: any body has officials)
                # ("officials of X" keep X's: any body has officials; "the secretary of the TWU" too,
                # and "the general secretary of the union" is no party officer)
                civil = set(belongs.sectors) & _CIVIL_BODIES
                sectors = belongs.sectors if (sector == "GOV" and (belongs.org or civil)
                                              or sector == "PTY" and civil and "PTY" not in civil) else [sector]
                actor = _make(doc, chunk, country=belongs.country, sectors=sectors, org=belongs.org,
                              role=role, kb_id=belongs.kb_id if belongs.org else None,
                              resolved_by=belongs.resolved_by)
            elif (company := memory.organisation(doc, chunk, sector=sector)) is not None:
                actor = corefer(doc, chunk, antecedent=company)  # "Qantas ... the airline"
            elif (same := article_antecedent(doc, chunk, heads=heads or {}, definite=DEFINITE)) is not None:
                # "the Government" of a story that names "the Australian Government"
                actor = replace(group_actor(doc, chunk, sector=sector, role=role, country=same, country_from=None),
                                resolved_by="coreference")
            elif sector == "GOV" and memory.state and is_definite(doc, chunk, definite=DEFINITE):
                # "Israel said it would reopen the crossing. The Government also promised ...": the
                # state an earlier sentence named as its subject
                actor = replace(group_actor(doc, chunk, sector=sector, role=role, country=memory.state,
                                            country_from=None), resolved_by="coreference")
            elif (sector == "GOV" and (state := memory.officials_state()) and is_definite(doc, chunk, definite=DEFINITE)
                  and doc[chunk.start:chunk.end].root.lemma_.lower() in GOVERNMENT_NOUNS):
                # "Prime Minister X says ... the Government will ...": the government of the one
                # state whose ministers or head the story named before
                actor = replace(group_actor(doc, chunk, sector=sector, role=role, country=state,
                                            country_from=None), resolved_by="coreference")
            else:
                country, source = origin_place(doc, chunk, found=found), "place"
                if (country is None and takes_context(doc, chunk)
                        and (joined := conjoined_country(doc, chunk, resolved=out)) is not None):
                    # "Israeli soldiers and police in Hebron": the soldiers' country, not the place's
                    actor = replace(group_actor(doc, chunk, sector=sector, role=role, country=joined,
                                                country_from=None), resolved_by="coreference")
                    memory.remember(doc, chunk, actor=actor)
                    out.append((chunk, actor))
                    continue
                if country is None and takes_context(doc, chunk):
                    country = sentence_place(doc, chunk, places=places)
                    if country is None and memory.place and is_local(doc, chunk):
                        country = memory.place  # "a local commander": where the story last was
                    if country is None and (same := story_antecedent(doc, chunk, heads=kinds or {})):
                        # "Palestinian militants fired ... Militants also attacked": the same kind
                        actor = replace(group_actor(doc, chunk, sector=sector, role=role, country=same,
                                                    country_from=None), resolved_by="coreference")
                        memory.remember(doc, chunk, actor=actor)
                        out.append((chunk, actor))
                        continue
                    if country is None and sector in PARTY_SECTORS and len(memory.governments) == 1:
                        # "The Federal Cabinet ... the Labor party": the parties of that government's state
                        (home,) = memory.governments
                        country, source = home, "government"
                        period = _named_party(doc, chunk, country=home, kb=kb, as_of=as_of) if kb else None
                        if period is not None:
                            actor = replace(_make(doc, chunk, country=period.country, sectors=[period.sector],
                                                  org=period.org, name=period.name, kb_id=period.org,
                                                  resolved_by="context"), country_from="government")
                            memory.remember(doc, chunk, actor=actor)
                            out.append((chunk, actor))
                            continue
                    elif country is not None:
                        source = "place"
                    else:
                        country, source = fallback.first()
                speaker = speaker_country(doc, chunk, sector=sector, found=out + found[k:]) if source != "place" else None
                if speaker is not None:  # "Mr Rudd says consular officials must ...": his country's
                    country, source = speaker, "speaker"
                actor = group_actor(doc, chunk, sector=sector, role=role, country=country, country_from=source)
            memory.remember(doc, chunk, actor=actor)
        out.append((chunk, actor))
    return out


def _sentence_person(doc, found: list[tuple[Chunk, Actor | None]]) -> Actor | None:
    """The person with a country a sentence names, its last clause subject first, else its last
    one; None for none."""
    people = [(c, a) for c, a in found if a is not None and a.country and c.kinds & _PERSON_ATOMS]
    subjects = [(c, a) for c, a in people if doc[c.start:c.end].root.dep_ in ("nsubj", "nsubjpass")]
    return (subjects or people)[-1][1] if people else None


#: Sectors of the bodies a person heads or speaks for ("his government", "her party"), not of
#: private people ("his children").
_STATE_BODY_SECTORS = frozenset({"GOV", "MIL", "COP", "SPY", "JUD", "LEG", "OPP", "PTY"})
#: Atom kinds of a person's name.
_PERSON_ATOMS = frozenset({"person", "surname", "unknown_person"})


def _person_possessed(doc, chunk: Chunk, *, found: list[tuple[Chunk, Actor | None]]) -> bool:
    """'his government', 'her ministry' with no person named before it in its own sentence."""
    root = doc[chunk.start:chunk.end].root
    return (any(c.dep_ == "poss" and c.lower_ in PERSON_POSSESSIVES for c in root.children)
            and not any(c.end <= chunk.start and c.kinds & _PERSON_ATOMS for c, _ in found))


def _dispute_parties(doc, chunk: Chunk) -> bool:
    """'The parties', 'both parties': the plural noun "parties" alone, definite, with no name or
    kind of party ("the opposition parties", "the Labor Party" are parties)."""
    root = doc[chunk.start:chunk.end].root
    return (root.lemma_.lower() == "party" and root.tag_ == "NNS" and chunk.end - chunk.start == 1
            and not any(c.dep_ in ("amod", "compound", "nmod") for c in root.children)
            and any(c.dep_ in ("det", "predet", "nummod") for c in root.children))


def _named_party(doc, chunk: Chunk, *, country: str, kb: KnowledgeBase, as_of: dt.date | None) -> OrgPeriod | None:
    """The party a capitalised short name in ``chunk`` stands for in ``country``
    (``data/acronym_readings.csv``: "Labor" in Australia), as of the date; None for none."""
    for tok in doc[chunk.start:chunk.end]:
        hit = reading(tok.text, country, kb) if tok.text[:1].isupper() and tok.is_alpha else None
        period = kb.org_period(hit.value, as_of) if hit is not None and hit.kind == "org" else None
        if period is not None and period.kind == "party":
            return period
    return None


def _government_of_place(doc, found: list[tuple[Chunk, Actor | None]]) -> list[tuple[Chunk, Actor | None]]:
    """'The Australian Government has suspended the claims while the interim government is
    established in Kabul': a government body ("the government", "the cabinet") that coreference
    gave an earlier state's country, in a clause tied to a place of another state, is that place's
    government (``context``), as an indefinite one would be ("a new government will be formed in
    Mogadishu"). Only the subject of the clause the place is tied to."""
    if not any(a is not None and a.resolved_by == "coreference" for _, a in found):
        return found
    places = sentence_places(doc, found)
    out: list[tuple[Chunk, Actor | None]] = []
    for chunk, actor in found:
        root = doc[chunk.start:chunk.end].root
        if (actor is not None and actor.resolved_by == "coreference" and actor.sectors == ["GOV"] and places
                and root.lemma_.lower() in GOVERNMENT_NOUNS and root.dep_ in ("nsubj", "nsubjpass")):
            # a place of the body's own clause ("is established in Kabul"), not of one above it
            # ("In Washington, the IMF said it would work with the new cabinet")
            tied = {a.country for c, a in places if (w := place_of(doc, c)) is not None
                    and doc[w[0]].head.i in (root.i, root.head.i)}
            there = tied.pop() if len(tied) == 1 else None
            if there is not None and there != actor.country and is_state_country(there):
                actor = group_actor(doc, chunk, sector="GOV", role=None, country=there, country_from="place")
        out.append((chunk, actor))
    return out


def _titled_by_context(doc, found: list[tuple[Chunk, Actor | None]], *, fallback: DocumentCountries,
                       memory: Memory) -> list[tuple[Chunk, Actor | None]]:
    """"Gov. Jane Roe declined to comment", "Jan Kowal, a spokesman for the UN, said", "the church
    leader Jan Kowal": a person the knowledge base does not know, with a title (or a noun of a
    kind of person) but no country in the phrase, that no rule above
    resolved, is still an actor (issue 9: never drop an event for an actor without a country). Its
    sector is its title's; its country and body are those of the phrase that says whom it works
    for ("a spokesman for the UN", "his spokesman"); else, for a title held at home (a governor,
    judge, general, police chief, lawmaker: ``_HOME_TITLES``; a minister or envoy is often
    abroad), a place of its own clause, the dateline or the outlet (resolved_by "context", no
    confidence bonus; not the article's main country: an Australian story about terrorism may
    name the United States most); else null, visibly (resolved_by "sector")."""
    places = sentence_places(doc, found)
    out: list[tuple[Chunk, Actor | None]] = []
    for k, (chunk, actor) in enumerate(found):
        # a title, else, for a clause's subject, a noun of a kind of person: "the church leader Jan
        # Kowal said" (elsewhere, as in "ordered the opposition newspaper La Prensa to close", the
        # coder's own rules for a target of no known actor apply)
        titles = [a for a in chunk.atoms if a.kind == "title"]
        if not titles and clause_subject(doc[chunk.start:chunk.end].root):
            titles = [a for a in chunk.atoms if a.kind == "sector" and a.hit.value.kind == "noun"]
        namesake = (actor is None and chunk.kinds == {"title", "surname"}  # ``_titled_namesake``
                    and any(t.is_punct for t in doc[chunk.atoms[-2].end:chunk.atoms[-1].start]))
        if (actor is None and titles and ("unknown_person" in chunk.kinds or namesake)
                and not chunk.kinds & {"country", "org", "person"} and ("surname" not in chunk.kinds or namesake)):
            actor = _titled_unknown(doc, chunk, titles[-1], found=out + found[k + 1:], places=places,
                                    fallback=fallback, governments=memory.governments)
            person = next(a for a in chunk.atoms if a.kind in ("unknown_person", "surname"))
            if namesake:
                memory.surnames[norm_exact(doc[person.end - 1].text)] = actor
            memory.surnames.setdefault(norm_exact(doc[person.end - 1].text), actor)
            memory.remember(doc, chunk, actor=actor)
        out.append((chunk, actor))
    return out


def _people_by_body(doc, found: list[tuple[Chunk, Actor | None]], *,
                    memory: Memory) -> list[tuple[Chunk, Actor | None]]:
    """"Doug Cameron from the AMWU says", "Jane Roe of Amnesty International warned": a person the
    knowledge base does not know, named with no title, whose own from/of/for phrase names an
    organisation speaks for it (its country and sectors; resolved_by that body's). Only an
    organisation: "a man from Sydney" is no body's. The surname alone later is the same actor."""
    out: list[tuple[Chunk, Actor | None]] = []
    for k, (chunk, actor) in enumerate(found):
        if actor is None and chunk.kinds == {"unknown_person"}:
            body = _employer(doc, doc[chunk.start:chunk.end].root, found=out + found[k + 1:])
            if body is not None and body.org:
                person = chunk.atoms[-1]
                actor = _make(doc, chunk, country=body.country, sectors=list(body.sectors), org=body.org,
                              name=doc[person.start:person.end].text, kb_id=body.kb_id,
                              resolved_by=body.resolved_by)
                memory.surnames.setdefault(norm_exact(doc[person.end - 1].text), actor)
                memory.remember(doc, chunk, actor=actor)
        out.append((chunk, actor))
    return out


def _titled_unknown(doc, chunk: Chunk, title_atom, *, found: list[tuple[Chunk, Actor | None]],
                    places: list[tuple[Chunk, Actor]], fallback: DocumentCountries,
                    governments: set[str] = frozenset()) -> Actor:
    """The actor of one titled unknown person (see ``_titled_by_context``). A government title
    ("Attorney-General Daryl Williams") with no other clue belongs to the one government the
    article named before it ("The Federal Cabinet in Sydney has endorsed ..."; country_from
    "government"): a story that names one cabinet at work names its ministers next."""
    phrase = Phrase.read(doc, chunk)
    title = title_atom.hit.value
    sector = "ELI" if phrase.former or title.kind == "former" else title.sector
    before = next((b for b in chunk.atoms if b.kind == "sector" and b.end == title_atom.start), None)
    if sector == "GOV" and before is not None and before.hit.value.sector not in (None, "GOV"):
        sector = before.hit.value.sector  # "the church leader X", "the rebel spokesman X"
    person = next(a for a in chunk.atoms if a.kind in ("unknown_person", "surname"))
    name, role = doc[person.start:person.end].text, doc[title_atom.start:title_atom.end].text
    # "X, a spokesman for the UN": the title's own phrase says whom the person works for
    belongs = (_employer(doc, doc[title_atom.start:title_atom.end].root, found=found)
               or owner(doc, Chunk(atoms=[title_atom], start=title_atom.start, end=title_atom.end), found=found))
    if belongs is not None:
        # a generic title takes its body's sector: "a spokesman for the army" is military
        sectors = belongs.sectors if sector == "GOV" and (belongs.org or belongs.sectors) else [sector]
        return _make(doc, chunk, country=belongs.country, sectors=sectors, org=belongs.org, name=name,
                     role=role, kb_id=belongs.kb_id if belongs.org else None, resolved_by=belongs.resolved_by)
    country, source = None, None
    if title.kind in _HOME_TITLES or title.kind == "former":
        country, source = tied_place(doc, chunk, places=places), "place"
        if country is None:  # not the main country: a story may name a foreign state more than its own
            country, source = ((fallback.dateline, "dateline") if fallback.dateline
                               else (fallback.outlet, "outlet") if fallback.outlet else (None, None))
    if country is None and sector == "GOV" and title.kind in _CABINET_TITLES and len(governments) == 1:
        # a minister or official, not a head: "President Rabbani" in a story of the German
        # government's conference is no German president
        (country,), source = governments, "government"
    if country is None and sector in _SHADOW_SECTORS and title.kind == "legislative" and len(governments) == 1:
        # "Shadow Defence Minister Chris Evans says the Government should come clean": a shadow
        # minister shadows the one cabinet the story named (the same state's opposition)
        (country,), source = governments, "government"
    if (country is None and sector == "GOV" and getattr(title, "title", None) in _HOME_MINISTERS and not governments and fallback.main
            and not any(a is not None and a.country and a.resolved_by not in ("context", "coreference") for c, a in found)):
        # "Attorney-General John Ashcroft claims ...": a minister of home affairs (who acts at home;
        # a trade or foreign minister travels) of no state named, in a sentence
        # that names no country (a minister abroad talks of the state he visits: "the Federal
        # Agriculture Minister, Warren Truss, says ... the United States Congress") and a story of
        # one main country and no government named: that country's (weak, "context")
        country, source = fallback.main, "main-country"
    if country is None and fallback.only and title.kind in _OWN_STORY_TITLES:
        # a story that names one country at all: its judges, governors and businessmen are its own
        # (not its presidents or envoys: a conference a government hosts names foreign heads)
        country, source = fallback.only, "main-country"
    actor = _make(doc, chunk, country=country, sectors=[sector], name=name, role=role,
                  resolved_by="context" if country else "sector")
    return replace(actor, country_from=source if country else None)


def _forces_by_partner(doc, found: list[tuple[Chunk, Actor | None]]) -> list[tuple[Chunk, Actor | None]]:
    """"Danish liaison officers are working with the Canadian Army": a force that is police or army
    by whom it serves with (``groups.partner_sector``) takes that sector from its partner."""
    out: list[tuple[Chunk, Actor | None]] = []
    for chunk, actor in found:
        if actor is not None and len(actor.sectors) == 1 and actor.sectors[0] in FORCE_SECTORS:
            sector = partner_sector(doc, chunk, found=found)
            if sector is not None and sector != actor.sectors[0]:
                actor = replace(actor, sectors=[sector],
                                code=actor_code(actor.country, sectors=[sector], org=actor.org))
        out.append((chunk, actor))
    return out


def _attackers_of_named_group(doc, found: list[tuple[Chunk, Actor | None]]) -> list[tuple[Chunk, Actor | None]]:
    """'Palestinian gunmen from the militant group Islamic Jihad': attackers are unidentified armed
    forces (UAF) only while no group is named for them; an organisation their from/of phrase names
    (or names right after its kind noun: "the movement X", which the parser often cuts off) is
    theirs, with its sectors. Their own country word stays ("Palestinian"), a country guessed
    from the place does not."""
    out: list[tuple[Chunk, Actor | None]] = []
    for chunk, actor in found:
        if actor is not None and actor.sectors == [UNIDENTIFIED_FORCES]:
            root = doc[chunk.start:chunk.end].root
            objs = [o for p in root.children if p.dep_ == "prep" and p.lower_ in MEMBER_PREPS
                    for o in p.children if o.dep_ == "pobj"]
            group = next((a for o in objs for c, a in found
                          if a is not None and a.org and (c.start <= o.i < c.end or c.start == o.i + 1)), None)
            if group is not None:
                # a country guessed from the place ("in Haifa") gives way to the group's
                guessed = actor.resolved_by == "context" or not actor.country
                country = group.country if guessed else actor.country
                actor = replace(actor, sectors=list(group.sectors), org=group.org, kb_id=group.kb_id,
                                country=country, resolved_by=group.resolved_by if guessed else actor.resolved_by, code=actor_code(country, sectors=list(group.sectors), org=group.org))
        out.append((chunk, actor))
    return out


#: Prefixes that set a force against what follows ("anti-Taliban forces").
_AGAINST_PREFIXES = word_list("actors_against_prefixes")
#: Sectors of the armed groups a force may be set against by name (rebels, insurgents).
_REBEL_SECTORS = frozenset({"REB", "INS"})


def _opposed_group(doc, chunk: Chunk, *, kb: KnowledgeBase, as_of) -> OrgPeriod | None:
    """The armed group an "anti-X" before the phrase names ("anti-Taliban forces": the Taliban, a
    rebel group on the date), or None."""
    k = chunk.start
    if k < 3 or doc[k - 2].text != "-" or doc[k - 3].lower_ not in _AGAINST_PREFIXES or doc[k - 3].whitespace_:
        return None
    for hit in kb.lookup(doc[k - 1].text):
        if hit.kind == "org":
            period = kb.org_period(hit.value, as_of)
            if period is not None and (period.sector in _REBEL_SECTORS or period.country == "IMG"):
                return period
    return None


def _against_armed_group(doc, found: list[tuple[Chunk, Actor | None]], *, kb: KnowledgeBase,
                         as_of) -> list[tuple[Chunk, Actor | None]]:
    """'Local anti-Taliban fighters have pulled out', 'anti-Taliban forces captured the heights':
    fighters named by their kind and set against a named armed group fight on the side of the
    order that group fights (the gold README's convention: the anti-Taliban forces of 2001 are AFG
    MIL), so they are army, not rebels; with no country of their own, that of the group they fight
    (weak, "context"). Not "anti-government rebels": a government is no armed group."""
    out: list[tuple[Chunk, Actor | None]] = []
    for chunk, actor in found:
        if (actor is not None and not actor.org and not actor.name and actor.sectors
                and set(actor.sectors) <= {MILITARY_SECTOR, *_REBEL_SECTORS}):
            group = _opposed_group(doc, chunk, kb=kb, as_of=as_of)
            if group is not None:
                country, how = actor.country, actor.resolved_by
                if not country and is_state_country(group.country):
                    country, how = group.country, "context"
                actor = replace(actor, sectors=[MILITARY_SECTOR], country=country, resolved_by=how,
                                code=actor_code(country, sectors=[MILITARY_SECTOR], org=None))
        out.append((chunk, actor))
    return out


def _appositive_names(doc, found: list[tuple[Chunk, Actor | None]], *, memory: Memory) -> None:
    """'A spokesman for provincial governor Gul Agha, Akbar Jan, says ...': the name after a titled
    group is that person's, so a later "Mr Jan said" is the spokesman. The parser often hangs the
    name on the nearer person ("Gul Agha"); a person already named has no second name, so it goes to
    the group. Records the surname for later mentions; changes no actor of this sentence."""
    covered = {i for c, a in found for i in range(c.start, c.end)  # a name known only as a name is free
               if not (c.kinds == {"unknown_person"} and (a is None or not a.country))}
    for chunk, actor in found:
        if actor is None or not actor.country or actor.name or not chunk.atoms or chunk.atoms[-1].kind not in ("title", "sector"):
            continue
        root = doc[chunk.start:chunk.end].root
        hosts = [root] + [o for p in root.children if p.dep_ == "prep" and p.lower_ in MEMBER_PREPS
                          for o in p.children if o.dep_ == "pobj" and o.ent_type_ == "PERSON"]
        for host in hosts:
            for t in host.children:
                if t.dep_ != "appos" or t.pos_ != "PROPN" or t.i in covered or t.ent_type_ in ("GPE", "ORG", "NORP"):
                    continue
                start = min([t.i] + [c.i for c in t.children if c.dep_ == "compound" and c.pos_ == "PROPN"])
                memory.surnames.setdefault(norm_exact(t.text), replace(actor, name=doc[start:t.i + 1].text))


def _named_after_role(doc, found: list[tuple[Chunk, Actor | None]], *,
                      memory: Memory) -> list[tuple[Chunk, Actor | None]]:
    """'The Afghan defence minister, Mohammad Fahim says ...', 'The Kenyan head of police, John
    Kamau says ...': a name the knowledge base does not know, set off by a comma right after a
    phrase of a role (a title or sector word) with a country, is the holder of that role, whatever
    the parser hung it on (without the closing comma it often makes the name the subject and the
    role a loose phrase). Later the surname alone is the same actor (resolved_by
    "coreference")."""
    out: list[tuple[Chunk, Actor | None]] = []
    for k, (chunk, actor) in enumerate(found):
        if (k and chunk.kinds == {"unknown_person"} and (actor is None or not (actor.country or actor.sectors))
                and chunk.start >= 2 and doc[chunk.start - 1].text == ","
                and not (chunk.end < len(doc) and doc[chunk.end].pos_ == "CCONJ")):  # not a list: "X, Y and Z"
            role_chunk, role = out[-1]
            if (role is not None and role.country and not role.name and role_chunk.end == chunk.start - 1
                    and role_chunk.atoms and role_chunk.atoms[-1].kind in ("title", "sector")
                    and "unknown_person" not in role_chunk.kinds):
                actor = _role_holder(doc, chunk, role, memory=memory)
        out.append((chunk, actor))
    return out


def _role_holder(doc, chunk: Chunk, role: Actor, *, memory: Memory) -> Actor:
    """The person a name next to a role phrase names: the role's actor under the name's words, also
    for the bare surname later in the article."""
    span = doc[chunk.start:chunk.end]
    actor = replace(role, text=span.text, span=(span.start_char, span.end_char), name=span.text,
                    sectors=list(role.sectors), kb_id=None, resolved_by="coreference")
    memory.surnames[norm_exact(doc[chunk.end - 1].text)] = actor
    return actor


def _appositive_surnames(doc, found: list[tuple[Chunk, Actor | None]], *,
                         memory: Memory) -> list[tuple[Chunk, Actor | None]]:
    """'Mr Ali's spokesman, Amin, told AFP': a bare surname in apposition to a phrase of a role
    (a title or sector word) with a country is the holder of that role, not a person of the
    knowledge base of that surname from another country (Idi Amin); later "Amin said" too."""
    out: list[tuple[Chunk, Actor | None]] = []
    for chunk, actor in found:
        root = doc[chunk.start:chunk.end].root
        if (actor is not None and actor.resolved_by in ("kb", "coreference") and len(chunk.atoms) == 1
                and chunk.atoms[0].kind == "surname" and root.dep_ == "appos"):
            host = next((a for c, a in found if c.start <= root.head.i < c.end and a is not None and a.country
                         and c.atoms and c.atoms[-1].kind in ("title", "sector")), None)
            if host is not None and host.country != actor.country:
                actor = _role_holder(doc, chunk, host, memory=memory)
        out.append((chunk, actor))
    return out


def _named_subjects(doc, found: list[tuple[Chunk, Actor | None]], *,
                    memory: Memory) -> list[tuple[Chunk, Actor | None]]:
    """"Mr Porter has rejected the allegation", "Meyer and Reives said": a person the
    knowledge base does not know, with no title, country or body in the phrase, who is the subject
    of a clause, is still the actor of what the clause says (issue 9): kept with the name and
    nothing else (code, country and sector null: nothing in the phrase tells them, and the
    article's country would make the person stand for the state). A name in any other place
    ("met Jane Roe", "Roe's book") stays no actor. So is a body the tagger names as a clause's
    subject and nothing else tells of ("The BCFL has said": an "unknown_body" atom)."""
    out: list[tuple[Chunk, Actor | None]] = []
    for chunk, actor in found:
        if actor is None and chunk.kinds == {"unknown_body"} and clause_subject(doc[chunk.start:chunk.end].root):
            # "The BCFL has said": a body named alone (``atoms``)
            actor = _make(doc, chunk, country=None, sectors=[], name=doc[chunk.start:chunk.end].text)
        elif actor is None and chunk.kinds == {"unknown_person"} and len(chunk.atoms) == 1 and not chunk.atoms[0].weak:
            if clause_subject(doc[chunk.start:chunk.end].root) or _represented(doc[chunk.start:chunk.end].root):
                actor = _make(doc, chunk, country=None, sectors=[], name=doc[chunk.start:chunk.end].text)
                memory.surnames.setdefault(norm_exact(doc[chunk.end - 1].text), actor)
        out.append((chunk, actor))
    return out


#: Atom kinds of a body's name: what an acronym may be defined as (not a person's name).
_BODY_KINDS = frozenset({"org", "sector", "country", "unknown_body"})


def _defined_acronyms(doc, found: list[tuple[Chunk, Actor | None]], *, definitions: list[Definition],
                      memory: Memory) -> list[tuple[Chunk, Actor | None]]:
    """'Bill Shorten of the Australian Workers Union (AWU) says ... the AWU and Qantas are still
    talking': an acronym the article defines after (or before) a name that resolved to a body
    is that body wherever it stands alone later in the document (``defined``; resolved_by
    "coreference"). Records this sentence's definitions, then resolves its bare acronyms."""
    if not found:
        return found
    lo, hi = found[0][0].start, found[-1][0].end
    for d in definitions:
        if d.acronym in memory.acronyms or not lo <= d.token < hi + 3:
            continue
        for chunk, actor in found:
            if (actor is not None and actor.country and chunk.start < d.name_end <= chunk.end
                    and chunk.atoms and chunk.atoms[-1].kind in _BODY_KINDS and chunk.start < chunk.end):
                memory.acronyms[d.acronym] = actor
                break
    return _acronym_uses(doc, found, memory=memory) if memory.acronyms else found


def _acronym_uses(doc, found: list[tuple[Chunk, Actor | None]], *, memory: Memory) -> list[tuple[Chunk, Actor | None]]:
    """Each bare acronym of ``found`` an earlier definition made an actor (``memory.acronyms``)."""
    out: list[tuple[Chunk, Actor | None]] = []
    for chunk, actor in found:
        text = doc[chunk.start:chunk.end].text
        if (actor is None or actor.country is None) and chunk.kinds == {"unknown_body"} and text in memory.acronyms:
            actor = corefer(doc, chunk, antecedent=memory.acronyms[text])
        out.append((chunk, actor))
    return out


#: Nouns of a person news introduces before naming them ("an Adelaide man", "a British woman").
_NEWCOMER_NOUNS = word_list("actors_newcomer_nouns")
#: "a", "an": a person noun after one is someone not yet named.
_INDEFINITE = word_list("actors_indefinite_articles")
#: Verbs of saying: their subject is a speaker, not the person the story is about.
_SAY_VERBS = word_list("say_verbs")


def _sent_end(doc, first: int) -> int:
    """End token of the sentence starting at ``first`` (the doc's end when it has no sentence marks)."""
    ends = doc.user_data.get(_SENT_ENDS)
    if ends is None:
        ends = {}
        for i in range(len(doc)):
            ends[sent_start(doc, i)] = i + 1
        doc.user_data[_SENT_ENDS] = ends
    return ends.get(first, len(doc))


_ENTS_BY_SENT = "flashpoint_entities_by_sentence"
_SENT_ENDS = "flashpoint_sentence_ends"


def _entities_by_sentence(doc) -> dict[int, list]:
    """The tagger's entities by the start token of their sentence (computed once per doc)."""
    cached = doc.user_data.get(_ENTS_BY_SENT)
    if cached is None:
        cached = {}
        for e in entities(doc):
            cached.setdefault(sent_start(doc, e.start), []).append(e)
        doc.user_data[_ENTS_BY_SENT] = cached
    return cached


def _newcomer(doc, found: list[tuple[Chunk, Actor | None]], *, kb: KnowledgeBase, first: int) -> str | None:
    """The country of a person the sentence starting at ``first`` introduces without a name, by
    nationality or home town ("an Adelaide man suspected of ...", "a French Moroccan man has been
    charged"): an indefinite person noun whose first modifier is a demonym or a place of a state.
    News names such a person soon after ("David Hicks, 26, was captured"): ``_named_newcomer``."""
    # the nouns a name modifies: of an actor ("French") or of an entity of the tagger ("Adelaide")
    # (the last word of a name stands for its root: no Span is built)
    roots = [doc[c.end - 1] for c, a in found if a is not None and a.country and not a.sectors]
    roots += [doc[e.end - 1] for e in _entities_by_sentence(doc).get(first, ())]
    heads = sorted({r.head.i for r in roots if r.dep_ in ("amod", "compound", "nmod") and r.head.i > r.i})
    for tok in (doc[i] for i in heads):
        if tok.lemma_.lower() not in _NEWCOMER_NOUNS or tok.tag_ != "NN":
            continue
        if not any(c.dep_ == "det" and c.lower_ in _INDEFINITE for c in tok.children):
            continue
        if any(c.dep_ == "appos" for c in tok.children):
            continue  # "a British man, John Roe, ...": named at once
        for mod in [c for c in tok.children if c.dep_ in ("amod", "compound", "nmod") and c.i < tok.i]:
            actor = next((a for c, a in found if c.start <= mod.i < c.end), None)
            if actor is not None:
                if actor.country and not actor.sectors and actor.country not in NON_STATE_CODES:
                    return actor.country
                break
            place = kb.places(mod.text) if kb.places is not None and mod.text[:1].isupper() else None
            if place is not None and place[0] in kb.countries:
                return place[0]
    return None


def _named_newcomer(doc, found: list[tuple[Chunk, Actor | None]], *,
                    memory: Memory) -> list[tuple[Chunk, Actor | None]]:
    """'An Adelaide man suspected of fighting alongside the Taliban ... David Hicks, 26, was
    captured': the first person an earlier sentence introduced by nationality or home town only
    (``memory.newcomer``) is the next person named by name alone as the subject of what happens
    (not of a verb of saying: a speaker is someone else), and takes that country (resolved_by
    "coreference"); later "Mr Hicks" follows the surname."""
    if memory.newcomer is None:
        return found
    out = []
    for chunk, actor in found:
        if (memory.newcomer is not None and actor is not None and actor.name and actor.country is None
                and not actor.sectors and actor.org is None and chunk.kinds == {"unknown_person"}):
            root = doc[chunk.start:chunk.end].root
            if root.head.lemma_.lower() not in _SAY_VERBS:
                actor = replace(actor, country=memory.newcomer, code=memory.newcomer, resolved_by="coreference")
                memory.surnames[norm_exact(doc[chunk.end - 1].text)] = actor
                memory.newcomer = None
        out.append((chunk, actor))
    return out


def _unnamed_office(doc, found: list[tuple[Chunk, Actor | None]]) -> Actor | None:
    """The subject of the sentence's main clause when it is an office or body member of a known
    country named by title with no name ("The former managing director of X has denied ...",
    "Brisbane's Lord Mayor says ..."), for ``_named_office``; else None."""
    for chunk, actor in found:
        root = doc[chunk.start:chunk.end].root
        if (actor is not None and actor.country and actor.name is None and "title" in chunk.kinds
                and not chunk.kinds & {"unknown_person", "person", "surname"}
                and root.dep_ in ("nsubj", "nsubjpass") and root.head.dep_ == "ROOT"):
            return actor
    return None


def _named_office(doc, found: list[tuple[Chunk, Actor | None]], *,
                  memory: Memory) -> list[tuple[Chunk, Actor | None]]:
    """'The former managing director of One.Tel has denied the claims. Jodee Rich says they are
    baseless': news names the person of a lead that gave only the office in the next sentence,
    as the speaker of its main clause. A person the knowledge base does not know, with no title or
    country of his own, who says what the sentence right after such a lead says, is that office
    (not the doer of an act: "The Premier says he is responsible. Claude Gabriel stabbed a teenager")
    (resolved_by "coreference"); later "Mr Rich" follows the surname."""
    if memory.unnamed is None:
        return found
    out = []
    for chunk, actor in found:
        root = doc[chunk.start:chunk.end].root
        if (memory.unnamed is not None and chunk.kinds == {"unknown_person"} and root.dep_ == "nsubj"
                and root.head.dep_ == "ROOT" and root.head.lemma_.lower() in _SAY_VERBS
                and (actor is None or (actor.country is None and not actor.sectors))):
            person = chunk.atoms[-1]
            actor = replace(corefer(doc, chunk, antecedent=memory.unnamed),
                            name=doc[person.start:person.end].text)
            memory.surnames[norm_exact(doc[person.end - 1].text)] = actor
            memory.unnamed = None
        out.append((chunk, actor))
    return out


def _aged(doc, found: list[tuple[Chunk, Actor | None]], *, first: int,
          memory: Memory) -> list[tuple[Chunk, Actor]]:
    """'David Hicks, 26, was captured ... the facts about the 26-year-old who has been arrested':
    a definite "the N-year-old" is the person an earlier sentence gave that age (resolved_by
    "coreference"); records this sentence's ages ("Name, 26,") for later ones. Returns the new
    (chunk, actor) pairs."""
    out: list[tuple[Chunk, Actor]] = []
    end = _sent_end(doc, first) if memory.ages else first  # no age given yet: nothing to look for
    covered = {i for c, a in found for i in range(c.start, c.end)} if memory.ages else set()
    for tok in doc[first:end]:  # "the 26 - year - old": "old" <- "year" <- "26"
        if tok.lower_ != "old" or tok.i in covered or not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
            continue
        years = [c for c in tok.children if c.lower_ == "year" and c.i < tok.i]
        num = [n for y in years for n in y.children if n.like_num and n.dep_ == "nummod"]
        if not num or num[0].text not in memory.ages:
            continue
        start = min(c.i for c in tok.children if c.dep_ == "det")
        span = doc[start:tok.i + 1]
        actor = replace(memory.ages[num[0].text], text=span.text, span=(span.start_char, span.end_char),
                        resolved_by="coreference")
        out.append((Chunk(start=start, end=tok.i + 1, atoms=[]), actor))
    for chunk, actor in found:  # "David Hicks, 26, ...": the age set off after the name
        if actor is None or not actor.name or chunk.end + 2 >= len(doc) or doc[chunk.end].text != ",":
            continue
        age = doc[chunk.end + 1]
        if age.dep_ == "appos" and age.text.isdigit() and 0 < int(age.text) < 120:
            memory.ages.setdefault(age.text, actor)
    return out


#: Nouns of those who speak or act for a person ("Holcomb's office declined to comment").
_REPRESENTATIVE_NOUNS = word_list("actors_representative_nouns")


def _represented(tok) -> bool:
    """Whether ``tok`` is the owner of a clause subject that speaks for it ("Holcomb's office
    declined to comment", "Roe's spokesman said"): the person acts through them."""
    return (tok.dep_ == "poss" and clause_subject(tok.head)
            and (tok.head.lemma_.lower() in _REPRESENTATIVE_NOUNS or tok.head.lower_ in _REPRESENTATIVE_NOUNS))


#: How many for/of/from phrases deep an employer may be named ("Vice President of the Commission
#: for Culture, Science and Education of the Italian Chamber of Deputies": four).
_EMPLOYER_DEPTH = 4
#: Dependency labels of the words of a noun phrase that may name its country ("the Italian Chamber").
_NAME_MODIFIERS = frozenset({"compound", "amod", "poss", "nmod"})


def _employer(doc, tok, *, found: list[tuple[Chunk, Actor | None]], depth: int = 0) -> Actor | None:
    """The actor with a country named in the for/of/from phrase of ``tok``, also down a chain of
    such phrases and their conjuncts ("the head of the committee of the Italian parliament"), or
    None."""
    if depth >= _EMPLOYER_DEPTH:
        return None
    for poss in tok.children:  # "Austrade's general manager"
        if poss.dep_ == "poss":
            hit = next((a for c, a in found if c.start <= poss.i < c.end), None)
            if hit is not None and hit.country:
                return hit
    for prep in tok.children:
        if prep.dep_ != "prep" or prep.lower_ not in MEMBER_PREPS:
            continue
        for obj in prep.children:
            if obj.dep_ != "pobj":
                continue
            nouns = [obj]
            while nouns[-1] is not None and len(nouns) < 8:  # "Culture, Science, and Education"
                nouns.append(next((c for c in nouns[-1].children if c.dep_ == "conj"), None))
            nouns = [n for n in nouns if n is not None]
            for n in nouns:
                for w in (n, *[c for c in n.children if c.dep_ in _NAME_MODIFIERS]):
                    hit = next((a for c, a in found if c.start <= w.i < c.end), None)
                    if hit is not None and hit.country:
                        return hit
            for n in nouns:
                deeper = _employer(doc, n, found=found, depth=depth + 1)
                if deeper is not None:
                    return deeper
    return None


def _day(as_of) -> dt.date | None:
    """Accept a date, a datetime or an ISO string for ``as_of``."""
    if isinstance(as_of, str):
        return dt.date.fromisoformat(as_of[:10])
    if isinstance(as_of, dt.datetime):
        return as_of.date()
    return as_of


def resolve_text(text: str, kb: KnowledgeBase, *, as_of: dt.date | None = None,
                 context: str | None = None, nlp=None) -> Actor | None:
    """Resolve one mention string, with the same logic as ``find_actors``.

    With ``context`` (the sentence the text comes from) the sentence is parsed and the actor
    mention that best covers the text is returned, so the phrase around it counts ("officials" in
    "Russian officials said" is RUS GOV) and so does what it is part of ("Chad" in "Chad Miller"
    is no country). Without context, or when the text is not found in it, the text is parsed alone.
    """
    if nlp is None:
        nlp = load_model()
    if context:
        pos = context.find(text)
        if pos < 0:
            pos = context.lower().find(text.lower())
        if pos >= 0:
            return _pick(find_actors(nlp(context), kb, as_of=as_of), start=pos, end=pos + len(text))
    return _pick(find_actors(nlp(text), kb, as_of=as_of), start=0, end=len(text))


def _pick(mentions: list[ActorMention], *, start: int, end: int) -> Actor | None:
    """The mention that best covers chars ``[start, end)``: the most overlap, then the first."""
    best, best_overlap = None, 0
    for m in mentions:
        s, e = m.actor.span
        overlap = min(e, end) - max(s, start)
        if overlap > best_overlap:
            best, best_overlap = m.actor, overlap
    return best
