"""The scorers of the real-news formats on hand-built gold and predictions (sentences invented here).

IndiaPoliceEvents lines, CAMEO news sentences, written sentences, article gold; telling the format
of a file; re-casing texts; the checks of bad records (numbered, with file:line).
"""

from __future__ import annotations

import json

import pytest

from flashpoint.evaluation import (CorpusMissing, GoldFileError, PredictedEvent, apply_case, code_items,
                                   detect_format, evaluate_path)
from flashpoint.evaluation import articles, cameo_news, india, written
from flashpoint.evaluation.common import Counts
from flashpoint.evaluation.matching import GoldActor, match_greedy, side_matches
from flashpoint.evaluation.running import Item
from flashpoint.records import Actor, Event, Modality, Quantity, Trigger


def write(tmp_path, records, name="gold.jsonl"):
    path = tmp_path / name
    path.write_text("".join((r if isinstance(r, str) else json.dumps(r)) + "\n" for r in records),
                    encoding="utf-8")
    return path


def pred(src=None, ptype=None, tgt=None, *, cameo=None, factual=True, src_sectors=(), tgt_sectors=(),
         src_span=None, tgt_span=None, mode=None, quantities=(), trigger_start=None, has_source=None):
    if has_source and src_span is None:
        src_span = (0, 1)
    return PredictedEvent(source_country=src, target_country=tgt, plover_type=ptype, cameo=cameo, factual=factual,
                          source_sectors=tuple(src_sectors), target_sectors=tuple(tgt_sectors),
                          source_span=src_span, target_span=tgt_span, plover_mode=mode,
                          quantities=tuple(quantities), trigger_start=trigger_start)


# -- matching shared by the formats ----------------------------------------------------------------

@pytest.mark.parametrize("gold, country, sectors, null_any, with_sector, expected", [
    (None, None, (), False, True, True),               # no gold source: a predicted null actor
    (None, "IND", (), False, False, False),            # ... but not an actor with a country
    (None, "IND", (), True, True, True),               # a null gold target matches anything
    (GoldActor("IND", "COP"), "IND", ("COP",), False, True, True),
    (GoldActor("IND", "COP"), "IND", ("MIL",), False, True, False),
    (GoldActor("IND", "COP"), "IND", ("MIL",), False, False, True),
    (GoldActor("IND", None), "IND", ("GOV",), False, True, False),  # null sector wants none
    (GoldActor("IND", None), "IND", (), False, True, True),
    (GoldActor(None, "REF"), None, ("REF",), False, True, True),    # no country: no country
    (GoldActor(None, "REF"), "AFG", ("REF",), False, True, False),
    (GoldActor("IGO", None), "IGO", (), False, True, True),
])
def test_side_matches(gold, country, sectors, null_any, with_sector, expected):
    assert side_matches(gold, country=country, org=None, sectors=sectors, null_matches_any=null_any,
                        with_sector=with_sector) is expected


def test_match_greedy_takes_the_nearest():
    golds = [10, 50]
    preds = [48, 12, 90]
    pairs, missed, free = match_greedy(golds, preds, fits=lambda g, p: True, distance=lambda g, p: abs(g - p))
    assert pairs == [(10, 12), (50, 48)] and missed == [] and free == [90]


def test_counts():
    c = Counts(matched=2, predicted=4, gold=8)
    assert (c.precision, c.recall) == (0.5, 0.25) and abs(c.f1 - 1 / 3) < 1e-9
    assert Counts().f1 is None and Counts(0, 3, 3).f1 == 0.0 and Counts(0, 0, 3).f1 == 0.0


# -- re-casing -------------------------------------------------------------------------------------

@pytest.mark.parametrize("case, text, expected", [
    ("lower", "Police in Ahmedabad", "police in ahmedabad"),
    ("upper", "Police in Ahmedabad", "POLICE IN AHMEDABAD"),
    ("upper", "Straße nach Köln", "STRAßE NACH KÖLN"),  # "ß" would become "SS": kept, offsets hold
    ("lower", "İzmir", "İzmir".lower() if len("İzmir".lower()) == 5 else "İzmir"),
    (None, "As Written", "As Written"),
])
def test_apply_case_keeps_offsets(case, text, expected):
    out = apply_case(text, case)
    assert out == expected and len(out) == len(text)


def test_apply_case_unknown():
    with pytest.raises(Exception, match="E808"):
        apply_case("x", "title")


class RecordingPipeline:
    """A pipeline with only code_text: records the texts it was given and codes nothing."""

    def __init__(self):
        self.texts = []

    def code_text(self, text, published=None):
        self.texts.append((text, published))
        return []


def test_code_items_recases_and_dates():
    pipe = RecordingPipeline()
    out = code_items(pipe, [Item("a", "Troops Crossed", "2020-01-02")], case="lower")
    assert pipe.texts == [("troops crossed", "2020-01-02")] and out["a"].events == []


# -- IndiaPoliceEvents ----------------------------------------------------------------------------

def india_line(i, labels, text="x", doc="d1"):
    return {"id": f"l{i}", "doc": doc, "published": "2002-03-10", "text": text, "labels": labels}


def test_india_rules_and_counts(tmp_path):
    gold = india.load_gold(write(tmp_path, [
        india_line(0, ["ARREST", "ANY_ACTION"]), india_line(1, ["KILL", "FORCE"]), india_line(2, []),
        india_line(3, ["FORCE"]), india_line(4, ["ARREST", "FAIL"]), india_line(5, [])]))
    preds = {
        "l0": [pred("IND", "COERCE", None, cameo="173", src_sectors=["COP"], has_source=True)],
        "l1": [pred("IND", "ASSAULT", None, cameo="193", src_sectors=["COP"], has_source=True)],
        # an arrest with no source counts; a killing by gunmen does not count for police
        "l2": [pred(None, "COERCE", "IND", cameo="173"), pred(None, "ASSAULT", None, cameo="180", src_sectors=["UAF"],
                                                               has_source=True)],
        "l3": [pred("IND", "ASSAULT", None, cameo="175", src_sectors=["COP"], has_source=True)],
        # an arrest by the army is not a police arrest; a non-factual police arrest does not count
        "l4": [pred("IND", "COERCE", None, cameo="173", src_sectors=["MIL"], has_source=True),
               pred("IND", "COERCE", None, cameo="173", src_sectors=["COP"], has_source=True, factual=False)],
        "l5": [pred("IND", "COERCE", None, cameo="172", mode="arrest", src_sectors=["COP"], has_source=True)],
    }
    r = india.score(gold, preds, name="x")
    arrest, kill, force = (r.per_label[k] for k in ("ARREST", "KILL", "FORCE"))
    assert (arrest.gold, arrest.predicted, arrest.matched) == (2, 3, 1)
    assert (kill.gold, kill.predicted, kill.matched) == (1, 1, 1)
    assert (force.gold, force.predicted, force.matched) == (2, 2, 2)
    assert r.unscored_labels == {"ANY_ACTION": 1, "FAIL": 1}
    assert r.figures()["force_f1"] == 1.0 and r.figures()["arrest_f1"] == pytest.approx(0.4)
    text = r.format_text(show_errors=True)
    assert "Missed (1)" in text and "False positive (2)" in text
    assert "ARREST F1=0.400" in r.summary_line()


@pytest.mark.parametrize("record, reason", [
    ({"id": "a", "doc": "d", "published": "2002-3-1", "text": "x", "labels": []}, "'published'"),
    ({"id": "a", "doc": "d", "published": None, "text": "x", "labels": ["RIOT"]}, "unknown label"),
    ({"id": "a", "doc": "d", "published": None, "text": "x", "labels": "KILL"}, "'labels' must be a list"),
    ({"id": "a", "doc": "", "published": None, "text": "x", "labels": []}, "'doc'"),
    ({"id": "a", "doc": "d", "published": None, "text": 3, "labels": []}, "'text'"),
])
def test_india_bad_lines(tmp_path, record, reason):
    path = write(tmp_path, [india_line(0, []), record])
    with pytest.raises(GoldFileError, match=reason) as info:
        india.load_gold(path)
    assert f"{path}:2" in str(info.value) and "E802" in str(info.value)


# -- CAMEO news ------------------------------------------------------------------------------------

TEXT = "Nigerian Air Force (NAF) says it bombed a rebel camp near Maiduguri."


def test_locate_spans():
    assert cameo_news.locate("Nigerian Air Force ( NAF )", TEXT) == [(0, 24)]
    assert cameo_news.locate("a rebel camp", TEXT.lower()) == [(40, 52)]
    assert cameo_news.locate("the army", TEXT) == []


def test_cameo_news_figures(tmp_path):
    gold = cameo_news.load_gold(write(tmp_path, [
        {"id": "c1", "text": TEXT, "penta": 4, "source_spans": ["Nigerian Air Force ( NAF )"],
         "target_spans": ["a rebel camp"]},
        {"id": "c2", "text": "Ghana and Togo signed a border pact.", "penta": 1},
        {"id": "c3", "text": "The minister urged calm.", "penta": 0, "source_spans": ["The minister"],
         "target_spans": []},
        {"id": "c4", "text": "Nothing here.", "penta": 3},
    ]))
    preds = {
        "c1": [pred("NGA", "ASSAULT", None, cameo="195", src_span=(9, 18), tgt_span=(58, 67)),  # wrong target
               pred("NGA", "CONSULT", None, cameo="040", src_span=(0, 24), tgt_span=(40, 52))],  # other class
        "c2": [pred("GHA", "COOPERATE", "TGO", cameo="061")],                                  # class 2, not 1
        "c3": [pred(None, None, None, cameo="023", src_span=(0, 12))],
        "c4": [pred("USA", "ACCUSE", None, cameo="112", factual=False)],
    }
    r = cameo_news.score(gold, preds, name="n")
    assert (r.hits, r.no_event, r.sentences) == (2, 1, 4)
    assert (r.source_hits, r.with_source) == (2, 2)    # "Air Force" inside the gold words; "The minister"
    assert (r.target_hits, r.with_target) == (0, 1)    # the CONSULT's target is not of class 4
    assert r.figures() == {"hit_rate": 0.5, "no_event_rate": 0.25, "source_recall": 1.0, "target_recall": 0.0}
    text = r.format_text(show_errors=True)
    assert "wrong class (1)" in text and "target span missed (1)" in text and "no event (1)" in text


@pytest.mark.parametrize("record, reason", [
    ({"id": "a", "text": "t", "penta": 5}, "'penta' 5"),
    ({"id": "a", "text": "t", "penta": True}, "'penta' True"),
    ({"id": "a", "text": "t", "penta": 1, "source_spans": "x"}, "'source_spans'"),
    ({"id": "a", "text": "", "penta": 1}, "'text'"),
])
def test_cameo_news_bad_lines(tmp_path, record, reason):
    path = write(tmp_path, [{"id": "z", "text": "ok", "penta": 0}, record])
    with pytest.raises(GoldFileError, match=reason) as info:
        cameo_news.load_gold(path)
    assert f"{path}:2" in str(info.value)


# -- written sentences ----------------------------------------------------------------------------

def w_actor(country, sector=None, text="x"):
    return {"country": country, "sector": sector, "text": text}


def w_event(src, ptype, tgt, *, cameo="190", status="asserted", quantities=()):
    return {"source": src, "type": ptype, "cameo": cameo, "target": tgt, "status": status,
            "attributed_to": None, "quantities": list(quantities)}


def w_item(i, cls, events, not_factual=(), **extra):
    return {"id": f"w{i}", "class": cls, "date": "2023-01-01", "text": f"Sentence {i}.", "events": events,
            "not_factual": list(not_factual), "no_events": not events, **extra}


WRITTEN = [
    w_item(1, "targets", [w_event(w_actor("RUS", "MIL"), "ASSAULT", w_actor("UKR", "MIL"),
                                  quantities=[{"kind": "killed", "value": 3, "approx": False, "text": "three"}])]),
    w_item(2, "actor-no-country", [w_event(w_actor("IND", "COP"), "COERCE", w_actor("IND", None), cameo="173"),
                                   w_event(None, "ASSAULT", w_actor("IND", "CVL"), cameo="180")]),
    w_item(3, "modality-scope", [], [w_event(w_actor("RUS"), "ASSAULT", w_actor("UKR"), status="hypothetical")]),
    w_item(4, "no-event", []),
]


def test_written_scores_per_class(tmp_path):
    gold = written.load_gold(write(tmp_path, WRITTEN))
    preds = {
        "w1": [pred("RUS", "ASSAULT", "UKR", src_sectors=["MIL"], tgt_sectors=["GOV"], quantities=[("killed", 3.0)])],
        "w2": [pred("IND", "COERCE", "IND", src_sectors=["COP"]),            # right at both levels
               pred(None, "ASSAULT", "IND", tgt_sectors=["CVL"]),            # null source: right
               pred("IND", "PROTEST", None, factual=False)],                 # not factual: not scored
        "w3": [pred("RUS", "ASSAULT", "UKR")],                               # the hypothetical as a fact
        "w4": [pred("FRA", None, None, cameo="010")],                        # no PLOVER type: not scored
    }
    r = written.score(gold, preds, name="w")
    targets = r.per_class["targets"].figures()
    assert targets["f1"] == 1.0 and targets["sector_f1"] == 0.0   # the target's sector is wrong
    assert targets["quantity_recall"] == 1.0
    acn = r.per_class["actor-no-country"].figures()
    assert acn["recall"] == acn["sector_recall"] == 1.0
    modality = r.per_class["modality-scope"]
    assert (modality.not_factual_as_fact, modality.not_factual) == (1, 1)
    assert modality.figures()["no_event_accuracy"] == 0.0
    assert r.per_class["no-event"].figures()["no_event_accuracy"] == 1.0
    total = r.figures()
    assert total["precision"] == 0.75 and total["recall"] == 1.0 and total["not_factual_as_fact"] == 1.0
    text = r.format_text(show_errors=True)
    assert "not factual, output as fact (1" in text and "RUS/MIL -ASSAULT-> UKR/MIL" in text


def test_written_quantity_needs_a_matched_event(tmp_path):
    gold = written.load_gold(write(tmp_path, WRITTEN[:1]))
    r = written.score(gold, {"w1": [pred("RUS", "COERCE", "UKR", quantities=[("killed", 3.0)])]})
    assert r.figures()["quantity_recall"] == 0.0 and r.figures()["quantity_recall_matched"] is None


@pytest.mark.parametrize("change, reason", [
    (lambda r: r.update(no_events=True), "'no_events' must be true exactly"),
    (lambda r: r["events"][0].update(type="FIGHT"), "not a PLOVER 2.0 type"),
    (lambda r: r["events"][0].update(status="future"), "event 1: 'status' 'future'"),
    (lambda r: r["events"][0].update(cameo=190), "'cameo' 190"),
    (lambda r: r["events"][0].update(source=w_actor(5)), "source.country"),
    (lambda r: r["events"][0].update(quantities=[{"kind": "killed"}]), "numeric 'value'"),
    (lambda r: r.update(not_factual=[w_event(None, "ASSAULT", None, status="asserted")]),
     "not_factual 1: 'status' 'asserted'"),
    (lambda r: r.update(class_=None) or r.pop("class"), "needs 'class'"),
])
def test_written_bad_items(tmp_path, change, reason):
    record = json.loads(json.dumps(WRITTEN[0]))
    change(record)
    record.pop("class_", None)
    path = write(tmp_path, [WRITTEN[3], record])
    with pytest.raises(GoldFileError, match=reason) as info:
        written.load_gold(path)
    assert f"{path}:2" in str(info.value)


# -- article gold ----------------------------------------------------------------------------------

CORPUS_LINES = [
    "Weather was fine.",
    "Kenyan  police arrested ten smugglers in Mombasa. The government praised the police. "
    "Somali officials protested the arrests.",
]


def a_event(offset, trigger, src, ptype, tgt, *, optional=False, status="asserted"):
    return {"offset": offset, "trigger": trigger, "source": src, "cameo": "173", "type": ptype, "mode": None,
            "target": tgt, "status": status, "optional": optional, "note": ""}


def corpus(tmp_path):
    path = tmp_path / "corpus.txt"
    path.write_text("\n".join(CORPUS_LINES), encoding="utf-8")
    return path


ARTICLE_GOLD = [
    {"line": 1, "events": []},
    {"line": 2, "events": [
        a_event(CORPUS_LINES[1].index("arrested"), "arrested", w_actor("KEN", "COP"), "COERCE", w_actor(None, "CRM")),
        a_event(CORPUS_LINES[1].index("praised"), "praised", w_actor("KEN", "GOV"), None, w_actor("KEN", "COP"), optional=True),
        a_event(CORPUS_LINES[1].index("protested"), "protested", w_actor("SOM", "GOV"), "ACCUSE", w_actor("KEN", None), optional=True),
    ]},
]


class CannedPipeline:
    """code_text answers from a table keyed by a word of the text; records what it was given."""

    def __init__(self, answers):
        self.answers, self.seen = answers, []

    def code_text(self, text, published=None):
        self.seen.append((text, published))
        return next((events for key, events in self.answers.items() if key.lower() in text.lower()), [])


def make_event(src, tgt, cameo, ptype, *, status="asserted", start=0, quantities=()):
    return Event(event_id="e", doc_id="d", sentence_index=0, sentence="s", sentence_span=(0, 1),
                 trigger=Trigger(text="t", lemma="t", span=(start, start + 1)), source=src, target=tgt, cameo=cameo,
                 cameo_root=cameo[:2], goldstein=None, quad_class=None,
                 plover={"type": ptype, "mode": None, "context": []}, modality=Modality(status=status),
                 quantities=list(quantities))


def test_articles_score_with_optional_events(tmp_path):
    gold_path = write(tmp_path, ARTICLE_GOLD)
    police = Actor(text="Kenyan police", span=(0, 13), country="KEN", sectors=["COP"])
    smugglers = Actor(text="smugglers", span=(32, 41), sectors=["CRM"])
    somalia = Actor(text="Somali officials", span=(84, 100), country="SOM", sectors=["GOV"])
    kenya = Actor(text="Kenyan", span=(0, 6), country="KEN")
    pipe = CannedPipeline({"smugglers": [
        make_event(police, smugglers, "173", "COERCE", start=14),
        make_event(somalia, kenya, "111", "ACCUSE", start=101),       # an optional event: not a false positive
        make_event(police, None, "190", "ASSAULT", start=14),          # a false positive
    ]})
    r = evaluate_path(gold_path, pipe, corpus=corpus(tmp_path))
    assert r.format == articles.FORMAT
    assert pipe.seen[1] == (" ".join(CORPUS_LINES[1].split()), articles.PUBLISHED)   # cleaned, dated
    pooled = r.pooled("sector")
    assert (pooled.matched, pooled.predicted, pooled.gold) == (1, 2, 1)
    assert r.figures()["recall"] == 1.0 and r.figures()["precision"] == 0.5
    assert r.optional_events == 2 and r.optional_matched == 1
    text = r.format_text(show_errors=True)
    assert "False positive at country+sector (1)" in text and "KEN/COP -ASSAULT-> null" in text


def test_articles_sector_level_is_stricter(tmp_path):
    gold_path = write(tmp_path, ARTICLE_GOLD)
    army = Actor(text="Kenyan police", span=(0, 13), country="KEN", sectors=["MIL"])
    pipe = CannedPipeline({"smugglers": [make_event(army, None, "173", "COERCE", start=14)]})
    r = evaluate_path(gold_path, pipe, corpus=corpus(tmp_path))
    assert r.figures()["recall"] == 0.0 and r.figures()["country_recall"] == 1.0
    missed = [e for e in r.errors if e.kind == articles.MISSED and e.level == "sector"]
    assert [e.sentence for e in missed] == ["Kenyan police arrested ten smugglers in Mombasa."]


def test_agreement_of_two_codings(tmp_path):
    """A second hand coding scored against the gold with the same matching: the same coding agrees
    fully; one that names another sector for the arrest agrees at country level only; its optional
    events and articles the gold does not code count for nothing."""
    gold_path = write(tmp_path, ARTICLE_GOLD)
    same = articles.agreement(gold_path, write(tmp_path, ARTICLE_GOLD, name="same.jsonl"), corpus=corpus(tmp_path))
    assert same.figures()["recall"] == 1.0 and same.figures()["precision"] == 1.0
    other = [{"line": 2, "events": [
        a_event(CORPUS_LINES[1].index("arrested"), "arrested", w_actor("KEN", "MIL"), "COERCE", w_actor(None, "CRM")),
        a_event(CORPUS_LINES[1].index("praised"), "praised", w_actor("KEN", "GOV"), "SUPPORT", w_actor("KEN", "COP"),
                optional=True)]},
        {"line": 1, "events": []}]
    second = articles.agreement(gold_path, write(tmp_path, other, name="other.jsonl"), corpus=corpus(tmp_path))
    s, c = second.pooled("sector"), second.pooled("country")
    assert (s.matched, s.predicted, s.gold) == (0, 1, 1) and (c.matched, c.predicted, c.gold) == (1, 1, 1)
    assert "other.jsonl against gold.jsonl: 2 articles" in second.summary_line()


def test_articles_corpus_missing_and_mismatched(tmp_path):
    gold_path = write(tmp_path, ARTICLE_GOLD)
    with pytest.raises(CorpusMissing, match="E809"):
        evaluate_path(gold_path, CannedPipeline({}), corpus=tmp_path / "nope.txt")
    other = tmp_path / "other.txt"
    other.write_text("one line only", encoding="utf-8")
    with pytest.raises(GoldFileError, match="E810"):
        evaluate_path(gold_path, CannedPipeline({}), corpus=other)
    other.write_text("x\nKenyan police detained ten smugglers.", encoding="utf-8")
    with pytest.raises(GoldFileError, match=f"{gold_path}:2.*E811"):
        evaluate_path(gold_path, CannedPipeline({}), corpus=other)


@pytest.mark.parametrize("event, reason", [
    (dict(a_event(1, "x", None, None, None), optional=False), "must be optional"),
    (a_event(-1, "x", None, "AID", None), "'offset' -1"),
    (a_event(1, "", None, "AID", None), "'trigger'"),
    (a_event(1, "x", None, "AID", None, status="future"), "'status' 'future'"),
    (a_event(1, "x", "USA", "AID", None), "source must be an object"),
])
def test_articles_bad_records(tmp_path, event, reason):
    path = write(tmp_path, [{"line": 1, "events": []}, {"line": 2, "events": [event]}])
    with pytest.raises(GoldFileError, match=reason) as info:
        articles.load_gold(path)
    assert f"{path}:2" in str(info.value)


def test_articles_line_twice(tmp_path):
    with pytest.raises(GoldFileError, match="already coded on line 1"):
        articles.load_gold(write(tmp_path, [{"line": 3, "events": []}, {"line": 3, "events": []}]))


def test_offset_map_and_sentence():
    raw = "A  b. Cc dd.  Ee"
    cleaned = "A b. Cc dd. Ee"
    to_clean = articles.offset_map(raw, cleaned)
    assert [cleaned[to_clean(raw.index(w))] for w in ("b", "Cc", "dd", "Ee")] == ["b", "C", "d", "E"]
    assert articles.sentence_at(cleaned, cleaned.index("dd")) == "Cc dd."
    assert articles.sentence_at(cleaned, len(cleaned) - 1) == "Ee"


# -- telling the format ----------------------------------------------------------------------------

@pytest.mark.parametrize("record, expected", [
    (india_line(0, []), "india_police"),
    ({"id": "c", "text": "t", "penta": 2}, "cameo_news"),
    (WRITTEN[0], "written"),
    ({"line": 4, "events": []}, "articles"),
    ({"id": "s", "date": None, "text": "t", "events": []}, "sentences"),
])
def test_detect_format(tmp_path, record, expected):
    assert detect_format(write(tmp_path, [record])) == expected


def test_detect_format_errors(tmp_path):
    unknown = write(tmp_path, [{"id": "x", "words": "y"}], name="u.jsonl")
    with pytest.raises(GoldFileError, match=r"E812.*u.jsonl:1.*keys: id, words"):
        detect_format(unknown)
    mixed = write(tmp_path, [india_line(0, []), "", {"id": "c", "text": "t", "penta": 2}], name="m.jsonl")
    with pytest.raises(GoldFileError, match=r"E813.*m.jsonl:3: a cameo_news record in a india_police"):
        detect_format(mixed)
    empty = write(tmp_path, [""], name="e.jsonl")
    with pytest.raises(GoldFileError, match="E804"):
        detect_format(empty)
    with pytest.raises(GoldFileError, match="E801"):
        detect_format(tmp_path / "absent.jsonl")


def test_evaluate_path_india_with_a_pipeline(tmp_path):
    path = write(tmp_path, [india_line(0, ["ARREST"], text="police arrested five men"),
                            india_line(1, [], text="a quiet day")])
    police = Actor(text="police", span=(0, 6), sectors=["COP"])
    pipe = CannedPipeline({"arrested": [make_event(police, None, "173", "COERCE", quantities=[
        Quantity(kind="arrested", value=5)])]})
    r = evaluate_path(path, pipe, case="upper")
    assert r.case == "upper" and r.per_label["ARREST"].f1 == 1.0
    assert [t for t, _ in pipe.seen] == ["POLICE ARRESTED FIVE MEN", "A QUIET DAY"]
    json.dumps(r.to_dict())


def test_reports_share_one_shape(tmp_path):
    """Every format's report gives figures, a summary line, text and JSON (what the CLI and bench use)."""
    paths = {
        "india": write(tmp_path, [india_line(0, [])], name="i.jsonl"),
        "cameo": write(tmp_path, [{"id": "c", "text": "t", "penta": 2}], name="c.jsonl"),
        "written": write(tmp_path, WRITTEN, name="w.jsonl"),
        "articles": write(tmp_path, ARTICLE_GOLD, name="a.jsonl"),
        "sentences": write(tmp_path, [{"id": "s", "date": None, "text": "t", "events": []}], name="s.jsonl"),
    }
    for path in paths.values():
        r = evaluate_path(path, CannedPipeline({}), corpus=corpus(tmp_path))
        assert r.figures() and all(v is None or 0 <= v <= 1 for v in r.figures().values())
        assert r.summary_line().startswith(path.name)
        assert r.format_text(show_errors=True)
        assert json.loads(json.dumps(r.to_dict()))["figures"] == r.figures()
