"""Copying customer values: concealed hints for clipboard managers and auto-clear (SECURITY req. 15)."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, QObject, QTimer
from PySide6.QtGui import QClipboard, QGuiApplication

# Hints that ask clipboard managers/history not to keep the value:
#  - KDE Klipper and many Linux managers: x-kde-passwordManagerHint = "secret"
#  - macOS (nspasteboard.org convention): org.nspasteboard.ConcealedType
#  - Windows clipboard history / cloud sync: ExcludeClipboardContentFromMonitorProcessing,
#    CanIncludeInClipboardHistory = 0, CanUploadToCloudClipboard = 0
CONCEALED_HINTS: dict[str, bytes] = {
    "x-kde-passwordManagerHint": b"secret",
    "application/x-nspasteboard-concealed-type": b"",
    "org.nspasteboard.ConcealedType": b"",
    "ExcludeClipboardContentFromMonitorProcessing": b"1",
    "CanIncludeInClipboardHistory": b"\x00\x00\x00\x00",
    "CanUploadToCloudClipboard": b"\x00\x00\x00\x00",
}


class SecureClipboard(QObject):
    """Puts text on the clipboard with concealed hints and clears it after `seconds` — but only
    if the clipboard still holds what we put there (never wipe the user's own later copy)."""

    def __init__(self, seconds: int = 10, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.seconds = seconds
        self._ours: str | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.clear_if_ours)

    def _clipboard(self) -> QClipboard:
        return QGuiApplication.clipboard()

    def copy(self, text: str) -> None:
        mime = QMimeData()
        mime.setText(text)
        for fmt, value in CONCEALED_HINTS.items():
            mime.setData(fmt, value)
        self._clipboard().setMimeData(mime, QClipboard.Mode.Clipboard)
        self._ours = text
        self._timer.start(self.seconds * 1000)

    def holds_ours(self) -> bool:
        return self._ours is not None and self._clipboard().text(QClipboard.Mode.Clipboard) == self._ours

    def clear_if_ours(self) -> None:
        if self.holds_ours():
            self._clipboard().clear(QClipboard.Mode.Clipboard)
        self._ours = None
        self._timer.stop()
