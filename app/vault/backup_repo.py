"""SQL and vault-folder file work for backups and restores (the format itself: backup_format.py).

* `export_snapshot`: an SQLCipher copy of the live vault made with `sqlcipher_export` into a NEW
  database under a key derived from the backup's file key, from one read transaction on a second
  connection. In WAL mode that is a consistent snapshot while the app's own connection keeps
  reading and writing.
* The payload of a backup (decrypted to a temp file, still an SQLCipher database): open, check,
  describe, migrate, re-apply an erasure ledger, rekey to the vault key.
* Backup bookkeeping in the settings table: sequence, history, destinations.
* `install_restored`: put a restored vault.db and vault.keys in place, keeping the previous ones
  aside until the caller commits (or rolls back).
"""

from __future__ import annotations

import os
import re
import threading
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import sqlcipher3

from app.models.errors import BackupDamaged, DiskFull, VaultDamaged, VaultInUse
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
    size: int


def export_snapshot(db_path: Path, db_key_literal: str, dest: Path, dest_key_literal: str) -> Snapshot:
    """Copy the vault at `db_path` into the new SQLCipher database `dest` (key `dest_key_literal`).

    A second connection reads inside one transaction, so the copy is consistent even while the app
    writes through its own connection. `sqlcipher_export` does not copy `user_version`; it is set
    explicitly. Nothing is ever written unencrypted (temp_store is memory)."""
    _check_key(dest_key_literal)
    if dest.exists():
        raise FileExistsError(dest)
    con = database.connect(db_path, db_key_literal)
    try:
        con.execute('ATTACH DATABASE ? AS snapshot KEY "' + dest_key_literal + '"', (str(dest),))
        try:
            # A throw-away file: no journal, no fsync (the backup file itself is fsynced).
            con.execute("PRAGMA snapshot.journal_mode = OFF")
            con.execute("PRAGMA snapshot.synchronous = OFF")
            con.execute("BEGIN")
            try:
                schema = database.schema_version(con)
                seq, mac = audit_repo.head(con)
                owners = frozenset(u.id for u in users_repo.list_users(con) if u.role is Role.OWNER)
                customers = customers_repo.count_customers(con)
                con.execute("SELECT sqlcipher_export('snapshot')").fetchall()
                con.execute("PRAGMA snapshot.user_version = " + str(int(schema)))
                con.execute("COMMIT")
            except BaseException:
                if con.in_transaction:
                    con.execute("ROLLBACK")
                raise
        finally:
            con.execute("DETACH DATABASE snapshot")
    except database.DatabaseError as exc:
        raise _storage_error(exc, dest.parent) from exc
    finally:
        con.close()
    return Snapshot(schema, AuditHead(seq, mac.hex() if seq else ""), owners, customers, dest.stat().st_size)


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
    connection in a background thread, so it overlaps other work. `result()` waits for it."""

    def __init__(self, path: Path, key_literal: str) -> None:
        self.problems: list[str] = []
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, args=(path, key_literal), daemon=True,
                                        name="clientvault-page-check")
        self._thread.start()

    def _run(self, path: Path, key_literal: str) -> None:
        try:
            con = open_readonly(path, key_literal)
            try:
                self.problems = ["cipher: " + str(line) for (line,) in
                                 con.execute("PRAGMA cipher_integrity_check").fetchall()]
            finally:
                con.close()
        except database.DatabaseError as exc:
            self.problems = ["cipher: " + type(exc).__name__]
        except BaseException as exc:  # handed to the caller by result()
            self._error = exc

    def result(self) -> list[str]:
        self._thread.join()
        if self._error is not None:
            raise self._error
        return self.problems


def check_database(path: Path, key_literal: str) -> list[str]:
    """`PRAGMA cipher_integrity_check` and `PRAGMA integrity_check` of a database file (empty when
    healthy). The two run side by side on separate read-only connections."""
    pages = PageCheck(path, key_literal)
    problems: list[str] = []
    try:
        con = open_readonly(path, key_literal)
        try:
            for (line,) in con.execute("PRAGMA integrity_check").fetchall():
                if line != "ok":
                    problems.append("sqlite: " + str(line))
        except database.DatabaseError as exc:
            problems.append("sqlite: " + type(exc).__name__)
        finally:
            con.close()
    finally:
        try:
            cipher = pages.result()
        except BackupDamaged:
            cipher = ["cipher: unreadable"]
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


def rekey(con: Connection, new_key_literal: str) -> None:
    database.checkpoint(con)
    database.rekey(con, new_key_literal)
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

def aside(path: Path) -> Path:
    return path.with_name(path.name + ASIDE_SUFFIX)


@dataclass
class Installation:
    """A restored vault put in place; the previous files are kept aside until `commit()` (or put
    back by `rollback()`)."""

    folder: Path
    db: Path
    keys: Path
    keys_prev: Path
    kept: list[tuple[Path, Path]] = field(default_factory=list)  # (original, aside copy)
    placed: list[Path] = field(default_factory=list)
    db_replaced: bool = False
    done: bool = False

    def commit(self) -> None:
        for _original, copy in self.kept:
            try:
                copy.unlink()
            except FileNotFoundError:
                pass
        self.done = True
        fsync_dir(self.folder)

    def rollback(self) -> None:
        if self.done:
            return
        kept = dict(self.kept)
        for path in self.placed:
            copy = kept.get(path)
            try:
                if copy is not None and copy.exists():
                    os.replace(copy, path)
                elif path.exists():
                    path.unlink()
            except OSError:
                pass  # best effort: the aside copies stay for a manual recovery
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
        self.done = True
        try:
            fsync_dir(self.folder)
        except OSError:
            pass


def install_restored(folder: Path, new_db: Path, new_keys: bytes, *, lock_name: str, keys_name: str) -> Installation:
    """Replace (or create) the vault in `folder` with `new_db` and `new_keys`.

    Order, so that a crash at any point leaves a generation that opens: the current vault.keys and
    vault.keys.prev are copied aside; the new slot file becomes vault.keys.prev (the old key file
    still opens the old database); the database is swapped with one atomic rename (the old one
    stays reachable through a hard link, or a rename where links are unsupported); finally the new
    vault.keys is written. The old key file opens the new database too when the vault key did not
    change since the backup; otherwise unlock falls back to vault.keys.prev, which is new.
    """
    db = folder / database.DB_NAME
    keys = folder / keys_name
    keys_prev = folder / (keys_name + ".prev")
    inst = Installation(folder, db, keys, keys_prev)
    with FileLock(folder / lock_name):
        for extra in (Path(str(db) + "-wal"), Path(str(db) + "-shm")):
            if extra.exists():
                raise VaultInUse()  # another program has the live vault open
        try:
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
            inst.rollback()
            if isinstance(exc, OSError):
                raise os_error(exc, folder) from exc
            raise
    return inst


def remove_quietly(path: Path) -> None:
    try:
        path.unlink()
    except OSError:
        pass
