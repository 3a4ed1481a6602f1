"""The backup's frozen snapshot (`backup_repo.frozen_snapshot`, used by `BackupJob.run`).

A backup copies the first `size` bytes of the live `vault.db` (still SQLCipher-encrypted under the
vault key) while a read transaction on a second connection pins a snapshot whose every committed
WAL frame is already in `vault.db`. These tests hold it to PRODUCT.md §9 and SECURITY.md
"Backup file": a backup is taken from one consistent snapshot while the app keeps working, it
verifies and restores (the restore order's `cipher_integrity_check` + `integrity_check`,
requirement 18's matching row counts), it retries while the WAL cannot be backfilled and gives up
with VaultInUse(reason="busy"), and a damaged page of the live vault fails it with VaultDamaged
without leaving any file behind.
"""

from __future__ import annotations

import hashlib
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.models.errors import BackupCancelled, VaultDamaged, VaultInUse
from app.services import backup, customers, demo, users
from app.services.access import VaultAccess
from app.services.customers import build_customer
from app.services.session import Session
from app.vault import backup_repo, database
from app.vault.kdf import KdfPolicy
from app.vault.repositories import customers_repo
from app.vault.repositories.customers_repo import BlindIndexer
from app.vault.vault import utc_now
from tests.conftest import OWNER, OWNER_PASS
from tests.support import sqlcipher_pages as sp

PAGE = 4096


# --- helpers -------------------------------------------------------------------------------------

def key_literal(session: Session) -> str:
    return "x'" + bytes(session.vault.keys.db).hex() + "'"


def insert_committed(con: database.Connection, indexer: BlindIndexer, name: str) -> None:
    """One customer in its own write transaction on `con` (not the app's connection)."""
    database.begin(con)
    try:
        customers_repo.insert_customer(con, build_customer({"name": name}), utc_now(), indexer)
    except BaseException:
        database.rollback(con)
        raise
    database.commit(con)


def head_digest(path: Path, size: int) -> str:
    with open(path, "rb") as handle:
        data = handle.read(size)
    assert len(data) == size
    return hashlib.sha256(data).hexdigest()


def scan_count(con: database.Connection) -> int:
    return customers_repo.count_customers_scan(con)


class Writer(threading.Thread):
    """Keeps committing new customers through its own connection until stopped."""

    def __init__(self, db: Path, key: str, indexer: BlindIndexer, pause: float) -> None:
        super().__init__(daemon=True, name="test-writer")
        self.con = database.connect(db, key)
        self.indexer = indexer
        self.pause = pause
        self.halt = threading.Event()
        self.committed = 0
        self.error: BaseException | None = None

    def run(self) -> None:
        try:
            while not self.halt.is_set():
                insert_committed(self.con, self.indexer, "写入客户" + str(self.committed))
                self.committed += 1
                time.sleep(self.pause)
        except BaseException as exc:  # handed to the test by stop()
            self.error = exc
        finally:
            self.con.close()

    def stop(self) -> None:
        self.halt.set()
        self.join(10)
        assert not self.is_alive()
        if self.error is not None:
            raise self.error


@pytest.fixture
def count_tries(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Counts the tries of each `frozen_snapshot` (one `_snapshot_facts` call per try); the test
    appends a 0 before each snapshot it starts."""
    tries: list[int] = []
    real = backup_repo._snapshot_facts

    def counting(con: database.Connection) -> backup_repo.Snapshot:
        tries[-1] += 1
        return real(con)

    monkeypatch.setattr(backup_repo, "_snapshot_facts", counting)
    return tries


@pytest.fixture
def pinned(owner: Session) -> Iterator[database.Connection]:
    """Another reader of the live vault holding an old read snapshot (an open read transaction)."""
    con = database.connect_reader(owner.vault.paths.db, key_literal(owner))
    con.execute("BEGIN")
    assert scan_count(con) == 0
    yield con
    if con.in_transaction:
        con.execute("ROLLBACK")
    con.close()


# --- 1. consistency while the app writes -----------------------------------------------------------

def test_backups_taken_while_another_connection_keeps_committing_are_consistent(
        owner: Session, tmp_path: Path, policy: KdfPolicy, monkeypatch: pytest.MonkeyPatch) -> None:
    """PRODUCT.md §9 / the issue: a backup is taken from one consistent snapshot while the app keeps
    working. A second connection commits customers every few milliseconds during several backups;
    the first try of every snapshot also gets a commit right after it read its facts, so the retry
    path runs each time. Each backup verifies thoroughly, holds exactly the customer count its own
    snapshot reported (header, payload scan, restore, the trigger-kept count all agree), and its
    restore opens with `PRAGMA integrity_check` ok (SECURITY.md restore order, requirement 18)."""
    demo.fill_demo(owner, 40)
    key = key_literal(owner)
    indexer = owner.blind_indexer()
    nudge = database.connect(owner.vault.paths.db, key)
    tries: list[int] = []
    real_facts = backup_repo._snapshot_facts

    def facts_then_commit(con: database.Connection) -> backup_repo.Snapshot:
        tries[-1] += 1
        facts = real_facts(con)
        if tries[-1] == 1:  # the app commits after this try's snapshot: it cannot be frozen
            insert_committed(nudge, indexer, "插队客户" + str(len(tries)))
        return facts

    monkeypatch.setattr(backup_repo, "_snapshot_facts", facts_then_commit)
    monkeypatch.setattr(backup_repo, "_FREEZE_PAUSE_S", 0.005)
    writer = Writer(owner.vault.paths.db, key, indexer, pause=0.003)
    writer.start()
    results: list[tuple[backup.BackupResult, int, int]] = []
    try:
        for run in range(4):
            while writer.committed < 5 * (run + 1):  # the writer really is writing around each backup
                time.sleep(0.005)
            dest = tmp_path / ("usb" + str(run))
            dest.mkdir()
            low = customers_repo.count_customers(owner.con)
            tries.append(0)
            result = backup.create_backup(owner, dest)
            high = customers_repo.count_customers(owner.con)
            results.append((result, low, high))
        written = writer.committed
    finally:
        try:
            writer.stop()
        finally:
            nudge.close()
    assert written >= 20
    assert all(t >= 2 for t in tries), tries  # every backup retried at least once
    seen = set()
    for run, (result, low, high) in enumerate(results):
        assert low <= result.customers <= high
        seen.add(result.customers)
        report = backup.verify_backup(result.path, passphrase=OWNER_PASS, thorough=True)
        assert report.customers == result.customers
        assert report.audit_ok is True
        restored_dir = tmp_path / ("restored" + str(run))
        restored = backup.restore_backup(result.path, restored_dir, passphrase=OWNER_PASS)
        assert restored.customers == result.customers
        session = VaultAccess(restored_dir, policy).unlock(OWNER, OWNER_PASS)
        try:
            assert session.con.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
            assert scan_count(session.con) == result.customers
            assert customers_repo.count_customers(session.con) == result.customers  # kept by triggers
        finally:
            session.lock()
    assert len(seen) == len(results)  # every backup saw a different state: the writes went on


# --- 2. retry and give up --------------------------------------------------------------------------

def test_a_reader_pinning_an_old_snapshot_makes_the_snapshot_give_up_busy(
        owner: Session, pinned: database.Connection, count_tries: list[int],
        monkeypatch: pytest.MonkeyPatch) -> None:
    """While another reader pins a snapshot older than a committed write, those WAL frames cannot be
    backfilled into `vault.db`, so no try can freeze the file: after `_FREEZE_TRIES` tries,
    VaultInUse(reason="busy") — never a copy of a file that misses a commit."""
    customers.create_customer(owner, {"name": "钉住之后"})
    monkeypatch.setattr(backup_repo, "_FREEZE_TRIES", 3)
    monkeypatch.setattr(backup_repo, "_FREEZE_PAUSE_S", 0.001)
    count_tries.append(0)
    with pytest.raises(VaultInUse) as info:
        with backup_repo.frozen_snapshot(owner.vault.paths.db, key_literal(owner)):
            pytest.fail("the snapshot was frozen although the WAL could not be backfilled")
    assert info.value.params == {"reason": "busy"}
    assert count_tries == [3]
    customers.create_customer(owner, {"name": "照常写入"})  # the app is unaffected


def test_the_snapshot_freezes_once_the_pinning_reader_ends_and_holds_the_newest_data(
        owner: Session, pinned: database.Connection, count_tries: list[int], tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """The retry: the pinning reader ends its transaction during the third try; that try freezes,
    and the frozen bytes of `vault.db` are a database holding the write committed while it was
    pinned (the newest data, not the pinned reader's old state)."""
    customers.create_customer(owner, {"name": "最新客户"})
    monkeypatch.setattr(backup_repo, "_FREEZE_TRIES", 10)
    monkeypatch.setattr(backup_repo, "_FREEZE_PAUSE_S", 0.001)
    real = backup_repo._snapshot_facts  # already the counting wrapper

    def end_pin_on_third_try(con: database.Connection) -> backup_repo.Snapshot:
        if count_tries[-1] == 2:
            ender = threading.Thread(target=lambda: pinned.execute("ROLLBACK"))
            ender.start()
            ender.join()
        return real(con)

    monkeypatch.setattr(backup_repo, "_snapshot_facts", end_pin_on_third_try)
    count_tries.append(0)
    copy = tmp_path / "frozen.db"
    key = key_literal(owner)
    with backup_repo.frozen_snapshot(owner.vault.paths.db, key) as frozen:
        assert count_tries == [3]
        assert frozen.facts.customers == 1
        with open(frozen.path, "rb") as handle:
            copy.write_bytes(handle.read(frozen.size))
    assert frozen.size % PAGE == 0 and copy.stat().st_size == frozen.size
    con = database.connect(copy, key)
    try:
        assert con.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert con.execute("SELECT name FROM customers").fetchall() == [("最新客户",)]
    finally:
        con.close()


# --- 3. the app keeps working, the frozen bytes stay frozen ------------------------------------------

def test_the_app_writes_and_checkpoints_while_the_frozen_bytes_stay_unchanged(owner: Session) -> None:
    """While the snapshot is held the app's own connection commits quickly (no lock wait) and even
    asks for checkpoints, yet the first `size` bytes of `vault.db` stay byte-identical — the copy
    the backup streams is exactly the snapshot. Control: the same checkpoint right after the block
    does change those bytes (so the writes did touch frozen pages)."""
    demo.fill_demo(owner, 30)
    db = owner.vault.paths.db
    with backup_repo.frozen_snapshot(db, key_literal(owner)) as frozen:
        before = head_digest(db, frozen.size)
        for i in range(20):
            started = time.perf_counter()
            customers.create_customer(owner, {"name": "快照期间" + str(i)})
            assert time.perf_counter() - started < 1.0  # no busy wait on the snapshot's reader
            owner.con.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchall()
        assert head_digest(db, frozen.size) == before
        assert frozen.facts.customers == 30
    assert customers_repo.count_customers(owner.con) == 50
    busy, frames, backfilled = owner.con.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
    assert (busy, frames) == (0, backfilled)
    assert head_digest(db, frozen.size) != before


# --- 4. a damaged live vault ----------------------------------------------------------------------

def test_a_damaged_page_in_the_upper_half_of_the_live_vault_fails_the_backup_and_leaves_nothing(
        access: VaultAccess, owner: Session, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A byte flipped in the middle of the last page of `vault.db` (the vault unlocks; nothing it
    reads at unlock or for the snapshot's facts lives there): `PageCheck` finds the page's HMAC
    wrong on the frozen file, the backup fails with VaultDamaged, and the destination holds no
    partial and no final file. (Without the page check the raw copy would carry the damaged page
    into a backup that is only checked page by page at verify time.)"""
    demo.fill_demo(owner, 300)
    db = owner.vault.paths.db
    owner.lock()  # closing the last connection checkpoints the WAL into vault.db and removes it
    assert not Path(str(db) + "-wal").exists()
    pages = db.stat().st_size // PAGE
    assert pages > 50
    offset = (pages - 1) * PAGE + PAGE // 2
    with open(db, "r+b") as handle:
        handle.seek(offset)
        byte = handle.read(1)[0]
        handle.seek(offset)
        handle.write(bytes([byte ^ 0x10]))
    found: list[list[str]] = []
    real_result = backup_repo.PageCheck.result

    def spy(self: backup_repo.PageCheck) -> list[str]:
        problems = real_result(self)
        found.append(problems)
        return problems

    monkeypatch.setattr(backup_repo.PageCheck, "result", spy)
    session = access.unlock(OWNER, OWNER_PASS)
    dest = tmp_path / "usb"
    dest.mkdir()
    try:
        with pytest.raises(VaultDamaged):
            backup.create_backup(session, dest)
        assert customers_repo.count_customers(session.con) == 300  # the app itself still works
    finally:
        session.lock()
    assert list(dest.iterdir()) == []
    assert len(found) == 1 and found[0]  # it was the page check on the frozen file that failed it
    assert [p.name for p in db.parent.iterdir() if p.name.startswith(".backup-")] == []


def test_control_the_same_vault_undamaged_backs_up(owner: Session, tmp_path: Path) -> None:
    """Control for the test above: the same vault without the flipped byte backs up and verifies."""
    demo.fill_demo(owner, 300)
    dest = tmp_path / "usb"
    dest.mkdir()
    result = backup.create_backup(owner, dest)
    assert [p.name for p in dest.iterdir()] == [result.path.name]
    assert backup.verify_backup(result.path, passphrase=OWNER_PASS).customers == 300



# --- 5. found in review: erasure, cancel and key rotation while a backup runs ---------------------

def test_an_erasure_during_the_snapshot_is_scrubbed_when_it_ends(owner: Session) -> None:
    """SECURITY requirement 4 and "Erasure": while the snapshot is held no checkpoint can write
    vault.db, so the erase's own checkpoint gives up; when the snapshot ends the WAL is
    checkpointed and truncated, and the erased customer is in no decrypted page nor WAL frame."""
    demo.fill_demo(owner, 30)
    marker = "MARKERq81x" + "zz"
    cid = customers.create_customer(owner, {"name": marker, "notes": marker})
    database.checkpoint(owner.con)
    db = owner.vault.paths.db
    key = bytes(owner.vault.keys.db)
    owner.con.execute("PRAGMA busy_timeout = 200")  # the erase's checkpoint gives up quickly here
    with backup_repo.frozen_snapshot(db, key_literal(owner)):
        customers.erase_customer(owner, cid)
        assert sp.find(sp.all_plaintext_pages(db, key), marker.encode())  # still on disk meanwhile
    assert sp.find(sp.all_plaintext_pages(db, key), marker.encode()) == []


def test_a_cancel_while_waiting_for_a_quiet_moment_stops_at_once(owner: Session,
                                                                 pinned: database.Connection) -> None:
    customers.create_customer(owner, {"name": "新客户"})  # frames the pinned reader keeps in the WAL
    started = time.perf_counter()
    with pytest.raises(BackupCancelled):
        with backup_repo.frozen_snapshot(owner.vault.paths.db, key_literal(owner), cancelled=lambda: True):
            pass
    assert time.perf_counter() - started < 1.0


def test_a_key_rotation_during_a_backup_asks_to_try_again(owner: Session, tmp_path: Path) -> None:
    """Rotating the vault key after the backup was prepared: the job's keys are stale; it says
    "busy, try again" (never "your vault is damaged") and leaves nothing in the destination."""
    dest = tmp_path / "usb"
    dest.mkdir()
    job = backup.prepare_backup(owner, dest)
    users.rotate_key(owner)
    with pytest.raises(VaultInUse) as info:
        job.run()
    assert info.value.params == {"reason": "busy"}
    assert list(dest.iterdir()) == []
    backup.create_backup(owner, dest)  # a new attempt works
