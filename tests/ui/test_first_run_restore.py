"""Restore from a backup on the first-run screen (issue 5 item 4, GUI part).

On a new computer (no vault yet) the wizard's welcome page offers "Restore from a backup…": file
dialog → keyless check → owner passphrase or recovery key → restore into the vault folder on the
task runner → the login page, where the restored vault unlocks. A damaged file is reported before
any secret is asked and leaves no vault files behind.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog

from app.models.records import Role
from app.services import backup, customers, users
from app.services.access import VaultAccess
from app.services.session import Session
from app.ui.pages.first_run_wizard import WelcomePage
from app.ui.widgets.message_banner import Level
from app.vault.kdf import KdfPolicy
from app.vault.vault import VaultPaths
from tests.conftest import OWNER, OWNER_PASS, STAFF, STAFF_PASS
from tests.ui import test_shell as shell
from tests.ui.test_shell import WAIT, wait_login

# The shell's fixtures, shared (pytest finds fixtures by module attribute).
make_window = shell.make_window
_pages = shell._pages

NAMES = ["张三", "李四", "王五"]


@pytest.fixture
def made_backup(owner: Session, recovery_key: str, tmp_path: Path) -> tuple[Path, str]:
    for name in NAMES:
        customers.create_customer(owner, {"name": name})
    users.add_user(owner, STAFF, Role.STAFF, STAFF_PASS)
    usb = tmp_path / "usb"
    usb.mkdir()
    result = backup.create_backup(owner, usb)
    return result.path, recovery_key


@pytest.fixture
def new_access(tmp_path: Path) -> VaultAccess:
    return VaultAccess(tmp_path / "new", KdfPolicy.insecure_for_tests())


def welcome_of(qtbot, window) -> WelcomePage:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: window.wizard is not None and window.root.currentWidget() is window.wizard_holder,
                    timeout=WAIT)
    page = window.wizard.currentPage()
    assert isinstance(page, WelcomePage)
    return page


def flip(path: Path, offset: int) -> None:
    data = bytearray(path.read_bytes())
    data[offset] ^= 0x01
    path.write_bytes(bytes(data))


def choose(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))


def enter_secret(qtbot, page: WelcomePage, secret: str, *, recovery: bool = False) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: page.secret_dialog is not None, timeout=WAIT)
    dialog = page.secret_dialog
    assert dialog is not None and dialog.confirm_box is None
    dialog.set_recovery_key_mode(recovery)
    dialog.secret_edit.setText(secret)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert ok.isEnabled()
    ok.click()


def vault_files_in(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir()) if folder.exists() else []


def test_welcome_page_offers_restore(qtbot, make_window, new_access: VaultAccess) -> None:  # type: ignore[no-untyped-def]
    window = make_window(new_access)
    page = welcome_of(qtbot, window)
    assert page.restore_button.isVisible() and page.restore_button.isEnabled()
    assert page.restore_button.text() == "Restore from a backup…"


def test_restore_with_the_owner_passphrase_then_unlock(qtbot, make_window, new_access: VaultAccess,  # type: ignore[no-untyped-def]
                                                        made_backup: tuple[Path, str],
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    path, _key = made_backup
    window = make_window(new_access)
    page = welcome_of(qtbot, window)
    choose(monkeypatch, path)
    page.restore_button.click()
    enter_secret(qtbot, page, OWNER_PASS)
    wait_login(qtbot, window)
    assert window.wizard is None and window.wizard_holder is None
    assert OWNER in [window.login.user_combo.itemText(i) for i in range(window.login.user_combo.count())]
    assert window.banner.level is Level.WARNING  # the staff member needs a new passphrase
    assert "customers: 3" in window.banner.text() and STAFF in window.banner.text()
    window.ctx.runner.wait_idle()

    session = new_access.unlock(OWNER, OWNER_PASS)
    try:
        assert sorted(row.name for row in customers.list_customers(session).rows) == sorted(NAMES)
    finally:
        session.lock()


def test_restore_with_the_recovery_key(qtbot, make_window, new_access: VaultAccess,  # type: ignore[no-untyped-def]
                                       made_backup: tuple[Path, str], monkeypatch: pytest.MonkeyPatch) -> None:
    path, key = made_backup
    new_access.folder.mkdir()  # an empty folder is fine too
    window = make_window(new_access)
    page = welcome_of(qtbot, window)
    choose(monkeypatch, path)
    page.choose_backup()
    enter_secret(qtbot, page, key, recovery=True)
    wait_login(qtbot, window)
    window.ctx.runner.wait_idle()
    new_access.unlock(OWNER, OWNER_PASS).lock()


def test_damaged_backup_says_so_before_asking(qtbot, make_window, new_access: VaultAccess,  # type: ignore[no-untyped-def]
                                              made_backup: tuple[Path, str], tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    path, _key = made_backup
    broken = tmp_path / "broken.cvbak"
    broken.write_bytes(path.read_bytes())
    flip(broken, 20)  # inside the header: the keyless checksum fails
    window = make_window(new_access)
    page = welcome_of(qtbot, window)
    choose(monkeypatch, broken)
    page.restore_button.click()
    qtbot.waitUntil(lambda: bool(page.error_text()), timeout=WAIT)
    window.ctx.runner.wait_idle()
    assert page.secret_dialog is None  # no secret asked for a damaged file
    assert "damaged" in page.error_text() and "Nothing was changed" in page.error_text()
    assert not page.restoring and page.restore_button.isEnabled() and page.isComplete()
    assert window.root.currentWidget() is window.wizard_holder
    assert not VaultPaths(new_access.folder).exists() and vault_files_in(new_access.folder) == []


def test_wrong_passphrase_leaves_no_vault_and_the_wizard_usable(qtbot, make_window,  # type: ignore[no-untyped-def]
                                                                new_access: VaultAccess,
                                                                made_backup: tuple[Path, str],
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    path, _key = made_backup
    window = make_window(new_access)
    page = welcome_of(qtbot, window)
    choose(monkeypatch, path)
    page.restore_button.click()
    enter_secret(qtbot, page, "not the passphrase at all")
    qtbot.waitUntil(lambda: bool(page.error_text()) and not page.restoring, timeout=WAIT)
    window.ctx.runner.wait_idle()
    assert "does not open the backup" in page.error_text()
    assert window.wizard is not None and window.root.currentWidget() is window.wizard_holder
    assert vault_files_in(new_access.folder) == []
    assert page.isComplete()  # "Next" still creates a new vault


def test_refuses_a_folder_that_already_holds_a_vault(access: VaultAccess, made_backup: tuple[Path, str]) -> None:
    path, _key = made_backup
    from app.models.errors import VaultAlreadyExists

    with pytest.raises(VaultAlreadyExists):
        backup.restore_into_new_folder(path, access.folder, passphrase=OWNER_PASS)


def test_the_dialog_asks_for_the_owner_name_preset_from_the_backup(  # type: ignore[no-untyped-def]
        qtbot, make_window, new_access: VaultAccess, made_backup: tuple[Path, str], tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Issue 5 item 4: the owner passphrase opens the slot of a named owner. The dialog lists the
    owners in the backup's header (read without a key), the single owner preselected; a name that
    has no slot in the backup is refused without touching the folder; the right one restores."""
    path, _key = made_backup
    assert backup.check_backup_file(path).owner_names == (OWNER,)  # staff slots are never copied
    window = make_window(new_access)
    page = welcome_of(qtbot, window)
    choose(monkeypatch, path)
    page.restore_button.click()
    qtbot.waitUntil(lambda: page.secret_dialog is not None, timeout=WAIT)
    dialog = page.secret_dialog
    assert dialog is not None
    assert dialog.owner_combo.isVisibleTo(dialog) and dialog.owner_combo.currentText() == OWNER
    dialog.grab().save(str(tmp_path / "first-run-restore-dialog.png"))
    dialog.owner_combo.setEditText(STAFF)  # a name without an owner slot in this backup
    dialog.secret_edit.setText(OWNER_PASS)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: bool(page.error_text()) and not page.restoring, timeout=WAIT)
    window.ctx.runner.wait_idle()
    assert "does not open the backup" in page.error_text()
    assert vault_files_in(new_access.folder) == []

    page.check_then_ask(str(path))
    qtbot.waitUntil(lambda: page.secret_dialog is not None, timeout=WAIT)
    assert page.secret_dialog.owner_combo.currentText() == OWNER  # type: ignore[union-attr]
    enter_secret(qtbot, page, OWNER_PASS)
    wait_login(qtbot, window)
    window.ctx.runner.wait_idle()
    new_access.unlock(OWNER, OWNER_PASS).lock()
