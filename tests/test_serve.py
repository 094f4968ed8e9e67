"""The REST API with FastAPI's test client, over a store of examples/: every resource, every error,
the one error shape, the models generated from the field spec, the query time limit."""

from __future__ import annotations

import csv
import io
import json
import re

import jsonschema
import pytest

pytest.importorskip("fastapi")
pytest.importorskip("httpx")

from fastapi.testclient import TestClient  # noqa: E402

from flashpoint.columns import EVENT, FLAT_COLUMNS, flatten  # noqa: E402
from flashpoint.schema import event_schema  # noqa: E402
from flashpoint.serve import Limits, ServerStore, create_app  # noqa: E402
from flashpoint.serve.app import STATIC  # noqa: E402
from flashpoint.serve.records import unflatten  # noqa: E402
from flashpoint.store import Store  # noqa: E402
from flashpoint.store.api_queries import ApiReader  # noqa: E402
from flashpoint.store.reading import EVENT_COLUMNS  # noqa: E402

from serve_helpers import store_with_cluster  # noqa: E402

VALIDATOR = jsonschema.Draft202012Validator(event_schema())


@pytest.fixture(scope="module")
def clustered(example_store, tmp_path_factory):
    path = tmp_path_factory.mktemp("serve") / "clustered.duckdb"
    cluster_id, members = store_with_cluster(example_store, path)
    return path, cluster_id, members


@pytest.fixture(scope="module")
def store(clustered):
    with Store.open(clustered[0], read_only=True) as opened:
        yield opened


@pytest.fixture(scope="module")
def client(store):
    with TestClient(create_app(ServerStore(store))) as test_client:
        yield test_client


def assert_error(response, status: int, *, code: str | None = None, param: str | None = "any"):
    """The one error shape, pinned: exactly these keys, the status repeated, a numbered message."""
    assert response.status_code == status, response.text
    body = response.json()
    assert list(body) == ["error"]
    error = body["error"]
    assert set(error) == {"status", "code", "message", "param"}
    assert error["status"] == status
    assert re.fullmatch(r"E\d{3}", error["code"])
    assert error["message"].startswith(f"[{error['code']}] ")
    if code is not None:
        assert error["code"] == code, error
    if param != "any":
        assert error["param"] == param, error
    assert "Traceback" not in response.text
    return error


# -- health, counts ----------------------------------------------------------------------------------


def test_health(client, store):
    body = client.get("/api/health").json()
    assert body["status"] == "ok" and body["writable"] is False
    assert body["events"] == store.counts()["events"] > 0
    assert body["documents"] == store.counts()["documents"]
    assert body["schema_version"] >= 1


def test_counts_tables_and_groups(client, store):
    body = client.get("/api/counts").json()
    assert body["tables"] == store.counts()
    grouped = client.get("/api/counts", params={"by": "quad_class", "status": "all"}).json()
    assert grouped["by"] == "quad_class"
    assert sum(g["events"] for g in grouped["groups"]) == grouped["matching"] == store.counts()["events"]
    assert_error(client.get("/api/counts", params={"by": "sentence"}), 400, code="E903", param="by")


# -- events ------------------------------------------------------------------------------------------


def _all(client, **params):
    rows, cursor = [], None
    while True:
        page = client.get("/api/events", params={**params, **({"cursor": cursor} if cursor else {})}).json()
        rows += page["events"]
        cursor = page["next_cursor"]
        if cursor is None:
            return rows


def test_events_are_factual_by_default(client, store):
    factual = _all(client, limit=500)
    everything = _all(client, limit=500, status="all")
    assert len(factual) == store.counts()["factual_events"] < len(everything) == store.counts()["events"]
    assert all(r["status"] in ("asserted", "reported", "historical") and not r["negated"] for r in factual)


def test_events_page_default_and_maximum(client):
    page = client.get("/api/events", params={"status": "all"}).json()
    assert page["limit"] == 50 and len(page["events"]) == 50 and page["next_cursor"]
    assert list(page["events"][0]) == list(EVENT_COLUMNS)
    assert_error(client.get("/api/events", params={"limit": 501}), 400, code="E903", param="limit")
    assert_error(client.get("/api/events", params={"limit": 0}), 400, param="limit")


def test_cursor_pages_cover_every_event_once(client, store):
    rows = _all(client, limit=7, status="all", sort="-confidence")
    ids = [r["event_id"] for r in rows]
    assert len(ids) == len(set(ids)) == store.counts()["events"]
    confidences = [r["confidence"] for r in rows]
    assert confidences == sorted(confidences, reverse=True)


@pytest.mark.parametrize("params, check", [
    ({"actor": "RUS"}, lambda r: "RUS" in (r["source_country"], r["target_country"])),
    ({"source": "KENGOV"}, lambda r: r["source_code"].startswith("KENGOV")),
    ({"dyad": "ARM,AZE"}, lambda r: {r["source_country"], r["target_country"]} == {"ARM", "AZE"}),
    ({"dyad": "AZE,ARM", "directed": "true"}, lambda r: (r["source_country"], r["target_country"]) == ("AZE", "ARM")),
    ({"quad_class": 4}, lambda r: r["quad_class"] == 4),
    ({"cameo": "04"}, lambda r: r["cameo_root"] == "04"),
    ({"plover_type": "consult"}, lambda r: r["plover_type"] == "CONSULT"),
    ({"status": "future,conditional"}, lambda r: r["status"] in ("future", "conditional")),
    ({"min_confidence": 0.85}, lambda r: r["confidence"] >= 0.85),
    ({"q": "SANCTIONS"}, lambda r: "sanctions" in r["sentence"].lower()),
    ({"date_from": "2023-05-01", "date_to": "2023-05-31"}, lambda r: "2023-05-01" <= r["date"] <= "2023-05-31"),
    ({"bbox": "30,-5,45,15"}, lambda r: 30 <= r["location_lon"] <= 45 and -5 <= r["location_lat"] <= 15),
    ({"outlet": "Example Wire"}, lambda r: r["outlet"] == "Example Wire"),
])
def test_event_filters(client, params, check):
    rows = _all(client, limit=500, **({"status": "all"} if "status" not in params else {}), **params)
    assert rows, params
    assert all(check(r) for r in rows), params
    unfiltered = _all(client, limit=500, status="all")
    assert len(rows) < len(unfiltered)


def test_doc_and_cluster_filters(client, clustered):
    _, cluster_id, members = clustered
    rows = _all(client, cluster_id=cluster_id, status="all")
    assert sorted(r["event_id"] for r in rows) == sorted(members)
    doc_id = rows[0]["doc_id"]
    assert {r["doc_id"] for r in _all(client, doc_id=doc_id, status="all")} == {doc_id}


@pytest.mark.parametrize("params, param, code", [
    ({"source": "XXQ"}, "source", "E709"),
    ({"actor": "R-1"}, "actor", "E709"),
    ({"dyad": "RUS"}, "dyad", "E903"),
    ({"cameo": "999"}, "cameo", "E709"),
    ({"plover_type": "HUG"}, "plover_type", "E709"),
    ({"quad_class": 5}, "quad_class", "E903"),
    ({"quad_class": "two"}, "quad_class", "E903"),
    ({"status": "rumoured"}, "status", "E709"),
    ({"min_confidence": 2}, "min_confidence", "E903"),
    ({"bbox": "1,2,3"}, "bbox", "E903"),
    ({"bbox": "0,0,0,north"}, "bbox", "E903"),
    ({"bbox": "0,50,10,40"}, "bbox", "E710"),
    ({"date_from": "yesterday"}, "date_from", "E710"),
    ({"date_from": "2024-02-01", "date_to": "2024-01-01"}, "date_from", "E708"),
    ({"sort": "nonsense"}, "sort", "E903"),
    ({"cursor": "not-a-cursor"}, "cursor", "E711"),
])
def test_bad_filters_name_their_parameter(client, params, param, code):
    assert_error(client.get("/api/events", params=params), 400, code=code, param=param)


def test_a_cursor_made_for_another_sort_is_refused(client):
    cursor = client.get("/api/events", params={"limit": 2, "sort": "date"}).json()["next_cursor"]
    assert_error(client.get("/api/events", params={"cursor": cursor, "sort": "-confidence"}), 400, param="cursor")


# -- one event and its evidence ----------------------------------------------------------------------


def test_event_evidence_highlights_its_words(client, store):
    located = [r for r in store.events(None, limit=500).rows if r["location_start"] is not None
               and r["date_start"] is not None and r["target_start"] is not None]
    assert located
    row = located[0]
    body = client.get(f"/api/events/{row['event_id']}").json()
    assert body["row"]["event_id"] == row["event_id"]
    VALIDATOR.validate(body["event"])
    roles = {h["role"]: h for h in body["highlights"]}
    assert {"source", "trigger", "target", "place", "date"} <= set(roles)
    sentence = body["event"]["sentence"]
    for h in body["highlights"]:
        assert sentence[h["start"]:h["end"]] == h["text"]
    assert roles["trigger"]["text"] == row["trigger_text"]
    assert roles["source"]["text"] == row["source_text"]
    assert roles["target"]["text"] == row["target_text"]
    assert roles["place"]["text"] == row["location_text"]
    assert [h["start"] for h in body["highlights"]] == sorted(h["start"] for h in body["highlights"])
    assert body["document"]["doc_id"] == row["doc_id"] and "text" not in body["document"]


def test_event_quantities_are_highlighted(client, store):
    rows = [r for r in store.events(None, limit=500, ).rows if r["quantities"]]
    rows += [r for r in _all(client, status="all", limit=500) if r["quantities"]]
    assert rows
    body = client.get(f"/api/events/{rows[0]['event_id']}").json()
    quantities = [h for h in body["highlights"] + body["outside"] if h["role"] == "quantity"]
    assert [q["text"] for q in quantities] == [q["text"] for q in body["event"]["quantities"] if q.get("span")]


def test_event_shows_the_other_reports_of_its_cluster(client, clustered):
    _, cluster_id, members = clustered
    body = client.get(f"/api/events/{members[0]}").json()
    assert body["cluster"]["cluster_id"] == cluster_id
    assert sorted(e["event_id"] for e in body["cluster_events"]) == sorted(members[1:])


def test_unknown_event_is_404(client):
    assert_error(client.get("/api/events/nope"), 404, code="E901", param=None)


def test_unflatten_gives_back_the_record(pipeline):
    text = ("Russian forces shelled Kharkiv on Tuesday, killing 3 civilians, Ukrainian officials said. "
            "On Wednesday, U.S. Secretary of State Antony Blinken met Ukraine's foreign minister in Kyiv.")
    events = pipeline.code_text(text, published="2022-02-16")
    assert events
    for event in events:
        record = event.to_dict()
        if record["location"]:
            record["location"].pop("feature", None)  # not a flat column
        assert unflatten(flatten(event.to_dict())) == record
        VALIDATOR.validate(unflatten(flatten(event.to_dict())))


def test_a_row_stored_before_the_place_text_column_still_gives_a_valid_record(pipeline):
    events = pipeline.code_text("Russian forces shelled Kharkiv on Tuesday.", published="2022-02-16")
    row = flatten(next(e for e in events if e.location).to_dict())
    row.update(location_text=None, location_start=None, location_end=None, date_start=None, date_end=None)
    record = unflatten(row)
    VALIDATOR.validate(record)
    assert record["location"]["text"] == ""  # empty, never invented
    assert record["location"].get("span") is None and record["date_span"] is None


# -- documents ---------------------------------------------------------------------------------------


def test_document_with_text_events_and_spans(client, store):
    row = store.events(None, limit=1).rows[0]
    body = client.get(f"/api/documents/{row['doc_id']}").json()
    text = body["text"]
    assert body["document"]["doc_id"] == row["doc_id"]
    assert {e["event_id"] for e in body["events"]} >= {row["event_id"]}
    assert len(body["events"]) == store.document(row["doc_id"], text=False)["events"]
    by_event = {e["event_id"]: e for e in body["events"]}
    for span in body["spans"]:
        event = by_event[span["event_id"]]
        if span["role"] in ("source", "target", "trigger"):
            assert text[span["start"]:span["end"]] == event[f"{span['role']}_text"]
        if span["role"] == "place":
            assert text[span["start"]:span["end"]] == event["location_text"]
    assert_error(client.get("/api/documents/nope"), 404, code="E901")


# -- clusters, series, places, actors, alerts --------------------------------------------------------


def test_clusters(client, clustered):
    _, cluster_id, members = clustered
    listed = client.get("/api/clusters").json()
    assert [c["cluster_id"] for c in listed] == [cluster_id]
    assert client.get("/api/clusters", params={"actor": "ARM"}).json() == []
    one = client.get(f"/api/clusters/{cluster_id}").json()
    assert one["cluster"]["events"] == len(members) == len(one["events"])
    assert_error(client.get("/api/clusters/nope"), 404, code="E901")
    assert_error(client.get("/api/clusters", params={"sort": "sentence"}), 400, param="sort")


def test_series_counts_by_quadclass_with_empty_periods(client):
    body = client.get("/api/series", params={"status": "all", "period": "month"}).json()
    rows = body["rows"]
    assert body["period"] == "month" and rows
    for row in rows:
        assert row["events"] == row["q1"] + row["q2"] + row["q3"] + row["q4"]
    periods = [r["period"] for r in rows]
    assert periods == sorted(periods) and all(p.endswith("-01") for p in periods)
    assert any(r["events"] == 0 for r in rows)  # the examples leave months empty: they are shown
    dated = len([r for r in _all(client, status="all", limit=500) if r["date"]])
    assert sum(r["events"] for r in rows) == dated
    dyad = client.get("/api/series", params={"dyad": "ARM,AZE", "status": "all", "period": "day"}).json()
    assert sum(r["events"] for r in dyad["rows"]) == len(_all(client, dyad="ARM,AZE", status="all"))
    assert_error(client.get("/api/series", params={"period": "hour"}), 400, param="period")


def test_places_for_the_map(client):
    places = client.get("/api/places", params={"status": "all"}).json()
    assert places
    reports = [p["reports"] for p in places]
    assert reports == sorted(reports, reverse=True)
    for place in places:
        assert -90 <= place["lat"] <= 90 and -180 <= place["lon"] <= 180 and place["quad_class"] in (1, 2, 3, 4)
        event = client.get(f"/api/events/{place['event_id']}").json()["row"]
        assert event["location_name"] == place["name"]
    kenya = client.get("/api/places", params={"status": "all", "bbox": "33,-5,42,5"}).json()
    assert kenya and {p["country"] for p in kenya} == {"KEN"}


def test_actor_lookup(client):
    found = client.get("/api/actors", params={"q": "ken"}).json()
    assert found and all(a["code"].startswith("KEN") or "ken" in (a["name"] or "").lower() for a in found)
    by_name = client.get("/api/actors", params={"q": "ruto"}).json()
    assert by_name and by_name[0]["name"] == "William Ruto"
    assert_error(client.get("/api/actors"), 400, param="q")
    assert_error(client.get("/api/actors", params={"q": "x" * 33}), 400, param="q")


def test_alerts_need_the_analysis(client):
    from flashpoint.serve import analysis_bridge

    if analysis_bridge.available():
        assert client.get("/api/alerts").status_code == 200
        assert client.get("/api/alerts", params={"actor": "KEN", "since": "2020-01-01"}).json() == []
        assert_error(client.get("/api/alerts", params={"since": "soon"}), 400, param="since")
        series = client.get("/api/series", params={"actor": "KEN", "alerts": "true"}).json()
        assert series["alerts"] == [] and series["unit"] == "clusters"
    else:
        assert_error(client.get("/api/alerts"), 501, code="E912")


def test_alerts_are_marked_on_the_timeline(store, monkeypatch):
    """The analysis's alerts reach the series answer (what the dashboard marks), for the dyad or
    country asked and over the periods shown."""
    from flashpoint.serve import analysis_bridge

    asked = {}

    def fake_alerts(reader, selection, *, since=None, until=None):
        asked.update(actor=selection.actor, since=since)
        return [{"who": "KEN", "day": "2023-05-11", "what": "KEN: more material conflict than usual"}]

    monkeypatch.setattr(analysis_bridge, "alerts_for", fake_alerts)
    client = TestClient(create_app(ServerStore(store)))
    body = client.get("/api/series", params={"actor": "KEN", "alerts": "true", "period": "month"}).json()
    assert body["alerts"][0]["day"] == "2023-05-11"
    assert asked == {"actor": "KEN", "since": body["rows"][0]["period"]}
    assert client.get("/api/series", params={"actor": "KEN"}).json()["alerts"] == []


# -- exports -----------------------------------------------------------------------------------------


def test_export_jsonl_is_the_records(client, store):
    response = client.get("/api/export", params={"format": "jsonl", "status": "all"})
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("application/x-ndjson")
    assert "attachment" in response.headers["content-disposition"]
    records = [json.loads(line) for line in response.text.splitlines()]
    assert len(records) == store.counts()["events"]
    for record in records:
        VALIDATOR.validate(record)


def test_export_csv_is_the_flat_rows(client):
    response = client.get("/api/export", params={"format": "csv", "actor": "KEN"})
    rows = list(csv.DictReader(io.StringIO(response.text)))
    assert list(rows[0])[:len(FLAT_COLUMNS)] == list(FLAT_COLUMNS)
    assert len(rows) == len(_all(client, actor="KEN", limit=500))
    assert_error(client.get("/api/export", params={"format": "xml"}), 400, param="format")
    assert_error(client.get("/api/export", params={"source": "nope"}), 400, param="source")


@pytest.mark.parametrize("fmt", ["gdelt", "plover", "geojson"])
def test_export_the_other_formats_of_flashpoint_export(client, store, fmt):
    from flashpoint.serve import analysis_bridge

    if analysis_bridge.export_writers() is None:
        assert_error(client.get("/api/export", params={"format": fmt}), 501, code="E912", param="format")
        return
    response = client.get("/api/export", params={"format": fmt, "status": "all"})
    assert response.status_code == 200
    if fmt == "geojson":
        collection = json.loads(response.text)
        located = [r for r in _all(client, status="all", limit=500) if r["location_lat"] is not None]
        assert collection["type"] == "FeatureCollection" and len(collection["features"]) == len(located)
    elif fmt == "plover":
        records = [json.loads(line) for line in response.text.splitlines()]
        assert records and all("event" in r or "event_type" in r or "type" in r for r in records)
    else:
        rows = [line.split("\t") for line in response.text.splitlines()]
        assert rows and {len(r) for r in rows} == {61}


def test_an_export_reads_as_a_stream(client, store):
    """Read piece by piece, the export holds every event once."""
    with client.stream("GET", "/api/export", params={"format": "jsonl", "status": "all"}) as response:
        pieces = [piece for piece in response.iter_bytes()]
    lines = b"".join(pieces).decode("utf-8").splitlines()
    assert len(lines) == store.counts()["events"]


# -- OpenAPI from the field spec, docs offline -------------------------------------------------------


def test_openapi_models_come_from_the_field_spec(client):
    spec = client.get("/openapi.json").json()
    schemas = spec["components"]["schemas"]
    row = schemas["EventRow"]["properties"]
    assert list(row) == list(EVENT_COLUMNS)
    from flashpoint.columns import descriptions

    for d in descriptions(flat=True):
        assert row[d.name]["description"] == d.text
    record = schemas["EventRecord"]["properties"]
    assert list(record) == [f.name for f in EVENT.fields]
    assert record["cameo"]["description"] == next(f.description for f in EVENT.fields if f.name == "cameo")
    for path in ("/api/events", "/api/events/{event_id}", "/api/documents/{doc_id}", "/api/documents",
                 "/api/clusters", "/api/series", "/api/alerts", "/api/places", "/api/actors", "/api/counts",
                 "/api/health", "/api/export"):
        assert path in spec["paths"], path


def test_docs_work_offline(client):
    page = client.get("/docs")
    assert page.status_code == 200
    assert "/docs-assets/swagger-ui-bundle.js" in page.text
    assert not re.search(r"(src|href)=\"https?://", page.text)
    assert client.get("/docs-assets/swagger-ui-bundle.js").status_code == 200


# -- the dashboard's files ---------------------------------------------------------------------------


def test_dashboard_is_served_with_its_policy(client):
    page = client.get("/")
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    assert "default-src 'self'" in page.headers["content-security-policy"]
    assert page.headers["x-content-type-options"] == "nosniff"
    for asset in ("app.js", "style.css", "world.json"):
        assert client.get(f"/assets/{asset}").status_code == 200


def test_dashboard_loads_nothing_from_the_internet():
    for path in STATIC.iterdir():
        text = path.read_text(encoding="utf-8")
        urls = set(re.findall(r"https?://[^\s\"')]+", text)) - {"http://www.w3.org/2000/svg"}
        assert not urls, f"{path.name} names {urls}"


def test_world_outline_is_small_and_whole():
    world = json.loads((STATIC / "world.json").read_text(encoding="utf-8"))
    assert (STATIC / "world.json").stat().st_size < 200_000
    codes = {c["iso3"] for c in world["countries"]}
    assert {"RUS", "UKR", "USA", "KEN", "BRA", "AUS"} <= codes and len(world["countries"]) > 150
    for country in world["countries"]:
        for ring in country["rings"]:
            assert len(ring) % 2 == 0 and len(ring) >= 8
            assert all(-180 <= v <= 180 for v in ring[0::2]) and all(-90 <= v <= 90 for v in ring[1::2])


# -- errors ------------------------------------------------------------------------------------------


@pytest.mark.parametrize("method, url, status, code", [
    ("GET", "/api/nothing-here", 404, "E902"),
    ("GET", "/no/such/page", 404, "E902"),
    ("DELETE", "/api/events", 405, "E910"),
    ("PUT", "/api/documents", 405, "E910"),
    ("GET", "/api/events?limit=abc", 400, "E903"),
    ("GET", "/api/events/nope", 404, "E901"),
    ("POST", "/api/documents", 403, "E906"),
])
def test_every_error_has_the_one_shape(client, method, url, status, code):
    assert_error(client.request(method, url), status, code=code)


def test_a_query_past_the_time_limit_is_stopped(store, monkeypatch):
    """The timer interrupts DuckDB itself: the slow query stops, the server answers 503 E908 at once."""
    import time

    def slow_counts(self):
        return {"events": self._value("SELECT count(*) FROM range(100000000000) t(a) WHERE a % 7 = 3")}

    monkeypatch.setattr(ApiReader, "counts", slow_counts)
    client = TestClient(create_app(ServerStore(store, limits=Limits(query_seconds=0.3))))
    started = time.monotonic()
    error = assert_error(client.get("/api/health"), 503, code="E908")
    assert time.monotonic() - started < 10
    assert "0.3 s" in error["message"]
    monkeypatch.undo()
    assert client.get("/api/health").status_code == 200  # the store is still usable


def test_an_unexpected_failure_is_a_500_in_the_one_shape(store, monkeypatch):
    def broken(self, prefix, *, limit=10):
        raise RuntimeError("boom")

    monkeypatch.setattr(ApiReader, "actors", broken)
    client = TestClient(create_app(ServerStore(store)), raise_server_exceptions=False)
    error = assert_error(client.get("/api/actors", params={"q": "ru"}), 500, code="E909")
    assert "boom" not in error["message"]


# -- the cache of answers ----------------------------------------------------------------------------


def test_repeated_questions_are_answered_from_the_cache(store):
    client = TestClient(create_app(ServerStore(store)))
    first = client.get("/api/events", params={"actor": "KEN", "sort": "-confidence"})
    again = client.get("/api/events?sort=-confidence&actor=KEN")  # the same question, reordered
    assert first.headers["x-flashpoint-cache"] == "miss" and again.headers["x-flashpoint-cache"] == "hit"
    assert again.content == first.content and again.headers["content-type"] == first.headers["content-type"]
    assert client.get("/api/events", params={"actor": "KEN"}).headers["x-flashpoint-cache"] == "miss"
    error = client.get("/api/events", params={"actor": "XXQ"})
    assert client.get("/api/events", params={"actor": "XXQ"}).headers["x-flashpoint-cache"] == "miss"
    assert error.status_code == 400
    assert "x-flashpoint-cache" not in client.get("/api/export").headers
    off = TestClient(create_app(ServerStore(store, limits=Limits(cache_entries=0))))
    off.get("/api/health")
    assert "x-flashpoint-cache" not in off.get("/api/health").headers


def test_the_cache_is_bounded():
    from flashpoint.serve.cache import ResponseCache

    cache = ResponseCache(entries=2, max_bytes=10)
    cache.put("a", (200, [], b"1234"))
    cache.put("b", (200, [], b"5678"))
    assert cache.get("a") is not None  # a is now the most recent
    cache.put("c", (200, [], b"9"))
    assert cache.get("b") is None and cache.get("a") and cache.get("c")
    cache.put("d", (200, [], b"x" * 8))  # 13 bytes: the oldest go until it fits
    assert len(cache) == 2 and cache.get("a") is None and cache.get("c") and cache.get("d")
    cache.put("e", (200, [], b"y" * 11))  # larger than the whole cache: not kept
    assert cache.get("e") is None


def test_queries_wait_their_turn_and_a_full_server_says_so(store, monkeypatch):
    """With every turn taken for longer than the time limit, a request is refused with E915 (503)
    at once instead of piling onto the cores."""
    server = ServerStore(store, limits=Limits(queries=1, query_seconds=0.3, cache_entries=0))
    client = TestClient(create_app(server))
    assert server._turns.acquire(timeout=1)  # a long query holds the only turn
    try:
        response = client.get("/api/health")
        error = assert_error(response, 503, code="E915")
        assert response.headers["retry-after"] == "1" and "1 run at once" in error["message"]
    finally:
        server._turns.release()
    assert client.get("/api/health").status_code == 200


def test_the_same_question_asked_at_once_runs_one_query(store, monkeypatch):
    import threading

    calls = []
    original = ApiReader.actors

    def slow_actors(self, prefix, *, limit=10):
        calls.append(prefix)
        import time as clock
        clock.sleep(0.5)
        return original(self, prefix, limit=limit)

    monkeypatch.setattr(ApiReader, "actors", slow_actors)
    answers = []
    with TestClient(create_app(ServerStore(store))) as client:  # one event loop, as a server has
        threads = [threading.Thread(target=lambda: answers.append(client.get("/api/actors", params={"q": "ke"})))
                   for _ in range(4)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(timeout=30)
    assert [a.status_code for a in answers] == [200] * 4
    assert len({a.content for a in answers}) == 1
    assert len(calls) == 1


@pytest.mark.slow
def test_a_client_leaving_an_export_stops_its_writer(tmp_path):
    """20,000 generated events; the client reads a little and goes away: the writer thread stops,
    the server goes on."""
    import http.client
    import sys
    import threading
    import time as clock
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
    import serve_load

    from serve_helpers import live_server, wait_for

    db = tmp_path / "generated.duckdb"
    serve_load.generate(str(db), events=20_000)
    with Store.open(db, read_only=True) as opened:
        with live_server(create_app(ServerStore(opened))) as base:
            host, port = base.removeprefix("http://").split(":")
            connection = http.client.HTTPConnection(host, int(port), timeout=30)
            connection.request("GET", "/api/export?format=jsonl&status=all")
            response = connection.getresponse()
            assert response.status == 200
            first = response.read(50_000)
            assert first.count(b"\n") > 10
            connection.close()  # gone, with most of the export unread
            writers = lambda: [t for t in threading.enumerate() if t.name == "flashpoint-export"]
            assert wait_for(lambda: not writers(), seconds=20)
            clock.sleep(0.2)
            check = http.client.HTTPConnection(host, int(port), timeout=30)
            check.request("GET", "/api/health")
            assert check.getresponse().status == 200


def test_exports_without_the_analysis(store, monkeypatch):
    from flashpoint.serve import analysis_bridge

    monkeypatch.setattr(analysis_bridge, "export_writers", lambda: None)
    client = TestClient(create_app(ServerStore(store)))
    records = [json.loads(line) for line in client.get("/api/export", params={"status": "all"}).text.splitlines()]
    assert len(records) == store.counts()["events"]
    for record in records:
        VALIDATOR.validate(record)
    header = client.get("/api/export", params={"format": "csv"}).text.splitlines()[0]
    assert header.split(",") == list(FLAT_COLUMNS)
    assert_error(client.get("/api/export", params={"format": "gdelt"}), 501, code="E912", param="format")
