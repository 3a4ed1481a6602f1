"""Customer records: validation on entry, history and revert, recycle bin, erase, masking, roles."""

from __future__ import annotations

import pytest

from app.models.errors import (
    CustomerErased,
    InvalidOperation,
    NotFound,
    PermissionDenied,
    ValidationError,
)
from app.services import customers
from app.services.access import VaultAccess
from tests.conftest import STAFF, STAFF_PASS, VIEWER, VIEWER_PASS

ID_NUMBER = "11010519491231002X"


def test_create_normalises_and_reads_back(owner) -> None:
    cid = customers.create_customer(owner, {
        "name": "张三丰", "phones": ["１３８ ００１３ ８０００", "010-6552 9988 转 123"], "emails": ["ZS@Example.COM"],
        "wechat": ["zhang_sanfeng"], "company": "武当山科技有限公司", "birthday": "--06-15",
        "tags": ["VIP", "批发", "VIP"], "custom": {"会员等级": "金卡"}, "id_number": ID_NUMBER,
        "addresses": [{"province": "湖北省", "city": "十堰市", "street": "武当山 1 号"}],
    })
    c = customers.get_customer(owner, cid).customer
    assert c.family_name == "张" and c.given_name == "三丰"
    phones = c.contacts_of(customers.ContactKind.PHONE)
    assert [p.value for p in phones] == ["+8613800138000", "+861065529988;ext=123"] or phones[0].value == "+8613800138000"
    assert all(p.valid for p in c.contacts)
    assert c.birthday is not None and c.birthday.year is None and c.birthday.iso() == "--06-15"
    assert c.tags == ["VIP", "批发"] and c.custom == {"会员等级": "金卡"}
    assert c.addresses[0].city == "十堰市"
    # Sensitive values are masked unless revealed.
    assert c.sensitive[customers.SensitiveKind.ID_NUMBER].value != ID_NUMBER
    revealed = customers.get_customer(owner, cid, reveal=("id_number",)).customer
    assert revealed.sensitive[customers.SensitiveKind.ID_NUMBER].value == ID_NUMBER


@pytest.mark.parametrize("values,field", [
    ({"name": ""}, "name"),
    ({"name": "李四", "phones": ["12345"]}, "phone"),
    ({"name": "李四", "emails": ["not-an-email"]}, "email"),
    ({"name": "李四", "id_number": "110105194912310021"}, "id_number"),
    ({"name": "李四", "birthday": "2099-01-01"}, "birthday"),
])
def test_invalid_input_is_refused_with_the_field(owner, values, field) -> None:
    """Nothing invalid is stored as valid: interactive entry refuses with the field's name."""
    with pytest.raises(ValidationError) as info:
        customers.create_customer(owner, values)
    assert info.value.field == field
    assert customers.count_customers(owner) == 0


def test_lenient_mode_keeps_invalid_values_flagged(owner) -> None:
    """Imports keep a bad value only as "invalid, needs review" — never as valid."""
    cid = customers.create_customer(owner, {"name": "王五", "phones": ["12345"], "id_number": "123"}, strict=False)
    c = customers.get_customer(owner, cid, reveal=("id_number",)).customer
    assert not c.contacts[0].valid and c.contacts[0].problem
    assert not c.sensitive[customers.SensitiveKind.ID_NUMBER].valid
    page = customers.list_customers(owner, filters=customers.ListFilter(needs_update=True))
    assert [r.id for r in page.rows] == [cid]


def test_history_and_revert(owner) -> None:
    cid = customers.create_customer(owner, {"name": "赵六", "phones": ["13800138000"]})
    g1 = customers.update_customer(owner, cid, {"company": "星辰贸易", "phones": ["13900139000"]})
    assert g1 is not None
    assert customers.update_customer(owner, cid, {"company": "星辰贸易"}) is None  # no change, no history
    g2 = customers.update_customer(owner, cid, {"title": "经理"})
    hist = customers.history(owner, cid)
    assert {(h.field, h.group_id) for h in hist if h.group_id == g1} == {("company", g1), ("phones", g1)}
    customers.revert(owner, g1)
    c = customers.get_customer(owner, cid).customer
    assert c.company == "" and c.contacts[0].value == "+8613800138000"
    assert c.title == "经理"  # the later, unrelated edit stays
    with pytest.raises(InvalidOperation):
        customers.revert(owner, g1)
    assert g2 is not None


def test_recycle_bin(owner) -> None:
    cid = customers.create_customer(owner, {"name": "孙七"})
    customers.delete_customer(owner, cid)
    assert customers.list_customers(owner).rows == []
    assert [r.id for r in customers.list_customers(owner, filters=customers.ListFilter(deleted=True)).rows] == [cid]
    assert customers.search_customers(owner, "孙七").rows == []
    with pytest.raises(InvalidOperation):
        customers.update_customer(owner, cid, {"title": "x"})
    customers.undelete_customer(owner, cid)
    assert [r.id for r in customers.list_customers(owner).rows] == [cid]


def test_erase_leaves_only_the_id(owner) -> None:
    cid = customers.create_customer(owner, {"name": "周八", "phones": ["13700137000"]})
    customers.add_purchase(owner, cid, "2025-01-02", "99.50")
    customers.erase_customer(owner, cid)
    with pytest.raises(CustomerErased):
        customers.get_customer(owner, cid)
    assert owner.con.execute("SELECT count(*) FROM purchases").fetchone()[0] == 0
    assert owner.con.execute("SELECT count(*) FROM change_history").fetchone()[0] == 0
    assert [r[0] for r in owner.con.execute("SELECT customer_id FROM erasure_ledger")] == [cid]
    new = customers.create_customer(owner, {"name": "新客户"})
    assert new != cid


def test_purchases_follow_ups_consents(owner) -> None:
    cid = customers.create_customer(owner, {"name": "吴九"})
    customers.add_purchase(owner, cid, "2025年3月5日", "１,２００.５", items="茶叶")
    customers.add_purchase(owner, cid, "2025-04-01", "100")
    customers.add_follow_up(owner, cid, "2025-04-02", "电话", "回访", next_contact_date="2025-05-01")
    consent = customers.add_consent(owner, cid, "marketing", "微信")
    customers.withdraw_consent(owner, consent)
    view = customers.get_customer(owner, cid)
    assert [str(p.amount) for p in view.purchases] == ["100.00", "1200.50"]
    assert view.follow_ups[0].next_contact_date == "2025-05-01"
    assert view.consents[0].withdrawn_at is not None
    row = owner.con.execute("SELECT purchase_count, total_cents, last_purchase FROM customers WHERE id = ?",
                            (cid,)).fetchone()
    assert row == (2, 130050, "2025-04-01")
    with pytest.raises(ValidationError):
        customers.add_purchase(owner, cid, "2025-04-01", "abc")
    with pytest.raises(NotFound):
        customers.withdraw_consent(owner, 999)


def test_roles(team, access: VaultAccess) -> None:
    cid = customers.create_customer(team, {"name": "郑十", "id_number": ID_NUMBER})
    team.lock()
    viewer = access.unlock(VIEWER, VIEWER_PASS)
    view = customers.get_customer(viewer, cid)
    assert not view.can_edit and not view.can_reveal
    assert view.customer.sensitive[customers.SensitiveKind.ID_NUMBER].value != ID_NUMBER
    for action in (
        lambda: customers.update_customer(viewer, cid, {"title": "x"}),
        lambda: customers.get_customer(viewer, cid, reveal=("id_number",)),
        lambda: customers.delete_customer(viewer, cid),
        lambda: customers.create_customer(viewer, {"name": "x"}),
    ):
        with pytest.raises(PermissionDenied):
            action()
    hist = customers.history(viewer, cid)
    assert all(ID_NUMBER not in (h.new_value or "") for h in hist)
    viewer.lock()
    staff = access.unlock(STAFF, STAFF_PASS)  # granted "may reveal"
    assert customers.reveal_field(staff, cid, "id_number") == ID_NUMBER
    customers.delete_customer(staff, cid)
    with pytest.raises(PermissionDenied):
        customers.erase_customer(staff, cid)
    staff.lock()


def test_keyset_listing_pages_without_gaps(owner) -> None:
    names = ["张三", "李四", "王五", "Anna Smith", "安娜", "赵六", "Bob Lee", "欧阳娜娜", "阿明", "Zed"]
    for n in names:
        customers.create_customer(owner, {"name": n})
    seen = []
    after = None
    while True:
        page = customers.list_customers(owner, sort="name", after=after, limit=3)
        seen.extend(r.name for r in page.rows)
        if page.next_after is None:
            break
        after = page.next_after
    assert sorted(seen) == sorted(names) and len(seen) == len(names)
    assert seen.index("阿明") < seen.index("张三") and seen.index("Anna Smith") < seen.index("Zed")
    newest = customers.list_customers(owner, sort="created", limit=100).rows
    assert len(newest) == len(names)


def test_search_classes(owner) -> None:
    ids = {
        n: customers.create_customer(owner, {"name": n, **extra})
        for n, extra in [
            ("张三丰", {"phones": ["13800138000"], "emails": ["sanfeng@wudang.cn"]}),
            ("张三", {"company": "杭州云帆科技有限公司", "wechat": ["zhangsan_88"]}),
            ("李四", {"phones": ["+1 650 253 0000"]}),
            ("John Smith", {"emails": ["john.smith@example.com"]}),
        ]
    }
    def found(q: str) -> set[str]:
        return {r.name for r in customers.search_customers(owner, q).rows}

    assert found("张") == {"张三丰", "张三"}
    assert found("张三") == {"张三丰", "张三"}
    assert found("张三丰") == {"张三丰"}
    assert found("zs") == {"张三丰", "张三"}
    assert found("zsf") == {"张三丰"}
    assert found("zhangsanfeng") == {"张三丰"}
    assert found("sanfeng") == {"张三丰"}
    assert found("0013") == {"张三丰"}
    assert found("138 0013") == {"张三丰"}
    assert found("2530000") == {"李四"}
    assert found("wudang") == {"张三丰"}
    assert found("example.com") == {"John Smith"}
    assert found("smith") == {"John Smith"}
    assert found("云帆") == {"张三"}
    assert found("zhangsan_8") == {"张三"}
    assert customers.search_customers(owner, "13").hint == "too_short"
    assert found('" OR 1=1 --') == set()
    assert len(ids) == 4


def test_list_filter_by_ids(owner) -> None:
    """Drill-down from a segment: the list shows exactly the given customers."""
    ids = [customers.create_customer(owner, {"name": n}) for n in ("甲", "乙", "丙", "丁")]
    page = customers.list_customers(owner, filters=customers.ListFilter(ids=(ids[1], ids[3])))
    assert sorted(r.id for r in page.rows) == [ids[1], ids[3]]
    found = customers.search_customers(owner, "丙", filters=customers.ListFilter(ids=(ids[1],)))
    assert found.rows == []


def test_demo_fill_cancel_rolls_back(owner) -> None:
    """A cancelled sample-data fill adds nothing (one transaction), even for small fills."""
    from app.services import demo

    calls = []

    def cancelled() -> bool:
        calls.append(1)
        return True

    with pytest.raises(demo.Cancelled):
        demo.fill_demo(owner, 2000, purchases_mean=1, cancelled=cancelled)
    assert calls and customers.count_customers(owner) == 0
