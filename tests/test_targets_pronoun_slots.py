"""A personal pronoun in a target slot (issue 9, fourteenth round): wire copy names a party once
and then refers to it ("... when gunmen opened fire on them", "cut all contacts with him", "He
had been shot twice"). The pronoun stands for the actor it refers to: in its sentence the
nearest earlier actor that agrees with it and is not the doer; else the one actor of the sentence
before. Never the doer, never a thing, never the speaker of its quotation; left empty when the
sentence before names two candidates. Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from flashpoint import code_text


def _events(text: str, root: str, sentence: int = -1):
    events = list(code_text(text, published="2024-03-01"))
    last = max((e.sentence_index for e in events), default=-1) if sentence < 0 else sentence
    return [e for e in events if e.sentence_index == last and e.cameo[:2] == root], events


@pytest.mark.parametrize("text, root, target", [
    # a target preposition of the verb, the antecedent the subject of the main clause
    ("Kenyan troops were patrolling the border when Somali militants fired at them.", "19", "KEN"),
    ("Israeli soldiers searched the village after gunmen opened fire on them.", "19", "ISR"),
    # a direct object whose clause has no earlier object to stand for
    ("Ethiopian soldiers guarding the dam said rebels had attacked them overnight.", "19", "ETH"),
    # a target preposition of the object ("contacts with him"): the earlier object
    ("The Indian government condemned President Pervez Musharraf and decided to cut all contacts with him.",
     "16", "PAK"),
    # a noun trigger's own preposition
    ("The Chinese ambassador visited the port, and Vietnamese protesters staged a demonstration against him.",
     "14", "CHN"),
    ("Afghan police said they had received threats from the Taliban and that militants later launched "
     "an attack on them.", "19", "AFG"),
    # two bodies of one country are two sides
    ("Indian police were guarding the station when Kashmiri militants opened fire on them.", "19", "IND"),
    # the pronoun's party beats the place the act was done near
    ("Ugandan officials said Congolese rebels fired on them near Bunia.", "19", "UGA"),
    # an indirect object
    ("The Kenyan president met Somali elders and promised them more aid.", "03", "SOM"),
])
def test_pronoun_in_its_sentence(text, root, target):
    found, events = _events(text, root)
    assert found, events
    assert any(e.target is not None and e.target.country == target for e in found), found


@pytest.mark.parametrize("text, root, target", [
    ("A Pakistani diplomat was found in Kabul on Monday. He had been shot twice in the chest.", "19", "PAK"),
    ("Two Nepalese journalists went missing near the border last week. They were abducted by Maoist rebels.",
     "18", "NPL"),
    ("The Iranian consul left his office at noon. He was arrested minutes later by Afghan police.", "17", "IRN"),
])
def test_passive_pronoun_takes_the_one_actor_before(text, root, target):
    found, events = _events(text, root)
    assert found, events
    assert all(e.target is not None and e.target.country == target for e in found), found


@pytest.mark.parametrize("text, root, wrong", [
    # the only earlier actor is the doer itself: no target
    ("Russian troops entered the town and opened fire on them.", "19", "RUS"),
    # two candidates in the sentence before: which one was abducted is not said
    ("Nepalese police found the bodies of two Indian traders on Monday. They had been abducted by Maoist rebels.",
     "18", "NPL"),
    # inside a quotation, "he" is not its speaker
    ("Defence Minister Robert Hill says it is too early to act. \"He was only captured a few days ago,\" "
     "Senator Hill said.", "17", "AUS"),
])
def test_no_link_where_the_text_does_not_give_one(text, root, wrong):
    found, events = _events(text, root)
    assert found, events
    assert all(e.target is None or e.target.country != wrong for e in found), found
