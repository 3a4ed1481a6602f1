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


# --- backups -------------------------------------------------------------------------------------
class BackupDamaged(ClientVaultError):
    """A backup file is damaged, detected without any key: not a backup (`what`="magic"), a header
    whose checksum or structure is wrong ("header"), a file that is shorter or longer than its header
    says ("size"), or, after every chunk authenticated, an inner database that fails its integrity
    check ("database"). `where` says where (byte offset or chunk index); `path` names the file."""

    code = "backup_damaged"


class BackupTampered(ClientVaultError):
    """A backup's header MAC (`what`="header") or a payload chunk's AEAD tag (`what`="chunk",
    `where` = chunk index) failed: the file was changed or is corrupt."""

    code = "backup_tampered"


class BackupTooNew(ClientVaultError):
    """The backup was written by a newer ClientVault (`what`: "format" or "schema")."""

    code = "backup_too_new"


class BackupWrongCredentials(WrongCredentials):
    """No copied slot of the backup opens with this secret. Only an owner's passphrase or the
    recovery key as they were when the backup was made can open it (staff slots are never copied)."""

    code = "backup_wrong_credentials"


class BackupOtherVault(ClientVaultError):
    """The backup belongs to another vault than the one it would replace (restore it into an
    empty folder instead); `folder` names the target."""

    code = "backup_other_vault"


class BackupCancelled(ClientVaultError):
    """A backup, verification or restore was cancelled; nothing was changed."""

    code = "backup_cancelled"


class DestinationUnavailable(ClientVaultError):
    """The backup destination cannot be written (`reason`: "full", "read_only", "vanished",
    "not_a_folder", "io"); `path` names it. Earlier backups on it are left intact."""

    code = "destination_unavailable"


# --- import and export ---------------------------------------------------------------------------
class ImportFileUnreadable(ClientVaultError):
    """An import file cannot be read as the format it claims (`reason`: "empty", "binary",
    "not_xlsx", "not_xls", "not_vcard", "no_header", "csv_syntax", "too_large", "sheet_not_found",
    "no_sheets", "mapping_invalid"); `path` may name the file."""

    code = "import_unreadable"


class UnknownEncoding(ClientVaultError):
    """The text encoding of an import file could not be recognised with confidence (ClientVault
    never guesses Latin-1 silently); `path` may name the file."""

    code = "unknown_encoding"


class ImportCancelled(ClientVaultError):
    """The user cancelled an import; nothing was changed."""

    code = "import_cancelled"


class NothingToImport(ClientVaultError):
    """The file holds no row that maps to a customer field (no column was recognised)."""

    code = "nothing_to_import"


def all_error_classes() -> list[type[ClientVaultError]]:
    """Every concrete error class (used by the test that checks each has a message)."""
    found: list[type[ClientVaultError]] = []
    stack: list[type[ClientVaultError]] = [ClientVaultError]
    while stack:
        cls = stack.pop()
        found.append(cls)
        stack.extend(cls.__subclasses__())
    return found
