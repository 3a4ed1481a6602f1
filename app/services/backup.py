"""Backups (PRODUCT.md §9, SECURITY.md "Backup file"): create, verify, restore, history, reminders.

Create (owner only): the vault's database file is frozen at one read snapshot
(`backup_repo.frozen_snapshot`: the app keeps working) and its pages, still encrypted under K_db,
are sealed chunk by chunk under a fresh file key into `<dest>/.ClientVault-….cvbak.partial` while
every page's HMAC is checked beside the copy; the file is fsynced, renamed to
`ClientVault-<date>-<time>.cvbak`, evicted from the OS cache and read back: every chunk must
authenticate, i.e. the drive returned exactly what was sealed. Only then are older
generations beyond `keep` deleted, the destination remembered, the history recorded and `backup`
logged. Any failure removes the partial file; earlier backups are never touched before the new
one verified.

For the GUI the work splits in three: `prepare_backup` (vault thread, quick), `BackupJob.run` (any
thread: it reads through its own connection, so the app keeps working) and `finish_backup` (vault
thread). `create_backup` runs the three in a row.

Verify (no unlocked vault needed, any thread): checksum → owner passphrase or recovery key → MAC →
every chunk. A format-2 backup is then checked in memory as it is decrypted: every page's SQLCipher
HMAC under the vault key and the schema version in page 1 (`_check_streaming`); the counts come from
the MAC-protected header. With `thorough`, and for format 1, every chunk is decrypted to a temp
file (still an SQLCipher database) → cipher_integrity_check (+ integrity_check with `thorough`; see
`_check_level`), schema version, counts, access-log chain → report. `record_drill` (vault thread) records it for this vault.

Restore: SECURITY.md's order — nothing touches the live vault until the restored copy is complete,
checked, migrated, has the live vault's erasure ledger re-applied and its new vault.keys written;
the previous files are kept aside until the new vault opened. `prepare_restore` (any thread) does
the long part, `finish_restore` (vault thread) the rest. A crash in the middle of the swap is
settled at the next start (`recover_interrupted_restore`, called by `VaultAccess`).
"""

from __future__ import annotations

import errno
import hmac
import logging
import os
import shutil
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, BinaryIO

from app import __version__
from app.models.errors import (
    BackupCancelled,
    BackupDamaged,
    BackupOtherVault,
    BackupTampered,
    BackupTooNew,
    ClientVaultError,
    DestinationUnavailable,
    DiskFull,
    StorageError,
    VaultAlreadyExists,
    VaultDamaged,
    VaultInUse,
    VaultLocked,
)
from app.models.records import Role
from app.services.permissions import Action, require
from app.services.session import Session
from app.vault import backup_format, backup_repo, crypto, database, sqlcipher_pages
from app.vault import vault as vault_files
from app.vault.backup_format import BackupFile, FileKeys, OpenedBackup, PassphraseSecret, RecoverySecret
from app.vault.files import fsync_dir, os_error
from app.vault.keyfile import AuditHead, KeyFile, Slot, SlotKind
from app.vault.repositories import audit_repo, users_repo
from app.vault.vault import VaultPaths, utc_now

log = logging.getLogger(__name__)

Progress = Callable[[str, int, int], None]  # (phase, done, total); phases below
Cancelled = Callable[[], bool]
PHASE_SNAPSHOT = "snapshot"
PHASE_CHECK = "check"
PHASE_WRITE = "write"
PHASE_VERIFY = "verify"
PHASE_DECRYPT = "decrypt"
PHASE_RESTORE = "restore"

DEFAULT_KEEP = 10
DRILL_DAYS = 90  # suggest a restore drill (verify a backup with the passphrase) this often
MAX_KEEP = 1000
FILE_PREFIX = "ClientVault-"
PARTIAL_SUFFIX = ".partial"
STALE_PARTIAL_SECONDS = 600  # a running backup writes its partial file continuously
_VANISHED = {errno.ENOENT, errno.ENODEV, errno.ENXIO, errno.ESTALE, errno.ENOTDIR}
_READ_ONLY = {errno.EROFS, errno.EACCES, errno.EPERM}
_FULL = {errno.ENOSPC, errno.EDQUOT}


# --- results ----------------------------------------------------------------------------------------

@dataclass(frozen=True)
class BackupResult:
    path: Path
    backup_id: str
    vault_id: str
    sequence: int
    created_at: str
    size: int
    customers: int
    verified: bool
    removed: tuple[Path, ...]  # older generations deleted after this one verified
    seconds: float


@dataclass(frozen=True)
class VerifyReport:
    path: Path
    vault_id: str
    backup_id: str
    sequence: int
    created_at: str
    app_version: str
    schema_version: int
    size: int
    customers: int
    deleted_customers: int
    purchases: int | None  # None: not counted (the quick check of a format-2 backup reads no SQL)
    users: int
    access_log_entries: int
    audit_ok: bool | None  # the access log inside verifies and holds the header's head; None: not checked
    opened_with: str  # "passphrase" | "recovery_key"
    user_name: str | None
    seconds: float


@dataclass(frozen=True)
class RestoreResult:
    folder: Path
    vault_id: str
    backup_id: str
    sequence: int
    created_at: str
    customers: int
    erasures_reapplied: tuple[int, ...]  # customer ids erased again from the live vault's ledger
    replaced_existing: bool
    older_than_newest: bool  # a newer backup of this vault is known: warn the user
    newest_known_at: str | None
    migrated_from: int | None  # schema version before the forward migration, if any
    users_without_passphrase: tuple[str, ...]  # staff/viewers: an owner must reset their passphrase
    audit_ok: bool
    seconds: float


@dataclass(frozen=True)
class HistoryEntry:
    at: str
    file: str
    folder: str
    size: int
    verified: bool
    verified_at: str | None
    customers: int
    backup_id: str
    sequence: int


@dataclass(frozen=True)
class Destination:
    path: str
    last_used: str
    keep: int
    available: bool  # the folder exists now (a USB drive may be unplugged)


@dataclass(frozen=True)
class BackupStatus:
    last_verified_at: str | None
    age_days: int | None
    reminder_days: int
    due: bool  # no verified backup, or the last one is older than reminder_days
    last_drill_at: str | None
    drill_due: bool  # no restore drill (a full verify) for DRILL_DAYS: suggest one
    destinations: tuple[Destination, ...]
    history: tuple[HistoryEntry, ...]


@dataclass(frozen=True)
class BackupFileInfo:
    """What a backup file says about itself without any key (listing a drive)."""

    path: Path
    size: int
    ok: bool  # structure and checksum good
    vault_id: str | None = None
    backup_id: str | None = None
    sequence: int | None = None
    created_at: str | None = None
    app_version: str | None = None
    error: str | None = None  # error code when not ok
    owner_names: tuple[str, ...] = ()  # the owners whose passphrase slots the backup carries


def _owner_names(backup: BackupFile) -> tuple[str, ...]:
    """Owner names of the copied passphrase slots (plain in the header: no secret is needed)."""
    names = [s.user_name for s in backup.header.slots if s.kind is SlotKind.USER and s.user_name]
    return tuple(dict.fromkeys(names))


# --- helpers ----------------------------------------------------------------------------------------

def _secret(passphrase: str | None, user_name: str | None, recovery_key: str | None) -> backup_format.Secret:
    if (passphrase is None) == (recovery_key is None):
        raise ValueError("give either a passphrase or a recovery key")
    if recovery_key is not None:
        return RecoverySecret(recovery_key)
    assert passphrase is not None
    return PassphraseSecret(passphrase, user_name)


def _parse_time(text: str) -> datetime | None:
    try:
        return datetime.strptime(text, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC)
    except (TypeError, ValueError):
        return None


def _file_name(created_at: str) -> str:
    moment = _parse_time(created_at) or datetime.now(UTC)
    return FILE_PREFIX + moment.astimezone().strftime("%Y-%m-%d-%H%M%S") + backup_format.SUFFIX


def _private_temp_dir(beside: Path, prefix: str) -> Path:
    try:
        path = Path(tempfile.mkdtemp(prefix=prefix, dir=beside))
        os.chmod(path, 0o700)
        try:
            backup_repo.hold_work_folder(path)  # a crash leaves it recognisably abandoned
        except OSError:
            shutil.rmtree(path, ignore_errors=True)
            raise
    except OSError as exc:
        raise os_error(exc, beside) from exc
    return path


def _remove_tree(path: Path | None) -> None:
    if path is not None:
        backup_repo.release_work_folder(path)
        shutil.rmtree(path, ignore_errors=True)


def _destination_error(exc: OSError, dest: Path) -> ClientVaultError:
    code = exc.errno or 0
    if code == errno.EFBIG:  # e.g. FAT32's 4 GB limit per file
        reason = "file_too_large"
    elif code in _FULL:
        reason = "full"
    elif not dest.is_dir() or code in _VANISHED:
        reason = "vanished"
    elif code in _READ_ONLY:
        reason = "read_only"
    else:
        reason = "io"
    return DestinationUnavailable(path=str(dest), reason=reason, errno=code)


def _drop_cache(path: Path) -> None:
    """Evict the file from the OS cache so the read-back comes from the drive, not from memory
    (a fake-capacity USB stick passes a read-back served from the page cache)."""
    advise = getattr(os, "posix_fadvise", None)
    if advise is None:
        return
    try:
        fd = os.open(path, os.O_RDONLY)
        try:
            advise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
        finally:
            os.close(fd)
    except OSError:
        pass


def _open_partial(path: Path) -> BinaryIO:
    """Create the partial backup file (never overwrite). Tests wrap it to inject write faults."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
    return os.fdopen(fd, "wb", buffering=0)


def _publish(partial: Path, final: Path) -> None:
    """Give the verified-to-be-complete file its final name (atomic rename in one folder)."""
    os.replace(partial, final)


def _phase(progress: Progress | None, phase: str) -> Callable[[int, int], None] | None:
    if progress is None:
        return None

    def report(done: int, total: int) -> None:
        progress(phase, done, total)

    return report


def _decrypt_to(backup: BackupFile, keys: FileKeys, target: Path, progress: Progress | None,
                cancelled: Cancelled | None) -> None:
    """All chunks authenticated and written to `target` (an SQLCipher database file)."""
    try:
        with open(backup.path, "rb") as handle:
            fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
            with os.fdopen(fd, "wb") as out:
                for plain in backup_format.iter_payload(handle, backup, keys, progress=_phase(progress, PHASE_DECRYPT),
                                                        cancelled=cancelled):
                    out.write(plain)
                out.flush()
                os.fsync(out.fileno())
    except OSError as exc:
        raise os_error(exc, target.parent) from exc


# --- listing backup files (keyless) -------------------------------------------------------------------

def backup_file_info(path: Path) -> BackupFileInfo:
    try:
        size = path.stat().st_size
        backup = backup_format.read_backup(path)
    except (BackupDamaged, BackupTooNew, StorageError, OSError) as exc:
        code = exc.code if isinstance(exc, ClientVaultError) else "storage_error"
        return BackupFileInfo(path, size if "size" in locals() else 0, False, error=code)
    h = backup.header
    return BackupFileInfo(path, size, True, h.vault_id, h.backup_id, h.sequence, h.created_at, h.app_version,
                          owner_names=_owner_names(backup))


def check_backup_file(path: Path) -> BackupFileInfo:
    """The keyless checks (magic, size, header checksum, format version): BackupDamaged,
    BackupTooNew or StorageError before anything asks for a secret or opens a vault."""
    backup = backup_format.read_backup(Path(path))
    h = backup.header
    return BackupFileInfo(Path(path), backup.file_size, True, h.vault_id, h.backup_id, h.sequence, h.created_at,
                          h.app_version, owner_names=_owner_names(backup))


def list_backup_files(folder: Path, limit: int = 500) -> list[BackupFileInfo]:
    """The `.cvbak` files in `folder`, newest first (read without any key; damaged ones included)."""
    try:
        names = sorted((p for p in Path(folder).iterdir() if p.suffix == backup_format.SUFFIX and p.is_file()),
                       key=lambda p: p.name, reverse=True)[:limit]
    except OSError as exc:
        raise os_error(exc, Path(folder)) from exc
    infos = [backup_file_info(p) for p in names]
    return sorted(infos, key=lambda i: (i.ok, i.created_at or "", i.sequence or 0), reverse=True)


# --- create -------------------------------------------------------------------------------------------

@dataclass
class BackupJob:
    """One backup between `prepare_backup` and `finish_backup`. Holds copies of the two keys it
    needs (K_db to read the vault, K_backup to wrap the file key); `wipe()` zeroes them."""

    vault: vault_files.UnlockedVault
    dest: Path
    keep: int
    sequence: int
    created_at: str
    slots: list[Slot]
    db_key: bytearray
    backup_key: bytearray

    def wipe(self) -> None:
        crypto.zero(self.db_key)
        crypto.zero(self.backup_key)

    def _check(self, cancelled: Cancelled | None) -> None:
        if self.vault.is_locked:
            raise VaultLocked()
        if self._rotated():
            raise VaultInUse(reason="busy")
        if cancelled is not None and cancelled():
            raise BackupCancelled()

    def _rotated(self) -> bool:
        """The owner rotated the vault key since `prepare_backup`: this job's keys are stale (its
        pages would not check, its slots would not open). The user is asked to try again."""
        return not hmac.compare_digest(bytes(self.vault.keys.db), bytes(self.db_key))

    def run(self, progress: Progress | None = None, cancelled: Cancelled | None = None) -> BackupOutcome:
        """Snapshot, write, read back and verify, then prune old generations. Any thread."""
        dest = self.dest
        if not dest.is_dir():
            raise DestinationUnavailable(path=str(dest), reason="not_a_folder")
        self._check(cancelled)
        _remove_stale_partials(dest)
        file_key = crypto.random_key()
        keys = FileKeys(file_key)
        db_key = "x'" + bytes(self.db_key).hex() + "'"
        partial: Path | None = None
        final: Path | None = None
        published = False
        try:
            if progress:
                progress(PHASE_SNAPSHOT, 0, 1)
            # 1. a consistent snapshot: the live vault's encrypted pages, frozen while we read them
            with backup_repo.frozen_snapshot(self.vault.paths.db, db_key, cancelled=lambda: self._poll(cancelled)) \
                    as frozen:
                snap = frozen.facts
                if progress:
                    progress(PHASE_SNAPSHOT, 1, 1)
                self._check(cancelled)
                # 2. the header
                slots = [s for s in self.slots if s.kind is SlotKind.RECOVERY
                         or (s.kind is SlotKind.USER and s.user_id in snap.owner_ids)]
                header = backup_format.new_header(
                    vault_id=self.vault.vault_id, sequence=self.sequence, created_at=self.created_at,
                    app_version=__version__, schema_version=snap.schema_version, slots=slots,
                    backup_key=self.backup_key, file_key=file_key, plaintext_bytes=frozen.size,
                    audit_head=snap.audit_head,
                    counts=backup_format.HeaderCounts(snap.customers, snap.in_recycle_bin, snap.users))
                prelude, checksum = backup_format.encode_prelude(header, keys)
                total = len(prelude) + header.payload.ciphertext_bytes
                # 3. room on the destination?
                try:
                    free = shutil.disk_usage(dest).free
                except OSError as exc:
                    raise _destination_error(exc, dest) from exc
                if free < total + 64 * 1024:
                    raise DestinationUnavailable(path=str(dest), reason="full", needed=total, free=free)
                # 4. write the partial file, fsync, rename, and 5. read it back; meanwhile every
                # page's HMAC is checked on the same frozen file (a damaged page fails the backup)
                name = _free_name(dest, _file_name(self.created_at))
                partial = dest / ("." + name + PARTIAL_SUFFIX)
                final = dest / name
                pages = backup_repo.PageCheck(frozen.path, db_key)
                try:
                    self._write(frozen.path, partial, prelude, header, checksum, keys, progress, cancelled)
                    self._check(cancelled)
                    try:
                        _publish(partial, final)
                        published = True
                        partial = None
                        fsync_dir(dest)
                    except OSError as exc:
                        raise _destination_error(exc, dest) from exc
                    _drop_cache(final)
                    _read_back(final, self.backup_key, header.backup_id, progress, cancelled)
                except BaseException:
                    pages.stop()
                    raise
                if pages.result():
                    if self._rotated():
                        raise VaultInUse(reason="busy")
                    raise VaultDamaged(what="database")
            written = final.stat().st_size
            if written != total:
                raise DestinationUnavailable(path=str(dest), reason="verify_failed")
            # 6. only now: prune older generations of this vault in this destination
            removed = _prune(dest, self.vault.vault_id, self.keep, keep_path=final)
            return BackupOutcome(final, header.backup_id, snap.customers, written, removed)
        except BaseException:
            for leftover in (partial, final if published else None):
                if leftover is not None:
                    backup_repo.remove_quietly(leftover)
            raise
        finally:
            keys.wipe()
            crypto.zero(file_key)

    def _write(self, source: Path, partial: Path, prelude: bytes, header: backup_format.BackupHeader,
               checksum: bytes, keys: FileKeys, progress: Progress | None, cancelled: Cancelled | None) -> None:
        try:
            out = _open_partial(partial)
            try:
                out.write(prelude)
                with open(source, "rb") as handle:
                    backup_format.encrypt_payload(
                        handle, out, header, checksum, keys,
                        progress=_phase(progress, PHASE_WRITE), cancelled=lambda: self._poll(cancelled))
                out.flush()
                os.fsync(out.fileno())
            finally:
                out.close()
        except OSError as exc:
            raise _destination_error(exc, partial.parent) from exc

    def _poll(self, cancelled: Cancelled | None) -> bool:
        self._check(cancelled)  # raises VaultLocked or BackupCancelled
        return False


@dataclass(frozen=True)
class BackupOutcome:
    """What `BackupJob.run` hands to `finish_backup`: the verified file and what it holds."""

    path: Path
    backup_id: str
    customers: int
    size: int
    removed: tuple[Path, ...]


def _read_back(final: Path, backup_key: bytearray, backup_id: str, progress: Progress | None,
               cancelled: Cancelled | None) -> None:
    """Read the published file back from the drive: header, MAC and every chunk's AES-GCM tag.

    No plaintext hash is compared: the file key is fresh and known only to this process, and each
    tag binds its chunk to the header checksum, its position and the last-chunk flag — so every tag
    verifying proves the drive returned exactly the ciphertext written, hence exactly the snapshot
    (a second SHA-256 pass over the data would prove nothing more)."""
    try:
        backup = backup_format.read_backup(final)
    except StorageError as exc:
        raise DestinationUnavailable(path=str(final.parent), reason="verify_failed") from exc
    except (BackupDamaged, BackupTooNew) as exc:
        raise DestinationUnavailable(path=str(final.parent), reason="verify_failed") from exc
    if backup.header.backup_id != backup_id:
        raise DestinationUnavailable(path=str(final.parent), reason="verify_failed")
    keys = backup_format.open_with_backup_key(backup, backup_key)
    chunks = 0
    try:
        with open(final, "rb") as handle:
            for _plain in backup_format.iter_payload(handle, backup, keys, progress=_phase(progress, PHASE_VERIFY),
                                                     cancelled=cancelled):
                chunks += 1
    except OSError as exc:
        raise _destination_error(exc, final.parent) from exc
    except (BackupDamaged, BackupTampered) as exc:
        raise DestinationUnavailable(path=str(final.parent), reason="verify_failed") from exc
    finally:
        keys.wipe()
    if chunks != backup.header.payload.chunks:
        raise DestinationUnavailable(path=str(final.parent), reason="verify_failed")


def _free_name(dest: Path, name: str) -> str:
    stem = name[: -len(backup_format.SUFFIX)]
    candidate, n = name, 1
    while (dest / candidate).exists() or (dest / ("." + candidate + PARTIAL_SUFFIX)).exists():
        n += 1
        candidate = f"{stem}-{n}{backup_format.SUFFIX}"
    return candidate


def _remove_stale_partials(dest: Path) -> None:
    """Partial files left by a crash (power loss) long ago; a running backup's file is fresh."""
    now = time.time()
    try:
        for p in dest.glob("." + FILE_PREFIX + "*" + backup_format.SUFFIX + PARTIAL_SUFFIX):
            try:
                if now - p.stat().st_mtime > STALE_PARTIAL_SECONDS:
                    p.unlink()
            except OSError:
                pass
    except OSError:
        pass


def _prune(dest: Path, vault_id: str, keep: int, keep_path: Path) -> tuple[Path, ...]:
    """Delete this vault's backups in `dest` beyond the newest `keep` (never `keep_path`, never a
    file that cannot be identified as this vault's)."""
    mine = [i for i in list_backup_files(dest, limit=100_000) if i.ok and i.vault_id == vault_id
            and i.path.name.startswith(FILE_PREFIX)]
    mine.sort(key=lambda i: (i.created_at or "", i.sequence or 0), reverse=True)
    removed: list[Path] = []
    for info in mine[keep:]:
        if info.path == keep_path:
            continue
        try:
            info.path.unlink()
            removed.append(info.path)
        except OSError:
            pass  # pruning is housekeeping: never fail a verified backup over it
    return tuple(removed)


def prepare_backup(session: Session, dest_folder: Path, *, keep: int = DEFAULT_KEEP) -> BackupJob:
    """Vault thread: check the role, allocate the sequence number, copy the keys the job needs."""
    require(session.user, Action.ADMIN)
    if not 1 <= keep <= MAX_KEEP:
        from app.models.errors import ValidationError

        raise ValidationError("setting", "out_of_range", min=1, max=MAX_KEEP)
    vault = session.vault
    sequence = backup_repo.next_sequence(session.con)  # nothing is written before the backup verified
    created_at = utc_now()
    return BackupJob(
        vault=vault, dest=Path(dest_folder), keep=keep, sequence=sequence, created_at=created_at,
        slots=list(vault._fresh_keyfile().slots), db_key=bytearray(vault.keys.db),
        backup_key=bytearray(vault.keys.backup),
    )


def finish_backup(session: Session, job: BackupJob, outcome: BackupOutcome, started: float | None = None) -> BackupResult:
    """Vault thread: record the history, remember the destination, log `backup`."""
    now = session.clock()
    record = {
        "at": job.created_at, "file": outcome.path.name, "folder": str(job.dest), "size": outcome.size,
        "verified": True, "verified_at": now, "customers": outcome.customers, "backup_id": outcome.backup_id,
        "sequence": job.sequence,
    }
    with session.transaction() as con:
        backup_repo.store_sequence(con, job.sequence)
        backup_repo.add_history(con, record)
        backup_repo.remember_destination(con, str(job.dest), now, job.keep)
        session.log("backup", detail={"backup_id": outcome.backup_id, "sequence": job.sequence,
                                      "size": outcome.size, "verified": True, "customers": outcome.customers,
                                      "pruned": len(outcome.removed)})
    return BackupResult(
        path=outcome.path, backup_id=outcome.backup_id, vault_id=job.vault.vault_id, sequence=job.sequence,
        created_at=job.created_at, size=outcome.size, customers=outcome.customers, verified=True,
        removed=outcome.removed, seconds=time.perf_counter() - started if started is not None else 0.0,
    )


def create_backup(session: Session, dest_folder: Path, *, keep: int = DEFAULT_KEEP, progress: Progress | None = None,
                  cancelled: Cancelled | None = None) -> BackupResult:
    """Back the vault up into `dest_folder` and verify it; keep the newest `keep` generations."""
    started = time.perf_counter()
    job = prepare_backup(session, dest_folder, keep=keep)
    try:
        outcome = job.run(progress, cancelled)
    finally:
        job.wipe()
    return finish_backup(session, job, outcome, started)


# --- verify -------------------------------------------------------------------------------------------

@dataclass
class _Decrypted:
    folder: Path
    db: Path
    con: database.Connection | None = None

    def close(self) -> None:
        if self.con is not None:
            self.con.close()
            self.con = None
        _remove_tree(self.folder)


# How much of the inner database is checked after every chunk authenticated.
#
# The AES-GCM tags already prove that the payload is byte-for-byte what the backup writer sealed
# (fresh key, chunks bound to their position, the last one flagged). The writer sealed a frozen
# snapshot of the live vault's pages and checked every page's HMAC on the way (format 1: an
# `sqlcipher_export` copy, which did the same). So what can still be wrong inside a backup that authenticates
# is only what was already wrong in the live vault's b-trees when it was backed up — or a writer
# bug. The checks, cheapest first:
#   * always: `PRAGMA cipher_integrity_check` (every page, used or free, authenticates under the
#     payload's database key: the copy is complete and really encrypted), the schema version, the
#     counts and the whole access-log chain (which reads every log page through SQLite);
#   * restore, and a `thorough` verify (CLI `--thorough`, the dialog's "thorough check" box), add
#     the full `PRAGMA integrity_check` (structure, records, and every index entry against its
#     row; O(N log N): about 27 s at 1M customers, against the 10 s target for a verify). A
#     restore makes the copy the live vault, so it follows SECURITY.md's order without shortcuts.
def _check_level(restore: bool, thorough: bool) -> str:
    # A restore makes the copy the live vault, so it runs SECURITY.md's full order
    # (cipher_integrity_check and integrity_check); a verify is read-only and defaults to the page check.
    if thorough or restore:
        return backup_repo.CHECK_FULL
    return backup_repo.CHECK_PAGES


def _decrypt_and_check(opened: OpenedBackup, beside: Path, prefix: str, progress: Progress | None,
                       cancelled: Cancelled | None, *, writable: bool, thorough: bool = False
                       ) -> tuple[_Decrypted, backup_repo.PayloadFacts, bool]:
    """Every chunk to a temp file in a private folder in `beside`, then the inner database's checks
    (see `_check_level`) and schema checks. The caller closes the result (which removes the
    folder); its connection is writable for a restore."""
    work = _Decrypted(_private_temp_dir(beside, prefix), Path())
    work.db = work.folder / "vault.db"
    try:
        _decrypt_to(opened.backup, opened.file_keys, work.db, progress, cancelled)
        if progress:
            progress(PHASE_CHECK, 0, 1)
        key = opened.payload_key_literal()
        if cancelled is not None and cancelled():
            raise BackupCancelled()
        problems = backup_repo.check_database(work.db, key, _check_level(writable, thorough), cancelled)
        if problems and writable and all(p.startswith("sqlite:") for p in problems):
            # Every page authenticates, only SQLite's structure check complains: the live vault's
            # indexes were already out of step with their tables when it was backed up (a raw page
            # copy keeps that; format 1's export rebuilt every index). Rebuild them and check again.
            log.warning("restored copy: %d integrity problem(s); rebuilding its indexes", len(problems))
            backup_repo.rebuild_indexes(work.db, key)
            problems = backup_repo.check_database(work.db, key, backup_repo.CHECK_FULL, cancelled)
        if problems:
            raise BackupDamaged(what="database", path=str(opened.backup.path))
        work.con = backup_repo.open_payload(work.db, key) if writable else backup_repo.open_readonly(work.db, key)
        facts = backup_repo.payload_facts(work.con)
        if facts.schema_version > database.latest_version():
            raise BackupTooNew(what="schema", found=facts.schema_version, supported=database.latest_version())
        if facts.schema_version != opened.header.schema_version or facts.schema_version < 1:
            raise BackupDamaged(what="database", path=str(opened.backup.path))
        audit_ok = backup_repo.audit_chain_ok(work.con, opened.subkeys.audit, opened.header.audit_head)
        if progress:
            progress(PHASE_CHECK, 1, 1)
        return work, facts, audit_ok
    except BaseException:
        work.close()
        raise


def _check_streaming(opened: OpenedBackup, progress: Progress | None, cancelled: Cancelled | None) -> None:
    """The quick verify of a format-2 backup, with nothing written to disk: every chunk is
    authenticated and decrypted in memory, and every page of the database inside is checked
    against its SQLCipher HMAC under the vault key as it goes (app/vault/sqlcipher_pages.py), then
    page 1's SQLite header must match the backup header's schema version."""
    backup = opened.backup
    if backup.header.schema_version > database.latest_version():
        raise BackupTooNew(what="schema", found=backup.header.schema_version, supported=database.latest_version())
    if progress:
        progress(PHASE_CHECK, 0, 1)
    try:
        with open(backup.path, "rb") as handle, sqlcipher_pages.PageVerifier(opened.subkeys.db) as pages:
            for plain in backup_format.iter_payload(handle, backup, opened.file_keys,
                                                    progress=_phase(progress, PHASE_DECRYPT), cancelled=cancelled):
                pages.feed(plain)
            bad = pages.finish()
    except OSError as exc:
        raise os_error(exc, backup.path.parent) from exc
    head = pages.header
    if (bad or not pages.whole_pages or head is None or head.page_size != sqlcipher_pages.PAGE_SIZE
            or head.reserved_bytes != sqlcipher_pages.RESERVE or head.user_version != backup.header.schema_version
            or head.page_count * sqlcipher_pages.PAGE_SIZE != backup.header.payload.plaintext_bytes):
        raise BackupDamaged(what="database", path=str(backup.path))
    if progress:
        progress(PHASE_CHECK, 1, 1)


def verify_backup(path: Path, *, passphrase: str | None = None, user_name: str | None = None,
                  recovery_key: str | None = None, work_dir: Path | None = None,
                  progress: Progress | None = None, cancelled: Cancelled | None = None,
                  session: Session | None = None, thorough: bool = False) -> VerifyReport:
    """Check a backup completely without restoring it; works without any vault (a new machine).

    A format-2 backup is checked in memory (`_check_streaming`: every chunk, every inner page's
    HMAC, the schema version; the report's purchases and access-log chain are then None: not
    looked at). `thorough` (and any format-1 backup) decrypts to a temp copy in `work_dir` (an
    SQLCipher file, removed afterwards; default: the system's temp folder), runs the page check
    and, with `thorough`, SQLite's full integrity_check (see `_check_level`), counts and checks the
    access-log chain. With an owner `session` of the same vault the check is recorded as a restore
    drill in the history and logged. Any thread: it reads only the backup file and its temp copy
    (the drill record needs the session's thread; see `record_drill`)."""
    started = time.perf_counter()
    path = Path(path)
    backup = backup_format.read_backup(path)  # keyless: damaged / too new before any KDF runs
    opened = backup_format.open_backup(backup, _secret(passphrase, user_name, recovery_key))
    h = backup.header
    try:
        if h.counts is not None and not thorough:
            _check_streaming(opened, progress, cancelled)
            customers, deleted, purchases, users_ = h.counts.customers, h.counts.in_recycle_bin, None, h.counts.users
            entries, audit_ok = h.audit_head.seq, None
        else:
            beside = Path(work_dir) if work_dir is not None else Path(tempfile.gettempdir())
            work, facts, checked = _decrypt_and_check(opened, beside, ".cvbak-verify-", progress, cancelled,
                                                      writable=False, thorough=thorough)
            work.close()
            customers, deleted, purchases, users_ = facts.customers, facts.deleted_customers, facts.purchases, facts.users
            entries, audit_ok = facts.access_log_entries, checked
        report = VerifyReport(
            path=path, vault_id=h.vault_id, backup_id=h.backup_id, sequence=h.sequence, created_at=h.created_at,
            app_version=h.app_version, schema_version=h.schema_version, size=backup.file_size,
            customers=customers, deleted_customers=deleted, purchases=purchases, users=users_,
            access_log_entries=entries, audit_ok=audit_ok,
            opened_with="recovery_key" if opened.slot.kind is SlotKind.RECOVERY else "passphrase",
            user_name=opened.slot.user_name, seconds=time.perf_counter() - started,
        )
    finally:
        opened.wipe()
    if session is not None:
        record_drill(session, report)
    return report


def record_drill(session: Session, report: VerifyReport) -> bool:
    """Vault thread: record a successful verify of a backup of THIS vault as a restore drill (the
    history's verified flag, the drill date, a `backup` log entry). False for another vault's."""
    if session.vault.vault_id != report.vault_id:
        return False
    require(session.user, Action.ADMIN)
    now = session.clock()
    with session.transaction() as con:
        entries = backup_repo.history(con)
        for entry in entries:
            if entry.get("backup_id") == report.backup_id:
                entry["verified"] = True
                entry["verified_at"] = now
        backup_repo.set_value(con, backup_repo.SETTING_HISTORY, entries)
        backup_repo.set_value(con, backup_repo.SETTING_LAST_DRILL, now)
        session.log("backup", detail={"op": "verify", "backup_id": report.backup_id, "sequence": report.sequence,
                                      "ok": True})
    return True


# --- restore ------------------------------------------------------------------------------------------

def _newest_known(backup: BackupFile, live: Session | None) -> tuple[str, int] | None:
    """The newest backup of this vault known from the live vault's history and from the other
    backup files next to this one (keyless headers): (created_at, sequence)."""
    vault_id = backup.header.vault_id
    known: list[tuple[str, int]] = []
    if live is not None and not live.is_locked and live.vault.vault_id == vault_id:
        for entry in backup_repo.history(live.con):
            at, seq = entry.get("at"), entry.get("sequence")
            if isinstance(at, str) and isinstance(seq, int):
                known.append((at, seq))
    try:
        siblings = list_backup_files(backup.path.parent, limit=200)
    except StorageError:
        siblings = []
    for info in siblings:
        if info.ok and info.vault_id == vault_id and info.created_at and info.sequence:
            known.append((info.created_at, info.sequence))
    return max(known, default=None)


def _acting_user(con: database.Connection, slot: Slot) -> int | None:
    users = users_repo.list_users(con)
    if slot.kind is SlotKind.USER and slot.user_id is not None:
        user = users_repo.get_user(con, slot.user_id)
        if user is not None and user.removed_at is None and user.role is Role.OWNER:
            return user.id
    owners = [u for u in users if u.role is Role.OWNER]
    return owners[0].id if owners else None


@dataclass
class PreparedRestore:
    """A backup decrypted, checked, migrated and re-keyed to its vault key beside the target, by
    `prepare_restore` (any thread); `finish_restore` (the vault thread) applies the live vault's
    erasures and swaps it in. `discard()` (idempotent) removes it and wipes the keys."""

    path: Path
    target: Path
    paths: VaultPaths
    existing: bool
    created_target: bool
    backup: BackupFile
    opened: OpenedBackup
    work: _Decrypted
    migrated_from: int | None
    audit_ok: bool
    started: float
    done: bool = False

    def discard(self) -> None:
        if self.done:
            return
        self.done = True
        try:
            self.work.close()
            if self.created_target and not self.paths.db.exists():
                try:
                    self.target.rmdir()
                except OSError:
                    pass
        finally:
            self.opened.wipe()


def _check_restore_target(target: Path, live: Session | None) -> tuple[bool, Session | None]:
    paths = VaultPaths(target)
    existing = paths.exists() or paths.db.exists()
    if existing:
        if live is None or live.is_locked or live.vault.paths.folder.resolve() != target.resolve():
            if not paths.exists():  # a database without any key file: nothing can open it
                raise VaultAlreadyExists(folder=str(target))
            raise VaultLocked()
        require(live.user, Action.ADMIN)
    elif live is not None and live.vault.paths.folder.resolve() != target.resolve():
        live = None  # a different folder: the open vault has nothing to do with this restore
    return existing, live


def prepare_restore(path: Path, target_folder: Path, *, passphrase: str | None = None, user_name: str | None = None,
                    recovery_key: str | None = None, live: Session | None = None,
                    progress: Progress | None = None, cancelled: Cancelled | None = None,
                    thorough: bool = False) -> PreparedRestore:
    """The long part of a restore, on any thread (it never touches the live vault's connection):
    magic/size → checksum → slot unwrap → MAC → all chunks to a temp folder beside the target →
    the inner database's checks → schema (migrate forward) → re-key to the vault key the restored
    vault will have. `live` is only looked at (is it this folder's vault, unlocked by an owner?)."""
    started = time.perf_counter()
    path, target = Path(path), Path(target_folder)
    paths = VaultPaths(target)
    existing, live = _check_restore_target(target, live)
    backup = backup_format.read_backup(path)
    opened = backup_format.open_backup(backup, _secret(passphrase, user_name, recovery_key))
    header = backup.header
    created_target = False
    try:
        if existing and live is not None and live.vault.vault_id != header.vault_id:
            raise BackupOtherVault(folder=str(target))
        if not target.exists():
            try:
                target.mkdir(parents=True, mode=0o700)
            except OSError as exc:
                raise os_error(exc, target) from exc
            created_target = True
        # decrypt every chunk beside the target, check the inner database
        work, facts, audit_ok = _decrypt_and_check(opened, target, backup_repo.RESTORE_TEMP_PREFIX, progress,
                                                   cancelled, writable=True, thorough=thorough)
    except BaseException:
        if created_target and not paths.db.exists():
            try:
                target.rmdir()
            except OSError:
                pass
        opened.wipe()
        raise
    prepared = PreparedRestore(path, target, paths, existing, created_target, backup, opened, work, None, audit_ok,
                               started)
    try:
        con = work.con
        assert con is not None
        if progress:
            progress(PHASE_RESTORE, 0, 1)
        if facts.schema_version < database.latest_version():
            prepared.migrated_from = facts.schema_version
            try:
                database.migrate(con)
            except VaultDamaged as exc:
                raise BackupDamaged(what="database", path=str(path)) from exc
        if cancelled is not None and cancelled():
            raise BackupCancelled()
        # the vault key: the restored vault keeps RK (its copied slots wrap it) and its vault id;
        # a format-2 payload is already under it (backup_format: "Versions")
        if not opened.payload_under_vault_key:
            backup_repo.rekey(con, opened.subkeys.sqlcipher_key_literal())
        if cancelled is not None and cancelled():
            raise BackupCancelled()
    except BaseException:
        prepared.discard()
        raise
    return prepared


def finish_restore(prepared: PreparedRestore, live: Session | None = None, *, progress: Progress | None = None,
                   cancelled: Cancelled | None = None) -> RestoreResult:
    """The vault thread's part of a restore: the live vault's erasure ledger, id high-water marks and
    backup bookkeeping into the restored copy, the `restore` log entry, the new vault.keys, then
    the swap (previous files kept aside until the new vault opened). Always consumes `prepared`."""
    try:
        existing, live = _check_restore_target(prepared.target, live)
        if existing != prepared.existing:
            raise VaultAlreadyExists(folder=str(prepared.target))
        return _finish_restore(prepared, live, progress, cancelled)
    finally:
        prepared.discard()


def _finish_restore(prepared: PreparedRestore, live: Session | None, progress: Progress | None,
                    cancelled: Cancelled | None) -> RestoreResult:
    backup, opened, header = prepared.backup, prepared.opened, prepared.backup.header
    target, paths = prepared.target, prepared.paths
    if prepared.existing and live is not None and live.vault.vault_id != header.vault_id:
        raise BackupOtherVault(folder=str(target))
    con = prepared.work.con
    assert con is not None
    newest = _newest_known(backup, live)
    # the live vault's erasures, sequences and backup bookkeeping
    live_ledger: list[backup_repo.LedgerEntry] = []
    floors: dict[str, int] = {}
    live_settings: dict[str, object] = {}
    generation = 0
    if live is not None:
        live_con = live.con
        live_ledger = backup_repo.ledger(live_con)
        floors = backup_repo.sequences(live_con)
        live_settings = backup_repo.backup_settings(live_con)
        generation = live.vault.keyfile.generation
    if live_ledger:
        floors["customers"] = max(floors.get("customers", 0), max(e.customer_id for e in live_ledger))
    at = utc_now()
    older = newest is not None and (newest[1] > header.sequence or newest[0] > header.created_at)
    keys = opened.subkeys
    database.begin(con)
    try:
        reapplied = backup_repo.reapply_erasures(con, live_ledger)
        backup_repo.raise_sequences(con, floors)
        backup_repo.carry_over(con, live_settings)
        restores = backup_repo.get_value(con, backup_repo.SETTING_RESTORES)
        record = {"at": at, "backup_id": header.backup_id, "sequence": header.sequence,
                  "created_at": header.created_at, "erasures_reapplied": len(reapplied)}
        backup_repo.set_value(con, backup_repo.SETTING_RESTORES,
                              [record, *(restores if isinstance(restores, list) else [])][:200])
        uid = _acting_user(con, opened.slot)
        for cid in reapplied:
            audit_repo.append(con, keys.audit, at, uid, "erase", cid, (), {"reapplied": True,
                                                                           "restore": header.backup_id})
        audit_repo.append(con, keys.audit, at, uid, "restore", None, (), {
            "backup_id": header.backup_id, "sequence": header.sequence, "created_at": header.created_at,
            "erasures_reapplied": len(reapplied), "older_than_newest": older,
            "via": "recovery_key" if opened.slot.kind is SlotKind.RECOVERY else "passphrase"})
        seq, mac = audit_repo.head(con)
        no_slot = _users_without_slot(con, header.slots)
        database.commit(con)
    except BaseException:
        if con.in_transaction:
            database.rollback(con)
        raise
    database.checkpoint(con)
    customers = backup_repo.payload_facts(con).customers
    con.close()
    prepared.work.con = None
    keyfile = KeyFile(vault_id=header.vault_id, generation=generation + 1, created_at=at,
                      slots=list(header.slots), audit_head=AuditHead(seq, mac.hex()))
    keys_bytes = keyfile.serialize(keys.slots)
    if cancelled is not None and cancelled():
        raise BackupCancelled()
    # swap: nothing before this line touched the live vault
    if live is not None:
        # Close without a `lock` entry: that vault is being replaced, and should the swap
        # fail it stays exactly as it was. The caller unlocks whichever vault is in place.
        live.vault.lock()
    installation = backup_repo.install_restored(target, prepared.work.db, keys_bytes, lock_name=vault_files.LOCK_NAME,
                                                keys_name=vault_files.KEYS_NAME)
    try:
        check = database.connect(paths.db, keys.sqlcipher_key_literal())
        check.close()
    except BaseException:
        installation.rollback()
        raise
    installation.commit()
    if progress:
        progress(PHASE_RESTORE, 1, 1)
    return RestoreResult(
        folder=target, vault_id=header.vault_id, backup_id=header.backup_id, sequence=header.sequence,
        created_at=header.created_at, customers=customers, erasures_reapplied=tuple(reapplied),
        replaced_existing=prepared.existing, older_than_newest=older,
        newest_known_at=newest[0] if older and newest else None, migrated_from=prepared.migrated_from,
        users_without_passphrase=tuple(no_slot), audit_ok=prepared.audit_ok,
        seconds=time.perf_counter() - prepared.started,
    )


def restore_backup(path: Path, target_folder: Path, *, passphrase: str | None = None, user_name: str | None = None,
                   recovery_key: str | None = None, live: Session | None = None,
                   progress: Progress | None = None, cancelled: Cancelled | None = None,
                   thorough: bool = False) -> RestoreResult:
    """Restore `path` into `target_folder` (a new folder, an empty one, or the live vault's):
    `prepare_restore` then `finish_restore` on this thread (the GUI runs the first on a worker).

    Restoring over an existing vault needs that vault unlocked by an owner (`live`): its erasure
    ledger is re-applied to the restored copy and its session is closed just before the files are
    swapped. Order: magic/size → checksum → slot unwrap → MAC → all chunks to a temp file beside
    the target → the inner database's checks → schema (migrate forward) → re-key → erasure ledger →
    new vault.keys → swap (previous files kept aside until the new vault opens) → done. A failure
    before the swap leaves the live vault byte-identical and no temp files behind; a crash during
    the swap is settled at the next start (`recover_interrupted_restore`).
    """
    prepared = prepare_restore(path, target_folder, passphrase=passphrase, user_name=user_name,
                               recovery_key=recovery_key, live=live, progress=progress, cancelled=cancelled,
                               thorough=thorough)
    return finish_restore(prepared, live, progress=progress, cancelled=cancelled)


RECOVERY_COMPLETED = backup_repo.RECOVERY_COMPLETED
RECOVERY_ROLLED_BACK = backup_repo.RECOVERY_ROLLED_BACK
RECOVERY_FAILED = "failed"


def recover_interrupted_restore(folder: Path) -> str | None:
    """At startup, before anything opens the vault: settle a restore that was killed in the middle
    of swapping the files (`backup_repo.recover_interrupted_swap`). Returns None (nothing to do),
    RECOVERY_COMPLETED (the restored vault was completely in place: kept), RECOVERY_ROLLED_BACK
    (it was not: the previous vault is back, exactly as it was) or RECOVERY_FAILED (the folder
    could not be changed now; nothing was lost and the next start tries again). Logged; the GUI
    tells the user (`backup_page.restore_recovery_text`)."""
    folder = Path(folder)
    abandoned = backup_repo.remove_abandoned_work(folder)
    if abandoned:
        log.warning("removed %d work folder(s) of an interrupted backup or restore", len(abandoned))
    if not backup_repo.swap_pending(folder):
        return None
    try:
        outcome = backup_repo.recover_interrupted_swap(folder, lock_name=vault_files.LOCK_NAME,
                                                       keys_name=vault_files.KEYS_NAME)
    except (StorageError, DiskFull) as exc:
        log.error("could not settle an interrupted restore in the vault folder: %s", exc.code)
        return RECOVERY_FAILED
    if outcome is not None:
        log.warning("settled a restore that was interrupted while swapping the vault files: %s", outcome)
    return outcome


def _users_without_slot(con: database.Connection, slots: tuple[Slot, ...]) -> list[str]:
    with_slot = {s.user_id for s in slots if s.kind is SlotKind.USER}
    return [u.name for u in users_repo.list_users(con) if u.id not in with_slot]


# --- history, destinations, reminders -----------------------------------------------------------------

def _entry(raw: dict[str, Any]) -> HistoryEntry | None:
    try:
        return HistoryEntry(
            at=str(raw["at"]), file=str(raw["file"]), folder=str(raw.get("folder", "")), size=int(raw.get("size", 0)),
            verified=bool(raw.get("verified", False)),
            verified_at=None if raw.get("verified_at") is None else str(raw.get("verified_at")),
            customers=int(raw.get("customers", 0)), backup_id=str(raw.get("backup_id", "")),
            sequence=int(raw.get("sequence", 0)),
        )
    except (KeyError, TypeError, ValueError):
        return None


def history(session: Session) -> list[HistoryEntry]:
    """Backups made of this vault, newest first."""
    require(session.user, Action.ADMIN)
    return [e for e in (_entry(r) for r in backup_repo.history(session.con)) if e is not None]


def destinations(session: Session) -> list[Destination]:
    require(session.user, Action.ADMIN)
    out: list[Destination] = []
    for d in backup_repo.destinations(session.con):
        keep = d.get("keep")
        out.append(Destination(path=str(d["path"]), last_used=str(d.get("last_used", "")),
                               keep=keep if isinstance(keep, int) and not isinstance(keep, bool) else DEFAULT_KEEP,
                               available=Path(str(d["path"])).is_dir()))
    return out


def forget_destination(session: Session, path: str) -> None:
    require(session.user, Action.ADMIN)
    with session.transaction() as con:
        backup_repo.forget_destination(con, path)
        session.log("settings_change", fields=("backup_destinations",))


def _drill_due(verified: list[HistoryEntry], drilled: datetime | None, moment: datetime) -> bool:
    """A restore drill is suggested DRILL_DAYS after the last drill — or, before any drill, after
    the first verified backup (not the moment the first backup exists)."""
    if not verified:
        return False
    since = drilled or _parse_time(min(e.at for e in verified))
    return since is None or (moment - since).days >= DRILL_DAYS


def status(session: Session, now: datetime | None = None) -> BackupStatus:
    """For the status bar and the reminder banner: age of the last verified backup and whether a
    reminder is due (setting `backup_reminder_days`, default 7). Any role may see it."""
    from app.services import settings as settings_service

    require(session.user, Action.VIEW)
    raw = [e for e in (_entry(r) for r in backup_repo.history(session.con)) if e is not None]
    days = int(settings_service.get(session, "backup_reminder_days"))
    verified = [e for e in raw if e.verified]
    last = max((e.at for e in verified), default=None)
    moment = now or datetime.now(UTC)
    parsed = _parse_time(last) if last else None
    age = None if parsed is None else max(0, (moment - parsed).days)
    drill = backup_repo.get_value(session.con, backup_repo.SETTING_LAST_DRILL)
    drilled = _parse_time(drill) if isinstance(drill, str) else None
    is_owner = session.user.role is Role.OWNER
    return BackupStatus(
        last_verified_at=last, age_days=age, reminder_days=days, due=age is None or age >= days,
        last_drill_at=drill if isinstance(drill, str) else None,
        drill_due=_drill_due(verified, drilled, moment),
        destinations=tuple(destinations(session)) if is_owner else (),
        history=tuple(raw) if is_owner else (),
    )


def restore_into_new_folder(path: Path, folder: Path, **secret: Any) -> RestoreResult:
    """Restore on a computer without a vault (first run): never over an existing vault."""
    from app.models.errors import VaultAlreadyExists
    from app.vault.vault import VaultPaths

    paths = VaultPaths(folder)
    if paths.exists() or paths.db.exists():
        raise VaultAlreadyExists(folder=str(folder))
    return restore_backup(path, folder, **secret)
