"""Schema migrations: numbering, step-by-step equivalence, too-new schemas, upgrading old vaults.

SECURITY.md ties the schema to safety in two places: restore runs a "schema check" before replacing
the live vault, and every released format must stay readable (requirement 21). These tests pin the
forward-only migration machinery those rely on.
"""

from __future__ import annotations

import hashlib
import re
import secrets
from pathlib import Path
from typing import Any

import pytest

from app.models.errors import SchemaTooNew, VaultDamaged
from app.models.records import Role
from app.services import audit, customers
from app.services.access import VaultAccess
from app.services.session import Session
from app.vault import database
from app.vault import vault as vault_files
from app.vault.kdf import KdfPolicy
from app.vault.repositories import audit_repo, customers_repo, users_repo
from tests.conftest import OWNER, OWNER_PASS

MIGRATIONS_DIR = Path(__file__).resolve().parents[3] / "app" / "vault" / "migrations"
SCHEMA = "SELECT type, name, sql FROM sqlite_master ORDER BY name"


def fresh_db(path: Path) -> database.Connection:
    return database.connect(path, "x'" + secrets.token_hex(32) + "'", create=True)


def schema(con: database.Connection) -> list[tuple[Any, ...]]:
    return con.execute(SCHEMA).fetchall()


def tables(con: database.Connection) -> set[str]:
    return {n for (n,) in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_migrations_are_numbered_one_to_n_without_gaps() -> None:
    """Migrations are 1..N, one file each, named NNNN_words.sql, and leave transactions and
    user_version to the runner (so each applies atomically)."""
    found = database.migrations()
    versions = [v for v, _ in found]
    assert versions == list(range(1, len(versions) + 1))
    assert database.latest_version() == versions[-1] >= 2
    files = sorted(p.name for p in MIGRATIONS_DIR.iterdir() if p.suffix == ".sql")
    assert len(files) == len(versions)
    for name, version in zip(files, versions, strict=True):
        assert re.fullmatch(r"\d{4}_[a-z0-9_]+\.sql", name), name
        assert int(name[:4]) == version
    for version, script in found:
        code = re.sub(r"--[^\n]*", "", script).upper()
        for forbidden in ("BEGIN;", "BEGIN TRANSACTION", "COMMIT", "ROLLBACK", "USER_VERSION", "ATTACH"):
            assert forbidden not in code, (version, forbidden)


def test_step_by_step_equals_one_go(tmp_path: Path) -> None:
    """Migrating a fresh database one version at a time ends with exactly the schema of migrating in
    one go, and `schema_version` follows each step."""
    step = fresh_db(tmp_path / "step.db")
    once = fresh_db(tmp_path / "once.db")
    try:
        assert database.schema_version(step) == 0
        seen = []
        for version in range(1, database.latest_version() + 1):
            assert database.migrate(step, target=version) == version
            assert database.schema_version(step) == version
            assert not step.in_transaction
            seen.append(schema(step))
        assert all(a != b for a, b in zip(seen, seen[1:], strict=False))  # every step changes the schema
        assert database.migrate(once) == database.latest_version()
        assert schema(step) == schema(once)
        assert database.schema_version(step) == database.schema_version(once) == database.latest_version()
        assert database.migrate(step) == database.latest_version()  # idempotent
        assert schema(step) == schema(once)
    finally:
        step.close()
        once.close()


def test_new_vault_is_at_the_latest_schema(owner: Session, tmp_path: Path) -> None:
    """A vault made by the app is at the latest version with the reference schema."""
    assert database.schema_version(owner.con) == database.latest_version()
    reference = fresh_db(tmp_path / "ref.db")
    try:
        database.migrate(reference)
        assert schema(owner.con) == schema(reference)
    finally:
        reference.close()


def test_newer_schema_is_refused_and_left_untouched(owner: Session, access: VaultAccess, vault_dir: Path) -> None:
    """A vault written by a newer app (user_version above the latest) raises SchemaTooNew on unlock;
    nothing on disk changes, nothing is logged, and the data is intact once the version is back."""
    cid = customers.create_customer(owner, {"name": "孙丽", "phones": ["13912345678"]})
    latest = database.latest_version()
    literal = owner.vault.keys.sqlcipher_key_literal()
    owner.con.execute("PRAGMA user_version = " + str(latest + 1))
    owner.lock()
    files = {p.name: digest(p) for p in vault_dir.iterdir()}
    assert "vault.db" in files and "vault.keys" in files

    with pytest.raises(SchemaTooNew) as info:
        access.unlock(OWNER, OWNER_PASS)
    assert info.value.params == {"found": latest + 1, "supported": latest}
    assert {p.name: digest(p) for p in vault_dir.iterdir()} == files  # no -wal left, no vault.failed

    con = database.connect(vault_dir / "vault.db", literal)
    try:
        assert database.schema_version(con) == latest + 1
        with pytest.raises(SchemaTooNew):
            database.migrate(con)
        assert database.schema_version(con) == latest + 1
        log_rows = audit_repo.count(con)
        con.execute("PRAGMA user_version = " + str(latest))
    finally:
        con.close()
    again = access.unlock(OWNER, OWNER_PASS)
    try:
        assert customers.get_customer(again, cid).customer.name == "孙丽"
        assert audit_repo.count(again.con) == log_rows + 2  # only this unlock and the view
        assert audit.verify(again).ok
    finally:
        again.lock()


def _create_v1_vault(folder: Path, policy: KdfPolicy, monkeypatch: pytest.MonkeyPatch) -> vault_files.UnlockedVault:
    """A vault as version 1 of the app made it: create_vault with migrations stopping at 1."""
    real_migrate = database.migrate

    def init_db(con: database.Connection, name: str) -> int:
        assert database.schema_version(con) == 1
        con.execute("BEGIN")
        uid = users_repo.insert_user(con, name, Role.OWNER, True, True, vault_files.utc_now())
        con.execute("COMMIT")
        return uid

    with monkeypatch.context() as patch:
        patch.setattr(database, "migrate", lambda con, target=None: real_migrate(con, target=1))
        vault, _recovery = vault_files.create_vault(folder, OWNER, OWNER_PASS, policy, init_db)
    return vault


def test_v1_vault_upgrades_on_unlock_and_keeps_its_rows(access: VaultAccess, vault_dir: Path, policy: KdfPolicy,
                                                       monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """A vault created at schema version 1 is migrated to the latest on unlock: the new tables exist,
    the schema equals a fresh vault's, and every version-1 row is still there unchanged."""
    vault = _create_v1_vault(vault_dir, policy, monkeypatch)
    con = vault.connection()
    assert database.schema_version(con) == 1
    assert "imports" not in tables(con) and "customers" in tables(con)
    at = vault_files.utc_now()
    c = customers.build_customer({"name": "钱多多", "emails": ["qian@example.com"], "id_number": "11010519491231002X",
                                  "tags": ["VIP"], "custom": {"等级": "金"}})
    con.execute("BEGIN")
    cid = customers_repo.insert_customer(con, c, at, customers_repo.BlindIndexer(vault.keys.index))
    users_repo.set_setting(con, "default_region", "CN")
    seq, mac = audit_repo.append(con, vault.keys.audit, at, vault.unlocked_as, "create", cid, ("name",), {})
    con.execute("COMMIT")
    vault.save_audit_head(seq, mac.hex())
    v1_tables = sorted(tables(con))
    before = {t: con.execute('SELECT * FROM "' + t + '"').fetchall() for t in v1_tables}  # noqa: S608
    assert before["customers"] and before["sensitive_values"] and before["custom_values"]
    vault.lock()

    session = access.unlock(OWNER, OWNER_PASS)
    try:
        con = session.con
        assert database.schema_version(con) == database.latest_version()
        assert {"imports", "import_effects", "merges", "not_duplicates"} <= tables(con)
        for t in v1_tables:
            rows = con.execute('SELECT * FROM "' + t + '"').fetchall()  # noqa: S608
            if t == "access_log":
                assert rows[: len(before[t])] == before[t]  # + the unlock entry
            else:
                assert rows == before[t], t
        view = customers.get_customer(session, cid, reveal=("id_number",))
        assert view.customer.name == "钱多多" and view.customer.custom == {"等级": "金"}
        assert view.customer.sensitive[next(iter(view.customer.sensitive))].value == "11010519491231002X"
        assert customers.search_customers(session, "钱多多").rows[0].id == cid
        assert audit.verify(session).ok
        reference = fresh_db(tmp_path / "ref.db")
        try:
            database.migrate(reference)
            assert schema(con) == schema(reference)
        finally:
            reference.close()
    finally:
        session.lock()


def test_failing_migration_does_not_open_the_vault_and_loses_nothing(
        owner: Session, access: VaultAccess, monkeypatch: pytest.MonkeyPatch) -> None:
    """A migration that fails half-way (a future release's bug) leaves the vault at its old version with
    its data; with the fixed release it opens normally."""
    cid = customers.create_customer(owner, {"name": "何平"})
    owner.lock()
    latest = database.latest_version()
    real = database.migrations
    broken = (latest + 1, "CREATE TABLE half_done (a);\nINSERT INTO no_such_table VALUES (1);\n")
    monkeypatch.setattr(database, "migrations", lambda: [*real(), broken])
    with pytest.raises(VaultDamaged):
        access.unlock(OWNER, OWNER_PASS)
    monkeypatch.setattr(database, "migrations", real)
    session = access.unlock(OWNER, OWNER_PASS)
    try:
        assert database.schema_version(session.con) == latest
        assert "half_done" not in tables(session.con)
        assert customers.get_customer(session, cid).customer.name == "何平"
        assert audit.verify(session).ok
    finally:
        session.lock()


def test_failing_migration_rolls_itself_back(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """`database.migrate`: "each migration script runs inside its own transaction" — a failing script
    must leave no open transaction and no partial schema behind."""
    con = fresh_db(tmp_path / "x.db")
    try:
        latest = database.migrate(con)
        real = database.migrations
        broken = (latest + 1, "CREATE TABLE half_done (a);\nINSERT INTO no_such_table VALUES (1);\n")
        monkeypatch.setattr(database, "migrations", lambda: [*real(), broken])
        with pytest.raises(VaultDamaged):
            database.migrate(con)
        assert not con.in_transaction
        assert "half_done" not in tables(con)
        assert database.schema_version(con) == latest
    finally:
        con.close()
