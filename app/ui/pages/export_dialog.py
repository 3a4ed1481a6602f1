"""The export dialog (导出, issue 4 item 6): format, purpose preset and field checklist, masking and
pseudonymized ids, selection (everyone / a search / a tag), the purpose (logged), the plaintext
warning with its confirmation, an optional password (AES-encrypted zip), then a save dialog and
`exports.export_customers` on the vault thread; a success banner gives the count.

Role limits (SECURITY.md, enforced again by the service): exporting needs EXPORT_MASKED (owner;
staff when granted); an unmasked export needs EXPORT_FULL (owner), so others get masking forced
on; sensitive fields (ID card, bank card, health note) need EXPORT_FULL or REVEAL. A control that
is not permitted is disabled, and a line says why.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Final

from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.i18n.messages import QT_TRANSLATE_NOOP, error_message, field_label
from app.models.errors import ClientVaultError
from app.models.export_formats import EXPORT_FIELDS, PRESETS, SENSITIVE_FIELDS
from app.services import customers, exports
from app.services.customers import ListFilter
from app.services.permissions import Action, allowed
from app.services.session import Session
from app.ui.app_context import AppContext
from app.ui.icons import icon
from app.ui.widgets.message_banner import Level, MessageBanner

__all__ = ["ExportDialog"]

_CTX: Final = "ExportDialog"
FORMATS: Final = (
    ("csv", QT_TRANSLATE_NOOP("ExportDialog", "CSV, UTF-8 with BOM (Excel)"), ".csv"),
    ("csv-gb18030", QT_TRANSLATE_NOOP("ExportDialog", "CSV, GB18030 (older Excel / WPS)"), ".csv"),
    ("xlsx", QT_TRANSLATE_NOOP("ExportDialog", "Excel workbook (.xlsx)"), ".xlsx"),
    ("vcf", QT_TRANSLATE_NOOP("ExportDialog", "vCard contacts (.vcf)"), ".vcf"),
    ("json", QT_TRANSLATE_NOOP("ExportDialog", "JSON"), ".json"),
)
PRESET_NAMES: Final = {
    "courier": QT_TRANSLATE_NOOP("ExportDialog", "Courier / delivery (name, phone, address)"),
    "marketing": QT_TRANSLATE_NOOP("ExportDialog", "Marketing (name, phone, email, WeChat, tags)"),
    "contacts": QT_TRANSLATE_NOOP("ExportDialog", "Address book (contact details)"),
    "accounting": QT_TRANSLATE_NOOP("ExportDialog", "Accounting (id, name, company, contacts, address)"),
    "all": QT_TRANSLATE_NOOP("ExportDialog", "All fields except sensitive ones"),
}
_EXTRA_LABELS: Final = {
    "id": QT_TRANSLATE_NOOP("ExportDialog", "Customer number"),
    "phones": QT_TRANSLATE_NOOP("ExportDialog", "Phones"),
    "emails": QT_TRANSLATE_NOOP("ExportDialog", "Emails"),
    "addresses": QT_TRANSLATE_NOOP("ExportDialog", "Addresses"),
}
_DIR_KEY: Final = "export/dir"


def export_field_label(name: str) -> str:
    source = _EXTRA_LABELS.get(name)
    return QCoreApplication.translate(_CTX, source) if source else field_label(name)


class ExportDialog(QDialog):
    """Export customers; `exported(count, path)` after a successful export."""

    exported = Signal(int, str)

    def __init__(self, ctx: AppContext, session: Session, parent: QWidget | None = None, *,
                 search: str = "", ids: Sequence[int] | None = None, ids_label: str = "") -> None:
        super().__init__(parent)
        self._ids = tuple(ids) if ids is not None else None  # preselected customers (a classification segment)
        # `ids_label`: the translated text of that choice, e.g. "The segment “Churned customer” (12 customers)"
        self.setObjectName("exportDialog")
        self.ctx = ctx
        self.session = session
        self.running = False
        self.last_result: exports.ExportResult | None = None
        self.setWindowTitle(self.tr("Export customers"))
        self.setWindowIcon(icon("export"))
        self._may_export = allowed(session.user, Action.EXPORT_MASKED)
        self._may_unmask = allowed(session.user, Action.EXPORT_FULL)
        self._may_sensitive = self._may_unmask or allowed(session.user, Action.REVEAL)
        self._build(search, ids_label)
        self._apply_roles()
        self._preset_changed()
        self._update()
        if self._may_export:
            ctx.runner.run(customers.tags, session, on_done=self._tags_loaded, on_error=self._failed, owner=self)

    # --- building ---------------------------------------------------------------------------------
    def _build(self, search: str, ids_label: str = "") -> None:
        layout = QVBoxLayout(self)
        self.banner = MessageBanner(self)
        layout.addWidget(self.banner)
        self.role_note = QLabel(self)
        self.role_note.setTextFormat(Qt.TextFormat.PlainText)
        self.role_note.setWordWrap(True)
        self.role_note.setStyleSheet("color:#7a4f01;")
        layout.addWidget(self.role_note)

        form = QFormLayout()
        self.format_combo = QComboBox(self)
        for code, source, _suffix in FORMATS:
            self.format_combo.addItem(QCoreApplication.translate(_CTX, source), code)
        form.addRow(self.tr("&Format:"), self.format_combo)
        self.preset_combo = QComboBox(self)
        for code, source in PRESET_NAMES.items():
            self.preset_combo.addItem(QCoreApplication.translate(_CTX, source), code)
        self.preset_combo.addItem(self.tr("Custom choice of fields"), None)
        self.preset_combo.currentIndexChanged.connect(self._preset_changed)
        form.addRow(self.tr("Purpose &preset:"), self.preset_combo)
        self.purpose_edit = QLineEdit(self)
        self.purpose_edit.setPlaceholderText(self.tr("For example: send the spring catalogue by courier"))
        self.purpose_edit.setMaxLength(100)
        self.purpose_edit.textChanged.connect(self._update)
        form.addRow(self.tr("P&urpose:"), self.purpose_edit)
        layout.addLayout(form)

        middle = QHBoxLayout()
        fields_box = QGroupBox(self.tr("Fields (only what the purpose needs)"), self)
        fields_layout = QVBoxLayout(fields_box)
        self.fields_list = QListWidget(fields_box)
        for name in EXPORT_FIELDS:
            item = QListWidgetItem(export_field_label(name), self.fields_list)
            item.setData(Qt.ItemDataRole.UserRole, name)
            item.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
            item.setCheckState(Qt.CheckState.Unchecked)
        self.fields_list.itemChanged.connect(self._field_toggled)
        fields_layout.addWidget(self.fields_list)
        middle.addWidget(fields_box, 1)

        right = QVBoxLayout()
        privacy = QGroupBox(self.tr("Privacy"), self)
        privacy_layout = QVBoxLayout(privacy)
        self.mask_check = QCheckBox(self.tr("Mask phones, emails and ID numbers (138****8000)"), privacy)
        self.mask_check.setChecked(True)
        self.mask_check.toggled.connect(self._update)
        privacy_layout.addWidget(self.mask_check)
        self.pseudo_check = QCheckBox(self.tr("Replace customer numbers by pseudonyms"), privacy)
        privacy_layout.addWidget(self.pseudo_check)
        right.addWidget(privacy)

        selection = QGroupBox(self.tr("Which customers"), self)
        grid = QGridLayout(selection)
        self.selection_group = QButtonGroup(self)
        self.all_radio = QRadioButton(self.tr("All customers"), selection)
        self.search_radio = QRadioButton(self.tr("Matching the search:"), selection)
        self.tag_radio = QRadioButton(self.tr("With the tag:"), selection)
        for i, radio in enumerate((self.all_radio, self.search_radio, self.tag_radio)):
            self.selection_group.addButton(radio, i)
            grid.addWidget(radio, i, 0)
        self.search_edit = QLineEdit(search, selection)
        self.search_edit.setAccessibleName(self.tr("Search text"))
        self.search_edit.textChanged.connect(lambda _t: self.search_radio.setChecked(True))
        grid.addWidget(self.search_edit, 1, 1)
        self.tag_combo = QComboBox(selection)
        self.tag_combo.setAccessibleName(self.tr("Tag"))
        self.tag_combo.setEnabled(False)
        self.tag_combo.currentIndexChanged.connect(lambda _i: self.tag_combo.count() and self.tag_radio.setChecked(True))
        grid.addWidget(self.tag_combo, 2, 1)
        self.ids_radio = QRadioButton(ids_label, selection)  # the caller's text, e.g. "The segment “…” (12)"
        self.selection_group.addButton(self.ids_radio, 3)
        grid.addWidget(self.ids_radio, 3, 0, 1, 2)
        self.ids_radio.setVisible(self._ids is not None)
        (self.ids_radio if self._ids is not None else self.search_radio if search else self.all_radio).setChecked(True)
        self.selection_group.idToggled.connect(self._update)
        right.addWidget(selection)

        protect = QGroupBox(self.tr("Protection"), self)
        protect_layout = QFormLayout(protect)
        self.password_check = QCheckBox(self.tr("Put the file in a password-protected zip (AES-256)"), protect)
        self.password_check.toggled.connect(self._update)
        protect_layout.addRow(self.password_check)
        self.password_edit = QLineEdit(protect)
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setAccessibleName(self.tr("Archive password"))
        self.password_edit.textChanged.connect(self._update)
        protect_layout.addRow(self.tr("Password:"), self.password_edit)
        self.repeat_edit = QLineEdit(protect)
        self.repeat_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat_edit.setAccessibleName(self.tr("Repeat the archive password"))
        self.repeat_edit.textChanged.connect(self._update)
        protect_layout.addRow(self.tr("Repeat:"), self.repeat_edit)
        right.addWidget(protect)
        right.addStretch(1)
        middle.addLayout(right, 1)
        layout.addLayout(middle, 1)

        self.plaintext_note = QLabel(self)
        self.plaintext_note.setTextFormat(Qt.TextFormat.PlainText)
        self.plaintext_note.setWordWrap(True)
        self.plaintext_note.setStyleSheet("background:#fef7e0;border:1px solid #fdd663;color:#7a4f01;padding:6px;")
        layout.addWidget(self.plaintext_note)
        self.confirm_check = QCheckBox(self.tr("I understand: the exported file leaves the vault's protection"), self)
        self.confirm_check.toggled.connect(self._update)
        layout.addWidget(self.confirm_check)
        self.hint = QLabel(self)
        self.hint.setTextFormat(Qt.TextFormat.PlainText)
        self.hint.setStyleSheet("color:#5f6368;")
        layout.addWidget(self.hint)

        self.buttons = QDialogButtonBox(self)
        self.export_button = self.buttons.addButton(self.tr("Export…"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.export_button.setIcon(icon("export"))
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.export_button.clicked.connect(self.choose_file)
        self.close_button.clicked.connect(self.reject)
        layout.addWidget(self.buttons)
        self.resize(820, 640)

    def _apply_roles(self) -> None:
        notes: list[str] = []
        if not self._may_export:
            notes.append(self.tr("Your role may not export customers. Ask the owner to export, or to allow "
                                 "you to make masked exports."))
            for widget in (self.format_combo, self.preset_combo, self.purpose_edit, self.fields_list,
                           self.mask_check, self.pseudo_check, self.all_radio, self.search_radio, self.tag_radio,
                           self.ids_radio,
                           self.search_edit, self.tag_combo, self.password_check, self.password_edit,
                           self.repeat_edit, self.confirm_check):
                widget.setEnabled(False)
        elif not self._may_unmask:
            notes.append(self.tr("Only the owner can export unmasked values, so phones, emails and ID numbers "
                                 "are masked."))
            self.mask_check.setChecked(True)
            self.mask_check.setEnabled(False)
        if self._may_export and not self._may_sensitive:
            notes.append(self.tr("ID card, bank card and health note fields need permission to show sensitive "
                                 "information."))
            for i in range(self.fields_list.count()):
                item = self.fields_list.item(i)
                if item.data(Qt.ItemDataRole.UserRole) in SENSITIVE_FIELDS:
                    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
                    item.setCheckState(Qt.CheckState.Unchecked)
        if not exports.archive_available():
            self.password_check.setEnabled(False)
            self.password_check.setToolTip(self.tr("Password-protected archives are not available in this "
                                                   "installation."))
        self.role_note.setText("\n".join(notes))
        self.role_note.setVisible(bool(notes))

    # --- state ------------------------------------------------------------------------------------
    def chosen_fields(self) -> list[str]:
        out: list[str] = []
        for i in range(self.fields_list.count()):
            item = self.fields_list.item(i)
            if item.checkState() == Qt.CheckState.Checked:
                out.append(str(item.data(Qt.ItemDataRole.UserRole)))
        return out

    def set_fields(self, names: list[str]) -> None:
        """Check exactly `names` (a custom choice)."""
        self.fields_list.blockSignals(True)
        for i in range(self.fields_list.count()):
            item = self.fields_list.item(i)
            enabled = bool(item.flags() & Qt.ItemFlag.ItemIsEnabled)
            wanted = item.data(Qt.ItemDataRole.UserRole) in names and enabled
            item.setCheckState(Qt.CheckState.Checked if wanted else Qt.CheckState.Unchecked)
        self.fields_list.blockSignals(False)
        self._field_toggled()

    def _preset_changed(self, *_args: object) -> None:
        preset = self.preset_combo.currentData()
        if isinstance(preset, str):
            names = PRESETS[preset]
            self.fields_list.blockSignals(True)
            for i in range(self.fields_list.count()):
                item = self.fields_list.item(i)
                on = item.data(Qt.ItemDataRole.UserRole) in names and bool(item.flags() & Qt.ItemFlag.ItemIsEnabled)
                item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
            self.fields_list.blockSignals(False)
        self._update()

    def _field_toggled(self, *_args: object) -> None:
        chosen = set(self.chosen_fields())
        preset = next((code for code, names in PRESETS.items() if set(names) == chosen), None)
        self.preset_combo.blockSignals(True)
        self.preset_combo.setCurrentIndex(self.preset_combo.findData(preset) if preset else
                                          self.preset_combo.count() - 1)
        self.preset_combo.blockSignals(False)
        self._update()

    def _tags_loaded(self, tags: list[str]) -> None:
        self.tag_combo.blockSignals(True)
        self.tag_combo.clear()
        for tag in tags:
            self.tag_combo.addItem(tag, tag)
        self.tag_combo.blockSignals(False)
        has = bool(tags) and self._may_export
        self.tag_combo.setEnabled(has)
        self.tag_radio.setEnabled(has)

    def encrypted(self) -> bool:
        return self.password_check.isChecked() and self.password_check.isEnabled()

    def problem(self) -> str:
        """Why Export is disabled ("" when it is not)."""
        if not self._may_export:
            return self.tr("Exporting is not permitted for your role.")
        if not self.chosen_fields():
            return self.tr("Choose at least one field.")
        if not self.purpose_edit.text().strip():
            return self.tr("Say what the export is for (it is recorded in the access log).")
        if self.search_radio.isChecked() and not self.search_edit.text().strip():
            return self.tr("Type the search text, or choose all customers.")
        if self.tag_radio.isChecked() and self.tag_combo.currentData() is None:
            return self.tr("Choose a tag.")
        if self.encrypted():
            if len(self.password_edit.text()) < 8:
                return self.tr("The archive password needs at least 8 characters.")
            if self.password_edit.text() != self.repeat_edit.text():
                return self.tr("The two passwords are not the same.")
        if not self.confirm_check.isChecked():
            return self.tr("Confirm that you understand the export is not protected by the vault.")
        return ""

    def _update(self, *_args: object) -> None:
        encrypted = self.encrypted()
        self.password_edit.setEnabled(encrypted)
        self.repeat_edit.setEnabled(encrypted)
        if encrypted:
            text = self.tr("The file is written inside a password-protected zip archive. Anyone with the password "
                           "can read it, and once unpacked it is a plain file: send the password separately and "
                           "delete the file when it is no longer needed.")
        else:
            text = self.tr("An export is a plain, unencrypted file: anyone who gets a copy can read it. Export only "
                           "what the purpose needs, keep the file safe and delete it when it is no longer needed.")
        self.plaintext_note.setText(text)
        problem = self.problem()
        self.hint.setText(problem)
        self.export_button.setEnabled(not problem and not self.running)

    def options(self) -> exports.ExportOptions:
        preset = self.preset_combo.currentData()
        search = self.search_edit.text().strip() if self.search_radio.isChecked() else None
        tag = self.tag_combo.currentData() if self.tag_radio.isChecked() else None
        return exports.ExportOptions(
            format=str(self.format_combo.currentData()),
            fields=None if isinstance(preset, str) else self.chosen_fields(),
            preset=preset if isinstance(preset, str) else None,
            mask=self.mask_check.isChecked() or not self._may_unmask,
            pseudonymize=self.pseudo_check.isChecked(),
            purpose=self.purpose_edit.text().strip(),
            search=search or None,
            filters=ListFilter(tag=tag if isinstance(tag, str) else None,
                               ids=self._ids if self.ids_radio.isChecked() else None),
            password=self.password_edit.text() if self.encrypted() else None,
        )

    # --- exporting --------------------------------------------------------------------------------
    def suffix(self) -> str:
        if self.encrypted():
            return ".zip"
        code = self.format_combo.currentData()
        return next((s for c, _n, s in FORMATS if c == code), ".csv")

    def choose_file(self) -> None:
        if self.problem() or self.running:
            return
        stored = self.ctx.settings.value(_DIR_KEY, "", type=str)
        folder = stored if isinstance(stored, str) and stored and Path(stored).is_dir() else str(Path.home())
        suffix = self.suffix()
        name = self.tr("customers-{date}").format(date=QDate.currentDate().toString("yyyyMMdd")) + suffix
        path, _selected = QFileDialog.getSaveFileName(
            self, self.tr("Export customers"), str(Path(folder) / name),
            self.tr("{kind} files (*{suffix})").format(kind=suffix.lstrip(".").upper(), suffix=suffix))
        if not path:
            return
        if not Path(path).suffix:
            path += suffix
        self.ctx.settings.setValue(_DIR_KEY, str(Path(path).parent))
        self.export_to(Path(path))

    def export_to(self, path: Path) -> None:
        """Export with the current choices to `path` on the vault thread."""
        if self.problem() or self.running:
            return
        self.running = True
        self.banner.hide()
        self._update()
        self.ctx.runner.run(exports.export_customers, self.session, path, self.options(),
                            on_done=self._done, on_error=self._failed, owner=self)

    def _done(self, result: exports.ExportResult) -> None:
        self.running = False
        self.last_result = result
        self._update()
        if result.encrypted:
            text = self.tr("Exported {count} customers to {path} (password-protected archive).")
        else:
            text = self.tr("Exported {count} customers to {path}.")
        self.banner.show_message(text.format(count=result.count, path=str(result.path)), Level.SUCCESS)
        self.exported.emit(result.count, str(result.path))

    def _failed(self, error: BaseException) -> None:
        self.running = False
        self._update()
        if isinstance(error, ClientVaultError):
            self.banner.show_message(error_message(error), Level.ERROR)
            return
        parent = self.parentWidget()
        handler = getattr(parent, "show_error", None)
        if callable(handler):
            handler(error)
