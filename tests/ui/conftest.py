"""Fixtures shared by the UI tests: an owner's AppContext and the app in Simplified Chinese.
A test module that needs another context defines its own `ctx`, which takes precedence."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QSettings
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from app.i18n import translator
from app.services.access import VaultAccess
from app.services.session import Session
from app.ui.app_context import AppContext
from app.ui.task_runner import TaskRunner


@pytest.fixture
def ctx(access: VaultAccess, owner: Session, tmp_path: Path, qtbot) -> Iterator[AppContext]:  # noqa: ANN001
    runner = TaskRunner()
    context = AppContext(access, runner, QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))
    context.holder.set(owner)
    yield context
    runner.wait_idle()
    runner.shutdown()
    settle(context)


def settle(context: AppContext) -> None:
    """End of test: drop our clipboard content (a Python-made QMimeData must not outlive the
    interpreter), run deferred deletes, and collect garbage here on the GUI thread — never let a
    vault-thread allocation in the next test trigger a collection that destroys Qt objects there."""
    context.clipboard.clear_if_ours()
    QGuiApplication.clipboard().clear()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    gc.collect()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)


@pytest.fixture
def chinese() -> Iterator[None]:
    """The app in Simplified Chinese, from the committed translations (tests/unit/i18n checks that
    they are complete)."""
    app = QApplication.instance()
    assert app is not None
    assert translator.install_translations(app, "zh_CN") == "zh_CN"
    QLocale.setDefault(QLocale("zh_CN"))
    yield
    translator.install_translations(app, "en")
    QLocale.setDefault(QLocale("en_US"))
