"""Addresses: each one either structured (province / city / district / street / postal code, the
Chinese way) or one free-form line (foreign addresses, or whatever does not split)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.ui.widgets.icon_fallback import themed_icon

STRUCTURED = ("province", "city", "district", "street", "postal_code")
PASS_THROUGH = ("country",)  # kept as loaded; not edited here


def address_line(a: dict[str, str]) -> str:
    """One line for display ("北京市海淀区中关村大街1号" or the free-form text)."""
    if a.get("free_form"):
        return a["free_form"]
    return "".join(a.get(k, "") for k in ("province", "city", "district", "street") if a.get(k))


class _AddressRow(QFrame):
    def __init__(self, owner: AddressListEditor, value: dict[str, str]) -> None:
        super().__init__(owner)
        self.owner = owner
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._extra = {k: v for k, v in value.items() if k in PASS_THROUGH and v}
        outer = QVBoxLayout(self)
        outer.setContentsMargins(6, 6, 6, 6)
        outer.setSpacing(4)
        top = QHBoxLayout()
        self.label = QComboBox(self)
        self.label.setAccessibleName(QCoreApplication.translate("AddressListEditor", "Address type"))
        for data, text in (("", QCoreApplication.translate("AddressListEditor", "Address")), ("home", QCoreApplication.translate("AddressListEditor", "Home")), ("work", QCoreApplication.translate("AddressListEditor", "Work")),
                           ("delivery", QCoreApplication.translate("AddressListEditor", "Delivery"))):
            self.label.addItem(text, data)
        label = value.get("label", "")
        if label and self.label.findData(label) < 0:
            self.label.addItem(label, label)
        self.label.setCurrentIndex(max(0, self.label.findData(label)))
        top.addWidget(self.label)
        self.free_toggle = QCheckBox(QCoreApplication.translate("AddressListEditor", "Write as one line"), self)
        self.free_toggle.setToolTip(QCoreApplication.translate("AddressListEditor", "For foreign addresses, or an address that does not split into province, city and district"))
        top.addWidget(self.free_toggle)
        top.addStretch(1)
        self.remove = QToolButton(self)
        self.remove.setIcon(themed_icon("remove", "list-remove", QStyle.StandardPixmap.SP_DialogDiscardButton))
        self.remove.setToolTip(QCoreApplication.translate("AddressListEditor", "Remove this address"))
        self.remove.setAccessibleName(QCoreApplication.translate("AddressListEditor", "Remove this address"))
        self.remove.clicked.connect(lambda: owner._remove_row(self))
        top.addWidget(self.remove)
        outer.addLayout(top)

        self.structured = QWidget(self)
        grid = QGridLayout(self.structured)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(4)
        self.edits: dict[str, QLineEdit] = {}
        placeholders = {"province": QCoreApplication.translate("AddressListEditor", "Province"), "city": QCoreApplication.translate("AddressListEditor", "City"),
                        "district": QCoreApplication.translate("AddressListEditor", "District"), "street": QCoreApplication.translate("AddressListEditor", "Street and number"),
                        "postal_code": QCoreApplication.translate("AddressListEditor", "Postal code")}
        for key in STRUCTURED:
            edit = QLineEdit(self.structured)
            edit.setPlaceholderText(placeholders[key])
            edit.setAccessibleName(placeholders[key])
            edit.setText(value.get(key, ""))
            edit.textChanged.connect(owner.changed)
            self.edits[key] = edit
        grid.addWidget(self.edits["province"], 0, 0)
        grid.addWidget(self.edits["city"], 0, 1)
        grid.addWidget(self.edits["district"], 0, 2)
        grid.addWidget(self.edits["street"], 1, 0, 1, 2)
        grid.addWidget(self.edits["postal_code"], 1, 2)
        outer.addWidget(self.structured)
        self.free = QLineEdit(self)
        self.free.setPlaceholderText(QCoreApplication.translate("AddressListEditor", "The whole address on one line"))
        self.free.setAccessibleName(QCoreApplication.translate("AddressListEditor", "Address"))
        self.free.setText(value.get("free_form", ""))
        self.free.textChanged.connect(owner.changed)
        outer.addWidget(self.free)
        free = bool(value.get("free_form")) and not any(value.get(k) for k in STRUCTURED)
        self.free_toggle.setChecked(free)
        self._apply_mode(free)
        self.free_toggle.toggled.connect(self._toggled)
        self.label.currentIndexChanged.connect(owner.changed)

    def _toggled(self, free: bool) -> None:
        if free and not self.free.text().strip():
            self.free.setText(address_line({k: e.text().strip() for k, e in self.edits.items()}))
        self._apply_mode(free)
        self.owner.changed.emit()

    def _apply_mode(self, free: bool) -> None:
        self.structured.setVisible(not free)
        self.free.setVisible(free)

    def value(self) -> dict[str, str]:
        # Every filled-in part is kept, shown or not: switching the view loses nothing, and an
        # imported address with both parts round-trips unchanged.
        out = dict(self._extra)
        for key, edit in self.edits.items():
            if edit.text().strip():
                out[key] = edit.text().strip()
        if self.free.text().strip():
            out["free_form"] = self.free.text().strip()
        if len(out) == len(self._extra):
            return {}  # nothing typed: not an address
        label = self.label.currentData()
        if label:
            out["label"] = str(label)
        return out

    def set_read_only(self, read_only: bool) -> None:
        for edit in [*self.edits.values(), self.free]:
            edit.setReadOnly(read_only)
        self.label.setEnabled(not read_only)
        self.free_toggle.setVisible(not read_only)
        self.remove.setVisible(not read_only)


class AddressListEditor(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[_AddressRow] = []
        self._read_only = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self._box = QVBoxLayout()
        self._box.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self._box)
        self.add_button = QToolButton(self)
        self.add_button.setText(self.tr("Add address"))
        self.add_button.setIcon(themed_icon("add", "list-add", QStyle.StandardPixmap.SP_FileDialogNewFolder))
        self.add_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.add_button.setAutoRaise(True)
        self.add_button.clicked.connect(self.add_address)
        layout.addWidget(self.add_button)

    def set_addresses(self, addresses: list[dict[str, str]]) -> None:
        for row in self._rows:
            self._box.removeWidget(row)
            row.hide()
            row.deleteLater()
        self._rows = []
        for a in addresses:
            self._append(a)

    def addresses(self) -> list[dict[str, str]]:
        return [v for v in (r.value() for r in self._rows) if v]

    def add_address(self) -> None:
        row = self._append({})
        row.edits["province"].setFocus()
        self.changed.emit()

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        self.add_button.setVisible(not read_only)
        for row in self._rows:
            row.set_read_only(read_only)

    def _append(self, value: dict[str, str]) -> _AddressRow:
        row = _AddressRow(self, value)
        row.set_read_only(self._read_only)
        self._rows.append(row)
        self._box.addWidget(row)
        return row

    def _remove_row(self, row: _AddressRow) -> None:
        if row in self._rows:
            self._rows.remove(row)
            self._box.removeWidget(row)
            row.hide()
            row.deleteLater()
            self.changed.emit()
