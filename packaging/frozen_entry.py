"""Entry script of the frozen (PyInstaller) build.

The bundle holds two executables built from this one script, like the two launchers pip installs:
`clientvault` (console; the command line, e.g. `clientvault selftest`) and `clientvault-gui`
(windowed; the desktop app). The executable's own name decides which one runs.
"""

from __future__ import annotations

import sys
from pathlib import Path


def _is_gui() -> bool:
    return Path(sys.executable).stem.lower().endswith("-gui")


if __name__ == "__main__":
    if _is_gui():
        from app.main import main as gui_main

        raise SystemExit(gui_main())
    from app.cli import main as cli_main

    raise SystemExit(cli_main())
