"""Duplicate matching engine (issue #7, PRODUCT.md §4): scores, reasons, blocking, clustering."""

from __future__ import annotations

import json
from itertools import combinations

import pytest

from app.models.matching import (
    DEFAULT_MIN_SCORE,
    Cluster,
    MatchRecord,
    PairScore,
    best_matches,
    find_clusters,
    score_pair,
)
from app.models.matching.blocking import MAX_BLOCK, WINDOW, candidate_pairs
from app.models.matching.cluster import FLOOR_FACTOR, guarded_clusters
from app.models.matching.compare import FEATURES, birthday_level, compare, name_match
from app.models.matching.normalize import prepare
from bench.chinese_dupes import generate

R = MatchRecord
M = DEFAULT_MIN_SCORE


def codes(ps: PairScore) -> list[str]:
    return [r.code for r in ps.reasons]


# --- comparators ---------------------------------------------------------------------------------
def test_birthday_levels() -> None:
    assert birthday_level("1990-03-07", "1990-03-07") == "same"
    assert birthday_level("1990-03-07", "1990-03-08") == "near"  # one digit
    assert birthday_level("1990-03-07", "1990-07-03") == "near"  # day and month swapped
    assert birthday_level("1990-03-07", "1985-11-21") == "diff"
    assert birthday_level("--03-07", "1990-03-07") == "same"  # year unknown on one side
    assert birthday_level("--03-07", "--11-21") == "diff"
    assert birthday_level("", "1990-03-07") == ""


def test_name_match_orders_pinyin_homophones_nicknames() -> None:
    han = prepare(R(1, "张三丰"))
    given_first = name_match(han, prepare(R(2, "Sanfeng Zhang")))
    assert given_first is not None and given_first.family == given_first.given == 1.0 and not given_first.swapped
    family_first = name_match(han, prepare(R(2, "Zhang Sanfeng")))  # read as given "Zhang", family "Sanfeng"
    assert family_first is not None and family_first.family == family_first.given == 1.0 and family_first.swapped
    homophone = name_match(prepare(R(1, "张伟")), prepare(R(2, "张玮")))
    assert homophone is not None and homophone.homophone and not homophone.han_equal
    trad = name_match(prepare(R(1, "张伟")), prepare(R(2, "張偉")))
    assert trad is not None and trad.han_equal
    nick = name_match(prepare(R(1, "Bill Smith")), prepare(R(2, "William Smith")))
    assert nick is not None and nick.nickname and nick.family == 1.0
    assert name_match(prepare(R(1, "")), prepare(R(2, "张三"))) is None


def test_missing_fields_set_no_levels() -> None:
    levels = {FEATURES[k] for k in compare(prepare(R(1, "张三")), prepare(R(2, "张三", phones=("13800138000",))))}
    assert not any(name.startswith(("phone", "email", "id_", "birthday", "address", "postal", "company"))
                   for name in levels)


# --- scores and reasons --------------------------------------------------------------------------
@pytest.mark.parametrize("a, b", [
    (R(1, "张三", phones=("+8613800138000",)), R(2, "張三", phones=("+86 138-0013-8000",))),
    (R(1, "张三", phones=("+8613800138000",)), R(2, "Zhang San", phones=("008613800138000",))),
    (R(1, "张三", phones=("+8613800138000",)), R(2, "San Zhang", phones=("13800138000",))),
    (R(1, "王小明", emails=("xm@qq.com",), birthday="1990-01-02"),
     R(2, "王小明", emails=("XM@qq.com",), phones=("+8613900000000",), birthday="1990-01-02")),
    (R(1, "William Smith", emails=("bill@example.com",)), R(2, "Bill Smith", emails=("bill@example.com",))),
    (R(1, "李娜", id_key="ab" * 32, phones=("+8613700000001",)), R(2, "李娜", id_key="ab" * 32)),
])
def test_same_person_scores_above_threshold(a: MatchRecord, b: MatchRecord) -> None:
    assert score_pair(a, b).score >= M


def test_new_phone_same_name_birthday_email_is_a_duplicate() -> None:
    """Same person with a new phone: name + birthday + email outweigh the changed number."""
    a = R(1, "陈静", phones=("+8613811112222",), emails=("chenjing@163.com",), birthday="1988-05-06")
    b = R(2, "陈静", phones=("+8615933334444",), emails=("chenjing@163.com",), birthday="1988-05-06")
    ps = score_pair(a, b)
    assert ps.score >= M
    assert "same_email" in codes(ps) and "same_birthday" in codes(ps) and "different_phone" in codes(ps)


def test_family_sharing_phone_and_address_is_not_a_duplicate() -> None:
    """Family members share a phone and an address but have their own given names."""
    father = R(1, "张建国", phones=("+8613800138000",), address="北京市朝阳区建国路1号", birthday="1960-02-03")
    son = R(2, "张小明", phones=("+86 138 0013 8000",), address="北京市朝阳区建国路1号", birthday="1990-08-09")
    ps = score_pair(father, son)
    assert ps.score < M
    # both what matched and what differed are said
    assert {"same_phone", "same_address"} <= set(codes(ps))
    assert {"different_given_name", "different_birthday"} <= set(codes(ps))


def test_namesakes_with_other_contacts_are_not_duplicates() -> None:
    a = R(1, "张伟", phones=("+8613800138000",), birthday="1980-01-01", address="上海市浦东新区世纪大道1号")
    b = R(2, "张伟", phones=("+8615000000000",), birthday="1992-06-30", address="广州市天河区体育西路2号")
    assert score_pair(a, b).score < M


def test_reasons_mask_contacts_and_never_show_the_id() -> None:
    a = R(7, "张三", phones=("+8613800138000",), emails=("zhangsan@example.com",), wechat=("zhangsan_88",),
          id_key="cd" * 32)
    b = R(3, "張三", phones=("13800138000",), emails=("ZhangSan@Example.com",), wechat=("zhangsan_88",),
          id_key="cd" * 32)
    ps = score_pair(a, b)
    assert (ps.a, ps.b) == (3, 7)
    assert 0.0 <= ps.score <= 1.0
    params = {r.code: r.params for r in ps.reasons}
    assert params["same_phone"] == {"phone": "138****8000"}
    assert str(params["same_email"]["email"]).lower().startswith("z*******@example.com")
    assert params["same_wechat"] == {"wechat": "z*********8"}
    assert params["same_id"] == {}
    assert "traditional_name" in params
    text = json.dumps([r.params for r in ps.reasons], ensure_ascii=False)  # JSON-safe
    for secret in ("13800138000", "zhangsan@", "zhangsan_88", "cd" * 32):
        assert secret not in text.lower()


def test_score_pair_is_symmetric() -> None:
    a = R(1, "Jon Smith", address="12 Main St Sydney", postal_code="2000", birthday="1970-01-01")
    b = R(2, "John Smyth", address="12 Main Street Sydney", postal_code="2000", birthday="1970-01-01")
    assert score_pair(a, b) == score_pair(b, a)


# --- blocking ------------------------------------------------------------------------------------
def test_blocking_finds_every_true_pair_of_a_small_generated_set() -> None:
    records, truth = generate(400, seed=5)
    prepared = [prepare(r) for r in records]
    found = set()
    for i, j in candidate_pairs(prepared):
        a, b = prepared[i].record.id, prepared[j].record.id
        found.add((min(a, b), max(a, b)))
    assert truth and truth <= found
    # near-linear: far fewer candidates than all pairs
    assert len(found) < 20 * len(records) < len(records) * (len(records) - 1) // 2


def test_big_block_uses_a_window() -> None:
    """A phone shared by many records (a switchboard) is not compared all against all."""
    n = MAX_BLOCK * 3
    records = [prepare(R(i, "客户%d" % i, phones=("+861065529988",))) for i in range(1, n + 1)]
    pairs = list(candidate_pairs(records))
    assert len(pairs) == len(set(pairs))
    assert len(pairs) <= n * WINDOW


# --- clustering ----------------------------------------------------------------------------------
def test_guarded_clusters_do_not_chain_through_weak_links() -> None:
    scores = {(1, 2): 0.95, (2, 3): 0.9, (1, 3): 0.05}
    groups = guarded_clusters([(s, a, b) for (a, b), s in scores.items()], lambda a, b: scores[(a, b)], 0.5)
    assert [g[0] for g in groups] == [[1, 2]]
    assert groups[0][1] == 0.95


def test_guarded_clusters_merge_when_all_links_are_strong() -> None:
    scores = {(1, 2): 0.95, (2, 3): 0.9, (1, 3): 0.8}
    groups = guarded_clusters([(0.95, 1, 2), (0.9, 2, 3)], lambda a, b: scores[(a, b)], 0.5)
    assert len(groups) == 1
    members, weakest, pairs = groups[0]
    assert members == [1, 2, 3] and weakest == 0.9 and set(pairs) == set(scores)


def test_guarded_clusters_need_a_strong_average_link() -> None:
    """C is close to B but only middling to A: the cross pairs average below the threshold."""
    floor = 0.5 * FLOOR_FACTOR
    scores = {(1, 2): 0.95, (2, 3): 0.55, (1, 3): floor + 0.01}
    groups = guarded_clusters([(0.95, 1, 2), (0.55, 2, 3)], lambda a, b: scores[(a, b)], 0.5)
    assert [g[0] for g in groups] == [[1, 2]]


def test_find_clusters_chaining_guard_on_records() -> None:
    """A≈B (shared phone 1), B≈C (shared phone 2), A≉C (different birthday and email): not one cluster."""
    a = R(1, "张伟", phones=("+8613800000001",), emails=("a@163.com",), birthday="1980-01-01")
    b = R(2, "张伟", phones=("+8613800000001", "+8613900000002"))
    c = R(3, "张伟", phones=("+8613900000002",), emails=("c@qq.com",), birthday="1995-09-09")
    assert score_pair(a, b).score >= M and score_pair(b, c).score >= M
    assert score_pair(a, c).score < M * FLOOR_FACTOR
    clusters = find_clusters([a, b, c])
    assert len(clusters) == 1 and len(clusters[0].customer_ids) == 2 and 2 in clusters[0].customer_ids


def test_find_clusters_groups_three_records_of_one_person() -> None:
    a = R(1, "张三", phones=("+8613800138000",), birthday="1990-01-02")
    b = R(2, "張三", phones=("13800138000",), birthday="1990-01-02")
    c = R(3, "Zhang San", phones=("+86 138-0013-8000",), birthday="1990-01-02")
    other = R(4, "李四", phones=("+8613700000000",))
    clusters = find_clusters([c, other, b, a])
    assert len(clusters) == 1
    cluster = clusters[0]
    assert isinstance(cluster, Cluster)
    assert cluster.customer_ids == (1, 2, 3)
    assert {(p.a, p.b) for p in cluster.pairs} == {(1, 2), (1, 3), (2, 3)}
    assert cluster.score == min(p.score for p in cluster.pairs) or cluster.score >= M
    assert all(p.reasons for p in cluster.pairs)


def test_exclude_pairs_are_honoured() -> None:
    a = R(1, "张三", phones=("+8613800138000",))
    b = R(2, "張三", phones=("13800138000",))
    c = R(3, "张三", phones=("+8613800138000",), emails=("z3@qq.com",))
    assert len(find_clusters([a, b])) == 1
    assert find_clusters([a, b], exclude=[(2, 1)]) == []
    clusters = find_clusters([a, b, c], exclude=[(1, 2)])
    assert all(not {1, 2} <= set(cl.customer_ids) for cl in clusters)
    assert clusters  # 3 still pairs with one of them


def test_clusters_strongest_first_and_min_score() -> None:
    strong = [R(1, "张三", phones=("+8613800138000",), id_key="aa" * 32), R(2, "张三", id_key="aa" * 32,
                                                                             phones=("13800138000",))]
    weaker = [R(3, "Jon Smith", address="1 High St", birthday="1970-01-01"),
              R(4, "John Smith", address="1 High Street", birthday="1970-01-01")]
    clusters = find_clusters(weaker + strong, min_score=0.05)
    assert [c.customer_ids for c in clusters][0] == (1, 2)
    assert [c.score for c in clusters] == sorted((c.score for c in clusters), reverse=True)
    assert find_clusters(weaker + strong, min_score=1.0) == []


def test_progress_and_cancel() -> None:
    records, _ = generate(300, seed=2)
    seen: list[tuple[int, int]] = []
    clusters = find_clusters(records, progress=lambda d, t: seen.append((d, t)))
    assert clusters and seen[-1][0] == seen[-1][1] == 2 * len(records)
    assert all(d <= t for d, t in seen)
    assert find_clusters(records, cancelled=lambda: True) == []


def test_best_matches_for_a_new_record() -> None:
    new = R(0, "張三", phones=("138 0013 8000",))
    existing = [R(5, "张三", phones=("+8613800138000",)), R(6, "李四", phones=("+8613700000000",)),
                R(7, "张三", phones=("+8613800138000",), emails=("z@qq.com",))]
    found = best_matches(new, existing)
    assert [p.b for p in found] and {p.b for p in found} <= {5, 7}
    assert all(p.a == 0 for p in found)
    assert [p.score for p in found] == sorted((p.score for p in found), reverse=True)
    assert best_matches(existing[0], existing) == best_matches(existing[0], existing[1:])


def test_generated_set_quality_smoke() -> None:
    """A small evaluation slice (the benchmark runs the full set): F1 well above 0.9."""
    records, truth = generate(600, seed=3)
    predicted = {(a, b) for c in find_clusters(records) for a, b in combinations(c.customer_ids, 2)}
    tp = len(predicted & truth)
    f1 = 2 * tp / (len(predicted) + len(truth))
    assert f1 > 0.93
