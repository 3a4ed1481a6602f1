"""Fonts that render Chinese on every platform (PRODUCT.md §10).

Qt falls back per character to any installed font that has a glyph, but which font it picks for
Chinese is left to chance (often a Japanese or a bitmap font on Linux, or none at all on a minimal
system). So at start-up we pick the best Simplified Chinese UI family the platform has and give
the application font an explicit fallback list: the platform's UI family first (its Latin glyphs and
metrics), then the CJK family for everything it lacks.

Fonts in `resources/fonts/` (if a package ships any) are registered first, so a bundled font is
used where the system has none. The Linux package depends on fonts-noto-cjk instead of bundling.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Final

from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication

log = logging.getLogger(__name__)

# Best first. Windows: YaHei UI (the UI variant has tighter line spacing); macOS: PingFang SC;
# Linux: Noto Sans CJK SC / Source Han Sans SC (the same design), then WenQuanYi.
CJK_UI_FAMILIES: Final = (
    "Microsoft YaHei UI",
    "Microsoft YaHei",
    "PingFang SC",
    "Hiragino Sans GB",
    "Noto Sans CJK SC",
    "Source Han Sans SC",
    "Noto Sans SC",
    "WenQuanYi Micro Hei",
    "WenQuanYi Zen Hei",
    "Droid Sans Fallback",
    "SimHei",
    "SimSun",
)
CJK_MONO_FAMILIES: Final = (
    "Noto Sans Mono CJK SC",
    "Sarasa Mono SC",
    "WenQuanYi Micro Hei Mono",
    "Microsoft YaHei UI",
    "PingFang SC",
    "Noto Sans CJK SC",
)
SAMPLE: Final = "客户保险箱"


def bundled_font_dirs() -> list[Path]:
    found: list[Path] = []
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        found.append(Path(bundle) / "resources" / "fonts")
    found.append(Path(__file__).resolve().parent.parent.parent / "resources" / "fonts")
    return found


def register_bundled_fonts(directories: Iterable[Path] | None = None) -> list[str]:
    """Register every .ttf/.otf/.ttc in the bundled font folders; returns the families added."""
    families: list[str] = []
    for directory in directories if directories is not None else bundled_font_dirs():
        if not directory.is_dir():
            continue
        for path in sorted(directory.iterdir()):
            if path.suffix.lower() not in (".ttf", ".otf", ".ttc"):
                continue
            font_id = QFontDatabase.addApplicationFont(str(path))
            if font_id < 0:
                log.warning("bundled font %s could not be loaded", path.name)
                continue
            families.extend(QFontDatabase.applicationFontFamilies(font_id))
    return families


def pick_family(preferred: Iterable[str], available: Iterable[str]) -> str | None:
    """The first of `preferred` that is in `available` (case-insensitive), else None."""
    by_lower = {name.lower(): name for name in available}
    for name in preferred:
        hit = by_lower.get(name.lower())
        if hit is not None:
            return hit
    return None


def _writes_chinese(family: str) -> bool:
    return QFontDatabase.WritingSystem.SimplifiedChinese in QFontDatabase.writingSystems(family)


def cjk_ui_family() -> str | None:
    """The best installed family for Chinese UI text; any family that writes Simplified Chinese
    when none of the known ones is installed; None when the system has no Chinese font at all."""
    families = QFontDatabase.families()
    chosen = pick_family(CJK_UI_FAMILIES, families)
    if chosen is not None:
        return chosen
    for family in QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese):
        if not QFontDatabase.isPrivateFamily(family):
            return family
    return None


def cjk_mono_family() -> str | None:
    return pick_family(CJK_MONO_FAMILIES, QFontDatabase.families())


def apply_ui_fonts(app: QGuiApplication) -> str | None:
    """Register bundled fonts and give the application font a CJK fallback. Returns the CJK family
    used (None when the system has no Chinese font: a warning goes to the log)."""
    register_bundled_fonts()
    cjk = cjk_ui_family()
    font = QFont(app.font())
    base = font.family()
    if cjk is None:
        log.warning("no font for Chinese text found; install fonts-noto-cjk (or a similar package)")
        return None
    families = [base, cjk] if base and base.lower() != cjk.lower() and not _writes_chinese(base) else [cjk]
    if base and base not in families:
        families.append(base)
    font.setFamilies(families)
    app.setFont(font)
    log.info("UI font families: %s", ", ".join(families))
    return cjk


def monospace_font(point_size: float = 0.0) -> QFont:
    """A fixed-pitch font (for recovery keys) that can also show Chinese."""
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    families = [font.family()]
    mono = cjk_mono_family()
    if mono is not None and mono not in families:
        families.append(mono)
    cjk = cjk_ui_family()
    if cjk is not None and cjk not in families:
        families.append(cjk)
    font.setFamilies(families)
    font.setStyleHint(QFont.StyleHint.Monospace)
    if point_size > 0:
        font.setPointSizeF(point_size)
    return font
