"""One running app per vault folder (issue #8).

The first launch listens on a QLocalServer whose name is a hash of the user and the vault folder;
a second launch for the same folder connects, sends one JSON line (`["activate", *files]`, e.g. the
.cvbak backup that was double-clicked), waits for "ok" and exits 0. The first raises its window and,
for a backup file, opens the restore flow. Different vault folders (or users) never meet.

After a crash the server name is stale (on Unix a socket file nobody accepts on): connecting fails,
so this launch listens and takes the name over (Qt renames its new socket over the stale file when a
socket option is set; should listening still report AddressInUseError, the name is removed and
listened on again). Two launches racing for a fresh name: a loser whose listen fails connects again
and hands over instead.

Whether another program (not an app instance — e.g. a command-line restore) holds the vault's
lock is asked of the services (`vault_location.vault_busy`); the app then says so instead of
waiting silently.
"""

from __future__ import annotations

import getpass
import hashlib
import json
import logging
import os
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtGui import QFileOpenEvent
from PySide6.QtNetwork import QAbstractSocket, QLocalServer, QLocalSocket

log = logging.getLogger(__name__)

ACTIVATE = "activate"
CONNECT_TIMEOUT_MS = 1500


def server_name(folder: Path) -> str:
    """A short, filesystem-safe local server name for this user and vault folder."""
    try:
        user = getpass.getuser()
    except Exception:  # noqa: BLE001 - no login name (e.g. a service account): the home folder will do
        user = str(Path.home())
    key = os.path.normcase(str(folder.expanduser().resolve()))
    digest = hashlib.sha256((user + "\0" + key).encode("utf-8")).hexdigest()[:24]
    return "clientvault-" + digest


def send_to_running(name: str, message: list[str], timeout_ms: int = CONNECT_TIMEOUT_MS) -> bool:
    """True when an instance listens on `name`, took `message` and answered "ok"."""
    socket = QLocalSocket()
    socket.connectToServer(name)
    if not socket.waitForConnected(timeout_ms):
        return False
    socket.write((json.dumps(message, ensure_ascii=False) + "\n").encode("utf-8"))
    socket.waitForBytesWritten(timeout_ms)  # False when everything was already written: fine
    while socket.bytesAvailable() < 3 and socket.waitForReadyRead(timeout_ms):
        pass
    answered = bytes(socket.readAll().data()).startswith(b"ok")
    socket.disconnectFromServer()
    return answered


class SingleInstance(QObject):
    """`message(list[str])` is emitted in the first instance for every later launch."""

    message = Signal(list)

    def __init__(self, folder: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.folder = folder
        self.name = server_name(folder)
        self.server: QLocalServer | None = None

    def hand_over(self, files: list[str]) -> bool:
        """Second launch: pass `files` to the running instance. True when one took them."""
        return send_to_running(self.name, [ACTIVATE, *[str(Path(f).resolve()) for f in files]])

    def listen(self) -> bool:
        """First launch: serve the name, taking over a stale one. False if another instance won
        the race (then call `hand_over` again) or the name cannot be served at all."""
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not server.listen(self.name):
            if server.serverError() != QAbstractSocket.SocketError.AddressInUseError:
                log.warning("single instance: cannot listen (%s)", server.errorString())
                server.deleteLater()
                return False
            if send_to_running(self.name, ["ping"], timeout_ms=500):
                server.deleteLater()
                return False  # a live instance won the race
            log.info("single instance: taking over a stale server name")
            QLocalServer.removeServer(self.name)
            if not server.listen(self.name):
                log.warning("single instance: cannot take over (%s)", server.errorString())
                server.deleteLater()
                return False
        server.newConnection.connect(self._accept)
        self.server = server
        return True

    def close(self) -> None:
        if self.server is not None:
            self.server.close()
            self.server = None

    def _accept(self) -> None:
        assert self.server is not None
        while self.server.hasPendingConnections():
            socket = self.server.nextPendingConnection()
            buffer = bytearray()
            socket.readyRead.connect(lambda s=socket, b=buffer: self._read(s, b))
            socket.disconnected.connect(socket.deleteLater)
            if socket.bytesAvailable():
                self._read(socket, buffer)

    def _read(self, socket: QLocalSocket, buffer: bytearray) -> None:
        buffer += bytes(socket.readAll().data())
        if b"\n" not in buffer or len(buffer) > 64 * 1024:
            return
        line = bytes(buffer).split(b"\n", 1)[0]
        buffer.clear()
        try:
            message = json.loads(line.decode("utf-8"))
        except ValueError:
            socket.disconnectFromServer()
            return
        socket.write(b"ok\n")
        socket.flush()
        if isinstance(message, list) and message and all(isinstance(part, str) for part in message):
            if message[0] == ACTIVATE:
                log.info("single instance: activation request (%d file(s))", len(message) - 1)
                self.message.emit(message[1:])


class FileOpenFilter(QObject):
    """macOS hands a double-clicked document to the running app as a QFileOpenEvent (not argv):
    `opened(path)` for every .cvbak file. Install with `app.installEventFilter(filter)`."""

    opened = Signal(str)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.FileOpen and isinstance(event, QFileOpenEvent):
            path = event.file()
            if path.lower().endswith(".cvbak"):
                self.opened.emit(path)
                return True
        return super().eventFilter(watched, event)


def raise_window(window: object) -> None:
    """Bring `window` (a QWidget) to the front: restore from minimized, raise, activate."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QWidget

    assert isinstance(window, QWidget)
    if window.isMinimized():
        window.setWindowState(window.windowState() & ~Qt.WindowState.WindowMinimized)
    window.show()
    window.raise_()
    window.activateWindow()


def open_backup(window: object, path: str, banner: Callable[[str], None]) -> None:
    """Start the restore flow for a double-clicked .cvbak: on the first-run wizard's welcome page
    when there is no vault yet, on the Backup page when unlocked; otherwise after the next unlock."""
    from PySide6.QtCore import QCoreApplication

    from app.ui.main_window import MainWindow

    assert isinstance(window, MainWindow)
    if window.wizard is not None and window.ctx.session is None:
        window.wizard.welcome.check_then_ask(path)
        return
    if window.ctx.session is not None:
        page = window.show_page("BackupPage")
        if page is not None:
            page.check_then_ask(path, restore=True)  # type: ignore[attr-defined]
            return
        banner(QCoreApplication.translate(
            "SingleInstance", "Only the vault's owner can restore a backup ({file}).").format(file=Path(path).name))
        return

    def after_unlock(_session: object) -> None:
        window.unlocked.disconnect(after_unlock)
        open_backup(window, path, banner)

    window.unlocked.connect(after_unlock)
    banner(QCoreApplication.translate(
        "SingleInstance", "Unlock the vault to restore the backup {file}.").format(file=Path(path).name))
