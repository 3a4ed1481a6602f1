"""The few questions the customer views must ask (confirm, save/discard/cancel, pick a tag), as
plain-text dialogs: customer names may contain `<` and must never be read as rich text.

Callers use them as `prompts.confirm(...)` (module attribute), so tests can replace them."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QInputDialog, QMessageBox, QWidget


def _box(parent: QWidget | None, title: str, text: str, icon: QMessageBox.Icon) -> QMessageBox:
    box = QMessageBox(parent)
    box.setIcon(icon)
    box.setWindowTitle(title)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(text)
    return box


def confirm(parent: QWidget | None, title: str, text: str, ok_text: str) -> bool:
    box = _box(parent, title, text, QMessageBox.Icon.Question)
    ok = box.addButton(ok_text, QMessageBox.ButtonRole.AcceptRole)
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(cancel)
    box.setEscapeButton(cancel)
    box.exec()
    return box.clickedButton() is ok


def ask_save_discard_cancel(parent: QWidget | None, text: str) -> str:
    """"save", "discard" or "cancel"."""
    box = _box(parent, QCoreApplication.translate("Prompts", "Unsaved changes"), text, QMessageBox.Icon.Warning)
    box.setStandardButtons(QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                           | QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Save)
    box.setEscapeButton(QMessageBox.StandardButton.Cancel)
    answer = box.exec()
    if answer == QMessageBox.StandardButton.Save:
        return "save"
    if answer == QMessageBox.StandardButton.Discard:
        return "discard"
    return "cancel"


def ask_choice(parent: QWidget | None, title: str, label: str, choices: list[str], ok_text: str) -> str | None:
    """A value picked from `choices` or typed (editable combo); None when cancelled or empty."""
    dialog = QInputDialog(parent)
    dialog.setWindowTitle(title)
    dialog.setLabelText(label)
    dialog.setComboBoxItems(choices)
    dialog.setComboBoxEditable(True)
    dialog.setTextValue("")
    dialog.setOkButtonText(ok_text)
    if dialog.exec() != QInputDialog.DialogCode.Accepted:
        return None
    text = dialog.textValue().strip()
    return text or None
