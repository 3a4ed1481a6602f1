# mypy: disable-error-code="no-untyped-call"
"""An in-memory `keyring` backend for unit tests (SECURITY requirement 13 tests use it).

Priority 0 and not "viable": keyring's own auto-detection never picks it, so defining it cannot
change which backend `keyring.get_keyring()` returns elsewhere in the same test process. Tests hand
an instance to `KeyringStore(backend, trusted_backend_types=(MemoryKeyring,))` explicitly.
"""

from __future__ import annotations

import threading

from keyring.backend import KeyringBackend
from keyring.compat import properties
from keyring.errors import PasswordDeleteError


class MemoryKeyring(KeyringBackend):
    """Passwords in a dict keyed by (service, username); `calls` records every operation."""

    # keyring registers every backend class it sees; keep this one out of auto-detection.
    viable = False

    @properties.classproperty
    def priority(cls) -> float:
        return 0

    def __init__(self) -> None:
        super().__init__()
        self._lock = threading.Lock()
        self.entries: dict[tuple[str, str], str] = {}
        self.calls: list[tuple[str, str, str]] = []  # (operation, service, username)

    def get_password(self, service: str, username: str) -> str | None:
        with self._lock:
            self.calls.append(("get", service, username))
            return self.entries.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        with self._lock:
            self.calls.append(("set", service, username))
            self.entries[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        with self._lock:
            self.calls.append(("delete", service, username))
            if (service, username) not in self.entries:
                raise PasswordDeleteError("No such password!")
            del self.entries[(service, username)]
