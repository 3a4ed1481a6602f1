"""The access-log table: a lazy, keyset-paged Qt model over `audit.list_entries` (newest first).

The model holds the rows loaded so far. `canFetchMore` / `fetchMore` ask the task runner for the
next page (`before_seq` = the oldest seq loaded), so scrolling never blocks the GUI thread. A new
filter (or a refresh) resets the model and bumps a generation counter: a page that arrives for an
older generation is dropped, so a slow answer to an old query can never mix into a new one.

Columns: #, time (local, from the stored UTC ISO-8601 string), user, action (translated), customer
("#id" — by id only, never a name), fields (translated names), details (a short translated summary
of the allow-listed part of the entry's detail, `audit_export.safe_detail`). Raw values are exposed
through custom roles (`IdRole` = seq, `CustomerIdRole`, `ActionRole`, `TimestampRole`,
`UserIdRole`), so views never parse display text.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, Final

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDateTime,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimeZone,
    Signal,
)
from PySide6.QtGui import QColor

from app.i18n.messages import action_label, field_label
from app.models.records import AccessLogEntry
from app.services import audit
from app.services.audit_export import safe_detail
from app.services.session import Session
from app.ui.icons import icon
from app.ui.task_runner import TaskRunner

__all__ = [
    "ACTION_CODES",
    "AccessLogModel",
    "LogFilter",
    "detail_summary",
    "fields_text",
    "local_time_text",
]

_CTX: Final = "AccessLogModel"
ModelIndex = QModelIndex | QPersistentModelIndex


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:  # noqa: N802 - the name lupdate looks for
    return source


translate = QCoreApplication.translate  # lupdate reads translate("Context", "text") calls


def _tr(source: str) -> str:
    """Translate a source text marked with QT_TRANSLATE_NOOP("AccessLogModel", …)."""
    return QCoreApplication.translate(_CTX, source)


# The actions a user can filter by, in the order the combo shows them (labels from messages.py).
ACTION_CODES: Final = (
    "view", "reveal", "copy", "create", "edit", "revert", "delete", "undelete", "erase", "merge",
    "unmerge", "purchase_add", "follow_up_add", "consent_add", "consent_withdraw", "search", "list",
    "import", "export", "backup", "restore", "unlock", "unlock_failed", "lock", "user_add",
    "user_remove", "passphrase_change", "passphrase_reset", "key_rotate", "keyring_enable",
    "keyring_disable", "recovery_key_new", "settings_change", "audit_verify", "check",
)  # fmt: skip


@dataclass(frozen=True)
class LogFilter:
    """What the list shows. `since` inclusive, `until` exclusive, both ISO-8601 UTC."""

    user_name: str | None = None
    action: str | None = None
    customer_id: int | None = None
    since: str | None = None
    until: str | None = None

    def service_kwargs(self) -> dict[str, Any]:
        return {"user_name": self.user_name, "action": self.action, "customer_id": self.customer_id,
                "since": self.since, "until": self.until}


# --- display helpers (also used for the CSV export's labels) ------------------------------------
def local_datetime(iso: str) -> QDateTime:
    """The stored UTC ISO-8601 time as a local QDateTime (invalid if the text is not a time)."""
    moment = QDateTime.fromString(iso, Qt.DateFormat.ISODateWithMs)
    if not moment.isValid():
        return moment
    if moment.timeSpec() == Qt.TimeSpec.LocalTime and not iso.endswith("Z"):
        moment.setTimeZone(QTimeZone.utc())  # stored times are UTC even without the Z
    return moment.toLocalTime()


def local_time_text(iso: str, locale: QLocale | None = None) -> str:
    """Local date in the locale's short format, then the time with seconds (a log needs them)."""
    moment = local_datetime(iso)
    if not moment.isValid():
        return iso
    loc = locale if locale is not None else QLocale()
    return loc.toString(moment.date(), QLocale.FormatType.ShortFormat) + " " + moment.time().toString("HH:mm:ss")


def sortable_local_time(iso: str) -> str:
    """Local time as `yyyy-MM-dd HH:mm:ss`, which spreadsheets read as a date (for CSV export)."""
    moment = local_datetime(iso)
    return moment.toString("yyyy-MM-dd HH:mm:ss") if moment.isValid() else iso


# Field names the log uses that messages.field_label has no label for: a list field is named like
# its single item ("phones" → "Phone"); a few others get their own label here.
_FIELD_ALIASES: Final = {"phones": "phone", "emails": "email", "addresses": "address"}
_EXTRA_FIELDS: Final = {
    "name_order": QT_TRANSLATE_NOOP("AccessLogModel", "Name order"),
    "consents": QT_TRANSLATE_NOOP("AccessLogModel", "Consents"),
    "purchases": QT_TRANSLATE_NOOP("AccessLogModel", "Purchases"),
    "follow_ups": QT_TRANSLATE_NOOP("AccessLogModel", "Follow-ups"),
}


def field_text(name: str) -> str:
    """The translated name of a logged field ("phones" → "Phone"; "custom.会员卡" → "会员卡 (custom
    field)"). A custom field's name is the business's own label, never a customer's value."""
    if name.startswith("custom.") and len(name) > len("custom."):
        return translate("AccessLogModel", "{field} (custom field)").format(field=name[len("custom."):])
    extra = _EXTRA_FIELDS.get(name)
    if extra is not None:
        return _tr(extra)
    return field_label(_FIELD_ALIASES.get(name, name))


def fields_text(fields: tuple[str, ...] | list[str]) -> str:
    return ", ".join(field_text(name) for name in fields)


_METHODS: Final = {
    "passphrase": QT_TRANSLATE_NOOP("AccessLogModel", "via passphrase"),
    "keyring": QT_TRANSLATE_NOOP("AccessLogModel", "via keyring"),
    "recovery_key": QT_TRANSLATE_NOOP("AccessLogModel", "via recovery key"),
}
_ROLES: Final = {
    "owner": QT_TRANSLATE_NOOP("AccessLogModel", "owner"),
    "staff": QT_TRANSLATE_NOOP("AccessLogModel", "staff"),
    "viewer": QT_TRANSLATE_NOOP("AccessLogModel", "viewer"),
}
_SOURCES: Final = {
    "demo": QT_TRANSLATE_NOOP("AccessLogModel", "sample data"),
}
_SEPARATOR: Final = " · "


def detail_summary(action: str, detail: Mapping[str, object], names: Mapping[int, str]) -> str:
    """A short translated summary of an entry's detail, e.g. "via keyring" or "purpose: marketing".

    Only the allow-listed part of the detail is used (`safe_detail`), so no customer value can
    appear, whatever an entry holds. User ids are shown as user names.
    """
    safe = safe_detail(detail)
    parts: list[str] = []
    method = safe.get("via", safe.get("method"))
    if isinstance(method, str):
        known = _METHODS.get(method)
        if known:
            parts.append(_tr(known))
        else:
            parts.append(translate("AccessLogModel", "via {method}").format(method=method))
    if "at" in safe:
        when = local_time_text(str(safe["at"]))
        parts.append(translate("AccessLogModel", "attempted {time}").format(time=when))
    for key in ("user_id", "user"):
        uid = safe.get(key)
        if isinstance(uid, int):
            name = names.get(uid, "#" + str(uid))
            parts.append(translate("AccessLogModel", "user: {name}").format(name=name))
    role = safe.get("role")
    if isinstance(role, str):
        role_source = _ROLES.get(role)
        role_text = _tr(role_source) if role_source else role
        parts.append(translate("AccessLogModel", "role: {role}").format(role=role_text))
    if "can_reveal" in safe:
        if safe["can_reveal"]:
            parts.append(translate("AccessLogModel", "may see sensitive information"))
        else:
            parts.append(translate("AccessLogModel", "may not see sensitive information"))
    if "can_export" in safe:
        if safe["can_export"]:
            parts.append(translate("AccessLogModel", "may export"))
        else:
            parts.append(translate("AccessLogModel", "may not export"))
    if safe.get("rotate") is True:
        parts.append(translate("AccessLogModel", "encryption key replaced"))
    source = safe.get("source")
    if isinstance(source, str):
        source_label = _SOURCES.get(source)
        source_text = _tr(source_label) if source_label else source
        parts.append(translate("AccessLogModel", "source: {source}").format(source=source_text))
    if "customers" in safe:
        parts.append(translate("AccessLogModel", "customers: {count}").format(count=safe["customers"]))
    if "purchases" in safe:
        parts.append(translate("AccessLogModel", "purchases: {count}").format(count=safe["purchases"]))
    what = safe.get("what")
    if what == "access_log":
        parts.append(translate("AccessLogModel", "access log"))
    elif isinstance(what, str):
        parts.append(translate("AccessLogModel", "what: {what}").format(what=what))
    fmt = safe.get("format")
    if isinstance(fmt, str):
        parts.append(translate("AccessLogModel", "format: {format}").format(format=fmt.upper()))
    if "ok" in safe:
        if action == "audit_verify":
            if safe["ok"]:
                parts.append(translate("AccessLogModel", "chain intact"))
            else:
                parts.append(translate("AccessLogModel", "chain broken"))
        elif safe["ok"]:
            parts.append(translate("AccessLogModel", "no problems found"))
        else:
            parts.append(translate("AccessLogModel", "problems found"))
    if "count" in safe:
        if action == "audit_verify" or what == "access_log":
            parts.append(translate("AccessLogModel", "entries: {count}").format(count=safe["count"]))
        else:
            parts.append(translate("AccessLogModel", "records: {count}").format(count=safe["count"]))
    purpose = safe.get("purpose")
    if isinstance(purpose, str):
        parts.append(translate("AccessLogModel", "purpose: {purpose}").format(purpose=purpose))
    reason = safe.get("reason")
    if isinstance(reason, str):
        parts.append(translate("AccessLogModel", "reason: {reason}").format(reason=reason))
    return _SEPARATOR.join(p for p in parts if p)


# --- the model -----------------------------------------------------------------------------------
@dataclass(frozen=True)
class _Row:
    entry: AccessLogEntry
    time: str
    time_tip: str
    user: str
    action: str
    customer: str
    fields: str
    details: str


@dataclass(frozen=True)
class _Page:
    entries: list[AccessLogEntry]
    names: dict[int, str] | None


def _load_page(session: Session, filters: LogFilter, before_seq: int | None, limit: int,
               with_names: bool) -> _Page:
    """Runs on the vault thread."""
    entries = audit.list_entries(session, before_seq=before_seq, limit=limit, **filters.service_kwargs())
    names = audit.user_names(session) if with_names else None
    return _Page(entries, names)


class AccessLogModel(QAbstractTableModel):
    """Lazy, keyset-paged, newest-first access-log rows. Read-only."""

    COL_SEQ, COL_TIME, COL_USER, COL_ACTION, COL_CUSTOMER, COL_FIELDS, COL_DETAILS = range(7)
    COLUMN_COUNT: Final = 7

    IdRole: Final = Qt.ItemDataRole.UserRole + 1  # the entry's seq (int)
    CustomerIdRole: Final = Qt.ItemDataRole.UserRole + 2  # int or None
    ActionRole: Final = Qt.ItemDataRole.UserRole + 3  # the action code (str)
    TimestampRole: Final = Qt.ItemDataRole.UserRole + 4  # the stored UTC ISO-8601 time (str)
    UserIdRole: Final = Qt.ItemDataRole.UserRole + 5  # int or None

    loading_changed = Signal(bool)
    page_loaded = Signal(int)  # rows added by the page (0 when the query is exhausted)
    load_failed = Signal(object)  # the error (shown by the page)

    _HEADERS: Final = (
        QT_TRANSLATE_NOOP("AccessLogModel", "#"),
        QT_TRANSLATE_NOOP("AccessLogModel", "Time"),
        QT_TRANSLATE_NOOP("AccessLogModel", "User"),
        QT_TRANSLATE_NOOP("AccessLogModel", "Action"),
        QT_TRANSLATE_NOOP("AccessLogModel", "Customer"),
        QT_TRANSLATE_NOOP("AccessLogModel", "Fields"),
        QT_TRANSLATE_NOOP("AccessLogModel", "Details"),
    )

    def __init__(self, runner: TaskRunner, parent: QObject | None = None, *, page_size: int = 200) -> None:
        super().__init__(parent)
        self._runner = runner
        self._page_size = max(1, page_size)
        self._session: Session | None = None
        self._filter = LogFilter()
        self._rows: list[_Row] = []
        self._names: dict[int, str] = {}
        self._generation = 0
        self._loading = False
        self._exhausted = True  # nothing to fetch until a session is set
        self._failed = False
        self._newer_pending = False
        self._broken_at: int | None = None

    # --- state -----------------------------------------------------------------------------------
    @property
    def generation(self) -> int:
        return self._generation

    @property
    def loading(self) -> bool:
        return self._loading

    @property
    def exhausted(self) -> bool:
        """True when every matching entry has been loaded."""
        return self._exhausted

    def set_broken_at(self, seq: int | None) -> None:
        """Mark the entry where the hash chain breaks (tinted red), or None when it is intact."""
        if seq == self._broken_at:
            return
        self._broken_at = seq
        if self._rows:
            last = self.index(len(self._rows) - 1, self.COLUMN_COUNT - 1)
            self.dataChanged.emit(self.index(0, 0), last, [Qt.ItemDataRole.BackgroundRole])

    @property
    def filter(self) -> LogFilter:
        return self._filter

    @property
    def user_names(self) -> dict[int, str]:
        return dict(self._names)

    def set_session(self, session: Session | None) -> None:
        """A new session (or None on lock): drop every row; load again when a session is given."""
        self._session = session
        self._reset(start=session is not None)

    def set_filter(self, filters: LogFilter) -> None:
        """Show the entries matching `filters` (a model reset and a fresh first page)."""
        self._filter = filters
        self._reset(start=self._session is not None)

    def refresh(self) -> None:
        self._reset(start=self._session is not None)

    def clear(self) -> None:
        """Drop every row and forget the session (on lock)."""
        self.set_session(None)

    def _reset(self, *, start: bool) -> None:
        self.beginResetModel()
        self._generation += 1
        self._rows = []
        self._exhausted = not start
        self._failed = False
        self._newer_pending = False
        self.endResetModel()
        self._set_loading(False)
        if start:
            self._fetch(with_names=True)

    def _set_loading(self, loading: bool) -> None:
        if loading != self._loading:
            self._loading = loading
            self.loading_changed.emit(loading)

    # --- lazy loading ----------------------------------------------------------------------------
    def canFetchMore(self, parent: ModelIndex = QModelIndex()) -> bool:  # noqa: B008 - Qt's default
        if parent.isValid():
            return False
        return self._session is not None and not self._exhausted and not self._loading and not self._failed

    def fetchMore(self, parent: ModelIndex = QModelIndex()) -> None:  # noqa: B008 - Qt's default
        if self.canFetchMore(parent):
            self._fetch(with_names=False)

    def _fetch(self, *, with_names: bool) -> None:
        session = self._session
        if session is None or self._loading:
            return
        generation = self._generation
        before = self._rows[-1].entry.seq if self._rows else None
        self._set_loading(True)
        self._runner.run(
            _load_page, session, self._filter, before, self._page_size, with_names,
            on_done=lambda page: self._page_arrived(generation, before, page),
            on_error=lambda error: self._page_failed(generation, error),
            owner=self,
        )

    def _page_arrived(self, generation: int, before: int | None, page: _Page) -> None:
        if generation != self._generation:
            return  # an answer to an older query: drop it
        current = self._rows[-1].entry.seq if self._rows else None
        if current != before:  # defensive: a page for another position; ask again
            self._set_loading(False)
            return
        if page.names is not None:
            self._names = dict(page.names)
        entries = page.entries
        if len(entries) < self._page_size:
            self._exhausted = True
        if entries:
            # Still "loading" while rows go in: a view or tester calling fetchMore() from a
            # rowsInserted handler must not ask for the same position again.
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(entries) - 1)
            self._rows.extend(self._row(e) for e in entries)
            self.endInsertRows()
        self._set_loading(False)
        self.page_loaded.emit(len(entries))

    def load_newer(self) -> None:
        """Insert entries newer than the top row (e.g. the log entry an export just wrote) without
        resetting the view. When too many arrived to be sure nothing is missing, reload instead."""
        session = self._session
        if session is None or self._newer_pending or (self._loading and not self._rows) or self._failed:
            return
        generation = self._generation
        self._newer_pending = True
        self._runner.run(
            _load_page, session, self._filter, None, self._page_size, True,
            on_done=lambda page: self._newer_arrived(generation, page),
            on_error=lambda error: self._newer_failed(generation, error),
            owner=self,
        )

    def _newer_arrived(self, generation: int, page: _Page) -> None:
        if generation != self._generation:
            return
        self._newer_pending = False
        if page.names is not None:
            self._names = dict(page.names)
        top = self._rows[0].entry.seq if self._rows else 0
        newer = [e for e in page.entries if e.seq > top]
        if not newer:
            return
        if len(newer) == len(page.entries) and len(page.entries) == self._page_size:
            self.refresh()  # there may be a gap between the newest page and the top row
            return
        self.beginInsertRows(QModelIndex(), 0, len(newer) - 1)
        self._rows[0:0] = [self._row(e) for e in newer]
        self.endInsertRows()
        self.page_loaded.emit(len(newer))

    def _newer_failed(self, generation: int, error: BaseException) -> None:
        if generation != self._generation:
            return
        self._newer_pending = False
        self.load_failed.emit(error)

    def _page_failed(self, generation: int, error: BaseException) -> None:
        if generation != self._generation:
            return
        self._failed = True
        self._set_loading(False)
        self.load_failed.emit(error)

    def _row(self, entry: AccessLogEntry) -> _Row:
        moment = local_datetime(entry.at)
        if moment.isValid():
            utc = translate("AccessLogModel", "UTC: {time}").format(time=entry.at)
            tip = QLocale().toString(moment, QLocale.FormatType.LongFormat) + "\n" + utc
        else:
            tip = entry.at
        if entry.user_id is None:
            user = ""
        else:
            user = self._names.get(entry.user_id, "#" + str(entry.user_id))
        return _Row(
            entry=entry,
            time=local_time_text(entry.at),
            time_tip=tip,
            user=user,
            action=action_label(entry.action),
            customer="" if entry.customer_id is None else "#" + str(entry.customer_id),
            fields=fields_text(entry.fields),
            details=detail_summary(entry.action, entry.detail, self._names),
        )

    # --- QAbstractItemModel ----------------------------------------------------------------------
    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's default
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's default
        return 0 if parent.isValid() else self.COLUMN_COUNT

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < self.COLUMN_COUNT:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return _tr(self._HEADERS[section])
        if role == Qt.ItemDataRole.ToolTipRole and section == self.COL_SEQ:
            return translate("AccessLogModel", "Entry number in the access log")
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.parent().isValid():
            return None
        row, column = index.row(), index.column()
        if not (0 <= row < len(self._rows) and 0 <= column < self.COLUMN_COUNT):
            return None
        item = self._rows[row]
        entry = item.entry
        getter = _ROLE_GETTERS.get(role)
        if getter is not None:
            return getter(entry)
        if role == Qt.ItemDataRole.DisplayRole:
            return (str(entry.seq), item.time, item.user, item.action, item.customer, item.fields,
                    item.details)[column]
        if role == Qt.ItemDataRole.ToolTipRole:
            if self._broken_at is not None and entry.seq == self._broken_at:
                return translate("AccessLogModel", "The access-log chain breaks at this entry.")
            if column == self.COL_TIME:
                return item.time_tip
            if column == self.COL_FIELDS and item.fields:
                return item.fields
            if column == self.COL_DETAILS and item.details:
                return item.details
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (self.COL_SEQ, self.COL_CUSTOMER):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.BackgroundRole and self._broken_at is not None and entry.seq == self._broken_at:
            return QColor("#fce8e6")
        if role == Qt.ItemDataRole.DecorationRole and column == self.COL_ACTION and entry.action == "unlock_failed":
            return icon("warning")
        return None

    def row_entry(self, row: int) -> AccessLogEntry | None:
        return self._rows[row].entry if 0 <= row < len(self._rows) else None


_ROLE_GETTERS: Final[dict[int, Callable[[AccessLogEntry], object]]] = {
    AccessLogModel.IdRole: lambda e: e.seq,
    AccessLogModel.CustomerIdRole: lambda e: e.customer_id,
    AccessLogModel.ActionRole: lambda e: e.action,
    AccessLogModel.TimestampRole: lambda e: e.at,
    AccessLogModel.UserIdRole: lambda e: e.user_id,
}
