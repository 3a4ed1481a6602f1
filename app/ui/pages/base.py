"""The contract between the main window and its pages (one navigable view each)."""

from __future__ import annotations

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QWidget

from app.services.session import Session
from app.ui.app_context import AppContext
from app.ui.widgets.message_banner import Level


class Page(QWidget):
    """A page is shown in the navigation list when `available_for(session)` is true.

    The main window calls `activate(session)` after unlock (and when the page is first shown),
    `deactivate()` on lock (drop every customer value held by widgets and models), and asks
    `has_unsaved_changes()` before locking or quitting.
    """

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx

    # Identity ---------------------------------------------------------------------------------
    def page_id(self) -> str:
        raise NotImplementedError

    def title(self) -> str:
        raise NotImplementedError

    def icon(self) -> QIcon:
        return QIcon()

    @staticmethod
    def available_for(session: Session) -> bool:
        return True

    # Life cycle ---------------------------------------------------------------------------------
    def activate(self, session: Session) -> None:
        """Called after unlock; load data through `self.ctx.runner`."""

    def deactivate(self) -> None:
        """Called on lock: clear models and widgets holding customer data."""

    def has_unsaved_changes(self) -> bool:
        return False

    def discard_changes(self) -> None:
        """Called when the user chose to discard unsaved edits (lock or quit)."""

    # Feedback -----------------------------------------------------------------------------------
    def notify(self, text: str, level: Level = Level.INFO) -> None:
        window = self.window()
        show = getattr(window, "show_banner", None)
        if callable(show):
            show(text, level)

    def show_error(self, error: BaseException) -> None:
        window = self.window()
        handler = getattr(window, "show_error", None)
        if callable(handler):
            handler(error)
