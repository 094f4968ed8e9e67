"""The scorer on hand-built gold files and predictions (sentences invented for these tests)."""

from __future__ import annotations

import json
from dataclasses import dataclass, field

import pytest

from flashpoint.evaluation import (MISSING, SPURIOUS, GoldFileError, PredictedEvent, country_key,
                                   evaluate_file, format_report, load_gold, predicted_from_event,
                                   score)
from flashpoint.records import Actor, Event, Modality, Trigger


def actor(country, sector=None, text="x"):
    return {"country": country, "sector": sector, "text": text}


def pl_event(src, ptype, tgt, mutual=False):
    return {"source": actor(src), "type": ptype, "target": actor(tgt) if tgt else None, "mutual": mutual}


def cameo_event(src, cameo, tgt):
    return {"source": actor(src), "cameo": cameo, "target": actor(tgt)}


def write_gold(tmp_path, records, name="gold.jsonl"):
    path = tmp_path / name
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def rec(sid, text, events, **extra):
    return {"id": sid, "date": None, "text": text, "events": events, **extra}


def pred(src, ptype, tgt, *, cameo=None, factual=True, src_org=None, tgt_org=None):
    return PredictedEvent(source_country=src, target_country=tgt, plover_type=ptype, cameo=cameo,
                          factual=factual, source_org=src_org, target_org=tgt_org)


PLOVER_GOLD = [
    rec("a", "Norway and Chile agreed to share fishing data.",
        [pl_event("NOR", "AGREE", "CHL", True), pl_event("CHL", "AGREE", "NOR", True)]),
    rec("b", "NATO warned Serbia against moving troops.", [pl_event("IGO", "THREATEN", "SRB")]),
    rec("c", "Protesters marched in Lima.", [pl_event("PER", "PROTEST", None)]),
    rec("d", "Kenyan police detained ten Somali traders.", [pl_event("KEN", "COERCE", "SOM")]),
]


@pytest.fixture()
def plover_gold(tmp_path):
    return load_gold(write_gold(tmp_path, PLOVER_GOLD))


def test_perfect_score(plover_gold):
    preds = {
        "a": [pred("NOR", "AGREE", "CHL"), pred("CHL", "AGREE", "NOR")],
        "b": [pred("IGO", "THREATEN", "SRB", src_org="NATO")],
        "c": [pred("PER", "PROTEST", "PER")],
        "d": [pred("KEN", "COERCE", "SOM")],
    }
    r = score(plover_gold, preds)
    assert (r.n_gold, r.n_predicted, r.n_matched) == (5, 5, 5)
    assert r.precision == r.recall == r.f1 == 1.0
    assert r.type_recall() == {"AGREE": 1.0, "COERCE": 1.0, "PROTEST": 1.0, "THREATEN": 1.0}


def test_mutual_needs_both_directions(plover_gold):
    r = score(plover_gold, {"a": [pred("NOR", "AGREE", "CHL")]})
    assert r.n_matched == 1 and r.per_type["AGREE"] == (1, 2)
    assert [e.triple() for e in r.missed if e.sentence_id == "a"] == ["CHL -AGREE-> NOR"]


def test_each_gold_event_matches_one_prediction(plover_gold):
    r = score(plover_gold, {"d": [pred("KEN", "COERCE", "SOM"), pred("KEN", "COERCE", "SOM")]})
    assert (r.n_matched, r.n_predicted) == (1, 2)
    assert r.precision == 0.5
    assert r.confusion[SPURIOUS] == {"COERCE": 1}


def test_null_target_matches_any(plover_gold):
    for target in ("PER", None, "USA"):
        assert score(plover_gold, {"c": [pred("PER", "PROTEST", target)]}).n_matched == 1


def test_named_target_first_in_greedy_matching(tmp_path):
    gold = load_gold(write_gold(tmp_path, [rec("s", "Two rallies.", [
        pl_event("FRA", "PROTEST", None), pl_event("FRA", "PROTEST", "DEU")])]))
    r = score(gold, {"s": [pred("FRA", "PROTEST", "DEU"), pred("FRA", "PROTEST", "ITA")]})
    assert r.n_matched == 2


@pytest.mark.parametrize("country, org, gold, expected", [
    ("IGO", "NATO", "IGO", "IGO"),
    ("IGO", None, "IGO", "IGO"),
    ("NATO", None, "IGO", "IGO"),
    ("UNO", None, "IGO", "IGO"),
    ("EUR", None, "IGO", "IGO"),
    (None, "UN", "IGO", "IGO"),
    ("IGO", "UNSC", "UNO", "UNO"),
    ("IGO", "EC", "EUR", "EUR"),
    ("IGO", "NATO", "UNO", "IGO"),
    ("NGO", "AMNESTY", "NGO", "NGO"),
    ("IMG", "ISIS", "IMG", "IMG"),
    ("usa", None, "USA", "USA"),
    ("PSE", "HAMAS", "PSE", "PSE"),
    (None, None, "---", "---"),
    (None, None, None, "---"),
])
def test_country_key(country, org, gold, expected):
    assert country_key(country, org, gold_value=gold) == expected


def test_igo_source_with_org_code_country(plover_gold):
    assert score(plover_gold, {"b": [pred("NATO", "THREATEN", "SRB")]}).n_matched == 1
    assert score(plover_gold, {"b": [pred("USA", "THREATEN", "SRB")]}).n_matched == 0


def test_only_factual_predictions_count(plover_gold):
    r = score(plover_gold, {"d": [pred("KEN", "COERCE", "SOM", factual=False)]})
    assert (r.n_predicted, r.n_matched) == (0, 0)
    assert r.precision is None and r.f1 is None


def test_statements_not_scored_against_plover(plover_gold):
    r = score(plover_gold, {"d": [pred("KEN", None, "SOM", cameo="010")]})
    assert r.n_predicted == 0


def test_confusion_and_errors(plover_gold):
    preds = {"d": [pred("KEN", "ASSAULT", "SOM")], "c": [pred("BRA", "AID", None)]}
    r = score(plover_gold, preds)
    assert r.confusion["COERCE"] == {"ASSAULT": 1}
    assert r.confusion["PROTEST"] == {MISSING: 1}
    assert r.confusion[SPURIOUS] == {"AID": 1}
    assert r.confusion["AGREE"] == {MISSING: 2}
    assert len(r.missed) == 5 and len(r.spurious) == 2
    text = format_report(r, show_errors=True)
    assert "KEN -ASSAULT-> SOM" in text and "Kenyan police" in text and MISSING in text
    assert "Kenyan police" not in format_report(r, show_errors=False)
    d = r.to_dict()
    assert d["confusion"]["COERCE"] == {"ASSAULT": 1}
    assert d["per_type"]["COERCE"] == {"matched": 0, "gold": 1, "recall": 0.0}
    json.dumps(d)


CAMEO_GOLD = [
    rec("x1", "Egyptian troops shelled a border post.", [cameo_event("EGY", "194", "LBY")], no_events=False),
    rec("x2", "The talks were described as long.", [], no_events=True),
    rec("x3", "The weather was mild on Sunday.", [], no_events=True),
    rec("x4", "UN monitors visited the area.", [cameo_event("IGO", "042", "---")], no_events=False),
]


def test_cameo_gold_compares_roots(tmp_path):
    gold = load_gold(write_gold(tmp_path, CAMEO_GOLD))
    assert {s.scheme for s in gold} == {"cameo"}
    preds = {
        "x1": [pred("EGY", "ASSAULT", "LBY", cameo="190")],  # same root 19
        "x2": [pred("USA", "CONSULT", "CHN", cameo="040"), pred("USA", "ACCUSE", "CHN", factual=False, cameo="112")],
        "x4": [pred("IGO", "CONSULT", None, cameo="043", src_org="UN")],
    }
    r = score(gold, preds)
    assert r.n_matched == 2 and r.n_predicted == 3
    assert r.no_event_sentences == 2 and r.no_event_accuracy == 0.5
    assert set(r.per_type) == {"19", "04"}
    assert r.confusion[SPURIOUS] == {"04": 1}
    assert "no-event accuracy=0.500" in format_report(r, show_errors=False)


def test_cameo_root_mismatch(tmp_path):
    gold = load_gold(write_gold(tmp_path, CAMEO_GOLD))
    r = score(gold, {"x1": [pred("EGY", "COERCE", "LBY", cameo="173")]})
    assert r.n_matched == 0 and r.confusion["19"] == {"17": 1}


@pytest.mark.parametrize("line, reason", [
    ("not json", "not JSON"),
    ('["a list"]', "not a JSON object"),
    ('{"id": "", "text": "t", "events": []}', "'id'"),
    ('{"id": "q", "text": 5, "events": []}', "'text'"),
    ('{"id": "q", "text": "t", "events": {}}', "'events' must be a list"),
    ('{"id": "q", "text": "t", "date": "2020-13-01", "events": []}', "'date'"),
    ('{"id": "q", "text": "t", "events": [{"source": {"country": "USA"}, "type": "FIGHT", "target": null}]}',
     "not a PLOVER 2.0 type"),
    ('{"id": "q", "text": "t", "events": [{"source": {"country": "USA"}, "target": null}]}', "needs a PLOVER"),
    ('{"id": "q", "text": "t", "events": [{"source": null, "type": "AID", "target": null}]}', "'source' must be"),
    ('{"id": "q", "text": "t", "events": [{"source": {"country": "USA"}, "cameo": 190, "target": null}]}',
     "not a CAMEO code"),
    ('{"id": "q", "text": "t", "no_events": true, "events": [{"source": {"country": "USA"}, "type": "AID", "target": null}]}',
     "'no_events' is true"),
    ('{"id": "a", "text": "t", "events": []}', "already used on line 1"),
])
def test_bad_gold_lines(tmp_path, line, reason):
    path = tmp_path / "bad.jsonl"
    path.write_text(json.dumps(rec("a", "fine", [])) + "\n\n" + line + "\n", encoding="utf-8")
    with pytest.raises(GoldFileError, match=reason) as info:
        load_gold(path)
    assert f"{path}:3" in str(info.value)


def test_missing_gold_file(tmp_path):
    with pytest.raises(GoldFileError, match="E801"):
        load_gold(tmp_path / "nope.jsonl")


def make_event(src: Actor | None, tgt: Actor | None, cameo: str, ptype: str | None, status="asserted"):
    return Event(event_id="e", doc_id="d", sentence_index=0, sentence="s", sentence_span=(0, 1),
                 trigger=Trigger(text="hit", lemma="hit", span=(0, 3)), source=src, target=tgt, cameo=cameo,
                 cameo_root=cameo[:2], goldstein=None, quad_class=None,
                 plover={"type": ptype, "mode": None, "context": []}, modality=Modality(status=status))


@dataclass
class FakePipeline:
    """Answers code_text from a table of canned events, recording the dates it was given."""

    answers: dict[str, list[Event]]
    calls: list = field(default_factory=list)

    def code_text(self, text, published=None):
        self.calls.append(published)
        return self.answers.get(text, [])


def test_evaluate_file_with_a_pipeline(tmp_path):
    path = write_gold(tmp_path, PLOVER_GOLD[1:] + [dict(rec("z", "Quiet day.", [], no_events=True),
                                                         date="2021-03-04")])
    nato = Actor(text="NATO", span=(0, 4), code="IGONATO", country="IGO", org="NATO")
    serbia = Actor(text="Serbia", span=(12, 18), country="SRB")
    pipe = FakePipeline({
        "NATO warned Serbia against moving troops.": [make_event(nato, serbia, "130", "THREATEN")],
        "Quiet day.": [make_event(serbia, None, "190", "ASSAULT", status="hypothetical")],
    })
    r = evaluate_file(path, pipe)
    assert (r.n_matched, r.n_predicted, r.n_gold) == (1, 1, 3)
    assert r.no_event_accuracy == 1.0
    assert "2021-03-04" in pipe.calls and r.name == "gold.jsonl"


def test_predicted_from_event():
    kenya = Actor(text="Kenyan police", span=(0, 13), country="KEN", sectors=["COP"])
    p = predicted_from_event(make_event(kenya, None, "173", "COERCE", status="denied"))
    assert (p.source_country, p.target_country, p.plover_type, p.cameo, p.factual, p.trigger) == (
        "KEN", None, "COERCE", "173", False, "hit")


@pytest.mark.parametrize("name", ["plover_gsr_dev", "petr2_afp_dev"])
def test_development_gold_loads_and_scores_itself(shared_dir, name):
    path = shared_dir / "eval" / f"{name}.jsonl"
    if not path.exists():
        pytest.skip(f"{path} is absent")
    gold = load_gold(path)
    as_predictions = {
        s.id: [pred(None if g.source == "---" else g.source, g.type, g.target, cameo=g.cameo)
               for g in s.events] for s in gold}
    r = score(gold, as_predictions)
    assert r.n_gold > 0 and r.precision == r.recall == 1.0
    assert r.no_event_sentences == 0 or r.no_event_accuracy == 1.0


# -- the IGO families (data/igo_families.csv) ------------------------------------------------------

def test_igo_families_shipped():
    from flashpoint.evaluation import IGO_FAMILY, read_igo_families

    assert read_igo_families() == IGO_FAMILY
    assert len(IGO_FAMILY) == 55
    assert IGO_FAMILY["UNHCR"] == "UNO" and IGO_FAMILY["ECB"] == "EUR" and IGO_FAMILY["NAT"] == "NATO"
    assert all(IGO_FAMILY[family] == family for family in IGO_FAMILY.values())


@pytest.mark.parametrize("rows,line,reason", [
    ("UN,UNO\nUNO,UNO\nUN,UNO\n", 4, "[E605] code 'UN' appears twice (first on line 2)"),
    ("UNO,UNO\nUN,UNO\n", 3, "[E807] rows must be sorted by code: 'UN' comes after 'UNO'"),
    ("UN,UNO\nUNO,UNO\nun,UNO\n", 4, "[E805] code 'un' is not an organisation code"),
    ("UN,UNO\nWHO,UNO\n", 2, "[E806] family 'UNO' has no row of its own"),
    ("UN,\n", 2, "column 'family' is empty"),
])
def test_igo_families_bad_rows_say_file_and_line(tmp_path, rows, line, reason):
    from flashpoint.errors import DataFileError
    from flashpoint.evaluation import read_igo_families

    path = tmp_path / "igo.csv"
    path.write_text("code,family\n" + rows, encoding="utf-8")
    with pytest.raises(DataFileError) as info:
        read_igo_families(path)
    assert info.value.file == str(path) and info.value.line == line
    assert reason in str(info.value)
