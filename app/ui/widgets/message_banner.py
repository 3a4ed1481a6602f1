"""Inline message banner (KeePassXC's MessageWidget idea): non-fatal feedback without popups."""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget


class Level(Enum):
    INFO = "info"
    SUCCESS = "success"
    WARNING = "warning"
    ERROR = "error"


_STYLES = {
    Level.INFO: "background:#e8f0fe;border:1px solid #a8c7fa;color:#0b3d91;",
    Level.SUCCESS: "background:#e6f4ea;border:1px solid #a8dab5;color:#0d652d;",
    Level.WARNING: "background:#fef7e0;border:1px solid #fdd663;color:#7a4f01;",
    Level.ERROR: "background:#fce8e6;border:1px solid #f6aea9;color:#a50e0e;",
}


class MessageBanner(QFrame):
    """Shows one message at a time as plain text (customer names may contain `<`)."""

    action_triggered = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("messageBanner")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 6, 6)
        self._label = QLabel(self)
        self._label.setTextFormat(Qt.TextFormat.PlainText)
        self._label.setWordWrap(True)
        self._label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self._label, 1)
        self._action = QPushButton(self)
        self._action.hide()
        self._action.clicked.connect(lambda: self.action_triggered.emit(self._action_id))
        layout.addWidget(self._action)
        close = QPushButton("✕", self)
        close.setFlat(True)
        close.setFixedWidth(28)
        close.setToolTip(self.tr("Close"))
        close.setAccessibleName(self.tr("Close message"))
        close.clicked.connect(self.hide)
        layout.addWidget(close)
        self._action_id = ""
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.hide)
        self.level = Level.INFO
        self.hide()

    def show_message(self, text: str, level: Level = Level.INFO, *, timeout_ms: int = 0,
                     action_text: str = "", action_id: str = "") -> None:
        self.level = level
        self.setStyleSheet("#messageBanner{" + _STYLES[level] + "border-radius:4px;} QLabel{border:none;}")
        self._label.setText(text)
        self._action_id = action_id
        self._action.setVisible(bool(action_text))
        self._action.setText(action_text)
        self.show()
        if timeout_ms:
            self._timer.start(timeout_ms)
        else:
            self._timer.stop()

    def text(self) -> str:
        return self._label.text()
