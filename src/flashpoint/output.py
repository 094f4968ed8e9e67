"""Writers for coded events: JSON Lines (the full record), CSV and Parquet (one flat row per event)."""

from __future__ import annotations

import csv
import io
import json
import sys
from pathlib import Path
from typing import Any, Iterable, Protocol, TextIO

from .errors import FlashpointError, msg

FORMATS = ("jsonl", "csv", "parquet")

#: Flat columns for CSV and Parquet, in order. Nested parts not flattened go in as JSON text.
FLAT_COLUMNS: tuple[str, ...] = (
    "event_id", "doc_id", "url", "outlet", "published", "date", "date_precision", "date_source",
    "sentence_index", "sentence", "sentence_start", "sentence_end",
    "trigger_text", "trigger_lemma", "trigger_start", "trigger_end",
    "source_text", "source_code", "source_country", "source_sectors", "source_org", "source_name",
    "source_role", "source_kb_id", "source_resolved_by", "source_start", "source_end",
    "target_text", "target_code", "target_country", "target_sectors", "target_org", "target_name",
    "target_role", "target_kb_id", "target_resolved_by", "target_start", "target_end",
    "cameo", "cameo_root", "goldstein", "quad_class", "plover_type", "plover_mode", "plover_context",
    "status", "negated", "attributed_to",
    "location_name", "location_country", "location_admin1", "location_lat", "location_lon",
    "location_geonameid", "location_precision", "location_source",
    "quantities", "confidence", "evidence_rule", "evidence_why",
    "coder_version", "data_hash", "schema_version",
)


def flatten(event: dict[str, Any]) -> dict[str, Any]:
    """One event record (``Event.to_dict()``) as a flat row with the FLAT_COLUMNS."""
    row: dict[str, Any] = {k: event.get(k) for k in (
        "event_id", "doc_id", "url", "outlet", "published", "date", "date_precision", "date_source",
        "sentence_index", "sentence", "cameo", "cameo_root", "goldstein", "quad_class",
        "confidence", "schema_version")}
    row["sentence_start"], row["sentence_end"] = event["sentence_span"]
    trig = event["trigger"]
    row.update(trigger_text=trig["text"], trigger_lemma=trig["lemma"],
               trigger_start=trig["span"][0], trigger_end=trig["span"][1])
    for role in ("source", "target"):
        actor = event.get(role) or {}
        span = actor.get("span") or (None, None)
        for key in ("text", "code", "country", "org", "name", "role", "kb_id", "resolved_by"):
            row[f"{role}_{key}"] = actor.get(key)
        row[f"{role}_sectors"] = "|".join(actor.get("sectors") or []) or None
        row[f"{role}_start"], row[f"{role}_end"] = span
    plover = event.get("plover") or {}
    row.update(plover_type=plover.get("type"), plover_mode=plover.get("mode"),
               plover_context="|".join(plover.get("context") or []) or None)
    modality = event["modality"]
    row.update(status=modality["status"], negated=modality["negated"], attributed_to=modality["attributed_to"])
    loc = event.get("location") or {}
    for key in ("name", "country", "admin1", "lat", "lon", "geonameid", "precision", "source"):
        row[f"location_{key}"] = loc.get(key)
    row["quantities"] = json.dumps(event.get("quantities") or [], ensure_ascii=False) if event.get("quantities") else None
    evidence = event.get("evidence") or {}
    row.update(evidence_rule=evidence.get("rule"), evidence_why=evidence.get("why"))
    coder = event.get("coder") or {}
    row.update(coder_version=coder.get("version"), data_hash=coder.get("data_hash"))
    return {k: row.get(k) for k in FLAT_COLUMNS}


class Writer(Protocol):
    def write(self, event: dict[str, Any]) -> None: ...
    def close(self) -> None: ...


class JsonlWriter:
    def __init__(self, stream: TextIO):
        self.stream = stream

    def write(self, event: dict[str, Any]) -> None:
        self.stream.write(json.dumps(event, ensure_ascii=False) + "\n")

    def close(self) -> None:
        self.stream.flush()


class CsvWriter:
    def __init__(self, stream: TextIO):
        self.stream = stream
        self.writer = csv.DictWriter(stream, fieldnames=list(FLAT_COLUMNS))
        self.writer.writeheader()

    def write(self, event: dict[str, Any]) -> None:
        self.writer.writerow(flatten(event))

    def close(self) -> None:
        self.stream.flush()


class ParquetWriter:
    """Buffers rows and writes them in row groups, so memory stays bounded on long runs."""

    ROW_GROUP = 10_000

    def __init__(self, path: str | Path):
        import pyarrow as pa

        self.path = str(path)
        self.schema = pa.schema([(c, _ARROW_TYPES.get(c, pa.string())) for c in FLAT_COLUMNS])
        self.rows: list[dict[str, Any]] = []
        self._writer = None

    def write(self, event: dict[str, Any]) -> None:
        self.rows.append(flatten(event))
        if len(self.rows) >= self.ROW_GROUP:
            self._flush()

    def _flush(self) -> None:
        import pyarrow as pa
        import pyarrow.parquet as pq

        if self._writer is None:
            self._writer = pq.ParquetWriter(self.path, self.schema)
        if self.rows:
            self._writer.write_table(pa.Table.from_pylist(self.rows, schema=self.schema))
            self.rows = []

    def close(self) -> None:
        self._flush()  # also creates the file for a run with no events
        self._writer.close()


def _arrow_types() -> dict[str, Any]:
    import pyarrow as pa

    ints = ("sentence_index", "sentence_start", "sentence_end", "trigger_start", "trigger_end",
            "source_start", "source_end", "target_start", "target_end", "quad_class", "location_geonameid")
    floats = ("goldstein", "location_lat", "location_lon", "confidence")
    types = {c: pa.int64() for c in ints}
    types.update({c: pa.float64() for c in floats})
    types["negated"] = pa.bool_()
    return types


try:
    _ARROW_TYPES = _arrow_types()
except ImportError:  # pyarrow is a dependency; this only guards odd installs
    _ARROW_TYPES = {}


def open_writer(fmt: str, path: str | None) -> tuple[Writer, TextIO | None]:
    """A writer for ``fmt`` to ``path`` (stdout when None). Returns the writer and the stream to close."""
    if fmt not in FORMATS:
        raise FlashpointError(msg("E004", value=fmt, available=", ".join(FORMATS)))
    if fmt == "parquet":
        if not path or path == "-":
            raise FlashpointError(msg("E006"))
        return ParquetWriter(path), None
    stream: TextIO
    if path and path != "-":
        stream = open(path, "w", encoding="utf-8", newline="")
        owned: TextIO | None = stream
    else:
        stream, owned = sys.stdout, None
    writer: Writer = JsonlWriter(stream) if fmt == "jsonl" else CsvWriter(stream)
    return writer, owned


def write_all(events: Iterable[dict[str, Any]], fmt: str) -> str:
    """Serialise events to a string (for tests and small API uses; not parquet)."""
    stream = io.StringIO()
    writer: Writer = JsonlWriter(stream) if fmt == "jsonl" else CsvWriter(stream)
    for e in events:
        writer.write(e)
    writer.close()
    return stream.getvalue()
