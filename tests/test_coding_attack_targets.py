"""Whom an attack and an appeal are aimed at (issue 9): the object of the verb's own preposition
("fired at security guards") before an object the parser added; a place defined by who is in it
("areas where X is hiding") stands for them; craft of no owner in a defence body's running report
are its forces; "the states and territories" of a federal story are its governments. Every
sentence here was written for these tests."""

from __future__ import annotations

from flashpoint import code_text


def _events(text: str, root: str):
    return [e for e in code_text(text, published="2024-03-01") if e.cameo.startswith(root)]


def test_the_object_of_at_is_the_target_and_guards_are_police():
    (fired,) = _events("Gunmen fired at security guards outside the Nigerian parliament in Abuja on Tuesday.", "19")
    assert fired.target.code == "NGACOP", fired


def test_the_object_of_at_beats_a_misparsed_apposition_of_a_place():
    text = ("Masked gunmen fired at Kenyan soldiers as they entered the compound - the official residence "
            "of President Uhuru Kenyatta.")
    (fired,) = _events(text, "19")
    assert fired.target.code == "KENMIL", fired


def test_a_place_defined_by_who_is_in_it_stands_for_them():
    (bombed,) = _events("Israeli jets bombed a village in southern Lebanon where Hezbollah fighters were hiding.", "19")
    assert bombed.target.org == "HEZBOLLAH", bombed
    (shelled,) = _events("Russian artillery shelled areas near the river where Ukrainian troops had dug in.", "19")
    assert shelled.target.code == "UKRMIL", shelled


def test_a_place_that_is_only_where_something_happened_is_no_occupant():
    found = _events("Russian artillery shelled areas near the river where the bridge was built in 1950.", "19")
    assert all(e.target is None or e.target.code != "UKRMIL" for e in found), found


def test_bombers_in_a_defence_body_running_report_are_its_forces():
    text = ("The Pentagon says more than 60 strike aircraft have flown sorties over Syria. "
            "They were joined by B-52 bombers who targeted caves near Raqqa where Islamic State fighters were hiding.")
    found = [e for e in _events(text, "19") if e.trigger.text == "targeted"]
    assert found and found[0].source.code == "USAMIL" and found[0].source.resolved_by == "context", found


def test_bombers_with_no_defence_report_before_them_are_no_actor():
    text = ("Reporters say the city was quiet on Monday. "
            "B-52 bombers targeted caves near Raqqa where Islamic State fighters were hiding.")
    found = [e for e in _events(text, "19") if e.trigger.text == "targeted"]
    assert all(e.source is None or e.source.code != "USAMIL" for e in found), found


def test_the_states_and_territories_are_the_federal_story_governments():
    (need,) = _events("The Canadian Prime Minister said Ottawa needs the cooperation of the provinces and "
                      "territories on the new health plan.", "02")
    assert need.target.code == "CANGOV", need
    text = ("Australian Prime Minister John Howard met the premiers in Canberra on Friday. "
            "He urged the states and territories to adopt the new gun laws.")
    (urged,) = _events(text, "02")
    assert urged.target.code == "AUSGOV" and urged.target.text == "states and territories", urged
