"""The import wizard (导入向导, issue 4 item 5): file → encoding / sheet / delimiter → column mapping
with a preview of the first rows as they will be stored → problems → what to do with matches
(with dry-run counts) → run (progress, Cancel; all or nothing) → report.

Every vault call (`imports.preview`, dry runs, the import itself, templates) goes through
`ctx.runner.run` on the vault thread; results come back on the GUI thread and stale ones (an older
preview after the user changed the encoding again) are dropped by a generation counter. Errors the
user can act on are shown in the wizard's own banner (the main window's banner is hidden behind the
wizard); anything unexpected goes to `error_handler` (the page's `show_error`, the crash dialog).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any, Final

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from app.i18n.messages import QT_TRANSLATE_NOOP, error_message
from app.models.errors import ClientVaultError, ImportCancelled
from app.models.import_formats.header_mapping import ADDRESS_PARTS, FIELD_TARGETS
from app.services import imports
from app.services.session import Session
from app.ui.app_context import AppContext
from app.ui.icons import icon
from app.ui.itemmodels.import_preview_model import PreviewModel, ProblemsModel, target_label
from app.ui.task_runner import CancelToken
from app.ui.widgets.message_banner import Level, MessageBanner

__all__ = ["ImportWizard"]

FILE_FILTER_EXTS: Final = "*.csv *.txt *.xlsx *.xls *.vcf"
PREVIEW_ROWS: Final = 20
ENCODINGS: Final = ("utf-8", "gb18030", "big5", "utf-16", "utf-16-le", "utf-16-be", "windows-1252")
DELIMITERS: Final = (",", ";", "\t", "|")
OTHER_DELIMITER: Final = "other"  # the combo's "Other…" item: the character typed next to it
_NOT_DELIMITERS: Final = '"\r\n'
_OPEN_DIR_KEY: Final = "import/open_dir"


class _Page(QWizardPage):
    """A wizard page with a banner for errors on top and a content layout below."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.w = wizard
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.banner = MessageBanner(self)
        outer.addWidget(self.banner)
        self.body = QVBoxLayout()
        outer.addLayout(self.body, 1)


# --- 1. file ---------------------------------------------------------------------------------------
class FilePage(_Page):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.setTitle(self.tr("Choose a file"))
        self.setSubTitle(self.tr("A customer list from Excel, WPS, another CRM or your phone's contacts: "
                                 "CSV or text (.csv, .txt), Excel (.xlsx, .xls) or vCard (.vcf)."))
        row = QHBoxLayout()
        self.path_edit = QLineEdit(self)
        self.path_edit.setAccessibleName(self.tr("File to import"))
        self.path_edit.setPlaceholderText(self.tr("File to import"))
        self.path_edit.textChanged.connect(self.completeChanged)
        row.addWidget(self.path_edit, 1)
        browse = QPushButton(icon("import"), self.tr("Browse…"), self)
        browse.clicked.connect(self.browse)
        row.addWidget(browse)
        self.body.addLayout(row)
        note = QLabel(self.tr("Nothing is saved until the last step. You can undo a finished import from the "
                              "Import / Export page."), self)
        note.setWordWrap(True)
        note.setTextFormat(Qt.TextFormat.PlainText)
        self.body.addWidget(note)
        self.body.addStretch(1)

    def browse(self) -> None:
        stored = self.w.ctx.settings.value(_OPEN_DIR_KEY, "", type=str)
        folder = stored if isinstance(stored, str) and stored and Path(stored).is_dir() else str(Path.home())
        path, _selected = QFileDialog.getOpenFileName(
            self, self.tr("Import customers"), folder,
            self.tr("Customer lists ({patterns})").format(patterns=FILE_FILTER_EXTS) + ";;"
            + self.tr("All files (*)"))
        if path:
            self.w.ctx.settings.setValue(_OPEN_DIR_KEY, str(Path(path).parent))
            self.path_edit.setText(path)

    def isComplete(self) -> bool:  # noqa: N802 - Qt's name
        return Path(self.path_edit.text().strip()).is_file()

    def validatePage(self) -> bool:  # noqa: N802 - Qt's name
        self.w.set_path(Path(self.path_edit.text().strip()))
        return True


# --- 2. encoding / sheet / delimiter ----------------------------------------------------------------
class LayoutPage(_Page):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.setTitle(self.tr("How the file is read"))
        self.setSubTitle(self.tr("ClientVault detected these settings. If names look garbled below, choose "
                                 "another encoding."))
        form = QFormLayout()
        self.format_label = QLabel(self)
        form.addRow(self.tr("Format:"), self.format_label)
        self.encoding_combo = QComboBox(self)
        self.encoding_combo.setAccessibleName(self.tr("Encoding"))
        form.addRow(self.tr("&Encoding:"), self.encoding_combo)
        self.sheet_combo = QComboBox(self)
        self.sheet_combo.setAccessibleName(self.tr("Sheet"))
        form.addRow(self.tr("&Sheet:"), self.sheet_combo)
        self.delimiter_combo = QComboBox(self)
        self.delimiter_combo.setAccessibleName(self.tr("Delimiter"))
        for d in DELIMITERS:
            self.delimiter_combo.addItem(delimiter_text(d), d)
        self.delimiter_combo.addItem(self.tr("Other…"), OTHER_DELIMITER)
        self.other_delimiter = QLineEdit(self)
        self.other_delimiter.setMaxLength(1)
        self.other_delimiter.setMaximumWidth(60)
        self.other_delimiter.setAccessibleName(self.tr("Other delimiter"))
        self.other_delimiter.setToolTip(self.tr("Type the one character that separates the columns."))
        self.other_delimiter.setEnabled(False)
        delimiter_row = QHBoxLayout()
        delimiter_row.addWidget(self.delimiter_combo)
        delimiter_row.addWidget(self.other_delimiter)
        delimiter_row.addStretch(1)
        delimiter_label = QLabel(self.tr("&Delimiter:"), self)
        delimiter_label.setBuddy(self.delimiter_combo)
        form.addRow(delimiter_label, delimiter_row)
        self.body.addLayout(form)
        self.status = QLabel(self)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.body.addWidget(self.status)
        self.raw = QTableWidget(self)
        self.raw.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.raw.setAlternatingRowColors(True)
        self.raw.verticalHeader().hide()
        self.body.addWidget(self.raw, 1)
        self.encoding_combo.currentIndexChanged.connect(self._changed)
        self.sheet_combo.currentIndexChanged.connect(self._changed)
        self.delimiter_combo.currentIndexChanged.connect(self._changed)
        self.other_delimiter.textChanged.connect(self._changed)

    def initializePage(self) -> None:  # noqa: N802 - Qt's name
        if self.w.preview_data is None or self.w.preview_path != self.w.path:
            self.w.request_preview(reset_mapping=True)
        else:
            self.show_preview()

    def isComplete(self) -> bool:  # noqa: N802 - Qt's name
        return self.w.preview_data is not None and not self.w.loading

    def _changed(self, *_args: object) -> None:
        if self.w.filling:
            return
        encoding = self.encoding_combo.currentData()
        sheet = self.sheet_combo.currentData()
        delimiter = self.delimiter_combo.currentData()
        other = delimiter == OTHER_DELIMITER
        self.other_delimiter.setEnabled(other)
        if other:
            typed = self.other_delimiter.text()
            usable = len(typed) == 1 and typed not in _NOT_DELIMITERS
            if not typed:
                self.other_delimiter.setFocus()
            elif not usable:
                self.banner.show_message(self.tr("A quote or a line break cannot separate columns. Type "
                                                 "another character."), Level.WARNING)
            else:
                self.banner.hide()
            delimiter = typed if usable else self.w.delimiter  # until a usable one is typed: the last one
        if (encoding, sheet, delimiter) == (self.w.encoding, self.w.sheet, self.w.delimiter):
            return
        self.w.encoding, self.w.sheet, self.w.delimiter = encoding, sheet, delimiter
        self.w.request_preview(reset_mapping=True)

    def show_preview(self) -> None:
        p = self.w.preview_data
        self.completeChanged.emit()
        if p is None:
            return
        self.w.filling = True
        try:
            self.format_label.setText(format_text(p.format))
            combo = self.encoding_combo
            combo.clear()
            names = list(dict.fromkeys([p.encoding, *ENCODINGS])) if p.encoding else list(ENCODINGS)
            for name in names:
                combo.addItem(name, name)
            combo.setCurrentIndex(max(combo.findData(p.encoding), 0))
            combo.setEnabled(p.format in ("csv", "vcard"))
            self.sheet_combo.clear()
            for sheet in p.sheets:
                self.sheet_combo.addItem(sheet, sheet)
            self.sheet_combo.setCurrentIndex(max(self.sheet_combo.findData(p.sheet), 0))
            self.sheet_combo.setEnabled(len(p.sheets) > 1)
            delimiter = p.delimiter or self.w.delimiter or ","
            index = self.delimiter_combo.findData(delimiter)
            if index < 0:
                index = self.delimiter_combo.findData(OTHER_DELIMITER)
                self.other_delimiter.setText(delimiter)
            else:
                self.other_delimiter.clear()
            self.delimiter_combo.setCurrentIndex(index)
            is_csv = p.format == "csv"
            self.delimiter_combo.setEnabled(is_csv)
            self.other_delimiter.setEnabled(is_csv and index == self.delimiter_combo.findData(OTHER_DELIMITER))
            self.delimiter_combo.setToolTip(self.tr("Detected from the file. Choose another one if the columns "
                                                    "below are not split right.") if is_csv else "")
        finally:
            self.w.filling = False
        self.status.setText(self.tr("{columns} columns, about {rows} rows. The first rows as read:").format(
            columns=len(p.headers), rows=p.total_hint))
        self.raw.clear()
        self.raw.setColumnCount(len(p.headers))
        self.raw.setHorizontalHeaderLabels([h or "—" for h in p.headers])
        self.raw.setRowCount(len(p.rows))
        for r, row in enumerate(p.rows):
            for c, cell in enumerate(row.cells[:len(p.headers)]):
                self.raw.setItem(r, c, QTableWidgetItem(cell))
        self.raw.resizeColumnsToContents()


# --- 3. column mapping with preview -------------------------------------------------------------------
class MappingPage(_Page):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.setTitle(self.tr("Column mapping"))
        self.setSubTitle(self.tr("Which customer field each column goes to. Suggestions are filled in; change "
                                 "any of them. Below: the first rows as they will be stored."))
        templates = QHBoxLayout()
        templates.addWidget(QLabel(self.tr("Template:"), self))
        self.template_combo = QComboBox(self)
        self.template_combo.setAccessibleName(self.tr("Mapping template"))
        self.template_combo.setMinimumContentsLength(14)
        templates.addWidget(self.template_combo)
        self.load_button = QPushButton(self.tr("Apply template"), self)
        self.load_button.clicked.connect(self.apply_template)
        templates.addWidget(self.load_button)
        self.save_button = QPushButton(self.tr("Save as template…"), self)
        self.save_button.clicked.connect(self.ask_template_name)
        templates.addWidget(self.save_button)
        templates.addStretch(1)
        self.body.addLayout(templates)
        self.table = QTableWidget(0, 3, self)
        self.table.setHorizontalHeaderLabels([self.tr("File column"), self.tr("Example"), self.tr("Field")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.body.addWidget(self.table, 3)
        self.preview_label = QLabel(self.tr("Preview (as stored):"), self)
        self.body.addWidget(self.preview_label)
        self.preview_model = PreviewModel(self)
        self.preview = QTableView(self)
        self.preview.setModel(self.preview_model)
        self.preview.verticalHeader().hide()
        self.preview.setAlternatingRowColors(True)
        self.preview.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview.setWordWrap(False)
        self.body.addWidget(self.preview, 4)
        self.combos: list[QComboBox] = []
        self._templates: dict[str, dict[str, str]] = {}

    def initializePage(self) -> None:  # noqa: N802 - Qt's name
        self.build_rows()
        self.show_preview()
        self.w.load_templates()

    def isComplete(self) -> bool:  # noqa: N802 - Qt's name
        return (self.w.preview_data is not None and not self.w.loading
                and any(t for t in self.w.targets))

    def build_rows(self) -> None:
        p = self.w.preview_data
        self.combos = []
        self.table.setRowCount(0)
        if p is None:
            return
        self.table.setRowCount(len(p.headers))
        for i, header in enumerate(p.headers):
            parent = p.parent_headers[i] if i < len(p.parent_headers) else ""
            shown = (parent + " / " + header) if parent and parent != header else header
            item = QTableWidgetItem(shown or self.tr("(column {n})").format(n=i + 1))
            self.table.setItem(i, 0, item)
            example = next((r.cells[i] for r in p.rows if i < len(r.cells) and r.cells[i].strip()), "")
            self.table.setItem(i, 1, QTableWidgetItem(example))
            combo = QComboBox(self.table)
            combo.setAccessibleName(self.tr("Field for column {column}").format(column=shown))
            combo.setMaxVisibleItems(20)
            for target in target_choices(header, self.w.targets[i] if i < len(self.w.targets) else ""):
                combo.addItem(target_label(target), target)
            combo.setCurrentIndex(max(combo.findData(self.w.targets[i] if i < len(self.w.targets) else ""), 0))
            combo.currentIndexChanged.connect(self._mapping_changed)
            self.table.setCellWidget(i, 2, combo)
            self.combos.append(combo)
        self.table.resizeColumnsToContents()

    def set_target(self, column: int, target: str) -> None:
        """Map file column `column` to `target` (as if chosen in its combo box)."""
        combo = self.combos[column]
        index = combo.findData(target)
        if index < 0:
            combo.addItem(target_label(target), target)
            index = combo.count() - 1
        combo.setCurrentIndex(index)

    def _mapping_changed(self, *_args: object) -> None:
        self.w.targets = [str(c.currentData() or "") for c in self.combos]
        self.completeChanged.emit()
        self.w.request_preview(reset_mapping=False)

    def show_preview(self) -> None:
        p = self.w.preview_data
        self.preview_model.set_rows(p.rows if p is not None else [])
        self.preview.resizeColumnsToContents()
        self.completeChanged.emit()

    def set_templates(self, templates: dict[str, dict[str, str]]) -> None:
        self._templates = dict(templates)
        self.template_combo.clear()
        for name in sorted(templates):
            self.template_combo.addItem(name, name)
        has = bool(templates)
        self.template_combo.setEnabled(has)
        self.load_button.setEnabled(has)
        if not has:
            self.template_combo.addItem(self.tr("(no saved templates)"), None)

    def apply_template(self) -> None:
        name = self.template_combo.currentData()
        template = self._templates.get(name) if isinstance(name, str) else None
        p = self.w.preview_data
        if template is None or p is None:
            return
        for i, header in enumerate(p.headers):
            if header in template and i < len(self.combos):
                self.combos[i].blockSignals(True)
                self.set_target(i, template[header])
                self.combos[i].blockSignals(False)
        self._mapping_changed()

    def ask_template_name(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("Save mapping template"),
                                        self.tr("Name of the template (for example the program the file came from):"))
        if ok and name.strip():
            self.w.save_template(name.strip())


# --- 4. problems ------------------------------------------------------------------------------------
class ProblemsPage(_Page):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.setTitle(self.tr("Problems"))
        self.setSubTitle(self.tr("A check of the whole file; nothing is saved yet. Rejected rows are not "
                                 "imported; flagged values are kept as \"invalid, needs review\", never as valid."))
        self.counts = QLabel(self)
        self.counts.setTextFormat(Qt.TextFormat.PlainText)
        self.counts.setWordWrap(True)
        self.body.addWidget(self.counts)
        self.model = ProblemsModel(self)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.verticalHeader().hide()
        self.view.setAlternatingRowColors(True)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.body.addWidget(self.view, 1)

    def initializePage(self) -> None:  # noqa: N802 - Qt's name
        self.model.clear()
        self.counts.setText(self.tr("Checking every row…"))
        self.w.dry_run("skip", self._checked)

    def _checked(self, report: imports.ImportReport) -> None:
        self.model.set_entries([e for e in report.rows if e.status == "rejected" or e.reasons and e.status != "skipped"])
        self.view.resizeColumnsToContents()
        self.counts.setText(self.tr("{rows} rows can be imported: {flagged} with values flagged for review. "
                                    "{rejected} rows rejected, {skipped} skipped (blank, totals, or duplicates).")
                            .format(rows=report.imported + report.updated, flagged=report.flagged,
                                    rejected=report.rejected, skipped=report.skipped))
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802 - Qt's name
        return self.w.last_dry_run is not None and not self.w.loading


# --- 5. matches -------------------------------------------------------------------------------------
class MatchPage(_Page):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.setTitle(self.tr("Customers already in the vault"))
        self.setSubTitle(self.tr("A row matches when it has the same mobile number or email as an existing "
                                 "customer or an earlier row, or when the duplicate finder is sure it is one."))
        self.group = QButtonGroup(self)
        self.buttons: dict[str, QRadioButton] = {}
        choices = (
            ("skip", self.tr("Skip matching rows (keep the existing customers as they are)")),
            ("update", self.tr("Update the existing customers (fill in fields, add phones, emails and tags)")),
            ("create", self.tr("Create new customers anyway (find duplicates later)")),
        )
        for policy, text in choices:
            button = QRadioButton(text, self)
            button.setProperty("policy", policy)
            self.group.addButton(button)
            self.body.addWidget(button)
            self.buttons[policy] = button
        self.buttons["skip"].setChecked(True)
        self.group.buttonToggled.connect(self._toggled)
        self.counts = QLabel(self)
        self.counts.setTextFormat(Qt.TextFormat.PlainText)
        self.counts.setWordWrap(True)
        self.body.addSpacing(12)
        self.body.addWidget(self.counts)
        self.matches_model = ProblemsModel(self)
        self.matches = QTableView(self)
        self.matches.setModel(self.matches_model)
        self.matches.setAccessibleName(self.tr("Rows that match existing customers"))
        self.matches.verticalHeader().hide()
        self.matches.setAlternatingRowColors(True)
        self.matches.setWordWrap(True)
        self.matches.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.matches.horizontalHeader().setStretchLastSection(True)
        self.matches.hide()
        self.body.addWidget(self.matches, 1)
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("Import"))

    def policy(self) -> str:
        for policy, button in self.buttons.items():
            if button.isChecked():
                return policy
        return "skip"

    def initializePage(self) -> None:  # noqa: N802 - Qt's name
        self._count()

    def _toggled(self, _button: object = None, checked: bool = True) -> None:
        if checked and self.w.currentId() == ImportWizard.MATCH:
            self._count()

    def _count(self) -> None:
        self.w.on_match = self.policy()
        self.counts.setText(self.tr("Dry run…"))
        self.w.dry_run(self.w.on_match, self._counted)

    def _counted(self, report: imports.ImportReport) -> None:
        if report.on_match != self.policy():
            return
        self.counts.setText(self.tr("Dry run: {imported} new, {updated} updated, {flagged} flagged, "
                                    "{rejected} rejected, {skipped} skipped.").format(**report.counts()))
        matched = [e for e in report.rows if e.match]
        self.matches_model.set_entries(matched)
        self.matches.setVisible(bool(matched))
        self.matches.resizeColumnsToContents()
        self.matches.horizontalHeader().setStretchLastSection(True)
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802 - Qt's name
        return not self.w.loading


# --- 6. run ---------------------------------------------------------------------------------------
class RunPage(_Page):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.setTitle(self.tr("Importing"))
        self.setSubTitle(self.tr("All or nothing: if you cancel, nothing is imported."))
        self.status = QLabel(self)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        self.body.addWidget(self.status)
        self.bar = QProgressBar(self)
        self.body.addWidget(self.bar)
        row = QHBoxLayout()
        row.addStretch(1)
        self.cancel_button = QPushButton(self.tr("Cancel import"), self)
        self.cancel_button.clicked.connect(self.w.cancel_import)
        row.addWidget(self.cancel_button)
        self.body.addLayout(row)
        self.body.addStretch(1)

    def initializePage(self) -> None:  # noqa: N802 - Qt's name
        self.bar.setRange(0, 0)
        self.status.setText(self.tr("Importing {file}…").format(file=self.w.path.name if self.w.path else ""))
        self.cancel_button.setEnabled(True)
        self.w.start_import()

    def progress(self, done: int, total: int) -> None:
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(min(done, total))
        self.status.setText(self.tr("{done} of {total} rows…").format(done=done, total=total))

    def isComplete(self) -> bool:  # noqa: N802 - Qt's name
        return self.w.report is not None


# --- 7. report ------------------------------------------------------------------------------------
class ReportPage(_Page):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.setTitle(self.tr("Import report"))
        self.summary = QLabel(self)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        self.body.addWidget(self.summary)
        self.model = ProblemsModel(self)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.verticalHeader().hide()
        self.view.setAlternatingRowColors(True)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.body.addWidget(self.view, 1)
        row = QHBoxLayout()
        self.rejected_button = QPushButton(self.tr("Save rejected rows…"), self)
        self.rejected_button.clicked.connect(self.choose_rejected_file)
        row.addWidget(self.rejected_button)
        self.report_button = QPushButton(self.tr("Save report…"), self)
        self.report_button.clicked.connect(self.choose_report_file)
        row.addWidget(self.report_button)
        row.addStretch(1)
        self.body.addLayout(row)
        self.setFinalPage(True)

    def initializePage(self) -> None:  # noqa: N802 - Qt's name
        r = self.w.report
        if r is None:
            return
        self.summary.setText(self.tr("Import #{id} of {file} is done: {imported} new, {updated} updated, {flagged} "
                                     "flagged for review, {rejected} rejected, {skipped} skipped. You can undo it "
                                     "from the Import / Export page.").format(id=r.import_id, file=r.file_name,
                                                                             **r.counts()))
        self.model.set_entries(r.rows)
        self.view.resizeColumnsToContents()
        self.rejected_button.setEnabled(r.rejected > 0)

    def choose_rejected_file(self) -> None:
        if self.w.path is None:
            return
        path, _selected = QFileDialog.getSaveFileName(
            self, self.tr("Save rejected rows"), str(self.w.path.with_name(self.w.path.stem + "-rejected.csv")),
            self.tr("CSV files (*.csv)"))
        if path:
            self.w.save_rejected_rows(Path(path))

    def choose_report_file(self) -> None:
        if self.w.path is None:
            return
        path, _selected = QFileDialog.getSaveFileName(
            self, self.tr("Save import report"), str(self.w.path.with_name(self.w.path.stem + "-report.json")),
            self.tr("JSON files (*.json)"))
        if path:
            self.w.save_report(Path(path))


# --- the wizard -----------------------------------------------------------------------------------
class ImportWizard(QWizard):
    """file → layout → mapping → problems → matches → run → report. `imported(report)` on success."""

    FILE, LAYOUT, MAPPING, PROBLEMS, MATCH, RUN, REPORT = range(7)

    imported = Signal(object)  # ImportReport
    cancelled = Signal()
    preview_loaded = Signal(object)  # ImportPreview
    dry_run_done = Signal(object)  # ImportReport (dry run)
    saved = Signal(str)  # a file written from the report page

    def __init__(self, ctx: AppContext, session: Session, parent: QWidget | None = None, *,
                 error_handler: Callable[[BaseException], None] | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importWizard")
        self.ctx = ctx
        self.session = session
        self._error_handler = error_handler
        self.setWindowTitle(self.tr("Import customers"))
        self.setWindowIcon(icon("import"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.resize(860, 620)
        self.path: Path | None = None
        self.encoding: str | None = None
        self.sheet: str | None = None
        self.delimiter: str | None = None
        self.targets: list[str] = []
        self.on_match = "skip"
        self.preview_data: imports.ImportPreview | None = None
        self.preview_path: Path | None = None
        self.last_dry_run: imports.ImportReport | None = None
        self.report: imports.ImportReport | None = None
        self.loading = False
        self.filling = False
        self.running = False
        self._generation = 0
        self._token: CancelToken | None = None
        self.file_page = FilePage(self)
        self.layout_page = LayoutPage(self)
        self.mapping_page = MappingPage(self)
        self.problems_page = ProblemsPage(self)
        self.match_page = MatchPage(self)
        self.run_page = RunPage(self)
        self.report_page = ReportPage(self)
        for page_id, page in enumerate((self.file_page, self.layout_page, self.mapping_page, self.problems_page,
                                        self.match_page, self.run_page, self.report_page)):
            self.setPage(page_id, page)

    # --- state ----------------------------------------------------------------------------------
    def set_path(self, path: Path) -> None:
        if path != self.path:
            self.path = path
            self.encoding = self.sheet = self.delimiter = None
            self.targets = []
            self.preview_data = None
            self.last_dry_run = None

    def set_file(self, path: str | Path) -> None:
        """Fill in the file (what Browse… does)."""
        self.file_page.path_edit.setText(str(path))

    def mapping(self) -> list[str] | None:
        return list(self.targets) if self.targets else None

    def options(self, *, on_match: str, dry_run: bool, rejected_rows: Path | None = None) -> imports.ImportOptions:
        return imports.ImportOptions(on_match=on_match, dry_run=dry_run, sheet=self.sheet, encoding=self.encoding,
                                     delimiter=self.delimiter, mapping=self.mapping(), rejected_rows=rejected_rows)

    def _set_loading(self, loading: bool) -> None:
        self.loading = loading
        page = self.currentPage()
        if page is not None:
            page.completeChanged.emit()

    # --- errors ---------------------------------------------------------------------------------
    def show_error(self, error: BaseException) -> None:
        page = self.currentPage()
        if isinstance(error, ClientVaultError):
            if isinstance(page, _Page):
                page.banner.show_message(error_message(error), Level.ERROR)
            return
        if self._error_handler is not None:
            self._error_handler(error)

    def _clear_banner(self) -> None:
        page = self.currentPage()
        if isinstance(page, _Page):
            page.banner.hide()

    # --- preview ----------------------------------------------------------------------------------
    def request_preview(self, *, reset_mapping: bool) -> None:
        if self.path is None:
            return
        if reset_mapping:
            self.targets = []
        self._generation += 1
        generation = self._generation
        self.last_dry_run = None
        self._set_loading(True)
        kwargs: dict[str, Any] = {"sheet": self.sheet, "encoding": self.encoding, "mapping": self.mapping(),
                                  "limit": PREVIEW_ROWS}
        if self.delimiter:
            kwargs["delimiter"] = self.delimiter
        path = self.path
        self.ctx.runner.run(imports.preview, self.session, path, **kwargs,
                            on_done=lambda p: self._previewed(generation, path, p),
                            on_error=lambda e: self._failed(generation, e), owner=self)

    def _previewed(self, generation: int, path: Path, preview: imports.ImportPreview) -> None:
        if generation != self._generation:
            return
        self._clear_banner()
        self.preview_data = preview
        self.preview_path = path
        self.targets = list(preview.targets)
        self._set_loading(False)
        page = self.currentPage()
        if page is self.layout_page:
            self.layout_page.show_preview()
        elif page is self.mapping_page:
            if len(self.mapping_page.combos) != len(preview.headers):
                self.mapping_page.build_rows()
            self.mapping_page.show_preview()
        self.preview_loaded.emit(preview)

    def _failed(self, generation: int, error: BaseException) -> None:
        if generation != self._generation:
            return
        self._set_loading(False)
        self.show_error(error)

    # --- templates --------------------------------------------------------------------------------
    def load_templates(self) -> None:
        self.ctx.runner.run(imports.list_templates, self.session, on_done=self.mapping_page.set_templates,
                            on_error=self.show_error, owner=self)

    def save_template(self, name: str) -> None:
        p = self.preview_data
        if p is None:
            return
        template = {h: t for h, t in zip(p.headers, self.targets, strict=False) if h and t}
        self.ctx.runner.run(imports.save_template, self.session, name, template,
                            on_done=lambda _r: self._template_saved(name), on_error=self.show_error, owner=self)

    def _template_saved(self, name: str) -> None:
        self.mapping_page.banner.show_message(self.tr("Mapping saved as template \"{name}\".").format(name=name),
                                              Level.SUCCESS, timeout_ms=5000)
        self.load_templates()

    # --- dry runs ---------------------------------------------------------------------------------
    def dry_run(self, on_match: str, on_done: Callable[[imports.ImportReport], None]) -> None:
        if self.path is None:
            return
        self._generation += 1
        generation = self._generation
        self._set_loading(True)

        def done(report: imports.ImportReport) -> None:
            if generation != self._generation:
                return
            self._clear_banner()
            self.last_dry_run = report
            self._set_loading(False)
            on_done(report)
            self.dry_run_done.emit(report)

        self.ctx.runner.run(imports.run_import, self.session, self.path,
                            self.options(on_match=on_match, dry_run=True),
                            on_done=done, on_error=lambda e: self._failed(generation, e), owner=self)

    # --- the import -------------------------------------------------------------------------------
    def start_import(self) -> None:
        if self.path is None or self.running:
            return
        self.running = True
        self.report = None
        self._token = token = CancelToken()
        self.button(QWizard.WizardButton.CancelButton).setEnabled(False)
        self.ctx.runner.progress.connect(self.run_page.progress)
        self.ctx.runner.run(imports.run_import, self.session, self.path,
                            self.options(on_match=self.on_match, dry_run=False),
                            progress=self.ctx.runner.progress_callback(), cancelled=lambda: token.cancelled,
                            on_done=self._import_done, on_error=self._import_failed, owner=self)

    def cancel_import(self) -> None:
        if self._token is not None and self.running:
            self._token.cancel()
            self.run_page.cancel_button.setEnabled(False)
            self.run_page.status.setText(self.tr("Cancelling…"))

    def _end_run(self) -> None:
        self.running = False
        try:
            self.ctx.runner.progress.disconnect(self.run_page.progress)
        except (RuntimeError, TypeError):
            pass
        self.button(QWizard.WizardButton.CancelButton).setEnabled(True)
        self.run_page.cancel_button.setEnabled(False)

    def _import_done(self, report: imports.ImportReport) -> None:
        self._end_run()
        self.report = report
        self.run_page.bar.setRange(0, 1)
        self.run_page.bar.setValue(1)
        self.run_page.completeChanged.emit()
        self.imported.emit(report)
        if self.currentPage() is self.run_page:
            self.next()

    def _import_failed(self, error: BaseException) -> None:
        self._end_run()
        self.run_page.bar.setRange(0, 1)
        self.run_page.bar.setValue(0)
        if isinstance(error, ImportCancelled):
            self.run_page.status.setText(self.tr("The import was cancelled. Nothing was imported or changed."))
            self.cancelled.emit()
            return
        self.run_page.status.setText(self.tr("The import failed. Nothing was imported or changed."))
        self.show_error(error)

    def reject(self) -> None:
        if self.running:
            self.cancel_import()
            return
        super().reject()

    # --- report files -----------------------------------------------------------------------------
    def save_rejected_rows(self, path: Path) -> None:
        """Write the rejected rows (with line number and reason) as CSV: a dry run of the same file
        and settings writes them (rejection does not depend on what the vault holds)."""
        if self.path is None:
            return
        self.ctx.runner.run(imports.run_import, self.session, self.path,
                            self.options(on_match="skip", dry_run=True, rejected_rows=path),
                            on_done=lambda _r: self._saved(path), on_error=self.show_error, owner=self)

    def save_report(self, path: Path) -> None:
        """Write the report as JSON (counts, mapping, per-row reasons; no customer values)."""
        if self.report is None:
            return
        data = json.dumps(self.report.as_json(), ensure_ascii=False, indent=1) + "\n"
        try:
            tmp = path.with_name(path.name + ".tmp")
            tmp.write_text(data, encoding="utf-8")
            tmp.replace(path)
        except OSError:
            self.report_page.banner.show_message(
                self.tr("The report could not be saved to {path}. Choose another folder.").format(path=str(path)),
                Level.ERROR)
            return
        self._saved(path)

    def _saved(self, path: Path) -> None:
        self.report_page.banner.show_message(self.tr("Saved {path}.").format(path=str(path)), Level.SUCCESS)
        self.saved.emit(str(path))


# --- helpers ------------------------------------------------------------------------------------------
_DELIMITER_NAMES: Final = {
    ",": QT_TRANSLATE_NOOP("ImportWizard", "Comma (,)"),
    ";": QT_TRANSLATE_NOOP("ImportWizard", "Semicolon (;)"),
    "\t": QT_TRANSLATE_NOOP("ImportWizard", "Tab"),
    "|": QT_TRANSLATE_NOOP("ImportWizard", "Vertical bar (|)"),
}
_FORMAT_NAMES: Final = {
    "csv": QT_TRANSLATE_NOOP("ImportWizard", "CSV / text"),
    "xlsx": QT_TRANSLATE_NOOP("ImportWizard", "Excel (.xlsx)"),
    "xls": QT_TRANSLATE_NOOP("ImportWizard", "Excel 97–2003 (.xls)"),
    "vcard": QT_TRANSLATE_NOOP("ImportWizard", "vCard (contacts)"),
}


def delimiter_text(d: str) -> str:
    source = _DELIMITER_NAMES.get(d)
    return QCoreApplication.translate("ImportWizard", source) if source else d


def format_text(fmt: str) -> str:
    source = _FORMAT_NAMES.get(fmt)
    return QCoreApplication.translate("ImportWizard", source) if source else fmt


def target_choices(header: str, current: str) -> list[str]:
    """The targets a column can go to: none, every field, address parts, a custom field named after
    the column, and the current (suggested) target if it is something else."""
    choices = ["", *FIELD_TARGETS, *ADDRESS_PARTS]
    if header:
        choices.append("custom:" + header[:100])
    if current and current not in choices:
        choices.insert(1, current)
    return list(dict.fromkeys(choices))
