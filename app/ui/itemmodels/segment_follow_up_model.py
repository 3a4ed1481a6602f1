"""The "needs follow-up" list: customers whose next contact date has come, overdue first.

Rows are `classification.FollowUpDue` values set as a whole (`set_rows`); the customer id is
exposed through `IdRole` so a double-click can open the customer without parsing display text.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Final

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from app.i18n.messages import QT_TRANSLATE_NOOP
from app.ui.itemmodels.customer_table_model import format_date
from app.ui.itemmodels.rows_table_model import RowsTableModel
from app.ui.widgets.choices import FOLLOW_UP_KINDS

__all__ = ["COL_CUSTOMER", "COL_DUE", "COL_KIND", "COL_OVERDUE", "COL_SUMMARY", "FollowUpDueModel"]

COL_CUSTOMER, COL_DUE, COL_OVERDUE, COL_KIND, COL_SUMMARY = range(5)
_CTX: Final = "FollowUpDueModel"
_HEADERS: Final = (
    QT_TRANSLATE_NOOP("FollowUpDueModel", "Customer"),
    QT_TRANSLATE_NOOP("FollowUpDueModel", "Next contact"),
    QT_TRANSLATE_NOOP("FollowUpDueModel", "Overdue"),
    QT_TRANSLATE_NOOP("FollowUpDueModel", "Kind"),
    QT_TRANSLATE_NOOP("FollowUpDueModel", "Last follow-up"),
)
ModelIndex = QModelIndex | QPersistentModelIndex


class FollowUpDueModel(RowsTableModel):
    IdRole = int(Qt.ItemDataRole.UserRole) + 1

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []  # classification.FollowUpDue

    def header_texts(self) -> list[str]:
        return [QCoreApplication.translate(_CTX, h) for h in _HEADERS]

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def clear(self) -> None:
        self.set_rows([])

    def customer_id(self, row: int) -> int | None:
        return int(self._rows[row].customer_id) if 0 <= row < len(self._rows) else None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows) or not 0 <= index.column() < len(_HEADERS):
            return None
        r = self._rows[index.row()]
        col = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._display(r, col)
        if role == self.IdRole:
            return int(r.customer_id)
        if role == Qt.ItemDataRole.ForegroundRole and col == COL_OVERDUE and r.days_overdue > 0:
            return QBrush(QColor("#a50e0e"))
        if role == Qt.ItemDataRole.ToolTipRole and col == COL_SUMMARY:
            return str(r.summary) or None
        return None

    @staticmethod
    def _display(r: Any, col: int) -> str:
        if col == COL_CUSTOMER:
            return str(r.name)
        if col == COL_DUE:
            return format_date(str(r.due))
        if col == COL_OVERDUE:
            days = int(r.days_overdue)
            if days <= 0:
                return QCoreApplication.translate("FollowUpDueModel", "Due today")
            return QCoreApplication.translate("FollowUpDueModel", "%n day(s)", "", days)
        if col == COL_KIND:
            return FOLLOW_UP_KINDS.label(str(r.kind)) if r.kind else ""
        return " ".join(str(r.summary).split())
