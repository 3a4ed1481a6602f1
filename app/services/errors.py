"""Turning low-level storage failures into the typed errors every front end explains."""

from __future__ import annotations

from app.models.errors import ClientVaultError, DiskFull, VaultDamaged
from app.vault.database import DatabaseError


def as_app_error(exc: BaseException) -> ClientVaultError | None:
    """The typed error for an exception from the storage layer, or None if it is not one."""
    if isinstance(exc, ClientVaultError):
        return exc
    if isinstance(exc, DatabaseError):
        text = str(exc).lower()
        if "full" in text:
            return DiskFull(path="vault.db")
        return VaultDamaged(what="database")
    return None
