"""'they' as the subject of a subordinate clause after a main clause with a singular subject stands
for the plural group named before it, not for that subject. Sentences written for these tests."""

from __future__ import annotations

from flashpoint import code_text


def _by_trigger(text: str, trigger: str):
    return [e for e in code_text(text, published="2024-03-01") if e.trigger.text == trigger]


def test_they_in_a_conditional_is_the_plural_group_not_the_singular_subject():
    (e,) = _by_trigger("Kenya will deport the migrants if they refuse to register with the authorities.", "refuse")
    assert e.source is not None and e.source.text == "migrants", e


def test_they_after_a_plural_subject_stays_the_subject():
    (e,) = _by_trigger("The soldiers will arrest the protesters if they refuse to disperse.", "refuse")
    assert e.source is not None and e.source.text == "soldiers", e
