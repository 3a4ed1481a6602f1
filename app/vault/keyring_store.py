"""Opt-in "remember me on this computer" secrets in the operating system's keyring.

SECURITY.md, keys: the keyring slot is per user, opt-in, and never created when the keyring backend
is not a real OS store. This module is the only place that talks to the `keyring` package:

* Only the Secret Service (GNOME Keyring, KeePassXC …), the macOS Keychain and the Windows
  Credential Locker are accepted, plus backend types a caller names explicitly in
  `trusted_backend_types` (the unit tests' in-memory backend). The fail and null backends, the
  keyrings.alt file backends (plaintext or "encrypted" with a key beside them) and anything else are
  refused; a chainer is unwrapped to its acceptable members. (SECURITY requirement 13.)
* Every operation re-checks the backend first and refuses with `KeyringUnavailable` when it is not
  acceptable, so nothing is ever written through an insecure backend.
* Every backend call (including backend detection, which may talk to D-Bus) runs on a daemon worker
  thread with a timeout: a hung D-Bus or an unanswered unlock prompt cannot hang the app, nor keep
  it from exiting. While a timed-out call is still stuck, further calls fail fast with "timeout"
  instead of piling up threads.
* Secrets are stored base64-encoded under service "ClientVault", username "<vault id>:<user id>".
  They are never logged; errors carry only a reason code.

No Qt here; callers run these (blocking, bounded by the timeout) calls off the GUI thread.
"""

from __future__ import annotations

import base64
import binascii
import logging
import secrets
import threading
from collections.abc import Callable
from concurrent.futures import Future, wait
from contextlib import closing
from dataclasses import dataclass
from typing import Any, Final, TypeVar

import keyring
import keyring.backend
import keyring.errors
from keyring.backends import fail as fail_backend
from keyring.backends import null as null_backend
from keyring.backends.chainer import ChainerBackend

from app.models.errors import KeyringUnavailable

log = logging.getLogger(__name__)

SERVICE_NAME: Final = "ClientVault"
SECRET_BYTES: Final = 32

REASON_OK: Final = "ok"
REASON_NO_BACKEND: Final = "no_backend"
REASON_INSECURE: Final = "insecure_backend"
REASON_TIMEOUT: Final = "timeout"
REASON_ERROR: Final = "error"

_T = TypeVar("_T")
_Backend = keyring.backend.KeyringBackend


def _os_backend_types() -> tuple[type, ...]:
    """The real OS stores. Each module imports on every platform; guard anyway."""
    found: list[type] = []
    try:
        from keyring.backends import SecretService

        found.append(SecretService.Keyring)
    except Exception:  # pragma: no cover - depends on the installed keyring
        pass
    try:
        from keyring.backends import macOS

        found.append(macOS.Keyring)
    except Exception:  # pragma: no cover
        pass
    try:
        from keyring.backends import Windows

        found.append(Windows.WinVaultKeyring)
    except Exception:  # pragma: no cover
        pass
    return tuple(found)


_OS_BACKEND_TYPES: Final = _os_backend_types()


def _backend_name(backend: object) -> str:
    cls = type(backend)
    return f"{cls.__module__}.{cls.__qualname__}"


def _is_secret_service(backend: object) -> bool:
    try:
        from keyring.backends import SecretService
    except Exception:  # pragma: no cover
        return False
    return type(backend) is SecretService.Keyring


@dataclass(frozen=True)
class KeyringStatus:
    """Whether "remember me" can be offered. `reason`: ok | no_backend | insecure_backend | timeout |
    error. `backend_name` is the dotted class name of the backend examined (for diagnostics)."""

    available: bool
    reason: str
    backend_name: str


class _Refused(Exception):
    """Internal: the backend was examined and refused (carries the status)."""

    def __init__(self, status: KeyringStatus) -> None:
        super().__init__(status.reason)
        self.status = status


class _TimedOut(Exception):
    """Internal: the worker did not answer in time."""


def new_secret() -> bytearray:
    """A fresh random keyring secret (32 bytes) in a bytearray the caller can zero."""
    return bytearray(secrets.token_bytes(SECRET_BYTES))


class KeyringStore:
    """The OS keyring, restricted to real OS stores, with every call bounded by `timeout` seconds.

    `backend` None means the backend the keyring library detects (`keyring.get_keyring()`, resolved
    lazily on the worker thread because detection itself may talk to D-Bus).
    """

    def __init__(
        self,
        backend: keyring.backend.KeyringBackend | None = None,
        *,
        trusted_backend_types: tuple[type, ...] = (),
        timeout: float = 5.0,
    ) -> None:
        if timeout <= 0:
            raise ValueError("timeout must be positive")
        self._backend = backend
        self._trusted = tuple(trusted_backend_types)
        self._timeout = float(timeout)
        self._lock = threading.Lock()
        self._stuck: Future[Any] | None = None

    # --- public API ----------------------------------------------------------------------------
    def status(self) -> KeyringStatus:
        """Examine the backend (never raises). Available only for an acceptable, reachable store."""
        try:
            _backend, status = self._in_worker(self._resolve)
            return status
        except _TimedOut:
            return KeyringStatus(False, REASON_TIMEOUT, self._configured_name())
        except Exception as exc:
            log.warning("keyring status check failed: %s", type(exc).__name__)
            return KeyringStatus(False, REASON_ERROR, self._configured_name())

    def store(self, vault_id: str, user_id: int, secret: bytes | bytearray) -> None:
        """Save `secret` for this vault and user, replacing any previous one."""
        if not secret:
            raise ValueError("empty secret")
        username = self._username(vault_id, user_id)
        encoded = base64.b64encode(bytes(secret)).decode("ascii")

        def op(backend: _Backend) -> None:
            backend.set_password(SERVICE_NAME, username, encoded)

        self._run(op)

    def load(self, vault_id: str, user_id: int) -> bytes | None:
        """The stored secret, or None when there is no entry (e.g. the user removed it)."""
        username = self._username(vault_id, user_id)

        def op(backend: _Backend) -> str | None:
            return backend.get_password(SERVICE_NAME, username)

        encoded = self._run(op)
        if encoded is None:
            return None
        try:
            return base64.b64decode(encoded.encode("ascii"), validate=True)
        except (binascii.Error, UnicodeEncodeError, ValueError):
            log.warning("keyring entry for this vault user is not valid base64")
            raise KeyringUnavailable(reason=REASON_ERROR) from None

    def delete(self, vault_id: str, user_id: int) -> None:
        """Remove the entry; no error when there is none."""
        username = self._username(vault_id, user_id)

        def op(backend: _Backend) -> None:
            try:
                backend.delete_password(SERVICE_NAME, username)
            except keyring.errors.PasswordDeleteError:
                # keyring's convention for "no such entry"; make sure that is what it meant.
                if backend.get_password(SERVICE_NAME, username) is not None:
                    raise

        self._run(op)

    # --- internals -----------------------------------------------------------------------------
    @staticmethod
    def _username(vault_id: str, user_id: int) -> str:
        if not vault_id or ":" in vault_id:
            raise ValueError("invalid vault id")
        if isinstance(user_id, bool) or not isinstance(user_id, int):
            raise TypeError("user_id must be an int")
        return f"{vault_id}:{user_id}"

    def _configured_name(self) -> str:
        return _backend_name(self._backend) if self._backend is not None else ""

    def _run(self, op: Callable[[_Backend], _T]) -> _T:
        """Resolve the backend and run `op` on it, both on the worker, within one timeout."""

        def job() -> _T:
            backend, status = self._resolve()
            if backend is None or not status.available:
                raise _Refused(status)
            return op(backend)

        try:
            return self._in_worker(job)
        except _Refused as refused:
            log.info("keyring refused (%s, backend %s)", refused.status.reason, refused.status.backend_name)
            raise KeyringUnavailable(reason=refused.status.reason) from None
        except _TimedOut:
            log.warning("keyring call timed out after %.1f s", self._timeout)
            raise KeyringUnavailable(reason=REASON_TIMEOUT) from None
        except Exception as exc:
            # The exception text is not logged: a backend could echo what it was given.
            log.warning("keyring call failed: %s", type(exc).__name__)
            raise KeyringUnavailable(reason=REASON_ERROR) from None

    def _in_worker(self, fn: Callable[[], _T]) -> _T:
        """Run `fn` on a daemon thread; `_TimedOut` if it has not finished within the timeout.

        A daemon thread rather than a ThreadPoolExecutor: the executor's workers are joined at
        interpreter exit, so one hung D-Bus call would keep the app from quitting.
        """
        with self._lock:
            if self._stuck is not None:
                if not self._stuck.done():
                    raise _TimedOut()
                self._stuck = None
        future: Future[_T] = Future()

        def runner() -> None:
            if not future.set_running_or_notify_cancel():  # pragma: no cover - never cancelled
                return
            try:
                result = fn()
            except BaseException as exc:  # handed to the caller, not swallowed
                future.set_exception(exc)
            else:
                future.set_result(result)

        threading.Thread(target=runner, name="clientvault-keyring", daemon=True).start()
        done, _pending = wait([future], timeout=self._timeout)
        if not done:
            with self._lock:
                self._stuck = future
            raise _TimedOut()
        return future.result()

    def _resolve(self) -> tuple[_Backend | None, KeyringStatus]:
        """(backend to use, status). Runs on the worker thread: may touch D-Bus."""
        backend = self._backend if self._backend is not None else keyring.get_keyring()
        name = _backend_name(backend)
        if isinstance(backend, ChainerBackend):
            try:
                members: list[_Backend] = list(backend.backends)
            except Exception as exc:
                log.info("keyring chainer members unavailable: %s", type(exc).__name__)
                return None, KeyringStatus(False, REASON_NO_BACKEND, name)
            if not members:
                return None, KeyringStatus(False, REASON_NO_BACKEND, name)
            refusals: list[KeyringStatus] = []
            for member in members:
                if isinstance(member, ChainerBackend):
                    refusals.append(KeyringStatus(False, REASON_INSECURE, _backend_name(member)))
                    continue
                status = self._examine(member)
                if status.available:
                    return member, status
                refusals.append(status)
            # Insecure members make the chain insecure; otherwise report the first member's reason.
            for status in refusals:
                if status.reason == REASON_INSECURE:
                    return None, KeyringStatus(False, REASON_INSECURE, name)
            return None, KeyringStatus(False, refusals[0].reason, name)
        status = self._examine(backend)
        return (backend if status.available else None), status

    def _examine(self, backend: _Backend) -> KeyringStatus:
        name = _backend_name(backend)
        if isinstance(backend, fail_backend.Keyring | null_backend.Keyring):
            return KeyringStatus(False, REASON_NO_BACKEND, name)
        if type(backend) in self._trusted:
            return KeyringStatus(True, REASON_OK, name)  # explicitly trusted: no viability probe
        if type(backend) not in _OS_BACKEND_TYPES:
            # keyrings.alt file backends, unknown third-party backends, subclasses of OS backends
            return KeyringStatus(False, REASON_INSECURE, name)
        try:
            priority = float(type(backend).priority)
        except Exception as exc:  # e.g. SecretService without a session bus raises RuntimeError
            log.info("keyring backend %s not usable: %s", name, type(exc).__name__)
            return KeyringStatus(False, REASON_NO_BACKEND, name)
        if not priority > 0:
            return KeyringStatus(False, REASON_NO_BACKEND, name)
        if _is_secret_service(backend):
            return self._probe_secret_service(backend, name)
        return KeyringStatus(True, REASON_OK, name)

    @staticmethod
    def _probe_secret_service(backend: _Backend, name: str) -> KeyringStatus:
        """The default (or preferred) collection exists and is unlocked (or could be unlocked)."""
        get_collection: Callable[[], Any] = getattr(backend, "get_preferred_collection")  # noqa: B009
        try:
            collection = get_collection()
            with closing(collection.connection):
                locked = bool(collection.is_locked())
        except (keyring.errors.InitError, keyring.errors.KeyringLocked) as exc:
            log.info("secret service collection unavailable: %s", type(exc).__name__)
            return KeyringStatus(False, REASON_NO_BACKEND, name)
        except Exception as exc:
            log.info("secret service probe failed: %s", type(exc).__name__)
            return KeyringStatus(False, REASON_ERROR, name)
        if locked:
            return KeyringStatus(False, REASON_NO_BACKEND, name)
        return KeyringStatus(True, REASON_OK, name)
