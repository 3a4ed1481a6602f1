"""Where the vault and logs live by default (platform user folders)."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_path, user_log_path

from app.vault.files import lock_held_elsewhere
from app.vault.vault import LOCK_NAME

APP_NAME = "ClientVault"


def default_vault_folder() -> Path:
    env = os.environ.get("CLIENTVAULT_HOME")
    if env:
        return Path(env)
    return user_data_path(APP_NAME, appauthor=False) / "vault"


def log_folder() -> Path:
    return user_log_path(APP_NAME, appauthor=False)


def vault_busy(folder: Path) -> bool:
    """True when another process (e.g. a command-line backup or restore) is writing the vault's
    files in `folder` right now."""
    return lock_held_elsewhere(folder / LOCK_NAME)
