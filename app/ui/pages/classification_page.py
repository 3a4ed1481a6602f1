"""The classification page (客户分类, PRODUCT.md §3, issue #6).

One tab per classification (customer type, transaction time, frequency, RFM, region, source, tags,
custom segments) and one for the customers who need a follow-up. Each classification tab shows
its definition with the current thresholds, a bar chart and a counts table; clicking a bar (or
Enter on it, or "Show customers") opens the customers page filtered to exactly that segment, with a
banner and a Reason column. "Export segment…" opens the export dialog preselected to exactly those
customers (its minimization and role rules apply). Each segment has a suggested action (a default
text, or the owner's own), which the owner can edit; others read it.

All computation runs through the task runner (never on the GUI thread), with progress and Cancel;
the page recomputes when it is shown (the customers may have changed elsewhere), on Recompute, and
after the definitions or the custom segments are saved. On lock every count, name and text is
dropped.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Final

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QIcon, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStyle,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.i18n import classification_messages
from app.i18n.messages import error_message
from app.models import classification as model
from app.models.errors import ClientVaultError, ValidationError
from app.services import classification
from app.services.permissions import Action, allowed
from app.services.session import Session
from app.ui.app_context import AppContext
from app.ui.itemmodels.segment_counts_model import COL_COUNT, COL_NAME, COL_SHARE, SegmentCountsModel
from app.ui.itemmodels.segment_follow_up_model import FollowUpDueModel
from app.ui.itemmodels.segment_names import ORDER, classification_title, segment_name
from app.ui.pages.base import Page
from app.ui.pages.customer_editor import CustomerEditor
from app.ui.pages.export_dialog import ExportDialog
from app.ui.task_runner import CancelToken
from app.ui.widgets.classification_settings_dialog import ClassificationSettingsDialog
from app.ui.widgets.icon_fallback import themed_icon
from app.ui.widgets.message_banner import Level, MessageBanner
from app.ui.widgets.rule_editor import RulesDialog
from app.ui.widgets.segment_chart import Bar, SegmentChart

__all__ = ["ClassificationPage", "PageState", "load_state"]

log = logging.getLogger(__name__)

REFRESH_AFTER_S: Final = 2.0  # showing the page again within this time does not recompute
_SPECIAL_LAST: Final = (model.UNKNOWN, model.UNTAGGED, model.NONE)  # "unknown", "untagged", "none" go last


# --- work on the vault thread ---------------------------------------------------------------------
@dataclass
class PageState:
    counts: dict[str, dict[str, int]]
    settings: model.Settings
    actions: dict[tuple[str, str], str] = field(default_factory=dict)
    follow_ups: list[Any] = field(default_factory=list)


def load_state(session: Session, progress: Callable[[int, int], None] | None,
               cancelled: Callable[[], bool] | None) -> PageState:
    """Everything the page shows: the counts (the long part, with progress and cancel), the
    definitions, the owner's suggested actions and the customers due for a follow-up."""
    counts = classification.classify_all(session, progress, cancelled)
    return PageState(counts, classification.classification_settings(session), classification.suggested_actions(session),
                     classification.needs_follow_up(session))


def save_and_reload(session: Session, settings: model.Settings) -> model.Settings:
    classification.save_settings(session, settings)
    return classification.classification_settings(session)


def ordered_labels(classification_name: str, counts: dict[str, int]) -> list[str]:
    """Fixed classifications in their defined order; data-derived ones by count (largest first),
    then by name; "none" / "unknown" / "untagged" (no purchase, no region …) always last."""
    if classification_name in model.LABELS:
        fixed = [k for k in model.LABELS[classification_name] if k not in _SPECIAL_LAST]
        fixed += sorted(k for k in counts if k not in fixed and k not in _SPECIAL_LAST)
        return fixed + [k for k in model.LABELS[classification_name] if k in _SPECIAL_LAST]
    return sorted(counts, key=lambda k: (k in _SPECIAL_LAST, -counts[k], k))


# --- one classification ---------------------------------------------------------------------------
class SegmentTab(QWidget):
    """Definition, chart, counts table, suggested action and the segment buttons of one classification."""

    show_requested = Signal(str, str)  # classification, label
    export_requested = Signal(str, str)
    action_save_requested = Signal(str, str, str)  # classification, label, text ("" = default)

    def __init__(self, classification_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.classification = classification_name
        self._actions: dict[tuple[str, str], str] = {}
        self._can_edit_actions = False
        self._syncing = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        self.definition = QLabel(self)
        self.definition.setTextFormat(Qt.TextFormat.PlainText)
        self.definition.setWordWrap(True)
        self.definition.setStyleSheet("color:palette(placeholder-text);")
        layout.addWidget(self.definition)
        self.extra_row = QHBoxLayout()
        layout.addLayout(self.extra_row)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.chart = SegmentChart()
        self.chart.setAccessibleName(self.tr("Segment chart: {name}").format(name=classification_title(self.classification)))
        scroll = QScrollArea(splitter)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self.chart)
        scroll.setAlignment(Qt.AlignmentFlag.AlignTop)
        splitter.addWidget(scroll)

        right = QWidget(splitter)
        rv = QVBoxLayout(right)
        rv.setContentsMargins(0, 0, 0, 0)
        self.model = SegmentCountsModel(self)
        self.table = QTableView(right)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setShowGrid(False)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.setAccessibleName(self.tr("Segment counts"))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_COUNT, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_SHARE, QHeaderView.ResizeMode.ResizeToContents)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        rv.addWidget(self.table, 1)

        action_box = QGroupBox(self.tr("Suggested action"), right)
        av = QVBoxLayout(action_box)
        self.action_title = QLabel(action_box)
        self.action_title.setTextFormat(Qt.TextFormat.PlainText)
        self.action_title.setWordWrap(True)
        av.addWidget(self.action_title)
        self.action_edit = QPlainTextEdit(action_box)
        self.action_edit.setAccessibleName(self.tr("Suggested action for the selected segment"))
        self.action_edit.setPlaceholderText(self.tr("No suggested action for this segment yet."))
        self.action_edit.setMaximumHeight(max(60, self.fontMetrics().height() * 4 + 12))
        self.action_edit.textChanged.connect(self._action_edited)
        av.addWidget(self.action_edit)
        action_buttons = QHBoxLayout()
        self.action_note = QLabel(action_box)
        self.action_note.setTextFormat(Qt.TextFormat.PlainText)
        self.action_note.setWordWrap(True)
        self.action_note.setStyleSheet("color:palette(placeholder-text);")
        action_buttons.addWidget(self.action_note, 1)
        self.reset_action_button = QPushButton(self.tr("Use default"), action_box)
        self.reset_action_button.setToolTip(self.tr("Go back to the suggested default text"))
        self.reset_action_button.clicked.connect(self._reset_action)
        action_buttons.addWidget(self.reset_action_button)
        self.save_action_button = QPushButton(self.tr("Save action"), action_box)
        self.save_action_button.clicked.connect(self._save_action)
        action_buttons.addWidget(self.save_action_button)
        av.addLayout(action_buttons)
        rv.addWidget(action_box)

        buttons = QHBoxLayout()
        self.show_button = QPushButton(self.tr("Show customers"), right)
        self.show_button.setIcon(themed_icon("customers", "x-office-address-book",
                                             QStyle.StandardPixmap.SP_FileDialogListView))
        self.show_button.setToolTip(self.tr("Open the customer list filtered to the selected segment"))
        self.show_button.clicked.connect(lambda: self._request(self.show_requested))
        buttons.addWidget(self.show_button)
        self.export_button = QPushButton(self.tr("Export segment…"), right)
        self.export_button.setIcon(themed_icon("export", "document-export", QStyle.StandardPixmap.SP_DialogSaveButton))
        self.export_button.clicked.connect(lambda: self._request(self.export_requested))
        buttons.addWidget(self.export_button)
        buttons.addStretch(1)
        rv.addLayout(buttons)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        layout.addWidget(splitter, 1)

        self.chart.segmentActivated.connect(lambda label: self.show_requested.emit(self.classification, label))
        self.chart.currentChanged.connect(self._chart_current)
        self.table.selectionModel().currentRowChanged.connect(self._table_current)
        self.table.doubleClicked.connect(lambda index: self._activate_row(index.row()))
        self._update_buttons()

    # --- data -------------------------------------------------------------------------------------
    def set_counts(self, counts: dict[str, int], total: int) -> None:
        current = self.current_label()
        rows = [(label, segment_name(self.classification, label), counts[label])
                for label in ordered_labels(self.classification, counts)]
        self.model.set_rows(rows, total)
        self.chart.set_bars([Bar(label, name, count) for label, name, count in rows], total)
        self.select(current if current in counts else (rows[0][0] if rows else ""))
        self._update_buttons()

    def set_actions(self, actions: dict[tuple[str, str], str], editable: bool) -> None:
        self._actions = dict(actions)
        self._can_edit_actions = editable
        self._show_action()

    def clear(self) -> None:
        self.model.clear()
        self.chart.clear()
        self.definition.clear()
        self._actions = {}
        self._syncing = True
        self.action_edit.clear()
        self._syncing = False
        self.action_title.clear()
        self.action_note.clear()
        self._update_buttons()

    def current_label(self) -> str:
        return self.chart.current_label()

    def select(self, label: str) -> None:
        self._syncing = True
        self.chart.set_current_label(label)
        row = self.model.row_of(label)
        if row is not None:
            self.table.selectionModel().setCurrentIndex(
                self.model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self._syncing = False
        self._show_action()
        self._update_buttons()

    def action_edited(self) -> bool:
        """True while the owner has typed an action text that is not saved."""
        label = self.current_label()
        return (self._can_edit_actions and bool(label)
                and self.action_edit.toPlainText().strip() != self.action_text(label).strip())

    def discard_action_edit(self) -> None:
        self._show_action()

    def default_action(self, label: str) -> str:
        return classification_messages.suggested_action_text(self.classification, label)

    def action_text(self, label: str) -> str:
        return self._actions.get((self.classification, label)) or self.default_action(label)

    # --- interaction ------------------------------------------------------------------------------
    def _chart_current(self, label: str) -> None:
        if not self._syncing:
            self.select(label)

    def _table_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._syncing or not current.isValid():
            return
        label = self.model.label(current.row())
        if label is not None:
            self.select(label)

    def _activate_row(self, row: int) -> None:
        label = self.model.label(row)
        if label is not None:
            self.show_requested.emit(self.classification, label)

    def _request(self, signal: Any) -> None:
        label = self.current_label()
        if label:
            signal.emit(self.classification, label)

    def _show_action(self) -> None:
        label = self.current_label()
        self._syncing = True
        if not label:
            self.action_title.clear()
            self.action_edit.clear()
            self.action_note.clear()
        else:
            self.action_title.setText(segment_name(self.classification, label))
            self.action_edit.setPlainText(self.action_text(label))
            own = (self.classification, label) in self._actions
            if not self._can_edit_actions:
                self.action_note.setText(self.tr("Only the owner can change suggested actions."))
            else:
                default = bool(self.default_action(label))
                self.action_note.setText(self.tr("Your own text.") if own else
                                         self.tr("Default text.") if default else "")
        self._syncing = False
        self.action_edit.setReadOnly(not self._can_edit_actions)
        self._update_action_buttons()

    def _action_edited(self) -> None:
        if not self._syncing:
            self._update_action_buttons()

    def _update_action_buttons(self) -> None:
        label = self.current_label()
        editable = self._can_edit_actions and bool(label)
        text = self.action_edit.toPlainText().strip()
        self.save_action_button.setVisible(self._can_edit_actions)
        self.reset_action_button.setVisible(self._can_edit_actions)
        self.save_action_button.setEnabled(editable and bool(text) and text != self.action_text(label).strip())
        self.reset_action_button.setEnabled(editable and (self.classification, label) in self._actions)

    def _save_action(self) -> None:
        label = self.current_label()
        text = self.action_edit.toPlainText().strip()
        if label and text and self._can_edit_actions:
            self.action_save_requested.emit(self.classification, label, "" if text == self.default_action(label) else text)

    def _reset_action(self) -> None:
        label = self.current_label()
        if label and self._can_edit_actions:
            self.action_save_requested.emit(self.classification, label, "")

    def _update_buttons(self) -> None:
        has = bool(self.current_label())
        self.show_button.setEnabled(has)
        self.export_button.setEnabled(has and self.export_button.property("allowed") is not False)


# --- the page --------------------------------------------------------------------------------------
class ClassificationPage(Page):
    """`segment_shown(classification, label, ids)` after a drill-down was handed to the customers page."""

    segment_shown = Signal(str, str, list)
    computed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._session: Session | None = None
        self._state: PageState | None = None
        self._token: CancelToken | None = None
        self._computed_at = 0.0
        self._again = False
        self._editors: list[CustomerEditor] = []
        self.export_dialog: ExportDialog | None = None
        self.settings_dialog: ClassificationSettingsDialog | None = None
        self.rules_dialog: RulesDialog | None = None
        self._build()

    # --- Page contract ------------------------------------------------------------------------------
    def page_id(self) -> str:
        return "classification"

    def title(self) -> str:
        return self.tr("Classification")

    def icon(self) -> QIcon:
        return themed_icon("filter", "view-statistics", QStyle.StandardPixmap.SP_FileDialogDetailedView)

    @staticmethod
    def available_for(session: Session) -> bool:
        return allowed(session.user, Action.VIEW)

    def activate(self, session: Session) -> None:
        self._session = session
        may_export = allowed(session.user, Action.EXPORT_MASKED)
        for tab in self.segment_tabs.values():
            tab.export_button.setProperty("allowed", may_export)
            tab.export_button.setToolTip(
                self.tr("Export the customers of the selected segment (the export dialog applies the "
                        "minimization and role rules)") if may_export
                else self.tr("Your role may not export customers."))
        self.definitions_button.setText(self.tr("Definitions…"))
        self.rules_button.setText(self.tr("Edit custom segments…") if self.can_edit_settings()
                                  else self.tr("Custom segments…"))
        self.recompute()

    def deactivate(self) -> None:
        """On lock: stop the computation, close dialogs and editors, drop every count and name."""
        if self._token is not None:
            self._token.cancel()
        self._token = None
        self._session = None
        self._state = None
        for dialog in (self.export_dialog, self.settings_dialog, self.rules_dialog):
            if dialog is not None:
                dialog.close()
        self.export_dialog = self.settings_dialog = self.rules_dialog = None
        for editor in list(self._editors):
            editor.close_without_asking()
        self._editors = []
        for tab in self.segment_tabs.values():
            tab.clear()
        self.follow_model.clear()
        self.follow_note.clear()
        self.status.clear()
        self.banner.hide()
        self._set_running(False)

    def has_unsaved_changes(self) -> bool:
        return (any(e.has_unsaved_changes() for e in self._editors)
                or any(tab.action_edited() for tab in self.segment_tabs.values()))

    def discard_changes(self) -> None:
        for editor in list(self._editors):
            editor.close_without_asking()
        for tab in self.segment_tabs.values():
            tab.discard_action_edit()

    def notify(self, text: str, level: Level = Level.INFO) -> None:
        if callable(getattr(self.window(), "show_banner", None)):
            super().notify(text, level)
        else:
            self.banner.show_message(text, level, timeout_ms=6000 if level in (Level.INFO, Level.SUCCESS) else 0)

    def show_error(self, error: BaseException) -> None:
        if isinstance(error, ValidationError) and error.field in ("rule", "setting"):
            self.notify(classification_messages.rule_error_text(error), Level.ERROR)  # says which threshold
            return
        if callable(getattr(self.window(), "show_error", None)):
            super().show_error(error)
            return
        if not isinstance(error, ClientVaultError):
            log.error("classification page: unexpected %s", type(error).__name__)
        self.banner.show_message(error_message(error) if isinstance(error, ClientVaultError)
                                 else error_message(ClientVaultError()), Level.ERROR)

    # --- building -----------------------------------------------------------------------------------
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        self.banner = MessageBanner(self)
        layout.addWidget(self.banner)
        top = QHBoxLayout()
        self.status = QLabel(self)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        top.addWidget(self.status, 1)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)
        self.progress.setTextVisible(False)
        self.progress.setMaximumWidth(220)
        self.progress.setAccessibleName(self.tr("Classification progress"))
        top.addWidget(self.progress)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.clicked.connect(self.cancel)
        top.addWidget(self.cancel_button)
        self.recompute_button = QPushButton(self.tr("Recompute"), self)
        self.recompute_button.setIcon(themed_icon("refresh", "view-refresh", QStyle.StandardPixmap.SP_BrowserReload))
        self.recompute_button.setToolTip(self.tr("Classify all customers again from the current data"))
        self.recompute_button.clicked.connect(self.recompute)
        top.addWidget(self.recompute_button)
        self.definitions_button = QPushButton(self.tr("Definitions…"), self)
        self.definitions_button.setToolTip(self.tr("The thresholds behind the classifications"))
        self.definitions_button.clicked.connect(self.open_definitions)
        top.addWidget(self.definitions_button)
        layout.addLayout(top)

        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.segment_tabs: dict[str, SegmentTab] = {}
        for name in ORDER:
            tab = SegmentTab(name, self.tabs)
            tab.show_requested.connect(self.show_segment)
            tab.export_requested.connect(self.export_segment)
            tab.action_save_requested.connect(self.save_action)
            self.segment_tabs[name] = tab
            self.tabs.addTab(tab, classification_title(name))
        self.rules_button = QPushButton(self.tr("Custom segments…"), self)
        self.rules_button.clicked.connect(self.open_rules)
        rules_tab = self.segment_tabs[model.RULES]
        rules_tab.extra_row.addWidget(self.rules_button)
        rules_tab.extra_row.addStretch(1)

        self.follow_tab = QWidget(self.tabs)
        fv = QVBoxLayout(self.follow_tab)
        fv.setContentsMargins(8, 8, 8, 8)
        self.follow_note = QLabel(self.follow_tab)
        self.follow_note.setTextFormat(Qt.TextFormat.PlainText)
        self.follow_note.setWordWrap(True)
        fv.addWidget(self.follow_note)
        self.follow_model = FollowUpDueModel(self)
        self.follow_view = QTableView(self.follow_tab)
        self.follow_view.setModel(self.follow_model)
        self.follow_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.follow_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.follow_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.follow_view.setAlternatingRowColors(True)
        self.follow_view.setShowGrid(False)
        self.follow_view.verticalHeader().hide()
        self.follow_view.horizontalHeader().setStretchLastSection(True)
        self.follow_view.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.follow_view.setAccessibleName(self.tr("Customers who need a follow-up"))
        self.follow_view.doubleClicked.connect(lambda index: self._open_follow_up(index.row()))
        self.follow_view.activated.connect(lambda index: self._open_follow_up(index.row()))
        for col, width in ((0, 160), (1, 110), (2, 90), (3, 110)):
            self.follow_view.setColumnWidth(col, width)
        fv.addWidget(self.follow_view, 1)
        self.tabs.addTab(self.follow_tab, self.tr("Needs follow-up"))
        layout.addWidget(self.tabs, 1)
        self._set_running(False)

    # --- computing ----------------------------------------------------------------------------------
    def can_edit_settings(self) -> bool:
        session = self.ctx.session
        return session is not None and allowed(session.user, Action.ADMIN)

    @property
    def running(self) -> bool:
        return self._token is not None

    @property
    def state(self) -> PageState | None:
        return self._state

    def recompute(self) -> None:
        session = self.ctx.session
        if session is None or self._session is None:
            return
        if self._token is not None:
            self._again = True  # a change arrived while computing: run once more afterwards
            return
        token = CancelToken()
        self._token = token
        self._set_running(True)
        self.status.setText(self.tr("Classifying customers…"))
        self.ctx.runner.progress.connect(self._progress)
        self.ctx.runner.run(load_state, session, self.ctx.runner.progress_callback(), lambda: token.cancelled,
                            owner=self, on_done=lambda state: self._computed(token, state),
                            on_error=lambda error: self._failed(token, error))

    def cancel(self) -> None:
        if self._token is not None:
            self._token.cancel()
            self._again = False
            self.status.setText(self.tr("Cancelling…"))

    def _progress(self, done: int, total: int) -> None:
        if self._token is None:
            return
        if total <= 0:
            self.progress.setRange(0, 0)
        else:
            self.progress.setRange(0, total)
            self.progress.setValue(min(done, total))

    def _finish(self, token: CancelToken) -> bool:
        """Common end of a computation; False when it was superseded (lock)."""
        if token is not self._token:
            return False
        self._token = None
        try:
            self.ctx.runner.progress.disconnect(self._progress)
        except (RuntimeError, TypeError):  # already disconnected
            pass
        self._set_running(False)
        return True

    def _computed(self, token: CancelToken, state: PageState) -> None:
        if not self._finish(token) or self.ctx.session is None:
            return
        self._state = state
        self._computed_at = time.monotonic()
        total = sum(state.counts.get(model.LIFECYCLE, {}).values())
        editable = self.can_edit_settings()
        for name, tab in self.segment_tabs.items():
            tab.set_counts(state.counts.get(name, {}), total)
            tab.set_actions(state.actions, editable)
            tab.definition.setText(self.definition_text(name, state.settings))
        self.follow_model.set_rows(state.follow_ups)
        self._update_follow_note()
        self.status.setText(self.tr("%n customer(s) classified. Click a bar to show those customers.", "", total))
        self.computed.emit()
        if self._again:
            self._again = False
            self.recompute()

    def _failed(self, token: CancelToken, error: BaseException) -> None:
        if not self._finish(token):
            return
        if isinstance(error, classification.Cancelled):
            self.status.setText(self.tr("Classification cancelled; the counts shown are from the last run.")
                                if self._state is not None else self.tr("Classification cancelled."))
            return
        self.status.setText(self.tr("Classification failed."))
        self.show_error(error)

    def _set_running(self, running: bool) -> None:
        self.progress.setVisible(running)
        self.cancel_button.setVisible(running)
        self.recompute_button.setEnabled(not running and self._session is not None)
        if running:
            self.progress.setRange(0, 0)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        # No signal tells the page that customers changed elsewhere: recompute when it is shown.
        if self._session is not None and time.monotonic() - self._computed_at > REFRESH_AFTER_S:
            QTimer.singleShot(0, self, self.recompute)

    # --- definitions --------------------------------------------------------------------------------
    def definition_text(self, name: str, s: model.Settings) -> str:
        if name == model.LIFECYCLE:
            return self.tr("Potential: no purchase yet. Active: the latest purchase less than {churn} days ago. "
                           "Churned: no purchase for {churn} days or more.").format(churn=s.churn_days)
        if name == model.TRANSACTION_TIME:
            return self.tr("New: the first purchase less than {new} days ago. Returning: 2 or more purchases, the "
                           "latest less than {returning} days ago. Old: everyone else who bought. New comes before "
                           "returning.").format(new=s.new_days, returning=s.returning_days)
        if name == model.FREQUENCY:
            if s.frequency_mode == "quantile":
                return self.tr("Purchases in the last 365 days, compared with everyone who bought in that time. "
                               "High: from the {high}th percentile. Medium: from the {mid}th percentile. Low: the "
                               "others who bought.").format(high=s.frequency_high_percentile,
                                                            mid=s.frequency_mid_percentile)
            return self.tr("Purchases in the last 365 days. High: {high} or more. Medium: {mid} or more. Low: at "
                           "least one.").format(high=s.frequency_high, mid=s.frequency_mid)
        if name == model.RFM:
            return self.tr("Recency, frequency and monetary value are scored 1 to 5 by quintiles among the "
                           "customers who bought; 3 or more is high. The eight classic segments combine high and "
                           "low R, F and M: high in all three is an important value customer.")
        if name == model.REGION:
            return self.tr("From the customer's address (province, else city); without one, from the area of the "
                           "phone number. Customers with neither are unknown.")
        if name == model.SOURCE:
            return self.tr("The channel the customer came from, as recorded on the customer.")
        if name == model.TAGS:
            return self.tr("Customers by tag. A customer with several tags counts under each, so the shares can "
                           "add up to more than 100%.")
        return self.tr("Your own segments: a customer is in a custom segment when all its conditions hold, and "
                       "can be in several.")

    def open_definitions(self) -> ClassificationSettingsDialog | None:
        session = self.ctx.session
        if session is None or self._state is None:
            return None
        dialog = ClassificationSettingsDialog(self._state.settings, editable=self.can_edit_settings(), parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda d=dialog: self.save_settings(d.settings()))
        dialog.destroyed.connect(lambda *_: setattr(self, "settings_dialog", None))
        self.settings_dialog = dialog
        dialog.open()
        return dialog

    def save_settings(self, settings: model.Settings) -> None:
        session = self.ctx.session
        if session is None or not self.can_edit_settings():
            return

        def saved(_s: model.Settings) -> None:
            self.notify(self.tr("Definitions saved. Recomputing…"), Level.SUCCESS)
            self.recompute()

        self.ctx.runner.run(save_and_reload, session, settings, owner=self, on_done=saved, on_error=self.show_error)

    def open_rules(self) -> RulesDialog | None:
        session = self.ctx.session
        if session is None:
            return None
        dialog = RulesDialog(self.ctx, session, editable=self.can_edit_settings(), parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.changed.connect(self.recompute)
        dialog.destroyed.connect(lambda *_: setattr(self, "rules_dialog", None))
        self.rules_dialog = dialog
        dialog.open()
        return dialog

    # --- suggested actions --------------------------------------------------------------------------
    def save_action(self, classification_name: str, label: str, text: str) -> None:
        session = self.ctx.session
        if session is None or not self.can_edit_settings():
            return

        def saved(_r: object) -> None:
            if self._state is None:
                return
            key = (classification_name, label)
            if text:
                self._state.actions[key] = text
            else:
                self._state.actions.pop(key, None)
            self.segment_tabs[classification_name].set_actions(self._state.actions, self.can_edit_settings())
            self.notify(self.tr("Suggested action saved."), Level.SUCCESS)

        self.ctx.runner.run(classification.set_suggested_action, session, classification_name, label, text,
                            owner=self, on_done=saved, on_error=self.show_error)

    # --- segments -----------------------------------------------------------------------------------
    def _with_ids(self, classification_name: str, label: str, then: Callable[[list[int]], None]) -> None:
        session = self.ctx.session
        if session is None:
            return
        self.ctx.runner.run(classification.segment_ids, session, classification_name, label, owner=self,
                            on_done=then, on_error=self.show_error)

    def show_segment(self, classification_name: str, label: str) -> None:
        """Open the customers page filtered to exactly this segment."""
        self._with_ids(classification_name, label, lambda ids: self._hand_over(classification_name, label, ids))

    def _hand_over(self, classification_name: str, label: str, ids: list[int]) -> None:
        if self.ctx.session is None:
            return
        window = self.window()
        show_page = getattr(window, "show_page", None)
        page = show_page("CustomersPage") if callable(show_page) else None
        show = getattr(page, "show_segment", None)
        if callable(show):
            show(classification_name, segment_name(classification_name, label), list(ids))
        self.segment_shown.emit(classification_name, label, list(ids))

    def export_segment(self, classification_name: str, label: str) -> None:
        """Open the export dialog preselected to exactly this segment's customers."""
        self._with_ids(classification_name, label, lambda ids: self._export(classification_name, label, ids))

    def _export(self, classification_name: str, label: str, ids: list[int]) -> None:
        session = self.ctx.session
        if session is None:
            return
        if self.export_dialog is not None:
            self.export_dialog.close()
        text = self.tr("The segment “{name}” (%n customer(s))", "", len(ids)).format(
            name=segment_name(classification_name, label))
        dialog = ExportDialog(self.ctx, session, self, ids=ids, ids_label=text)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.destroyed.connect(lambda *_: setattr(self, "export_dialog", None))
        dialog.exported.connect(lambda count, _path: self.notify(
            self.tr("%n customer(s) exported.", "", count), Level.SUCCESS))
        self.export_dialog = dialog
        dialog.open()

    # --- follow-ups ---------------------------------------------------------------------------------
    def _update_follow_note(self) -> None:
        n = self.follow_model.rowCount()
        if n == 0:
            self.follow_note.setText(self.tr("Nobody is due for a follow-up. Set a next contact date on a "
                                             "follow-up to see the customer here when it comes."))
        else:
            self.follow_note.setText(self.tr("%n customer(s) due for a follow-up, the most overdue first. "
                                             "Double-click to open a customer.", "", n))
        index = self.tabs.indexOf(self.follow_tab)
        self.tabs.setTabText(index, self.tr("Needs follow-up ({count})").format(count=n) if n
                             else self.tr("Needs follow-up"))

    def _open_follow_up(self, row: int) -> CustomerEditor | None:
        cid = self.follow_model.customer_id(row)
        return None if cid is None else self.open_customer(cid)

    def open_customer(self, cid: int) -> CustomerEditor | None:
        """Open the customer's editor: through the customers page when there is one (it tracks its
        editors), else here."""
        if self.ctx.session is None:
            return None
        window = self.window()
        finder = getattr(window, "page", None)
        page = finder("CustomersPage") if callable(finder) else None
        opener = getattr(page, "open_customer", None)
        if callable(opener):
            editor = opener(cid)
            return editor if isinstance(editor, CustomerEditor) else None
        for editor in self._editors:
            if editor.customer_id == cid:
                editor.show()
                editor.raise_()
                return editor
        editor = CustomerEditor(self.ctx, cid, parent=self)
        self._editors.append(editor)
        editor.finished.connect(lambda _r, e=editor: self._editors.remove(e) if e in self._editors else None)
        editor.saved.connect(lambda *_: self.recompute())
        editor.show()
        return editor

    def editors(self) -> list[CustomerEditor]:
        return list(self._editors)

    def current_tab(self) -> SegmentTab | None:
        widget = self.tabs.currentWidget()
        return widget if isinstance(widget, SegmentTab) else None

    def select_classification(self, name: str) -> SegmentTab:
        tab = self.segment_tabs[name]
        self.tabs.setCurrentWidget(tab)
        return tab
