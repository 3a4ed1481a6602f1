"""Classification rules: hand-computed labels on the edges of every threshold, and exclusivity."""

from __future__ import annotations

from collections import Counter

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.models import classification as m
from app.models.classification import CLASSIFICATIONS, LABELS, CustomerStats, Cuts, Settings

S = Settings()
FIXED = Cuts(frequency_high=10, frequency_mid=3)


def stats(purchases: int = 1, total: int = 100, first: int | None = 200, last: int | None = 0,
          recent: int = 1) -> CustomerStats:
    if purchases == 0:
        first = last = None
    return CustomerStats(1, purchases, total, first, last, recent)


def labels(s: CustomerStats, cuts: Cuts = FIXED, settings_: Settings = S) -> dict[str, m.Label]:
    return {x.classification: x for x in m.classify(s, settings_, cuts)}


def test_defaults_match_the_settings_service() -> None:
    from app.services.settings import DEFAULTS

    assert Settings.from_mapping(DEFAULTS) == Settings()
    custom = Settings.from_mapping({"classify_churn_days": "30", "classify_frequency_mode": "quantile"})
    assert custom.churn_days == 30 and custom.frequency_mode == "quantile" and custom.new_days == 90


@pytest.mark.parametrize("purchases,last,expected", [
    (0, None, "potential"), (1, 0, "active"), (1, 179, "active"), (1, 180, "churned"), (3, 181, "churned"),
])
def test_lifecycle_edges(purchases: int, last: int | None, expected: str) -> None:
    label = labels(stats(purchases, last=last, first=400))[m.LIFECYCLE]
    assert label.label == expected
    if expected == "churned":
        assert label.params == {"days_since_last": last, "churn_days": 180}


@pytest.mark.parametrize("purchases,first,last,expected", [
    (0, None, None, "none"),
    (1, 89, 89, "new"),
    (5, 89, 0, "new"),  # new wins over returning
    (1, 90, 90, "old"),
    (1, 90, 0, "old"),  # one purchase is never returning
    (2, 90, 89, "returning"),
    (2, 90, 90, "old"),
    (3, 400, 12, "returning"),
])
def test_transaction_time_edges(purchases: int, first: int | None, last: int | None, expected: str) -> None:
    label = labels(stats(purchases, first=first, last=last))[m.TRANSACTION_TIME]
    assert label.label == expected
    if expected == "returning":
        assert label.code == "returning" and label.params["purchases"] == purchases
        assert label.params["days_since_last"] == last


def test_a_future_purchase_counts_as_today() -> None:
    assert labels(stats(2, first=-5, last=-3))[m.TRANSACTION_TIME].params == {"days_since_first": 0, "new_days": 90}


@pytest.mark.parametrize("recent,expected", [(0, "none"), (1, "low"), (2, "low"), (3, "mid"), (9, "mid"),
                                             (10, "high"), (50, "high")])
def test_fixed_frequency_edges(recent: int, expected: str) -> None:
    label = labels(stats(max(1, recent), recent=recent))[m.FREQUENCY]
    assert label.label == expected and label.code == "frequency_" + expected
    assert label.params["recent"] == recent and label.params["high"] == 10 and label.params["mid"] == 3


def test_quantile_frequency_thresholds() -> None:
    q = Settings(frequency_mode="quantile")
    recent = [0, 0, *range(1, 11)]
    cuts = m.compute_cuts([1] * 12, [100] * 12, [0] * 12, recent, q)
    assert (cuts.frequency_high, cuts.frequency_mid) == (8, 5)  # nearest-rank 80th / 50th of 1..10
    assert [m.frequency_label(x, cuts) for x in (0, 4, 5, 7, 8)] == ["none", "low", "mid", "mid", "high"]
    same = m.compute_cuts([1] * 3, [1] * 3, [0] * 3, [2, 2, 2], q)
    assert same.frequency_mid == 2 and same.frequency_high == 3  # high stays above mid
    nobody = m.compute_cuts([0], [0], [None], [0], q)
    assert m.frequency_label(0, nobody) == "none" and m.frequency_label(1, nobody) == "low"


def test_quintile_scores() -> None:
    cuts = m.quintile_cuts(list(range(1, 11)))
    assert cuts == (2, 4, 6, 8)
    assert [m.score(v, cuts) for v in range(1, 11)] == [1, 1, 2, 2, 3, 3, 4, 4, 5, 5]
    assert [m.score(v, m.quintile_cuts([1, 2, 3, 4, 5])) for v in range(1, 6)] == [1, 2, 3, 4, 5]
    assert m.score(5, m.quintile_cuts([5, 5, 5])) == 1  # equal values score alike
    assert m.quintile_cuts([]) == ()


RFM_CUTS = Cuts(frequency_high=10, frequency_mid=3, r=(-40, -30, -20, -10), f=(1, 2, 3, 4), m=(100, 200, 300, 400))


@pytest.mark.parametrize("last,purchases,total,segment", [
    (25, 3, 300, "important_value"),  # scores exactly 3/3/3: all high
    (25, 2, 300, "important_develop"),
    (30, 3, 300, "important_keep"),  # R score 2
    (30, 2, 300, "important_retain"),
    (25, 3, 200, "general_value"),
    (0, 1, 200, "general_develop"),
    (40, 5, 100, "general_keep"),
    (99, 1, 1, "general_retain"),
])
def test_rfm_segments_on_the_high_low_edge(last: int, purchases: int, total: int, segment: str) -> None:
    label = labels(stats(purchases, total=total, first=400, last=last, recent=0), RFM_CUTS)[m.RFM]
    assert label.label == segment and label.code == "rfm"
    assert set(label.params) == {"r", "f", "m", "days_since_last", "purchases", "total_cents"}


def test_rfm_scores_in_the_reason() -> None:
    label = labels(stats(3, total=300, first=400, last=25, recent=0), RFM_CUTS)[m.RFM]
    assert (label.params["r"], label.params["f"], label.params["m"]) == (3, 3, 3)


def test_no_purchase_means_no_segment() -> None:
    got = labels(stats(0, total=0, recent=0), RFM_CUTS)
    assert got[m.RFM].label == "none" and got[m.RFM].code == "rfm_none"
    assert got[m.LIFECYCLE].code == "potential" and got[m.TRANSACTION_TIME].code == "no_purchase"


def test_eight_distinct_segments() -> None:
    assert sorted(m.SEGMENTS.values()) == sorted(LABELS[m.RFM][1:])


# --- every customer in exactly one class per classification ------------------------------------

@st.composite
def populations(draw: st.DrawFn) -> list[CustomerStats]:
    rows = []
    for i in range(draw(st.integers(0, 40))):
        n = draw(st.integers(0, 30))
        if n == 0:
            rows.append(CustomerStats(i, 0, 0, None, None, 0))
            continue
        first = draw(st.integers(-3, 1000))
        last = draw(st.integers(-3, max(-3, first)))
        rows.append(CustomerStats(i, n, draw(st.integers(1, 10**7)), first, last, draw(st.integers(0, n))))
    return rows


@settings(max_examples=150, deadline=None)
@given(populations(), st.sampled_from(["fixed", "quantile"]), st.integers(1, 400), st.integers(1, 400),
       st.integers(1, 400), st.integers(1, 12), st.integers(1, 12))
def test_each_customer_in_exactly_one_class(rows: list[CustomerStats], mode: str, churn: int, new: int, ret: int,
                                            high: int, mid: int) -> None:
    cfg = Settings(churn_days=churn, new_days=new, returning_days=ret, frequency_mode=mode, frequency_high=high,
                   frequency_mid=mid)
    cuts = m.cuts_for(rows, cfg)
    expected: dict[str, Counter[str]] = {name: Counter() for name in CLASSIFICATIONS}
    for row in rows:
        got = m.classify(row, cfg, cuts)
        assert [x.classification for x in got] == list(CLASSIFICATIONS)
        for x in got:
            assert x.label in LABELS[x.classification]
            expected[x.classification][x.label] += 1
    counts = m.count_all([r.purchases for r in rows], [r.total_cents for r in rows],
                         [r.days_since_first for r in rows], [r.days_since_last for r in rows],
                         [r.recent for r in rows], cfg)
    for name in CLASSIFICATIONS:
        assert sum(counts[name].values()) == len(rows)
        assert {k: v for k, v in counts[name].items() if v} == dict(expected[name])
