"""Take the README's screenshots from the real app (customers page, customer editor,
classification and duplicates pages, in English and Simplified Chinese). Anyone can re-run it:

    QT_QPA_PLATFORM=offscreen .venv/bin/python packaging/screenshots.py [--out docs/screenshots]

It builds a throwaway demo vault in a temporary folder (cheap KDF parameters: the vault is deleted
afterwards and never holds real data), unlocks it in a MainWindow, and grabs the widgets to PNG.
Needs the compiled translations (the bootstrap's run/test commands build them).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QEventLoop, QSettings, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from app.i18n.translator import install_translations  # noqa: E402
from app.services import customers, demo  # noqa: E402
from app.services.access import VaultAccess  # noqa: E402
from app.ui.app_context import AppContext  # noqa: E402
from app.ui.fonts import apply_ui_fonts  # noqa: E402
from app.ui.main_window import MainWindow  # noqa: E402
from app.ui.task_runner import TaskRunner  # noqa: E402
from app.vault.kdf import KdfPolicy  # noqa: E402

PASS = "screenshot passphrase 2026 ok"


def settle(app: QApplication, ms: int = 400) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def wait_until(app: QApplication, predicate, timeout: float = 30.0) -> None:
    end = time.monotonic() + timeout
    while not predicate():
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
        if time.monotonic() > end:
            raise TimeoutError


def shoot(app: QApplication, folder: Path, language: str, out: Path) -> list[Path]:
    install_translations(app, language)
    ctx = AppContext(VaultAccess(folder, KdfPolicy.insecure_for_tests()), TaskRunner(),
                     QSettings(str(folder.parent / ("ui-" + language + ".ini")), QSettings.Format.IniFormat))
    window = MainWindow(ctx)
    window.resize(1280, 760)
    window.show()
    wait_until(app, lambda: window.root.currentWidget() is window.login)
    sessions: list[object] = []
    window.unlocked.connect(sessions.append)
    wait_until(app, lambda: window.login.user_combo.count() > 0 and window.login.unlock_button.isEnabled())
    settle(app, 300)
    window.login.user_combo.setCurrentText("老板" if language == "zh_CN" else "boss")
    window.login.passphrase.setText(PASS)
    window.login.unlock_button.click()
    wait_until(app, lambda: bool(sessions))
    session = sessions[0]
    page = window.show_page("CustomersPage")
    assert page is not None
    wait_until(app, lambda: page.model.rowCount() > 0)
    settle(app, 600)
    shots = []
    path = out / "customers-{}.png".format(language)
    window.grab().save(str(path))
    shots.append(path)
    editor = page.open_customer(_interesting_customer(session))
    assert editor is not None
    editor.resize(900, 720)
    settle(app, 800)
    path = out / "editor-{}.png".format(language)
    editor.grab().save(str(path))
    shots.append(path)
    editor.tabs.setCurrentWidget(editor.history_tab)
    settle(app, 500)
    path = out / "editor-history-{}.png".format(language)
    editor.grab().save(str(path))
    shots.append(path)
    editor.reject()
    settle(app, 200)
    shots += _shoot_classification(app, window, language, out)
    shots += _shoot_duplicates(app, window, language, out)
    window.close()  # locks the vault through the task runner
    settle(app, 300)
    ctx.runner.wait_idle()
    ctx.runner.shutdown()
    return shots


def _shoot_classification(app: QApplication, window: MainWindow, language: str, out: Path) -> list[Path]:
    page = window.show_page("ClassificationPage")
    if page is None:
        return []
    wait_until(app, lambda: page.state is not None)
    page.tabs.setCurrentIndex(3)  # RFM: the eight segments
    settle(app, 500)
    path = out / "classification-{}.png".format(language)
    window.grab().save(str(path))
    return [path]


def _shoot_duplicates(app: QApplication, window: MainWindow, language: str, out: Path) -> list[Path]:
    page = window.show_page("DuplicatesPage")
    if page is None:
        return []
    page.scan_button.click()
    wait_until(app, lambda: not page.scanning and page.model.rowCount() > 0, timeout=120)
    page.table.selectRow(0)
    settle(app, 800)
    path = out / "duplicates-{}.png".format(language)
    window.grab().save(str(path))
    return [path]


def _add_duplicates(session) -> None:
    """A few typical duplicates for the duplicates page: another spelling of a phone number,
    traditional characters, an email that came in twice under a nickname."""
    customers.create_customer(session, {"name": "陳志明", "phones": ["+86 139-1234-5678"], "company": "星辰贸易"})
    customers.create_customer(session, {"name": "陈志明", "phones": ["13912345678"], "company": "星辰贸易有限公司",
                                        "emails": ["zhiming.chen@example.com"]})
    customers.create_customer(session, {"name": "Robert Miller", "emails": ["bob.miller@example.com"]})
    customers.create_customer(session, {"name": "Bob Miller", "emails": ["bob.miller@example.com"],
                                        "company": "Miller & Sons"})


def _interesting_customer(session) -> int:
    """A Chinese customer with a company, a few purchases and an edit in its history."""
    page = customers.search_customers(session, "科技", limit=20)
    cid = page.rows[0].id if page.rows else customers.list_customers(session, limit=1).rows[0].id
    customers.update_customer(session, cid, {"title": "采购经理", "tags": ["VIP", "批发"]})
    return cid


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default=str(ROOT / "docs" / "screenshots"))
    args = ap.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(["ClientVault"])
    apply_ui_fonts(app)
    for language in ("en", "zh_CN"):
        with tempfile.TemporaryDirectory() as tmp:
            folder = Path(tmp) / "vault"
            owner = "老板" if language == "zh_CN" else "boss"
            session, _key = VaultAccess(folder, KdfPolicy.insecure_for_tests()).create(owner, PASS)
            demo.fill_demo(session, 300, purchases_mean=3, seed=5)
            _add_duplicates(session)
            session.lock()
            for path in shoot(app, folder, language, out):
                print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)


if __name__ == "__main__":
    main()
