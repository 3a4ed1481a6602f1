"""The one main window: first-run wizard, login/lock screen and the workspace, in one stack.

* No vault yet → the first-run wizard; otherwise the login page (which is also the lock screen);
  after unlock the workspace: a navigation list of the pages the session may use
  (`registry.page_classes()` filtered by `available_for(session)`), the pages, an inline message
  banner above, a status bar (user and role, encryption), a Lock action (toolbar, menu, Ctrl+L).
* Locking (SECURITY requirement 14) — `lock(reason)`: asks about unsaved edits (for the idle
  auto-lock with a 60-second countdown, after which it discards and locks anyway: security wins),
  closes every open dialog, clears our clipboard content (requirement 15), deactivates every page,
  locks the session on the vault thread (connection closed, keys zeroed) and shows the login page in
  the same window.
* Pages are created at unlock and destroyed at lock, so no customer value outlives the session in
  a widget. A page is activated when it is first shown.
* Window geometry, state and the last page are remembered in QSettings.
* Nothing here runs vault work on the GUI thread: everything goes through `ctx.runner`.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QEvent, QLocale, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QStyle,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from app.i18n.messages import error_message
from app.models.errors import ClientVaultError, VaultLocked
from app.models.records import Role
from app.services import audit
from app.services import backup as backup_service
from app.services import settings as settings_service
from app.services.session import Session
from app.ui.app_context import AppContext
from app.ui.error_dialogs import CrashReporter
from app.ui.icons import icon
from app.ui.idle_lock import IdleLock
from app.ui.pages import registry
from app.ui.pages.base import Page
from app.ui.pages.first_run_wizard import FirstRunWizard
from app.ui.pages.login_page import LoginPage
from app.ui.pages.settings_page import role_label
from app.ui.widgets.message_banner import Level, MessageBanner

log = logging.getLogger(__name__)

IDLE_GRACE_SECONDS = 60
_GEOMETRY = "window/geometry"
_STATE = "window/state"
_SPLITTER = "window/splitter"
_LAST_PAGE = "window/page"


class UnsavedChangesDialog(QDialog):
    """"You have unsaved changes" before locking. With `countdown` seconds (the idle auto-lock) it
    discards and locks by itself when the time is up."""

    def __init__(self, countdown: int = 0, unit_ms: int = 1000, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("unsavedChangesDialog")
        self.remaining = countdown
        self.countdown = countdown
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        icon = QLabel(self)
        icon.setPixmap(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(40, 40))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        row.addWidget(icon)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        row.addWidget(self.label, 1)
        layout.addLayout(row)
        self.buttons = QDialogButtonBox(self)
        self.discard_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.DestructiveRole)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.discard_button.clicked.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(440)
        self._timer = QTimer(self)
        self._timer.setInterval(unit_ms)
        self._timer.timeout.connect(self._tick)
        if countdown:
            self._timer.start()
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Unsaved changes"))
        self.discard_button.setText(self.tr("Discard and lock"))
        self.cancel_button.setText(self.tr("Keep working") if self.countdown else self.tr("Cancel"))
        if self.countdown:
            self.label.setText(self.tr(
                "ClientVault has not been used for a while and will lock to protect your customers' data. "
                "You have unsaved changes: they will be discarded when the vault locks in {seconds} s. "
                "Choose “Keep working” to stay and save them.").format(seconds=self.remaining))
        else:
            self.label.setText(self.tr(
                "You have unsaved changes. Locking the vault discards them. Lock anyway?"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _tick(self) -> None:
        self.remaining -= 1
        if self.remaining <= 0:
            self._timer.stop()
            self.accept()  # security wins: discard and lock
            return
        self.retranslate()


class MainWindow(QMainWindow):
    """`unlocked(session)` after unlock; `locked()` after the lock screen is shown."""

    unlocked = Signal(object)
    locked = Signal()

    def __init__(self, ctx: AppContext, reporter: CrashReporter | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.ctx = ctx
        self.reporter = reporter or CrashReporter(None, lambda: self)
        self.pages: list[Page] = []
        self._activated: set[int] = set()
        self._locking = False
        self._settings: dict[str, Any] = {}
        self.idle_grace_seconds = IDLE_GRACE_SECONDS
        self.countdown_unit_ms = 1000
        self.unsaved_dialog: UnsavedChangesDialog | None = None
        self.cipher_version = ""
        self.wizard: FirstRunWizard | None = None
        self.wizard_holder: QWidget | None = None

        central = QWidget(self)
        outer = QVBoxLayout(central)
        outer.setContentsMargins(6, 6, 6, 0)
        self.banner = MessageBanner(central)
        outer.addWidget(self.banner)
        self.root = QStackedWidget(central)
        outer.addWidget(self.root, 1)
        self.setCentralWidget(central)

        self.starting = QLabel(self.root)
        self.starting.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.root.addWidget(self.starting)
        self.login = LoginPage(ctx, self.root)
        self.login.unlocked.connect(self._on_unlocked)
        # Import the page modules while the login screen waits for a passphrase, not after unlock.
        QTimer.singleShot(0, self._preload_pages)
        self.login.message.connect(self.show_banner)
        self.root.addWidget(self.login)

        self.workspace = QWidget(self.root)
        work = QHBoxLayout(self.workspace)
        work.setContentsMargins(0, 0, 0, 0)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self.workspace)
        self.nav = QListWidget(self.splitter)
        self.nav.setObjectName("navigation")
        self.nav.setMinimumWidth(150)
        self.nav.setMaximumWidth(280)
        self.nav.currentRowChanged.connect(self._page_selected)
        self.page_stack = QStackedWidget(self.splitter)
        self.splitter.addWidget(self.nav)
        self.splitter.addWidget(self.page_stack)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setCollapsible(1, False)
        work.addWidget(self.splitter)
        self.root.addWidget(self.workspace)

        self.idle = IdleLock(parent=self)
        self.idle.idle.connect(lambda: self.lock("idle"))

        self._build_actions()
        self._build_status_bar()
        self.retranslate()
        self._restore_geometry()
        self._enter_locked_state()
        self.root.setCurrentWidget(self.starting)
        ctx.runner.run(ctx.access.exists, on_done=self._route, on_error=self._route_failed, owner=self)

    # --- construction ---------------------------------------------------------------------------
    def _build_actions(self) -> None:
        style = self.style()
        lock_icon = icon("lock")
        if lock_icon.isNull():
            lock_icon = style.standardIcon(QStyle.StandardPixmap.SP_BrowserStop)
        self.lock_action = QAction(lock_icon, "", self)
        self.lock_action.setObjectName("lockAction")
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.lock_action.triggered.connect(lambda: self.lock("manual"))
        self.quit_action = QAction("", self)
        self.quit_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Quit))
        if self.quit_action.shortcut().isEmpty():
            self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.quit_action.triggered.connect(self.close)
        self.about_action = QAction("", self)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_action.triggered.connect(self.show_about)
        self.nav_action = QAction("", self)
        self.nav_action.setShortcut(QKeySequence("F6"))
        self.nav_action.triggered.connect(lambda: self.nav.setFocus(Qt.FocusReason.ShortcutFocusReason))

        self.file_menu = self.menuBar().addMenu("")
        self.file_menu.addAction(self.lock_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        self.go_menu = self.menuBar().addMenu("")
        self.go_menu.addAction(self.nav_action)
        self.go_menu.addSeparator()
        self.help_menu = self.menuBar().addMenu("")
        self.help_menu.addAction(self.about_action)
        self._page_actions: list[QAction] = []

        self.toolbar = QToolBar(self)
        self.toolbar.setObjectName("mainToolbar")
        self.toolbar.setMovable(False)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toolbar.addAction(self.lock_action)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.toolbar)

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        self.user_status = QLabel(bar)
        self.user_status.setTextFormat(Qt.TextFormat.PlainText)
        self.crypto_status = QLabel(bar)
        self.crypto_status.setTextFormat(Qt.TextFormat.PlainText)
        self.backup_status = QLabel(bar)
        self.backup_status.setTextFormat(Qt.TextFormat.PlainText)
        self.backup_status.setContentsMargins(0, 0, 16, 0)
        bar.addWidget(self.user_status)
        bar.addPermanentWidget(self.backup_status)
        bar.addPermanentWidget(self.crypto_status)
        self._backup_state: Any = None

    # --- texts ----------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("ClientVault"))
        self.starting.setText(self.tr("Opening…"))
        self.lock_action.setText(self.tr("&Lock"))
        self.lock_action.setToolTip(self.tr("Lock the vault now ({shortcut})").format(
            shortcut=self.lock_action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)))
        self.quit_action.setText(self.tr("&Quit"))
        self.about_action.setText(self.tr("&About ClientVault"))
        self.nav_action.setText(self.tr("Go to the page list"))
        self.file_menu.setTitle(self.tr("&Vault"))
        self.go_menu.setTitle(self.tr("&Go"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.toolbar.setWindowTitle(self.tr("Toolbar"))
        for row, page in enumerate(self.pages):
            item = self.nav.item(row)
            if item is not None:
                item.setText(page.title())
            if row < len(self._page_actions):
                self._page_actions[row].setText(page.title())
        self._update_status()
        if self.unsaved_dialog is not None:
            self.unsaved_dialog.retranslate()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            QTimer.singleShot(0, self, self._relayout)
        super().changeEvent(event)

    def _relayout(self) -> None:
        """Chinese menu titles may need a taller menu bar (CJK fallback font): the main window's
        layout keeps the old height unless asked again once every widget has retranslated."""
        self.menuBar().updateGeometry()
        layout = self.layout()
        if layout is not None:
            layout.invalidate()
            layout.activate()

    def _update_status(self) -> None:
        session = self.ctx.session
        if session is None:
            self.user_status.setText("")
            self.crypto_status.setText("")
            self.backup_status.setText("")
            return
        self.backup_status.setText(self._backup_text())
        self.user_status.setText(session.user.name + " · " + role_label(session.user.role))
        if self.cipher_version:
            self.crypto_status.setText(self.tr("Encrypted · SQLCipher {version}").format(
                version=self.cipher_version))
        else:
            self.crypto_status.setText(self.tr("Encrypted · SQLCipher"))

    def _backup_text(self) -> str:
        state = self._backup_state
        if state is None:
            return ""
        if state.age_days is None:
            return self.tr("No verified backup yet")
        if state.age_days == 0:
            return self.tr("Last backup: today")
        return self.tr("Last backup: %n day(s) ago", "", state.age_days)

    def refresh_backup_status(self) -> None:
        """Ask the backup service how old the last verified backup is (status bar + reminder)."""
        session = self.ctx.session
        if session is None:
            return
        self.ctx.runner.run(backup_service.status, session, on_done=self._backup_status_loaded,
                            on_error=lambda _e: None, owner=self)

    def _backup_status_loaded(self, state: Any) -> None:
        if self.ctx.session is None:
            return
        self._backup_state = state
        self._update_status()
        if state.due and self.ctx.session.user.role is Role.OWNER and not self.banner.isVisible():
            text = (self.tr("There is no verified backup of this vault yet. Back it up to a USB drive now.")
                    if state.age_days is None else
                    self.tr("The last verified backup is %n day(s) old. Back up the vault to a USB drive.", "",
                            state.age_days))
            self.banner.show_message(text, Level.WARNING)

    # --- routing --------------------------------------------------------------------------------
    def _route(self, exists: bool) -> None:
        if exists:
            self.show_login()
        else:
            self.show_wizard()

    def _route_failed(self, error: BaseException) -> None:
        self.show_login()
        self.show_error(error)

    def show_login(self, note: str = "") -> None:
        self.root.setCurrentWidget(self.login)
        self.login.reset(note)

    def show_wizard(self) -> None:
        if self.wizard is None:
            holder = QWidget(self.root)  # keeps the wizard at a readable width in a big window
            row = QHBoxLayout(holder)
            row.setContentsMargins(0, 0, 0, 0)
            self.wizard = FirstRunWizard(self.ctx, holder)
            self.wizard.setMaximumWidth(860)
            row.addStretch(1)
            row.addWidget(self.wizard, 100)
            row.addStretch(1)
            self.wizard.completed.connect(self._wizard_completed)
            self.wizard.restored.connect(self._wizard_restored)
            self.wizard.unexpected_error.connect(self.show_error)
            self.wizard_holder = holder
            self.root.addWidget(holder)
        assert self.wizard_holder is not None
        self.root.setCurrentWidget(self.wizard_holder)
        self.wizard.show()

    def _drop_wizard(self) -> None:
        if self.wizard_holder is not None:
            self.root.removeWidget(self.wizard_holder)
            self.wizard_holder.deleteLater()
            self.wizard_holder = None
            self.wizard = None

    def _wizard_restored(self, result: object, summary: str) -> None:
        """The vault was restored from a backup on the wizard's welcome page: unlock it."""
        self.show_login()
        self._drop_wizard()
        warn = bool(getattr(result, "users_without_passphrase", ())) or getattr(result, "audit_ok", True) is False
        self.show_banner(summary, Level.WARNING if warn else Level.SUCCESS)

    def _wizard_completed(self, session: Session) -> None:
        wizard = self.wizard
        added = wizard.sample_added if wizard is not None else 0
        self._on_unlocked(session)
        self._drop_wizard()
        if added:
            self.show_banner(self.tr("Your vault is ready, with {count} sample customers to try things out.").format(
                count=QLocale().toString(added)), Level.SUCCESS)
        else:
            self.show_banner(self.tr("Your vault is ready."), Level.SUCCESS)

    # --- unlock -----------------------------------------------------------------------------------
    def _on_unlocked(self, session: Session) -> None:
        self.ctx.holder.set(session)
        self._build_pages(session)
        self.root.setCurrentWidget(self.workspace)
        self.toolbar.show()
        self.lock_action.setEnabled(True)
        self.go_menu.setEnabled(True)
        self._update_status()
        self.idle.start()
        self.ctx.runner.run(settings_service.get_all, session, on_done=self.apply_vault_settings,
                            on_error=self.show_error, owner=self)
        self.refresh_backup_status()
        self.ctx.runner.run(audit.cipher_version, session, on_done=self._cipher_version_loaded,
                            on_error=lambda _e: None, owner=self)
        self.unlocked.emit(session)

    def _cipher_version_loaded(self, version: object) -> None:
        self.cipher_version = str(version or "")
        self._update_status()

    def apply_vault_settings(self, values: dict[str, Any]) -> None:
        """Settings that act on the window: auto-lock minutes and clipboard seconds."""
        self._settings = dict(values)
        minutes = int(values.get("auto_lock_minutes", 5) or 5)
        self.idle.set_timeout_minutes(minutes)
        self.ctx.clipboard.seconds = int(values.get("clipboard_seconds", self.ctx.clipboard.seconds))

    def _preload_pages(self) -> None:
        try:
            registry.page_classes()
        except Exception:  # noqa: BLE001 - reported when the pages are built after unlock
            pass

    def _build_pages(self, session: Session) -> None:
        self._clear_pages()
        try:
            classes = registry.page_classes()
        except Exception as exc:  # noqa: BLE001 - a broken page module must not leave the window unusable
            self.show_error(exc)
            classes = []
        for cls in classes:
            try:
                if not cls.available_for(session):
                    continue
                page = cls(self.ctx)
            except Exception as exc:  # noqa: BLE001 - same: report it, show the other pages
                self.show_error(exc)
                continue
            self.pages.append(page)
            self.page_stack.addWidget(page)
            self.nav.addItem(QListWidgetItem(page.icon(), page.title()))
        for row, page in enumerate(self.pages[:9]):
            action = QAction(page.title(), self)
            action.setShortcut(QKeySequence("Ctrl+" + str(row + 1)))
            action.triggered.connect(lambda _checked=False, r=row: self.nav.setCurrentRow(r))
            self.go_menu.addAction(action)
            self.addAction(action)
            self._page_actions.append(action)
        last = str(self.ctx.settings.value(_LAST_PAGE, "") or "")
        ids = [self._page_id(p) for p in self.pages]
        self.nav.setCurrentRow(ids.index(last) if last in ids else 0 if self.pages else -1)

    @staticmethod
    def _page_id(page: Page) -> str:
        try:
            return page.page_id()
        except NotImplementedError:
            return type(page).__name__

    def _page_selected(self, row: int) -> None:
        if not 0 <= row < len(self.pages):
            return
        page = self.pages[row]
        self.page_stack.setCurrentWidget(page)
        self.ctx.settings.setValue(_LAST_PAGE, self._page_id(page))
        session = self.ctx.session
        if session is not None and id(page) not in self._activated:
            self._activated.add(id(page))
            try:
                page.activate(session)
            except Exception as exc:  # noqa: BLE001 - one page's bug must not break the window
                self.show_error(exc)

    def page(self, cls_name: str) -> Page | None:
        """The open page of that class name (tests and shortcuts)."""
        for page in self.pages:
            if type(page).__name__ == cls_name:
                return page
        return None

    def show_page(self, cls_name: str) -> Page | None:
        for row, page in enumerate(self.pages):
            if type(page).__name__ == cls_name:
                self.nav.setCurrentRow(row)
                return page
        return None

    def _clear_pages(self) -> None:
        for action in self._page_actions:
            self.go_menu.removeAction(action)
            self.removeAction(action)
            action.deleteLater()
        self._page_actions = []
        self.nav.blockSignals(True)
        self.nav.clear()
        self.nav.blockSignals(False)
        for page in self.pages:
            self.page_stack.removeWidget(page)
            page.hide()
            page.deleteLater()
        self.pages = []
        self._activated.clear()

    # --- feedback ---------------------------------------------------------------------------------
    def show_banner(self, text: str, level: Level = Level.INFO) -> None:
        timeout = 8000 if level in (Level.INFO, Level.SUCCESS) else 0
        self.banner.show_message(text, level, timeout_ms=timeout)

    def show_error(self, error: BaseException) -> None:
        if isinstance(error, ClientVaultError):
            if isinstance(error, VaultLocked) and self.ctx.session is None:
                return  # a job that was still queued when the vault locked
            self.show_banner(error_message(error), Level.ERROR)
            return
        self.reporter.report_exception(error)

    def show_about(self) -> None:
        from app.ui.about_dialog import AboutDialog

        dialog = AboutDialog(self.ctx, self.cipher_version, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    # --- locking ------------------------------------------------------------------------------------
    def _enter_locked_state(self) -> None:
        self.toolbar.hide()
        self.lock_action.setEnabled(False)
        self.go_menu.setEnabled(False)
        self._update_status()

    def unsaved_pages(self) -> list[Page]:
        return [page for page in self.pages if page.has_unsaved_changes()]

    def lock(self, reason: str = "manual") -> bool:
        """Lock now (SECURITY requirement 14). Returns False if the user chose to keep working."""
        session = self.ctx.session
        if session is None or self._locking:
            return False
        self._locking = True
        try:
            self.idle.stop()
            unsaved = self.unsaved_pages()
            if unsaved:
                countdown = self.idle_grace_seconds if reason == "idle" else 0
                dialog = UnsavedChangesDialog(countdown, self.countdown_unit_ms, self)
                self.unsaved_dialog = dialog
                try:
                    answer = dialog.exec()
                finally:
                    self.unsaved_dialog = None
                    dialog.deleteLater()
                if answer != int(QDialog.DialogCode.Accepted) or self.ctx.session is not session:
                    if self.ctx.session is session:
                        self.idle.start()
                    return False
                for page in unsaved:
                    page.discard_changes()
            self._close_dialogs()
            self.ctx.clipboard.clear_if_ours()  # SECURITY requirement 15: our copies go with the session
            for page in self.pages:
                try:
                    page.deactivate()
                except Exception as exc:  # noqa: BLE001 - lock anyway; report the page's bug
                    log.error("page %s failed to deactivate: %s", type(page).__name__, type(exc).__name__)
            self._clear_pages()
            self.banner.hide()
            self.ctx.holder.set(None)
            self.ctx.runner.run(session.lock, on_error=lambda e: log.error("lock failed: %s", type(e).__name__))
            self._enter_locked_state()
            note = ""
            if reason == "idle":
                minutes = int(self._settings.get("auto_lock_minutes", 5) or 5)
                note = self.tr("Locked after %n minute(s) without activity.", "", minutes)
            self.show_login(note)
            self.locked.emit()
            return True
        finally:
            self._locking = False

    def _close_dialogs(self) -> None:
        """Close every open dialog and popup (they may show customer data)."""
        popup = QApplication.activePopupWidget()
        while popup is not None:
            popup.close()
            next_popup = QApplication.activePopupWidget()
            if next_popup is popup:
                break
            popup = next_popup
        for widget in QApplication.topLevelWidgets():
            if not isinstance(widget, QDialog) or not widget.isVisible():
                continue
            if self.reporter.dialog is widget:
                continue  # the crash dialog holds no customer data; let the user read it
            force = getattr(widget, "force_close", None)
            if callable(force):
                force()
            else:
                widget.reject()

    # --- geometry and closing ---------------------------------------------------------------------
    def _restore_geometry(self) -> None:
        geometry = self.ctx.settings.value(_GEOMETRY)
        if geometry is not None and self.restoreGeometry(geometry):
            pass
        else:
            self.resize(1100, 720)
        state = self.ctx.settings.value(_STATE)
        if state is not None:
            self.restoreState(state)
        splitter = self.ctx.settings.value(_SPLITTER)
        if splitter is not None:
            self.splitter.restoreState(splitter)
        else:
            self.splitter.setSizes([200, 900])

    def save_geometry(self) -> None:
        self.ctx.settings.setValue(_GEOMETRY, self.saveGeometry())
        self.ctx.settings.setValue(_STATE, self.saveState())
        self.ctx.settings.setValue(_SPLITTER, self.splitter.saveState())
        self.ctx.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        if self.wizard is not None and self.wizard.session is not None:
            if not self.wizard.confirm_leave():
                event.ignore()
                return
            abandoned = self.wizard.abandon()
            if abandoned is not None:
                self.ctx.runner.run(abandoned.lock)
        session = self.ctx.session
        if session is not None:
            unsaved = self.unsaved_pages()
            if unsaved:
                answer = QMessageBox.question(
                    self, self.tr("Unsaved changes"),
                    self.tr("You have unsaved changes. Quit and discard them?"),
                    QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                    QMessageBox.StandardButton.Cancel)
                if answer != QMessageBox.StandardButton.Discard:
                    event.ignore()
                    return
                for page in unsaved:
                    page.discard_changes()
            self._close_dialogs()
            self.ctx.clipboard.clear_if_ours()
            for page in self.pages:
                page.deactivate()
            self._clear_pages()
            self.ctx.holder.set(None)
            self.ctx.runner.run(session.lock)
        self.idle.stop()
        self.save_geometry()
        self.ctx.runner.wait_idle()  # the lock (log entry, audit head, zeroed keys) is done before exit
        super().closeEvent(event)
