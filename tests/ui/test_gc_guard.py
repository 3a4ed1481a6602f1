"""Cyclic garbage is collected on the GUI thread only (app/ui/gc_guard.py).

tests/conftest.py installs the same collector as the app, so automatic collection is off here."""

from __future__ import annotations

import gc
import threading

from PySide6.QtCore import QObject

from app.models.matching.gc_pause import gc_paused
from app.ui.gc_guard import GuiThreadCollector


class _Cycle:
    """A reference cycle holding a Qt object; records the thread that finally frees it."""

    freed_on: list[str] = []

    def __init__(self) -> None:
        self.me = self
        self.qobject = QObject()

    def __del__(self) -> None:
        _Cycle.freed_on.append(threading.current_thread().name)


def _make_garbage_then_allocate_on_a_worker() -> None:
    def work() -> None:
        _Cycle()  # unreachable at once, but only the cyclic collector can free it
        for _ in range(20_000):  # more cyclic garbage: far past the youngest generation's threshold
            junk: list[object] = []
            junk.append(junk)

    thread = threading.Thread(target=work, name="vault-like-worker")
    thread.start()
    thread.join()


def test_a_worker_thread_never_collects_cycles_holding_qt_objects(qtbot) -> None:  # type: ignore[no-untyped-def]
    assert not gc.isenabled()  # the test session runs with the app's collector (tests/conftest.py)
    gc.collect()
    _Cycle.freed_on.clear()
    _make_garbage_then_allocate_on_a_worker()
    assert _Cycle.freed_on == []  # CPython would have collected it on the worker
    collector = GuiThreadCollector()
    try:
        assert collector.collect_if_due() is not None
        assert _Cycle.freed_on == [threading.main_thread().name]
        assert collector.collect_if_due() is None  # nothing due right after a collection
    finally:
        collector.stop()
        gc.disable()  # stop() restores what it found: automatic collection stays off in this session


def test_the_timer_collects_on_the_gui_thread(qtbot) -> None:  # type: ignore[no-untyped-def]
    gc.collect()
    _Cycle.freed_on.clear()
    collector = GuiThreadCollector(interval_ms=20)
    try:
        _make_garbage_then_allocate_on_a_worker()
        qtbot.waitUntil(lambda: bool(_Cycle.freed_on), timeout=5000)
        assert _Cycle.freed_on == [threading.main_thread().name]
    finally:
        collector.stop()
        gc.disable()


def test_no_collection_while_a_scan_pauses_it(qtbot) -> None:  # type: ignore[no-untyped-def]
    collector = GuiThreadCollector()
    try:
        with gc_paused():
            _make_garbage_then_allocate_on_a_worker()
            assert collector.collect_if_due() is None
        _make_garbage_then_allocate_on_a_worker()
        assert collector.collect_if_due() is not None
    finally:
        collector.stop()
        gc.disable()
