"""The desktop app's entry point: `python -m app` or the `clientvault-gui` launcher.

Sets up, in order: high-DPI rounding, the QApplication (name and organisation "ClientVault"),
logging to the platform's log folder (never passphrases or customer values), the crash dialog for
unexpected exceptions, the UI language (QSettings "language", else the system's), fonts that render
Chinese, and the AppContext over the vault (production KDF, the OS keyring). Then the main window.

Options: `--vault DIR` opens (or creates) the vault in DIR instead of the default data folder; a
file argument (a .cvbak backup, e.g. double-clicked) opens the restore flow. One instance per vault
folder (app/ui/single_instance.py): a second launch hands its files to the first and exits 0.
`--selftest-report FILE` is the GUI half of `clientvault selftest` (app/ui/selftest_gui.py).
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QSettings, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from app.i18n.translator import install_translations
from app.services.access import VaultAccess
from app.services.vault_location import default_vault_folder, log_folder, vault_busy
from app.ui.app_context import AppContext
from app.ui.error_dialogs import install_crash_reporter, setup_logging
from app.ui.fonts import apply_ui_fonts
from app.ui.gc_guard import GuiThreadCollector
from app.ui.icons import icon
from app.ui.main_window import MainWindow
from app.ui.pages.backup_page import restore_recovery_text
from app.ui.pages.settings_page import LANGUAGE_KEY
from app.ui.single_instance import FileOpenFilter, SingleInstance, open_backup, raise_window
from app.ui.task_runner import TaskRunner
from app.ui.widgets.message_banner import Level
from app.vault.kdf import KdfPolicy
from app.vault.keyring_store import KeyringStore

APP_NAME = "ClientVault"
log = logging.getLogger("app.main")


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="clientvault-gui", description="ClientVault desktop app")
    parser.add_argument("--vault", metavar="DIR", type=Path, default=None,
                        help="the vault folder (default: your data folder, or CLIENTVAULT_HOME)")
    parser.add_argument("--selftest-report", metavar="FILE", type=Path, default=None,
                        help=argparse.SUPPRESS)  # `clientvault selftest` starts the GUI with it
    parser.add_argument("files", nargs="*", help="a ClientVault backup (.cvbak) to restore")
    # Qt's own options (-platform, -style …) pass through to QApplication untouched.
    args, _unknown = parser.parse_known_args(list(argv))
    return args


def create_application(argv: Sequence[str]) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    # Qt 6 always scales for high DPI; pass fractional factors through (125 %, 150 % on Windows).
    QGuiApplication.setHighDpiScaleFactorRoundingPolicy(Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
    QApplication.setApplicationName(APP_NAME)
    QApplication.setOrganizationName(APP_NAME)
    QApplication.setApplicationDisplayName(APP_NAME)
    QGuiApplication.setDesktopFileName("clientvault")
    app = QApplication(list(argv))
    app.setWindowIcon(icon("app"))
    return app


def install_language(app: QApplication, settings: QSettings) -> str:
    chosen = str(settings.value(LANGUAGE_KEY, "") or "")
    used = install_translations(app, chosen if chosen in ("zh_CN", "en") else None)
    if used == "zh_CN":
        QLocale.setDefault(QLocale("zh_CN"))
    return used


def wait_until_vault_free(folder: Path) -> bool:
    """Another program (not an app instance, e.g. a command-line restore) holds the vault's lock:
    say so and let the user retry or give up, instead of freezing on the lock."""
    while vault_busy(folder):
        log.info("vault folder is locked by another program")
        box = QMessageBox(QMessageBox.Icon.Warning, QCoreApplication.translate("SingleInstance", "Vault in use"),
                          QCoreApplication.translate(
                              "SingleInstance",
                              "Another program is working on the vault in {folder} right now (for example a "
                              "backup or restore started from the command line). Wait until it has finished, "
                              "then choose Retry.").format(folder=folder),
                          QMessageBox.StandardButton.Retry | QMessageBox.StandardButton.Cancel)
        box.setObjectName("vaultInUseDialog")
        box.setTextFormat(Qt.TextFormat.PlainText)
        if box.exec() != QMessageBox.StandardButton.Retry:
            return False
    return True


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv if argv is None else argv)
    args = parse_args(argv[1:])
    log_path = setup_logging(log_folder())
    app = create_application(argv)
    collector = GuiThreadCollector(app)  # cycles holding Qt objects are freed on this thread only
    reporter = install_crash_reporter(log_path)
    settings = QSettings(APP_NAME, APP_NAME)
    language = install_language(app, settings)
    font = apply_ui_fonts(app)
    folder = args.vault.expanduser().resolve() if args.vault is not None else default_vault_folder()
    files = [f for f in args.files if f.lower().endswith(".cvbak")]
    instance: SingleInstance | None = None
    if args.selftest_report is None:
        instance = SingleInstance(folder)
        if instance.hand_over(files) or (not instance.listen() and instance.hand_over(files)):
            message = QCoreApplication.translate(
                "SingleInstance", "ClientVault is already open for this vault: switched to its window.")
            print(message, file=sys.stderr)
            log.info("another instance is running for this vault; handed over")
            return 0
        if not wait_until_vault_free(folder):
            return 1
    log.info("ClientVault starting (language %s, CJK font %s)", language, font or "none")
    runner = TaskRunner()
    ctx = AppContext(VaultAccess(folder, KdfPolicy.production(), KeyringStore()), runner, settings)
    window = MainWindow(ctx, reporter)
    reporter.parent_finder = lambda: window  # crash dialogs belong to the window
    window.show()
    if ctx.access.restore_recovery:  # a restore was interrupted mid-swap and was settled at start
        window.show_banner(restore_recovery_text(ctx.access.restore_recovery), Level.WARNING)
    if instance is not None:
        banner = window.show_banner

        def activate(paths: list[str]) -> None:
            raise_window(window)
            for path in paths:
                open_backup(window, path, banner)

        instance.message.connect(activate)
        file_open = FileOpenFilter(app)  # macOS: Finder's "open with" reaches a running app as an event
        file_open.opened.connect(lambda path: activate([path]))
        app.installEventFilter(file_open)
        for path in files:
            open_backup(window, str(Path(path).resolve()), banner)
    if args.selftest_report is not None:
        from app.ui.selftest_gui import run_in_child

        run_in_child(window, args.selftest_report)
    # Our copied customer value must not outlive the app (and Qt must not free it after Python).
    app.aboutToQuit.connect(ctx.clipboard.clear_if_ours)
    try:
        code = app.exec()
    finally:
        if ctx.session is not None:  # e.g. the event loop ended without closing the window
            runner.run(ctx.session.lock)
            ctx.holder.set(None)
        runner.shutdown()
        if instance is not None:
            instance.close()
        collector.stop()
    log.info("ClientVault stopped")
    return int(code)


if __name__ == "__main__":
    raise SystemExit(main())
