"""Generate a large store of synthetic events (for the speed benchmarks), bounded in time.

    python bench/generate_store.py /tmp/big.duckdb                 # 1,000,000 events (about a minute)
    python bench/generate_store.py /tmp/small.duckdb --events 100000 --leave-last-day

The events are happenings told by 1 to 5 reports each: a happening has a source and a target
(countries drawn with a Zipf-like weight, a sector each, a third of them domestic), a CAMEO code
(drawn from the project's table, conflict codes more often), a day in 2020-2024 and a place near
its country's centre; its reports are documents published that day or the next, each with one
event of the happening (sometimes without a place, sometimes with the country only). The
happenings are written clustered (one cluster per happening, rows in the clusters table) as a
clustering pass would leave them; ``--leave-last-day`` leaves the last day's events unclustered,
for timing an incremental pass. Rows are written in date order, one transaction per chunk, through
``Store.load_rows`` (no coding: spaCy is not involved).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
import time
from pathlib import Path

import numpy as np
import pyarrow as pa

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from flashpoint.analysis.clusters import ASSIGN_SCHEMA, CLUSTER_SCHEMA  # noqa: E402
from flashpoint.columns import arrow_schema  # noqa: E402
from flashpoint.ontology import load_ontology  # noqa: E402
from flashpoint.resources.datafiles import data_path, read_csv  # noqa: E402
from flashpoint.store import Store  # noqa: E402
from flashpoint.store.store import DOCUMENT_SCHEMA  # noqa: E402

FIRST_DAY = dt.date(2020, 1, 1)
DAYS = 5 * 365 + 1
#: Countries in the news most, drawn first (the others follow in the table's order).
PROMINENT = ("USA", "RUS", "UKR", "CHN", "ISR", "PSE", "IRN", "SYR", "IND", "PAK", "AFG", "IRQ", "TUR", "GBR",
             "FRA", "DEU", "NGA", "SDN", "ETH", "MMR", "KEN", "BRA", "MEX", "COL", "VEN")
SECTORS = np.array(["GOV", "MIL", "COP", "REB", "CVL", "OPP", "", ""])
EVENT_SCHEMA = pa.schema(list(arrow_schema()) + [pa.field("cluster_id", pa.string())])


def _countries() -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    rows = list(read_csv(data_path("country_centroids.csv"), required=("iso3", "lat", "lon")))
    rows.sort(key=lambda r: (r["iso3"] not in PROMINENT, PROMINENT.index(r["iso3"]) if r["iso3"] in PROMINENT else 0))
    codes = np.array([r["iso3"] for r in rows])
    return codes, np.array([float(r["lat"]) for r in rows]), np.array([float(r["lon"]) for r in rows])


def _codes() -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    table = load_ontology().codes
    codes = np.array([c for c in table if len(c) >= 3])
    goldstein = np.array([table[c].goldstein for c in codes], dtype=float)
    quad = np.array([table[c].quad_class for c in codes])
    plover = np.array([table[c].plover_type or "" for c in codes])
    weight = np.where(quad >= 3, 3.0, 1.0)
    return codes, goldstein, quad, plover, weight / weight.sum()


def generate(path: Path, *, events: int = 1_000_000, seed: int = 7, leave_last_day: bool = False,
             chunk_days: int = 120) -> dict[str, float]:
    start = time.perf_counter()
    rng = np.random.default_rng(seed)
    countries, lats, lons = _countries()
    weights = 1.0 / np.arange(1, len(countries) + 1) ** 1.1
    weights /= weights.sum()
    codes, goldstein, quad, plover, code_weights = _codes()
    reports_per = rng.integers(1, 6, size=events)  # reports per happening
    cum = np.cumsum(reports_per)
    happenings = int(np.searchsorted(cum, events)) + 1
    reports_per = reports_per[:happenings]
    reports_per[-1] -= cum[happenings - 1] - events
    h_day = np.sort(rng.integers(0, DAYS, size=happenings))
    h_src = rng.choice(len(countries), size=happenings, p=weights)
    domestic = rng.random(happenings) < 0.33
    h_tgt = np.where(domestic, h_src, rng.choice(len(countries), size=happenings, p=weights))
    h_src_sector = rng.choice(SECTORS, size=happenings)
    h_tgt_sector = rng.choice(SECTORS, size=happenings)
    h_code = rng.choice(len(codes), size=happenings, p=code_weights)
    h_lat = lats[h_tgt] + rng.normal(0, 1.0, happenings)
    h_lon = lons[h_tgt] + rng.normal(0, 1.0, happenings)
    # one row per event
    h_of = np.repeat(np.arange(happenings), reports_per)
    day = h_day[h_of]
    published = day + (rng.random(events) < 0.4)
    place_kind = rng.choice(3, size=events, p=[0.7, 0.15, 0.15])  # city, country only, none
    event_ids = np.char.add("e", np.char.zfill(np.arange(events).astype(str), 9))
    cluster_of = np.char.add("c", np.char.zfill(np.arange(happenings).astype(str), 15))
    last_day = int(h_day.max())
    store_stats = {"events": events, "happenings": happenings}
    with Store.open(path) as store:
        run_id = store.start_run(command="generate")
        for lo in range(0, DAYS, chunk_days):
            hsel = np.flatnonzero((h_day >= lo) & (h_day < lo + chunk_days))
            if not len(hsel):
                continue
            esel = np.flatnonzero((h_of >= hsel[0]) & (h_of <= hsel[-1]))
            _write_chunk(store, run_id=run_id, esel=esel, hsel=hsel, h_of=h_of, day=day, published=published,
                         place_kind=place_kind, event_ids=event_ids, cluster_of=cluster_of, countries=countries,
                         h_src=h_src, h_tgt=h_tgt, h_src_sector=h_src_sector, h_tgt_sector=h_tgt_sector,
                         h_code=h_code, codes=codes, goldstein=goldstein, quad=quad, plover=plover, h_lat=h_lat,
                         h_lon=h_lon, reports_per=reports_per, leave_day=last_day if leave_last_day else None)
        store.finish_run(run_id)
    store_stats["seconds"] = round(time.perf_counter() - start, 1)
    store_stats["last_day_events"] = int((day == last_day).sum())
    store_stats["last_day"] = (FIRST_DAY + dt.timedelta(days=last_day)).isoformat()
    return store_stats


def _iso(days: np.ndarray) -> np.ndarray:
    return np.datetime_as_string(np.datetime64(FIRST_DAY.isoformat()) + days.astype("timedelta64[D]"), unit="D")


def _write_chunk(store: Store, *, run_id: int, esel: np.ndarray, hsel: np.ndarray, h_of, day, published, place_kind,
                 event_ids, cluster_of, countries, h_src, h_tgt, h_src_sector, h_tgt_sector, h_code, codes,
                 goldstein, quad, plover, h_lat, h_lon, reports_per, leave_day: int | None) -> None:
    h = h_of[esel]
    n = len(esel)
    src = countries[h_src[h]]
    tgt = countries[h_tgt[h]]
    src_code = np.char.add(src, h_src_sector[h])
    tgt_code = np.char.add(tgt, h_tgt_sector[h])
    code = codes[h_code[h]]
    dates = _iso(day[esel])
    pubs = _iso(published[esel])
    doc_ids = np.char.add("d", event_ids[esel])
    kind = place_kind[esel]
    located = kind < 2
    city = kind == 0
    lat = np.where(located, np.where(city, h_lat[h], 0.0), np.nan)
    lon = np.where(located, np.where(city, h_lon[h], 0.0), np.nan)
    clustered = cluster_of[h]
    if leave_day is not None:
        clustered = np.where(day[esel] == leave_day, None, clustered)
    sentences = np.char.add(np.char.add(np.char.add(src_code, " did "), code), np.char.add(" to ", tgt_code))
    outlets = np.char.add("outlet-", (esel % 97).astype(str))
    columns = {
        "event_id": event_ids[esel], "doc_id": doc_ids, "url": np.char.add("https://news.example/", doc_ids),
        "outlet": outlets, "published": pubs, "date": dates, "date_precision": np.full(n, "day"),
        "date_source": np.full(n, "text"), "sentence_index": np.zeros(n, dtype=np.int64), "sentence": sentences,
        "sentence_start": np.zeros(n, dtype=np.int64), "sentence_end": np.full(n, 40, dtype=np.int64),
        "trigger_text": np.full(n, "did"), "trigger_lemma": np.full(n, "do"),
        "trigger_start": np.full(n, 7, dtype=np.int64), "trigger_end": np.full(n, 10, dtype=np.int64),
        "source_text": src_code, "source_code": src_code, "source_country": src,
        "source_sectors": np.array([s or None for s in h_src_sector[h]], dtype=object),
        "target_text": tgt_code, "target_code": tgt_code, "target_country": tgt,
        "target_sectors": np.array([s or None for s in h_tgt_sector[h]], dtype=object),
        "cameo": code, "cameo_root": np.array([c[:2] for c in code]), "goldstein": goldstein[h_code[h]],
        "quad_class": quad[h_code[h]].astype(np.int64),
        "plover_type": np.array([p or None for p in plover[h_code[h]]], dtype=object),
        "status": np.full(n, "asserted"), "negated": np.zeros(n, dtype=bool),
        "location_name": np.where(located, np.where(city, np.char.add("Town of ", tgt), tgt), None),
        "location_country": np.where(located, tgt, None),
        "location_lat": lat, "location_lon": lon,
        "location_precision": np.where(located, np.where(city, "city", "country"), None),
        "location_source": np.where(located, "sentence", None),
        "confidence": np.round(0.5 + 0.5 * ((esel * 7919) % 100) / 100, 2),
        "evidence_rule": np.full(n, "generated"), "evidence_why": np.full(n, "generated for a benchmark"),
        "coder_version": np.full(n, "bench"), "data_hash": np.full(n, "bench"), "schema_version": np.full(n, "1"),
        "cluster_id": clustered,
    }
    arrays = []
    for f in EVENT_SCHEMA:
        values = columns.get(f.name)
        if values is None:
            arrays.append(pa.nulls(n, f.type))
        elif f.type == pa.float64():
            arrays.append(pa.array(values, type=f.type, from_pandas=True))
        else:
            arrays.append(pa.array(values.tolist() if values.dtype == object else values, type=f.type))
    events = pa.Table.from_arrays(arrays, schema=EVENT_SCHEMA)
    documents = pa.table({
        "doc_id": doc_ids, "origin": np.char.add("generated:", doc_ids), "url": np.char.add("https://news.example/",
                                                                                           doc_ids),
        "outlet": outlets, "title": pa.nulls(n, pa.string()), "published": pubs, "text": sentences,
        "text_hash": doc_ids, "events": np.ones(n, dtype=np.int32), "code_version": np.full(n, "bench"),
        "data_hash": np.full(n, "bench"),
        **{f.name: pa.nulls(n, f.type) for f in DOCUMENT_SCHEMA if f.name in ("dup_of", "minhash")}},
        schema=DOCUMENT_SCHEMA)
    store.load_rows(documents=documents, events=events, run_id=run_id)
    # the clusters table, as a clustering pass leaves it
    h_day = day[np.searchsorted(h_of, hsel)]  # a happening's day is its first event's
    keep = hsel if leave_day is None else hsel[h_day != leave_day]
    first = np.searchsorted(h_of, keep)
    counts = reports_per[keep]
    e_first = first
    rows = {
        "cluster_id": cluster_of[keep], "face_event_id": event_ids[e_first], "date": _iso(day[e_first]),
        "date_precision": np.full(len(keep), "day"), "first_seen": _iso(published[e_first]),
        "last_seen": _iso(published[e_first + counts - 1]),
        "source_code": np.char.add(countries[h_src[keep]], h_src_sector[keep]), "source_country": countries[h_src[keep]],
        "target_code": np.char.add(countries[h_tgt[keep]], h_tgt_sector[keep]), "target_country": countries[h_tgt[keep]],
        "cameo": codes[h_code[keep]], "cameo_root": np.array([c[:2] for c in codes[h_code[keep]]]),
        "plover_type": np.array([p or None for p in plover[h_code[keep]]], dtype=object),
        "quad_class": quad[h_code[keep]].astype(np.int32), "goldstein": goldstein[h_code[keep]],
        "location_name": np.char.add("Town of ", countries[h_tgt[keep]]), "location_country": countries[h_tgt[keep]],
        "location_lat": h_lat[keep], "location_lon": h_lon[keep], "events": counts.astype(np.int32),
        "documents": counts.astype(np.int32), "outlets": counts.astype(np.int32),
        "quantities": np.full(len(keep), None, dtype=object), "confidence": np.full(len(keep), 0.8),
        "run_id": np.full(len(keep), run_id, dtype=np.int64),
    }
    table = pa.Table.from_arrays([pa.array(rows[f.name].tolist() if rows[f.name].dtype == object else rows[f.name],
                                           type=f.type) for f in CLUSTER_SCHEMA], schema=CLUSTER_SCHEMA)
    store.apply_clustering(assignments=pa.Table.from_pylist([], schema=ASSIGN_SCHEMA), clusters=table)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("path", type=Path, help="the store to create (must not exist)")
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--leave-last-day", action="store_true",
                        help="leave the last day's events unclustered (for timing an incremental pass)")
    args = parser.parse_args(argv)
    if args.path.exists():
        parser.error(f"{args.path} exists; give a new path")
    stats = generate(args.path, events=args.events, seed=args.seed, leave_last_day=args.leave_last_day)
    print(json.dumps(stats))
    return 0


if __name__ == "__main__":
    sys.exit(main())
