"""Typed errors shared by every layer.

An error carries a stable `code` and keyword `params`, never UI text: the front ends (GUI and CLI)
map each error class to one translatable message (see `app/i18n/messages.py`, and the test that
checks every class has one).
"""

from __future__ import annotations

from typing import Any


class ClientVaultError(Exception):
    """Base of every error the app expects and explains to the user."""

    code = "error"

    def __init__(self, **params: Any) -> None:
        self.params: dict[str, Any] = params
        super().__init__(self.code, params)

    def __str__(self) -> str:  # for logs: code and parameter names only, never values
        return "{}({})".format(self.code, ", ".join(sorted(self.params)))


# --- validation (models) -------------------------------------------------------------------------
class ValidationError(ClientVaultError):
    """A field value failed validation. `field` names the field, `reason` a stable sub-code."""

    code = "invalid_field"

    def __init__(self, field: str, reason: str, **params: Any) -> None:
        super().__init__(field=field, reason=reason, **params)
        self.field = field
        self.reason = reason


# --- vault ---------------------------------------------------------------------------------------
class WrongCredentials(ClientVaultError):
    """Unknown user or wrong passphrase / recovery key; deliberately the same error for both."""

    code = "wrong_credentials"


class VaultLocked(ClientVaultError):
    code = "vault_locked"


class VaultNotFound(ClientVaultError):
    code = "vault_not_found"


class VaultAlreadyExists(ClientVaultError):
    code = "vault_exists"


class VaultDamaged(ClientVaultError):
    """A vault file is damaged or foreign (`what` names the part: keys, database, log)."""

    code = "vault_damaged"


class VaultInUse(ClientVaultError):
    code = "vault_in_use"


class KeySlotInvalid(ClientVaultError):
    """A key slot's parameters are absurd or malformed; rejected before any KDF runs."""

    code = "key_slot_invalid"


class WeakKdfParameters(ClientVaultError):
    code = "weak_kdf"


class WeakPassphrase(ClientVaultError):
    code = "weak_passphrase"


class InvalidRecoveryKey(ClientVaultError):
    code = "invalid_recovery_key"


class KeyringUnavailable(ClientVaultError):
    code = "keyring_unavailable"


class SchemaTooNew(ClientVaultError):
    code = "schema_too_new"


class DiskFull(ClientVaultError):
    code = "disk_full"


class StorageError(ClientVaultError):
    """An operating-system error while reading or writing a file (`path` given)."""

    code = "storage_error"


# --- services ------------------------------------------------------------------------------------
class PermissionDenied(ClientVaultError):
    code = "permission_denied"


class NotFound(ClientVaultError):
    code = "not_found"


class UserExists(ClientVaultError):
    code = "user_exists"


class LastOwner(ClientVaultError):
    """The last owner (or the recovery slot) cannot be removed."""

    code = "last_owner"


class InvalidOperation(ClientVaultError):
    """The action does not apply in the record's current state (`reason` says why)."""

    code = "invalid_operation"


class CustomerErased(ClientVaultError):
    code = "customer_erased"


class AuditChainBroken(ClientVaultError):
    code = "audit_broken"


def all_error_classes() -> list[type[ClientVaultError]]:
    """Every concrete error class (used by the test that checks each has a message)."""
    found: list[type[ClientVaultError]] = []
    stack: list[type[ClientVaultError]] = [ClientVaultError]
    while stack:
        cls = stack.pop()
        found.append(cls)
        stack.extend(cls.__subclasses__())
    return found
