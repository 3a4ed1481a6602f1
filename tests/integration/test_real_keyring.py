"""The real OS keyring round trip — SECURITY requirement 13.

Requirement 13: with a real Secret Service (CI: `.ci/run` starts an unlocked gnome-keyring inside
`dbus-run-session` with a throwaway HOME) the "remember me" secret round-trips through the keyring
the library detects by itself, and a removed keyring entry falls back to the passphrase prompt
(load() returns None).

Without a usable OS keyring these tests skip — unless CLIENTVAULT_REQUIRE_REAL_KEYRING=1 (set by
`.ci/run`), in which case they fail, so CI cannot pass without proving the real round trip.
"""

from __future__ import annotations

import os
import sys
import uuid
from collections.abc import Iterator

import keyring
import pytest

from app.vault.keyring_store import SERVICE_NAME, KeyringStore, new_secret

pytestmark = pytest.mark.real_keyring

USER = 1


def real_store_or_skip() -> KeyringStore:
    """A KeyringStore over the default backend with no trusted test types; skip (or, when
    CLIENTVAULT_REQUIRE_REAL_KEYRING=1, fail) when it is not usable. Called inside each test, not
    in a fixture, so the required-but-missing case is reported as a test failure."""
    store = KeyringStore(timeout=10.0)
    status = store.status()
    if not status.available:
        message = (
            f"no usable OS keyring: reason={status.reason} backend={status.backend_name or '?'} "
            f"(DBUS_SESSION_BUS_ADDRESS {'set' if os.environ.get('DBUS_SESSION_BUS_ADDRESS') else 'unset'})"
        )
        if os.environ.get("CLIENTVAULT_REQUIRE_REAL_KEYRING") == "1":
            pytest.fail("CLIENTVAULT_REQUIRE_REAL_KEYRING=1 but " + message)
        pytest.skip(message)
    return store


@pytest.fixture
def vault_id() -> Iterator[str]:
    """A fresh vault id per test; its entry is removed afterwards even if the test fails."""
    vid = f"test-{uuid.uuid4()}"
    yield vid
    store = KeyringStore(timeout=10.0)
    if store.status().available:
        store.delete(vid, USER)


def test_real_keyring_round_trip(vault_id: str) -> None:
    """SECURITY requirement 13: store → load → delete through the real Secret Service."""
    real_store = real_store_or_skip()
    status = real_store.status()
    assert status.available and status.reason == "ok"
    if sys.platform.startswith("linux"):
        assert status.backend_name == "keyring.backends.SecretService.Keyring"

    secret = new_secret()
    real_store.store(vault_id, USER, secret)
    assert real_store.load(vault_id, USER) == bytes(secret)

    # The entry really is in the OS keyring under our service and username, not just in memory.
    assert keyring.get_keyring().get_password(SERVICE_NAME, f"{vault_id}:{USER}") is not None

    real_store.delete(vault_id, USER)
    assert real_store.load(vault_id, USER) is None
    real_store.delete(vault_id, USER)  # deleting again is not an error


def test_entry_removed_outside_the_app_loads_as_none(vault_id: str) -> None:
    """SECURITY requirement 13: an entry the user removed with the OS keyring tool loads as None,
    so the app falls back to the passphrase prompt."""
    real_store = real_store_or_skip()
    real_store.store(vault_id, USER, new_secret())

    keyring.get_keyring().delete_password(SERVICE_NAME, f"{vault_id}:{USER}")

    assert real_store.load(vault_id, USER) is None


def test_real_keyring_remember_me_unlocks_the_vault(tmp_path) -> None:
    """SECURITY requirement 13: "remember me" through the real OS keyring unlocks the vault without
    the passphrase; removing the keyring entry falls back to the passphrase."""
    from app.models.errors import NotFound
    from app.services import users
    from app.services.access import VaultAccess
    from app.vault.kdf import KdfPolicy

    store = real_store_or_skip()
    access = VaultAccess(tmp_path / "vault", KdfPolicy.insecure_for_tests(), store)
    session, _ = access.create("boss", "correct horse battery staple 42")
    vault_id, uid = session.vault.vault_id, session.user.id
    try:
        users.remember_me(session, store)
    finally:
        session.lock()
    try:
        assert access.has_remembered("boss")
        remembered = access.unlock_with_keyring("boss")
        assert remembered.via == "keyring"
        remembered.lock()
        store.delete(vault_id, uid)
        with pytest.raises(NotFound):
            access.unlock_with_keyring("boss")
        access.unlock("boss", "correct horse battery staple 42").lock()
    finally:
        store.delete(vault_id, uid)
