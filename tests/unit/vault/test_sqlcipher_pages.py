"""The stream page checker (app/vault/sqlcipher_pages.py) agrees with SQLCipher's own
`cipher_integrity_check` on real vault files: good pages pass, any damaged page is named."""

from __future__ import annotations

import hmac
from pathlib import Path

import pytest

from app.services import demo
from app.services.session import Session
from app.vault import backup_repo, database, sqlcipher_pages
from app.vault.sqlcipher_pages import LOCK_PAGE, PAGE_SIZE, PageVerifier, _bad_pages


@pytest.fixture
def vault_file(owner: Session, tmp_path: Path) -> tuple[Path, bytes]:
    """A copy of a checkpointed vault.db with some data, and its raw SQLCipher key."""
    demo.fill_demo(owner, 120)
    database.checkpoint(owner.con)
    copy = tmp_path / "copy.db"
    copy.write_bytes(owner.vault.paths.db.read_bytes())
    return copy, bytes(owner.vault.keys.db)


def check(data: bytes, key: bytes, block: int = 256 * PAGE_SIZE) -> tuple[list[int], PageVerifier]:
    with PageVerifier(key) as verifier:
        for start in range(0, len(data), block):
            verifier.feed(data[start:start + block])
        return verifier.finish(), verifier


def sqlcipher_says(path: Path, key: bytes) -> list[str]:
    return backup_repo.check_database(path, "x'" + key.hex() + "'", backup_repo.CHECK_PAGES)


def test_every_page_of_a_real_vault_passes_and_page_1_is_read(vault_file: tuple[Path, bytes]) -> None:
    path, key = vault_file
    data = path.read_bytes()
    bad, verifier = check(data, key)
    assert bad == [] and sqlcipher_says(path, key) == []
    assert verifier.pages == len(data) // PAGE_SIZE > 20 and verifier.whole_pages
    assert verifier.header is not None
    assert verifier.header.user_version == database.latest_version()
    assert (verifier.header.page_size, verifier.header.reserved_bytes) == (PAGE_SIZE, sqlcipher_pages.RESERVE)
    # any block size made of whole pages gives the same answer
    assert check(data, key, block=3 * PAGE_SIZE)[0] == [] and check(data, key, block=PAGE_SIZE)[0] == []


@pytest.mark.parametrize("where", ["page1_body", "middle_data", "middle_iv", "middle_hmac", "last_byte"])
def test_a_flipped_byte_is_found_on_its_page_as_sqlcipher_finds_it(vault_file: tuple[Path, bytes],
                                                                   where: str) -> None:
    path, key = vault_file
    data = bytearray(path.read_bytes())
    pages = len(data) // PAGE_SIZE
    middle = pages // 2
    offset = {
        "page1_body": 200,
        "middle_data": (middle - 1) * PAGE_SIZE + 1000,
        "middle_iv": (middle - 1) * PAGE_SIZE + PAGE_SIZE - 80 + 3,
        "middle_hmac": (middle - 1) * PAGE_SIZE + PAGE_SIZE - 10,
        "last_byte": len(data) - 1,
    }[where]
    data[offset] ^= 0x01
    path.write_bytes(bytes(data))
    bad, _verifier = check(bytes(data), key)
    assert bad == [offset // PAGE_SIZE + 1]
    assert sqlcipher_says(path, key) != []  # SQLCipher agrees the file is damaged


def test_the_wrong_key_fails_every_page(vault_file: tuple[Path, bytes]) -> None:
    path, key = vault_file
    data = path.read_bytes()
    wrong = bytes(b ^ 0xFF for b in key)
    bad, verifier = check(data, wrong)
    assert bad == list(range(1, len(data) // PAGE_SIZE + 1))
    assert verifier.header is None or verifier.header.user_version != database.latest_version()


def test_a_torn_last_page_is_reported(vault_file: tuple[Path, bytes]) -> None:
    path, key = vault_file
    data = path.read_bytes()[:-100]
    bad, verifier = check(data, key)
    assert not verifier.whole_pages and bad == []  # the whole pages are fine; the size is not
    with pytest.raises(ValueError):
        verifier.feed(data[:PAGE_SIZE])  # nothing may follow a partial page


def test_the_lock_byte_page_is_never_checked() -> None:
    """SQLite never writes the page that holds its lock byte (offset 1 GiB); SQLCipher skips it."""
    base = hmac.new(b"k" * 32, digestmod="sha512")
    garbage = b"\x55" * (3 * PAGE_SIZE)
    assert _bad_pages(base, garbage, LOCK_PAGE - 1) == [LOCK_PAGE - 1, LOCK_PAGE + 1]
