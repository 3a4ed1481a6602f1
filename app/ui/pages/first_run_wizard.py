"""First run: create the vault and the owner, show the recovery key once, confirm part of it, and
optionally start with sample data (PRODUCT.md §1).

On a new computer the welcome page also offers "Restore from a backup…": pick a .cvbak file →
keyless check (a damaged file is reported before any secret is asked) → the owner passphrase or
the recovery key (`BackupSecretDialog`) → `restore_backup` into the (new or empty) vault folder on
the task runner, with a busy indicator. On success the wizard emits `restored(result, summary)`
and the main window shows the login page; on failure the message is shown on the welcome page and
the wizard stays usable (the service leaves no partial vault behind).

Pages: welcome + language → owner name and passphrase (live strength meter; weak owner passphrases
are refused with the reason) → [create, on the task runner, busy indicator] → the recovery key,
shown once, with "Save emergency kit (PDF)…" → type two groups of the key → sample data (optional,
with progress and cancel) → Finish: the main window opens the workspace with the new session.

The wizard is embedded in the main window (not a separate dialog); `completed(session)` is emitted
when it is finished. The creation step is a commit page: there is no going back past it.
"""

from __future__ import annotations

import random
from pathlib import Path

from PySide6.QtCore import QDateTime, QEvent, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from app.i18n.messages import error_message
from app.models.errors import ClientVaultError
from app.models.records import Role
from app.services import backup, demo
from app.services.backup import BackupFileInfo, RestoreResult
from app.services.session import Session
from app.ui.app_context import AppContext
from app.ui.emergency_kit import save_emergency_kit
from app.ui.fonts import monospace_font
from app.ui.pages.settings_page import LANGUAGE_CHOICES, apply_language, current_language_choice
from app.ui.task_runner import CancelToken
from app.ui.widgets.backup_secret_dialog import BackupSecretDialog
from app.ui.widgets.recovery_key_label import recovery_key_label
from app.ui.widgets.strength_meter import StrengthMeter

SAMPLE_CUSTOMERS = 2000
_KEY_SEPARATORS = " -_.\t"


def key_groups(recovery_key: str) -> list[str]:
    return [group for group in recovery_key.split("-") if group]


def normalize_group(text: str) -> str:
    """As the recovery key is read: case-insensitive, I/L → 1, O → 0, separators ignored."""
    out = []
    for ch in text.upper():
        if ch in _KEY_SEPARATORS:
            continue
        out.append({"I": "1", "L": "1", "O": "0"}.get(ch, ch))
    return "".join(out)


def _number(value: int) -> str:
    """A count with the UI locale's digit grouping (2,000)."""
    return QLocale().toString(int(value))


def _local_time(stamp: str) -> str:
    """A stored ISO-8601 UTC time as local "yyyy-MM-dd HH:mm" (the raw text when unparsable)."""
    moment = QDateTime.fromString(stamp, Qt.DateFormat.ISODate)
    return moment.toLocalTime().toString("yyyy-MM-dd HH:mm") if moment.isValid() else stamp


def _label(parent: QWidget, *, wrap: bool = True) -> QLabel:
    label = QLabel(parent)
    label.setWordWrap(wrap)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def _error_label(parent: QWidget) -> QLabel:
    label = _label(parent)
    label.setStyleSheet("color:#a50e0e;")
    label.hide()
    return label


class _Page(QWizardPage):
    def __init__(self, wizard: FirstRunWizard) -> None:
        super().__init__()
        self.ctx = wizard.ctx
        self.owner_wizard = wizard

    def retranslate(self) -> None:
        raise NotImplementedError

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class WelcomePage(_Page):
    def __init__(self, wizard: FirstRunWizard) -> None:
        super().__init__(wizard)
        layout = QVBoxLayout(self)
        self.intro = _label(self)
        layout.addWidget(self.intro)
        row = QHBoxLayout()
        self.language_label = QLabel(self)
        self.language = QComboBox(self)
        for code, _name in LANGUAGE_CHOICES:
            self.language.addItem("", code)
        self.language.setCurrentIndex(max(0, self.language.findData(current_language_choice(self.ctx))))
        self.language.activated.connect(self._language_chosen)
        self.language_label.setBuddy(self.language)
        row.addWidget(self.language_label)
        row.addWidget(self.language, 1)
        layout.addLayout(row)
        self.steps = _label(self)
        layout.addWidget(self.steps)
        layout.addStretch(1)
        self.restore_intro = _label(self)
        layout.addWidget(self.restore_intro)
        restore_row = QHBoxLayout()
        self.restore_button = QPushButton(self)
        self.restore_button.setObjectName("restoreFromBackup")
        self.restore_button.clicked.connect(self.choose_backup)
        restore_row.addWidget(self.restore_button)
        restore_row.addStretch(1)
        layout.addLayout(restore_row)
        self.busy_label = _label(self)
        self.busy_label.hide()
        layout.addWidget(self.busy_label)
        self.busy = QProgressBar(self)
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.hide()
        layout.addWidget(self.busy)
        self.error = _error_label(self)
        layout.addWidget(self.error)
        self.secret_dialog: BackupSecretDialog | None = None  # open while the secret is asked for
        self._restoring = False
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Welcome to ClientVault"))
        self.setSubTitle(self.tr("Your customer records, encrypted on this computer."))
        self.intro.setText(self.tr(
            "ClientVault keeps your customers in an encrypted vault on this computer. Nothing is "
            "sent to any cloud. Let's set up your vault: it takes about a minute."))
        self.language_label.setText(self.tr("&Language:"))
        for index, (_code, name) in enumerate(LANGUAGE_CHOICES):
            # each language in its own name (简体中文, English); "system" in the UI language
            self.language.setItemText(index, self.tr("System language") if name == "system" else name)
        self.steps.setText(self.tr(
            "You will:\n"
            "1. choose your name and a passphrase — you are the owner of the vault;\n"
            "2. write down or print your recovery key, for the day the passphrase is forgotten;\n"
            "3. choose whether to start with sample customers to try things out."))
        self.restore_intro.setText(self.tr(
            "Moving to a new computer, or replacing a broken one? Restore your vault from a backup "
            "file (.cvbak) instead of creating a new vault."))
        self.restore_button.setText(self.tr("Restore from a backup…"))
        self.busy_label.setText(self.tr("Restoring your vault from the backup…"))

    def _language_chosen(self, index: int) -> None:
        apply_language(self.ctx, str(self.language.itemData(index)))

    # --- restore from a backup ---------------------------------------------------------------------
    @property
    def restoring(self) -> bool:
        return self._restoring

    def isComplete(self) -> bool:  # noqa: N802 - Qt override
        return not self._restoring

    def validatePage(self) -> bool:  # noqa: N802 - Qt override
        return not self._restoring

    def choose_backup(self) -> None:
        if self._restoring:
            return
        path, _selected = QFileDialog.getOpenFileName(self, self.tr("Choose a backup to restore"),
                                                      str(Path.home()), self.tr("ClientVault backups (*.cvbak)"))
        if path:
            self.check_then_ask(path)

    def check_then_ask(self, path: str) -> None:
        """The keyless check first: a damaged file is reported before any secret is asked."""
        if self._restoring:
            return
        self.error.hide()
        self._set_busy(True)
        self.busy_label.setText(self.tr("Checking the backup file…"))
        self.ctx.runner.run_cpu(backup.check_backup_file, Path(path),
                                on_done=lambda info: self._checked(path, info),
                                on_error=self._failed, owner=self)

    def _checked(self, path: str, info: BackupFileInfo) -> None:
        self._set_busy(False)
        made = _local_time(info.created_at or "")
        dialog = BackupSecretDialog(
            self, title=self.tr("Restore from backup"),
            intro=self.tr("Restore the backup made {date}:\n{path}\ninto {folder}").format(
                date=made, path=path, folder=str(self.ctx.access.folder)),
            owner_names=info.owner_names)
        dialog.accepted.connect(lambda: self.restore_file(path, **dialog.secret_kwargs()))
        dialog.finished.connect(dialog.deleteLater)
        dialog.finished.connect(lambda _code: self._secret_dialog_closed(dialog))
        self.secret_dialog = dialog
        dialog.open()

    def _secret_dialog_closed(self, dialog: BackupSecretDialog) -> None:
        if self.secret_dialog is dialog:
            self.secret_dialog = None

    def restore_file(self, path: str, *, passphrase: str | None = None, recovery_key: str | None = None,
                     user_name: str | None = None, thorough: bool = False) -> bool:
        """Restore `path` into the vault folder (vault thread); exactly one secret. `user_name`: the
        owner whose passphrase this is (None: every owner slot of the backup is tried)."""
        if self._restoring or (passphrase is None) == (recovery_key is None):
            return False
        secret: dict[str, object] = {"passphrase": passphrase} if passphrase is not None else {
            "recovery_key": recovery_key}
        if passphrase is not None and user_name:
            secret["user_name"] = user_name
        if thorough:
            secret["thorough"] = True
        self.error.hide()
        self._set_busy(True)
        self.busy_label.setText(self.tr("Restoring your vault from the backup…"))
        self.ctx.runner.run(backup.restore_into_new_folder, Path(path), self.ctx.access.folder, **secret,
                            on_done=self._restored, on_error=self._failed, owner=self)
        del secret, passphrase, recovery_key
        return True

    def _restored(self, result: RestoreResult) -> None:
        self._set_busy(False)
        self.owner_wizard.restored.emit(result, self.restore_summary(result))

    def restore_summary(self, result: RestoreResult) -> str:
        lines = [self.tr("Restored the backup made {date} (customers: {customers}). Unlock the vault to "
                         "continue.").format(date=_local_time(result.created_at),
                                             customers=_number(result.customers))]
        if result.users_without_passphrase:
            lines.append(self.tr("These users need a new passphrase from an owner before they can log in again: "
                                 "{users}").format(users=", ".join(result.users_without_passphrase)))
        if not result.audit_ok:
            lines.append(self.tr("The access log inside this backup does NOT verify: it was changed outside "
                                 "ClientVault before the backup was made."))
        return "\n".join(lines)

    def _failed(self, error: BaseException) -> None:
        self._set_busy(False)
        if isinstance(error, ClientVaultError):
            self.error.setText(error_message(error))
            self.error.show()
            return
        self.error.setText(error_message(ClientVaultError()))
        self.error.show()
        self.owner_wizard.unexpected_error.emit(error)

    def error_text(self) -> str:
        return self.error.text() if not self.error.isHidden() else ""

    def _set_busy(self, busy: bool) -> None:
        self._restoring = busy
        self.restore_button.setEnabled(not busy)
        self.language.setEnabled(not busy)
        self.busy.setVisible(busy)
        self.busy_label.setVisible(busy)
        self.completeChanged.emit()


class OwnerPage(_Page):
    """Owner name + passphrase twice; creating the vault is this page's commit."""

    def __init__(self, wizard: FirstRunWizard) -> None:
        super().__init__(wizard)
        self.setCommitPage(True)
        self._busy = False
        layout = QVBoxLayout(self)
        self.intro = _label(self)
        layout.addWidget(self.intro)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.name_edit = QLineEdit(self)
        self.name_edit.setMaxLength(64)
        self.passphrase = QLineEdit(self)
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.confirm = QLineEdit(self)
        self.confirm.setEchoMode(QLineEdit.EchoMode.Password)
        self.meter = StrengthMeter(self.ctx.runner, Role.OWNER, self)
        self.name_label = QLabel(self)
        self.pass_label = QLabel(self)
        self.confirm_label = QLabel(self)
        form.addRow(self.name_label, self.name_edit)
        form.addRow(self.pass_label, self.passphrase)
        form.addRow("", self.meter)
        form.addRow(self.confirm_label, self.confirm)
        layout.addLayout(form)
        self.mismatch = _error_label(self)
        layout.addWidget(self.mismatch)
        self.error = _error_label(self)
        layout.addWidget(self.error)
        self.busy_label = _label(self)
        self.busy_label.hide()
        layout.addWidget(self.busy_label)
        self.busy = QProgressBar(self)
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.hide()
        layout.addWidget(self.busy)
        layout.addStretch(1)
        self.name_edit.textChanged.connect(self._changed)
        self.passphrase.textChanged.connect(self._changed)
        self.confirm.textChanged.connect(self._changed)
        self.meter.evaluated.connect(lambda _score: self.completeChanged.emit())
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("You, the owner"))
        self.setSubTitle(self.tr("The owner can do everything, including adding staff accounts."))
        self.intro.setText(self.tr(
            "Choose a passphrase only you know. It is never stored: if it is forgotten, only the "
            "recovery key (next step) can open the vault."))
        self.name_label.setText(self.tr("Your &name:"))
        self.name_label.setBuddy(self.name_edit)
        self.name_edit.setPlaceholderText(self.tr("for example 王老板"))
        self.pass_label.setText(self.tr("&Passphrase:"))
        self.pass_label.setBuddy(self.passphrase)
        self.confirm_label.setText(self.tr("&Repeat passphrase:"))
        self.confirm_label.setBuddy(self.confirm)
        self.mismatch.setText(self.tr("The two passphrases are not the same."))
        self.busy_label.setText(self.tr("Creating your vault and tuning its encryption to this computer…"))
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("Create vault"))

    def _changed(self) -> None:
        self.error.hide()
        self.meter.set_user_inputs((self.name_edit.text().strip(),))
        self.meter.set_passphrase(self.passphrase.text())
        self.mismatch.setVisible(bool(self.confirm.text()) and self.confirm.text() != self.passphrase.text())
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802 - Qt override
        return (not self._busy and bool(self.name_edit.text().strip()) and bool(self.passphrase.text())
                and self.passphrase.text() == self.confirm.text() and self.meter.is_acceptable())

    def validatePage(self) -> bool:  # noqa: N802 - Qt override
        if self.owner_wizard.session is not None:
            return True
        if self._busy or not self.isComplete():
            return False
        name, passphrase = self.name_edit.text().strip(), self.passphrase.text()
        self._set_busy(True)
        self.ctx.runner.run(self.ctx.access.create, name, passphrase, on_done=self._created,
                            on_error=self._failed, owner=self)
        del passphrase
        return False

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        for widget in (self.name_edit, self.passphrase, self.confirm):
            widget.setEnabled(not busy)
        self.busy.setVisible(busy)
        self.busy_label.setVisible(busy)
        self.completeChanged.emit()

    def _created(self, result: tuple[Session, str]) -> None:
        session, recovery_key = result
        self.passphrase.clear()
        self.confirm.clear()
        self.meter.clear()
        self.owner_wizard.session = session
        self.owner_wizard.recovery_key = recovery_key
        self.owner_wizard.vault_id = session.vault.vault_id
        self._set_busy(False)
        self.owner_wizard.next()

    def _failed(self, error: BaseException) -> None:
        self._set_busy(False)
        if isinstance(error, ClientVaultError):
            self.error.setText(error_message(error))
            self.error.show()
            return
        self.error.setText(error_message(ClientVaultError()))
        self.error.show()
        self.owner_wizard.unexpected_error.emit(error)


class RecoveryKeyPage(_Page):
    """The recovery key, shown once, with the emergency kit."""

    def __init__(self, wizard: FirstRunWizard) -> None:
        super().__init__(wizard)
        layout = QVBoxLayout(self)
        self.intro = _label(self)
        layout.addWidget(self.intro)
        self.key_label = recovery_key_label(self, 20)
        layout.addWidget(self.key_label)
        buttons = QHBoxLayout()
        self.save_button = QPushButton(self)
        self.save_button.clicked.connect(self.save_kit)
        buttons.addWidget(self.save_button)
        self.copy_button = QPushButton(self)
        self.copy_button.clicked.connect(self._copy)
        buttons.addWidget(self.copy_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.saved_label = _label(self)
        self.saved_label.setStyleSheet("color:#0d652d;")
        self.saved_label.hide()
        layout.addWidget(self.saved_label)
        self.warning = _label(self)
        layout.addWidget(self.warning)
        self.confirm_box = QCheckBox(self)
        self.confirm_box.toggled.connect(lambda _on: self.completeChanged.emit())
        layout.addWidget(self.confirm_box)
        layout.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Your recovery key"))
        self.setSubTitle(self.tr("This is the only time it is shown."))
        self.intro.setText(self.tr(
            "If the owner's passphrase is ever forgotten, this key is the only way into the vault. "
            "Save the emergency kit and print it, or write the key on paper."))
        self.save_button.setText(self.tr("Save emergency kit (PDF)…"))
        self.copy_button.setText(self.tr("Copy key"))
        self.copy_button.setToolTip(self.tr("The clipboard is cleared again after a few seconds."))
        self.warning.setText(self.tr(
            "Keep it away from this computer and from your backups — for example in a locked drawer. "
            "Anyone with this key and a copy of the vault can open it."))
        self.confirm_box.setText(self.tr("I have printed or written down the recovery key"))

    def initializePage(self) -> None:  # noqa: N802 - Qt override
        self.key_label.setText(self.owner_wizard.recovery_key)

    def isComplete(self) -> bool:  # noqa: N802 - Qt override
        return self.confirm_box.isChecked()

    def save_kit(self) -> None:
        wizard = self.owner_wizard
        try:
            path = save_emergency_kit(self, vault_id=wizard.vault_id, recovery_key=wizard.recovery_key,
                                      vault_folder=str(self.ctx.access.folder))
        except OSError:
            self.saved_label.setStyleSheet("color:#a50e0e;")
            self.saved_label.setText(self.tr("The emergency kit could not be saved there. Choose another folder."))
            self.saved_label.show()
            return
        if path is not None:
            self.saved_label.setStyleSheet("color:#0d652d;")
            self.saved_label.setText(self.tr("Saved: {path}. Print it now, then keep the paper safe.").format(
                path=str(path)))
            self.saved_label.show()

    def _copy(self) -> None:
        self.ctx.clipboard.copy(self.owner_wizard.recovery_key)


class ConfirmKeyPage(_Page):
    """Type two groups of the key, to make sure it was written down correctly."""

    def __init__(self, wizard: FirstRunWizard) -> None:
        super().__init__(wizard)
        self.asked: tuple[int, int] = (1, 4)  # 0-based group indexes
        layout = QVBoxLayout(self)
        self.intro = _label(self)
        layout.addWidget(self.intro)
        form = QFormLayout()
        self.first_label = QLabel(self)
        self.second_label = QLabel(self)
        self.first = QLineEdit(self)
        self.second = QLineEdit(self)
        for edit in (self.first, self.second):
            edit.setFont(monospace_font(14))
            edit.setMaxLength(8)
            edit.textChanged.connect(self._changed)
        form.addRow(self.first_label, self.first)
        form.addRow(self.second_label, self.second)
        layout.addLayout(form)
        self.error = _error_label(self)
        layout.addWidget(self.error)
        self.hint = _label(self)
        layout.addWidget(self.hint)
        layout.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Check your copy"))
        self.setSubTitle(self.tr("Type two groups of the recovery key from your paper or emergency kit."))
        self.intro.setText(self.tr(
            "The groups are the blocks of characters between the dashes, counted from the left."))
        self.first_label.setText(self.tr("Group {number}:").format(number=self.asked[0] + 1))
        self.second_label.setText(self.tr("Group {number}:").format(number=self.asked[1] + 1))
        self.error.setText(self.tr("This does not match the recovery key. Check your copy."))
        self.hint.setText(self.tr("Lost it already? Press Back to see the key again."))

    def initializePage(self) -> None:  # noqa: N802 - Qt override
        count = len(key_groups(self.owner_wizard.recovery_key)) or 7
        picked = sorted(random.SystemRandom().sample(range(count), 2))
        self.asked = (picked[0], picked[1])
        self.first.clear()
        self.second.clear()
        self.error.hide()
        self.retranslate()

    def expected(self) -> tuple[str, str]:
        groups = key_groups(self.owner_wizard.recovery_key)
        return groups[self.asked[0]], groups[self.asked[1]]

    def _changed(self) -> None:
        want = self.expected()
        wrong = False
        for edit, group in ((self.first, want[0]), (self.second, want[1])):
            typed = normalize_group(edit.text())
            if len(typed) >= len(group) and typed != group:
                wrong = True
        self.error.setVisible(wrong)
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802 - Qt override
        want = self.expected()
        return normalize_group(self.first.text()) == want[0] and normalize_group(self.second.text()) == want[1]


class SampleDataPage(_Page):
    """Optionally fill the new vault with demo customers (cancellable, with progress)."""

    def __init__(self, wizard: FirstRunWizard) -> None:
        super().__init__(wizard)
        self._busy = False
        self._done = False
        self._token: CancelToken | None = None
        layout = QVBoxLayout(self)
        self.intro = _label(self)
        layout.addWidget(self.intro)
        self.sample_box = QCheckBox(self)
        layout.addWidget(self.sample_box)
        self.sample_note = _label(self)
        self.sample_note.setStyleSheet("color:#555;")
        layout.addWidget(self.sample_note)
        row = QHBoxLayout()
        self.progress = QProgressBar(self)
        self.progress.hide()
        row.addWidget(self.progress, 1)
        self.cancel_button = QPushButton(self)
        self.cancel_button.hide()
        self.cancel_button.clicked.connect(self.cancel)
        row.addWidget(self.cancel_button)
        layout.addLayout(row)
        self.status = _label(self)
        self.status.hide()
        layout.addWidget(self.status)
        layout.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Almost done"))
        self.setSubTitle(self.tr("Your vault is ready."))
        self.intro.setText(self.tr(
            "You can start with an empty vault and add or import your own customers, or try "
            "ClientVault first with invented sample customers."))
        self.sample_box.setText(self.tr("Start with sample data (about {count} invented customers)").format(
            count=_number(self.owner_wizard.sample_count)))
        self.sample_note.setText(self.tr(
            "The sample customers, purchases and follow-ups are made up. Use a separate vault for "
            "trying things out if you do not want them mixed with real customers."))
        self.cancel_button.setText(self.tr("Cancel"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Open my vault"))

    def isComplete(self) -> bool:  # noqa: N802 - Qt override
        return not self._busy

    def validatePage(self) -> bool:  # noqa: N802 - Qt override
        if self._busy:
            return False
        if self._done or not self.sample_box.isChecked():
            return True
        session = self.owner_wizard.session
        if session is None:
            return True
        self._token = CancelToken()
        token = self._token
        self._set_busy(True)
        runner = self.ctx.runner
        runner.progress.connect(self._progress)
        runner.run(demo.fill_demo, session, self.owner_wizard.sample_count, progress=runner.progress_callback(),
                   cancelled=lambda: token.cancelled, on_done=self._filled, on_error=self._failed, owner=self)
        return False

    def cancel(self) -> None:
        if self._token is not None:
            self._token.cancel()
            self.cancel_button.setEnabled(False)
            self.status.setText(self.tr("Cancelling…"))
            self.status.show()

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.sample_box.setEnabled(not busy and not self._done)
        self.progress.setVisible(busy)
        self.progress.setRange(0, 0)
        self.cancel_button.setVisible(busy)
        self.cancel_button.setEnabled(busy)
        if busy:
            self.status.setText(self.tr("Adding sample customers…"))
            self.status.show()
        self.completeChanged.emit()

    def _progress(self, done: int, total: int) -> None:
        if self._busy and total > 0:
            self.progress.setRange(0, total)
            self.progress.setValue(done)

    def _finish_job(self) -> None:
        try:
            self.ctx.runner.progress.disconnect(self._progress)
        except (RuntimeError, TypeError):
            pass
        self._token = None

    def _filled(self, result: demo.DemoResult) -> None:
        self._finish_job()
        self._done = True
        self._set_busy(False)
        self.status.setText(self.tr("{count} sample customers added.").format(
            count=_number(result.customers)))
        self.owner_wizard.sample_added = result.customers
        self.owner_wizard.accept()

    def _failed(self, error: BaseException) -> None:
        self._finish_job()
        self._set_busy(False)
        self.sample_box.setChecked(False)
        if isinstance(error, demo.Cancelled):
            self.status.setText(self.tr("Cancelled: no sample data was added. Press “Open my vault” to start "
                                        "with an empty vault."))
        elif isinstance(error, ClientVaultError):
            self.status.setText(error_message(error))
        else:
            self.status.setText(error_message(ClientVaultError()))
            self.owner_wizard.unexpected_error.emit(error)
        self.status.show()


class FirstRunWizard(QWizard):
    """Emits `completed(session)` when finished; `restored(result, summary)` after a restore from a
    backup on the welcome page; `unexpected_error(exc)` for the crash dialog."""

    completed = Signal(object)
    unexpected_error = Signal(object)
    restored = Signal(object, str)  # RestoreResult, a translated summary: show the login page

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("firstRunWizard")
        self.setWindowFlags(Qt.WindowType.Widget)  # a page of the main window, not a dialog
        self.ctx = ctx
        self.session: Session | None = None
        self.recovery_key = ""
        self.vault_id = ""
        self.sample_count = SAMPLE_CUSTOMERS
        self.sample_added = 0
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoCancelButton, True)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.welcome = WelcomePage(self)
        self.owner = OwnerPage(self)
        self.key_page = RecoveryKeyPage(self)
        self.confirm_page = ConfirmKeyPage(self)
        self.sample_page = SampleDataPage(self)
        for page in (self.welcome, self.owner, self.key_page, self.confirm_page, self.sample_page):
            self.addPage(page)
        self.accepted.connect(self._accepted)
        self.setTitleFormat(Qt.TextFormat.PlainText)
        self.setSubTitleFormat(Qt.TextFormat.PlainText)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Set up ClientVault"))
        # Set here (not left to Qt's defaults) so the buttons follow a language switch at once.
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("&Next >"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< &Back"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def done(self, result: int) -> None:
        if result != int(QWizard.DialogCode.Accepted) and self.session is not None:
            return  # the vault exists: the only way out is forward
        super().done(result)  # validates the current page first; `accepted` only if it passed

    def _accepted(self) -> None:
        session = self.session
        if session is None:
            return
        self.session = None
        self.recovery_key = ""  # shown once: drop our reference
        self.completed.emit(session)

    def abandon(self) -> Session | None:
        """The window is closing mid-wizard: hand back the open session (to lock it), if any."""
        session, self.session = self.session, None
        self.recovery_key = ""
        return session

    def confirm_leave(self) -> bool:
        """Asked before closing the window while the wizard runs after the vault was created."""
        if self.session is None:
            return True
        answer = QMessageBox.question(
            self, self.tr("Leave setup?"),
            self.tr("Your vault has been created. If you have not saved the recovery key yet, you can "
                    "make a new one later in Users and settings. Quit now?"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes
