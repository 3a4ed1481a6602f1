"""The Import / Export page (导入 / 导出, issue 4 items 5–7).

* "Import a file…" opens the import wizard; below, the past imports (file, time, counts, undone?)
  with "Undo import" (after a confirmation: removes the customers the import created and reverts
  its changes to existing customers).
* "Export…" opens the export dialog (format, fields, masking, purpose, password).
* Data-subject export: normally from the customer editor; here the owner can also export
  everything about one customer by number (JSON + HTML, `exports.dsar`).

Shown to roles that may import (EDIT) or export (EXPORT_MASKED); viewers never see it, and the
services refuse them anyway.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Final

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services import exports, imports
from app.services.permissions import Action, allowed
from app.services.session import Session
from app.ui.app_context import AppContext
from app.ui.icons import icon
from app.ui.itemmodels.import_preview_model import ImportsListModel
from app.ui.pages.base import Page
from app.ui.pages.export_dialog import ExportDialog
from app.ui.pages.import_wizard import ImportWizard
from app.ui.widgets import prompts
from app.ui.widgets.message_banner import Level

__all__ = ["TransferPage"]

_DSAR_DIR_KEY: Final = "export/dsar_dir"


class TransferPage(Page):
    imports_loaded = Signal(int)  # rows shown
    undone = Signal(object)  # UndoResult
    dsar_written = Signal(str, str)  # json path, html path

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("transferPage")
        self._session: Session | None = None
        self.wizard: ImportWizard | None = None
        self.export_dialog: ExportDialog | None = None
        self.model = ImportsListModel(self)
        self._build()

    # --- building --------------------------------------------------------------------------------
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 8)
        layout.setSpacing(8)

        head = QHBoxLayout()
        title = QLabel(self.tr("Import"), self)
        title.setStyleSheet("font-weight:bold;font-size:15px;")
        head.addWidget(title)
        head.addStretch(1)
        self.import_button = QPushButton(icon("import"), self.tr("Import a file…"), self)
        self.import_button.setToolTip(self.tr("Import customers from CSV, Excel or vCard (contacts) files"))
        self.import_button.clicked.connect(self.open_import_wizard)
        head.addWidget(self.import_button)
        self.refresh_button = QPushButton(icon("refresh"), self.tr("Refresh"), self)
        self.refresh_button.clicked.connect(self.refresh)
        head.addWidget(self.refresh_button)
        layout.addLayout(head)

        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.resizeSection(ImportsListModel.COL_FILE, 220)
        header.resizeSection(ImportsListModel.COL_TIME, 150)
        header.resizeSection(ImportsListModel.COL_COUNTS, 360)
        self.view.selectionModel().currentRowChanged.connect(self._update_buttons)
        self.model.modelReset.connect(self._update_buttons)
        layout.addWidget(self.view, 1)

        row = QHBoxLayout()
        self.empty_label = QLabel(self)
        self.empty_label.setTextFormat(Qt.TextFormat.PlainText)
        row.addWidget(self.empty_label, 1)
        self.undo_button = QPushButton(icon("revert"), self.tr("Undo import"), self)
        self.undo_button.setToolTip(self.tr("Remove the customers this import created and revert its changes "
                                            "to existing customers"))
        self.undo_button.clicked.connect(self.undo_selected)
        row.addWidget(self.undo_button)
        layout.addLayout(row)

        line = QFrame(self)
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        layout.addWidget(line)

        export_head = QHBoxLayout()
        export_title = QLabel(self.tr("Export"), self)
        export_title.setStyleSheet("font-weight:bold;font-size:15px;")
        export_head.addWidget(export_title)
        export_head.addStretch(1)
        self.export_button = QPushButton(icon("export"), self.tr("Export…"), self)
        self.export_button.setToolTip(self.tr("Export customers with only the fields a purpose needs"))
        self.export_button.clicked.connect(self.open_export_dialog)
        export_head.addWidget(self.export_button)
        layout.addLayout(export_head)
        self.export_note = QLabel(self)
        self.export_note.setTextFormat(Qt.TextFormat.PlainText)
        self.export_note.setWordWrap(True)
        layout.addWidget(self.export_note)

        dsar_row = QHBoxLayout()
        self.dsar_note = QLabel(self.tr(
            "Data-subject requests (a customer asks for a copy of everything you hold about them): open the "
            "customer and use its export, or export it here by customer number."), self)
        self.dsar_note.setTextFormat(Qt.TextFormat.PlainText)
        self.dsar_note.setWordWrap(True)
        dsar_row.addWidget(self.dsar_note, 1)
        self.dsar_button = QPushButton(icon("user"), self.tr("Export everything about one customer…"), self)
        self.dsar_button.clicked.connect(self.ask_dsar)
        dsar_row.addWidget(self.dsar_button)
        layout.addLayout(dsar_row)
        self._update_buttons()

    # --- Page contract ---------------------------------------------------------------------------
    def page_id(self) -> str:
        return "transfer"

    def title(self) -> str:
        return self.tr("Import / Export")

    def icon(self) -> QIcon:
        return icon("import")

    @staticmethod
    def available_for(session: Session) -> bool:
        return allowed(session.user, Action.EDIT) or allowed(session.user, Action.EXPORT_MASKED)

    def activate(self, session: Session) -> None:
        if session is self._session:
            return
        self._session = session
        self._apply_roles()
        self.refresh()

    def deactivate(self) -> None:
        self._session = None
        for dialog in (self.wizard, self.export_dialog):
            if dialog is not None:
                dialog.hide()
                dialog.deleteLater()
        self.wizard = None
        self.export_dialog = None
        self.model.clear()
        self._apply_roles()

    @property
    def session(self) -> Session | None:
        return self._session

    # --- roles -----------------------------------------------------------------------------------
    def _apply_roles(self) -> None:
        s = self._session
        may_import = s is not None and allowed(s.user, Action.EDIT)
        may_export = s is not None and allowed(s.user, Action.EXPORT_MASKED)
        owner = s is not None and allowed(s.user, Action.EXPORT_FULL)
        self.import_button.setEnabled(may_import)
        self.export_button.setEnabled(may_export)
        self.dsar_button.setEnabled(owner)
        self.dsar_button.setToolTip("" if owner else self.tr("Only the owner can export everything about a customer."))
        if s is None:
            self.export_note.setText("")
        elif not may_export:
            self.export_note.setText(self.tr("Your role may not export customers. The owner can allow you to make "
                                             "masked exports."))
        elif not owner:
            self.export_note.setText(self.tr("Your exports are masked (138****8000); only the owner can export "
                                             "full values. Every export is recorded in the access log."))
        else:
            self.export_note.setText(self.tr("Exports are plain files outside the vault. Every export is recorded "
                                             "in the access log with its purpose, fields and count."))
        self._update_buttons()

    def _update_buttons(self, *_args: object) -> None:
        record = self.selected_record()
        may_import = self._session is not None and allowed(self._session.user, Action.EDIT)
        self.undo_button.setEnabled(may_import and record is not None and record.undone_at is None)
        if self._session is not None and self.model.rowCount() == 0:
            self.empty_label.setText(self.tr("No imports yet."))
        else:
            self.empty_label.setText("")

    def selected_record(self) -> Any:
        index = self.view.currentIndex()
        return self.model.record(index.row()) if index.isValid() else None

    # --- imports ---------------------------------------------------------------------------------
    def refresh(self) -> None:
        session = self._session
        if session is None:
            return
        self.ctx.runner.run(imports.list_imports, session, on_done=self._loaded, on_error=self.show_error,
                            owner=self)

    def _loaded(self, records: list[Any]) -> None:
        if self._session is None:
            return
        current = self.selected_record()
        self.model.set_records(records)
        if current is not None:
            for row in range(self.model.rowCount()):
                if self.model.record(row).id == current.id:
                    self.view.selectRow(row)
        self._update_buttons()
        self.imports_loaded.emit(len(records))

    def open_import_wizard(self) -> ImportWizard | None:
        session = self._session
        if session is None or not allowed(session.user, Action.EDIT):
            return None
        if self.wizard is not None:
            self.wizard.deleteLater()
        self.wizard = ImportWizard(self.ctx, session, self, error_handler=self.show_error)
        self.wizard.setWindowFlag(Qt.WindowType.Dialog, True)
        self.wizard.imported.connect(self._imported)
        self.wizard.open()
        return self.wizard

    def _imported(self, report: imports.ImportReport) -> None:
        self.notify(self.tr("Imported {file}: {imported} new, {updated} updated, {flagged} flagged, "
                            "{rejected} rejected, {skipped} skipped.").format(file=report.file_name,
                                                                              **report.counts()), Level.SUCCESS)
        self.refresh()

    def undo_selected(self) -> None:
        record = self.selected_record()
        session = self._session
        if record is None or session is None or record.undone_at is not None:
            return
        text = self.tr("Undo the import of {file}? The customers it created are removed for good, and its "
                       "changes to existing customers are reverted.").format(file=record.file_name)
        if not prompts.confirm(self, self.tr("Undo import"), text, self.tr("Undo import")):
            return
        self.undo_button.setEnabled(False)
        self.ctx.runner.run(imports.undo_import, session, record.id, on_done=self._undone,
                            on_error=self._undo_failed, owner=self)

    def _undone(self, result: imports.UndoResult) -> None:
        text = self.tr("Import undone: {deleted} customers removed, {reverted} customers restored.").format(
            deleted=result.deleted, reverted=result.reverted)
        if result.not_reverted:
            text += " " + self.tr("{count} customers changed since could not be restored.").format(
                count=len(result.not_reverted))
        self.notify(text, Level.SUCCESS if not result.not_reverted else Level.WARNING)
        self.undone.emit(result)
        self.refresh()

    def _undo_failed(self, error: BaseException) -> None:
        self._update_buttons()
        self.show_error(error)

    # --- exports ---------------------------------------------------------------------------------
    def open_export_dialog(self, search: str = "") -> ExportDialog | None:
        session = self._session
        if session is None:
            return None
        if self.export_dialog is not None:
            self.export_dialog.deleteLater()
        self.export_dialog = ExportDialog(self.ctx, session, self, search=search)
        self.export_dialog.setWindowFlag(Qt.WindowType.Dialog, True)
        self.export_dialog.exported.connect(self._exported)
        self.export_dialog.open()
        return self.export_dialog

    def _exported(self, count: int, path: str) -> None:
        self.notify(self.tr("Exported {count} customers to {path}.").format(count=count, path=path), Level.SUCCESS)

    def ask_dsar(self) -> None:
        session = self._session
        if session is None or not allowed(session.user, Action.EXPORT_FULL):
            return
        cid, ok = QInputDialog.getInt(self, self.tr("Data-subject export"),
                                      self.tr("Customer number (shown in the customer's title):"), 1, 1, 2**31 - 1)
        if not ok:
            return
        stored = self.ctx.settings.value(_DSAR_DIR_KEY, "", type=str)
        folder = stored if isinstance(stored, str) and stored and Path(stored).is_dir() else str(Path.home())
        name = self.tr("customer-{id}-data-{date}").format(id=cid, date=QDate.currentDate().toString("yyyyMMdd"))
        path, _selected = QFileDialog.getSaveFileName(
            self, self.tr("Data-subject export"), str(Path(folder) / (name + ".json")),
            self.tr("JSON and HTML (*.json)"))
        if not path:
            return
        self.ctx.settings.setValue(_DSAR_DIR_KEY, str(Path(path).parent))
        self.export_subject(cid, Path(path))

    def export_subject(self, customer_id: int, path: Path) -> None:
        """Write everything about one customer to `<path>.json` and `<path>.html` (owner only)."""
        session = self._session
        if session is None:
            return
        self.ctx.runner.run(exports.dsar, session, customer_id, path, on_done=self._dsar_done,
                            on_error=self.show_error, owner=self)

    def _dsar_done(self, paths: tuple[Path, Path]) -> None:
        json_path, html_path = paths
        self.notify(self.tr("Everything held about the customer was written to {json} and {html}. These files are "
                            "not encrypted: hand them over securely.").format(json=str(json_path),
                                                                             html=str(html_path)), Level.SUCCESS)
        self.dsar_written.emit(str(json_path), str(html_path))
