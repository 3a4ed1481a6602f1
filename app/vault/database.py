"""The SQLCipher connection: raw key, WAL, secure_delete, no logging, verified before use.

This module and the repositories are the only places that talk SQL. Product code never imports the
standard library's `sqlite3` and never enables extension loading (SECURITY requirement 3).
"""

from __future__ import annotations

import re
from importlib import resources
from pathlib import Path
from typing import Any

import sqlcipher3

from app.models.errors import SchemaTooNew, VaultDamaged

DB_NAME = "vault.db"
_KEY_LITERAL = re.compile(r"^x'[0-9a-f]{64}'$")

Connection = Any  # sqlcipher3.Connection (no type stubs)
DatabaseError = sqlcipher3.DatabaseError
IntegrityError = sqlcipher3.IntegrityError


def migrations() -> list[tuple[int, str]]:
    """(version, SQL script) for every migration shipped with the app, in order."""
    found: list[tuple[int, str]] = []
    folder = resources.files("app.vault") / "migrations"
    for entry in folder.iterdir():
        match = re.match(r"^(\d{4})_.*\.sql$", entry.name)
        if match:
            found.append((int(match.group(1)), entry.read_text(encoding="utf-8")))
    found.sort()
    return found


def latest_version() -> int:
    return migrations()[-1][0]


def connect(path: Path, key_literal: str, *, create: bool = False) -> Connection:
    """Open (or create) the encrypted database and prove the key is right.

    Order per SECURITY.md: logging off, `PRAGMA key` first, refuse plain SQLite (empty
    cipher_version), then read sqlite_master to verify the key.
    """
    if not _KEY_LITERAL.match(key_literal):  # SECURITY requirement 5
        raise ValueError("SQLCipher keys must be raw 32-byte hex literals")
    if not create and not path.exists():
        raise VaultDamaged(what="database_missing")
    if create and not path.exists():
        path.touch(mode=0o600)  # SQLite gives -wal/-shm the database file's permissions
    con = sqlcipher3.connect(str(path), isolation_level=None, check_same_thread=False)
    try:
        con.execute("PRAGMA cipher_log_level = NONE")
        con.execute('PRAGMA key = "' + key_literal + '"')
        version = con.execute("PRAGMA cipher_version").fetchone()
        if not version or not version[0]:
            raise VaultDamaged(what="not_sqlcipher")
        try:
            con.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlcipher3.DatabaseError as exc:
            raise VaultDamaged(what="database") from exc
        con.execute("PRAGMA journal_mode = WAL")
        con.execute("PRAGMA secure_delete = ON")
        con.execute("PRAGMA foreign_keys = ON")
        con.execute("PRAGMA synchronous = NORMAL")
        con.execute("PRAGMA temp_store = MEMORY")  # no plaintext temp files on disk
        con.execute("PRAGMA cache_size = -65536")
    except BaseException:
        con.close()
        raise
    return con


def connect_reader(path: Path, key_literal: str) -> Connection:
    """A second, read-only connection to an open vault's database, for a long read that runs on
    two threads at once (SQLite releases the GIL while it steps and decrypts pages). Same key and
    settings as `connect`; `query_only` makes any write through it fail. The caller closes it."""
    con = connect(path, key_literal)
    try:
        con.execute("PRAGMA query_only = ON")
    except BaseException:
        con.close()
        raise
    return con


def cipher_version(con: Connection) -> str:
    row = con.execute("PRAGMA cipher_version").fetchone()
    return str(row[0]) if row else ""


def schema_version(con: Connection) -> int:
    return int(con.execute("PRAGMA user_version").fetchone()[0])


def migrate(con: Connection, target: int | None = None) -> int:
    """Apply forward-only migrations up to `target` (default: latest). Returns the new version."""
    current = schema_version(con)
    latest = latest_version()
    if current > latest:
        raise SchemaTooNew(found=current, supported=latest)
    target = latest if target is None else target
    for version, script in migrations():
        if current < version <= target:
            # executescript commits; each migration script runs inside its own transaction.
            try:
                con.executescript("BEGIN;\n" + script + "\nPRAGMA user_version = " + str(version) + ";\nCOMMIT;")
            except sqlcipher3.DatabaseError as exc:
                if con.in_transaction:
                    con.execute("ROLLBACK")
                raise VaultDamaged(what="migration", version=version) from exc
            current = version
    return current


def rekey(con: Connection, new_key_literal: str) -> None:
    if not _KEY_LITERAL.match(new_key_literal):
        raise ValueError("SQLCipher keys must be raw 32-byte hex literals")
    con.execute('PRAGMA rekey = "' + new_key_literal + '"')


def checkpoint(con: Connection) -> None:
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def integrity_problems(con: Connection) -> list[str]:
    """SQLCipher page MAC check plus SQLite's integrity check; empty list when healthy."""
    problems: list[str] = []
    for (line,) in con.execute("PRAGMA cipher_integrity_check").fetchall():
        problems.append("cipher: " + str(line))
    for (line,) in con.execute("PRAGMA integrity_check").fetchall():
        if line != "ok":
            problems.append("sqlite: " + str(line))
    return problems


def begin(con: Connection) -> None:
    """Start a write transaction, taking the write lock at once (no upgrade deadlocks)."""
    con.execute("BEGIN IMMEDIATE")


def commit(con: Connection) -> None:
    con.execute("COMMIT")


def rollback(con: Connection) -> None:
    con.execute("ROLLBACK")


def fts_trigram_works(con: Connection) -> bool:
    """Selftest: this SQLCipher build has FTS5 with the trigram tokenizer."""
    con.execute("CREATE VIRTUAL TABLE temp.selftest USING fts5(body, tokenize='trigram')")
    con.execute("INSERT INTO temp.selftest (body) VALUES ('客户保险箱')")
    found = con.execute("SELECT count(*) FROM temp.selftest WHERE selftest MATCH '\"保险箱\"'").fetchone()[0] == 1
    con.execute("DROP TABLE temp.selftest")
    return bool(found)
