"""Security of the API: writes only with the token, bounded bodies and parameters, SQL-looking values
refused or searched as text with the database intact, no path out of the static folder, and the
one-writer rule between a running server and ``flashpoint ingest``."""

from __future__ import annotations

import http.client
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytest.importorskip("fastapi")
pytest.importorskip("httpx")

from fastapi.testclient import TestClient  # noqa: E402

from flashpoint.serve import Limits, ServerStore, create_app  # noqa: E402
from flashpoint.store import Store  # noqa: E402

from serve_helpers import live_server, wait_for  # noqa: E402
from test_serve import assert_error  # noqa: E402

TOKEN = "s3cret-token"
ROOT = Path(__file__).resolve().parents[1]
ARTICLE = {"id": "api-1", "published": "2022-02-16", "outlet": "Test Wire", "title": "Talks in Kyiv",
           "text": "Secretary of State Antony Blinken met Ukrainian President Volodymyr Zelensky in Kyiv "
                   "on Tuesday. Russia accused Ukraine of shelling villages near the border."}


@pytest.fixture
def writable(example_store, tmp_path, pipeline):
    """A copy of the example store served for writing, with the test session's pipeline."""
    path = tmp_path / "writable.duckdb"
    shutil.copy(example_store, path)
    store = Store.open(path)
    server = ServerStore(store, token=TOKEN, limits=Limits(max_body=4000), pipeline=pipeline)
    with TestClient(create_app(server)) as client:
        yield client, store
    store.close()


@pytest.fixture(scope="module")
def readonly(example_store):
    with Store.open(example_store, read_only=True) as store:
        with TestClient(create_app(ServerStore(store))) as client:
            yield client, store


def auth(token: str = TOKEN) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


# -- writes need the token ---------------------------------------------------------------------------


def test_no_token_is_401(writable):
    client, store = writable
    before = store.counts()
    response = client.post("/api/documents", json=ARTICLE)
    assert_error(response, 401, code="E904")
    assert response.headers["www-authenticate"] == "Bearer"
    assert_error(client.post("/api/documents", json=ARTICLE, headers={"Authorization": "Basic abc"}), 401)
    assert_error(client.post("/api/documents", json=ARTICLE, headers={"Authorization": "Bearer "}), 401)
    assert store.counts() == before


def test_wrong_token_is_403(writable):
    client, store = writable
    before = store.counts()
    assert_error(client.post("/api/documents", json=ARTICLE, headers=auth("guess")), 403, code="E905")
    assert store.counts() == before


def test_a_read_only_server_refuses_writes_even_with_a_token(readonly):
    client, _ = readonly
    assert_error(client.post("/api/documents", json=ARTICLE, headers=auth()), 403, code="E906")


def test_post_codes_and_stores_the_document(writable):
    client, store = writable
    before = store.counts()
    assert client.get("/api/counts").json()["tables"] == before  # now kept in the cache
    response = client.post("/api/documents", json=ARTICLE, headers=auth())
    assert response.status_code == 200, response.text
    assert client.get("/api/counts").json()["tables"] == store.counts() != before  # the cache was cleared
    body = response.json()
    assert body["doc_id"] == "api-1" and body["status"] == "stored"
    assert {e["trigger"]["lemma"] for e in body["events"]} >= {"meet", "accuse"}
    after = store.counts()
    assert after["documents"] == before["documents"] + 1
    assert after["events"] == before["events"] + len(body["events"])
    document = client.get("/api/documents/api-1").json()
    assert document["text"].startswith("Secretary of State") and len(document["events"]) == len(body["events"])
    assert client.get("/api/health").json()["writable"] is True
    run = store.runs()[-1]
    assert run["command"] == "serve" and run["status"] == "finished" and run["stored"] == 1
    # the same document again changes nothing; the same id with another text is refused, not overwritten
    again = client.post("/api/documents", json=ARTICLE, headers=auth()).json()
    assert again["status"] == "unchanged" and store.counts()["events"] == after["events"]
    other = client.post("/api/documents", json={**ARTICLE, "text": "Another text entirely, about Chile."},
                        headers=auth()).json()
    assert other["status"] == "rejected" and "id-conflict" in other["reason"] or "E712" in other["reason"]
    assert client.get("/api/documents/api-1").json()["text"] == document["text"]


@pytest.mark.parametrize("body, param, code", [
    (b"not json", "body", "E911"),
    (b"[1, 2]", "body", "E911"),
    (json.dumps({"id": "x"}).encode(), "text", "E914"),
    (json.dumps({"text": "   "}).encode(), "text", "E914"),
    (b"\xff\xfe\x00", "body", "E911"),
])
def test_bad_bodies_are_400(writable, body, param, code):
    client, store = writable
    before = store.counts()
    response = client.post("/api/documents", content=body, headers={**auth(), "Content-Type": "application/json"})
    assert_error(response, 400, code=code, param=param)
    assert store.counts() == before


def test_a_body_over_the_limit_is_413(writable):
    client, store = writable
    before = store.counts()
    big = {**ARTICLE, "text": "Russia warned Ukraine. " * 400}
    assert_error(client.post("/api/documents", json=big, headers=auth()), 413, code="E907")

    def chunks():  # no Content-Length: the server counts what arrives
        for _ in range(100):
            yield b"x" * 100

    assert_error(client.post("/api/documents", content=chunks(), headers=auth()), 413, code="E907")
    assert store.counts() == before


def test_auth_comes_before_reading_the_body(writable):
    client, _ = writable
    big = {**ARTICLE, "text": "x" * 10_000}
    assert_error(client.post("/api/documents", json=big), 401)


# -- parameters: SQL-looking and oversized -----------------------------------------------------------

SQLISH = ["RUS'; DROP TABLE events; --", "1 OR 1=1", "RUS\" OR \"1\"=\"1", "events; DELETE FROM documents",
          "') UNION SELECT * FROM runs --"]


@pytest.mark.parametrize("value", SQLISH)
@pytest.mark.parametrize("param", ["source", "target", "actor", "dyad", "cameo", "plover_type", "status",
                                   "date_from", "bbox", "sort", "quad_class", "min_confidence", "cursor"])
def test_sql_looking_parameters_are_400_and_the_database_intact(readonly, param, value):
    client, store = readonly
    before = store.counts()
    error = assert_error(client.get("/api/events", params={param: value}), 400)
    assert error["param"] == param
    assert store.counts() == before


@pytest.mark.parametrize("value", SQLISH)
def test_sql_looking_words_are_searched_as_words(readonly, value):
    client, store = readonly
    before = store.counts()
    response = client.get("/api/events", params={"q": value})
    assert response.status_code == 200 and response.json()["events"] == []
    assert client.get("/api/documents/" + value.replace("/", "")).status_code == 404
    assert client.get("/api/actors", params={"q": value[:30]}).status_code == 200
    assert store.counts() == before


@pytest.mark.parametrize("param, size", [("q", 201), ("source", 33), ("outlet", 201), ("cursor", 1025),
                                         ("doc_id", 201), ("status", 121), ("sort", 65), ("date_from", 11)])
def test_oversized_parameters_are_400(readonly, param, size):
    client, _ = readonly
    assert_error(client.get("/api/events", params={param: "a" * size}), 400, param=param)


def test_an_oversized_id_is_400(readonly):
    client, _ = readonly
    assert_error(client.get("/api/events/" + "a" * 300), 400, param="event_id")


# -- static files ------------------------------------------------------------------------------------

TRAVERSALS = ["/assets/../app.py", "/assets/%2e%2e/app.py", "/assets/..%2fapp.py", "/assets/%2e%2e%2fstate.py",
              "/assets/../../store/store.py", "/assets/%2e%2e/%2e%2e/%2e%2e/pyproject.toml",
              "/assets/..%5capp.py", "/assets//etc/passwd", "/assets/%2fetc%2fpasswd",
              "/assets/../../../../../../etc/passwd", "/docs-assets/../../swagger_ui_bundle/__init__.py"]


@pytest.mark.parametrize("path", TRAVERSALS)
def test_no_path_leaves_the_static_folder(readonly, path):
    """Sent raw over a socket to a real server (a client library would tidy the path first)."""
    client, _ = readonly
    with live_server(client.app) as base:
        host, port = base.removeprefix("http://").split(":")
        connection = http.client.HTTPConnection(host, int(port), timeout=10)
        connection.putrequest("GET", path, skip_accept_encoding=True)
        connection.endheaders()
        response = connection.getresponse()
        body = response.read().decode("utf-8", "replace")
        connection.close()
    assert response.status == 404, (path, response.status)
    assert json.loads(body)["error"]["status"] == 404
    assert "root:" not in body and "import" not in body


# -- one writer: the server holds the store; ingest says who holds it ---------------------------------


def _start_server(db: Path, *extra: str) -> tuple[subprocess.Popen, str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    process = subprocess.Popen([sys.executable, "-m", "flashpoint.cli", "serve", "--db", str(db), "--port", "0",
                                *extra], stderr=subprocess.PIPE, text=True, env=env)
    line = process.stderr.readline()
    assert "serving" in line, line
    return process, line.split(" on ")[1].split("/ ")[0]


def _stop(process: subprocess.Popen) -> int:
    process.send_signal(signal.SIGINT)
    try:
        return process.wait(timeout=20)
    finally:
        if process.poll() is None:
            process.kill()


def _health(base: str) -> dict | None:
    host, port = base.removeprefix("http://").split(":")
    try:
        connection = http.client.HTTPConnection(host, int(port), timeout=5)
        connection.request("GET", "/api/health")
        return json.loads(connection.getresponse().read())
    except OSError:
        return None


@pytest.mark.slow
def test_ingest_while_the_server_holds_the_store_names_the_server(example_store, tmp_path):
    db = tmp_path / "held.duckdb"
    shutil.copy(example_store, db)
    process, base = _start_server(db)
    try:
        assert wait_for(lambda: _health(base) is not None)
        assert _health(base)["events"] > 0
        env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
        started = time.monotonic()
        ingest = subprocess.run([sys.executable, "-m", "flashpoint.cli", "ingest", str(ROOT / "examples"),
                                 "--db", str(db)], capture_output=True, text=True, env=env, timeout=120)
        assert ingest.returncode == 2, ingest.stderr
        assert "[E701]" in ingest.stderr and f"PID {process.pid}" in ingest.stderr and "serve" in ingest.stderr
        assert time.monotonic() - started < 60  # it fails at once, before loading the model
        assert _health(base)["status"] == "ok"  # the server goes on
    finally:
        assert _stop(process) == 0
    with Store.open(db) as store:  # the file is free again once the server stopped
        assert store.counts()["events"] > 0


@pytest.mark.slow
def test_serve_command_errors(tmp_path, example_store):
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    missing = subprocess.run([sys.executable, "-m", "flashpoint.cli", "serve", "--db", str(tmp_path / "none.duckdb"),
                              "--port", "0"], capture_output=True, text=True, env=env, timeout=60)
    assert missing.returncode == 2 and "[E718]" in missing.stderr
    process, base = _start_server(example_store)
    try:
        port = base.rsplit(":", 1)[1]
        busy = subprocess.run([sys.executable, "-m", "flashpoint.cli", "serve", "--db", str(example_store),
                               "--port", port], capture_output=True, text=True, env=env, timeout=60)
        assert busy.returncode == 2 and "[E913]" in busy.stderr
    finally:
        assert _stop(process) == 0
