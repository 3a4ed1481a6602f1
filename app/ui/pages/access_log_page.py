"""The access-log page (访问日志): who did what, when, to which customer (PRODUCT.md §7).

* A lazy table of entries, newest first (`AccessLogModel`, keyset-paged through the task runner).
* Filters: user (owner only; staff always see their own entries), action, customer id and a date
  range whose ends can each be "any". Filter changes apply after a short pause.
* The chain status at the top: "Verified: N entries, chain intact" or "Broken at entry N" (also
  the truncated case), from `audit.verify` on the runner — owner only; staff are told that
  verification is available to the owner. A Verify button runs it again.
* Export… writes the filtered log as CSV through `audit_export.export_log` (logged as "export").
* `show_customer(customer_id)` shows one customer's access history (the editor calls it).

Viewers never see this page (`available_for`), and the services refuse them anyway.
"""

from __future__ import annotations

from pathlib import Path
from typing import Final

from PySide6.QtCore import (
    QDate,
    QDateTime,
    QEvent,
    QObject,
    QPoint,
    QRegularExpression,
    Qt,
    QTime,
    QTimer,
    Signal,
)
from PySide6.QtGui import QIcon, QKeySequence, QRegularExpressionValidator, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.i18n.messages import action_label
from app.services import audit, audit_export
from app.services.audit import ChainStatus
from app.services.permissions import Action, allowed
from app.services.session import Session
from app.ui.app_context import AppContext
from app.ui.icons import icon
from app.ui.itemmodels.access_log_model import (
    ACTION_CODES,
    AccessLogModel,
    LogFilter,
    detail_summary,
    field_text,
    sortable_local_time,
)
from app.ui.pages.base import Page
from app.ui.widgets.message_banner import Level

__all__ = ["AccessLogPage", "ChainState"]

ANY_DATE: Final = QDate(2000, 1, 1)  # the minimum of the date edits; shown as "any"
FILTER_DELAY_MS: Final = 300
_EXPORT_DIR_KEY: Final = "access_log/export_dir"

_STATUS_STYLES: Final = {
    "ok": "background:#e6f4ea;border:1px solid #a8dab5;color:#0d652d;",
    "broken": "background:#fce8e6;border:1px solid #f6aea9;color:#a50e0e;",
    "neutral": "background:#f1f3f4;border:1px solid #dadce0;color:#3c4043;",
}


class ChainState:
    """What the chain-status banner shows (`AccessLogPage.chain_state`)."""

    UNKNOWN = "unknown"  # not verified yet in this session
    VERIFYING = "verifying"
    OK = "ok"
    BROKEN = "broken"
    TRUNCATED = "truncated"
    UNAVAILABLE = "unavailable"  # staff: only the owner verifies
    ERROR = "error"


class _AnyDatePopupFixer(QObject):
    """When a date edit shows "any" (its minimum date), open its calendar at today's month
    instead of at the minimum date years ago."""

    def __init__(self, edit: QDateEdit) -> None:
        super().__init__(edit)
        self._edit = edit
        edit.calendarWidget().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Show and self._edit.date() == self._edit.minimumDate():
            today = QDate.currentDate()
            self._edit.calendarWidget().setCurrentPage(today.year(), today.month())
        return False


class AccessLogPage(Page):
    """Access log viewer; owner sees every entry, staff their own."""

    chain_checked = Signal(object)  # ChainStatus after a verification
    exported = Signal(int, str)  # entries written, path
    filters_applied = Signal(object)  # the LogFilter now shown

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *, page_size: int = 200) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("accessLogPage")
        self._session: Session | None = None
        self._chain_state = ChainState.UNKNOWN
        self._exporting = False
        self.model = AccessLogModel(ctx.runner, self, page_size=page_size)
        self._filter_timer = QTimer(self)
        self._filter_timer.setSingleShot(True)
        self._filter_timer.setInterval(FILTER_DELAY_MS)
        self._filter_timer.timeout.connect(self.apply_filters)
        self._build()
        self.model.loading_changed.connect(self._update_footer)
        self.model.page_loaded.connect(self._update_footer)
        self.model.modelReset.connect(self._update_footer)
        self.model.rowsInserted.connect(self._update_footer)
        self.model.load_failed.connect(self._load_failed)
        self.model.modelReset.connect(self._update_history_button)
        self._set_chain_state(ChainState.UNKNOWN)
        self._update_footer()

    # --- building --------------------------------------------------------------------------------
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 8)
        layout.setSpacing(8)
        top = QHBoxLayout()
        top.setSpacing(6)
        top.addWidget(self._build_status(), 1)
        self._build_actions(top)
        layout.addLayout(top)
        layout.addLayout(self._build_filters())
        layout.addWidget(self._build_scope())
        layout.addWidget(self._build_table(), 1)
        layout.addLayout(self._build_footer())

    def _build_status(self) -> QFrame:
        self._status = QFrame(self)
        self._status.setObjectName("chainStatus")
        row = QHBoxLayout(self._status)
        row.setContentsMargins(10, 6, 6, 6)
        self._status_icon = QLabel(self._status)
        self._status_icon.setFixedSize(20, 20)
        row.addWidget(self._status_icon)
        self._status_text = QLabel(self._status)
        self._status_text.setTextFormat(Qt.TextFormat.PlainText)
        self._status_text.setWordWrap(True)
        self._status_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        row.addWidget(self._status_text, 1)
        self._verify_button = QPushButton(icon("verify-ok"), self.tr("Verify"), self._status)
        self._verify_button.setToolTip(self.tr("Check that no access-log entry was changed or removed"))
        self._verify_button.clicked.connect(self.verify)
        row.addWidget(self._verify_button)
        return self._status

    def _build_filters(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setSpacing(6)
        filter_icon = QLabel(self)
        filter_icon.setPixmap(icon("filter").pixmap(16, 16))
        row.addWidget(filter_icon)

        self._user_combo = QComboBox(self)
        self._user_combo.setAccessibleName(self.tr("User"))
        self._user_combo.setToolTip(self.tr("Show the entries of one user"))
        self._user_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self._user_combo.setMinimumContentsLength(7)
        self._user_combo.currentIndexChanged.connect(self._filters_changed)
        row.addWidget(self._user_combo)

        self._action_combo = QComboBox(self)
        self._action_combo.setAccessibleName(self.tr("Action"))
        self._action_combo.addItem(self.tr("All actions"), None)
        for code in ACTION_CODES:
            self._action_combo.addItem(action_label(code), code)
        self._action_combo.setMaxVisibleItems(20)
        self._action_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self._action_combo.setMinimumContentsLength(9)
        self._action_combo.currentIndexChanged.connect(self._filters_changed)
        self._action_combo.setToolTip(self.tr("Show one kind of action"))
        row.addWidget(self._action_combo)

        self._customer_edit = QLineEdit(self)
        self._customer_edit.setAccessibleName(self.tr("Customer number"))
        self._customer_edit.setPlaceholderText(self.tr("Customer #"))
        self._customer_edit.setToolTip(self.tr("Show the entries about one customer, by customer number"))
        self._customer_edit.setValidator(
            QRegularExpressionValidator(QRegularExpression(r"#?[0-9]{0,12}"), self._customer_edit)
        )
        self._customer_edit.setClearButtonEnabled(True)
        self._customer_edit.setMinimumWidth(self.fontMetrics().horizontalAdvance("#0000000") + 24)
        self._customer_edit.setMaximumWidth(120)
        self._customer_edit.textChanged.connect(self._filters_changed)
        self._customer_edit.returnPressed.connect(self.apply_filters)
        row.addWidget(self._customer_edit)

        self._from_edit = self._date_edit(self.tr("From date"))
        self._to_edit = self._date_edit(self.tr("To date"))
        row.addSpacing(6)
        row.addWidget(self._label(self.tr("&Date:"), self._from_edit))
        row.addWidget(self._from_edit)
        dash = QLabel("–", self)
        row.addWidget(dash)
        row.addWidget(self._to_edit)

        self._clear_button = QPushButton(self.tr("Clear filters"), self)
        self._clear_button.clicked.connect(self.clear_filters)
        row.addWidget(self._clear_button)
        row.addStretch(1)
        return row

    def _build_actions(self, row: QHBoxLayout) -> None:
        self._refresh_button = QPushButton(icon("refresh"), self.tr("Refresh"), self)
        self._refresh_button.setToolTip(self.tr("Load the newest entries (F5)"))
        self._refresh_button.clicked.connect(self.refresh)
        row.addWidget(self._refresh_button)
        shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Refresh), self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(self.refresh)

        self._export_button = QPushButton(icon("export"), self.tr("Export…"), self)
        self._export_button.setToolTip(self.tr("Save the entries shown as a CSV file"))
        self._export_button.clicked.connect(self.choose_export_file)
        row.addWidget(self._export_button)

    def _label(self, text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text, self)
        label.setBuddy(buddy)
        return label

    def _date_edit(self, accessible: str) -> QDateEdit:
        edit = QDateEdit(self)
        edit.setAccessibleName(accessible)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.setMinimumDate(ANY_DATE)
        edit.setSpecialValueText(self.tr("any"))
        edit.setDate(ANY_DATE)
        edit.setToolTip(self.tr('Choose a date, or the earliest date for "any"'))
        _AnyDatePopupFixer(edit)
        edit.dateChanged.connect(self._filters_changed)
        return edit

    def _build_scope(self) -> QFrame:
        """"Access history of customer #N  [Show all entries]" while a customer filter is set."""
        self._scope = QFrame(self)
        row = QHBoxLayout(self._scope)
        row.setContentsMargins(0, 0, 0, 0)
        history = QLabel(self._scope)
        history.setPixmap(icon("history").pixmap(16, 16))
        row.addWidget(history)
        self._scope_text = QLabel(self._scope)
        self._scope_text.setTextFormat(Qt.TextFormat.PlainText)
        row.addWidget(self._scope_text)
        show_all = QPushButton(self.tr("Show all entries"), self._scope)
        show_all.setFlat(True)
        show_all.setCursor(Qt.CursorShape.PointingHandCursor)
        show_all.setStyleSheet("QPushButton{color:#0b57d0;text-decoration:underline;border:none;padding:0 4px;}")
        show_all.clicked.connect(lambda: self._customer_edit.setText(""))
        show_all.clicked.connect(self.apply_filters)
        row.addWidget(show_all)
        row.addStretch(1)
        self._scope.hide()
        return self._scope

    def _build_table(self) -> QTableView:
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._context_menu)
        header = self.view.horizontalHeader()
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        widths = {
            AccessLogModel.COL_SEQ: 56, AccessLogModel.COL_TIME: 150, AccessLogModel.COL_USER: 90,
            AccessLogModel.COL_ACTION: 160, AccessLogModel.COL_CUSTOMER: 70, AccessLogModel.COL_FIELDS: 150,
        }  # fmt: skip
        for column, width in widths.items():
            header.resizeSection(column, width)
        self.view.selectionModel().currentRowChanged.connect(self._update_history_button)
        return self.view

    def _build_footer(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self._footer = QLabel(self)
        self._footer.setTextFormat(Qt.TextFormat.PlainText)
        self._footer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        row.addWidget(self._footer, 1)
        self._history_button = QPushButton(icon("history"), self.tr("Show customer history"), self)
        self._history_button.setToolTip(self.tr("Show every access-log entry about the selected entry's customer"))
        self._history_button.setEnabled(False)
        self._history_button.clicked.connect(self._show_selected_customer)
        row.addWidget(self._history_button)
        return row

    # --- Page contract ---------------------------------------------------------------------------
    def page_id(self) -> str:
        return "access_log"

    def title(self) -> str:
        return self.tr("Access log")

    def icon(self) -> QIcon:
        return icon("access-log")

    @staticmethod
    def available_for(session: Session) -> bool:
        """Owner (all entries) and staff (own entries); viewers have no access log (SECURITY.md)."""
        return allowed(session.user, Action.AUDIT_OWN)

    def activate(self, session: Session) -> None:
        if session is self._session:
            return
        self._session = session
        is_owner = allowed(session.user, Action.AUDIT_ALL)
        self._fill_user_combo(session, is_owner)
        self._verify_button.setVisible(is_owner)
        self.model.set_filter(self.current_filter())
        self.model.set_session(session)
        if is_owner:
            self.verify()
        else:
            self._set_chain_state(ChainState.UNAVAILABLE)

    def deactivate(self) -> None:
        self._filter_timer.stop()
        self._session = None
        self.model.clear()
        self.model.set_broken_at(None)
        self._user_combo.blockSignals(True)
        self._user_combo.clear()
        self._user_combo.blockSignals(False)
        self._set_chain_state(ChainState.UNKNOWN)
        self._update_footer()

    # --- public actions --------------------------------------------------------------------------
    @property
    def session(self) -> Session | None:
        return self._session

    @property
    def chain_state(self) -> str:
        return self._chain_state

    def chain_text(self) -> str:
        return self._status_text.text()

    def is_owner_view(self) -> bool:
        return self._session is not None and allowed(self._session.user, Action.AUDIT_ALL)

    def current_filter(self) -> LogFilter:
        """The filter the widgets describe (user, action, customer, date range)."""
        user = self._user_combo.currentData() if self.is_owner_view() else None
        action = self._action_combo.currentData()
        digits = self._customer_edit.text().strip().lstrip("#")
        customer = int(digits) if digits.isdigit() and int(digits) > 0 else None
        since = _utc_start_of(self._from_edit.date()) if self._from_edit.date() != ANY_DATE else None
        until = _utc_start_of(self._to_edit.date().addDays(1)) if self._to_edit.date() != ANY_DATE else None
        return LogFilter(user_name=user if isinstance(user, str) else None,
                         action=action if isinstance(action, str) else None,
                         customer_id=customer, since=since, until=until)

    def apply_filters(self) -> None:
        """Show the entries matching the filter widgets now (no-op if nothing changed)."""
        self._filter_timer.stop()
        wanted = self.current_filter()
        self._update_scope(wanted)
        if wanted == self.model.filter:
            return
        self.model.set_filter(wanted)
        self.filters_applied.emit(wanted)

    def clear_filters(self) -> None:
        """Back to every entry (staff: every own entry)."""
        self._reset_filter_widgets()
        self.apply_filters()

    def show_customer(self, customer_id: int) -> None:
        """Show the access history of one customer; every other filter is cleared."""
        self._reset_filter_widgets()
        self._customer_edit.blockSignals(True)
        self._customer_edit.setText(str(int(customer_id)))
        self._customer_edit.blockSignals(False)
        self.apply_filters()

    def _reset_filter_widgets(self) -> None:
        widgets = (self._user_combo, self._action_combo, self._customer_edit, self._from_edit, self._to_edit)
        for widget in widgets:
            widget.blockSignals(True)
        try:
            if self._user_combo.isEnabled():
                self._user_combo.setCurrentIndex(0)
            self._action_combo.setCurrentIndex(0)
            self._customer_edit.clear()
            self._from_edit.setDate(ANY_DATE)
            self._to_edit.setDate(ANY_DATE)
        finally:
            for widget in widgets:
                widget.blockSignals(False)

    def refresh(self) -> None:
        """Reload from the newest entry with the current filters."""
        self._filter_timer.stop()
        self.model.set_filter(self.current_filter())

    def verify(self) -> None:
        """Verify the hash chain (owner only) on the vault thread; the banner shows the result."""
        session = self._session
        if session is None:
            return
        if not allowed(session.user, Action.AUDIT_ALL):
            self._set_chain_state(ChainState.UNAVAILABLE)
            return
        self._set_chain_state(ChainState.VERIFYING)
        self._verify_button.setEnabled(False)
        self.ctx.runner.run(audit.verify, session, on_done=self._verified, on_error=self._verify_failed,
                            owner=self)

    def choose_export_file(self) -> None:
        """Ask where to save, then export the entries shown."""
        if self._session is None or self._exporting:
            return
        stored = self.ctx.settings.value(_EXPORT_DIR_KEY, "", type=str)
        folder = stored if isinstance(stored, str) and stored and Path(stored).is_dir() else str(Path.home())
        name = self.tr("access-log-{date}.csv").format(date=QDate.currentDate().toString("yyyyMMdd"))
        path, _selected = QFileDialog.getSaveFileName(
            self, self.tr("Export access log"), str(Path(folder) / name), self.tr("CSV files (*.csv)")
        )
        if not path:
            return
        if not Path(path).suffix:
            path += ".csv"
        self.ctx.settings.setValue(_EXPORT_DIR_KEY, str(Path(path).parent))
        self.export_to(path)

    def export_to(self, path: str) -> None:
        """Export the entries matching the current filters to `path` (CSV, on the vault thread)."""
        session = self._session
        if session is None or self._exporting:
            return
        self._exporting = True
        self._export_button.setEnabled(False)
        filters = self.current_filter()
        self.ctx.runner.run(
            audit_export.export_log, session, path, fmt="csv", labels=self._export_labels(),
            on_done=lambda count: self._export_done(count, path), on_error=self._export_failed, owner=self,
            **filters.service_kwargs(),
        )

    # --- callbacks -------------------------------------------------------------------------------
    def _fill_user_combo(self, session: Session, is_owner: bool) -> None:
        combo = self._user_combo
        combo.blockSignals(True)
        combo.clear()
        if is_owner:
            combo.addItem(icon("users"), self.tr("All users"), None)
            combo.setEnabled(True)
            combo.setToolTip(self.tr("Show the entries of one user"))
            self.ctx.runner.run(audit.user_names, session, on_done=self._names_loaded, owner=self)
        else:
            combo.addItem(icon("user"), session.user.name, session.user.name)
            combo.setEnabled(False)
            combo.setToolTip(self.tr("You see your own entries only"))
        combo.blockSignals(False)

    def _names_loaded(self, names: dict[int, str]) -> None:
        if not self.is_owner_view():
            return
        combo = self._user_combo
        current = combo.currentData()
        combo.blockSignals(True)
        while combo.count() > 1:
            combo.removeItem(1)
        for name in sorted(set(names.values())):
            combo.addItem(icon("user"), name, name)
        index = combo.findData(current) if current is not None else 0
        combo.setCurrentIndex(max(index, 0))
        combo.blockSignals(False)

    def _filters_changed(self, *_args: object) -> None:
        self._filter_timer.start()

    def _verified(self, status: ChainStatus) -> None:
        self._verify_button.setEnabled(True)
        self.model.set_broken_at(None if status.ok else status.broken_at)
        if status.ok:
            self._set_chain_state(ChainState.OK, status)
        elif status.truncated:
            self._set_chain_state(ChainState.TRUNCATED, status)
        else:
            self._set_chain_state(ChainState.BROKEN, status)
        self.chain_checked.emit(status)
        self.model.load_newer()  # the verification itself was logged

    def _verify_failed(self, error: BaseException) -> None:
        self._verify_button.setEnabled(True)
        self._set_chain_state(ChainState.ERROR)
        self.show_error(error)

    def _export_done(self, count: int, path: str) -> None:
        self._exporting = False
        self._export_button.setEnabled(True)
        self.notify(self.tr("Exported {count} access-log entries to {path}.").format(count=count, path=path),
                    Level.SUCCESS)
        self.exported.emit(count, path)
        self.model.load_newer()  # the export itself was logged

    def _export_failed(self, error: BaseException) -> None:
        self._exporting = False
        self._export_button.setEnabled(True)
        self.show_error(error)

    def _load_failed(self, error: object) -> None:
        if isinstance(error, BaseException):
            self.show_error(error)
        self._update_footer()

    def _export_labels(self) -> audit_export.ExportLabels:
        headers = (self.tr("Entry"), self.tr("Time"), self.tr("User"), self.tr("Action"), self.tr("Customer number"),
                   self.tr("Fields"), self.tr("Details"))
        return audit_export.ExportLabels(headers=headers, time=sortable_local_time, action=action_label,
                                         field=field_text, detail=detail_summary)

    # --- status banner, scope, footer ------------------------------------------------------------
    def _set_chain_state(self, state: str, status: ChainStatus | None = None) -> None:
        self._chain_state = state
        style = "neutral"
        name = "info"
        if state == ChainState.OK and status is not None:
            text = self.tr("Verified: {count} entries, chain intact").format(count=status.count)
            style, name = "ok", "verify-ok"
        elif state == ChainState.BROKEN and status is not None:
            text = self.tr("Broken at entry {seq}: this entry was changed or removed outside ClientVault. "
                           "Tell the owner; restore from a backup if needed.").format(seq=status.broken_at)
            style, name = "broken", "verify-broken"
        elif state == ChainState.TRUNCATED and status is not None:
            text = self.tr("Broken at entry {seq}: the newest entries were removed (the log was truncated). "
                           "Tell the owner; restore from a backup if needed.").format(seq=status.broken_at)
            style, name = "broken", "verify-broken"
        elif state == ChainState.VERIFYING:
            text = self.tr("Verifying the access log…")
            name = "refresh"
        elif state == ChainState.UNAVAILABLE:
            text = self.tr("Verification is available to the owner. You see your own entries only.")
        elif state == ChainState.ERROR:
            text = self.tr("The access log could not be verified.")
            style, name = "broken", "warning"
        else:
            text = self.tr("Not verified yet.")
        self._status.setStyleSheet("#chainStatus{" + _STATUS_STYLES[style] + "border-radius:4px;}"
                                   " #chainStatus QLabel{border:none;background:transparent;}")
        self._status_icon.setPixmap(icon(name).pixmap(20, 20))
        self._status_text.setText(text)
        self._status.setProperty("state", state)

    def _update_scope(self, filters: LogFilter) -> None:
        if filters.customer_id is None:
            self._scope.hide()
            return
        self._scope_text.setText(self.tr("Access history of customer #{id}").format(id=filters.customer_id))
        self._scope.show()

    def _update_footer(self, *_args: object) -> None:
        count = self.model.rowCount()
        if self._session is None:
            text = ""
        elif self.model.loading:
            text = self.tr("{count} entries shown · loading…").format(count=count)
        elif count == 0:
            text = self.tr("No entries match these filters.")
        elif self.model.exhausted:
            text = self.tr("{count} entries shown (all)").format(count=count)
        else:
            text = self.tr("{count} entries shown · scroll down for older entries").format(count=count)
        self._footer.setText(text)

    def _update_history_button(self, *_args: object) -> None:
        self._history_button.setEnabled(self._selected_customer() is not None)

    def _selected_customer(self) -> int | None:
        index = self.view.currentIndex()
        if not index.isValid():
            return None
        value = index.siblingAtColumn(0).data(AccessLogModel.CustomerIdRole)
        return value if isinstance(value, int) else None

    def _show_selected_customer(self) -> None:
        customer = self._selected_customer()
        if customer is not None:
            self.show_customer(customer)

    def _context_menu(self, pos: QPoint) -> None:
        index = self.view.indexAt(pos)
        if not index.isValid():
            return
        self.view.setCurrentIndex(index)
        customer = index.siblingAtColumn(0).data(AccessLogModel.CustomerIdRole)
        menu = QMenu(self)
        history = menu.addAction(icon("history"), self.tr("Show customer history"))
        history.setEnabled(isinstance(customer, int))
        history.triggered.connect(self._show_selected_customer)
        menu.exec(self.view.viewport().mapToGlobal(pos))


def _utc_start_of(day: QDate) -> str:
    """Local midnight at the start of `day`, as the stored UTC ISO-8601 form."""
    return QDateTime(day, QTime(0, 0)).toUTC().toString("yyyy-MM-ddTHH:mm:ssZ")
