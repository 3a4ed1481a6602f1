"""The banner above the customer list while it shows one segment of a classification:
"Showing segment: Churned customer (12 customers) — Clear"."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

__all__ = ["SegmentBanner"]


class SegmentBanner(QFrame):
    clear_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("segmentBanner")
        self.setStyleSheet("#segmentBanner{background:#e8f0fe;border:1px solid #a8c7fa;border-radius:4px;}"
                           " QLabel{color:#0b3d91;border:none;}")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 4, 6, 4)
        self.label = QLabel(self)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setWordWrap(True)
        layout.addWidget(self.label, 1)
        self.clear_button = QPushButton(self.tr("Clear"), self)
        self.clear_button.setToolTip(self.tr("Show all customers again"))
        self.clear_button.clicked.connect(self.clear_requested.emit)
        layout.addWidget(self.clear_button)
        self.name = ""
        self.count = 0
        self.hide()

    def show_segment(self, name: str, count: int) -> None:
        self.name = name
        self.count = count
        self.label.setText(self.tr("Showing segment: {name} (%n customer(s))", "", count).format(name=name))
        self.setAccessibleName(self.label.text())
        self.show()

    def end(self) -> None:
        self.name = ""
        self.count = 0
        self.label.clear()
        self.hide()
