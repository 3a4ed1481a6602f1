"""Users and settings (owners only; SECURITY.md roles table: "users, settings, backup, restore, key
rotation — owner").

Three tabs:

* Users — the table (name, role, may reveal, may export); add a user (name, role, grants,
  passphrase twice with the strength meter); change role and grants; reset another user's
  passphrase; remove a user (confirm; optionally also rotate the vault key).
* Your account and keys — change my passphrase; "remember me on this computer" for the current
  user (hidden with the reason when the OS keyring cannot be used); a new recovery key (shown
  once, with the emergency kit); rotate the vault key.
* Preferences — auto-lock minutes, clipboard seconds, default phone region (saved in the vault) and
  the UI language (saved in QSettings: the login screen needs it before anything is unlocked).

Every change goes through the services on the task runner; errors appear inline in the dialog that
caused them or in the window's banner.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any, Final

import phonenumbers
from PySide6.QtCore import QCoreApplication, QEvent, QLocale, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QStyle,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.i18n.messages import error_message
from app.i18n.translator import install_translations
from app.models.errors import ClientVaultError
from app.models.records import Role, User
from app.services import settings as settings_service
from app.services import users
from app.services.session import Session
from app.ui.app_context import AppContext
from app.ui.emergency_kit import save_emergency_kit
from app.ui.icons import icon
from app.ui.pages.base import Page
from app.ui.widgets.message_banner import Level
from app.ui.widgets.recovery_key_label import recovery_key_label
from app.ui.widgets.strength_meter import StrengthMeter

# --- UI language (QSettings, shared with the wizard and main.py) ------------------------------------
LANGUAGE_KEY: Final = "language"
LANGUAGE_CHOICES: Final = (("", "system"), ("zh_CN", "简体中文"), ("en", "English"))


def current_language_choice(ctx: AppContext) -> str:
    value = str(ctx.settings.value(LANGUAGE_KEY, "") or "")
    return value if value in ("zh_CN", "en") else ""


def apply_language(ctx: AppContext, code: str) -> str:
    """Store the UI language choice ("" = system) and switch to it now; every widget gets a
    LanguageChange event and retranslates itself. Returns the language in effect."""
    code = code if code in ("zh_CN", "en") else ""
    ctx.settings.setValue(LANGUAGE_KEY, code)
    ctx.settings.sync()
    app = QCoreApplication.instance()
    if app is None:
        return code or "en"
    used = install_translations(app, code or None)
    QLocale.setDefault(QLocale("zh_CN") if used == "zh_CN" else QLocale.system()
                       if QLocale.system().language() == QLocale.Language.English else QLocale("en_US"))
    return used


def role_label(role: Role | str) -> str:
    value = role.value if isinstance(role, Role) else str(role)
    names = {
        "owner": QCoreApplication.translate("Roles", "Owner"),
        "staff": QCoreApplication.translate("Roles", "Staff"),
        "viewer": QCoreApplication.translate("Roles", "Viewer"),
    }
    return names.get(value, value)


def role_description(role: Role) -> str:
    texts = {
        Role.OWNER: QCoreApplication.translate(
            "Roles", "Can do everything: users, settings, keys, exports and erasure."),
        Role.STAFF: QCoreApplication.translate(
            "Roles", "Can view, add and edit customers and import. Revealing sensitive fields and "
                     "exporting only if allowed below."),
        Role.VIEWER: QCoreApplication.translate("Roles", "Can only view and search customers."),
    }
    return texts[role]


# --- phone regions ---------------------------------------------------------------------------------
COMMON_REGIONS: Final = ("CN", "HK", "TW", "MO", "US", "GB", "SG", "JP", "KR", "DE", "FR")


def region_name(code: str) -> str:
    names = {
        "CN": QCoreApplication.translate("Regions", "Mainland China"),
        "HK": QCoreApplication.translate("Regions", "Hong Kong, China"),
        "TW": QCoreApplication.translate("Regions", "Taiwan, China"),
        "MO": QCoreApplication.translate("Regions", "Macao, China"),
        "US": QCoreApplication.translate("Regions", "United States"),
        "GB": QCoreApplication.translate("Regions", "United Kingdom"),
        "SG": QCoreApplication.translate("Regions", "Singapore"),
        "JP": QCoreApplication.translate("Regions", "Japan"),
        "KR": QCoreApplication.translate("Regions", "South Korea"),
        "DE": QCoreApplication.translate("Regions", "Germany"),
        "FR": QCoreApplication.translate("Regions", "France"),
    }
    if code in names:
        return names[code]
    territory = QLocale.codeToTerritory(code)
    if getattr(territory, "value", 0):  # AnyTerritory (0) = unknown code
        return QLocale.territoryToString(territory)
    return code


@functools.cache
def _calling_codes() -> dict[str, int]:
    """Region → calling code from phonenumbers' static table (country_code_for_region would load
    every region's metadata module: ~0.1 s on the GUI thread)."""
    return {region: cc for cc, regions in phonenumbers.COUNTRY_CODE_TO_REGION_CODE.items() for region in regions}


def region_choices() -> list[tuple[str, str]]:
    """(code, "name (+calling code)") — the common regions first, then every other one by name."""

    calling = _calling_codes()

    def text(code: str) -> str:
        return f"{region_name(code)} (+{calling.get(code, 0)})"

    common = [(code, text(code)) for code in COMMON_REGIONS]
    others = sorted(((code, text(code)) for code in phonenumbers.SUPPORTED_REGIONS
                     if code not in COMMON_REGIONS and code != "001"), key=lambda item: item[1])
    return common + others


# --- small building blocks --------------------------------------------------------------------------
def _plain_label(parent: QWidget, *, wrap: bool = True) -> QLabel:
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(wrap)
    return label


def _password_edit(parent: QWidget) -> QLineEdit:
    edit = QLineEdit(parent)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    return edit


class ServiceDialog(QDialog):
    """A dialog whose OK runs one service call on the task runner; errors stay inline, success
    closes it. Subclasses build their form in `self.form` and implement `submit()`."""

    def __init__(self, page: SettingsPage) -> None:
        super().__init__(page)
        self.page = page
        self.ctx = page.ctx
        self.result_value: Any = None
        self._busy = False
        layout = QVBoxLayout(self)
        self.intro = _plain_label(self)
        self.intro.hide()
        layout.addWidget(self.intro)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        layout.addLayout(self.form)
        self.error = _plain_label(self)
        self.error.setStyleSheet("color:#a50e0e;")
        self.error.hide()
        layout.addWidget(self.error)
        self.busy = QProgressBar(self)
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.setFixedHeight(6)
        self.busy.hide()
        layout.addWidget(self.busy)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(500)

    @property
    def ok_button(self) -> QPushButton:
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        pass

    def ready(self) -> bool:
        return True

    def update_ok(self) -> None:
        self.ok_button.setEnabled(not self._busy and self.ready())

    def submit(self) -> None:
        raise NotImplementedError

    def run_service(self, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> None:
        if self._busy:
            return
        self.error.hide()
        self._set_busy(True)
        self.ctx.runner.run(fn, *args, on_done=self._done, on_error=self._failed, owner=self, **kwargs)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.busy.setVisible(busy)
        for index in range(self.form.rowCount()):
            for role in (QFormLayout.ItemRole.FieldRole, QFormLayout.ItemRole.SpanningRole):
                item = self.form.itemAt(index, role)
                if item is not None and item.widget() is not None:
                    item.widget().setEnabled(not busy)
        self.update_ok()

    def _done(self, value: Any) -> None:
        self._set_busy(False)
        self.result_value = value
        self.clear_secrets()
        if self.isVisible():
            self.accept()

    def _failed(self, error: BaseException) -> None:
        self._set_busy(False)
        if isinstance(error, ClientVaultError):
            self.error.setText(error_message(error))
            self.error.show()
            return
        self.error.setText(error_message(ClientVaultError()))
        self.error.show()
        self.page.show_error(error)

    def clear_secrets(self) -> None:
        """Clear passphrase fields (after use, on cancel, on lock)."""

    def reject(self) -> None:
        self.clear_secrets()
        super().reject()


class PassphraseFields:
    """New passphrase + repeat + strength meter, added to a dialog's form."""

    def __init__(self, dialog: ServiceDialog, role: Role, user_name: str = "") -> None:
        self.dialog = dialog
        self.new = _password_edit(dialog)
        self.repeat = _password_edit(dialog)
        self.meter = StrengthMeter(dialog.ctx.runner, role, dialog)
        self.meter.set_user_inputs((user_name,) if user_name else ())
        self.new_label = QLabel(dialog)
        self.repeat_label = QLabel(dialog)
        self.mismatch = _plain_label(dialog)
        self.mismatch.setStyleSheet("color:#a50e0e;")
        self.mismatch.hide()
        dialog.form.addRow(self.new_label, self.new)
        dialog.form.addRow("", self.meter)
        dialog.form.addRow(self.repeat_label, self.repeat)
        dialog.form.addRow("", self.mismatch)
        self.new.textChanged.connect(self.meter.set_passphrase)
        self.new.textChanged.connect(self._changed)
        self.repeat.textChanged.connect(self._changed)
        self.meter.evaluated.connect(lambda _score: dialog.update_ok())
        self.retranslate()

    def retranslate(self) -> None:
        self.new_label.setText(QCoreApplication.translate("PassphraseFields", "New passphrase:"))
        self.repeat_label.setText(QCoreApplication.translate("PassphraseFields", "Repeat passphrase:"))
        self.mismatch.setText(QCoreApplication.translate("PassphraseFields", "The two passphrases are not the same."))

    def _changed(self) -> None:
        self.mismatch.setVisible(bool(self.repeat.text()) and self.repeat.text() != self.new.text())
        self.dialog.update_ok()

    def ready(self) -> bool:
        return bool(self.new.text()) and self.new.text() == self.repeat.text() and self.meter.is_acceptable()

    def take(self) -> str:
        text = self.new.text()
        self.clear()
        return text

    def clear(self) -> None:
        self.new.clear()
        self.repeat.clear()
        self.meter.clear()


class AddUserDialog(ServiceDialog):
    def __init__(self, page: SettingsPage) -> None:
        super().__init__(page)
        self.name_edit = QLineEdit(self)
        self.name_edit.setMaxLength(64)
        self.role_combo = QComboBox(self)
        for role in (Role.STAFF, Role.VIEWER, Role.OWNER):
            self.role_combo.addItem("", role.value)
        self.role_note = _plain_label(self)
        self.role_note.setStyleSheet("color:#555;")
        self.can_reveal = QCheckBox(self)
        self.can_export = QCheckBox(self)
        self.name_label = QLabel(self)
        self.role_label = QLabel(self)
        self.form.addRow(self.name_label, self.name_edit)
        self.form.addRow(self.role_label, self.role_combo)
        self.form.addRow("", self.role_note)
        self.form.addRow("", self.can_reveal)
        self.form.addRow("", self.can_export)
        self.passphrase = PassphraseFields(self, Role.STAFF)
        self.name_edit.textChanged.connect(self._name_changed)
        self.role_combo.currentIndexChanged.connect(self._role_changed)
        self.retranslate()
        self._role_changed()

    @property
    def role(self) -> Role:
        return Role(str(self.role_combo.currentData()))

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Add user"))
        self.name_label.setText(self.tr("Name:"))
        self.role_label.setText(self.tr("Role:"))
        for index in range(self.role_combo.count()):
            self.role_combo.setItemText(index, role_label(str(self.role_combo.itemData(index))))
        self.role_note.setText(role_description(self.role))
        self.can_reveal.setText(self.tr("May reveal sensitive fields (ID number, bank account)"))
        self.can_export.setText(self.tr("May export (masked or minimized)"))
        self.ok_button.setText(self.tr("Add user"))
        self.passphrase.retranslate()

    def _name_changed(self) -> None:
        self.passphrase.meter.set_user_inputs((self.name_edit.text().strip(),))
        self.update_ok()

    def _role_changed(self) -> None:
        role = self.role
        self.passphrase.meter.set_role(role)
        staff = role is Role.STAFF
        self.can_reveal.setEnabled(staff)
        self.can_export.setEnabled(staff)
        self.can_reveal.setChecked(role is Role.OWNER or (staff and self.can_reveal.isChecked()))
        self.can_export.setChecked(role is Role.OWNER or (staff and self.can_export.isChecked()))
        self.role_note.setText(role_description(role))
        self.update_ok()

    def ready(self) -> bool:
        return bool(self.name_edit.text().strip()) and self.passphrase.ready()

    def submit(self) -> None:
        session = self.ctx.session
        if session is None or not self.ready():
            return
        self.run_service(users.add_user, session, self.name_edit.text().strip(), self.role, self.passphrase.take(),
                         can_reveal=self.can_reveal.isChecked(), can_export=self.can_export.isChecked())

    def clear_secrets(self) -> None:
        self.passphrase.clear()


class RoleDialog(ServiceDialog):
    def __init__(self, page: SettingsPage, user: User) -> None:
        super().__init__(page)
        self.user = user
        self.role_combo = QComboBox(self)
        for role in (Role.OWNER, Role.STAFF, Role.VIEWER):
            self.role_combo.addItem("", role.value)
        self.role_combo.setCurrentIndex(self.role_combo.findData(user.role.value))
        self.role_note = _plain_label(self)
        self.role_note.setStyleSheet("color:#555;")
        self.can_reveal = QCheckBox(self)
        self.can_reveal.setChecked(user.can_reveal)
        self.can_export = QCheckBox(self)
        self.can_export.setChecked(user.can_export)
        self.role_label = QLabel(self)
        self.form.addRow(self.role_label, self.role_combo)
        self.form.addRow("", self.role_note)
        self.form.addRow("", self.can_reveal)
        self.form.addRow("", self.can_export)
        self.role_combo.currentIndexChanged.connect(self._role_changed)
        self.intro.show()
        self.retranslate()
        self._role_changed()

    @property
    def role(self) -> Role:
        return Role(str(self.role_combo.currentData()))

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Role and permissions"))
        self.intro.setText(self.tr("Role and permissions of {name}").format(name=self.user.name))
        self.role_label.setText(self.tr("Role:"))
        for index in range(self.role_combo.count()):
            self.role_combo.setItemText(index, role_label(str(self.role_combo.itemData(index))))
        self.role_note.setText(role_description(self.role))
        self.can_reveal.setText(self.tr("May reveal sensitive fields (ID number, bank account)"))
        self.can_export.setText(self.tr("May export (masked or minimized)"))
        self.ok_button.setText(self.tr("Save"))

    def _role_changed(self) -> None:
        role = self.role
        staff = role is Role.STAFF
        self.can_reveal.setEnabled(staff)
        self.can_export.setEnabled(staff)
        if role is Role.OWNER:
            self.can_reveal.setChecked(True)
            self.can_export.setChecked(True)
        elif role is Role.VIEWER:
            self.can_reveal.setChecked(False)
            self.can_export.setChecked(False)
        self.role_note.setText(role_description(role))

    def submit(self) -> None:
        session = self.ctx.session
        if session is None:
            return
        self.run_service(users.set_role, session, self.user.name, self.role, can_reveal=self.can_reveal.isChecked(),
                         can_export=self.can_export.isChecked())


class ResetPassphraseDialog(ServiceDialog):
    """The owner sets a new passphrase for another user (who forgot theirs)."""

    def __init__(self, page: SettingsPage, user: User) -> None:
        super().__init__(page)
        self.user = user
        self.intro.show()
        self.passphrase = PassphraseFields(self, user.role, user.name)
        self.retranslate()
        self.update_ok()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Reset passphrase"))
        self.intro.setText(self.tr(
            "Set a new passphrase for {name}. Tell it to them in person; they can change it later. "
            "If this computer remembered them, it will ask for the passphrase again.").format(name=self.user.name))
        self.ok_button.setText(self.tr("Set passphrase"))
        self.passphrase.retranslate()

    def ready(self) -> bool:
        return self.passphrase.ready()

    def submit(self) -> None:
        session = self.ctx.session
        if session is None or not self.ready():
            return
        self.run_service(users.reset_passphrase, session, self.user.name, self.passphrase.take(),
                         self.ctx.access.keyring)

    def clear_secrets(self) -> None:
        self.passphrase.clear()


class ChangePassphraseDialog(ServiceDialog):
    """Change my own passphrase (the current one is asked first)."""

    def __init__(self, page: SettingsPage, user: User) -> None:
        super().__init__(page)
        self.user = user
        self.current = _password_edit(self)
        self.current_label = QLabel(self)
        self.form.addRow(self.current_label, self.current)
        self.passphrase = PassphraseFields(self, user.role, user.name)
        self.current.textChanged.connect(self.update_ok)
        self.intro.show()
        self.retranslate()
        self.update_ok()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Change my passphrase"))
        self.intro.setText(self.tr(
            "The vault is not re-encrypted; only your lock changes. If this computer remembers you, "
            "you will be asked for the new passphrase once."))
        self.current_label.setText(self.tr("Current passphrase:"))
        self.ok_button.setText(self.tr("Change passphrase"))
        self.passphrase.retranslate()

    def ready(self) -> bool:
        return bool(self.current.text()) and self.passphrase.ready()

    def submit(self) -> None:
        session = self.ctx.session
        if session is None or not self.ready():
            return
        current = self.current.text()
        self.current.clear()
        self.run_service(users.change_own_passphrase, session, current, self.passphrase.take(),
                         self.ctx.access.keyring)

    def clear_secrets(self) -> None:
        self.current.clear()
        self.passphrase.clear()


class RecoveryKeyDialog(QDialog):
    """Shows a new recovery key once, with the emergency kit."""

    def __init__(self, ctx: AppContext, key: str, vault_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recoveryKeyDialog")
        self.ctx = ctx
        self.key = key
        self.vault_id = vault_id
        layout = QVBoxLayout(self)
        self.intro = _plain_label(self)
        layout.addWidget(self.intro)
        self.key_label = recovery_key_label(self, 18, key)
        layout.addWidget(self.key_label)
        row = QHBoxLayout()
        self.save_button = QPushButton(self)
        self.save_button.clicked.connect(self.save_kit)
        self.copy_button = QPushButton(self)
        self.copy_button.clicked.connect(lambda: self.ctx.clipboard.copy(self.key))
        row.addWidget(self.save_button)
        row.addWidget(self.copy_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.status = _plain_label(self)
        self.status.hide()
        layout.addWidget(self.status)
        self.confirm = QCheckBox(self)
        layout.addWidget(self.confirm)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.reject)
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setEnabled(False)
        self.confirm.toggled.connect(self.buttons.button(QDialogButtonBox.StandardButton.Close).setEnabled)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("New recovery key"))
        self.intro.setText(self.tr(
            "This is your new recovery key. The old one no longer works. It is shown only now: save "
            "the emergency kit and print it, or write the key down, and keep it away from this computer."))
        self.save_button.setText(self.tr("Save emergency kit (PDF)…"))
        self.copy_button.setText(self.tr("Copy key"))
        self.confirm.setText(self.tr("I have printed or written down the recovery key"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def save_kit(self) -> None:
        try:
            path = save_emergency_kit(self, vault_id=self.vault_id, recovery_key=self.key,
                                      vault_folder=str(self.ctx.access.folder))
        except OSError:
            self.status.setText(self.tr("The emergency kit could not be saved there. Choose another folder."))
            self.status.show()
            return
        if path is not None:
            self.status.setText(self.tr("Saved: {path}. Print it now, then keep the paper safe.").format(
                path=str(path)))
            self.status.show()

    def reject(self) -> None:
        if not self.confirm.isChecked() and self.isVisible() and not getattr(self, "_force", False):
            return
        self.key = ""
        self.key_label.clear()
        super().reject()

    def force_close(self) -> None:
        self._force = True
        self.reject()


# --- the page ---------------------------------------------------------------------------------------
USER_COLUMNS: Final = 4


class SettingsPage(Page):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("settingsPage")
        self.session: Session | None = None
        self.user_list: list[User] = []
        self.values: dict[str, Any] = {}
        self._dirty = False
        self._loading = False
        self.jobs = 0
        layout = QVBoxLayout(self)
        self.heading = QLabel(self)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.heading.setFont(font)
        layout.addWidget(self.heading)
        self.busy = QProgressBar(self)
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.setFixedHeight(4)
        self.busy.hide()
        layout.addWidget(self.busy)
        self.tabs = QTabWidget(self)
        layout.addWidget(self.tabs, 1)
        self._build_users_tab()
        self._build_account_tab()
        self._build_preferences_tab()
        self.retranslate()

    # --- identity -------------------------------------------------------------------------------
    def page_id(self) -> str:
        return "settings"

    def title(self) -> str:
        return self.tr("Users and settings")

    def icon(self) -> QIcon:
        found = icon("settings")
        return found if not found.isNull() else self.style().standardIcon(QStyle.StandardPixmap.SP_FileDialogDetailedView)

    @staticmethod
    def available_for(session: Session) -> bool:
        return session.user.role is Role.OWNER

    # --- building ---------------------------------------------------------------------------------
    def _build_users_tab(self) -> None:
        tab = QWidget(self)
        layout = QVBoxLayout(tab)
        self.users_intro = _plain_label(tab)
        layout.addWidget(self.users_intro)
        self.table = QTableWidget(0, USER_COLUMNS, tab)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, USER_COLUMNS):
            self.table.horizontalHeader().setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.itemSelectionChanged.connect(self._update_user_buttons)
        self.table.doubleClicked.connect(lambda _index: self.change_role())
        layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        self.add_button = QPushButton(tab)
        self.add_button.clicked.connect(self.add_user)
        self.role_button = QPushButton(tab)
        self.role_button.clicked.connect(self.change_role)
        self.reset_button = QPushButton(tab)
        self.reset_button.clicked.connect(self.reset_passphrase)
        self.remove_button = QPushButton(tab)
        self.remove_button.clicked.connect(self.remove_user)
        for button in (self.add_button, self.role_button, self.reset_button, self.remove_button):
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        self.tabs.addTab(tab, "")
        self.users_tab = tab

    def _build_account_tab(self) -> None:
        tab = QWidget(self)
        layout = QVBoxLayout(tab)
        self.passphrase_box = QGroupBox(tab)
        box = QVBoxLayout(self.passphrase_box)
        self.passphrase_note = _plain_label(self.passphrase_box)
        self.change_passphrase_button = QPushButton(self.passphrase_box)
        self.change_passphrase_button.clicked.connect(self.change_own_passphrase)
        box.addWidget(self.passphrase_note)
        box.addWidget(self.change_passphrase_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.passphrase_box)

        self.remember_box = QGroupBox(tab)
        box = QVBoxLayout(self.remember_box)
        self.remember = QCheckBox(self.remember_box)
        self.remember.hide()
        self.remember.toggled.connect(self._remember_toggled)
        self.remember_note = _plain_label(self.remember_box)
        self.remember_note.setStyleSheet("color:#555;")
        box.addWidget(self.remember)
        box.addWidget(self.remember_note)
        layout.addWidget(self.remember_box)

        self.recovery_box = QGroupBox(tab)
        box = QVBoxLayout(self.recovery_box)
        self.recovery_note = _plain_label(self.recovery_box)
        self.recovery_button = QPushButton(self.recovery_box)
        self.recovery_button.clicked.connect(self.new_recovery_key)
        box.addWidget(self.recovery_note)
        box.addWidget(self.recovery_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.recovery_box)

        self.rotate_box = QGroupBox(tab)
        box = QVBoxLayout(self.rotate_box)
        self.rotate_note = _plain_label(self.rotate_box)
        self.rotate_button = QPushButton(self.rotate_box)
        self.rotate_button.clicked.connect(self.rotate_key)
        box.addWidget(self.rotate_note)
        box.addWidget(self.rotate_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.rotate_box)
        layout.addStretch(1)
        self.tabs.addTab(tab, "")
        self.account_tab = tab

    def _build_preferences_tab(self) -> None:
        tab = QWidget(self)
        layout = QVBoxLayout(tab)
        self.vault_box = QGroupBox(tab)
        form = QFormLayout(self.vault_box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.auto_lock = QSpinBox(self.vault_box)
        self.auto_lock.setRange(1, 240)
        self.clipboard_seconds = QSpinBox(self.vault_box)
        self.clipboard_seconds.setRange(5, 300)
        self.region = QComboBox(self.vault_box)
        self.region.setMinimumContentsLength(24)
        self._fill_regions()
        self.auto_lock_label = QLabel(self.vault_box)
        self.clipboard_label = QLabel(self.vault_box)
        self.region_label = QLabel(self.vault_box)
        form.addRow(self.auto_lock_label, self.auto_lock)
        form.addRow(self.clipboard_label, self.clipboard_seconds)
        form.addRow(self.region_label, self.region)
        row = QHBoxLayout()
        self.save_button = QPushButton(self.vault_box)
        self.save_button.clicked.connect(self.save_settings)
        self.revert_button = QPushButton(self.vault_box)
        self.revert_button.clicked.connect(self._revert)
        row.addWidget(self.save_button)
        row.addWidget(self.revert_button)
        row.addStretch(1)
        form.addRow(row)
        layout.addWidget(self.vault_box)
        self.auto_lock.valueChanged.connect(self._edited)
        self.clipboard_seconds.valueChanged.connect(self._edited)
        self.region.currentIndexChanged.connect(self._edited)

        self.language_box = QGroupBox(tab)
        form2 = QFormLayout(self.language_box)
        self.language = QComboBox(self.language_box)
        for code, _name in LANGUAGE_CHOICES:
            self.language.addItem("", code)
        self.language.setCurrentIndex(max(0, self.language.findData(current_language_choice(self.ctx))))
        self.language.activated.connect(self._language_chosen)
        self.language_label = QLabel(self.language_box)
        self.language_note = _plain_label(self.language_box)
        self.language_note.setStyleSheet("color:#555;")
        form2.addRow(self.language_label, self.language)
        form2.addRow(self.language_note)
        layout.addWidget(self.language_box)
        layout.addStretch(1)
        self.tabs.addTab(tab, "")
        self.preferences_tab = tab
        self._update_save_buttons()

    def _fill_regions(self) -> None:
        current = self.region.currentData()
        self.region.blockSignals(True)
        self.region.clear()
        for index, (code, text) in enumerate(region_choices()):
            if index == len(COMMON_REGIONS):
                self.region.insertSeparator(self.region.count())
            self.region.addItem(text, code)
        if current:
            self.region.setCurrentIndex(max(0, self.region.findData(current)))
        self.region.blockSignals(False)

    # --- texts --------------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.heading.setText(self.title())
        self.tabs.setTabText(0, self.tr("Users"))
        self.tabs.setTabText(1, self.tr("Your account and keys"))
        self.tabs.setTabText(2, self.tr("Preferences"))
        self.users_intro.setText(self.tr(
            "Everyone who uses ClientVault on this computer has their own account and passphrase. "
            "Roles decide what each person may do inside the app; every action is recorded in the "
            "access log."))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("Role"), self.tr("May reveal"), self.tr("May export")])
        self.add_button.setText(self.tr("Add user…"))
        self.role_button.setText(self.tr("Role and permissions…"))
        self.reset_button.setText(self.tr("Reset passphrase…"))
        self.remove_button.setText(self.tr("Remove user…"))
        self.passphrase_box.setTitle(self.tr("Passphrase"))
        self.passphrase_note.setText(self.tr("Change the passphrase you use to unlock ClientVault."))
        self.change_passphrase_button.setText(self.tr("Change my passphrase…"))
        self.remember_box.setTitle(self.tr("This computer"))
        self.remember.setText(self.tr("Remember me on this computer"))
        self._update_remember_note()
        self.recovery_box.setTitle(self.tr("Recovery key"))
        self.recovery_note.setText(self.tr(
            "The recovery key opens the vault when the owner's passphrase is forgotten. Make a new one "
            "if yours is lost or someone else may have seen it; the old one then stops working."))
        self.recovery_button.setText(self.tr("New recovery key…"))
        self.rotate_box.setTitle(self.tr("Vault key"))
        self.rotate_note.setText(self.tr(
            "Give the vault a new secret key, for example after someone left who had a copy of the "
            "vault files. Everyone keeps their passphrase. This can take a moment for a large vault."))
        self.rotate_button.setText(self.tr("Rotate vault key…"))
        self.vault_box.setTitle(self.tr("Saved in the vault (for everyone)"))
        self.auto_lock_label.setText(self.tr("Lock after idle:"))
        self.auto_lock.setSuffix(self.tr(" min"))
        self.clipboard_label.setText(self.tr("Clear copied values after:"))
        self.clipboard_seconds.setSuffix(self.tr(" s"))
        self.region_label.setText(self.tr("Default phone region:"))
        self.region.setToolTip(self.tr("Phone numbers typed without a country code are read as numbers "
                                       "of this region."))
        self._fill_regions()
        self.save_button.setText(self.tr("Save settings"))
        self.revert_button.setText(self.tr("Undo changes"))
        self.language_box.setTitle(self.tr("This computer"))
        self.language_label.setText(self.tr("Language:"))
        for index, (_code, name) in enumerate(LANGUAGE_CHOICES):
            self.language.setItemText(index, self.tr("System language") if name == "system" else name)
        self.language_note.setText(self.tr("The language is switched at once and also used on the login screen."))
        if self.user_list:
            self._fill_table()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # --- life cycle ---------------------------------------------------------------------------------
    def activate(self, session: Session) -> None:
        self.session = session
        self.language.setCurrentIndex(max(0, self.language.findData(current_language_choice(self.ctx))))
        self.reload()

    def deactivate(self) -> None:
        self.session = None
        self.user_list = []
        self.table.setRowCount(0)
        self.values = {}
        self._dirty = False
        self._remembered = False
        self._update_save_buttons()

    def has_unsaved_changes(self) -> bool:
        return self._dirty

    def discard_changes(self) -> None:
        self._revert()

    def reload(self) -> None:
        session = self.session
        if session is None:
            return
        self._run(users.list_users, session, on_done=self._users_loaded)
        self._run(settings_service.get_all, session, on_done=self._settings_loaded)
        self.ctx.runner.run_cpu(self._keyring_state, self.ctx.access, session.user.name,
                                on_done=self._keyring_loaded, owner=self)

    @staticmethod
    def _keyring_state(access: Any, name: str) -> tuple[bool, bool]:
        offered = bool(access.keyring_offered())
        return offered, bool(offered and access.has_remembered(name))

    def _run(self, fn: Callable[..., Any], *args: Any, on_done: Callable[[Any], None] | None = None,
             success: str = "") -> None:
        self.jobs += 1
        self.busy.show()

        def done(value: Any) -> None:
            self._job_finished()
            if success:
                self.notify(success, Level.SUCCESS)
            if on_done is not None:
                on_done(value)

        def failed(error: BaseException) -> None:
            self._job_finished()
            self.show_error(error)

        self.ctx.runner.run(fn, *args, on_done=done, on_error=failed, owner=self)

    def _job_finished(self) -> None:
        self.jobs = max(0, self.jobs - 1)
        self.busy.setVisible(self.jobs > 0)

    # --- users ----------------------------------------------------------------------------------
    def _users_loaded(self, found: list[User]) -> None:
        self.user_list = [u for u in found if u.removed_at is None]
        self._fill_table()

    def _fill_table(self) -> None:
        selected = self.selected_user()
        self.table.setRowCount(len(self.user_list))
        yes, no = self.tr("Yes"), self.tr("No")
        me = self.session.user.id if self.session is not None else None
        for row, user in enumerate(self.user_list):
            name = user.name if user.id != me else self.tr("{name} (you)").format(name=user.name)
            cells = [name, role_label(user.role), yes if user.role is Role.OWNER or user.can_reveal else no,
                     yes if user.role is Role.OWNER or user.can_export else no]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, user.id)
                self.table.setItem(row, column, item)
        if selected is not None:
            for row, user in enumerate(self.user_list):
                if user.id == selected.id:
                    self.table.selectRow(row)
        self._update_user_buttons()

    def selected_user(self) -> User | None:
        rows = {index.row() for index in self.table.selectionModel().selectedRows()}
        if not rows:
            return None
        row = min(rows)
        return self.user_list[row] if 0 <= row < len(self.user_list) else None

    def select_user(self, name: str) -> None:
        for row, user in enumerate(self.user_list):
            if user.name == name:
                self.table.selectRow(row)
                return

    def _update_user_buttons(self) -> None:
        user = self.selected_user()
        me = self.session.user.id if self.session is not None else None
        other = user is not None and user.id != me
        self.role_button.setEnabled(user is not None)
        self.reset_button.setEnabled(other)
        self.remove_button.setEnabled(other)
        self.reset_button.setToolTip("" if other or user is None else
                                     self.tr("To change your own passphrase, use “Your account and keys”."))

    def _after_dialog(self, dialog: ServiceDialog, success: str) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._dialog_succeeded(success))
        dialog.open()

    def _dialog_succeeded(self, success: str) -> None:
        if self.session is None:
            return
        self.notify(success, Level.SUCCESS)
        self.reload()

    def add_user(self) -> AddUserDialog | None:
        if self.session is None:
            return None
        dialog = AddUserDialog(self)
        self._after_dialog(dialog, self.tr("The user was added."))
        return dialog

    def change_role(self) -> RoleDialog | None:
        user = self.selected_user()
        if self.session is None or user is None:
            return None
        dialog = RoleDialog(self, user)
        self._after_dialog(dialog, self.tr("Role and permissions saved."))
        return dialog

    def reset_passphrase(self) -> ResetPassphraseDialog | None:
        user = self.selected_user()
        if self.session is None or user is None or user.id == self.session.user.id:
            return None
        dialog = ResetPassphraseDialog(self, user)
        self._after_dialog(dialog, self.tr("The new passphrase is set."))
        return dialog

    def remove_user(self) -> None:
        user = self.selected_user()
        session = self.session
        if session is None or user is None or user.id == session.user.id:
            return
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Remove user"),
                          self.tr("Remove {name}? They will no longer be able to unlock the vault. What they "
                                  "did stays in the access log.").format(name=user.name),
                          QMessageBox.StandardButton.Cancel, self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        remove = box.addButton(self.tr("Remove"), QMessageBox.ButtonRole.DestructiveRole)
        rotate = QCheckBox(self.tr("Also rotate the vault key (recommended if they may have a copy of the "
                                   "vault files)"), box)
        box.setCheckBox(rotate)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        self.last_box = box
        box.exec()
        if box.clickedButton() is not remove or self.session is None:
            return
        self._remove(session, user.name, rotate.isChecked())

    def _remove(self, session: Session, name: str, rotate: bool) -> None:
        def work() -> None:
            users.remove_user(session, name, rotate=rotate, keyring=self.ctx.access.keyring)

        message = (self.tr("{name} was removed and the vault key was rotated.") if rotate
                   else self.tr("{name} was removed.")).format(name=name)
        self._run(work, on_done=lambda _r: self.reload(), success=message)

    # --- my account and keys ------------------------------------------------------------------------
    def change_own_passphrase(self) -> ChangePassphraseDialog | None:
        if self.session is None:
            return None
        dialog = ChangePassphraseDialog(self, self.session.user)
        self._after_dialog(dialog, self.tr("Your passphrase was changed."))
        return dialog

    def _keyring_loaded(self, state: tuple[bool, bool]) -> None:
        offered, remembered = state
        self._keyring_offered = offered
        self._remembered = remembered
        self.remember.blockSignals(True)
        self.remember.setChecked(remembered)
        self.remember.blockSignals(False)
        self.remember.setVisible(offered)
        self._update_remember_note()

    def _update_remember_note(self) -> None:
        if not getattr(self, "_keyring_offered", True):
            self.remember_note.setText(self.tr(
                "“Remember me on this computer” is not available: this computer has no secure password "
                "store that ClientVault can use."))
        else:
            self.remember_note.setText(self.tr(
                "When on, you unlock with one click on this computer: the key is kept in the system's "
                "secure password store. Anyone who can sign in to this computer account can then open "
                "the vault as you."))

    def _remember_toggled(self, on: bool) -> None:
        session = self.session
        keyring = self.ctx.access.keyring
        if session is None:
            return
        if on and keyring is not None:
            self._run(users.remember_me, session, keyring, on_done=lambda _r: self.reload(),
                      success=self.tr("ClientVault will remember you on this computer."))
        else:
            self._run(users.forget_me, session, keyring, on_done=lambda _r: self.reload(),
                      success=self.tr("ClientVault no longer remembers you on this computer."))

    def new_recovery_key(self) -> None:
        session = self.session
        if session is None:
            return
        answer = QMessageBox.question(
            self, self.tr("New recovery key"),
            self.tr("Make a new recovery key? The current one stops working at once, so replace every "
                    "printed copy."),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Cancel)
        if answer != QMessageBox.StandardButton.Yes or self.session is None:
            return
        vault_id = session.vault.vault_id
        self._run(users.new_recovery_key, session, on_done=lambda key: self._show_recovery_key(key, vault_id))

    def _show_recovery_key(self, key: str, vault_id: str) -> None:
        if self.session is None:
            return
        dialog = RecoveryKeyDialog(self.ctx, key, vault_id, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.recovery_dialog = dialog
        dialog.open()

    def rotate_key(self) -> None:
        session = self.session
        if session is None:
            return
        answer = QMessageBox.question(
            self, self.tr("Rotate vault key"),
            self.tr("Give the vault a new key now? Everyone keeps their passphrase, and the recovery key "
                    "keeps working. Copies of the old vault files will no longer open with the new key."),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Cancel)
        if answer != QMessageBox.StandardButton.Yes or self.session is None:
            return
        self._run(users.rotate_key, session, success=self.tr("The vault key was rotated."))

    # --- preferences ----------------------------------------------------------------------------------
    def _settings_loaded(self, values: dict[str, Any]) -> None:
        self.values = dict(values)
        self._show_values()

    def _show_values(self) -> None:
        self._loading = True
        try:
            self.auto_lock.setValue(int(self.values.get("auto_lock_minutes", 5)))
            self.clipboard_seconds.setValue(int(self.values.get("clipboard_seconds", 10)))
            region = str(self.values.get("default_region", "CN"))
            self.region.setCurrentIndex(max(0, self.region.findData(region)))
        finally:
            self._loading = False
        self._dirty = False
        self._update_save_buttons()

    def edited_values(self) -> dict[str, Any]:
        return {
            "auto_lock_minutes": self.auto_lock.value(),
            "clipboard_seconds": self.clipboard_seconds.value(),
            "default_region": str(self.region.currentData() or "CN"),
        }

    def _edited(self) -> None:
        if self._loading:
            return
        self._dirty = any(self.values.get(k) != v for k, v in self.edited_values().items())
        self._update_save_buttons()

    def _update_save_buttons(self) -> None:
        self.save_button.setEnabled(self._dirty)
        self.revert_button.setEnabled(self._dirty)

    def _revert(self) -> None:
        self._show_values()

    def save_settings(self) -> None:
        session = self.session
        if session is None or not self._dirty:
            return
        changed = {k: v for k, v in self.edited_values().items() if self.values.get(k) != v}

        def work() -> dict[str, Any]:
            for key, value in changed.items():
                settings_service.set_value(session, key, value)
            return settings_service.get_all(session)

        self._run(work, on_done=self._saved, success=self.tr("Settings saved."))

    def _saved(self, values: dict[str, Any]) -> None:
        self.values = dict(values)
        self._show_values()
        self.ctx.clipboard.seconds = int(values.get("clipboard_seconds", self.ctx.clipboard.seconds))
        apply = getattr(self.window(), "apply_vault_settings", None)
        if callable(apply):
            apply(values)

    def _language_chosen(self, index: int) -> None:
        apply_language(self.ctx, str(self.language.itemData(index)))
