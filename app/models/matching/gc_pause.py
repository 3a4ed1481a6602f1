"""Automatic garbage collection paused while a scan runs, so the scan never stalls the GUI thread.

A scan of 100k customers keeps a few million small objects alive (prepared records, blocks, pair
scores). CPython's cyclic garbage collector now and then walks *every* tracked object in one
generation-2 collection, holding the GIL for the whole walk: 200 ms to 1 s at that size, during
which the GUI thread (and its event loop) cannot run, although the scan itself runs on a worker
thread. The scan's data holds no reference cycles (frozen value objects, tuples, strings, lists and
dicts of them), so reference counting frees all of it; the collector only costs time here.

`gc.disable()` is process-wide, so pauses are counted: overlapping scans on two threads keep the
collector off until the last one ends, and it is switched back on only if it was on before the
first one. Cyclic garbage made meanwhile by other threads is collected by the next full collection
after the pause.
The standard library has no per-thread or scoped form of this, hence the small counter here.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

__all__ = ["active", "gc_paused"]

_lock = threading.Lock()
_pauses = 0
_restore = False  # whether the first pause found the collector enabled


def active() -> bool:
    """Whether a pause is in force (the GUI thread's collector then waits: app/ui/gc_guard.py)."""
    return _pauses > 0


@contextmanager
def gc_paused() -> Iterator[None]:
    """Automatic collection off inside the block (nested and concurrent use is fine)."""
    global _pauses, _restore
    with _lock:
        if _pauses == 0:
            _restore = gc.isenabled()
            gc.disable()
        _pauses += 1
    try:
        yield
    finally:
        with _lock:
            _pauses -= 1
            if _pauses == 0:
                if gc.get_freeze_count() == 0:
                    # Objects made during the pause that are still alive (a scan's result: some
                    # 400k at 100k customers) all sit in the youngest generation; the first
                    # collection after the pause would walk them in one go. Freezing and
                    # unfreezing moves them to the oldest generation without walking them.
                    gc.freeze()
                    gc.unfreeze()
                if _restore:
                    gc.enable()
