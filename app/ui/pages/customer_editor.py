"""The customer editor: one window per customer (non-modal), for viewing and editing every field of
PRODUCT.md §2, with purchases, follow-ups, consents, change history (with revert) and the
customer's access history.

House rules it follows:
- every service call goes through `ctx.runner` (never on the GUI thread); results come back as
  callbacks, dropped when the editor is gone;
- everything is plain text (customer values may contain `<`);
- inline validation under each field as the user types, with the translated messages of
  `app.i18n.messages`; Save is refused while anything is invalid and the first problem gets focus
  (the services validate again);
- sensitive values (身份证号, bank card, health note) are masked; Reveal (permitted roles only) asks
  the service, which logs it; Copy logs a copy and puts the value on the secure clipboard, which
  clears it after the configured seconds;
- closing with unsaved edits asks Save / Discard / Cancel; on lock the editor closes at once (the
  main window has asked about unsaved edits before locking) and keeps no customer value.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date as _date
from decimal import Decimal, InvalidOperation
from typing import Any

from PySide6.QtCore import QByteArray, QCoreApplication, QDate, QLocale, Qt, Signal
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.i18n.messages import action_label, error_message, field_label, validation_message
from app.models import validation
from app.models.errors import ClientVaultError, PermissionDenied, ValidationError
from app.models.records import (
    AccessLogEntry,
    ChangeRecord,
    Consent,
    ContactKind,
    FollowUp,
    Purchase,
    Role,
    SensitiveKind,
    User,
)
from app.services import audit, customers, users
from app.services.customers import CustomerView
from app.services.permissions import Action, allowed
from app.services.session import Session
from app.ui.app_context import AppContext
from app.ui.itemmodels.customer_table_model import format_date, format_datetime, format_phone
from app.ui.widgets import prompts
from app.ui.widgets.address_editor import AddressListEditor, address_line
from app.ui.widgets.choices import (
    CONSENT_CHANNELS,
    CONSENT_PURPOSES,
    CURRENCIES,
    CURRENCY_SYMBOLS,
    FOLLOW_UP_KINDS,
    PURCHASE_CHANNELS,
    SOURCES,
)
from app.ui.widgets.customer_classification_view import CustomerClassificationView
from app.ui.widgets.dedupe_entry_check import DuplicateWarning
from app.ui.widgets.field_message import FieldMessage
from app.ui.widgets.icon_fallback import themed_icon
from app.ui.widgets.key_value_editor import KeyValueEditor
from app.ui.widgets.message_banner import Level, MessageBanner
from app.ui.widgets.multi_value_editor import MultiValueEditor, Validator
from app.ui.widgets.tag_editor import TagEditor

log = logging.getLogger(__name__)

SENSITIVE_NAMES = ("id_number", "bank_account", "health_note")
_SENSITIVE_KIND = {"id_number": SensitiveKind.ID_NUMBER, "bank_account": SensitiveKind.BANK_ACCOUNT,
                   "health_note": SensitiveKind.HEALTH_NOTE}
CONTACT_NAMES = {"phones": ContactKind.PHONE, "emails": ContactKind.EMAIL, "wechat": ContactKind.WECHAT,
                 "qq": ContactKind.QQ}
TEXT_FIELDS = ("name", "family_name", "given_name", "company", "title")
GEOMETRY_KEY = "customers/editor_geometry"
MAX_TEXT = 200


# --- work that runs on the vault thread ------------------------------------------------------------
@dataclass
class EditorData:
    view: CustomerView | None
    history: list[ChangeRecord] = field(default_factory=list)
    users: list[User] = field(default_factory=list)
    user_names: dict[int, str] = field(default_factory=dict)
    tags: list[str] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)
    region: str = "CN"


def load_editor_data(session: Session, cid: int | None) -> EditorData:
    """Everything the editor shows, in one trip to the vault thread (opening is logged as a view)."""
    view = customers.get_customer(session, cid) if cid is not None else None
    return EditorData(
        view=view,
        history=customers.history(session, cid) if cid is not None else [],
        users=users.list_users(session),
        user_names=audit.user_names(session),
        tags=customers.tags(session),
        sources=customers.sources(session),
        region=customers.default_region(session),
    )


def reveal_for_copy(session: Session, cid: int, name: str) -> str:
    """Copying a masked value reveals it (logged) and records the copy (logged)."""
    value = customers.reveal_field(session, cid, name)
    customers.log_copy(session, cid, name)
    return value


# --- validation helpers ----------------------------------------------------------------------------
def _problem(check: Callable[[str], object]) -> Validator:
    def run(text: str) -> str | None:
        try:
            check(text)
        except ValidationError as exc:
            return error_message(exc)
        return None

    return run


def _health_note(text: str) -> str:
    return text


def normalized_contact(kind: ContactKind, text: str, region: str) -> str:
    """The form the service stores for `text` (E.164 for phones …), or the half-width text when it
    is not valid — used to tell whether the user really changed a value."""
    point = validation.build_contact(kind, text, region)
    return point.value


def _json(raw: str | None) -> Any:
    if raw is None:
        return None
    try:
        return json.loads(raw)
    except ValueError:
        return raw


def _mask(name: str, value: str) -> str:
    if name == "id_number":
        return validation.mask_id_number(value)
    if name == "bank_account":
        return validation.mask_bank_account(value)
    return "••••••"


def _button(text: str, parent: QWidget, icon: str = "", theme: str = "") -> QPushButton:
    b = QPushButton(text, parent)
    b.setAutoDefault(False)
    b.setDefault(False)
    if icon:
        b.setIcon(themed_icon(icon, theme or icon))
    return b


def _read_only_table(headers: list[str], parent: QWidget) -> QTableWidget:
    t = QTableWidget(0, len(headers), parent)
    t.setHorizontalHeaderLabels(headers)
    t.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    t.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    t.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    t.setAlternatingRowColors(True)
    t.verticalHeader().hide()
    t.setWordWrap(True)
    t.horizontalHeader().setStretchLastSection(True)
    t.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    return t


def _cell(text: str, data: Any = None) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    if data is not None:
        item.setData(Qt.ItemDataRole.UserRole, data)
    item.setToolTip(text if len(text) > 30 else "")
    return item


def _date_edit(parent: QWidget) -> QDateEdit:
    d = QDateEdit(QDate.currentDate(), parent)
    d.setCalendarPopup(True)
    d.setDisplayFormat("yyyy-MM-dd")
    d.setMinimumDate(QDate(1900, 1, 1))
    d.setMaximumDate(QDate(2100, 12, 31))
    return d


def money(amount: Decimal, currency: str) -> str:
    symbol = CURRENCY_SYMBOLS.get(currency, currency + " ")
    return QLocale().toCurrencyString(float(amount), symbol, 2)


def parse_amount(text: str) -> Decimal | None:
    cleaned = validation.to_halfwidth(text).replace(",", "").replace("¥", "").replace("￥", "").strip()
    try:
        value = Decimal(cleaned)
    except InvalidOperation:
        return None
    return value if value.is_finite() else None


# --- a masked sensitive value ----------------------------------------------------------------------
class SensitiveField(QWidget):
    """One sensitive value: masked, with Reveal / Copy (permitted roles) and Change (editors)."""

    changed = Signal()
    reveal_requested = Signal(str)
    copy_requested = Signal(str)

    def __init__(self, name: str, check: Validator, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self.check = check
        self._masked = ""  # what is shown while hidden ("" = nothing stored)
        self._revealed: str | None = None
        self._editing = False
        self._can_edit = False
        self._can_reveal = False
        self._saved_customer = False
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(2)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        self.edit = QLineEdit(self)
        self.edit.setAccessibleName(field_label(name))
        self.edit.setMaxLength(2000)
        self.edit.textChanged.connect(self._text_changed)
        row.addWidget(self.edit, 1)
        self.reveal_button = _button(self.tr("Reveal"), self, "reveal", "view-reveal-symbolic")
        self.reveal_button.setToolTip(self.tr("Show the full value. Every reveal is recorded in the access log."))
        self.reveal_button.clicked.connect(self._reveal_clicked)
        row.addWidget(self.reveal_button)
        self.copy_button = _button(self.tr("Copy"), self, "copy", "edit-copy")
        self.copy_button.setToolTip(self.tr("Copy the full value; it is cleared from the clipboard after a few seconds. Recorded in the access log."))
        self.copy_button.clicked.connect(lambda: self.copy_requested.emit(self.name))
        row.addWidget(self.copy_button)
        self.change_button = _button(self.tr("Change"), self, "edit", "document-edit")
        self.change_button.clicked.connect(self._change_clicked)
        row.addWidget(self.change_button)
        outer.addLayout(row)
        self.message = FieldMessage(self)
        outer.addWidget(self.message)

    # --- state -------------------------------------------------------------------------------------
    def load(self, masked: str | None, *, saved_customer: bool, can_edit: bool, can_reveal: bool) -> None:
        self._masked = masked or ""
        self._revealed = None
        self._saved_customer = saved_customer
        self._can_edit = can_edit
        self._can_reveal = can_reveal
        self._editing = can_edit and not self._masked
        self.edit.blockSignals(True)
        self.edit.setText("" if self._editing else self._masked)
        self.edit.blockSignals(False)
        self.message.set_message(None)
        self._show()

    def _show(self) -> None:
        self.edit.blockSignals(True)
        if self._editing:
            self.edit.setReadOnly(False)
            if self._masked:
                self.edit.setPlaceholderText(self.tr("Type the new value; leave empty to remove the stored one"))
            else:
                self.edit.setPlaceholderText(self.tr("Not recorded"))
        else:
            self.edit.setReadOnly(True)
            self.edit.setText(self._revealed if self._revealed is not None else self._masked)
            self.edit.setPlaceholderText(self.tr("Not recorded"))
        self.edit.blockSignals(False)
        has_value = bool(self._masked)
        self.reveal_button.setVisible(self._can_reveal and self._saved_customer and has_value and not self._editing)
        self.reveal_button.setText(self.tr("Hide") if self._revealed is not None else self.tr("Reveal"))
        self.copy_button.setVisible(self._can_reveal and self._saved_customer and has_value and not self._editing)
        self.change_button.setVisible(self._can_edit and has_value)
        self.change_button.setText(self.tr("Keep stored value") if self._editing else self.tr("Change"))
        if not self._editing:
            self.message.set_message(None)

    @property
    def revealed_value(self) -> str | None:
        return self._revealed

    @property
    def editing(self) -> bool:
        return self._editing

    def show_revealed(self, value: str) -> None:
        self._revealed = value
        if not self._editing:
            self._show()

    def hide_value(self) -> None:
        self._revealed = None
        self._show()

    def set_editable(self, editable: bool) -> None:
        if not editable:
            self._can_edit = False
            self._editing = False
        self._show()

    def forget(self) -> None:
        """Drop every value (lock / close)."""
        self._revealed = None
        self._masked = ""
        self.edit.blockSignals(True)
        self.edit.clear()
        self.edit.blockSignals(False)

    def pending(self) -> str | None:
        """The new value to save ("" removes the stored one), or None when unchanged."""
        if not self._editing:
            return None
        text = self.edit.text().strip()
        if not self._masked:
            return text or None
        if self._revealed is not None and text == self._revealed:
            return None
        return text

    def problem(self) -> str | None:
        value = self.pending()
        found = self.check(value) if value else None
        self.message.set_message(found)
        return found

    # --- actions -------------------------------------------------------------------------------------
    def _text_changed(self) -> None:
        if self._editing:
            self.problem()
            self.changed.emit()

    def _reveal_clicked(self) -> None:
        if self._revealed is not None:
            self.hide_value()
        else:
            self.reveal_requested.emit(self.name)

    def _change_clicked(self) -> None:
        self._editing = not self._editing
        if self._editing:
            self.edit.blockSignals(True)
            self.edit.setText(self._revealed or "")
            self.edit.blockSignals(False)
        self._show()
        if self._editing:
            self.edit.setFocus()
        self.changed.emit()


# --- the editor --------------------------------------------------------------------------------------
class CustomerEditor(QDialog):
    """`CustomerEditor(ctx, customer_id)` opens a customer; `customer_id=None` creates one."""

    saved = Signal(int, bool)  # customer id, created
    row_changed = Signal(int, dict)  # customer id, new ListRow values for the table
    dirty_changed = Signal(bool)

    def __init__(self, ctx: AppContext, customer_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setModal(False)
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self._cid = customer_id
        self._data: EditorData | None = None
        self._view: CustomerView | None = None
        self._original: dict[str, Any] = {}
        self._region = "CN"
        self._can_edit = False
        self._can_reveal = False
        self._deleted = False
        self._loaded = False
        self._populating = False
        self._saving = False
        self._force_close = False
        self._close_after_save = False
        self._names_touched = False
        self._pending_verified: str | None = None
        self._dirty = False
        self._baseline: dict[str, Any] = {}
        self._access_loaded = False
        self._announce: bool | None = None  # after a save: emit `saved(id, created)` once reloaded
        self._announce_text = ""
        self._build()
        geometry = ctx.settings.value(GEOMETRY_KEY)
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(860, 780)
        ctx.holder.changed.connect(self._session_changed)
        self._update_title()
        self.reload()

    # --- public --------------------------------------------------------------------------------------
    @property
    def customer_id(self) -> int | None:
        return self._cid

    @property
    def loaded(self) -> bool:
        return self._loaded

    @property
    def can_edit(self) -> bool:
        return self._can_edit

    def has_unsaved_changes(self) -> bool:
        if not self._loaded or not self._can_edit:
            return False
        if self._cid is None:
            return self.create_values() != self._baseline
        return bool(self.changes())

    def close_without_asking(self) -> None:
        """Close now, dropping unsaved edits (lock, or the user chose Discard in the main window)."""
        self._force_close = True
        self.reject()

    def reload(self) -> None:
        session = self.ctx.session
        if session is None:
            return
        self._set_busy(True)
        self.ctx.runner.run(load_editor_data, session, self._cid, owner=self,
                            on_done=self._loaded_data, on_error=self._load_failed)

    # --- building the window ---------------------------------------------------------------------------
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        header = QHBoxLayout()
        titles = QVBoxLayout()
        self.heading = QLabel(self)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        font = QFont(self.heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.45)
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        titles.addWidget(self.heading)
        self.subheading = QLabel(self)
        self.subheading.setTextFormat(Qt.TextFormat.PlainText)
        self.subheading.setStyleSheet("color:palette(placeholder-text);")
        titles.addWidget(self.subheading)
        header.addLayout(titles, 1)
        layout.addLayout(header)
        self.banner = MessageBanner(self)
        layout.addWidget(self.banner)
        self.duplicate_warning = DuplicateWarning(self.ctx.runner, self)  # the check on entry (issue #7)
        self.duplicate_warning.open_requested.connect(lambda cid: CustomerEditor(self.ctx, cid, self.parentWidget()).show())
        layout.addWidget(self.duplicate_warning)
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.details = self._build_details()
        self.tabs.addTab(self.details, self.tr("Details"))
        self.purchases_tab = PurchasesTab(self)
        self.tabs.addTab(self.purchases_tab, self.tr("Purchases"))
        self.follow_ups_tab = FollowUpsTab(self)
        self.tabs.addTab(self.follow_ups_tab, self.tr("Follow-ups"))
        self.consents_tab = ConsentsTab(self)
        self.tabs.addTab(self.consents_tab, self.tr("Consents"))
        self.history_tab = HistoryTab(self)
        self.tabs.addTab(self.history_tab, self.tr("History"))
        self.access_tab = AccessTab(self)
        self.tabs.addTab(self.access_tab, self.tr("Access history"))
        self.classification_tab = CustomerClassificationView(self.ctx, lambda: self._cid, self)
        self.tabs.addTab(self.classification_tab, self.classification_tab.title())
        self.tabs.currentChanged.connect(self._tab_changed)
        layout.addWidget(self.tabs, 1)

        bottom = QHBoxLayout()
        self.status = QLabel(self)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        bottom.addWidget(self.status, 1)
        self.save_button = _button(self.tr("Save"), self, "save", "document-save")
        self.save_button.setToolTip(self.tr("Save the changes (Ctrl+S)"))
        self.save_button.clicked.connect(self.save)
        bottom.addWidget(self.save_button)
        self.close_button = _button(self.tr("Close"), self, "close", "window-close")
        self.close_button.clicked.connect(self.reject)
        bottom.addWidget(self.close_button)
        layout.addLayout(bottom)
        save_shortcut = QShortcut(QKeySequence.StandardKey.Save, self)
        save_shortcut.activated.connect(self.save)

    def _with_message(self, widget: QWidget) -> tuple[QWidget, FieldMessage]:
        box = QWidget(self)
        v = QVBoxLayout(box)
        v.setContentsMargins(0, 0, 0, 0)
        v.setSpacing(2)
        v.addWidget(widget)
        msg = FieldMessage(box)
        v.addWidget(msg)
        return box, msg

    def _build_details(self) -> QWidget:
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget(scroll)
        v = QVBoxLayout(body)
        v.setContentsMargins(4, 8, 12, 8)
        v.setSpacing(10)

        # Basic information
        basic = QGroupBox(self.tr("Basic information"), body)
        form = QFormLayout(basic)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.name_edit = QLineEdit(basic)
        self.name_edit.setMaxLength(MAX_TEXT)
        self.name_edit.setPlaceholderText(self.tr("e.g. 张三 or John Smith"))
        self.name_edit.setAccessibleName(field_label("name"))
        box, self.name_message = self._with_message(self.name_edit)
        form.addRow(self.tr("Name (required)"), box)

        names = QWidget(basic)
        h = QHBoxLayout(names)
        h.setContentsMargins(0, 0, 0, 0)
        self.family_edit = QLineEdit(names)
        self.family_edit.setPlaceholderText(field_label("family_name"))
        self.family_edit.setAccessibleName(field_label("family_name"))
        self.family_edit.setMaxLength(MAX_TEXT)
        self.given_edit = QLineEdit(names)
        self.given_edit.setPlaceholderText(field_label("given_name"))
        self.given_edit.setAccessibleName(field_label("given_name"))
        self.given_edit.setMaxLength(MAX_TEXT)
        self.order_combo = QComboBox(names)
        self.order_combo.addItem(self.tr("Family name first (张三)"), "eastern")
        self.order_combo.addItem(self.tr("Given name first (John Smith)"), "western")
        self.order_combo.setAccessibleName(self.tr("Name order"))
        h.addWidget(self.family_edit, 1)
        h.addWidget(self.given_edit, 1)
        h.addWidget(self.order_combo)
        form.addRow(self.tr("Family and given name"), names)

        self.company_edit = QLineEdit(basic)
        self.company_edit.setMaxLength(MAX_TEXT)
        self.company_edit.setAccessibleName(field_label("company"))
        form.addRow(field_label("company"), self.company_edit)
        self.title_edit = QLineEdit(basic)
        self.title_edit.setMaxLength(MAX_TEXT)
        self.title_edit.setAccessibleName(field_label("title"))
        form.addRow(field_label("title"), self.title_edit)

        self.gender_combo = QComboBox(basic)
        for value, text in (("", self.tr("Not specified")), ("female", self.tr("Female")),
                            ("male", self.tr("Male")), ("other", self.tr("Other"))):
            self.gender_combo.addItem(text, value)
        self.gender_combo.setAccessibleName(field_label("gender"))
        form.addRow(field_label("gender"), self.gender_combo)

        self.birthday_edit = QLineEdit(basic)
        self.birthday_edit.setPlaceholderText(self.tr("e.g. 1990-06-15, or --06-15 when the year is unknown"))
        self.birthday_edit.setAccessibleName(field_label("birthday"))
        self.birthday_edit.setMaxLength(40)
        box, self.birthday_message = self._with_message(self.birthday_edit)
        form.addRow(field_label("birthday"), box)

        self.source_combo = QComboBox(basic)
        self.source_combo.setEditable(True)
        self.source_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.source_combo.setAccessibleName(field_label("source"))
        SOURCES.fill(self.source_combo, blank=True)
        form.addRow(field_label("source"), self.source_combo)

        self.owner_combo = QComboBox(basic)
        self.owner_combo.setAccessibleName(field_label("owner_user_id"))
        form.addRow(field_label("owner_user_id"), self.owner_combo)

        verified = QWidget(basic)
        hv = QHBoxLayout(verified)
        hv.setContentsMargins(0, 0, 0, 0)
        self.verified_label = QLabel(verified)
        self.verified_label.setTextFormat(Qt.TextFormat.PlainText)
        hv.addWidget(self.verified_label, 1)
        self.verify_button = _button(self.tr("Details are up to date"), verified, "verify-ok", "emblem-default")
        self.verify_button.setToolTip(self.tr("Record that you checked these details with the customer today (clears the “needs update” reminder)"))
        self.verify_button.clicked.connect(self._mark_verified)
        hv.addWidget(self.verify_button)
        form.addRow(field_label("verified_at"), verified)
        v.addWidget(basic)

        # Contact
        contact = QGroupBox(self.tr("Contact"), body)
        cform = QFormLayout(contact)
        cform.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.phones = MultiValueEditor(_problem(lambda t: validation.normalize_phone(t, self._region)),
                                       add_text=self.tr("Add phone"),
                                       placeholder=self.tr("e.g. 138 0013 8000, or 010-6552 9988 ext. 123"),
                                       accessible_name=field_label("phone"), parent=contact)
        cform.addRow(field_label("phone"), self.phones)
        self.emails = MultiValueEditor(_problem(validation.normalize_email), add_text=self.tr("Add email"),
                                       placeholder=self.tr("e.g. name@example.com"),
                                       accessible_name=field_label("email"), parent=contact)
        cform.addRow(field_label("email"), self.emails)
        self.wechat = MultiValueEditor(_problem(validation.normalize_wechat), add_text=self.tr("Add WeChat ID"),
                                       placeholder=self.tr("WeChat ID, or the mobile number used for WeChat"),
                                       accessible_name=field_label("wechat"), parent=contact)
        cform.addRow(field_label("wechat"), self.wechat)
        self.qq = MultiValueEditor(_problem(validation.normalize_qq), add_text=self.tr("Add QQ number"),
                                   placeholder=self.tr("5 to 11 digits"),
                                   accessible_name=field_label("qq"), parent=contact)
        cform.addRow(field_label("qq"), self.qq)
        self.contact_editors = {"phones": self.phones, "emails": self.emails, "wechat": self.wechat, "qq": self.qq}
        for name, editor in self.contact_editors.items():
            editor.copy_requested.connect(lambda text, n=name: self._copy_contact(n, text))
        v.addWidget(contact)

        # Addresses
        addresses = QGroupBox(self.tr("Addresses"), body)
        av = QVBoxLayout(addresses)
        self.addresses = AddressListEditor(addresses)
        av.addWidget(self.addresses)
        v.addWidget(addresses)

        # Tags
        tags = QGroupBox(field_label("tags"), body)
        tv = QVBoxLayout(tags)
        self.tags = TagEditor(tags)
        tv.addWidget(self.tags)
        v.addWidget(tags)

        # Custom fields
        custom = QGroupBox(self.tr("Custom fields"), body)
        kv = QVBoxLayout(custom)
        self.custom = KeyValueEditor(custom)
        kv.addWidget(self.custom)
        v.addWidget(custom)

        # Notes
        notes = QGroupBox(field_label("notes"), body)
        nv = QVBoxLayout(notes)
        self.notes_edit = QPlainTextEdit(notes)
        self.notes_edit.setAccessibleName(field_label("notes"))
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setFixedHeight(90)
        nv.addWidget(self.notes_edit)
        v.addWidget(notes)

        # Sensitive information
        sensitive = QGroupBox(self.tr("Sensitive personal information"), body)
        sform = QFormLayout(sensitive)
        sform.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        note = QLabel(self.tr("Masked by default (PIPL). Only permitted users can reveal or copy these values, and every reveal and copy is recorded in the access log."), sensitive)
        note.setTextFormat(Qt.TextFormat.PlainText)
        note.setWordWrap(True)
        note.setStyleSheet("color:palette(placeholder-text);")
        sform.addRow(note)
        self.sensitive: dict[str, SensitiveField] = {
            "id_number": SensitiveField("id_number", _problem(validation.validate_id_number), sensitive),
            "bank_account": SensitiveField("bank_account", _problem(validation.normalize_bank_account), sensitive),
            "health_note": SensitiveField("health_note", _problem(_health_note), sensitive),
        }
        for name, widget in self.sensitive.items():
            sform.addRow(field_label(name), widget)
            widget.reveal_requested.connect(self._reveal)
            widget.copy_requested.connect(self._copy_sensitive)
            widget.changed.connect(self._edited)
        v.addWidget(sensitive)
        v.addStretch(1)
        scroll.setWidget(body)
        self._scroll = scroll

        # change tracking
        self.name_edit.textChanged.connect(self._name_edited)
        for edit in (self.name_edit, self.family_edit, self.given_edit, self.company_edit, self.title_edit):
            edit.textChanged.connect(self._edited)
        self.family_edit.textEdited.connect(self._names_edited)
        self.given_edit.textEdited.connect(self._names_edited)
        self.order_combo.activated.connect(self._names_edited)
        self.order_combo.currentIndexChanged.connect(self._edited)
        self.birthday_edit.textChanged.connect(self._birthday_changed)
        self.gender_combo.currentIndexChanged.connect(self._edited)
        self.source_combo.currentTextChanged.connect(self._edited)
        self.owner_combo.currentIndexChanged.connect(self._edited)
        for editor in self.contact_editors.values():
            editor.changed.connect(self._edited)
        self.addresses.changed.connect(self._edited)
        self.tags.changed.connect(self._edited)
        self.custom.changed.connect(self._edited)
        self.notes_edit.textChanged.connect(self._edited)
        return scroll

    # --- loading -----------------------------------------------------------------------------------------
    def _set_busy(self, busy: bool) -> None:
        self.tabs.setEnabled(not busy)
        self.save_button.setEnabled(not busy and self._dirty)
        if busy:
            self.status.setText(self.tr("Saving…") if self._saving else self.tr("Loading…"))

    def _loaded_data(self, data: EditorData) -> None:
        if self.ctx.session is None:
            return
        self._data = data
        self._view = data.view
        self._region = data.region
        session = self.ctx.session
        if data.view is not None:
            self._can_edit = data.view.can_edit
            self._can_reveal = data.view.can_reveal
            self._deleted = data.view.customer.deleted_at is not None
        else:
            self._can_edit = allowed(session.user, Action.EDIT)
            self._can_reveal = allowed(session.user, Action.REVEAL)
            self._deleted = False
        self._populate(data)
        self._baseline = self.create_values() if self._cid is None else {}
        self._loaded = True
        self._saving = False
        self._set_busy(False)
        self._apply_mode()
        self._edited()
        if self._announce is not None and self._cid is not None:
            created, self._announce = self._announce, None
            text = self._announce_text or (self.tr("Customer saved.") if created else self.tr("Changes saved."))
            self._announce_text = ""
            self.banner.show_message(text, Level.SUCCESS, timeout_ms=5000)
            self.saved.emit(self._cid, created)
        if self._deleted:
            self.banner.show_message(self.tr("This customer is in the recycle bin. Restore it from the recycle bin to make changes."), Level.WARNING)
        elif not self._can_edit:
            self.banner.show_message(self.tr("Your role can view customers but not change them."), Level.INFO)
        if self._close_after_save:
            self._close_after_save = False
            self.close_without_asking()
            return
        if self._access_loaded or self.tabs.currentWidget() is self.access_tab:
            self.access_tab.load()
        if self._cid is None:
            self.name_edit.setFocus()

    def _load_failed(self, exc: BaseException) -> None:
        self._saving = False
        self._close_after_save = False
        self._set_busy(False)
        self.tabs.setEnabled(self._loaded)
        self.status.clear()
        self._show_error(exc)

    def _populate(self, data: EditorData) -> None:
        self._populating = True
        try:
            self._names_touched = False
            self._pending_verified = None
            view = data.view
            c = view.customer if view is not None else None
            self._original = {}
            if c is not None:
                for name in customers.all_field_names(c):
                    self._original[name] = customers.field_value(c, name)
            self.name_edit.setText(c.name if c else "")
            self.family_edit.setText(c.family_name if c else "")
            self.given_edit.setText(c.given_name if c else "")
            self.order_combo.setCurrentIndex(max(0, self.order_combo.findData(c.name_order.value if c else "eastern")))
            self.company_edit.setText(c.company if c else "")
            self.title_edit.setText(c.title if c else "")
            self.gender_combo.setCurrentIndex(max(0, self.gender_combo.findData(c.gender.value if c else "")))
            self.birthday_edit.setText(c.birthday.iso() if c and c.birthday else "")
            SOURCES.fill(self.source_combo, data.sources, blank=True)
            SOURCES.select(self.source_combo, c.source if c else "")
            self.owner_combo.clear()
            self.owner_combo.addItem(self.tr("Nobody"), None)
            for u in data.users:
                if u.removed_at is None:
                    self.owner_combo.addItem(u.name, u.id)
            owner = c.owner_user_id if c else None
            if owner is not None and self.owner_combo.findData(owner) < 0:
                self.owner_combo.addItem(data.user_names.get(owner, self.tr("Former user")), owner)
            self.owner_combo.setCurrentIndex(max(0, self.owner_combo.findData(owner)))
            if c is None and self.ctx.session is not None and self.ctx.session.user.role is Role.STAFF:
                self.owner_combo.setCurrentIndex(max(0, self.owner_combo.findData(self.ctx.session.user.id)))
            for name, editor in self.contact_editors.items():
                points = c.contacts_of(CONTACT_NAMES[name]) if c else []
                editor.set_values([format_phone(p.value) if name == "phones" else p.value for p in points])
            self.addresses.set_addresses(self._original.get("addresses", []) if c else [])
            self.tags.set_tags(list(c.tags) if c else [])
            self.tags.set_suggestions(data.tags)
            self.custom.set_values(dict(c.custom) if c else {})
            self.notes_edit.setPlainText(c.notes if c else "")
            editable = self._can_edit and not self._deleted
            for name, widget in self.sensitive.items():
                sv = c.sensitive.get(_SENSITIVE_KIND[name]) if c else None
                widget.load(sv.value if sv else None, saved_customer=c is not None, can_edit=editable,
                            can_reveal=self._can_reveal)
            self.name_message.set_message(None)
            self.birthday_message.set_message(None)
            self._update_header()
            purchases = view.purchases if view else []
            self.purchases_tab.set_purchases(purchases)
            self.follow_ups_tab.set_follow_ups(view.follow_ups if view else [], data.user_names)
            self.consents_tab.set_consents(view.consents if view else [])
            self.history_tab.set_history(data.history, data.user_names)
            for i in range(1, self.tabs.count()):
                self.tabs.setTabEnabled(i, c is not None)
                self.tabs.setTabToolTip(i, "" if c is not None else self.tr("Save the new customer first."))
        finally:
            self._populating = False

    def _apply_mode(self) -> None:
        editable = self._can_edit and not self._deleted
        for edit in (self.name_edit, self.family_edit, self.given_edit, self.company_edit, self.title_edit,
                     self.birthday_edit):
            edit.setReadOnly(not editable)
        self.notes_edit.setReadOnly(not editable)
        for combo in (self.order_combo, self.gender_combo, self.source_combo, self.owner_combo):
            combo.setEnabled(editable)
        for editor in self.contact_editors.values():
            editor.set_read_only(not editable)
            editor.set_copyable(self._cid is not None)
        self.addresses.set_read_only(not editable)
        self.tags.set_read_only(not editable)
        self.custom.set_read_only(not editable)
        for widget in self.sensitive.values():
            widget.set_editable(editable)
        self.verify_button.setVisible(editable and self._cid is not None)
        self.save_button.setVisible(editable)
        self.purchases_tab.set_editable(editable)
        self.follow_ups_tab.set_editable(editable)
        self.consents_tab.set_editable(editable)
        self.history_tab.set_editable(editable)

    def _update_header(self) -> None:
        c = self._view.customer if self._view else None
        name = self.name_edit.text().strip()
        self.heading.setText(name or (self.tr("New customer") if c is None else ""))
        if c is None:
            self.subheading.setText(self.tr("Fill in what you know; only the name is required."))
            self.verified_label.setText(self.tr("Not yet"))
        else:
            parts = [self.tr("Created {date}").format(date=format_date(c.created_at)),
                     self.tr("Last changed {date}").format(date=format_date(c.updated_at))]
            if c.deleted_at:
                parts.append(self.tr("In the recycle bin since {date}").format(date=format_date(c.deleted_at)))
            self.subheading.setText(" · ".join(parts))
            if self._pending_verified:
                self.verified_label.setText(self.tr("Today (not saved yet)"))
            elif c.verified_at:
                self.verified_label.setText(format_date(c.verified_at))
            else:
                self.verified_label.setText(self.tr("Never"))

    def _update_title(self) -> None:
        name = self.name_edit.text().strip()
        if self._cid is None:
            title = self.tr("New customer")
        else:
            title = self.tr("Customer: {name}").format(name=name) if name else self.tr("Customer")
        self.setWindowTitle(title + "[*]")

    # --- editing ------------------------------------------------------------------------------------------
    def _name_edited(self, text: str) -> None:
        if self._populating:
            return
        if not self._names_touched:
            family, given, order = customers.split_name(text)
            for edit, value in ((self.family_edit, family), (self.given_edit, given)):
                edit.blockSignals(True)
                edit.setText(value)
                edit.blockSignals(False)
            self.order_combo.blockSignals(True)
            self.order_combo.setCurrentIndex(max(0, self.order_combo.findData(order.value)))
            self.order_combo.blockSignals(False)
        self.name_message.set_message(self._name_problem())

    def _names_edited(self, *_: object) -> None:
        self._names_touched = True

    def _birthday_changed(self) -> None:
        self.birthday_message.set_message(self._birthday_problem())
        self._edited()

    def _name_problem(self) -> str | None:
        if not self.name_edit.text().strip():
            return validation_message("name", "empty")
        return None

    def _birthday_problem(self) -> str | None:
        text = self.birthday_edit.text().strip()
        if not text:
            return None
        return _problem(validation.parse_birthday)(text)

    def _mark_verified(self) -> None:
        self._pending_verified = QDate.currentDate().toString(Qt.DateFormat.ISODate)
        self._update_header()
        self._edited()

    def _edited(self, *_: object) -> None:
        if self._populating or not self._loaded:
            return
        dirty = self.has_unsaved_changes()
        self._update_header()
        self._update_title()
        self.setWindowModified(dirty)
        if dirty != self._dirty:
            self._dirty = dirty
            self.dirty_changed.emit(dirty)
        self.save_button.setEnabled(dirty and not self._saving)
        if not self._saving:
            self.status.setText(self.tr("Unsaved changes") if dirty else "")

    # --- values ---------------------------------------------------------------------------------------------
    def _current(self) -> dict[str, Any]:
        return {
            "name": self.name_edit.text().strip(),
            "family_name": self.family_edit.text().strip(),
            "given_name": self.given_edit.text().strip(),
            "name_order": self.order_combo.currentData() or "eastern",
            "company": self.company_edit.text().strip(),
            "title": self.title_edit.text().strip(),
            "gender": self.gender_combo.currentData() or "",
            "birthday": self.birthday_edit.text().strip() or None,
            "source": SOURCES.current(self.source_combo),
            "owner_user_id": self.owner_combo.currentData(),
            "notes": self.notes_edit.toPlainText().strip(),
            "phones": self.phones.values(),
            "emails": self.emails.values(),
            "wechat": self.wechat.values(),
            "qq": self.qq.values(),
            "addresses": self.addresses.addresses(),
            "tags": self.tags.tags(),
        }

    def _same(self, name: str, value: Any, original: Any) -> bool:
        if name in TEXT_FIELDS or name == "source":
            return validation.to_halfwidth(value) == (original or "")
        if name == "notes":
            return value == (original or "")
        if name == "birthday":
            if not value:
                return original is None
            try:
                return validation.parse_birthday(value).iso() == original
            except ValidationError:
                return False
        if name in CONTACT_NAMES:
            kind = CONTACT_NAMES[name]
            return [normalized_contact(kind, v, self._region) for v in value] == list(original or [])
        if name == "tags":
            return sorted(dict.fromkeys(value)) == list(original or [])
        return bool(value == original)

    def changes(self) -> dict[str, Any]:
        """Only the fields the user changed, in the service's field names (for update_customer)."""
        out: dict[str, Any] = {}
        for name, value in self._current().items():
            if not self._same(name, value, self._original.get(name)):
                out[name] = value
        old_custom = {k[len("custom."):]: v for k, v in self._original.items() if k.startswith("custom.")}
        new_custom = self.custom.values()
        for key in dict.fromkeys([*old_custom, *new_custom]):
            if new_custom.get(key, "") != (old_custom.get(key) or ""):
                out["custom." + key] = new_custom.get(key, "")
        for name, widget in self.sensitive.items():
            pending = widget.pending()
            if pending is not None:
                out[name] = pending
        if self._pending_verified:
            out["verified_at"] = self._pending_verified
        return out

    def create_values(self) -> dict[str, Any]:
        """The values of a new customer (for create_customer): only what was filled in."""
        current = self._current()
        out: dict[str, Any] = {}
        for name, value in current.items():
            if name in ("family_name", "given_name", "name_order") and not self._names_touched:
                continue
            if name == "gender" and not value:
                continue
            if value not in (None, "", [], {}):
                out[name] = value
        custom = {k: v for k, v in self.custom.values().items() if v}
        if custom:
            out["custom"] = custom
        for name, widget in self.sensitive.items():
            pending = widget.pending()
            if pending:
                out[name] = pending
        if self._pending_verified:
            out["verified_at"] = self._pending_verified
        return out

    def problems(self) -> list[tuple[QWidget, str]]:
        """Every invalid field (shown inline), in the order of the form."""
        found: list[tuple[QWidget, str]] = []
        problem = self._name_problem()
        self.name_message.set_message(problem)
        if problem:
            found.append((self.name_edit, problem))
        problem = self._birthday_problem()
        self.birthday_message.set_message(problem)
        if problem:
            found.append((self.birthday_edit, problem))
        for editor in self.contact_editors.values():
            found.extend(editor.problems())
        found.extend(self.custom.problems())
        for widget in self.sensitive.values():
            problem = widget.problem()
            if problem:
                found.append((widget.edit, problem))
        return found

    # --- saving ----------------------------------------------------------------------------------------------
    def save(self) -> bool:
        """Validate, then create or update on the vault thread. False when refused or nothing to do."""
        session = self.ctx.session
        if session is None or not self._loaded or not self._can_edit or self._deleted or self._saving:
            return False
        problems = self.problems()
        if problems:
            widget, _ = problems[0]
            self.tabs.setCurrentWidget(self.details)
            self._scroll.ensureWidgetVisible(widget)
            widget.setFocus()
            self.banner.show_message(self.tr("Some values are not valid. Correct the fields marked in red, then save again."), Level.ERROR)
            self._close_after_save = False
            return False
        if self._cid is None:
            values = self.create_values()
            if self.duplicate_warning.check(session, values, None, self.save):
                return True  # waits for the duplicate check or the user's "Save anyway"
            self._saving = True
            self._set_busy(True)
            self.ctx.runner.run(customers.create_customer, session, values, owner=self,
                                on_done=self._created, on_error=self._save_failed)
            return True
        changes = self.changes()
        if not changes:
            if self._close_after_save:
                self._close_after_save = False
                self.close_without_asking()
            return False
        if any(name in changes for name in ("name", "phones", "emails", "wechat", "qq")) and \
                self.duplicate_warning.check(session, self._current(), self._cid, self.save):
            return True  # waits for the duplicate check or the user's "Save anyway"
        self._saving = True
        self._set_busy(True)
        self.ctx.runner.run(customers.update_customer, session, self._cid, changes, owner=self,
                            on_done=self._updated, on_error=self._save_failed)
        return True

    def _created(self, cid: int) -> None:
        self._cid = cid
        self._announce = True
        self.reload()

    def _updated(self, group: str | None) -> None:
        assert self._cid is not None
        self._announce = False
        self.reload()

    def _save_failed(self, exc: BaseException) -> None:
        self._saving = False
        self._close_after_save = False
        self._set_busy(False)
        self._edited()
        if isinstance(exc, ValidationError):
            target = self._message_for(exc.field)
            if target is not None:
                target(error_message(exc))
                self.banner.show_message(self.tr("Some values are not valid. Correct the fields marked in red, then save again."), Level.ERROR)
                return
        self._show_error(exc)

    def _message_for(self, name: str) -> Callable[[str], None] | None:
        if name == "name":
            return self.name_message.set_message
        if name == "birthday":
            return self.birthday_message.set_message
        contact = {"phone": "phones", "email": "emails", "wechat": "wechat", "qq": "qq"}.get(name)
        if contact:
            return self.contact_editors[contact].show_problem
        if name in self.sensitive:
            return self.sensitive[name].message.set_message
        if name == "custom":
            return self.custom.message.set_message
        return None

    def _show_error(self, exc: BaseException) -> None:
        if isinstance(exc, ClientVaultError):
            self.banner.show_message(error_message(exc), Level.ERROR)
            return
        # A bug, not a user error: the page hands it to the main window's crash report.
        handler = getattr(self.parentWidget(), "show_error", None)
        if callable(handler):
            handler(exc)
        else:
            log.error("customer editor: unexpected %s", type(exc).__name__)
        self.banner.show_message(error_message(ClientVaultError()), Level.ERROR)

    def after_activity(self, last_purchase: str | None = None) -> None:
        """A purchase / follow-up / consent was added: tell the list (last purchase column)."""
        if self._cid is not None and last_purchase:
            self.row_changed.emit(self._cid, {"last_purchase": last_purchase})

    def list_row_values(self) -> dict[str, Any]:
        """The table's values for this customer, from what was just loaded."""
        if self._view is None:
            return {}
        c = self._view.customer
        phones = c.contacts_of(ContactKind.PHONE)
        emails = c.contacts_of(ContactKind.EMAIL)
        invalid = sum(1 for p in c.contacts if not p.valid) + sum(1 for s in c.sensitive.values() if not s.valid)
        return {"name": c.name, "company": c.company, "phone": phones[0].value if phones else "",
                "email": emails[0].value if emails else "", "source": c.source, "invalid_fields": invalid}

    # --- reveal and copy ---------------------------------------------------------------------------------
    def _reveal(self, name: str) -> None:
        session = self.ctx.session
        if session is None or self._cid is None:
            return
        widget = self.sensitive[name]
        self.ctx.runner.run(customers.reveal_field, session, self._cid, name, owner=self,
                            on_done=widget.show_revealed, on_error=self._show_error)

    def _copy_sensitive(self, name: str) -> None:
        session = self.ctx.session
        if session is None or self._cid is None:
            return
        widget = self.sensitive[name]
        if widget.revealed_value is not None:
            value = widget.revealed_value
            self.ctx.runner.run(customers.log_copy, session, self._cid, name, owner=self,
                                on_done=lambda _r: self._put_on_clipboard(value), on_error=self._show_error)
        else:
            self.ctx.runner.run(reveal_for_copy, session, self._cid, name, owner=self,
                                on_done=self._put_on_clipboard, on_error=self._show_error)

    def _copy_contact(self, name: str, text: str) -> None:
        session = self.ctx.session
        if not text:
            return
        value = text.replace(" ", "") if name == "phones" else text
        if session is None or self._cid is None:
            self._put_on_clipboard(value)
            return
        self.ctx.runner.run(customers.log_copy, session, self._cid, name, owner=self,
                            on_done=lambda _r: self._put_on_clipboard(value), on_error=self._show_error)

    def _put_on_clipboard(self, value: str) -> None:
        self.ctx.clipboard.copy(value)
        seconds = self.ctx.clipboard.seconds
        self.banner.show_message(
            self.tr("Copied. It will be cleared from the clipboard in %n second(s).", "", seconds),
            Level.INFO, timeout_ms=4000)

    # --- history --------------------------------------------------------------------------------------------
    def revert_group(self, group_id: str) -> None:
        session = self.ctx.session
        if session is None or not self._can_edit or self._saving:
            return
        if self.has_unsaved_changes() and not prompts.confirm(
                self, self.tr("Undo change"),
                self.tr("You have unsaved changes in this customer. Undoing the earlier change discards them. Continue?"),
                self.tr("Discard and undo")):
            return
        self._saving = True
        self._set_busy(True)
        self.ctx.runner.run(customers.revert, session, group_id, owner=self,
                            on_done=self._reverted, on_error=self._save_failed)

    def _reverted(self, _group: str | None) -> None:
        self._announce = False
        self._announce_text = self.tr("The change was undone. You can undo the undo in the history, too.")
        self.reload()

    # --- closing -----------------------------------------------------------------------------------------------
    def reject(self) -> None:
        if not self._force_close and self.has_unsaved_changes():
            choice = prompts.ask_save_discard_cancel(
                self, self.tr("Save the changes to this customer before closing?"))
            if choice == "cancel":
                return
            if choice == "save":
                self._close_after_save = True
                if not self.save():
                    self._close_after_save = False
                return
        self._finish()
        super().reject()

    def _finish(self) -> None:
        self.ctx.settings.setValue(GEOMETRY_KEY, self.saveGeometry())
        for widget in self.sensitive.values():
            widget.forget()
        self._view = None
        self._data = None
        if self._dirty:
            self._dirty = False
            self.dirty_changed.emit(False)

    def _session_changed(self, session: object) -> None:
        if session is None:
            self.close_without_asking()

    def _tab_changed(self, index: int) -> None:
        if self.tabs.widget(index) is self.access_tab and not self._access_loaded and self._cid is not None:
            self.access_tab.load()
        if self.tabs.widget(index) is self.classification_tab and not self.classification_tab.loaded:
            self.classification_tab.load()


# --- tabs ------------------------------------------------------------------------------------------------------
class PurchasesTab(QWidget):
    def __init__(self, editor: CustomerEditor) -> None:
        super().__init__(editor)
        self.editor = editor
        self._purchases: list[Purchase] = []
        v = QVBoxLayout(self)
        self.summary = QLabel(self)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        v.addWidget(self.summary)
        self.table = _read_only_table([self.tr("Date"), self.tr("Amount"), self.tr("Items"), self.tr("Channel")], self)
        self.table.setColumnWidth(0, 110)
        self.table.setColumnWidth(1, 120)
        self.table.setColumnWidth(2, 300)
        v.addWidget(self.table, 1)
        self.form = QGroupBox(self.tr("Add a purchase"), self)
        g = QGridLayout(self.form)
        self.date = _date_edit(self.form)
        self.date.setAccessibleName(field_label("purchase_date"))
        self.amount = QLineEdit(self.form)
        self.amount.setPlaceholderText(self.tr("e.g. 368.00"))
        self.amount.setAccessibleName(field_label("amount"))
        self.amount.textEdited.connect(self._check_amount)
        self.currency = QComboBox(self.form)
        self.currency.addItems(list(CURRENCIES))
        self.currency.setAccessibleName(field_label("currency"))
        self.items = QLineEdit(self.form)
        self.items.setPlaceholderText(self.tr("What was bought, e.g. 西湖龙井茶礼盒 ×2"))
        self.items.setAccessibleName(field_label("items"))
        self.items.setMaxLength(2000)
        self.channel = QComboBox(self.form)
        self.channel.setEditable(True)
        self.channel.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.channel.setAccessibleName(field_label("channel"))
        PURCHASE_CHANNELS.fill(self.channel, blank=True)
        self.add_button = _button(self.tr("Add purchase"), self.form, "add", "list-add")
        self.add_button.clicked.connect(self.add)
        g.addWidget(QLabel(field_label("date"), self.form), 0, 0)
        g.addWidget(self.date, 0, 1)
        g.addWidget(QLabel(field_label("amount"), self.form), 0, 2)
        g.addWidget(self.amount, 0, 3)
        g.addWidget(self.currency, 0, 4)
        g.addWidget(QLabel(field_label("items"), self.form), 1, 0)
        g.addWidget(self.items, 1, 1, 1, 4)
        g.addWidget(QLabel(field_label("channel"), self.form), 2, 0)
        g.addWidget(self.channel, 2, 1, 1, 2)
        g.addWidget(self.add_button, 2, 4)
        self.message = FieldMessage(self.form)
        g.addWidget(self.message, 3, 0, 1, 5)
        g.setColumnStretch(3, 1)
        v.addWidget(self.form)

    def set_purchases(self, purchases: list[Purchase]) -> None:
        self._purchases = sorted(purchases, key=lambda p: (p.date, p.id or 0), reverse=True)
        self.table.setRowCount(0)
        for p in self._purchases:
            row = self.table.rowCount()
            self.table.insertRow(row)
            self.table.setItem(row, 0, _cell(format_date(p.date), p.date))
            amount = _cell(money(p.amount, p.currency), str(p.amount))
            amount.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(row, 1, amount)
            self.table.setItem(row, 2, _cell(p.items))
            self.table.setItem(row, 3, _cell(PURCHASE_CHANNELS.label(p.channel)))
        totals: dict[str, Decimal] = {}
        for p in self._purchases:
            totals[p.currency] = totals.get(p.currency, Decimal(0)) + p.amount
        if not self._purchases:
            self.summary.setText(self.tr("No purchases recorded yet."))
        else:
            total = ", ".join(money(v, k) for k, v in sorted(totals.items()))
            self.summary.setText(self.tr("%n purchase(s), total {total}", "", len(self._purchases)).format(total=total))

    def set_editable(self, editable: bool) -> None:
        self.form.setVisible(editable)

    def _check_amount(self) -> bool:
        text = self.amount.text().strip()
        if not text:
            self.message.set_message(validation_message("amount", "required"))
            return False
        value = parse_amount(text)
        if value is None:
            self.message.set_message(validation_message("amount", "not_a_number"))
            return False
        self.message.set_message(None)
        return True

    def add(self) -> None:
        session = self.editor.ctx.session
        cid = self.editor.customer_id
        if session is None or cid is None or not self._check_amount():
            self.amount.setFocus()
            return
        day = self.date.date().toString(Qt.DateFormat.ISODate)
        currency = self.currency.currentText().strip().upper() or "CNY"
        items = self.items.text().strip()
        channel = PURCHASE_CHANNELS.current(self.channel)
        amount = self.amount.text().strip()
        self.add_button.setEnabled(False)

        def done(pid: int) -> None:
            self.add_button.setEnabled(True)
            value = parse_amount(amount) or Decimal(0)
            self.set_purchases([*self._purchases, Purchase(customer_id=cid, date=day, amount=value.quantize(Decimal("0.01")),
                                                           currency=currency[:3], items=items, channel=channel, id=pid)])
            self.amount.clear()
            self.items.clear()
            self.message.set_message(None)
            self.editor.after_activity(last_purchase=max(p.date for p in self._purchases))

        self.editor.ctx.runner.run(customers.add_purchase, session, cid, day, amount, currency, items, channel,
                                   owner=self, on_done=done, on_error=self._failed)

    def _failed(self, exc: BaseException) -> None:
        self.add_button.setEnabled(True)
        self.message.set_message(error_message(exc) if isinstance(exc, ClientVaultError) else error_message(ClientVaultError()))


class FollowUpsTab(QWidget):
    def __init__(self, editor: CustomerEditor) -> None:
        super().__init__(editor)
        self.editor = editor
        self._items: list[FollowUp] = []
        self._names: dict[int, str] = {}
        v = QVBoxLayout(self)
        self.summary = QLabel(self)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        v.addWidget(self.summary)
        self.table = _read_only_table([self.tr("Date"), self.tr("Type"), self.tr("Content"), self.tr("Next contact"),
                                       self.tr("By")], self)
        self.table.setColumnWidth(0, 110)
        self.table.setColumnWidth(1, 90)
        self.table.setColumnWidth(2, 320)
        self.table.setColumnWidth(3, 110)
        v.addWidget(self.table, 1)
        self.form = QGroupBox(self.tr("Add a follow-up"), self)
        g = QGridLayout(self.form)
        self.date = _date_edit(self.form)
        self.date.setAccessibleName(field_label("follow_up_date"))
        self.kind = QComboBox(self.form)
        self.kind.setEditable(True)
        self.kind.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.kind.setAccessibleName(field_label("kind"))
        FOLLOW_UP_KINDS.fill(self.kind)
        self.content = QPlainTextEdit(self.form)
        self.content.setPlaceholderText(self.tr("What was discussed, what was agreed"))
        self.content.setAccessibleName(field_label("content"))
        self.content.setTabChangesFocus(True)
        self.content.setFixedHeight(64)
        self.has_next = QCheckBox(self.tr("Next contact on"), self.form)
        self.next_date = _date_edit(self.form)
        self.next_date.setDate(QDate.currentDate().addDays(7))
        self.next_date.setEnabled(False)
        self.next_date.setAccessibleName(field_label("next_contact_date"))
        self.has_next.toggled.connect(self.next_date.setEnabled)
        self.add_button = _button(self.tr("Add follow-up"), self.form, "add", "list-add")
        self.add_button.clicked.connect(self.add)
        g.addWidget(QLabel(field_label("date"), self.form), 0, 0)
        g.addWidget(self.date, 0, 1)
        g.addWidget(QLabel(field_label("kind"), self.form), 0, 2)
        g.addWidget(self.kind, 0, 3)
        g.addWidget(QLabel(field_label("content"), self.form), 1, 0, Qt.AlignmentFlag.AlignTop)
        g.addWidget(self.content, 1, 1, 1, 4)
        g.addWidget(self.has_next, 2, 0, 1, 1)
        g.addWidget(self.next_date, 2, 1)
        g.addWidget(self.add_button, 2, 4)
        self.message = FieldMessage(self.form)
        g.addWidget(self.message, 3, 0, 1, 5)
        g.setColumnStretch(3, 1)
        v.addWidget(self.form)

    def set_follow_ups(self, items: list[FollowUp], names: dict[int, str]) -> None:
        self._names = names
        self._items = sorted(items, key=lambda f: (f.date, f.id or 0), reverse=True)
        self.table.setRowCount(0)
        today = _date.today().isoformat()
        for f in self._items:
            row = self.table.rowCount()
            self.table.insertRow(row)
            self.table.setItem(row, 0, _cell(format_date(f.date), f.date))
            self.table.setItem(row, 1, _cell(FOLLOW_UP_KINDS.label(f.kind)))
            self.table.setItem(row, 2, _cell(f.content))
            nxt = _cell(format_date(f.next_contact_date), f.next_contact_date)
            if f.next_contact_date and f.next_contact_date >= today:
                font = nxt.font()
                font.setBold(True)
                nxt.setFont(font)
            self.table.setItem(row, 3, nxt)
            self.table.setItem(row, 4, _cell(names.get(f.user_id, "") if f.user_id is not None else ""))
        self.table.resizeRowsToContents()
        upcoming = sorted(f.next_contact_date for f in self._items if f.next_contact_date and f.next_contact_date >= today)
        if not self._items:
            self.summary.setText(self.tr("No follow-ups recorded yet."))
        elif upcoming:
            self.summary.setText(self.tr("%n follow-up(s). Next contact planned for {date}.", "", len(self._items))
                                 .format(date=format_date(upcoming[0])))
        else:
            self.summary.setText(self.tr("%n follow-up(s).", "", len(self._items)))

    def set_editable(self, editable: bool) -> None:
        self.form.setVisible(editable)

    def add(self) -> None:
        session = self.editor.ctx.session
        cid = self.editor.customer_id
        if session is None or cid is None:
            return
        content = self.content.toPlainText().strip()
        if not content:
            self.message.set_message(validation_message("content", "required"))
            self.content.setFocus()
            return
        day = self.date.date().toString(Qt.DateFormat.ISODate)
        kind = FOLLOW_UP_KINDS.current(self.kind)
        nxt = self.next_date.date().toString(Qt.DateFormat.ISODate) if self.has_next.isChecked() else None
        self.add_button.setEnabled(False)
        user_id = session.user.id

        def done(fid: int) -> None:
            self.add_button.setEnabled(True)
            self.content.clear()
            self.has_next.setChecked(False)
            self.message.set_message(None)
            self.set_follow_ups([*self._items, FollowUp(customer_id=cid, date=day, kind=kind, content=content,
                                                        next_contact_date=nxt, user_id=user_id, id=fid)], self._names)

        self.editor.ctx.runner.run(customers.add_follow_up, session, cid, day, kind, content, nxt, owner=self,
                                   on_done=done, on_error=self._failed)

    def _failed(self, exc: BaseException) -> None:
        self.add_button.setEnabled(True)
        self.message.set_message(error_message(exc) if isinstance(exc, ClientVaultError) else error_message(ClientVaultError()))


class ConsentsTab(QWidget):
    def __init__(self, editor: CustomerEditor) -> None:
        super().__init__(editor)
        self.editor = editor
        self._items: list[Consent] = []
        self._editable = False
        v = QVBoxLayout(self)
        intro = QLabel(self.tr("What the customer agreed to, when and how (PIPL / GDPR). A withdrawal is recorded, never deleted."), self)
        intro.setTextFormat(Qt.TextFormat.PlainText)
        intro.setWordWrap(True)
        v.addWidget(intro)
        self.table = _read_only_table([self.tr("Purpose"), self.tr("Channel"), self.tr("Given on"), self.tr("Status"),
                                       self.tr("Note")], self)
        self.table.setColumnWidth(0, 200)
        self.table.setColumnWidth(1, 130)
        self.table.setColumnWidth(2, 110)
        self.table.setColumnWidth(3, 150)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        v.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.withdraw_button = _button(self.tr("Record withdrawal…"), self, "revert", "edit-undo")
        self.withdraw_button.setEnabled(False)
        self.withdraw_button.clicked.connect(self.withdraw)
        buttons.addWidget(self.withdraw_button)
        v.addLayout(buttons)
        self.form = QGroupBox(self.tr("Record a consent"), self)
        g = QGridLayout(self.form)
        self.purpose = QComboBox(self.form)
        self.purpose.setEditable(True)
        self.purpose.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.purpose.setAccessibleName(field_label("purpose"))
        CONSENT_PURPOSES.fill(self.purpose)
        self.channel = QComboBox(self.form)
        self.channel.setEditable(True)
        self.channel.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.channel.setAccessibleName(field_label("channel"))
        CONSENT_CHANNELS.fill(self.channel)
        self.date = _date_edit(self.form)
        self.date.setAccessibleName(field_label("granted_at"))
        self.note = QLineEdit(self.form)
        self.note.setMaxLength(2000)
        self.note.setAccessibleName(field_label("notes"))
        self.note.setPlaceholderText(self.tr("Optional, e.g. where the signed form is kept"))
        self.add_button = _button(self.tr("Record consent"), self.form, "add", "list-add")
        self.add_button.clicked.connect(self.add)
        g.addWidget(QLabel(field_label("purpose"), self.form), 0, 0)
        g.addWidget(self.purpose, 0, 1)
        g.addWidget(QLabel(field_label("channel"), self.form), 0, 2)
        g.addWidget(self.channel, 0, 3)
        g.addWidget(QLabel(field_label("granted_at"), self.form), 1, 0)
        g.addWidget(self.date, 1, 1)
        g.addWidget(QLabel(field_label("notes"), self.form), 1, 2)
        g.addWidget(self.note, 1, 3)
        g.addWidget(self.add_button, 2, 3, Qt.AlignmentFlag.AlignRight)
        self.message = FieldMessage(self.form)
        g.addWidget(self.message, 3, 0, 1, 4)
        g.setColumnStretch(1, 1)
        g.setColumnStretch(3, 1)
        v.addWidget(self.form)

    def set_consents(self, items: list[Consent]) -> None:
        self._items = sorted(items, key=lambda c: (c.granted_at, c.id or 0), reverse=True)
        self.table.setRowCount(0)
        for c in self._items:
            row = self.table.rowCount()
            self.table.insertRow(row)
            self.table.setItem(row, 0, _cell(CONSENT_PURPOSES.label(c.purpose), c.id))
            self.table.setItem(row, 1, _cell(CONSENT_CHANNELS.label(c.channel)))
            self.table.setItem(row, 2, _cell(format_date(c.granted_at), c.granted_at))
            if c.withdrawn_at:
                status = self.tr("Withdrawn on {date}").format(date=format_date(c.withdrawn_at))
            else:
                status = self.tr("Active")
            self.table.setItem(row, 3, _cell(status))
            self.table.setItem(row, 4, _cell(c.note))
        self._selection_changed()

    def set_editable(self, editable: bool) -> None:
        self._editable = editable
        self.form.setVisible(editable)
        self.withdraw_button.setVisible(editable)

    def _selected(self) -> Consent | None:
        rows = {i.row() for i in self.table.selectedIndexes()}
        if len(rows) != 1:
            return None
        return self._items[rows.pop()]

    def _selection_changed(self) -> None:
        c = self._selected()
        self.withdraw_button.setEnabled(c is not None and not c.withdrawn_at)

    def add(self) -> None:
        session = self.editor.ctx.session
        cid = self.editor.customer_id
        if session is None or cid is None:
            return
        purpose = CONSENT_PURPOSES.current(self.purpose)
        if not purpose:
            self.message.set_message(validation_message("purpose", "required"))
            self.purpose.setFocus()
            return
        channel = CONSENT_CHANNELS.current(self.channel)
        day = self.date.date().toString(Qt.DateFormat.ISODate)
        note = self.note.text().strip()
        self.add_button.setEnabled(False)

        def done(consent_id: int) -> None:
            self.add_button.setEnabled(True)
            self.note.clear()
            self.message.set_message(None)
            self.set_consents([*self._items, Consent(customer_id=cid, purpose=purpose, channel=channel, granted_at=day,
                                                     note=note, id=consent_id)])

        self.editor.ctx.runner.run(customers.add_consent, session, cid, purpose, channel, day, note, owner=self,
                                   on_done=done, on_error=self._failed)

    def withdraw(self) -> None:
        session = self.editor.ctx.session
        c = self._selected()
        if session is None or c is None or c.id is None or c.withdrawn_at:
            return
        if not prompts.confirm(self, self.tr("Record withdrawal"),
                               self.tr("Record that the customer withdrew the consent “{purpose}” today?").format(
                                   purpose=CONSENT_PURPOSES.label(c.purpose)),
                               self.tr("Record withdrawal")):
            return

        def done(_r: object) -> None:
            c.withdrawn_at = _date.today().isoformat()
            self.set_consents(self._items)

        self.editor.ctx.runner.run(customers.withdraw_consent, session, c.id, owner=self, on_done=done,
                                   on_error=self._failed)

    def _failed(self, exc: BaseException) -> None:
        self.add_button.setEnabled(True)
        self.message.set_message(error_message(exc) if isinstance(exc, ClientVaultError) else error_message(ClientVaultError()))


_FIELD_ALIASES = {"phones": "phone", "emails": "email", "addresses": "address"}


def field_title(name: str) -> str:
    if name.startswith("custom."):
        return name[len("custom."):]
    if name == "name_order":
        return QCoreApplication.translate("CustomerEditor", "Name order")
    return field_label(_FIELD_ALIASES.get(name, name))


class HistoryTab(QWidget):
    """Every change, newest first: one entry per edit (who, when) with its fields old → new, and a
    button to undo it."""

    def __init__(self, editor: CustomerEditor) -> None:
        super().__init__(editor)
        self.editor = editor
        self._editable = False
        self._records: list[ChangeRecord] = []
        self._names: dict[int, str] = {}
        v = QVBoxLayout(self)
        self.summary = QLabel(self)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        v.addWidget(self.summary)
        self.tree = QTreeWidget(self)
        self.tree.setColumnCount(4)
        self.tree.setHeaderLabels([self.tr("What changed"), self.tr("Before"), self.tr("After"), ""])
        self.tree.setAlternatingRowColors(True)
        self.tree.setWordWrap(True)
        self.tree.setUniformRowHeights(False)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.setColumnWidth(0, 250)
        v.addWidget(self.tree, 1)

    def set_editable(self, editable: bool) -> None:
        self._editable = editable
        self._render()

    def set_history(self, records: list[ChangeRecord], names: dict[int, str]) -> None:
        self._records = records
        self._names = names
        self._render()

    def _render(self) -> None:
        self.tree.clear()
        groups: dict[str, list[ChangeRecord]] = {}
        for r in self._records:  # newest first already
            groups.setdefault(r.group_id, []).append(r)
        reverts = {r.reverted_by for r in self._records if r.reverted_by}
        self.summary.setText(self.tr("No changes recorded yet.") if not groups else
                             self.tr("%n change(s), newest first. Sensitive values are shown masked.", "", len(groups)))
        for group_id, records in groups.items():
            first = records[0]
            created = any(r.field == "name" and r.old_value in (None, "null") for r in records)
            who = self._names.get(first.user_id, self.tr("Unknown user")) if first.user_id is not None else self.tr("Import or system")
            top = QTreeWidgetItem(self.tree)
            top.setText(0, format_datetime(first.at) + " · " + who)
            if created:
                what = self.tr("Created the customer")
            elif group_id in reverts:
                what = self.tr("Undid an earlier change")
            else:
                what = self.tr("Changed %n field(s)", "", len(records))
            if first.reverted_by:
                what += " · " + self.tr("undone later")
            top.setText(1, what)
            font = top.font(0)
            font.setBold(True)
            top.setFont(0, font)
            top.setData(0, Qt.ItemDataRole.UserRole, group_id)
            top.setFirstColumnSpanned(False)
            for r in reversed(records):  # in the order the fields were written
                child = QTreeWidgetItem(top)
                child.setText(0, field_title(r.field))
                before, after = self._text(r.field, r.old_value), self._text(r.field, r.new_value)
                child.setText(1, before)
                child.setText(2, after)
                child.setToolTip(1, before)
                child.setToolTip(2, after)
            top.setExpanded(True)
            if self._editable and not created and not first.reverted_by:
                button = _button(self.tr("Undo"), self.tree, "revert", "edit-undo")
                button.setToolTip(self.tr("Put these fields back to their values before this change"))
                button.clicked.connect(lambda _c=False, g=group_id: self.editor.revert_group(g))
                self.tree.setItemWidget(top, 3, button)

    def group_items(self) -> list[QTreeWidgetItem]:
        return [self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount())]

    def _text(self, name: str, raw: str | None) -> str:
        value = _json(raw)
        if value is None or value == "" or value == []:
            return "—"
        if name in SENSITIVE_NAMES:
            return _mask(name, str(value)) if value != "••••••" else "••••••"
        if name == "gender":
            return {"female": self.tr("Female"), "male": self.tr("Male"), "other": self.tr("Other")}.get(str(value), str(value))
        if name == "name_order":
            return self.tr("Family name first") if value == "eastern" else self.tr("Given name first")
        if name == "owner_user_id":
            try:
                return self._names.get(int(value), "#" + str(value))
            except (TypeError, ValueError):
                return str(value)
        if name == "source":
            return SOURCES.label(str(value))
        if name in ("verified_at",):
            return format_date(str(value))
        if name == "addresses" and isinstance(value, list):
            return "; ".join(address_line({k: str(x) for k, x in a.items()}) if isinstance(a, dict) else str(a)
                             for a in value)
        if name == "phones" and isinstance(value, list):
            return ", ".join(format_phone(str(p)) for p in value)
        if isinstance(value, list):
            return ", ".join(str(x) for x in value)
        return str(value)


class AccessTab(QWidget):
    """This customer's entries in the access log (who viewed, revealed, copied, changed it)."""

    PAGE = 100

    def __init__(self, editor: CustomerEditor) -> None:
        super().__init__(editor)
        self.editor = editor
        self._entries: list[AccessLogEntry] = []
        v = QVBoxLayout(self)
        top = QHBoxLayout()
        self.note = QLabel(self)
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        self.note.setWordWrap(True)
        top.addWidget(self.note, 1)
        self.refresh_button = _button(self.tr("Refresh"), self, "refresh", "view-refresh")
        self.refresh_button.clicked.connect(self.load)
        top.addWidget(self.refresh_button)
        v.addLayout(top)
        self.table = _read_only_table([self.tr("When"), self.tr("User"), self.tr("Action"), self.tr("Fields")], self)
        self.table.setColumnWidth(0, 150)
        self.table.setColumnWidth(1, 110)
        self.table.setColumnWidth(2, 200)
        v.addWidget(self.table, 1)
        self.more_button = _button(self.tr("Show older entries"), self)
        self.more_button.clicked.connect(self.load_more)
        self.more_button.hide()
        v.addWidget(self.more_button, 0, Qt.AlignmentFlag.AlignLeft)

    def load(self) -> None:
        self._entries = []
        self.table.setRowCount(0)
        self._request(None)

    def load_more(self) -> None:
        if self._entries:
            self._request(self._entries[-1].seq)

    def _request(self, before: int | None) -> None:
        session = self.editor.ctx.session
        cid = self.editor.customer_id
        if session is None or cid is None:
            return
        self.editor._access_loaded = True
        self.more_button.setEnabled(False)
        self.editor.ctx.runner.run(audit.list_entries, session, customer_id=cid, before_seq=before, limit=self.PAGE,
                                   owner=self, on_done=self._arrived, on_error=self._failed)

    def _arrived(self, entries: list[AccessLogEntry]) -> None:
        session = self.editor.ctx.session
        if session is None:
            return
        names = self.editor._data.user_names if self.editor._data else {}
        for e in entries:
            row = self.table.rowCount()
            self.table.insertRow(row)
            self.table.setItem(row, 0, _cell(format_datetime(e.at), e.seq))
            self.table.setItem(row, 1, _cell(names.get(e.user_id, "") if e.user_id is not None else ""))
            self.table.setItem(row, 2, _cell(action_label(e.action), e.action))
            self.table.setItem(row, 3, _cell(", ".join(field_title(f) for f in e.fields)))
        self._entries.extend(entries)
        self.more_button.setVisible(len(entries) == self.PAGE)
        self.more_button.setEnabled(True)
        self.table.setVisible(True)
        if not allowed(session.user, Action.AUDIT_ALL):
            self.note.setText(self.tr("You see only your own entries; an owner sees everyone's."))
        elif not self._entries:
            self.note.setText(self.tr("Nobody has accessed this customer yet."))
        else:
            self.note.setText(self.tr("Who viewed, revealed, copied or changed this customer, newest first."))

    def _failed(self, exc: BaseException) -> None:
        self.more_button.hide()
        if isinstance(exc, PermissionDenied):
            self.table.setVisible(False)
            self.note.setText(self.tr("Your role cannot see the access log. An owner of the vault can show you who accessed this customer."))
            return
        self.note.setText(error_message(exc) if isinstance(exc, ClientVaultError) else error_message(ClientVaultError()))
