"""The recovery key shown once (first-run wizard, new recovery key in Settings): large, monospace,
selectable plain text in a framed box."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from app.ui.fonts import monospace_font


def recovery_key_label(parent: QWidget, point_size: float, text: str = "") -> QLabel:
    label = QLabel(text, parent)
    label.setObjectName("recoveryKey")
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setFont(monospace_font(point_size))
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setStyleSheet("QLabel#recoveryKey{border:2px solid #444;border-radius:6px;padding:14px;"
                        "background:#fffbe6;color:#111;}")
    return label
