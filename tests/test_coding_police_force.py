"""Police force in wire and newspaper copy (issue 9, india_police): gunfire by police is crowd
control (175) unless the sentence says someone died (193), "had to fire" did happen, baton and
tear-gas charges, and "killed in police firing" names the police. Sentences written for these
tests; "police" is a hand-built actor of no country."""

from __future__ import annotations

import pytest

from flashpoint.actors import ActorMention
from flashpoint.coding import code_doc
from flashpoint.records import Actor


def _drafts(nlp, lexicon, text):
    doc = nlp(text)
    mentions = [ActorMention(t.i, t.i + 1, t.i, Actor(text=t.text, span=(t.idx, t.idx + len(t.text)),
                                                      sectors=["COP"], resolved_by="sector"))
                for t in doc if t.lower_ == "police"]
    return [d for d in code_doc(doc, mentions, lexicon=lexicon) if d.modality.factual]


def _codes(drafts):
    return {d.cameo for d in drafts if d.source is not None and d.source.sectors == ["COP"]}


@pytest.mark.parametrize("text, code", [
    ("The police opened fire on the stone-throwing crowd near the bus depot.", "175"),
    ("The police had to fire six rounds to disperse the mob.", "175"),
    ("The police lathicharged the protesters outside the collectorate.", "175"),
    ("The police lobbed tear-gas shells at the rioters.", "175"),
    ("The police opened fire on the mob, killing three people.", "193"),
    ("The police blocked the streets leading to the square.", "175"),  # not a protesters' blockade
    # the victims as subject of an injury suffered in the police's act
    ("Ten persons sustained injuries in police firing near the temple.", "175"),
    ("Three students suffered bullet injuries in police firing, and one of them died later.", "193"),
])
def test_police_gunfire(nlp, lexicon, text, code):
    assert code in _codes(_drafts(nlp, lexicon, text))


def test_killed_in_police_firing_names_the_police(nlp, lexicon):
    drafts = _drafts(nlp, lexicon, "Two men were killed in police firing near the market on Friday.")
    assert any(d.source is not None and d.source.sectors == ["COP"] and d.cameo[:2] == "19" for d in drafts)


def test_soldiers_fire_is_not_crowd_control(nlp, lexicon):
    doc = nlp("Rebels opened fire on the convoy.")
    m = ActorMention(0, 1, 0, Actor(text="Rebels", span=(0, 6), sectors=["REB"], resolved_by="sector"))
    assert {d.cameo for d in code_doc(doc, [m], lexicon=lexicon)} == {"190"}


def test_an_injury_in_an_accident_is_no_police_act(nlp, lexicon):
    assert _codes(_drafts(nlp, lexicon, "Two police officers suffered injuries in a car crash on the highway.")) == set()


@pytest.mark.parametrize("text, code", [
    # the parser hangs "firing" beside "police" (both on one head) or on the verb above the phrase
    ("Rioting and the police firing that followed left three dead in Surat on Monday.", "193"),
    ("The toll included 100 in police firing till March 12.", "175"),
])
def test_police_firing_split_by_the_parser_names_the_police(nlp, lexicon, text, code):
    assert code in _codes(_drafts(nlp, lexicon, text))


@pytest.mark.parametrize("text", [
    "Gunmen fired at police patrolling the area.",  # the -ing word has an object: a clause of its own
    "Residents said they saw police standing nearby.",
])
def test_a_clause_after_police_is_no_police_act(nlp, lexicon, text):
    assert _codes(_drafts(nlp, lexicon, text)) == set()


@pytest.mark.parametrize("text", [
    "• 4 policemen and 4 civilians also killed.",  # a headline: the policemen are victims
    "Two policemen killed.",
])
def test_headline_participle_read_as_past_tense_is_passive(nlp, lexicon, text):
    drafts = _drafts(nlp, lexicon, text)
    assert drafts and _codes(drafts) == set()
    assert all(d.source is None for d in drafts)


def test_past_tense_is_a_headline_passive_only_for_acts_done_to_people(nlp):
    from flashpoint.coding.sources import bare_participle
    doc = nlp("Five policemen resigned.")
    verb = doc[2]
    assert verb.tag_ == "VBD"
    assert not bare_participle(verb)  # "resigned": the policemen acted
    assert bare_participle(verb, people_act=True)


@pytest.mark.parametrize("text", [
    "The body of the police fire victim was handed over to his family.",  # the act modifies its victim
    'Describing the police firing as "uncalled for" a party spokesman said the march had permission.',
    "The minister described the police firing as unjustified.",
])
def test_police_firing_presupposed_by_its_phrase(nlp, lexicon, text):
    assert "175" in _codes(_drafts(nlp, lexicon, text))


def test_a_victim_noun_alone_reports_no_police_act(nlp, lexicon):
    assert _codes(_drafts(nlp, lexicon, "The police victims support group met on Sunday.")) == set()


def test_what_prompted_the_police_to_fire_did_happen(nlp, lexicon):
    drafts = _drafts(nlp, lexicon, "The violence prompted the police to fire in the air.")
    assert "175" in _codes(drafts)  # the police fired: "prompted X to" is done by X, as "forced X to"


@pytest.mark.parametrize("text", [
    "The mob set fire to shops and police opened fire.",  # "shops and police" read as one phrase
    "Stones were thrown at the bus and police fired in the air.",
])
def test_a_subject_read_as_a_conjunct_acts(nlp, lexicon, text):
    drafts = _drafts(nlp, lexicon, text)
    assert "175" in _codes(drafts)
    assert not any(d.target is not None and d.target.sectors == ["COP"] for d in drafts)
