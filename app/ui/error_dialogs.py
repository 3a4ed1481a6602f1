"""Unexpected errors: a log file and a crash dialog with copyable details (ARCHITECTURE.md, Errors).

Expected errors (`ClientVaultError`) are explained in the inline banner by the main window; this
module is for everything else. What is written — to the log file and into the dialog's details —
is built by `safe_details`: the exception's type, and for each stack frame the file, line, function
and source line. The exception's message is left out unless it is a `ClientVaultError` (whose text
holds only a code and parameter names), because a message can carry a value (a customer's phone
number in a ValueError, a passphrase in a failed call's repr). Logs never hold passphrases, keys or
customer values.
"""

from __future__ import annotations

import logging
import logging.handlers
import platform
import sys
import threading
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import Final

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QThread, QTimer, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from app.models.errors import ClientVaultError

log = logging.getLogger(__name__)

LOG_FILE_NAME: Final = "clientvault.log"
_MAX_BYTES: Final = 1_000_000
_BACKUPS: Final = 3

ExcInfo = tuple[type[BaseException], BaseException, TracebackType | None]


def setup_logging(folder: Path, level: int = logging.INFO) -> Path | None:
    """Log to `folder/clientvault.log` (rotating, at most ~4 MB in all). Returns the file, or None
    when the folder cannot be written (the app still runs; logging goes to stderr only)."""
    root = logging.getLogger()
    root.setLevel(level)
    path = folder / LOG_FILE_NAME
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=_MAX_BYTES, backupCount=_BACKUPS, encoding="utf-8"
        )
    except OSError as exc:
        logging.basicConfig(level=level)
        log.warning("cannot write the log file in %s: %s", folder, type(exc).__name__)
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    return path


def safe_details(exc_type: type[BaseException], exc: BaseException | None, tb: TracebackType | None) -> str:
    """The error's type and stack (files, lines, code) — never its message unless it is one of
    ours, whose `str()` holds no values."""
    lines = ["ClientVault crash report", "Python " + platform.python_version() + " on " + platform.platform()]
    try:
        from PySide6 import __version__ as pyside_version

        lines.append("PySide6 " + pyside_version)
    except ImportError:  # pragma: no cover
        pass
    lines.append("")
    chain: list[BaseException] = []
    current: BaseException | None = exc
    while current is not None and current not in chain and len(chain) < 5:
        chain.append(current)
        current = current.__cause__ or current.__context__
    if not chain:
        lines.append("Exception: " + exc_type.__qualname__)
        lines.extend(_frames(tb))
        return "\n".join(lines)
    for index, item in enumerate(reversed(chain)):
        if index:
            lines.append("")
            lines.append("During handling of the above, another exception occurred:")
        lines.append("Exception: " + _describe(type(item), item))
        lines.extend(_frames(item.__traceback__ if item is not exc else tb or item.__traceback__))
    return "\n".join(lines)


def _describe(exc_type: type[BaseException], exc: BaseException) -> str:
    name = exc_type.__module__ + "." + exc_type.__qualname__
    if isinstance(exc, ClientVaultError):
        return name + ": " + str(exc)
    return name


def _frames(tb: TracebackType | None) -> list[str]:
    out = []
    for frame in traceback.extract_tb(tb):
        out.append(f'  File "{_short_path(frame.filename)}", line {frame.lineno}, in {frame.name}')
        if frame.line:
            out.append("    " + frame.line.strip())
    return out


def _short_path(filename: str) -> str:
    """Paths below the package or site-packages only: a home folder name is personal data too."""
    path = filename.replace("\\", "/")
    for marker in ("/site-packages/", "/app/", "/tests/"):
        at = path.rfind(marker)
        if at >= 0:
            return path[at + 1 :]
    return Path(path).name


class CrashDialog(QDialog):
    """"Something unexpected happened" with the details to copy and the log folder to open."""

    def __init__(self, details: str, log_path: Path | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("crashDialog")
        self.details = details
        self.log_path = log_path
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        icon = QLabel(self)
        icon.setPixmap(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical).pixmap(48, 48))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        top.addWidget(icon)
        self._message = QLabel(self)
        self._message.setWordWrap(True)
        self._message.setTextFormat(Qt.TextFormat.PlainText)
        top.addWidget(self._message, 1)
        layout.addLayout(top)
        self._details = QPlainTextEdit(self)
        self._details.setReadOnly(True)
        self._details.setPlainText(details)
        self._details.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self._details.setMinimumHeight(180)
        layout.addWidget(self._details, 1)
        self._log_label = QLabel(self)
        self._log_label.setTextFormat(Qt.TextFormat.PlainText)
        self._log_label.setWordWrap(True)
        self._log_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self._log_label)
        self._buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self._copy = QPushButton(self)
        self._copy.clicked.connect(self.copy_details)
        self._buttons.addButton(self._copy, QDialogButtonBox.ButtonRole.ActionRole)
        self._open_log = QPushButton(self)
        self._open_log.clicked.connect(self._open_log_folder)
        self._open_log.setVisible(log_path is not None)
        self._buttons.addButton(self._open_log, QDialogButtonBox.ButtonRole.ActionRole)
        self._buttons.rejected.connect(self.reject)
        layout.addWidget(self._buttons)
        self.resize(640, 420)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("ClientVault — unexpected problem"))
        self._message.setText(
            self.tr(
                "ClientVault ran into a problem it did not expect, and the last action may not have "
                "been completed. Your vault is safe: nothing is saved half-way.\n\n"
                "If this keeps happening, copy the details below and send them to whoever supports "
                "your installation. They contain no passphrases and no customer data."
            )
        )
        self._copy.setText(self.tr("Copy details"))
        self._open_log.setText(self.tr("Open log folder"))
        if self.log_path is not None:
            self._log_label.setText(self.tr("Log file: {path}").format(path=str(self.log_path)))
        else:
            self._log_label.setText(self.tr("No log file could be written on this computer."))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.details)

    def _open_log_folder(self) -> None:
        if self.log_path is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.log_path.parent)))


class CrashReporter:
    """Logs unexpected exceptions and shows a crash dialog (one at a time) on the GUI thread."""

    def __init__(self, log_path: Path | None, parent_finder: Callable[[], QWidget | None] | None = None) -> None:
        self.log_path = log_path
        self.parent_finder = parent_finder or QApplication.activeWindow
        self.last_details = ""
        self.dialog: CrashDialog | None = None

    def report(self, exc_type: type[BaseException], exc: BaseException | None, tb: TracebackType | None) -> None:
        details = safe_details(exc_type, exc, tb)
        self.last_details = details
        log.error("unexpected error\n%s", details)
        app = QCoreApplication.instance()
        if app is None or not isinstance(app, QApplication):
            sys.stderr.write(details + "\n")
            return
        if QThread.currentThread() is not app.thread():
            QTimer.singleShot(0, app, lambda: self._show(details))
            return
        self._show(details)

    def report_exception(self, exc: BaseException) -> None:
        self.report(type(exc), exc, exc.__traceback__)

    def _show(self, details: str) -> None:
        if self.dialog is not None:
            return  # one dialog at a time; the rest is in the log
        dialog = CrashDialog(details, self.log_path, self.parent_finder())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
        dialog.finished.connect(self._closed)
        self.dialog = dialog
        dialog.show()  # not exec(): no nested event loop inside an exception hook

    def _closed(self) -> None:
        self.dialog = None

    # sys.excepthook / threading.excepthook ----------------------------------------------------
    def excepthook(self, exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        self.report(exc_type, exc, tb)

    def thread_excepthook(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_type is SystemExit:
            return
        self.report(args.exc_type, args.exc_value, args.exc_traceback)


def install_crash_reporter(log_path: Path | None) -> CrashReporter:
    reporter = CrashReporter(log_path)
    sys.excepthook = reporter.excepthook
    threading.excepthook = reporter.thread_excepthook
    return reporter
