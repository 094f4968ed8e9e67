"""A name set off by a comma right after a phrase of a role with a country ("The Sudanese foreign
minister, Ali Karti says ...") is the holder of that role, even when the closing comma is missing
and the parser makes the name the subject; later "Mr Karti" is the same actor. A list ("the
police, John Roe and two aides") is no apposition. Every text here was written for these tests."""

from __future__ import annotations

import pytest

from flashpoint import code_text


def _sources(text: str):
    return [e.source for e in code_text(text, published="2024-03-01") if e.source is not None]


@pytest.mark.parametrize("text, code", [
    ("The Afghan defence minister, Mohammad Karimi says the Taliban must surrender.", "AFGGOV"),
    ("The Sudanese foreign minister, Ali Karti says the sanctions must be lifted. "
     "Mr Karti accused the United States of hypocrisy.", "SDNGOV"),
    ("The Kenyan interior minister, Joseph Mwangi says the protesters must go home. "
     "Mr Mwangi accused the opposition of inciting violence.", "KENGOV"),
    ("The Nigerian army spokesman, Musa Bello, accused the rebels of killing civilians.", "NGAMIL"),
])
def test_the_name_after_a_role_holds_it(text, code):
    found = _sources(text)
    assert found and all(a.code == code for a in found), found


def test_a_list_is_no_apposition():
    found = [a for e in code_text("The Kenyan police, John Kamau and two aides met the rebels.",
                                  published="2024-03-01") for a in (e.source, e.target)
             if a is not None and "Kamau" in a.text]
    assert all(a.code != "KENCOP" for a in found), found
