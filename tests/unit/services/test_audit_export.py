"""Access-log export (PRODUCT.md §7, SECURITY.md "Access log" and roles table).

The CSV has a BOM (Excel reads Chinese), one row per entry with the columns seq, time, user, action,
customer id, fields, details; it never holds a customer's name or value; it is logged as "export";
owner exports everything, staff their own entries, viewers nothing; the write is atomic.
"""

from __future__ import annotations

import csv
import errno
import io
import os
import secrets
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.models.errors import DiskFull, InvalidOperation, PermissionDenied, StorageError
from app.models.records import AccessLogEntry, Role
from app.services import audit, audit_export, customers, users
from app.services.access import VaultAccess
from app.services.audit_export import HEADERS, ExportLabels, export_log, plain_detail, safe_detail
from app.services.session import Session
from tests.conftest import OWNER, STAFF, STAFF_PASS, VIEWER, VIEWER_PASS

BOM = b"\xef\xbb\xbf"


def read_csv(path: Path) -> list[list[str]]:
    raw = path.read_bytes()
    assert raw.startswith(BOM), "UTF-8 with BOM, so Excel opens Chinese text correctly"
    assert not raw[len(BOM):].startswith(BOM), "exactly one BOM"
    return list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline="")))


def all_entries(session: Session) -> list[AccessLogEntry]:
    return audit.list_entries(session, limit=100_000)


def newest(session: Session) -> AccessLogEntry:
    return audit.list_entries(session, limit=1)[0]


@pytest.fixture
def staff(access: VaultAccess, team: Session) -> Iterator[Session]:
    session = access.unlock(STAFF, STAFF_PASS)
    yield session
    session.lock()


@pytest.fixture
def viewer(access: VaultAccess, team: Session) -> Iterator[Session]:
    session = access.unlock(VIEWER, VIEWER_PASS)
    yield session
    session.lock()


@pytest.fixture
def out(tmp_path: Path) -> Path:
    """An empty folder for exported files (the vault lives in tmp_path/vault)."""
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


@pytest.fixture
def markers() -> dict[str, str]:
    token = secrets.token_hex(4)
    return {
        "name": "标记" + token + "张",
        "company": "Marker Co " + token,
        "phone": "139" + str(int(token, 16) % 10**8).zfill(8),
        "email": "marker." + token + "@example.org",
        "note": "secret note " + token,
        "wechat": "wx_" + token,
    }


@pytest.fixture
def busy_vault(team: Session, staff: Session, markers: dict[str, str]) -> tuple[int, int]:
    """Customers with marker values, viewed, edited, revealed and copied by owner and staff."""
    first = customers.create_customer(team, {
        "name": markers["name"], "company": markers["company"], "phones": [markers["phone"]],
        "emails": [markers["email"]], "notes": markers["note"], "wechat": [markers["wechat"]],
    })
    second = customers.create_customer(team, {"name": "李" + markers["name"], "phones": ["13800138000"]})
    for cid in (first, second, first):
        customers.get_customer(team, cid)
    customers.update_customer(team, first, {"notes": markers["note"] + " (updated)"})
    customers.add_consent(team, first, "marketing")
    customers.log_copy(team, first, "phones")
    customers.get_customer(staff, second)
    customers.get_customer(staff, first)
    return first, second


# --- the file ------------------------------------------------------------------------------------
def test_csv_has_bom_header_and_one_row_per_entry(team: Session, busy_vault: tuple[int, int],
                                                  out: Path) -> None:
    before = all_entries(team)
    target = out / "log.csv"

    count = export_log(team, target)

    rows = read_csv(target)
    assert rows[0] == list(HEADERS)
    body = rows[1:]
    assert count == len(body) == len(before)
    assert [int(r[0]) for r in body] == [e.seq for e in before], "newest first, like the viewer"
    assert all(len(r) == len(HEADERS) for r in body)
    by_seq = {e.seq: e for e in before}
    names = audit.user_names(team)
    for seq, at, user, action, customer, fields, _details in body:
        entry = by_seq[int(seq)]
        assert at == entry.at
        assert user == ("" if entry.user_id is None else names[entry.user_id])
        assert action == entry.action
        assert customer == ("" if entry.customer_id is None else str(entry.customer_id))
        assert fields == ", ".join(entry.fields)
    first, _second = busy_vault
    edit_rows = [r for r in body if r[3] == "edit"]
    assert edit_rows and edit_rows[0][4] == str(first) and edit_rows[0][5] == "notes"
    unlock_rows = [r for r in body if r[3] == "unlock"]
    assert unlock_rows and all(r[6] == "via=passphrase" for r in unlock_rows)


def test_csv_never_holds_customer_names_or_values(team: Session, busy_vault: tuple[int, int],
                                                  markers: dict[str, str], out: Path) -> None:
    target = out / "log.csv"
    export_log(team, target)
    raw = target.read_bytes()
    for marker in [*markers.values(), "李" + markers["name"], "13800138000", "138 0013 8000"]:
        for encoding in ("utf-8", "utf-16-le"):
            assert marker.encode(encoding) not in raw, marker
    assert len(read_csv(target)) > 10


def test_translated_labels_are_used(team: Session, busy_vault: tuple[int, int], out: Path) -> None:
    labels = ExportLabels(
        headers=("序号", "时间", "用户", "操作", "客户编号", "字段", "详情"),
        time=lambda iso: "T:" + iso,
        action=lambda code: code.upper(),
        field=lambda name: "<" + name + ">",
        detail=lambda action, detail, names: action + "|" + ",".join(detail),
    )
    target = out / "日志.csv"
    export_log(team, target, labels=labels)
    rows = read_csv(target)
    assert rows[0] == ["序号", "时间", "用户", "操作", "客户编号", "字段", "详情"]
    assert all(r[1].startswith("T:") and r[3].isupper() for r in rows[1:])
    assert any(r[5] == "<notes>" for r in rows[1:])
    unlock = [r for r in rows[1:] if r[3] == "UNLOCK"]
    assert unlock and unlock[0][6] == "unlock|via"
    with pytest.raises(ValueError):
        export_log(team, out / "bad.csv", labels=ExportLabels(headers=("only one",)))


def test_spreadsheet_formulas_are_neutralized(team: Session, access: VaultAccess, out: Path) -> None:
    """A user name is free text: one starting with = must not become an Excel formula."""
    name = '=HYPERLINK("http://example.invalid")'
    users.add_user(team, name, Role.STAFF, "yet another good passphrase 5")
    access.unlock(name, "yet another good passphrase 5").lock()
    target = out / "log.csv"
    export_log(team, target)
    rows = read_csv(target)
    assert all(not cell.startswith(("=", "+", "-", "@")) for r in rows for cell in r)
    assert {r[3] for r in rows[1:] if r[2] == "'" + name} == {"unlock", "lock"}


# --- filters -------------------------------------------------------------------------------------
def test_filters_select_the_rows(team: Session, busy_vault: tuple[int, int], out: Path) -> None:
    first, second = busy_vault
    target = out / "log.csv"

    assert export_log(team, target, action="view") == len(audit.list_entries(team, action="view", limit=1000))
    assert {r[3] for r in read_csv(target)[1:]} == {"view"}

    export_log(team, target, customer_id=second)
    body = read_csv(target)[1:]
    assert body and {r[4] for r in body} == {str(second)}

    export_log(team, target, user_name=STAFF)
    body = read_csv(target)[1:]
    assert body and {r[2] for r in body} == {STAFF}

    assert export_log(team, target, since="2999-01-01T00:00:00Z") == 0
    assert read_csv(target) == [list(HEADERS)]
    everything = export_log(team, target, since="2000-01-01T00:00:00Z", until="2999-01-01T00:00:00Z")
    assert everything == len(all_entries(team)) - 1  # the newest entry is the previous export's own


def test_paging_reads_every_entry(team: Session, out: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    cid = customers.create_customer(team, {"name": "翻页"})
    for _ in range(25):
        customers.get_customer(team, cid)
    monkeypatch.setattr(audit_export, "PAGE_SIZE", 7)
    expected = [e.seq for e in all_entries(team)]
    target = out / "log.csv"
    assert export_log(team, target) == len(expected)
    assert [int(r[0]) for r in read_csv(target)[1:]] == expected


# --- logging and roles ---------------------------------------------------------------------------
def test_export_is_logged_with_what_and_count(team: Session, busy_vault: tuple[int, int],
                                              out: Path) -> None:
    count = export_log(team, out / "log.csv", action="view")
    entry = newest(team)
    assert entry.action == "export"
    assert entry.user_id == team.user.id
    assert entry.customer_id is None
    assert entry.detail == {"what": "access_log", "count": count}
    assert audit.verify(team).ok


def test_staff_export_only_their_own_entries(team: Session, staff: Session, busy_vault: tuple[int, int],
                                             out: Path) -> None:
    own = audit.list_entries(staff, limit=10_000)
    target = out / "mine.csv"
    count = export_log(staff, target)
    body = read_csv(target)[1:]
    assert count == len(body) == len(own)
    assert {r[2] for r in body} == {STAFF}
    assert {int(r[0]) for r in body} == {e.seq for e in own}
    assert newest(team).action == "export" and newest(team).user_id == staff.user.id

    assert export_log(staff, target, user_name=OWNER) == 0, "asking for the owner's entries gives none"
    assert read_csv(target) == [list(HEADERS)]


def test_viewer_is_denied_and_nothing_is_written(team: Session, viewer: Session, out: Path) -> None:
    before = newest(team).seq
    target = out / "log.csv"
    with pytest.raises(PermissionDenied):
        export_log(viewer, target)
    assert not target.exists()
    assert list(out.iterdir()) == []
    assert newest(team).seq == before


def test_unsupported_format(team: Session, out: Path) -> None:
    with pytest.raises(InvalidOperation):
        export_log(team, out / "log.xlsx", fmt="xlsx")
    assert list(out.iterdir()) == []


# --- atomic write --------------------------------------------------------------------------------
def test_failed_replace_leaves_no_temp_file_no_target_and_no_log_entry(
        team: Session, busy_vault: tuple[int, int], out: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = out
    target = folder / "log.csv"
    before = newest(team).seq

    def broken_replace(src: str, dst: object) -> None:
        assert Path(src).parent == folder and Path(src).exists(), "the temp file is written beside the target"
        raise OSError(errno.EIO, "I/O error")

    monkeypatch.setattr(os, "replace", broken_replace)
    with pytest.raises(StorageError):
        export_log(team, target)
    assert list(folder.iterdir()) == []
    assert newest(team).seq == before, "a failed export is not logged as done"


def test_failed_export_keeps_the_previous_file(team: Session, out: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    target = out / "log.csv"
    target.write_bytes(b"previous export")

    def full_disk(fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", full_disk)
    with pytest.raises(DiskFull):
        export_log(team, target)
    assert target.read_bytes() == b"previous export"
    assert [p.name for p in out.iterdir()] == ["log.csv"]


def test_existing_file_is_replaced_whole(team: Session, out: Path) -> None:
    target = out / "log.csv"
    target.write_bytes(b"x" * 100_000)
    count = export_log(team, target)
    assert len(read_csv(target)) == count + 1


def test_missing_folder_is_a_storage_error(team: Session, out: Path) -> None:
    with pytest.raises(StorageError):
        export_log(team, out / "no such folder" / "log.csv")


# --- the detail allow-list -----------------------------------------------------------------------
def test_safe_detail_keeps_only_allow_listed_codes_ids_flags_and_counts() -> None:
    detail: dict[str, object] = {
        "via": "keyring", "method": "Robert'); DROP", "user": 3, "user_id": None, "role": "staff",
        "can_reveal": True, "can_export": "yes", "count": 12, "customers": True, "ok": False,
        "group": "0f3c9a", "name": "张三", "phone": "13800138000", "value": {"nested": 1},
        "purpose": "marketing\n" + "x" * 100, "at": "2024-03-05T10:00:00Z", "source": "客户.xlsx",
    }
    safe = safe_detail(detail)
    assert safe == {
        "at": "2024-03-05T10:00:00Z", "can_reveal": True, "count": 12, "ok": False,
        "purpose": safe["purpose"], "role": "staff", "user": 3, "via": "keyring",
    }
    purpose = safe["purpose"]
    assert isinstance(purpose, str) and purpose.startswith("marketing x") and len(purpose) <= audit_export.TEXT_LIMIT


def test_safe_detail_survives_odd_json() -> None:
    assert safe_detail(["via", "keyring"]) == {}  # type: ignore[arg-type]
    assert safe_detail({"via": ["keyring"], "count": -1, "user": 1.5}) == {}


def test_plain_detail_names_users() -> None:
    assert plain_detail("user_add", {"role": "staff", "user": 2}, {2: "小王"}) == "role=staff; user=小王"
    assert plain_detail("user_add", {"user": 9, "ok": True}, {}) == "user=#9; ok=yes"
