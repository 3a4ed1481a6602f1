"""Qt models of the import wizard and the Import / Export page.

* `PreviewModel`: the first rows of a file AS THEY WILL BE STORED (normalized phones, split names,
  flags), from `imports.preview` — one column per stored field that any preview row fills.
* `ProblemsModel`: one row per problem of a dry run or an import report (row number, outcome,
  field, reason), from `ImportReport.rows`.
* `ImportsListModel`: the past imports (file, time, counts, undone?), from `imports.list_imports`.

Every cell is plain text; raw values are exposed through custom roles so views never parse text.
Sensitive values (ID card, bank card, health note) are shown masked even in the preview.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Final

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

from app.i18n.dedupe_messages import reason_text as match_reason_text
from app.i18n.messages import field_label, validation_message
from app.models.matching import Reason
from app.services.customers import EDITABLE_FIELDS
from app.ui.icons import icon
from app.ui.itemmodels.access_log_model import local_time_text

__all__ = [
    "ImportsListModel",
    "PreviewModel",
    "ProblemsModel",
    "Problem",
    "reason_text",
    "status_text",
    "target_label",
    "value_text",
]

_Index = QModelIndex | QPersistentModelIndex
_CTX: Final = "ImportModels"
RawRole: Final = int(Qt.ItemDataRole.UserRole) + 1  # the raw value (row number, field name, id …)
StatusRole: Final = int(Qt.ItemDataRole.UserRole) + 2  # a row's status code
FlagsRole: Final = int(Qt.ItemDataRole.UserRole) + 3  # the (field, reason) flags of a preview cell

_SENSITIVE: Final = frozenset({"id_number", "bank_account", "health_note"})
_HIDDEN: Final = frozenset({"family_name", "given_name", "name_order", "owner_user_id", "verified_at"})
_VALUE_KEY: Final = {"phone": "phones", "email": "emails", "address": "addresses", "addresses": "addresses"}
_LABEL_KEY: Final = {"phones": "phone", "emails": "email", "addresses": "address"}


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:  # noqa: N802 - the name lupdate looks for
    return source


def _tr(source: str) -> str:
    return QCoreApplication.translate(_CTX, source)


_STATUS: Final = {
    "ok": QT_TRANSLATE_NOOP("ImportModels", "Ready"),
    "flagged": QT_TRANSLATE_NOOP("ImportModels", "Needs review"),
    "blank": QT_TRANSLATE_NOOP("ImportModels", "Skipped (blank row)"),
    "summary": QT_TRANSLATE_NOOP("ImportModels", "Skipped (total row)"),
    "rejected": QT_TRANSLATE_NOOP("ImportModels", "Rejected"),
    "imported": QT_TRANSLATE_NOOP("ImportModels", "New"),
    "updated": QT_TRANSLATE_NOOP("ImportModels", "Updated"),
    "skipped": QT_TRANSLATE_NOOP("ImportModels", "Skipped"),
}
_REASONS: Final = {
    "blank": QT_TRANSLATE_NOOP("ImportModels", "The row is empty."),
    "summary": QT_TRANSLATE_NOOP("ImportModels", "A total or summary row, not a customer."),
    "no_identity": QT_TRANSLATE_NOOP("ImportModels", "No name, company, phone, email or WeChat ID."),
    "invalid_name": QT_TRANSLATE_NOOP("ImportModels", "The name is missing or not valid."),
    "invalid": QT_TRANSLATE_NOOP("ImportModels", "The row could not be read."),
    "truncated": QT_TRANSLATE_NOOP("ImportModels", "The file ends in the middle of this contact card."),
    "duplicate_in_file": QT_TRANSLATE_NOOP("ImportModels", "Same mobile or email as an earlier row of this file."),
    "matches_existing": QT_TRANSLATE_NOOP("ImportModels", "Same mobile or email as an existing customer."),
    "unchanged": QT_TRANSLATE_NOOP("ImportModels", "Matches an existing customer; nothing new to add."),
    "similar_to_existing": QT_TRANSLATE_NOOP("ImportModels", "Probably the same person as an existing customer."),
    "possible_duplicate": QT_TRANSLATE_NOOP(
        "ImportModels", "Imported as new, but may be the same person as an existing customer (check Duplicates)."),
}
_MATCH_REASONS: Final = frozenset({"similar_to_existing", "possible_duplicate"})
_TARGETS: Final = {
    "": QT_TRANSLATE_NOOP("ImportModels", "(do not import)"),
    "middle_name": QT_TRANSLATE_NOOP("ImportModels", "Middle name"),
    "external_id": QT_TRANSLATE_NOOP("ImportModels", "External ID"),
    "last_follow_up": QT_TRANSLATE_NOOP("ImportModels", "Last follow-up date"),
}


def status_text(status: str) -> str:
    source = _STATUS.get(status)
    return _tr(source) if source else status


def reason_text(field: str, reason: str) -> str:
    """One plain sentence for a row reason ("no_identity") or a field flag (("phone", "invalid"))."""
    if not field:
        source = _REASONS.get(reason)
        return _tr(source) if source else reason
    return validation_message(_LABEL_KEY.get(field, field), reason)


def target_label(target: str) -> str:
    """The display name of a mapping target: "phones" → "Phone", "custom:跟进状态" → "Custom field: 跟进状态"."""
    if target in _TARGETS:
        return _tr(_TARGETS[target])
    if target.startswith("custom:"):
        return QCoreApplication.translate("ImportModels", "Custom field: {name}").format(name=target[len("custom:"):])
    part, sep, group = target.partition("|")
    if sep:
        label = field_label(_LABEL_KEY.get(part, part))
        return QCoreApplication.translate("ImportModels", "{field} ({group})").format(field=label, group=group) if group else label
    return field_label(_LABEL_KEY.get(target, target))


def _mask(text: str) -> str:
    if len(text) <= 4:
        return "*" * len(text)
    return text[:3] + "*" * (len(text) - 5) + text[-2:]


def value_text(key: str, value: object) -> str:
    """A stored value as one line of plain text (lists joined; sensitive values masked)."""
    if value is None:
        return ""
    if isinstance(value, list):
        parts = [value_text(key, v) for v in value]
        return "; ".join(p for p in parts if p)
    if isinstance(value, dict):
        order = ("street", "district", "city", "province", "postal_code", "country")
        return " ".join(str(value[k]) for k in order if value.get(k)) or " ".join(
            str(v) for v in value.values() if v)
    text = str(value)
    return _mask(text) if key in _SENSITIVE else text


def _column_label(key: str) -> str:
    if key.startswith("custom."):
        return key[len("custom."):]
    return field_label(_LABEL_KEY.get(key, key))


def _key_order(key: str) -> tuple[int, str]:
    if key in EDITABLE_FIELDS:
        return EDITABLE_FIELDS.index(key), key
    return len(EDITABLE_FIELDS), key


class PreviewModel(QAbstractTableModel):
    """Preview rows of `imports.preview` (`ImportPreview.rows`): Row, Status, then stored fields."""

    COL_ROW: Final = 0
    COL_STATUS: Final = 1
    FIXED: Final = 2

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []
        self._keys: list[str] = []

    def set_rows(self, rows: Sequence[Any]) -> None:
        """`rows`: objects with number, status, values (dict) and problems ((field, reason) list)."""
        self.beginResetModel()
        self._rows = list(rows)
        keys = {k for r in self._rows for k in r.values if k not in _HIDDEN}
        self._keys = sorted(keys, key=_key_order)
        self.endResetModel()

    def clear(self) -> None:
        self.set_rows([])

    def field_keys(self) -> list[str]:
        """The stored fields shown as columns (after Row and Status)."""
        return list(self._keys)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else self.FIXED + len(self._keys)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if section == self.COL_ROW:
            return QCoreApplication.translate("ImportModels", "Row")
        if section == self.COL_STATUS:
            return QCoreApplication.translate("ImportModels", "Status")
        if 0 <= section - self.FIXED < len(self._keys):
            return _column_label(self._keys[section - self.FIXED])
        return None

    def _row_status(self, row: Any) -> str:
        if row.status == "ok" and row.problems:
            return "flagged"
        return str(row.status)

    def _cell_flags(self, row: Any, key: str) -> list[tuple[str, str]]:
        return [(f, r) for f, r in row.problems if _VALUE_KEY.get(f, f) == key]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        if not (0 <= index.column() < self.columnCount()):
            return None
        row = self._rows[index.row()]
        col = index.column()
        if role == StatusRole:
            return self._row_status(row)
        if col == self.COL_ROW:
            if role == Qt.ItemDataRole.DisplayRole:
                return str(row.number)
            if role == RawRole:
                return int(row.number)
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return None
        if col == self.COL_STATUS:
            status = self._row_status(row)
            if role == Qt.ItemDataRole.DisplayRole:
                return status_text(status)
            if role == RawRole:
                return status
            if role == Qt.ItemDataRole.DecorationRole and status in ("flagged", "rejected"):
                return icon("warning")
            if role == Qt.ItemDataRole.ToolTipRole and row.problems:
                return "\n".join(reason_text(f, r) for f, r in row.problems)
            return None
        key = self._keys[col - self.FIXED]
        value = row.values.get(key)
        flags = self._cell_flags(row, key)
        if role == Qt.ItemDataRole.DisplayRole:
            return value_text(key, value)
        if role == RawRole:
            return key
        if role == FlagsRole:
            return flags
        if role == Qt.ItemDataRole.DecorationRole and flags:
            return icon("warning")
        if role == Qt.ItemDataRole.ToolTipRole and flags:
            return "\n".join(reason_text(f, r) for f, r in flags)
        return None


@dataclass(frozen=True)
class Problem:
    row: int
    status: str
    field: str
    reason: str
    detail: str = ""  # the duplicate engine's reasons for a match ("Same name, same birthday")


def match_text(match: Mapping[str, object] | None) -> str:
    """Why a row matched an existing customer, as one line: the duplicate engine's score and reasons
    for a fuzzy match ("95% alike: same company, traditional characters"), "" for an exact one (the
    row's own reason says it)."""
    if not match or match.get("by") != "similar":
        return ""
    items = match.get("reasons")
    texts = [match_reason_text(Reason(str(r.get("code", "")), dict(r.get("params") or {})))
             for r in (items if isinstance(items, list) else []) if isinstance(r, dict)]
    score = match.get("score")
    shown = "{:.0%}".format(score) if isinstance(score, int | float) else ""
    return QCoreApplication.translate("ImportModels", "{score} alike: {reasons}").format(
        score=shown, reasons=QCoreApplication.translate("ImportModels", ", ").join(texts))


class ProblemsModel(QAbstractTableModel):
    """Per-row problems of a dry run or import (`ImportReport.rows`): Row, Outcome, Field, Problem."""

    COL_ROW, COL_STATUS, COL_FIELD, COL_REASON = range(4)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._problems: list[Problem] = []

    def set_entries(self, entries: Sequence[Any]) -> None:
        """`entries`: RowEntry-like objects (row, status, reasons); clean new rows are not listed."""
        problems: list[Problem] = []
        for entry in entries:
            detail = match_text(getattr(entry, "match", None))
            for fld, reason in entry.reasons or [("", "")]:
                if entry.status == "imported" and not reason:
                    continue
                problems.append(Problem(int(entry.row), str(entry.status), str(fld), str(reason),
                                        detail if not fld and reason in _MATCH_REASONS else ""))
        self.beginResetModel()
        self._problems = problems
        self.endResetModel()

    def clear(self) -> None:
        self.set_entries([])

    def problems(self) -> list[Problem]:
        return list(self._problems)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._problems)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (QCoreApplication.translate("ImportModels", "Row"), QCoreApplication.translate("ImportModels", "Outcome"), QCoreApplication.translate("ImportModels", "Field"), QCoreApplication.translate("ImportModels", "Problem"))
        return titles[section] if 0 <= section < len(titles) else None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._problems)) or not (0 <= index.column() < 4):
            return None
        p = self._problems[index.row()]
        col = index.column()
        if role == StatusRole:
            return p.status
        if role == RawRole:
            return (p.row, p.status, p.field, p.reason)[col]
        if role == Qt.ItemDataRole.DisplayRole:
            if col == self.COL_ROW:
                return str(p.row)
            if col == self.COL_STATUS:
                return status_text(p.status)
            if col == self.COL_FIELD:
                return field_label(_LABEL_KEY.get(p.field, p.field)) if p.field else ""
            text = reason_text(p.field, p.reason)
            return text + " " + p.detail if p.detail else text
        if role == Qt.ItemDataRole.ToolTipRole and col == self.COL_REASON and p.detail:
            return p.detail
        if role == Qt.ItemDataRole.DecorationRole and col == self.COL_STATUS and p.status == "rejected":
            return icon("warning")
        return None


class ImportsListModel(QAbstractTableModel):
    """Past imports (`ImportRecord`s): File, Imported at, Result, Status."""

    COL_FILE, COL_TIME, COL_COUNTS, COL_STATUS = range(4)
    IdRole: Final = RawRole
    UndoneRole: Final = StatusRole

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._records: list[Any] = []

    def set_records(self, records: Sequence[Any]) -> None:
        self.beginResetModel()
        self._records = list(records)
        self.endResetModel()

    def clear(self) -> None:
        self.set_records([])

    def record(self, row: int) -> Any:
        return self._records[row] if 0 <= row < len(self._records) else None

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._records)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (QCoreApplication.translate("ImportModels", "File"), QCoreApplication.translate("ImportModels", "Imported at"), QCoreApplication.translate("ImportModels", "Result"), QCoreApplication.translate("ImportModels", "Status"))
        return titles[section] if 0 <= section < len(titles) else None

    @staticmethod
    def counts_text(counts: Mapping[str, object]) -> str:
        def n(key: str) -> object:
            value = counts.get(key, 0)
            return value if isinstance(value, int) else 0

        return QCoreApplication.translate(
            "ImportModels", "{imported} new, {updated} updated, {flagged} flagged, {rejected} rejected, {skipped} skipped"
        ).format(imported=n("imported"), updated=n("updated"),
                                               flagged=n("flagged"), rejected=n("rejected"), skipped=n("skipped"))

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._records)) or not (0 <= index.column() < 4):
            return None
        r = self._records[index.row()]
        col = index.column()
        if role == self.IdRole:
            return int(r.id)
        if role == self.UndoneRole:
            return r.undone_at is not None
        if role == Qt.ItemDataRole.DisplayRole:
            if col == self.COL_FILE:
                return str(r.file_name)
            if col == self.COL_TIME:
                return local_time_text(str(r.at))
            if col == self.COL_COUNTS:
                return self.counts_text(r.counts)
            if r.undone_at is not None:
                return QCoreApplication.translate("ImportModels", "Undone {time}").format(time=local_time_text(str(r.undone_at)))
            return QCoreApplication.translate("ImportModels", "Imported")
        if role == Qt.ItemDataRole.DecorationRole and col == self.COL_FILE:
            return icon("revert") if r.undone_at is not None else icon("import")
        if role == Qt.ItemDataRole.ToolTipRole and col == self.COL_FILE:
            return QCoreApplication.translate("ImportModels", "Import #{id}").format(id=r.id)
        return None
