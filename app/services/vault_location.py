"""Where the vault and logs live by default (platform user folders)."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_path, user_log_path

APP_NAME = "ClientVault"


def default_vault_folder() -> Path:
    env = os.environ.get("CLIENTVAULT_HOME")
    if env:
        return Path(env)
    return user_data_path(APP_NAME, appauthor=False) / "vault"


def log_folder() -> Path:
    return user_log_path(APP_NAME, appauthor=False)
