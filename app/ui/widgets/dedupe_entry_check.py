"""The check on entry (issue #7): before the customer editor saves a new customer, or a changed
name / phone / e-mail / messenger id, it asks `dedupe.candidates_for` (on the vault thread) whether
the draft looks like customers already in the vault. If so, a non-blocking warning inside the editor
lists them ("May be the same person as 张三 (Same phone 138****8000)") with "Open" for each and
"Save anyway"; nothing is saved until the user chooses. Without candidates the save goes on.

The draft is built with the same service function that will save it (`customers.build_customer`,
not strict), so what is compared is what would be stored.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.i18n.dedupe_messages import is_difference, reason_text
from app.models.errors import ClientVaultError
from app.models.matching import Reason
from app.services import customers, dedupe
from app.services.customers import ListFilter
from app.services.session import Session
from app.ui.itemmodels.duplicate_clusters_model import percent
from app.ui.task_runner import TaskRunner

log = logging.getLogger(__name__)

CHECKED_FIELDS = ("name", "phones", "emails", "wechat", "qq")  # a change here re-runs the check
MAX_REASONS = 3
STYLE = "#duplicateWarning{background:#fef7e0;border:1px solid #fdd663;border-radius:4px;} QLabel{color:#7a4f01;}"


# --- work that runs on the vault thread ---------------------------------------------------------------
def names_of(session: Session, ids: Sequence[int]) -> dict[int, str]:
    """Display names of existing customers (the list's values; nothing beyond what the list shows)."""
    wanted = tuple(sorted(set(ids)))
    if not wanted:
        return {}
    page = customers.list_customers(session, limit=len(wanted), filters=ListFilter(ids=wanted))
    return {row.id: row.name for row in page.rows}


@dataclass(frozen=True)
class EntryCandidate:
    id: int
    name: str
    score: float
    reasons: tuple[Reason, ...]


def find_candidates(session: Session, values: Mapping[str, Any], cid: int | None) -> list[EntryCandidate]:
    """Existing customers that may be the same person as the draft `values` (of customer `cid`, or
    of a new customer when None), strongest first. A draft the service cannot read yet (it will
    refuse to save it anyway) has no candidates."""
    try:
        draft = customers.build_customer(dict(values), customers.default_region(session), strict=False)
    except ClientVaultError:
        return []
    draft.id = cid
    record = dedupe.match_record_of(draft, session)
    pairs = dedupe.candidates_for(session, record)
    own = record.id
    others = [(p.b if p.a == own else p.a, p) for p in pairs]
    names = names_of(session, [other for other, _p in others])
    return [EntryCandidate(other, names.get(other, "#" + str(other)), p.score, p.reasons)
            for other, p in others if other in names]


def check_key(values: Mapping[str, Any]) -> str:
    """What the check looked at: the same key means the same answer."""
    return repr([(name, values.get(name)) for name in CHECKED_FIELDS])


# --- the warning --------------------------------------------------------------------------------------
class DuplicateWarning(QFrame):
    """`check(session, values, cid, retry)` → True while the save must wait (a check is running or
    the warning is shown); `retry` is called when the save may go on."""

    open_requested = Signal(int)  # a candidate's customer id

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.setObjectName("duplicateWarning")
        self.setStyleSheet(STYLE)
        self._accepted_key: str | None = None  # values the user saved anyway (or that had no candidates)
        self._pending_key: str | None = None
        self._retry: Callable[[], object] | None = None
        self.candidates: list[EntryCandidate] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 6, 6)
        self.heading = QLabel(self.tr("This customer may already be in the vault:"), self)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.heading)
        self._rows = QVBoxLayout()
        layout.addLayout(self._rows)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.save_anyway_button = QPushButton(self.tr("Save anyway"), self)
        self.save_anyway_button.clicked.connect(self.save_anyway)
        buttons.addWidget(self.save_anyway_button)
        layout.addLayout(buttons)
        self.hide()

    @property
    def checking(self) -> bool:
        return self._pending_key is not None

    def reset(self) -> None:
        """Forget the last answer (after a save, on lock)."""
        self._accepted_key = None
        self._pending_key = None
        self._retry = None
        self._show([])

    def check(self, session: Session, values: Mapping[str, Any], cid: int | None,
              retry: Callable[[], object]) -> bool:
        key = check_key(values)
        if key == self._accepted_key:
            return False
        if key == self._pending_key or (not self.isHidden() and self.candidates and key == self._shown_key):
            return True
        self._pending_key = key
        self._retry = retry
        self.runner.run(find_candidates, session, dict(values), cid, owner=self,
                        on_done=lambda found: self._answered(key, found), on_error=lambda exc: self._failed(key, exc))
        return True

    def save_anyway(self) -> None:
        self._accepted_key = self._shown_key
        self._show([])
        if self._retry is not None:
            self._retry()

    # --- internals ----------------------------------------------------------------------------------------
    _shown_key: str | None = None

    def _answered(self, key: str, found: list[EntryCandidate]) -> None:
        if key != self._pending_key:
            return
        self._pending_key = None
        self._shown_key = key
        if not found:
            self._accepted_key = key
            self._show([])
            if self._retry is not None:
                self._retry()
            return
        self._show(found)

    def _failed(self, key: str, exc: BaseException) -> None:
        # The check is advice: when it cannot run, saving goes on as before.
        log.warning("entry duplicate check failed: %s", type(exc).__name__)
        if key != self._pending_key:
            return
        self._pending_key = None
        self._accepted_key = key
        if self._retry is not None:
            self._retry()

    def _show(self, found: list[EntryCandidate]) -> None:
        self.candidates = list(found)
        while self._rows.count():
            item = self._rows.takeAt(0)
            layout = item.layout() if item is not None else None
            if layout is not None:
                while layout.count():
                    child = layout.takeAt(0)
                    widget = child.widget() if child is not None else None
                    if widget is not None:
                        widget.deleteLater()
        for candidate in found:
            row = QHBoxLayout()
            reasons = [r for r in candidate.reasons if not is_difference(r)][:MAX_REASONS]
            text = self.tr("May be the same person as {name} ({reasons}; match {score})").format(
                name=candidate.name, reasons="; ".join(reason_text(r) for r in reasons),
                score=percent(candidate.score))
            label = QLabel(text, self)
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setWordWrap(True)
            row.addWidget(label, 1)
            button = QPushButton(self.tr("Open"), self)
            button.setAccessibleName(self.tr("Open {name}").format(name=candidate.name))
            button.clicked.connect(lambda _=False, cid=candidate.id: self.open_requested.emit(cid))
            row.addWidget(button)
            self._rows.addLayout(row)
        self.setVisible(bool(found))
