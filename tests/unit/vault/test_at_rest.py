"""What is on disk (SECURITY.md "Testable requirements", At rest: requirements 1–5).

Every test here can fail: each protection is either switched off inside a control case (secure_delete
off, a plaintext file planted for the scanner, a passphrase-form key) or checked against an
independent reading of the file (`tests/support/sqlcipher_pages.py` decrypts SQLCipher pages with
`cryptography`, without SQLCipher).
"""

from __future__ import annotations

import ast
import re
import secrets
import sqlite3  # tests may use the stdlib module; product code may not (requirement 3)
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from app.models.errors import CustomerErased, WrongCredentials
from app.services import customers, merges, users
from app.services.access import VaultAccess
from app.services.session import Session
from app.vault import database
from app.vault.repositories import customers_repo
from tests.conftest import OWNER, OWNER_PASS
from tests.support import sqlcipher_pages as sp

APP_DIR = Path(__file__).resolve().parents[3] / "app"


# --- markers -------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Marker:
    """A random value whose bytes must never appear in clear anywhere on disk."""

    label: str
    token: str  # 16 random hex digits

    @staticmethod
    def new(label: str) -> Marker:
        return Marker(label, secrets.token_hex(8))

    @property
    def latin(self) -> str:
        return "MARK" + self.token

    @property
    def cjk(self) -> str:
        return "标记" + self.token

    def needles(self) -> dict[str, bytes]:
        """Every encoding we look for. The bare token also catches lower-cased copies (FTS tokens)."""
        out: dict[str, bytes] = {}
        for text in (self.latin, self.cjk, self.token, self.token.upper(), self.latin.lower()):
            for enc in ("utf-8", "utf-16-le", "utf-16-be"):
                out[self.label + "/" + text + "/" + enc] = text.encode(enc)
        return out


def all_needles(markers: list[Marker]) -> dict[str, bytes]:
    out: dict[str, bytes] = {}
    for m in markers:
        out.update(m.needles())
    return out


def scan(folder: Path, needles: dict[str, bytes]) -> list[str]:
    """`file: needle` for every needle found in any file under `folder`."""
    found = []
    for path in sorted(folder.rglob("*")):
        if not path.is_file():
            continue
        data = path.read_bytes()
        found.extend(str(path.relative_to(folder)) + ": " + label for label, n in needles.items() if n in data)
    return found


def decrypted_hits(db: Path, key: bytes, markers: list[Marker]) -> dict[str, list[tuple[str, int]]]:
    pages = sp.all_plaintext_pages(db, key)
    return {m.label: sp.find(pages, m.token.encode()) for m in markers if sp.find(pages, m.token.encode())}


@pytest.fixture
def private_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fresh temp folder for the whole process (env and `tempfile`), scanned by the tests."""
    folder = tmp_path / "private-tmp"
    folder.mkdir()
    for name in ("TMPDIR", "TEMP", "TMP", "SQLITE_TMPDIR"):
        monkeypatch.setenv(name, str(folder))
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    return folder


# --- requirement 1 -------------------------------------------------------------------------------

def test_scanner_finds_planted_markers(tmp_path: Path) -> None:
    """SECURITY requirement 1 (control): the scanner used below does find a marker in any encoding."""
    m = Marker.new("control")
    for i, enc in enumerate(("utf-8", "utf-16-le", "utf-16-be")):
        folder = tmp_path / enc
        (folder / "deep").mkdir(parents=True)
        (folder / "deep" / "file.bin").write_bytes(b"\x00junk" + (m.cjk if i else m.latin).encode(enc) + b"junk")
        assert scan(folder, m.needles()), enc
    assert scan(tmp_path / "utf-8", Marker.new("other").needles()) == []


def test_markers_appear_in_no_vault_or_temp_file(access: VaultAccess, vault_dir: Path, private_tmp: Path) -> None:
    """SECURITY requirement 1: a customer stored with a random marker — its UTF-8 and UTF-16 bytes
    appear in no file of the vault folder (vault.db, -wal, -shm, vault.keys, vault.keys.prev,
    vault.failed) and in no temp file, while the session is open and after lock."""
    assert tempfile.gettempdir() == str(private_tmp)
    session, _recovery = access.create(OWNER, OWNER_PASS)
    try:
        # Temp tables/indices of SQLite stay in memory: no plaintext temp files at all.
        assert session.con.execute("PRAGMA temp_store").fetchone()[0] == 2

        fields = ["name", "notes", "email", "wechat", "company", "custom", "cjk_name", "cjk_notes",
                  "cjk_company", "cjk_custom"]
        m = {f: Marker.new(f) for f in fields}
        a = customers.create_customer(session, {
            "name": m["name"].latin,
            "notes": m["notes"].latin + " " + m["notes"].cjk,
            "emails": [m["email"].latin + "@example.com"],
            "wechat": m["wechat"].latin,
            "company": m["company"].latin,
            "custom": {"会员号": m["custom"].latin},
        })
        b = customers.create_customer(session, {
            "name": m["cjk_name"].cjk,
            "notes": m["cjk_notes"].cjk,
            "company": m["cjk_company"].cjk,
            "custom": {"备注": m["cjk_custom"].cjk},
        })
        view = customers.get_customer(session, a).customer
        assert view.name == m["name"].latin and view.custom == {"会员号": m["custom"].latin}
        assert customers.get_customer(session, b).customer.name == m["cjk_name"].cjk

        key = bytes(session.vault.keys.db)
        markers = list(m.values())
        with pytest.raises(WrongCredentials):
            access.unlock(OWNER, "wrong " + OWNER_PASS)
        present = {p.name for p in vault_dir.iterdir()}
        assert {"vault.db", "vault.db-wal", "vault.db-shm", "vault.keys", "vault.keys.prev",
                "vault.failed"} <= present, present
        assert scan(vault_dir, all_needles(markers)) == []
        assert scan(private_tmp, all_needles(markers)) == []
        # Sanity: the data really is on disk (in vault.db or its WAL), only encrypted.
        assert set(decrypted_hits(vault_dir / "vault.db", key, markers)) == set(fields)

        # Edit, view, recycle bin, activity: old and new values both stay encrypted.
        m["edited_notes"] = Marker.new("edited_notes")
        m["edited_name"] = Marker.new("edited_name")
        m["items"] = Marker.new("items")
        m["follow_up"] = Marker.new("follow_up")
        customers.update_customer(session, a, {"notes": m["edited_notes"].cjk, "name": m["edited_name"].latin})
        customers.add_purchase(session, a, "2024-05-01", "12.50", items=m["items"].latin)
        customers.add_follow_up(session, a, "2024-05-02", content=m["follow_up"].cjk)
        assert customers.get_customer(session, a).customer.notes == m["edited_notes"].cjk
        customers.delete_customer(session, b)
        customers.undelete_customer(session, b)
        customers.search_customers(session, m["edited_name"].latin)
        markers = list(m.values())
        assert scan(vault_dir, all_needles(markers)) == []
        assert scan(private_tmp, all_needles(markers)) == []
    finally:
        session.lock()

    with pytest.raises(WrongCredentials):
        access.unlock(OWNER, "still wrong " + OWNER_PASS)
    assert (vault_dir / "vault.failed").exists()
    assert scan(vault_dir, all_needles(markers)) == []
    assert scan(private_tmp, all_needles(markers)) == []
    # Still there, only encrypted (the scan above is not vacuous).
    assert set(decrypted_hits(vault_dir / "vault.db", key, markers)) == set(m)


# --- requirement 2 -------------------------------------------------------------------------------

def test_vault_db_is_not_plain_sqlite(owner: Session, vault_dir: Path) -> None:
    """SECURITY requirement 2: vault.db does not start with `SQLite format 3`, and stdlib sqlite3
    cannot read it (while the vault is open and after lock)."""
    customers.create_customer(owner, {"name": "张三"})
    database.checkpoint(owner.con)
    db = vault_dir / "vault.db"

    def assert_unreadable() -> None:
        assert not db.read_bytes().startswith(b"SQLite format 3")
        con = sqlite3.connect("file:" + str(db) + "?mode=ro", uri=True)
        try:
            with pytest.raises(sqlite3.DatabaseError):
                con.execute("SELECT * FROM sqlite_master").fetchall()
        finally:
            con.close()

    assert_unreadable()
    owner.lock()
    assert_unreadable()


# --- requirement 3 -------------------------------------------------------------------------------

_FORBIDDEN_TEXT = re.compile(r"load_extension|(import_module|__import__)\(\s*['\"]sqlite3\b")


def sqlite_violations(source: str) -> list[str]:
    """Imports of the stdlib sqlite3 module and any mention of extension loading."""
    problems = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            problems += ["import " + a.name for a in node.names if a.name.split(".")[0] == "sqlite3"]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and (node.module or "").split(".")[0] == "sqlite3":
            problems.append("from " + str(node.module))
    for lineno, line in enumerate(source.splitlines(), 1):
        if re.search(r"^\s*(import|from)\s+sqlite3\b", line) or _FORBIDDEN_TEXT.search(line):
            problems.append(f"line {lineno}: {line.strip()}")
    return problems


@pytest.mark.parametrize("snippet", [
    "import sqlite3",
    "import os, sqlite3 as lite",
    "from sqlite3 import connect",
    "def f():\n    from sqlite3 import dbapi2\n",
    "con.enable_load_extension(True)",
    "con.load_extension('x')",
    "importlib.import_module('sqlite3')",
    "mod = __import__(\"sqlite3\")",
    "con.execute('SELECT load_extension(\"x\")')",
])
def test_sqlite_grep_catches_violations(snippet: str) -> None:
    """SECURITY requirement 3 (control): the checker flags each forbidden form."""
    assert sqlite_violations(snippet)


def test_product_code_never_uses_stdlib_sqlite3_or_extensions() -> None:
    """SECURITY requirement 3: no .py under app/ imports stdlib sqlite3 or enables extension loading."""
    files = sorted(APP_DIR.rglob("*.py"))
    assert APP_DIR / "vault" / "database.py" in files and len(files) > 20
    problems = {str(p.relative_to(APP_DIR)): v for p in files if (v := sqlite_violations(p.read_text("utf-8")))}
    assert problems == {}


# --- requirement 4 -------------------------------------------------------------------------------

def test_page_decryptor_reads_a_real_vault(owner: Session, vault_dir: Path, tmp_path: Path) -> None:
    """SECURITY requirement 4 (the tool): `sqlcipher_pages` decrypts vault.db page by page into a
    valid SQLite image (header, schema text, rows) and rejects a wrong key."""
    token = secrets.token_hex(8)
    customers.create_customer(owner, {"name": "MARK" + token, "phones": ["13812345678"]})
    database.checkpoint(owner.con)
    db = vault_dir / "vault.db"
    raw = db.read_bytes()
    assert b"CREATE TABLE" not in raw and token.encode() not in raw
    key = bytes(owner.vault.keys.db)
    pages = sp.db_pages(db, key)  # HMAC of every page verified
    first = pages[0].plaintext
    assert first[:16] == b"SQLite format 3\x00"
    assert int.from_bytes(first[16:18], "big") == sp.PAGE_SIZE
    assert first[20] == sp.RESERVE and first[21:24] == bytes([64, 32, 32])
    assert first[100] in (0x02, 0x05, 0x0A, 0x0D)  # b-tree page type of sqlite_master's root
    assert int.from_bytes(first[28:32], "big") == len(pages)  # database size in pages
    assert sp.find(pages, b"CREATE TABLE") and sp.find(pages, token.encode())

    image = bytearray(b"".join(p.plaintext for p in pages))
    image[18] = image[19] = 1  # rollback-journal mode, so stdlib sqlite3 needs no WAL file
    plain = tmp_path / "plain.db"
    plain.write_bytes(bytes(image))
    con = sqlite3.connect(plain)
    try:
        assert con.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        schema = "SELECT type, name, sql FROM sqlite_master ORDER BY name"
        assert con.execute(schema).fetchall() == owner.con.execute(schema).fetchall()
        assert con.execute("SELECT name FROM customers").fetchall() == [("MARK" + token,)]
    finally:
        con.close()

    with pytest.raises(sp.PageError):
        sp.db_pages(db, secrets.token_bytes(32))


def _erase_scenario(owner: Session, vault_dir: Path, *, secure_delete: bool) -> tuple[int, Marker, bytes]:
    m = Marker.new("erase")
    keep = customers.create_customer(owner, {"name": "王五", "notes": "unrelated"})
    cid = customers.create_customer(owner, {
        "name": m.latin, "notes": m.cjk, "company": m.latin, "emails": [m.latin + "@example.com"],
        "wechat": m.latin, "custom": {"会员号": m.latin}, "phones": ["13812345678"],
    })
    customers.update_customer(owner, cid, {"notes": m.cjk + " edited", "title": m.latin})
    customers.add_purchase(owner, cid, "2024-05-01", "99", items=m.latin)
    customers.add_follow_up(owner, cid, "2024-05-02", content=m.cjk)
    customers.add_consent(owner, cid, "marketing", note=m.latin)
    customers.delete_customer(owner, cid)
    customers.undelete_customer(owner, cid)
    customers.get_customer(owner, keep)
    database.checkpoint(owner.con)
    key = bytes(owner.vault.keys.db)
    db = vault_dir / "vault.db"
    # Sanity: before the erase the marker is in the decrypted pages (the search can find it).
    assert sp.find(sp.all_plaintext_pages(db, key), m.token.encode())
    if not secure_delete:
        owner.con.execute("PRAGMA secure_delete = OFF")
    else:
        assert owner.con.execute("PRAGMA secure_delete").fetchone()[0] == 1
    customers.erase_customer(owner, cid, request_ref="REQ-1")
    return cid, m, key


def test_erase_leaves_no_plaintext_in_any_page(owner: Session, vault_dir: Path) -> None:
    """SECURITY requirement 4: after erase + checkpoint the marker is absent from the decrypted pages
    of vault.db (free pages and slack space included) and from any WAL frame; the ledger holds the id."""
    cid, m, key = _erase_scenario(owner, vault_dir, secure_delete=True)
    pages = sp.all_plaintext_pages(vault_dir / "vault.db", key)  # vault.db pages, then WAL frames
    for needle in (m.token.encode(), m.token.upper().encode(), m.token.encode("utf-16-le")):
        assert sp.find(pages, needle) == []
    wal = vault_dir / "vault.db-wal"
    assert not wal.exists() or wal.stat().st_size == 0  # checkpointed and truncated
    assert cid in customers_repo.erased_ids(owner.con)
    with pytest.raises(CustomerErased):
        customers.get_customer(owner, cid)
    # Later activity does not bring it back (no stale copy is re-logged into a WAL frame).
    customers.create_customer(owner, {"name": "赵六"})
    assert sp.find(sp.all_plaintext_pages(vault_dir / "vault.db", key), m.token.encode()) == []


def test_erase_control_without_secure_delete_finds_the_marker(owner: Session, vault_dir: Path) -> None:
    """SECURITY requirement 4 (control): the same scenario with `secure_delete` off leaves the marker in
    the decrypted pages — proving the test above can see deleted-but-not-overwritten data."""
    cid, m, key = _erase_scenario(owner, vault_dir, secure_delete=False)
    assert cid in customers_repo.erased_ids(owner.con)
    assert sp.find(sp.all_plaintext_pages(vault_dir / "vault.db", key), m.token.encode())


def test_erase_after_an_undone_merge_leaves_nothing_in_the_survivors_history(owner: Session,
                                                                             vault_dir: Path) -> None:
    """SECURITY requirement 4 and "Erasure" (delete every row of the customer, history included):
    X merged into S, S edited while X's values were in it, the merge undone (S keeps its later
    edits, so only what the merge gave is taken back), then X erased. X's values then appear in
    no row of S's history and in no decrypted page; S's history from after the undo stays."""
    m = Marker.new("merged")
    survivor = customers.create_customer(owner, {"name": "王五", "phones": ["13800138000"]})
    merged = customers.create_customer(owner, {"name": "王五", "emails": [m.latin + "@example.com"],
                                               "notes": m.cjk})
    merge_id = merges.merge(owner, [survivor, merged], keep=survivor)
    customers.update_customer(owner, survivor, {  # an edit while X's e-mail and notes are merged in
        "company": "甲公司", "emails": [m.latin + "@example.com", "wang@example.com"]})
    merges.undo(owner, merge_id)
    after = customers.get_customer(owner, survivor).customer
    assert after.company == "甲公司" and [p.value for p in after.contacts if p.kind.value == "email"] == \
        ["wang@example.com"] and after.notes == ""
    customers.update_customer(owner, survivor, {"title": "经理"})  # after the undo: S's own history
    key = bytes(owner.vault.keys.db)
    database.checkpoint(owner.con)
    assert sp.find(sp.all_plaintext_pages(vault_dir / "vault.db", key), m.token.encode())  # it is there
    assert any(m.token in str(r.old_value) + str(r.new_value) for r in customers.history(owner, survivor))

    customers.erase_customer(owner, merged, request_ref="REQ-2")
    rows = customers.history(owner, survivor)
    assert not any(m.token in str(r.old_value) + str(r.new_value) for r in rows)
    assert [r.field for r in rows if "经理" in str(r.new_value)] == ["title"]  # later history kept
    pages = sp.all_plaintext_pages(vault_dir / "vault.db", key)
    for needle in (m.token.encode(), m.token.encode("utf-16-le")):
        assert sp.find(pages, needle) == []


# --- requirement 5 -------------------------------------------------------------------------------

_KEY_PRAGMA = re.compile(r"\bPRAGMA\s+(re)?key\b", re.IGNORECASE)
_KEY_FORM = re.compile(r"PRAGMA (re)?key = \"x'[0-9a-f]{64}'\"")
_ATTACH_KEY = re.compile(r"\bATTACH\b.*\bKEY\b", re.IGNORECASE | re.DOTALL)


class RecordingConnection:
    """Proxy for a sqlcipher3 connection that records every SQL string it is given."""

    def __init__(self, real: object, statements: list[str]) -> None:
        self._real = real
        self.statements = statements

    def execute(self, sql: str, *args: object) -> object:
        self.statements.append(sql)
        return self._real.execute(sql, *args)  # type: ignore[attr-defined]

    def executemany(self, sql: str, *args: object) -> object:
        self.statements.append(sql)
        return self._real.executemany(sql, *args)  # type: ignore[attr-defined]

    def executescript(self, script: str) -> object:
        self.statements.append(script)
        return self._real.executescript(script)  # type: ignore[attr-defined]

    def cursor(self, *args: object) -> object:
        raise AssertionError("product code should go through execute(); extend the proxy if this changes")

    def __getattr__(self, name: str) -> object:
        return getattr(self._real, name)


@pytest.fixture
def recorded(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[list[str]]]:
    """Each connection opened through `app.vault.database` records its statements in its own list."""
    per_connection: list[list[str]] = []
    real_connect = database.sqlcipher3.connect

    def connect(*args: object, **kwargs: object) -> RecordingConnection:
        statements: list[str] = []
        per_connection.append(statements)
        return RecordingConnection(real_connect(*args, **kwargs), statements)

    monkeypatch.setattr(database.sqlcipher3, "connect", connect)
    yield per_connection


def test_keys_reach_sqlcipher_only_as_raw_hex(access: VaultAccess, recorded: list[list[str]]) -> None:
    """SECURITY requirement 5: every `PRAGMA key` / `PRAGMA rekey` carries `x'<64 hex>'` (K_db), is the
    first statement on its connection (after turning logging off), and the key never appears in any
    other statement — for vault creation, unlock by passphrase and by recovery key, and key rotation."""
    session, recovery_key = access.create(OWNER, OWNER_PASS)
    created_literal = session.vault.keys.sqlcipher_key_literal()
    session.lock()
    session = access.unlock(OWNER, OWNER_PASS)
    unlock_literal = session.vault.keys.sqlcipher_key_literal()
    users.rotate_key(session)
    rotated_literal = session.vault.keys.sqlcipher_key_literal()
    assert rotated_literal != unlock_literal
    session.lock()
    session = access.unlock_with_recovery_key(recovery_key)
    assert session.vault.keys.sqlcipher_key_literal() == rotated_literal
    session.lock()

    assert len(recorded) >= 3
    everything = [s for conn in recorded for s in conn]
    key_statements = [s for s in everything if _KEY_PRAGMA.search(s)]
    assert key_statements, "the recorder saw no PRAGMA key: is the proxy installed?"
    for statement in key_statements:
        assert _KEY_FORM.fullmatch(statement), statement
    for statement in everything:
        if _ATTACH_KEY.search(statement):
            assert re.search(r"\bKEY\s+\"x'[0-9a-f]{64}'\"", statement), statement
    assert unlock_literal == created_literal
    assert 'PRAGMA key = "' + unlock_literal + '"' in key_statements
    assert 'PRAGMA rekey = "' + rotated_literal + '"' in key_statements
    assert 'PRAGMA key = "' + rotated_literal + '"' in key_statements  # the recovery-key unlock

    for conn in recorded:
        before_key = []
        for statement in conn:
            if _KEY_PRAGMA.search(statement):
                break
            before_key.append(statement)
        assert all(s.upper().startswith("PRAGMA CIPHER_LOG_LEVEL") for s in before_key), before_key
        assert any(_KEY_PRAGMA.search(s) for s in conn)

    secrets_hex = {re.search(r"[0-9a-f]{64}", s).group(0) for s in key_statements}  # type: ignore[union-attr]
    for statement in everything:
        if not _KEY_PRAGMA.search(statement):
            assert not any(h in statement for h in secrets_hex), statement


@pytest.mark.parametrize("literal", [
    "correct horse battery staple",
    "x'" + "ab" * 31 + "'",  # 62 hex digits
    "x'" + "AB" * 32 + "'",  # upper case
    "x'" + "ab" * 32 + "'\"; PRAGMA key = \"oops",
    "x'" + "ab" * 48 + "'",  # key + salt form
    "'" + "ab" * 32 + "'",
])
def test_non_raw_keys_are_refused(tmp_path: Path, literal: str, recorded: list[list[str]]) -> None:
    """SECURITY requirement 5: a passphrase (or any other key form) never reaches `PRAGMA key`."""
    with pytest.raises(ValueError):
        database.connect(tmp_path / "x.db", literal, create=True)
    assert recorded == []  # refused before a connection is even opened
    assert not (tmp_path / "x.db").exists()


def test_rekey_refuses_non_raw_keys(owner: Session) -> None:
    """SECURITY requirement 5: `database.rekey` refuses anything but `x'<64 hex>'`."""
    with pytest.raises(ValueError):
        database.rekey(owner.con, "new passphrase")
    assert owner.con.execute("SELECT count(*) FROM users").fetchone()[0] == 1
