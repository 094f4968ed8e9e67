"""Events of long wire and newspaper copy (issue 9, events half): deaths in someone's firing,
force and arrests in the words of police reports, captures, sorties, an end declared to a
campaign, and what is not an event. Sentences written for these tests."""

from __future__ import annotations

import pytest


def _factual(pipeline, text):
    return [e for e in pipeline.code_text(text) if e.modality.factual]


def _has(events, *, root, source_sector=None, target_sector=None, source_country=None):
    for e in events:
        if not e.cameo.startswith(root):
            continue
        if source_sector and (e.source is None or source_sector not in e.source.sectors):
            continue
        if source_country and (e.source is None or e.source.country != source_country):
            continue
        if target_sector and (e.target is None or target_sector not in e.target.sectors):
            continue
        return True
    return False


@pytest.mark.parametrize("text", [
    "Three protesters died in police firing in the district on Monday.",
    "three protesters died in police firing in the district on monday.",  # lower case: a parse quirk
])
def test_died_in_someones_firing_is_a_killing_by_them(pipeline, text):
    events = _factual(pipeline, text)
    assert _has(events, root="19", source_sector="COP")
    # the dead are the target, never the source
    assert not any(e.source is not None and e.source.text.lower() in ("protesters", "villagers") for e in events)


def test_died_in_an_accident_is_no_event(pipeline):
    assert _factual(pipeline, "Four men died in a road accident near the bridge.") == []


def test_died_in_a_foreign_strike_names_the_striker(pipeline):
    events = _factual(pipeline, "Two people died in the Israeli air strike on the camp.")
    assert any(e.cameo.startswith("19") and e.trigger.text == "died" and e.source is not None
               and e.source.country == "ISR" for e in events)


@pytest.mark.parametrize("text, root", [
    ("The police fired in the air to scare away the crowd.", "17"),
    ("The police fired into the air as the crowd grew.", "17"),
    ("The police used force to clear the blocked road.", "17"),
    ("Police picked up four suspects from the slum at dawn.", "17"),
    ("Six men were picked up by the police on Sunday.", "17"),
])
def test_police_report_wording(pipeline, text, root):
    assert _has(_factual(pipeline, text), root=root, source_sector="COP")


@pytest.mark.parametrize("text", [
    "Forty workers were booked for rioting.",  # Indian English: charged, held
    "Twenty men were booked under the arms act.",
])
def test_booked_for_a_crime_is_an_arrest(pipeline, text):
    assert _has(_factual(pipeline, text), root="173")


def test_booking_a_room_is_no_arrest(pipeline):
    assert not any(e.cameo.startswith("17") for e in pipeline.code_text("The delegation booked rooms for the summit."))


def test_picking_up_a_thing_is_no_arrest(pipeline):
    assert not any(e.cameo.startswith("17") for e in pipeline.code_text("He picked up the phone and rang the embassy."))


@pytest.mark.parametrize("text, code", [
    ("A British citizen was captured by Afghan fighters.", "173"),  # a person: detained
    # a place: CAMEO 192, occupy territory ("seize or occupy territory"), not an arrest
    ("The rebels captured the border town last week.", "192"),
    ("Government troops captured strategic heights above the valley.", "192"),
    ("Tribal fighters captured half of the mountain complex.", "192"),
    ("Most of the valley has been captured by the militia.", "192"),
    ("Twelve rebels, captured near the southern city of Basra, were handed to police.", "173"),
])
def test_capture_of_a_person_or_a_place(pipeline, text, code):
    events = _factual(pipeline, text)
    assert any(e.cameo == code for e in events) and not any(
        e.cameo[:3] in ("173", "192") and e.cameo != code for e in events), [e.cameo for e in events]


@pytest.mark.parametrize("text, code", [
    # CAMEO 171 (1711 confiscate) is taking property; 192 is taking a territory, town or building
    ("Gunmen seized control of the radio transmitter equipment at the station.", "1711"),
    ("Rebels seized control of the northern province.", "192"),
    ("Mutinous officers seized control of the state broadcaster's building.", "192"),
])
def test_seized_control_of_property_or_of_a_place(pipeline, text, code):
    assert [e.cameo for e in _factual(pipeline, text) if e.cameo[:2] in ("17", "19")] == [code]


@pytest.mark.parametrize("text, protest", [
    ("Striking farmers barricaded the main highway into the capital.", True),
    ("Hundreds of students barricaded the ministry building on Tuesday.", True),
    # hiding behind a barricade is no protest
    ("Four gunmen remain barricaded in a clinic in the north of the city.", False),
    ("Two soldiers were barricaded inside the embassy compound for a week.", False),
])
def test_barricading_is_a_protest_only_when_it_blocks_a_way_or_a_building(pipeline, text, protest):
    for t in (text, text.lower()):
        assert any(e.cameo == "144" for e in pipeline.code_text(t)) == protest, t


def test_declared_end_to_a_campaign(pipeline):
    events = _factual(pipeline, "Hamas declared an end to its bombing campaign against Israel.")
    assert any(e.cameo == "087" and e.source is not None and e.source.country == "PSE" for e in events)


def test_declaring_an_end_to_something_else_is_no_event(pipeline):
    assert not any(e.cameo == "087" for e in pipeline.code_text("The minister declared an end to the school year."))


@pytest.mark.parametrize("text", [
    "Indian jets flew sorties over the disputed region.",
    "The United States intensified its bombing of the hills.",
])
def test_air_campaigns(pipeline, text):
    assert _has(_factual(pipeline, text), root="19")


@pytest.mark.parametrize("text, code", [
    ("Obama gave the Russian president a stern warning to stop the attacks.", "130"),  # give carries a noun
    ("The American army gave 300 rifles to the Philippine marines.", "072"),
    ("Hundreds of Kenyan nurses stopped work on Tuesday.", "143"),
    ("The Bolivian government declared a state of siege in the province.", "1724"),
])
def test_light_give_and_wider_objects(pipeline, text, code):
    assert any(e.cameo == code for e in _factual(pipeline, text))


def test_giving_a_speech_is_no_event(pipeline):
    assert _factual(pipeline, "The Kenyan president gave a speech to students.") == []


@pytest.mark.parametrize("text, code", [
    ("The Kenyan minister said the government will not lift the ban on the party.", "124"),
    ("The Kenyan minister said the government will lift the ban on the party.", "035"),
])
def test_an_official_speaks_for_their_government(pipeline, text, code):
    """A minister saying what "the government" will (not) do states its intent or refusal."""
    assert any(e.cameo.startswith(code) and e.modality.factual for e in pipeline.code_text(text))


def test_someone_else_predicting_is_no_statement(pipeline):
    events = pipeline.code_text("The Kenyan minister said the rebels will not lift the blockade.")
    assert not any(e.cameo.startswith("12") for e in events)


def test_two_coercive_acts_of_one_actor_are_two_events(pipeline):
    """Crowd control and arrests share a root but are distinct happenings."""
    codes = {e.cameo for e in _factual(pipeline, "Police opened fire and managed to arrest 20 rioters.")}
    assert {"175", "173"} <= codes


def test_resorting_to_firing(pipeline):
    assert _has(_factual(pipeline, "The police had to resort to firing to control the crowd."), root="17",
                source_sector="COP")


@pytest.mark.parametrize("text, factual", [
    ("The rebels forced the army to withdraw from the town.", True),
    ("The rebels will be forced to surrender the town.", False),
    ("The rebels may be forced to withdraw from the town.", False),
    ("The police had to withdraw from the town.", True),
])
def test_an_infinitive_is_as_certain_as_its_governor(nlp, text, factual):
    from flashpoint.coding import load_lexicon
    from flashpoint.coding.modality import assess
    lexicon = load_lexicon()
    doc = nlp(text)
    verb = next(t for t in doc if t.lemma_ in ("withdraw", "surrender"))
    assert (assess(verb, lexicon).status == "asserted") is factual


@pytest.mark.parametrize("text, code", [
    ("The Kenyan minister expressed his disappointment at the union's actions.", "111"),
    ("Australian unions are fighting a proposed wage freeze.", "120"),  # a plan is fought: rejected
    ("Syrian rebels are fighting Turkish troops near the border.", "190"),
    ("Iraqi troops seized large oil fields near Kirkuk.", "1711"),  # a general code: object not on a list
    ("Iraqi troops seized weapons in the town.", "1711"),  # a place in a phrase is no object
    ("The militants seized parts of northern Iraq.", "192"),
    ("The Kurdish militia took control of the airport.", "192"),
    ("British officers are working with the US Marines in Kandahar.", "060"),
    ("Kenyan officials are trying to persuade the Somali rebels to lay down their weapons.", "025"),
])
def test_wider_verbs_and_objects(pipeline, text, code):
    assert any(e.cameo.startswith(code) for e in _factual(pipeline, text))


@pytest.mark.parametrize("text", [
    "The battalion took a flag march in the walled city.",
    "The Kenyan team worked with great energy.",
])
def test_not_these(pipeline, text):
    assert not any(e.cameo.startswith(("19", "06")) for e in _factual(pipeline, text))


@pytest.mark.parametrize("text, code", [
    # diplomatic sanctions reduce relations (161, PLOVER SANCTION); sanctions as such are 163
    ("Ethiopia and Eritrea are trading diplomatic sanctions.", "161"),
    ("Ethiopia and Eritrea are trading sanctions.", "163"),
    ("Ethiopia and Eritrea traded accusations over the border clash.", "112"),  # words, not fire
    ("The Kenyan president ordered the arrest of three opposition leaders.", "173"),  # order carries a noun
    ("The Kenyan court ordered the release of the Somali prisoners.", "0841"),
    ("The Kenyan president ordered a curfew in the capital.", "1723"),
])
def test_traded_and_ordered(pipeline, text, code):
    assert any(e.cameo == code for e in _factual(pipeline, text))


def test_an_order_that_may_come_is_not_a_fact(pipeline):
    events = pipeline.code_text("The Kenyan president may order the arrest of the opposition leaders.")
    assert not any(e.cameo == "173" and e.modality.factual for e in events)


def test_an_order_of_goods_is_no_event(pipeline):
    assert _factual(pipeline, "The Kenyan president placed an order for new jets from France.") == []


@pytest.mark.parametrize("text, code", [
    ("Kosovar protesters burned the Serbian flag outside the embassy.", "141"),
    ("A Dutch court approved the extradition of the Moroccan suspect to France.", "063"),
    ("The US military trained 40 Afghan pilots last year.", "072"),
])
def test_phrases_of_the_reference_dictionaries(pipeline, text, code):
    assert any(e.cameo == code for e in _factual(pipeline, text))


@pytest.mark.parametrize("text, code", [
    ("The US embassy conveyed serious concerns about the decision to the Greek government.", "012"),
    ("The Kenyan president conveyed his condolences to the Somali people.", "018"),
])
def test_convey_is_express(pipeline, text, code):
    assert any(e.cameo == code for e in _factual(pipeline, text))


def test_conveying_a_message_is_no_event(pipeline):
    assert _factual(pipeline, "The minister conveyed the message to his colleagues.") == []
