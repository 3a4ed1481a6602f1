"""The Duplicates page (查重, PRODUCT.md §4, issue #7): scan for likely duplicates, review each
cluster side by side, merge with a value picked per field, mark "not duplicates", merge every
cluster above a threshold at once, and undo any merge from the merge history.

All vault work goes through `ctx.runner` (the scan reports progress and can be cancelled). Merging
and undoing need the "delete" right (owner, staff), "not duplicates" the edit right; a viewer can
scan and compare but the buttons stay disabled with a note saying why. On lock (`deactivate`) the
clusters, the comparison and the history are dropped.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QSlider,
    QSpinBox,
    QSplitter,
    QStyle,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.i18n.messages import error_message
from app.models.errors import ClientVaultError
from app.models.matching import DEFAULT_MIN_SCORE, Cluster
from app.services import dedupe, merges
from app.services.merges import MergeInfo
from app.services.permissions import Action, allowed
from app.services.session import Session
from app.ui.app_context import AppContext
from app.ui.itemmodels.duplicate_clusters_model import (
    COL_CUSTOMERS,
    COL_REASONS,
    COL_SCORE,
    ClusterRow,
    DuplicateClustersModel,
)
from app.ui.itemmodels.duplicate_history_model import COL_MERGED, HistoryRow, MergeHistoryModel
from app.ui.pages.base import Page
from app.ui.task_runner import CancelToken
from app.ui.widgets import prompts
from app.ui.widgets.dedupe_entry_check import names_of
from app.ui.widgets.icon_fallback import themed_icon
from app.ui.widgets.merge_view import CompareData, MergeView, load_compare
from app.ui.widgets.message_banner import Level, MessageBanner

log = logging.getLogger(__name__)

MIN_SCORE_KEY = "duplicates/min_score"
BULK_SCORE_KEY = "duplicates/bulk_score"
DEFAULT_BULK_PERCENT = 95
MAX_NAMES_IN_CONFIRM = 6


# --- work that runs on the vault thread ---------------------------------------------------------------
@dataclass
class ScanResult:
    clusters: list[Cluster]
    names: dict[int, str]


def scan_clusters(session: Session, min_score: float, progress: Callable[[int, int], None],
                  cancelled: Callable[[], bool]) -> ScanResult:
    clusters = dedupe.scan(session, min_score=min_score, progress=progress, cancelled=cancelled)
    return ScanResult(clusters, names_of(session, [i for c in clusters for i in c.customer_ids]))


@dataclass
class BulkResult:
    merged: list[tuple[tuple[int, ...], int]] = field(default_factory=list)  # (ids, merge id)
    failed: list[tuple[tuple[int, ...], ClientVaultError]] = field(default_factory=list)
    cancelled: bool = False


def merge_all(session: Session, clusters: Sequence[tuple[int, ...]], progress: Callable[[int, int], None],
              cancelled: Callable[[], bool]) -> BulkResult:
    """Merge each cluster with the default choices (the most complete record stays and keeps its
    values, empty fields filled from the others). One cluster failing does not stop the others."""
    result = BulkResult()
    for done, ids in enumerate(clusters):
        if cancelled():
            result.cancelled = True
            break
        try:
            result.merged.append((ids, merges.merge(session, ids)))
        except ClientVaultError as exc:
            result.failed.append((ids, exc))
        progress(done + 1, len(clusters))
    return result


def load_history(session: Session) -> list[HistoryRow]:
    infos = merges.history(session)
    names = names_of(session, [i for m in infos for i in (m.survivor_id, *m.merged_ids)])
    return [HistoryRow(info, names) for info in infos]


# --- the page -------------------------------------------------------------------------------------------
class DuplicatesPage(Page):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._session: Session | None = None
        self._token: CancelToken | None = None
        self._scanning = False
        self._bulk_running = False
        self._busy = False  # a merge / mark / undo is on its way
        self._compare_generation = 0
        self._removing = False
        self._can_merge = False
        self._can_mark = False
        self._scanned = False
        self.model = DuplicateClustersModel(self)
        self.history_model = MergeHistoryModel(self)
        self._build()
        self._update_actions()

    # --- Page contract -----------------------------------------------------------------------------------
    def page_id(self) -> str:
        return "duplicates"

    def title(self) -> str:
        return self.tr("Duplicates")

    def icon(self) -> QIcon:
        return themed_icon("duplicates", "edit-copy", QStyle.StandardPixmap.SP_FileDialogContentsView)

    @staticmethod
    def available_for(session: Session) -> bool:
        return allowed(session.user, Action.VIEW)

    def activate(self, session: Session) -> None:
        if session is self._session:
            return
        self._session = session
        self._can_merge = allowed(session.user, Action.DELETE)
        self._can_mark = allowed(session.user, Action.EDIT)
        self.role_note.setVisible(not self._can_merge)
        self._update_actions()
        self.load_history()

    def deactivate(self) -> None:
        """On lock: stop a scan and drop every cluster, the comparison and the history."""
        if self._token is not None:
            self._token.cancel()
        self._session = None
        self._compare_generation += 1
        self.model.clear()
        self.history_model.clear()
        self.merge_view.clear()
        self.banner.hide()
        self.status.clear()
        self.progress.hide()
        self._scanned = False
        self._update_actions()

    def notify(self, text: str, level: Level = Level.INFO) -> None:
        self.banner.show_message(text, level, timeout_ms=8000 if level in (Level.INFO, Level.SUCCESS) else 0)

    def show_error(self, error: BaseException) -> None:
        if not isinstance(error, ClientVaultError):
            log.error("duplicates page: unexpected %s", type(error).__name__)
            handler = getattr(self.window(), "show_error", None)
            if callable(handler):
                handler(error)
                return
            error = ClientVaultError()
        self.banner.show_message(error_message(error), Level.ERROR)

    # --- building -------------------------------------------------------------------------------------------
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        self.banner = MessageBanner(self)
        self.banner.action_triggered.connect(self._banner_action)
        layout.addWidget(self.banner)

        scan_row = QHBoxLayout()
        self.scan_button = QPushButton(self.tr("Scan for duplicates"), self)
        self.scan_button.setToolTip(self.tr("Compare every customer with the others and list likely duplicates"))
        self.scan_button.clicked.connect(self.scan)
        scan_row.addWidget(self.scan_button)
        min_label = QLabel(self.tr("Minimum match:"), self)
        scan_row.addWidget(min_label)
        stored = self.ctx.settings.value(MIN_SCORE_KEY, round(DEFAULT_MIN_SCORE * 100))
        self.min_slider = QSlider(Qt.Orientation.Horizontal, self)
        self.min_slider.setRange(10, 100)
        self.min_slider.setMaximumWidth(180)
        self.min_slider.setAccessibleName(self.tr("Minimum match"))
        self.min_spin = QSpinBox(self)
        self.min_spin.setRange(10, 100)
        self.min_spin.setSuffix("%")
        self.min_spin.setAccessibleName(self.tr("Minimum match"))
        self.min_spin.setToolTip(self.tr("Only list groups whose match is at least this likely"))
        min_label.setBuddy(self.min_spin)
        self.min_slider.valueChanged.connect(self.min_spin.setValue)
        self.min_spin.valueChanged.connect(self.min_slider.setValue)
        self.min_spin.valueChanged.connect(lambda v: self.ctx.settings.setValue(MIN_SCORE_KEY, v))
        try:
            self.min_spin.setValue(int(str(stored)))
        except ValueError:
            self.min_spin.setValue(round(DEFAULT_MIN_SCORE * 100))
        scan_row.addWidget(self.min_slider)
        scan_row.addWidget(self.min_spin)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.clicked.connect(self.cancel)
        scan_row.addWidget(self.cancel_button)
        self.progress = QProgressBar(self)
        self.progress.setMaximumWidth(220)
        self.progress.setAccessibleName(self.tr("Progress"))
        self.progress.hide()
        scan_row.addWidget(self.progress)
        self.status = QLabel(self)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        scan_row.addWidget(self.status, 1)
        layout.addLayout(scan_row)

        self.role_note = QLabel(self.tr("Your role can review duplicates but not merge them or mark them."), self)
        self.role_note.setTextFormat(Qt.TextFormat.PlainText)
        self.role_note.setStyleSheet("color:palette(placeholder-text);")
        self.role_note.hide()
        layout.addWidget(self.role_note)

        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self._build_review(), self.tr("Possible duplicates"))
        self.tabs.addTab(self._build_history(), self.tr("Merge history"))
        layout.addWidget(self.tabs, 1)

    def _build_review(self) -> QWidget:
        box = QWidget(self)
        outer = QVBoxLayout(box)
        outer.setContentsMargins(0, 6, 0, 0)
        splitter = QSplitter(Qt.Orientation.Horizontal, box)
        left = QWidget(splitter)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        self.table = QTableView(left)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.setAccessibleName(self.tr("Possible duplicates"))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(COL_SCORE, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_CUSTOMERS, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(COL_CUSTOMERS, 170)
        header.setSectionResizeMode(COL_REASONS, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._selection_changed())
        self.model.modelReset.connect(self._selection_changed)
        self.model.rowsRemoved.connect(lambda *_: self._selection_changed())
        left_layout.addWidget(self.table, 1)
        self.empty_label = QLabel(left)
        self.empty_label.setTextFormat(Qt.TextFormat.PlainText)
        self.empty_label.setWordWrap(True)
        left_layout.addWidget(self.empty_label)

        bulk = QHBoxLayout()
        bulk_label = QLabel(self.tr("Merge every group matching at least"), left)
        bulk_label.setWordWrap(True)
        bulk.addWidget(bulk_label, 1)
        self.bulk_spin = QSpinBox(left)
        self.bulk_spin.setRange(50, 100)
        self.bulk_spin.setSuffix("%")
        self.bulk_spin.setAccessibleName(self.tr("Merge every group matching at least"))
        try:
            self.bulk_spin.setValue(int(str(self.ctx.settings.value(BULK_SCORE_KEY, DEFAULT_BULK_PERCENT))))
        except ValueError:
            self.bulk_spin.setValue(DEFAULT_BULK_PERCENT)
        self.bulk_spin.valueChanged.connect(lambda v: self.ctx.settings.setValue(BULK_SCORE_KEY, v))
        self.bulk_spin.valueChanged.connect(lambda _v: self._update_actions())
        bulk_label.setBuddy(self.bulk_spin)
        bulk.addWidget(self.bulk_spin)
        self.bulk_button = QPushButton(self.tr("Merge all…"), left)
        self.bulk_button.setToolTip(self.tr("Merge each of these groups, keeping the most complete record"))
        self.bulk_button.clicked.connect(self.bulk_merge)
        bulk.addWidget(self.bulk_button)
        left_layout.addLayout(bulk)
        splitter.addWidget(left)

        right = QWidget(splitter)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        self.merge_view = MergeView(right)
        self.merge_view.changed.connect(self._update_actions)
        right_layout.addWidget(self.merge_view, 1)
        buttons = QHBoxLayout()
        self.newest_button = QPushButton(self.tr("Keep newest"), right)
        self.newest_button.setToolTip(self.tr("Keep the record changed last and its values"))
        self.newest_button.clicked.connect(self.merge_view.keep_newest)
        buttons.addWidget(self.newest_button)
        self.complete_button = QPushButton(self.tr("Keep most complete"), right)
        self.complete_button.setToolTip(self.tr("Keep the record with the most values, filling gaps from the others"))
        self.complete_button.clicked.connect(self.merge_view.keep_most_complete)
        buttons.addWidget(self.complete_button)
        buttons.addStretch(1)
        self.not_duplicates_button = QPushButton(self.tr("Not duplicates"), right)
        self.not_duplicates_button.setToolTip(self.tr("These are different customers: do not list them again"))
        self.not_duplicates_button.clicked.connect(self.mark_not_duplicates)
        buttons.addWidget(self.not_duplicates_button)
        self.merge_button = QPushButton(self.tr("Merge…"), right)
        self.merge_button.setToolTip(self.tr("Merge these customers into the kept record (can be undone)"))
        self.merge_button.clicked.connect(self.merge)
        buttons.addWidget(self.merge_button)
        right_layout.addLayout(buttons)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([420, 620])
        outer.addWidget(splitter, 1)
        return box

    def _build_history(self) -> QWidget:
        box = QWidget(self)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 6, 0, 0)
        self.history_table = QTableView(box)
        self.history_table.setModel(self.history_model)
        self.history_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.history_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.history_table.verticalHeader().hide()
        self.history_table.setWordWrap(False)
        history_header = self.history_table.horizontalHeader()
        history_header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        history_header.setSectionResizeMode(COL_MERGED, QHeaderView.ResizeMode.Stretch)
        self.history_table.setAccessibleName(self.tr("Merge history"))
        self.history_table.selectionModel().currentRowChanged.connect(lambda *_: self._update_actions())
        self.history_model.modelReset.connect(self._update_actions)
        layout.addWidget(self.history_table, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        self.refresh_history_button = QPushButton(self.tr("Refresh"), box)
        self.refresh_history_button.clicked.connect(self.load_history)
        row.addWidget(self.refresh_history_button)
        self.undo_button = QPushButton(self.tr("Undo merge"), box)
        self.undo_button.setToolTip(self.tr("Bring the merged customers back as they were"))
        self.undo_button.clicked.connect(self.undo_selected)
        row.addWidget(self.undo_button)
        layout.addLayout(row)
        return box

    # --- state ----------------------------------------------------------------------------------------------
    @property
    def scanning(self) -> bool:
        return self._scanning or self._bulk_running

    @property
    def busy(self) -> bool:
        return self._busy or self.scanning

    def bulk_candidates(self) -> list[tuple[int, ...]]:
        threshold = self.bulk_spin.value() / 100
        return [r.cluster.customer_ids for r in self.model.rows() if r.cluster.score >= threshold - 1e-9]

    def selected_row(self) -> ClusterRow | None:
        index = self.table.currentIndex()
        return self.model.row(index.row()) if index.isValid() else None

    def _update_actions(self) -> None:
        unlocked = self._session is not None
        working = self.busy
        compared = bool(self.merge_view.customer_ids)
        self.scan_button.setEnabled(unlocked and not working)
        self.cancel_button.setVisible(self.scanning)
        self.min_spin.setEnabled(not working)
        self.min_slider.setEnabled(not working)
        self.newest_button.setEnabled(compared and self._can_merge and not working)
        self.complete_button.setEnabled(compared and self._can_merge and not working)
        self.merge_button.setEnabled(compared and self._can_merge and not working
                                     and self.merge_view.keep() is not None)
        self.not_duplicates_button.setEnabled(compared and self._can_mark and not working)
        self.bulk_button.setEnabled(self._can_merge and not working and bool(self.bulk_candidates()))
        self.bulk_spin.setEnabled(self._can_merge and not working)
        index = self.history_table.currentIndex()
        info = self.history_model.info(index.row()) if index.isValid() else None
        self.undo_button.setEnabled(unlocked and self._can_merge and not working
                                    and info is not None and info.undone_at is None)
        self.refresh_history_button.setEnabled(unlocked)
        if not self._can_merge and unlocked:
            note = self.tr("Your role can review duplicates but not merge them or mark them.")
            for button in (self.merge_button, self.bulk_button, self.undo_button, self.newest_button,
                           self.complete_button):
                button.setToolTip(note)
            if not self._can_mark:
                self.not_duplicates_button.setToolTip(note)

    # --- scanning -------------------------------------------------------------------------------------------
    def scan(self) -> None:
        session = self._session
        if session is None or self.busy:
            return
        token = CancelToken()
        self._token = token
        self._scanning = True
        self._compare_generation += 1
        self.merge_view.clear()
        self.progress.setRange(0, 0)
        self.progress.show()
        self.status.setText(self.tr("Scanning…"))
        self.ctx.runner.progress.connect(self._progress)
        self._update_actions()
        self.ctx.runner.run(scan_clusters, session, self.min_spin.value() / 100, self.ctx.runner.progress_callback(),
                            lambda: token.cancelled, owner=self,
                            on_done=self._scanned_result, on_error=self._scan_failed)

    def cancel(self) -> None:
        if self._token is not None:
            self._token.cancel()
            self.status.setText(self.tr("Cancelling…"))

    def _progress(self, done: int, total: int) -> None:
        if total > 0:
            self.progress.setRange(0, total)
            self.progress.setValue(min(done, total))

    def _end_work(self) -> None:
        try:
            self.ctx.runner.progress.disconnect(self._progress)
        except (RuntimeError, TypeError):
            pass
        self._scanning = False
        self._bulk_running = False
        self._token = None
        self.progress.hide()

    def _scanned_result(self, result: ScanResult) -> None:
        self._end_work()
        if self._session is None:
            return
        self._scanned = True
        self.model.set_rows(ClusterRow(c, result.names) for c in result.clusters)
        self._show_count()
        self._update_actions()
        if self.model.rowCount():
            self.table.selectionModel().setCurrentIndex(
                self.model.index(0, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)

    def _show_count(self) -> None:
        count = self.model.rowCount()
        self.status.setText(self.tr("%n group(s) of possible duplicates", "", count))
        self.empty_label.setText("" if count or not self._scanned else self.tr("No likely duplicates found."))
        self.empty_label.setVisible(not count and self._scanned)

    def _scan_failed(self, exc: BaseException) -> None:
        self._end_work()
        self._update_actions()
        if isinstance(exc, dedupe.Cancelled):
            self.status.setText(self.tr("Scan cancelled."))
            return
        self.status.clear()
        self.show_error(exc)

    # --- comparing ------------------------------------------------------------------------------------------
    def _remove(self, ids: Sequence[int]) -> None:
        """Drop the clusters touching `ids`, then compare whatever is selected afterwards once."""
        self._removing = True
        try:
            self.model.remove_touching(ids)
        finally:
            self._removing = False
        self._selection_changed()

    def _selection_changed(self) -> None:
        if self._removing:
            return
        row = self.selected_row()
        self._compare_generation += 1
        session = self._session
        if row is None or session is None:
            self.merge_view.clear()
            self._update_actions()
            return
        generation = self._compare_generation
        ids = row.cluster.customer_ids
        self.ctx.runner.run(load_compare, session, ids, owner=self,
                            on_done=lambda data: self._compare_loaded(generation, data),
                            on_error=lambda exc: self._compare_failed(generation, exc))

    def _compare_loaded(self, generation: int, data: CompareData) -> None:
        if generation != self._compare_generation or self._session is None:
            return
        self.merge_view.set_data(data)
        self._update_actions()

    def _compare_failed(self, generation: int, exc: BaseException) -> None:
        if generation == self._compare_generation:
            self.show_error(exc)

    # --- merging --------------------------------------------------------------------------------------------
    def _names(self, ids: Sequence[int], row: ClusterRow | None = None) -> str:
        names = [row.name_of(cid) if row else "#" + str(cid) for cid in ids[:MAX_NAMES_IN_CONFIRM]]
        text = "、".join(names) if any("\u4e00" <= ch <= "\u9fff" for n in names for ch in n) else ", ".join(names)
        return text + ("…" if len(ids) > MAX_NAMES_IN_CONFIRM else "")

    def merge(self) -> None:
        session = self._session
        row = self.selected_row()
        ids = self.merge_view.customer_ids
        keep = self.merge_view.keep()
        if session is None or row is None or not ids or keep is None or self.busy:
            return
        if not self._can_merge:
            self.notify(self.tr("Your role can review duplicates but not merge them or mark them."), Level.WARNING)
            return
        others = [cid for cid in ids if cid != keep]
        text = self.tr("Merge {others} into {kept}? Their purchases, follow-ups, consents, tags and history move "
                       "to {kept}. You can undo this later from the merge history.").format(
            others=self._names(others, row), kept=row.name_of(keep))
        if not prompts.confirm(self, self.tr("Merge customers"), text, self.tr("Merge")):
            return
        self._busy = True
        self._update_actions()
        self.ctx.runner.run(merges.merge, session, ids, keep=keep, choices=self.merge_view.choices(), owner=self,
                            on_done=lambda mid: self._merged(ids, row.name_of(keep), mid),
                            on_error=self._failed)

    def _merged(self, ids: Sequence[int], kept_name: str, merge_id: int) -> None:
        self._busy = False
        self._remove(ids)
        self._show_count()
        self.banner.show_message(self.tr("Merged into {name}.").format(name=kept_name), Level.SUCCESS,
                                 action_text=self.tr("Undo"), action_id="undo:" + str(merge_id))
        self.load_history()
        self._update_actions()

    def _failed(self, exc: BaseException) -> None:
        self._busy = False
        self._update_actions()
        self.show_error(exc)

    def mark_not_duplicates(self) -> None:
        session = self._session
        ids = self.merge_view.customer_ids
        if session is None or not ids or self.busy or not self._can_mark:
            return
        self._busy = True
        self._update_actions()
        self.ctx.runner.run(merges.mark_not_duplicates, session, ids, owner=self,
                            on_done=lambda _r: self._marked(ids), on_error=self._failed)

    def _marked(self, ids: Sequence[int]) -> None:
        self._busy = False
        self._remove(ids)
        self._show_count()
        self.notify(self.tr("Remembered: these customers are different people. They will not be listed again."),
                    Level.SUCCESS)
        self._update_actions()

    def bulk_merge(self) -> None:
        session = self._session
        clusters = self.bulk_candidates()
        if session is None or not clusters or self.busy or not self._can_merge:
            return
        text = self.tr("Merge %n group(s) of possible duplicates? In each group the most complete record is kept "
                       "and filled from the others. Every merge can be undone from the merge history.", "",
                       len(clusters))
        if not prompts.confirm(self, self.tr("Merge all"), text, self.tr("Merge all")):
            return
        token = CancelToken()
        self._token = token
        self._bulk_running = True
        self._compare_generation += 1
        self.merge_view.clear()
        self.progress.setRange(0, len(clusters))
        self.progress.setValue(0)
        self.progress.show()
        self.status.setText(self.tr("Merging…"))
        self.ctx.runner.progress.connect(self._progress)
        self._update_actions()
        self.ctx.runner.run(merge_all, session, clusters, self.ctx.runner.progress_callback(),
                            lambda: token.cancelled, owner=self, on_done=self._bulk_done, on_error=self._bulk_failed)

    def _bulk_done(self, result: BulkResult) -> None:
        self._end_work()
        self._remove([cid for ids, _mid in result.merged for cid in ids])
        self._show_count()
        text = self.tr("%n group(s) merged.", "", len(result.merged))
        level = Level.SUCCESS
        if result.failed:
            first = result.failed[0][1]
            text += " " + self.tr("%n group(s) could not be merged: {reason}", "", len(result.failed)).format(
                reason=error_message(first))
            level = Level.WARNING
        if result.cancelled:
            text += " " + self.tr("Stopped before the end.")
            level = Level.WARNING
        self.banner.show_message(text, level)
        self.load_history()
        self._update_actions()

    def _bulk_failed(self, exc: BaseException) -> None:
        self._end_work()
        self._update_actions()
        self.show_error(exc)

    # --- history and undo -----------------------------------------------------------------------------------
    def load_history(self) -> None:
        session = self._session
        if session is None:
            return
        self.ctx.runner.run(load_history, session, owner=self, on_done=self._history_loaded,
                            on_error=self.show_error)

    def _history_loaded(self, rows: list[HistoryRow]) -> None:
        if self._session is None:
            return
        self.history_model.set_rows(rows)
        self._update_actions()

    def history_infos(self) -> list[MergeInfo]:
        return [info for r in range(self.history_model.rowCount()) if (info := self.history_model.info(r))]

    def undo_selected(self) -> None:
        index = self.history_table.currentIndex()
        info = self.history_model.info(index.row()) if index.isValid() else None
        if info is not None:
            self.undo(info.id)

    def undo(self, merge_id: int) -> None:
        session = self._session
        if session is None or self.busy or not self._can_merge:
            return
        self._busy = True
        self._update_actions()
        self.ctx.runner.run(merges.undo, session, merge_id, owner=self,
                            on_done=lambda _r: self._undone(), on_error=self._failed)

    def _undone(self) -> None:
        self._busy = False
        self.notify(self.tr("Merge undone: the customers are back. Scan again to review them."), Level.SUCCESS)
        self.load_history()
        self._update_actions()

    def _banner_action(self, action_id: str) -> None:
        if action_id.startswith("undo:"):
            self.banner.hide()
            self.undo(int(action_id[len("undo:"):]))
