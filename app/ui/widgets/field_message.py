"""A small red message under a form field (inline validation: no popups)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

ERROR_STYLE = "color:#b3261e;"
NOTE_STYLE = "color:palette(placeholder-text);"


class FieldMessage(QLabel):
    """Plain text (customer values may contain `<`), word-wrapped, hidden while empty."""

    def __init__(self, parent: QWidget | None = None, *, note: bool = False) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        self.setStyleSheet(NOTE_STYLE if note else ERROR_STYLE)
        self.setObjectName("fieldMessage")
        self.hide()

    def set_message(self, text: str | None) -> None:
        self.setText(text or "")
        self.setVisible(bool(text))

    def message(self) -> str:
        return self.text()
