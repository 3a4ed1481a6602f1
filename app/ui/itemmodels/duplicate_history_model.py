"""The merge history on the Duplicates page: one row per merge, newest first, with who merged, the
customer that stayed, the customers merged into it and whether the merge was undone."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from app.services.merges import MergeInfo
from app.ui.itemmodels.customer_table_model import format_datetime

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


class MergeHistoryModel(QAbstractTableModel):
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

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt API and default
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt API and default
        return 0 if parent.isValid() else COLUMN_COUNT

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt API
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {COL_AT: self.tr("When"), COL_USER: self.tr("By"), COL_SURVIVOR: self.tr("Kept customer"),
                COL_MERGED: self.tr("Merged into it"), COL_STATE: self.tr("State")}.get(section)

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

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
