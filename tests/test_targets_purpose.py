"""Targets named by a clause of purpose (issue 9, item 3): an attack "to flush out the rebels" or
"in a bid to kill the militants" is aimed at them, not at the land it was done in; help handed
over "so the militia could defend the town" is for the militia. Sentences written for these
tests; actors are hand-built mentions (countries, and groups with a sector)."""

from __future__ import annotations

import pytest

from flashpoint.actors import ActorMention
from flashpoint.coding import code_doc
from flashpoint.records import Actor

COUNTRIES = {"Chad": "TCD", "Sudan": "SDN", "Chadian": "TCD", "Sudanese": "SDN"}
GROUPS = {"rebels": "REB", "militants": "REB", "militia": "REB", "civilians": "CVL", "troops": "MIL"}


def _mentions(doc):
    out = []
    for t in doc:
        if t.text in COUNTRIES:
            code = COUNTRIES[t.text]
            out.append(ActorMention(t.i, t.i + 1, t.i, Actor(text=t.text, span=(t.idx, t.idx + len(t.text)), code=code,
                                                             country=code, resolved_by="country")))
        elif t.text in GROUPS:
            sector = GROUPS[t.text]
            out.append(ActorMention(t.i, t.i + 1, t.i, Actor(text=t.text, span=(t.idx, t.idx + len(t.text)), code=sector,
                                                             sectors=[sector], resolved_by="sector")))
    return out


def _events(nlp, lexicon, text):
    doc = nlp(text)
    return {(doc[d.trigger_start].text, d.source and d.source.country, d.target and tuple(d.target.sectors or ()))
            for d in code_doc(doc, _mentions(doc), lexicon=lexicon) if d.modality.factual}


@pytest.mark.parametrize("text, expected", [
    ("Chad bombed the hills of Sudan to flush out the rebels.", ("bombed", "TCD", ("REB",))),
    ("Chad shelled the border villages of Sudan in an attempt to dislodge the militants.", ("shelled", "TCD", ("REB",))),
    ("Chad stepped up its bombing of Sudan in a bid to destroy the militia.", ("bombing", "TCD", ("REB",))),
    ("Chad handed over rifles so that the militia could defend the town.", ("handed", "TCD", ("REB",))),
])
def test_a_purpose_clause_names_the_target(nlp, lexicon, text, expected):
    assert expected in _events(nlp, lexicon, text)


@pytest.mark.parametrize("text, trigger", [
    # a purpose that is no pursuit of the ones named: the land attacked stays the target
    ("Chad bombed Sudan to protect the civilians.", "bombed"),
    # a named group attacked stays the target, whatever the purpose says
    ("Chad attacked Sudanese troops to flush out the rebels.", "attacked"),
])
def test_other_purposes_leave_the_target(nlp, lexicon, text, trigger):
    targets = {t for w, _, t in _events(nlp, lexicon, text) if w == trigger}
    assert targets and ("REB",) not in targets and ("CVL",) not in targets


def test_the_group_hit_takes_the_country_of_the_land_attacked(nlp, lexicon):
    doc = nlp("Chad bombed the hills of eastern Sudan to flush out the militants.")
    targets = [d.target for d in code_doc(doc, _mentions(doc), lexicon=lexicon) if doc[d.trigger_start].text == "bombed"]
    assert [(t.country, t.sectors, t.resolved_by, t.country_from) for t in targets] == [("SDN", ["REB"], "context", "place")]


@pytest.mark.parametrize("text", [
    "Chad attacked Sudanese troops, killing dozens of civilians.",
    "Chad bombed eastern Sudan, killing dozens of civilians.",  # whom it hit is no aim
])
def test_a_result_clause_names_no_target(nlp, lexicon, text):
    assert all(t != ("CVL",) for w, _, t in _events(nlp, lexicon, text) if w in ("attacked", "bombed"))


@pytest.mark.parametrize("text", [
    "Chad has accused Nouri of plotting against the Sudanese government.",
    "Chad accused the cleric of trying to overthrow the Sudanese government.",
])
def test_the_parties_of_a_charge_are_not_the_accused(nlp, lexicon, text):
    # whom the charge says was plotted against is no target of the accusation (issue 9, item 3)
    doc = nlp(text)
    gov = next(t for t in doc if t.text == "government")
    span = (doc[gov.i - 1].idx, gov.idx + len(gov.text))  # "Sudanese government", one mention
    mentions = [m for m in _mentions(doc) if m.start != gov.i - 1] + [ActorMention(gov.i - 1, gov.i + 1, gov.i, Actor(
        text=doc.text[span[0]:span[1]], span=span, code="SDNGOV", country="SDN", sectors=["GOV"], resolved_by="demonym"))]
    targets = [d.target for d in code_doc(doc, mentions, lexicon=lexicon) if doc[d.trigger_start].lemma_ == "accuse"]
    assert targets and all(t is None or t.country != "SDN" for t in targets)


@pytest.mark.parametrize("text, expected", [
    ("Chad rejected the offer of talks made by Sudan.", "SDN"),  # the author, hung on "talks"
    ("Chad rejected the proposal of the committee chaired by Sudan.", None),  # who chairs is no author
])
def test_the_author_of_what_is_rejected(nlp, lexicon, text, expected):
    doc = nlp(text)
    targets = [d.target for d in code_doc(doc, _mentions(doc), lexicon=lexicon) if doc[d.trigger_start].lemma_ == "reject"]
    assert targets and all((t.country if t is not None else None) == expected for t in targets)
