"""The CAMEO/PLOVER table: coverage, spot values, the PLOVER mapping of each root, bad rows."""

from __future__ import annotations

import csv

import pytest

from flashpoint.resources.datafiles import data_path
from flashpoint.errors import DataFileError
from flashpoint.ontology import PLOVER_TYPES, CameoCode, load_ontology, read_table


@pytest.fixture(scope="module")
def onto():
    return load_ontology()


def test_every_root_present(onto):
    for n in range(1, 21):
        root = f"{n:02d}"
        assert root in onto
        assert onto.get(root).root == root


def test_size_and_code_shapes(onto):
    assert len(onto.codes) >= 280
    assert all(c.isdigit() and 2 <= len(c) <= 4 for c in onto.codes)
    assert all(c.root == c.code[:2] for c in onto.codes.values())
    assert onto.files and onto.files[0].endswith("cameo.csv")


def test_file_sorted_by_code():
    with data_path("cameo.csv").open(encoding="utf-8") as fh:
        rows = [r for r in csv.reader(line for line in fh if not line.startswith("#"))][1:]
    codes = [r[0] for r in rows]
    assert codes == sorted(codes)


def test_cached(onto):
    assert load_ontology() is onto


@pytest.mark.parametrize("code, name_part, goldstein, quad, ptype, mode, context", [
    ("010", "statement", 0.0, 1, None, None, ()),
    ("0231", "economic aid", 3.4, 1, "REQUEST", "assist", ("economic",)),
    ("036", "meet", 4.0, 1, "AGREE", None, ("diplomatic",)),
    ("042", "visit", 1.9, 1, "CONSULT", "visit", ()),
    ("057", "agreement", 8.0, 1, "SUPPORT", None, ("diplomatic",)),
    ("0841", "release", 7.0, 2, "RETREAT", "release", ("legal",)),
    ("080", "Yield", 5.0, 2, "CONCEDE", None, ()),
    ("091", "crime", -2.0, 3, "ACCUSE", "investigate", ("crime", "corruption")),
    ("1123", "aggression", -2.0, 3, "ACCUSE", "allege", ("military",)),
    ("130", "Threaten", -4.4, 3, "THREATEN", None, ()),
    ("141", "Demonstrate", -6.5, 4, "PROTEST", "demo", ()),
    ("163", "sanctions", -8.0, 4, "COERCE", "restrict", ("diplomatic",)),
    ("173", "Arrest", -5.0, 4, "COERCE", "arrest", ("legal",)),
    ("190", "conventional military force", -10.0, 4, "ASSAULT", None, ("military",)),
    ("2042", "nuclear", -10.0, 4, "ASSAULT", "unconventional", ("cbrn",)),
    ("186", "Assassinate", -10.0, 4, "ASSAULT", "targeted", ()),
    ("195", "aerial", -10.0, 4, "ASSAULT", "aerial", ("military",)),
])
def test_spot_values(onto, code, name_part, goldstein, quad, ptype, mode, context):
    c = onto.get(code)
    assert isinstance(c, CameoCode)
    assert name_part.lower() in c.name.lower()
    assert (c.goldstein, c.quad_class, c.plover_type, c.plover_mode, c.plover_context) == (
        goldstein, quad, ptype, mode, context)


@pytest.mark.parametrize("root, ptype", [
    ("01", None), ("02", "REQUEST"), ("03", "AGREE"), ("04", "CONSULT"), ("05", "SUPPORT"),
    ("06", "COOPERATE"), ("07", "AID"), ("08", "CONCEDE"), ("09", "ACCUSE"), ("10", "REQUEST"),
    ("11", "ACCUSE"), ("12", "REJECT"), ("13", "THREATEN"), ("14", "PROTEST"), ("15", "MOBILIZE"),
    ("16", "SANCTION"), ("17", "COERCE"), ("18", "ASSAULT"), ("19", "ASSAULT"), ("20", "ASSAULT"),
])
def test_root_plover_type(onto, root, ptype):
    assert onto.get(root).plover_type == ptype
    assert onto.get(root + "0").plover_type == ptype


@pytest.mark.parametrize("root, goldstein, quad", [
    ("01", 0.0, 1), ("02", 3.0, 1), ("03", 4.0, 1), ("04", 1.0, 1), ("05", 3.5, 1), ("06", 6.0, 2),
    ("07", 7.0, 2), ("08", 5.0, 2), ("09", -2.0, 3), ("10", -5.0, 3), ("11", -2.0, 3), ("12", -4.0, 3),
    ("13", -6.0, 3), ("14", -6.5, 4), ("15", -7.2, 4), ("16", -4.0, 4), ("17", -7.0, 4), ("18", -9.0, 4),
    ("19", -10.0, 4), ("20", -10.0, 4),
])
def test_root_goldstein_and_quad_class(onto, root, goldstein, quad):
    assert (onto.get(root).goldstein, onto.get(root).quad_class) == (goldstein, quad)


def test_children_share_the_root_quad_class(onto):
    assert all(c.quad_class == onto.get(c.root).quad_class for c in onto.codes.values())


def test_statements_have_no_plover_type(onto):
    assert all(c.plover_type is None for c in onto.codes.values() if c.root == "01")
    assert all(c.plover_type in PLOVER_TYPES for c in onto.codes.values() if c.root != "01")


def test_yield_splits_into_concede_and_retreat(onto):
    types = {c.plover_type for c in onto.codes.values() if c.root == "08"}
    assert types == {"CONCEDE", "RETREAT"}
    assert onto.get("0871").plover_type == "RETREAT"


def test_plover_types(onto):
    assert len(onto.plover_types) == 16
    assert {c.plover_type for c in onto.codes.values()} - {None} == set(PLOVER_TYPES)


def test_root_of_and_unknown(onto):
    assert onto.root_of("0231") == "02"
    assert "999" not in onto
    with pytest.raises(KeyError, match="E350.*'999'"):
        onto.get("999")
    with pytest.raises(KeyError):
        onto.root_of("42")


HEADER = "code,root,name,goldstein,quad_class,plover_type,plover_mode,plover_context\n"
GOOD = "13,13,Threaten,-6,3,THREATEN,,\n130,13,Threaten,-4.4,3,THREATEN,,\n"


def test_custom_path(tmp_path):
    p = tmp_path / "cameo.csv"
    p.write_text(HEADER + GOOD + "131,13,Threaten non-force,-5.8,3,THREATEN,relations,diplomatic|economic\n")
    onto = load_ontology(p)
    assert onto.get("131").plover_context == ("diplomatic", "economic")
    assert onto.files == [str(p)]


@pytest.mark.parametrize("bad_row, reason", [
    ("131,13,X,-11,3,THREATEN,,", "goldstein"),
    ("131,13,X,abc,3,THREATEN,,", "goldstein"),
    ("131,13,X,-5,5,THREATEN,,", "quad_class"),
    ("131,14,X,-5,3,THREATEN,,", "first two digits"),
    ("1a1,1a,X,-5,3,THREATEN,,", "2 to 4 digits"),
    ("131,13,X,-5,3,DEMAND,,", "not a PLOVER 2.0 type"),
    ("131,13,X,-5,3,THREATEN,,nonsense", "not a PLOVER context"),
    ("131,13,X,-5,3,THREATEN,visit,", "not a PLOVER 2.0 mode of THREATEN"),
    ("131,13,X,-5,3,,visit,", "not a PLOVER 2.0 mode"),
    ("130,13,X,-5,3,THREATEN,,", "appears twice"),
    ("141,14,X,-5,4,PROTEST,,", "has no row of its own"),
    ("131,13,,-5,3,THREATEN,,", "'name' is empty"),
])
def test_bad_rows(tmp_path, bad_row, reason):
    p = tmp_path / "bad.csv"
    p.write_text(HEADER + GOOD + bad_row + "\n")
    with pytest.raises(DataFileError, match=reason) as info:
        read_table(p)
    assert f"{p}:4" in str(info.value)


# -- named codes (ontology/codes.py) ------------------------------------------------------------------

def test_named_root_sets_are_roots_of_the_table(onto):
    from flashpoint.ontology import codes

    for name in ("VIOLENCE_ROOTS", "MATERIAL_CONFLICT_ROOTS", "VERBAL_ROOTS", "REPLACED_BY_STATEMENT_ROOTS",
                 "STATEMENT_ROOTS", "POLICE_ACTION_ROOTS"):
        for root in getattr(codes, name):
            assert root in onto and onto.get(root).root == root, (name, root)
    for root in (codes.INTENT_ROOT, codes.THREATEN_ROOT):
        assert onto.get(root).root == root
    assert onto.get(codes.REJECT_CODE).plover_type == "REJECT"
    assert all(prefix in onto for prefix in codes.DOMESTIC_CODE_PREFIXES)


def test_named_root_sets_mean_what_they_say(onto):
    from flashpoint.ontology import codes

    assert {onto.get(r).plover_type for r in codes.VIOLENCE_ROOTS} == {"ASSAULT"}
    assert all(onto.get(r).quad_class == 4 for r in codes.MATERIAL_CONFLICT_ROOTS)
    assert codes.VIOLENCE_ROOTS < codes.MATERIAL_CONFLICT_ROOTS
    assert all(onto.get(r).quad_class in (1, 3) for r in codes.VERBAL_ROOTS)  # verbal cooperation or conflict
    assert codes.STATEMENT_ROOTS < codes.REPLACED_BY_STATEMENT_ROOTS <= codes.VERBAL_ROOTS


@pytest.mark.parametrize("code,state", [("USA", True), ("IGO", False), ("NGO", False), ("EU", False),
                                        (None, False), ("", False)])
def test_is_state_country(code, state):
    from flashpoint.ontology.codes import is_state_country

    assert is_state_country(code) is state


@pytest.mark.parametrize("cameo,group", [("190", "violence"), ("1823", "violence"), ("200", "violence"),
                                         ("173", "17"), ("036", "03")])
def test_event_group(cameo, group):
    from flashpoint.ontology.codes import event_group

    assert event_group(cameo) == group
