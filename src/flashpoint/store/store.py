"""``Store``: the one class that opens the DuckDB file and writes to it (parameterised SQL only).

One file, one writer: DuckDB lets a single process open a file for writing (other processes cannot
even read it meanwhile). flashpoint does not hide that: a second process gets a numbered error
naming the process that holds the file (its PID and command line), and ``wait`` lets it wait for
the file to be free. ``flashpoint serve`` holds its store for as long as it runs (read-only without
a token); documents POSTed to it are stored through its own connection, and an ``ingest`` meanwhile
gets that error naming the server.

Every write is a transaction: a batch of coded documents (documents, their events, the rejections
and the run's counts) commits whole or not at all, so a run killed at any moment keeps the batches
it committed and the next run codes only what is missing.

Reading is ``Reader``'s job (``flashpoint.store.reading``); a Store is a Reader on its own
connection, and ``Store.reader()`` gives readers with their own cursors (one per thread).
"""

from __future__ import annotations

import json
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field, fields
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterable, Iterator, Sequence

import duckdb
import pyarrow as pa

from ..columns import arrow_schema, flatten
from ..errors import FlashpointError, msg
from ..ingest.dedup import Candidate, Signature
from ..records import Document, Event, Rejection, text_hash
from ..version import __version__
from .analysis_queries import ClusterWrites
from .connection import connect, first_line, store_error
from .paths import DEFAULT_PATH
from . import daily
from .reading import EVENT_COLUMNS, Reader, shadow_missing_columns
from .schema import (MIGRATIONS, STORE_VERSION, add_event_columns, missing_event_columns,
                     tables_of_version)

DOCUMENT_SCHEMA = pa.schema([
    ("doc_id", pa.string()), ("origin", pa.string()), ("url", pa.string()), ("outlet", pa.string()),
    ("title", pa.string()), ("published", pa.string()), ("text", pa.string()), ("text_hash", pa.string()),
    ("events", pa.int32()), ("code_version", pa.string()), ("data_hash", pa.string()),
    ("dup_of", pa.string()), ("minhash", pa.binary()),
])
#: The columns a documents part may give (the others are derived when it is loaded).
DOCUMENT_PART_SCHEMA = pa.schema([
    ("doc_id", pa.string()), ("origin", pa.string()), ("url", pa.string()), ("outlet", pa.string()),
    ("title", pa.string()), ("published", pa.string()), ("text", pa.string()), ("code_version", pa.string()),
    ("data_hash", pa.string()),
])
BAND_SCHEMA = pa.schema([("band", pa.int16()), ("key", pa.int64()), ("doc_id", pa.string())])
REJECTION_SCHEMA = pa.schema([
    ("rejection_id", pa.string()), ("origin", pa.string()), ("reason", pa.string()),
    ("detail", pa.string()), ("doc_id", pa.string()),
])


@dataclass
class RunCounts:
    """A run's counters (columns of ``runs``): every input read is stored, unchanged or rejected."""

    read: int = 0       # inputs read (documents and reader rejections)
    stored: int = 0     # documents coded and stored for the first time
    recoded: int = 0    # stored documents coded again (--recode)
    unchanged: int = 0  # already stored with this text: skipped
    rejected: int = 0   # inputs rejected, each with a rejection row
    events: int = 0     # events stored
    copies: int = 0     # documents stored as near-duplicate copies of another

    def add(self, other: "RunCounts") -> None:
        for f in fields(self):
            setattr(self, f.name, getattr(self, f.name) + getattr(other, f.name))


@dataclass(frozen=True)
class NearDuplicate:
    """What the store keeps of a document for near-duplicate grouping (``ingest.dedup``)."""

    signature: Signature
    band_keys: list[int]
    dup_of: str | None  # the original it copies, or None


@dataclass
class Batch:
    """What one transaction writes: coded documents with their events, and rejections.

    ``recoded``: ids among ``documents`` that replace a stored version (their old events go; their
    group stays). ``near``: the signature and original of each new document. ``counts``: what to
    add to the run's counters.
    """

    documents: list[tuple[Document, list[Event]]] = field(default_factory=list)
    recoded: set[str] = field(default_factory=set)
    near: dict[str, NearDuplicate] = field(default_factory=dict)
    rejections: list[Rejection] = field(default_factory=list)
    counts: RunCounts = field(default_factory=RunCounts)

    def __len__(self) -> int:
        return len(self.documents) + len(self.rejections)


def document_hash(text: str) -> str:
    """The hash of a document's cleaned text that the store keeps (an id reused for another text
    is a conflict, not an update)."""
    return text_hash(text, 16)


def rejection_id(rejection: Rejection) -> str:
    """Stable id of a rejection: the same input rejected for the same reason is one row."""
    return text_hash(f"{rejection.origin}\x1f{rejection.reason}\x1f{rejection.doc_id or ''}", 20)


class Store(Reader, ClusterWrites):
    """A flashpoint store in one DuckDB file. Open with ``Store.open(path)``; close it (or use
    ``with``) so the next process can open the file."""

    def __init__(self, con: duckdb.DuckDBPyConnection, *, path: str, read_only: bool):
        super().__init__(con, path=path, frozen={} if read_only else None)
        self.read_only = read_only

    # -- opening ----------------------------------------------------------------------------------

    @classmethod
    def open(cls, path: str | Path = DEFAULT_PATH, *, read_only: bool = False, wait: float = 0.0) -> "Store":
        """Open (or, for writing, create) the store at ``path``; upgrade an older one.

        Refused with a numbered ``FlashpointError``: a file that is not a flashpoint store, a newer
        schema, an older one opened read-only, a path that cannot be written, a file another
        process holds (after waiting up to ``wait`` seconds).
        """
        path = str(path)
        if read_only and not Path(path).exists():
            raise FlashpointError(msg("E718", path=path))
        if not read_only and Path(path).is_dir():
            raise FlashpointError(msg("E706", path=path, detail="it is a directory"))
        con = connect(path, read_only=read_only, wait=wait)
        store = cls(con, path=path, read_only=read_only)
        try:
            store._check_schema()
        except BaseException:
            con.close()
            raise
        return store

    def _check_schema(self) -> None:
        tables = {r[0] for r in self.con.execute("SELECT table_name FROM duckdb_tables()").fetchall()}
        if "schema_version" not in tables:
            if tables or self.read_only:
                detail = (f"it has tables ({', '.join(sorted(tables))}) but no schema_version" if tables
                          else "it is an empty database")
                raise FlashpointError(msg("E702", path=self.path, detail=detail))
            found = 0
        else:
            found = self._value("SELECT max(version) FROM schema_version") or 0
            missing = tables_of_version(min(found, STORE_VERSION)) - tables
            if missing:
                raise FlashpointError(msg("E702", path=self.path,
                                          detail=f"tables missing: {', '.join(sorted(missing))}"))
        if found > STORE_VERSION:
            raise FlashpointError(msg("E703", path=self.path, found=found, known=STORE_VERSION))
        if found < STORE_VERSION:
            if self.read_only:
                raise FlashpointError(msg("E704", path=self.path, found=found, known=STORE_VERSION))
            self._migrate(found)
        columns = missing_event_columns(self.con)
        if columns and self.read_only:  # read as nulls (see ``Reader``)
            self.missing = tuple(columns)
            shadow_missing_columns(self.con, self.missing)
        elif columns:
            with self.transaction():
                add_event_columns(self.con, columns)

    def _migrate(self, found: int) -> None:
        """Run the steps after ``found`` in one transaction: all of them, or none."""
        version = found
        try:
            self.con.execute("BEGIN TRANSACTION")
            for version in range(found + 1, STORE_VERSION + 1):
                MIGRATIONS[version - 1](self.con)
                self.con.execute("INSERT INTO schema_version VALUES (?, now(), ?)", [version, __version__])
            self.con.execute("COMMIT")
        except duckdb.Error as exc:
            _rollback(self.con)
            error = store_error(exc, self.path)
            if error.args[0].startswith(("[E705]", "[E706]")):
                raise error from None
            raise FlashpointError(msg("E715", path=self.path, version=version, detail=exc)) from None

    def reader(self) -> Reader:
        """A reader with its own cursor on this store (use one per thread)."""
        return Reader(self.con.cursor(), path=self.path, missing=self.missing, frozen=self.frozen)

    def close(self) -> None:
        """Close the file (DuckDB checkpoints its log into it). A checkpoint that fails (a full
        disk) loses nothing: the log keeps what was committed and the next open replays it."""
        try:
            self.con.close()
        except duckdb.Error:
            pass

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()

    # -- transactions -----------------------------------------------------------------------------

    def _writable(self, operation: str) -> None:
        if self.read_only:
            raise FlashpointError(msg("E707", path=self.path, operation=operation))

    @contextmanager
    def transaction(self) -> Iterator[duckdb.DuckDBPyConnection]:
        """BEGIN ... COMMIT; any error rolls back and is raised as a numbered FlashpointError."""
        self._writable("writing")
        try:
            self.con.execute("BEGIN TRANSACTION")
            yield self.con
            self.con.execute("COMMIT")
        except duckdb.Error as exc:
            _rollback(self.con)
            raise store_error(exc, self.path) from None
        except BaseException:
            _rollback(self.con)
            raise

    # -- runs -------------------------------------------------------------------------------------

    def start_run(self, *, command: str, coder: dict[str, str] | None = None, model: str | None = None,
                  options: dict[str, Any] | None = None, inputs: Sequence[str] = ()) -> int:
        """Record a run that starts now; returns its id."""
        coder = coder or {}
        with self.transaction() as con:
            run_id = self._value("SELECT coalesce(max(run_id), 0) + 1 FROM runs")
            con.execute(
                "INSERT INTO runs (run_id, command, started, status, code_version, data_hash, model, options, "
                "inputs) VALUES (?, ?, now(), 'running', ?, ?, ?, ?, ?)",
                [run_id, command, coder.get("version", __version__), coder.get("data_hash"), model,
                 json.dumps(options or {}, sort_keys=True, default=str), json.dumps(list(inputs))])
        return run_id

    def finish_run(self, run_id: int, *, status: str = "finished", counts: RunCounts | None = None) -> None:
        """Close a run: its end time, status and the counts not yet added by a batch."""
        with self.transaction() as con:
            _add_counts(con, run_id, counts or RunCounts())
            con.execute("UPDATE runs SET finished = now(), status = ? WHERE run_id = ?", [status, run_id])

    # -- coded documents --------------------------------------------------------------------------

    def stored_versions(self, doc_ids: Iterable[str]) -> dict[str, tuple[str, str, str]]:
        """For the ids already stored: (text hash, code version, data hash)."""
        ids = list(dict.fromkeys(doc_ids))
        if not ids:
            return {}
        rows = self.con.execute("SELECT doc_id, text_hash, code_version, data_hash FROM documents "
                                "WHERE list_contains(?, doc_id)", [ids]).fetchall()
        return {r[0]: (r[1], r[2], r[3]) for r in rows}

    def write_batch(self, batch: Batch, *, run_id: int, coder: dict[str, str]) -> None:
        """Store one batch in one transaction: new documents (with their signature, band keys and
        original), recoded ones (new events, same group), their events, the rejections (an input
        rejected before for the same reason adds nothing) and the run's counts. A document stored
        now clears the rejections its origin or id had before. ``coder``: the code version and data
        hash the documents are marked with (what ``--recode`` compares)."""
        recoded = sorted(batch.recoded)
        rejections = pa.Table.from_pylist(
            [{"rejection_id": rejection_id(r), "origin": r.origin, "reason": r.reason,
              "detail": r.detail, "doc_id": r.doc_id} for r in batch.rejections], schema=REJECTION_SCHEMA)
        with self.transaction() as con:
            originals = self._originals(recoded) if recoded else {}
            docs, event_rows, bands = self._batch_tables(batch, coder=coder, originals=originals)
            events = pa.Table.from_pylist(event_rows, schema=_events_schema())
            tables = {"_docs": docs, "_events": events, "_bands": bands, "_rejections": rejections}
            for name, table in tables.items():
                con.register(name, table)
            try:
                write = dict(run_id=run_id, recoded=recoded, docs=docs, events=events, bands=bands,
                             rejections=rejections)
                if recoded:  # stored events replaced: the happenings they were in change
                    with daily.apply_change(con, events="doc_id IN (SELECT doc_id FROM _docs)"):
                        self._write_tables(con, **write)
                else:
                    self._write_tables(con, **write)
                    daily.append_counts(con, daily.new_event_counts(event_rows))
                _add_counts(con, run_id, batch.counts)
            finally:
                for name in tables:
                    con.unregister(name)

    @staticmethod
    def _write_tables(con: duckdb.DuckDBPyConnection, *, run_id: int, recoded: list[str], docs: pa.Table,
                      events: pa.Table, bands: pa.Table, rejections: pa.Table) -> None:
        """The statements of ``write_batch`` (its tables registered as _docs, _events, _bands, _rejections)."""
        if recoded:
            con.execute("DELETE FROM events WHERE list_contains(?, doc_id)", [recoded])
            con.execute("UPDATE documents SET events = _docs.events, code_version = _docs.code_version, "
                        "data_hash = _docs.data_hash, run_id = ?, ingested = now() FROM _docs "
                        "WHERE documents.doc_id = _docs.doc_id AND list_contains(?, _docs.doc_id)",
                        [run_id, recoded])
        if docs.num_rows > len(recoded):
            con.execute("INSERT INTO documents BY NAME SELECT *, ? AS run_id, now() AS ingested FROM _docs "
                        "WHERE NOT list_contains(?, doc_id)", [run_id, recoded])
        if docs.num_rows:
            con.execute("DELETE FROM rejections WHERE origin IN (SELECT origin FROM _docs) "
                        "OR doc_id IN (SELECT doc_id FROM _docs)")
        if bands.num_rows:
            con.execute("INSERT INTO doc_bands SELECT * FROM _bands")
        if events.num_rows:
            con.execute("INSERT INTO events BY NAME SELECT *, ? AS run_id FROM _events", [run_id])
        if rejections.num_rows:
            con.execute("INSERT OR IGNORE INTO rejections BY NAME "
                        "SELECT *, ? AS run_id, now() AS rejected FROM _rejections", [run_id])

    def _originals(self, doc_ids: list[str]) -> dict[str, str | None]:
        rows = self.con.execute("SELECT doc_id, dup_of FROM documents WHERE list_contains(?, doc_id)",
                                [doc_ids]).fetchall()
        return dict(rows)

    @staticmethod
    def _batch_tables(batch: Batch, *, coder: dict[str, str], originals: dict[str, str | None]
                      ) -> tuple[pa.Table, list[dict[str, Any]], pa.Table]:
        """Arrow tables of the batch's documents and band keys (new documents only), and the flat
        rows of its events (with their document's original, ``dup_of``)."""
        doc_rows, event_rows, band_rows = [], [], []
        for document, events in batch.documents:
            near = batch.near.get(document.doc_id)
            original = near.dup_of if near is not None else originals.get(document.doc_id)
            doc_rows.append({"doc_id": document.doc_id, "origin": document.origin, "url": document.url,
                             "outlet": document.outlet, "title": document.title,
                             "published": document.published, "text": document.text,
                             "text_hash": document_hash(document.text), "events": len(events),
                             "code_version": coder["version"], "data_hash": coder["data_hash"],
                             "dup_of": original,
                             "minhash": near.signature.to_bytes() if near is not None else None})
            for e in events:
                row = flatten(e.to_dict())
                row["dup_of"] = original
                event_rows.append(row)
            if near is not None and document.doc_id not in batch.recoded:
                band_rows.extend({"band": band, "key": key, "doc_id": document.doc_id}
                                 for band, key in enumerate(near.band_keys))
        return (pa.Table.from_pylist(doc_rows, schema=DOCUMENT_SCHEMA), event_rows,
                pa.Table.from_pylist(band_rows, schema=BAND_SCHEMA))

    # -- near-duplicate documents -----------------------------------------------------------------

    def has_signatures(self) -> bool:
        """Whether any stored document has band keys (a new store has none: nothing to look up)."""
        return bool(self._value("SELECT EXISTS (SELECT 1 FROM doc_bands)"))

    def near_duplicate_candidates(self, band_keys: dict[str, list[int]]) -> dict[str, list[Candidate]]:
        """For each new document (id -> its band keys), the stored documents sharing a band key."""
        rows = [{"doc": doc_id, "band": band, "key": key}
                for doc_id, keys in band_keys.items() for band, key in enumerate(keys)]
        if not rows:
            return {}
        keys = pa.Table.from_pylist(rows, schema=pa.schema([("doc", pa.string()), ("band", pa.int16()),
                                                             ("key", pa.int64())]))
        self.con.register("_keys", keys)
        try:
            found = self.con.execute(
                "SELECT DISTINCT k.doc, d.doc_id, d.dup_of, d.minhash FROM _keys k "
                "JOIN doc_bands b ON b.band = k.band AND b.key = k.key "
                "JOIN documents d ON d.doc_id = b.doc_id WHERE d.minhash IS NOT NULL "
                "ORDER BY k.doc, d.doc_id").fetchall()
        finally:
            self.con.unregister("_keys")
        out: dict[str, list[Candidate]] = {}
        for doc, doc_id, dup_of, minhash in found:
            out.setdefault(doc, []).append(Candidate(doc_id=doc_id, dup_of=dup_of,
                                                     signature=Signature.from_bytes(minhash)))
        return out

    def unindexed(self, *, limit: int = 256) -> list[tuple[str, str]]:
        """(doc_id, text) of stored documents without a signature (stored before version 2), in the
        order they were stored."""
        return self.con.execute("SELECT doc_id, text FROM documents WHERE minhash IS NULL "
                                "ORDER BY run_id, ingested, doc_id LIMIT ?", [limit]).fetchall()

    def index_documents(self, near: dict[str, NearDuplicate]) -> None:
        """Keep the signature, band keys and original of stored documents (and mark their events)."""
        rows = [{"doc_id": doc_id, "dup_of": n.dup_of, "minhash": n.signature.to_bytes()} for doc_id, n in near.items()]
        table = pa.Table.from_pylist(rows, schema=pa.schema([("doc_id", pa.string()), ("dup_of", pa.string()),
                                                             ("minhash", pa.binary())]))
        bands = pa.Table.from_pylist([{"band": band, "key": key, "doc_id": doc_id} for doc_id, n in near.items()
                                      for band, key in enumerate(n.band_keys)], schema=BAND_SCHEMA)
        with self.transaction() as con:
            con.register("_near", table)
            con.register("_bands", bands)
            try:
                con.execute("UPDATE documents SET dup_of = _near.dup_of, minhash = _near.minhash FROM _near "
                            "WHERE documents.doc_id = _near.doc_id")
                with daily.apply_change(con, events="doc_id IN (SELECT doc_id FROM _near)"):
                    con.execute("UPDATE events SET dup_of = _near.dup_of FROM _near "
                                "WHERE events.doc_id = _near.doc_id")
                con.execute("INSERT INTO doc_bands SELECT * FROM _bands")
            finally:
                con.unregister("_near")
                con.unregister("_bands")

    def stale_documents(self, *, code_version: str, data_hash: str, batch_size: int = 256
                        ) -> Iterator[Document]:
        """Stored documents coded by another code or data version, rebuilt for recoding."""
        self._writable("--recode")
        rows = self.con.execute(
            "SELECT doc_id FROM documents WHERE code_version <> ? OR data_hash <> ? ORDER BY doc_id",
            [code_version, data_hash]).fetchall()
        ids = [r[0] for r in rows]
        for start in range(0, len(ids), batch_size):
            chunk = ids[start:start + batch_size]
            found = self.con.execute(
                "SELECT doc_id, text, title, url, published, outlet, origin FROM documents "
                "WHERE list_contains(?, doc_id) ORDER BY doc_id", [chunk]).fetchall()
            for doc_id, text, title, url, published, outlet, origin in found:
                yield Document(doc_id=doc_id, text=text, title=title, url=url, published=published,
                               outlet=outlet, origin=origin)

    def count_stale(self, *, code_version: str, data_hash: str) -> int:
        return self._value("SELECT count(*) FROM documents WHERE code_version <> ? OR data_hash <> ?",
                           [code_version, data_hash])

    # -- Parquet parts (written by runners) -------------------------------------------------------

    def load_parquet_part(self, path: str | Path, *, run_id: int) -> tuple[str, int]:
        """Load one Parquet part in one transaction; returns (kind, rows).

        An events part (it has ``event_id``) holds flat event rows (``columns.arrow_schema``, as
        ``flashpoint code --format parquet`` and the runners write them): it replaces the stored
        events of every document it holds, so loading a part again replaces it, never doubles it.
        A documents part (``doc_id`` and ``text``, no ``event_id``) inserts or replaces those
        documents; they get their near-duplicate signature on the next run (``Ingest``).
        """
        self._writable("loading a Parquet part")
        path = str(path)
        try:
            result = self.con.execute("SELECT * FROM read_parquet(?) LIMIT 0", [path])
            columns = [d[0] for d in result.description]
            result.fetchall()
        except duckdb.Error as exc:
            raise FlashpointError(msg("E714", path=path, detail=first_line(str(exc)))) from None
        if "event_id" in columns:
            return "events", self._load_events_part(path, columns, run_id=run_id)
        if "doc_id" in columns and "text" in columns:
            return "documents", self._load_documents_part(path, columns, run_id=run_id)
        raise FlashpointError(msg("E714", path=path, detail=(
            "it has neither event rows (an event_id column) nor documents (doc_id and text columns)")))

    def _load_events_part(self, path: str, columns: list[str], *, run_id: int) -> int:
        known = set(EVENT_COLUMNS)
        unknown = [c for c in columns if c not in known]
        if unknown or "doc_id" not in columns:
            detail = f"unknown column(s) {', '.join(unknown)}" if unknown else "no doc_id column"
            raise FlashpointError(msg("E714", path=path, detail=detail))
        repeated = self._value("SELECT count(*) - count(DISTINCT event_id) FROM read_parquet(?)", [path])
        if repeated:
            raise FlashpointError(msg("E714", path=path, detail=f"{repeated} event id(s) appear twice"))
        kept = [c for c in columns if c not in ("run_id", "dup_of")]
        select = ", ".join(f'"{c}"' for c in kept)
        joined = "SELECT DISTINCT cluster_id FROM read_parquet(?) WHERE cluster_id IS NOT NULL"
        with self.transaction() as con, daily.apply_change(
                con, events="doc_id IN (SELECT DISTINCT doc_id FROM read_parquet(?))", params=[path],
                joined=joined if "cluster_id" in kept else None, joined_params=[path] if "cluster_id" in kept else None):
            con.execute("DELETE FROM events WHERE doc_id IN (SELECT DISTINCT doc_id FROM read_parquet(?))", [path])
            con.execute(f"INSERT INTO events BY NAME SELECT {select}, ? AS run_id FROM read_parquet(?)",
                        [run_id, path])
            con.execute("UPDATE events SET dup_of = d.dup_of FROM documents d WHERE events.doc_id = d.doc_id "
                        "AND d.dup_of IS NOT NULL AND events.run_id = ? "
                        "AND events.doc_id IN (SELECT DISTINCT doc_id FROM read_parquet(?))", [run_id, path])
            con.execute("UPDATE documents SET events = (SELECT count(*) FROM events e WHERE e.doc_id = documents.doc_id) "
                        "WHERE doc_id IN (SELECT DISTINCT doc_id FROM read_parquet(?))", [path])
            rows = self._value("SELECT count(*) FROM read_parquet(?)", [path])
            _add_counts(con, run_id, RunCounts(events=rows))
        return rows

    def _load_documents_part(self, path: str, columns: list[str], *, run_id: int) -> int:
        allowed = set(DOCUMENT_PART_SCHEMA.names)
        unknown = [c for c in columns if c not in allowed]
        if unknown:
            raise FlashpointError(msg("E714", path=path, detail=f"unknown column(s) {', '.join(unknown)}"))
        select = ", ".join(f'"{c}"' for c in columns)
        defaults = [f"'' AS {c}" for c in ("code_version", "data_hash") if c not in columns]
        with self.transaction() as con:
            con.execute("DELETE FROM doc_bands WHERE doc_id IN (SELECT doc_id FROM read_parquet(?))", [path])
            con.execute(
                f"INSERT OR REPLACE INTO documents BY NAME SELECT {', '.join([select] + defaults)}, "
                "left(sha1(text), 16) AS text_hash, "
                "(SELECT count(*) FROM events e WHERE e.doc_id = p.doc_id) AS events, "
                "? AS run_id, now() AS ingested FROM read_parquet(?) p", [run_id, path])
            rows = self._value("SELECT count(*) FROM read_parquet(?)", [path])
            _add_counts(con, run_id, RunCounts(stored=rows))
        return rows

    # -- clusters (written by the analysis) -------------------------------------------------------

    def upsert_clusters(self, clusters: pa.Table) -> None:
        """Insert or replace cluster rows (columns by name; ``updated`` is set now)."""
        with self.transaction() as con:
            con.register("_clusters", clusters)
            try:
                con.execute("INSERT OR REPLACE INTO clusters BY NAME SELECT *, now() AS updated FROM _clusters")
            finally:
                con.unregister("_clusters")

    def assign_clusters(self, assignments: pa.Table) -> None:
        """Set ``events.cluster_id`` from a table of (event_id, cluster_id)."""
        with self.transaction() as con:
            con.register("_assign", assignments)
            try:
                with daily.apply_change(con, events="event_id IN (SELECT event_id FROM _assign)",
                                        joined="SELECT cluster_id FROM _assign"):
                    con.execute("UPDATE events SET cluster_id = _assign.cluster_id FROM _assign "
                                "WHERE events.event_id = _assign.event_id")
            finally:
                con.unregister("_assign")


@lru_cache(maxsize=1)
def _events_schema() -> pa.Schema:
    """The flat event columns and ``dup_of``: what a batch inserts into ``events``."""
    return arrow_schema().append(pa.field("dup_of", pa.string()))


def _add_counts(con: duckdb.DuckDBPyConnection, run_id: int, counts: RunCounts) -> None:
    values = asdict(counts)
    if not any(values.values()):
        return
    con.execute("UPDATE runs SET read = read + $read, stored = stored + $stored, recoded = recoded + $recoded, "
                "unchanged = unchanged + $unchanged, rejected = rejected + $rejected, "
                "events = events + $events, copies = copies + $copies WHERE run_id = $run_id",
                {**values, "run_id": run_id})


def _rollback(con: duckdb.DuckDBPyConnection) -> None:
    try:
        con.execute("ROLLBACK")
    except duckdb.Error:
        pass  # no transaction open, or the database was invalidated: nothing was committed either way


__all__ = ["Store", "Batch", "NearDuplicate", "RunCounts", "DEFAULT_PATH", "store_error", "document_hash", "rejection_id"]
