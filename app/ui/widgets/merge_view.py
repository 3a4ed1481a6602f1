"""The side-by-side comparison of a cluster of likely duplicates, and the choices of a merge.

One column per customer, one row per field. Rows whose values differ are highlighted twice: a
tinted background and a "≠" marker before the field name (colour is not the only signal). For each
scalar field that differs (`merges.merge_fields()`), every cell holds a radio button; the checked
one names the customer whose value wins (`choices()` → `merges.merge(choices=…)`). Multi-valued
fields (phones, e-mails, addresses, tags, …) are not chosen: the kept record gets the union, and the
row says so. Sensitive values are shown masked, as the service returns them (nothing is revealed
here). "Keep newest" and "Keep most complete" set the kept record and every choice at once.

Everything is plain text (customer values may contain `<`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QGridLayout,
    QLabel,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.i18n.messages import field_label
from app.models.records import Customer
from app.services import customers, merges, users
from app.services.customers import CustomerView
from app.services.session import Session
from app.ui.itemmodels.customer_table_model import format_date, format_phone
from app.ui.widgets.address_editor import address_line
from app.ui.widgets.choices import SOURCES

DIFF_MARK = "≠ "
DIFF_STYLE = "background:#fff4ce;border:1px solid #f2c94c;border-radius:3px;"
SAME_STYLE = "border:1px solid transparent;"
EMPTY = "—"
# Multi-valued fields: the kept record gets the union of all of them.
UNION_FIELDS = ("phones", "emails", "wechat", "qq", "addresses", "tags", "id_number", "bank_account",
                "health_note")
_LABEL_ALIASES = {"phones": "phone", "emails": "email", "addresses": "address"}


# --- work that runs on the vault thread ---------------------------------------------------------------
@dataclass
class CompareData:
    views: list[CustomerView]  # in cluster order; sensitive values masked
    user_names: dict[int, str] = field(default_factory=dict)


def load_compare(session: Session, ids: Sequence[int]) -> CompareData:
    """Open each customer of a cluster (each open is logged as a view, like opening the editor)."""
    views = [customers.get_customer(session, cid) for cid in ids]
    names = {u.id: u.name for u in users.list_users(session)}
    return CompareData(views, names)


# --- display ------------------------------------------------------------------------------------------
def field_title(name: str) -> str:
    if name == "verified_at":
        return QCoreApplication.translate("MergeView", "Verified")
    if name.startswith("custom."):
        return name[len("custom."):]
    return field_label(_LABEL_ALIASES.get(name, name))


def is_empty(value: object) -> bool:
    return value in (None, "", [], {})


def display(name: str, value: object, user_names: dict[int, str]) -> str:
    """A field value (as `customers.field_value` gives it) as one plain-text line."""
    if is_empty(value):
        return EMPTY
    if name == "gender":
        return {"female": QCoreApplication.translate("MergeView", "Female"),
                "male": QCoreApplication.translate("MergeView", "Male"),
                "other": QCoreApplication.translate("MergeView", "Other")}.get(str(value), str(value))
    if name == "source":
        return SOURCES.label(str(value))
    if name == "owner_user_id":
        try:
            return user_names.get(int(str(value)), "#" + str(value))
        except ValueError:
            return str(value)
    if name == "verified_at":
        return format_date(str(value))
    if name == "addresses" and isinstance(value, list):
        return "\n".join(address_line({k: str(x) for k, x in a.items()}) if isinstance(a, dict) else str(a)
                         for a in value)
    if name == "phones" and isinstance(value, list):
        return "\n".join(format_phone(str(p)) for p in value)
    if isinstance(value, list):
        return "\n".join(str(x) for x in value)
    return str(value)


def short(text: str, limit: int = 60) -> str:
    line = text.splitlines()[0] if text else text
    return line if len(line) <= limit and line == text else line[:limit].rstrip() + "…"


def comparable(value: object) -> object:
    if isinstance(value, str):
        return " ".join(value.split()).casefold()
    if isinstance(value, list):
        return sorted(str(comparable(v)) for v in value)
    return value


# --- choosing -----------------------------------------------------------------------------------------
def rank_most_complete(records: Sequence[Customer]) -> list[Customer]:
    """Most complete first; ties → the oldest (what `merges.merge` keeps by default)."""
    return sorted(records, key=lambda c: (-merges.completeness(c), c.created_at, c.id or 0))


def rank_newest(records: Sequence[Customer]) -> list[Customer]:
    """Most recently changed first; ties → the larger id (created later)."""
    return sorted(records, key=lambda c: (c.updated_at or c.created_at, c.id or 0), reverse=True)


class MergeView(QWidget):
    """`set_data(CompareData)` shows a cluster; `keep()` and `choices()` are the user's decisions."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._data: CompareData | None = None
        self._records: list[Customer] = []
        self._survivor = QButtonGroup(self)
        self._groups: dict[str, QButtonGroup] = {}  # differing scalar field -> its radio buttons
        self._diff_rows: list[str] = []
        self._applying = False  # setting the kept record from a ranking (not a user's pick)
        self._activity: dict[int, QLabel] = {}  # customer id -> its purchases / follow-ups counts
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        layout.addWidget(self.scroll_area, 1)
        self.note = QLabel(self)
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color:palette(placeholder-text);")
        layout.addWidget(self.note)
        self.clear()

    # --- public -------------------------------------------------------------------------------------------
    def clear(self) -> None:
        """Drop every customer value (lock, or no cluster selected)."""
        self._data = None
        self._records = []
        self._groups = {}
        self._diff_rows = []
        self._activity = {}
        for button in self._survivor.buttons():
            self._survivor.removeButton(button)
        old = self.scroll_area.takeWidget()
        if old is not None:
            old.deleteLater()
        empty = QLabel(self.tr("Select a group of possible duplicates to compare them."), self)
        empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        empty.setWordWrap(True)
        self.scroll_area.setWidget(empty)
        self.note.clear()

    @property
    def customer_ids(self) -> tuple[int, ...]:
        return tuple(int(c.id or 0) for c in self._records)

    def differing_fields(self) -> list[str]:
        """Every field (scalar or multi-valued) whose values differ, in display order."""
        return list(self._diff_rows)

    def choosable_fields(self) -> list[str]:
        return list(self._groups)

    def keep(self) -> int | None:
        cid = self._survivor.checkedId()
        return None if cid == -1 else cid

    def set_keep(self, cid: int) -> None:
        button = self._survivor.button(cid)
        if button is not None:
            button.setChecked(True)
            self.changed.emit()

    def choices(self) -> dict[str, int]:
        """Field → customer id whose value wins, for every differing scalar field."""
        out: dict[str, int] = {}
        for name, group in self._groups.items():
            if group.checkedId() != -1:
                out[name] = group.checkedId()
        return out

    def set_choice(self, name: str, cid: int) -> None:
        group = self._groups.get(name)
        button = group.button(cid) if group is not None else None
        if button is not None:
            button.setChecked(True)
            self.changed.emit()

    def radio(self, name: str, cid: int) -> QRadioButton | None:
        group = self._groups.get(name)
        button = group.button(cid) if group is not None else None
        return button if isinstance(button, QRadioButton) else None

    def keep_most_complete(self) -> None:
        self._apply_ranking(rank_most_complete(self._records))

    def keep_newest(self) -> None:
        self._apply_ranking(rank_newest(self._records))

    # --- building --------------------------------------------------------------------------------------------
    def set_data(self, data: CompareData) -> None:
        self.clear()
        self._data = data
        self._records = [v.customer for v in data.views]
        body = QWidget(self)
        grid = QGridLayout(body)
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(4)
        grid.setColumnStretch(0, 0)
        for col in range(1, len(self._records) + 1):
            grid.setColumnStretch(col, 1)
        row = self._build_header(grid, body, data)
        names = [*merges.merge_fields()]
        for name in names:
            row = self._build_field_row(grid, body, row, name, choosable=True)
        custom = list(dict.fromkeys(k for c in self._records for k in c.custom))
        for name in [*UNION_FIELDS, *("custom." + k for k in custom)]:
            row = self._build_field_row(grid, body, row, name, choosable=False)
        grid.setRowStretch(row, 1)
        self.scroll_area.setWidget(body)
        self.note.setText(self.tr(
            "Fields marked ≠ differ. Pick the value to keep for each; phones, e-mails, addresses, tags and "
            "other lists are combined. Purchases, follow-ups, consents and history move to the kept record. "
            "A merge can be undone from the merge history."))
        self.keep_most_complete()

    def _build_header(self, grid: QGridLayout, body: QWidget, data: CompareData) -> int:
        bold = QFont(self.font())
        bold.setBold(True)
        keep_label = QLabel(self.tr("Keep record"), body)
        grid.addWidget(keep_label, 1, 0)
        activity_label = QLabel(self.tr("Activity"), body)
        grid.addWidget(activity_label, 2, 0)
        for col, view in enumerate(data.views, start=1):
            c = view.customer
            cid = int(c.id or 0)
            title = QLabel(c.name + "  #" + str(cid), body)
            title.setTextFormat(Qt.TextFormat.PlainText)
            title.setFont(bold)
            title.setWordWrap(True)
            title.setToolTip(self.tr("Created {created}, last changed {changed}").format(
                created=format_date(c.created_at), changed=format_date(c.updated_at)))
            grid.addWidget(title, 0, col)
            keep = QRadioButton(self.tr("Keep this record"), body)
            keep.setAccessibleName(self.tr("Keep the record of {name} (#{id})").format(name=c.name, id=cid))
            keep.toggled.connect(self._survivor_toggled)
            self._survivor.addButton(keep, cid)
            grid.addWidget(keep, 1, col)
            activity = QLabel(body)
            activity.setProperty("counts", self.tr("%n purchase(s)", "", len(view.purchases)) + ", "
                                 + self.tr("%n follow-up(s)", "", len(view.follow_ups)))
            activity.setTextFormat(Qt.TextFormat.PlainText)
            self._activity[cid] = activity
            activity.setWordWrap(True)
            activity.setObjectName("activity" + str(cid))
            grid.addWidget(activity, 2, col)
        line = QFrame(body)
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        grid.addWidget(line, 3, 0, 1, len(data.views) + 1)
        return 4

    def _build_field_row(self, grid: QGridLayout, body: QWidget, row: int, name: str, *, choosable: bool) -> int:
        assert self._data is not None
        values = [customers.field_value(c, name) for c in self._records]
        if all(is_empty(v) for v in values):
            return row  # nothing to compare or keep
        differs = len({repr(comparable(v)) for v in values}) > 1
        title = field_title(name)
        label = QLabel((DIFF_MARK if differs else "") + title, body)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        if differs:
            self._diff_rows.append(name)
            label.setToolTip(self.tr("The values differ"))
            label.setAccessibleName(self.tr("{field} (values differ)").format(field=title))
        if not choosable:
            label.setToolTip(self.tr("All values are kept"))
        grid.addWidget(label, row, 0)
        group = QButtonGroup(body) if choosable and differs else None
        if group is not None:
            group.setExclusive(True)
            group.idToggled.connect(lambda *_: self.changed.emit())
            self._groups[name] = group
        for col, (c, value) in enumerate(zip(self._records, values, strict=True), start=1):
            text = display(name, value, self._data.user_names)
            cell = QFrame(body)
            cell.setObjectName("cell")
            cell.setStyleSheet("#cell{" + (DIFF_STYLE if differs else SAME_STYLE) + "}")
            inner = QVBoxLayout(cell)
            inner.setContentsMargins(4, 2, 4, 2)
            if group is not None:
                cid = int(c.id or 0)
                button = QRadioButton(short(text), cell)  # radio buttons do not wrap: the full text is the tooltip
                button.setToolTip(text)
                button.setAccessibleName(self.tr("{field}: use the value of {name} (#{id}): {value}").format(
                    field=title, name=c.name, id=cid, value=text))
                group.addButton(button, cid)
                inner.addWidget(button)
            else:
                value_label = QLabel(text, cell)
                value_label.setTextFormat(Qt.TextFormat.PlainText)
                value_label.setWordWrap(True)
                value_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                inner.addWidget(value_label)
            grid.addWidget(cell, row, col)
        if not choosable and differs:
            row += 1
            union = QLabel(self.tr("All of these are kept on the merged record."), body)
            union.setTextFormat(Qt.TextFormat.PlainText)
            union.setStyleSheet("color:palette(placeholder-text);font-size:small;")
            grid.addWidget(union, row, 1, 1, len(self._records))
        return row + 1

    def _apply_ranking(self, ranked: list[Customer]) -> None:
        if not ranked:
            return
        self._applying = True
        try:
            button = self._survivor.button(int(ranked[0].id or 0))
            if button is not None:
                button.setChecked(True)
        finally:
            self._applying = False
        for name, group in self._groups.items():
            source = next((c for c in ranked if not is_empty(customers.field_value(c, name))), ranked[0])
            button = group.button(int(source.id or 0))
            if button is not None:
                button.setChecked(True)
        self.changed.emit()

    def _survivor_toggled(self, checked: bool) -> None:
        """The user picked the record to keep: its values win, gaps filled from the most complete."""
        cid = self._survivor.checkedId()
        if checked and not self._applying and cid != -1:
            chosen = [c for c in self._records if c.id == cid]
            self._apply_ranking([*chosen, *(c for c in rank_most_complete(self._records) if c.id != cid)])
        self._show_activity()
        self.changed.emit()

    def _show_activity(self) -> None:
        keep = self.keep()
        for cid, label in self._activity.items():
            counts = str(label.property("counts"))
            label.setText(counts if cid == keep else self.tr("{counts} (will move to the kept record)").format(
                counts=counts))
