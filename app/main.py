"""The desktop app's entry point: `python -m app` or the `clientvault-gui` launcher.

Sets up, in order: high-DPI rounding, the QApplication (name and organisation "ClientVault"),
logging to the platform's log folder (never passphrases or customer values), the crash dialog for
unexpected exceptions, the UI language (QSettings "language", else the system's), fonts that render
Chinese, and the AppContext over the vault (production KDF, the OS keyring). Then the main window.

Options: `--vault DIR` opens (or creates) the vault in DIR instead of the default data folder.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QLocale, QSettings, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from app.i18n.translator import install_translations
from app.services.access import VaultAccess
from app.services.vault_location import default_vault_folder, log_folder
from app.ui.app_context import AppContext
from app.ui.error_dialogs import install_crash_reporter, setup_logging
from app.ui.fonts import apply_ui_fonts
from app.ui.icons import icon
from app.ui.main_window import MainWindow
from app.ui.pages.settings_page import LANGUAGE_KEY
from app.ui.task_runner import TaskRunner
from app.vault.kdf import KdfPolicy
from app.vault.keyring_store import KeyringStore

APP_NAME = "ClientVault"
log = logging.getLogger("app.main")


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="clientvault-gui", description="ClientVault desktop app")
    parser.add_argument("--vault", metavar="DIR", type=Path, default=None,
                        help="the vault folder (default: your data folder, or CLIENTVAULT_HOME)")
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


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv if argv is None else argv)
    args = parse_args(argv[1:])
    log_path = setup_logging(log_folder())
    app = create_application(argv)
    reporter = install_crash_reporter(log_path)
    settings = QSettings(APP_NAME, APP_NAME)
    language = install_language(app, settings)
    font = apply_ui_fonts(app)
    folder = args.vault.expanduser().resolve() if args.vault is not None else default_vault_folder()
    log.info("ClientVault starting (language %s, CJK font %s)", language, font or "none")
    runner = TaskRunner()
    ctx = AppContext(VaultAccess(folder, KdfPolicy.production(), KeyringStore()), runner, settings)
    window = MainWindow(ctx, reporter)
    reporter.parent_finder = lambda: window  # crash dialogs belong to the window
    window.show()
    # Our copied customer value must not outlive the app (and Qt must not free it after Python).
    app.aboutToQuit.connect(ctx.clipboard.clear_if_ours)
    try:
        code = app.exec()
    finally:
        if ctx.session is not None:  # e.g. the event loop ended without closing the window
            runner.run(ctx.session.lock)
            ctx.holder.set(None)
        runner.shutdown()
    log.info("ClientVault stopped")
    return int(code)


if __name__ == "__main__":
    raise SystemExit(main())
