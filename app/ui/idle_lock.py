"""Auto-lock after idle (SECURITY requirement 14).

An application-wide event filter restarts a single-shot timer whenever the user does something
(mouse, keyboard, wheel, touch, tablet); when the timer runs out, `idle` is emitted and the main
window locks the vault. The timeout comes from the vault setting `auto_lock_minutes` (read after
unlock); tests set it in milliseconds with `set_timeout_ms`.
"""

from __future__ import annotations

from typing import Final

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal

_USER_INPUT: Final = frozenset({
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseButtonRelease,
    QEvent.Type.MouseButtonDblClick,
    QEvent.Type.MouseMove,
    QEvent.Type.KeyPress,
    QEvent.Type.KeyRelease,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
    QEvent.Type.TouchUpdate,
    QEvent.Type.TouchEnd,
    QEvent.Type.TabletPress,
    QEvent.Type.TabletMove,
    QEvent.Type.InputMethod,
    QEvent.Type.Shortcut,
})


class IdleLock(QObject):
    """`start()` after unlock, `stop()` on lock; `idle` fires after `timeout_ms` without input."""

    idle = Signal()

    def __init__(self, timeout_ms: int = 5 * 60 * 1000, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(max(1, timeout_ms))
        self._timer.timeout.connect(self._expired)
        self._installed = False

    @property
    def timeout_ms(self) -> int:
        return self._timer.interval()

    @property
    def active(self) -> bool:
        return self._timer.isActive()

    def set_timeout_minutes(self, minutes: int) -> None:
        self.set_timeout_ms(int(minutes) * 60 * 1000)

    def set_timeout_ms(self, ms: int) -> None:
        running = self._timer.isActive()
        self._timer.setInterval(max(1, int(ms)))
        if running:
            self._timer.start()

    def start(self) -> None:
        app = QCoreApplication.instance()
        if app is not None and not self._installed:
            app.installEventFilter(self)
            self._installed = True
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()
        app = QCoreApplication.instance()
        if app is not None and self._installed:
            app.removeEventFilter(self)
            self._installed = False

    def poke(self) -> None:
        """Count as user activity (restarts the countdown while running)."""
        if self._timer.isActive():
            self._timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() in _USER_INPUT and self._timer.isActive():
            self._timer.start()
        return False

    def _expired(self) -> None:
        self.stop()
        self.idle.emit()
