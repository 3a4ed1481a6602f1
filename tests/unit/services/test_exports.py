"""Exports: only the chosen fields, masks, pseudonyms, formats, role rules, logging (no values),
atomic writes, the encrypted archive, the data-subject export, and export → import round trips."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from app.models.errors import PermissionDenied, ValidationError
from app.models.records import Role
from app.services import audit, customers, exports, imports, users
from app.services.access import VaultAccess
from app.services.session import Session
from app.vault.repositories.customers_repo import ListFilter
from tests.conftest import STAFF, STAFF_PASS, VIEWER, VIEWER_PASS, login


@pytest.fixture
def filled(owner: Session) -> Session:
    customers.create_customer(owner, {
        "name": "张三", "company": "星辰贸易", "phones": ["13800138000", "010-65529988"],
        "emails": ["zhangsan@example.com"], "wechat": ["zhangsan88"], "tags": ["VIP"], "birthday": "--06-15",
        "addresses": [{"province": "北京市", "city": "北京市", "district": "朝阳区", "street": "建国路88号"}],
        "id_number": "11010519491231002X", "notes": "喜欢红茶", "gender": "male",
    })
    customers.create_customer(owner, {"name": "John Smith", "phones": ["+1 415 555 2671"],
                                      "emails": ["John.Smith@Example.com"], "tags": ["Golf"],
                                      "addresses": ["1 Main St, Boston, MA 02110, USA"]})
    customers.create_customer(owner, {"name": "李四", "phones": ["12345"], "qq": ["12345678"]}, strict=False)
    return owner


def read_csv(path: Path) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(path.read_bytes().decode("utf-8-sig"))))


def test_csv_contains_only_the_chosen_fields(filled: Session, tmp_path: Path) -> None:
    out = tmp_path / "courier.csv"
    result = exports.export_customers(filled, out, exports.ExportOptions(preset="courier", purpose="发快递"))
    assert result.count == 3 and result.fields == ("name", "phones", "addresses")
    data = out.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")  # UTF-8 with BOM: Excel opens it right
    rows = read_csv(out)
    assert list(rows[0]) == ["name", "phones", "addresses"]
    zhang = next(r for r in rows if r["name"] == "张三")
    assert zhang["phones"] == "+8613800138000 ::: +861065529988"
    assert zhang["addresses"] == "北京市北京市朝阳区建国路88号"
    text = data.decode("utf-8-sig")
    for absent in ("zhangsan@example.com", "zhangsan88", "VIP", "1101", "喜欢红茶"):
        assert absent not in text


def test_masking(filled: Session, tmp_path: Path) -> None:
    out = tmp_path / "masked.json"
    exports.export_customers(filled, out, exports.ExportOptions(
        format="json", fields=["id", "name", "phones", "emails", "wechat", "id_number"], mask=True))
    records = {r["name"]: r for r in json.loads(out.read_text(encoding="utf-8"))}
    zhang = records["张三"]
    assert zhang["phones"] == ["138****8000", "******9988"]
    assert zhang["emails"] == ["z*******@example.com"]
    assert zhang["id_number"] == "1101**********002X"
    assert zhang["wechat"] == ["zh******88"]
    assert isinstance(zhang["id"], int)
    assert "13800138000" not in out.read_text(encoding="utf-8")


def test_pseudonymized_ids_differ_per_export(filled: Session, tmp_path: Path) -> None:
    options = exports.ExportOptions(format="json", fields=["id", "name"], pseudonymize=True)
    exports.export_customers(filled, tmp_path / "a.json", options)
    exports.export_customers(filled, tmp_path / "b.json", options)
    a = {r["name"]: r["id"] for r in json.loads((tmp_path / "a.json").read_text(encoding="utf-8"))}
    b = {r["name"]: r["id"] for r in json.loads((tmp_path / "b.json").read_text(encoding="utf-8"))}
    assert all(isinstance(v, str) and len(v) == 16 for v in a.values())
    assert len(set(a.values())) == 3 and set(a.values()).isdisjoint(b.values())


def test_selection_by_search_and_tag(filled: Session, tmp_path: Path) -> None:
    out = tmp_path / "s.json"
    assert exports.export_customers(filled, out, exports.ExportOptions(format="json", fields=["name"],
                                                                       search="zhang")).count == 1
    assert json.loads(out.read_text(encoding="utf-8")) == [{"name": "张三"}]
    assert exports.export_customers(filled, out, exports.ExportOptions(
        format="json", fields=["name"], filters=ListFilter(tag="Golf"))).count == 1
    assert json.loads(out.read_text(encoding="utf-8")) == [{"name": "John Smith"}]


def test_every_format_is_written(filled: Session, tmp_path: Path) -> None:
    for fmt in ("csv", "csv-gb18030", "xlsx", "vcf", "json"):
        out = tmp_path / ("out." + fmt)
        exports.export_customers(filled, out, exports.ExportOptions(format=fmt, preset="contacts"))
        assert out.stat().st_size > 0
        assert not list(tmp_path.glob(".*.tmp"))
    assert "张三".encode("gb18030") in (tmp_path / "out.csv-gb18030").read_bytes()
    vcf = (tmp_path / "out.vcf").read_bytes().decode("utf-8")
    assert vcf.count("BEGIN:VCARD") == 3 and "VERSION:3.0" in vcf and "BDAY:--06-15" in vcf
    assert all(len(line.encode("utf-8")) <= 75 for line in vcf.split("\r\n"))


def test_csv_injection_is_neutralised(owner: Session, tmp_path: Path) -> None:
    customers.create_customer(owner, {"name": "=HYPERLINK(\"http://x\")", "company": "-2+3+cmd|' /C calc'!A0"})
    out = tmp_path / "x.csv"
    exports.export_customers(owner, out, exports.ExportOptions(fields=["name", "company", "phones"]))
    row = read_csv(out)[0]
    assert row["name"].startswith("'=") and row["company"].startswith("'-")


def test_roles(team: Session, access: VaultAccess, tmp_path: Path) -> None:
    customers.create_customer(team, {"name": "张三", "phones": ["13800138000"], "id_number": "11010519491231002X"})
    viewer = login(access, VIEWER, VIEWER_PASS)
    with pytest.raises(PermissionDenied):
        exports.export_customers(viewer, tmp_path / "v.csv", exports.ExportOptions(mask=True))
    viewer.lock()
    staff = login(access, STAFF, STAFF_PASS)  # may reveal, but no export grant
    with pytest.raises(PermissionDenied):
        exports.export_customers(staff, tmp_path / "s.csv", exports.ExportOptions(mask=True))
    staff.lock()
    users.add_user(team, "导出员", Role.STAFF, "yet another good passphrase 3", can_export=True)
    exporter = login(access, "导出员", "yet another good passphrase 3")
    with pytest.raises(PermissionDenied):  # unmasked: owner only
        exports.export_customers(exporter, tmp_path / "e.csv", exports.ExportOptions())
    with pytest.raises(PermissionDenied):  # masked sensitive fields need the reveal grant too
        exports.export_customers(exporter, tmp_path / "e.csv", exports.ExportOptions(fields=["id_number"], mask=True))
    result = exports.export_customers(exporter, tmp_path / "e.csv", exports.ExportOptions(preset="courier", mask=True))
    assert result.count == 1 and "138****8000" in (tmp_path / "e.csv").read_text(encoding="utf-8-sig")
    with pytest.raises(PermissionDenied):
        exports.dsar(exporter, 1, tmp_path / "d")
    exporter.lock()
    assert not (tmp_path / "v.csv").exists() and not (tmp_path / "s.csv").exists()


def test_export_is_logged_with_purpose_fields_and_count_but_no_values(filled: Session, tmp_path: Path) -> None:
    exports.export_customers(filled, tmp_path / "x.csv", exports.ExportOptions(
        preset="marketing", purpose="双十一短信 call 13800138000 or a@b.com"))
    entry = audit.list_entries(filled, action="export")[0]
    assert entry.fields == ("name", "phones", "emails", "wechat", "tags")
    assert entry.detail["count"] == 3 and entry.detail["format"] == "csv"
    assert str(entry.detail["purpose"]).startswith("双十一短信")
    logged = json.dumps(entry.detail, ensure_ascii=False)
    assert "13800138000" not in logged and "a@b.com" not in logged and "张三" not in logged


def test_unknown_field_or_format(filled: Session, tmp_path: Path) -> None:
    with pytest.raises(ValidationError):
        exports.export_customers(filled, tmp_path / "x", exports.ExportOptions(fields=["password"]))
    with pytest.raises(ValidationError):
        exports.export_customers(filled, tmp_path / "x", exports.ExportOptions(format="pdf"))


def test_encrypted_archive(filled: Session, tmp_path: Path) -> None:
    pyzipper = pytest.importorskip("pyzipper")
    out = tmp_path / "x.zip"
    result = exports.export_customers(filled, out, exports.ExportOptions(preset="contacts", password="zip secret 123"))
    assert result.encrypted
    raw = out.read_bytes()
    assert "张三".encode() not in raw and b"13800138000" not in raw
    with pyzipper.AESZipFile(out) as zf:
        zf.setpassword(b"zip secret 123")
        assert "张三" in zf.read("x.csv").decode("utf-8-sig")
    with pytest.raises(ValidationError):
        exports.export_customers(filled, out, exports.ExportOptions(password="short"))


def test_data_subject_export(filled: Session, tmp_path: Path) -> None:
    cid = customers.list_customers(filled).rows[-1].id  # 张三 sorts last (zhang)
    customers.add_purchase(filled, cid, "2024-03-01", "88.80", items="龙井")
    customers.add_follow_up(filled, cid, "2024-03-02", kind="call", content="回访")
    customers.add_consent(filled, cid, "marketing", channel="微信")
    customers.update_customer(filled, cid, {"company": "新公司"})
    customers.get_customer(filled, cid)
    json_path, html_path = exports.dsar(filled, cid, tmp_path / "subject.json")
    data = json.loads(json_path.read_text(encoding="utf-8"))
    assert data["customer"]["name"] == "张三" and data["customer"]["id_number"] == "11010519491231002X"
    assert data["purchases"][0]["amount"] == "88.80" and data["follow_ups"][0]["content"] == "回访"
    assert data["consents"][0]["purpose"] == "marketing"
    assert any(h["field"] == "company" and h["new"] == "新公司" for h in data["change_history"])
    assert {"view", "edit", "create"} <= {a["action"] for a in data["access_log"]}
    assert all(a["user"] == "老板" for a in data["access_log"])
    page = html_path.read_text(encoding="utf-8")
    assert "张三" in page and "<script" not in page and "11010519491231002X" in page
    entry = audit.list_entries(filled, action="export", customer_id=cid)[0]
    assert entry.detail["format"] == "dsar"


def test_data_subject_export_includes_records_merged_into_the_customer(owner: Session, tmp_path: Path) -> None:
    """PIPL/GDPR access: a merged-away record is the same person's data, kept in the merge snapshot so
    the merge can be undone — the data-subject export of the survivor includes it, also through a
    chain of merges, and no longer once the merge is undone."""
    from app.services import merges

    a = customers.create_customer(owner, {"name": "陈志明", "phones": ["13912345678"]})
    b = customers.create_customer(owner, {"name": "陳志明", "emails": ["old@example.com"], "notes": "旧备注"})
    c = customers.create_customer(owner, {"name": "陈志明", "company": "星辰贸易"})
    first = merges.merge(owner, [a, b], keep=a)
    merges.merge(owner, [c, a], keep=c)
    json_path, html_path = exports.dsar(owner, c, tmp_path / "subject")
    records = json.loads(json_path.read_text(encoding="utf-8"))["merged_records"]
    assert sorted(r["record"]["customer"]["id"] for r in records) == [a, b]
    assert any(r["record"]["customer"]["notes"] == "旧备注" for r in records)
    assert "陳志明" in html_path.read_text(encoding="utf-8")
    merges.undo(owner, merges.history(owner)[0].id)  # the later merge: a is a customer of its own again
    json_path, _ = exports.dsar(owner, c, tmp_path / "again")
    assert json.loads(json_path.read_text(encoding="utf-8"))["merged_records"] == []
    assert first  # a's own export still holds b
    json_path, _ = exports.dsar(owner, a, tmp_path / "a")
    assert [r["record"]["customer"]["id"] for r in json.loads(json_path.read_text(encoding="utf-8"))["merged_records"]] == [b]


def test_dsar_escapes_html(owner: Session, tmp_path: Path) -> None:
    cid = customers.create_customer(owner, {"name": "<script>alert(1)</script>"})
    _json, page = exports.dsar(owner, cid, tmp_path / "x")
    assert "<script>alert" not in page.read_text(encoding="utf-8")


@pytest.mark.parametrize("fmt", ["csv", "xlsx", "vcf", "csv-gb18030"])
def test_round_trip_into_a_new_vault(filled: Session, tmp_path: Path, policy, memory_keyring, fmt: str) -> None:
    fields = ["name", "company", "title", "gender", "birthday", "phones", "emails", "wechat", "qq", "addresses",
              "tags", "notes"]
    suffix = {"csv-gb18030": ".csv"}.get(fmt, "." + fmt)
    first = tmp_path / ("first" + suffix)
    exports.export_customers(filled, first, exports.ExportOptions(format=fmt, fields=fields))
    other = VaultAccess(tmp_path / "other", policy, memory_keyring)
    session, _ = other.create("新老板", "a completely different passphrase 5")
    try:
        report = imports.run_import(session, first)
        assert report.imported == 3 and report.rejected == 0
        again, original = tmp_path / "again.json", tmp_path / "original.json"
        compare = [f for f in fields if fmt != "vcf" or f not in ("gender",)]
        exports.export_customers(session, again, exports.ExportOptions(format="json", fields=compare))
        exports.export_customers(filled, original, exports.ExportOptions(format="json", fields=compare))

        def load(path: Path) -> list[dict[str, object]]:
            return sorted(json.loads(path.read_text(encoding="utf-8")), key=lambda r: str(r["name"]))

        assert load(again) == load(original)
    finally:
        session.lock()
