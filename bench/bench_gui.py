"""GUI responsiveness at 1M customers: time from unlock to the first rows shown, and the longest
GUI-thread stall while scrolling the customer list and typing searches.

    .venv/bin/python bench/bench_vault.py --sizes 1000000 --keep /path/vault   # build once
    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_gui.py --vault /path/vault

A 2 ms QTimer ticks on the GUI thread throughout; a stall is the longest gap between two ticks
beyond the timer period (targets: first rows < 300 ms after the KDF, no stall > 50 ms).
Prints a table and writes bench/results/gui.json.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QElapsedTimer, QEventLoop, QSettings, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from app.services.access import VaultAccess  # noqa: E402
from app.ui.app_context import AppContext  # noqa: E402
from app.ui.main_window import MainWindow  # noqa: E402
from app.ui.task_runner import TaskRunner  # noqa: E402
from app.vault.kdf import KdfPolicy  # noqa: E402

PASS = "benchmark passphrase 2026 ok"


class StallMonitor:
    def __init__(self, period_ms: int = 2) -> None:
        self.period = period_ms
        self.clock = QElapsedTimer()
        self.timer = QTimer()
        self.timer.setInterval(period_ms)
        self.timer.timeout.connect(self._tick)
        self.last = 0
        self.worst = 0.0

    def start(self) -> None:
        self.clock.start()
        self.last = self.clock.nsecsElapsed()
        self.worst = 0.0
        self.timer.start()

    def _tick(self) -> None:
        now = self.clock.nsecsElapsed()
        gap = (now - self.last) / 1e6 - self.period
        self.worst = max(self.worst, gap)
        self.last = now

    def stop(self) -> float:
        self.timer.stop()
        return round(self.worst, 1)


def spin(app: QApplication, ms: int) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def wait_until(app: QApplication, predicate, timeout_ms: int = 60000) -> float:
    start = time.perf_counter()
    while not predicate():
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)
        if (time.perf_counter() - start) * 1000 > timeout_ms:
            raise TimeoutError
    return time.perf_counter() - start


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--vault", required=True)
    ap.add_argument("--out", default=str(ROOT / "bench" / "results"))
    args = ap.parse_args()
    app = QApplication.instance() or QApplication(["bench"])
    settings = QSettings(str(Path(args.out) / "gui-bench.ini"), QSettings.Format.IniFormat)
    ctx = AppContext(VaultAccess(Path(args.vault), KdfPolicy.production()), TaskRunner(), settings)
    window = MainWindow(ctx)
    window.resize(1280, 800)
    window.show()
    wait_until(app, lambda: window.root.currentWidget() is window.login, 10000)
    spin(app, 300)
    monitor = StallMonitor()
    monitor.start()

    # Unlock through the login page (the KDF runs on the vault thread), then measure the time from
    # the unlocked session to the first customer rows on screen.
    result: dict[str, object] = {}
    stamps: list[float] = []
    window.login.unlocked.connect(lambda _s: stamps.append(time.perf_counter()))
    wait_until(app, lambda: window.login.user_combo.count() > 0 and window.login.unlock_button.isEnabled())
    spin(app, 300)
    window.login.user_combo.setCurrentText("boss")
    window.login.passphrase.setText(PASS)
    t0 = time.perf_counter()
    window.login.unlock_button.click()
    wait_until(app, lambda: bool(stamps))
    unlocked_at = stamps[0]
    kdf_and_open = unlocked_at - t0
    page = window.page("CustomersPage")
    assert page is not None
    model = page.model
    wait_until(app, lambda: model.rowCount() > 0)
    first_rows = time.perf_counter() - unlocked_at
    result["unlock_kdf_and_open_ms"] = round(kdf_and_open * 1000, 1)
    result["first_rows_after_unlock_ms"] = round(first_rows * 1000, 1)
    result["stall_during_unlock_ms"] = monitor.stop()

    # Scrolling: jump to the bottom of what is loaded, repeatedly, for 4 s (lazy fetching).
    monitor.start()
    bar = page.view.verticalScrollBar()
    end = time.perf_counter() + 4
    while time.perf_counter() < end:
        bar.setValue(bar.maximum())
        spin(app, 16)
    result["rows_loaded_while_scrolling"] = model.rowCount()
    result["worst_stall_scrolling_ms"] = monitor.stop()

    # Typing searches, one character every 120 ms (a quick typist), then waiting for results.
    monitor.start()
    typing_results = {}
    for query in ("z", "zh", "zha", "zhan", "zhang", "zhangw", "张", "张伟", "1", "13", "138", "1380", "13800",
                  "qq.com", "科技"):
        page.search.setText(query)
        spin(app, 120)
        start = time.perf_counter()
        try:
            wait_until(app, lambda: not model.loading, 10000)
        except TimeoutError:
            pass
        typing_results[query] = round((time.perf_counter() - start) * 1000, 1)
    result["worst_stall_typing_ms"] = monitor.stop()
    result["results_settle_after_last_key_ms"] = typing_results
    ctx.holder.session.lock()  # type: ignore[union-attr]
    ctx.runner.shutdown()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    (out / "gui.json").write_text(json.dumps(result, indent=1, ensure_ascii=False))
    print("unlock (KDF + open, off the GUI thread): {} ms".format(result["unlock_kdf_and_open_ms"]))
    print("first rows shown after unlock:          {} ms   (target < 300 ms)".format(result["first_rows_after_unlock_ms"]))
    print("worst GUI stall during unlock:          {} ms".format(result["stall_during_unlock_ms"]))
    print("worst GUI stall while scrolling:        {} ms   ({} rows fetched lazily)".format(
        result["worst_stall_scrolling_ms"], result["rows_loaded_while_scrolling"]))
    print("worst GUI stall while typing searches:  {} ms   (target: none > 50 ms)".format(result["worst_stall_typing_ms"]))
    for q, v in typing_results.items():
        print("  results for {!r:10} settled {} ms after the pause".format(q, v))


if __name__ == "__main__":
    main()
