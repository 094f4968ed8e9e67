"""One ingest run: what to code (what the store lacks), and writing what was coded, batch by batch.

The run does not code anything itself: the caller (``flashpoint ingest``) feeds ``pending(inputs)``
to a runner (``flashpoint.run.code_documents``, one process or a pool) and hands each ``DocResult``
to ``add``. So the store never imports the runners, and ``ingest`` codes exactly as ``code`` does.

- Idempotent: a document whose id is stored with the same text is skipped before coding (counted
  ``unchanged``); an id stored with another text is an ``id-conflict`` rejection, never an update.
- ``recode``: stored documents coded by another code or data version are coded again from their
  stored text (``stale``), their old events replaced in the same transaction.
- Crash-safe: ``batch_size`` results make one transaction (documents, events, rejections, run
  counts; ``flashpoint ingest --commit-every``, default ``paths.COMMIT_EVERY``); a killed run loses
  at most the batch in flight, which the next run codes again.
- Accounted: every input read is stored, unchanged or rejected (a rejection row with its reason).
- Near-duplicates: each new document is compared (MinHash/LSH, ``ingest.dedup``) with the stored
  ones and those before it in its batch; a copy is stored with ``dup_of`` = its original, and so
  are its events (series count them once). Documents stored before the store had signatures are
  indexed when a run starts (``index_backlog``). The run keeps the band keys of what it wrote in
  memory (``_written``), so its own documents are found without SQL; the store is asked only
  when it held signed documents before the run (the first ingest into a new store never asks).
"""

from __future__ import annotations

from itertools import islice
from typing import TYPE_CHECKING, Any, Iterable, Iterator, Sequence

from ..errors import msg
from ..ingest.dedup import BatchIndex, Candidate, original_of, signature
from ..records import Document, Rejection
from .store import Batch, NearDuplicate, RunCounts, Store, document_hash

if TYPE_CHECKING:  # the store never imports the pipeline (spaCy) to run
    from ..pipeline import DocResult

#: Inputs looked up in the store at once (one query per this many inputs).
LOOKAHEAD = 256
ID_CONFLICT = "id-conflict"


class Ingest:
    """A run that stores coded documents into ``store``; ``coder`` is the pipeline's provenance
    (``{"version": ..., "data_hash": ...}``), the version every stored document is compared with."""

    def __init__(self, store: Store, *, coder: dict[str, str], batch_size: int = 32, recode: bool = False):
        self.store = store
        self.coder = coder
        self.batch_size = batch_size
        self.recode = recode
        self.run_id: int | None = None
        self.totals = RunCounts()
        self.stale = 0  # stored by another version and not recoded (no --recode)
        self._batch = Batch()
        self._seen: dict[str, str] = {}  # doc_id -> text hash, for the documents of this run
        self._recoding: set[str] = set()
        self._written = BatchIndex()  # band keys of the documents this run gave a signature
        self._ask_store: bool | None = None  # whether the store held signed documents (checked once)

    # -- the run ----------------------------------------------------------------------------------

    def start(self, *, command: str = "ingest", model: str | None = None, options: dict[str, Any] | None = None,
              inputs: Sequence[str] = ()) -> int:
        self.run_id = self.store.start_run(command=command, coder=self.coder, model=model, options=options,
                                           inputs=inputs)
        self.index_backlog()
        return self.run_id

    def index_backlog(self, *, chunk: int = 256) -> int:
        """Give stored documents without a signature theirs (and their original), in the order
        they were stored; returns how many. One transaction per chunk."""
        done = 0
        while rows := self.store.unindexed(limit=chunk):
            documents = [Document(doc_id=doc_id, text=text) for doc_id, text in rows]
            near = self._near_duplicates(documents)
            self.store.index_documents(near)
            self._remember(near)
            done += len(rows)
        return done

    def finish(self, *, status: str = "finished") -> RunCounts:
        """Write the last batch and close the run; returns the run's totals. A run that did not
        finish (``status`` failed) drops the batch in flight: the next run codes it again."""
        assert self.run_id is not None, "start() first"
        if status == "finished":
            self.flush()
        self._batch = Batch()
        self.store.finish_run(self.run_id, status=status)
        return self.totals

    def load_parts(self, paths: Sequence[str]) -> dict[str, int]:
        """Load Parquet parts written by a runner (each in its own transaction: a part is stored
        whole or not at all; loading it again replaces it), then index new documents. Returns the
        rows loaded by kind."""
        assert self.run_id is not None, "start() first"
        loaded: dict[str, int] = {}
        for path in paths:
            kind, rows = self.store.load_parquet_part(path, run_id=self.run_id)
            loaded[kind] = loaded.get(kind, 0) + rows
        self._written, self._ask_store = BatchIndex(), None  # a part may replace indexed documents
        self.index_backlog()
        return loaded

    # -- what to code -----------------------------------------------------------------------------

    def stale_documents(self) -> Iterator[Document]:
        """Stored documents of another code or data version, to code again (``--recode``)."""
        for document in self.store.stale_documents(code_version=self.coder["version"],
                                                   data_hash=self.coder["data_hash"]):
            self._seen[document.doc_id] = document_hash(document.text)
            self._recoding.add(document.doc_id)
            yield document

    def count_stale(self) -> int:
        return self.store.count_stale(code_version=self.coder["version"], data_hash=self.coder["data_hash"])

    def pending(self, items: Iterable[Document | Rejection]) -> Iterator[Document | Rejection]:
        """The inputs that need coding: reader rejections (to be stored with their reason) and
        documents the store lacks; the others are counted and dropped here."""
        iterator = iter(items)
        while chunk := list(islice(iterator, LOOKAHEAD)):
            stored = self.store.stored_versions(i.doc_id for i in chunk if isinstance(i, Document))
            for item in chunk:
                self._count(read=1)
                if isinstance(item, Rejection):
                    yield item
                    continue
                decided = self._decide(item, stored.get(item.doc_id))
                if decided is not None:
                    yield decided

    def _decide(self, document: Document, stored: tuple[str, str, str] | None) -> Document | Rejection | None:
        text_hash = document_hash(document.text)
        origin = document.origin or document.doc_id
        earlier = self._seen.get(document.doc_id)
        if earlier is not None:
            if earlier == text_hash:
                self._count(unchanged=1)
                return None
            return Rejection(origin=origin, reason=ID_CONFLICT, doc_id=document.doc_id,
                             detail=msg("E712", doc_id=document.doc_id, where="an earlier input of this run"))
        self._seen[document.doc_id] = text_hash
        if stored is None:
            return document
        stored_hash, code_version, data_hash = stored
        if stored_hash != text_hash:
            return Rejection(origin=origin, reason=ID_CONFLICT, doc_id=document.doc_id,
                             detail=msg("E712", doc_id=document.doc_id, where="a stored document"))
        if (code_version, data_hash) != (self.coder["version"], self.coder["data_hash"]):
            if self.recode:
                self._recoding.add(document.doc_id)
                return document
            self.stale += 1
        self._count(unchanged=1)
        return None

    # -- what was coded ---------------------------------------------------------------------------

    def add(self, result: "DocResult") -> None:
        """One coded input; a full batch is written in one transaction."""
        if result.rejection is not None:
            self._batch.rejections.append(result.rejection)
            self._count(rejected=1)
        else:
            document = result.document
            assert document is not None
            self._batch.documents.append((document, result.events))
            if document.doc_id in self._recoding:
                self._batch.recoded.add(document.doc_id)
                self._count(recoded=1, events=len(result.events))
            else:
                self._count(stored=1, events=len(result.events))
        if len(self._batch) >= self.batch_size:
            self.flush()

    def flush(self) -> None:
        assert self.run_id is not None, "start() first"
        batch = self._batch
        if len(batch) or any(vars(batch.counts).values()):
            new = [d for d, _ in batch.documents if d.doc_id not in batch.recoded]
            batch.near = self._near_duplicates(new)
            copies = sum(1 for n in batch.near.values() if n.dup_of is not None)
            batch.counts.copies += copies
            self.totals.copies += copies
            self.store.write_batch(batch, run_id=self.run_id, coder=self.coder)
            self._remember(batch.near)
        self._batch = Batch()

    def _near_duplicates(self, documents: list[Document]) -> dict[str, NearDuplicate]:
        """Signature, band keys and original of each document, against the store and the
        documents before it in ``documents``. Stored candidates come in the order of their ids
        (whether from the store or from ``_written``), then those of the batch: ``original_of``
        breaks ties by that order."""
        signatures = {d.doc_id: signature(d.text) for d in documents}
        keys = {doc_id: sig.band_keys() for doc_id, sig in signatures.items()}
        if self._ask_store is None:
            self._ask_store = self.store.has_signatures()
        stored = self.store.near_duplicate_candidates(keys) if self._ask_store else {}
        index = BatchIndex()
        out: dict[str, NearDuplicate] = {}
        for doc_id, sig in signatures.items():
            found = {c.doc_id: c for c in stored.get(doc_id, [])}
            for c in self._written.candidates(keys[doc_id]):
                found.setdefault(c.doc_id, c)
            candidates = [found[k] for k in sorted(found) if k != doc_id]
            original = original_of(sig, candidates + index.candidates(keys[doc_id]))
            out[doc_id] = NearDuplicate(signature=sig, band_keys=keys[doc_id], dup_of=original)
            index.add(Candidate(doc_id=doc_id, dup_of=original, signature=sig), keys[doc_id])
        return out

    def _remember(self, near: dict[str, NearDuplicate]) -> None:
        """Keep what was just written (committed) in the run's own index."""
        for doc_id, n in near.items():
            self._written.add(Candidate(doc_id=doc_id, dup_of=n.dup_of, signature=n.signature), n.band_keys)

    def _count(self, **counts: int) -> None:
        delta = RunCounts(**counts)
        self._batch.counts.add(delta)
        self.totals.add(delta)
