"""Merges meeting other undoable operations: an import undo and a history revert must never delete
or change the wrong customer's data once customers were merged (issue #7)."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.models.errors import InvalidOperation
from app.services import customers, imports, merges
from app.services.session import Session


def _import(owner: Session, tmp_path: Path, text: str, on_match: str = "skip") -> int:
    path = tmp_path / "list.csv"
    path.write_text(text, encoding="utf-8")
    report = imports.run_import(owner, path, imports.ImportOptions(on_match=on_match))
    assert report.import_id is not None
    return report.import_id


def test_an_import_whose_created_customer_absorbed_an_old_one_is_not_undone(owner: Session, tmp_path: Path) -> None:
    """Undoing the import would delete the survivor and with it the older customer's purchases."""
    old = customers.create_customer(owner, {"name": "王五", "phones": ["13900001111"]})
    customers.add_purchase(owner, old, "2024-01-02", "50")
    import_id = _import(owner, tmp_path, "姓名,公司,邮箱\n王五,五金店,wangwu@example.com\n")
    new = max(r.id for r in customers.list_customers(owner).rows)
    merge_id = merges.merge(owner, [old, new], keep=new)
    with pytest.raises(InvalidOperation) as refused:
        imports.undo_import(owner, import_id)
    assert refused.value.params["reason"] == "merged_since" and refused.value.params["merge_id"] == merge_id
    assert customers.count_customers(owner) == 1 and len(customers.get_customer(owner, new).purchases) == 1
    merges.undo(owner, merge_id)
    imports.undo_import(owner, import_id)  # now it can: the old customer is whole again
    assert [r.id for r in customers.list_customers(owner).rows] == [old]


def test_an_import_whose_updated_customer_was_merged_away_is_not_undone(owner: Session, tmp_path: Path) -> None:
    a = customers.create_customer(owner, {"name": "甲", "company": "A-Co", "emails": ["a@example.com"]})
    b = customers.create_customer(owner, {"name": "乙", "company": "B-Old", "phones": ["13900002222"]})
    import_id = _import(owner, tmp_path, "姓名,手机,公司\n乙,13900002222,B-New\n", on_match="update")
    merge_id = merges.merge(owner, [a, b], keep=a)
    with pytest.raises(InvalidOperation) as refused:
        imports.undo_import(owner, import_id)
    assert refused.value.params["merge_id"] == merge_id
    assert customers.get_customer(owner, a).customer.company == "A-Co"


def test_a_merged_away_customers_history_cannot_be_reverted_on_the_survivor(owner: Session) -> None:
    a = customers.create_customer(owner, {"name": "甲", "company": "A-Co"})
    b = customers.create_customer(owner, {"name": "乙", "company": "B-Old"})
    customers.update_customer(owner, b, {"company": "B-New"})
    moved = [h for h in customers.history(owner, b) if h.field == "company"][0]
    merge_id = merges.merge(owner, [a, b], keep=a)
    with pytest.raises(InvalidOperation) as refused:
        customers.revert(owner, moved.group_id)
    assert refused.value.params == {"reason": "history_moved_by_merge", "merge_id": merge_id}
    assert customers.get_customer(owner, a).customer.company == "A-Co"
    merges.undo(owner, merge_id)
    customers.revert(owner, moved.group_id)  # back on its own customer, it reverts as before
    assert customers.get_customer(owner, b).customer.company == "B-Old"


def test_an_undone_merge_keeps_no_copy_of_customer_data(owner: Session) -> None:
    """SECURITY requirement 4 (erasure leaves no copy): once a merge is undone its snapshot is
    dropped, so erasing a customer later leaves no copy of them in the merges table (also through a
    chain of merges)."""
    a = customers.create_customer(owner, {"name": "甲", "company": "A-Co"})
    b = customers.create_customer(owner, {"name": "Bob Secret", "phones": ["13900003333"]})
    c = customers.create_customer(owner, {"name": "丙"})
    first = merges.merge(owner, [a, b], keep=a)
    second = merges.merge(owner, [c, a], keep=c)
    merges.undo(owner, second)
    merges.undo(owner, first)
    customers.erase_customer(owner, b)
    dump = "".join(str(row) for row in owner.con.execute("SELECT * FROM merges"))
    assert "Bob Secret" not in dump and "13900003333" not in dump and "3333" not in dump
