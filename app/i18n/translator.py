"""Installing translations: ClientVault's own (`resources/i18n/clientvault_<lang>.qm`) and Qt's
(`qtbase_<lang>.qm`, for the texts of Qt's own dialogs and buttons).

The GUI calls `install_translations(app)` right after creating its QApplication; the CLI calls
`install_translations(ensure_core_app())`. The language is, in order: the `language` argument, the
environment variable CLIENTVAULT_LANG, the system's UI language. Only "zh_CN" and "en" exist: any
Chinese (zh, zh_TW, zh-Hans-CN …) means zh_CN, anything else English (the source language).

The translators are children of the application object, so they live exactly as long as it does
(nothing is garbage-collected under Qt's feet, and there is no module-level state).
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Final

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

__all__ = [
    "DEFAULT_LANGUAGE",
    "ENV_LANGUAGE",
    "SUPPORTED_LANGUAGES",
    "ensure_core_app",
    "install_translations",
    "normalize_language",
    "system_language",
    "translation_directories",
]

log = logging.getLogger(__name__)

SUPPORTED_LANGUAGES: Final = ("en", "zh_CN")
DEFAULT_LANGUAGE: Final = "en"
ENV_LANGUAGE: Final = "CLIENTVAULT_LANG"
QM_PREFIX: Final = "clientvault_"
_TRANSLATOR_NAME_PREFIX: Final = "clientvault.translator."


def normalize_language(value: str | None) -> str | None:
    """Map a locale or language name to a supported language, or None when `value` is empty.

    "zh", "zh_CN", "zh-Hans-CN", "zh_TW.UTF-8" → "zh_CN"; everything else ("en_US", "C", "fr") →
    "en".
    """
    if value is None:
        return None
    text = value.strip()
    if not text:
        return None
    if text.replace("-", "_").lower().startswith("zh"):
        return "zh_CN"
    return DEFAULT_LANGUAGE


def system_language() -> str:
    """The supported language closest to the system's preferred UI language."""
    locale = QLocale.system()
    for name in [*locale.uiLanguages(), locale.name()]:
        language = normalize_language(name)
        if language is not None:
            return language
    return DEFAULT_LANGUAGE


def translation_directories() -> list[Path]:
    """Where `clientvault_<lang>.qm` files are looked for, in order: the frozen bundle's
    `resources/i18n` (PyInstaller's sys._MEIPASS) if any, then `<package root>/resources/i18n`."""
    found: list[Path] = []
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        found.append(Path(bundle) / "resources" / "i18n")
    # Path(app.__file__).parent.parent, without importing the top-level package from here.
    found.append(Path(__file__).resolve().parent.parent.parent / "resources" / "i18n")
    unique: list[Path] = []
    for directory in found:
        if directory not in unique:
            unique.append(directory)
    return unique


def ensure_core_app() -> QCoreApplication:
    """The running Qt application, or a new QCoreApplication (for the CLI, which needs one to
    translate). The caller must keep the returned object alive while it translates."""
    existing = QCoreApplication.instance()
    if existing is not None:
        return existing
    return QCoreApplication([sys.argv[0] if sys.argv and sys.argv[0] else "clientvault"])


def install_translations(
    app: QCoreApplication,
    language: str | None = None,
    *,
    directories: Iterable[Path] | None = None,
) -> str:
    """Install ClientVault's and Qt's translations for `language` into `app`; returns the language
    in effect ("zh_CN" or "en").

    `language` None means CLIENTVAULT_LANG, else the system language. When ClientVault's .qm for the
    language cannot be loaded (not built yet, say) the app stays in English and "en" is returned,
    so the app's and Qt's texts never mix languages. `directories` replaces
    `translation_directories()` (tests use it). Calling it again replaces the earlier translators.
    """
    wanted = (
        normalize_language(language) or normalize_language(os.environ.get(ENV_LANGUAGE)) or system_language()
    )
    search = list(directories) if directories is not None else translation_directories()

    _remove_installed(app)
    used = wanted
    own = _load_own(app, wanted, search)
    if own is None and wanted != DEFAULT_LANGUAGE:
        log.warning("no translation file for %s found; using English", wanted)
        used = DEFAULT_LANGUAGE
        own = _load_own(app, used, search)  # English needs none, but may carry plural forms

    qt = QTranslator(app)
    qt.setObjectName(_TRANSLATOR_NAME_PREFIX + "qtbase")
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt.load("qtbase_" + used, qt_dir):
        app.installTranslator(qt)
    else:
        if used != DEFAULT_LANGUAGE:
            log.info("Qt's own translation qtbase_%s not found in %s", used, qt_dir)
        qt.setParent(None)
    # Installed last = consulted first: ClientVault's texts win over Qt's.
    if own is not None:
        app.installTranslator(own)
    return used


def _load_own(app: QCoreApplication, language: str, directories: list[Path]) -> QTranslator | None:
    for directory in directories:
        path = directory / (QM_PREFIX + language + ".qm")
        if not path.is_file():
            continue
        translator = QTranslator(app)  # parented: lives as long as the application
        translator.setObjectName(_TRANSLATOR_NAME_PREFIX + language)
        if translator.load(str(path)):
            return translator
        log.warning("translation file %s could not be loaded", path.name)
        translator.setParent(None)
    return None


def _remove_installed(app: QCoreApplication) -> None:
    for translator in app.findChildren(QTranslator):
        if translator.objectName().startswith(_TRANSLATOR_NAME_PREFIX):
            app.removeTranslator(translator)
            translator.setParent(None)
