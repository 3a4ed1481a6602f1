"""Shared fixtures. The offscreen Qt platform is set before anything imports Qt."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("CLIENTVAULT_LANG", "en")

from collections.abc import Iterator  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

# One QApplication for the whole run, created before anything (the CLI's ensure_core_app, pytest-qt)
# asks for a Qt application object, so every test shares it.
_QAPP = QApplication.instance() or QApplication(["clientvault-tests"])

from app.i18n.translator import install_translations as _install_translations  # noqa: E402
from app.models.records import Role  # noqa: E402
from app.services import users  # noqa: E402
from app.services.access import VaultAccess  # noqa: E402
from app.services.session import Session  # noqa: E402
from app.vault.kdf import KdfPolicy  # noqa: E402
from app.vault.keyring_store import KeyringStore  # noqa: E402
from tests.support.memory_keyring import MemoryKeyring  # noqa: E402

# English as the app shows it (with its plural forms), from the first test on, whatever the order.
if os.environ.get("CLIENTVAULT_LANG") == "en":
    _install_translations(_QAPP, "en")

OWNER = "老板"
OWNER_PASS = "correct horse battery staple 42"
STAFF = "小王"
STAFF_PASS = "another fine passphrase 9"
VIEWER = "viewer"
VIEWER_PASS = "look but do not touch 77"


@pytest.fixture
def policy() -> KdfPolicy:
    """Cheap Argon2 parameters: the explicit test-only setting (see test_kdf for the floor)."""
    return KdfPolicy.insecure_for_tests()


@pytest.fixture
def vault_dir(tmp_path: Path) -> Path:
    return tmp_path / "vault"


@pytest.fixture
def memory_keyring() -> KeyringStore:
    return KeyringStore(MemoryKeyring(), trusted_backend_types=(MemoryKeyring,), timeout=2.0)


@pytest.fixture
def access(vault_dir: Path, policy: KdfPolicy, memory_keyring: KeyringStore) -> VaultAccess:
    return VaultAccess(vault_dir, policy, memory_keyring)


@pytest.fixture
def created(access: VaultAccess) -> Iterator[tuple[Session, str]]:
    session, recovery = access.create(OWNER, OWNER_PASS)
    yield session, recovery
    session.lock()


@pytest.fixture
def owner(created: tuple[Session, str]) -> Session:
    return created[0]


@pytest.fixture
def recovery_key(created: tuple[Session, str]) -> str:
    return created[1]


@pytest.fixture
def team(owner: Session) -> Session:
    """The owner session, with a staff member (may reveal) and a viewer added."""
    users.add_user(owner, STAFF, Role.STAFF, STAFF_PASS, can_reveal=True)
    users.add_user(owner, VIEWER, Role.VIEWER, VIEWER_PASS)
    return owner


def login(access: VaultAccess, name: str, passphrase: str) -> Session:
    return access.unlock(name, passphrase)


@pytest.fixture(autouse=True)
def _english_messages() -> Iterator[None]:
    """Tests expect English messages unless they switch language themselves; reset afterwards."""
    yield
    from app.i18n.translator import install_translations

    if os.environ.get("CLIENTVAULT_LANG") == "en":
        install_translations(_QAPP, "en")
