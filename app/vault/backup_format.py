"""The `.cvbak` backup file (SECURITY.md "Backup file"): layout, header, keys, chunked payload.

Layout (all integers big-endian)::

    magic            10 bytes  b"\\x89CVBAK\\r\\n\\x1a\\n"  (PNG-style: catches text-mode transfers)
    format version    2 bytes  2 (1: see "Versions" below; still read)
    header length     4 bytes  n  (≤ 1 MiB)
    header            n bytes  canonical JSON (sorted keys, no whitespace), allow-listed keys only
    checksum         32 bytes  SHA-256 of everything above        keyless: "damaged"
    header MAC       32 bytes  HMAC-SHA256(K_mac, everything above) K_mac from FK: "tampered"
    payload                    `chunks` AEAD chunks, back to back

The checksum covers magic, version and length too, and sits in the same place in every format
version, so a flipped bit anywhere before the MAC reads as damage — never as "made by a newer
version" — and is found before any key derivation runs.

Header (every key required, no other key allowed; no customer data)::

    format          "clientvault-backup"
    vault_id        the vault's id (the restored vault keeps it)
    backup_id       random UUID of this backup
    sequence        per-vault backup counter
    created_at      ISO-8601 UTC
    app_version     ClientVault version that wrote it
    schema_version  the inner database's schema version
    slots           copies of the owner passphrase slots and the recovery slot (vault.keys slot
                    JSON; never staff, viewer or keyring slots)
    file_key        {"alg": "aes-256-gcm", "nonce", "ct"}: the per-backup file key FK wrapped with
                    K_backup = HKDF(RK, "clientvault/k_backup/v1"), AAD binding vault and backup id
    payload         {"aead": "aes-256-gcm-stream", "chunk_size": 1 MiB, "base_nonce",
                     "plaintext_bytes", "ciphertext_bytes", "chunks", "content": "sqlcipher4"}
    audit_head      {"seq", "mac"}: the newest access-log entry inside the payload
    counts          {"customers", "in_recycle_bin", "users"} inside the payload (format 2 on), so a
                    verify that reads no SQL can report them

Payload: the plaintext (an SQLCipher 4 database — never a plain SQLite file) cut into 1 MiB chunks, each sealed with AES-256-GCM under K_payload = HKDF(FK,
…/payload). Nonce of chunk i = base_nonce XOR (i as 11 bytes ‖ last-chunk flag byte): age's STREAM
construction; the key is fresh per backup, so nonces never repeat, and the base nonce is extra
margin. AAD = the header checksum, binding every chunk to this header. A dropped, duplicated,
reordered or spliced chunk fails its tag (or the declared size), and so does truncation at a
chunk boundary (the last chunk must carry the flag).

Unwrapping: the owner passphrase or the recovery key opens a copied slot → RK → K_backup → FK.

Versions (the prelude's version is covered by the checksum and the MAC; nothing else differs):

* 2: the payload is the vault's own database file, its pages still encrypted under K_db (from RK),
  copied from a frozen read snapshot (backup_repo.frozen_snapshot) without decrypting a page. A
  restore installs it as it is: the restored vault keeps RK, so it keeps K_db.
* 1: the payload was an `sqlcipher_export` copy under K_db' = HKDF(FK, …/db), which rebuilt every
  b-tree and re-encrypted every page (a backup took 14.4 s at 1M customers, format 2 3.4 s); a restore re-keys
  it to K_db. SECURITY.md describes this form. A second key for the inner database protected
  nothing more: whoever opens the backup (an owner passphrase or the recovery key) gets RK, hence
  K_db, from the copied slots anyway; the fresh FK still seals every chunk.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import math
import os
import queue
import re
import struct
import threading
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from app.models.errors import (
    BackupCancelled,
    BackupDamaged,
    BackupTampered,
    BackupTooNew,
    BackupWrongCredentials,
    KeySlotInvalid,
)
from app.vault import crypto, recovery_key
from app.vault.crypto import DecryptionFailed, SubKeys, b64d, b64e
from app.vault.files import os_error
from app.vault.kdf import KdfParams, derive
from app.vault.keyfile import AuditHead, HkdfParams, Slot, SlotKind
from app.vault.vault import _passphrase_bytes, _recovery_kek, normalize_user_name

MAGIC = b"\x89CVBAK\r\n\x1a\n"
FORMAT_VERSION = 2
SUPPORTED_VERSIONS = (1, 2)
_WRAP_AAD_FORMAT = 1  # the file-key wrapping is the same in every version
FORMAT_NAME = "clientvault-backup"
SUFFIX = ".cvbak"
CHUNK_SIZE = 1024 * 1024
TAG_BYTES = 16
NONCE_BYTES = crypto.NONCE_BYTES
CHECKSUM_BYTES = 32
MAC_BYTES = 32
MAX_HEADER_BYTES = 1024 * 1024
MAX_SLOTS = 64
MAX_PAYLOAD_BYTES = 1 << 44  # 16 TiB: anything larger is a damaged length, not a vault
_PRELUDE = struct.Struct(">10sHI")  # magic, version, header length
PRELUDE_BYTES = _PRELUDE.size  # 16

HEADER_KEYS_V1 = frozenset({
    "format", "vault_id", "backup_id", "sequence", "created_at", "app_version", "schema_version",
    "slots", "file_key", "payload", "audit_head",
})  # fmt: skip
HEADER_KEYS = HEADER_KEYS_V1 | {"counts"}
COUNTS_KEYS = frozenset({"customers", "in_recycle_bin", "users"})
PAYLOAD_KEYS = frozenset({
    "aead", "chunk_size", "base_nonce", "plaintext_bytes", "ciphertext_bytes", "chunks", "content",
})  # fmt: skip
FILE_KEY_KEYS = frozenset({"alg", "nonce", "ct"})
AUDIT_HEAD_KEYS = frozenset({"seq", "mac"})
SLOT_KEYS = frozenset({"id", "kind", "user_id", "user_name", "kdf", "public_key", "private", "root"})
AEAD_NAME = "aes-256-gcm-stream"
WRAP_ALG = "aes-256-gcm"
CONTENT = "sqlcipher4"

_LABEL_MAC = "clientvault/backup/header-mac/v1"
_LABEL_PAYLOAD = "clientvault/backup/payload/v1"
_LABEL_DB = "clientvault/backup/db/v1"
_LABEL_WRAP = "clientvault/backup/file-key/v1"
_UUID_RE = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
_TIME_RE = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$")
_HEX_MAC_RE = re.compile(r"^([0-9a-f]{64})?$")
_VERSION_RE = re.compile(r"^[0-9A-Za-z.+\-]{1,32}$")


# --- the header -----------------------------------------------------------------------------------

@dataclass(frozen=True)
class PayloadInfo:
    base_nonce: bytes
    plaintext_bytes: int
    chunk_size: int = CHUNK_SIZE

    @property
    def chunks(self) -> int:
        return max(1, math.ceil(self.plaintext_bytes / self.chunk_size))

    @property
    def ciphertext_bytes(self) -> int:
        return self.plaintext_bytes + self.chunks * TAG_BYTES

    def to_json(self) -> dict[str, object]:
        return {
            "aead": AEAD_NAME, "chunk_size": self.chunk_size, "base_nonce": b64e(self.base_nonce),
            "plaintext_bytes": self.plaintext_bytes, "ciphertext_bytes": self.ciphertext_bytes,
            "chunks": self.chunks, "content": CONTENT,
        }  # fmt: skip


@dataclass(frozen=True)
class WrappedKey:
    nonce: bytes
    ciphertext: bytes

    def to_json(self) -> dict[str, object]:
        return {"alg": WRAP_ALG, "nonce": b64e(self.nonce), "ct": b64e(self.ciphertext)}


@dataclass(frozen=True)
class HeaderCounts:
    customers: int
    in_recycle_bin: int
    users: int

    def to_json(self) -> dict[str, object]:
        return {"customers": self.customers, "in_recycle_bin": self.in_recycle_bin, "users": self.users}


@dataclass(frozen=True)
class BackupHeader:
    vault_id: str
    backup_id: str
    sequence: int
    created_at: str
    app_version: str
    schema_version: int
    slots: tuple[Slot, ...]
    file_key: WrappedKey
    payload: PayloadInfo
    audit_head: AuditHead
    counts: HeaderCounts | None = None  # format 1 headers have none

    def to_json(self) -> dict[str, object]:
        data: dict[str, object] = {
            "format": FORMAT_NAME,
            "vault_id": self.vault_id,
            "backup_id": self.backup_id,
            "sequence": self.sequence,
            "created_at": self.created_at,
            "app_version": self.app_version,
            "schema_version": self.schema_version,
            "slots": [slot.to_json() for slot in self.slots],
            "file_key": self.file_key.to_json(),
            "payload": self.payload.to_json(),
            "audit_head": {"seq": self.audit_head.seq, "mac": self.audit_head.mac},
        }
        if self.counts is not None:
            data["counts"] = self.counts.to_json()
        return data

    def encode(self) -> bytes:
        return crypto.canonical_json(self.to_json())


def _damaged(what: str = "header", where: object = None) -> BackupDamaged:
    return BackupDamaged(what=what) if where is None else BackupDamaged(what=what, where=where)


def _int(value: object, low: int, high: int) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or not low <= value <= high:
        raise _damaged()
    return value


def _str(value: object, pattern: re.Pattern[str]) -> str:
    if not isinstance(value, str) or not pattern.match(value):
        raise _damaged()
    return value


def _b64(value: object, length: int | None = None, max_length: int = 4096) -> bytes:
    if not isinstance(value, str) or len(value) > max_length * 2:
        raise _damaged()
    try:
        raw = b64d(value)
    except ValueError as exc:  # binascii.Error and non-ASCII text are ValueErrors
        raise _damaged() from exc
    if (length is not None and len(raw) != length) or len(raw) > max_length:
        raise _damaged()
    return raw


def _obj(value: object, keys: frozenset[str]) -> dict[str, Any]:
    if not isinstance(value, dict) or set(value) != keys:
        raise _damaged()
    return value


def _slot(data: object) -> Slot:
    obj = _obj(data, SLOT_KEYS)
    try:
        slot = Slot.from_json(obj)
    except KeySlotInvalid as exc:
        raise _damaged() from exc
    if slot.kind is SlotKind.USER:
        if slot.user_id is None or not slot.user_name or len(slot.user_name) > 200:
            raise _damaged()
    elif slot.kind is SlotKind.RECOVERY:
        if slot.user_id is not None or slot.user_name is not None:
            raise _damaged()
    else:  # keyring slots are never copied into a backup
        raise _damaged()
    if slot.to_json() != obj:  # nothing the slot model would silently drop or reformat
        raise _damaged()
    return slot


def parse_header(raw: bytes, version: int = FORMAT_VERSION) -> BackupHeader:
    """Strict parse of the header JSON of a format `version`: canonical encoding, exactly the
    allow-listed keys, sane values. Raises BackupDamaged(what="header") only."""
    if len(raw) > MAX_HEADER_BYTES:
        raise _damaged()
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:  # JSONDecodeError is a ValueError
        raise _damaged() from exc
    try:
        if crypto.canonical_json(data) != raw:  # one encoding only: no duplicate keys, no padding
            raise _damaged()
    except (ValueError, RecursionError) as exc:  # e.g. lone surrogates cannot be encoded
        raise _damaged() from exc
    top = _obj(data, HEADER_KEYS if version >= 2 else HEADER_KEYS_V1)
    if top["format"] != FORMAT_NAME:
        raise _damaged()
    vault_id = _str(top["vault_id"], _UUID_RE)
    backup_id = _str(top["backup_id"], _UUID_RE)
    sequence = _int(top["sequence"], 1, 2**53)
    created_at = _str(top["created_at"], _TIME_RE)
    app_version = _str(top["app_version"], _VERSION_RE)
    schema_version = _int(top["schema_version"], 0, 1_000_000)
    slots_data = top["slots"]
    if not isinstance(slots_data, list) or not 1 <= len(slots_data) <= MAX_SLOTS:
        raise _damaged()
    slots = tuple(_slot(s) for s in slots_data)
    if len({s.id for s in slots}) != len(slots) or sum(s.kind is SlotKind.RECOVERY for s in slots) > 1:
        raise _damaged()
    fk = _obj(top["file_key"], FILE_KEY_KEYS)
    if fk["alg"] != WRAP_ALG:
        raise _damaged()
    file_key = WrappedKey(_b64(fk["nonce"], NONCE_BYTES), _b64(fk["ct"], crypto.KEY_BYTES + TAG_BYTES))
    pl = _obj(top["payload"], PAYLOAD_KEYS)
    if pl["aead"] != AEAD_NAME or pl["content"] != CONTENT or pl["chunk_size"] != CHUNK_SIZE:
        raise _damaged()
    payload = PayloadInfo(
        base_nonce=_b64(pl["base_nonce"], NONCE_BYTES),
        plaintext_bytes=_int(pl["plaintext_bytes"], 1, MAX_PAYLOAD_BYTES),
    )
    if pl["chunks"] != payload.chunks or pl["ciphertext_bytes"] != payload.ciphertext_bytes:
        raise _damaged()
    head = _obj(top["audit_head"], AUDIT_HEAD_KEYS)
    audit_head = AuditHead(_int(head["seq"], 0, 2**62), _str(head["mac"], _HEX_MAC_RE))
    counts = None
    if version >= 2:
        c = _obj(top["counts"], COUNTS_KEYS)
        counts = HeaderCounts(_int(c["customers"], 0, 2**53), _int(c["in_recycle_bin"], 0, 2**53),
                              _int(c["users"], 1, 2**53))
    return BackupHeader(vault_id, backup_id, sequence, created_at, app_version, schema_version, slots,
                        file_key, payload, audit_head, counts)


# --- keys derived from the file key FK -------------------------------------------------------------

class FileKeys:
    """The keys derived from one backup's file key FK (zero them with `wipe`)."""

    def __init__(self, file_key: bytes | bytearray) -> None:
        self.mac = crypto.hkdf(file_key, _LABEL_MAC)
        self.payload = crypto.hkdf(file_key, _LABEL_PAYLOAD)
        self.db = crypto.hkdf(file_key, _LABEL_DB)

    def db_key_literal(self) -> str:
        """The inner database's SQLCipher raw key, `x'<64 hex>'` (SECURITY requirement 5)."""
        return "x'" + bytes(self.db).hex() + "'"

    def wipe(self) -> None:
        for buf in (self.mac, self.payload, self.db):
            crypto.zero(buf)


def _wrap_aad(vault_id: str, backup_id: str) -> bytes:
    return crypto.canonical_json({"purpose": _LABEL_WRAP, "format": _WRAP_AAD_FORMAT, "vault_id": vault_id,
                                  "backup_id": backup_id})


def wrap_file_key(backup_key: bytearray, file_key: bytearray, vault_id: str, backup_id: str) -> WrappedKey:
    nonce, ct = crypto.aead_encrypt(backup_key, bytes(file_key), _wrap_aad(vault_id, backup_id))
    return WrappedKey(nonce, ct)


def unwrap_file_key(backup_key: bytearray, header: BackupHeader) -> bytearray:
    """FK, or DecryptionFailed when K_backup is not this backup's."""
    fk = bytearray(crypto.aead_decrypt(backup_key, header.file_key.nonce, header.file_key.ciphertext,
                                       _wrap_aad(header.vault_id, header.backup_id)))
    if len(fk) != crypto.KEY_BYTES:
        raise DecryptionFailed()
    return fk


def new_header(*, vault_id: str, sequence: int, created_at: str, app_version: str, schema_version: int,
               slots: list[Slot], backup_key: bytearray, file_key: bytearray, plaintext_bytes: int,
               audit_head: AuditHead, counts: HeaderCounts) -> BackupHeader:
    backup_id = str(uuid.uuid4())
    return BackupHeader(
        vault_id=vault_id, backup_id=backup_id, sequence=sequence, created_at=created_at,
        app_version=app_version, schema_version=schema_version, slots=tuple(slots),
        file_key=wrap_file_key(backup_key, file_key, vault_id, backup_id),
        payload=PayloadInfo(base_nonce=os.urandom(NONCE_BYTES), plaintext_bytes=plaintext_bytes),
        audit_head=audit_head, counts=counts,
    )


# --- prelude: magic, version, header, checksum, MAC -------------------------------------------------

def encode_prelude(header: BackupHeader, keys: FileKeys) -> tuple[bytes, bytes]:
    """(bytes up to and including the MAC, checksum)."""
    body = header.encode()
    if len(body) > MAX_HEADER_BYTES:
        raise ValueError("backup header too large")
    start = _PRELUDE.pack(MAGIC, FORMAT_VERSION, len(body)) + body
    checksum = hashlib.sha256(start).digest()
    return start + checksum + crypto.mac(keys.mac, start, checksum), checksum


@dataclass(frozen=True)
class BackupFile:
    """A backup whose structure and keyless checksum are good (its MAC and chunks are not yet
    checked: that needs the file key)."""

    path: Path
    header: BackupHeader
    signed: bytes  # magic … checksum: what the MAC covers
    checksum: bytes
    mac: bytes
    payload_offset: int
    file_size: int
    version: int = FORMAT_VERSION


def parse_prelude(data: bytes, file_size: int, path: Path) -> BackupFile:
    """Parse the first bytes of a backup file (at least the whole prelude when the file has it).

    Order (SECURITY.md): magic and size → checksum → version → header → declared size. Raises
    BackupDamaged or BackupTooNew only.
    """
    if len(data) < PRELUDE_BYTES or data[: len(MAGIC)] != MAGIC:
        raise _damaged("magic", 0)
    _magic, version, header_len = _PRELUDE.unpack_from(data)
    if header_len > MAX_HEADER_BYTES:
        raise _damaged("header", len(MAGIC) + 2)
    end = PRELUDE_BYTES + header_len
    if len(data) < end + CHECKSUM_BYTES + MAC_BYTES or file_size < end + CHECKSUM_BYTES + MAC_BYTES:
        raise _damaged("size", file_size)
    signed = data[:end]
    checksum = data[end : end + CHECKSUM_BYTES]
    if hashlib.sha256(signed).digest() != checksum:
        raise _damaged("header", end)
    if version not in SUPPORTED_VERSIONS:
        if version > FORMAT_VERSION:
            raise BackupTooNew(what="format", found=version, supported=FORMAT_VERSION)
        raise _damaged("header", len(MAGIC))
    header = parse_header(signed[PRELUDE_BYTES:], version)
    mac = data[end + CHECKSUM_BYTES : end + CHECKSUM_BYTES + MAC_BYTES]
    payload_offset = end + CHECKSUM_BYTES + MAC_BYTES
    if file_size != payload_offset + header.payload.ciphertext_bytes:
        raise _damaged("size", file_size)
    return BackupFile(path, header, signed + checksum, checksum, mac, payload_offset, file_size, version)


def read_backup(path: Path) -> BackupFile:
    """Open a backup file and check what needs no key. BackupDamaged, BackupTooNew, StorageError."""
    try:
        with open(path, "rb") as handle:
            size = os.fstat(handle.fileno()).st_size
            head = handle.read(PRELUDE_BYTES)
            need = PRELUDE_BYTES
            if len(head) == PRELUDE_BYTES and head[: len(MAGIC)] == MAGIC:
                need += min(_PRELUDE.unpack_from(head)[2], MAX_HEADER_BYTES + 1) + CHECKSUM_BYTES + MAC_BYTES
            data = head + handle.read(max(0, need - len(head)))
    except OSError as exc:
        raise os_error(exc, path) from exc
    return parse_prelude(data, size, path)


def check_mac(backup: BackupFile, keys: FileKeys) -> None:
    if not hmac.compare_digest(crypto.mac(keys.mac, backup.signed), backup.mac):
        raise BackupTampered(what="header")


# --- opening with a secret --------------------------------------------------------------------------

@dataclass(frozen=True)
class PassphraseSecret:
    passphrase: str
    user_name: str | None = None  # None: try every owner slot (one KDF run each)


@dataclass(frozen=True)
class RecoverySecret:
    key: str


Secret = PassphraseSecret | RecoverySecret


@dataclass
class OpenedBackup:
    """A backup whose header MAC verified: the vault root key, its sub-keys and the file keys.
    `wipe()` zeroes them."""

    backup: BackupFile
    root_key: bytearray
    subkeys: SubKeys
    file_keys: FileKeys
    slot: Slot

    @property
    def header(self) -> BackupHeader:
        return self.backup.header

    @property
    def payload_under_vault_key(self) -> bool:
        """Format 2: the inner database is under K_db itself (format 1: under a key from FK)."""
        return self.backup.version >= 2

    def payload_key_literal(self) -> str:
        """The inner database's SQLCipher raw key, `x'<64 hex>'`."""
        if self.payload_under_vault_key:
            return self.subkeys.sqlcipher_key_literal()
        return self.file_keys.db_key_literal()

    def wipe(self) -> None:
        self.file_keys.wipe()
        self.subkeys.wipe()
        crypto.zero(self.root_key)


def _open_root(header: BackupHeader, secret: Secret) -> tuple[bytearray, Slot]:
    if isinstance(secret, RecoverySecret):
        recovery_key.normalize(secret.key)  # a typo → InvalidRecoveryKey before anything else
        for slot in header.slots:
            if slot.kind is SlotKind.RECOVERY and isinstance(slot.kdf, HkdfParams):
                kek = _recovery_kek(secret.key, slot.kdf.salt)
                try:
                    return slot.open(header.vault_id, kek), slot
                except DecryptionFailed:
                    continue
                finally:
                    crypto.zero(kek)
        raise BackupWrongCredentials()
    wanted = normalize_user_name(secret.user_name) if secret.user_name else None
    candidates = [s for s in header.slots if s.kind is SlotKind.USER and (wanted is None or s.user_name == wanted)]
    raw = _passphrase_bytes(secret.passphrase)
    for slot in candidates:
        assert isinstance(slot.kdf, KdfParams)
        kek = derive(raw, slot.kdf)
        try:
            return slot.open(header.vault_id, kek), slot
        except DecryptionFailed:
            continue
        finally:
            crypto.zero(kek)
    raise BackupWrongCredentials()


def open_backup(backup: BackupFile, secret: Secret) -> OpenedBackup:
    """Slot unwrap (owner passphrase or recovery key) → RK → K_backup → FK → header MAC.

    BackupWrongCredentials when no copied slot opens; BackupTampered when the MAC fails."""
    root, slot = _open_root(backup.header, secret)
    subkeys = SubKeys(root)
    try:
        fk = unwrap_file_key(subkeys.backup, backup.header)
    except DecryptionFailed:
        subkeys.wipe()
        crypto.zero(root)
        # The slot opened, so the secret is right: the wrapped key or the slot was altered.
        raise BackupTampered(what="header") from None
    keys = FileKeys(fk)
    crypto.zero(fk)
    opened = OpenedBackup(backup, root, subkeys, keys, slot)
    try:
        check_mac(backup, keys)
    except BaseException:
        opened.wipe()
        raise
    return opened


def open_with_backup_key(backup: BackupFile, backup_key: bytearray) -> FileKeys:
    """For the writer's read-back: FK from K_backup directly (no slot, no KDF), then the MAC."""
    try:
        fk = unwrap_file_key(backup_key, backup.header)
    except DecryptionFailed:
        raise BackupTampered(what="header") from None
    keys = FileKeys(fk)
    crypto.zero(fk)
    try:
        check_mac(backup, keys)
    except BaseException:
        keys.wipe()
        raise
    return keys


# --- the payload stream ---------------------------------------------------------------------------

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


def chunk_nonce(base_nonce: bytes, index: int, last: bool) -> bytes:
    counter = index.to_bytes(11, "big") + (b"\x01" if last else b"\x00")
    return bytes(a ^ b for a, b in zip(base_nonce, counter, strict=True))


class ReadAhead:
    """Reads `sizes` blocks from `handle` on a helper thread, up to `depth` blocks ahead, so that the
    disk read of chunk i+1 overlaps the AES-GCM work on chunk i (file reads release the GIL).

    Iterating yields the blocks in order; an OSError of the reader is raised in the consumer,
    unchanged. Afterwards `tail` holds what followed the last block (b"" at the end of the file).
    `close()` (also on leaving a `with`) stops and joins the thread. Hand-written because the
    standard library has no bounded read-ahead for one file, and a thread pool would not keep the
    reads in order without the same queue."""

    _END = object()

    def __init__(self, handle: BinaryIO, sizes: list[int], depth: int = 4) -> None:
        self.tail = b""
        self._queue: queue.Queue[object] = queue.Queue(maxsize=depth)
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._read, args=(handle, sizes), daemon=True,
                                        name="clientvault-read-ahead")
        self._thread.start()

    def _put(self, item: object) -> bool:
        while not self._stop.is_set():
            try:
                self._queue.put(item, timeout=0.05)
                return True
            except queue.Full:
                continue
        return False

    def _read(self, handle: BinaryIO, sizes: list[int]) -> None:
        try:
            for size in sizes:
                if not self._put(handle.read(size)):
                    return
            self.tail = handle.read(1)
            self._put(self._END)
        except BaseException as exc:  # noqa: BLE001 - handed to the consumer
            self._put(exc)

    def __iter__(self) -> Iterator[bytes]:
        while True:
            item = self._queue.get()
            if item is self._END:
                self._thread.join()
                return
            if isinstance(item, BaseException):
                raise item
            assert isinstance(item, bytes)
            yield item

    def close(self) -> None:
        self._stop.set()
        self._thread.join()

    def __enter__(self) -> ReadAhead:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()


def _plain_sizes(info: PayloadInfo) -> list[int]:
    return [min(info.chunk_size, info.plaintext_bytes - i * info.chunk_size) for i in range(info.chunks)]


def encrypt_payload(source: BinaryIO, out: BinaryIO, header: BackupHeader, checksum: bytes, keys: FileKeys,
                    *, progress: Progress | None = None, cancelled: Cancelled | None = None,
                    digest: Any = None) -> None:
    """Seal the first header.payload.plaintext_bytes bytes of `source` chunk by chunk into `out`
    (the vault's file may be longer than the snapshot being copied: see backup_repo.frozen_snapshot).

    `source` is read ahead on a helper thread; `out` is written on the calling thread, so OSErrors
    from `out` propagate unchanged (the caller maps them). `digest` (a hashlib object), when given,
    is fed the plaintext."""
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    info = header.payload
    aead = AESGCM(bytes(keys.payload))
    total = info.chunks
    sizes = _plain_sizes(info)
    with ReadAhead(source, sizes) as blocks:
        for index, plain in enumerate(blocks):
            if cancelled is not None and cancelled():
                raise BackupCancelled()
            if len(plain) != sizes[index]:  # the file is shorter than its snapshot: never write a short backup
                raise _damaged("size", index)
            if digest is not None:
                digest.update(plain)
            out.write(aead.encrypt(chunk_nonce(info.base_nonce, index, index == total - 1), plain, checksum))
            if progress is not None:
                progress(index + 1, total)


def iter_payload(handle: BinaryIO, backup: BackupFile, keys: FileKeys, *, progress: Progress | None = None,
                 cancelled: Cancelled | None = None) -> Iterator[bytes]:
    """Authenticate and decrypt every chunk in order (the file is read ahead on a helper thread).
    BackupTampered(what="chunk", where=i) on a tag failure, BackupDamaged(what="size") when the file
    is shorter or longer than declared."""
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    info = backup.header.payload
    aead = AESGCM(bytes(keys.payload))
    total = info.chunks
    handle.seek(backup.payload_offset)
    sizes = [n + TAG_BYTES for n in _plain_sizes(info)]
    with ReadAhead(handle, sizes) as blocks:
        for index, sealed in enumerate(blocks):
            if cancelled is not None and cancelled():
                raise BackupCancelled()
            if len(sealed) != sizes[index]:
                raise _damaged("size", index)
            try:
                plain = aead.decrypt(chunk_nonce(info.base_nonce, index, index == total - 1), sealed,
                                     backup.checksum)
            except InvalidTag:
                raise BackupTampered(what="chunk", where=index) from None
            if progress is not None:
                progress(index + 1, total)
            yield plain
        if blocks.tail:
            raise _damaged("size", backup.file_size)
