"""Nominal investigations told as going on (``triggers.ongoing_inquiry``): "at the Senate inquiry into
the collapse of X, it was revealed ..." is the body's investigation (CAMEO 09) of X; a called-for or
wished inquiry is not."""

from __future__ import annotations

import pytest


def _inquiries(pipeline, text):
    return {(e.source.code if e.source else None, e.target.code if e.target else None)
            for e in pipeline.code_text(text) if e.cameo.startswith("09") and e.modality.factual}


@pytest.mark.parametrize("text, pair", [
    ("At the Australian Senate inquiry into the collapse of insurance giant HIH, it was revealed that a report "
     "was given to the board.", ("AUSLEG", "AUSBUS")),
    ("A US Senate inquiry into the collapse of Qantas heard evidence on Monday.", ("USALEG", "AUSBUS")),
    ("The Australian Senate's inquiry into the conduct of Qantas heard evidence on Monday.", ("AUSLEG", "AUSBUS")),
])
def test_an_inquiry_told_as_going_on_is_its_body_s_investigation(pipeline, text, pair):
    assert pair in _inquiries(pipeline, text)


def test_the_doer_as_a_metonym_of_its_body(pipeline):
    # "US Senate" is read by metonymy; an inquiry's modifier is its doer unless only a seat of government
    assert ("USALEG", None) in _inquiries(pipeline, "A US Senate inquiry into the blast heard evidence on Monday.")
    assert not _inquiries(pipeline, "The Kabul inquiry into the blast began.")


@pytest.mark.parametrize("text", [
    "Labor called for a Senate inquiry into the collapse of HIH.",  # an appeal, not an inquiry
    "A US Senate inquiry into the collapse of Qantas would be welcome.",  # wished
    "The government rejected an Australian Senate inquiry into the collapse of HIH.",
])
def test_an_inquiry_not_told_as_going_on_is_no_investigation(pipeline, text):
    assert not _inquiries(pipeline, text)
