"""The counts table of one classification: segment name, number of customers, share of all customers.

Rows are set as a whole (`set_rows`) after each computation; the machine label of a row is exposed
through `LabelRole` and the raw count through `CountRole`, so views never parse display text.
For the non-exclusive classifications (tags, rules) a customer can be counted in several rows, so
the shares may add up to more than 100 %.
"""

from __future__ import annotations

from typing import Any, Final

from PySide6.QtCore import (
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from app.i18n.messages import QT_TRANSLATE_NOOP
from app.ui.itemmodels.rows_table_model import RowsTableModel

__all__ = ["COL_COUNT", "COL_NAME", "COL_SHARE", "SegmentCountsModel", "SegmentRow"]

COL_NAME, COL_COUNT, COL_SHARE = range(3)
_CTX: Final = "SegmentCountsModel"
_HEADERS: Final = (
    QT_TRANSLATE_NOOP("SegmentCountsModel", "Segment"),
    QT_TRANSLATE_NOOP("SegmentCountsModel", "Customers"),
    QT_TRANSLATE_NOOP("SegmentCountsModel", "Share"),
)
ModelIndex = QModelIndex | QPersistentModelIndex
SegmentRow = tuple[str, str, int]  # label, translated name, count


class SegmentCountsModel(RowsTableModel):
    LabelRole = int(Qt.ItemDataRole.UserRole) + 1
    CountRole = int(Qt.ItemDataRole.UserRole) + 2

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[SegmentRow] = []
        self._total = 0

    def header_texts(self) -> list[str]:
        return [QCoreApplication.translate(_CTX, h) for h in _HEADERS]

    # --- data ---------------------------------------------------------------------------------------
    def set_rows(self, rows: list[SegmentRow], total: int) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._total = max(0, total)
        self.endResetModel()

    def clear(self) -> None:
        self.set_rows([], 0)

    def label(self, row: int) -> str | None:
        return self._rows[row][0] if 0 <= row < len(self._rows) else None

    def row_of(self, label: str) -> int | None:
        return next((i for i, r in enumerate(self._rows) if r[0] == label), None)

    def count_of(self, label: str) -> int | None:
        row = self.row_of(label)
        return None if row is None else self._rows[row][2]

    def rows(self) -> list[SegmentRow]:
        return list(self._rows)

    @property
    def total(self) -> int:
        return self._total

    # --- QAbstractTableModel ------------------------------------------------------------------------
    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows) or not 0 <= index.column() < len(_HEADERS):
            return None
        label, name, count = self._rows[index.row()]
        col = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if col == COL_NAME:
                return name
            if col == COL_COUNT:
                return self._locale().toString(count)
            share = 100.0 * count / self._total if self._total else 0.0
            return self._locale().toString(share, "f", 1) + "%"
        if role == Qt.ItemDataRole.TextAlignmentRole and col != COL_NAME:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == self.LabelRole:
            return label
        if role == self.CountRole:
            return count
        if role == Qt.ItemDataRole.ToolTipRole and col == COL_NAME:
            return name
        return None

    @staticmethod
    def _locale() -> QLocale:
        return QLocale()
