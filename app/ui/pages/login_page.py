"""The login page, which is also the lock screen: pick a user, type the passphrase, unlock.

* The KDF runs on the task runner (vault thread) with a busy indicator and disabled inputs; the
  window stays responsive.
* A wrong user name or passphrase gets one uniform message (SECURITY requirement 8). After
  `BACKOFF_AFTER` failures in a row the Unlock button waits 1, 2, 4 … (at most 60) seconds, with a
  visible countdown.
* "Remember me on this computer" (the OS keyring) is offered only when `access.keyring_offered()`
  (run off the GUI thread: it may talk to D-Bus); otherwise a short explanation replaces it. A
  remembered user gets a one-click unlock; a keyring entry that has gone away falls back to the
  passphrase with a note.
* "Forgot passphrase?" opens the recovery-key dialog: recovery key + new owner passphrase.
* Passphrase fields are cleared as soon as their text has been handed to the service.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.i18n.messages import error_message
from app.models.errors import ClientVaultError, NotFound, WrongCredentials
from app.models.records import Role
from app.services import users
from app.services.access import VaultAccess
from app.services.session import Session
from app.ui.app_context import AppContext
from app.ui.fonts import monospace_font
from app.ui.icons import icon
from app.ui.widgets.message_banner import Level
from app.ui.widgets.strength_meter import StrengthMeter

LAST_USER_KEY = "login/last_user"
BACKOFF_AFTER = 3
MAX_BACKOFF_SECONDS = 60


def backoff_seconds(failures: int) -> int:
    """Seconds to wait after `failures` wrong attempts in a row: 0, 0, 1, 2, 4, … 60."""
    if failures < BACKOFF_AFTER:
        return 0
    return min(2 ** (failures - BACKOFF_AFTER), MAX_BACKOFF_SECONDS)


def _error_label(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setStyleSheet("color:#a50e0e;")
    label.hide()
    return label


def _busy_bar(parent: QWidget) -> QProgressBar:
    bar = QProgressBar(parent)
    bar.setRange(0, 0)  # busy mode
    bar.setTextVisible(False)
    bar.setFixedHeight(6)
    bar.hide()
    return bar


def recover_with_key(access: VaultAccess, key_text: str, new_passphrase: str) -> Session:
    """Runs on the vault thread: unlock with the recovery key and give the owner a new passphrase.
    On any failure the session is locked again (nothing stays open)."""
    session = access.unlock_with_recovery_key(key_text)
    try:
        users.recover_owner(session, new_passphrase, access.keyring)
    except BaseException:
        session.lock()
        raise
    return session


class RecoveryDialog(QDialog):
    """Recovery key + new owner passphrase (twice, with the strength meter)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recoveryDialog")
        self.ctx = ctx
        self.session: Session | None = None
        self._busy = False
        self._closed_by_lock = False
        layout = QVBoxLayout(self)
        self._intro = QLabel(self)
        self._intro.setWordWrap(True)
        self._intro.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self._intro)
        form = QFormLayout()
        self.key_edit = QLineEdit(self)
        self.key_edit.setFont(monospace_font())
        self.key_edit.setPlaceholderText("XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXX")
        self.new_edit = QLineEdit(self)
        self.new_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.confirm_edit = QLineEdit(self)
        self.confirm_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.meter = StrengthMeter(ctx.runner, Role.OWNER, self)
        self._key_label = QLabel(self)
        self._new_label = QLabel(self)
        self._confirm_label = QLabel(self)
        form.addRow(self._key_label, self.key_edit)
        form.addRow(self._new_label, self.new_edit)
        form.addRow("", self.meter)
        form.addRow(self._confirm_label, self.confirm_edit)
        layout.addLayout(form)
        self.error = _error_label(self)
        layout.addWidget(self.error)
        self.busy = _busy_bar(self)
        layout.addWidget(self.busy)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        for edit in (self.key_edit, self.new_edit, self.confirm_edit):
            edit.textChanged.connect(self._update)
        self.new_edit.textChanged.connect(self.meter.set_passphrase)
        self.meter.evaluated.connect(lambda _score: self._update())
        self.setMinimumWidth(520)
        self.retranslate()
        self._update()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Unlock with the recovery key"))
        self._intro.setText(self.tr(
            "Type the recovery key from your emergency kit, then choose a new passphrase for the "
            "owner. Capital or small letters and the dashes do not matter."))
        self._key_label.setText(self.tr("Recovery key:"))
        self._new_label.setText(self.tr("New owner passphrase:"))
        self._confirm_label.setText(self.tr("Repeat the new passphrase:"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Unlock and set passphrase"))
        self._update()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _update(self) -> None:
        mismatch = bool(self.confirm_edit.text()) and self.confirm_edit.text() != self.new_edit.text()
        if mismatch:
            self._show_error(self.tr("The two passphrases are not the same."))
        elif self.error.property("kind") == "mismatch":
            self.error.hide()
        self.error.setProperty("kind", "mismatch" if mismatch else "")
        ready = (not self._busy and bool(self.key_edit.text().strip()) and self.meter.is_acceptable()
                 and self.new_edit.text() == self.confirm_edit.text())
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ready)

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.busy.setVisible(busy)
        for widget in (self.key_edit, self.new_edit, self.confirm_edit):
            widget.setEnabled(not busy)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setEnabled(not busy)
        self._update()

    def submit(self) -> None:
        if self._busy or not self.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled():
            return
        key, new = self.key_edit.text(), self.new_edit.text()
        self.new_edit.clear()
        self.confirm_edit.clear()
        self.error.hide()
        self._set_busy(True)
        # No `owner`: if the dialog were gone, an unlocked session must still be locked (in _done).
        self.ctx.runner.run(recover_with_key, self.ctx.access, key, new, on_done=self._done, on_error=self._failed)

    def _done(self, session: Session) -> None:
        self._set_busy(False)
        self.key_edit.clear()
        if self._closed_by_lock:
            self.ctx.runner.run(session.lock)  # closed meanwhile: what was opened is locked again
            self.deleteLater()
            return
        self.session = session
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self._set_busy(False)
        if self._closed_by_lock:
            self.deleteLater()
            return
        if isinstance(error, WrongCredentials):
            self._show_error(self.tr(
                "This recovery key does not open this vault. Check that it is the key of this vault "
                "(the vault ID is printed on the emergency kit) and that every group is typed correctly."))
        elif isinstance(error, ClientVaultError):
            self._show_error(error_message(error))
        else:
            self._show_error(error_message(ClientVaultError()))
            handler = getattr(self.parent().window() if self.parent() else None, "show_error", None)
            if callable(handler):
                handler(error)

    def reject(self) -> None:
        if self._busy:
            return  # the unlock is running; it finishes in a moment
        self.new_edit.clear()
        self.confirm_edit.clear()
        self.key_edit.clear()
        super().reject()

    def force_close(self) -> None:
        """Closed by locking: let the running job lock what it opens."""
        self._closed_by_lock = True
        self.new_edit.clear()
        self.confirm_edit.clear()
        QDialog.reject(self)

    @property
    def is_busy(self) -> bool:
        return self._busy


class LoginPage(QWidget):
    """Emits `unlocked(session)`; `message(text, level)` for notes to show after unlock."""

    unlocked = Signal(object)
    message = Signal(str, object)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("loginPage")
        self.ctx = ctx
        self.failures = 0
        self.backoff_unit_ms = 1000  # one "second" of back-off (tests shorten it)
        self._backoff_left = 0
        self._busy = False
        self._keyring_offered: bool | None = None
        self._remembered: dict[str, bool] = {}
        self._keyring_gone: set[str] = set()  # the OS keyring lost their entry (this run)
        self._locked_note = ""

        outer = QVBoxLayout(self)
        outer.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        card = QFrame(self)
        card.setObjectName("loginCard")
        card.setFrameShape(QFrame.Shape.StyledPanel)
        card.setMinimumWidth(420)
        card.setMaximumWidth(520)
        card.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        row.addWidget(card)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)

        layout = QVBoxLayout(card)
        layout.setContentsMargins(28, 24, 28, 24)
        layout.setSpacing(10)
        self.title = QLabel(card)
        title_font = QFont(self.font())
        title_font.setPointSizeF(title_font.pointSizeF() * 1.6)
        title_font.setBold(True)
        self.title.setFont(title_font)
        self.title.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.title)
        self.subtitle = QLabel(card)
        self.subtitle.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.subtitle.setWordWrap(True)
        self.subtitle.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.subtitle)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.user_combo = QComboBox(card)
        self.user_combo.currentTextChanged.connect(self._user_changed)
        self.passphrase = QLineEdit(card)
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.returnPressed.connect(self.submit)
        self.passphrase.textChanged.connect(self._update_buttons)
        self._user_label = QLabel(card)
        self._pass_label = QLabel(card)
        self._user_label.setBuddy(self.user_combo)
        self._pass_label.setBuddy(self.passphrase)
        form.addRow(self._user_label, self.user_combo)
        form.addRow(self._pass_label, self.passphrase)
        layout.addLayout(form)

        self.remember = QCheckBox(card)
        self.remember.hide()
        layout.addWidget(self.remember)
        self.remember_note = QLabel(card)
        self.remember_note.setWordWrap(True)
        self.remember_note.setTextFormat(Qt.TextFormat.PlainText)
        self.remember_note.setStyleSheet("color:#555;")
        self.remember_note.hide()
        layout.addWidget(self.remember_note)

        self.error = _error_label(card)
        layout.addWidget(self.error)
        self.note = QLabel(card)
        self.note.setWordWrap(True)
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        self.note.setStyleSheet("color:#0b3d91;")
        self.note.hide()
        layout.addWidget(self.note)
        self.countdown = QLabel(card)
        self.countdown.setWordWrap(True)
        self.countdown.setTextFormat(Qt.TextFormat.PlainText)
        self.countdown.hide()
        layout.addWidget(self.countdown)
        self.busy = _busy_bar(card)
        layout.addWidget(self.busy)

        buttons = QHBoxLayout()
        self.keyring_button = QPushButton(icon("key"), "", card)
        self.keyring_button.hide()
        self.keyring_button.clicked.connect(self.unlock_with_keyring)
        buttons.addWidget(self.keyring_button)
        buttons.addStretch(1)
        self.unlock_button = QPushButton(icon("unlock"), "", card)
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self.submit)
        buttons.addWidget(self.unlock_button)
        layout.addLayout(buttons)

        self.forgot_button = QPushButton(card)
        self.forgot_button.setFlat(True)
        self.forgot_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.forgot_button.setStyleSheet("QPushButton{color:#1a73e8;text-decoration:underline;border:none;}")
        self.forgot_button.clicked.connect(self.open_recovery)
        layout.addWidget(self.forgot_button, 0, Qt.AlignmentFlag.AlignLeft)

        self._tick = QTimer(self)
        self._tick.timeout.connect(self._countdown_tick)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.passphrase.clear)
        self.recovery_dialog: RecoveryDialog | None = None
        self.retranslate()

    # --- texts ----------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.title.setText(self.tr("ClientVault"))
        self.subtitle.setText(self._locked_note or self.tr("Your customer vault is locked."))
        self._user_label.setText(self.tr("&User:"))
        self._pass_label.setText(self.tr("&Passphrase:"))
        self.passphrase.setPlaceholderText(self.tr("Your passphrase"))
        self.remember.setText(self.tr("Remember me on this computer"))
        self.remember.setToolTip(self.tr(
            "Unlock with one click next time. The key is kept in this computer's secure password "
            "store; anyone who can sign in to this computer account can then open the vault as you."))
        self.remember_note.setText(self.tr(
            "“Remember me on this computer” is not available: this computer has no secure password "
            "store that ClientVault can use. Enter your passphrase each time."))
        self.keyring_button.setText(self.tr("Unlock (remembered on this computer)"))
        self.unlock_button.setText(self.tr("&Unlock"))
        self.forgot_button.setText(self.tr("Forgot passphrase? Use the recovery key"))
        if self._backoff_left:
            self._show_countdown()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # --- life cycle -----------------------------------------------------------------------------
    def reset(self, note: str = "") -> None:
        """Show the page afresh (at start and after locking): reload users and keyring state."""
        self._locked_note = note
        self.retranslate()
        self.passphrase.clear()
        self.error.hide()
        self.note.hide()
        self.remember.setChecked(False)
        self.refresh_users()
        self.ctx.runner.run_cpu(self.ctx.access.keyring_offered, on_done=self._keyring_checked,
                                on_error=lambda _e: self._keyring_checked(False), owner=self)

    def refresh_users(self) -> None:
        self.ctx.runner.run(self.ctx.access.user_names, on_done=self._users_loaded, on_error=self._load_failed,
                            owner=self)

    def _users_loaded(self, names: list[str]) -> None:
        last = str(self.ctx.settings.value(LAST_USER_KEY, "") or "")
        current = self.user_combo.currentText()
        self.user_combo.blockSignals(True)
        self.user_combo.clear()
        self.user_combo.addItems(names)
        wanted = current if current in names else last if last in names else (names[0] if names else "")
        if wanted:
            self.user_combo.setCurrentText(wanted)
        self.user_combo.blockSignals(False)
        self._user_changed(self.user_combo.currentText())
        self.passphrase.setFocus(Qt.FocusReason.OtherFocusReason)
        self._update_buttons()

    def _load_failed(self, error: BaseException) -> None:
        self._show_error(error)

    def _keyring_checked(self, offered: bool) -> None:
        self._keyring_offered = bool(offered)
        self.remember.setVisible(self._keyring_offered)
        self.remember_note.setVisible(not self._keyring_offered)
        self._user_changed(self.user_combo.currentText())

    def _user_changed(self, name: str) -> None:
        self.keyring_button.hide()
        self.error.hide()
        if not name or not self._keyring_offered:
            return
        self.ctx.runner.run_cpu(self.ctx.access.has_remembered, name,
                                on_done=lambda found: self._remembered_checked(name, bool(found)),
                                on_error=lambda _e: None, owner=self)

    def _remembered_checked(self, name: str, found: bool) -> None:
        found = found and name not in self._keyring_gone
        self._remembered[name] = found
        if name == self.user_combo.currentText():
            self.keyring_button.setVisible(found)
            self.remember.setVisible(bool(self._keyring_offered) and not found)
            self._update_buttons()
            if found:
                self.keyring_button.setFocus(Qt.FocusReason.OtherFocusReason)

    @property
    def keyring_offered(self) -> bool | None:
        return self._keyring_offered

    # --- unlocking ------------------------------------------------------------------------------
    def submit(self) -> None:
        if self._busy or self._backoff_left:
            return
        name = self.user_combo.currentText()
        if not name:
            return
        passphrase = self.passphrase.text()
        if not passphrase:
            self.error.setText(self.tr("Enter your passphrase."))
            self.error.show()
            self.passphrase.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self.passphrase.clear()
        remember = self.remember.isVisible() and self.remember.isChecked()
        self._set_busy(True)
        self.ctx.runner.run(self.ctx.access.unlock, name, passphrase,
                            on_done=lambda session: self._unlocked(session, name, remember),
                            on_error=self._failed)
        del passphrase

    def unlock_with_keyring(self) -> None:
        if self._busy or self._backoff_left:
            return
        name = self.user_combo.currentText()
        if not name:
            return
        self._set_busy(True)
        self.ctx.runner.run(self.ctx.access.unlock_with_keyring, name,
                            on_done=lambda session: self._unlocked(session, name, False),
                            on_error=self._keyring_failed)

    def _unlocked(self, session: Session, name: str, remember: bool) -> None:
        self._set_busy(False)
        self.failures = 0
        self.ctx.settings.setValue(LAST_USER_KEY, name)
        if remember and self.ctx.access.keyring is not None:
            self._keyring_gone.discard(name)
            self.ctx.runner.run(users.remember_me, session, self.ctx.access.keyring,
                                on_done=lambda _r: self.message.emit(
                                    self.tr("ClientVault will remember you on this computer."), Level.SUCCESS),
                                on_error=lambda e: self.message.emit(
                                    error_message(e) if isinstance(e, ClientVaultError)
                                    else error_message(ClientVaultError()), Level.WARNING))
        self.unlocked.emit(session)

    def _failed(self, error: BaseException) -> None:
        self._set_busy(False)
        if isinstance(error, WrongCredentials):
            self.failures += 1
            self.error.setText(error_message(error))
            self.error.show()
            seconds = backoff_seconds(self.failures)
            if seconds:
                self._start_backoff(seconds)
            self.passphrase.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self._show_error(error)

    def _keyring_failed(self, error: BaseException) -> None:
        self._set_busy(False)
        if isinstance(error, ClientVaultError):
            # NotFound: the entry was removed from the keyring; KeyringUnavailable: store locked.
            self.keyring_button.setVisible(not isinstance(error, NotFound))
            if isinstance(error, NotFound):
                self._remembered[self.user_combo.currentText()] = False
                self._keyring_gone.add(self.user_combo.currentText())
                self.remember.setVisible(bool(self._keyring_offered))
            self.note.setText(error_message(error))
            self.note.show()
            self.passphrase.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self._show_error(error)

    def _show_error(self, error: BaseException) -> None:
        if isinstance(error, ClientVaultError):
            self.error.setText(error_message(error))
            self.error.show()
            return
        self.error.setText(error_message(ClientVaultError()))
        self.error.show()
        handler = getattr(self.window(), "show_error", None)
        if callable(handler):
            handler(error)

    # --- back-off -------------------------------------------------------------------------------
    def _start_backoff(self, seconds: int) -> None:
        self._backoff_left = seconds
        self._show_countdown()
        self._tick.start(self.backoff_unit_ms)
        self._update_buttons()

    def _countdown_tick(self) -> None:
        self._backoff_left = max(0, self._backoff_left - 1)
        if self._backoff_left:
            self._show_countdown()
            return
        self._tick.stop()
        self.countdown.hide()
        self._update_buttons()

    def _show_countdown(self) -> None:
        self.countdown.setText(self.tr("Too many wrong attempts. You can try again in {seconds} s.").format(
            seconds=self._backoff_left))
        self.countdown.show()

    @property
    def backoff_left(self) -> int:
        return self._backoff_left

    # --- state ----------------------------------------------------------------------------------
    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.busy.setVisible(busy)
        for widget in (self.user_combo, self.passphrase, self.remember, self.forgot_button):
            widget.setEnabled(not busy)
        self._update_buttons()

    def _update_buttons(self) -> None:
        ready = not self._busy and not self._backoff_left and bool(self.user_combo.currentText())
        self.unlock_button.setEnabled(ready)
        self.keyring_button.setEnabled(ready)

    @property
    def is_busy(self) -> bool:
        return self._busy

    # --- recovery -------------------------------------------------------------------------------
    def open_recovery(self) -> None:
        dialog = RecoveryDialog(self.ctx, self)
        self.recovery_dialog = dialog
        dialog.accepted.connect(lambda: self._recovered(dialog))
        dialog.finished.connect(lambda _code: None if dialog.is_busy else dialog.deleteLater())
        dialog.open()

    def _recovered(self, dialog: RecoveryDialog) -> None:
        session = dialog.session
        dialog.session = None
        self.recovery_dialog = None
        if session is None:
            return
        self.failures = 0
        self.message.emit(self.tr(
            "The owner's new passphrase is set. If the recovery key may have been seen by someone "
            "else, create a new one in Users and settings."), Level.SUCCESS)
        self.unlocked.emit(session)
