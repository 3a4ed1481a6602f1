"""`clientvault selftest`: prove this installation's moving parts work (SQLCipher with FTS5,
Argon2id at the production floor, the vault round trip, keyring detection, pinyin, phone data).
The GUI start on the offscreen platform is checked by the CLI through app.ui.selftest_gui (Qt is not
allowed below app.ui) with `run_check`, so its result reads like the others.

`sqlcipher_version()` is the SQLCipher library version without a vault (for the About dialog)."""

from __future__ import annotations

import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Check:
    name: str
    ok: bool
    detail: str


def run_check(name: str, fn: Callable[[], object]) -> Check:
    try:
        detail = fn()
        return Check(name, True, str(detail))
    except Exception as exc:  # noqa: BLE001 - a selftest reports every failure as a result
        message = str(exc).strip().splitlines()
        return Check(name, False, type(exc).__name__ + (": " + message[0][:300] if message else ""))


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


def sqlcipher_version() -> str:
    """PRAGMA cipher_version of the linked SQLCipher, from a throw-away encrypted database."""
    from app.vault import database

    with tempfile.TemporaryDirectory() as tmp:
        con = database.connect(Path(tmp) / "v.db", "x'" + "22" * 32 + "'", create=True)
        try:
            return database.cipher_version(con)
        finally:
            con.close()


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


def _matching_data() -> str:
    """The data files the duplicate finder reads at run time (zhconv, nicknames) and rapidfuzz."""
    from nicknames import NickNamer
    from rapidfuzz import fuzz
    from zhconv import zhconv

    assert zhconv.convert("張三", "zh-hans") == "张三"
    assert "william" in NickNamer().canonicals_of("bill")
    assert fuzz.ratio("张三丰", "张三丰") == 100
    return "zhconv, nicknames, rapidfuzz"


def run_selftest() -> list[Check]:
    return [
        run_check("sqlcipher", _sqlcipher),
        run_check("argon2", _argon2),
        run_check("vault", _vault_round_trip),
        run_check("keyring", _keyring),
        run_check("text", _pinyin_and_phones),
        run_check("matching", _matching_data),
    ]
