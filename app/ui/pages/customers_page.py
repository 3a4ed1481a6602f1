"""The customers page: search-as-you-type, filters, the lazy customer table, the recycle bin, and
the actions on selected customers (open, tag, delete, restore).

All vault work goes through `ctx.runner`; the table is a `CustomerTableModel` that loads keyset
pages as the user scrolls. On lock (`deactivate`) the model, the search box, the filter lists and
every open editor are cleared, so no customer value stays in a widget.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QByteArray, QEvent, QItemSelectionModel, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QIcon, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QStackedWidget,
    QStyle,
    QTableView,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.i18n.messages import error_message
from app.models.errors import ClientVaultError
from app.models.records import User
from app.services import customers, users
from app.services.customers import ListFilter
from app.services.permissions import Action, allowed
from app.services.session import Session
from app.ui.app_context import AppContext
from app.ui.itemmodels.customer_table_model import (
    COL_COMPANY,
    COL_CREATED,
    COL_EMAIL,
    COL_FLAG,
    COL_LAST_PURCHASE,
    COL_NAME,
    COL_PHONE,
    COL_SOURCE,
    COLUMN_COUNT,
    SORT_COLUMN,
    SORTABLE,
    CustomerTableModel,
)
from app.ui.itemmodels.segment_reasons import SegmentReasonColumn
from app.ui.pages.base import Page
from app.ui.pages.customer_editor import CustomerEditor
from app.ui.widgets import prompts
from app.ui.widgets.choices import SOURCES
from app.ui.widgets.field_message import FieldMessage
from app.ui.widgets.icon_fallback import themed_icon
from app.ui.widgets.message_banner import Level, MessageBanner
from app.ui.widgets.segment_banner import SegmentBanner

log = logging.getLogger(__name__)

SEARCH_DEBOUNCE_MS = 120
HEADER_KEY = "customers/header"
SORT_KEY = "customers/sort"
_DEFAULT_WIDTHS = {COL_NAME: 150, COL_COMPANY: 210, COL_PHONE: 140, COL_EMAIL: 210, COL_SOURCE: 80,
                   COL_CREATED: 100, COL_LAST_PURCHASE: 100, COL_FLAG: 110}
MAX_NAMES_IN_CONFIRM = 10
REASON_WIDTH = 380


# --- work that runs on the vault thread ---------------------------------------------------------------
def load_filter_options(session: Session) -> tuple[list[str], list[str], list[User]]:
    return customers.tags(session), customers.sources(session), users.list_users(session)


def _each(action: Callable[[Session, int], None], session: Session,
          ids: list[int]) -> tuple[list[int], BaseException | None]:
    """Apply `action` to each customer in turn; returns those done and the first error."""
    done: list[int] = []
    for cid in ids:
        try:
            action(session, cid)
        except ClientVaultError as exc:
            return done, exc
        done.append(cid)
    return done, None


def delete_many(session: Session, ids: list[int]) -> tuple[list[int], BaseException | None]:
    """Move customers to the recycle bin one by one."""
    return _each(customers.delete_customer, session, ids)


def restore_many(session: Session, ids: list[int]) -> tuple[list[int], BaseException | None]:
    return _each(customers.undelete_customer, session, ids)


class CustomersPage(Page):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._session: Session | None = None
        self._base_filter = ListFilter()  # extra criteria from show_filtered() (e.g. ids of a segment)
        stored_sort = ctx.settings.value(SORT_KEY, "name")
        self._sort = stored_sort if stored_sort in SORT_COLUMN else "name"
        self._editors: list[CustomerEditor] = []
        self._total: int | None = None
        self._total_generation = 0
        self._can_edit = False
        self._can_delete = False
        self.model = CustomerTableModel(ctx, parent=self)
        self.reasons = SegmentReasonColumn(ctx, self.model, self)  # the "Reason" column of a segment drill-down
        self._build()
        self._connect()
        self._update_actions()

    # --- Page contract -----------------------------------------------------------------------------------
    def page_id(self) -> str:
        return "customers"

    def title(self) -> str:
        return self.tr("Customers")

    def icon(self) -> QIcon:
        return themed_icon("customers", "x-office-address-book", QStyle.StandardPixmap.SP_DirHomeIcon)

    @staticmethod
    def available_for(session: Session) -> bool:
        return allowed(session.user, Action.VIEW)

    def activate(self, session: Session) -> None:
        if session is self._session and self.model.query is not None:
            self._load_options()
            return
        self._session = session
        self._can_edit = allowed(session.user, Action.EDIT)
        self._can_delete = allowed(session.user, Action.DELETE)
        self._restore_header()
        self._load_options()
        self._apply()

    def deactivate(self) -> None:
        """On lock: close editors (without asking; the main window asked already), drop every row,
        the search text and the filter lists."""
        self._save_header()
        for editor in list(self._editors):
            editor.close_without_asking()
        self._editors = []
        self._debounce.stop()
        self._session = None
        self.model.clear()
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self._base_filter = ListFilter()
        self._end_segment()
        for combo in (self.tag_combo, self.source_combo, self.owner_combo):
            combo.blockSignals(True)
            while combo.count() > 1:
                combo.removeItem(combo.count() - 1)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        for box in (self.needs_update_box, self.bin_box):
            box.blockSignals(True)
            box.setChecked(False)
            box.blockSignals(False)
        self._total = None
        self._total_generation += 1
        self.count_label.clear()
        self.hint_label.set_message(None)
        self.empty_label.clear()
        self.banner.hide()
        self._update_actions()

    def has_unsaved_changes(self) -> bool:
        return any(e.has_unsaved_changes() for e in self._editors)

    def discard_changes(self) -> None:
        for editor in list(self._editors):
            editor.close_without_asking()

    def notify(self, text: str, level: Level = Level.INFO) -> None:
        if callable(getattr(self.window(), "show_banner", None)):
            super().notify(text, level)
        else:  # shown on its own (tests, previews): use the page's banner
            self.banner.show_message(text, level, timeout_ms=6000 if level in (Level.INFO, Level.SUCCESS) else 0)

    def show_error(self, error: BaseException) -> None:
        if callable(getattr(self.window(), "show_error", None)):
            super().show_error(error)
        else:
            if not isinstance(error, ClientVaultError):
                log.error("customers page: unexpected %s", type(error).__name__)
            self.banner.show_message(error_message(error) if isinstance(error, ClientVaultError)
                                     else error_message(ClientVaultError()), Level.ERROR)

    # --- public --------------------------------------------------------------------------------------------
    def show_filtered(self, filters: ListFilter) -> None:
        """Show the customers matching `filters` (e.g. a classification segment clicked elsewhere):
        the filter bar reflects what it can show; the search text is cleared."""
        self._end_segment()
        self._base_filter = ListFilter(stale_before=filters.stale_before, ids=filters.ids)
        self._select_data(self.tag_combo, filters.tag, filters.tag or "")
        self._select_data(self.source_combo, filters.source, SOURCES.label(filters.source or ""))
        self._select_data(self.owner_combo, filters.owner_user_id, "#" + str(filters.owner_user_id))
        for box, value in ((self.needs_update_box, filters.needs_update), (self.bin_box, filters.deleted)):
            box.blockSignals(True)
            box.setChecked(value)
            box.blockSignals(False)
        self._debounce.stop()
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self._apply()

    def show_segment(self, classification: str, name: str, ids: list[int]) -> None:
        """Show exactly the customers `ids` of a classification's segment `name`, with a banner
        (“Showing segment: … — Clear”) and a Reason column for that classification."""
        self.show_filtered(ListFilter(ids=tuple(ids)))
        self.segment_banner.show_segment(name, len(ids))
        self.reasons.show(classification)
        header = self.view.horizontalHeader()  # the Reason column right after the name
        header.moveSection(header.visualIndex(COLUMN_COUNT), header.visualIndex(COL_NAME) + 1)
        self.view.setColumnWidth(COLUMN_COUNT, REASON_WIDTH)

    def _end_segment(self) -> None:
        self.segment_banner.end()
        self.reasons.show(None)

    def current_filter(self) -> ListFilter:
        return replace(
            self._base_filter,
            tag=self.tag_combo.currentData(),
            source=self.source_combo.currentData(),
            owner_user_id=self.owner_combo.currentData(),
            needs_update=self.needs_update_box.isChecked(),
            deleted=self.bin_box.isChecked(),
        )

    def open_customer(self, cid: int) -> CustomerEditor | None:
        if self.ctx.session is None:
            return None
        for editor in self._editors:
            if editor.customer_id == cid:
                editor.show()
                editor.raise_()
                editor.activateWindow()
                return editor
        editor = CustomerEditor(self.ctx, cid, parent=self)
        self._track(editor)
        editor.show()
        return editor

    def new_customer(self) -> CustomerEditor | None:
        if self.ctx.session is None or not self._can_edit:
            return None
        editor = CustomerEditor(self.ctx, None, parent=self)
        self._track(editor)
        editor.show()
        return editor

    def editors(self) -> list[CustomerEditor]:
        return list(self._editors)

    def selected_ids(self) -> list[int]:
        rows = sorted({i.row() for i in self.view.selectionModel().selectedRows()})
        return [cid for cid in (self.model.customer_id(r) for r in rows) if cid is not None]

    # --- building -------------------------------------------------------------------------------------------
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.setSpacing(6)
        self.banner = MessageBanner(self)
        layout.addWidget(self.banner)
        self.segment_banner = SegmentBanner(self)
        self.segment_banner.clear_requested.connect(self._clear_filters)
        layout.addWidget(self.segment_banner)

        top = QHBoxLayout()
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search by name, pinyin (zs → 张三), phone digits, email, company or WeChat ID"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search customers"))
        self.search.setToolTip(self.tr("Search as you type (Ctrl+F). 1–2 Chinese characters, pinyin or initials, 4 or more phone digits, part of an email, company or WeChat ID."))
        self.search.addAction(themed_icon("search", "edit-find", QStyle.StandardPixmap.SP_FileDialogContentsView),
                              QLineEdit.ActionPosition.LeadingPosition)
        self.search.setMinimumWidth(320)
        top.addWidget(self.search, 1)

        self.new_action = QAction(themed_icon("add", "list-add", QStyle.StandardPixmap.SP_FileDialogNewFolder),
                                  self.tr("New customer"), self)
        self.new_action.setShortcut(QKeySequence.StandardKey.New)
        self.new_action.setToolTip(self.tr("Add a new customer (Ctrl+N)"))
        self.open_action = QAction(themed_icon("open", "document-open", QStyle.StandardPixmap.SP_DialogOpenButton),
                                   self.tr("Open"), self)
        self.open_action.setShortcuts([QKeySequence(Qt.Key.Key_Return), QKeySequence(Qt.Key.Key_Enter)])
        self.open_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.open_action.setToolTip(self.tr("Open the selected customer (Enter or double-click)"))
        self.tag_action = QAction(themed_icon("tag", "tag", QStyle.StandardPixmap.SP_FileDialogInfoView),
                                  self.tr("Add tag…"), self)
        self.tag_action.setToolTip(self.tr("Add a tag to the selected customers"))
        self.delete_action = QAction(themed_icon("delete", "edit-delete", QStyle.StandardPixmap.SP_TrashIcon),
                                     self.tr("Delete"), self)
        self.delete_action.setShortcut(QKeySequence.StandardKey.Delete)
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.delete_action.setToolTip(self.tr("Move the selected customers to the recycle bin (Delete)"))
        self.restore_action = QAction(themed_icon("restore", "edit-undo", QStyle.StandardPixmap.SP_ArrowBack),
                                      self.tr("Restore"), self)
        self.restore_action.setToolTip(self.tr("Take the selected customers out of the recycle bin"))
        self.find_action = QAction(self.tr("Search"), self)
        self.find_action.setShortcut(QKeySequence.StandardKey.Find)
        self.addAction(self.new_action)
        self.addAction(self.find_action)

        self.toolbar = QToolBar(self)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toolbar.setIconSize(self.toolbar.iconSize() * 0.8)
        for action in (self.new_action, self.open_action, self.tag_action, self.delete_action, self.restore_action):
            self.toolbar.addAction(action)
        top.addWidget(self.toolbar)
        layout.addLayout(top)

        filters = QHBoxLayout()
        filters.setSpacing(8)
        self.tag_combo = QComboBox(self)
        self.tag_combo.addItem(self.tr("All tags"), None)
        self.tag_combo.setAccessibleName(self.tr("Filter by tag"))
        self.source_combo = QComboBox(self)
        self.source_combo.addItem(self.tr("All sources"), None)
        self.source_combo.setAccessibleName(self.tr("Filter by source"))
        self.owner_combo = QComboBox(self)
        self.owner_combo.addItem(self.tr("All account managers"), None)
        self.owner_combo.setAccessibleName(self.tr("Filter by account manager"))
        for combo in (self.tag_combo, self.source_combo, self.owner_combo):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.setMinimumContentsLength(8)
            filters.addWidget(combo)
        self.needs_update_box = QCheckBox(self.tr("Needs update"), self)
        self.needs_update_box.setToolTip(self.tr("Customers with a value that failed validation, or whose details were not checked for a long time"))
        filters.addWidget(self.needs_update_box)
        self.bin_box = QCheckBox(self.tr("Recycle bin"), self)
        self.bin_box.setToolTip(self.tr("Show deleted customers; they can be restored from here"))
        filters.addWidget(self.bin_box)
        self.clear_filters_button = QToolButton(self)
        self.clear_filters_button.setText(self.tr("Clear filters"))
        self.clear_filters_button.setAutoRaise(True)
        self.clear_filters_button.hide()
        filters.addWidget(self.clear_filters_button)
        filters.addStretch(1)
        self.count_label = QLabel(self)
        self.count_label.setTextFormat(Qt.TextFormat.PlainText)
        self.count_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        filters.addWidget(self.count_label)
        layout.addLayout(filters)

        self.hint_label = FieldMessage(self, note=True)
        layout.addWidget(self.hint_label)

        self.stack = QStackedWidget(self)
        self.view = QTableView(self.stack)
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.view.setShowGrid(False)
        self.view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.view.setAccessibleName(self.tr("Customers"))
        vh = self.view.verticalHeader()
        vh.hide()
        vh.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vh.setDefaultSectionSize(max(24, self.fontMetrics().height() + 10))
        header = self.view.horizontalHeader()
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(True)
        header.setHighlightSections(False)
        header.setStretchLastSection(True)
        header.setSectionsMovable(True)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        for col, width in _DEFAULT_WIDTHS.items():
            self.view.setColumnWidth(col, width)
        self.view.addAction(self.open_action)
        self.view.addAction(self.delete_action)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.view.addAction(self.tag_action)
        self.view.addAction(self.restore_action)
        self.stack.addWidget(self.view)
        self.empty_label = QLabel(self.stack)
        self.empty_label.setTextFormat(Qt.TextFormat.PlainText)
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setStyleSheet("color:palette(placeholder-text);font-size:14px;padding:40px;")
        self.empty_label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.stack.addWidget(self.empty_label)
        layout.addWidget(self.stack, 1)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_DEBOUNCE_MS)
        self._header_timer = QTimer(self)
        self._header_timer.setSingleShot(True)
        self._header_timer.setInterval(500)

    def _connect(self) -> None:
        self.search.textChanged.connect(lambda _t: self._debounce.start())
        self._debounce.timeout.connect(self._apply)
        self.search.installEventFilter(self)
        self.new_action.triggered.connect(self.new_customer)
        self.open_action.triggered.connect(self._open_selected)
        self.tag_action.triggered.connect(self._tag_selected)
        self.delete_action.triggered.connect(self._delete_selected)
        self.restore_action.triggered.connect(self._restore_selected)
        self.find_action.triggered.connect(self.focus_search)
        self.clear_filters_button.clicked.connect(self._clear_filters)
        for combo in (self.tag_combo, self.source_combo, self.owner_combo):
            combo.currentIndexChanged.connect(self._filters_changed)
        self.needs_update_box.toggled.connect(self._filters_changed)
        self.bin_box.toggled.connect(self._filters_changed)
        self.view.doubleClicked.connect(self._open_index)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._update_actions())
        self.view.horizontalHeader().sectionClicked.connect(self._header_clicked)
        self.view.horizontalHeader().sectionResized.connect(lambda *_: self._header_timer.start())
        self._header_timer.timeout.connect(self._save_header)
        self.model.loading_changed.connect(lambda _b: self._update_status())
        self.model.page_loaded.connect(lambda _n: self._update_status())
        self.model.modelReset.connect(self._update_status)
        self.model.rowsRemoved.connect(lambda *_: self._update_status())
        self.model.hint_changed.connect(self._hint_changed)
        self.model.load_failed.connect(self.show_error)
        self.model.sort_changed.connect(self._sort_changed)
        self.model.first_page_loaded.connect(self._first_page_loaded)

    # --- querying ---------------------------------------------------------------------------------------------
    def _apply(self) -> None:
        if self.ctx.session is None:
            return
        self._debounce.stop()
        text = self.search.text().strip()
        f = self.current_filter()
        if text:
            self.model.reset_query("search", {"query": text, "filters": f, "sort": self._sort})
        else:
            self.model.reset_query("list", {"sort": self._sort, "filters": f})
        self._update_sort_indicator()
        self._request_total()
        self._update_actions()
        self._update_status()

    def refresh(self) -> None:
        self._apply()

    def _filters_changed(self, *_: object) -> None:
        self._apply()

    def _clear_filters(self) -> None:
        self._base_filter = ListFilter()
        self._end_segment()
        for combo in (self.tag_combo, self.source_combo, self.owner_combo):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        for box in (self.needs_update_box, self.bin_box):
            box.blockSignals(True)
            box.setChecked(False)
            box.blockSignals(False)
        self._apply()

    def _filtered(self) -> bool:
        f = self.current_filter()
        return (f.tag is not None or f.source is not None or f.owner_user_id is not None or f.needs_update
                or f.ids is not None or f.stale_before is not None)

    def _request_total(self) -> None:
        """The total is shown only for the unfiltered list (the count is one cheap query)."""
        self._total_generation += 1
        self._total = None
        session = self.ctx.session
        if session is None or self.search.text().strip() or self._filtered():
            return
        generation = self._total_generation

        def done(total: int) -> None:
            if generation == self._total_generation:
                self._total = total
                self._update_status()

        self.ctx.runner.run(customers.count_customers, session, self.bin_box.isChecked(), owner=self,
                            on_done=done, on_error=lambda _e: None)

    def _load_options(self) -> None:
        session = self.ctx.session
        if session is None:
            return
        self.ctx.runner.run(load_filter_options, session, owner=self, on_done=self._options_loaded,
                            on_error=self.show_error)

    def _options_loaded(self, options: tuple[list[str], list[str], list[User]]) -> None:
        if self.ctx.session is None:
            return
        tags, sources, people = options
        self._refill(self.tag_combo, [(t, t) for t in tags])
        self._refill(self.source_combo, [(SOURCES.label(s), s) for s in sources])
        self._refill(self.owner_combo, [(u.name, u.id) for u in people if u.removed_at is None])

    @staticmethod
    def _refill(combo: QComboBox, items: list[tuple[str, Any]]) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        while combo.count() > 1:
            combo.removeItem(combo.count() - 1)
        for text, data in items:
            combo.addItem(text, data)
        i = combo.findData(current) if current is not None else 0
        if i < 0:  # the selected value is gone from the list: keep showing it
            combo.addItem(str(current), current)
            i = combo.count() - 1
        combo.setCurrentIndex(i)
        combo.blockSignals(False)

    @staticmethod
    def _select_data(combo: QComboBox, value: Any, label: str) -> None:
        combo.blockSignals(True)
        if value is None:
            combo.setCurrentIndex(0)
        else:
            i = combo.findData(value)
            if i < 0:
                combo.addItem(label, value)
                i = combo.count() - 1
            combo.setCurrentIndex(i)
        combo.blockSignals(False)

    # --- sorting -----------------------------------------------------------------------------------------------
    def _header_clicked(self, column: int) -> None:
        if column in SORTABLE and not self.bin_box.isChecked():
            name = SORTABLE[column][0]
            if name != self._sort:
                self._sort = name
                self.ctx.settings.setValue(SORT_KEY, name)
                if not self.search.text().strip():
                    self.model.sort(column, SORTABLE[column][1])
                else:
                    self.notify(self.tr("Search results are shown newest first; the sort applies when the search is cleared."))
        self._update_sort_indicator()

    def _sort_changed(self, name: str) -> None:
        if name in SORT_COLUMN:
            self._sort = name
            self._update_sort_indicator()

    def _update_sort_indicator(self) -> None:
        header = self.view.horizontalHeader()
        header.blockSignals(True)
        if self.bin_box.isChecked() or self.search.text().strip():
            header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        else:
            col = SORT_COLUMN[self._sort]
            header.setSortIndicator(col, SORTABLE[col][1])
        header.blockSignals(False)
        header.viewport().update()

    # --- status --------------------------------------------------------------------------------------------------
    def _hint_changed(self, hint: str) -> None:
        if hint == "too_short":
            self.hint_label.set_message(self.tr("Type at least 4 digits to search by phone number."))
        else:
            self.hint_label.set_message(None)

    def _first_page_loaded(self) -> None:
        if self.model.rowCount() and not self.view.selectionModel().hasSelection() and self.view.hasFocus():
            self.view.selectRow(0)

    def _update_status(self) -> None:
        if self.ctx.session is None or self.model.query is None:
            self.count_label.clear()
            self.stack.setCurrentWidget(self.view)
            return
        shown = self.model.rowCount()
        loc = self.locale()
        text = self.search.text().strip()
        in_bin = self.bin_box.isChecked()
        if self.model.loading and shown == 0:
            self.count_label.setText(self.tr("Loading…"))
        elif text:
            if self.model.has_more:
                self.count_label.setText(self.tr("First {shown} matches — scroll down for more").format(shown=loc.toString(shown)))
            else:
                self.count_label.setText(self.tr("%n match(es)", "", shown))
        elif self._total is not None:
            if not self.model.has_more:
                self.count_label.setText(self.tr("%n customer(s) in the recycle bin", "", shown) if in_bin
                                         else self.tr("%n customer(s)", "", shown))
            else:
                self.count_label.setText(self.tr("Showing {shown} of {total}").format(
                    shown=loc.toString(shown), total=loc.toString(self._total)))
        elif self.model.has_more:
            self.count_label.setText(self.tr("First {shown} — scroll down for more").format(shown=loc.toString(shown)))
        else:
            self.count_label.setText(self.tr("%n customer(s) in the recycle bin", "", shown) if in_bin
                                     else self.tr("%n customer(s)", "", shown))
        self.clear_filters_button.setVisible(self._filtered() or in_bin)
        empty = shown == 0 and not self.model.loading and self.model.first_page_done
        if empty:
            if self.model.hint == "too_short":
                message = self.tr("Type at least 4 digits to search by phone number.")
            elif text:
                message = self.tr("No customer matches “{query}”. Try fewer characters, pinyin initials such as zs, or 4 or more digits of a phone number.").format(query=text)
            elif in_bin:
                message = self.tr("The recycle bin is empty.")
            elif self._filtered():
                message = self.tr("No customers match these filters.")
            elif self._can_edit:
                message = self.tr("No customers yet. Click “New customer” (Ctrl+N) to add the first one.")
            else:
                message = self.tr("No customers yet.")
            self.empty_label.setText(message)
            self.stack.setCurrentWidget(self.empty_label)
        else:
            self.stack.setCurrentWidget(self.view)

    def _update_actions(self) -> None:
        active = self.ctx.session is not None and self._session is not None
        in_bin = self.bin_box.isChecked()
        selected = bool(self.view.selectionModel().selectedRows()) if active else False
        self.new_action.setVisible(self._can_edit)
        self.new_action.setEnabled(active and self._can_edit)
        self.open_action.setEnabled(active and selected)
        self.tag_action.setVisible(self._can_edit and not in_bin)
        self.tag_action.setEnabled(active and selected and self._can_edit and not in_bin)
        self.delete_action.setVisible(self._can_delete and not in_bin)
        self.delete_action.setEnabled(active and selected and self._can_delete and not in_bin)
        self.restore_action.setVisible(self._can_delete and in_bin)
        self.restore_action.setEnabled(active and selected and self._can_delete and in_bin)

    # --- actions ---------------------------------------------------------------------------------------------------
    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def _open_index(self, index: Any) -> None:
        cid = self.model.data(index, CustomerTableModel.IdRole)
        if cid is not None:
            self.open_customer(int(cid))

    def _open_selected(self) -> None:
        ids = self.selected_ids()
        if not ids:
            current = self.view.currentIndex()
            if current.isValid():
                self._open_index(current)
            return
        for cid in ids[:5]:  # opening dozens of windows at once helps nobody
            self.open_customer(cid)

    def _names(self, ids: list[int]) -> str:
        names = []
        for cid in ids[:MAX_NAMES_IN_CONFIRM]:
            row = self.model.row_of(cid)
            item = self.model.list_row(row) if row is not None else None
            names.append("  • " + (item.name if item else "#" + str(cid)))
        if len(ids) > MAX_NAMES_IN_CONFIRM:
            names.append("  " + self.tr("… and %n more", "", len(ids) - MAX_NAMES_IN_CONFIRM))
        return "\n".join(names)

    def _delete_selected(self) -> None:
        session = self.ctx.session
        ids = self.selected_ids()
        if session is None or not ids or not self._can_delete or self.bin_box.isChecked():
            return
        text = (self.tr("Move %n customer(s) to the recycle bin?", "", len(ids)) + "\n\n" + self._names(ids) + "\n\n"
                + self.tr("You can restore them from the recycle bin at any time."))
        if not prompts.confirm(self, self.tr("Delete customers"), text, self.tr("Move to recycle bin")):
            return
        self.ctx.runner.run(delete_many, session, ids, owner=self, on_done=self._deleted, on_error=self.show_error)

    def _deleted(self, result: tuple[list[int], BaseException | None]) -> None:
        done, error = result
        self.model.remove_ids(done)
        if self._total is not None:
            self._total = max(0, self._total - len(done))
        self._update_status()
        if done:
            self.notify(self.tr("%n customer(s) moved to the recycle bin.", "", len(done)), Level.SUCCESS)
        if error is not None:
            self.show_error(error)

    def _restore_selected(self) -> None:
        session = self.ctx.session
        ids = self.selected_ids()
        if session is None or not ids or not self._can_delete or not self.bin_box.isChecked():
            return
        self.ctx.runner.run(restore_many, session, ids, owner=self, on_done=self._restored, on_error=self.show_error)

    def _restored(self, result: tuple[list[int], BaseException | None]) -> None:
        done, error = result
        self.model.remove_ids(done)
        if self._total is not None:
            self._total = max(0, self._total - len(done))
        self._update_status()
        if done:
            self.notify(self.tr("%n customer(s) restored.", "", len(done)), Level.SUCCESS)
        if error is not None:
            self.show_error(error)

    def _tag_selected(self) -> None:
        session = self.ctx.session
        ids = self.selected_ids()
        if session is None or not ids or not self._can_edit:
            return
        tags = [self.tag_combo.itemData(i) for i in range(1, self.tag_combo.count())]
        tag = prompts.ask_choice(self, self.tr("Add tag"),
                                 self.tr("Tag to add to %n customer(s):", "", len(ids)),
                                 [str(t) for t in tags if t], self.tr("Add tag"))
        if not tag:
            return

        def done(n: int) -> None:
            self.notify(self.tr("Tag “{tag}” added to %n customer(s).", "", n).format(tag=tag), Level.SUCCESS)
            self._load_options()
            if self.tag_combo.currentData() is not None:
                self.model.refresh()

        self.ctx.runner.run(customers.add_tag, session, ids, tag, owner=self, on_done=done, on_error=self.show_error)

    # --- editors ----------------------------------------------------------------------------------------------------
    def _track(self, editor: CustomerEditor) -> None:
        self._editors.append(editor)
        editor.saved.connect(lambda cid, created, e=editor: self._editor_saved(e, cid, created))
        editor.row_changed.connect(lambda cid, values: self.model.update_row(cid, **values))
        editor.finished.connect(lambda _r, e=editor: self._forget(e))

    def _forget(self, editor: CustomerEditor) -> None:
        if editor in self._editors:
            self._editors.remove(editor)

    def _editor_saved(self, editor: CustomerEditor, cid: int, created: bool) -> None:
        if created:
            self._apply()
        else:
            values = editor.list_row_values()
            if values:
                self.model.update_row(cid, **values)
        self._load_options()

    # --- settings ------------------------------------------------------------------------------------------------------
    def _restore_header(self) -> None:
        state = self.ctx.settings.value(HEADER_KEY)
        if isinstance(state, QByteArray) and not state.isEmpty():
            self.view.horizontalHeader().restoreState(state)
        self._update_sort_indicator()

    def _save_header(self) -> None:
        if self.model.extra_header is not None:
            return  # never store the layout with a segment's Reason column (it is not always there)
        self.ctx.settings.setValue(HEADER_KEY, self.view.horizontalHeader().saveState())

    # --- keyboard -------------------------------------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self.search and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_PageDown) and self.model.rowCount():
                self.view.setFocus()
                self.view.selectionModel().setCurrentIndex(
                    self.model.index(0, 0),
                    QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
                return True
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                if self._debounce.isActive():
                    self._apply()  # no need to wait for the debounce
                elif self.model.rowCount() == 1 and not self.model.loading:
                    self._open_index(self.model.index(0, 0))  # one match: Enter opens it
                return True
            if event.key() == Qt.Key.Key_Escape and self.search.text():
                self.search.clear()
                return True
        return super().eventFilter(watched, event)
