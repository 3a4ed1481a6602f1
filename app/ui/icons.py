"""The app's icon set: `icon("lock")` → a QIcon from `resources/icons/lock.svg`.

The SVGs are simple 24×24 line icons (stroke #444, 2 px, round caps and joins), so they stay
sharp at any device-pixel ratio; `app.svg` is the window/installer logo. Icons are looked up in the
frozen bundle first (PyInstaller's `sys._MEIPASS/resources/icons`), then beside the package
(`Path(app.__file__).parent.parent / "resources" / "icons"`), and cached per name.

`icon_path` raises ValueError for a name outside `ICON_NAMES` (a typo is a programming error that
tests catch); `icon` never raises: an unknown name or a missing file (a broken installation) gives
an empty QIcon and a log warning, so a button may lose its picture but the window still opens.
"""

from __future__ import annotations

import functools
import logging
import sys
from pathlib import Path
from typing import Final

from PySide6.QtGui import QIcon

import app

__all__ = ["ICON_NAMES", "icon", "icon_directories", "icon_path"]

log = logging.getLogger(__name__)

ICON_NAMES: Final = (
    "access-log", "add", "app", "copy", "customers", "delete", "edit", "export", "filter", "hide",
    "history", "import", "info", "key", "lock", "recycle-bin", "refresh", "remove", "restore", "reveal",
    "revert", "search", "settings", "tag", "unlock", "user", "users", "verify-broken", "verify-ok",
    "warning",
)  # fmt: skip


def icon_directories() -> list[Path]:
    """Where icons are looked for, in order: the frozen bundle, then the source/installed tree."""
    found: list[Path] = []
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        found.append(Path(bundle) / "resources" / "icons")
    found.append(Path(app.__file__).resolve().parent.parent / "resources" / "icons")
    return list(dict.fromkeys(found))


def icon_path(name: str) -> Path | None:
    """The SVG file of icon `name`, or None when no directory has it."""
    if name not in ICON_NAMES:
        raise ValueError("unknown icon name: " + repr(name))
    for directory in icon_directories():
        candidate = directory / (name + ".svg")
        if candidate.is_file():
            return candidate
    return None


@functools.cache
def icon(name: str) -> QIcon:
    """The icon `name` (cached). Empty when the name is unknown or its file is missing (logged)."""
    if name not in ICON_NAMES:
        log.warning("unknown icon name %r", name)
        return QIcon()
    path = icon_path(name)
    if path is None:
        log.warning("icon %s.svg not found in %s", name, [str(d) for d in icon_directories()])
        return QIcon()
    return QIcon(str(path))
