"""SQL and vault-folder file work for backups and restores (the format itself: backup_format.py).

* `frozen_snapshot`: the live vault's own encrypted pages, frozen at one read snapshot held on a
  second connection, while the app's own connection keeps reading and writing (WAL mode).
* The payload of a backup (decrypted to a temp file, still an SQLCipher database): open, check,
  describe, migrate, re-apply an erasure ledger, rekey to the vault key.
* Backup bookkeeping in the settings table: sequence, history, destinations.
* `install_restored`: put a restored vault.db and vault.keys in place, keeping the previous ones
  aside until the caller commits (or rolls back).
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import sqlcipher3

from app.models.errors import BackupCancelled, BackupDamaged, DiskFull, VaultDamaged, VaultInUse
from app.models.records import Role
from app.vault import database
from app.vault.database import Connection
from app.vault.files import FileLock, fsync_dir, os_error, write_atomic
from app.vault.keyfile import AuditHead
from app.vault.repositories import audit_repo, customers_repo, users_repo

_KEY_LITERAL = re.compile(r"^x'[0-9a-f]{64}'$")
_IDENT = re.compile(r"^[a-z_]{1,32}$")

SETTING_SEQUENCE = "backup.sequence"
SETTING_HISTORY = "backup.history"
SETTING_DESTINATIONS = "backup.destinations"
SETTING_LAST_DRILL = "backup.last_drill"
SETTING_RESTORES = "backup.restores"
BACKUP_SETTINGS = (SETTING_SEQUENCE, SETTING_HISTORY, SETTING_DESTINATIONS, SETTING_LAST_DRILL, SETTING_RESTORES)
HISTORY_LIMIT = 200
DESTINATIONS_LIMIT = 20
ASIDE_SUFFIX = ".before-restore"
RESTORE_TEMP_PREFIX = ".restore-"  # the private folder beside the vault that holds a restore's work


def _check_key(key_literal: str) -> None:
    if not _KEY_LITERAL.match(key_literal):  # SECURITY requirement 5
        raise ValueError("SQLCipher keys must be raw 32-byte hex literals")


def _storage_error(exc: Exception, path: Path) -> Exception:
    text = str(exc).lower()
    if "full" in text:
        return DiskFull(path=str(path))
    return VaultDamaged(what="database")


# --- the snapshot ---------------------------------------------------------------------------------

@dataclass(frozen=True)
class Snapshot:
    schema_version: int
    audit_head: AuditHead
    owner_ids: frozenset[int]
    customers: int
    in_recycle_bin: int
    users: int
    erased: int  # entries in the erasure ledger


_FREEZE_TRIES = 200  # about 10 s of the app writing without a pause before a backup gives up
_FREEZE_PAUSE_S = 0.05


@dataclass
class FrozenSnapshot:
    """The live vault's database file, frozen at one read snapshot while the context is open: read
    `size` bytes of `path` (the vault's own SQLCipher pages, still encrypted under K_db)."""

    path: Path
    size: int
    facts: Snapshot


@contextmanager
def frozen_snapshot(db_path: Path, db_key_literal: str,
                    cancelled: Callable[[], bool] | None = None) -> Iterator[FrozenSnapshot]:
    """Hold a read snapshot of the live vault whose pages are all in `vault.db` itself, so that
    the file's first `size` bytes are exactly that snapshot and stay so until the block ends.

    In WAL mode the app's writes go to `vault.db-wal`; a checkpoint copies them into `vault.db`,
    but never past the oldest snapshot a reader still holds. So: backfill the WAL (a PASSIVE
    checkpoint, which never waits), start a read transaction, then ask again from a second
    connection. If every committed frame is now in `vault.db`, our snapshot is exactly the file's
    content, and no later checkpoint can write a page of it while we read (later frames are newer
    than our snapshot, which pins them in the WAL). Otherwise (the app committed in between, or a
    reader of its own held the backfill back) end the transaction and try again; after about ten
    seconds of uninterrupted writing, VaultInUse(reason="busy"); `cancelled()` is looked at between
    tries (BackupCancelled).

    While the snapshot is held, no checkpoint can write `vault.db`, so an erasure committed
    meanwhile could not scrub its pages (its own checkpoint gave up): when the block ends and the
    erasure ledger grew, the WAL is checkpointed and truncated here (SECURITY.md "Erasure").

    The copy is a plain read of encrypted pages: no decryption, no re-encryption, a fraction of
    `sqlcipher_export`'s time (it rebuilt every b-tree). That pages are sound is checked on the
    same frozen file by `PageCheck` (every page's HMAC), beside the copy."""
    _check_key(db_key_literal)
    con = database.connect_reader(db_path, db_key_literal)
    frozen: FrozenSnapshot | None = None
    try:
        probe = database.connect_reader(db_path, db_key_literal)
        try:
            for _try in range(_FREEZE_TRIES):
                if cancelled is not None and cancelled():
                    raise BackupCancelled()
                probe.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchall()
                con.execute("BEGIN")
                facts = _snapshot_facts(con)
                page_size = int(con.execute("PRAGMA page_size").fetchone()[0])
                pages = int(con.execute("PRAGMA page_count").fetchone()[0])
                busy, frames, backfilled = probe.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
                if busy == 0 and frames == backfilled:
                    frozen = FrozenSnapshot(db_path, page_size * pages, facts)
                    break
                con.execute("ROLLBACK")
                time.sleep(_FREEZE_PAUSE_S)
        finally:
            probe.close()
    except database.DatabaseError as exc:
        con.close()
        raise _storage_error(exc, db_path.parent) from exc
    except BaseException:
        con.close()
        raise
    if frozen is None:
        con.close()
        raise VaultInUse(reason="busy")
    try:
        yield frozen
    finally:
        con.close()  # ends the read transaction: checkpoints may go on
        _settle_erasures(db_path, db_key_literal, frozen.facts.erased)


def _settle_erasures(db_path: Path, db_key_literal: str, erased_before: int) -> None:
    """The checkpoint an erasure could not do while a snapshot was held (see frozen_snapshot)."""
    try:
        con = database.connect_reader(db_path, db_key_literal)
    except (database.DatabaseError, VaultDamaged):
        return  # e.g. the vault key was rotated meanwhile: its own checkpoint covers that
    try:
        if len(customers_repo.erased_ids(con)) > erased_before:
            con.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
    except database.DatabaseError:
        pass  # the next checkpoint (every erasure, every lock) does it
    finally:
        con.close()


def _snapshot_facts(con: Connection) -> Snapshot:
    seq, mac = audit_repo.head(con)
    active = users_repo.list_users(con)
    owners = frozenset(u.id for u in active if u.role is Role.OWNER)
    return Snapshot(database.schema_version(con), AuditHead(seq, mac.hex() if seq else ""), owners,
                    customers_repo.count_customers(con), customers_repo.count_customers(con, deleted=True),
                    len(active), len(customers_repo.erased_ids(con)))


# --- a backup's payload (an SQLCipher database in a temp file) ---------------------------------------

def open_payload(path: Path, key_literal: str) -> Connection:
    """Open a decrypted payload for writing (restore: migrate, erasures, rekey); BackupDamaged
    (what="database") when it is not a database under this key (every chunk authenticated, so the
    vault was damaged when it was backed up)."""
    _check_key(key_literal)
    try:
        return database.connect(path, key_literal)
    except VaultDamaged as exc:
        raise BackupDamaged(what="database") from exc
    except database.DatabaseError as exc:
        raise BackupDamaged(what="database") from exc


def open_readonly(path: Path, key_literal: str) -> Connection:
    """Open a database file read-only (SQLite's `mode=ro`: not even its journal mode changes), for
    checks that run while another reader streams the same file. BackupDamaged as open_payload."""
    _check_key(key_literal)
    con = sqlcipher3.connect(path.resolve().as_uri() + "?mode=ro", uri=True, isolation_level=None,
                             check_same_thread=False)
    try:
        con.execute("PRAGMA cipher_log_level = NONE")
        con.execute('PRAGMA key = "' + key_literal + '"')
        version = con.execute("PRAGMA cipher_version").fetchone()
        if not version or not version[0]:
            raise BackupDamaged(what="database")
        con.execute("PRAGMA temp_store = MEMORY")
        con.execute("PRAGMA cache_size = -65536")
        con.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except database.DatabaseError as exc:
        con.close()
        raise BackupDamaged(what="database") from exc
    except BaseException:
        con.close()
        raise
    return con


class PageCheck:
    """`PRAGMA cipher_integrity_check` (every page's HMAC) of a database file, on its own read-only
    connection in a background thread, so it overlaps other work. `result()` waits for it;
    `stop()` interrupts it (the caller gave up) and waits for the thread."""

    def __init__(self, path: Path, key_literal: str) -> None:
        self.problems: list[str] = []
        self._error: BaseException | None = None
        self._lock = threading.Lock()
        self._con: Connection | None = None
        self._stopped = False
        self._thread = threading.Thread(target=self._run, args=(path, key_literal), daemon=True,
                                        name="clientvault-page-check")
        self._thread.start()

    def _run(self, path: Path, key_literal: str) -> None:
        try:
            con = open_readonly(path, key_literal)
            with self._lock:
                if self._stopped:
                    con.close()
                    return
                self._con = con
            try:
                self.problems = ["cipher: " + str(line) for (line,) in
                                 con.execute("PRAGMA cipher_integrity_check").fetchall()]
            finally:
                with self._lock:
                    self._con = None
                con.close()
        except database.DatabaseError as exc:
            self.problems = ["cipher: " + type(exc).__name__]
        except BaseException as exc:  # handed to the caller by result()
            self._error = exc

    def stop(self) -> None:
        with self._lock:
            self._stopped = True
            if self._con is not None:
                self._con.interrupt()
        self._thread.join()

    def result(self) -> list[str]:
        self._thread.join()
        if self._error is not None:
            raise self._error
        return self.problems


CHECK_PAGES = "pages"  # cipher_integrity_check: every page's HMAC under the payload key
CHECK_QUICK = "quick"  # + PRAGMA quick_check: b-tree structure, records, page accounting (O(N))
CHECK_FULL = "full"  # + PRAGMA integrity_check: also every index entry against its table row
CHECK_LEVELS = (CHECK_PAGES, CHECK_QUICK, CHECK_FULL)


def _interrupt_when(cancelled: Callable[[], bool] | None, con: Connection, done: threading.Event) -> None:
    """Watch `cancelled` while a long check runs on `con` and interrupt it (SQLite's integrity
    checks look at the interrupt flag as they go); stops when `done` is set."""
    if cancelled is None:
        return

    def watch() -> None:
        while not done.wait(0.1):
            if cancelled():
                con.interrupt()
                return

    threading.Thread(target=watch, daemon=True, name="clientvault-check-cancel").start()


def check_database(path: Path, key_literal: str, level: str = CHECK_FULL,
                   cancelled: Callable[[], bool] | None = None) -> list[str]:
    """Check a database file (empty list when healthy). `level`: CHECK_PAGES runs
    `PRAGMA cipher_integrity_check` only; CHECK_QUICK adds `PRAGMA quick_check`, CHECK_FULL
    `PRAGMA integrity_check`; the SQLite check runs beside the page check on its own read-only
    connection and stops early when `cancelled()` (BackupCancelled)."""
    if level not in CHECK_LEVELS:
        raise ValueError(level)
    pages = PageCheck(path, key_literal)
    problems: list[str] = []
    try:
        if level != CHECK_PAGES:
            con = open_readonly(path, key_literal)
            done = threading.Event()
            _interrupt_when(cancelled, con, done)
            try:
                pragma = "PRAGMA quick_check" if level == CHECK_QUICK else "PRAGMA integrity_check"
                for (line,) in con.execute(pragma).fetchall():
                    if line != "ok":
                        problems.append("sqlite: " + str(line))
            except database.DatabaseError as exc:
                problems.append("sqlite: " + type(exc).__name__)
            finally:
                done.set()
                con.close()
    finally:
        try:
            cipher = pages.result()
        except BackupDamaged:
            cipher = ["cipher: unreadable"]
    if cancelled is not None and cancelled():
        raise BackupCancelled()
    return cipher + problems


@dataclass(frozen=True)
class PayloadFacts:
    schema_version: int
    customers: int  # active (not in the recycle bin)
    deleted_customers: int
    purchases: int
    users: int
    owners: int
    access_log_entries: int
    audit_head: AuditHead
    erased: int


def payload_facts(con: Connection) -> PayloadFacts:
    """Counts from a payload of ANY schema version this app can migrate (plain SQL over tables that
    exist since schema 1 — never a repository function that may expect the newest schema)."""
    def n(sql: str) -> int:
        return int(con.execute(sql).fetchone()[0])

    seq, mac = audit_repo.head(con)
    return PayloadFacts(
        schema_version=database.schema_version(con),
        customers=n("SELECT count(*) FROM customers WHERE deleted_at IS NULL"),
        deleted_customers=n("SELECT count(*) FROM customers WHERE deleted_at IS NOT NULL"),
        purchases=n("SELECT count(*) FROM purchases"),
        users=n("SELECT count(*) FROM users WHERE removed_at IS NULL"),
        owners=n("SELECT count(*) FROM users WHERE removed_at IS NULL AND role = 'owner'"),
        access_log_entries=n("SELECT count(*) FROM access_log"),
        audit_head=AuditHead(seq, mac.hex() if seq else ""),
        erased=n("SELECT count(*) FROM erasure_ledger"),
    )


def audit_chain_ok(con: Connection, audit_key: bytearray, head: AuditHead) -> bool:
    """The payload's access log verifies under K_audit and holds the head recorded in the header."""
    check = audit_repo.verify_chain(con, audit_key)
    if check.broken_at is not None or check.head_seq < head.seq:
        return False
    if head.seq == 0:
        return True
    at = audit_repo.mac_at(con, head.seq)
    return at is not None and at.hex() == head.mac


@dataclass(frozen=True)
class LedgerEntry:
    customer_id: int
    erased_at: str
    request_ref: str


def ledger(con: Connection) -> list[LedgerEntry]:
    rows = con.execute("SELECT customer_id, erased_at, request_ref FROM erasure_ledger ORDER BY customer_id")
    return [LedgerEntry(int(r[0]), str(r[1]), str(r[2])) for r in rows.fetchall()]


def reapply_erasures(con: Connection, entries: Iterable[LedgerEntry]) -> list[int]:
    """Inside the caller's transaction: erase again every customer of `entries` that exists here
    and add every entry to this ledger. Returns the ids whose data was erased now."""
    erased: list[int] = []
    for entry in entries:
        present, _deleted = customers_repo.exists(con, entry.customer_id)
        if present:
            customers_repo.erase(con, entry.customer_id, entry.erased_at, entry.request_ref)
            erased.append(entry.customer_id)
        else:
            con.execute(
                "INSERT OR IGNORE INTO erasure_ledger (customer_id, erased_at, request_ref) VALUES (?, ?, ?)",
                (entry.customer_id, entry.erased_at, entry.request_ref),
            )
    return erased


def sequences(con: Connection) -> dict[str, int]:
    """AUTOINCREMENT high-water marks (ids are never reused: the ledger and key slots hold ids)."""
    return {str(name): int(seq) for name, seq in con.execute("SELECT name, seq FROM sqlite_sequence").fetchall()}


def raise_sequences(con: Connection, floors: dict[str, int]) -> None:
    """Make sure ids handed out from now on are above `floors` (table → highest id used)."""
    for name, floor in floors.items():
        if not _IDENT.match(name):
            continue
        updated = con.execute("UPDATE sqlite_sequence SET seq = max(seq, ?) WHERE name = ?", (int(floor), name))
        if updated.rowcount == 0:
            exists = con.execute(
                "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (name,)
            ).fetchone()
            if exists is not None:
                con.execute("INSERT INTO sqlite_sequence (name, seq) VALUES (?, ?)", (name, int(floor)))


def rebuild_indexes(path: Path, key_literal: str) -> None:
    """REINDEX a payload (restore): every index rebuilt from its table's rows. An index that no
    longer matches its table (integrity_check's "missing from index" lines) is then sound again;
    damage to the tables themselves is not, and the check after it still finds that."""
    con = open_payload(path, key_literal)
    try:
        con.execute("REINDEX")
    except database.DatabaseError as exc:
        raise BackupDamaged(what="database") from exc
    finally:
        con.close()


def rekey(con: Connection, new_key_literal: str) -> None:
    """Re-key a restore's work copy. Without a journal SQLCipher rewrites every page once, in
    place, instead of into the WAL and then again into the file (half the writes at 1M customers);
    a failure leaves a broken copy, which the restore throws away anyway."""
    database.checkpoint(con)
    con.execute("PRAGMA journal_mode = OFF")
    database.rekey(con, new_key_literal)
    con.execute("PRAGMA journal_mode = WAL")
    database.checkpoint(con)


# --- bookkeeping in the settings table -------------------------------------------------------------

def next_sequence(con: Connection) -> int:
    """The next backup sequence number (read only: a backup that fails leaves the vault as it was;
    `store_sequence` records it once the backup verified)."""
    current = users_repo.get_setting(con, SETTING_SEQUENCE)
    highest = current if isinstance(current, int) and not isinstance(current, bool) else 0
    for entry in history(con):
        seq = entry.get("sequence")
        if isinstance(seq, int) and not isinstance(seq, bool):
            highest = max(highest, seq)
    return highest + 1


def store_sequence(con: Connection, sequence: int) -> None:
    current = users_repo.get_setting(con, SETTING_SEQUENCE)
    if not isinstance(current, int) or isinstance(current, bool) or current < sequence:
        users_repo.set_setting(con, SETTING_SEQUENCE, sequence)


def _list_setting(con: Connection, key: str) -> list[Any]:
    value = users_repo.get_setting(con, key)
    return list(value) if isinstance(value, list) else []


def history(con: Connection) -> list[dict[str, Any]]:
    """Backup history, newest first (plain JSON objects; the service gives them types)."""
    return [h for h in _list_setting(con, SETTING_HISTORY) if isinstance(h, dict)]


def add_history(con: Connection, record: dict[str, Any]) -> None:
    users_repo.set_setting(con, SETTING_HISTORY, [record, *history(con)][:HISTORY_LIMIT])


def destinations(con: Connection) -> list[dict[str, Any]]:
    return [d for d in _list_setting(con, SETTING_DESTINATIONS) if isinstance(d, dict) and isinstance(d.get("path"), str)]


def remember_destination(con: Connection, path: str, at: str, keep: int) -> None:
    others = [d for d in destinations(con) if d.get("path") != path]
    users_repo.set_setting(con, SETTING_DESTINATIONS, [{"path": path, "last_used": at, "keep": keep}, *others][
        :DESTINATIONS_LIMIT])


def forget_destination(con: Connection, path: str) -> None:
    users_repo.set_setting(con, SETTING_DESTINATIONS, [d for d in destinations(con) if d.get("path") != path])


def get_value(con: Connection, key: str) -> object | None:
    return users_repo.get_setting(con, key) if key in BACKUP_SETTINGS else None


def set_value(con: Connection, key: str, value: object) -> None:
    if key not in BACKUP_SETTINGS:
        raise KeyError(key)
    users_repo.set_setting(con, key, value)


def backup_settings(con: Connection) -> dict[str, object]:
    out: dict[str, object] = {}
    for key in BACKUP_SETTINGS:
        value = users_repo.get_setting(con, key)
        if value is not None:
            out[key] = value
    return out


def carry_over(con: Connection, live: dict[str, object]) -> None:
    """Into a restored vault: the live vault's backup bookkeeping (those backups still exist), merged
    with the restored one's, and a sequence that never goes back."""
    restored = backup_settings(con)
    seqs = [v for v in (restored.get(SETTING_SEQUENCE), live.get(SETTING_SEQUENCE)) if isinstance(v, int)]
    if seqs:
        users_repo.set_setting(con, SETTING_SEQUENCE, max(seqs))
    for key, limit, ident in ((SETTING_HISTORY, HISTORY_LIMIT, "backup_id"),
                              (SETTING_DESTINATIONS, DESTINATIONS_LIMIT, "path"),
                              (SETTING_RESTORES, HISTORY_LIMIT, "at")):
        merged: list[dict[str, Any]] = []
        seen: set[object] = set()
        for source in (live.get(key), restored.get(key)):
            for item in source if isinstance(source, list) else []:
                if isinstance(item, dict) and item.get(ident) not in seen:
                    seen.add(item.get(ident))
                    merged.append(item)
        if merged:
            if key != SETTING_DESTINATIONS:
                merged.sort(key=lambda d: str(d.get("at", d.get("created_at", ""))), reverse=True)
            users_repo.set_setting(con, key, merged[:limit])
    drills = [v for v in (restored.get(SETTING_LAST_DRILL), live.get(SETTING_LAST_DRILL)) if isinstance(v, str)]
    if drills:
        users_repo.set_setting(con, SETTING_LAST_DRILL, max(drills))


# --- putting a restored vault in place ----------------------------------------------------------------

SWAP_MARKER = "vault.restore-swap"  # present from the first change of the swap until it is settled
RECOVERY_COMPLETED = "completed"  # the new vault was completely in place: the swap was finished
RECOVERY_ROLLED_BACK = "rolled_back"  # it was not: the previous vault was put back


def aside(path: Path) -> Path:
    return path.with_name(path.name + ASIDE_SUFFIX)


def _sha256(path: Path) -> str:
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except FileNotFoundError:
        return ""


def _move_back(copy: Path, original: Path) -> None:
    """Put an aside copy back. The database's copy is usually a hard link to the very file still in
    place, and rename(2) between two links of one file does nothing — so drop the link instead."""
    try:
        if os.path.samefile(copy, original):
            os.unlink(copy)
            return
    except FileNotFoundError:
        pass
    os.replace(copy, original)


def _wal_files(db: Path) -> tuple[Path, Path]:
    return Path(str(db) + "-wal"), Path(str(db) + "-shm")


@dataclass
class Installation:
    """A restored vault put in place; the previous files are kept aside until `commit()` (or put
    back by `rollback()`). Holds the vault folder's lock until then, so the startup recovery of
    another process never settles a swap that is still running."""

    folder: Path
    db: Path
    keys: Path
    keys_prev: Path
    marker: Path
    lock: FileLock
    kept: list[tuple[Path, Path]] = field(default_factory=list)  # (original, aside copy)
    placed: list[Path] = field(default_factory=list)
    db_replaced: bool = False
    done: bool = False

    def commit(self) -> None:
        """The new vault opened: mark the swap committed, drop the aside copies, then the marker.
        Never fails the restore — what cannot be removed now is removed by the next start, which
        finds the committed marker and never rolls back (the vault.keys hash in the old marker
        stops matching as soon as the restored vault records its audit head)."""
        try:
            try:
                write_atomic(self.marker, json.dumps({COMMITTED: True}).encode())
            except OSError:
                pass  # best effort: removing the marker below is what normally happens anyway
            for _original, copy in self.kept:
                remove_quietly(copy)
            if not any(copy.exists() for _original, copy in self.kept):
                remove_quietly(self.marker)  # last: until here a restart finishes the swap
            self.done = True
            try:
                fsync_dir(self.folder)
            except OSError:
                pass
        finally:
            self.lock.__exit__(None, None, None)

    def rollback(self) -> None:
        if self.done:
            return
        try:
            self._put_back()
        finally:
            self.lock.__exit__(None, None, None)

    def _put_back(self) -> None:
        kept = dict(self.kept)
        if self.db_replaced:  # a -wal/-shm now can only be the new database's: never replay it on the old
            for extra in _wal_files(self.db):
                remove_quietly(extra)
        for path in self.placed:
            copy = kept.get(path)
            try:
                if copy is not None and copy.exists():
                    _move_back(copy, path)
                elif path.exists():
                    path.unlink()
            except OSError:
                pass  # best effort: the aside copies and the marker stay for the startup recovery
        for original, copy in self.kept:  # anything kept but not replaced yet
            if copy.exists() and not original.exists():
                try:
                    os.replace(copy, original)
                except OSError:
                    pass
            elif copy.exists():
                try:
                    copy.unlink()
                except OSError:
                    pass
        if not any(copy.exists() for _original, copy in self.kept):
            remove_quietly(self.marker)
        self.done = True
        try:
            fsync_dir(self.folder)
        except OSError:
            pass


def install_restored(folder: Path, new_db: Path, new_keys: bytes, *, lock_name: str, keys_name: str) -> Installation:
    """Replace (or create) the vault in `folder` with `new_db` and `new_keys`.

    Order, so that a crash at any point leaves a generation that opens AND a state the next start
    settles (`recover_interrupted_swap`): the marker `vault.restore-swap` (the SHA-256 of the new
    vault.keys) is written first; the current vault.keys and vault.keys.prev are copied aside; the
    new slot file becomes vault.keys.prev (the old key file still opens the old database); the
    database is swapped with one atomic rename (the old one stays reachable through a hard link,
    or a rename where links are unsupported); finally the new vault.keys is written — the moment
    the swap is complete. `commit()` removes the aside copies and then the marker.
    """
    db = folder / database.DB_NAME
    keys = folder / keys_name
    keys_prev = folder / (keys_name + ".prev")
    lock = FileLock(folder / lock_name)
    lock.__enter__()
    inst = Installation(folder, db, keys, keys_prev, folder / SWAP_MARKER, lock)
    try:
        for extra in _wal_files(db):
            if extra.exists():
                raise VaultInUse()  # another program has the live vault open
        write_atomic(inst.marker, json.dumps({"new_keys": hashlib.sha256(new_keys).hexdigest(),
                                              "had_vault": db.exists()}).encode())
        for path in (keys, keys_prev):
            if path.exists():
                write_atomic(aside(path), path.read_bytes())
                inst.kept.append((path, aside(path)))
        inst.placed.append(keys_prev)
        write_atomic(keys_prev, new_keys)
        if db.exists():
            copy = aside(db)
            copy.unlink(missing_ok=True)
            try:
                os.link(db, copy)
            except OSError:
                os.replace(db, copy)
            inst.kept.append((db, copy))
        inst.placed.append(db)
        os.replace(new_db, db)
        inst.db_replaced = True
        inst.placed.append(keys)
        write_atomic(keys, new_keys)
        fsync_dir(folder)
    except BaseException as exc:
        if isinstance(exc, VaultInUse):
            lock.__exit__(None, None, None)
            raise
        inst.rollback()
        if isinstance(exc, OSError):
            raise os_error(exc, folder) from exc
        raise
    return inst


def swap_pending(folder: Path) -> bool:
    return (folder / SWAP_MARKER).exists()


COMMITTED = "committed"  # marker content once the restored vault opened: never roll back after that


def recover_interrupted_swap(folder: Path, *, lock_name: str, keys_name: str) -> str | None:
    """Settle a restore swap that a crash (power loss, kill) left half done; None when there is
    none. Under the folder's lock (a running swap keeps it until it committed or rolled back):

    * the marker says committed (the restored vault had opened; only removing its leftovers failed
      or was cut short) → remove the aside copies → RECOVERY_COMPLETED, never a roll-back;

    * the new vault.keys (its SHA-256 is in the marker) is in place → the swap was complete (the
      database was swapped before it): finish it — remove the aside copies → RECOVERY_COMPLETED;
    * otherwise put every aside copy back (database, vault.keys, vault.keys.prev), remove a
      vault.keys.prev that is the new key file without an original, a new vault.db where there was
      none before (a first restore into an empty folder), and any -wal/-shm (they can only be the
      new database's) → RECOVERY_ROLLED_BACK.

    Then half-written temp files of the swap are removed, the marker last (the restore's work
    folder: `remove_abandoned_work`).
    OSError (StorageError) when the folder cannot be changed: the marker stays, so the next
    start tries again."""
    marker = folder / SWAP_MARKER
    if not marker.exists():
        return None
    db = folder / database.DB_NAME
    keys = folder / keys_name
    keys_prev = folder / (keys_name + ".prev")
    try:
        with FileLock(folder / lock_name):
            if not marker.exists():
                return None  # the swap that was running settled itself meanwhile
            committed = False
            try:
                data = json.loads(marker.read_bytes().decode("utf-8"))
                committed = isinstance(data, dict) and data.get(COMMITTED) is True
                new_hash = "" if committed else str(data["new_keys"])
                had_vault = committed or data.get("had_vault") is not False
            except (ValueError, KeyError, TypeError, AttributeError, UnicodeDecodeError):
                new_hash, had_vault = "", True  # written atomically, so never torn; unreadable → roll back
            if committed:  # the restored vault had opened: only its leftovers remain, never roll back
                for path in (db, keys, keys_prev):
                    aside(path).unlink(missing_ok=True)
                outcome = RECOVERY_COMPLETED
            elif new_hash and _sha256(keys) == new_hash:
                for path in (db, keys, keys_prev):
                    aside(path).unlink(missing_ok=True)
                outcome = RECOVERY_COMPLETED
            else:
                if aside(db).exists() or not had_vault:
                    for extra in _wal_files(db):
                        extra.unlink(missing_ok=True)
                if aside(db).exists():
                    _move_back(aside(db), db)
                elif not had_vault:
                    db.unlink(missing_ok=True)  # a first restore into an empty folder: nothing was there
                if aside(keys).exists():
                    _move_back(aside(keys), keys)
                if aside(keys_prev).exists():
                    _move_back(aside(keys_prev), keys_prev)
                elif new_hash and _sha256(keys_prev) == new_hash:
                    keys_prev.unlink()
                outcome = RECOVERY_ROLLED_BACK
            temp_prefixes = tuple("." + p.name + "." for p in (marker, keys, keys_prev, aside(keys), aside(keys_prev)))
            for path in folder.iterdir():
                if path.name.startswith(temp_prefixes) and path.name.endswith(".tmp"):
                    path.unlink(missing_ok=True)  # write_atomic's temp file of an interrupted write
            fsync_dir(folder)
            marker.unlink()
            fsync_dir(folder)
    except OSError as exc:
        raise os_error(exc, folder) from exc
    return outcome


# --- work folders (a backup's snapshot, a restore's decrypted copy) -----------------------------------

WORK_PREFIXES = (RESTORE_TEMP_PREFIX, ".backup-")
_OWNER_FILE = ".owner"
_UNOWNED_STALE_SECONDS = 24 * 3600  # a work folder without an owner lock (made elsewhere): a day
_held: dict[str, int] = {}
_held_guard = threading.Lock()


def hold_work_folder(path: Path) -> None:
    """Lock `<path>/.owner` for as long as the work runs (released by `release_work_folder`, or by
    the OS when the process dies), so that `remove_abandoned_work` never removes a running one.
    Where advisory locks are not available this does nothing (then only age counts)."""
    try:
        import fcntl
    except ImportError:  # Windows
        return
    fd = os.open(path / _OWNER_FILE, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        os.close(fd)
        raise
    with _held_guard:
        _held[str(path)] = fd


def release_work_folder(path: Path) -> None:
    with _held_guard:
        fd = _held.pop(str(path), None)
    if fd is not None:
        os.close(fd)


def _abandoned(path: Path, now: float) -> bool:
    owner = path / _OWNER_FILE
    try:
        import fcntl
    except ImportError:  # Windows: no lock to test, only age
        return now - path.stat().st_mtime > _UNOWNED_STALE_SECONDS
    try:
        fd = os.open(owner, os.O_RDWR)
    except FileNotFoundError:
        return now - path.stat().st_mtime > _UNOWNED_STALE_SECONDS
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False  # its process is alive and working
    finally:
        os.close(fd)
    return True


def remove_abandoned_work(folder: Path) -> list[str]:
    """Remove the work folders in the vault folder whose process is gone (a crash or a kill during
    a backup's snapshot or a restore's decrypt/check: up to the vault's size each). Returns the
    names removed; never raises."""
    removed: list[str] = []
    now = time.time()
    try:
        candidates = [p for p in folder.iterdir() if p.name.startswith(WORK_PREFIXES) and p.is_dir()]
    except OSError:
        return removed
    for path in candidates:
        try:
            if _abandoned(path, now):
                shutil.rmtree(path, ignore_errors=True)
                removed.append(path.name)
        except OSError:
            continue
    return removed


def remove_quietly(path: Path) -> None:
    try:
        path.unlink()
    except OSError:
        pass
