"""Police actions in the words of Indian newspaper copy (issue 9, third round): arrests a noun
reports with no verb of its own, "held" as an arrest only of people, other arrest verbs, caning and
thrashing, and "police firing" however the parser splits it. Sentences written for these tests."""

from __future__ import annotations

import pytest


def _factual(pipeline, text):
    return [e for e in pipeline.code_text(text) if e.modality.factual]


def _codes(events, root):
    return [e for e in events if e.cameo.startswith(root)]


def _police(e) -> bool:
    return e.source is not None and "COP" in e.source.sectors


# -- arrests a noun reports -----------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The arrests came after the riot in the old city.",
    "After the arrest of three traders, the market stayed shut.",
    "Following the arrests, shopkeepers downed their shutters.",
    "The arrest of the two brothers has exposed the racket.",
    "The protest over the arrest of the mayor spread to other towns.",
    "the arrests came after the riot in the old city.",  # lower case
])
def test_a_noun_of_arrest_reports_an_arrest(pipeline, text):
    assert _codes(_factual(pipeline, text), "173")


@pytest.mark.parametrize("text", [
    "The union demanded the arrest of the killers.",  # wanted, not done
    "He managed to evade arrest for a week.",  # avoided
    "Police denied the arrest of the journalist.",  # denied
    "The party fears the arrest of its leaders.",  # feared, not done
])
def test_a_noun_of_arrest_that_is_wanted_avoided_or_denied_is_no_arrest(pipeline, text):
    assert not _codes(_factual(pipeline, text), "173")


# -- "held" and other verbs of arrest -------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Twenty persons were held in the town on Monday.",
    "Police held five men and two women after the clash.",
    "Eleven youths were nabbed by the police.",
    "The court remanded the three men to police custody.",
    "The two men were sent to jail on Friday.",
    "The government is putting activists behind bars.",
])
def test_verbs_of_arrest(pipeline, text):
    events = _codes(_factual(pipeline, text), "173")
    assert events
    assert all(e.source is None or e.source.sectors for e in events)


@pytest.mark.parametrize("text", [
    "Talks were held with the leaders of the party.",  # the leaders are in a with-phrase, not held
    "The leaders held a meeting in the town.",
    "The police held themselves back with members of the committee.",
    "The students are held at ransom by the administration.",
    "The minister sent a letter to the chief minister.",
    "The inspector general sent a circular to all the jails in the state.",  # a document, not a person
])
def test_held_or_sent_without_a_person_held_is_no_arrest(pipeline, text):
    assert not _codes(_factual(pipeline, text), "173")


def test_a_vigil_held_for_students_is_no_arrest(pipeline):
    events = _factual(pipeline, "The party held a vigil for the students.")
    assert not _codes(events, "173")


# -- force ----------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, root", [
    ("Police caned the protesters outside the college.", "175"),
    ("The police thrashed the students near the gate.", "18"),
])
def test_caning_and_thrashing_by_police(pipeline, text, root):
    events = _factual(pipeline, text)
    assert any(_police(e) for e in _codes(events, root))


def test_a_team_thrashed_in_a_final_is_no_assault(pipeline):
    assert not _codes(_factual(pipeline, "India thrashed Australia in the final."), "18")


@pytest.mark.parametrize("text", [
    "the riot and the police firing left two dead and five injured on tuesday.",
    "violence left three injured, two in stabbing and one in police firing.",
    "the police firing on the crowd was condemned.",
])
def test_police_firing_split_by_the_parser_is_force_by_police(pipeline, text):
    events = _factual(pipeline, text)
    assert any(_police(e) and (e.cameo.startswith("175") or e.cameo[:2] in ("18", "19", "20")) for e in events)


def test_died_in_police_firing_with_a_time_after_it(pipeline):
    # the parser hangs "firing" on the verb once a time phrase follows
    events = _factual(pipeline, "two men died in police firing on monday.")
    assert any(_police(e) for e in _codes(events, "19"))


def test_a_participle_after_a_group_that_is_a_clause_of_its_own_stays_a_verb(pipeline):
    # "firing" has an object here: the verb's own pattern codes it, once
    events = _factual(pipeline, "The police firing tear gas shells dispersed the crowd.")
    assert len([e for e in events if e.trigger.text == "firing"]) <= 1


# -- arrests in participles and in the words of police reports ------------------------------------

@pytest.mark.parametrize("text", [
    "The arrested workers were released later.",
    "The government must release the arrested activists.",  # the release is asked; the arrest happened
    "Many of those detained were only passengers.",
    "Buses were hired to carry the arrested volunteers.",
])
def test_a_participle_of_arrest_on_people_reports_an_arrest(pipeline, text):
    assert _codes(_factual(pipeline, text), "173")


@pytest.mark.parametrize("text", [
    "The child suffers from arrested development.",  # no person arrested
    "The banned outfit held a rally in the square.",  # a ban, and on no person
])
def test_a_participle_on_a_thing_is_no_arrest(pipeline, text):
    assert not _codes(_factual(pipeline, text), "173")


@pytest.mark.parametrize("text", [
    "The trader was picked up by police from his house on Sunday.",
    "Sixty people have been booked under the new act.",
    "Police booked five men for rioting.",
])
def test_picked_up_by_police_and_booked_people_are_arrests(pipeline, text):
    assert _codes(_factual(pipeline, text), "173")


def test_the_bus_that_picked_up_pilgrims_arrested_nobody(pipeline):
    assert not _codes(_factual(pipeline, "The bus picked up the pilgrims at the station."), "173")


@pytest.mark.parametrize("text, factual", [
    ("Police were able to arrest the two brothers.", True),
    ("The police have been able to arrest only one man so far.", True),
    ("Police are able to arrest the two brothers.", False),  # an ability, not an act
    ("Police will be able to arrest the men.", False),
    ("Police were not able to arrest the men.", False),
])
def test_were_able_to_arrest_is_an_arrest(pipeline, text, factual):
    assert bool(_codes(_factual(pipeline, text), "173")) is factual


@pytest.mark.parametrize("text", [
    "The number of arrests in the state has crossed 2,000.",
    "An unknown number of preventive arrests have been made.",
    "The tally of arrests rose to forty.",
])
def test_a_number_of_arrests_stands_for_the_arrests(pipeline, text):
    assert _codes(_factual(pipeline, text), "173")


@pytest.mark.parametrize("text, factual", [
    ("the police resorted to lathicharge.", True),  # parsed as "to" + a verb: resorting entails it
    ("Police resorted to lathicharge to disperse the mob.", True),
    ("Police may resort to lathicharge.", False),
])
def test_resorted_to_a_lathicharge_is_one(pipeline, text, factual):
    events = [e for e in _factual(pipeline, text) if e.cameo.startswith("175") and _police(e)]
    assert bool(events) is factual


# -- the volunteers of Indian copy, and a participle phrase parsed as a clause ------------------------

@pytest.mark.parametrize("text", [
    "Buses will carry the arrested kar sevaks to the camp.",  # kar sevak, ram bhakt: volunteers
    "The leader urged the government to release the arrested ram bhakts at once.",
    "Around 600 kar sevaks have already been booked in the state.",
    "Fifty ramsevaks were held at the station on Monday.",
    "The others arrested in connection with the riot include a councillor.",  # parsed as a clause
])
def test_arrests_of_volunteers_and_participle_phrases(pipeline, text):
    events = _codes(_factual(pipeline, text), "173")
    assert events and all(e.source is None for e in events)


def test_people_arrested_in_a_participle_phrase_are_no_arresters(pipeline):
    events = _factual(pipeline, "The policemen arrested in the case include two constables.")
    assert not any(_police(e) for e in _codes(events, "173"))
