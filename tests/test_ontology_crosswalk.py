"""The PLOVER type of every CAMEO code the CAMEO-to-PLOVER crosswalk maps agrees with it; the
statements (01) it does not map keep none (PLOVER dropped them). Needs ../shared (CI has it)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from flashpoint.ontology import load_ontology

CROSSWALK = Path(__file__).resolve().parents[1].parent / "shared" / "ontology" / "CAMEO2PLOVER-2021.txt"


def _crosswalk() -> dict[str, str]:
    """CAMEO code -> PLOVER type, from the lines "0311: AGREE, mode, context # name" (3- and
    4-digit codes: a root's line heads its section, and the root takes its 0 code's type)."""
    out = {}
    for line in CROSSWALK.read_text(encoding="utf-8").splitlines():
        m = re.match(r"^(\d{3,4}):\s*([A-Z]+)", line.split("#")[0].strip())
        if m:
            out[m.group(1)] = m.group(2)
    return out


@pytest.fixture(scope="module")
def crosswalk():
    if not CROSSWALK.exists():
        pytest.skip("../shared/ontology is not here")
    return _crosswalk()


def test_every_mapped_code_has_the_crosswalks_type(crosswalk):
    onto = load_ontology()
    assert len(crosswalk) > 250
    wrong = {code: (onto.get(code).plover_type if code in onto else "missing", kind)
             for code, kind in crosswalk.items() if code not in onto or onto.get(code).plover_type != kind}
    assert not wrong


def test_statements_are_not_mapped_and_keep_no_type(crosswalk):
    onto = load_ontology()
    statements = [c for c in onto.codes if c.startswith("01")]
    assert "010" in statements and "016" in statements
    assert not [c for c in statements if c in crosswalk]
    assert all(onto.get(c).plover_type is None for c in statements)
