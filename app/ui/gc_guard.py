"""Python's cyclic garbage collector, run on the GUI thread only.

CPython collects reference cycles on whichever thread happens to allocate when a generation's
threshold is crossed. With the vault thread and the CPU workers allocating all the time, that is
often not the GUI thread; a cycle that holds a Qt object (a dialog whose lambda slot refers back to
it, a closed window) is then destroyed on a worker thread, which Qt does not allow: it can crash or
deadlock the process inside Qt, where no Python code (not even a signal handler) runs again. The
PyQt/PySide recipe, also used by Anki, is to switch automatic collection off while the GUI runs
and collect on the GUI thread from a timer, with CPython's own thresholds. Qt has nothing for
this and the standard library no per-thread collector, hence this small class.

While a scan pauses collection (`gc_pause.gc_paused`: millions of short-lived objects, no cycles)
the timer waits, so a scan never makes the GUI thread walk its objects.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

from app.models.matching import gc_pause

INTERVAL_MS = 1000


class GuiThreadCollector(QObject):
    """Turns automatic collection off; collects on this (the GUI) thread when it is due."""

    def __init__(self, parent: QObject | None = None, interval_ms: int = INTERVAL_MS) -> None:
        super().__init__(parent)
        self._was_enabled = gc.isenabled()
        gc.disable()
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.collect_if_due)
        self._timer.start()

    def collect_if_due(self) -> int | None:
        """Collect the generation CPython would have collected by now; the generation, or None."""
        if gc_pause.active():
            return None
        threshold0, threshold1, threshold2 = gc.get_threshold()
        count0, count1, count2 = gc.get_count()
        if count0 <= threshold0:
            return None
        generation = 2 if count2 > threshold2 else 1 if count1 > threshold1 else 0
        gc.collect(generation)
        return generation

    def stop(self) -> None:
        """Back to automatic collection (at exit)."""
        self._timer.stop()
        gc.collect()
        if self._was_enabled:
            gc.enable()
