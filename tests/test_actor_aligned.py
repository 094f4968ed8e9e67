"""Militias that were a state's forces for a time (``data/aligned_forces.csv``): "Afghan
militiamen" of December 2001 are Afghanistan's military, as the gold codes the anti-Taliban
forces; the same words outside the period, and named bodies ("Taliban fighters"), are unchanged.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from flashpoint.actors.aligned import read_aligned
from flashpoint.errors import DataFileError

HEADER = "country,word,start,end,sector,note\n"


def _source(pipeline, text, published):
    events = [e for e in pipeline.code_text(text, published=published) if e.cameo[:2] == "19"]
    return events[0].source.code if events and events[0].source else None


@pytest.mark.parametrize("text, published, code", [
    ("Afghan militiamen stormed the caves on Sunday.", "2001-12-15", "AFGMIL"),
    ("Afghan fighters attacked Al Qaeda positions in the mountains.", "2001-12-10", "AFGMIL"),
    ("Afghan militiamen stormed the caves on Sunday.", "2003-05-01", "AFGREB"),
    ("Taliban fighters attacked the town on Sunday.", "2001-12-15", "AFGREB"),
    ("Somali militiamen attacked the convoy.", "2001-12-15", "SOMREB"),
])
def test_militias_of_the_period_are_the_states_forces(pipeline, text, published, code):
    assert _source(pipeline, text, published) == code


def test_the_shipped_file_loads():
    rows = read_aligned()
    assert rows and all(r.start <= r.end and r.sector for r in rows)


@pytest.mark.parametrize("row, reason", [
    ("AFG,militia,2001-11-13,2002-13-01,MIL,x", "not a date"),
    ("AFG,militia,2002-06-19,2001-11-13,MIL,x", "before start"),
    ("Afg,militia,2001-11-13,2002-06-19,MIL,x", "alpha-3"),
    ("AFG,militia,2001-11-13,2002-06-19,XYZ,x", "XYZ"),
])
def test_a_bad_row_is_reported_with_its_line(tmp_path, row, reason):
    path = tmp_path / "aligned.csv"
    path.write_text(HEADER + row + "\n", encoding="utf-8")
    with pytest.raises(DataFileError) as info:
        read_aligned(path)
    assert f"{path}:2" in str(info.value) and reason in str(info.value)


def test_rows_must_be_sorted(tmp_path):
    path = tmp_path / "aligned.csv"
    path.write_text(HEADER + "IRQ,militia,2003-01-01,2004-01-01,MIL,x\nAFG,militia,2001-11-13,2002-06-19,MIL,x\n",
                    encoding="utf-8")
    with pytest.raises(DataFileError) as info:
        read_aligned(path)
    assert f"{path}:3" in str(info.value)
