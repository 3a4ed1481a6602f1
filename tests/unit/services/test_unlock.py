"""Unlock, lock and remember-me (SECURITY requirements 8, 13, 14)."""

from __future__ import annotations

import pytest
from keyring.backends import fail, null

from app.models.errors import KeyringUnavailable, NotFound, VaultLocked, VaultNotFound, WrongCredentials
from app.services import audit, customers, users
from app.services.access import VaultAccess
from app.vault.keyring_store import KeyringStore
from tests.conftest import OWNER, OWNER_PASS, STAFF, STAFF_PASS
from tests.support.memory_keyring import MemoryKeyring


def test_wrong_passphrase_and_unknown_user_look_the_same_and_stay_quiet(owner, access: VaultAccess, capfd) -> None:
    """SECURITY requirement 8: WrongCredentials for both, same message, nothing on stderr."""
    from app.i18n.messages import error_message

    owner.lock()
    capfd.readouterr()
    errors = []
    for name, secret in ((OWNER, "wrong passphrase"), ("nobody", OWNER_PASS), (OWNER, "")):
        with pytest.raises(WrongCredentials) as info:
            access.unlock(name, secret)
        errors.append(info.value)
    out, err = capfd.readouterr()
    assert err == "" and out == ""
    assert len({error_message(e) for e in errors}) == 1
    assert len({repr(e.params) for e in errors}) == 1


def test_failed_attempts_are_logged_at_the_next_unlock(owner, access: VaultAccess) -> None:
    """Failed unlocks (no key yet) go to a side file and into the access log at the next unlock."""
    owner.lock()
    for _ in range(2):
        with pytest.raises(WrongCredentials):
            access.unlock(OWNER, "wrong passphrase")
    side = access.folder / "vault.failed"
    assert side.exists() and OWNER.encode() not in side.read_bytes()
    session = access.unlock(OWNER, OWNER_PASS)
    failed = audit.list_entries(session, action="unlock_failed")
    assert len(failed) == 2 and all(e.detail["user_id"] == session.user.id for e in failed)
    assert not side.exists()
    session.lock()


def test_missing_vault(tmp_path, policy) -> None:
    with pytest.raises(VaultNotFound):
        VaultAccess(tmp_path / "none", policy).unlock(OWNER, OWNER_PASS)


def test_lock_closes_and_zeroes(owner) -> None:
    """SECURITY requirement 14: after locking, key bytes are zero and every query raises VaultLocked."""
    cid = customers.create_customer(owner, {"name": "张三"})
    keys = owner.vault.keys
    root = owner.vault.root_key
    owner.lock()
    assert set(root) == {0}
    for buf in (keys.db, keys.audit, keys.slots, keys.backup, keys.index):
        assert set(buf) == {0}
    with pytest.raises(VaultLocked):
        customers.get_customer(owner, cid)
    with pytest.raises(VaultLocked):
        customers.search_customers(owner, "张")


@pytest.mark.parametrize("backend", [fail.Keyring(), null.Keyring()], ids=["fail", "null"])
def test_no_remember_me_without_a_real_keyring(owner, vault_dir, policy, backend) -> None:
    """SECURITY requirement 13: with a fail/null backend the option is not offered and nothing is written."""
    store = KeyringStore(backend)
    access = VaultAccess(vault_dir, policy, store)
    assert not access.keyring_offered()
    before = (vault_dir / "vault.keys").read_bytes()
    with pytest.raises(KeyringUnavailable):
        users.remember_me(owner, store)
    assert (vault_dir / "vault.keys").read_bytes() == before
    assert not access.has_remembered(OWNER)


def test_plaintext_keyring_is_refused(owner, vault_dir, policy) -> None:
    """SECURITY requirement 13: a plaintext (keyrings.alt-style) backend is never used."""

    class PlaintextKeyring(MemoryKeyring):
        pass

    PlaintextKeyring.__module__ = "keyrings.alt.file"
    backend = PlaintextKeyring()
    store = KeyringStore(backend)
    with pytest.raises(KeyringUnavailable):
        users.remember_me(owner, store)
    assert backend.entries == {} and backend.calls == []


def test_remember_me_round_trip_and_removed_entry(owner, access: VaultAccess, memory_keyring) -> None:
    """SECURITY requirement 13: remember → unlock without passphrase; a removed entry falls back."""
    users.remember_me(owner, memory_keyring)
    vault_id = owner.vault.vault_id
    uid = owner.user.id
    owner.lock()
    assert access.has_remembered(OWNER)
    session = access.unlock_with_keyring(OWNER)
    assert session.via == "keyring"
    session.lock()
    memory_keyring.delete(vault_id, uid)
    with pytest.raises(NotFound):
        access.unlock_with_keyring(OWNER)
    access.unlock(OWNER, OWNER_PASS).lock()


def test_passphrase_change_removes_the_keyring_slot(owner, access: VaultAccess, memory_keyring) -> None:
    """SECURITY.md: the keyring slot is removed when that user's passphrase changes."""
    users.remember_me(owner, memory_keyring)
    users.change_own_passphrase(owner, OWNER_PASS, "a brand new passphrase 31", memory_keyring)
    owner.lock()
    assert not access.has_remembered(OWNER)
    with pytest.raises(NotFound):
        access.unlock_with_keyring(OWNER)


def test_staff_cannot_administer(team, access: VaultAccess) -> None:
    from app.models.errors import PermissionDenied
    from app.models.records import Role

    team.lock()
    staff = access.unlock(STAFF, STAFF_PASS)
    with pytest.raises(PermissionDenied):
        users.add_user(staff, "x", Role.STAFF, "yet another passphrase 12")
    with pytest.raises(PermissionDenied):
        users.rotate_key(staff)
    staff.lock()


def test_no_key_material_in_reprs(owner) -> None:
    """A session or vault printed into a log or crash report never shows key bytes."""
    text = repr(owner) + repr(owner.vault) + repr(owner.vault.keys)
    for secret in (owner.vault.root_key, owner.vault.keys.db, owner.vault.keys.audit):
        assert repr(bytes(secret)) not in text and bytes(secret).hex() not in text
    assert "root_key" not in text
