"""User rules, source and tag labels, settings validation, and the properties over random
populations: exactly one label per exclusive classification, the column-wise pass agrees with the
per-customer one."""

from __future__ import annotations

from collections import Counter

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.models import classification as m
from app.models import classification_rules as r
from app.models import regions
from app.models.classification import CustomerStats, Profile, Settings
from app.models.errors import ValidationError

C = r.Condition


def facts(purchases: int = 3, total: int = 30000, first: int | None = 400, last: int | None = 20, recent: int = 2,
          tags: tuple[str, ...] = ("VIP",), source: str = "展会", labels: dict[str, str] | None = None) -> r.Facts:
    return m.rule_facts(CustomerStats(1, purchases, total, first, last, recent), Profile(None, None, source, tags),
                        labels or {"lifecycle": "active", "region": "广东省"})


@pytest.mark.parametrize("condition,expected", [
    (C("purchases", ">=", 3), True), (C("purchases", ">=", 4), False), (C("purchases", ">", 2), True),
    (C("purchases", ">", 3), False), (C("purchases", "<=", 3), True), (C("purchases", "<", 3), False),
    (C("purchases", "=", 3), True), (C("purchases", "!=", 3), False),
    (C("total_cents", ">=", 30000), True), (C("total_cents", ">=", 30001), False),
    (C("days_since_last", "<", 21), True), (C("days_since_last", "<", 20), False),
    (C("days_since_first", ">=", 400), True), (C("recent", "=", 2), True),
    (C("tag", "=", "vip"), True), (C("tag", "=", "批发"), False), (C("tag", "!=", "VIP"), False),
    (C("tag", "!=", "批发"), True), (C("tag", "contains", "I"), True),
    (C("source", "=", "展会"), True), (C("source", "contains", "展"), True), (C("source", "!=", "展会"), False),
    (C("region", "=", "广东省"), True), (C("lifecycle", "=", "churned"), False), (C("lifecycle", "!=", "churned"), True),
    (C("rfm", "=", "important_value"), False),  # no label known: never equal
])
def test_condition_edges(condition: r.Condition, expected: bool) -> None:
    assert r.condition_holds(condition, facts()) is expected


def test_no_purchase_means_no_days_since() -> None:
    none = facts(purchases=0, total=0, first=None, last=None, recent=0)
    assert not r.condition_holds(C("days_since_last", ">=", 0), none)
    assert not r.condition_holds(C("days_since_last", "<", 100000), none)
    assert r.condition_holds(C("purchases", "=", 0), none)


def test_rule_labels_and_reasons() -> None:
    vip = r.Rule("VIP", (C("tag", "=", "VIP"), C("purchases", ">=", 3)))
    big = r.Rule("Big", (C("total_cents", ">", 100000),))
    got = m.rule_labels([vip, big], facts())
    assert got == [m.Label("rules", "VIP", "rule", {"rule": "VIP", "conditions": [["tag", "=", "VIP"],
                                                                                  ["purchases", ">=", 3]]})]
    assert m.rule_labels([big], facts()) == [m.Label("rules", "none", "rules_none", {"rules": 1})]
    assert m.rule_labels([], facts()) == [m.Label("rules", "none", "no_rules", {})]
    both = m.rule_labels([vip, r.Rule("Any", (C("purchases", ">=", 0),))], facts())
    assert [x.label for x in both] == ["VIP", "Any"]


@pytest.mark.parametrize("rule,reason", [
    (r.Rule(" ", (C("purchases", ">", 1),)), "name_empty"),
    (r.Rule("x" * 61, (C("purchases", ">", 1),)), "name_too_long"),
    (r.Rule("taken", (C("purchases", ">", 1),)), "name_taken"),
    (r.Rule("a", ()), "no_conditions"),
    (r.Rule("a", tuple(C("purchases", ">", i) for i in range(21))), "too_many_conditions"),
    (r.Rule("a", (C("age", ">", 1),)), "unknown_field"),
    (r.Rule("a", (C("purchases", "~", 1),)), "unknown_operator"),
    (r.Rule("a", (C("purchases", "contains", 1),)), "operator_not_for_field"),
    (r.Rule("a", (C("tag", ">=", "x"),)), "operator_not_for_field"),
    (r.Rule("a", (C("purchases", ">", "three"),)), "not_a_number"),
    (r.Rule("a", (C("tag", "contains", "  "),)), "value_empty"),
])
def test_rule_validation(rule: r.Rule, reason: str) -> None:
    with pytest.raises(ValidationError) as err:
        r.validate_rule(rule, ["taken"])
    assert err.value.field == "rule" and err.value.reason == reason


def test_rules_round_trip_through_json_and_drop_broken_entries() -> None:
    rules = [r.Rule("大客户", (C("purchases", ">=", " 5 "), C("tag", "=", " VIP ")), " note ")]
    checked = [r.validate_rule(x) for x in rules]
    assert checked[0].conditions == (C("purchases", ">=", 5), C("tag", "=", "VIP")) and checked[0].description == "note"
    text = r.rules_to_json(checked)
    assert "大客户" in text and r.rules_from_json(text) == checked
    broken = '[{"name": "ok", "conditions": [{"field": "recent", "op": ">", "value": 1}]}, {"name": "bad"},' \
             ' {"name": "ok", "conditions": [{"field": "recent", "op": ">", "value": 2}]}, 7]'
    assert [x.name for x in r.rules_from_json(broken)] == ["ok"]
    assert r.rules_from_json("{}") == []


def test_source_and_tag_labels() -> None:
    assert m.source_label("  ") == m.Label("source", "unknown", "source_unknown", {})
    assert m.source_label(" 展会 ") == m.Label("source", "展会", "source", {"source": "展会"})
    assert m.tag_labels([]) == [m.Label("tags", "untagged", "untagged", {})]
    assert [x.label for x in m.tag_labels(["批发", "VIP"])] == ["VIP", "批发"]


@pytest.mark.parametrize("bad", [
    Settings(churn_days=0), Settings(new_days=3651), Settings(returning_days=-5), Settings(frequency_mode="odd"),
    Settings(frequency_mid=10, frequency_high=10), Settings(frequency_mid=11, frequency_high=10),
    Settings(frequency_mid=0), Settings(frequency_mid_percentile=0), Settings(frequency_high_percentile=100),
    Settings(frequency_mid_percentile=80, frequency_high_percentile=80),
])
def test_settings_validation(bad: Settings) -> None:
    with pytest.raises(ValidationError):
        m.validate_settings(bad)


def test_settings_validation_edges_that_pass() -> None:
    for good in (Settings(), Settings(churn_days=1, new_days=3650, frequency_mid=9, frequency_high=10),
                 Settings(frequency_mid_percentile=1, frequency_high_percentile=99)):
        assert m.validate_settings(good) is good


# --- properties over random populations ----------------------------------------------------------

TAGS = ("VIP", "批发", "零售")
ADDRESSES = (None, ("CN", "广东", "", ""), ("", "", "杭州市", ""), ("", "", "", "成都市武侯区"), ("US", "", "", "x"),
             ("", "", "", "nowhere"))
PHONES = (None, "+8613800138000", "+8675512345678", "+14155550100")


@st.composite
def customers(draw: st.DrawFn) -> list[tuple[CustomerStats, Profile]]:
    rows = []
    for i in range(draw(st.integers(0, 30))):
        n = draw(st.integers(0, 20))
        if n == 0:
            stats = CustomerStats(i, 0, 0, None, None, 0)
        else:
            first = draw(st.integers(-3, 1000))
            last = draw(st.integers(-3, max(-3, first)))
            stats = CustomerStats(i, n, draw(st.integers(1, 10**6)), first, last, draw(st.integers(0, n)))
        profile = Profile(draw(st.sampled_from(ADDRESSES)), draw(st.sampled_from(PHONES)),
                          draw(st.sampled_from(("", "展会", "微信"))),
                          tuple(draw(st.lists(st.sampled_from(TAGS), unique=True, max_size=3))))
        rows.append((stats, profile))
    return rows


RULES = [r.Rule("vip-buyer", (C("tag", "=", "VIP"), C("purchases", ">=", 2))),
         r.Rule("south", (C("region", "=", "广东省"),)), r.Rule("lapsed", (C("days_since_last", ">=", 180),)),
         r.Rule("fair", (C("source", "contains", "展"), C("lifecycle", "!=", "potential")))]


@settings(max_examples=120, deadline=None)
@given(customers(), st.sampled_from(["fixed", "quantile"]), st.integers(1, 400), st.integers(1, 400))
def test_exactly_one_label_per_exclusive_classification(rows: list[tuple[CustomerStats, Profile]], mode: str,
                                                        churn: int, new: int) -> None:
    cfg = Settings(churn_days=churn, new_days=new, frequency_mode=mode)
    cuts = m.cuts_for([s for s, _ in rows], cfg)
    phones = regions.PhoneRegions()
    columns = m.assign_all([s.purchases for s, _ in rows], [s.total_cents for s, _ in rows],
                           [s.days_since_first for s, _ in rows], [s.days_since_last for s, _ in rows],
                           [s.recent for s, _ in rows], cfg, cuts)
    counts: dict[str, Counter[str]] = {name: Counter() for name in m.ALL_CLASSIFICATIONS}
    for i, (stats, profile) in enumerate(rows):
        got = m.classify_profile(stats, profile, cfg, cuts, RULES, phones)
        per = Counter(x.classification for x in got)
        for name in m.EXCLUSIVE:
            assert per[name] == 1, name
        assert per[m.TAGS] == max(1, len(profile.tags))
        assert 1 <= per[m.RULES] <= len(RULES)
        for x in got:
            counts[x.classification][x.label] += 1
            if x.classification in m.CLASSIFICATIONS:
                assert x.label in m.LABELS[x.classification]
                assert columns[x.classification][i] == x.label  # the fast column pass agrees
    for name in m.EXCLUSIVE:
        assert sum(counts[name].values()) == len(rows)
