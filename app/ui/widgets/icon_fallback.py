"""Icons for the customer views: the app's icon set (app.ui.icons) when it has the icon, else the
desktop theme, else one of Qt's standard icons, so a button never ends up blank."""

from __future__ import annotations

import importlib

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QStyle


def themed_icon(name: str, theme: str = "", standard: QStyle.StandardPixmap | None = None) -> QIcon:
    try:
        icons = importlib.import_module("app.ui.icons")
        if name in getattr(icons, "ICON_NAMES", ()):
            icon = icons.icon(name)
            if isinstance(icon, QIcon) and not icon.isNull():
                return icon
    except Exception:  # noqa: BLE001 - the icon set is optional here; fall back below
        pass
    icon = QIcon.fromTheme(theme or name)
    if icon.isNull() and standard is not None:
        icon = QApplication.style().standardIcon(standard)
    return icon
