"""Check every page of an SQLCipher 4 database from a stream of its bytes, without SQLCipher.

Why by hand: SQLCipher checks its pages only in a file it opens (`PRAGMA cipher_integrity_check`),
so verifying a backup's inner database that way means first writing the whole decrypted payload
to a temp file — at 1M customers that write alone took longer than the rest of the verify. No
library checks SQLCipher pages from a stream; the format is small and fixed (SQLCipher 4 defaults,
raw-key mode, as app/vault/database.py opens every vault; tests/support/sqlcipher_pages.py reads
the same layout independently, and tests compare this module with `cipher_integrity_check`):

* page size 4096; each page ends with 80 reserved bytes = 16-byte IV + 64-byte HMAC-SHA512;
* page 1 starts with the 16-byte database salt in clear (where a plain file has "SQLite format 3");
* the HMAC covers (ciphertext ‖ IV ‖ page number as 4-byte little-endian), its key is
  PBKDF2-HMAC-SHA512(K_db, salt XOR 0x3a…, 2 iterations, 32 bytes);
* AES-256-CBC under K_db itself (raw key) with that page's IV;
* the page that holds SQLite's lock byte (offset 1 GiB) is never written, so never checked.

`PageVerifier` takes the bytes in order, in blocks of whole pages, and checks them on two worker
threads (hashlib releases the GIL while it hashes), while the caller decrypts the next block.
"""

from __future__ import annotations

import hashlib
import hmac
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

PAGE_SIZE = 4096
RESERVE = 80
IV_BYTES = 16
HMAC_BYTES = 64
SALT_BYTES = 16
KEY_BYTES = 32
_DATA_END = PAGE_SIZE - RESERVE
_HMAC_SALT_MASK = 0x3A
_HMAC_KDF_ITERATIONS = 2  # SQLCipher's "fast" KDF for the HMAC key
LOCK_PAGE = 0x40000000 // PAGE_SIZE + 1  # the page holding SQLite's lock byte (offset 1 GiB)


@dataclass(frozen=True)
class DatabaseHeader:
    """What page 1 says about the database (SQLite's file format, section 1.3)."""

    page_size: int
    reserved_bytes: int
    page_count: int
    user_version: int  # our schema version


def _hmac_key(key: bytes, salt: bytes) -> bytes:
    hmac_salt = bytes(b ^ _HMAC_SALT_MASK for b in salt)
    return hashlib.pbkdf2_hmac("sha512", key, hmac_salt, _HMAC_KDF_ITERATIONS, dklen=KEY_BYTES)


def _bad_pages(hmac_base: Any, block: bytes, first_page: int) -> list[int]:
    """Page numbers in `block` (whole pages, the first one numbered `first_page`) whose HMAC fails.
    `hmac_base` is a keyed HMAC-SHA512 object; copying it skips the key set-up for every page."""
    bad: list[int] = []
    view = memoryview(block)
    for index in range(len(block) // PAGE_SIZE):
        number = first_page + index
        if number == LOCK_PAGE:
            continue  # SQLite never writes the page that holds the lock byte (SQLCipher skips it too)
        base = index * PAGE_SIZE
        mac = hmac_base.copy()
        mac.update(view[base + (SALT_BYTES if number == 1 else 0):base + _DATA_END + IV_BYTES])
        mac.update(number.to_bytes(4, "little"))
        if not hmac.compare_digest(mac.digest(), view[base + _DATA_END + IV_BYTES:base + PAGE_SIZE]):
            bad.append(number)
    return bad


def _header(key: bytes, page1: bytes) -> DatabaseHeader | None:
    """Decrypt page 1's SQLite header fields; None when they are not a database's."""
    iv = page1[_DATA_END:_DATA_END + IV_BYTES]
    decryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
    plain = decryptor.update(page1[SALT_BYTES:SALT_BYTES + 96])  # the page from offset 16 on
    if plain[5:8] != b"\x40\x20\x20":  # payload fractions 64/32/32: fixed by the file format
        return None
    page_size = int.from_bytes(plain[0:2], "big")
    return DatabaseHeader(page_size=65536 if page_size == 1 else page_size, reserved_bytes=plain[4],
                          page_count=int.from_bytes(plain[12:16], "big"),
                          user_version=int.from_bytes(plain[44:48], "big"))


class PageVerifier:
    """Feed a database's bytes in order (`feed`, blocks of whole pages), then `finish()`: the
    numbers of the pages whose HMAC failed (empty: every page is as SQLCipher wrote it under this
    key). `header` holds page 1's decrypted header fields once page 1 was fed (None if they do not
    read as an SQLite database's); `whole_pages` is False when the bytes did not end on a page
    boundary. Use as a context manager (the worker threads stop on leaving it)."""

    _IN_FLIGHT = 8  # blocks queued for the workers at most: memory stays bounded

    def __init__(self, key: bytes | bytearray, workers: int = 2) -> None:
        if len(key) != KEY_BYTES:
            raise ValueError("SQLCipher raw keys are 32 bytes")
        self._key = bytes(key)
        self._hmac: Any = None
        self._pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="clientvault-pages")
        self._pending: list[Future[list[int]]] = []
        self._bad: list[int] = []
        self._next_page = 1
        self.whole_pages = True
        self.header: DatabaseHeader | None = None

    def feed(self, block: bytes) -> None:
        if not self.whole_pages:
            raise ValueError("only the last block may end inside a page")
        if len(block) % PAGE_SIZE:
            self.whole_pages = False
            block = block[: len(block) - len(block) % PAGE_SIZE]
        if not block:
            return
        if self._hmac is None:
            self._hmac = hmac.new(_hmac_key(self._key, block[:SALT_BYTES]), digestmod="sha512")
            self.header = _header(self._key, block[:PAGE_SIZE])
        self._pending.append(self._pool.submit(_bad_pages, self._hmac, block, self._next_page))
        self._next_page += len(block) // PAGE_SIZE
        while len(self._pending) > self._IN_FLIGHT:
            self._bad.extend(self._pending.pop(0).result())

    @property
    def pages(self) -> int:
        return self._next_page - 1

    def finish(self) -> list[int]:
        for future in self._pending:
            self._bad.extend(future.result())
        self._pending = []
        return sorted(self._bad)

    def __enter__(self) -> PageVerifier:
        return self

    def __exit__(self, *_exc: object) -> None:
        self._pool.shutdown(wait=True, cancel_futures=True)
