"""Imports end to end through the service: every fixture layout with its expected counts, the
policy (flags, rejects, matches), all-or-nothing, cancel, undo (including updates), permissions."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.models.errors import (
    ImportCancelled,
    ImportFileUnreadable,
    InvalidOperation,
    NothingToImport,
    PermissionDenied,
    UnknownEncoding,
)
from app.services import audit, customers, imports
from app.services.session import Session
from app.vault.repositories import imports_repo
from tests.conftest import STAFF, STAFF_PASS, VIEWER, VIEWER_PASS, login

DATA = Path(__file__).resolve().parents[2] / "data" / "import"

# file -> (imported, updated, flagged, rejected, skipped), with on_match="skip" into an empty vault
FIXTURES = {
    "gb18030_crm.csv": (3, 0, 2, 0, 2),
    "utf16le_bom.txt": (3, 0, 0, 0, 0),
    "utf16le_nobom.csv": (3, 0, 0, 0, 0),
    "utf8_bom_sep.csv": (2, 0, 0, 0, 0),
    "big5.csv": (3, 0, 1, 0, 0),
    "cp1252_western.csv": (3, 0, 0, 0, 0),
    "android_21_qp.vcf": (2, 0, 0, 0, 0),
    "apple_30.vcf": (2, 0, 0, 0, 0),
    "v40.vcf": (1, 0, 0, 0, 0),
    "truncated.vcf": (2, 0, 0, 2, 0),
    "google_contacts.csv": (2, 0, 1, 0, 0),
    "google_contacts_old.csv": (2, 0, 0, 0, 0),
    "outlook.csv": (2, 0, 0, 0, 0),
    "hubspot.csv": (1, 0, 0, 1, 0),
    "salesforce_dataloader.csv": (2, 0, 0, 0, 0),
    "zoho.csv": (1, 0, 1, 1, 0),
    "numbers.csv": (3, 0, 1, 0, 0),
    "merged_headers.xlsx": (2, 0, 2, 0, 1),
}


def counts(report: imports.ImportReport) -> tuple[int, int, int, int, int]:
    return report.imported, report.updated, report.flagged, report.rejected, report.skipped


def by_name(s: Session) -> dict[str, customers.Customer]:
    found = {}
    for row in customers.list_customers(s, limit=1000).rows:
        c = customers.get_customer(s, row.id).customer
        found[c.name] = c
    return found


def test_every_fixture_file_is_there() -> None:
    present = {p.name for p in DATA.iterdir() if p.suffix != ".py"}
    assert present == set(FIXTURES)


@pytest.mark.parametrize("name", sorted(FIXTURES))
def test_fixture_imports_with_expected_counts(owner: Session, name: str) -> None:
    report = imports.run_import(owner, DATA / name)
    assert counts(report) == FIXTURES[name], [e.as_json() for e in report.rows]
    assert customers.count_customers(owner) == report.imported
    record = imports_repo.get_import(owner.con, report.import_id or 0)
    assert record is not None and record.file_name == name
    assert record.counts["imported"] == report.imported


def test_gb18030_with_characters_outside_gbk(owner: Session) -> None:
    report = imports.run_import(owner, DATA / "gb18030_crm.csv")
    assert report.encoding == "gb18030"
    people = by_name(owner)
    assert {"刘䶮", "张𠀀", "王小明"} <= set(people)
    liu = people["刘䶮"]
    assert liu.company == "星辰贸易有限公司"  # 客户名称 next to 联系人 is the company
    assert "VIP" in liu.tags and liu.custom["跟进状态"] == "已成交"
    assert [p.value for p in liu.contacts] == ["+8613800138000", "+861065529988", "liuyan@xingchen.cn", "liuyan88"]
    # an ID number with a wrong check digit is kept, flagged, never valid
    zhang = customers.get_customer(owner, people["张𠀀"].id or 0, reveal=("id_number",)).customer
    sv = next(iter(zhang.sensitive.values()))
    assert not sv.valid and sv.problem == "checksum"
    # the follow-up date became a follow-up record
    assert customers.get_customer(owner, liu.id or 0).follow_ups[0].date == "2024-03-05"
    # blank and 合计 rows are skipped with their reason
    assert {(e.status, e.reasons[0][1]) for e in report.rows if e.status == "skipped"} == {
        ("skipped", "blank"), ("skipped", "summary")}


def test_vcard_21_quoted_printable_split_in_a_character(owner: Session) -> None:
    imports.run_import(owner, DATA / "android_21_qp.vcf")
    people = by_name(owner)
    nana = people["欧阳娜娜"]
    assert nana.family_name == "欧阳" and nana.notes == "老客户，喜欢红茶"
    assert [p.value for p in nana.contacts] == ["+8613800138001", "+861065529988", "nana@example.com"]


def test_apple_vcard_labels_and_yearless_birthdays(owner: Session) -> None:
    imports.run_import(owner, DATA / "apple_30.vcf")
    people = by_name(owner)
    wang = people["王芳"]
    assert wang.birthday is not None and wang.birthday.iso() == "--06-15"  # Apple's 1604 marker
    assert [(p.kind.value, p.value) for p in wang.contacts] == [
        ("phone", "+8613800138002"), ("email", "wangfang@example.cn"), ("wechat", "wangfang_wx"), ("qq", "12345678")]
    assert wang.company == "苹果树咨询" and wang.title == "总经理" and wang.notes == "第一行\n第二行, 带逗号"
    assert people["John Smith"].birthday is not None and people["John Smith"].birthday.iso() == "--06-15"
    assert people["John Smith"].tags == ["Golf", "VIP"]


def test_truncated_vcard_keeps_complete_cards(owner: Session) -> None:
    report = imports.run_import(owner, DATA / "truncated.vcf")
    assert set(by_name(owner)) == {"完整一", "完整二"}
    assert [(e.row, e.reasons[0][1]) for e in report.rows] == [(6, "truncated"), (15, "truncated")]


def test_xlsx_merged_headers_and_damaged_numbers(owner: Session) -> None:
    report = imports.run_import(owner, DATA / "merged_headers.xlsx")
    assert report.sheet == "客户"
    assert report.targets[:5] == ["external_id", "name", "phones", "phones", "emails"]
    people = by_name(owner)
    qian = customers.get_customer(owner, people["钱多多"].id or 0, reveal=("id_number",)).customer
    assert qian.birthday is not None and qian.birthday.iso() == "1990-03-05"  # a real Excel date
    lost = [p for p in qian.contacts if not p.valid]
    assert [(p.value, p.problem) for p in lost] == [("1065529988", "leading_zero_lost")]
    assert all(not s.valid and s.problem == "precision_lost" for s in qian.sensitive.values())
    assert qian.custom["external_id"] == "1234567890123456789"  # text cell: exact, never a float
    sun = people["孙小美"]
    assert "external_id" not in sun.custom  # a 19-digit number cell lost digits: dropped and flagged
    assert sun.birthday is not None and sun.birthday.iso() == "1991-06-07"  # a text date
    entry = next(e for e in report.rows if e.row == 5)
    assert ("external_id", "precision_lost") in entry.reasons


def test_xlsx_sheet_choice(owner: Session) -> None:
    report = imports.run_import(owner, DATA / "merged_headers.xlsx", imports.ImportOptions(sheet="Sheet2"))
    assert report.imported == 1 and set(by_name(owner)) == {"Second Sheet"}
    with pytest.raises(ImportFileUnreadable) as exc:
        imports.run_import(owner, DATA / "merged_headers.xlsx", imports.ImportOptions(sheet="nope"))
    assert exc.value.params["reason"] == "sheet_not_found"


def test_nineteen_digit_ids_and_scientific_notation(owner: Session) -> None:
    report = imports.run_import(owner, DATA / "numbers.csv")
    people = by_name(owner)
    assert people["甲"].custom["external_id"] == "1234567890123456789"
    assert people["乙"].custom["external_id"] == "9223372036854775807"
    assert people["丙"].custom["external_id"] == "0000000000000000042"
    assert [(p.valid, p.problem) for p in people["甲"].contacts] == [(False, "scientific_notation")]
    assert [p.value for p in people["乙"].contacts] == ["+8675586001234"]  # Excel's '0755… apostrophe
    assert report.flagged == 1


def test_western_encodings_and_regions(owner: Session) -> None:
    imports.run_import(owner, DATA / "cp1252_western.csv")
    imports.run_import(owner, DATA / "salesforce_dataloader.csv")
    people = by_name(owner)
    assert {"Zoë Müller", "François Dupré", "José Núñez"} <= set(people)
    # a US address makes "(212) 555-5555" a US number, not a Chinese landline
    assert [p.value for p in people["Sean Forbes"].contacts][0] == "+12125555555"
    assert people["何敏"].custom["external_id"] == "0035g00000AbCdFAAV"


def test_unknown_encoding_is_a_typed_error(owner: Session, tmp_path: Path) -> None:
    path = tmp_path / "x.csv"
    path.write_bytes("姓名,手机\n".encode() + bytes(range(0x80, 0xA0)) * 20 + b"\n")
    with pytest.raises(UnknownEncoding):
        imports.run_import(owner, path)
    assert customers.count_customers(owner) == 0


@pytest.mark.parametrize("content", [b"", b"   \n", b"\x00\x01\x02binary\x00" * 50, b"PK\x03\x04garbage"])
def test_unreadable_files(owner: Session, tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "bad.csv"
    path.write_bytes(content)
    with pytest.raises(ImportFileUnreadable):
        imports.run_import(owner, path)


def test_file_without_known_columns_is_nothing_to_import(owner: Session, tmp_path: Path) -> None:
    path = tmp_path / "x.csv"
    path.write_text("a,b\n1,2\n", encoding="utf-8")
    report = imports.run_import(owner, path)  # unknown columns become custom fields: rows lack identity
    assert report.imported == 0 and report.rejected == 1
    with pytest.raises(NothingToImport):
        imports.run_import(owner, path, imports.ImportOptions(mapping=["", ""]))


def write_csv(path: Path, rows: list[str]) -> Path:
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return path


def test_duplicates_inside_the_file_and_against_the_vault(owner: Session, tmp_path: Path) -> None:
    existing = customers.create_customer(owner, {"name": "老张", "phones": ["13800138000"], "emails": ["old@x.com"]})
    path = write_csv(tmp_path / "d.csv", [
        "姓名,手机,邮箱", "张三,138-0013-8000,", "李四,,OLD@X.com", "王五,13900139000,", "王五二,+86 139 0013 9000,"])
    report = imports.run_import(owner, path)
    assert counts(report) == (1, 0, 0, 0, 3)
    matches = {e.row: e.match for e in report.rows}
    assert matches[2] == {"customer_id": existing, "by": "phone"}
    assert matches[3] == {"customer_id": existing, "by": "email"}
    assert matches[5] is not None and matches[5]["row"] == 4


def test_fuzzy_matches_through_the_duplicate_engine(owner: Session, tmp_path: Path) -> None:
    """Rows without the same phone or email are matched by the duplicate engine: a likely match
    (name and more, nothing different) gets the on-match policy, a weaker one (a common name
    alone, or a different birthday) is imported and listed as a possible duplicate, with reasons
    that carry no phone, email or ID number."""
    existing = customers.create_customer(owner, {"name": "张伟", "company": "杭州优品汽车服务有限公司",
                                                 "birthday": "1985-03-12", "phones": ["13800138000"]})
    other = customers.create_customer(owner, {"name": "李娜", "birthday": "1990-01-01"})
    path = write_csv(tmp_path / "f.csv", [
        "姓名,公司,生日,手机",
        "張偉,杭州优品汽车服务有限公司,1985-03-12,",  # traditional characters, same company and birthday
        "李娜,,1991-05-05,13700137000",  # same name, different birthday: only a possible duplicate
        "王芳,,,13600136000",  # nobody like her
    ])
    report = imports.run_import(owner, path)
    assert counts(report) == (2, 0, 0, 0, 1)
    rows = {e.row: e for e in report.rows}
    assert rows[2].status == "skipped" and rows[2].reasons == [("", "similar_to_existing")]
    match = rows[2].match
    assert match is not None and match["customer_id"] == existing and match["by"] == "similar"
    assert float(match["score"]) >= imports.LIKELY_MATCH_SCORE  # type: ignore[arg-type]
    codes = [r["code"] for r in match["reasons"]]  # type: ignore[attr-defined]
    assert "traditional_name" in codes and "same_company" in codes
    assert rows[3].status == "imported" and ("", "possible_duplicate") in rows[3].reasons
    assert rows[3].match is not None and rows[3].match["customer_id"] == other
    assert 4 not in rows
    assert report.flagged == 0  # a possible duplicate is not a problem of the row's values
    text = json.dumps(report.as_json(), ensure_ascii=False)
    assert "13700137000" not in text and "13800138000" not in text

    updated = imports.run_import(owner, path, imports.ImportOptions(on_match="update"))
    assert (updated.updated, updated.skipped) == (1, 2)  # the likely match is updated; the others match exactly now
    assert customers.get_customer(owner, existing).customer.name == "張偉"  # a filled field overwrites
    created = imports.run_import(owner, path, imports.ImportOptions(on_match="create"))
    assert created.imported == 3
    assert {e.row: e.match["by"] for e in created.rows if e.match} == {  # type: ignore[index]
        2: "similar", 3: "phone", 4: "phone"}


def test_no_fuzzy_matching_into_an_empty_vault_or_against_the_import_itself(
        owner: Session, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[object] = []
    real = imports.dedupe.candidates_for_many
    monkeypatch.setattr(imports.dedupe, "candidates_for_many", lambda *a, **k: calls.append(a) or real(*a, **k))
    path = write_csv(tmp_path / "e.csv", ["姓名,公司", "张伟,星辰", "张伟,星辰"])
    first = imports.run_import(owner, path)
    assert counts(first) == (2, 0, 0, 0, 0) and calls == []  # empty vault: the engine is not asked
    second = imports.run_import(owner, write_csv(tmp_path / "g.csv", ["姓名,公司", "张伟,星辰"]))
    assert calls and second.skipped == 1 and second.rows[0].match["by"] == "similar"  # type: ignore[index]


def test_fuzzy_look_ups_are_batched_and_see_updates_made_by_earlier_rows(
        owner: Session, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Rows are checked against the vault in batches (one look-up for many rows, chunk boundaries
    change nothing); a customer updated by an earlier row is compared as updated by later rows."""
    existing = customers.create_customer(owner, {"name": "王小明", "phones": ["13800138000"]})
    customers.create_customer(owner, {"name": "李娜", "birthday": "1990-01-01"})
    lines = ["姓名,手机,公司,生日",
             "李娜,13700130000,,1991-05-05",  # a possible duplicate: the first look-up covers the batch
             "王小明,13800138000,星辰科技有限公司,1980-06-01",  # exact phone: fills company and birthday
             "王小明,,星辰科技有限公司,1980-06-01"]  # likely only once the row above updated him
    lines += ["李娜,1370013%04d,,1991-05-05" % i for i in range(1, 7)]
    path = write_csv(tmp_path / "b.csv", lines)
    calls: list[int] = []
    real = imports.dedupe.candidates_for_many
    monkeypatch.setattr(imports.dedupe, "candidates_for_many",
                        lambda session, records, **k: calls.append(len(records)) or real(session, records, **k))
    report = imports.run_import(owner, path, imports.ImportOptions(on_match="update", dry_run=True))
    rows = {e.row: e for e in report.rows}
    assert rows[3].status == "updated" and rows[3].match == {"customer_id": existing, "by": "phone"}
    assert rows[4].status == "skipped" and rows[4].reasons == [("", "unchanged")]  # he has it all now
    assert rows[4].match is not None and rows[4].match["by"] == "similar"
    assert rows[4].match["customer_id"] == existing
    assert [rows[n].match["by"] for n in (2, *range(5, 11))] == ["similar"] * 7  # type: ignore[index]
    # one look-up for the whole batch; the update drops it, then chunks of 1, 2, 4 rows
    assert calls == [8, 1, 2, 4]

    def report_json(batch: int) -> list[dict[str, object]]:
        monkeypatch.setattr(imports, "SIMILAR_BATCH", batch)
        return [r.as_json() for r in imports.run_import(
            owner, path, imports.ImportOptions(on_match="update", dry_run=True)).rows]

    assert report_json(1) == report_json(3) == [r.as_json() for r in report.rows]


def test_on_match_create_and_update(owner: Session, tmp_path: Path) -> None:
    existing = customers.create_customer(owner, {"name": "老张", "phones": ["13800138000"], "tags": ["A"]})
    path = write_csv(tmp_path / "m.csv", ["姓名,手机,邮箱,公司,标签", "张三,13800138000,zs@example.com,星辰,B"])
    created = imports.run_import(owner, path, imports.ImportOptions(on_match="create"))
    assert counts(created) == (1, 0, 0, 0, 0) and customers.count_customers(owner) == 2
    imports.undo_import(owner, created.import_id or 0)
    updated = imports.run_import(owner, path, imports.ImportOptions(on_match="update"))
    assert counts(updated) == (0, 1, 0, 0, 0)
    c = customers.get_customer(owner, existing).customer
    assert c.name == "张三" and c.company == "星辰" and c.tags == ["A", "B"]
    assert [p.value for p in c.contacts] == ["+8613800138000", "zs@example.com"]


def test_undo_restores_the_previous_state_including_updates(owner: Session, tmp_path: Path) -> None:
    existing = customers.create_customer(owner, {"name": "老张", "phones": ["13800138000"], "company": "旧公司"})
    before = customers.get_customer(owner, existing).customer
    path = write_csv(tmp_path / "u.csv", ["姓名,手机,公司", "张三,13800138000,新公司", "李四,13900139000,", "王五,,某公司"])
    report = imports.run_import(owner, path, imports.ImportOptions(on_match="update"))
    assert counts(report) == (2, 1, 0, 0, 0) and customers.count_customers(owner) == 3
    result = imports.undo_import(owner, report.import_id or 0)
    assert (result.deleted, result.reverted, result.not_reverted) == (2, 1, [])
    after = customers.get_customer(owner, existing).customer
    assert (after.name, after.company, [p.value for p in after.contacts]) == (
        before.name, before.company, [p.value for p in before.contacts])
    assert customers.count_customers(owner) == 1
    assert customers.search_customers(owner, "李四").rows == []  # gone from the search index too
    with pytest.raises(InvalidOperation):
        imports.undo_import(owner, report.import_id or 0)
    assert imports.list_imports(owner)[0].undone_at is not None
    assert audit.verify(owner).ok


def test_all_or_nothing_when_a_batch_fails(owner: Session, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    rows = ["姓名,手机"] + [f"客户{i},1380013{i:04d}" for i in range(imports.BATCH + 10)]
    path = write_csv(tmp_path / "big.csv", rows)
    real = imports._Importer.flush
    calls = {"n": 0}

    def failing_flush(self: imports._Importer) -> None:
        calls["n"] += 1
        if calls["n"] == 2:
            raise OSError("disk pulled out")
        real(self)

    monkeypatch.setattr(imports._Importer, "flush", failing_flush)
    with pytest.raises(OSError):
        imports.run_import(owner, path, imports.ImportOptions(workers=0))
    assert customers.count_customers(owner) == 0
    assert imports.list_imports(owner) == []


def test_cancel_rolls_back_and_progress_is_reported(owner: Session, tmp_path: Path) -> None:
    rows = ["姓名,手机"] + [f"客户{i},1380013{i:04d}" for i in range(imports.BATCH * 2 + 1)]
    path = write_csv(tmp_path / "big.csv", rows)
    seen: list[tuple[int, int]] = []
    with pytest.raises(ImportCancelled):
        imports.run_import(owner, path, progress=lambda d, t: seen.append((d, t)), cancelled=lambda: len(seen) >= 1)
    assert customers.count_customers(owner) == 0 and seen[0][0] == imports.BATCH
    report = imports.run_import(owner, path, progress=lambda d, t: seen.append((d, t)))
    assert report.imported == imports.BATCH * 2 + 1 and seen[-1][0] == seen[-1][1]


def test_dry_run_changes_nothing(owner: Session) -> None:
    report = imports.run_import(owner, DATA / "gb18030_crm.csv", imports.ImportOptions(dry_run=True))
    assert counts(report) == FIXTURES["gb18030_crm.csv"] and report.import_id is None
    assert customers.count_customers(owner) == 0 and imports.list_imports(owner) == []


def test_automatic_worker_count() -> None:
    """Serial for small files and on one core; otherwise one worker per core, at most 4."""
    assert imports._worker_count(None, 1_000, cpus=8) == 0
    assert imports._worker_count(None, 1_000_000, cpus=1) == 0
    assert imports._worker_count(None, 100_000, cpus=2) == 2
    assert imports._worker_count(None, 100_000, cpus=16) == 4
    assert imports._worker_count(2, 10, cpus=1) == 2 and imports._worker_count(-1, 10) == 0


def test_parallel_workers_give_the_same_result(owner: Session, tmp_path: Path) -> None:
    rows = ["姓名,手机,邮箱,生日"] + [f"客户{i},1380013{i:04d},c{i}@example.com,1990-01-{i % 28 + 1:02d}"
                                    for i in range(300)] + ["坏,123,bad,1990-13-01"]
    path = write_csv(tmp_path / "p.csv", rows)
    serial = imports.run_import(owner, path, imports.ImportOptions(dry_run=True, workers=0))
    parallel = imports.run_import(owner, path, imports.ImportOptions(workers=2))
    assert counts(serial) == counts(parallel) == (301, 0, 1, 0, 0)
    assert [e.as_json() for e in serial.rows] == [e.as_json() for e in parallel.rows]
    assert customers.search_customers(owner, "kehu299").rows or customers.search_customers(owner, "客户299").rows


def test_report_json_and_rejected_rows_file(owner: Session, tmp_path: Path) -> None:
    out = tmp_path / "rejected.csv"
    report = imports.run_import(owner, DATA / "zoho.csv", imports.ImportOptions(rejected_rows=out))
    data = json.loads(json.dumps(report.as_json()))
    assert {k: data[k] for k in ("imported", "updated", "flagged", "rejected", "skipped")} == dict(
        zip(("imported", "updated", "flagged", "rejected", "skipped"), FIXTURES["zoho.csv"], strict=True))
    assert [r["row"] for r in data["rows"]] == [2, 3]
    text = out.read_bytes().decode("utf-8-sig")
    assert text.splitlines()[0].startswith("row,reason,Record Id") and "no_identity" in text


def test_mapping_templates(owner: Session, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "t.csv", ["甲列,乙列", "张三,13800138000"])
    imports.save_template(owner, "my layout", {"甲列": "name", "乙列": "phones"})
    assert imports.list_templates(owner) == {"my layout": {"甲列": "name", "乙列": "phones"}}
    report = imports.run_import(owner, path, imports.ImportOptions(mapping=imports.list_templates(owner)["my layout"]))
    assert report.imported == 1 and report.flagged == 0
    with pytest.raises(ImportFileUnreadable):
        imports.save_template(owner, "bad", {"甲列": "no_such_field"})
    imports.delete_template(owner, "my layout")
    assert imports.list_templates(owner) == {}


def test_preview_shows_rows_as_stored(owner: Session) -> None:
    view = imports.preview(owner, DATA / "gb18030_crm.csv", limit=3)
    assert view.encoding == "gb18030" and view.headers[0] == "客户名称" and view.targets[1] == "name"
    first = view.rows[0]
    assert first.values["phones"] == ["+8613800138000", "+861065529988"]
    assert view.rows[1].problems == [("id_number", "checksum")]
    assert customers.count_customers(owner) == 0


def test_preview_and_import_take_a_delimiter_override(owner: Session, tmp_path: Path) -> None:
    """The wizard's and the CLI's delimiter override: the sniffer picks "," for this file (as many
    commas as semicolons per line), the user says ";"."""
    path = tmp_path / "semicolon.csv"
    path.write_text("姓名;手机,备注\n张三;13800138000,老客户\n李四;13900139000,新\n", encoding="utf-8")
    sniffed = imports.preview(owner, path)
    assert sniffed.delimiter == "," and sniffed.headers == ["姓名;手机", "备注"]
    view = imports.preview(owner, path, delimiter=";")
    assert view.delimiter == ";" and view.headers == ["姓名", "手机,备注"]
    assert [r.cells[0] for r in view.rows] == ["张三", "李四"]
    tab = imports.preview(owner, path, delimiter="\t", encoding="utf-8")
    assert tab.delimiter == "\t" and tab.encoding == "utf-8" and len(tab.headers) == 1
    for bad in ('"', "\n", ";;"):
        with pytest.raises(ImportFileUnreadable):
            imports.preview(owner, path, delimiter=bad)
    report = imports.run_import(owner, path, imports.ImportOptions(delimiter=";", mapping=["name", "phones"]))
    assert report.imported == 2 and set(by_name(owner)) == {"张三", "李四"}


def test_permissions(team: Session, access, tmp_path: Path) -> None:
    path = DATA / "v40.vcf"
    viewer = login(access, VIEWER, VIEWER_PASS)
    with pytest.raises(PermissionDenied):
        imports.run_import(viewer, path)
    viewer.lock()
    staff = login(access, STAFF, STAFF_PASS)
    report = imports.run_import(staff, path)
    assert report.imported == 1
    imports.undo_import(staff, report.import_id or 0)
    staff.lock()


def test_import_is_logged_without_personal_data(owner: Session) -> None:
    report = imports.run_import(owner, DATA / "gb18030_crm.csv")
    entries = audit.list_entries(owner, action="import")
    assert entries and entries[0].detail["import_id"] == report.import_id
    text = json.dumps([e.detail for e in entries], ensure_ascii=False)
    assert "13800138000" not in text and "刘" not in text and "gb18030_crm" not in text
