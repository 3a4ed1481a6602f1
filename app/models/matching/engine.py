"""The matching pipeline: prepare -> block -> compare -> score -> cluster (see the package docs)."""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable
from functools import lru_cache
from typing import Any

from app.models.matching.blocking import candidate_pairs
from app.models.matching.cluster import FLOOR_FACTOR, guarded_clusters
from app.models.matching.compare import compare
from app.models.matching.gc_pause import gc_paused
from app.models.matching.model import DEFAULT_MIN_SCORE, probability
from app.models.matching.normalize import Prepared, prepare
from app.models.matching.reasons import reasons
from app.models.matching.types import Cluster, MatchRecord, PairScore

__all__ = ["DEFAULT_MIN_SCORE", "best_matches", "find_clusters", "score_pair", "scored_pairs"]

_CHECK_EVERY = 2000  # records or pairs between progress reports / cancel checks


class _Cancelled(Exception):
    pass


def _pair_score(p: Prepared, q: Prepared) -> PairScore:
    if p.record.id > q.record.id:
        p, q = q, p
    vector = compare(p, q)
    return PairScore(p.record.id, q.record.id, probability(vector), reasons(p, q, vector))


def score_pair(a: MatchRecord, b: MatchRecord) -> PairScore:
    """Score and reasons of one pair (ids ordered a < b in the result)."""
    return _pair_score(prepare(a), prepare(b))


def _prepare_all(records: Iterable[MatchRecord], prepared: list[Prepared], report: Callable[[int], None],
                 cancelled: Callable[[], bool] | None) -> list[Prepared]:
    for r in records:
        prepared.append(prepare(r))
        if len(prepared) % _CHECK_EVERY == 0:
            report(len(prepared))
            if cancelled and cancelled():
                raise _Cancelled()
    return prepared


def scored_pairs(prepared: list[Prepared], *, cancelled: Callable[[], bool] | None = None,
                 report: Callable[[int], None] | None = None) -> Iterable[tuple[float, int, int]]:
    """(score, i, j) of every candidate pair from blocking, as positions into `prepared`.
    `report(pairs done)` is called every few thousand pairs, as is `cancelled()`."""
    for count, (i, j) in enumerate(candidate_pairs(prepared)):
        if count % _CHECK_EVERY == 0:
            if cancelled and cancelled():
                raise _Cancelled()
            if report:
                report(count)
        yield probability(compare(prepared[i], prepared[j])), i, j


def find_clusters(records: Iterable[MatchRecord], *, min_score: float = DEFAULT_MIN_SCORE,
                  exclude: Collection[tuple[int, int]] = (),
                  progress: Callable[[int, int], None] | None = None,
                  cancelled: Callable[[], bool] | None = None) -> list[Cluster]:
    """Clusters of likely duplicates, strongest first (see `cluster.py` for the chaining guard).

    `exclude` holds remembered "not duplicates" pairs (a < b): such a pair never ends up in one
    cluster. `progress(done, total)` is called now and then (preparing is the first half, scoring
    the second); when `cancelled()` turns true the scan stops and returns what it has, [] (the
    service turns that into its Cancelled error).

    The scan runs beside the GUI thread: nothing in it holds the GIL for long (the cyclic garbage
    collector is paused, see `gc_pause.py`; blocking keeps no container of the whole set's size).
    """
    with gc_paused():
        _warm_up()
        return _find_clusters(list(records), min_score, exclude, progress, cancelled)


@lru_cache(maxsize=1)
def _warm_up() -> None:
    """Load the lazily loaded tables (traditional characters, pinyin, nicknames) before a scan.
    Their imports leave reference cycles holding the frames they ran in (and so, through the
    callers' frames, whatever a scan holds), which only a full collection frees."""
    score_pair(MatchRecord(1, name="張偉", company="某某有限公司", address="北京市朝陽區"),
               MatchRecord(2, name="Bill Smith", family_name="Smith", given_name="William"))


def _find_clusters(records: list[MatchRecord], min_score: float, exclude: Collection[tuple[int, int]],
                   progress: Callable[[int, int], None] | None,
                   cancelled: Callable[[], bool] | None) -> list[Cluster]:
    total = len(records)

    def report(done: int) -> None:
        if progress:
            progress(done, 2 * total)

    prepared: list[Prepared] = []
    try:
        _prepare_all(records, prepared, report, cancelled)
    except _Cancelled:
        _release(prepared)
        return []
    by_id = {p.record.id: p for p in prepared}
    excluded = {(a, b) if a < b else (b, a) for a, b in exclude}
    known: dict[tuple[int, int], float] = {}
    links: list[tuple[float, int, int]] = []

    def report_pairs(pairs: int) -> None:
        # The number of candidate pairs is not known in advance (about ten per record on typical
        # data): progress moves through the third quarter by that estimate and waits there.
        report(total + min(total // 2, pairs // 20))

    try:
        for s, i, j in scored_pairs(prepared, cancelled=cancelled, report=report_pairs):
            a, b = prepared[i].record.id, prepared[j].record.id
            pair = (a, b) if a < b else (b, a)
            if pair in excluded or a == b:
                continue
            if s >= min_score * FLOOR_FACTOR:  # weaker pairs can only veto; rescored if asked
                known[pair] = s
                if s >= min_score:
                    links.append((s, *pair))
    except _Cancelled:
        _release(prepared, by_id, known, links)
        return []
    report(total + total // 2)

    def score(a: int, b: int) -> float:
        if (a, b) in excluded:
            return 0.0
        value = known.get((a, b))
        if value is None:
            value = probability(compare(by_id[a], by_id[b]))
            known[(a, b)] = value
        return value

    clusters: list[Cluster] = []
    for ids, weakest, pairs in guarded_clusters(links, score, min_score):
        scored = tuple(
            PairScore(a, b, s, reasons(by_id[a], by_id[b], compare(by_id[a], by_id[b])))
            for (a, b), s in sorted(pairs.items())
        )
        clusters.append(Cluster(tuple(ids), weakest, scored))
    report(2 * total)
    _release(prepared, by_id, known, links)
    return sorted(clusters, key=lambda c: (-c.score, c.customer_ids))


_RELEASE_CHUNK = 1000


def _release(*containers: list[Any] | dict[Any, Any]) -> None:
    """Empty big containers a bit at a time. Dropping a list of 100k prepared records at once
    frees millions of objects in one C call, which holds the GIL for a few hundred ms."""
    for c in containers:
        if isinstance(c, dict):
            for _ in range(len(c)):
                c.popitem()
        else:
            while c:
                del c[-_RELEASE_CHUNK:]


def best_matches(record: MatchRecord, candidates: Iterable[MatchRecord], *,
                 min_score: float = DEFAULT_MIN_SCORE) -> list[PairScore]:
    """Candidates that may be the same person as `record`, strongest first (entry / import check).
    Every candidate is scored (the caller has already narrowed them down); a candidate with the
    record's own id is skipped."""
    p = prepare(record)
    found = []
    for c in candidates:
        if c.id == record.id and record.id:
            continue
        q = prepare(c)
        vector = compare(p, q)
        s = probability(vector)
        if s >= min_score:
            first, second = (p, q) if p.record.id <= q.record.id else (q, p)
            found.append(PairScore(first.record.id, second.record.id, s, reasons(first, second, vector)))
    return sorted(found, key=lambda ps: (-ps.score, ps.a, ps.b))
