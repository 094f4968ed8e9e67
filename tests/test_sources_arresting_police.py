"""A pronoun that arrests or detains stands for the police its sentence names, not for the nearer
crowd ("the police clashed with protesters as they tried to arrest X"); fighters who capture keep
their own act. Sentences written for these tests."""

from __future__ import annotations

import pytest


def _arrester(pipeline, text):
    events = [e for e in pipeline.code_text(text, published="2001-12-15") if e.cameo == "173"]
    assert events, text
    return events[0].source.text if events[0].source else None


@pytest.mark.parametrize("text, doer", [
    ("Two men were hurt when the police clashed with stone-throwing students as they tried to arrest a "
     "union leader.", "police"),
    ("Protesters fought Indian police in Srinagar as they tried to detain a separatist leader.", "Indian police"),
    ("Kenyan police chased the smugglers until they arrested two of them.", "Kenyan police"),
    ("The rebels attacked the police post, and they captured two officers.", "rebels"),
])
def test_the_doer_of_an_arrest(pipeline, text, doer):
    assert _arrester(pipeline, text) == doer
