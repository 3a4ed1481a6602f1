"""Custom fields: a two-column table (field name → value) with add and remove buttons."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QStyle,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.ui.widgets.field_message import FieldMessage
from app.ui.widgets.icon_fallback import themed_icon


class KeyValueEditor(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._read_only = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self.table = QTableWidget(0, 2, self)
        self.table.setHorizontalHeaderLabels([self.tr("Field"), self.tr("Value")])
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setColumnWidth(0, 160)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAccessibleName(self.tr("Custom fields"))
        self.table.itemChanged.connect(lambda _item: self._changed())
        layout.addWidget(self.table)
        self.message = FieldMessage(self)
        layout.addWidget(self.message)
        buttons = QHBoxLayout()
        self.add_button = QToolButton(self)
        self.add_button.setText(self.tr("Add field"))
        self.add_button.setIcon(themed_icon("add", "list-add", QStyle.StandardPixmap.SP_FileDialogNewFolder))
        self.add_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.add_button.setAutoRaise(True)
        self.add_button.clicked.connect(self.add_row)
        buttons.addWidget(self.add_button)
        self.remove_button = QToolButton(self)
        self.remove_button.setText(self.tr("Remove field"))
        self.remove_button.setIcon(themed_icon("remove", "list-remove", QStyle.StandardPixmap.SP_DialogDiscardButton))
        self.remove_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.remove_button.setAutoRaise(True)
        self.remove_button.clicked.connect(self.remove_selected)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self._fit()

    def set_values(self, values: dict[str, str]) -> None:
        self.table.blockSignals(True)
        self.table.setRowCount(0)
        for key, value in values.items():
            self._append(key, value)
        self.table.blockSignals(False)
        self.message.set_message(None)
        self._fit()

    def values(self) -> dict[str, str]:
        out: dict[str, str] = {}
        for row in range(self.table.rowCount()):
            key = self._text(row, 0)
            if key:
                out[key] = self._text(row, 1)
        return out

    def problems(self) -> list[tuple[QWidget, str]]:
        seen: set[str] = set()
        problem = ""
        for row in range(self.table.rowCount()):
            key, value = self._text(row, 0), self._text(row, 1)
            if not key and value:
                problem = self.tr("Give every custom field a name.")
                break
            if key and key in seen:
                problem = self.tr("The custom field “{name}” appears twice.").format(name=key)
                break
            seen.add(key)
        self.message.set_message(problem or None)
        return [(self.table, problem)] if problem else []

    def add_row(self) -> None:
        self._append("", "")
        self._fit()
        row = self.table.rowCount() - 1
        self.table.setCurrentCell(row, 0)
        self.table.editItem(self.table.item(row, 0))

    def remove_selected(self) -> None:
        rows = sorted({i.row() for i in self.table.selectedIndexes()}, reverse=True)
        for row in rows:
            self.table.removeRow(row)
        if rows:
            self._fit()
            self._changed()

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers if read_only
                                   else QAbstractItemView.EditTrigger.AllEditTriggers)
        self.add_button.setVisible(not read_only)
        self.remove_button.setVisible(not read_only)

    def _append(self, key: str, value: str) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        self.table.setItem(row, 0, QTableWidgetItem(key))
        self.table.setItem(row, 1, QTableWidgetItem(value))

    def _text(self, row: int, col: int) -> str:
        item = self.table.item(row, col)
        return item.text().strip() if item is not None else ""

    def _changed(self) -> None:
        self.problems()
        self.changed.emit()

    def _fit(self) -> None:
        rows = max(self.table.rowCount(), 1)
        height = self.table.horizontalHeader().sizeHint().height() + rows * self.table.verticalHeader().defaultSectionSize() + 6
        self.table.setFixedHeight(min(height, 260))
