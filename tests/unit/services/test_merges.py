"""Merging duplicates and undoing merges (PRODUCT.md §4, issue #7): byte-for-byte undo, undo after
later edits, field choices, roles (SECURITY.md "Roles": merge / undo merge = owner and staff),
"not duplicates" memory, erasure, and the access log (SECURITY.md requirement 22: chain intact)."""

from __future__ import annotations

from typing import Any

import pytest

from app.models.errors import CustomerErased, InvalidOperation, NotFound, PermissionDenied, ValidationError
from app.services import audit, customers, merges
from app.services.access import VaultAccess
from app.services.session import Session
from tests.conftest import OWNER, OWNER_PASS, STAFF, STAFF_PASS, VIEWER, VIEWER_PASS

ID_A = "11010519491231002X"
TABLES = ("customers", "contact_points", "addresses", "customer_tags", "tags", "custom_values", "custom_fields",
          "sensitive_values", "purchases", "follow_ups", "consents", "change_history", "customer_counts",
          "erasure_ledger", "not_duplicates")
# Where each table holds the customer id (position in `SELECT *`).
CUSTOMER_COLUMN = {"customers": 0, "contact_points": 1, "addresses": 1, "customer_tags": 0, "custom_values": 0,
                   "sensitive_values": 0, "purchases": 1, "follow_ups": 1, "consents": 1, "change_history": 1}


def dump(s: Session) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every customer table (and the kept counts), in a stable order."""
    con = s.con
    return {t: sorted(con.execute('SELECT * FROM "' + t + '"').fetchall(), key=repr)  # noqa: S608 - fixed names
            for t in TABLES}


def assert_same(before: dict[str, Any], after: dict[str, Any]) -> None:
    for table in TABLES:
        assert after[table] == before[table], table


def ids_found(s: Session, query: str) -> list[int]:
    return [r.id for r in customers.search_customers(s, query).rows]


@pytest.fixture
def trio(owner: Session) -> tuple[int, int, int]:
    """Three records of one person, each with its own links."""
    a = customers.create_customer(owner, {
        "name": "张三", "phones": ["13800138000"], "tags": ["VIP"], "custom": {"等级": "金卡"},
        "addresses": [{"province": "北京市", "city": "北京市", "street": "长安街 1 号"}],
    })
    customers.update_customer(owner, a, {"company": "甲公司"})
    customers.add_purchase(owner, a, "2024-03-01", "100.00")
    b = customers.create_customer(owner, {
        "name": "張三", "phones": ["+86 138 0013 8000", "13900139000"], "emails": ["zhang@example.com"],
        "tags": ["批发", "VIP"], "custom": {"等级": "银卡", "生日礼": "已送"}, "id_number": ID_A,
        "addresses": [{"province": "上海市", "city": "上海市", "street": "南京路 2 号"}], "source": "线下",
        "notes": "老客户",
    })
    customers.add_purchase(owner, b, "2023-01-05", "88.80", items="茶叶")
    customers.add_purchase(owner, b, "2024-06-01", "12.00")
    customers.add_follow_up(owner, b, "2024-06-02", "call", "回访", next_contact_date="2024-07-01")
    customers.add_consent(owner, b, "marketing", "wechat")
    customers.update_customer(owner, b, {"title": "经理"})
    c = customers.create_customer(owner, {"name": "Zhang San", "wechat": ["zhangsan_wx"], "company": "乙公司"})
    customers.add_consent(owner, c, "partner_sharing")
    return a, b, c


def test_merge_then_undo_restores_every_row_byte_for_byte(owner: Session, trio: tuple[int, int, int]) -> None:
    a, b, c = trio
    before = dump(owner)
    merge_id = merges.merge(owner, [a, b, c], keep=a)

    # Merged: one record with everything; the others are gone from lists, search, counts and the bin.
    assert customers.count_customers(owner) == 1 and customers.count_customers(owner, deleted=True) == 0
    assert [r.id for r in customers.list_customers(owner).rows] == [a]
    view = customers.get_customer(owner, a, reveal=("id_number",))
    s = view.customer
    assert s.name == "张三" and s.company == "甲公司" and s.source == "线下" and s.title == "经理"
    assert sorted(p.value for p in s.contacts) == sorted(
        ["+8613800138000", "+8613900139000", "zhang@example.com", "zhangsan_wx"])
    assert s.tags == ["VIP", "批发"] and s.custom == {"等级": "金卡", "生日礼": "已送"}
    assert [x.city for x in s.addresses] == ["北京市", "上海市"]
    assert s.sensitive[customers.SensitiveKind.ID_NUMBER].value == ID_A
    assert len(view.purchases) == 3 and len(view.follow_ups) == 1 and len(view.consents) == 2
    assert {r.customer_id for r in customers.history(owner, a)} == {a}
    assert any(r.field == "title" and r.new_value == '"经理"' for r in customers.history(owner, a))
    for gone in (b, c):
        with pytest.raises(NotFound):
            customers.get_customer(owner, gone)
    assert ids_found(owner, "13900139000") == [a] and ids_found(owner, "zhangsan_wx") == [a]
    assert customers.count_customers(owner) == customers.customers_repo.count_customers_scan(owner.con)

    merges.undo(owner, merge_id)
    assert_same(before, dump(owner))
    assert ids_found(owner, "13900139000") == [b] and ids_found(owner, "zhangsan_wx") == [c]
    assert ids_found(owner, "甲公司") == [a]
    assert customers.count_customers(owner) == 3 == customers.customers_repo.count_customers_scan(owner.con)
    assert [m.undone_at is not None for m in merges.history(owner)] == [True]


def test_default_survivor_is_the_most_complete_then_the_oldest(owner: Session, trio: tuple[int, int, int]) -> None:
    a, b, c = trio
    merge_id = merges.merge(owner, [c, a, b])
    info = merges.history(owner)[0]
    assert info.id == merge_id and info.survivor_id == b and info.merged_ids == (a, c)
    assert info.user_name == OWNER
    assert info.survivor_name == "張三" and info.merged_names == ("张三", "Zhang San")  # from the snapshot
    customers.update_customer(owner, b, {"name": "张三丰"})
    info = merges.history(owner)[0]
    assert info.survivor_name == "张三丰" and info.merged_names == ("张三", "Zhang San")  # the survivor's current name
    merges.undo(owner, merge_id)
    twin1 = customers.create_customer(owner, {"name": "王五", "phones": ["13700137000"]})
    twin2 = customers.create_customer(owner, {"name": "王五", "phones": ["13700137001"]})
    merges.merge(owner, [twin2, twin1])
    assert merges.history(owner)[0].survivor_id == twin1  # a tie: the older record stays


def test_field_choices_take_values_from_the_chosen_record(owner: Session, trio: tuple[int, int, int]) -> None:
    a, b, c = trio
    before = dump(owner)
    source = customers.get_customer(owner, c).customer
    merge_id = merges.merge(owner, [a, b, c], keep=a, choices={"name": c, "company": c, "notes": a})
    s = customers.get_customer(owner, a).customer
    assert (s.name, s.family_name, s.given_name, s.name_order) == (
        "Zhang San", source.family_name, source.given_name, source.name_order)
    assert s.family_name != "张"
    assert s.company == "乙公司" and s.notes == ""  # the survivor's own (empty) notes were chosen
    assert ids_found(owner, "Zhang") == [a]
    merges.undo(owner, merge_id)
    assert_same(before, dump(owner))


@pytest.mark.parametrize("kwargs,field", [
    ({"keep": 999}, "keep"),
    ({"choices": {"phones": 1}}, "phones"),
    ({"choices": {"company": 999}}, "company"),
])
def test_bad_keep_or_choices_are_refused(owner: Session, trio: tuple[int, int, int], kwargs: dict[str, Any],
                                         field: str) -> None:
    a, b, _c = trio
    before = dump(owner)
    with pytest.raises(ValidationError) as info:
        merges.merge(owner, [a, b], **kwargs)
    assert info.value.field == field
    assert_same(before, dump(owner))


def test_merge_refuses_too_few_missing_and_binned_records(owner: Session, trio: tuple[int, int, int]) -> None:
    a, b, c = trio
    with pytest.raises(ValidationError):
        merges.merge(owner, [a, a])
    with pytest.raises(NotFound):
        merges.merge(owner, [a, 4242])
    customers.delete_customer(owner, c)
    before = dump(owner)
    with pytest.raises(InvalidOperation) as info:
        merges.merge(owner, [a, c])
    assert info.value.params["reason"] == "in_recycle_bin"
    merges.merge(owner, [a, b])
    with pytest.raises(InvalidOperation) as info:
        merges.merge(owner, [a, b])
    assert info.value.params["reason"] == "merged_away"
    assert before["customers"] != dump(owner)["customers"]


def test_undo_after_later_edits_keeps_the_edits(owner: Session, trio: tuple[int, int, int]) -> None:
    a, b, c = trio
    before = dump(owner)
    merge_id = merges.merge(owner, [a, b], keep=a, choices={"company": b, "name": b})
    assert customers.get_customer(owner, a).customer.company == ""  # b had no company: chosen as is
    customers.update_customer(owner, a, {"company": "丙公司", "phones": ["13800138000", "13900139000", "13600136000"]})
    customers.add_purchase(owner, a, "2025-01-01", "5")

    merges.undo(owner, merge_id)
    s = customers.get_customer(owner, a).customer
    assert s.company == "丙公司"  # changed after the merge: stays
    assert s.name == "张三"  # the merge's choice, untouched since: back to the survivor's own
    assert sorted(p.value for p in s.contacts) == ["+8613600136000", "+8613800138000"]  # b's phone went home
    assert s.tags == ["VIP"] and s.custom == {"等级": "金卡"} and customers.SensitiveKind.ID_NUMBER not in s.sensitive
    assert [x.city for x in s.addresses] == ["北京市"]
    restored = customers.get_customer(owner, b, reveal=("id_number",))
    assert restored.customer.sensitive[customers.SensitiveKind.ID_NUMBER].value == ID_A
    assert len(restored.purchases) == 2 and len(restored.follow_ups) == 1 and len(restored.consents) == 1
    after = dump(owner)
    for table, column in CUSTOMER_COLUMN.items():
        rows = [r for r in before[table] if r[column] == b]
        assert rows and [r for r in after[table] if r[column] == b] == rows, table
    purchases_a = customers.get_customer(owner, a).purchases
    assert [p.date for p in purchases_a] == ["2025-01-01", "2024-03-01"]
    # The undo is itself a history group on the survivor; the merge's group is marked reverted.
    fields = {r.field for r in customers.history(owner, a) if r.reverted_by is None}
    assert {"phones", "name"} <= fields
    assert ids_found(owner, "13900139000") == [b]
    assert customers.count_customers(owner) == 3 == customers.customers_repo.count_customers_scan(owner.con)


def test_undo_twice_or_unknown_merge_is_refused(owner: Session, trio: tuple[int, int, int]) -> None:
    a, b, _c = trio
    merge_id = merges.merge(owner, [a, b])
    merges.undo(owner, merge_id)
    state = dump(owner)
    with pytest.raises(InvalidOperation) as info:
        merges.undo(owner, merge_id)
    assert info.value.params["reason"] == "already_undone"
    with pytest.raises(NotFound):
        merges.undo(owner, 4242)
    assert_same(state, dump(owner))


def test_survivor_merged_again_must_be_undone_in_order(owner: Session, trio: tuple[int, int, int]) -> None:
    a, b, c = trio
    before = dump(owner)
    first = merges.merge(owner, [a, b], keep=a)
    second = merges.merge(owner, [a, c], keep=c)
    state = dump(owner)
    with pytest.raises(InvalidOperation) as info:
        merges.undo(owner, first)
    assert info.value.params == {"reason": "merged_again", "merge_id": second}
    assert_same(state, dump(owner))
    merges.undo(owner, second)
    merges.undo(owner, first)
    assert_same(before, dump(owner))


def test_merging_into_a_survivor_again_and_undoing_the_first(owner: Session, trio: tuple[int, int, int]) -> None:
    """Two merges into the same survivor can be undone in any order."""
    a, b, c = trio
    first = merges.merge(owner, [a, b], keep=a)
    merges.merge(owner, [a, c], keep=a)
    merges.undo(owner, first)
    s = customers.get_customer(owner, a).customer
    assert "zhangsan_wx" in [p.value for p in s.contacts] and "+8613900139000" not in [p.value for p in s.contacts]
    assert customers.count_customers(owner) == 2


def test_erasure_removes_the_snapshot_and_an_erased_id_never_comes_back(owner: Session,
                                                                        trio: tuple[int, int, int]) -> None:
    """SECURITY.md "Erasure": erasing the survivor drops the snapshot (it holds the merged records'
    data); an undo never brings back an id that is in the erasure ledger."""
    a, b, c = trio
    merge_id = merges.merge(owner, [a, b], keep=a)
    customers.erase_customer(owner, a)
    with pytest.raises(NotFound):
        merges.undo(owner, merge_id)
    assert owner.con.execute("SELECT count(*) FROM merges").fetchone()[0] == 0
    # A ledger entry for a merged-away id (e.g. re-applied from an older backup's ledger) blocks undo.
    other = customers.create_customer(owner, {"name": "赵六"})
    merge_id = merges.merge(owner, [c, other], keep=c)
    with owner.transaction() as con:
        con.execute("INSERT INTO erasure_ledger (customer_id, erased_at) VALUES (?, ?)", (other, owner.clock()))
    state = dump(owner)
    with pytest.raises(CustomerErased) as info:
        merges.undo(owner, merge_id)
    assert info.value.params["id"] == other
    assert_same(state, dump(owner))


def test_roles_owner_and_staff_may_merge_viewer_may_not(team: Session, access: VaultAccess,
                                                       trio: tuple[int, int, int]) -> None:
    """SECURITY.md "Roles": merge / undo merge — owner yes, staff yes, viewer no."""
    a, b, c = trio
    viewer = access.unlock(VIEWER, VIEWER_PASS)
    try:
        with pytest.raises(PermissionDenied):
            merges.merge(viewer, [a, b])
        with pytest.raises(PermissionDenied):
            merges.mark_not_duplicates(viewer, [a, c])
        assert merges.history(viewer) == []
    finally:
        viewer.lock()
    staff = access.unlock(STAFF, STAFF_PASS)
    try:
        merge_id = merges.merge(staff, [a, b])
        assert merges.history(staff)[0].user_name == STAFF
    finally:
        staff.lock()
    viewer = access.unlock(VIEWER, VIEWER_PASS)
    try:
        with pytest.raises(PermissionDenied):
            merges.undo(viewer, merge_id)
        info = merges.history(viewer)[0]  # names are list fields: a viewer sees them too
        assert (info.survivor_name, info.merged_names) == ("張三", ("张三",))
    finally:
        viewer.lock()
    staff = access.unlock(STAFF, STAFF_PASS)
    try:
        merges.undo(staff, merge_id)
    finally:
        staff.lock()


def test_not_duplicates_are_remembered_across_reopen(owner: Session, access: VaultAccess,
                                                     trio: tuple[int, int, int]) -> None:
    a, b, c = trio
    merges.mark_not_duplicates(owner, [c, a, b])
    assert merges.not_duplicate_pairs(owner) == {(a, b), (a, c), (b, c)}
    owner.lock()
    again = access.unlock(OWNER, OWNER_PASS)
    try:
        assert merges.not_duplicate_pairs(again) == {(a, b), (a, c), (b, c)}
        merges.unmark_not_duplicates(again, c, a)
        assert merges.not_duplicate_pairs(again) == {(a, b), (b, c)}
        with pytest.raises(NotFound):
            merges.unmark_not_duplicates(again, a, c)
        with pytest.raises(NotFound):
            merges.mark_not_duplicates(again, [a, 4242])
        with pytest.raises(ValidationError):
            merges.mark_not_duplicates(again, [a])
    finally:
        again.lock()


def test_merges_and_undos_are_logged_and_the_chain_stays_intact(owner: Session, trio: tuple[int, int, int]) -> None:
    """One access-log event per merge and per undo naming the customers by id, no values;
    the hash chain verifies afterwards (SECURITY.md 22, 23)."""
    a, b, c = trio
    merge_id = merges.merge(owner, [a, b, c], keep=a)
    merges.undo(owner, merge_id)
    merged = audit.list_entries(owner, action="merge")
    undone = audit.list_entries(owner, action="unmerge")
    assert len(merged) == 1 and len(undone) == 1
    assert merged[0].customer_id == a and merged[0].detail == {"merge_id": merge_id, "merged_ids": [b, c]}
    assert undone[0].customer_id == a and undone[0].detail == {"merge_id": merge_id, "restored_ids": [b, c]}
    text = repr(merged[0]) + repr(undone[0])
    for value in ("13900139000", "zhang@example.com", ID_A, "張三"):
        assert value not in text
    assert audit.verify(owner).ok


def test_a_failed_undo_changes_nothing(owner: Session, trio: tuple[int, int, int],
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    """Undo is one transaction: an error half-way leaves the merged state untouched."""
    a, b, c = trio
    merge_id = merges.merge(owner, [a, b, c], keep=a)
    state = dump(owner)
    calls = []

    def broken(session: Session, sid: int, snapshot: Any) -> None:
        calls.append(sid)
        if len(calls) == 2:
            raise InvalidOperation(reason="test")
        original(session, sid, snapshot)

    original = merges._restore_merged
    monkeypatch.setattr(merges, "_restore_merged", broken)
    with pytest.raises(InvalidOperation):
        merges.undo(owner, merge_id)
    assert_same(state, dump(owner))
    assert merges.history(owner)[0].undone_at is None


def test_erasing_a_survivor_erases_what_was_merged_into_it(owner: Session, trio: tuple[int, int, int]) -> None:
    """SECURITY.md "Erasure" and requirement 24 (migration 0004): the merged-away records are the
    same person; erasing the survivor drops every snapshot that holds them, even through a chain of
    merges, and puts their ids into the erasure ledger so an older backup's copies are erased too."""
    a, b, c = trio
    d = customers.create_customer(owner, {"name": "赵六"})
    merges.merge(owner, [a, b], keep=a)
    merges.merge(owner, [a, c], keep=c)
    kept = merges.merge(owner, [d, customers.create_customer(owner, {"name": "赵六"})], keep=d)
    undone = merges.merge(owner, [d, customers.create_customer(owner, {"name": "钱七"})], keep=d)
    merges.undo(owner, undone)
    customers.erase_customer(owner, c, request_ref="PIPL-1")
    assert customers.customers_repo.erased_ids(owner.con) == [a, b, c]
    assert [m.id for m in merges.history(owner)] == [undone, kept]  # d's merges are untouched
    rows = owner.con.execute("SELECT snapshot FROM merges").fetchall()
    for (snapshot,) in rows:
        for value in ("13900139000", "zhang@example.com", ID_A, "張三"):
            assert value not in snapshot
    for cid in (a, b, c):
        with pytest.raises(CustomerErased):
            customers.get_customer(owner, cid)


def test_restoring_an_older_backup_does_not_bring_back_a_merged_away_record(
        owner: Session, access: VaultAccess, vault_dir: Any, tmp_path: Any, trio: tuple[int, int, int]) -> None:
    """SECURITY.md requirement 24 with a merge: back up while A and B are separate, merge B into A,
    erase A; restoring the older backup erases B as well as A before the vault is used."""
    from app.services import backup

    a, b, c = trio
    (tmp_path / "usb").mkdir()
    older = backup.create_backup(owner, tmp_path / "usb")
    merges.merge(owner, [a, b], keep=a)
    customers.erase_customer(owner, a, request_ref="PIPL-9")
    result = backup.restore_backup(older.path, vault_dir, passphrase=OWNER_PASS, live=owner)
    assert sorted(result.erasures_reapplied) == [a, b]
    again = access.unlock(OWNER, OWNER_PASS)
    try:
        assert [r.id for r in customers.list_customers(again).rows] == [c]
        assert ids_found(again, "13900139000") == [] and ids_found(again, "张三") == []
        assert customers.customers_repo.erased_ids(again.con) == [a, b]
    finally:
        again.lock()
