"""Clusters: the matching rules, stable ids, incremental passes, counts and quantities, and the
multi-report gold set (slow: codes tests/stories/ with the real pipeline)."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from analysis_rows import add_rows, event_row, new_store
from flashpoint.analysis.cluster_eval import load_story_gold, pairwise, scored_events
from flashpoint.analysis.clusters import cluster_id_of, cluster_new_events, combine_quantities
from flashpoint.analysis.matching import Member, compatible, date_interval
from flashpoint.store import Store

STORIES = Path(__file__).resolve().parent / "stories"


def member(**kw) -> Member:
    kw.setdefault("doc", "d1")
    return Member.from_row(event_row(**kw))


KHARKIV = dict(place="Kharkiv", lat=49.99, lon=36.23, admin1="Kharkivs'ka Oblast'")
ZAPORIZHZHIA = dict(place="Zaporizhzhia", lat=47.84, lon=35.14, admin1="Zaporiz'ka Oblast'")


@pytest.mark.parametrize("a, b, expected", [
    ({}, {}, True),
    ({}, {"source": "RUS"}, True),                       # a sector not given
    ({"source": "RUSCOP"}, {"source": "RUSGOV"}, True),  # both of the state's apparatus
    ({"source": "SDNREB"}, {"source": "SDNGOV"}, False),  # rebels and government
    ({"source": "COLUAF"}, {"source": "COLREB"}, True),  # unidentified forces say no more than the country
    ({"target": "UKRCVL"}, {"target": "UKROPP"}, True),  # people and protesters: the civilian population
    ({"source": "THAEDU"}, {"source": "THAOPP"}, True),  # students and protesters
    ({"target": "UKRCVL"}, {"target": "UKRREB"}, False),  # civilians and rebels
    ({"target": "UKRJRN"}, {"target": "UKROPP"}, False),  # journalists are not a crowd
    ({}, {"source": "BLRMIL"}, False),                   # another country
    ({}, {"target": None}, True),                        # one target unknown
    ({}, {"target": "BLR"}, False),                      # another target
    ({"cameo": "194"}, {"cameo": "190"}, True),          # one root
    ({"cameo": "190"}, {"cameo": "173"}, False),         # another type and root
    ({"date": "2023-04-11"}, {"date": "2023-04-12"}, True),
    ({"date": "2023-04-11"}, {"date": "2023-04-13"}, False),
    ({"date": "2023-04-01", "date_precision": "month"}, {"date": "2023-04-29"}, True),
    ({"date": "2023-04-01", "date_precision": "month"}, {"date": "2023-05-03"}, False),
    ({"date": "2023-04-10", "date_precision": "week"}, {"date": "2023-04-16"}, True),
    ({**KHARKIV}, {**ZAPORIZHZHIA}, False),              # another town the same day
    ({**KHARKIV}, {"place": None}, True),                # one place unknown
    ({**KHARKIV}, {"place": "Ukraine", "precision": "country", "admin1": None}, True),
    ({**KHARKIV}, {"place": "Kharkivs'ka Oblast'", "precision": "admin1", "admin1": "Kharkivs'ka Oblast'"}, True),
    ({**KHARKIV}, {"place": "Zaporiz'ka Oblast'", "precision": "admin1", "admin1": "Zaporiz'ka Oblast'"}, False),
    ({**KHARKIV}, {"place": "Belgorod", "place_country": "RUS"}, False),
    ({**KHARKIV}, {"place": "Kharkiv (twin)", "lat": 50.0, "lon": 36.25}, True),  # under 5 km apart
])
def test_matching_rules(a, b, expected):
    x, y = member(**a), member(doc="d2", **b)
    assert compatible(x, y) is expected
    assert compatible(y, x) is expected


def test_coarse_dates_stand_for_their_whole_period():
    assert date_interval("2023-02-01", "month")[1] - date_interval("2023-02-01", "month")[0] == 27
    assert date_interval("2024-01-01", "year")[1] - date_interval("2024-01-01", "year")[0] == 365
    assert date_interval("2023-04-11", "day") == date_interval("2023-04-11", None)


def _reports() -> list[dict]:
    """Three reports of a shelling of Kharkiv, one of Zaporizhzhia the same day, one of Kharkiv six
    days later, and a protest in Moscow."""
    return [
        event_row(doc="k1", outlet="Wire", **KHARKIV, quantities=[{"kind": "killed", "value": 12}], confidence=0.7),
        event_row(doc="k2", outlet="Paper", published="2023-04-12", source="RUS", target=None, **KHARKIV,
                  quantities=[{"kind": "killed", "value": 14}], confidence=0.9),
        event_row(doc="k3", outlet="Site", cameo="190", place=None, quantities=[{"kind": "killed", "value": 12}]),
        event_row(doc="z1", outlet="Wire", **ZAPORIZHZHIA),
        event_row(doc="k4", outlet="Wire", date="2023-04-17", **KHARKIV),
        event_row(doc="m1", source="RUSCVL", target="RUSGOV", cameo="141", date="2023-04-11", place="Moscow",
                  place_country="RUS", lat=55.75, lon=37.6),
    ]


def _clusters(where: Path | Store) -> dict[str, set[str]]:
    """cluster id -> the documents of its members (of an open store, or of a store file)."""
    if isinstance(where, Path):
        with Store.open(where, read_only=True) as store:
            return _clusters(store)
    rows = where.events_arrow(columns=["doc_id", "cluster_id"]).to_pylist()
    out: dict[str, set[str]] = {}
    for r in rows:
        out.setdefault(r["cluster_id"], set()).add(r["doc_id"])
    return out


def test_reports_of_one_happening_merge_and_look_alikes_stay_apart(tmp_path):
    path = new_store(tmp_path / "s.duckdb", _reports())
    with Store.open(path) as store:
        run = cluster_new_events(store)
        assert run.events == 6 and run.created == 4
        kharkiv = next(r for r in store.clusters(list(_clusters(store))) if r["events"] == 3)
    assert sorted(map(sorted, _clusters(path).values())) == [["k1", "k2", "k3"], ["k4"], ["m1"], ["z1"]]
    assert kharkiv["documents"] == 3 and kharkiv["outlets"] == 3
    assert kharkiv["first_seen"] == "2023-04-11" and kharkiv["last_seen"] == "2023-04-12"
    assert kharkiv["date"] == "2023-04-11" and kharkiv["location_name"] == "Kharkiv"
    assert kharkiv["face_sentence"].endswith("(k2).")  # the most confident member
    assert kharkiv["source_code"] == "RUSMIL" and kharkiv["target_code"] == "UKR"
    import json
    assert json.loads(kharkiv["quantities"]) == {"killed": {"min": 12, "max": 14, "mode": 12, "reports": 3}}


def test_the_same_members_get_the_same_ids_whatever_the_order(tmp_path):
    """(Without k3: a report with no place, the same day as Kharkiv and Zaporizhzhia, joins the
    cluster that scores best among those there when it comes; see ``assign``.)"""
    rows = [r for r in _reports() if r["doc_id"] != "k3"]
    at_once = new_store(tmp_path / "a.duckdb", rows)
    with Store.open(at_once) as store:
        cluster_new_events(store)
    shuffled = rows[:]
    random.Random(7).shuffle(shuffled)
    by_day = tmp_path / "b.duckdb"
    with Store.open(by_day) as store:
        for row in shuffled:  # one report per ingest, each followed by a clustering pass
            add_rows(store, [row])
            cluster_new_events(store)
    assert _clusters(at_once) == _clusters(by_day)


def test_a_growing_cluster_keeps_its_id_and_a_backfilled_founder_renames_it(tmp_path):
    first, later, earlier = (event_row(doc="a", published="2023-04-11"), event_row(doc="b", published="2023-04-12"),
                             event_row(doc="c", published="2023-04-10", date="2023-04-11"))
    path = new_store(tmp_path / "s.duckdb", [first])
    with Store.open(path) as store:
        cluster_new_events(store)
        (original,) = _clusters(store)
        add_rows(store, [later])
        run = cluster_new_events(store)
        assert run.events == 1 and run.joined == 1 and run.created == 0
        assert _clusters(store) == {original: {"a", "b"}}
        add_rows(store, [earlier])  # published before the founder: it founds the cluster now
        run = cluster_new_events(store)
        assert run.renamed == 1
        (renamed,) = _clusters(store)
        assert renamed != original and _clusters(store)[renamed] == {"a", "b", "c"}
        assert [r["cluster_id"] for r in store.clusters([original, renamed])] == [renamed]
        assert store.counts()["clusters"] == 1


def test_a_pass_only_reads_the_neighbourhood_of_the_new_events(tmp_path):
    far = [event_row(doc=f"old{i}", date=f"2020-01-{i + 10:02d}", cameo="173", source="BLRCOP", target="BLR",
                     place="Minsk", place_country="BLR", lat=53.9, lon=27.56) for i in range(5)]
    path = new_store(tmp_path / "s.duckdb", far)
    with Store.open(path) as store:
        cluster_new_events(store)
        add_rows(store, _reports()[:2])
        near = store.clusters_near(source_countries=["RUS", "BLR"], plover_types=["ASSAULT", "COERCE"],
                                   cameo_roots=["19", "17"], date_from="2023-04-10", date_to="2023-04-12",
                                   coarse_from="2023-03-10")
        assert near == []  # the Belarus clusters of 2020 are not loaded
        run = cluster_new_events(store)
        assert run.events == 2 and run.created == 1


def test_recoded_members_are_accounted_for(tmp_path):
    path = new_store(tmp_path / "s.duckdb", _reports())
    with Store.open(path) as store:
        cluster_new_events(store)
        (k,) = [cid for cid, docs in _clusters(store).items() if docs == {"k1", "k2", "k3"}]
        (z,) = [cid for cid, docs in _clusters(store).items() if docs == {"z1"}]
        # what --recode does to a document's events: they go (its new events come unclustered)
        store.con.execute("DELETE FROM events WHERE doc_id IN ('k1', 'z1')")
        run = cluster_new_events(store)
        assert run.removed == 1 and run.refreshed == 1
        rows = {r["cluster_id"]: r for r in store.clusters(list(_clusters(store)) + [k, z])}
        assert z not in rows
        (kept,) = [cid for cid, docs in _clusters(store).items() if docs == {"k2", "k3"}]
        assert kept == cluster_id_of([Member.from_row(e) for e in _reports()[1:3]])
        assert rows[kept]["events"] == 2


def test_near_duplicate_copies_count_once(tmp_path):
    rows = _reports()[:2] + [event_row(doc="k1-copy", outlet="Republisher", **KHARKIV,
                                       quantities=[{"kind": "killed", "value": 12}])]
    path = new_store(tmp_path / "s.duckdb", rows)
    with Store.open(path) as store:
        store.con.execute("UPDATE documents SET dup_of = 'k1' WHERE doc_id = 'k1-copy'")
        store.con.execute("UPDATE events SET dup_of = 'k1' WHERE doc_id = 'k1-copy'")
        cluster_new_events(store)
        (row,) = store.clusters(list(_clusters(store)))
    assert row["events"] == 3 and row["documents"] == 2 and row["outlets"] == 3
    import json
    assert json.loads(row["quantities"])["killed"] == {"min": 12, "max": 14, "mode": 12, "reports": 2}


def test_quantities_per_kind():
    members = [member(doc="a", quantities=[{"kind": "killed", "value": 5}, {"kind": "injured", "value": 9}]),
               member(doc="b", quantities=[{"kind": "killed", "value": 7}]),
               member(doc="c", quantities=[{"kind": "killed", "value": 7}, {"kind": "killed", "value": 3}])]
    assert combine_quantities(members, {}) == {
        "injured": {"min": 9, "max": 9, "mode": 9, "reports": 1},
        "killed": {"min": 5, "max": 7, "mode": 7, "reports": 3}}


def test_pairwise_scores():
    labels = {"e1": ("h1", "c1"), "e2": ("h1", "c1"), "e3": ("h1", "c2"), "e4": ("h2", "c2"), "e5": ("h2", None)}
    s = pairwise(labels)
    assert (s.tp, s.fp, s.fn) == (1, 1, 3)


#: Floors on the multi-report gold set, with copies (bench/clusters.py prints the figures; the
#: issue's targets are precision 0.90 and recall 0.85). They follow the coder: a coder change
#: that moves them says so here.
#: Issue 9 actors (groups named by their kind only are actors, datelines are context): more events
#: of distractor reports are coded, and a few with no place join a look-alike of the same country
#: and day: precision 0.884 (221/250 pairs), recall 0.810.
#: Issue 11 follow-up: reports of the civilian population by any of its names ("protesters",
#: "students", "activists") are one actor, and events the coder could not place take the place
#: their sentence names or their report's one place (analysis/places.py): precision 0.988
#: (257/260), recall 0.918 (257/280).
#: Issue 9, fifth round (links across sentences: a restated passive takes the earlier doer, pronouns
#: reach a few sentences back): 27 more events of the reports name the happening's source, so the
#: gold scores 229 events instead of 202; some are second mentions the clusterer keeps apart (a
#: "killed" beside the "ambushed" of one report): precision 0.957 (379/396), recall 0.873 (379/434),
#: against 0.955 / 0.894 on the same data before the round.
#: Issue 9, eighth round (nouns of conflict that set the scene and name their doer are coded, new
#: trigger words, reactions aimed at the act just told): more events of the reports join their
#: happening and a few join a look-alike: precision 0.943 (415/440), recall 0.892 (415/465),
#: against 0.951 / 0.868 before the round.
#: Ninth round (targets from the story's conflict, actors of groups, fighting between two sides):
#: precision 0.939 (413/440), recall 0.879 (413/470) — two more pairs of look-alikes join, as the
#: other side of a conflict now names the target of reports that left it empty.
PRECISION_FLOOR, RECALL_FLOOR = 0.93, 0.86


@pytest.mark.slow
def test_the_story_gold(tmp_path, pipeline):
    from flashpoint.ingest import IngestOptions, read_inputs
    from flashpoint.run import run_local
    from flashpoint.store import Ingest

    path = tmp_path / "stories.duckdb"
    with Store.open(path) as store:
        run = Ingest(store, coder=pipeline.coder_info, batch_size=32)
        run.start(inputs=["stories"])
        docs = read_inputs([str(STORIES / "reports.jsonl"), str(STORIES / "dupes.jsonl")], options=IngestOptions())
        for result in run_local(run.pending(docs), options=pipeline.options, pipeline=pipeline):
            run.add(result)
        run.finish()
        cluster_new_events(store)
        events = store.events_arrow().to_pylist()
    score = pairwise(scored_events(events, load_story_gold(STORIES)))
    assert score.precision >= PRECISION_FLOOR, score
    assert score.recall >= RECALL_FLOOR, score


def test_ingest_clusters_what_it_stored(tmp_path, capsys):
    """``flashpoint ingest`` ends with a clustering pass: two outlets' reports of one shelling are
    one happening; ingesting them again adds nothing."""
    from flashpoint.cli import main

    articles = tmp_path / "wire.jsonl"
    import json
    reports = [
        {"id": "w1", "outlet": "Wire", "published": "2023-04-11",
         "text": "Russian forces shelled Kharkiv on Tuesday, killing 12 civilians, officials said."},
        {"id": "p1", "outlet": "Paper", "published": "2023-04-11",
         "text": "Russian artillery pounded Kharkiv on Tuesday and killed 14 people, the mayor said."},
    ]
    articles.write_text("".join(json.dumps(r) + "\n" for r in reports), encoding="utf-8")
    db = tmp_path / "s.duckdb"
    assert main(["ingest", str(articles), "--db", str(db)]) == 0
    assert "clusters: " in capsys.readouterr().err
    with Store.open(db, read_only=True) as store:
        clusters = _clusters(store)
        rows = store.clusters(list(clusters))
    kharkiv = [r for r in rows if r["documents"] == 2]
    assert len(kharkiv) == 1 and kharkiv[0]["location_name"] == "Kharkiv"
    assert main(["ingest", str(articles), "--db", str(db)]) == 0
    with Store.open(db, read_only=True) as store:
        assert _clusters(store) == clusters
