"""Places for events the coder left without one (``analysis.places``): from a place their sentence
names that the neighbourhood placed, or from the one place of their report; and what it changes
in clustering: a report of Kharkiv no longer joins the larger Zaporizhzhia cluster of its day."""

from __future__ import annotations

from analysis_rows import event_row, new_store
from flashpoint.analysis.clusters import cluster_new_events, summarise
from flashpoint.analysis.matching import Member
from flashpoint.analysis.places import infer_places, name_key, place_named_in, named_places
from flashpoint.store import Store

KHARKIV = dict(place="Kharkiv", lat=49.99, lon=36.23, admin1="Kharkivs'ka Oblast'")
ZAPORIZHZHIA = dict(place="Zaporizhzhia", lat=47.84, lon=35.14, admin1="Zaporiz'ka Oblast'")
BELGOROD = dict(place="Belgorod", place_country="RUS", lat=50.6, lon=36.6, admin1="Belgorod Oblast")


def member(**kw) -> Member:
    kw.setdefault("doc", "d1")
    return Member.from_row(event_row(**kw))


def unplaced(doc: str, sentence: str, **kw) -> Member:
    return member(doc=doc, place=None, sentence=sentence, **kw)


def test_name_keys():
    assert name_key("Bint Jbeil") == "Bint Jbeil"
    assert name_key("Kharkivs'ka Oblast'") == "Kharkivs'ka Oblast"
    assert name_key("the city") is None and name_key("") is None and name_key("1 2") is None


def test_a_sentence_naming_a_placed_name_takes_its_place():
    places = named_places([member(doc="a", **KHARKIV), member(doc="b", **ZAPORIZHZHIA)])
    assert place_named_in("Shells hit the north-eastern city of Kharkiv.", places).location_name == "Kharkiv"
    assert place_named_in("Shells hit the city.", places) is None
    assert place_named_in("Shells hit kharkiv.", places) is None  # a place is named with a capital
    assert place_named_in("Shells hit Kharkivka.", places) is None  # whole words only
    # two places that cannot be one: no place
    assert place_named_in("Shells hit Kharkiv and Zaporizhzhia.", places) is None
    # a city and its country can be one: the finer
    places = named_places([member(doc="a", **KHARKIV),
                           member(doc="c", place="Ukraine", precision="country", lat=49.0, lon=32.0)])
    assert place_named_in("Shells hit Kharkiv in Ukraine.", places).location_name == "Kharkiv"


def test_inferred_places_are_marked_and_only_for_events_without_one():
    placed = member(doc="a", **KHARKIV)
    moved = unplaced("b", "Russian artillery pounded the city of Kharkiv.")
    elsewhere = member(doc="c", **ZAPORIZHZHIA, sentence="Shells hit Kharkiv, said a man in Zaporizhzhia.")
    out = infer_places([placed, moved, elsewhere])
    assert out[0] is placed and out[2] is elsewhere  # the coder's places stay
    assert out[1].location_name == "Kharkiv" and out[1].place_inferred and out[1].event_id == moved.event_id
    assert not infer_places([unplaced("b", "Artillery pounded the city.")])[0].located


def test_an_event_takes_the_one_place_of_its_report():
    quote = unplaced("k", '"They are targeting homes," the mayor said.')
    report = [member(doc="k", **KHARKIV, index=1), quote]
    assert infer_places(report)[1].location_name == "Kharkiv"
    # a place of the report the clustering does not take (no source, not factual) says it too
    arrest = member(doc="k", source=None, cameo="173", **KHARKIV, index=2)
    assert infer_places([quote], documents=[arrest])[0].location_name == "Kharkiv"
    # a report of two places that cannot be one: no place
    two = [member(doc="k", **KHARKIV, index=1), member(doc="k", **BELGOROD, index=2), quote]
    assert not infer_places(two)[2].located
    # another report's place is not this one's
    assert not infer_places([member(doc="other", **KHARKIV), quote])[1].located


def test_a_cluster_is_placed_by_its_coded_places_first():
    coded = member(doc="a", place="Ukraine", precision="country", lat=49.0, lon=32.0)
    inferred = infer_places([unplaced("b", "Shells hit Kharkiv.")], neighbours=[member(doc="z", **KHARKIV)])[0]
    row = summarise("c1", [coded, inferred], canonical={}, outlets={})
    assert row["location_name"] == "Ukraine"
    assert summarise("c2", [inferred], canonical={}, outlets={})["location_name"] == "Kharkiv"


def _clusters(store: Store) -> list[set[str]]:
    out: dict[str, set[str]] = {}
    for r in store.events_arrow(columns=["doc_id", "cluster_id"]).to_pylist():
        out.setdefault(r["cluster_id"], set()).add(r["doc_id"])
    return sorted(out.values(), key=sorted)


def test_an_unplaced_report_joins_the_town_its_sentence_names_not_the_larger_look_alike(tmp_path):
    """Two reports of Zaporizhzhia and one of Kharkiv the same day; a fourth report the coder
    could not place says "Kharkiv": it joins Kharkiv's cluster (it used to join the larger one),
    and so does the quote of its report that names no place."""
    rows = [event_row(doc="z1", **ZAPORIZHZHIA), event_row(doc="z2", **ZAPORIZHZHIA),
            event_row(doc="k1", **KHARKIV),
            event_row(doc="k2", place=None, sentence="Russian artillery pounded the north-eastern city of Kharkiv."),
            event_row(doc="k2", place=None, cameo="190", index=1, sentence='"They target homes," the mayor said.')]
    path = new_store(tmp_path / "s.duckdb", rows)
    with Store.open(path) as store:
        cluster_new_events(store)
        assert _clusters(store) == [{"k1", "k2"}, {"z1", "z2"}]
        stored = {r["doc_id"]: r["location_name"] for r in store.events_arrow(columns=["doc_id", "location_name"])
                  .to_pylist() if r["doc_id"] == "k2"}
    assert stored == {"k2": None}  # the stored event keeps its place as coded


def test_a_later_report_is_placed_by_the_stored_clusters(tmp_path):
    path = new_store(tmp_path / "s.duckdb", [event_row(doc="z1", **ZAPORIZHZHIA), event_row(doc="z2", **ZAPORIZHZHIA),
                                             event_row(doc="k1", **KHARKIV)])
    with Store.open(path) as store:
        cluster_new_events(store)
        from analysis_rows import add_rows
        add_rows(store, [event_row(doc="k2", place=None, sentence="Shells hit Kharkiv on Tuesday.")])
        run = cluster_new_events(store)
        assert run.joined == 1
        assert _clusters(store) == [{"k1", "k2"}, {"z1", "z2"}]
