"""Asks for the secret that opens a backup: an owner passphrase or the recovery key.

Used by the Backup page for Verify… and Restore…. A restore shows a strong warning and needs an
"I understand" tick before OK is enabled. The typed secret is cleared when the dialog closes; the
main window's lock calls `force_close()` like for every other dialog.

An owner passphrase belongs to an owner's slot: with the owner names from the backup's header
(readable without any key) the dialog offers them, the single owner preselected; left empty, every
owner slot is tried (one key derivation each). "Thorough check" asks for SQLite's full
integrity_check of the database inside (slower).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

__all__ = ["BackupSecretDialog"]

_WARNING_STYLE = ("#restoreWarning{background:#fce8e6;border:1px solid #f6aea9;border-radius:4px;}"
                  " #restoreWarning QLabel{color:#a50e0e;border:none;background:transparent;}")


def _plain_label(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    return label


class BackupSecretDialog(QDialog):
    """`secret_kwargs()` → {"passphrase": …} or {"recovery_key": …} for the backup service."""

    def __init__(self, parent: QWidget | None, *, title: str, intro: str, warning: str = "",
                 confirm_text: str = "", owner_names: Sequence[str] = (), thorough_option: bool = True) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setModal(True)
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(_plain_label(intro, self))
        self.warning_frame: QFrame | None = None
        if warning:
            frame = QFrame(self)
            frame.setObjectName("restoreWarning")
            frame.setStyleSheet(_WARNING_STYLE)
            inner = QVBoxLayout(frame)
            inner.setContentsMargins(10, 8, 10, 8)
            inner.addWidget(_plain_label(warning, frame))
            layout.addWidget(frame)
            self.warning_frame = frame

        self.passphrase_radio = QRadioButton(self.tr("Owner passphrase"), self)
        self.recovery_radio = QRadioButton(self.tr("Recovery key"), self)
        self.passphrase_radio.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.passphrase_radio)
        group.addButton(self.recovery_radio)
        layout.addWidget(self.passphrase_radio)
        layout.addWidget(self.recovery_radio)
        form = QFormLayout()
        self.owner_label = QLabel(self.tr("Owner name:"), self)
        self.owner_combo = QComboBox(self)
        self.owner_combo.setEditable(True)
        self.owner_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.owner_combo.addItems(list(dict.fromkeys(owner_names)))
        self.owner_combo.setCurrentIndex(0 if len(set(owner_names)) == 1 else -1)
        line = self.owner_combo.lineEdit()
        if line is not None:
            line.setPlaceholderText(self.tr("Any owner (each is tried)"))
        self.owner_combo.setAccessibleName(self.tr("Owner name"))
        self.owner_label.setBuddy(self.owner_combo)
        form.addRow(self.owner_label, self.owner_combo)
        self.secret_edit = QLineEdit(self)
        self.secret_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.secret_edit.setAccessibleName(self.tr("Passphrase or recovery key"))
        self.secret_label = QLabel(self)
        self.secret_label.setBuddy(self.secret_edit)
        form.addRow(self.secret_label, self.secret_edit)
        layout.addLayout(form)
        layout.addWidget(_plain_label(self.tr(
            "Use the owner passphrase or the recovery key as they were when the backup was made. "
            "Staff passphrases do not open backups."), self))
        self.thorough_box: QCheckBox | None = None
        if thorough_option:
            self.thorough_box = QCheckBox(self.tr("Thorough check (slower: also matches every index entry "
                                                  "of the database inside)"), self)
            layout.addWidget(self.thorough_box)
        self.confirm_box: QCheckBox | None = None
        if confirm_text:
            self.confirm_box = QCheckBox(confirm_text, self)
            self.confirm_box.toggled.connect(self._update_ok)
            layout.addWidget(self.confirm_box)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.passphrase_radio.toggled.connect(self._mode_changed)
        self.secret_edit.textChanged.connect(self._update_ok)
        self._mode_changed()
        self.finished.connect(self._forget_secret)
        self._kwargs: dict[str, Any] = {}

    # --- public API ------------------------------------------------------------------------------
    def set_recovery_key_mode(self, on: bool) -> None:
        (self.recovery_radio if on else self.passphrase_radio).setChecked(True)

    def secret_kwargs(self) -> dict[str, Any]:
        """What was entered (kept only until it is taken): keyword arguments for the service."""
        kwargs, self._kwargs = self._kwargs, {}
        return kwargs

    def accept(self) -> None:
        if not self._ok_allowed():
            return
        text = self.secret_edit.text()
        if self.recovery_radio.isChecked():
            self._kwargs = {"recovery_key": text.strip()}
        else:
            self._kwargs = {"passphrase": text}
            owner = self.owner_combo.currentText().strip()
            if owner:
                self._kwargs["user_name"] = owner
        if self.thorough_box is not None and self.thorough_box.isChecked():
            self._kwargs["thorough"] = True
        super().accept()

    def force_close(self) -> None:
        self._kwargs = {}
        self.reject()

    # --- internals -------------------------------------------------------------------------------
    def _mode_changed(self, *_args: object) -> None:
        recovery = self.recovery_radio.isChecked()
        if recovery:
            self.secret_edit.setPlaceholderText(self.tr("Recovery key (from the emergency kit)"))
            self.secret_label.setText(self.tr("Recovery key:"))
        else:
            self.secret_edit.setPlaceholderText(self.tr("Owner passphrase"))
            self.secret_label.setText(self.tr("Passphrase:"))
        self.owner_label.setVisible(not recovery)  # the recovery key opens the one recovery slot
        self.owner_combo.setVisible(not recovery)
        self._update_ok()

    def _ok_allowed(self) -> bool:
        confirmed = self.confirm_box is None or self.confirm_box.isChecked()
        return bool(self.secret_edit.text().strip()) and confirmed

    def _update_ok(self, *_args: object) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        if ok is not None:
            ok.setEnabled(self._ok_allowed())

    def _forget_secret(self, *_args: object) -> None:
        self.secret_edit.clear()
