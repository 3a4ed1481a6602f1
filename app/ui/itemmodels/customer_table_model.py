"""The customer list as a lazy Qt table model over keyset pages.

The model holds only the `ListRow`s fetched so far. `reset_query()` starts a new *generation*: the
rows are dropped, the first page is requested through the task runner, and any page that arrives
later for an older generation is discarded. `canFetchMore()` / `fetchMore()` ask for the next page
with `after=next_after` (a keyset, never OFFSET) — the view calls them when the user scrolls near
the end, so at 1M customers only the pages actually looked at are ever loaded, and no SQL runs on
the GUI thread.

Raw values are exposed through custom roles (`IdRole`, `SortRole`, `RowRole`), so views never parse
display text. Sorting by a column = a new query (name, created and last purchase are sortable on the
server; the other columns are not).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Any

import phonenumbers
from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QDateTime,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QIcon
from PySide6.QtWidgets import QStyle

from app.services import customers
from app.services.customers import ListFilter, ListRow
from app.ui.app_context import AppContext
from app.ui.widgets.choices import SOURCES
from app.ui.widgets.icon_fallback import themed_icon

PAGE_SIZE = 200

COL_NAME, COL_COMPANY, COL_PHONE, COL_EMAIL, COL_SOURCE, COL_CREATED, COL_LAST_PURCHASE, COL_FLAG = range(8)
COLUMN_COUNT = 8

_CTX = "CustomerTableModel"
_HEADERS = (
    QT_TRANSLATE_NOOP("CustomerTableModel", "Name"),
    QT_TRANSLATE_NOOP("CustomerTableModel", "Company"),
    QT_TRANSLATE_NOOP("CustomerTableModel", "Phone"),
    QT_TRANSLATE_NOOP("CustomerTableModel", "Email"),
    QT_TRANSLATE_NOOP("CustomerTableModel", "Source"),
    QT_TRANSLATE_NOOP("CustomerTableModel", "Created"),
    QT_TRANSLATE_NOOP("CustomerTableModel", "Last purchase"),
    QT_TRANSLATE_NOOP("CustomerTableModel", "Review"),
)

# column -> (server sort name, the only order the server offers for it)
SORTABLE: dict[int, tuple[str, Qt.SortOrder]] = {
    COL_NAME: ("name", Qt.SortOrder.AscendingOrder),
    COL_CREATED: ("created", Qt.SortOrder.DescendingOrder),
    COL_LAST_PURCHASE: ("last_purchase", Qt.SortOrder.DescendingOrder),
}
SORT_COLUMN = {name: col for col, (name, _) in SORTABLE.items()}



def source_label(value: str) -> str:
    """The translated label of a stored source value (a custom source is shown as stored)."""
    return SOURCES.label(value)


# --- display formatting --------------------------------------------------------------------------
_CN_MOBILE = re.compile(r"^\+86(1[0-9]{2})([0-9]{4})([0-9]{4})$")


def format_phone(value: str) -> str:
    """A stored phone (E.164, maybe with ";ext=") in a readable form: Chinese numbers in national
    format ("138 0013 8000", "010 6552 9988"), others in international format ("+44 7792 552940").
    A value stored as invalid (not E.164) is shown as stored."""
    if not value.startswith("+"):
        return value
    number, _, ext = value.partition(";ext=")
    text = _format_number(number)
    if ext:
        text += " " + QCoreApplication.translate("CustomerTableModel", "ext. {ext}").format(ext=ext)
    return text


@lru_cache(maxsize=8192)
def _format_number(number: str) -> str:
    m = _CN_MOBILE.match(number)
    if m is not None:
        return " ".join(m.groups())
    try:
        parsed = phonenumbers.parse(number, None)
    except phonenumbers.NumberParseException:
        return number
    fmt = (phonenumbers.PhoneNumberFormat.NATIONAL if parsed.country_code == 86
           else phonenumbers.PhoneNumberFormat.INTERNATIONAL)
    return phonenumbers.format_number(parsed, fmt)


def _short_date(loc: QLocale, d: QDate) -> str:
    if loc.language() == QLocale.Language.C:  # no real locale (servers, CI): unambiguous ISO
        return d.toString("yyyy-MM-dd")
    return loc.toString(d, QLocale.FormatType.ShortFormat)


def format_date(iso: str | None, locale: QLocale | None = None) -> str:
    """An ISO date or UTC timestamp as a short local date ("" when empty or unreadable)."""
    if not iso:
        return ""
    loc = locale or QLocale()
    if len(iso) > 10:
        dt = QDateTime.fromString(iso, Qt.DateFormat.ISODate)
        if not dt.isValid():
            return iso[:10]
        return _short_date(loc, dt.toLocalTime().date())
    d = QDate.fromString(iso, Qt.DateFormat.ISODate)
    return _short_date(loc, d) if d.isValid() else iso


def format_datetime(iso: str | None, locale: QLocale | None = None) -> str:
    """A UTC timestamp as a short local date and time."""
    if not iso:
        return ""
    dt = QDateTime.fromString(iso, Qt.DateFormat.ISODate)
    if not dt.isValid():
        return iso
    loc = locale or QLocale()
    local = dt.toLocalTime()
    if loc.language() == QLocale.Language.C:
        return local.toString("yyyy-MM-dd HH:mm")
    return loc.toString(local, QLocale.FormatType.ShortFormat)


# --- the query -----------------------------------------------------------------------------------
@dataclass(frozen=True)
class Query:
    """What the model shows: `kind` "list" (sorted, filtered) or "search" (query text, filtered)."""

    kind: str = "list"
    sort: str = "name"
    text: str = ""
    filters: ListFilter = field(default_factory=ListFilter)


class CustomerTableModel(QAbstractTableModel):
    IdRole = int(Qt.ItemDataRole.UserRole) + 1
    SortRole = int(Qt.ItemDataRole.UserRole) + 2
    RowRole = int(Qt.ItemDataRole.UserRole) + 3

    loading_changed = Signal(bool)
    page_loaded = Signal(int)  # rows added by the page that just arrived
    first_page_loaded = Signal()
    hint_changed = Signal(str)  # Page.hint of the first page ("too_short" …) or ""
    load_failed = Signal(object)  # the exception
    sort_changed = Signal(str)  # the server sort name chosen through sort()

    def __init__(self, ctx: AppContext, page_size: int = PAGE_SIZE, parent: Any = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.page_size = page_size
        self._rows: list[ListRow] = []
        self._index: dict[int, int] = {}  # customer id -> row
        self._query: Query | None = None
        self._generation = 0
        self._after: tuple[str, int] | None = None
        self._exhausted = True
        self._loading = False
        self._first_done = False
        self._hint = ""
        self.requests = 0  # pages requested since construction (tests and diagnostics)
        self._dates: dict[str, str] = {}
        self._locale = QLocale()
        self._extra_header: str | None = None  # an optional last column (e.g. a segment's reasons)
        self._extra: dict[int, str] = {}  # customer id -> its text in that column

    # --- the query life cycle ------------------------------------------------------------------
    @property
    def query(self) -> Query | None:
        return self._query

    @property
    def loading(self) -> bool:
        return self._loading

    @property
    def has_more(self) -> bool:
        return not self._exhausted

    @property
    def first_page_done(self) -> bool:
        return self._first_done

    @property
    def hint(self) -> str:
        return self._hint

    def reset_query(self, kind: str, params: dict[str, Any] | None = None) -> None:
        """Show a new query: kind "list" with `sort` and `filters`, or "search" with `query` and
        `filters`. Drops the rows and loads the first page (older pages still in flight are
        discarded when they arrive)."""
        p = dict(params or {})
        filters = p.get("filters") or ListFilter()
        if kind == "search":
            q = Query("search", sort=p.get("sort", self._query.sort if self._query else "name"),
                      text=str(p.get("query", "")), filters=filters)
        elif kind == "list":
            q = Query("list", sort=str(p.get("sort", "name")), filters=filters)
        else:
            raise ValueError(kind)
        self._start(q)

    def refresh(self) -> None:
        """Run the current query again from its first page."""
        if self._query is not None:
            self._start(self._query)

    def clear(self) -> None:
        """Drop every row and forget the query (on lock): nothing of the customers stays here."""
        self._generation += 1
        self.beginResetModel()
        self._rows = []
        self._index = {}
        self._dates = {}
        self._extra = {}
        self._query = None
        self._after = None
        self._exhausted = True
        self._first_done = False
        self._hint = ""
        self.endResetModel()
        self._set_loading(False)

    def _start(self, q: Query) -> None:
        self._generation += 1
        self.beginResetModel()
        self._rows = []
        self._index = {}
        self._dates = {}
        self._locale = QLocale()
        self._query = q
        self._after = None
        self._exhausted = False
        self._first_done = False
        self._hint = ""
        self.endResetModel()
        if self.ctx.session is None:
            self._exhausted = True
            self._set_loading(False)
            return
        self._request(None)

    def _request(self, after: tuple[str, int] | None) -> None:
        session = self.ctx.session
        q = self._query
        if session is None or q is None:
            return
        generation = self._generation
        self.requests += 1
        self._set_loading(True)
        if q.kind == "search":
            self.ctx.runner.run(
                customers.search_customers, session, q.text, after=after, limit=self.page_size,
                filters=q.filters, owner=self,
                on_done=lambda page: self._arrived(generation, page),
                on_error=lambda exc: self._failed(generation, exc),
            )
        else:
            self.ctx.runner.run(
                customers.list_customers, session, sort=q.sort, after=after, limit=self.page_size,
                filters=q.filters, owner=self,
                on_done=lambda page: self._arrived(generation, page),
                on_error=lambda exc: self._failed(generation, exc),
            )

    def _arrived(self, generation: int, page: customers.Page) -> None:
        if generation != self._generation:
            return  # a page of an older query: discard
        first = not self._first_done
        new_rows = [r for r in page.rows if r.id not in self._index]
        if new_rows:
            start = len(self._rows)
            self.beginInsertRows(QModelIndex(), start, start + len(new_rows) - 1)
            for i, row in enumerate(new_rows):
                self._index[row.id] = start + i
            self._rows.extend(new_rows)
            self.endInsertRows()
        self._after = page.next_after
        self._exhausted = page.next_after is None
        self._first_done = True
        self._set_loading(False)
        if first:
            self._hint = page.hint
            self.hint_changed.emit(page.hint)
        self.page_loaded.emit(len(new_rows))
        if first:
            self.first_page_loaded.emit()

    def _failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        self._exhausted = True
        self._first_done = True
        self._set_loading(False)
        self.load_failed.emit(exc)

    def _set_loading(self, value: bool) -> None:
        if value != self._loading:
            self._loading = value
            self.loading_changed.emit(value)

    # --- lazy loading --------------------------------------------------------------------------
    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> bool:  # noqa: B008, N802
        if parent.isValid():
            return False
        return self._first_done and not self._loading and not self._exhausted and self._after is not None

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> None:  # noqa: B008, N802
        if self.canFetchMore(parent):
            self._request(self._after)

    # --- local updates (no new query) ----------------------------------------------------------
    def customer_id(self, row: int) -> int | None:
        return self._rows[row].id if 0 <= row < len(self._rows) else None

    def list_row(self, row: int) -> ListRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, customer_id: int) -> int | None:
        return self._index.get(customer_id)

    def remove_ids(self, ids: list[int] | set[int]) -> None:
        """Take customers out of the view (deleted to / restored from the recycle bin)."""
        rows = sorted((self._index[i] for i in ids if i in self._index), reverse=True)
        for row in rows:  # contiguous runs would be fewer signals; selections are small
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._rows[row]
            self.endRemoveRows()
        if rows:
            self._index = {r.id: i for i, r in enumerate(self._rows)}

    def update_row(self, customer_id: int, **changes: Any) -> None:
        """Replace some values of a loaded row (after an edit in the editor)."""
        row = self._index.get(customer_id)
        if row is None:
            return
        self._rows[row] = replace(self._rows[row], **changes)
        self.dataChanged.emit(self.index(row, 0), self.index(row, COLUMN_COUNT - 1))

    # --- the optional extra column --------------------------------------------------------------
    @property
    def extra_header(self) -> str | None:
        return self._extra_header

    def set_extra_column(self, header: str | None) -> None:
        """Show a last column titled `header` (None: no extra column); its texts are set with
        `set_extra_values` and kept by customer id until the column is removed."""
        if (header is None) == (self._extra_header is None):
            self._extra_header = header
            if header is not None:
                self.headerDataChanged.emit(Qt.Orientation.Horizontal, COLUMN_COUNT, COLUMN_COUNT)
            return
        if header is None:
            self.beginRemoveColumns(QModelIndex(), COLUMN_COUNT, COLUMN_COUNT)
            self._extra_header = None
            self._extra = {}
            self.endRemoveColumns()
        else:
            self.beginInsertColumns(QModelIndex(), COLUMN_COUNT, COLUMN_COUNT)
            self._extra_header = header
            self.endInsertColumns()

    def set_extra_values(self, values: dict[int, str]) -> None:
        self._extra.update(values)
        if self._extra_header is None:
            return
        for cid in values:
            row = self._index.get(cid)
            if row is not None:
                self.dataChanged.emit(self.index(row, COLUMN_COUNT), self.index(row, COLUMN_COUNT))

    def extra_value(self, customer_id: int) -> str | None:
        return self._extra.get(customer_id)

    def ids_without_extra(self) -> list[int]:
        """The loaded customers whose extra-column text is not known yet."""
        return [r.id for r in self._rows if r.id not in self._extra]

    # --- QAbstractTableModel -------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else COLUMN_COUNT + (self._extra_header is not None)

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and section == COLUMN_COUNT and self._extra_header is not None:
            return self._extra_header if role == Qt.ItemDataRole.DisplayRole else None
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < COLUMN_COUNT:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate(_CTX, _HEADERS[section])
        if role == Qt.ItemDataRole.ToolTipRole:
            if section == COL_FLAG:
                return QCoreApplication.translate("CustomerTableModel", "Customers with a value that failed validation and needs review")
            if section in SORTABLE:
                return QCoreApplication.translate("CustomerTableModel", "Click to sort by this column")
            return None
        if role == Qt.ItemDataRole.InitialSortOrderRole and section in SORTABLE:
            return SORTABLE[section][1]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows) or not 0 <= index.column() < self.columnCount():
            return None
        r = self._rows[index.row()]
        col = index.column()
        if col == COLUMN_COUNT:  # the extra column
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                return self._extra.get(r.id, "")
            return r.id if role == self.IdRole else r if role == self.RowRole else None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(r, col)
        if role == self.IdRole:
            return r.id
        if role == self.SortRole:
            return self._sort_value(r, col)
        if role == self.RowRole:
            return r
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == COL_FLAG and r.invalid_fields:
                return self.tr("%n value(s) failed validation; open the customer to review them.", "", r.invalid_fields)
            if col == COL_PHONE and r.phone and not r.phone.startswith("+"):
                return QCoreApplication.translate("CustomerTableModel", "This phone number is not valid and needs review.")
            return None
        if role == Qt.ItemDataRole.DecorationRole and col == COL_FLAG and r.invalid_fields:
            return _warning_icon()
        if role == Qt.ItemDataRole.ForegroundRole and col == COL_FLAG and r.invalid_fields:
            return QBrush(QColor("#a50e0e"))
        if role == Qt.ItemDataRole.AccessibleTextRole and col == COL_FLAG:
            return self._display(r, col) or QCoreApplication.translate("CustomerTableModel", "No problems")
        return None

    def _display(self, r: ListRow, col: int) -> str:
        if col == COL_NAME:
            return r.name
        if col == COL_COMPANY:
            return r.company
        if col == COL_PHONE:
            return format_phone(r.phone) if r.phone else ""
        if col == COL_EMAIL:
            return r.email
        if col == COL_SOURCE:
            return source_label(r.source)
        if col == COL_CREATED:
            return self._date(r.created_at)
        if col == COL_LAST_PURCHASE:
            return self._date(r.last_purchase)
        if col == COL_FLAG:
            return QCoreApplication.translate("CustomerTableModel", "Needs review") if r.invalid_fields else ""
        return ""

    def _date(self, iso: str | None) -> str:
        if not iso:
            return ""
        text = self._dates.get(iso)
        if text is None:
            text = self._dates[iso] = format_date(iso, self._locale)
        return text

    @staticmethod
    def _sort_value(r: ListRow, col: int) -> Any:
        return (r.name, r.company, r.phone, r.email, r.source, r.created_at, r.last_purchase or "",
                r.invalid_fields)[col]

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sorting = a new query on the server. Columns the server cannot sort are ignored; each
        sortable column has one order (names A→Z, dates newest first)."""
        if column not in SORTABLE or self._query is None:
            return
        name = SORTABLE[column][0]
        if self._query.sort == name:
            return
        if self._query.kind == "search":  # search results are newest first; the order applies later
            self._query = replace(self._query, sort=name)
        else:
            self._start(replace(self._query, sort=name))
        self.sort_changed.emit(name)


_WARNING: list[QIcon] = []


def _warning_icon() -> QIcon:
    if not _WARNING:
        _WARNING.append(themed_icon("warning", "dialog-warning", QStyle.StandardPixmap.SP_MessageBoxWarning))
    return _WARNING[0]
