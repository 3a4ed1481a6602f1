"""The unlocked vault plus the acting user, passed explicitly to every service (no globals)."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from app.models.errors import VaultLocked
from app.models.records import User
from app.vault import database
from app.vault.repositories import audit_repo
from app.vault.repositories.customers_repo import BlindIndexer
from app.vault.vault import UnlockedVault, utc_now


@dataclass
class Session:
    vault: UnlockedVault
    user: User
    via: str = "passphrase"  # passphrase | keyring | recovery_key
    clock: Callable[[], str] = utc_now
    audit_head_interval: float = 0.0  # seconds between vault.keys head updates (0 = every commit)
    _last_head_write: float = field(default=0.0, repr=False)
    _in_tx: bool = field(default=False, repr=False)

    @property
    def con(self) -> database.Connection:
        return self.vault.connection()

    @property
    def is_locked(self) -> bool:
        return self.vault.is_locked

    def blind_indexer(self) -> BlindIndexer:
        return BlindIndexer(self.vault.keys.index)

    @contextmanager
    def transaction(self) -> Iterator[database.Connection]:
        """One write transaction: the action and its access-log entry commit together or not at all."""
        con = self.con
        if self._in_tx:
            yield con
            return
        database.begin(con)
        self._in_tx = True
        try:
            yield con
        except BaseException:
            self._in_tx = False
            if not self.vault.is_locked:
                database.rollback(con)
            raise
        self._in_tx = False
        database.commit(con)
        self.after_commit()

    def log(self, action: str, customer_id: int | None = None, fields: tuple[str, ...] = (),
            detail: dict[str, object] | None = None) -> None:
        """Append an access-log entry; must be called inside `transaction()`."""
        if not self._in_tx:
            raise RuntimeError("access-log entries are written inside the action's transaction")
        audit_repo.append(self.con, self.vault.keys.audit, self.clock(), self.user.id if self.user.id else None,
                          action, customer_id, fields, detail or {})

    def after_commit(self, force: bool = False) -> None:
        now = time.monotonic()
        if not force and self.audit_head_interval and now - self._last_head_write < self.audit_head_interval:
            return
        con = self.con
        stored = self.vault.keyfile.audit_head
        if stored.seq:
            at = audit_repo.mac_at(con, stored.seq)
            if at is None or at.hex() != stored.mac:
                # The recorded head is no longer in the chain (tail truncated or rows edited while
                # the app was not looking): keep it as evidence, never move it forward.
                return
        seq, mac = audit_repo.head(con)
        self.vault.save_audit_head(seq, mac.hex())
        self._last_head_write = now

    def lock(self) -> None:
        """Log the lock, store the audit head, close the connection and zero the keys."""
        if self.vault.is_locked:
            return
        try:
            with self.transaction():
                self.log("lock")
            self.after_commit(force=True)
        except VaultLocked:
            pass
        finally:
            self.vault.lock()
            for forget in _ON_LOCK:
                forget()

    close = lock


# Services that keep derived data in memory (e.g. the classification cache) register here so that
# nothing read from the vault outlives a lock.
_ON_LOCK: list[Callable[[], None]] = []


def on_lock(forget: Callable[[], None]) -> None:
    """Call `forget` whenever a session locks (once per callback)."""
    if forget not in _ON_LOCK:
        _ON_LOCK.append(forget)
