"""The clusters of likely duplicates on the Duplicates page: one row per cluster, strongest first,
with the score as a percentage, the customers' names and the main reasons (translated).

Names come from the customer list rows (the same values the customers page shows); reasons never
hold a full phone, e-mail or ID number (the engine masks them).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QLocale, QModelIndex, QPersistentModelIndex, Qt

from app.i18n.dedupe_messages import reason_text
from app.models.matching import Cluster, Reason
from app.ui.itemmodels.rows_table_model import RowsTableModel

COL_SCORE, COL_CUSTOMERS, COL_REASONS = range(3)
COLUMN_COUNT = 3
MAX_REASONS_SHOWN = 3
_Index = QModelIndex | QPersistentModelIndex


def cluster_reasons(cluster: Cluster) -> list[Reason]:
    """The distinct reasons of the cluster's pairs, strongest pair first, in order of appearance."""
    seen: dict[str, Reason] = {}
    for pair in sorted(cluster.pairs, key=lambda p: -p.score):
        for reason in pair.reasons:
            seen.setdefault(reason.code + repr(sorted(reason.params.items())), reason)
    return list(seen.values())


def percent(score: float) -> str:
    return QLocale().toString(round(score * 100)) + "%"


@dataclass(frozen=True)
class ClusterRow:
    cluster: Cluster
    names: Mapping[int, str]  # customer id -> display name

    def name_of(self, cid: int) -> str:
        return self.names.get(cid) or "#" + str(cid)


class DuplicateClustersModel(RowsTableModel):
    IdsRole = Qt.ItemDataRole.UserRole + 1  # the cluster's customer ids (tuple)
    ScoreRole = Qt.ItemDataRole.UserRole + 2  # the score 0.0 … 1.0 (for sorting / tests)

    def __init__(self, parent: object | None = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self._rows: list[ClusterRow] = []

    # --- content ---------------------------------------------------------------------------------------
    def set_rows(self, rows: Iterable[ClusterRow]) -> None:
        self.beginResetModel()
        self._rows = sorted(rows, key=lambda r: (-r.cluster.score, r.cluster.customer_ids))
        self.endResetModel()

    def clear(self) -> None:
        self.set_rows([])

    def row(self, row: int) -> ClusterRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rows(self) -> Sequence[ClusterRow]:
        return tuple(self._rows)

    def row_of(self, ids: Sequence[int]) -> int | None:
        wanted = tuple(sorted(ids))
        return next((i for i, r in enumerate(self._rows) if r.cluster.customer_ids == wanted), None)

    def remove_touching(self, ids: Iterable[int]) -> int:
        """Drop every cluster holding one of `ids` (merged or marked); returns how many went."""
        gone = set(ids)
        removed = 0
        for i in reversed(range(len(self._rows))):
            if gone & set(self._rows[i].cluster.customer_ids):
                self.beginRemoveRows(QModelIndex(), i, i)
                del self._rows[i]
                self.endRemoveRows()
                removed += 1
        return removed

    # --- Qt model --------------------------------------------------------------------------------------
    def header_texts(self) -> list[str]:
        return [self.tr("Match"), self.tr("Customers"), self.tr("Why")]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        item = self._rows[index.row()]
        cluster = item.cluster
        col = index.column()
        if role == self.IdsRole:
            return cluster.customer_ids
        if role == self.ScoreRole:
            return cluster.score
        if role == Qt.ItemDataRole.TextAlignmentRole and col == COL_SCORE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if col == COL_SCORE:
                return percent(cluster.score)
            if col == COL_CUSTOMERS:
                return " · ".join(item.name_of(cid) for cid in cluster.customer_ids)
            if col == COL_REASONS:
                reasons = cluster_reasons(cluster)[:MAX_REASONS_SHOWN]
                return "; ".join(reason_text(r) for r in reasons)
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == COL_REASONS:
                return "\n".join(reason_text(r) for r in cluster_reasons(cluster))
            if col == COL_CUSTOMERS:
                return "\n".join(item.name_of(cid) + " (#" + str(cid) + ")" for cid in cluster.customer_ids)
            if col == COL_SCORE:
                return self.tr("Estimated probability that these records are the same customer")
        return None
