"""Decrypt a SQLCipher 4 database (and its WAL) page by page, independently of SQLCipher.

Used by the at-rest tests (SECURITY requirement 4) to look at what is physically on disk after an
erase, including free pages and the unused space inside pages that SQLite never shows through SQL.

SQLCipher 4 defaults, raw-key mode (`PRAGMA key = "x'<64 hex>'"`: the 32 bytes are the AES key,
no PBKDF2 for the encryption key):

* page size 4096; every page ends with a reserve area of 80 bytes = 16-byte IV + 64-byte HMAC-SHA512;
* AES-256-CBC without padding over bytes [start, page_size - reserve) of the page, with start = 16
  on page 1 (the first 16 bytes of the file are the database salt, in clear) and 0 elsewhere;
* HMAC-SHA512 over (ciphertext ‖ IV ‖ page number as 4-byte little-endian), keyed with
  PBKDF2-HMAC-SHA512(key, salt XOR 0x3a…, 2 iterations, 32 bytes).

A WAL file is a 32-byte header followed by frames of a 24-byte frame header (page number first,
big-endian) plus one page encrypted exactly like the page in the main file.
"""

from __future__ import annotations

import hashlib
import hmac
import struct
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

PAGE_SIZE = 4096
RESERVE = 80
IV_BYTES = 16
HMAC_BYTES = 64
SALT_BYTES = 16
SQLITE_HEADER = b"SQLite format 3\x00"
WAL_HEADER_BYTES = 32
WAL_FRAME_HEADER_BYTES = 24


class PageError(Exception):
    """A page's HMAC does not verify (wrong key, wrong layout, or a damaged page)."""


@dataclass(frozen=True)
class Page:
    number: int  # 1-based page number
    plaintext: bytes  # the whole page as SQLite sees it (page 1 starts with the SQLite header)
    source: str  # "db" or "wal"


def _hmac_key(key: bytes, salt: bytes) -> bytes:
    hmac_salt = bytes(b ^ 0x3A for b in salt)
    return hashlib.pbkdf2_hmac("sha512", key, hmac_salt, 2, dklen=32)


def decrypt_page(raw: bytes, number: int, key: bytes, salt: bytes, *, page_size: int = PAGE_SIZE,
                 reserve: int = RESERVE, verify: bool = True) -> bytes:
    """Decrypt one page (`raw` is exactly `page_size` bytes as stored on disk)."""
    if len(raw) != page_size:
        raise ValueError(f"page must be {page_size} bytes, got {len(raw)}")
    if len(key) != 32:
        raise ValueError("SQLCipher raw keys are 32 bytes")
    start = SALT_BYTES if number == 1 else 0
    end = page_size - reserve
    ciphertext = raw[start:end]
    iv = raw[end:end + IV_BYTES]
    if verify:
        tag = raw[end + IV_BYTES:end + IV_BYTES + HMAC_BYTES]
        want = hmac.new(_hmac_key(key, salt), ciphertext + iv + struct.pack("<I", number), hashlib.sha512).digest()
        if not hmac.compare_digest(tag, want):
            raise PageError(f"HMAC mismatch on page {number}")
    decryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
    plain = decryptor.update(ciphertext) + decryptor.finalize()
    head = SQLITE_HEADER if number == 1 else b""
    return head + plain + b"\x00" * reserve


def salt_of(db_path: Path) -> bytes:
    with open(db_path, "rb") as handle:
        return handle.read(SALT_BYTES)


def db_pages(db_path: Path, key: bytes, *, page_size: int = PAGE_SIZE, reserve: int = RESERVE,
             verify: bool = True) -> list[Page]:
    """Every page of the main database file, decrypted (all-zero pages are kept as zeros)."""
    data = Path(db_path).read_bytes()
    if len(data) % page_size:
        raise ValueError(f"file size {len(data)} is not a multiple of the page size")
    salt = data[:SALT_BYTES]
    pages = []
    for i in range(len(data) // page_size):
        raw = data[i * page_size:(i + 1) * page_size]
        number = i + 1
        if number != 1 and raw == b"\x00" * page_size:  # never-written page (e.g. file grown by truncate)
            pages.append(Page(number, raw, "db"))
            continue
        pages.append(Page(number, decrypt_page(raw, number, key, salt, page_size=page_size, reserve=reserve,
                                               verify=verify), "db"))
    return pages


def wal_pages(wal_path: Path, key: bytes, salt: bytes, *, page_size: int = PAGE_SIZE, reserve: int = RESERVE,
              verify: bool = True) -> list[Page]:
    """Every frame's page in a WAL file, decrypted; empty list for a missing or empty WAL."""
    try:
        data = Path(wal_path).read_bytes()
    except FileNotFoundError:
        return []
    if len(data) < WAL_HEADER_BYTES:
        return []
    frame = WAL_FRAME_HEADER_BYTES + page_size
    pages = []
    offset = WAL_HEADER_BYTES
    while offset + frame <= len(data):
        number = struct.unpack(">I", data[offset:offset + 4])[0]
        raw = data[offset + WAL_FRAME_HEADER_BYTES:offset + frame]
        pages.append(Page(number, decrypt_page(raw, number, key, salt, page_size=page_size, reserve=reserve,
                                               verify=verify), "wal"))
        offset += frame
    return pages


def all_plaintext_pages(db_path: Path, key: bytes, *, verify: bool = True) -> list[Page]:
    """The main file's pages followed by the WAL's frames (if any)."""
    db_path = Path(db_path)
    salt = salt_of(db_path)
    return [*db_pages(db_path, key, verify=verify),
            *wal_pages(Path(str(db_path) + "-wal"), key, salt, verify=verify)]


def find(pages: list[Page], needle: bytes) -> list[tuple[str, int]]:
    """(source, page number) of every page containing `needle`."""
    return [(p.source, p.number) for p in pages if needle in p.plaintext]
