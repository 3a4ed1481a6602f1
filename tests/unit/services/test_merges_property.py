"""Property test (Hypothesis): for random small customers with random links (contact points,
addresses, tags, custom and sensitive values, purchases, follow-ups, consents, edit history), a
merge followed by its undo restores every row of every customer table; and with a later edit of
the survivor in between, the merged-away customers and all their links still come back exactly."""

from __future__ import annotations

from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.services import customers, merges
from app.services.session import Session
from tests.unit.services.test_merges import CUSTOMER_COLUMN, TABLES, assert_same, dump

PHONES = [f"1390013900{i}" for i in range(6)]
EMAILS = ["a@example.com", "b@example.com", "c@example.org"]
TAGS = ["VIP", "批发", "新客", "老客"]
FIELDS = ["等级", "生日礼", "来源备注"]
NAMES = ["张三", "張三", "Zhang San", "李四"]

customer_values = st.fixed_dictionaries({
    "name": st.sampled_from(NAMES),
    "phones": st.lists(st.sampled_from(PHONES), max_size=3, unique=True),
    "emails": st.lists(st.sampled_from(EMAILS), max_size=2, unique=True),
    "tags": st.lists(st.sampled_from(TAGS), max_size=3, unique=True),
    "custom": st.dictionaries(st.sampled_from(FIELDS), st.sampled_from(["金卡", "银卡", "是"]), max_size=2),
    "company": st.sampled_from(["", "甲公司", "乙公司"]),
    "notes": st.sampled_from(["", "老客户"]),
    "birthday": st.sampled_from([None, "1990-05-01", "--06-15"]),
    "id_number": st.sampled_from([None, "11010519491231002X"]),
    "health_note": st.sampled_from([None, "过敏"]),
    "addresses": st.lists(st.sampled_from([{"city": "北京市", "street": "长安街 1 号"}, {"free_form": "上海 南京路"}]),
                          max_size=2, unique_by=lambda a: repr(a)),
})
links = st.fixed_dictionaries({
    "purchases": st.lists(st.sampled_from([("2024-01-01", "10.00"), ("2023-05-06", "99.90")]), max_size=2),
    "follow_ups": st.integers(0, 2),
    "consents": st.integers(0, 1),
    "edit": st.sampled_from([None, {"title": "经理"}, {"tags": ["改"]}, {"phones": ["13700137000"]}]),
})
people = st.lists(st.tuples(customer_values, links), min_size=2, max_size=4)


def _create(s: Session, values: dict[str, Any], extra: dict[str, Any]) -> int:
    cid = customers.create_customer(s, {k: v for k, v in values.items() if v not in (None, "", [], {})})
    for date, amount in extra["purchases"]:
        customers.add_purchase(s, cid, date, amount)
    for i in range(extra["follow_ups"]):
        customers.add_follow_up(s, cid, "2024-02-0" + str(i + 1), "call", "回访")
    for _ in range(extra["consents"]):
        customers.add_consent(s, cid, "marketing")
    if extra["edit"]:
        customers.update_customer(s, cid, extra["edit"])
    return cid


def _rows_of(d: dict[str, list[tuple[Any, ...]]], ids: set[int]) -> dict[str, list[tuple[Any, ...]]]:
    """The rows of these customers. Contact-point and address row ids are left out: every edit of
    the survivor rewrites its child rows with fresh ids, which may take a merged-away row's old id
    (nothing refers to those ids); the merge service then restores the row under a new id."""
    no_id = {"contact_points", "addresses"}
    return {t: sorted((r[1:] if t in no_id else r for r in rows if r[CUSTOMER_COLUMN[t]] in ids), key=repr)
            for t, rows in d.items() if t in CUSTOMER_COLUMN}


@settings(max_examples=10, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=people, keep=st.integers(0, 3), choose=st.dictionaries(
    st.sampled_from(["name", "company", "notes", "birthday"]), st.integers(0, 3), max_size=3))
def test_merge_then_undo_restores_all_rows(owner: Session, data: list[tuple[dict[str, Any], dict[str, Any]]],
                                           keep: int, choose: dict[str, int]) -> None:
    ids = [_create(owner, values, extra) for values, extra in data]
    before = dump(owner)
    choices = {f: ids[i % len(ids)] for f, i in choose.items()}
    merge_id = merges.merge(owner, ids, keep=ids[keep % len(ids)], choices=choices)
    assert customers.count_customers(owner) == customers.customers_repo.count_customers_scan(owner.con)
    merges.undo(owner, merge_id)
    assert_same(before, dump(owner))
    assert set(TABLES) <= set(before)


@settings(max_examples=6, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=people, later=st.sampled_from([{"company": "丁公司"}, {"phones": ["13600136000"]}, {"tags": ["后加"]}]))
def test_undo_after_an_edit_brings_back_the_merged_records_exactly(
        owner: Session, data: list[tuple[dict[str, Any], dict[str, Any]]], later: dict[str, Any]) -> None:
    ids = [_create(owner, values, extra) for values, extra in data]
    before = dump(owner)
    merge_id = merges.merge(owner, ids)
    survivor = merges.history(owner)[0].survivor_id
    customers.update_customer(owner, survivor, later)
    merges.undo(owner, merge_id)
    merged = set(ids) - {survivor}
    assert _rows_of(dump(owner), merged) == _rows_of(before, merged)
    s = customers.get_customer(owner, survivor).customer
    for key, value in later.items():
        if key == "company":
            assert s.company == value
        elif key == "phones":
            assert [p.raw for p in s.contacts if p.kind.value == "phone"] == value
        else:
            assert s.tags == value
    assert customers.count_customers(owner) == customers.customers_repo.count_customers_scan(owner.con)
