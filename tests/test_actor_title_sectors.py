"""The sector a title gives its holder (data/titles.csv): an attorney-general is a member of the
government (Phoenix codes ATTORNEY_GENERAL ~GOV), a district attorney a lawyer of the courts.
Sentences written for these tests."""

from __future__ import annotations

from flashpoint import code_text


def test_an_attorney_general_is_government():
    events = code_text("US Attorney General John Ashcroft accused the man of plotting attacks.",
                       published="2001-12-15")
    assert [e.source.code for e in events if e.source] == ["USAGOV"], events
