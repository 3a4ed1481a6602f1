"""Backups end to end through the service (SECURITY.md requirements 16–21 and 24, PRODUCT.md §9).

One module-wide source vault (2,500 demo customers, so a backup has several 1 MiB chunks; an owner,
a staff member and a viewer; a customer carrying a random marker) and two backups of it are built
once. Tests that restore over a "live" vault get their own copy of the source folder.
"""

from __future__ import annotations

import errno
import hashlib
import json
import os
import secrets
import shutil
import tempfile
import threading
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from app.i18n.messages import error_message
from app.models.errors import (
    BackupCancelled,
    BackupDamaged,
    BackupOtherVault,
    BackupTampered,
    BackupTooNew,
    BackupWrongCredentials,
    ClientVaultError,
    DestinationUnavailable,
    PermissionDenied,
    StorageError,
    VaultLocked,
)
from app.models.records import Role
from app.services import audit, backup, customers, demo, users
from app.services import settings as settings_service
from app.services.access import VaultAccess
from app.services.session import Session
from app.vault import backup_format as bf
from app.vault import backup_repo, database
from app.vault.kdf import KdfPolicy
from app.vault.keyring_store import KeyringStore
from app.vault.repositories import audit_repo, customers_repo
from tests.conftest import OWNER, OWNER_PASS, STAFF, STAFF_PASS, VIEWER, VIEWER_PASS
from tests.support import sqlcipher_pages as sp
from tests.support.memory_keyring import MemoryKeyring

DEMO_CUSTOMERS = 2500
POLICY = KdfPolicy.insecure_for_tests()


# --- helpers -------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Marker:
    token: str

    @property
    def latin(self) -> str:
        return "MARK" + self.token

    @property
    def cjk(self) -> str:
        return "标记" + self.token

    def needles(self) -> dict[str, bytes]:
        out = {}
        for text in (self.latin, self.cjk, self.token, self.token.upper()):
            for enc in ("utf-8", "utf-16-le", "utf-16-be"):
                out[text + "/" + enc] = text.encode(enc)
        return out


def found_in(data: bytes, marker: Marker) -> list[str]:
    return [label for label, needle in marker.needles().items() if needle in data]


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def vault_state(folder: Path) -> dict[str, str]:
    """Hashes of the files that make the vault (not -shm: readers update it) and of every other
    file name in the folder (a leftover temp file or aside copy shows up here)."""
    state = {}
    for p in sorted(folder.iterdir()):
        if p.name.endswith("-shm") or p.name == "vault.lock":
            continue
        state[p.name] = digest(p) if p.is_file() else "dir"
    return state


def quick_state(folder: Path) -> list[tuple[str, int, int, int]]:
    """Cheap per-attempt check: names, sizes, inodes and modification times."""
    out = []
    for p in sorted(folder.iterdir()):
        if p.name.endswith("-shm") or p.name == "vault.lock":
            continue
        st = p.stat()
        out.append((p.name, st.st_size, st.st_ino, st.st_mtime_ns))
    return out


def log_rows(con: database.Connection, upto: int | None = None) -> list[tuple[Any, ...]]:
    sql = "SELECT seq, at, user_id, action, customer_id, fields, detail, mac FROM access_log ORDER BY seq"
    rows = [tuple(bytes(v) if isinstance(v, (bytes, memoryview)) else v for v in r)
            for r in con.execute(sql).fetchall()]
    return rows if upto is None else [r for r in rows if r[0] <= upto]


def counts(con: database.Connection) -> dict[str, int]:
    def n(sql: str) -> int:
        return int(con.execute(sql).fetchone()[0])

    return {
        "customers": n("SELECT count(*) FROM customers WHERE deleted_at IS NULL"),
        "deleted": n("SELECT count(*) FROM customers WHERE deleted_at IS NOT NULL"),
        "purchases": n("SELECT count(*) FROM purchases"),
        "follow_ups": n("SELECT count(*) FROM follow_ups"),
        "consents": n("SELECT count(*) FROM consents"),
        "contact_points": n("SELECT count(*) FROM contact_points"),
        "users": n("SELECT count(*) FROM users"),
        "erased": n("SELECT count(*) FROM erasure_ledger"),
    }


def flip(path: Path, offset: int, bit: int) -> None:
    with open(path, "r+b") as handle:
        handle.seek(offset)
        byte = handle.read(1)[0]
        handle.seek(offset)
        handle.write(bytes([byte ^ (1 << bit)]))


def chunk_layout(path: Path) -> tuple[int, list[tuple[int, int]]]:
    """(payload offset, [(start, length incl. tag)] per chunk)."""
    b = bf.read_backup(path)
    info = b.header.payload
    spans, pos = [], b.payload_offset
    for i in range(info.chunks):
        length = min(info.chunk_size, info.plaintext_bytes - i * info.chunk_size) + bf.TAG_BYTES
        spans.append((pos, length))
        pos += length
    return b.payload_offset, spans


@dataclass
class World:
    folder: Path
    vault_id: str
    recovery: str
    marker: Marker
    marker_id: int
    erased_later: int  # erased after B1, before B2
    b1: Path
    b2: Path
    facts_b1: dict[str, int]
    log_b1: list[tuple[Any, ...]]
    head_b1: tuple[int, str]
    dests: Path


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> World:
    base = tmp_path_factory.mktemp("backup-world")
    keyring = KeyringStore(MemoryKeyring(), trusted_backend_types=(MemoryKeyring,), timeout=2.0)
    access = VaultAccess(base / "vault", POLICY, keyring)
    session, recovery = access.create(OWNER, OWNER_PASS)
    users.add_user(session, STAFF, Role.STAFF, STAFF_PASS, can_reveal=True)
    users.add_user(session, VIEWER, Role.VIEWER, VIEWER_PASS)
    users.remember_me(session, keyring)  # a keyring slot exists: it must never reach a backup
    marker = Marker(secrets.token_hex(8))
    marker_id = customers.create_customer(session, {
        "name": marker.latin, "notes": marker.cjk, "company": marker.latin, "emails": [marker.latin + "@example.com"],
        "phones": ["13812345678"], "id_number": "11010519491231002X"})
    customers.add_purchase(session, marker_id, "2025-01-02", "88.8", items=marker.cjk)
    customers.add_follow_up(session, marker_id, "2025-01-03", content=marker.latin)
    demo.fill_demo(session, DEMO_CUSTOMERS)
    later = customers.create_customer(session, {"name": "赵六", "phones": ["13912345678"]})
    customers.delete_customer(session, 7)
    dests = base / "dests"
    (dests / "b1").mkdir(parents=True)
    (dests / "b2").mkdir(parents=True)
    r1 = backup.create_backup(session, dests / "b1")
    facts = counts(session.con)
    head_seq, head_mac = audit_repo.head(session.con)
    rows = log_rows(session.con)
    # the backup itself is logged after its snapshot
    assert rows[-1][3] == "backup"
    rows_b1 = rows[:-1]
    customers.erase_customer(session, later)
    r2 = backup.create_backup(session, dests / "b2")
    session.lock()
    b1_head = rows_b1[-1]
    assert head_seq == b1_head[0] + 1
    return World(base / "vault", r1.vault_id, recovery, marker, marker_id, later, r1.path, r2.path, facts,
                 rows_b1, (b1_head[0], b1_head[7].hex()), dests)


@pytest.fixture
def live_dir(world: World, tmp_path: Path) -> Path:
    folder = tmp_path / "live"
    shutil.copytree(world.folder, folder)
    return folder


@pytest.fixture
def live(live_dir: Path) -> Iterator[Session]:
    session = VaultAccess(live_dir, POLICY).unlock(OWNER, OWNER_PASS)
    database.checkpoint(session.con)
    yield session
    session.lock()


@pytest.fixture
def private_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "private-tmp"
    folder.mkdir()
    for name in ("TMPDIR", "TEMP", "TMP", "SQLITE_TMPDIR"):
        monkeypatch.setenv(name, str(folder))
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    return folder


def copy_of(path: Path, folder: Path, name: str = "copy.cvbak") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / name
    shutil.copyfile(path, target)
    return target


# --- requirement 16 ------------------------------------------------------------------------------

def test_req16_no_marker_plaintext_in_backups_or_temp_files(world: World, live: Session, live_dir: Path,
                                                            tmp_path: Path, private_tmp: Path,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    """SECURITY requirement 16: the marker's UTF-8 and UTF-16 bytes appear in no backup file, and in
    no temp file made while verifying or restoring (the decrypted payload, an SQLCipher database
    under the vault's key). A backup makes no temp file at all: it reads the vault's encrypted pages."""
    for path in (world.b1, world.b2):
        assert found_in(path.read_bytes(), world.marker) == []
    seen: list[Path] = []
    real_open, real_ro = backup_repo.open_payload, backup_repo.open_readonly

    def open_payload(path: Path, key: str) -> database.Connection:
        data = path.read_bytes()
        assert not data.startswith(b"SQLite format 3") and found_in(data, world.marker) == []
        seen.append(path)
        return real_open(path, key)

    def open_readonly(path: Path, key: str) -> database.Connection:
        data = path.read_bytes()
        assert not data.startswith(b"SQLite format 3") and found_in(data, world.marker) == []
        seen.append(path)
        return real_ro(path, key)

    dest = tmp_path / "usb"
    dest.mkdir()
    before = sorted(p.name for p in live_dir.iterdir())
    made = backup.create_backup(live, dest)
    assert sorted(p.name for p in live_dir.iterdir()) == before  # nothing was written beside the vault
    assert [p.name for p in dest.iterdir()] == [made.path.name]
    assert found_in(made.path.read_bytes(), world.marker) == []
    monkeypatch.setattr(backup_repo, "open_payload", open_payload)
    monkeypatch.setattr(backup_repo, "open_readonly", open_readonly)
    backup.verify_backup(made.path, passphrase=OWNER_PASS)  # in memory: no temp file at all
    assert seen == []
    backup.verify_backup(made.path, passphrase=OWNER_PASS, thorough=True)
    backup.restore_backup(made.path, tmp_path / "restored", passphrase=OWNER_PASS)
    # the decrypted payloads (thorough verify: page check, integrity_check and facts; restore: the
    # same and the writable connection)
    assert len({p.parent for p in seen}) == 2 and len(seen) >= 5
    assert [p for p in private_tmp.rglob("*")] == []
    for folder in (dest, live_dir, tmp_path / "restored"):
        for p in folder.rglob("*"):
            if p.is_file():
                assert found_in(p.read_bytes(), world.marker) == [], p


def test_req16_control_the_marker_is_inside_the_encrypted_payload(world: World, tmp_path: Path) -> None:
    """SECURITY requirement 16 (control): decrypting the payload's SQLCipher pages with the vault's
    database key does find the marker — so the scan above can see it."""
    backup_file = bf.read_backup(world.b1)
    opened = bf.open_backup(backup_file, bf.PassphraseSecret(OWNER_PASS))
    try:
        inner = tmp_path / "inner.db"
        with open(world.b1, "rb") as handle, open(inner, "wb") as out:
            for plain in bf.iter_payload(handle, backup_file, opened.file_keys):
                out.write(plain)
        assert opened.payload_under_vault_key
        pages = sp.all_plaintext_pages(inner, bytes(opened.subkeys.db))
        assert sp.find(pages, world.marker.token.encode())
        assert found_in(inner.read_bytes(), world.marker) == []
    finally:
        opened.wipe()


def test_req16_header_holds_only_allow_listed_keys_and_owner_and_recovery_slots(world: World) -> None:
    """SECURITY requirement 16: the header holds exactly the allow-listed keys; its slots are the
    owner's passphrase slot and the recovery slot — never staff, viewer or keyring slots (the source
    vault has all three) — and it holds no customer data."""
    b = bf.read_backup(world.b1)
    raw = b.signed[bf.PRELUDE_BYTES:-bf.CHECKSUM_BYTES]
    header = json.loads(raw)
    assert set(header) == bf.HEADER_KEYS
    assert set(header["payload"]) == bf.PAYLOAD_KEYS
    assert set(header["file_key"]) == bf.FILE_KEY_KEYS and set(header["audit_head"]) == bf.AUDIT_HEAD_KEYS
    kinds = sorted((s["kind"], s["user_name"]) for s in header["slots"])
    assert kinds == [("recovery", None), ("user", OWNER)]
    keys = json.loads((world.folder / "vault.keys").read_text("utf-8"))
    assert {s["kind"] for s in keys["slots"]} == {"user", "recovery", "keyring"}  # the source has them all
    for text in (STAFF, VIEWER, world.marker.token, "张三", "@"):
        assert text.encode() not in raw
    assert found_in(raw, world.marker) == []


# --- requirement 17 ------------------------------------------------------------------------------

def _restore(path: Path, live: Session, **secret: str) -> None:
    backup.restore_backup(path, live.vault.paths.folder, live=live, **(secret or {"passphrase": OWNER_PASS}))


def test_req17_every_bit_of_the_header_checksum_and_mac(world: World, live: Session, live_dir: Path,
                                                         tmp_path: Path) -> None:
    """SECURITY requirement 17: flipping any single bit of magic, version, length, header or checksum
    says "damaged" (keyless, before any KDF); any bit of the header MAC says "tampered or corrupt";
    the live vault is never touched."""
    path = copy_of(world.b1, tmp_path / "flip")
    b = bf.read_backup(path)
    mac_start = b.payload_offset - bf.MAC_BYTES
    before_full, before_quick = vault_state(live_dir), quick_state(live_dir)
    damaged = tampered = 0
    for offset in range(b.payload_offset):
        for bit in range(8):
            flip(path, offset, bit)
            try:
                _restore(path, live)
            except BackupDamaged:
                assert offset < mac_start, (offset, bit)
                damaged += 1
            except BackupTampered as exc:
                assert offset >= mac_start and exc.params["what"] == "header", (offset, bit)
                tampered += 1
            else:
                raise AssertionError(f"bit {bit} of byte {offset} went unnoticed")
            finally:
                flip(path, offset, bit)
            assert quick_state(live_dir) == before_quick, (offset, bit)
    assert damaged == mac_start * 8 and tampered == bf.MAC_BYTES * 8
    assert vault_state(live_dir) == before_full
    assert not live.is_locked  # nothing even got as far as closing the live session


def test_req17_chunk_bytes_and_tags(world: World, live: Session, live_dir: Path, tmp_path: Path) -> None:
    """SECURITY requirement 17: the first, middle and last byte of every chunk, its tag and the final
    tag — each flip says "tampered or corrupt" naming the chunk, the live vault byte-identical."""
    path = copy_of(world.b1, tmp_path / "flip")
    _offset, spans = chunk_layout(path)
    assert len(spans) >= 3, "the test vault should span several 1 MiB chunks"
    before = vault_state(live_dir)
    for index, (start, length) in enumerate(spans):
        body = length - bf.TAG_BYTES
        for pos in (start, start + body // 2, start + body - 1, start + body, start + length - 1):
            flip(path, pos, 5)
            try:
                with pytest.raises(BackupTampered) as info:
                    _restore(path, live)
                assert info.value.params == {"what": "chunk", "where": index}
            finally:
                flip(path, pos, 5)
            assert vault_state(live_dir) == before
    assert [p.name for p in live_dir.iterdir() if p.name.startswith(".")] == []


@pytest.mark.parametrize("cut", ["empty", "magic", "prelude", "header", "checksum", "mac", "chunk0", "boundary",
                                 "last_byte"])
def test_req17_truncation_says_damaged(world: World, live: Session, live_dir: Path, tmp_path: Path, cut: str) -> None:
    """SECURITY requirement 17: a file cut anywhere is damaged, not tampered (keyless size check)."""
    data = world.b1.read_bytes()
    offset, spans = chunk_layout(world.b1)
    end = {"empty": 0, "magic": 5, "prelude": 14, "header": 300, "checksum": offset - 40, "mac": offset - 1,
           "chunk0": spans[0][0] + 1000, "boundary": spans[1][0], "last_byte": len(data) - 1}[cut]
    path = tmp_path / "cut.cvbak"
    path.write_bytes(data[:end])
    before = vault_state(live_dir)
    with pytest.raises(BackupDamaged) as info:
        _restore(path, live)
    assert "damaged" in error_message(info.value)
    assert vault_state(live_dir) == before


def test_req17_appended_dropped_swapped_duplicated_spliced_chunks(world: World, live: Session, live_dir: Path,
                                                                  tmp_path: Path) -> None:
    """SECURITY requirement 17: appended bytes, a dropped or inserted chunk → damaged (size); swapped,
    duplicated-in-place and spliced chunks (from another backup of the same vault) → tampered."""
    data = world.b1.read_bytes()
    offset, spans = chunk_layout(world.b1)
    other = world.b2.read_bytes()
    o_offset, o_spans = chunk_layout(world.b2)
    chunk = [data[s:s + n] for s, n in spans]
    head = data[:offset]
    cases: dict[str, tuple[bytes, type[ClientVaultError]]] = {
        "appended": (data + b"\0", BackupDamaged),
        "appended_chunk": (data + chunk[0], BackupDamaged),
        "dropped_first": (head + b"".join(chunk[1:]), BackupDamaged),
        "dropped_last": (head + b"".join(chunk[:-1]), BackupDamaged),
        "inserted_duplicate": (head + chunk[0] + b"".join(chunk), BackupDamaged),
        "swapped": (head + chunk[1] + chunk[0] + b"".join(chunk[2:]), BackupTampered),
        "duplicated": (head + chunk[0] + chunk[0] + b"".join(chunk[2:]), BackupTampered),
        "spliced": (head + other[o_spans[0][0]:o_spans[0][0] + o_spans[0][1]] + b"".join(chunk[1:]), BackupTampered),
        "spliced_header": (other[:o_offset] + b"".join(chunk), BackupDamaged),  # lengths differ → size
    }
    before = vault_state(live_dir)
    for name, (blob, expected) in cases.items():
        path = tmp_path / (name + ".cvbak")
        path.write_bytes(blob)
        with pytest.raises(expected):
            _restore(path, live)
        assert vault_state(live_dir) == before, name


def test_req17_damaged_and_tampered_read_differently() -> None:
    """SECURITY requirement 17: "damaged" (keyless checks) and "tampered or corrupt" (MAC/tag) are
    different messages, each saying the vault was not changed."""
    damaged = error_message(BackupDamaged(what="header", path="/media/usb/x.cvbak"))
    tampered = error_message(BackupTampered(what="header", path="/media/usb/x.cvbak"))
    chunk = error_message(BackupTampered(what="chunk", where=3))
    assert "damaged" in damaged and "tampered" not in damaged
    assert "tampered with or is corrupt" in tampered and "damaged" not in tampered
    assert "tampered with or is corrupt" in chunk
    for text in (damaged, tampered, chunk, error_message(BackupDamaged(what="size"))):
        assert "Nothing was changed" in text


# --- requirement 18 ------------------------------------------------------------------------------

@pytest.fixture
def clean_machine(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty HOME and temp folder, no keyring, another vault already on the machine."""
    home = tmp_path / "new-home"
    (home / "tmp").mkdir(parents=True)
    for name in ("HOME", "USERPROFILE"):
        monkeypatch.setenv(name, str(home))
    for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        monkeypatch.setenv(name, str(home / name.lower()))
    for name in ("TMPDIR", "TEMP", "TMP"):
        monkeypatch.setenv(name, str(home / "tmp"))
    monkeypatch.setattr(tempfile, "tempdir", str(home / "tmp"))
    monkeypatch.delenv("CLIENTVAULT_HOME", raising=False)
    monkeypatch.delenv("DBUS_SESSION_BUS_ADDRESS", raising=False)
    return home


@pytest.mark.parametrize("via", ["passphrase", "recovery_key"])
def test_req18_clean_machine_restore(world: World, clean_machine: Path, via: str) -> None:
    """SECURITY requirement 18: on a clean machine (empty HOME, no keyring, another vault there) the
    backup restores with the owner passphrase and with the recovery key; customer, purchase and
    access-log rows and the audit head match the source at backup time; the vault keeps its id."""
    other_session, _ = VaultAccess(clean_machine / "other-vault", POLICY, None).create("someone", OWNER_PASS + "x")
    other_id = other_session.vault.vault_id
    other_session.lock()
    other_before = vault_state(clean_machine / "other-vault")
    usb = copy_of(world.b1, clean_machine / "usb", world.b1.name)
    secret = {"passphrase": OWNER_PASS} if via == "passphrase" else {"recovery_key": world.recovery}
    target = clean_machine / "ClientVault" / "vault"
    result = backup.restore_backup(usb, target, **secret)
    assert result.vault_id == world.vault_id != other_id
    assert not result.replaced_existing and result.erasures_reapplied == () and result.audit_ok
    assert set(result.users_without_passphrase) == {STAFF, VIEWER}
    access = VaultAccess(target, POLICY, None)
    session = access.unlock(OWNER, OWNER_PASS) if via == "passphrase" else access.unlock_with_recovery_key(world.recovery)
    try:
        assert session.vault.vault_id == world.vault_id
        assert counts(session.con) == world.facts_b1
        seq, mac = world.head_b1
        assert audit_repo.mac_at(session.con, seq).hex() == mac
        assert log_rows(session.con, upto=seq) == world.log_b1
        assert [r[3] for r in log_rows(session.con)[len(world.log_b1):]][:1] == ["restore"]
        assert audit.verify(session).ok
        assert customers.search_customers(session, world.marker.latin).rows[0].id == world.marker_id
        assert customers.get_customer(session, world.marker_id, reveal=("id_number",)).customer.sensitive
        # The restored vault is a full vault: it backs up again.
        (clean_machine / "usb2").mkdir()
        again = backup.create_backup(session, clean_machine / "usb2")
        assert again.customers == world.facts_b1["customers"]
        # Staff slots were not in the backup: the owner gives them a new passphrase.
        users.reset_passphrase(session, STAFF, "new staff passphrase 777")
    finally:
        session.lock()
    access.unlock(STAFF, "new staff passphrase 777").lock()
    assert vault_state(clean_machine / "other-vault") == other_before
    assert {p.name for p in target.iterdir()} == {"vault.db", "vault.keys", "vault.keys.prev", "vault.lock"}
    assert list((clean_machine / "tmp").iterdir()) == []


# --- requirement 19 ------------------------------------------------------------------------------

def test_req19_staff_and_viewer_passphrases_cannot_open_a_backup(world: World, tmp_path: Path) -> None:
    """SECURITY requirement 19: a staff (or viewer) passphrase opens no backup — with or without the
    user name — for verify and for restore; nothing is left behind."""
    for name, secret in ((STAFF, STAFF_PASS), (VIEWER, VIEWER_PASS), (None, STAFF_PASS), (OWNER, STAFF_PASS)):
        with pytest.raises(BackupWrongCredentials) as info:
            backup.verify_backup(world.b1, passphrase=secret, user_name=name)
        assert "staff" in error_message(info.value)
        with pytest.raises(BackupWrongCredentials):
            backup.restore_backup(world.b1, tmp_path / "target", passphrase=secret, user_name=name)
        assert not (tmp_path / "target").exists()


def test_req19_staff_and_viewers_cannot_back_up(world: World, live_dir: Path, tmp_path: Path) -> None:
    access = VaultAccess(live_dir, POLICY)
    for name, secret in ((STAFF, STAFF_PASS), (VIEWER, VIEWER_PASS)):
        session = access.unlock(name, secret)
        try:
            with pytest.raises(PermissionDenied):
                backup.create_backup(session, tmp_path)
            with pytest.raises(PermissionDenied):
                backup.history(session)
        finally:
            session.lock()
    assert list(tmp_path.glob("*.cvbak")) == []


def test_a_backup_opens_with_the_passphrase_of_its_time(world: World, live: Session, tmp_path: Path) -> None:
    """After a passphrase change the new passphrase opens new backups; old backups still need the old
    one (their slot copies are from back then) — or the recovery key."""
    users.change_own_passphrase(live, OWNER_PASS, "a brand new owner passphrase 5")
    (tmp_path / "usb").mkdir()
    new = backup.create_backup(live, tmp_path / "usb")
    backup.verify_backup(new.path, passphrase="a brand new owner passphrase 5")
    with pytest.raises(BackupWrongCredentials):
        backup.verify_backup(new.path, passphrase=OWNER_PASS)
    with pytest.raises(BackupWrongCredentials):
        backup.verify_backup(world.b1, passphrase="a brand new owner passphrase 5")
    backup.verify_backup(world.b1, passphrase=OWNER_PASS)
    backup.verify_backup(new.path, recovery_key=world.recovery)


# --- requirement 20 ------------------------------------------------------------------------------

def _forge(world: World, folder: Path, *, corrupt_page: bool = False, schema: int | None = None) -> Path:
    """A backup whose chunks all authenticate (re-sealed with the real file key) but whose inner
    database is damaged, or says it has a newer schema."""
    src = bf.read_backup(world.b1)
    opened = bf.open_backup(src, bf.PassphraseSecret(OWNER_PASS))
    try:
        with open(world.b1, "rb") as handle:
            plain = bytearray(b"".join(bf.iter_payload(handle, src, opened.file_keys)))
        header = src.header
        if corrupt_page:
            plain[5 * 4096 + 100] ^= 0xFF  # inside page 6: its SQLCipher HMAC no longer matches
        if schema is not None:
            inner = folder / "inner.db"
            inner.write_bytes(bytes(plain))
            con = backup_repo.open_payload(inner, opened.payload_key_literal())
            con.execute("PRAGMA journal_mode = DELETE")
            con.execute("PRAGMA user_version = " + str(schema))
            con.close()
            plain = bytearray(inner.read_bytes())
            inner.unlink()
            header = replace(header, schema_version=schema,
                             payload=replace(header.payload, plaintext_bytes=len(plain)))
        prelude, checksum = bf.encode_prelude(header, opened.file_keys)
        import io

        out = io.BytesIO()
        out.write(prelude)
        bf.encrypt_payload(io.BytesIO(bytes(plain)), out, header, checksum, opened.file_keys)
    finally:
        opened.wipe()
    path = folder / "forged.cvbak"
    path.write_bytes(out.getvalue())
    return path


@pytest.mark.parametrize("failure", [
    "checksum", "mac", "last_tag", "truncated", "wrong_passphrase", "staff_passphrase", "inner_damaged",
    "schema_too_new", "other_vault", "cancelled", "locked_live", "install_fails",
])  # fmt: skip
def test_req20_failed_restore_leaves_the_live_vault_byte_identical(
        world: World, live: Session, live_dir: Path, tmp_path: Path, private_tmp: Path,
        monkeypatch: pytest.MonkeyPatch, failure: str) -> None:
    """SECURITY requirement 20: after every kind of failed restore the live vault.db and vault.keys
    (and vault.keys.prev) are byte-identical and no temp file remains — beside the target or in the
    system temp folder."""
    path = copy_of(world.b1, tmp_path / "usb")
    secret: dict[str, str] = {"passphrase": OWNER_PASS}
    expected: type[BaseException] = ClientVaultError
    cancelled = None
    session: Session = live
    if failure == "checksum":
        flip(path, 100, 0)
        expected = BackupDamaged
    elif failure == "mac":
        flip(path, bf.read_backup(path).payload_offset - 1, 0)
        expected = BackupTampered
    elif failure == "last_tag":
        flip(path, path.stat().st_size - 1, 7)
        expected = BackupTampered
    elif failure == "truncated":
        path.write_bytes(path.read_bytes()[:-100])
        expected = BackupDamaged
    elif failure == "wrong_passphrase":
        secret = {"passphrase": "not the passphrase at all"}
        expected = BackupWrongCredentials
    elif failure == "staff_passphrase":
        secret = {"passphrase": STAFF_PASS, "user_name": STAFF}
        expected = BackupWrongCredentials
    elif failure == "inner_damaged":
        path = _forge(world, tmp_path, corrupt_page=True)
        expected = BackupDamaged
    elif failure == "schema_too_new":
        path = _forge(world, tmp_path, schema=database.latest_version() + 1)
        expected = BackupTooNew
    elif failure == "other_vault":
        other, _ = VaultAccess(tmp_path / "other", POLICY).create(OWNER, OWNER_PASS)
        (tmp_path / "o-usb").mkdir()
        path = backup.create_backup(other, tmp_path / "o-usb").path
        other.lock()
        expected = BackupOtherVault
    elif failure == "cancelled":
        calls = [0]

        def cancel() -> bool:
            calls[0] += 1
            return calls[0] > 2

        cancelled = cancel
        expected = BackupCancelled
    elif failure == "locked_live":
        expected = VaultLocked
    elif failure == "install_fails":
        real = backup_repo.write_atomic

        def failing(target: Path, data: bytes, mode: int = 0o600) -> None:
            if target.name == "vault.keys":
                raise OSError(errno.EIO, "injected")
            real(target, data, mode)

        monkeypatch.setattr(backup_repo, "write_atomic", failing)
        expected = StorageError
    before = vault_state(live_dir)
    names = sorted(p.name for p in live_dir.iterdir() if not p.name.endswith("-shm"))
    with pytest.raises(expected):
        backup.restore_backup(path, live_dir, live=None if failure == "locked_live" else session,
                              cancelled=cancelled, **secret)
    after = vault_state(live_dir)
    for name in ("vault.db", "vault.keys", "vault.keys.prev"):
        assert after[name] == before[name], name
    leftovers = sorted(p.name for p in live_dir.iterdir() if not p.name.endswith("-shm"))
    assert set(leftovers) <= set(names), leftovers
    assert list(private_tmp.iterdir()) == []
    if failure != "install_fails":
        assert not session.is_locked
    # the live vault still opens and holds what it held
    if session.is_locked:
        session = VaultAccess(live_dir, POLICY).unlock(OWNER, OWNER_PASS)
    assert customers_repo.exists(session.con, world.marker_id)[0]
    assert audit.verify(session).ok
    if session is not live:
        session.lock()


def test_req20_verify_leaves_no_temp_files(world: World, tmp_path: Path, private_tmp: Path) -> None:
    bad = copy_of(world.b1, tmp_path / "usb")
    flip(bad, bad.stat().st_size - 20, 1)
    with pytest.raises(BackupTampered):
        backup.verify_backup(bad, passphrase=OWNER_PASS)
    report = backup.verify_backup(world.b1, recovery_key=world.recovery)
    assert report.opened_with == "recovery_key" and report.customers == world.facts_b1["customers"]
    assert list(private_tmp.iterdir()) == []


# --- requirement 21: committed fixtures ----------------------------------------------------------

FIXTURES = Path(__file__).resolve().parents[2] / "data" / "backups"


def _fixtures() -> list[dict[str, Any]]:
    return [json.loads(p.read_text("utf-8")) for p in sorted(FIXTURES.glob("*.json"))]


def test_req21_every_released_format_version_has_a_fixture() -> None:
    versions = {f["format_version"] for f in _fixtures()}
    assert set(bf.SUPPORTED_VERSIONS) <= versions
    for f in _fixtures():
        assert digest(FIXTURES / f["file"]) == f["sha256"], "committed fixtures must never be regenerated"


@pytest.mark.parametrize("fixture", _fixtures(), ids=lambda f: f["file"])
@pytest.mark.parametrize("via", ["passphrase", "recovery_key"])
def test_req21_fixture_backups_stay_restorable(fixture: dict[str, Any], via: str, tmp_path: Path) -> None:
    """SECURITY requirement 21: backups written by every released format version (committed in
    tests/data/backups/) verify and restore; older schemas are migrated forward."""
    path = FIXTURES / fixture["file"]
    secret = {"passphrase": fixture["owner_passphrase"]} if via == "passphrase" \
        else {"recovery_key": fixture["recovery_key"]}
    for thorough in (False, True):
        report = backup.verify_backup(path, thorough=thorough, **secret)
        assert (report.vault_id, report.customers, report.schema_version) == \
            (fixture["vault_id"], fixture["customers"], fixture["schema_version"])
        assert report.audit_ok is (None if fixture["format_version"] >= 2 and not thorough else True)
    with pytest.raises(BackupWrongCredentials):
        backup.verify_backup(path, passphrase=fixture["staff_passphrase"])
    result = backup.restore_backup(path, tmp_path / "restored", **secret)
    assert result.migrated_from == (None if fixture["schema_version"] == database.latest_version()
                                    else fixture["schema_version"])
    access = VaultAccess(tmp_path / "restored", POLICY)
    session = access.unlock(fixture["owner"], fixture["owner_passphrase"])
    try:
        c = counts(session.con)
        assert (c["customers"], c["deleted"], c["purchases"]) == \
            (fixture["customers"], fixture["deleted_customers"], fixture["purchases"])
        assert customers_repo.erased_ids(session.con) == fixture["erased_ids"]
        assert database.schema_version(session.con) == database.latest_version()
        head = fixture["audit_head"]
        assert audit_repo.mac_at(session.con, head["seq"]).hex() == head["mac"]
        assert audit.verify(session).ok
        assert customers.search_customers(session, "张三丰").rows
    finally:
        session.lock()


# --- requirement 24 ------------------------------------------------------------------------------

def test_req24_erasure_is_reapplied_when_an_older_backup_is_restored(world: World, live: Session,
                                                                     live_dir: Path, tmp_path: Path) -> None:
    """SECURITY requirement 24: erase X, back up B2; restore the older B1 (which holds X): X is gone
    — rows, search index, decrypted pages — before the restored vault is opened; the restore warns
    that a newer backup exists, and new customers never reuse an erased id."""
    x = world.marker_id
    customers.erase_customer(live, x, request_ref="PIPL-7")
    (tmp_path / "usb").mkdir()
    b2 = backup.create_backup(live, tmp_path / "usb")
    highest = max(r[0] for r in live.con.execute("SELECT id FROM customers").fetchall())
    b1 = copy_of(world.b1, tmp_path / "usb", world.b1.name)  # B1 next to B2, as on a real USB drive
    result = backup.restore_backup(b1, live_dir, passphrase=OWNER_PASS, live=live)
    assert live.is_locked
    assert x in result.erasures_reapplied and world.erased_later in result.erasures_reapplied
    assert result.older_than_newest and result.newest_known_at == b2.created_at
    # Before anything opens it: no page of the restored vault (free space included) holds X.
    key = bytes(VaultAccess(live_dir, POLICY).unlock(OWNER, OWNER_PASS).vault.keys.db)
    pages = sp.all_plaintext_pages(live_dir / "vault.db", key)
    for needle in (world.marker.token.encode(), world.marker.token.encode("utf-16-le")):
        assert sp.find(pages, needle) == []
    session = VaultAccess(live_dir, POLICY).unlock(OWNER, OWNER_PASS)
    try:
        assert customers_repo.exists(session.con, x) == (False, False)
        assert customers_repo.is_erased(session.con, x)
        assert customers.search_customers(session, world.marker.latin).rows == []
        erase_rows = [r for r in log_rows(session.con) if r[3] == "erase" and r[4] == x]
        assert erase_rows and json.loads(erase_rows[-1][6])["reapplied"] is True
        assert audit.verify(session).ok
        new_id = customers.create_customer(session, {"name": "新客户"})
        assert new_id > highest
    finally:
        session.lock()


def test_req24_control_without_the_live_ledger_the_customer_is_back(world: World, tmp_path: Path) -> None:
    """SECURITY requirement 24 (control): restored into a new folder, B1 does hold X — so the test
    above shows the ledger re-application, not an accident."""
    backup.restore_backup(world.b1, tmp_path / "elsewhere", passphrase=OWNER_PASS)
    session = VaultAccess(tmp_path / "elsewhere", POLICY).unlock(OWNER, OWNER_PASS)
    try:
        assert customers_repo.exists(session.con, world.marker_id)[0]
    finally:
        session.lock()


def test_restore_over_a_vault_needs_it_unlocked(world: World, live_dir: Path) -> None:
    with pytest.raises(VaultLocked):
        backup.restore_backup(world.b1, live_dir, passphrase=OWNER_PASS)


# --- backups: fault injection, generations, history ---------------------------------------------

class FailingFile:
    """Wraps the partial file: raises `error` once `limit` bytes were written (a full or pulled
    USB drive mid-chunk); `before` runs first (e.g. make the destination vanish)."""

    def __init__(self, real: Any, limit: int, error: OSError, before: Any = None) -> None:
        self.real, self.limit, self.error, self.before, self.written = real, limit, error, before, 0

    def write(self, data: bytes) -> int:
        if self.written + len(data) > self.limit:
            if self.before:
                self.before()
            raise self.error
        self.written += len(data)
        return int(self.real.write(data))

    def __getattr__(self, name: str) -> Any:
        return getattr(self.real, name)


@pytest.mark.parametrize("point", [
    "precheck_full", "open_read_only", "mid_chunk_enospc", "mid_chunk_eio", "mid_chunk_efbig",
    "usb_pulled",
    "cancel_mid_write", "before_rename", "verify_mismatch", "verify_io", "vault_locked",
])  # fmt: skip
def test_interrupted_backup_keeps_earlier_backups_and_leaves_no_partial_file(
        world: World, live: Session, live_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        point: str) -> None:
    """A backup interrupted before writing, mid-chunk (ENOSPC, EIO, USB pulled), before the rename or
    during the read-back: the earlier backups in the destination are intact, no partial or new file
    remains, the live vault is untouched, and the error says what happened."""
    dest = tmp_path / "usb"
    dest.mkdir()
    first = backup.create_backup(live, dest)
    second = backup.create_backup(live, dest)
    database.checkpoint(live.con)
    earlier = {p.name: digest(p) for p in dest.iterdir()}
    vault_before = vault_state(live_dir)
    history_before = backup.history(live)
    prelude_and_half = bf.read_backup(first.path).payload_offset + bf.CHUNK_SIZE * 3 // 2
    real_open = backup._open_partial
    expected: type[BaseException] = DestinationUnavailable
    reason = None
    cancelled = None
    progress = None
    gone = tmp_path / "usb-unplugged"
    if point == "precheck_full":
        monkeypatch.setattr(backup.shutil, "disk_usage", lambda _p: shutil._ntuple_diskusage(10**9, 10**9 - 5, 5))
        reason = "full"
    elif point == "open_read_only":
        def ro(_path: Path) -> Any:
            raise OSError(errno.EROFS, "read-only file system")

        monkeypatch.setattr(backup, "_open_partial", ro)
        reason = "read_only"
    elif point in ("mid_chunk_enospc", "mid_chunk_eio", "mid_chunk_efbig", "usb_pulled"):
        code = {"mid_chunk_enospc": errno.ENOSPC, "mid_chunk_efbig": errno.EFBIG}.get(point, errno.EIO)
        before = (lambda: os.rename(dest, gone)) if point == "usb_pulled" else None
        monkeypatch.setattr(backup, "_open_partial",
                            lambda p: FailingFile(real_open(p), prelude_and_half, OSError(code, "injected"), before))
        reason = {"mid_chunk_enospc": "full", "mid_chunk_eio": "io", "mid_chunk_efbig": "file_too_large",
                  "usb_pulled": "vanished"}[point]
    elif point == "cancel_mid_write":
        flag: list[bool] = []

        def cancel_after_two_chunks(phase: str, done: int, total: int) -> None:
            if phase == backup.PHASE_WRITE and done == 2:
                flag.append(True)

        progress = cancel_after_two_chunks
        cancelled = lambda: bool(flag)  # noqa: E731
        expected = BackupCancelled
    elif point == "before_rename":
        def publish(_a: Path, _b: Path) -> None:
            raise OSError(errno.EIO, "injected")

        monkeypatch.setattr(backup, "_publish", publish)
        reason = "io"
    elif point == "verify_mismatch":
        def corrupt(path: Path) -> None:
            flip(path, path.stat().st_size - 5000, 2)  # what the drive gives back differs

        monkeypatch.setattr(backup, "_drop_cache", corrupt)
        reason = "verify_failed"
    elif point == "verify_io":
        real_iter = bf.iter_payload

        def broken(handle: Any, b: Any, keys: Any, **kw: Any) -> Any:
            for i, chunk in enumerate(real_iter(handle, b, keys, **kw)):
                if i == 1:
                    raise OSError(errno.EIO, "injected read error")
                yield chunk

        monkeypatch.setattr(bf, "iter_payload", broken)
        reason = "io"
    elif point == "vault_locked":
        def lock_during(phase: str, done: int, total: int) -> None:
            if phase == backup.PHASE_WRITE and done == 1:
                live.vault.lock()  # the idle timeout locks the vault mid-backup

        progress = lock_during
        expected = VaultLocked
    with pytest.raises(expected) as info:
        backup.create_backup(live, dest, keep=2, progress=progress, cancelled=cancelled)
    if reason is not None:
        assert info.value.params.get("reason") == reason, info.value.params
    if point == "usb_pulled":
        os.rename(gone, dest)  # plugged in again: the partial could not be removed while it was gone
        partials = list(dest.glob(".*" + backup.PARTIAL_SUFFIX))
        assert len(partials) == 1
        past = datetime.now().timestamp() - backup.STALE_PARTIAL_SECONDS - 60
        os.utime(partials[0], (past, past))
        assert {p.name: digest(p) for p in dest.iterdir() if not p.name.startswith(".")} == earlier
        monkeypatch.setattr(backup, "_open_partial", real_open)
        backup.create_backup(live, dest, keep=3)  # the next backup clears the stale partial
        assert list(dest.glob(".*")) == []
        return
    assert {p.name: digest(p) for p in dest.iterdir()} == earlier  # nothing new, nothing partial
    assert sorted(earlier) == sorted([first.path.name, second.path.name])
    if point == "vault_locked":
        return
    assert vault_state(live_dir) == vault_before
    assert [p.name for p in live_dir.iterdir() if p.name.startswith(".")] == []
    assert backup.history(live) == history_before


def test_keep_n_generations_per_destination(world: World, live: Session, tmp_path: Path) -> None:
    """The newest `keep` backups of this vault stay; older ones go only after the new one verified;
    another vault's backups and unreadable files in the same folder are never deleted."""
    dest = tmp_path / "usb"
    dest.mkdir()
    foreign = copy_of(world.b1, dest, "ClientVault-1999-01-01-000000.cvbak")
    other, _ = VaultAccess(tmp_path / "other", POLICY).create("someone", OWNER_PASS)
    other_backup = backup.create_backup(other, dest, keep=1)
    other.lock()
    junk = dest / "ClientVault-1998-01-01-000000.cvbak"
    junk.write_bytes(b"not a backup")
    made = [backup.create_backup(live, dest, keep=2) for _ in range(4)]
    present = {i.backup_id for i in backup.list_backup_files(dest)}
    assert {made[2].backup_id, made[3].backup_id, other_backup.backup_id} <= present
    assert made[0].backup_id not in present and made[1].backup_id not in present
    assert junk.exists()
    assert not foreign.exists()  # same vault, older: pruned (it is one of this vault's generations)
    assert len(list(dest.iterdir())) == 4
    assert made[3].removed and made[3].sequence == made[0].sequence + 3
    assert (backup.destinations(live)[0].path, backup.destinations(live)[0].keep) == (str(dest), 2)


def test_history_destination_status_and_log(world: World, live: Session, tmp_path: Path) -> None:
    """History (time, file, size, verified, customer count), the remembered destination, the
    reminder status and the `backup` access-log entry (no path, no customer data)."""
    status = backup.status(live)
    assert status.last_verified_at is not None  # the source vault's own backups (B1, B2)
    dest = tmp_path / "usb"
    dest.mkdir()
    made = backup.create_backup(live, dest, keep=3)
    entry = backup.history(live)[0]
    assert (entry.file, entry.size, entry.verified, entry.customers, entry.backup_id) == \
        (made.path.name, made.size, True, made.customers, made.backup_id)
    assert made.size == made.path.stat().st_size
    assert backup.destinations(live)[0].path == str(dest) and backup.destinations(live)[0].available
    now = datetime.now(UTC)
    assert not backup.status(live, now).due and backup.status(live, now).age_days == 0
    assert backup.status(live, now + timedelta(days=8)).due
    settings_service.set_value(live, "backup_reminder_days", 30)
    assert not backup.status(live, now + timedelta(days=8)).due
    rows = log_rows(live.con)
    logged = [r for r in rows if r[3] == "backup"][-1]
    detail = json.loads(logged[6])
    assert detail["backup_id"] == made.backup_id and detail["verified"] is True
    assert str(dest) not in logged[6] and logged[4] is None
    assert not backup.status(live, now).drill_due  # the first backup is new: no nagging yet
    # backups exist, but none was ever test-restored for a whole drill period
    assert backup.status(live, now + timedelta(days=backup.DRILL_DAYS + 1)).drill_due
    report = backup.verify_backup(made.path, passphrase=OWNER_PASS, session=live)
    assert backup.status(live).last_drill_at is not None and report.backup_id == made.backup_id
    assert not backup.status(live, now).drill_due
    assert backup.status(live, now + timedelta(days=backup.DRILL_DAYS + 1)).drill_due
    assert backup.history(live)[0].verified_at is not None


def test_the_app_keeps_working_during_a_backup(world: World, live: Session, tmp_path: Path) -> None:
    """The snapshot is read through its own connection in one transaction: the app's connection keeps
    writing meanwhile, and the backup is one consistent state of the vault."""
    dest = tmp_path / "usb"
    dest.mkdir()
    before = customers.count_customers(live)
    job = backup.prepare_backup(live, dest)
    box: dict[str, Any] = {}
    thread = threading.Thread(target=lambda: box.setdefault("outcome", job.run()))
    thread.start()
    added = 0
    while thread.is_alive() and added < 200:
        customers.create_customer(live, {"name": f"并发客户{added}"})
        added += 1
    thread.join()
    job.wipe()
    result = backup.finish_backup(live, job, box["outcome"])
    assert added > 0
    assert before <= result.customers <= before + added
    restored = backup.restore_backup(result.path, tmp_path / "restored", passphrase=OWNER_PASS)
    assert restored.customers == result.customers


def test_destination_must_be_an_existing_folder(live: Session, tmp_path: Path) -> None:
    with pytest.raises(DestinationUnavailable) as info:
        backup.create_backup(live, tmp_path / "no-such-usb")
    assert info.value.params["reason"] == "not_a_folder"
    assert "folder" in error_message(info.value)


def test_listing_backup_files_needs_no_key(world: World, tmp_path: Path) -> None:
    folder = tmp_path / "usb"
    copy_of(world.b1, folder, "a.cvbak")
    copy_of(world.b2, folder, "b.cvbak")
    (folder / "c.cvbak").write_bytes(b"junk")
    infos = backup.list_backup_files(folder)
    assert [i.ok for i in infos] == [True, True, False]
    assert infos[0].sequence == 2 and infos[1].sequence == 1 and infos[2].error == "backup_damaged"


def test_keys_reach_sqlcipher_only_as_raw_hex_during_backup_verify_restore(
        world: World, live: Session, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """SECURITY requirement 5 for the backup paths: every `PRAGMA key`, `PRAGMA rekey` and
    `ATTACH … KEY` carries `x'<64 hex>'`, logging is off before the key, and no key is ever
    inside any other statement (the snapshot, page checks, verify and restore connections)."""
    import re

    real = database.sqlcipher3.connect
    per_connection: list[list[str]] = []

    class Recorder:
        def __init__(self, con: Any, log: list[str]) -> None:
            self._con, self._log = con, log

        def execute(self, sql: str, *args: Any) -> Any:
            self._log.append(sql)
            return self._con.execute(sql, *args)

        def executescript(self, sql: str) -> Any:
            self._log.append(sql)
            return self._con.executescript(sql)


        def __getattr__(self, name: str) -> Any:
            return getattr(self._con, name)

    def connect(*args: Any, **kwargs: Any) -> Recorder:
        log: list[str] = []
        per_connection.append(log)
        return Recorder(real(*args, **kwargs), log)

    monkeypatch.setattr(database.sqlcipher3, "connect", connect)
    (tmp_path / "usb").mkdir()
    made = backup.create_backup(live, tmp_path / "usb")
    backup.verify_backup(made.path, passphrase=OWNER_PASS)
    backup.restore_backup(made.path, tmp_path / "restored", passphrase=OWNER_PASS)
    assert len(per_connection) >= 6
    key_re = re.compile(r"PRAGMA\s+(re)?key\b|\bKEY\s+\"", re.IGNORECASE)
    raw = re.compile(r"(PRAGMA (re)?key = |ATTACH DATABASE \? AS snapshot KEY )\"x'[0-9a-f]{64}'\"")
    keys_seen = set()
    for log in per_connection:
        assert log and log[0] == "PRAGMA cipher_log_level = NONE", log[:2]
        assert key_re.search(log[1]), log[:2]
        for sql in log:
            if key_re.search(sql):
                assert raw.fullmatch(sql), sql
                keys_seen.add(re.search(r"[0-9a-f]{64}", sql).group(0))  # type: ignore[union-attr]
    for log in per_connection:
        for sql in log:
            if not key_re.search(sql):
                assert not any(k in sql for k in keys_seen), sql


# --- issue 5: speed work keeps the guarantees ----------------------------------------------------

def test_a_damaged_page_of_the_live_vault_fails_the_backup(world: World, live_dir: Path, tmp_path: Path) -> None:
    """Every page of the frozen snapshot is checked against its SQLCipher HMAC while it is copied
    (backup_repo.PageCheck): a damaged page fails the backup with VaultDamaged instead of slipping
    into it."""
    from app.models.errors import VaultDamaged

    for extra in ("vault.db-wal", "vault.db-shm"):
        assert not (live_dir / extra).exists()
    session = VaultAccess(live_dir, POLICY).unlock(OWNER, OWNER_PASS)
    root = session.con.execute("SELECT rootpage FROM sqlite_master WHERE name = 'purchases'").fetchone()[0]
    session.lock()
    flip(live_dir / "vault.db", (root - 1) * 4096 + 200, 3)  # the purchases table: unlocking never reads it
    session = VaultAccess(live_dir, POLICY).unlock(OWNER, OWNER_PASS)
    dest = tmp_path / "usb"
    dest.mkdir()
    try:
        with pytest.raises(VaultDamaged):
            backup.create_backup(session, dest)
    finally:
        session.lock()
    assert list(dest.iterdir()) == []
    assert [p.name for p in live_dir.iterdir() if p.name.startswith(".")] == []


def test_check_levels_of_verify_restore_and_thorough(world: World, tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    """A verify checks every chunk's tag and every inner page's HMAC — in memory for a format-2
    backup (no temp file, no SQL: app/vault/sqlcipher_pages.py) — and the schema version; a restore
    (the copy becomes the live vault) and a `thorough` verify decrypt to a temp copy and run SQLite's
    full integrity_check, as SECURITY.md's restore order says, plus counts and the access-log chain —
    and each level finds a damaged page."""
    levels: list[str] = []
    real = backup_repo.check_database

    def spy(path: Path, key: str, level: str = backup_repo.CHECK_FULL, cancelled: Any = None) -> list[str]:
        levels.append(level)
        return real(path, key, level, cancelled)

    monkeypatch.setattr(backup_repo, "check_database", spy)
    quick = backup.verify_backup(world.b1, passphrase=OWNER_PASS)
    assert levels == []  # nothing decrypted to disk, no SQL
    assert (quick.purchases, quick.audit_ok) == (None, None)  # not looked at: said so, never guessed
    assert (quick.customers, quick.deleted_customers) == (world.facts_b1["customers"], world.facts_b1["deleted"])
    full = backup.verify_backup(world.b1, passphrase=OWNER_PASS, user_name=OWNER, thorough=True)
    assert (full.customers, full.deleted_customers, full.users) == (quick.customers, quick.deleted_customers,
                                                                    quick.users)
    assert full.purchases == world.facts_b1["purchases"] and full.audit_ok is True
    assert full.access_log_entries == quick.access_log_entries
    backup.restore_backup(world.b1, tmp_path / "restored", passphrase=OWNER_PASS)
    assert levels == [backup_repo.CHECK_FULL, backup_repo.CHECK_FULL]
    forged = _forge(world, tmp_path, corrupt_page=True)
    for thorough in (False, True):
        with pytest.raises(BackupDamaged):
            backup.verify_backup(forged, passphrase=OWNER_PASS, thorough=thorough)


def test_cancel_during_the_snapshot_leaves_nothing(world: World, live: Session, live_dir: Path,
                                                   tmp_path: Path) -> None:
    """A cancel while the snapshot is being taken stops the backup before anything is written: no
    file in the destination, nothing beside the vault."""
    dest = tmp_path / "usb"
    dest.mkdir()
    flag: list[bool] = []

    def progress(phase: str, done: int, total: int) -> None:
        if phase == backup.PHASE_SNAPSHOT:
            flag.append(True)

    with pytest.raises(BackupCancelled):
        backup.create_backup(live, dest, progress=progress, cancelled=lambda: bool(flag))
    assert list(dest.iterdir()) == []
    assert [p.name for p in live_dir.iterdir() if p.name.startswith(".")] == []


def test_an_abandoned_work_folder_is_removed_at_the_next_start_a_running_one_is_not(
        world: World, live_dir: Path, tmp_path: Path) -> None:
    """A crash during a restore's decrypt/check (or a backup's snapshot) leaves a work folder as
    big as the vault; the next start removes it — but never the folder of a restore that is still
    running (its owner lock is held)."""
    running = backup._private_temp_dir(live_dir, backup_repo.RESTORE_TEMP_PREFIX)
    (running / "vault.db").write_bytes(b"x" * 1000)
    dead = backup._private_temp_dir(live_dir, ".backup-")
    (dead / "snapshot.db").write_bytes(b"x" * 1000)
    backup_repo.release_work_folder(dead)  # what the OS does when the process dies
    assert VaultAccess(live_dir, POLICY).restore_recovery is None
    assert running.exists() and not dead.exists()
    backup._remove_tree(running)
    assert not running.exists()


def test_cancel_during_the_inner_check_says_cancelled(world: World, private_tmp: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    """Cancel pressed while the inner database is being checked: BackupCancelled (not "damaged"),
    no temp file left."""
    flag: list[bool] = []
    real_open = backup_repo.open_readonly

    def open_then_cancel(path: Path, key: str) -> database.Connection:
        con = real_open(path, key)
        flag.append(True)  # the check connection is open: cancel now, before the check finished
        return con

    monkeypatch.setattr(backup_repo, "open_readonly", open_then_cancel)
    with pytest.raises(BackupCancelled):
        backup.verify_backup(world.b1, passphrase=OWNER_PASS, thorough=True, cancelled=lambda: bool(flag))
    assert list(private_tmp.iterdir()) == []


def test_the_cancel_watcher_interrupts_a_long_running_statement(tmp_path: Path) -> None:
    """What stops a 30-second integrity_check of a big vault: the watcher interrupts the running
    statement within a fraction of a second once `cancelled()` says so."""
    import time

    import sqlcipher3

    con = sqlcipher3.connect(":memory:", check_same_thread=False)
    done = threading.Event()
    started = time.monotonic()
    flag: list[bool] = []
    threading.Timer(0.2, lambda: flag.append(True)).start()
    backup_repo._interrupt_when(lambda: bool(flag), con, done)
    with pytest.raises(sqlcipher3.OperationalError, match="interrupt"):
        con.execute("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 300000000) "
                    "SELECT count(*) FROM n").fetchall()  # a minute or more if nothing interrupts it
    done.set()
    assert time.monotonic() - started < 5
    con.close()


def test_the_quick_verify_says_too_new_for_a_newer_schema(world: World, tmp_path: Path) -> None:
    """A backup of a newer schema: the quick verify says so (as the thorough one and the restore
    do) instead of reporting a backup this version cannot restore as fine."""
    path = _forge(world, tmp_path, schema=database.latest_version() + 1)
    for thorough in (False, True):
        with pytest.raises(BackupTooNew):
            backup.verify_backup(path, passphrase=OWNER_PASS, thorough=thorough)


def test_a_backup_of_a_vault_whose_indexes_disagree_with_its_tables_still_restores(owner: Session,
                                                                                tmp_path: Path) -> None:
    """Every page authenticates but two indexes of `customers` point at each other's b-tree (what
    integrity_check reports as rows missing from an index; the app still reads every row). The raw
    page copy keeps that; the restore rebuilds the indexes and the restored vault checks clean."""
    demo.fill_demo(owner, 60)
    con = owner.con
    (a_name, a_root), (b_name, b_root) = con.execute(
        "SELECT name, rootpage FROM sqlite_master WHERE type = 'index' AND tbl_name = 'customers'"
        " AND sql IS NOT NULL ORDER BY name LIMIT 2").fetchall()
    con.execute("PRAGMA writable_schema = ON")
    con.execute("UPDATE sqlite_master SET rootpage = ? WHERE name = ?", (b_root, a_name))
    con.execute("UPDATE sqlite_master SET rootpage = ? WHERE name = ?", (a_root, b_name))
    con.execute("PRAGMA writable_schema = OFF")
    database.checkpoint(con)
    key = "x'" + bytes(owner.vault.keys.db).hex() + "'"
    assert backup_repo.check_database(owner.vault.paths.db, key) != []  # the live vault is out of step
    dest = tmp_path / "usb"
    dest.mkdir()
    made = backup.create_backup(owner, dest)
    result = backup.restore_backup(made.path, tmp_path / "restored", passphrase=OWNER_PASS)
    assert result.customers == 60
    restored = VaultAccess(tmp_path / "restored", POLICY).unlock(OWNER, OWNER_PASS)
    try:
        assert restored.con.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert customers.count_customers(restored) == 60
    finally:
        restored.lock()
