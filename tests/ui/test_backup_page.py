"""The Backup page (PRODUCT.md §9, issue 5 item 6) and its widgets.

* Back up to a tmp folder through the page: the file appears in the history as verified, the
  reminder says so, and Verify… with the owner passphrase / the recovery key reports date, vault id
  and customer count (and records the restore drill).
* A byte flipped in the header says "damaged" before any secret is asked; one flipped in the
  payload says "tampered or corrupt"; a wrong passphrase is refused; all inline, never a traceback.
* Cancel during the write leaves no partial file and the earlier backup intact.
* Restore from the page into the live vault works, asks to unlock again (window.lock("restore")
  and `unlock_required`) and shows the result flags.
* Owner only; qtmodeltester on both item models; the drive detection heuristics; the secret
  dialog; zh_CN.backup_ui.json translates every text; a screenshot.
"""

from __future__ import annotations

import json
import re
import subprocess
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QImage
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox, QVBoxLayout, QWidget

from app.models.errors import BackupCancelled, BackupDamaged, BackupTampered, BackupWrongCredentials
from app.services import backup, customers
from app.services.access import VaultAccess
from app.services.backup import Destination, HistoryEntry
from app.services.session import Session
from app.ui.app_context import AppContext
from app.ui.pages.backup_page import BackupHistoryModel, BackupPage, Operation
from app.ui.task_runner import TaskRunner
from app.ui.widgets.backup_secret_dialog import BackupSecretDialog
from app.ui.widgets.drive_picker import DestinationModel, DriveEntry, is_removable_root, scan_destinations
from app.ui.widgets.message_banner import Level
from tests.conftest import OWNER, OWNER_PASS, STAFF, STAFF_PASS, VIEWER, VIEWER_PASS

ROOT = Path(__file__).resolve().parents[2]


# --- fixtures and helpers ------------------------------------------------------------------------
class Host(QWidget):
    """Stands in for the main window: records banners, errors and lock requests."""

    def __init__(self) -> None:
        super().__init__()
        self.banners: list[tuple[str, Level]] = []
        self.errors: list[BaseException] = []
        self.locks: list[str] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

    def show_banner(self, text: str, level: Level) -> None:
        self.banners.append((text, level))

    def show_error(self, error: BaseException) -> None:
        self.errors.append(error)

    def lock(self, reason: str = "manual") -> bool:
        self.locks.append(reason)
        for page in self.findChildren(BackupPage):
            page.deactivate()
        return True


@pytest.fixture
def runner(owner: Session) -> Iterator[TaskRunner]:
    task_runner = TaskRunner()
    yield task_runner
    task_runner.wait_idle()
    task_runner.shutdown()


@pytest.fixture
def ctx(access: VaultAccess, runner: TaskRunner, tmp_path: Path) -> AppContext:
    settings = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    return AppContext(access=access, runner=runner, settings=settings)


@pytest.fixture
def dest(tmp_path: Path) -> Path:
    folder = tmp_path / "usb"
    folder.mkdir()
    return folder


def settle(qtbot, page: BackupPage) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: not page.ctx.runner.busy and not page.busy, timeout=30_000)


def open_page(qtbot, ctx: AppContext, session: Session,  # type: ignore[no-untyped-def]
              size: tuple[int, int] = (1000, 620)) -> tuple[Host, BackupPage]:
    host = Host()
    page = BackupPage(ctx, host)
    host.layout().addWidget(page)
    qtbot.addWidget(host)
    host.resize(*size)
    host.show()
    page.activate(session)
    settle(qtbot, page)
    return host, page


def add_customers(session: Session, names: list[str]) -> None:
    for name in names:
        customers.create_customer(session, {"name": name})


def back_up(qtbot, page: BackupPage, folder: Path) -> backup.BackupResult:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(page.backup_finished, timeout=30_000) as blocker:
        assert page.start_backup(str(folder))
    settle(qtbot, page)
    return blocker.args[0]


def cvbaks(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def flip(path: Path, offset: int) -> None:
    data = bytearray(path.read_bytes())
    data[offset] ^= 0x01
    path.write_bytes(bytes(data))


# --- back up, history, verify --------------------------------------------------------------------
def test_backup_to_a_folder_appears_in_history_and_verifies(qtbot, ctx: AppContext, owner: Session,  # type: ignore[no-untyped-def]
                                                            dest: Path, recovery_key: str) -> None:
    add_customers(owner, ["张三", "李四", "<b>王五</b>"])
    host, page = open_page(qtbot, ctx, owner)
    assert "No verified backup yet" in page.reminder_text()
    assert page.history_model.rowCount() == 0 and page.empty_label.isVisibleTo(page)

    phases: list[str] = []
    page._relay.changed.connect(lambda phase, _done, _total: phases.append(phase))
    result = back_up(qtbot, page, dest)
    assert result.verified and result.customers == 3 and result.path.parent == dest
    assert {"snapshot", "write", "verify"} <= set(phases)  # progress reached the GUI thread
    assert cvbaks(dest) == [result.path.name]  # no .partial left behind
    assert page.history_model.rowCount() == 1
    m = page.history_model
    assert m.index(0, M.COL_FILE).data() == result.path.name
    assert m.index(0, M.COL_VERIFIED).data() == "Verified"
    assert m.index(0, M.COL_CUSTOMERS).data() == "3"
    assert m.index(0, 0).data(M.PathRole) == str(result.path)
    assert "Backup written and verified" in page.result_text() and page.result_level() == "ok"
    assert host.banners and host.banners[-1][1] is Level.SUCCESS
    assert "Last verified backup: today" in page.reminder_text()
    # the destination is remembered (with its keep count) and selected
    assert page.picker.current_path() == str(dest)
    entry = page.picker.current_entry()
    assert entry is not None and entry.remembered and entry.keep == backup.DEFAULT_KEEP and entry.free

    with qtbot.waitSignal(page.verified, timeout=30_000) as blocker:
        assert page.verify_file(str(result.path), passphrase=OWNER_PASS)
    settle(qtbot, page)
    report = blocker.args[0]
    assert report.customers == 3 and report.vault_id == owner.vault.vault_id
    text = page.result_text()
    assert "Backup verified" in text and owner.vault.vault_id in text and "Customers: 3" in text
    assert page.result_level() == "ok" and host.errors == []
    assert "restore drill" not in page.reminder_text()

    # the recovery key opens it too
    with qtbot.waitSignal(page.verified, timeout=30_000):
        assert page.verify_file(str(result.path), recovery_key=recovery_key)
    settle(qtbot, page)


def test_keep_n_generations_and_forget_destination(qtbot, ctx: AppContext, owner: Session,  # type: ignore[no-untyped-def]
                                                   dest: Path) -> None:
    _host, page = open_page(qtbot, ctx, owner)
    page.picker.select_path(str(dest))
    page.keep_spin.setValue(1)
    first = back_up(qtbot, page, dest)
    second = back_up(qtbot, page, dest)
    assert cvbaks(dest) == [second.path.name] and first.path != second.path
    assert second.removed == (first.path,)
    assert "Removed 1 older backup" in page.result_text()
    assert page.history_model.rowCount() == 2
    assert [d.keep for d in backup.destinations(owner)] == [1]
    page.keep_spin.setValue(5)
    page.picker.select_row(-1)
    page.picker.select_path(str(dest))
    assert page.keep_spin.value() == 1  # the remembered count comes back with the destination
    assert page.picker.forget_button.isEnabled()
    page.picker.forget_button.click()
    settle(qtbot, page)
    assert backup.destinations(owner) == []
    assert page.picker.model.row_of(str(dest)) == -1


def test_no_destination_selected_says_so(qtbot, ctx: AppContext, owner: Session) -> None:  # type: ignore[no-untyped-def]
    _host, page = open_page(qtbot, ctx, owner)
    page.picker.clear()
    assert not page.start_backup()
    assert "Choose where to back up" in page.result_text()


def test_backup_to_a_vanished_destination_is_a_clear_message(qtbot, ctx: AppContext, owner: Session,  # type: ignore[no-untyped-def]
                                                             tmp_path: Path) -> None:
    host, page = open_page(qtbot, ctx, owner)
    gone = tmp_path / "pulled-usb"
    with qtbot.waitSignal(page.operation_failed, timeout=30_000):
        assert page.start_backup(str(gone))
    settle(qtbot, page)
    assert page.result_level() == "error"
    assert "not a folder that exists" in page.result_text() and "Traceback" not in page.result_text()
    assert host.errors == []


def test_verify_a_damaged_file_says_damaged_before_asking(qtbot, ctx: AppContext, owner: Session,  # type: ignore[no-untyped-def]
                                                          dest: Path, tmp_path: Path) -> None:
    add_customers(owner, ["张三"])
    host, page = open_page(qtbot, ctx, owner)
    made = back_up(qtbot, page, dest)
    broken = tmp_path / "broken.cvbak"
    broken.write_bytes(made.path.read_bytes())
    flip(broken, 20)  # inside the header: the keyless checksum fails
    page.check_then_ask(str(broken), restore=False)
    settle(qtbot, page)
    assert getattr(page, "secret_dialog", None) is None  # no secret asked for a damaged file
    assert page.result_level() == "error"
    assert "damaged" in page.result_text() and "Nothing was changed" in page.result_text()
    assert host.errors == []


def test_verify_a_tampered_payload_and_a_wrong_passphrase(qtbot, ctx: AppContext, owner: Session,  # type: ignore[no-untyped-def]
                                                          dest: Path, tmp_path: Path) -> None:
    add_customers(owner, ["张三", "李四"])
    host, page = open_page(qtbot, ctx, owner)
    made = back_up(qtbot, page, dest)
    tampered = tmp_path / "tampered.cvbak"
    tampered.write_bytes(made.path.read_bytes())
    flip(tampered, tampered.stat().st_size - 40)  # inside the last chunk
    with qtbot.waitSignal(page.operation_failed, timeout=30_000) as blocker:
        assert page.verify_file(str(tampered), passphrase=OWNER_PASS)
    settle(qtbot, page)
    assert isinstance(blocker.args[0], BackupTampered | BackupDamaged)
    assert "tampered with or is corrupt" in page.result_text() and page.result_level() == "error"

    with qtbot.waitSignal(page.operation_failed, timeout=30_000) as blocker:
        assert page.verify_file(str(made.path), passphrase="not the passphrase")
    settle(qtbot, page)
    assert isinstance(blocker.args[0], BackupWrongCredentials)
    assert "does not open the backup" in page.result_text()
    assert host.errors == []


def test_verify_through_the_file_and_secret_dialogs(qtbot, ctx: AppContext, owner: Session,  # type: ignore[no-untyped-def]
                                                    dest: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _host, page = open_page(qtbot, ctx, owner)
    made = back_up(qtbot, page, dest)
    from PySide6.QtWidgets import QFileDialog

    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(made.path), ""))
    page.verify_button.click()
    qtbot.waitUntil(lambda: getattr(page, "secret_dialog", None) is not None, timeout=10_000)
    dialog = page.secret_dialog
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert dialog.confirm_box is None and not ok.isEnabled()
    dialog.secret_edit.setText(OWNER_PASS)
    assert ok.isEnabled()
    with qtbot.waitSignal(page.verified, timeout=30_000):
        ok.click()
    settle(qtbot, page)
    assert page.secret_dialog is None  # closed (and deleted: the typed secret is gone)
    assert "Backup verified" in page.result_text()
    assert ctx.settings.value("backup/open_dir") == str(dest)


# --- cancel --------------------------------------------------------------------------------------
def test_cancel_leaves_no_partial_file(qtbot, ctx: AppContext, owner: Session, dest: Path,  # type: ignore[no-untyped-def]
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    add_customers(owner, ["张三"])
    _host, page = open_page(qtbot, ctx, owner)
    earlier = back_up(qtbot, page, dest)
    before = earlier.path.read_bytes()
    started, release = threading.Event(), threading.Event()
    original = backup._open_partial

    class Stalling:
        """The USB drive is slow: the first write waits until the test lets it go."""

        def __init__(self, inner: Any) -> None:
            self.inner = inner

        def write(self, data: bytes) -> int:
            if not started.is_set():
                started.set()
                release.wait(20)
            return self.inner.write(data)

        def __getattr__(self, name: str) -> Any:
            return getattr(self.inner, name)

    monkeypatch.setattr(backup, "_open_partial", lambda path: Stalling(original(path)))
    assert page.start_backup(str(dest))
    assert page.operation == Operation.BACKUP and page.cancel_button.isVisible()
    assert not page.backup_button.isEnabled() and not page.restore_button.isEnabled()
    qtbot.waitUntil(started.is_set, timeout=20_000)
    assert any(name.endswith(".partial") for name in cvbaks(dest))  # it really was mid-write
    with qtbot.waitSignal(page.operation_failed, timeout=30_000) as blocker:
        page.cancel()
        release.set()
    settle(qtbot, page)
    assert isinstance(blocker.args[0], BackupCancelled)
    assert cvbaks(dest) == [earlier.path.name]  # no partial, the earlier backup untouched
    assert earlier.path.read_bytes() == before
    assert "Cancelled" in page.result_text() and page.result_level() == "neutral"
    assert not page.cancel_button.isVisible() and page.backup_button.isEnabled()
    assert page.history_model.rowCount() == 1


# --- restore -------------------------------------------------------------------------------------
def test_restore_into_the_live_vault_asks_to_unlock_again(qtbot, ctx: AppContext, access: VaultAccess,  # type: ignore[no-untyped-def]
                                                          owner: Session, dest: Path) -> None:
    add_customers(owner, ["张三", "李四"])
    host, page = open_page(qtbot, ctx, owner)
    made = back_up(qtbot, page, dest)
    add_customers(owner, ["after the backup"])
    second = back_up(qtbot, page, dest)  # a newer backup exists: the restore goes back in time
    assert second.customers == 3
    unlock_asked: list[bool] = []
    page.unlock_required.connect(lambda: unlock_asked.append(True))
    with qtbot.waitSignal(page.restored, timeout=30_000) as blocker:
        assert page.restore_file(str(made.path), passphrase=OWNER_PASS)
    qtbot.waitUntil(lambda: not ctx.runner.busy, timeout=30_000)
    result = blocker.args[0]
    assert unlock_asked == [True]
    assert result.replaced_existing and result.customers == 2 and result.older_than_newest
    assert host.locks == ["restore"]
    assert owner.is_locked and page.session is None  # the window locked: unlock again
    box = page.result_box
    assert isinstance(box, QMessageBox) and box.isVisible()
    assert "Restored the backup made" in box.text() and "newer backup of this vault exists" in box.text()
    assert "Unlock the vault again" in box.text()
    box.accept()
    again = access.unlock(OWNER, OWNER_PASS)
    try:
        assert backup.status(again).history  # history of the live vault carried over
        names = [row.name for row in customers.list_customers(again).rows]
        assert len(names) == 2 and "after the backup" not in names
    finally:
        again.lock()


def test_restore_decrypts_and_checks_off_the_vault_thread(qtbot, ctx: AppContext, owner: Session,  # type: ignore[no-untyped-def]
                                                          dest: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Issue 5: a restore's long part (decrypt, check, migrate, re-key) runs on a worker; the live
    vault keeps working meanwhile — a customer erased during it stays erased (its ledger is read
    on the vault thread just before the swap)."""
    from app.vault import backup_format

    add_customers(owner, ["张三", "李四"])
    _host, page = open_page(qtbot, ctx, owner)
    made = back_up(qtbot, page, dest)
    victim = customers.list_customers(owner).rows[0]
    release = threading.Event()
    threads: list[str] = []
    real_iter = backup_format.iter_payload

    def slow_iter(*args: Any, **kwargs: Any) -> Iterator[bytes]:
        threads.append(threading.current_thread().name)
        for chunk in real_iter(*args, **kwargs):
            release.wait(10)
            yield chunk

    monkeypatch.setattr(backup_format, "iter_payload", slow_iter)
    with qtbot.waitSignal(page.restored, timeout=30_000) as blocker:
        assert page.restore_file(str(made.path), passphrase=OWNER_PASS)
        qtbot.waitUntil(lambda: bool(threads), timeout=10_000)
        erased: list[object] = []
        ctx.runner.run(customers.erase_customer, owner, victim.id, "DSR-1", on_done=erased.append, owner=page)
        qtbot.waitUntil(lambda: len(erased) == 1, timeout=10_000)  # the vault thread was free
        release.set()
    qtbot.waitUntil(lambda: not ctx.runner.busy, timeout=30_000)
    assert "vault" not in threads[0].lower()
    assert blocker.args[0].erasures_reapplied == (victim.id,)


def test_restore_dialog_warns_and_needs_confirmation(qtbot, ctx: AppContext, owner: Session,  # type: ignore[no-untyped-def]
                                                     dest: Path) -> None:
    _host, page = open_page(qtbot, ctx, owner)
    made = back_up(qtbot, page, dest)
    page.check_then_ask(str(made.path), restore=True)
    qtbot.waitUntil(lambda: getattr(page, "secret_dialog", None) is not None, timeout=10_000)
    dialog = page.secret_dialog
    assert dialog.warning_frame is not None and dialog.confirm_box is not None
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    dialog.secret_edit.setText(OWNER_PASS)
    assert not ok.isEnabled()  # not before "I understand"
    dialog.reject()
    assert dialog.secret_edit.text() == "" and page.secret_dialog is None
    assert not page.busy and owner.is_locked is False


def test_restore_with_the_wrong_passphrase_changes_nothing(qtbot, ctx: AppContext, owner: Session,  # type: ignore[no-untyped-def]
                                                           dest: Path) -> None:
    host, page = open_page(qtbot, ctx, owner)
    made = back_up(qtbot, page, dest)
    with qtbot.waitSignal(page.operation_failed, timeout=30_000):
        assert page.restore_file(str(made.path), passphrase="wrong wrong wrong")
    settle(qtbot, page)
    assert host.locks == [] and not owner.is_locked
    assert "does not open the backup" in page.result_text()


# --- roles, lock ---------------------------------------------------------------------------------
def test_owner_only(access: VaultAccess, team: Session) -> None:
    assert BackupPage.available_for(team)
    for name, passphrase in ((STAFF, STAFF_PASS), (VIEWER, VIEWER_PASS)):
        session = access.unlock(name, passphrase)
        try:
            assert not BackupPage.available_for(session)
        finally:
            session.lock()


def test_deactivate_drops_everything(qtbot, ctx: AppContext, owner: Session, dest: Path) -> None:  # type: ignore[no-untyped-def]
    _host, page = open_page(qtbot, ctx, owner)
    back_up(qtbot, page, dest)
    page.deactivate()
    assert page.history_model.rowCount() == 0 and page.picker.model.rowCount() == 0
    assert page.reminder_text() == "" and page.result_text() == ""
    assert not page.backup_button.isEnabled() and not page.verify_button.isEnabled()
    page.activate(owner)
    settle(qtbot, page)
    assert page.history_model.rowCount() == 1


# --- models and widgets --------------------------------------------------------------------------
M = BackupHistoryModel


def test_history_model_passes_the_model_tester(qtbot) -> None:  # type: ignore[no-untyped-def]
    model = BackupHistoryModel()
    tester = QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    assert model.rowCount() == 0
    entries = [HistoryEntry(at=f"2024-05-0{i}T08:00:00Z", file=f"ClientVault-{i}.cvbak", folder="/media/u/K",
                            size=1000 * i, verified=i % 2 == 0, verified_at=None, customers=i, backup_id=str(i),
                            sequence=i) for i in range(1, 5)]
    model.set_entries(entries)
    assert model.rowCount() == 4 and model.columnCount() == 5
    assert model.index(0, M.COL_VERIFIED).data() == "Not verified"
    assert model.index(1, M.COL_VERIFIED).data(M.VerifiedRole) is True
    assert model.index(2, M.COL_SIZE).data(M.SortRole) == 3000
    assert model.headerData(0, __import__("PySide6.QtCore").QtCore.Qt.Orientation.Horizontal) == "Time"
    model.clear()
    assert model.rowCount() == 0
    del tester


def test_destination_model_and_scan(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    model = DestinationModel()
    tester = QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    here = tmp_path / "backups"
    here.mkdir()
    remembered = [Destination(path=str(here), last_used="2024-05-01T08:00:00Z", keep=3, available=True),
                  Destination(path=str(tmp_path / "unplugged"), last_used="", keep=10, available=False)]
    entries = scan_destinations(remembered)
    assert [e.path for e in entries[:2]] == [str(here), str(tmp_path / "unplugged")]
    assert entries[0].available and entries[0].free and entries[0].keep == 3 and entries[0].remembered
    assert not entries[1].available and entries[1].free is None
    assert all(e.removable for e in entries[2:])  # only removable drives are added
    model.set_entries(entries)
    assert "free" in model.index(0, 0).data()
    assert "not connected" in model.index(1, 0).data()
    assert model.index(1, 0).data(DestinationModel.AvailableRole) is False
    row = model.add_folder(str(tmp_path))
    assert model.index(row, 0).data(DestinationModel.RememberedRole) is False
    model.forget(str(here))
    assert model.row_of(str(here)) == -1
    model.set_entries([DriveEntry(path="/media/u/KINGSTON", name="KINGSTON", free=8_000_000_000, removable=True,
                                  read_only=False, available=True, remembered=True, keep=10)])
    assert "USB" in model.index(0, 0).data()
    model.forget("/media/u/KINGSTON")
    assert model.rowCount() in (0, 1)
    model.clear()
    del tester


@pytest.mark.parametrize(("root", "windows", "expected"), [
    ("/media/alice/KINGSTON", False, True),
    ("/run/media/alice/USB", False, True),
    ("/Volumes/Backup", False, True),
    ("/", False, False),
    ("/home", False, False),
    ("/media/", False, False),
    ("E:\\", True, True),
    ("C:\\", True, False),
    ("\\\\server\\share", True, False),
])
def test_removable_heuristics(root: str, windows: bool, expected: bool) -> None:
    assert is_removable_root(root, windows=windows, system_drive="C:") is expected


def test_secret_dialog_returns_one_secret_and_forgets_it(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = BackupSecretDialog(None, title="t", intro="i")
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()
    dialog.set_recovery_key_mode(True)
    dialog.secret_edit.setText("  ABCD-EFGH  ")
    dialog.accept()
    assert dialog.secret_kwargs() == {"recovery_key": "ABCD-EFGH"}
    assert dialog.secret_kwargs() == {} and dialog.secret_edit.text() == ""


def test_secret_dialog_offers_the_backups_owner_names(qtbot) -> None:  # type: ignore[no-untyped-def]
    """An owner passphrase belongs to an owner's slot: the single owner of the header is preselected,
    several are offered with "any owner" as the default, the recovery key needs no name."""
    one = BackupSecretDialog(None, title="t", intro="i", owner_names=("老板",))
    qtbot.addWidget(one)
    assert one.owner_combo.currentText() == "老板" and not one.owner_combo.isHidden()
    one.secret_edit.setText("pass phrase")
    one.thorough_box.setChecked(True)  # type: ignore[union-attr]
    one.accept()
    assert one.secret_kwargs() == {"passphrase": "pass phrase", "user_name": "老板", "thorough": True}

    two = BackupSecretDialog(None, title="t", intro="i", owner_names=("老板", "合伙人"))
    qtbot.addWidget(two)
    assert two.owner_combo.currentText() == "" and two.owner_combo.count() == 2
    two.owner_combo.setEditText("合伙人")
    two.secret_edit.setText("pass phrase")
    two.accept()
    assert two.secret_kwargs() == {"passphrase": "pass phrase", "user_name": "合伙人"}

    three = BackupSecretDialog(None, title="t", intro="i", owner_names=("老板",))
    qtbot.addWidget(three)
    three.set_recovery_key_mode(True)
    assert three.owner_combo.isHidden() and three.owner_label.isHidden()
    three.secret_edit.setText("ABCD")
    three.accept()
    assert three.secret_kwargs() == {"recovery_key": "ABCD"}


def test_verify_runs_off_the_vault_thread_and_the_window_stays_responsive(  # type: ignore[no-untyped-def]
        qtbot, ctx: AppContext, owner: Session, dest: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Issue 5: Verify… runs on a worker (run_cpu), not on the vault thread: while it runs a GUI
    timer keeps firing and vault work queued meanwhile finishes before it; progress arrives; the
    drill is recorded afterwards on the vault thread. Cancel stops it with nothing changed."""
    from app.vault import backup_format

    add_customers(owner, ["张三", "李四"])
    _host, page = open_page(qtbot, ctx, owner)
    made = back_up(qtbot, page, dest)
    release = threading.Event()
    threads: list[str] = []
    real_iter = backup_format.iter_payload

    def slow_iter(*args: Any, **kwargs: Any) -> Iterator[bytes]:
        threads.append(threading.current_thread().name)
        for chunk in real_iter(*args, **kwargs):
            release.wait(10)  # held until the test has seen the window and the vault thread work
            yield chunk

    monkeypatch.setattr(backup_format, "iter_payload", slow_iter)
    ticks: list[int] = []
    from PySide6.QtCore import QTimer

    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start()
    phases: list[str] = []
    page._relay.changed.connect(lambda phase, _d, _t: phases.append(phase))
    with qtbot.waitSignal(page.verified, timeout=30_000) as blocker:
        assert page.verify_file(str(made.path), passphrase=OWNER_PASS)
        qtbot.waitUntil(lambda: bool(threads), timeout=10_000)
        ping: list[str] = []
        ctx.runner.run(lambda: "pong", on_done=ping.append, owner=page)  # the vault thread is free
        qtbot.waitUntil(lambda: ping == ["pong"] and len(ticks) >= 10, timeout=10_000)
        assert page.busy and page.operation == Operation.VERIFY
        release.set()
    settle(qtbot, page)
    timer.stop()
    assert blocker.args[0].customers == 2 and "Backup verified" in page.result_text()
    assert threads and "vault" not in threads[0].lower()
    assert backup.PHASE_DECRYPT in phases and backup.PHASE_CHECK in phases
    assert backup.status(owner).last_drill_at is not None  # recorded on the vault thread afterwards

    # cancel mid-way: "cancelled", no drill change, no temp file
    release.clear()
    threads.clear()
    drill = backup.status(owner).last_drill_at
    with qtbot.waitSignal(page.operation_failed, timeout=30_000) as failed:
        assert page.verify_file(str(made.path), passphrase=OWNER_PASS, thorough=True)
        qtbot.waitUntil(lambda: bool(threads), timeout=10_000)
        page.cancel()
        release.set()
    settle(qtbot, page)
    assert isinstance(failed.args[0], BackupCancelled)
    assert backup.status(owner).last_drill_at == drill


def test_restore_recovery_texts(qtbot) -> None:  # type: ignore[no-untyped-def]
    """The start-up message after an interrupted restore (one per outcome; none when nothing
    happened)."""
    from app.ui.pages.backup_page import restore_recovery_text

    texts = {o: restore_recovery_text(o) for o in (backup.RECOVERY_ROLLED_BACK, backup.RECOVERY_COMPLETED,
                                                   backup.RECOVERY_FAILED)}
    assert len(set(texts.values())) == 3 and all(texts.values())
    assert "exactly as it was before" in texts[backup.RECOVERY_ROLLED_BACK]
    assert "has been kept" in texts[backup.RECOVERY_COMPLETED]
    assert restore_recovery_text(None) == ""


# --- translations and screenshot -----------------------------------------------------------------
PLACEHOLDER_RE = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*\}|%L?n|%L?[0-9]+")


def test_zh_cn_backup_ui_json_translates_every_text(tmp_path: Path) -> None:
    import PySide6

    lupdate = Path(PySide6.__file__).parent / "lupdate"
    if not lupdate.is_file():  # pragma: no cover
        pytest.skip("lupdate not available")
    sources = [ROOT / "app" / "ui" / "pages" / "backup_page.py", ROOT / "app" / "ui" / "widgets" / "drive_picker.py",
               ROOT / "app" / "ui" / "widgets" / "backup_secret_dialog.py"]
    ts = tmp_path / "backup_ui.ts"
    subprocess.run([str(lupdate), "-silent", "-extensions", "py", "-locations", "none",
                    *map(str, sources), "-ts", str(ts)], check=True, cwd=ROOT, timeout=120)
    import xml.etree.ElementTree as ET

    texts = {m.findtext("source") or "" for m in ET.parse(ts).getroot().iter("message")}
    assert len(texts) > 60
    table = json.loads((ROOT / "resources" / "i18n" / "zh_CN.backup_ui.json").read_text("utf-8"))
    more = json.loads((ROOT / "resources" / "i18n" / "zh_CN.backup_more.json").read_text("utf-8"))
    table.update({k: v for k, v in more.items() if k in texts})  # (it also holds CLI and wizard texts)
    assert sorted(texts - set(table)) == [], "texts without a Chinese translation"
    assert sorted(set(table) - texts) == [], "translations nothing uses"
    for source, chinese in table.items():
        assert isinstance(chinese, str) and chinese.strip(), source
        assert set(PLACEHOLDER_RE.findall(chinese)) == set(PLACEHOLDER_RE.findall(source)), source
        if re.search(r"[A-Za-z]{3}", source):
            assert re.search(r"[\u4e00-\u9fff]", chinese), source
    assert table["Backup"] == "备份" and table["Restore…"] == "还原…" and "校验" in table["Verify…"]


def test_screenshot(qtbot, ctx: AppContext, owner: Session, dest: Path) -> None:  # type: ignore[no-untyped-def]
    add_customers(owner, ["张三", "李四", "王五"])
    _host, page = open_page(qtbot, ctx, owner)
    for _ in range(3):
        back_up(qtbot, page, dest)
    assert page.history_model.rowCount() == 3
    QApplication.processEvents()
    shots = Path("/tmp/shots")
    shots.mkdir(parents=True, exist_ok=True)
    image = page.window().grab()
    assert image.save(str(shots / "backup_page.png"))
    assert QImage(str(shots / "backup_page.png")).width() == 1000
