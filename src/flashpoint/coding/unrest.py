"""Unrest of people the copy names by kind (detainees, workers): whom it is against, who subdues them.

Asylum seekers in a detention centre who riot, chant, breach fences or try to break out protest
against the state holding them, though the copy names no target ("detainees breached compound
fencing overnight"); police or guards who use tear gas or water cannon on them are that state's
police, though the copy names no place of a country ("a water cannon was used to subdue
detainees"). One pass over the document's drafts after the coder (``code_doc``):

- a protest (CAMEO root 14) by refugees (REF) with no target, or only a state guessed from
  context, is against the government (GOV) of the host country;
- crowd control (175) on refugees by police of no known country is by the host country's police;
- a strike or protest by workers (LAB) with no target, or only a state guessed from context, is
  against the company (BUS, a named one) the story named last up to its sentence ("The company,
  Yallourn Energy, ... Sixty-five maintenance workers downed tools");
- an agentless hurt of police or guards "during the disturbance" (a riot, unrest, a protest) is
  part of that unrest, no attack by no one: dropped (the riot is coded where it is told).

The host country is the country of a place of the sentence, else the article's main country, else
of the government it last named, else of the nearest place named before (``resolved_by`` "context", ``country_from`` saying which). Nothing changes when neither is known.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Mapping

from ..ontology.codes import GOVERNMENT_SECTOR, POLICE_SECTOR, VIOLENCE_ROOTS, is_state_country
from ..records import Actor
from ..resources.words import word_list
from .drafts import EventDraft
from .restated import context_body

#: Sector of the people held whose unrest is against their host state.
REFUGEE_SECTOR = "REF"
#: Sectors of workers and of their employers.
LABOUR_SECTOR, BUSINESS_SECTOR = "LAB", "BUS"
PROTEST_ROOT = "14"
CROWD_FORCE_CODE = "175"
#: Nouns of unrest during which people may be hurt with no attacker named ("during the disturbance").
UNREST_NOUNS = word_list("coding_unrest_nouns")
#: Prepositions of a time of unrest ("during the disturbance", "in the riot").
_DURING_PREPS = word_list("coding_unrest_preps")


def unrest_roles(drafts: list[EventDraft], doc, *, home: str | None, places: Mapping[int, str],
                    mentions=()) -> list[EventDraft]:
    """``drafts`` with the host state or employer filled in and hurts during unrest dropped (module docstring)."""
    out: list[EventDraft] = []
    for d in drafts:
        if _hurt_in_unrest(d, doc):
            continue
        refugees_act = d.source is not None and d.source.sectors == [REFUGEE_SECTOR] and not d.source.country
        if refugees_act and d.cameo.startswith(PROTEST_ROOT) and _no_party(d.target):
            host = _host(d, doc, home=home, places=places, mentions=mentions, sector=GOVERNMENT_SECTOR)
            if host is not None:
                d = replace(d, target=host, why=f"{d.why}; refugees' unrest: against the host state's government")
        workers_act = d.source is not None and d.source.sectors == [LABOUR_SECTOR]
        if workers_act and d.cameo.startswith(PROTEST_ROOT) and _no_party(d.target):
            employer = _employer(d, doc, mentions)
            if employer is not None:
                d = replace(d, target=employer, why=f"{d.why}; workers' action: against the company the story named")
        on_refugees = d.target is not None and d.target.sectors == [REFUGEE_SECTOR]
        if (on_refugees and d.cameo == CROWD_FORCE_CODE and d.source is not None
                and d.source.sectors == [POLICE_SECTOR] and not d.source.country):
            host = _host(d, doc, home=home, places=places, mentions=mentions, sector=POLICE_SECTOR)
            if host is not None:
                d = replace(d, source=replace(host, text=d.source.text, span=d.source.span),
                            why=f"{d.why}; crowd control on refugees: the host state's police")
        out.append(d)
    return out


def _employer(d: EventDraft, doc, mentions) -> Actor | None:
    """'The company, Yallourn Energy, ... Sixty-five maintenance workers downed tools': the one
    company (BUS) the story named up to the workers' sentence, the last named; None when it named
    none."""
    end = doc[d.trigger_start].sent.end
    companies = [m.actor for m in mentions if m.end <= end and m.actor.sectors == [BUSINESS_SECTOR]
                 and (m.actor.org or m.actor.name or m.actor.resolved_by == "org")]
    return companies[-1] if companies else None


def _no_party(actor: Actor | None) -> bool:
    """No target, or only a state guessed from the story ("AUS" by default or context)."""
    return actor is None or (not actor.sectors and not actor.org and actor.resolved_by in ("default", "context", None))


def _host(d: EventDraft, doc, *, home: str | None, places: Mapping[int, str], mentions, sector: str) -> Actor | None:
    """The host state's ``sector`` (GOV or COP): the country of a place of the draft's sentence,
    else the article's main country, else the government named last before it, else the nearest
    place before; None when none is known."""
    tok = doc[d.trigger_start]
    sent = tok.sent
    near = [places[i] for i in range(sent.start, sent.end) if i in places and is_state_country(places[i])]
    # "a spokesman for Immigration Minister Philip Ruddock": the government the story last named
    governments = [m.actor.country for m in mentions if m.end <= sent.start and GOVERNMENT_SECTOR in (m.actor.sectors or ())
                   and is_state_country(m.actor.country)]
    before = [places[i] for i in sorted(places, reverse=True) if i < sent.start and is_state_country(places[i])]
    country, whence = ((near[0], "place") if near else (home, "main-country") if home
                       else (governments[-1], "government") if governments
                       else (before[0], "place") if before else (None, None))
    if not country or not is_state_country(country):
        return None
    return context_body(tok, country=country, sector=sector, whence=whence)


def _hurt_in_unrest(d: EventDraft, doc) -> bool:
    """'Six detention officers were injured during last night's disturbance': no doer named, police
    or guards (or people of no sector known) hurt, in a phrase of unrest."""
    if d.source is not None or d.cameo[:2] not in VIOLENCE_ROOTS:
        return False
    if d.target is not None and d.target.sectors != [POLICE_SECTOR]:
        return False  # "four guards were injured": guards of no sector known are no one else either
    verb = doc[d.trigger_start]
    return any(p.dep_ == "prep" and p.lower_ in _DURING_PREPS and any(
        g.dep_ == "pobj" and g.lemma_.lower() in UNREST_NOUNS for g in p.children) for p in verb.children)
