"""One app per vault folder (issue #8), with real processes: `python -m app --vault DIR` offscreen.

A second launch hands its files to the first and exits 0; a server name left by a killed instance
is taken over; a vault whose lock another program holds (e.g. a CLI restore) is reported instead
of waited on silently.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
import types
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox

import app.main as app_main
from app.services.vault_location import vault_busy
from app.ui.app_context import AppContext
from app.ui.main_window import MainWindow
from app.ui.pages import registry
from app.ui.single_instance import open_backup, send_to_running, server_name
from app.ui.task_runner import TaskRunner

ROOT = Path(__file__).resolve().parents[2]
START_TIMEOUT = 60.0

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals and socket files")


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", CLIENTVAULT_LANG="en",
               XDG_STATE_HOME=str(tmp_path / "state"), XDG_CONFIG_HOME=str(tmp_path / "config"),
               PYTHONPATH=str(ROOT))
    env.pop("CLIENTVAULT_HOME", None)
    return env


def log_text(tmp_path: Path) -> str:
    logs = list((tmp_path / "state").rglob("clientvault.log"))
    return logs[0].read_text(encoding="utf-8") if logs else ""


def start(vault: Path, env: dict[str, str], *extra: str) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, "-m", "app", "--vault", str(vault), *extra], cwd=ROOT, env=env,
                            stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def wait_listening(qapp, vault: Path, process: subprocess.Popen[str]) -> None:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + START_TIMEOUT
    while time.monotonic() < deadline:
        assert process.poll() is None, process.communicate()
        if send_to_running(server_name(vault), ["ping"], timeout_ms=300):
            return
        time.sleep(0.2)
    pytest.fail("the first instance never started listening")


@pytest.fixture
def processes() -> Iterator[list[subprocess.Popen[str]]]:
    started: list[subprocess.Popen[str]] = []
    yield started
    for process in started:
        if process.poll() is None:
            process.kill()
        process.communicate(timeout=30)


def test_second_launch_activates_the_first_and_exits(qapp, tmp_path: Path, env: dict[str, str],  # type: ignore[no-untyped-def]
                                                     processes: list[subprocess.Popen[str]]) -> None:
    vault = tmp_path / "vault"
    first = start(vault, env)
    processes.append(first)
    wait_listening(qapp, vault, first)

    backup = tmp_path / "double-clicked.cvbak"
    backup.write_bytes(b"not really a backup")
    second = subprocess.run([sys.executable, "-m", "app", "--vault", str(vault), str(backup)], cwd=ROOT, env=env,
                            stdin=subprocess.DEVNULL, capture_output=True, text=True, timeout=START_TIMEOUT)
    assert second.returncode == 0
    assert "already open for this vault" in second.stderr
    deadline = time.monotonic() + 10
    while "activation request (1 file(s))" not in log_text(tmp_path) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert "activation request (1 file(s))" in log_text(tmp_path)
    assert first.poll() is None  # the first instance keeps running

    # Another vault folder is another instance: it starts instead of handing over.
    other = start(tmp_path / "other-vault", env)
    processes.append(other)
    wait_listening(qapp, tmp_path / "other-vault", other)
    assert server_name(tmp_path / "other-vault") != server_name(vault)


def test_stale_server_after_a_crash_is_taken_over(qapp, tmp_path: Path, env: dict[str, str],  # type: ignore[no-untyped-def]
                                                  processes: list[subprocess.Popen[str]]) -> None:
    vault = tmp_path / "vault"
    crashed = start(vault, env)
    processes.append(crashed)
    wait_listening(qapp, vault, crashed)
    crashed.send_signal(signal.SIGKILL)  # no clean-up: the socket file stays behind
    crashed.wait(timeout=30)
    stale = [p for p in Path(os.environ.get("TMPDIR", "/tmp")).glob(server_name(vault))]
    assert stale, "the crashed instance left no socket file to recover from"
    assert not send_to_running(server_name(vault), ["ping"], timeout_ms=300)

    recovered = start(vault, env)
    processes.append(recovered)
    # It took the name over (Qt replaces a stale socket file, else SingleInstance.listen removes it)
    # instead of handing over to nobody and exiting.
    wait_listening(qapp, vault, recovered)
    assert "ClientVault starting" in log_text(tmp_path)
    again = subprocess.run([sys.executable, "-m", "app", "--vault", str(vault)], cwd=ROOT, env=env,
                           stdin=subprocess.DEVNULL, capture_output=True, text=True, timeout=START_TIMEOUT)
    assert again.returncode == 0 and "already open" in again.stderr


HOLD_LOCK = """
import sys, time
from pathlib import Path
from app.vault.files import FileLock
with FileLock(Path(sys.argv[1]) / "vault.lock"):
    print("locked", flush=True)
    time.sleep(float(sys.argv[2]))
"""


def test_vault_lock_held_by_another_program_is_detected(tmp_path: Path) -> None:
    vault = tmp_path / "vault"
    vault.mkdir()
    assert not vault_busy(vault)
    holder = subprocess.Popen([sys.executable, "-c", HOLD_LOCK, str(vault), "30"], cwd=ROOT,
                              env=dict(os.environ, PYTHONPATH=str(ROOT)), stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
        assert vault_busy(vault)
    finally:
        holder.kill()
        holder.wait(timeout=30)
    assert not vault_busy(vault)


def test_busy_vault_dialog_offers_retry_and_cancel(qapp, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    busy = iter([True, True, False])
    monkeypatch.setattr(app_main, "vault_busy", lambda _folder: next(busy))
    shown: list[str] = []
    answers = iter([QMessageBox.StandardButton.Retry, QMessageBox.StandardButton.Retry])

    def exec_box(box: QMessageBox) -> QMessageBox.StandardButton:
        shown.append(box.text())
        return next(answers)

    monkeypatch.setattr(QMessageBox, "exec", exec_box)
    assert app_main.wait_until_vault_free(tmp_path)
    assert len(shown) == 2 and str(tmp_path) in shown[0] and "command line" in shown[0]

    monkeypatch.setattr(app_main, "vault_busy", lambda _folder: True)
    monkeypatch.setattr(QMessageBox, "exec", lambda box: QMessageBox.StandardButton.Cancel)
    assert not app_main.wait_until_vault_free(tmp_path)


# --- what the running instance does with a handed-over backup file ---------------------------------
@pytest.fixture
def window(qtbot, access, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(registry, "page_classes", lambda: [])
    runner = TaskRunner()
    ctx = AppContext(access, runner, QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))
    made = MainWindow(ctx)
    qtbot.addWidget(made)
    made.show()
    yield made
    if made.wizard is not None:
        abandoned = made.wizard.abandon()
        if abandoned is not None:
            runner.run(abandoned.lock)
    runner.wait_idle()
    runner.shutdown()


def test_backup_without_a_vault_opens_the_wizards_restore(qtbot, window: MainWindow,  # type: ignore[no-untyped-def]
                                                          tmp_path: Path) -> None:
    qtbot.waitUntil(lambda: window.wizard is not None, timeout=10_000)
    damaged = tmp_path / "damaged.cvbak"
    damaged.write_bytes(b"not a ClientVault backup")
    open_backup(window, str(damaged), lambda _text: None)
    assert window.wizard is not None
    welcome = window.wizard.welcome
    qtbot.waitUntil(lambda: welcome.error_text() != "", timeout=10_000)  # checked before any secret is asked


def test_backup_while_locked_waits_for_the_unlock(qtbot, owner, window: MainWindow,  # type: ignore[no-untyped-def]
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    """`owner` first: the vault exists before the window opens, so it shows the login page."""
    banners: list[str] = []
    asked: list[tuple[str, bool]] = []
    page = types.SimpleNamespace(check_then_ask=lambda path, restore: asked.append((path, restore)))
    monkeypatch.setattr(window, "show_page", lambda name: page if name == "BackupPage" else None)
    qtbot.waitUntil(lambda: window.root.currentWidget() is window.login, timeout=10_000)
    open_backup(window, "/media/usb/vault.cvbak", banners.append)
    assert banners == ["Unlock the vault to restore the backup vault.cvbak."]
    assert asked == []
    window.ctx.holder.set(owner)
    window.unlocked.emit(owner)
    assert asked == [("/media/usb/vault.cvbak", True)]
    window.unlocked.emit(owner)  # only once
    assert len(asked) == 1
    window.ctx.holder.set(None)


def test_macos_file_open_event_is_a_backup_to_restore(qapp) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QObject
    from PySide6.QtGui import QFileOpenEvent

    from app.ui.single_instance import FileOpenFilter

    opened: list[str] = []
    file_filter = FileOpenFilter()
    file_filter.opened.connect(opened.append)
    target = QObject()
    assert file_filter.eventFilter(target, QFileOpenEvent("/Users/a/Desktop/shop.cvbak"))
    assert not file_filter.eventFilter(target, QFileOpenEvent("/Users/a/Desktop/notes.txt"))
    assert opened == ["/Users/a/Desktop/shop.cvbak"]
