"""Clustering scored pairs into groups of likely duplicates, guarded against chaining.

Plain connected components over the pairs at or above the threshold chain: if A≈B and B≈C, A and C
land in one cluster even when A and C are clearly two people (two family members each similar to
a third record). The rule here is average linkage with a veto, applied greedily:

* links are taken strongest first; a link between two records already in the same cluster adds
  nothing;
* a link between two different clusters X and Y merges them only if **every** pair (x, y) across
  them scores at least `min_score * FLOOR_FACTOR` (no weak or "not duplicate" pair inside a
  cluster) **and** the cross pairs score `min_score` on average (the newcomer is close to the
  cluster as a whole, not just to one member). Cross pairs that blocking never produced are scored
  on demand; a remembered "not duplicates" pair scores 0 and so vetoes the merge;
* a cluster never grows beyond `MAX_CLUSTER` records (a scan result nobody can review anyway).

So A≈B, B≈C, A≉C (A–C below half the threshold) gives the cluster {A, B} (or {B, C}, whichever
link is stronger) and leaves the third record out, and A, B, C merge only when A–C scores well too.
`Cluster.score` is the weakest of the links that joined the cluster.
"""

from __future__ import annotations

import heapq
from collections.abc import Callable, Iterable, Iterator

__all__ = ["FLOOR_FACTOR", "MAX_CLUSTER", "Group", "guarded_clusters"]

FLOOR_FACTOR = 0.5
MAX_CLUSTER = 50

_SORT_SLICE = 10_000  # links sorted per slice, then merged

Group = tuple[list[int], float, dict[tuple[int, int], float]]  # members, weakest link, pair scores


def guarded_clusters(links: Iterable[tuple[float, int, int]], score: Callable[[int, int], float],
                     min_score: float) -> list[Group]:
    """Clusters (members, weakest link, scores of every pair inside) from `links` (score, a, b)
    at or above `min_score`. `score(a, b)` (a < b) scores any pair on demand."""
    floor = min_score * FLOOR_FACTOR
    cluster_of: dict[int, int] = {}
    members: dict[int, list[int]] = {}
    weakest: dict[int, float] = {}
    inside: dict[int, dict[tuple[int, int], float]] = {}
    for s, a, b in _strongest_first(links, min_score):
        ca, cb = cluster_of.get(a, a), cluster_of.get(b, b)
        if ca == cb:
            continue
        xs, ys = members.get(ca, [a]), members.get(cb, [b])
        if len(xs) + len(ys) > MAX_CLUSTER:
            continue
        cross: dict[tuple[int, int], float] = {}
        ok = True
        for x in xs:
            for y in ys:
                pair = (x, y) if x < y else (y, x)
                value = s if pair == (a, b) else score(*pair)
                if value < floor:
                    ok = False
                    break
                cross[pair] = value
            if not ok:
                break
        if not ok or sum(cross.values()) < min_score * len(cross):
            continue
        # merge the smaller cluster into the larger
        keep, drop = (ca, cb) if len(xs) >= len(ys) else (cb, ca)
        merged = xs + ys
        pairs = {**inside.pop(ca, {}), **inside.pop(cb, {}), **cross}
        link = min(s, weakest.pop(ca, 1.0), weakest.pop(cb, 1.0))
        members.pop(drop, None)
        members[keep] = merged
        weakest[keep] = link
        inside[keep] = pairs
        for m in merged:
            cluster_of[m] = keep
    return [(sorted(ids), weakest[root], inside[root]) for root, ids in members.items()]


def _strongest_first(links: Iterable[tuple[float, int, int]], min_score: float) -> Iterator[tuple[float, int, int]]:
    """Links at or above `min_score` by (-score, a, b). Sorted in slices and merged lazily: one
    sort of 100k+ links is a single C call holding the GIL for tens of ms beside the GUI thread."""
    keyed = [(-s, a, b) for s, a, b in links if s >= min_score]
    slices = [sorted(keyed[k:k + _SORT_SLICE]) for k in range(0, len(keyed), _SORT_SLICE)]
    keyed.clear()
    for negative, a, b in heapq.merge(*slices):
        yield -negative, a, b
