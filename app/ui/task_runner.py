"""Runs vault work on the one vault thread and hands results back on the GUI thread.

Like Anki's single-worker collection executor: SQLite connections belong to one thread, so every
service call that touches the vault is queued here, in order. Results (or typed errors) come back
as a queued signal to the GUI thread; a callback whose owner widget has been destroyed is dropped
(Picard's run_task/to_main idea). Work that needs no vault (parsing, scoring) may use `run_cpu`.
"""

from __future__ import annotations

import itertools
import logging
import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal, Slot
from shiboken6 import isValid

log = logging.getLogger(__name__)


class CancelToken:
    """Passed to long operations; they check `cancelled` between batches."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()


@dataclass
class _Job:
    id: int
    owner: QObject | None
    on_done: Callable[[Any], None] | None
    on_error: Callable[[BaseException], None] | None


class TaskRunner(QObject):
    """`run(fn, *args, on_done=…, on_error=…, owner=widget)`; `busy_changed(bool)` for spinners."""

    _finished = Signal(int, object, object)  # job id, result, error
    busy_changed = Signal(bool)
    progress = Signal(int, int)  # done, total — emitted (throttled) by `progress_callback()`

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._vault = ThreadPoolExecutor(max_workers=1, thread_name_prefix="vault")
        self._cpu = ThreadPoolExecutor(max_workers=2, thread_name_prefix="cpu")
        self._jobs: dict[int, _Job] = {}
        self._ids = itertools.count(1)
        self._pending = 0
        self._finished.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    def run(self, fn: Callable[..., Any], *args: Any, on_done: Callable[[Any], None] | None = None,
            on_error: Callable[[BaseException], None] | None = None, owner: QObject | None = None,
            **kwargs: Any) -> Future[Any]:
        return self._submit(self._vault, fn, args, kwargs, on_done, on_error, owner)

    def run_cpu(self, fn: Callable[..., Any], *args: Any, on_done: Callable[[Any], None] | None = None,
                on_error: Callable[[BaseException], None] | None = None, owner: QObject | None = None,
                **kwargs: Any) -> Future[Any]:
        return self._submit(self._cpu, fn, args, kwargs, on_done, on_error, owner)

    def _submit(self, pool: ThreadPoolExecutor, fn: Callable[..., Any], args: tuple[Any, ...],
                kwargs: dict[str, Any], on_done: Callable[[Any], None] | None,
                on_error: Callable[[BaseException], None] | None, owner: QObject | None) -> Future[Any]:
        job = _Job(next(self._ids), owner, on_done, on_error)
        self._jobs[job.id] = job
        self._set_pending(+1)

        def work() -> Any:
            try:
                result = fn(*args, **kwargs)
            except BaseException as exc:  # noqa: BLE001 - handed to the GUI thread as a value
                self._finished.emit(job.id, None, exc)
                raise
            self._finished.emit(job.id, result, None)
            return result

        return pool.submit(work)

    def progress_callback(self, min_interval: float = 0.1) -> Callable[[int, int], None]:
        """A thread-safe progress callback for long operations, throttled to ~10 signals/s."""
        import time

        last = [0.0]

        def report(done: int, total: int) -> None:
            now = time.monotonic()
            if now - last[0] >= min_interval or done >= total:
                last[0] = now
                self.progress.emit(done, total)

        return report

    def _set_pending(self, delta: int) -> None:
        before = self._pending > 0
        self._pending += delta
        if before != (self._pending > 0):
            self.busy_changed.emit(self._pending > 0)

    @property
    def busy(self) -> bool:
        return self._pending > 0

    @Slot(int, object, object)
    def _deliver(self, job_id: int, result: object, error: object) -> None:
        job = self._jobs.pop(job_id, None)
        self._set_pending(-1)
        if job is None:
            return
        if job.owner is not None and not isValid(job.owner):
            return  # the widget that asked is gone
        if error is not None:
            if job.on_error is not None:
                job.on_error(error)  # type: ignore[arg-type]
            else:
                log.error("unhandled task error: %s", type(error).__name__)
        elif job.on_done is not None:
            job.on_done(result)

    def wait_idle(self) -> None:
        """Block until queued vault work has run (used at shutdown and by tests)."""
        self._vault.submit(lambda: None).result()

    def shutdown(self) -> None:
        self._vault.shutdown(wait=True, cancel_futures=False)
        self._cpu.shutdown(wait=False, cancel_futures=True)
