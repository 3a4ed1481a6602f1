"""merges_repo: dumping a customer and putting its rows back, the merges table, "not duplicates"."""

from __future__ import annotations

import pytest

from app.services import customers
from app.services.session import Session
from app.vault.database import IntegrityError
from app.vault.repositories import merges_repo


def test_dump_holds_the_row_children_and_activity_ids(owner: Session) -> None:
    cid = customers.create_customer(owner, {"name": "张三", "phones": ["13800138000"], "tags": ["VIP"],
                                            "custom": {"等级": "金卡"}, "health_note": "过敏",
                                            "addresses": [{"city": "北京市"}]})
    pid = customers.add_purchase(owner, cid, "2024-01-01", "9.90")
    dump = merges_repo.dump_customer(owner.con, cid)
    assert dump["customer"]["id"] == cid and dump["customer"]["name"] == "张三"
    assert dump["customer"]["purchase_count"] == 1  # every column, the kept statistics too
    assert [r["value"] for r in dump["contact_points"]] == ["+8613800138000"]
    assert [r["city"] for r in dump["addresses"]] == ["北京市"]
    assert dump["tags"] == ["VIP"] and dump["custom"] == [["等级", "金卡"]]
    assert dump["sensitive"] == [{"kind": "health_note", "value": "过敏", "valid": 1, "problem": ""}]
    assert dump["purchases"] == [pid] and len(dump["change_history"]) >= 1
    assert dump["follow_ups"] == [] and dump["consents"] == []


def test_rows_come_back_with_their_ids_or_a_fresh_one_when_taken(owner: Session) -> None:
    cid = customers.create_customer(owner, {"name": "李四", "phones": ["13900139000"]})
    other = customers.create_customer(owner, {"name": "王五", "phones": ["13700137000"]})
    dump = merges_repo.dump_customer(owner.con, cid)
    taken = merges_repo.dump_customer(owner.con, other)["contact_points"][0]["id"]
    with owner.transaction() as con:
        merges_repo.delete_customer(con, cid)
        assert merges_repo.customer_row(con, cid) is None
        row = dict(dump["customer"], column_of_a_future_schema="ignored")
        merges_repo.insert_customer_row(con, row)
        points = [dump["contact_points"][0], dict(dump["contact_points"][0], id=taken)]
        merges_repo.insert_child_rows(con, "contact_points", points)
    again = merges_repo.dump_customer(owner.con, cid)
    assert again["customer"] == dump["customer"]
    ids = [r["id"] for r in again["contact_points"]]
    assert ids[0] == dump["contact_points"][0]["id"] and taken not in ids and len(ids) == 2
    assert merges_repo.dump_customer(owner.con, other)["contact_points"][0]["id"] == taken


def test_merges_table_and_not_duplicates(owner: Session) -> None:
    a = customers.create_customer(owner, {"name": "甲"})
    b = customers.create_customer(owner, {"name": "乙"})
    with owner.transaction() as con:
        mid = merges_repo.insert_merge(con, owner.clock(), owner.user.id, a, [b], {"format": 1, "x": "值"})
        assert merges_repo.active_merge_absorbing(con, b) == mid and merges_repo.active_merge_absorbing(con, a) is None
        assert merges_repo.get_merge(con, mid).snapshot == {"format": 1, "x": "值"}  # type: ignore[union-attr]
        merges_repo.mark_undone(con, mid, owner.clock(), "")
        assert merges_repo.active_merge_absorbing(con, b) is None
        merges_repo.add_not_duplicates(con, [(a, b), (a, b)], owner.clock(), owner.user.id)
    record = merges_repo.get_merge(owner.con, mid)
    # undone for good: the copies of customer data go, the ids and dates stay
    assert record is not None and record.snapshot == {} and record.merged_ids == (b,) and record.undone_at
    listed = merges_repo.list_merges(owner.con, 10)
    assert [m.id for m in listed] == [mid] and listed[0].snapshot == {} and listed[0].user_name == owner.user.name
    assert merges_repo.not_duplicate_pairs(owner.con) == {(a, b)}
    with owner.transaction() as con:
        merges_repo.remove_not_duplicate(con, a, b)
        merges_repo.add_not_duplicates(con, [(b, a), (a, a)], owner.clock(), None)  # stored smaller id first
    assert merges_repo.not_duplicate_pairs(owner.con) == {(a, b)}
    with pytest.raises(IntegrityError), owner.transaction() as con:  # the table itself insists on it
        con.execute("INSERT INTO not_duplicates (customer_a, customer_b, at) VALUES (?, ?, '')", (b, a))
    with owner.transaction() as con:
        assert merges_repo.remove_not_duplicate(con, a, b) == 1
    assert merges_repo.not_duplicate_pairs(owner.con) == set()
