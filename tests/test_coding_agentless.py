"""Events whose actors have no country, and events with no named doer (issue 9, item 1).

Sentences written for these tests; actor mentions are built by hand (by kind only, country
unknown) so that the coder is tested without the knowledge base.
"""

from __future__ import annotations

import pytest

from flashpoint.actors import ActorMention
from flashpoint.coding import code_doc
from flashpoint.records import Actor

#: Words the hand-built resolver knows: country, sectors (a kind-only actor has no country).
KNOWN = {"Chad": ("TCD", []), "Peru": ("PER", []), "Lima": ("PER", []), "police": (None, ["COP"]),
         "protesters": (None, ["OPP"]), "militants": (None, ["REB"]), "soldiers": (None, ["MIL"]),
         "villagers": (None, ["CVL"]), "students": (None, ["EDU"])}


def _code(nlp, lexicon, text):
    doc = nlp(text)
    mentions = []
    for t in doc:
        if t.text in KNOWN:
            country, sectors = KNOWN[t.text]
            code = (country or "") + "".join(sectors) if country else None
            resolved = "metonym" if t.text == "Lima" else ("country" if country else "sector")
            mentions.append(ActorMention(t.i, t.i + 1, t.i, Actor(
                text=t.text, span=(t.idx, t.idx + len(t.text)), code=code, country=country,
                sectors=list(sectors), resolved_by=resolved)))
    return code_doc(doc, mentions, lexicon=lexicon)


def _sides(d):
    def side(a):
        return None if a is None else (a.country, tuple(a.sectors))
    return side(d.source), d.cameo[:2], side(d.target)


@pytest.mark.parametrize("text, expected", [
    # an actor known only by its kind is a source or a target like any other
    ("The police arrested the students after the march.", ((None, ("COP",)), "17", (None, ("EDU",)))),
    ("The soldiers fired on the protesters outside the ministry.", ((None, ("MIL",)), "19", (None, ("OPP",)))),
    ("The militants attacked the villagers at dawn.", ((None, ("REB",)), "19", (None, ("CVL",)))),
    ("The protesters accused the police of brutality.", ((None, ("OPP",)), "11", (None, ("COP",)))),
])
def test_actor_without_country_is_source_and_target(nlp, lexicon, text, expected):
    drafts = [d for d in _code(nlp, lexicon, text) if d.modality.factual]
    assert expected in {_sides(d) for d in drafts}


def test_kind_only_actors_are_two_parties_of_a_demand(nlp, lexicon):
    drafts = _code(nlp, lexicon, "The protesters urged the soldiers to leave the square.")
    assert ((None, ("OPP",)), "02", (None, ("MIL",))) in {_sides(d) for d in drafts}


@pytest.mark.parametrize("text, root, target", [
    # people of no known actor: kept as written, codes null (a thing target)
    ("Nine men were arrested in a raid on a warehouse on Sunday.", "17", (None, ())),
    ("Eleven farmers have been killed since January, officials said.", "19", (None, ())),
    ("The students were detained for hours without charge.", "17", (None, ("EDU",))),
    ("Chad was attacked on Monday night.", "19", ("TCD", ())),
    ("Forty prisoners were freed under the amnesty.", "08", (None, ())),
])
def test_passive_without_agent_has_a_null_source(nlp, lexicon, text, root, target):
    drafts = _code(nlp, lexicon, text)
    assert (None, root, target) in {_sides(d) for d in drafts}
    d = next(d for d in drafts if d.source is None)
    assert "no agent named" in d.why and d.confidence < 0.5


def test_agentless_toll_keeps_its_quantity(nlp, lexicon):
    (d,) = _code(nlp, lexicon, "Some 2,300 people have been killed in the region since 2019.")
    assert d.source is None and d.modality.factual
    assert [(q.kind, q.value) for q in d.quantities] == [("killed", 2300)]


@pytest.mark.parametrize("text", [
    "The agreement was signed in the capital on Friday.",  # mutual: who signed is the news
    "The proposal was welcomed as a first step.",  # a verbal act with no doer and no target
    "The storm damaged hundreds of homes.",  # active, no actor
    # no party at all: neither an actor nor people suffered it
    "More than a hundred firefighters were pulled out of the valley overnight.",
    "The insurer was wound up by the end of the year.",
    "It was wound up last March.",
])
def test_agentless_events_need_news_without_a_doer(nlp, lexicon, text):
    assert [d for d in _code(nlp, lexicon, text) if d.source is None] == []


@pytest.mark.parametrize("text, span_text, country", [
    ("Gunmen on motorcycles killed nine villagers near Lima.", "Gunmen", "PER"),
    ("A roadside bomb killed four soldiers in Peru on Tuesday.", "A roadside bomb", "PER"),
    ("Unidentified gunmen shot dead two students.", "Unidentified gunmen", None),
])
def test_unidentified_attackers_keep_the_perpetrator_phrase(nlp, lexicon, text, span_text, country):
    drafts = [d for d in _code(nlp, lexicon, text) if d.cameo[:2] in ("18", "19")]
    (d,) = [d for d in drafts if d.source is not None]
    assert (d.source.text, d.source.country, d.source.sectors) == (span_text, country, ["UAF"])
    assert text[d.source.span[0]:d.source.span[1]] == span_text


@pytest.mark.parametrize("text, root", [
    # coercion and violence are done to people, whatever the word for them
    ("Two persons were arrested on Friday.", "17"),
    ("A total of 30 were detained in the district over two years.", "17"),
    ("The accused were arrested at the station.", "17"),
    # for other roots the patient must be people or an actor
    ("Forty prisoners were freed under the amnesty.", "08"),
])
def test_agentless_patient_is_people(nlp, lexicon, text, root):
    assert any(d.source is None and d.cameo[:2] == root for d in _code(nlp, lexicon, text))


@pytest.mark.parametrize("text", [
    "It is not known whether anyone has been injured in the blast.",
    "The police asked if anyone had been killed on the road.",
    "Officials are investigating whether the soldiers fired on the protesters.",
])
def test_a_whether_clause_asserts_nothing(nlp, lexicon, text):
    drafts = [d for d in _code(nlp, lexicon, text) if d.cameo[:2] == "19" or d.cameo[:2] == "18"]
    assert drafts and not any(d.modality.factual for d in drafts)


@pytest.mark.parametrize("text, code", [
    # police acts with no doer named: news, with a null source (issue 9, police copy)
    ("Several rounds were fired in the air near the bus stand.", "175"),
    ("Teargas shells were lobbed at the protesters.", "175"),
    ("The protesters were tear-gassed outside the court.", "175"),  # parsed "were" + a participle
    ("A lathicharge on the protesters left ten injured.", "175"),  # the noun reports its act alone
    ("After a baton charge on the crowd, the protesters scattered.", "175"),
    ("Six rounds had to be fired to disperse the crowd.", "19"),  # the passive infinitive's patient
])
def test_police_force_with_no_doer_is_kept(nlp, lexicon, text, code):
    drafts = [d for d in _code(nlp, lexicon, text) if d.modality.factual and d.cameo.startswith(code)]
    # no doer named: a null source, or for crowd control the police it implies, marked as such
    # (``sources.crowd_control_sources``: resolved_by "default", or "place" with a country)
    assert drafts and all(d.source is None or (d.source.sectors == ["COP"] and d.source.resolved_by in ("default", "place"))
                          for d in drafts)


def test_the_subject_of_a_predicate_participle_is_no_doer(nlp, lexicon):
    drafts = _code(nlp, lexicon, "The protesters were tear-gassed outside the court.")
    assert not any(d.source is not None and d.source.sectors == ["OPP"] for d in drafts)

