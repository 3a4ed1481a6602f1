"""The application shell: first-run wizard, login and lock screen, idle auto-lock, the main window's
role-filtered navigation, users and settings, the crash dialog and the emergency kit.

Runs offscreen (tests/conftest.py) with the cheap test KDF. Waits use qtbot.waitUntil/waitSignal.
"""

from __future__ import annotations

import gc
import shutil
import subprocess
import unicodedata
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from keyring.backends import fail
from PySide6.QtCore import QEvent, QSettings, QTimer
from PySide6.QtGui import QClipboard, QGuiApplication
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QMessageBox, QWizard
from shiboken6 import isValid

from app.i18n.messages import error_message
from app.models.errors import WrongCredentials
from app.models.records import Role
from app.services import settings as settings_service
from app.services import users
from app.services.access import VaultAccess
from app.services.session import Session
from app.ui.app_context import AppContext
from app.ui.emergency_kit import write_emergency_kit
from app.ui.error_dialogs import CrashDialog, safe_details
from app.ui.main_window import MainWindow, UnsavedChangesDialog
from app.ui.pages import registry
from app.ui.pages.base import Page
from app.ui.pages.first_run_wizard import normalize_group
from app.ui.pages.login_page import RecoveryDialog, backoff_seconds
from app.ui.pages.settings_page import (
    AddUserDialog,
    ChangePassphraseDialog,
    ResetPassphraseDialog,
    SettingsPage,
)
from app.ui.task_runner import TaskRunner
from app.vault.keyring_store import KeyringStore
from tests.conftest import OWNER, OWNER_PASS, STAFF, STAFF_PASS, VIEWER, VIEWER_PASS
from tests.support.memory_keyring import MemoryKeyring

NEW_PASS = "seven purple lanterns drift quietly 81"
SHOTS = Path("/tmp/shots")
WAIT = 10_000


# --- fixtures ------------------------------------------------------------------------------------
def available_page_classes() -> list[type[Page]]:
    """The real registry when every page module exists; otherwise just the pages that import (the
    customers and access-log pages are written in parallel)."""
    try:
        return registry.page_classes()
    except ImportError:
        return [SettingsPage]


@pytest.fixture(autouse=True)
def _pages(monkeypatch: pytest.MonkeyPatch) -> None:
    classes = available_page_classes()
    monkeypatch.setattr(registry, "page_classes", lambda: list(classes))


@pytest.fixture
def make_window(qtbot, tmp_path: Path) -> Iterator[Callable[..., MainWindow]]:  # type: ignore[no-untyped-def]
    """Build AppContext + MainWindow over a VaultAccess; closes windows and stops runners after."""
    made: list[tuple[MainWindow, TaskRunner]] = []

    def make(access: VaultAccess, *, settings_name: str = "ui.ini") -> MainWindow:
        runner = TaskRunner()
        ctx = AppContext(access, runner, QSettings(str(tmp_path / settings_name), QSettings.Format.IniFormat))
        window = MainWindow(ctx)
        window.resize(1000, 700)
        window.show()
        made.append((window, runner))
        return window

    yield make
    for window, runner in made:
        if window.wizard is not None:  # a failed wizard test: no "leave setup?" question
            abandoned = window.wizard.abandon()
            if abandoned is not None:
                runner.run(abandoned.lock)
        window.close()
        runner.wait_idle()
        QApplication.processEvents()
        window.deleteLater()
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        QApplication.processEvents()
        runner.shutdown()
    gc.collect()  # here, on the GUI thread (tests/ui/conftest.py: settle)


def wait_login(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: window.root.currentWidget() is window.login and window.login.user_combo.count() > 0
                    and window.login.keyring_offered is not None, timeout=WAIT)


def unlock(qtbot, window: MainWindow, name: str, passphrase: str) -> Session:  # type: ignore[no-untyped-def]
    wait_login(qtbot, window)
    window.login.user_combo.setCurrentText(name)
    window.login.passphrase.setText(passphrase)
    window.login.unlock_button.click()
    qtbot.waitUntil(lambda: window.ctx.session is not None and window.root.currentWidget() is window.workspace,
                    timeout=WAIT)
    session = window.ctx.session
    assert session is not None
    return session


def settings_page(qtbot, window: MainWindow) -> SettingsPage:  # type: ignore[no-untyped-def]
    page = window.show_page("SettingsPage")
    assert isinstance(page, SettingsPage)
    qtbot.waitUntil(lambda: bool(page.user_list) and bool(page.values) and page.jobs == 0, timeout=WAIT)
    return page


def shot(widget, name: str) -> None:  # type: ignore[no-untyped-def]
    SHOTS.mkdir(parents=True, exist_ok=True)
    widget.grab().save(str(SHOTS / name))


@pytest.fixture
def existing(access: VaultAccess) -> VaultAccess:
    """A vault with its owner, locked (the app starts at the login page)."""
    session, _key = access.create(OWNER, OWNER_PASS)
    session.lock()
    return access


@pytest.fixture
def team_access(access: VaultAccess) -> VaultAccess:
    session, _key = access.create(OWNER, OWNER_PASS)
    users.add_user(session, STAFF, Role.STAFF, STAFF_PASS, can_reveal=True)
    users.add_user(session, VIEWER, Role.VIEWER, VIEWER_PASS)
    session.lock()
    return access


# --- first run ------------------------------------------------------------------------------------
def test_first_run_wizard_end_to_end(qtbot, make_window, access: VaultAccess, tmp_path: Path,  # type: ignore[no-untyped-def]
                                     monkeypatch: pytest.MonkeyPatch) -> None:
    """Create the vault, see the recovery key once, save the emergency kit, confirm two groups,
    start with sample data, finish → the workspace with the owner's pages."""
    window = make_window(access)
    qtbot.waitUntil(lambda: window.wizard is not None, timeout=WAIT)
    wizard = window.wizard
    assert wizard is not None
    shot(window, "wizard-1-welcome.png")
    wizard.next()
    owner = wizard.owner
    owner.name_edit.setText("王老板")
    owner.passphrase.setText("password123")
    owner.confirm.setText("password123")
    qtbot.waitUntil(lambda: owner.meter.score >= 0, timeout=WAIT)
    assert not owner.isComplete()  # weak owner passphrase refused, with the reason shown
    assert "Not accepted for an owner" in owner.meter.describe()
    owner.passphrase.setText(OWNER_PASS)
    owner.confirm.setText(OWNER_PASS + "x")
    assert owner.mismatch.isVisibleTo(owner)
    owner.confirm.setText(OWNER_PASS)
    qtbot.waitUntil(owner.isComplete, timeout=WAIT)
    shot(window, "wizard-2-owner.png")
    assert not access.exists()
    wizard.next()  # the commit button: creates the vault on the runner
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.key_page, timeout=WAIT)
    assert access.exists()
    assert owner.passphrase.text() == "" and owner.confirm.text() == ""  # cleared after use
    key = wizard.recovery_key
    groups = key.split("-")
    assert len(groups) == 7 and wizard.key_page.key_label.text() == key
    assert not wizard.key_page.isComplete()
    shot(window, "wizard-3-recovery-key.png")

    pdf = tmp_path / "kit.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(pdf), ""))
    wizard.key_page.save_button.click()
    assert pdf.read_bytes().startswith(b"%PDF") and pdf.stat().st_size > 1000
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
        text = unicodedata.normalize("NFKC", text)  # ligatures (ﬀ) back to letters
        assert key in text and wizard.vault_id in text

    wizard.key_page.confirm_box.setChecked(True)
    wizard.next()
    confirm = wizard.confirm_page
    assert wizard.currentPage() is confirm
    first, second = confirm.expected()
    confirm.first.setText(first)
    confirm.second.setText("ZZZZ" if second != "ZZZZ" else "YYYY")
    assert not confirm.isComplete() and confirm.error.isVisibleTo(confirm)
    confirm.second.setText(second.lower())  # case does not matter
    assert confirm.isComplete()
    shot(window, "wizard-4-confirm.png")
    wizard.next()
    sample = wizard.sample_page
    assert wizard.currentPage() is sample
    wizard.sample_count = 40
    sample.sample_box.setChecked(True)
    shot(window, "wizard-5-sample.png")
    wizard.button(QWizard.WizardButton.FinishButton).click()
    qtbot.waitUntil(lambda: window.root.currentWidget() is window.workspace, timeout=WAIT)
    session = window.ctx.session
    assert session is not None and session.user.name == "王老板" and session.user.role is Role.OWNER
    names = [type(p).__name__ for p in window.pages]
    assert "SettingsPage" in names
    if "CustomersPage" in [c.__name__ for c in available_page_classes()]:
        assert "CustomersPage" in names
    assert window.wizard is None
    assert "40" in window.banner.text()
    qtbot.waitUntil(lambda: window.user_status.text() != "", timeout=WAIT)
    assert "王老板" in window.user_status.text() and "Owner" in window.user_status.text()
    assert "SQLCipher" in window.crypto_status.text()


def test_recovery_key_groups_are_read_forgivingly() -> None:
    assert normalize_group("ab1o") == "AB10"
    assert normalize_group(" il-0 ") == "110"


# --- login ----------------------------------------------------------------------------------------
def test_login_wrong_then_right_with_backoff(qtbot, make_window, existing: VaultAccess) -> None:  # type: ignore[no-untyped-def]
    """SECURITY requirement 8: one uniform message; after 3 failures the button waits (back-off)."""
    window = make_window(existing)
    wait_login(qtbot, window)
    login = window.login
    login.backoff_unit_ms = 30
    assert login.user_combo.currentText() == OWNER
    shot(window, "login-en.png")
    expected = error_message(WrongCredentials())
    for attempt in range(1, 4):
        qtbot.waitUntil(login.unlock_button.isEnabled, timeout=WAIT)
        login.passphrase.setText("wrong passphrase " + str(attempt))
        login.unlock_button.click()
        assert login.passphrase.text() == ""  # cleared as soon as it was handed over
        assert login.is_busy and login.busy.isVisibleTo(login) and not login.passphrase.isEnabled()
        qtbot.waitUntil(lambda: not login.is_busy, timeout=WAIT)
        assert login.error.text() == expected
        assert window.ctx.session is None
    assert login.failures == 3
    assert login.backoff_left == 1 and not login.unlock_button.isEnabled()
    assert "try again in" in login.countdown.text()
    login.passphrase.setText(OWNER_PASS)
    login.submit()  # refused while the back-off runs
    assert not login.is_busy and login.passphrase.text() == OWNER_PASS
    qtbot.waitUntil(login.unlock_button.isEnabled, timeout=WAIT)
    assert not login.countdown.isVisibleTo(login)
    login.unlock_button.click()
    qtbot.waitUntil(lambda: window.root.currentWidget() is window.workspace, timeout=WAIT)
    assert window.ctx.session is not None and window.ctx.session.user.name == OWNER
    assert login.failures == 0
    assert window.ctx.settings.value("login/last_user") == OWNER


def test_backoff_schedule() -> None:
    assert [backoff_seconds(n) for n in range(1, 11)] == [0, 0, 1, 2, 4, 8, 16, 32, 60, 60]


def test_remember_me_hidden_without_a_secure_keyring(qtbot, make_window, vault_dir: Path, policy) -> None:  # type: ignore[no-untyped-def]
    """SECURITY requirement 13: with the fail backend no "remember me" is offered; the reason is shown."""
    access = VaultAccess(vault_dir, policy, KeyringStore(fail.Keyring(), timeout=2.0))
    session, _key = access.create(OWNER, OWNER_PASS)
    session.lock()
    window = make_window(access)
    wait_login(qtbot, window)
    login = window.login
    assert login.keyring_offered is False
    assert not login.remember.isVisibleTo(login)
    assert login.remember_note.isVisibleTo(login) and "not available" in login.remember_note.text()
    assert not login.keyring_button.isVisibleTo(login)
    unlock(qtbot, window, OWNER, OWNER_PASS)
    page = settings_page(qtbot, window)
    page.tabs.setCurrentWidget(page.account_tab)
    qtbot.waitUntil(lambda: "not available" in page.remember_note.text(), timeout=WAIT)
    assert not page.remember.isVisibleTo(page)


def test_remember_me_round_trip_and_removed_entry(qtbot, make_window, vault_dir: Path, policy) -> None:  # type: ignore[no-untyped-def]
    backend = MemoryKeyring()
    access = VaultAccess(vault_dir, policy, KeyringStore(backend, trusted_backend_types=(MemoryKeyring,)))
    session, _key = access.create(OWNER, OWNER_PASS)
    session.lock()
    window = make_window(access)
    wait_login(qtbot, window)
    login = window.login
    assert login.keyring_offered is True
    assert login.remember.isVisibleTo(login) and not login.remember_note.isVisibleTo(login)
    login.remember.setChecked(True)
    unlock(qtbot, window, OWNER, OWNER_PASS)
    qtbot.waitUntil(lambda: "remember you" in window.banner.text(), timeout=WAIT)
    assert backend.entries  # the secret is in the (trusted) keyring
    assert window.lock("manual")
    wait_login(qtbot, window)
    qtbot.waitUntil(lambda: login.keyring_button.isVisibleTo(login), timeout=WAIT)
    login.keyring_button.click()
    qtbot.waitUntil(lambda: window.ctx.session is not None, timeout=WAIT)
    assert window.ctx.session.via == "keyring"
    assert window.lock("manual")
    wait_login(qtbot, window)
    qtbot.waitUntil(lambda: login.keyring_button.isVisibleTo(login), timeout=WAIT)
    backend.entries.clear()  # the user removed the entry in the OS keyring
    login.keyring_button.click()
    qtbot.waitUntil(lambda: login.note.isVisibleTo(login), timeout=WAIT)
    assert "no longer remembers you" in login.note.text()
    assert window.ctx.session is None and not login.keyring_button.isVisibleTo(login)
    unlock(qtbot, window, OWNER, OWNER_PASS)  # the passphrase still works


def test_recovery_key_sets_a_new_owner_passphrase(qtbot, make_window, access: VaultAccess) -> None:  # type: ignore[no-untyped-def]
    session, key = access.create(OWNER, OWNER_PASS)
    session.lock()
    window = make_window(access)
    wait_login(qtbot, window)
    window.login.forgot_button.click()
    dialog = window.login.recovery_dialog
    assert isinstance(dialog, RecoveryDialog)
    qtbot.waitUntil(dialog.isVisible, timeout=WAIT)
    dialog.key_edit.setText(key.lower().replace("-", " "))
    dialog.new_edit.setText(NEW_PASS)
    dialog.confirm_edit.setText(NEW_PASS)
    ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    qtbot.waitUntil(ok.isEnabled, timeout=WAIT)
    ok.click()
    qtbot.waitUntil(lambda: window.ctx.session is not None, timeout=WAIT)
    assert window.ctx.session.via == "recovery_key"
    assert window.lock("manual")
    window.ctx.runner.wait_idle()
    with pytest.raises(WrongCredentials):
        access.unlock(OWNER, OWNER_PASS)
    access.unlock(OWNER, NEW_PASS).lock()


def test_wrong_recovery_key_is_explained_inline(qtbot, make_window, existing: VaultAccess) -> None:  # type: ignore[no-untyped-def]
    window = make_window(existing)
    wait_login(qtbot, window)
    window.login.open_recovery()
    dialog = window.login.recovery_dialog
    assert dialog is not None
    dialog.key_edit.setText("0000-0000-0000-0000-0000-0000-000")
    dialog.new_edit.setText(NEW_PASS)
    dialog.confirm_edit.setText(NEW_PASS)
    qtbot.waitUntil(lambda: dialog.buttons.button(dialog.buttons.StandardButton.Ok).isEnabled(), timeout=WAIT)
    dialog.submit()
    qtbot.waitUntil(lambda: dialog.error.isVisibleTo(dialog), timeout=WAIT)
    assert "recovery key" in dialog.error.text().lower()
    assert window.ctx.session is None and dialog.isVisible()
    dialog.reject()


# --- locking --------------------------------------------------------------------------------------
def test_idle_auto_lock(qtbot, make_window, existing: VaultAccess) -> None:  # type: ignore[no-untyped-def]
    """SECURITY requirement 14: after the idle timeout the vault locks — connection closed, keys
    zeroed, the lock screen shown in the same window, open dialogs closed — and requirement 15:
    a value we copied is cleared from the clipboard."""
    window = make_window(existing)
    session = unlock(qtbot, window, OWNER, OWNER_PASS)
    qtbot.waitUntil(lambda: bool(window._settings), timeout=WAIT)  # auto_lock_minutes applied
    assert window.idle.timeout_ms == 5 * 60 * 1000
    window.ctx.clipboard.copy("13800138000")
    assert QGuiApplication.clipboard().text(QClipboard.Mode.Clipboard) == "13800138000"
    box = QMessageBox(QMessageBox.Icon.Information, "t", "customer 张三", QMessageBox.StandardButton.Ok, window)
    box.open()
    qtbot.waitUntil(box.isVisible, timeout=WAIT)
    with qtbot.waitSignal(window.locked, timeout=WAIT):
        window.idle.set_timeout_ms(150)
    assert window.root.currentWidget() is window.login
    assert window.ctx.session is None and window.pages == []
    assert not box.isVisible()
    assert QGuiApplication.clipboard().text(QClipboard.Mode.Clipboard) != "13800138000"
    qtbot.waitUntil(lambda: session.vault.is_locked, timeout=WAIT)
    assert "without activity" in window.login.subtitle.text()
    assert not window.lock_action.isEnabled() and not window.toolbar.isVisibleTo(window)
    assert window.user_status.text() == ""


def test_lock_shortcut_action_and_unsaved_changes_question(qtbot, make_window, existing: VaultAccess) -> None:  # type: ignore[no-untyped-def]
    window = make_window(existing)
    unlock(qtbot, window, OWNER, OWNER_PASS)
    assert window.lock_action.shortcut().toString() == "Ctrl+L"
    page = settings_page(qtbot, window)
    page.tabs.setCurrentWidget(page.preferences_tab)
    page.auto_lock.setValue(page.auto_lock.value() + 3)
    assert page.has_unsaved_changes()

    def answer(button_name: str) -> None:
        dialog = window.unsaved_dialog
        assert isinstance(dialog, UnsavedChangesDialog)
        getattr(dialog, button_name).click()

    QTimer.singleShot(50, lambda: answer("cancel_button"))
    window.lock_action.trigger()
    assert window.ctx.session is not None and page.has_unsaved_changes()  # kept working
    QTimer.singleShot(50, lambda: answer("discard_button"))
    window.lock_action.trigger()
    assert window.ctx.session is None and window.root.currentWidget() is window.login


def test_idle_lock_with_unsaved_changes_counts_down_then_locks(qtbot, make_window, existing: VaultAccess) -> None:  # type: ignore[no-untyped-def]
    """Security wins: the idle question counts down and then discards and locks anyway."""
    window = make_window(existing)
    session = unlock(qtbot, window, OWNER, OWNER_PASS)
    page = settings_page(qtbot, window)
    page.clipboard_seconds.setValue(page.clipboard_seconds.value() + 5)
    assert page.has_unsaved_changes()
    window.idle_grace_seconds = 3
    window.countdown_unit_ms = 40
    seen: list[str] = []
    QTimer.singleShot(200, lambda: seen.append(window.unsaved_dialog.label.text() if window.unsaved_dialog else ""))
    with qtbot.waitSignal(window.locked, timeout=WAIT):
        window.idle.set_timeout_ms(100)
    assert seen and "will be discarded" in seen[0]
    assert window.ctx.session is None
    qtbot.waitUntil(lambda: session.vault.is_locked, timeout=WAIT)


# --- roles ----------------------------------------------------------------------------------------
@pytest.mark.parametrize(("name", "passphrase"), [(STAFF, STAFF_PASS), (VIEWER, VIEWER_PASS)])
def test_staff_and_viewer_do_not_get_settings(qtbot, make_window, team_access: VaultAccess, name: str,  # type: ignore[no-untyped-def]
                                              passphrase: str) -> None:
    window = make_window(team_access)
    session = unlock(qtbot, window, name, passphrase)
    assert not SettingsPage.available_for(session)
    assert window.page("SettingsPage") is None
    assert all(type(p).available_for(session) for p in window.pages)
    role = "Staff" if name == STAFF else "Viewer"
    assert role in window.user_status.text()


# --- users and settings ---------------------------------------------------------------------------
def test_settings_changes_are_saved_and_applied(qtbot, make_window, existing: VaultAccess) -> None:  # type: ignore[no-untyped-def]
    window = make_window(existing)
    session = unlock(qtbot, window, OWNER, OWNER_PASS)
    page = settings_page(qtbot, window)
    page.tabs.setCurrentWidget(page.preferences_tab)
    assert not page.save_button.isEnabled()
    page.auto_lock.setValue(7)
    page.clipboard_seconds.setValue(20)
    page.region.setCurrentIndex(page.region.findData("HK"))
    assert page.save_button.isEnabled()
    shot(window, "settings-preferences-en.png")
    page.save_button.click()
    qtbot.waitUntil(lambda: not page.has_unsaved_changes() and page.jobs == 0, timeout=WAIT)
    assert window.ctx.clipboard.seconds == 20
    assert window.idle.timeout_ms == 7 * 60 * 1000
    assert "saved" in window.banner.text().lower()
    stored = window.ctx.runner.run(settings_service.get_all, session).result(timeout=10)
    assert stored["auto_lock_minutes"] == 7 and stored["clipboard_seconds"] == 20
    assert stored["default_region"] == "HK"


def test_add_reset_role_and_remove_user(qtbot, make_window, existing: VaultAccess,  # type: ignore[no-untyped-def]
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    window = make_window(existing)
    unlock(qtbot, window, OWNER, OWNER_PASS)
    page = settings_page(qtbot, window)
    shot(window, "settings-users-en.png")

    dialog = page.add_user()
    assert isinstance(dialog, AddUserDialog)
    dialog.name_edit.setText(STAFF)
    dialog.role_combo.setCurrentIndex(dialog.role_combo.findData("staff"))
    dialog.can_reveal.setChecked(True)
    dialog.passphrase.new.setText("abc")
    dialog.passphrase.repeat.setText("abc")
    qtbot.waitUntil(lambda: dialog.passphrase.meter.score >= 0, timeout=WAIT)
    assert not dialog.ok_button.isEnabled()  # too weak
    dialog.passphrase.new.setText(STAFF_PASS)
    dialog.passphrase.repeat.setText(STAFF_PASS)
    qtbot.waitUntil(dialog.ok_button.isEnabled, timeout=WAIT)
    shot(dialog, "settings-add-user-en.png")
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: any(u.name == STAFF for u in page.user_list), timeout=WAIT)
    staff = next(u for u in page.user_list if u.name == STAFF)
    assert staff.role is Role.STAFF and staff.can_reveal and not staff.can_export

    # a duplicate name is explained inside the dialog, which stays open
    dialog = page.add_user()
    assert dialog is not None
    dialog.name_edit.setText(STAFF)
    dialog.passphrase.new.setText(STAFF_PASS)
    dialog.passphrase.repeat.setText(STAFF_PASS)
    qtbot.waitUntil(dialog.ok_button.isEnabled, timeout=WAIT)
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: dialog.error.isVisibleTo(dialog), timeout=WAIT)
    assert "already exists" in dialog.error.text() and dialog.isVisible()
    dialog.reject()

    page.select_user(STAFF)
    reset = page.reset_passphrase()
    assert isinstance(reset, ResetPassphraseDialog)
    reset.passphrase.new.setText(NEW_PASS)
    reset.passphrase.repeat.setText(NEW_PASS)
    qtbot.waitUntil(reset.ok_button.isEnabled, timeout=WAIT)
    reset.ok_button.click()
    qtbot.waitUntil(lambda: not isValid(reset) or not reset.isVisible(), timeout=WAIT)
    window.ctx.runner.wait_idle()
    existing.unlock(STAFF, NEW_PASS).lock()

    page.select_user(STAFF)
    role = page.change_role()
    assert role is not None
    role.role_combo.setCurrentIndex(role.role_combo.findData("viewer"))
    assert not role.can_reveal.isChecked() and not role.can_reveal.isEnabled()
    role.ok_button.click()
    qtbot.waitUntil(lambda: any(u.name == STAFF and u.role is Role.VIEWER for u in page.user_list), timeout=WAIT)

    page.select_user(STAFF)

    def confirm_remove() -> None:
        box = page.last_box
        box.checkBox().setChecked(True)  # also rotate the vault key
        remove = next(b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.DestructiveRole)
        remove.click()

    QTimer.singleShot(50, confirm_remove)
    page.remove_user()
    qtbot.waitUntil(lambda: all(u.name != STAFF for u in page.user_list) and page.jobs == 0, timeout=WAIT)
    assert "rotated" in window.banner.text()
    window.ctx.runner.wait_idle()
    with pytest.raises(WrongCredentials):
        existing.unlock(STAFF, NEW_PASS)


def test_change_own_passphrase_new_recovery_key_and_rotate(qtbot, make_window, existing: VaultAccess,  # type: ignore[no-untyped-def]
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    window = make_window(existing)
    unlock(qtbot, window, OWNER, OWNER_PASS)
    page = settings_page(qtbot, window)
    page.tabs.setCurrentWidget(page.account_tab)
    shot(window, "settings-account-en.png")
    dialog = page.change_own_passphrase()
    assert isinstance(dialog, ChangePassphraseDialog)
    dialog.current.setText("not my passphrase")
    dialog.passphrase.new.setText(NEW_PASS)
    dialog.passphrase.repeat.setText(NEW_PASS)
    qtbot.waitUntil(dialog.ok_button.isEnabled, timeout=WAIT)
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: dialog.error.isVisibleTo(dialog), timeout=WAIT)
    assert dialog.error.text() == error_message(WrongCredentials())
    assert dialog.current.text() == "" and dialog.passphrase.new.text() == ""  # secrets cleared
    dialog.current.setText(OWNER_PASS)
    dialog.passphrase.new.setText(NEW_PASS)
    dialog.passphrase.repeat.setText(NEW_PASS)
    qtbot.waitUntil(dialog.ok_button.isEnabled, timeout=WAIT)
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: not isValid(dialog) or not dialog.isVisible(), timeout=WAIT)
    window.ctx.runner.wait_idle()
    existing.unlock(OWNER, NEW_PASS).lock()

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    page.new_recovery_key()
    qtbot.waitUntil(lambda: getattr(page, "recovery_dialog", None) is not None
                    and page.recovery_dialog.isVisible(), timeout=WAIT)
    key_dialog = page.recovery_dialog
    key = key_dialog.key
    assert len(key.split("-")) == 7 and key_dialog.key_label.text() == key
    shot(key_dialog, "settings-recovery-key-en.png")
    key_dialog.reject()
    assert key_dialog.isVisible()  # not before "I have printed or written down the key"
    key_dialog.confirm.setChecked(True)
    key_dialog.reject()
    window.ctx.runner.wait_idle()
    existing.unlock_with_recovery_key(key).lock()

    page.rotate_key()
    qtbot.waitUntil(lambda: "rotated" in window.banner.text(), timeout=WAIT)
    window.ctx.runner.wait_idle()
    existing.unlock(OWNER, NEW_PASS).lock()


# --- errors and the emergency kit -------------------------------------------------------------------
def test_unexpected_error_shows_crash_dialog_without_values(qtbot, make_window, existing: VaultAccess) -> None:  # type: ignore[no-untyped-def]
    window = make_window(existing)
    wait_login(qtbot, window)
    value = "".join(["138", "0013", "8000", " 张", "三"])  # a customer's values in a message
    try:
        raise ValueError(value)
    except ValueError as exc:
        error = exc
    window.show_error(error)
    dialog = window.reporter.dialog
    assert isinstance(dialog, CrashDialog) and dialog.isVisible()
    assert "ValueError" in dialog.details and "test_shell.py" in dialog.details
    assert "13800138000" not in dialog.details and "张三" not in dialog.details
    dialog.copy_details()
    assert "ValueError" in QGuiApplication.clipboard().text()
    dialog.reject()
    qtbot.waitUntil(lambda: window.reporter.dialog is None, timeout=WAIT)
    window.show_error(WrongCredentials())  # expected errors go to the banner
    assert window.banner.text() == error_message(WrongCredentials())


def test_safe_details_keep_our_error_codes() -> None:
    try:
        raise WrongCredentials()
    except WrongCredentials as exc:
        text = safe_details(type(exc), exc, exc.__traceback__)
    assert "wrong_credentials" in text


def test_emergency_kit_pdf(tmp_path: Path) -> None:
    key = "ABCD-EFGH-JKMN-PQRS-TVWX-YZ01-23Z"
    path = write_emergency_kit(tmp_path / "kit.pdf", vault_id="vault-1234", recovery_key=key,
                               vault_folder="/data/客户/vault")
    data = path.read_bytes()
    assert data.startswith(b"%PDF") and len(data) > 1000
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
        text = unicodedata.normalize("NFKC", text)
        assert key in text and "vault-1234" in text and "Recovery key" in text
        assert text.count("\f") <= 1  # one page
    if shutil.which("pdftoppm"):
        SHOTS.mkdir(parents=True, exist_ok=True)
        subprocess.run(["pdftoppm", "-png", "-r", "50", "-singlefile", str(path), str(SHOTS / "emergency-kit-en")],
                       check=True)


def test_dialog_open_at_lock_time_is_closed(qtbot, make_window, existing: VaultAccess) -> None:  # type: ignore[no-untyped-def]
    window = make_window(existing)
    unlock(qtbot, window, OWNER, OWNER_PASS)
    page = settings_page(qtbot, window)
    dialog = page.add_user()
    assert dialog is not None
    dialog.passphrase.new.setText(STAFF_PASS)
    qtbot.waitUntil(dialog.isVisible, timeout=WAIT)
    assert window.lock("manual")
    assert not any(isinstance(w, QDialog) and w.isVisible() for w in QApplication.topLevelWidgets())


def test_main_entry_point_starts_and_quits(qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    """`python -m app --vault DIR`: the window opens on the first-run wizard (no vault yet), a log
    file is written in the platform's log folder, and closing the window ends main() with 0."""
    import logging
    import sys

    from app import main as entry

    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setattr(entry, "QSettings", lambda *_a: QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))
    monkeypatch.setattr(entry, "KeyringStore", lambda: KeyringStore(fail.Keyring(), timeout=2.0))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    import threading

    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    handlers = list(logging.getLogger().handlers)
    seen: list[bool] = []

    def close_when_ready() -> None:
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
        if windows and windows[0].wizard is not None:
            seen.append(True)
            windows[0].close()
        else:
            QTimer.singleShot(20, close_when_ready)

    QTimer.singleShot(20, close_when_ready)
    try:
        code = entry.main(["clientvault-gui", "--vault", str(tmp_path / "vault")])
    finally:
        for handler in logging.getLogger().handlers:
            if handler not in handlers:
                logging.getLogger().removeHandler(handler)
                handler.close()
    assert code == 0 and seen == [True]
    logs = list((tmp_path / "state").rglob("clientvault.log"))
    assert logs and "ClientVault starting" in logs[0].read_text(encoding="utf-8")
    assert not (tmp_path / "vault" / "vault.keys").exists()


def test_status_bar_shows_backup_age_and_reminds(qtbot, tmp_path, access, owner) -> None:
    """The status bar shows the age of the last verified backup; with none, the owner sees a reminder."""
    from PySide6.QtCore import QSettings

    from app.services import backup
    from app.ui.app_context import AppContext
    from app.ui.main_window import MainWindow
    from app.ui.task_runner import TaskRunner

    ctx = AppContext(access, TaskRunner(), QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    ctx.holder.set(owner)
    window.refresh_backup_status()
    qtbot.waitUntil(lambda: window.backup_status.text() != "", timeout=5000)
    assert "No verified backup" in window.backup_status.text()
    assert window.banner.isVisibleTo(window) and "backup" in window.banner.text().lower()
    (tmp_path / "usb").mkdir()
    ctx.runner.run(backup.create_backup, owner, tmp_path / "usb").result()
    window.refresh_backup_status()
    qtbot.waitUntil(lambda: "today" in window.backup_status.text(), timeout=5000)
