"""Backup destinations: remembered folders plus the removable drives Qt can see (PRODUCT.md §9).

* `scan_destinations(remembered)` builds the list from `QStorageInfo`. It touches the file system
  (a stalled network folder or a dying USB stick can take seconds), so the page runs it with
  `TaskRunner.run_cpu`, never on the GUI thread. It needs no vault.
* A drive counts as removable when Qt reports it under /media, /run/media or /Volumes, or as a
  drive letter other than the system drive (Windows). Pseudo file systems (tmpfs, proc …) and the
  system volumes are never offered.
* `DestinationModel` is a small list model: display text (name, "USB drive", free space), icons and
  raw values through custom roles (`PathRole`, `RemovableRole` …), so views never parse text.
* `DrivePicker` shows the model with "Choose folder…", "Refresh" and "Forget" buttons and says
  which destination is selected (`current_path`).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, Final

from PySide6.QtCore import (
    QAbstractListModel,
    QDir,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QStorageInfo,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QIcon
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFileDialog,
    QHBoxLayout,
    QListView,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from app.ui.icons import icon

__all__ = ["DestinationModel", "DriveEntry", "DrivePicker", "is_removable_root", "scan_destinations"]

ModelIndex = QModelIndex | QPersistentModelIndex

_PSEUDO_FS: Final = frozenset({
    "autofs", "binfmt_misc", "bpf", "cgroup", "cgroup2", "configfs", "debugfs", "devpts", "devtmpfs",
    "efivarfs", "fusectl", "hugetlbfs", "mqueue", "nsfs", "overlay", "proc", "pstore", "ramfs",
    "securityfs", "squashfs", "sysfs", "tmpfs", "tracefs",
})  # fmt: skip
_REMOVABLE_PREFIXES: Final = ("/media/", "/run/media/", "/Volumes/")


@dataclass(frozen=True)
class DriveEntry:
    """One destination the user can pick: a remembered folder or a detected removable drive."""

    path: str
    name: str  # the volume label, or the folder's name
    free: int | None  # bytes available to us; None when not connected / unknown
    removable: bool
    read_only: bool
    available: bool  # the folder exists now
    remembered: bool
    keep: int | None = None  # generations kept there (remembered destinations)
    last_used: str = ""
    file_system: str = ""


def _system_drive() -> str:
    drive = os.environ.get("SystemDrive", "C:")
    return drive.rstrip("\\/").upper()


def is_removable_root(root: str, *, windows: bool | None = None, system_drive: str | None = None) -> bool:
    """Whether a volume mounted at `root` looks like a USB stick or external disk."""
    if windows is None:
        windows = sys.platform.startswith("win")
    root = root.replace("\\", "/")
    if windows:
        letter = root[:2].upper()
        if len(letter) == 2 and letter[1] == ":" and letter[0].isalpha():
            return letter != (system_drive or _system_drive()).upper()
        return False
    return any(root.startswith(prefix) and len(root) > len(prefix) for prefix in _REMOVABLE_PREFIXES)


def _fs_type(info: QStorageInfo) -> str:
    try:
        return bytes(info.fileSystemType().data()).decode("utf-8", "replace")
    except (AttributeError, TypeError):
        return str(info.fileSystemType())


def _volume_name(info: QStorageInfo, fallback: str) -> str:
    return info.name() or info.displayName() or fallback


def scan_destinations(remembered: Iterable[Any]) -> list[DriveEntry]:
    """Remembered destinations (objects with `path`, `keep`, `last_used`) first, then every
    removable drive not already listed. Any thread (uses no vault and no widget)."""
    entries: list[DriveEntry] = []
    seen: set[str] = set()
    for dest in remembered:
        path = str(dest.path)
        folder = Path(path)
        available = folder.is_dir()
        free: int | None = None
        removable = is_removable_root(path)
        read_only = False
        fs = ""
        if available:
            info = QStorageInfo(path)
            if info.isValid() and info.isReady():
                free = int(info.bytesAvailable())
                removable = removable or is_removable_root(QDir.toNativeSeparators(info.rootPath()))
                read_only = info.isReadOnly()
                fs = _fs_type(info)
        entries.append(DriveEntry(path=path, name=folder.name or path, free=free, removable=removable,
                                  read_only=read_only, available=available, remembered=True,
                                  keep=getattr(dest, "keep", None), last_used=str(getattr(dest, "last_used", "")),
                                  file_system=fs))
        seen.add(os.path.normcase(os.path.abspath(path)))
    for info in QStorageInfo.mountedVolumes():
        if not info.isValid() or not info.isReady():
            continue
        fs = _fs_type(info)
        root = QDir.toNativeSeparators(info.rootPath())
        if fs in _PSEUDO_FS or not is_removable_root(root):
            continue
        if os.path.normcase(os.path.abspath(root)) in seen:
            continue
        seen.add(os.path.normcase(os.path.abspath(root)))
        entries.append(DriveEntry(path=root, name=_volume_name(info, root), free=int(info.bytesAvailable()),
                                  removable=True, read_only=info.isReadOnly(), available=True, remembered=False,
                                  file_system=fs))
    return entries


class DestinationModel(QAbstractListModel):
    """The destinations, one row each (a list model: one column)."""

    PathRole: Final = int(Qt.ItemDataRole.UserRole) + 1
    RemovableRole: Final = int(Qt.ItemDataRole.UserRole) + 2
    AvailableRole: Final = int(Qt.ItemDataRole.UserRole) + 3
    FreeRole: Final = int(Qt.ItemDataRole.UserRole) + 4
    KeepRole: Final = int(Qt.ItemDataRole.UserRole) + 5
    RememberedRole: Final = int(Qt.ItemDataRole.UserRole) + 6
    ReadOnlyRole: Final = int(Qt.ItemDataRole.UserRole) + 7

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[DriveEntry] = []

    # --- content -------------------------------------------------------------------------------
    def set_entries(self, entries: Sequence[DriveEntry]) -> None:
        self.beginResetModel()
        self._rows = list(entries)
        self.endResetModel()

    def add_folder(self, path: str) -> int:
        """A folder the user chose (not remembered until a backup there succeeds); its row."""
        row = self.row_of(path)
        if row >= 0:
            return row
        folder = Path(path)
        free: int | None = None
        read_only = False
        if folder.is_dir():
            info = QStorageInfo(path)
            if info.isValid() and info.isReady():
                free = int(info.bytesAvailable())
                read_only = info.isReadOnly()
        entry = DriveEntry(path=path, name=folder.name or path, free=free, removable=is_removable_root(path),
                           read_only=read_only, available=folder.is_dir(), remembered=False)
        row = len(self._rows)
        self.beginInsertRows(QModelIndex(), row, row)
        self._rows.append(entry)
        self.endInsertRows()
        return row

    def clear(self) -> None:
        self.set_entries([])

    def entry(self, row: int) -> DriveEntry | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def entries(self) -> list[DriveEntry]:
        return list(self._rows)

    def row_of(self, path: str) -> int:
        wanted = os.path.normcase(os.path.abspath(path))
        for row, entry in enumerate(self._rows):
            if os.path.normcase(os.path.abspath(entry.path)) == wanted:
                return row
        return -1

    def forget(self, path: str) -> None:
        """Mark a remembered destination as forgotten (a connected drive stays listed)."""
        row = self.row_of(path)
        if row < 0:
            return
        entry = self._rows[row]
        if entry.removable and entry.available and is_removable_root(entry.path):
            self._rows[row] = replace(entry, remembered=False, keep=None, last_used="")
            index = self.index(row, 0)
            self.dataChanged.emit(index, index)
            return
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._rows[row]
        self.endRemoveRows()

    # --- Qt model API ----------------------------------------------------------------------------
    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008, N802 - Qt's name
        return 0 if parent.isValid() else len(self._rows)

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.parent().isValid() or index.column() != 0:
            return None
        entry = self.entry(index.row())
        if entry is None:
            return None
        role = int(role)
        if role == int(Qt.ItemDataRole.DisplayRole):
            return self._display(entry)
        if role == int(Qt.ItemDataRole.ToolTipRole):
            return self._tooltip(entry)
        if role == int(Qt.ItemDataRole.DecorationRole):
            return self._icon(entry)
        if role == int(Qt.ItemDataRole.ForegroundRole):
            return QColor("#80868b") if not entry.available or entry.read_only else None
        if role == int(Qt.ItemDataRole.AccessibleTextRole):
            return self._display(entry)
        return {
            self.PathRole: entry.path,
            self.RemovableRole: entry.removable,
            self.AvailableRole: entry.available,
            self.FreeRole: entry.free,
            self.KeepRole: entry.keep,
            self.RememberedRole: entry.remembered,
            self.ReadOnlyRole: entry.read_only,
        }.get(role)

    def _display(self, entry: DriveEntry) -> str:
        parts = [entry.name]
        if entry.removable:
            parts.append(self.tr("USB / removable drive"))
        if not entry.available:
            parts.append(self.tr("not connected"))
        elif entry.read_only:
            parts.append(self.tr("read-only"))
        elif entry.free is not None:
            parts.append(self.tr("{size} free").format(size=QLocale().formattedDataSize(entry.free)))
        return " · ".join(parts)

    def _tooltip(self, entry: DriveEntry) -> str:
        lines = [QDir.toNativeSeparators(entry.path)]
        if entry.remembered:
            lines.append(self.tr("Used for backups before; keeps the newest {keep}.").format(
                keep=entry.keep if entry.keep is not None else "?"))
        else:
            lines.append(self.tr("Not used for backups yet."))
        if entry.file_system:
            lines.append(self.tr("File system: {fs}").format(fs=entry.file_system))
        return "\n".join(lines)

    @staticmethod
    def _icon(entry: DriveEntry) -> QIcon:
        style = QApplication.style()
        if style is None:
            return QIcon()
        if entry.removable:
            return style.standardIcon(QStyle.StandardPixmap.SP_DriveFDIcon)
        if not entry.available:
            return icon("warning")
        return style.standardIcon(QStyle.StandardPixmap.SP_DirIcon)


class DrivePicker(QWidget):
    """The destination list with "Choose folder…", "Refresh drives" and "Forget"."""

    current_changed = Signal(str)  # the selected destination's path, or "" for none
    refresh_requested = Signal()
    forget_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = DestinationModel(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        self.view = QListView(self)
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("Backup destinations"))
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setUniformItemSizes(True)
        self.view.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.view.selectionModel().currentRowChanged.connect(self._row_changed)
        layout.addWidget(self.view, 1)
        buttons = QHBoxLayout()
        buttons.setSpacing(6)
        self.choose_button = QPushButton(self.tr("Choose folder…"), self)
        self.choose_button.setToolTip(self.tr("Back up into a folder of your choice, for example on a USB drive"))
        self.choose_button.clicked.connect(self.choose_folder)
        buttons.addWidget(self.choose_button)
        self.refresh_button = QPushButton(icon("refresh"), self.tr("Refresh drives"), self)
        self.refresh_button.setToolTip(self.tr("Look again for USB drives that were just plugged in"))
        self.refresh_button.clicked.connect(self.refresh_requested)
        buttons.addWidget(self.refresh_button)
        self.forget_button = QPushButton(icon("remove"), self.tr("Forget"), self)
        self.forget_button.setToolTip(self.tr("Remove this destination from the list (its backups stay on it)"))
        self.forget_button.setEnabled(False)
        self.forget_button.clicked.connect(self._forget_clicked)
        buttons.addWidget(self.forget_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self._pending_path = ""

    # --- public API ------------------------------------------------------------------------------
    def set_entries(self, entries: Sequence[DriveEntry]) -> None:
        """Replace the list; the selection follows the path selected before (or the first entry
        that is connected and writable)."""
        keep = self.current_path() or self._pending_path
        extra = [keep] if keep and not any(e.path == keep for e in entries) and Path(keep).is_dir() else []
        self.model.set_entries(entries)
        for path in extra:
            self.model.add_folder(path)
        row = self.model.row_of(keep) if keep else -1
        if row < 0:
            row = next((r for r, e in enumerate(self.model.entries()) if e.available and not e.read_only), -1)
        self.select_row(row)

    def select_path(self, path: str) -> None:
        row = self.model.row_of(path)
        if row < 0:
            row = self.model.add_folder(path)
        self.select_row(row)

    def select_row(self, row: int) -> None:
        if row < 0:
            self.view.setCurrentIndex(QModelIndex())
            self._row_changed(QModelIndex())
            return
        self.view.setCurrentIndex(self.model.index(row, 0))

    def current_entry(self) -> DriveEntry | None:
        index = self.view.currentIndex()
        return self.model.entry(index.row()) if index.isValid() else None

    def current_path(self) -> str:
        entry = self.current_entry()
        return entry.path if entry is not None else ""

    def clear(self) -> None:
        self._pending_path = ""
        self.model.clear()
        self._row_changed(QModelIndex())

    def choose_folder(self) -> None:
        start = self.current_path() or str(Path.home())
        path = QFileDialog.getExistingDirectory(self, self.tr("Choose a folder for the backups"), start)
        if path:
            self.select_path(path)

    # --- internals -------------------------------------------------------------------------------
    def _row_changed(self, current: ModelIndex, _previous: ModelIndex | None = None) -> None:
        entry = self.model.entry(current.row()) if current.isValid() else None
        self.forget_button.setEnabled(entry is not None and entry.remembered)
        self._pending_path = entry.path if entry is not None else ""
        self.current_changed.emit(entry.path if entry is not None else "")

    def _forget_clicked(self) -> None:
        entry = self.current_entry()
        if entry is not None and entry.remembered:
            self.forget_requested.emit(entry.path)
