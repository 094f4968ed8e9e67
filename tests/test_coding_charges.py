"""Charges told as news from the accused's side (``coding/charges.py``): the charge (173) is laid
by the police or courts the sentence names, else by the courts of the country it happens in; a
verb of facing a charge makes its subject the accused; "will face court" tells a charge laid."""

from __future__ import annotations

import pytest


def _charges(pipeline, text):
    return {(e.source and e.source.code, e.target and e.target.code) for e in pipeline.code_text(text)
            if e.modality.factual and e.cameo == "173"}


@pytest.mark.parametrize("text, source, target", [
    ("A Brisbane man has been charged with manslaughter after the crash.", "AUSJUD", "AUS"),
    ("Three company directors in New Zealand were charged yesterday with breaching safety laws.",
     "NZLJUD", "NZLBUS"),
    ("The former chief executive of an Australian airline will face court on 14 charges of insider trading.",
     "AUSJUD", "AUSBUS"),
    ("Five men are to appear in a Melbourne court tomorrow charged with the murder of a taxi driver.",
     "AUSJUD", "AUS"),
    ("The two French managers will stand trial in Paris next month on charges of negligence.", "FRAJUD", "FRA"),
    ("A Canadian doctor faces charges of fraud in Toronto.", "CANJUD", "CANHLH"),
])
def test_a_charge_with_no_prosecutor_named_is_laid_by_the_courts_of_its_country(pipeline, text, source, target):
    assert (source, target) in _charges(pipeline, text)


def test_police_named_in_the_sentence_lay_the_charge(pipeline):
    found = _charges(pipeline, "Indian police say a student has been charged with sedition in Mumbai.")
    assert {s for s, _ in found} == {"INDCOP"}


def test_one_charge_per_sentence_when_court_and_participle_both_tell_it(pipeline):
    text = "Five men are to appear in a Melbourne court tomorrow charged with the murder of a taxi driver."
    assert len(_charges(pipeline, text)) == 1


@pytest.mark.parametrize("text", [
    "The former chief executive of an Australian airline could face charges of insider trading.",
    "If convicted, the men may face court again next year.",
    "The committee charged with overseeing the reforms met in Canberra on Monday.",
    "A panel in Sydney has been charged with the task of reviewing the airline's safety.",
])
def test_no_charge_laid(pipeline, text):
    assert not _charges(pipeline, text)


def test_a_charge_by_a_state_that_is_no_court_is_an_accusation(pipeline):
    events = pipeline.code_text("Israel charged Syria with terrorism.")
    assert not any(e.cameo == "173" for e in events)


@pytest.mark.parametrize("text, code, source", [
    ("Roy Whiting was sentenced to life imprisonment in London for the murder.", "173", "GBRJUD"),
    ("A Brisbane man has been jailed for ten years for the attack.", "173", "AUSJUD"),
    ("The former minister was convicted of corruption in Jakarta.", "116", "IDNJUD"),
])
def test_what_only_courts_do_told_with_no_doer_is_done_by_its_countrys_courts(pipeline, text, code, source):
    assert source in {e.source.code for e in pipeline.code_text(text)
                      if e.cameo == code and e.modality.factual and e.source is not None}


def test_a_sentence_by_a_named_doer_keeps_it(pipeline):
    found = {e.source.code for e in pipeline.code_text("Russian authorities have sentenced a Chechen warlord to life.")
             if e.cameo == "173" and e.source is not None}
    assert found == {"RUSGOV"}


def test_a_later_arrest_borrows_no_doer_from_the_courts(pipeline):
    text = ("Roy Whiting was sentenced to life imprisonment in London for the murder. "
            "Police say Whiting had been questioned before. "
            "Whiting has been arrested three times in connection with the case.")
    found = {e.source.code for e in pipeline.code_text(text)
             if e.cameo == "173" and e.source is not None and e.trigger.text == "arrested"}
    assert "GBRJUD" not in found


def test_the_accused_nationality_is_not_the_courts_country(pipeline):
    found = _charges(pipeline, "A French man has been charged with conspiracy in London.")
    assert {s for s, _ in found} == {"GBRJUD"}


def test_an_active_charge_whose_doer_is_lost_is_laid_by_no_court(pipeline):
    text = ("Serbia lodged an official protest with Albania today, charging its neighbour with supporting "
            "dissidents.")
    assert not _charges(pipeline, text)


def test_a_charge_conjoined_with_a_passive_shares_it(pipeline):
    text = "A suspect has been detained and charged with waging war against India."
    assert "INDJUD" in {s for s, _ in _charges(pipeline, text)}
