"""Shared fixtures. The offscreen Qt platform is set before anything imports Qt."""

from __future__ import annotations

import os
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("CLIENTVAULT_LANG", "en")

from collections.abc import Iterator  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402
from PySide6.QtCore import QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget  # noqa: E402

# One QApplication for the whole run, created before anything (the CLI's ensure_core_app, pytest-qt)
# asks for a Qt application object, so every test shares it.
_QAPP = QApplication.instance() or QApplication(["clientvault-tests"])

from app.i18n.translator import install_translations as _install_translations  # noqa: E402
from app.models.records import Role  # noqa: E402
from app.services import users  # noqa: E402
from app.services.access import VaultAccess  # noqa: E402
from app.services.session import Session  # noqa: E402
from app.ui.gc_guard import GuiThreadCollector  # noqa: E402
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


# --- hang guards -------------------------------------------------------------------------------------
# Cyclic garbage is collected on this (the GUI) thread only, as in the app (app/ui/gc_guard.py): a
# collection on a worker thread that destroys a leftover widget of an earlier test can hang Qt.
_COLLECTOR = GuiThreadCollector()
MODAL_LIMIT_S = 30.0  # no test keeps a dialog open this long on purpose


def _describe(widget: QWidget) -> str:
    text = widget.text() if isinstance(widget, QMessageBox) else ""
    return "{} {!r} {!r}".format(type(widget).__name__, widget.windowTitle(), text)


@pytest.fixture(autouse=True)
def _no_forgotten_modal_dialog() -> Iterator[None]:
    """A modal dialog nobody answers (an unexpected question) blocks a test inside Qt's event loop,
    where pytest-timeout's signal never gets through: close it after MODAL_LIMIT_S and fail the test
    with its text instead of hanging the run. Afterwards, collect due garbage on this thread."""
    since: dict[int, float] = {}
    closed: list[str] = []

    def check() -> None:
        modal = QApplication.activeModalWidget()
        if modal is None:
            since.clear()
            return
        first = since.setdefault(id(modal), time.monotonic())
        if time.monotonic() - first > MODAL_LIMIT_S:
            closed.append(_describe(modal))
            print("closing a forgotten modal dialog: " + closed[-1], file=sys.stderr, flush=True)
            since.pop(id(modal), None)
            if isinstance(modal, QDialog):
                modal.reject()
            else:
                modal.close()

    timer = QTimer()
    timer.setInterval(500)
    timer.timeout.connect(check)
    timer.start()
    try:
        yield
    finally:
        timer.stop()
        _COLLECTOR.collect_if_due()
    if closed:
        pytest.fail("a modal dialog was left open and had to be closed: " + "; ".join(closed))


@pytest.fixture
def qtmodeltester(request: pytest.FixtureRequest) -> Iterator[object]:
    """pytest-qt's fixture, except at teardown: pytest-qt closes and deletes the widgets a test
    registered before fixtures are torn down, and a model owned by such a widget may already be
    gone then (whenever the deferred delete runs first). Its connections died with it, so there
    is nothing to disconnect; pytest-qt would raise "Signal source has been deleted"."""
    from pytestqt.modeltest import ModelTester
    from shiboken6 import isValid

    tester = ModelTester(request.config)
    yield tester
    model = getattr(tester, "_model", None)
    if model is not None and not isValid(model):
        tester._model = None
    tester._cleanup()
