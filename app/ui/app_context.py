"""What every window and page needs, passed explicitly (no globals): the vault access point (whose
`keyring` is the OS keyring store, or None), the task runner, the persistent UI settings, the
secure clipboard and the current session (None while locked)."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QObject, QSettings, Signal

from app.services.access import VaultAccess
from app.services.session import Session
from app.ui.task_runner import TaskRunner
from app.ui.widgets.clipboard import SecureClipboard


class SessionHolder(QObject):
    """Holds the unlocked session; `changed` fires on unlock (session) and lock (None)."""

    changed = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        self.session: Session | None = None

    def set(self, session: Session | None) -> None:
        self.session = session
        self.changed.emit(session)


@dataclass
class AppContext:
    access: VaultAccess
    runner: TaskRunner
    settings: QSettings  # window geometry, last user, language — never customer data
    holder: SessionHolder = field(default_factory=SessionHolder)
    clipboard: SecureClipboard = field(default_factory=SecureClipboard)

    @property
    def session(self) -> Session | None:
        return self.holder.session
