"""`clientvault selftest`: prove this installation's moving parts work (SQLCipher with FTS5,
Argon2id at the production floor, the vault round trip, keyring detection, pinyin, phone data)."""

from __future__ import annotations

import tempfile
import time
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Check:
    name: str
    ok: bool
    detail: str


def _run(name: str, fn: object) -> Check:
    try:
        detail = fn()  # type: ignore[operator]
        return Check(name, True, str(detail))
    except Exception as exc:  # noqa: BLE001 - a selftest reports every failure as a result
        return Check(name, False, type(exc).__name__)


def _sqlcipher() -> str:
    from app.vault import database

    with tempfile.TemporaryDirectory() as tmp:
        con = database.connect(Path(tmp) / "t.db", "x'" + "11" * 32 + "'", create=True)
        try:
            assert database.fts_trigram_works(con)
            version = database.cipher_version(con)
        finally:
            con.close()
        assert not (Path(tmp) / "t.db").read_bytes().startswith(b"SQLite format 3")
    return "SQLCipher " + version + ", FTS5 trigram"


def _argon2() -> str:
    import os

    from app.vault.kdf import FLOOR_ITERATIONS, FLOOR_MEMORY_KIB, KdfParams, derive

    start = time.perf_counter()
    derive(b"selftest", KdfParams(FLOOR_MEMORY_KIB, FLOOR_ITERATIONS, 1, os.urandom(16)))
    return f"Argon2id 64 MiB × 3 in {time.perf_counter() - start:.2f} s"


def _vault_round_trip() -> str:
    from app.services import customers
    from app.services.access import VaultAccess
    from app.vault.kdf import KdfPolicy

    with tempfile.TemporaryDirectory() as tmp:
        access = VaultAccess(Path(tmp) / "vault", KdfPolicy.insecure_for_tests())
        session, _key = access.create("selftest", "selftest passphrase 9 horses")
        cid = customers.create_customer(session, {"name": "张三", "phones": ["13800138000"]})
        found = customers.search_customers(session, "zs").rows
        session.lock()
        assert [r.id for r in found] == [cid]
    return "create, unlock, search"


def _keyring() -> str:
    from app.vault.keyring_store import KeyringStore

    status = KeyringStore(timeout=3.0).status()
    return ("available: " if status.available else "not offered (" + status.reason + "): ") + status.backend_name


def _pinyin_and_phones() -> str:
    from app.models.search_text import name_pinyin
    from app.models.validation import normalize_phone

    assert name_pinyin("张三丰").initials == "zsf"
    assert normalize_phone("138 0013 8000").e164 == "+8613800138000"
    return "pypinyin, phonenumbers"


def run_selftest() -> list[Check]:
    return [
        _run("sqlcipher", _sqlcipher),
        _run("argon2", _argon2),
        _run("vault", _vault_round_trip),
        _run("keyring", _keyring),
        _run("text", _pinyin_and_phones),
    ]
