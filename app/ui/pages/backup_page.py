"""The Backup page (备份): destinations, back up now, history, verify, restore (PRODUCT.md §9).

* Reminder at the top: age of the last verified backup, whether a backup is due (the owner's
  `backup_reminder_days`) and whether a restore drill (a full Verify… with the owner passphrase or
  the recovery key) is due — from `backup.status`.
* Destinations (`DrivePicker`): the remembered ones from the service plus the removable drives Qt
  sees (scanned with `run_cpu`, so a slow drive never blocks the window); "Choose folder…".
  "Keep the newest N" is remembered per destination by the service after a successful backup.
* Back up now: `prepare_backup` on the vault thread → `BackupJob.run` with `run_cpu` (it reads the
  vault through its own connection, so the app keeps working) → `finish_backup` on the vault
  thread. A progress bar with the phase and a Cancel button; a cancelled or failed backup leaves
  no partial file and the earlier backups untouched (the service guarantees it).
* History table (`BackupHistoryModel`): time, file, size, verified, customers.
* Verify…: pick a .cvbak file, keyless check first (a damaged file is reported before asking for
  a secret), then the owner passphrase or the recovery key; on the vault thread with the session,
  so a successful check counts as a restore drill. Shows date, vault id and customer count, or
  the damaged / tampered message.
* Restore…: pick a file, strong warning, secret; `restore_backup` into the live vault's folder on
  the vault thread. Afterwards the vault must be unlocked again: `unlock_required` is emitted and
  the window's `lock("restore")` is called when it has one; the result (older than the newest
  backup, users who need a new passphrase …) is shown in a dialog on the window.

Owner only (`available_for`); the services refuse everyone else anyway. Every error is shown as
translated plain text (inline result, or the window's `show_error` for unexpected ones).
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, Final

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDateTime,
    QDir,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QIcon
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from app.i18n.messages import error_message
from app.models.errors import BackupCancelled, ClientVaultError
from app.models.records import Role
from app.services import backup
from app.services.backup import (
    BackupFileInfo,
    BackupJob,
    BackupOutcome,
    BackupResult,
    BackupStatus,
    HistoryEntry,
    PreparedRestore,
    RestoreResult,
    VerifyReport,
)
from app.services.session import Session
from app.ui.app_context import AppContext
from app.ui.icons import icon
from app.ui.pages.base import Page
from app.ui.task_runner import CancelToken
from app.ui.widgets.backup_secret_dialog import BackupSecretDialog
from app.ui.widgets.drive_picker import DriveEntry, DrivePicker, scan_destinations
from app.ui.widgets.message_banner import Level

__all__ = ["BackupHistoryModel", "BackupPage", "Operation"]

ModelIndex = QModelIndex | QPersistentModelIndex
_OPEN_DIR_KEY: Final = "backup/open_dir"
_STYLES: Final = {
    "ok": "background:#e6f4ea;border:1px solid #a8dab5;color:#0d652d;",
    "warning": "background:#fef7e0;border:1px solid #fdd663;color:#7a4f01;",
    "error": "background:#fce8e6;border:1px solid #f6aea9;color:#a50e0e;",
    "neutral": "background:#f1f3f4;border:1px solid #dadce0;color:#3c4043;",
}


class Operation:
    """What the page is busy with (`BackupPage.operation`)."""

    NONE = ""
    BACKUP = "backup"
    VERIFY = "verify"
    RESTORE = "restore"


def restore_recovery_text(outcome: str | None) -> str:
    """What to tell the user at the start after a restore was interrupted in the middle of swapping
    the vault files (`VaultAccess.restore_recovery`, from `backup.recover_interrupted_restore`);
    "" when there was nothing to settle."""
    if outcome == backup.RECOVERY_ROLLED_BACK:
        return QCoreApplication.translate(
            "BackupPage", "ClientVault was closed in the middle of a restore. The restore had not finished, so "
            "your vault was put back exactly as it was before; nothing was lost. You can restore the backup "
            "again.")
    if outcome == backup.RECOVERY_COMPLETED:
        return QCoreApplication.translate(
            "BackupPage", "ClientVault was closed just as a restore was finishing. The restored vault was already "
            "completely in place and has been kept. Unlock it to continue.")
    if outcome == backup.RECOVERY_FAILED:
        return QCoreApplication.translate(
            "BackupPage", "ClientVault was closed in the middle of a restore and cannot tidy up the vault folder "
            "right now (is it read-only?). Nothing was lost; ClientVault tries again at the next start.")
    return ""


def local_time_text(stamp: str) -> str:
    """A stored ISO-8601 UTC time as local "yyyy-MM-dd HH:mm" (the raw text when unparsable)."""
    moment = QDateTime.fromString(stamp, Qt.DateFormat.ISODate)
    if not moment.isValid():
        return stamp
    return moment.toLocalTime().toString("yyyy-MM-dd HH:mm")


def size_text(size: int) -> str:
    return QLocale().formattedDataSize(max(0, int(size)))


# --- the history model -----------------------------------------------------------------------------
class BackupHistoryModel(QAbstractTableModel):
    """Backups made of this vault, newest first (from `backup.status` / `backup.history`)."""

    COL_TIME, COL_FILE, COL_SIZE, COL_VERIFIED, COL_CUSTOMERS = range(5)
    PathRole: Final = int(Qt.ItemDataRole.UserRole) + 1  # the backup file's full path
    SortRole: Final = int(Qt.ItemDataRole.UserRole) + 2  # raw value of the cell
    VerifiedRole: Final = int(Qt.ItemDataRole.UserRole) + 3
    BackupIdRole: Final = int(Qt.ItemDataRole.UserRole) + 4

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[HistoryEntry] = []

    def set_entries(self, entries: Sequence[HistoryEntry]) -> None:
        self.beginResetModel()
        self._rows = list(entries)
        self.endResetModel()

    def clear(self) -> None:
        self.set_entries([])

    def entry(self, row: int) -> HistoryEntry | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008, N802 - Qt's name
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008, N802 - Qt's name
        return 0 if parent.isValid() else 5

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt's name
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or int(role) != int(Qt.ItemDataRole.DisplayRole):
            return None
        names = (self.tr("Time"), self.tr("File"), self.tr("Size"), self.tr("Verified"), self.tr("Customers"))
        return names[section] if 0 <= section < len(names) else None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.parent().isValid():
            return None
        entry = self.entry(index.row())
        if entry is None:
            return None
        col, role = index.column(), int(role)
        if role == int(Qt.ItemDataRole.DisplayRole):
            if col == self.COL_TIME:
                return local_time_text(entry.at)
            if col == self.COL_FILE:
                return entry.file
            if col == self.COL_SIZE:
                return size_text(entry.size)
            if col == self.COL_VERIFIED:
                return self.tr("Verified") if entry.verified else self.tr("Not verified")
            if col == self.COL_CUSTOMERS:
                return QLocale().toString(entry.customers)
            return None
        if role == int(Qt.ItemDataRole.DecorationRole) and col == self.COL_VERIFIED:
            return icon("verify-ok") if entry.verified else icon("warning")
        if role == int(Qt.ItemDataRole.ForegroundRole) and col == self.COL_VERIFIED and not entry.verified:
            return QColor("#a50e0e")
        if role == int(Qt.ItemDataRole.TextAlignmentRole) and col in (self.COL_SIZE, self.COL_CUSTOMERS):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == int(Qt.ItemDataRole.ToolTipRole):
            path = QDir.toNativeSeparators(str(Path(entry.folder) / entry.file))
            if entry.verified and entry.verified_at:
                return self.tr("{path}\nLast verified: {time}").format(path=path,
                                                                       time=local_time_text(entry.verified_at))
            return path
        if role == self.PathRole:
            return str(Path(entry.folder) / entry.file)
        if role == self.VerifiedRole:
            return entry.verified
        if role == self.BackupIdRole:
            return entry.backup_id
        if role == self.SortRole:
            return (entry.at, entry.file, entry.size, entry.verified, entry.customers)[col] if 0 <= col < 5 else None
        return None


class _ProgressRelay(QObject):
    """Carries (phase, done, total) from a worker thread to the GUI thread, throttled."""

    changed = Signal(str, int, int)

    def callback(self, min_interval: float = 0.1) -> Callable[[str, int, int], None]:
        last_time = [0.0]
        last_phase = [""]
        lock = threading.Lock()

        def report(phase: str, done: int, total: int) -> None:
            now = time.monotonic()
            with lock:
                if phase == last_phase[0] and now - last_time[0] < min_interval and done < total:
                    return
                last_time[0], last_phase[0] = now, phase
            if isValid(self):
                self.changed.emit(phase, int(done), int(total))

        return report


# --- the page ------------------------------------------------------------------------------------
class BackupPage(Page):
    """Backups for the owner: make, list, verify and restore them."""

    backup_finished = Signal(object)  # BackupResult
    verified = Signal(object)  # VerifyReport
    restored = Signal(object)  # RestoreResult
    unlock_required = Signal()  # the vault was replaced: unlock it again
    operation_failed = Signal(object)  # the error (cancellations included)
    status_loaded = Signal(object)  # BackupStatus

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("backupPage")
        self._session: Session | None = None
        self._operation = Operation.NONE
        self._token: CancelToken | None = None
        self._status: BackupStatus | None = None
        self._remembered_keep: dict[str, int] = {}
        self._relay = _ProgressRelay(self)
        self._relay.changed.connect(self._progress)
        self.history_model = BackupHistoryModel(self)
        self.secret_dialog: BackupSecretDialog | None = None  # open while a secret is asked for
        self.result_box: QMessageBox | None = None  # the restore result, shown on the window
        self._build()
        self._set_reminder("neutral", "info", "")
        self._update_buttons()

    # --- building --------------------------------------------------------------------------------
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 8)
        layout.setSpacing(8)
        layout.addWidget(self._build_reminder())
        columns = QHBoxLayout()
        columns.setSpacing(10)
        columns.addWidget(self._build_destinations(), 2)
        columns.addWidget(self._build_history(), 3)
        layout.addLayout(columns, 1)
        layout.addWidget(self._build_result())

    def _build_reminder(self) -> QFrame:
        self._reminder = QFrame(self)
        self._reminder.setObjectName("backupReminder")
        row = QHBoxLayout(self._reminder)
        row.setContentsMargins(10, 6, 10, 6)
        self._reminder_icon = QLabel(self._reminder)
        self._reminder_icon.setFixedSize(20, 20)
        row.addWidget(self._reminder_icon)
        self._reminder_text = QLabel(self._reminder)
        self._reminder_text.setTextFormat(Qt.TextFormat.PlainText)
        self._reminder_text.setWordWrap(True)
        row.addWidget(self._reminder_text, 1)
        return self._reminder

    def _build_destinations(self) -> QGroupBox:
        box = QGroupBox(self.tr("Back up to"), self)
        col = QVBoxLayout(box)
        col.setSpacing(6)
        hint = QLabel(self.tr("A USB drive (U盘/移动磁盘) or another folder. Keep one copy away from this computer."),
                      box)
        hint.setTextFormat(Qt.TextFormat.PlainText)
        hint.setWordWrap(True)
        col.addWidget(hint)
        self.picker = DrivePicker(box)
        self.picker.current_changed.connect(self._destination_changed)
        self.picker.refresh_requested.connect(self.refresh_destinations)
        self.picker.forget_requested.connect(self.forget_destination)
        col.addWidget(self.picker, 1)

        keep_row = QHBoxLayout()
        keep_label = QLabel(self.tr("&Keep the newest"), box)
        self.keep_spin = QSpinBox(box)
        self.keep_spin.setRange(1, backup.MAX_KEEP)
        self.keep_spin.setValue(backup.DEFAULT_KEEP)
        self.keep_spin.setAccessibleName(self.tr("Number of backups to keep"))
        self.keep_spin.setToolTip(self.tr("Older backups of this vault in this destination are deleted after a "
                                          "new backup has been verified"))
        keep_label.setBuddy(self.keep_spin)
        keep_row.addWidget(keep_label)
        keep_row.addWidget(self.keep_spin)
        keep_row.addWidget(QLabel(self.tr("backups in this destination"), box))
        keep_row.addStretch(1)
        col.addLayout(keep_row)

        action_row = QHBoxLayout()
        self.backup_button = QPushButton(icon("export"), self.tr("Back up now"), box)
        self.backup_button.setDefault(True)
        self.backup_button.setToolTip(self.tr("Write an encrypted backup to the selected destination and verify it"))
        self.backup_button.clicked.connect(self.start_backup)
        action_row.addWidget(self.backup_button)
        action_row.addStretch(1)
        col.addLayout(action_row)

        progress_row = QHBoxLayout()
        self.progress_label = QLabel(box)
        self.progress_label.setTextFormat(Qt.TextFormat.PlainText)
        progress_row.addWidget(self.progress_label)
        self.progress_bar = QProgressBar(box)
        self.progress_bar.setRange(0, 1000)
        self.progress_bar.setTextVisible(False)
        progress_row.addWidget(self.progress_bar, 1)
        self.cancel_button = QPushButton(self.tr("Cancel"), box)
        self.cancel_button.clicked.connect(self.cancel)
        progress_row.addWidget(self.cancel_button)
        self._progress_widgets = (self.progress_label, self.progress_bar, self.cancel_button)
        for widget in self._progress_widgets:
            widget.hide()
        col.addLayout(progress_row)
        return box

    def _build_history(self) -> QGroupBox:
        box = QGroupBox(self.tr("Backups of this vault"), self)
        col = QVBoxLayout(box)
        col.setSpacing(6)
        self.history_view = QTableView(box)
        self.history_view.setModel(self.history_model)
        self.history_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.history_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.history_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history_view.setAlternatingRowColors(True)
        self.history_view.setWordWrap(False)
        self.history_view.setTextElideMode(Qt.TextElideMode.ElideMiddle)  # the unique end of the name
        self.history_view.verticalHeader().hide()
        self.history_view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.history_view.horizontalHeader()
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(BackupHistoryModel.COL_FILE, QHeaderView.ResizeMode.Stretch)
        for column, width in ((BackupHistoryModel.COL_TIME, 125), (BackupHistoryModel.COL_SIZE, 80),
                              (BackupHistoryModel.COL_VERIFIED, 95), (BackupHistoryModel.COL_CUSTOMERS, 75)):
            header.resizeSection(column, width)
        self.history_view.doubleClicked.connect(self._verify_selected)
        col.addWidget(self.history_view, 1)
        self.empty_label = QLabel(self.tr("No backups yet."), box)
        self.empty_label.setTextFormat(Qt.TextFormat.PlainText)
        col.addWidget(self.empty_label)

        buttons = QHBoxLayout()
        self.verify_button = QPushButton(icon("verify-ok"), self.tr("Verify…"), box)
        self.verify_button.setToolTip(self.tr("Check a backup file completely without restoring it (a restore "
                                              "drill)"))
        self.verify_button.clicked.connect(self.choose_verify_file)
        buttons.addWidget(self.verify_button)
        self.restore_button = QPushButton(icon("restore"), self.tr("Restore…"), box)
        self.restore_button.setToolTip(self.tr("Replace this vault with the contents of a backup"))
        self.restore_button.clicked.connect(self.choose_restore_file)
        buttons.addWidget(self.restore_button)
        buttons.addStretch(1)
        self.refresh_button = QPushButton(icon("refresh"), self.tr("Refresh"), box)
        self.refresh_button.clicked.connect(self.refresh)
        buttons.addWidget(self.refresh_button)
        col.addLayout(buttons)
        return box

    def _build_result(self) -> QFrame:
        self._result = QFrame(self)
        self._result.setObjectName("backupResult")
        row = QHBoxLayout(self._result)
        row.setContentsMargins(10, 6, 6, 6)
        self._result_icon = QLabel(self._result)
        self._result_icon.setFixedSize(20, 20)
        row.addWidget(self._result_icon, 0, Qt.AlignmentFlag.AlignTop)
        self._result_text = QLabel(self._result)
        self._result_text.setTextFormat(Qt.TextFormat.PlainText)  # paths and user names are user data
        self._result_text.setWordWrap(True)
        self._result_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        row.addWidget(self._result_text, 1)
        close = QPushButton("✕", self._result)
        close.setFlat(True)
        close.setFixedWidth(28)
        close.setAccessibleName(self.tr("Close message"))
        close.clicked.connect(self._result.hide)
        row.addWidget(close, 0, Qt.AlignmentFlag.AlignTop)
        self._result.hide()
        return self._result

    # --- Page contract ---------------------------------------------------------------------------
    def page_id(self) -> str:
        return "backup"

    def title(self) -> str:
        return self.tr("Backup")

    def icon(self) -> QIcon:
        return icon("restore")

    @staticmethod
    def available_for(session: Session) -> bool:
        """Owner only: backup and restore are ADMIN actions (SECURITY.md roles table)."""
        return session.user.role is Role.OWNER

    def activate(self, session: Session) -> None:
        if session is self._session:
            return
        self._session = session
        self.refresh()

    def deactivate(self) -> None:
        if self._token is not None:
            self._token.cancel()
        self._token = None
        self._session = None
        self._status = None
        self._operation = Operation.NONE
        self._remembered_keep.clear()
        self.history_model.clear()
        self.picker.clear()
        self._hide_progress()
        self._result.hide()
        self._result_text.clear()
        self._set_reminder("neutral", "info", "")
        self._update_buttons()

    def has_unsaved_changes(self) -> bool:
        return False

    # --- state -----------------------------------------------------------------------------------
    @property
    def session(self) -> Session | None:
        return self._session

    @property
    def operation(self) -> str:
        return self._operation

    @property
    def busy(self) -> bool:
        return self._operation != Operation.NONE

    def reminder_text(self) -> str:
        return self._reminder_text.text()

    def result_text(self) -> str:
        return self._result_text.text() if self._result.isVisibleTo(self) else ""

    def result_level(self) -> str:
        value = self._result.property("level")
        return value if isinstance(value, str) else ""

    # --- loading ---------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Reload the reminder, the history and the destinations."""
        session = self._session
        if session is None:
            return
        self.ctx.runner.run(backup.status, session, on_done=lambda s: self._status_loaded(session, s),
                            on_error=self._load_failed, owner=self)

    def refresh_destinations(self) -> None:
        """Scan the drives again (on a worker thread: a stalled drive never blocks the window)."""
        status = self._status
        if self._session is None or status is None:
            return
        self.ctx.runner.run_cpu(scan_destinations, status.destinations, on_done=self._destinations_scanned,
                                on_error=self._load_failed, owner=self)

    def _status_loaded(self, session: Session, status: BackupStatus) -> None:
        if session is not self._session:
            return
        self._status = status
        self._remembered_keep = {d.path: d.keep for d in status.destinations}
        self.history_model.set_entries(status.history)
        self.empty_label.setVisible(not status.history)
        self._show_reminder(status)
        self.refresh_destinations()
        self.status_loaded.emit(status)
        self._update_buttons()

    def _destinations_scanned(self, entries: list[DriveEntry]) -> None:
        if self._session is None:
            return
        self.picker.set_entries(entries)
        self._update_buttons()

    def _load_failed(self, error: BaseException) -> None:
        self.show_error(error)

    def _show_reminder(self, status: BackupStatus) -> None:
        if status.last_verified_at is None or status.age_days is None:
            text = self.tr("No verified backup yet. Back up now to a USB drive (U盘/移动磁盘) or another folder.")
            style, name = "warning", "warning"
        else:
            if status.age_days == 0:
                age = self.tr("Last verified backup: today ({time}).").format(
                    time=local_time_text(status.last_verified_at))
            else:
                age = self.tr("Last verified backup: %n day(s) ago ({time}).", "", status.age_days).format(
                    time=local_time_text(status.last_verified_at))
            if status.due:
                text = age + " " + self.tr("A new backup is due (reminder after %n day(s)).", "",
                                           status.reminder_days)
                style, name = "warning", "warning"
            else:
                text = age
                style, name = "ok", "verify-ok"
        if status.drill_due:
            text += " " + self.tr("A restore drill is due: use Verify… on your latest backup with the owner "
                                  "passphrase or the recovery key.")
            if style == "ok":
                style, name = "warning", "warning"
        self._set_reminder(style, name, text)

    def _set_reminder(self, style: str, name: str, text: str) -> None:
        self._reminder.setStyleSheet("#backupReminder{" + _STYLES[style] + "border-radius:4px;}"
                                     " #backupReminder QLabel{border:none;background:transparent;}")
        self._reminder_icon.setPixmap(icon(name).pixmap(20, 20))
        self._reminder_text.setText(text)
        self._reminder.setProperty("level", style)
        self._reminder.setVisible(bool(text))

    def _destination_changed(self, path: str) -> None:
        entry = self.picker.current_entry()
        if entry is not None and entry.keep is not None:
            self.keep_spin.setValue(entry.keep)
        elif path in self._remembered_keep:
            self.keep_spin.setValue(self._remembered_keep[path])
        self._update_buttons()

    def forget_destination(self, path: str) -> None:
        session = self._session
        if session is None:
            return
        self.ctx.runner.run(backup.forget_destination, session, path,
                            on_done=lambda _r: self._forgotten(path), on_error=self._load_failed, owner=self)

    def _forgotten(self, path: str) -> None:
        self._remembered_keep.pop(path, None)
        self.picker.model.forget(path)
        self.refresh()

    # --- back up ---------------------------------------------------------------------------------
    def start_backup(self, folder: str | None = None) -> bool:
        """Back up into `folder` (default: the selected destination). False if it cannot start."""
        session = self._session
        if session is None or self.busy:
            return False
        path = folder if isinstance(folder, str) and folder else self.picker.current_path()
        if not path:
            self._show_result("warning", "warning", self.tr("Choose where to back up: a USB drive or a folder."))
            return False
        if folder:
            self.picker.select_path(folder)
        keep = self.keep_spin.value()
        token = CancelToken()
        self._begin(Operation.BACKUP, token, self.tr("Preparing the backup…"))
        started = time.perf_counter()
        self.ctx.runner.run(backup.prepare_backup, session, Path(path), keep=keep,
                            on_done=lambda job: self._backup_prepared(session, token, job, started),
                            on_error=lambda e: self._failed(token, e), owner=self)
        return True

    def _backup_prepared(self, session: Session, token: CancelToken, job: BackupJob, started: float) -> None:
        if token is not self._token or session is not self._session or token.cancelled:
            job.wipe()
            self._failed(token, BackupCancelled())
            return
        progress = self._relay.callback()

        def write() -> BackupOutcome:
            try:
                return job.run(progress, lambda: token.cancelled)
            finally:
                job.wipe()  # the job's key copies are not needed by finish_backup

        self.ctx.runner.run_cpu(write, on_done=lambda outcome: self._backup_written(session, token, job, outcome,
                                                                                   started),
                                on_error=lambda e: self._failed(token, e), owner=self)

    def _backup_written(self, session: Session, token: CancelToken, job: BackupJob, outcome: BackupOutcome,
                        started: float) -> None:
        if session is not self._session:
            self._failed(token, BackupCancelled())
            return
        # The file is written and verified: record it even if Cancel was pressed at the last moment.
        self.ctx.runner.run(backup.finish_backup, session, job, outcome, started,
                            on_done=lambda result: self._backup_done(token, result),
                            on_error=lambda e: self._failed(token, e), owner=self)

    def _backup_done(self, token: CancelToken, result: BackupResult) -> None:
        if token is not self._token:
            return
        self._end()
        lines = [self.tr("Backup written and verified: {file} ({size}; customers: {customers}).").format(
            file=QDir.toNativeSeparators(str(result.path)), size=size_text(result.size), customers=result.customers)]
        if result.removed:
            lines.append(self.tr("Removed %n older backup(s) from this destination.", "", len(result.removed)))
        self._show_result("ok", "verify-ok", "\n".join(lines))
        self.notify(self.tr("Backup finished and verified."), Level.SUCCESS)
        self.backup_finished.emit(result)
        self.refresh()
        refresh_status = getattr(self.window(), "refresh_backup_status", None)
        if callable(refresh_status):
            refresh_status()  # the status bar's "last backup" age

    # --- verify ----------------------------------------------------------------------------------
    def choose_verify_file(self) -> None:
        path = self._choose_file(self.tr("Choose a backup to verify"))
        if path:
            self.check_then_ask(path, restore=False)

    def _verify_selected(self, index: QModelIndex) -> None:
        path = index.siblingAtColumn(0).data(BackupHistoryModel.PathRole)
        if isinstance(path, str) and path and not self.busy:
            self.check_then_ask(path, restore=False)

    def check_then_ask(self, path: str, *, restore: bool) -> None:
        """Keyless checks first (a damaged file is reported before asking for a secret), then the
        secret dialog, then verify or restore."""
        if self._session is None or self.busy:
            return
        self.ctx.runner.run_cpu(backup.check_backup_file, Path(path),
                                on_done=lambda info: self._ask_secret(path, info, restore),
                                on_error=self._check_failed, owner=self)

    def _check_failed(self, error: BaseException) -> None:
        self._report_error(error)

    def _ask_secret(self, path: str, info: BackupFileInfo, restore: bool) -> None:
        if self._session is None or self.busy:
            return
        made = local_time_text(info.created_at or "")
        if restore:
            dialog = BackupSecretDialog(
                self, title=self.tr("Restore from backup"),
                intro=self.tr("Restore the backup made {date}:\n{path}").format(date=made, path=path),
                warning=self.tr(
                    "Warning: restoring REPLACES everything in this vault with the contents of this backup. "
                    "Customers added or changed after {date} will be lost; customers erased since then stay "
                    "erased. The current vault is kept until the restore has succeeded. Afterwards everyone "
                    "must unlock the vault again.").format(date=made),
                confirm_text=self.tr("I understand that the current data will be replaced"),
                owner_names=info.owner_names)
            dialog.accepted.connect(lambda: self.restore_file(path, **dialog.secret_kwargs()))
        else:
            dialog = BackupSecretDialog(
                self, title=self.tr("Verify backup"),
                intro=self.tr("Verify the backup made {date}:\n{path}\nEvery part is checked and decrypted; "
                              "nothing is restored.").format(date=made, path=path),
                owner_names=info.owner_names)
            dialog.accepted.connect(lambda: self.verify_file(path, **dialog.secret_kwargs()))
        dialog.finished.connect(dialog.deleteLater)
        dialog.finished.connect(lambda _code: self._secret_dialog_closed(dialog))
        self.secret_dialog = dialog
        dialog.open()

    def _secret_dialog_closed(self, dialog: BackupSecretDialog) -> None:
        if self.secret_dialog is dialog:
            self.secret_dialog = None

    def verify_file(self, path: str, *, passphrase: str | None = None, recovery_key: str | None = None,
                    user_name: str | None = None, thorough: bool = False) -> bool:
        """Check `path` completely with the owner passphrase or the recovery key. The check runs on
        a worker (`run_cpu`: it reads only the backup file and a temp copy), so neither the window
        nor the vault thread waits for it; a backup of this vault is then recorded as a restore
        drill on the vault thread."""
        session = self._session
        if session is None or self.busy or (passphrase is None) == (recovery_key is None):
            return False
        token = CancelToken()
        self._begin(Operation.VERIFY, token, self.tr("Verifying…"))
        self.ctx.runner.run_cpu(backup.verify_backup, Path(path), passphrase=passphrase, recovery_key=recovery_key,
                                user_name=user_name, thorough=thorough, progress=self._relay.callback(),
                                cancelled=lambda: token.cancelled,
                                on_done=lambda report: self._record_drill(session, token, report),
                                on_error=lambda e: self._failed(token, e), owner=self)
        return True

    def _record_drill(self, session: Session, token: CancelToken, report: VerifyReport) -> None:
        if token is not self._token:
            return
        if self._session is not session or session.is_locked:  # locked meanwhile: the check still stands
            self._verified(token, report)
            return
        self.ctx.runner.run(backup.record_drill, session, report,
                            on_done=lambda _recorded: self._verified(token, report),
                            on_error=lambda e: self._failed(token, e), owner=self)

    def _verified(self, token: CancelToken, report: VerifyReport) -> None:
        if token is not self._token:
            return
        self._end()
        lines = [
            self.tr("Backup verified: every part is intact and decrypts; the database inside passed its "
                    "integrity checks."),
            self.tr("Made: {date} · Vault: {vault_id} · Customers: {customers}").format(
                date=local_time_text(report.created_at), vault_id=report.vault_id,
                customers=QLocale().toString(report.customers)),
        ]
        level, name = "ok", "verify-ok"
        if report.audit_ok is False:
            lines.append(self.tr("The access log inside this backup does NOT verify: it was changed outside "
                                 "ClientVault before the backup was made."))
            level, name = "warning", "warning"
        if self._session is not None and report.vault_id != self._session.vault.vault_id:
            lines.append(self.tr("This backup belongs to a different vault."))
        self._show_result(level, name, "\n".join(lines))
        self.verified.emit(report)
        self.refresh()  # the drill and the verified flag changed

    # --- restore ---------------------------------------------------------------------------------
    def choose_restore_file(self) -> None:
        path = self._choose_file(self.tr("Choose a backup to restore"))
        if path:
            self.check_then_ask(path, restore=True)

    def restore_file(self, path: str, *, passphrase: str | None = None, recovery_key: str | None = None,
                     user_name: str | None = None, thorough: bool = False) -> bool:
        """Restore `path` into the live vault. The long part (decrypt, check, migrate, re-key) runs
        on a worker and never touches the live vault; then the vault thread re-applies the live
        vault's erasures and swaps the files. Nothing changes until the restored copy is complete
        and checked; afterwards the vault must be unlocked again."""
        session = self._session
        if session is None or self.busy or (passphrase is None) == (recovery_key is None):
            return False
        token = CancelToken()
        self._begin(Operation.RESTORE, token, self.tr("Restoring…"))
        self.ctx.runner.run_cpu(backup.prepare_restore, Path(path), session.vault.paths.folder,
                                passphrase=passphrase, recovery_key=recovery_key, user_name=user_name,
                                thorough=thorough, live=session, progress=self._relay.callback(),
                                cancelled=lambda: token.cancelled,
                                on_done=lambda prepared: self._restore_prepared(session, token, prepared),
                                on_error=lambda e: self._failed(token, e), owner=self)
        return True

    def _restore_prepared(self, session: Session, token: CancelToken, prepared: PreparedRestore) -> None:
        # always handed on: finish_restore discards it when the vault was locked meanwhile or cancelled
        self.ctx.runner.run(backup.finish_restore, prepared, session, progress=self._relay.callback(),
                            cancelled=lambda: token.cancelled,
                            on_done=lambda result: self._restored(token, result),
                            on_error=lambda e: self._failed(token, e), owner=self)

    def _restored(self, token: CancelToken, result: RestoreResult) -> None:
        if token is not self._token:
            return
        self._end()
        text = self.restore_summary(result)
        self._show_result("warning" if result.older_than_newest or result.users_without_passphrase else "ok",
                          "restore", text)
        self.restored.emit(result)
        window = self.window()
        self.unlock_required.emit()
        lock = getattr(window, "lock", None)
        if callable(lock) and window is not self:
            lock("restore")  # deactivates this page and shows the login screen
        if isValid(window):
            box = QMessageBox(QMessageBox.Icon.Information, self.tr("Restore finished"), text,
                              QMessageBox.StandardButton.Ok, window)
            box.setTextFormat(Qt.TextFormat.PlainText)
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.result_box = box
            box.open()

    def restore_summary(self, result: RestoreResult) -> str:
        lines = [self.tr("Restored the backup made {date} (customers: {customers}). Unlock the vault again to "
                         "continue.").format(date=local_time_text(result.created_at),
                                             customers=QLocale().toString(result.customers))]
        if result.older_than_newest:
            lines.append(self.tr("Warning: a newer backup of this vault exists (made {date}); the vault went back "
                                 "to an older state.").format(date=local_time_text(result.newest_known_at or "")
                                                              or self.tr("unknown")))
        if result.erasures_reapplied:
            lines.append(self.tr("%n customer(s) erased after this backup was made were erased again.", "",
                                 len(result.erasures_reapplied)))
        if result.migrated_from is not None:
            lines.append(self.tr("The vault was upgraded from an older version of ClientVault."))
        if result.users_without_passphrase:
            lines.append(self.tr("These users need a new passphrase from an owner before they can log in again: "
                                 "{users}").format(users=", ".join(result.users_without_passphrase)))
        if not result.audit_ok:
            lines.append(self.tr("The access log inside this backup does NOT verify: it was changed outside "
                                 "ClientVault before the backup was made."))
        return "\n".join(lines)

    # --- shared plumbing -------------------------------------------------------------------------
    def cancel(self) -> None:
        """Cancel the running backup, verification or restore (nothing is changed)."""
        if self._token is not None:
            self._token.cancel()
            self.progress_label.setText(self.tr("Cancelling…"))
            self.cancel_button.setEnabled(False)

    def _choose_file(self, caption: str) -> str:
        stored = self.ctx.settings.value(_OPEN_DIR_KEY, "", type=str)
        start = stored if isinstance(stored, str) and stored and Path(stored).is_dir() else self.picker.current_path()
        path, _selected = QFileDialog.getOpenFileName(self, caption, start or str(Path.home()),
                                                      self.tr("ClientVault backups (*.cvbak)"))
        if path:
            self.ctx.settings.setValue(_OPEN_DIR_KEY, str(Path(path).parent))
        return path

    def _begin(self, operation: str, token: CancelToken, label: str) -> None:
        self._operation = operation
        self._token = token
        self._result.hide()
        self.progress_bar.setRange(0, 0)  # busy until the first progress report
        self.progress_label.setText(label)
        self.cancel_button.setEnabled(True)
        for widget in self._progress_widgets:
            widget.show()
        self._update_buttons()

    def _end(self) -> None:
        self._operation = Operation.NONE
        self._token = None
        self._hide_progress()
        self._update_buttons()

    def _hide_progress(self) -> None:
        for widget in self._progress_widgets:
            widget.hide()
        self.progress_bar.setRange(0, 1000)
        self.progress_bar.setValue(0)

    def _progress(self, phase: str, done: int, total: int) -> None:
        if not self.busy or (self._token is not None and self._token.cancelled):
            return
        labels = {
            backup.PHASE_SNAPSHOT: self.tr("Copying the vault…"),
            backup.PHASE_CHECK: self.tr("Checking…"),
            backup.PHASE_WRITE: self.tr("Writing…"),
            backup.PHASE_VERIFY: self.tr("Reading back and verifying…"),
            backup.PHASE_DECRYPT: self.tr("Decrypting…"),
            backup.PHASE_RESTORE: self.tr("Restoring…"),
        }
        self.progress_label.setText(labels.get(phase, self.tr("Working…")))
        if total <= 0:
            self.progress_bar.setRange(0, 0)
            return
        self.progress_bar.setRange(0, 1000)
        self.progress_bar.setValue(min(1000, 1000 * done // total))

    def _failed(self, token: CancelToken, error: BaseException) -> None:
        if token is not self._token:
            return
        self._end()
        self.operation_failed.emit(error)
        self._report_error(error)
        if isinstance(error, ClientVaultError):
            self.refresh()

    def _report_error(self, error: BaseException) -> None:
        if isinstance(error, BackupCancelled):
            self._show_result("neutral", "info", error_message(error))
        elif isinstance(error, ClientVaultError):
            self._show_result("error", "verify-broken", error_message(error))
        else:
            self.show_error(error)  # unexpected: the window's crash dialog with copyable details

    def _show_result(self, level: str, name: str, text: str) -> None:
        self._result.setStyleSheet("#backupResult{" + _STYLES[level] + "border-radius:4px;}"
                                   " #backupResult QLabel{border:none;background:transparent;}")
        self._result_icon.setPixmap(icon(name).pixmap(20, 20))
        self._result_text.setText(text)
        self._result.setProperty("level", level)
        self._result.show()

    def _update_buttons(self) -> None:
        ready = self._session is not None and not self.busy
        entry = self.picker.current_entry()
        writable = entry is not None and entry.available and not entry.read_only
        self.backup_button.setEnabled(ready and writable)
        self.verify_button.setEnabled(ready)
        self.restore_button.setEnabled(ready)
        self.refresh_button.setEnabled(self._session is not None)
        self.picker.setEnabled(ready)
        self.keep_spin.setEnabled(ready)
