"""The export dialog (issue 4 item 6) and the data-subject export from the Import / Export page.

* A CSV with only the chosen fields and masked phones; the success banner gives the count.
* Export stays disabled until a purpose is given and the plaintext statement is confirmed.
* Staff with the export grant get masking forced on and sensitive fields disabled; staff without
  it and viewers cannot export (controls disabled with an explanation / no page).
* A selection by tag; a password-protected archive; the owner's data-subject export; a screenshot.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt

from app.models.records import Role
from app.services import customers, exports, users
from app.services.access import VaultAccess
from app.services.session import Session
from app.ui.app_context import AppContext
from app.ui.pages.export_dialog import ExportDialog
from app.ui.pages.transfer_page import TransferPage
from app.ui.task_runner import TaskRunner
from app.ui.widgets.message_banner import Level
from tests.conftest import STAFF, STAFF_PASS, VIEWER, VIEWER_PASS
from tests.ui.test_import_wizard import Host, grab, settle


@pytest.fixture
def runner(owner: Session) -> Iterator[TaskRunner]:
    task_runner = TaskRunner()
    yield task_runner
    task_runner.wait_idle()
    task_runner.shutdown()


@pytest.fixture
def ctx(access: VaultAccess, runner: TaskRunner, tmp_path: Path) -> AppContext:
    return AppContext(access=access, runner=runner,
                      settings=QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def people(owner: Session) -> dict[str, int]:
    return {
        "刘䶮": customers.create_customer(owner, {"name": "刘䶮", "phones": ["13800138000"], "emails": ["liu@example.cn"],
                                                "tags": ["VIP"], "company": "星辰贸易"}),
        "王芳": customers.create_customer(owner, {"name": "王芳", "phones": ["13900139000"], "company": "苹果树"}),
    }


def open_dialog(qtbot, ctx: AppContext, session: Session, **kwargs: str) -> ExportDialog:  # type: ignore[no-untyped-def]
    dialog = ExportDialog(ctx, session, **kwargs)
    qtbot.addWidget(dialog)
    dialog.show()
    settle(qtbot, ctx.runner)
    return dialog


def ready(dialog: ExportDialog, purpose: str = "快递寄送样品") -> None:
    dialog.purpose_edit.setText(purpose)
    dialog.confirm_check.setChecked(True)


def read_csv(path: Path) -> list[list[str]]:
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # UTF-8 with BOM, for Excel
    return list(csv.reader(raw.decode("utf-8-sig").splitlines()))


def test_csv_with_chosen_fields_and_masked_phones(qtbot, ctx: AppContext, owner: Session,  # type: ignore[no-untyped-def]
                                                  people: dict[str, int], tmp_path: Path) -> None:
    dialog = open_dialog(qtbot, ctx, owner)
    assert not dialog.export_button.isEnabled()
    assert "what the export is for" in dialog.hint.text()
    dialog.set_fields(["name", "phones"])
    assert dialog.preset_combo.currentData() is None  # a custom choice
    dialog.mask_check.setChecked(True)
    dialog.purpose_edit.setText("回访")
    assert not dialog.export_button.isEnabled() and "Confirm" in dialog.hint.text()
    dialog.confirm_check.setChecked(True)
    assert dialog.export_button.isEnabled() and dialog.hint.text() == ""
    assert "plain, unencrypted file" in dialog.plaintext_note.text()
    grab(dialog, "export_dialog.png")
    out = tmp_path / "out.csv"
    with qtbot.waitSignal(dialog.exported, timeout=20_000) as done:
        dialog.export_to(out)
    assert done.args == [2, str(out)]
    rows = read_csv(out)
    assert len(rows) == 3 and len(rows[0]) == 2  # header + 2 customers, only the chosen fields
    body = {r[0]: r[1] for r in rows[1:]}
    assert body["刘䶮"] == "138****8000" and "13800138000" not in out.read_text(encoding="utf-8-sig")
    assert dialog.banner.isVisible() and dialog.banner.level is Level.SUCCESS
    assert "Exported 2 customers" in dialog.banner._label.text()


def test_preset_tag_selection_and_json(qtbot, ctx: AppContext, owner: Session, people: dict[str, int],  # type: ignore[no-untyped-def]
                                       tmp_path: Path) -> None:
    dialog = open_dialog(qtbot, ctx, owner)
    dialog.preset_combo.setCurrentIndex(dialog.preset_combo.findData("courier"))
    assert dialog.chosen_fields() == ["name", "phones", "addresses"]
    dialog.format_combo.setCurrentIndex(dialog.format_combo.findData("json"))
    dialog.mask_check.setChecked(False)
    assert dialog.tag_combo.findData("VIP") >= 0
    dialog.tag_combo.setCurrentIndex(dialog.tag_combo.findData("VIP"))
    dialog.tag_radio.setChecked(True)
    ready(dialog)
    out = tmp_path / "out.json"
    with qtbot.waitSignal(dialog.exported, timeout=20_000):
        dialog.export_to(out)
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data == [{"name": "刘䶮", "phones": ["+8613800138000"], "addresses": []}]


def test_search_selection_from_the_caller(qtbot, ctx: AppContext, owner: Session, people: dict[str, int],  # type: ignore[no-untyped-def]
                                          tmp_path: Path) -> None:
    dialog = open_dialog(qtbot, ctx, owner, search="王芳")
    assert dialog.search_radio.isChecked()
    dialog.set_fields(["name"])
    ready(dialog)
    out = tmp_path / "s.csv"
    with qtbot.waitSignal(dialog.exported, timeout=20_000):
        dialog.export_to(out)
    assert [r[0] for r in read_csv(out)[1:]] == ["王芳"]


def test_password_archive(qtbot, ctx: AppContext, owner: Session, people: dict[str, int],  # type: ignore[no-untyped-def]
                          tmp_path: Path) -> None:
    if not exports.archive_available():
        pytest.skip("pyzipper is not installed")
    dialog = open_dialog(qtbot, ctx, owner)
    dialog.set_fields(["name"])
    ready(dialog)
    dialog.password_check.setChecked(True)
    assert "password-protected zip" in dialog.plaintext_note.text()
    dialog.password_edit.setText("short")
    assert not dialog.export_button.isEnabled()
    dialog.password_edit.setText("long enough pass")
    dialog.repeat_edit.setText("long enough pasS")
    assert "not the same" in dialog.hint.text()
    dialog.repeat_edit.setText("long enough pass")
    assert dialog.export_button.isEnabled() and dialog.suffix() == ".zip"
    out = tmp_path / "out.zip"
    with qtbot.waitSignal(dialog.exported, timeout=20_000):
        dialog.export_to(out)
    assert out.read_bytes()[:2] == b"PK" and "刘䶮".encode() not in out.read_bytes()


def test_staff_with_grant_masked_only_and_without_grant_disabled(qtbot, ctx: AppContext, access: VaultAccess,  # type: ignore[no-untyped-def]
                                                                 team: Session, people: dict[str, int]) -> None:
    staff = access.unlock(STAFF, STAFF_PASS)
    try:
        dialog = open_dialog(qtbot, ctx, staff)
        assert not dialog.export_button.isEnabled() and not dialog.format_combo.isEnabled()
        assert not dialog.purpose_edit.isEnabled() and "may not export" in dialog.role_note.text()
    finally:
        ctx.runner.wait_idle()
        staff.lock()


def test_staff_granted_export_gets_masking_forced(qtbot, ctx: AppContext, access: VaultAccess, owner: Session,  # type: ignore[no-untyped-def]
                                                  people: dict[str, int], tmp_path: Path) -> None:
    users.add_user(owner, "小李", Role.STAFF, STAFF_PASS, can_export=True)
    staff = access.unlock("小李", STAFF_PASS)
    try:
        dialog = open_dialog(qtbot, ctx, staff)
        assert dialog.mask_check.isChecked() and not dialog.mask_check.isEnabled()
        assert "Only the owner can export unmasked" in dialog.role_note.text()
        sensitive = [dialog.fields_list.item(i) for i in range(dialog.fields_list.count())
                     if dialog.fields_list.item(i).data(Qt.ItemDataRole.UserRole) == "id_number"][0]
        assert not sensitive.flags() & Qt.ItemFlag.ItemIsEnabled
        dialog.set_fields(["name", "phones", "id_number"])
        assert dialog.chosen_fields() == ["name", "phones"]
        ready(dialog)
        out = tmp_path / "staff.csv"
        with qtbot.waitSignal(dialog.exported, timeout=20_000):
            dialog.export_to(out)
        assert "139****9000" in out.read_text(encoding="utf-8-sig")
    finally:
        ctx.runner.wait_idle()
        staff.lock()


def test_viewer_cannot_export(qtbot, ctx: AppContext, access: VaultAccess, team: Session) -> None:  # type: ignore[no-untyped-def]
    viewer = access.unlock(VIEWER, VIEWER_PASS)
    try:
        assert not TransferPage.available_for(viewer)
        dialog = open_dialog(qtbot, ctx, viewer)
        assert not dialog.export_button.isEnabled() and not dialog.fields_list.isEnabled()
        assert dialog.role_note.isVisible() and "may not export" in dialog.role_note.text()
    finally:
        ctx.runner.wait_idle()
        viewer.lock()


def test_owner_data_subject_export_from_the_page(qtbot, ctx: AppContext, owner: Session,  # type: ignore[no-untyped-def]
                                                 people: dict[str, int], tmp_path: Path) -> None:
    host = Host()
    page = TransferPage(ctx, host)
    host.layout().addWidget(page)
    qtbot.addWidget(host)
    host.show()
    page.activate(owner)
    settle(qtbot, ctx.runner)
    assert page.dsar_button.isEnabled()
    with qtbot.waitSignal(page.dsar_written, timeout=20_000) as done:
        page.export_subject(people["刘䶮"], tmp_path / "liu")
    data = json.loads(Path(done.args[0]).read_text(encoding="utf-8"))
    assert data["customer"]["name"] == "刘䶮" and Path(done.args[1]).suffix == ".html"
    page.export_subject(99999, tmp_path / "nobody")
    settle(qtbot, ctx.runner)
    assert host.errors and type(host.errors[-1]).__name__ == "NotFound"
    dialog = page.open_export_dialog()
    assert dialog is not None and dialog.isVisible()
