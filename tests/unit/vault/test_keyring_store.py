# mypy: disable-error-code="no-untyped-call"
"""KeyringStore: "remember me" only through a real OS keyring — SECURITY requirement 13.

Requirement 13: with a fail/null/plaintext keyring backend the app offers no "remember me" and
writes nothing through keyring; a removed keyring entry falls back to the passphrase prompt (load()
returns None). Every backend call is bounded by a timeout. The real Secret Service round trip is in
tests/integration/test_real_keyring.py.
"""

from __future__ import annotations

import base64
import logging
import threading
import time
from collections.abc import Callable, Iterator

import pytest
from keyring.backend import KeyringBackend
from keyring.backends import SecretService, fail, null
from keyring.backends.chainer import ChainerBackend
from keyring.compat import properties
from keyring.errors import PasswordSetError

from app.models.errors import KeyringUnavailable
from app.vault.keyring_store import SERVICE_NAME, KeyringStatus, KeyringStore, new_secret
from tests.support.memory_keyring import MemoryKeyring

VAULT = "3f2a9c1e-vault"
USER = 7


# --- spies standing in for the backends that must be refused -------------------------------------
# Every fake sets `viable = False` so keyring's auto-detection never picks it up in this process.
class SpyFailKeyring(fail.Keyring):
    """keyring's "no backend" (fail) backend, recording calls before failing as usual."""

    viable = False

    def __init__(self) -> None:
        super().__init__()
        self.calls: list[str] = []

    def get_password(self, service: str, username: str, password: str | None = None) -> None:
        self.calls.append("get")
        super().get_password(service, username)

    def set_password(self, service: str, username: str, password: str) -> None:  # type: ignore[override]
        self.calls.append("set")
        super().set_password(service, username, password)

    def delete_password(self, service: str, username: str) -> None:  # type: ignore[override]
        self.calls.append("delete")
        super().delete_password(service, username)


class SpyNullKeyring(null.Keyring):
    """keyring's null backend (silently drops everything), recording calls."""

    viable = False

    def __init__(self) -> None:
        super().__init__()
        self.calls: list[str] = []

    def get_password(self, service: str, username: str, password: str | None = None) -> None:
        self.calls.append("get")

    def set_password(self, service: str, username: str, password: str) -> None:  # type: ignore[override]
        self.calls.append("set")

    def delete_password(self, service: str, username: str) -> None:  # type: ignore[override]
        self.calls.append("delete")


class PlaintextKeyring(MemoryKeyring):
    """Stands in for keyrings.alt.file.PlaintextKeyring: a viable-looking store (priority 0.5, as
    keyrings.alt declares) that would keep secrets in a readable file."""

    viable = False

    @properties.classproperty
    def priority(cls) -> float:
        return 0.5


PlaintextKeyring.__module__ = "keyrings.alt.file"


class EncryptedKeyring(PlaintextKeyring):
    """Stands in for keyrings.alt.file.EncryptedKeyring (a file whose key sits beside it)."""

    viable = False


class FakeSecretServiceSubclass(SecretService.Keyring):
    """Claims to be the Secret Service by inheritance only; must not be trusted."""

    viable = False

    def __init__(self) -> None:
        super().__init__()
        self.calls: list[str] = []

    def get_password(self, service: str, username: str) -> str | None:
        self.calls.append("get")
        return None

    def set_password(self, service: str, username: str, password: str) -> None:
        self.calls.append("set")

    def delete_password(self, service: str, username: str) -> None:
        self.calls.append("delete")


def make_chainer(*members: KeyringBackend) -> ChainerBackend:
    """A keyring ChainerBackend over exactly `members` (instead of every installed backend)."""
    cls = type("TestChainer", (ChainerBackend,), {"backends": list(members), "viable": False})
    return cls()  # type: ignore[no-any-return]


def spied_calls(backend: KeyringBackend) -> list[object]:
    calls: list[object] = list(getattr(backend, "calls", []))
    if isinstance(backend, ChainerBackend):
        for member in backend.backends:
            calls.extend(spied_calls(member))
    return calls


REFUSED: list[tuple[str, Callable[[], KeyringBackend], str]] = [
    ("fail", SpyFailKeyring, "no_backend"),
    ("null", SpyNullKeyring, "no_backend"),
    ("plaintext", PlaintextKeyring, "insecure_backend"),
    ("encrypted-file", EncryptedKeyring, "insecure_backend"),
    ("secretservice-subclass", FakeSecretServiceSubclass, "insecure_backend"),
    ("chainer-of-insecure", lambda: make_chainer(PlaintextKeyring(), SpyNullKeyring()), "insecure_backend"),
    ("chainer-of-fail", lambda: make_chainer(SpyFailKeyring()), "no_backend"),
    ("empty-chainer", lambda: make_chainer(), "no_backend"),
    # a type it was not told to trust: the test backend is refused like any unknown backend
    ("untrusted-memory", MemoryKeyring, "insecure_backend"),
]


@pytest.mark.parametrize(
    ("factory", "reason"), [(f, r) for _, f, r in REFUSED], ids=[n for n, _, _ in REFUSED]
)
def test_refused_backends_offer_nothing_and_write_nothing(
    factory: Callable[[], KeyringBackend], reason: str
) -> None:
    """SECURITY requirement 13: fail/null/plaintext/unknown backends (alone or chained) make
    status() unavailable with the right reason, and store/load/delete refuse without a single call
    reaching the backend — so nothing is ever written through it."""
    backend = factory()
    store = KeyringStore(backend, timeout=2.0)

    status = store.status()
    assert status == KeyringStatus(False, reason, f"{type(backend).__module__}.{type(backend).__qualname__}")

    for call in (
        lambda: store.store(VAULT, USER, new_secret()),
        lambda: store.load(VAULT, USER),
        lambda: store.delete(VAULT, USER),
    ):
        with pytest.raises(KeyringUnavailable) as caught:
            call()
        assert caught.value.params == {"reason": reason}

    assert spied_calls(backend) == []
    if isinstance(backend, MemoryKeyring):
        assert backend.entries == {}


def test_secret_service_without_session_bus_is_no_backend(monkeypatch: pytest.MonkeyPatch) -> None:
    """SECURITY requirement 13: the real Secret Service backend with no D-Bus session (its
    `priority` raises) is reported as "no_backend" and is never written to."""
    monkeypatch.delenv("DBUS_SESSION_BUS_ADDRESS", raising=False)
    writes: list[str] = []
    monkeypatch.setattr(SecretService.Keyring, "set_password", lambda *a, **k: writes.append("set"))
    store = KeyringStore(SecretService.Keyring(), timeout=5.0)

    status = store.status()
    assert (status.available, status.reason) == (False, "no_backend")
    with pytest.raises(KeyringUnavailable) as caught:
        store.store(VAULT, USER, new_secret())
    assert caught.value.params == {"reason": "no_backend"}
    assert writes == []


# --- the trusted in-memory backend ------------------------------------------------------------------
@pytest.fixture
def memory() -> MemoryKeyring:
    return MemoryKeyring()


@pytest.fixture
def store(memory: MemoryKeyring) -> KeyringStore:
    return KeyringStore(memory, trusted_backend_types=(MemoryKeyring,), timeout=2.0)


def test_trusted_backend_round_trip(store: KeyringStore, memory: MemoryKeyring) -> None:
    """SECURITY requirement 13: through an acceptable backend the secret round-trips, stored
    base64-encoded under service "ClientVault" and username "<vault id>:<user id>"."""
    assert store.status() == KeyringStatus(True, "ok", f"{MemoryKeyring.__module__}.MemoryKeyring")
    secret = new_secret()

    store.store(VAULT, USER, secret)

    assert memory.entries == {(SERVICE_NAME, f"{VAULT}:{USER}"): base64.b64encode(secret).decode()}
    assert store.load(VAULT, USER) == bytes(secret)
    assert store.load(VAULT, USER + 1) is None
    assert store.load("another-vault", USER) is None


def test_store_replaces_previous_secret(store: KeyringStore) -> None:
    """SECURITY requirement 13: storing again replaces the entry (one entry per vault and user)."""
    first, second = new_secret(), new_secret()
    store.store(VAULT, USER, first)
    store.store(VAULT, USER, second)
    assert store.load(VAULT, USER) == bytes(second)


def test_delete_then_load_is_none_and_delete_is_idempotent(
    store: KeyringStore, memory: MemoryKeyring
) -> None:
    """SECURITY requirement 13: a deleted entry loads as None (passphrase prompt); deleting an
    absent entry is not an error; other users' entries are untouched."""
    mine, theirs = new_secret(), new_secret()
    store.store(VAULT, USER, mine)
    store.store(VAULT, USER + 1, theirs)

    store.delete(VAULT, USER)

    assert store.load(VAULT, USER) is None
    assert store.load(VAULT, USER + 1) == bytes(theirs)
    store.delete(VAULT, USER)  # already gone: no error
    store.delete("never-stored", 99)
    assert list(memory.entries) == [(SERVICE_NAME, f"{VAULT}:{USER + 1}")]


def test_entry_removed_outside_the_app_loads_as_none(store: KeyringStore, memory: MemoryKeyring) -> None:
    """SECURITY requirement 13: when the user removes the entry in the OS keyring tool, load()
    returns None so the app falls back to the passphrase prompt."""
    store.store(VAULT, USER, new_secret())
    memory.entries.clear()
    assert store.load(VAULT, USER) is None


def test_chainer_is_unwrapped_to_its_acceptable_member(memory: MemoryKeyring) -> None:
    """SECURITY requirement 13: a chainer with one acceptable and one plaintext member writes only
    to the acceptable member."""
    plaintext = PlaintextKeyring()
    chainer = make_chainer(plaintext, memory)
    store = KeyringStore(chainer, trusted_backend_types=(MemoryKeyring,), timeout=2.0)

    assert store.status().available
    secret = new_secret()
    store.store(VAULT, USER, secret)

    assert store.load(VAULT, USER) == bytes(secret)
    assert plaintext.calls == [] and plaintext.entries == {}
    assert len(memory.entries) == 1


def test_new_secret_is_32_fresh_random_bytes() -> None:
    a, b = new_secret(), new_secret()
    assert isinstance(a, bytearray) and len(a) == 32 and a != b


def test_corrupt_entry_is_an_error_not_a_secret(store: KeyringStore, memory: MemoryKeyring) -> None:
    """SECURITY requirement 13: an entry that is not our base64 is reported, not used as a key."""
    memory.entries[(SERVICE_NAME, f"{VAULT}:{USER}")] = "not base64 !!"
    with pytest.raises(KeyringUnavailable) as caught:
        store.load(VAULT, USER)
    assert caught.value.params == {"reason": "error"}


def test_backend_error_becomes_keyring_unavailable_without_the_secret(
    caplog: pytest.LogCaptureFixture,
) -> None:
    """SECURITY requirement 13: a backend exception becomes KeyringUnavailable(reason="error");
    neither the error nor the log carries the secret, even if the backend echoes it."""

    class EchoingKeyring(MemoryKeyring):
        viable = False

        def set_password(self, service: str, username: str, password: str) -> None:
            raise PasswordSetError(f"cannot store {password!r}")

    secret = new_secret()
    encoded = base64.b64encode(secret).decode()
    store = KeyringStore(EchoingKeyring(), trusted_backend_types=(EchoingKeyring,), timeout=2.0)
    caplog.set_level(logging.DEBUG)

    with pytest.raises(KeyringUnavailable) as caught:
        store.store(VAULT, USER, secret)

    assert caught.value.params == {"reason": "error"}
    assert caught.value.__cause__ is None and caught.value.__suppress_context__
    assert encoded not in str(caught.value) and encoded not in repr(caught.value)
    assert encoded not in caplog.text and secret.hex() not in caplog.text


def test_invalid_ids_are_rejected(store: KeyringStore) -> None:
    with pytest.raises(ValueError):
        store.store("", USER, new_secret())
    with pytest.raises(ValueError):
        store.load("a:b", USER)
    with pytest.raises(TypeError):
        store.delete(VAULT, True)


# --- hung backends -------------------------------------------------------------------------------
TIMEOUT = 0.3


class HangingKeyring(MemoryKeyring):
    """Every call blocks until `release` is set (a D-Bus call that never answers)."""

    viable = False

    def __init__(self) -> None:
        super().__init__()
        self.release = threading.Event()
        self.finished = threading.Event()

    def _hang(self) -> None:
        self.release.wait(30)
        self.finished.set()

    def get_password(self, service: str, username: str) -> str | None:
        self._hang()
        return super().get_password(service, username)

    def set_password(self, service: str, username: str, password: str) -> None:
        self._hang()
        super().set_password(service, username, password)


@pytest.fixture
def hanging() -> Iterator[HangingKeyring]:
    backend = HangingKeyring()
    yield backend
    backend.release.set()  # never leave a worker thread blocked after the test


def test_hung_backend_times_out(hanging: HangingKeyring) -> None:
    """SECURITY requirement 13 (keyring calls time out): a backend call that never returns raises
    KeyringUnavailable(reason="timeout") after about `timeout` seconds; while it is still stuck,
    further calls fail at once; once it returns, the store works again."""
    store = KeyringStore(hanging, trusted_backend_types=(HangingKeyring,), timeout=TIMEOUT)

    started = time.monotonic()
    with pytest.raises(KeyringUnavailable) as caught:
        store.store(VAULT, USER, new_secret())
    elapsed = time.monotonic() - started
    assert caught.value.params == {"reason": "timeout"}
    assert TIMEOUT * 0.9 <= elapsed < TIMEOUT + 1.0

    started = time.monotonic()
    with pytest.raises(KeyringUnavailable) as caught:
        store.load(VAULT, USER)
    assert caught.value.params == {"reason": "timeout"}
    assert time.monotonic() - started < TIMEOUT  # no second thread piled onto the hung one
    assert store.status().reason == "timeout"

    hanging.release.set()
    assert hanging.finished.wait(5)
    secret = new_secret()
    deadline = time.monotonic() + 5
    while True:  # the stuck worker records its result just after `finished`
        try:
            store.store(VAULT, USER, secret)
            break
        except KeyringUnavailable:
            assert time.monotonic() < deadline
            time.sleep(0.01)
    assert store.load(VAULT, USER) == bytes(secret)


def test_hung_backend_detection_times_out() -> None:
    """SECURITY requirement 13: if examining the backend itself hangs (a chainer listing its
    members over a dead D-Bus), status() reports "timeout" within about `timeout` seconds."""
    release = threading.Event()

    class HangingChainer(ChainerBackend):
        viable = False

        @properties.classproperty
        def backends(cls) -> list[KeyringBackend]:
            release.wait(30)
            return []

    store = KeyringStore(HangingChainer(), timeout=TIMEOUT)
    try:
        started = time.monotonic()
        status = store.status()
        assert (status.available, status.reason) == (False, "timeout")
        assert time.monotonic() - started < TIMEOUT + 1.0
    finally:
        release.set()
