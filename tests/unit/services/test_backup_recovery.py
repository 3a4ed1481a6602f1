"""A restore killed in the middle of swapping the vault files is settled at the next start
(issue 5: crash-safe restore; SECURITY.md requirement 20: the live vault is never left half
replaced).

The swap (`backup_repo.install_restored` and `Installation.commit`) is interrupted before every
file-system change it makes — every os.replace, os.link and os.unlink — once as a simulated death
(an exception nothing catches, no rollback: the process is gone) and once as an I/O error (the
in-process rollback runs), and for a few points in a real child process killed with SIGKILL. The
next `VaultAccess` (what every start creates first) must leave the live vault EXACTLY the old one
or EXACTLY the restored one — vault.db, vault.keys and vault.keys.prev byte for byte — with no
aside copy, marker, temp folder or temp file left, and it must unlock.
"""

from __future__ import annotations

import errno
import hashlib
import json
import os
import shutil
import signal
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from app.models.errors import StorageError
from app.services import backup, customers
from app.services.access import VaultAccess
from app.vault import backup_repo
from app.vault.kdf import KdfPolicy
from tests.conftest import OWNER, OWNER_PASS

POLICY = KdfPolicy.insecure_for_tests()
ROOT = Path(__file__).resolve().parents[3]
VAULT_FILES = ("vault.db", "vault.keys", "vault.keys.prev")
ALLOWED = {"vault.db", "vault.keys", "vault.keys.prev", "vault.lock", "vault.db-wal", "vault.db-shm"}


class Killed(BaseException):  # noqa: N818 - it stands for the process dying, not an error
    """Raised where the process 'dies': nothing in the code under test catches a BaseException
    subclass it does not know without re-raising it, and the rollback is disabled."""


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest() if path.exists() else "-"


def state(folder: Path) -> tuple[str, ...]:
    return tuple(sha(folder / name) for name in VAULT_FILES)


@dataclass(frozen=True)
class Source:
    folder: Path  # the vault as it is before the restore (copied for every attempt)
    backup: Path
    old_customers: int
    backup_customers: int


@pytest.fixture(scope="module")
def source(tmp_path_factory: pytest.TempPathFactory) -> Source:
    base = tmp_path_factory.mktemp("recovery-source")
    session, _recovery = VaultAccess(base / "vault", POLICY).create(OWNER, OWNER_PASS)
    for i in range(30):
        customers.create_customer(session, {"name": f"客户{i}"})
    (base / "usb").mkdir()
    made = backup.create_backup(session, base / "usb")
    for i in range(5):  # after the backup: the old vault and the restored one differ
        customers.create_customer(session, {"name": f"后来的客户{i}"})
    old = customers.count_customers(session)
    session.lock()
    return Source(base / "vault", made.path, old, made.customers)


def fresh_live(source: Source, tmp_path: Path, name: str) -> Path:
    folder = tmp_path / name
    shutil.copytree(source.folder, folder)
    return folder


class SwapProbe:
    """Counts the file-system changes of the swap (only while it runs) and fails the n-th one;
    records the old and the new state when the swap starts."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, fail_at: int | None, make_error: Callable[[], BaseException],
                 kill: bool) -> None:
        self.count = 0
        self.active = False
        self.fail_at = fail_at
        self.failed = False
        self.old: tuple[str, ...] = ()
        self.new: tuple[str, ...] = ()
        for name in ("replace", "link", "unlink"):
            monkeypatch.setattr(os, name, self._wrap(getattr(os, name), make_error))
        real_install, real_commit = backup_repo.install_restored, backup_repo.Installation.commit

        def install(folder: Path, new_db: Path, new_keys: bytes, **kw: Any) -> backup_repo.Installation:
            self.old = state(folder)
            keys_hash = hashlib.sha256(new_keys).hexdigest()
            self.new = (sha(new_db), keys_hash, keys_hash)
            self.active = True
            try:
                return real_install(folder, new_db, new_keys, **kw)
            finally:
                self.active = False

        def commit(inst: backup_repo.Installation) -> None:
            self.active = True
            try:
                real_commit(inst)
            finally:
                self.active = False

        monkeypatch.setattr(backup_repo, "install_restored", install)
        monkeypatch.setattr(backup_repo.Installation, "commit", commit)
        if kill:  # a dead process rolls nothing back and removes nothing; its lock goes with it
            monkeypatch.setattr(backup_repo.Installation, "rollback",
                                lambda inst: inst.lock.__exit__(None, None, None))
            monkeypatch.setattr(backup._Decrypted, "close",
                                lambda work: backup_repo.release_work_folder(work.folder))

    def _wrap(self, real: Callable[..., Any], make_error: Callable[[], BaseException]) -> Callable[..., Any]:
        def op(*args: Any, **kwargs: Any) -> Any:
            if self.active and not self.failed:
                self.count += 1
                if self.count == self.fail_at:
                    self.failed = True
                    self.active = False
                    raise make_error()
            return real(*args, **kwargs)

        return op


def restore_with(source: Source, live: Path, monkeypatch: pytest.MonkeyPatch, fail_at: int | None,
                 make_error: Callable[[], BaseException] = Killed, kill: bool = True) -> SwapProbe:
    session = VaultAccess(live, POLICY).unlock(OWNER, OWNER_PASS)
    probe = SwapProbe(monkeypatch, fail_at, make_error, kill)
    try:
        backup.restore_backup(source.backup, live, passphrase=OWNER_PASS, live=session)
    except (Killed, StorageError):
        assert probe.failed
    finally:
        if not session.is_locked:
            session.lock()
    return probe


def count_swap_steps(source: Source, tmp_path: Path) -> int:
    with pytest.MonkeyPatch.context() as mp:
        probe = restore_with(source, fresh_live(source, tmp_path, "dry-run"), mp, None)
    assert probe.count >= 8  # marker, two aside copies, prev, link, swap, keys, commit's removals
    return probe.count


def settled(folder: Path, probe_old: tuple[str, ...], probe_new: tuple[str, ...], source: Source,
            outcome: str | None) -> str:
    """The folder holds exactly the old or exactly the new vault, nothing else, and it unlocks."""
    now = state(folder)
    assert now in (probe_old, probe_new), (now, probe_old, probe_new)
    which = "old" if now == probe_old else "new"
    if outcome == backup.RECOVERY_COMPLETED:
        assert which == "new"
    elif outcome == backup.RECOVERY_ROLLED_BACK:
        assert which == "old"
    leftovers = {p.name for p in folder.iterdir()} - ALLOWED
    assert leftovers == set(), leftovers
    session = VaultAccess(folder, POLICY).unlock(OWNER, OWNER_PASS)
    try:
        expected = source.old_customers if which == "old" else source.backup_customers
        assert customers.count_customers(session) == expected
    finally:
        session.lock()
    return which


def test_req20_a_swap_killed_at_any_step_leaves_exactly_the_old_or_the_new_vault(
        source: Source, tmp_path: Path) -> None:
    """Killed before each file-system change of the swap (no rollback runs): the next start
    finishes the swap when the new vault.keys was in place, otherwise puts the old vault back."""
    steps = count_swap_steps(source, tmp_path)
    seen = {"old": 0, "new": 0}
    for n in range(1, steps + 1):
        live = fresh_live(source, tmp_path, f"killed-{n}")
        with pytest.MonkeyPatch.context() as mp:
            probe = restore_with(source, live, mp, n)
        assert probe.failed, n
        assert any(p.name.startswith(".restore-") for p in live.iterdir()), n  # the dead restore's work
        marker = (live / backup_repo.SWAP_MARKER).exists()
        assert marker == (n > 1), n  # killed before the marker's rename: nothing was changed yet
        access = VaultAccess(live, POLICY)  # what the next start does first
        expected = (backup.RECOVERY_COMPLETED, backup.RECOVERY_ROLLED_BACK) if marker else (None,)
        assert access.restore_recovery in expected, n
        seen[settled(live, probe.old, probe.new, source, access.restore_recovery)] += 1
        assert VaultAccess(live, POLICY).restore_recovery is None  # settled once, for good
        shutil.rmtree(live)
    assert seen["old"] >= 5 and seen["new"] >= 1, seen  # both outcomes were really exercised


def test_req20_an_io_error_at_any_step_rolls_back_in_process_or_is_settled_at_start(
        source: Source, tmp_path: Path) -> None:
    """The same points as an OSError: the restore's own rollback puts the old vault back (or, in
    the commit, the restore stands); whatever it could not finish, the next start settles."""
    steps = count_swap_steps(source, tmp_path)
    for n in range(1, steps + 1):
        live = fresh_live(source, tmp_path, f"eio-{n}")
        with pytest.MonkeyPatch.context() as mp:
            probe = restore_with(source, live, mp, n, lambda: OSError(errno.EIO, "injected"), kill=False)
        assert probe.failed, n
        access = VaultAccess(live, POLICY)
        settled(live, probe.old, probe.new, source, access.restore_recovery)
        shutil.rmtree(live)


def test_a_first_restore_killed_mid_swap_leaves_an_empty_folder(source: Source, tmp_path: Path,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    """Restoring into a new folder (first run) and dying after the database was moved in but before
    the key file: the next start removes the half-installed vault, so the restore can be repeated."""
    target = tmp_path / "new"
    probe = SwapProbe(monkeypatch, 4, Killed, kill=True)  # marker, vault.keys.prev, db rename, [vault.keys]
    with pytest.raises(Killed):
        backup.restore_into_new_folder(source.backup, target, passphrase=OWNER_PASS)
    assert probe.failed and (target / "vault.db").exists() and not (target / "vault.keys").exists()
    monkeypatch.undo()
    assert VaultAccess(target, POLICY).restore_recovery == backup.RECOVERY_ROLLED_BACK
    assert {p.name for p in target.iterdir()} <= {"vault.lock"}
    result = backup.restore_into_new_folder(source.backup, target, passphrase=OWNER_PASS)
    assert result.customers == source.backup_customers


def test_recovery_that_cannot_change_the_folder_reports_failed_and_keeps_the_marker(
        source: Source, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    live = fresh_live(source, tmp_path, "stuck")
    with pytest.MonkeyPatch.context() as mp:
        restore_with(source, live, mp, 6)  # killed after the aside copies were made
    real_replace = os.replace

    def refuse(*_a: Any, **_k: Any) -> None:
        raise OSError(errno.EACCES, "read-only for now")

    monkeypatch.setattr(os, "replace", refuse)
    assert VaultAccess(live, POLICY).restore_recovery == backup.RECOVERY_FAILED
    assert (live / backup_repo.SWAP_MARKER).exists()
    monkeypatch.setattr(os, "replace", real_replace)
    assert VaultAccess(live, POLICY).restore_recovery in (backup.RECOVERY_ROLLED_BACK, backup.RECOVERY_COMPLETED)


_CHILD = r"""
import hashlib, json, os, signal, sys
from pathlib import Path
sys.path.insert(0, sys.argv[1])
from app.services import backup
from app.services.access import VaultAccess
from app.vault import backup_repo
from app.vault.kdf import KdfPolicy

live, made, kill_at, report = Path(sys.argv[2]), Path(sys.argv[3]), int(sys.argv[4]), Path(sys.argv[5])
count, active = [0], [False]

def sha(p):
    return hashlib.sha256(p.read_bytes()).hexdigest() if p.exists() else "-"

def wrap(real):
    def op(*a, **k):
        if active[0]:
            count[0] += 1
            if count[0] == kill_at:
                os.kill(os.getpid(), signal.SIGKILL)
        return real(*a, **k)
    return op

for name in ("replace", "link", "unlink"):
    setattr(os, name, wrap(getattr(os, name)))
real_install, real_commit = backup_repo.install_restored, backup_repo.Installation.commit

def install(folder, new_db, new_keys, **kw):
    h = hashlib.sha256(new_keys).hexdigest()
    names = ("vault.db", "vault.keys", "vault.keys.prev")
    data = {"old": [sha(folder / n) for n in names], "new": [sha(new_db), h, h]}
    with open(report, "w") as f:
        f.write(json.dumps(data)); f.flush(); os.fsync(f.fileno())
    active[0] = True
    try:
        return real_install(folder, new_db, new_keys, **kw)
    finally:
        active[0] = False

def commit(inst):
    active[0] = True
    real_commit(inst)

backup_repo.install_restored = install
backup_repo.Installation.commit = commit
session = VaultAccess(live, KdfPolicy.insecure_for_tests()).unlock(sys.argv[6], sys.argv[7])
backup.restore_backup(made, live, passphrase=sys.argv[7], live=session)
print("finished without being killed")
"""


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
@pytest.mark.parametrize("kill_at", [2, 5, 8, 9])
def test_req20_a_restore_process_killed_with_sigkill_mid_swap_is_settled_at_the_next_start(
        source: Source, tmp_path: Path, kill_at: int) -> None:
    """A real process, killed with SIGKILL inside the swap: while copying vault.keys aside, before
    the old database is linked aside, after the database rename but before the new vault.keys,
    and in the commit (the new vault.keys is in place)."""
    live = fresh_live(source, tmp_path, "live")
    report = tmp_path / "states.json"
    child = subprocess.run(
        [sys.executable, "-c", _CHILD, str(ROOT), str(live), str(source.backup), str(kill_at), str(report), OWNER,
         OWNER_PASS], capture_output=True, text=True, timeout=120, env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert child.returncode == -signal.SIGKILL, (child.returncode, child.stdout, child.stderr[-2000:])
    states = json.loads(report.read_text())
    assert (live / backup_repo.SWAP_MARKER).exists()
    access = VaultAccess(live, POLICY)
    assert access.restore_recovery in (backup.RECOVERY_COMPLETED, backup.RECOVERY_ROLLED_BACK)
    which = settled(live, tuple(states["old"]), tuple(states["new"]), source, access.restore_recovery)
    assert which == ("new" if kill_at == 9 else "old")


def test_leftovers_of_a_finished_restore_never_roll_it_back(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """SECURITY requirement 20 (a restore never destroys the vault it leaves in place): when removing the aside copies fails
    at the end of a restore (e.g. a virus scanner holds the file), the restored vault is used and
    its vault.keys changes; the next start only removes the leftovers — it never puts the old vault
    back over the restore and the work done since."""
    policy = KdfPolicy.insecure_for_tests()
    folder = tmp_path / "vault"
    access = VaultAccess(folder, policy)
    session, _key = access.create(OWNER, OWNER_PASS)
    for i in range(3):
        customers.create_customer(session, {"name": "before " + str(i)})
    (tmp_path / "usb").mkdir()
    made = backup.create_backup(session, tmp_path / "usb")
    customers.create_customer(session, {"name": "after the backup"})
    real = backup_repo.remove_quietly

    def stuck(path: Path) -> None:
        if not path.name.endswith(backup_repo.ASIDE_SUFFIX):
            real(path)

    monkeypatch.setattr(backup_repo, "remove_quietly", stuck)
    backup.restore_backup(made.path, folder, live=session, passphrase=OWNER_PASS)
    monkeypatch.setattr(backup_repo, "remove_quietly", real)
    assert any(p.name.endswith(backup_repo.ASIDE_SUFFIX) for p in folder.iterdir())
    restored = access.unlock(OWNER, OWNER_PASS)
    for i in range(4):
        customers.create_customer(restored, {"name": "work after the restore " + str(i)})
    restored.lock()
    again = VaultAccess(folder, policy)
    assert again.restore_recovery == backup.RECOVERY_COMPLETED  # the restore stands
    assert not any(p.name.endswith(backup_repo.ASIDE_SUFFIX) for p in folder.iterdir())
    assert not backup_repo.swap_pending(folder)
    later = again.unlock(OWNER, OWNER_PASS)
    assert customers.count_customers(later) == 7
    later.lock()
