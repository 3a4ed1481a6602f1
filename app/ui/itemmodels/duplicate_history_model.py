"""The merge history on the Duplicates page: one row per merge, newest first, with who merged, the
customer that stayed, the customers merged into it and whether the merge was undone."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

from app.services.merges import MergeInfo
from app.ui.itemmodels.customer_table_model import format_datetime
from app.ui.itemmodels.rows_table_model import RowsTableModel

COL_AT, COL_USER, COL_SURVIVOR, COL_MERGED, COL_STATE = range(5)
COLUMN_COUNT = 5
_Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class HistoryRow:
    info: MergeInfo
    names: Mapping[int, str]  # current names of the ids still customers

    def name_of(self, cid: int) -> str:
        """"Name (#id)": the current name, else the one the merge recorded (a merged-away customer
        is no customer any more: its name comes from the merge's snapshot), else "#id"."""
        name = self.names.get(cid) or self._recorded_name(cid)
        return name + " (#" + str(cid) + ")" if name else "#" + str(cid)

    def _recorded_name(self, cid: int) -> str:
        if cid == self.info.survivor_id:
            return self.info.survivor_name
        return dict(zip(self.info.merged_ids, self.info.merged_names, strict=False)).get(cid, "")


class MergeHistoryModel(RowsTableModel):
    MergeIdRole = Qt.ItemDataRole.UserRole + 1
    UndoneRole = Qt.ItemDataRole.UserRole + 2

    def __init__(self, parent: object | None = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self._rows: list[HistoryRow] = []

    def set_rows(self, rows: Iterable[HistoryRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def clear(self) -> None:
        self.set_rows([])

    def info(self, row: int) -> MergeInfo | None:
        return self._rows[row].info if 0 <= row < len(self._rows) else None

    def row_of(self, merge_id: int) -> int | None:
        return next((i for i, r in enumerate(self._rows) if r.info.id == merge_id), None)

    def header_texts(self) -> list[str]:
        return [self.tr("When"), self.tr("By"), self.tr("Kept customer"), self.tr("Merged into it"), self.tr("State")]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        info = row.info
        if role == self.MergeIdRole:
            return info.id
        if role == self.UndoneRole:
            return info.undone_at is not None
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return None
        col = index.column()
        if col == COL_AT:
            return format_datetime(info.at)
        if col == COL_USER:
            return info.user_name
        if col == COL_SURVIVOR:
            return row.name_of(info.survivor_id)
        if col == COL_MERGED:
            return ", ".join(row.name_of(cid) for cid in info.merged_ids)
        if col == COL_STATE:
            if info.undone_at is None:
                return self.tr("Merged")
            return self.tr("Undone {date}").format(date=format_datetime(info.undone_at))
        return None
