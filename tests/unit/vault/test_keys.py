"""Key slots, KDF floor, recovery key, crash safety of vault.keys (SECURITY requirements 6–12)."""

from __future__ import annotations

import hashlib
import json
import os
import time
from pathlib import Path

import pytest

from app.models.errors import (
    InvalidRecoveryKey,
    KeySlotInvalid,
    LastOwner,
    StorageError,
    WeakKdfParameters,
    WrongCredentials,
)
from app.models.records import Role
from app.services import users
from app.services.access import VaultAccess
from app.vault import crypto, recovery_key
from app.vault import vault as vault_files
from app.vault.crypto import DecryptionFailed
from app.vault.kdf import FLOOR_ITERATIONS, FLOOR_MEMORY_KIB, KdfParams, KdfPolicy, derive
from app.vault.keyfile import KeyFile, Slot
from tests.conftest import OWNER, OWNER_PASS, STAFF, STAFF_PASS


def _keys(vault_dir: Path) -> dict:
    return json.loads((vault_dir / "vault.keys").read_text("utf-8"))


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest() if path.exists() else ""


@pytest.mark.slow
def test_production_slots_meet_the_argon2id_floor(tmp_path: Path) -> None:
    """SECURITY requirement 6: every written passphrase slot meets m ≥ 64 MiB, t ≥ 3 (calibrated)."""
    access = VaultAccess(tmp_path / "v", KdfPolicy.production())
    session, _ = access.create(OWNER, OWNER_PASS)
    try:
        for slot in _keys(tmp_path / "v")["slots"]:
            if slot["kind"] == "user":
                assert slot["kdf"]["alg"] == "argon2id"
                assert slot["kdf"]["m"] >= FLOOR_MEMORY_KIB and slot["kdf"]["t"] >= FLOOR_ITERATIONS
        params = KdfParams.from_json(_keys(tmp_path / "v")["slots"][0]["kdf"])
        start = time.perf_counter()
        derive(b"x", params)
        assert time.perf_counter() - start >= 0.3  # calibrated towards 0.5–1 s, never trivial
    finally:
        session.lock()


def test_writing_below_the_floor_raises_outside_tests() -> None:
    """SECURITY requirement 6: a production policy refuses to write weak parameters."""
    weak = KdfPolicy(fixed=(1024, 1, 1))
    with pytest.raises(WeakKdfParameters):
        weak.new_params()
    with pytest.raises(WeakKdfParameters):
        KdfPolicy.production().check_writable(KdfParams(FLOOR_MEMORY_KIB, FLOOR_ITERATIONS - 1, 1, b"s" * 16))
    KdfPolicy.production().check_writable(KdfParams(FLOOR_MEMORY_KIB, FLOOR_ITERATIONS, 1, b"s" * 16))


@pytest.mark.parametrize(
    "edit",
    [
        {"m": 2**40}, {"m": 5 * 1024 * 1024}, {"t": 51}, {"t": 10**9}, {"p": 0}, {"p": 1000},
        {"salt": "AAAA"}, {"salt": "not base64!"}, {"alg": "scrypt"}, {"m": "64"}, {"t": True},
    ],
)
def test_absurd_kdf_parameters_fail_fast(owner, vault_dir: Path, access: VaultAccess, edit: dict) -> None:
    """SECURITY requirement 7: absurd slot parameters are rejected in < 50 ms without running Argon2."""
    owner.lock()
    data = _keys(vault_dir)
    data["slots"][0]["kdf"].update(edit)
    raw = json.dumps(data).encode()
    start = time.perf_counter()
    with pytest.raises(KeySlotInvalid):
        KeyFile.parse(raw)
    assert time.perf_counter() - start < 0.05
    # Through the unlock path too, with no earlier generation to fall back on.
    (vault_dir / "vault.keys").write_bytes(raw)
    (vault_dir / "vault.keys.prev").unlink(missing_ok=True)
    start = time.perf_counter()
    with pytest.raises(KeySlotInvalid):
        access.unlock(OWNER, OWNER_PASS)
    assert time.perf_counter() - start < 0.05


def test_passphrase_change_leaves_the_database_untouched(owner, vault_dir: Path, access: VaultAccess) -> None:
    """SECURITY requirement 9: vault.db byte-identical; the old passphrase fails, the new one works."""
    from app.vault import database

    database.checkpoint(owner.con)
    before = (_digest(vault_dir / "vault.db"), _digest(vault_dir / "vault.db-wal"))
    owner.vault.set_passphrase(owner.user.id, OWNER, "a brand new passphrase 31")
    after = (_digest(vault_dir / "vault.db"), _digest(vault_dir / "vault.db-wal"))
    assert before == after
    owner.lock()
    with pytest.raises(WrongCredentials):
        access.unlock(OWNER, OWNER_PASS)
    access.unlock(OWNER, "a brand new passphrase 31").lock()


def test_change_own_passphrase_service(owner, access: VaultAccess) -> None:
    """SECURITY requirement 9 through the service: current passphrase checked, new one works."""
    with pytest.raises(WrongCredentials):
        users.change_own_passphrase(owner, "not my passphrase", "a brand new passphrase 31")
    users.change_own_passphrase(owner, OWNER_PASS, "a brand new passphrase 31")
    owner.lock()
    with pytest.raises(WrongCredentials):
        access.unlock(OWNER, OWNER_PASS)
    access.unlock(OWNER, "a brand new passphrase 31").lock()


SLOT_EDITS = [
    ("user_id", lambda s: s.update(user_id=99)),
    ("user_name", lambda s: s.update(user_name="mallory")),
    ("kind", lambda s: s.update(kind="recovery")),
    ("public_key", lambda s: s.update(public_key=crypto.b64e(os.urandom(32)))),
]


@pytest.mark.parametrize("name,edit", SLOT_EDITS, ids=[e[0] for e in SLOT_EDITS])
def test_editing_slot_metadata_breaks_that_slot(owner, vault_dir: Path, name: str, edit) -> None:
    """SECURITY requirement 10: the slot's metadata is the AEAD's associated data."""
    data = _keys(vault_dir)
    original = Slot.from_json(data["slots"][0])
    params = original.kdf
    assert isinstance(params, KdfParams)
    kek = derive(OWNER_PASS.encode(), params)
    original.open(data["vault_id"], kek)  # control: the untouched slot opens
    edited_json = json.loads(json.dumps(data["slots"][0]))
    edit(edited_json)
    try:
        edited = Slot.from_json(edited_json)
    except KeySlotInvalid:
        return  # refused even earlier
    with pytest.raises(DecryptionFailed):
        edited.open(data["vault_id"], kek)


@pytest.mark.parametrize("field", ["m", "t", "p", "salt"])
def test_editing_kdf_parameters_breaks_that_slot(owner, vault_dir: Path, access: VaultAccess, field: str) -> None:
    """SECURITY requirement 10: changed KDF parameters or salt → the slot no longer opens."""
    owner.lock()
    data = _keys(vault_dir)
    kdf = data["slots"][0]["kdf"]
    kdf[field] = crypto.b64e(os.urandom(16)) if field == "salt" else kdf[field] + 1
    (vault_dir / "vault.keys").write_text(json.dumps(data))
    (vault_dir / "vault.keys.prev").unlink(missing_ok=True)
    with pytest.raises(WrongCredentials):
        access.unlock(OWNER, OWNER_PASS)


def test_editing_the_vault_id_breaks_every_slot(owner, vault_dir: Path, access: VaultAccess) -> None:
    """SECURITY requirement 10: slots are bound to their vault."""
    owner.lock()
    data = _keys(vault_dir)
    data["vault_id"] = "00000000-0000-0000-0000-000000000000"
    (vault_dir / "vault.keys").write_text(json.dumps(data))
    (vault_dir / "vault.keys.prev").unlink(missing_ok=True)
    with pytest.raises(WrongCredentials):
        access.unlock(OWNER, OWNER_PASS)


def test_crash_before_the_new_slot_file_replaces_the_old(owner, vault_dir: Path, access: VaultAccess,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    """SECURITY requirement 11: a crash between writing the new slot and dropping the old one
    leaves a generation with which the old (or new) secret works."""
    real_replace = os.replace

    def crash(src, dst):  # the temp file is written and fsynced; the rename never happens
        if str(dst).endswith("vault.keys"):
            raise OSError(5, "simulated crash")
        return real_replace(src, dst)

    monkeypatch.setattr(os, "replace", crash)
    with pytest.raises(StorageError):
        owner.vault.set_passphrase(owner.user.id, OWNER, "a brand new passphrase 31")
    monkeypatch.setattr(os, "replace", real_replace)
    owner.vault.lock()
    assert not [p for p in vault_dir.iterdir() if p.name.endswith(".tmp")]
    access.unlock(OWNER, OWNER_PASS).lock()


def test_torn_current_generation_falls_back_to_the_previous(owner, vault_dir: Path, access: VaultAccess) -> None:
    """SECURITY requirement 11: a half-written vault.keys (torn write) → the previous generation opens."""
    owner.vault.set_passphrase(owner.user.id, OWNER, "a brand new passphrase 31")
    owner.lock()
    prev = vault_dir / "vault.keys.prev"
    current = vault_dir / "vault.keys"
    # Make prev the generation holding the new passphrase, then tear the current file.
    prev.write_bytes(current.read_bytes())
    current.write_bytes(current.read_bytes()[: len(current.read_bytes()) // 2])
    session = access.unlock(OWNER, "a brand new passphrase 31")
    session.lock()
    KeyFile.parse(current.read_bytes())  # repaired from the previous generation


def test_intact_current_file_never_falls_back(owner, vault_dir: Path, access: VaultAccess) -> None:
    """SECURITY requirement 9/11: the previous generation (with the old slot) is only for damage."""
    owner.vault.set_passphrase(owner.user.id, OWNER, "a brand new passphrase 31")
    owner.lock()
    assert (vault_dir / "vault.keys.prev").exists()
    with pytest.raises(WrongCredentials):
        access.unlock(OWNER, OWNER_PASS)


def test_recovery_key_format() -> None:
    """SECURITY requirement 12: ≥ 128 bits, a check character catching any single typo, and
    accepted regardless of case and separators."""
    key = recovery_key.generate()
    compact = recovery_key.normalize(key)
    assert len(compact) == 27 and recovery_key.DATA_CHARS * 5 >= 128
    assert recovery_key.normalize(key.lower()) == compact
    assert recovery_key.normalize(" ".join(compact)) == compact
    assert recovery_key.normalize(compact.replace("1", "l").replace("0", "o")) == compact
    for i in range(len(compact)):
        for ch in recovery_key.CHECK_ALPHABET if i == len(compact) - 1 else recovery_key.ALPHABET:
            if ch == compact[i]:
                continue
            typo = compact[:i] + ch + compact[i + 1:]
            with pytest.raises(InvalidRecoveryKey):
                recovery_key.normalize(typo)
    keys = {recovery_key.generate() for _ in range(200)}
    assert len(keys) == 200


def test_recovery_key_unlocks_and_resets_the_owner(recovery_key, owner, access: VaultAccess) -> None:
    """SECURITY requirement 12: the recovery slot opens the vault; the owner gets a new passphrase."""
    owner.lock()
    session = access.unlock_with_recovery_key(recovery_key.lower().replace("-", " "))
    users.recover_owner(session, "recovered passphrase 2026 ok")
    session.lock()
    access.unlock(OWNER, "recovered passphrase 2026 ok").lock()
    with pytest.raises(InvalidRecoveryKey):
        access.unlock_with_recovery_key(recovery_key[:-1] + ("0" if recovery_key[-1] != "0" else "1"))


def test_last_owner_and_recovery_slot_cannot_be_deleted(team, vault_dir: Path) -> None:
    """SECURITY requirement 12: the last owner slot and the recovery slot stay."""
    with pytest.raises(LastOwner):
        team.vault.remove_user_slots(team.user.id, owner_ids={team.user.id})
    users.remove_user(team, STAFF)
    kinds = [s["kind"] for s in _keys(vault_dir)["slots"]]
    assert kinds.count("recovery") == 1
    assert kinds.count("user") == 2  # owner + viewer
    users.new_recovery_key(team)
    assert [s["kind"] for s in _keys(vault_dir)["slots"]].count("recovery") == 1


def test_removed_user_and_rotation(team, vault_dir: Path, access: VaultAccess) -> None:
    """Removing a user deletes their slots; with rotation an old copy of vault.keys is useless."""
    old_keys = (vault_dir / "vault.keys").read_bytes()
    users.remove_user(team, STAFF, rotate=True)
    team.lock()
    with pytest.raises(WrongCredentials):
        access.unlock(STAFF, STAFF_PASS)
    # The former employee restores their copy of the old slot file: the database key changed.
    current = (vault_dir / "vault.keys").read_bytes()
    (vault_dir / "vault.keys").write_bytes(old_keys)
    (vault_dir / "vault.keys.prev").unlink(missing_ok=True)
    from app.models.errors import VaultDamaged

    with pytest.raises((WrongCredentials, VaultDamaged)):
        access.unlock(STAFF, STAFF_PASS).lock()
    (vault_dir / "vault.keys").write_bytes(current)
    session = access.unlock(OWNER, OWNER_PASS)
    from app.services import audit

    assert audit.verify(session).ok  # the access-log chain was re-keyed with the vault
    session.lock()


def test_interrupted_rotation_recovers(owner, vault_dir: Path, access: VaultAccess,
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    """A crash after the database was rekeyed but before vault.keys was replaced still opens."""
    from app.vault import vault as vmod

    real = vmod.UnlockedVault._write_generation
    calls = {"n": 0}

    def crash(self, keyfile):
        calls["n"] += 1
        raise OSError("simulated crash")

    monkeypatch.setattr(vmod.UnlockedVault, "_write_generation", crash)
    with pytest.raises(OSError):
        owner.vault.rotate_root_key()
    monkeypatch.setattr(vmod.UnlockedVault, "_write_generation", real)
    owner.vault.lock()
    assert (vault_dir / "vault.keys.next").exists()
    session = access.unlock(OWNER, OWNER_PASS)
    assert not (vault_dir / "vault.keys.next").exists()
    session.lock()


def test_staff_slot_and_user_listing(team, access: VaultAccess) -> None:
    """Login lists users from vault.keys without any secret; staff unlock with their own slot."""
    assert access.user_names() == [OWNER, STAFF, "viewer"]
    session = access.unlock(STAFF, STAFF_PASS)
    assert session.user.role is Role.STAFF
    session.lock()


def test_unlock_with_unknown_user_costs_a_kdf(access: VaultAccess, owner, policy: KdfPolicy) -> None:
    """Unknown users take the same path (a KDF run) and raise the same error as a wrong passphrase."""
    owner.lock()
    with pytest.raises(WrongCredentials) as unknown:
        access.unlock("nobody", OWNER_PASS)
    with pytest.raises(WrongCredentials) as wrong:
        access.unlock(OWNER, "wrong")
    assert type(unknown.value) is type(wrong.value) and unknown.value.params == wrong.value.params


def test_vault_paths_exist_helpers(tmp_path: Path) -> None:
    assert not vault_files.VaultPaths(tmp_path).exists()


def test_tampered_slot_file_with_right_passphrase_says_damaged(owner, vault_dir: Path, access: VaultAccess) -> None:
    """A MAC failure on vault.keys is reported as damage, not as a wrong passphrase."""
    from app.models.errors import VaultDamaged

    owner.lock()
    data = _keys(vault_dir)
    data["generation"] += 7
    (vault_dir / "vault.keys").write_text(json.dumps(data))
    (vault_dir / "vault.keys.prev").unlink(missing_ok=True)
    with pytest.raises(VaultDamaged):
        access.unlock(OWNER, OWNER_PASS)


def test_two_sessions_do_not_lose_each_others_slots(owner, access: VaultAccess) -> None:
    """vault.keys writes are read-modify-write under a file lock: a second process (GUI + CLI)
    adding a user is not undone when the first one later stores its access-log head."""
    from app.services import customers

    other = access.unlock(OWNER, OWNER_PASS)
    users.add_user(other, STAFF, Role.STAFF, STAFF_PASS)
    other.lock()
    customers.create_customer(owner, {"name": "钱一"})  # commits → stores the audit head
    owner.lock()
    access.unlock(STAFF, STAFF_PASS).lock()
