"""Several values of one kind (phones, emails, WeChat ids, QQ numbers): one line per value with
inline validation, add and remove buttons, and an optional copy button per value."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLineEdit,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.ui.widgets.field_message import FieldMessage
from app.ui.widgets.icon_fallback import themed_icon

Validator = Callable[[str], str | None]  # text -> translated problem, or None when fine


class _ValueRow(QWidget):
    def __init__(self, owner: MultiValueEditor) -> None:
        super().__init__(owner)
        self.owner = owner
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(2)
        line = QHBoxLayout()
        line.setContentsMargins(0, 0, 0, 0)
        self.edit = QLineEdit(self)
        self.edit.setPlaceholderText(owner.placeholder)
        self.edit.setAccessibleName(owner.accessible_name)
        self.edit.setClearButtonEnabled(False)
        line.addWidget(self.edit, 1)
        self.copy = QToolButton(self)
        self.copy.setIcon(themed_icon("copy", "edit-copy", QStyle.StandardPixmap.SP_FileDialogDetailedView))
        self.copy.setToolTip(QCoreApplication.translate("MultiValueEditor", "Copy"))
        self.copy.setAccessibleName(QCoreApplication.translate("MultiValueEditor", "Copy"))
        self.copy.clicked.connect(lambda: owner.copy_requested.emit(self.edit.text().strip()))
        line.addWidget(self.copy)
        self.remove = QToolButton(self)
        self.remove.setIcon(themed_icon("remove", "list-remove", QStyle.StandardPixmap.SP_DialogDiscardButton))
        self.remove.setToolTip(QCoreApplication.translate("MultiValueEditor", "Remove"))
        self.remove.setAccessibleName(QCoreApplication.translate("MultiValueEditor", "Remove"))
        self.remove.clicked.connect(lambda: owner._remove_row(self))
        line.addWidget(self.remove)
        outer.addLayout(line)
        self.message = FieldMessage(self)
        outer.addWidget(self.message)
        self.edit.textChanged.connect(self._validate)

    def _validate(self) -> None:
        text = self.edit.text().strip()
        self.message.set_message(self.owner.validator(text) if text else None)
        self.owner._update_buttons()
        self.owner.changed.emit()


class MultiValueEditor(QWidget):
    changed = Signal()
    copy_requested = Signal(str)

    def __init__(self, validator: Validator, *, add_text: str, placeholder: str = "",
                 accessible_name: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.validator = validator
        self.placeholder = placeholder
        self.accessible_name = accessible_name
        self._read_only = False
        self._copyable = False
        self._rows: list[_ValueRow] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self._rows_box = QVBoxLayout()
        self._rows_box.setContentsMargins(0, 0, 0, 0)
        self._rows_box.setSpacing(4)
        layout.addLayout(self._rows_box)
        self.general = FieldMessage(self)
        layout.addWidget(self.general)
        self.add_button = QToolButton(self)
        self.add_button.setText(add_text)
        self.add_button.setIcon(themed_icon("add", "list-add", QStyle.StandardPixmap.SP_FileDialogNewFolder))
        self.add_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.add_button.setAutoRaise(True)
        self.add_button.clicked.connect(self._add_clicked)
        layout.addWidget(self.add_button)
        self.set_values([])

    # --- values ------------------------------------------------------------------------------------
    def set_values(self, values: list[str]) -> None:
        for row in self._rows:
            self._rows_box.removeWidget(row)
            row.hide()
            row.deleteLater()
        self._rows = []
        for value in values:
            self._append(value)
        if not values and not self._read_only:
            self._append("")
        self.general.set_message(None)
        self._update_buttons()

    def values(self) -> list[str]:
        return [t for t in (r.edit.text().strip() for r in self._rows) if t]

    def edits(self) -> list[QLineEdit]:
        return [r.edit for r in self._rows]

    def problems(self) -> list[tuple[QWidget, str]]:
        found = []
        for r in self._rows:
            text = r.edit.text().strip()
            problem = self.validator(text) if text else None
            r.message.set_message(problem)
            if problem:
                found.append((r.edit, problem))
        return found

    def show_problem(self, text: str) -> None:
        """A problem reported by the service for this kind of value (not tied to one line)."""
        self.general.set_message(text)

    def focus_first(self) -> None:
        if self._rows:
            self._rows[0].edit.setFocus()

    # --- modes -------------------------------------------------------------------------------------
    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        for r in list(self._rows):
            if read_only and not r.edit.text().strip():
                self._remove_row(r, emit=False)
        for r in self._rows:
            r.edit.setReadOnly(read_only)
        if not read_only and not self._rows:
            self._append("")
        self._update_buttons()

    def set_copyable(self, copyable: bool) -> None:
        self._copyable = copyable
        self._update_buttons()

    # --- rows --------------------------------------------------------------------------------------
    def _append(self, value: str) -> _ValueRow:
        row = _ValueRow(self)
        row.edit.blockSignals(True)
        row.edit.setText(value)
        row.edit.blockSignals(False)
        row.edit.setReadOnly(self._read_only)
        if value:
            problem = self.validator(value)
            row.message.set_message(problem)
        self._rows.append(row)
        self._rows_box.addWidget(row)
        return row

    def _add_clicked(self) -> None:
        empty = [r for r in self._rows if not r.edit.text().strip()]
        row = empty[0] if empty else self._append("")
        self._update_buttons()
        row.edit.setFocus()

    def _remove_row(self, row: _ValueRow, emit: bool = True) -> None:
        if row not in self._rows:
            return
        self._rows.remove(row)
        self._rows_box.removeWidget(row)
        row.hide()
        row.deleteLater()
        if not self._rows and not self._read_only:
            self._append("")
        self._update_buttons()
        if emit:
            self.changed.emit()

    def _update_buttons(self) -> None:
        self.add_button.setVisible(not self._read_only)
        lone_empty = len(self._rows) == 1 and not self._rows[0].edit.text().strip()
        for r in self._rows:
            r.remove.setVisible(not self._read_only and not lone_empty)
            r.copy.setVisible(self._copyable and bool(r.edit.text().strip()))
