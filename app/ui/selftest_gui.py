"""The GUI part of `clientvault selftest`: does the desktop app start on this installation?

`check_gui_start()` (called by the CLI) starts the GUI executable in a child process on Qt's
offscreen platform with a throw-away vault folder — the installed `clientvault-gui` beside a frozen
`clientvault`, else `python -m app` — and reads its one-line report. A child process because the
CLI already owns a QCoreApplication (a QApplication cannot be made next to it) and because a broken
Qt installation may crash rather than raise.

`run_in_child(report)` is that child's side (`clientvault-gui --selftest-report FILE`): build the real
main window over the empty vault, let it route to the first-run wizard, paint it once, and write
"Qt <version>, <platform>, <w>×<h>" to `report`.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

CHILD_TIMEOUT_S = 90
REPORT_OPTION = "--selftest-report"


class GuiStartFailed(RuntimeError):
    """The GUI child exited without a report (its exit code and last stderr lines are the detail)."""


def gui_command() -> list[str]:
    if getattr(sys, "frozen", False):
        here = Path(sys.executable).resolve().parent
        for name in ("clientvault-gui", "clientvault-gui.exe"):
            if (here / name).exists():
                return [str(here / name)]
        return [sys.executable]
    return [sys.executable, "-m", "app"]


def check_gui_start(timeout: float = CHILD_TIMEOUT_S) -> str:
    with tempfile.TemporaryDirectory(prefix="clientvault-selftest-") as tmp:
        report = Path(tmp) / "report.txt"
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", CLIENTVAULT_HOME=str(Path(tmp) / "vault"),
                   XDG_STATE_HOME=str(Path(tmp) / "state"))
        env.pop("QT_QPA_PLATFORMTHEME", None)
        command = [*gui_command(), "--vault", str(Path(tmp) / "vault"), REPORT_OPTION, str(report)]
        result = subprocess.run(command, env=env, capture_output=True, text=True, timeout=timeout,
                                stdin=subprocess.DEVNULL)
        if result.returncode != 0 or not report.exists():
            tail = " | ".join(result.stderr.strip().splitlines()[-3:])
            raise GuiStartFailed("exit {}: {}".format(result.returncode, tail))
        return report.read_text(encoding="utf-8").strip()


def run_in_child(window: object, report: Path) -> None:
    """Called by app.main once the window is shown: wait until it routed, paint, report, quit."""
    from PySide6.QtCore import QTimer, qVersion
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QApplication, QWidget

    assert isinstance(window, QWidget)
    deadline = 200  # × 100 ms

    def poll() -> None:
        nonlocal deadline
        deadline -= 1
        routed = getattr(window, "wizard", None) is not None or window.login.isVisible()
        if not routed and deadline > 0:
            QTimer.singleShot(100, poll)
            return
        image = window.grab()
        if routed and not image.isNull():
            report.write_text("Qt {}, {}, {}×{}, main window routed to {}".format(
                qVersion(), QGuiApplication.platformName(), image.width(), image.height(),
                "first-run wizard" if getattr(window, "wizard", None) is not None else "login"),
                encoding="utf-8")
            QApplication.exit(0)
        else:
            QApplication.exit(1)

    QTimer.singleShot(0, poll)
