"""Verb classes of the PETRARCH-2 dictionary the lexicon lacked (round 10): downing tools and
walking off the job (strikes), cutting communications, laying siege, revoking a passport,
intercepting a shipment, setting off or igniting explosives, ascertaining whether someone broke
the law, arriving for talks (ARRIVE, 042); each with a use that is no event."""

from __future__ import annotations

import pytest


def _codes(pipeline, text):
    return [(e.to_dict()["cameo"], e.to_dict()["trigger"]["text"]) for e in pipeline.code_text(text, published="2001-12-15")]


@pytest.mark.parametrize("text, cameo, trigger", [
    ("Sixty dock workers downed tools in Melbourne on Monday over pay.", "143", "downed"),
    ("Hundreds of nurses walked off the job in Sydney yesterday.", "143", "walked"),
    ("The Iranian government cut internet access across Tehran.", "1721", "cut"),
    ("the iranian government cut internet access across tehran.", "1721", "cut"),
    ("Syrian troops laid siege to the town of Homs.", "191", "laid"),
    ("Pakistan revoked the passport of the opposition leader.", "172", "revoked"),
    ("The Israeli navy intercepted a boat carrying weapons to Gaza.", "1711", "intercepted"),
    ("A Palestinian militant set off a bomb in a Jerusalem market.", "183", "set"),
    ("A militant attempted to ignite explosives on a flight.", "183", "ignite"),
    ("The Australian Government is trying to ascertain whether the man broke Australian laws.", "090", "ascertain"),
    ("The Chinese foreign minister arrived in Tokyo for talks with his Japanese counterpart.", "042", "arrived"),
])
def test_a_verb_of_the_class_is_coded(pipeline, text, cameo, trigger):
    assert (cameo, trigger) in _codes(pipeline, text)


@pytest.mark.parametrize("text", [
    "The striker set off on a run and the team walked off the pitch.",
    "Air defences intercepted two missiles over Riyadh.",
    "It is difficult to ascertain all the facts, the minister said.",
    "The government cut spending on roads.",
    "Arriving at the party's annual general meeting, the Australian Prime Minister said he was happy.",
    "Thousands of refugees arrived in Greece for the winter.",
])
def test_other_uses_are_no_event_of_the_class(pipeline, text):
    codes = {c for c, _ in _codes(pipeline, text)}
    assert not codes & {"143", "1721", "1711", "183", "090", "042"}
