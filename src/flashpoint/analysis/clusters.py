"""One happening, many reports: events merged into clusters, incrementally, with stable ids.

``cluster_new_events(store)`` is what ``flashpoint ingest`` runs at its end: it takes the events no
cluster holds yet, loads the clusters already stored near them (same source country, dates close
enough), places the new events the coder left without a place when their sentence or report
says where (``places``), puts each new event into the compatible cluster it shares most with
(``matching``), or starts a new one, and writes the assignments and the clusters' rows in one transaction. It never
recomputes the whole store: its cost follows the new events and their neighbourhood.

Ids are stable: a cluster's id is a hash of its founding member — the member published first (ties:
the smallest event id). So the same members give the same id on every rerun, whatever order they
were clustered in; a cluster that grows with later reports keeps its id; a report published before
the founder (a late backfill) makes it the founder, and the cluster is renamed (its old row goes,
its members move). Clusters lose members only when documents are recoded: such a cluster is
summarised again (or removed when empty) on the next run.

Each cluster row counts its events, its documents (near-duplicate copies counted once, by their
canonical document) and its outlets, has first and last seen (publication dates), the most
confident member as its face, and the reported quantities combined per kind: min, max, the value
most documents report, and how many documents report one.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Any, Iterable, Sequence

import pyarrow as pa

from ..records import text_hash
from .matching import DAY_SLACK, PLACE_RANK, Member, affinity, compatible
from .places import infer_places

#: Days before the earliest new event that stored clusters are looked at: a month-precision
#: report still meets the day reports of its month.
LOOKBACK_DAYS = 31
#: The longest a cluster of day, week and month dates can span (a month and the slack on both
#: sides): members are read this much beyond the window too, so a cluster comes whole. A cluster
#: holding a year-precision report (dated its 1 January) can span its year: such a cluster may be
#: read without its far members, and a new event judged against the others only.
CLUSTER_SPAN_DAYS = 33
#: New events clustered per transaction.
CHUNK = 5_000

CLUSTER_SCHEMA = pa.schema([
    ("cluster_id", pa.string()), ("face_event_id", pa.string()), ("date", pa.string()),
    ("date_precision", pa.string()), ("first_seen", pa.string()), ("last_seen", pa.string()),
    ("source_code", pa.string()), ("source_country", pa.string()), ("target_code", pa.string()),
    ("target_country", pa.string()), ("cameo", pa.string()), ("cameo_root", pa.string()),
    ("plover_type", pa.string()), ("quad_class", pa.int32()), ("goldstein", pa.float64()),
    ("location_name", pa.string()), ("location_country", pa.string()), ("location_lat", pa.float64()),
    ("location_lon", pa.float64()), ("events", pa.int32()), ("documents", pa.int32()),
    ("outlets", pa.int32()), ("quantities", pa.string()), ("confidence", pa.float64()), ("run_id", pa.int64()),
])
ASSIGN_SCHEMA = pa.schema([("event_id", pa.string()), ("cluster_id", pa.string())])
_PRECISION_ORDER = {"day": 0, "week": 1, "month": 2, "year": 3}


@dataclass
class ClusterRun:
    """What one clustering pass did."""

    events: int = 0       # new events clustered
    joined: int = 0       # of them, joined a cluster stored before this pass
    created: int = 0      # clusters created
    renamed: int = 0      # clusters whose founder changed
    refreshed: int = 0    # clusters summarised again after losing members
    removed: int = 0      # clusters that lost every member

    def render(self) -> str:
        return (f"clusters: {self.events} new event(s), {self.joined} joined stored clusters, "
                f"{self.created} cluster(s) created")


def founder_key(member: Member) -> tuple[str, str]:
    return (member.published or "9999-99-99", member.event_id)


def cluster_id_of(members: Iterable[Member]) -> str:
    """The stable id of a cluster: a hash of its founding member's event id."""
    return "c" + text_hash(min(members, key=founder_key).event_id, 15)


# -- assigning -------------------------------------------------------------------------------------


@dataclass
class _Cluster:
    members: list[Member]
    stored_id: str | None = None  # the id it has in the store, None for a cluster of this pass
    grown: bool = False


def _arrival(m: Member) -> tuple[bool, str, str, str]:
    """The order new events are placed in: located ones first (they found the clusters an event
    without a place then joins), then by date, publication and id."""
    return (not m.located, m.date, m.published or "", m.event_id)


def assign(new: Sequence[Member], stored: dict[str, list[Member]]) -> list[_Cluster]:
    """Put each new event into the stored or new cluster it is compatible with, member by member;
    when several would take it, the one it shares most with summed over the members (so, other
    things equal, the happening more reports tell of); else a new cluster. Returns every cluster
    that got a member (stored ones with all their members).

    An event compatible with two clusters (no place, the same day as two look-alikes) joins the one
    that scores best among those stored or placed before it: its cluster may depend on the order
    reports arrive in. The ids never do (``cluster_id_of``)."""
    clusters = [_Cluster(members=list(members), stored_id=cid) for cid, members in sorted(stored.items())]
    index: dict[tuple[str, int], list[_Cluster]] = defaultdict(list)  # (source country, day) -> clusters

    def add(cluster: _Cluster, member: Member) -> None:
        first, last = member.interval
        for day in range(first - DAY_SLACK, last + DAY_SLACK + 1):
            bucket = index[(member.source_country, day)]
            if cluster not in bucket:
                bucket.append(cluster)

    for cluster in clusters:
        for member in cluster.members:
            add(cluster, member)
    for event in sorted(new, key=_arrival):
        best, best_score = None, -1
        seen: set[int] = set()
        first, last = event.interval
        for day in range(first, last + 1):
            for cluster in index.get((event.source_country, day), ()):
                if id(cluster) in seen:
                    continue
                seen.add(id(cluster))
                if not all(compatible(event, m) for m in cluster.members):
                    continue
                score = sum(affinity(event, m) for m in cluster.members)
                if score > best_score or (score == best_score and best is not None
                                          and _order(cluster) < _order(best)):
                    best, best_score = cluster, score
        if best is None:
            best = _Cluster(members=[])
            clusters.append(best)
        best.members.append(event)
        best.grown = True
        add(best, event)
    return [c for c in clusters if c.grown]


def _order(cluster: _Cluster) -> tuple[str, str]:
    """Ties between clusters go to the one founded first."""
    return founder_key(min(cluster.members, key=founder_key))


# -- summarising -----------------------------------------------------------------------------------


def _most_common(values: Iterable[Any], *, prefer: Any = None) -> Any:
    counts = Counter(v for v in values if v is not None)
    if not counts:
        return None
    top = max(counts.values())
    tied = [v for v, n in counts.items() if n == top]
    if prefer in tied:
        return prefer
    return sorted(tied, key=lambda v: (-len(str(v)), str(v)))[0]


def combine_quantities(members: Sequence[Member], canonical: dict[str, str]) -> dict[str, dict[str, Any]]:
    """Per kind: min, max, the value most documents report (ties: the smaller), and the number of
    documents reporting one. A document (with its near-duplicate copies) gives one value per kind:
    its largest."""
    per_doc: dict[str, dict[str, float]] = defaultdict(dict)
    for m in members:
        doc = canonical.get(m.doc_id, m.doc_id)
        for q in m.quantities:
            kind, value = q.get("kind"), q.get("value")
            if kind is None or value is None:
                continue
            per_doc[kind][doc] = max(value, per_doc[kind].get(doc, value))
    combined: dict[str, dict[str, Any]] = {}
    for kind in sorted(per_doc):
        values = list(per_doc[kind].values())
        counts = Counter(values)
        mode = min(counts, key=lambda v: (-counts[v], v))
        combined[kind] = {"min": min(values), "max": max(values), "mode": mode, "reports": len(values)}
    return combined


def summarise(cluster_id: str, members: Sequence[Member], *, canonical: dict[str, str],
              outlets: dict[str, str | None], run_id: int | None = None) -> dict[str, Any]:
    """The clusters-table row of one cluster."""
    face = min(members, key=lambda m: (-m.confidence, m.event_id))
    finest = min(_PRECISION_ORDER.get(m.date_precision or "day", 0) for m in members)
    fine = [m for m in members if _PRECISION_ORDER.get(m.date_precision or "day", 0) == finest]
    date_counts = Counter(m.date for m in fine)
    date = min(date_counts, key=lambda d: (-date_counts[d], d))
    published = sorted(m.published for m in members if m.published)
    located = [m for m in members if m.located and not m.place_inferred] or [m for m in members if m.located]
    place = None
    if located:
        finest_place = min(_place_rank(m) for m in located)
        names = Counter(m.location_name for m in located if _place_rank(m) == finest_place)
        name = min(names, key=lambda n: (-names[n], str(n)))
        place = next(m for m in located if _place_rank(m) == finest_place and m.location_name == name)
    source = _most_common((m.source_code for m in members), prefer=face.source_code)
    target = _most_common((m.target_code for m in members), prefer=face.target_code)
    target_country = _most_common((m.target_country for m in members), prefer=face.target_country)
    documents = {canonical.get(m.doc_id, m.doc_id) for m in members}
    outlet_names = {outlets.get(m.doc_id) or m.outlet for m in members} - {None}
    quantities = combine_quantities(members, canonical)
    return {
        "cluster_id": cluster_id, "face_event_id": face.event_id, "date": date,
        "date_precision": fine[0].date_precision or "day",
        "first_seen": published[0] if published else None, "last_seen": published[-1] if published else None,
        "source_code": source, "source_country": face.source_country, "target_code": target,
        "target_country": target_country, "cameo": face.cameo, "cameo_root": face.cameo_root,
        "plover_type": face.plover_type, "quad_class": face.quad_class, "goldstein": face.goldstein,
        "location_name": place.location_name if place else None,
        "location_country": place.location_country if place else None,
        "location_lat": place.location_lat if place else None, "location_lon": place.location_lon if place else None,
        "events": len(members), "documents": len(documents), "outlets": len(outlet_names),
        "quantities": json.dumps(quantities, sort_keys=True) if quantities else None,
        "confidence": face.confidence, "run_id": run_id,
    }


def _place_rank(m: Member) -> int:
    return PLACE_RANK.get(m.location_precision or "", 0)


# -- the pass over a store -------------------------------------------------------------------------


def _day(ordinal: int) -> str:
    return dt.date.fromordinal(ordinal).isoformat()


def _stored_near(store: Any, new: Sequence[Member]) -> dict[str, list[Member]]:
    """The stored clusters the new events could join, each with all its members."""
    first = min(m.interval[0] for m in new) - DAY_SLACK
    last = max(m.interval[1] for m in new) + DAY_SLACK
    ids = store.clusters_near(source_countries=sorted({m.source_country for m in new}),
                              plover_types=sorted({m.plover_type for m in new if m.plover_type}),
                              cameo_roots=sorted({m.cameo_root for m in new}), date_from=_day(first),
                              date_to=_day(last), coarse_from=_day(first - LOOKBACK_DAYS))
    stored: dict[str, list[Member]] = defaultdict(list)
    rows = store.cluster_members(ids, date_from=_day(first - LOOKBACK_DAYS - CLUSTER_SPAN_DAYS),
                                 date_to=_day(last + CLUSTER_SPAN_DAYS))
    for row in rows:
        stored[row["cluster_id"]].append(Member.from_row(row))
    return stored


def cluster_new_events(store: Any, *, run_id: int | None = None, limit: int | None = None) -> ClusterRun:
    """Cluster the events of ``store`` that no cluster holds yet (the ingest hook).

    ``store``: a writable ``flashpoint.store.Store``. Works in chunks of ``CHUNK`` new events, each
    one transaction, so a killed pass keeps what it wrote and the next one goes on.
    """
    report = ClusterRun()
    _refresh_out_of_step(store, report, run_id=run_id)
    while True:
        rows = store.unclustered_events(limit=limit or CHUNK)
        if not rows:
            break
        new = [Member.from_row(r) for r in rows]
        stored = _stored_near(store, new)
        placed = [Member.from_row(r) for r in store.placed_events_of({m.doc_id for m in new})]
        new = infer_places(new, neighbours=[m for members in stored.values() for m in members], documents=placed)
        touched = assign(new, stored)
        _write(store, touched, report, run_id=run_id)
        report.events += len(new)
        if limit is not None:
            break
    return report


def _write(store: Any, touched: Sequence[_Cluster], report: ClusterRun, *, run_id: int | None) -> None:
    docs = {m.doc_id for c in touched for m in c.members}
    canonical = store.canonical_documents(docs)
    outlets = store.document_outlets(docs)
    rows, assignments, removed = [], [], []
    for cluster in touched:
        cid = cluster_id_of(cluster.members)
        if cluster.stored_id is None:
            report.created += 1
        else:
            report.joined += sum(1 for m in cluster.members if m.cluster_id is None)
        if cluster.stored_id is not None and cluster.stored_id != cid:
            removed.append(cluster.stored_id)
            report.renamed += 1
        assignments.extend({"event_id": m.event_id, "cluster_id": cid} for m in cluster.members
                           if m.cluster_id != cid)
        rows.append(summarise(cid, cluster.members, canonical=canonical, outlets=outlets, run_id=run_id))
    store.apply_clustering(assignments=pa.Table.from_pylist(assignments, schema=ASSIGN_SCHEMA),
                           clusters=pa.Table.from_pylist(rows, schema=CLUSTER_SCHEMA), removed=removed)


def _refresh_out_of_step(store: Any, report: ClusterRun, *, run_id: int | None) -> None:
    """Clusters that lost members (their documents were recoded): summarised again, renamed when
    their founder went, removed when empty."""
    held, counted = store.clustered_events_count()  # two sums: the per-cluster check only when needed
    if held == counted:
        return
    stale = store.clusters_out_of_step()
    if not stale:
        return
    members: dict[str, list[Member]] = defaultdict(list)
    for row in store.cluster_members(stale):
        members[row["cluster_id"]].append(Member.from_row(row))
    empty = [cid for cid in stale if cid not in members]
    touched = [_Cluster(members=m, stored_id=cid) for cid, m in sorted(members.items())]
    store.apply_clustering(assignments=pa.Table.from_pylist([], schema=ASSIGN_SCHEMA),
                           clusters=pa.Table.from_pylist([], schema=CLUSTER_SCHEMA), removed=empty)
    report.removed += len(empty)
    report.refreshed += len(touched)
    if touched:
        created = report.created
        _write(store, touched, report, run_id=run_id)
        report.created = created
