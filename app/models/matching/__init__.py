"""Duplicate matching (issue #7, PRODUCT.md §4): score pairs of customers, group likely duplicates.

Public interface (fixed, shared with the merge, import and GUI code):

* `MatchRecord`, `Reason`, `PairScore`, `Cluster` — value types (`types.py`);
* `score_pair(a, b)` — one calibrated probability plus human-readable reasons;
* `find_clusters(records, …)` — block, score, cluster the whole set (strongest cluster first);
* `best_matches(record, candidates, …)` — the entry / import check for one record;
* `DEFAULT_MIN_SCORE` — the threshold used when the user sets none.

The pipeline (one module per step): `normalize` (comparable keys per record: E.164 digits, emails,
simplified characters, pinyin, name order, nicknames, company legal forms, 统一社会信用代码) ->
`blocking` (candidate pairs through several keys, near-linear) -> `compare` (rapidfuzz
Jaro–Winkler / token ratios and exact keys, as 0/1 levels) -> `model` (logistic regression whose
weights, in `weights.py`, bench/tune_matching.py learned from labelled data) -> `cluster` (groups
guarded against chaining) -> `reasons` (what matched and what differed, masked).

Pure Python, no I/O, no Qt.
"""

from __future__ import annotations

from app.models.matching.engine import DEFAULT_MIN_SCORE, best_matches, find_clusters, score_pair
from app.models.matching.types import Cluster, MatchRecord, PairScore, Reason

__all__ = [
    "DEFAULT_MIN_SCORE",
    "Cluster",
    "MatchRecord",
    "PairScore",
    "Reason",
    "best_matches",
    "find_clusters",
    "score_pair",
]
