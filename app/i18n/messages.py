"""User-facing text for typed errors, field names and access-log actions.

Every `ClientVaultError` class maps to one translatable message (a test checks each class has its
own). Some errors carry a parameter that makes the message more precise — which part of a vault is
damaged (`VaultDamaged.what`), why a recovery key or the keyring was refused (`reason`), what the
operating system said (`StorageError.errno`) — and `ValidationError` is explained per `field` and
`reason`. Anything not listed falls back to the class's message, then to the generic one.

House rules (docs/ARCHITECTURE.md, Translations):

* Source strings are static literals in `QT_TRANSLATE_NOOP(context, text)` tables so `lupdate`
  finds them; they are translated at call time with `QCoreApplication.translate(context, text)`.
* Named placeholders (`{field}`, `{path}` …) are filled with `.format(name=…)` AFTER translation;
  never an f-string or `.format` inside the translate call.
* Only whitelisted parameters are ever shown (`_DISPLAY`), each converted for display: a message
  can never show a parameter's repr, a raw exception text or a customer's value.

Contexts: "Errors" (messages), "Fields" (field labels), "Actions" (access-log actions).
"""

from __future__ import annotations

import errno
import re
from collections.abc import Callable, Mapping
from typing import Any, Final

from PySide6.QtCore import QCoreApplication

from app.models.errors import ClientVaultError, ValidationError

__all__ = [
    "action_label",
    "classification_name",
    "label_name",
    "reason_text",
    "error_message",
    "field_label",
    "validation_message",
]


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Mark `source` for lupdate in `context` and return it unchanged. Same as PySide6's, but
    typed (its stub returns `object`)."""
    return source


# A message table entry is a tuple of variants, best first. The first variant whose placeholders
# can all be filled from the error's parameters is used, so a message that names a path still
# works when the path is missing (it falls to the variant without it).
Variants = tuple[str, ...]

_PLACEHOLDER_RE: Final = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)\}")

# --- generic messages ----------------------------------------------------------------------------
_GENERIC: Final = QT_TRANSLATE_NOOP(
    "Errors",
    "Something went wrong and the action was not completed. Please try again. "
    "If it keeps happening, restart ClientVault.",
)
_GENERIC_FIELD: Final[Variants] = (
    QT_TRANSLATE_NOOP("Errors", "The value of {field} is not valid. Please check it."),
    QT_TRANSLATE_NOOP("Errors", "This value is not valid. Please check it."),
)

# --- one message per error code ------------------------------------------------------------------
_BY_CODE: Final[dict[str, Variants]] = {
    "error": (_GENERIC,),
    "invalid_field": _GENERIC_FIELD,
    "wrong_credentials": (
        QT_TRANSLATE_NOOP(
            "Errors",
            "The user name or passphrase is not correct. "
            "Check Caps Lock and the input language, then try again.",
        ),
    ),
    "vault_locked": (
        QT_TRANSLATE_NOOP("Errors", "The vault is locked. Unlock it with your passphrase to continue."),
    ),
    "vault_not_found": (
        QT_TRANSLATE_NOOP(
            "Errors",
            "No vault was found in the folder {folder}. "
            "Choose the folder that contains your vault, or create a new vault.",
        ),
        QT_TRANSLATE_NOOP(
            "Errors",
            "No vault was found in this folder. "
            "Choose the folder that contains your vault, or create a new vault.",
        ),
    ),
    "vault_exists": (
        QT_TRANSLATE_NOOP(
            "Errors",
            "The folder {folder} already contains a vault. "
            "Open that vault, or choose an empty folder for the new one.",
        ),
        QT_TRANSLATE_NOOP(
            "Errors",
            "This folder already contains a vault. "
            "Open that vault, or choose an empty folder for the new one.",
        ),
    ),
    "vault_damaged": (
        QT_TRANSLATE_NOOP(
            "Errors", "This vault is damaged and cannot be opened. Restore it from your latest backup."
        ),
    ),
    "vault_in_use": (
        QT_TRANSLATE_NOOP(
            "Errors",
            "This vault is already open in another ClientVault window, possibly on another computer. "
            "Close it there, then try again.",
        ),
    ),
    "key_slot_invalid": (
        QT_TRANSLATE_NOOP(
            "Errors",
            "The key file of this vault contains an entry that is not valid, so the vault cannot be "
            "unlocked with it. Restore the vault from your latest backup.",
        ),
    ),
    "weak_kdf": (
        QT_TRANSLATE_NOOP(
            "Errors",
            "These key protection settings are weaker than ClientVault allows, so nothing was saved. "
            "Use the default settings.",
        ),
    ),
    "weak_passphrase": (
        QT_TRANSLATE_NOOP(
            "Errors",
            "This passphrase is too easy to guess. Choose a longer one, for example a short sentence "
            "or several unrelated words that only you know.",
        ),
    ),
    "invalid_recovery_key": (
        QT_TRANSLATE_NOOP(
            "Errors",
            "This recovery key is not valid. Type it again exactly as it appears on your saved copy.",
        ),
    ),
    "keyring_unavailable": (
        QT_TRANSLATE_NOOP(
            "Errors",
            "The system's password store cannot be used right now, so ClientVault cannot remember "
            "you on this computer. Enter your passphrase instead.",
        ),
    ),
    "schema_too_new": (
        QT_TRANSLATE_NOOP(
            "Errors",
            "This vault was saved by a newer version of ClientVault. Install the latest version to open it.",
        ),
    ),
    "disk_full": (
        QT_TRANSLATE_NOOP("Errors", "The disk is full. Free some space and try again; nothing was lost."),
    ),
    "storage_error": (
        QT_TRANSLATE_NOOP(
            "Errors",
            "ClientVault could not read or write the file {path}. Check that the disk or USB drive "
            "is still connected, then try again.",
        ),
        QT_TRANSLATE_NOOP(
            "Errors",
            "ClientVault could not read or write a file. Check that the disk or USB drive "
            "is still connected, then try again.",
        ),
    ),
    "permission_denied": (
        QT_TRANSLATE_NOOP(
            "Errors",
            "You are not allowed to do this ({action}). "
            "Ask an owner of the vault to do it for you or to give you permission.",
        ),
        QT_TRANSLATE_NOOP(
            "Errors",
            "You are not allowed to do this. "
            "Ask an owner of the vault to do it for you or to give you permission.",
        ),
    ),
    "not_found": (
        QT_TRANSLATE_NOOP(
            "Errors",
            "What you asked for no longer exists. It may have been deleted or merged by another "
            "user. Refresh the list and try again.",
        ),
    ),
    "user_exists": (
        QT_TRANSLATE_NOOP("Errors", "A user with this name already exists. Choose a different name."),
    ),
    "last_owner": (
        QT_TRANSLATE_NOOP(
            "Errors",
            "The last owner of the vault cannot be removed. Make another user an owner first.",
        ),
    ),
    "invalid_operation": (
        QT_TRANSLATE_NOOP(
            "Errors",
            "This cannot be done in the record's current state; it may have been changed in the "
            "meantime. Refresh and try again.",
        ),
    ),
    "customer_erased": (
        QT_TRANSLATE_NOOP(
            "Errors",
            "This customer's data has been permanently erased and can no longer be viewed or changed.",
        ),
    ),
    "audit_broken": (
        QT_TRANSLATE_NOOP(
            "Errors",
            "The access log failed its integrity check: entries may have been removed or changed "
            "outside ClientVault. Tell an owner of the vault; if needed, restore the vault from a "
            "backup.",
        ),
    ),
    "backup_damaged": (
        QT_TRANSLATE_NOOP(
            "Errors",
            "The backup file {path} is damaged and cannot be used. Nothing was changed. Use another "
            "backup, and copy your backups to a second drive from now on.",
        ),
        QT_TRANSLATE_NOOP(
            "Errors",
            "This backup file is damaged and cannot be used. Nothing was changed. Use another "
            "backup, and copy your backups to a second drive from now on.",
        ),
    ),
    "backup_tampered": (
        QT_TRANSLATE_NOOP(
            "Errors",
            "The backup file {path} was tampered with or is corrupt: its integrity check failed. "
            "Nothing was changed. Use another backup.",
        ),
        QT_TRANSLATE_NOOP(
            "Errors",
            "This backup file was tampered with or is corrupt: its integrity check failed. "
            "Nothing was changed. Use another backup.",
        ),
    ),
    "backup_too_new": (
        QT_TRANSLATE_NOOP(
            "Errors",
            "This backup was made by a newer version of ClientVault. Install the latest version, "
            "then restore it. Nothing was changed.",
        ),
    ),
    "backup_wrong_credentials": (
        QT_TRANSLATE_NOOP(
            "Errors",
            "This passphrase or recovery key does not open the backup. Only an owner's passphrase or "
            "the recovery key opens a backup, as they were when the backup was made; staff "
            "passphrases never do.",
        ),
    ),
    "backup_other_vault": (
        QT_TRANSLATE_NOOP(
            "Errors",
            "This backup belongs to a different vault than the one in {folder}, so it was not "
            "restored over it. Restore it into an empty folder instead.",
        ),
        QT_TRANSLATE_NOOP(
            "Errors",
            "This backup belongs to a different vault than the one in this folder, so it was not "
            "restored over it. Restore it into an empty folder instead.",
        ),
    ),
    "backup_cancelled": (
        QT_TRANSLATE_NOOP(
            "Errors", "Cancelled. Your vault and the backups made earlier are unchanged."
        ),
    ),
    "destination_unavailable": (
        QT_TRANSLATE_NOOP(
            "Errors",
            "The backup could not be written to {path}. The backups made earlier on it are intact. "
            "Check the drive, or choose another destination.",
        ),
        QT_TRANSLATE_NOOP(
            "Errors",
            "The backup could not be written to the destination. The backups made earlier on it are "
            "intact. Check the drive, or choose another destination.",
        ),
    ),
    "import_unreadable": (
        QT_TRANSLATE_NOOP(
            "Errors",
            "ClientVault cannot read {path} as a customer list. Check that it is a CSV, Excel (.xlsx, "
            ".xls) or vCard (.vcf) file and that it opens in the program that made it.",
        ),
        QT_TRANSLATE_NOOP(
            "Errors",
            "ClientVault cannot read this file as a customer list. Check that it is a CSV, Excel "
            "(.xlsx, .xls) or vCard (.vcf) file and that it opens in the program that made it.",
        ),
    ),
    "unknown_encoding": (
        QT_TRANSLATE_NOOP(
            "Errors",
            "ClientVault cannot tell how the text in {path} is encoded, and guessing could garble "
            "names. Save the file again as \"CSV UTF-8\" (in Excel: Save As, CSV UTF-8), then import it.",
        ),
        QT_TRANSLATE_NOOP(
            "Errors",
            "ClientVault cannot tell how the text in this file is encoded, and guessing could garble "
            "names. Save the file again as \"CSV UTF-8\" (in Excel: Save As, CSV UTF-8), then import it.",
        ),
    ),
    "import_cancelled": (
        QT_TRANSLATE_NOOP("Errors", "The import was cancelled. Nothing was imported or changed."),
    ),
    "nothing_to_import": (
        QT_TRANSLATE_NOOP(
            "Errors",
            "No column of this file could be matched to a customer field, so there is nothing to "
            "import. Check that the first rows hold column names such as 姓名, 手机 or Email, or "
            "choose the columns yourself.",
        ),
    ),
}

# --- more precise messages chosen by one parameter -----------------------------------------------
_BY_PARAM: Final[dict[str, tuple[str, dict[Any, Variants]]]] = {
    "vault_in_use": (
        "reason",
        {
            "busy": (
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The vault was too busy with other work to take a consistent copy of it. Nothing "
                    "was written. Try the backup again when the current work (for example an import) "
                    "has finished.",
                ),
            ),
        },
    ),
    "vault_damaged": (
        "what",
        {
            "keys": (
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The key file of this vault (it holds every user's lock) is damaged, so the vault "
                    "cannot be opened. Restore the vault from your latest backup.",
                ),
            ),
            "keys_version": (
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The key file of this vault was made by a version of ClientVault that this one "
                    "cannot read. Install the latest version; if that does not help, restore the "
                    "vault from your latest backup.",
                ),
            ),
            "keys_mac": (
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The key file of this vault failed its integrity check: it is damaged or was "
                    "changed outside ClientVault. Restore the vault from your latest backup.",
                ),
            ),
            "database": (
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The customer database of this vault is damaged and cannot be read. "
                    "Restore the vault from your latest backup.",
                ),
            ),
            "database_missing": (
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The customer database file of this vault is missing; it may have been moved "
                    "or deleted. Put it back, or restore the vault from your latest backup.",
                ),
            ),
            "not_sqlcipher": (
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The customer database file of this vault is not encrypted, so it is not the "
                    "vault's own file (it may have been replaced). Restore the vault from your "
                    "latest backup.",
                ),
            ),
            "log": (
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The access log of this vault is damaged. Restore the vault from your latest backup.",
                ),
            ),
        },
    ),
    "invalid_recovery_key": (
        "reason",
        {
            "length": (
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The recovery key has too few or too many characters. Type every group exactly "
                    "as it appears on your saved copy.",
                ),
            ),
            "characters": (
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The recovery key contains characters that never occur in a recovery key. "
                    "Compare it with your saved copy.",
                ),
            ),
            "check": (
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The recovery key contains a typo. Compare each group with your saved copy.",
                ),
            ),
        },
    ),
    "keyring_unavailable": (
        "reason",
        {
            "no_backend": (
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "This computer has no secure password store that ClientVault can use, so it "
                    "cannot remember you here. Enter your passphrase each time.",
                ),
            ),
            "insecure_backend": (
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The password store on this computer is not secure enough, so ClientVault will "
                    "not remember you here. Enter your passphrase each time.",
                ),
            ),
            "timeout": (
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The system's password store did not answer in time; it may be locked or waiting "
                    "for you in another window. Unlock it and try again, or enter your passphrase.",
                ),
            ),
        },
    ),
    "import_unreadable": (
        "reason",
        {
            "empty": (QT_TRANSLATE_NOOP("Errors", "The file is empty. Choose the file that holds your customers."),),
            "binary": (
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "This file is not a text (CSV) file. If it is an Excel workbook, give it its .xlsx "
                    "or .xls name; otherwise save it from its program as CSV or Excel, then import it.",
                ),
            ),
            "not_xlsx": (
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "This Excel file is damaged or is not really an .xlsx workbook. Open it in Excel or "
                    "WPS and save it again as .xlsx, then import it.",
                ),
            ),
            "not_xls": (
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "This old-style Excel (.xls) file is damaged or cannot be read. Open it in Excel or "
                    "WPS and save it as .xlsx, then import it.",
                ),
            ),
            "not_vcard": (
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "This file contains no complete contact card (vCard). Export the contacts from your "
                    "phone or address book again, then import the new file.",
                ),
            ),
            "no_header": (
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "No row with column names was found in the first rows of this file. Add a row with "
                    "column names such as 姓名, 手机, Email above the customers, then import it.",
                ),
            ),
            "sheet_not_found": (
                QT_TRANSLATE_NOOP(
                    "Errors", "This workbook has no sheet with that name. Choose one of its sheets."
                ),
            ),
            "no_sheets": (QT_TRANSLATE_NOOP("Errors", "This workbook contains no sheet with data."),),
            "mapping_invalid": (
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The column mapping (template) is not valid: it must map column names to customer "
                    "fields. Choose the columns again or use another template.",
                ),
            ),
            "too_large": (
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "This file is larger than ClientVault can import at once. Split it into several "
                    "files and import them one after the other.",
                ),
            ),
        },
    ),
    "not_found": (
        "what",
        {
            "customer": (
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "This customer no longer exists; it may have been deleted or merged with another "
                    "customer. Refresh the list.",
                ),
            ),
            "user": (QT_TRANSLATE_NOOP("Errors", "This user no longer exists. Refresh the list of users."),),
            "keyring_entry": (
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "ClientVault no longer remembers you on this computer. Enter your passphrase; "
                    'you can turn on "Remember me on this computer" again afterwards.',
                ),
            ),
        },
    ),
    "storage_error": (
        "errno",
        {
            errno.EACCES: (
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "ClientVault is not allowed to open {path}. Check that you may use this folder "
                    "and that no other program has the file open, then try again.",
                ),
            ),
            errno.EPERM: (
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "ClientVault is not allowed to open {path}. Check that you may use this folder "
                    "and that no other program has the file open, then try again.",
                ),
            ),
            errno.EROFS: (
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "{path} is on a disk that cannot be written to. Choose a folder on another disk.",
                ),
            ),
            errno.ENOENT: (
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "{path} does not exist (any more). Check that it was not moved or deleted, "
                    "or choose another location.",
                ),
            ),
            errno.EIO: (
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The disk reported an error while reading or writing {path}. The disk may be "
                    "failing: copy your backups to another disk soon.",
                ),
            ),
        },
    ),
    "backup_damaged": (
        "what",
        {
            "magic": (
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "This file is not a ClientVault backup (.cvbak), or its beginning is damaged. "
                    "Choose a backup file. Nothing was changed.",
                ),
            ),
            "size": (
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "This backup file is damaged: it is incomplete or has extra data at the end, as "
                    "happens when a USB drive is removed while it is written. Nothing was changed. "
                    "Use another backup.",
                ),
            ),
            "database": (
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The backup file is intact, but the vault inside it was already damaged when the "
                    "backup was made. Nothing was changed. Use an older backup.",
                ),
            ),
        },
    ),
    "backup_tampered": (
        "what",
        {
            "chunk": (
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "Part of the backup's contents was tampered with or is corrupt (its integrity "
                    "check failed), as happens on a failing USB drive. Nothing was changed. Use "
                    "another backup.",
                ),
            ),
        },
    ),
    "backup_too_new": (
        "what",
        {
            "schema": (
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The vault in this backup was saved by a newer version of ClientVault. Install the "
                    "latest version, then restore it. Nothing was changed.",
                ),
            ),
        },
    ),
    "invalid_operation": (
        "reason",
        {
            "already_undone": (
                QT_TRANSLATE_NOOP("Errors", "This has already been undone. Nothing was changed."),
            ),
            "merged_again": (
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The kept customer of this merge was merged again later (merge {merge_id}). Undo "
                    "merge {merge_id} first, then this one. Nothing was changed.",
                ),
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The kept customer of this merge was merged again later. Undo that later merge "
                    "first, then this one. Nothing was changed.",
                ),
            ),
            "merged_away": (
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "Customer {id} was already merged into another customer (merge {merge_id}), so it "
                    "cannot be merged again. Nothing was changed.",
                ),
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "One of these customers was already merged into another customer, so it cannot "
                    "be merged again. Nothing was changed.",
                ),
            ),
            "customer_exists": (
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "This merge cannot be undone: customer {id} exists again, so the merged record "
                    "cannot be put back. Nothing was changed.",
                ),
            ),
            "in_recycle_bin": (
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "This customer is in the recycle bin. Restore it from the recycle bin first.",
                ),
            ),
            "merged_since": (
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "Customers of this import were merged with other customers since (merge {merge_id}). "
                    "Undo that merge first, then undo the import. Nothing was changed.",
                ),
            ),
            "history_moved_by_merge": (
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "This change was made to a customer that was later merged into this one (merge "
                    "{merge_id}); it cannot be reverted here. Undo the merge to get that customer back.",
                ),
            ),
        },
    ),
    "destination_unavailable": (
        "reason",
        {
            "full": (
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "There is not enough free space for the backup on {path}. The backups made "
                    "earlier on it are intact. Delete old files from the drive or use a larger one.",
                ),
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "There is not enough free space for the backup on the destination drive. The "
                    "backups made earlier on it are intact. Delete old files or use a larger drive.",
                ),
            ),
            "read_only": (
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "ClientVault cannot write to {path}: the folder or drive is read-only or you may "
                    "not write there. Check the drive's write-protect switch or choose another folder.",
                ),
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "ClientVault cannot write to the destination: the folder or drive is read-only or "
                    "you may not write there. Check the drive's write-protect switch or choose another "
                    "folder.",
                ),
            ),
            "vanished": (
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The destination {path} disappeared while the backup was written; was the USB drive "
                    "removed? Reconnect it and back up again. The backups made earlier on it are intact.",
                ),
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The destination disappeared while the backup was written; was the USB drive "
                    "removed? Reconnect it and back up again. The backups made earlier on it are intact.",
                ),
            ),
            "not_a_folder": (
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "{path} is not a folder that exists. Connect the drive or choose an existing folder "
                    "for the backup.",
                ),
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The backup destination is not a folder that exists. Connect the drive or choose "
                    "an existing folder for the backup.",
                ),
            ),
            "file_too_large": (
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The backup is larger than the file system of {path} allows for one file (FAT32 "
                    "drives take at most 4 GB). Use a drive formatted as exFAT or NTFS. The backups "
                    "made earlier on it are intact.",
                ),
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The backup is larger than the destination drive's file system allows for one file "
                    "(FAT32 drives take at most 4 GB). Use a drive formatted as exFAT or NTFS. The backups "
                    "made earlier on it are intact.",
                ),
            ),
            "verify_failed": (
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The backup written to {path} did not read back correctly, so it was deleted. The "
                    "drive may be failing: use another drive. The backups made earlier are intact.",
                ),
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The backup did not read back correctly from the destination, so it was deleted. "
                    "The drive may be failing: use another drive. The backups made earlier are intact.",
                ),
            ),
        },
    ),
}

# --- validation ----------------------------------------------------------------------------------
# Messages for one field and one reason (the validators in app/models/validation.py).
_FIELD_REASON: Final[dict[tuple[str, str], Variants]] = {
    ("phone", "not_a_number"): (
        QT_TRANSLATE_NOOP(
            "Errors",
            "The phone number contains characters that do not belong in a phone number. "
            "Use only digits, spaces, dashes and a leading +.",
        ),
    ),
    ("phone", "invalid_country_code"): (
        QT_TRANSLATE_NOOP(
            "Errors",
            "The country code of this phone number does not exist. Write Chinese numbers without a "
            "country code, and foreign numbers with + and the country code, for example +852.",
        ),
    ),
    ("phone", "too_short"): (
        QT_TRANSLATE_NOOP("Errors", "The phone number is too short. Check that no digits are missing."),
    ),
    ("phone", "too_long"): (
        QT_TRANSLATE_NOOP(
            "Errors",
            "The phone number is too long. Check for extra digits, and write an extension after "
            "the number, for example 010-6552 9988 ext. 123.",
        ),
    ),
    ("phone", "missing_area_code"): (
        QT_TRANSLATE_NOOP(
            "Errors",
            "This landline number has no area code. Add it in front, for example 010-6552 9988.",
        ),
    ),
    ("phone", "invalid"): (
        QT_TRANSLATE_NOOP(
            "Errors",
            "This is not a valid phone number. Check the digits: a Chinese mobile number has "
            "11 digits and starts with 1.",
        ),
    ),
    ("email", "missing_at"): (
        QT_TRANSLATE_NOOP("Errors", "An email address needs an @, for example name@example.com."),
    ),
    ("email", "syntax"): (
        QT_TRANSLATE_NOOP(
            "Errors",
            "This email address is not written correctly. Check for spaces, Chinese punctuation "
            "or typos; it should look like name@example.com.",
        ),
    ),
    ("id_number", "characters"): (
        QT_TRANSLATE_NOOP(
            "Errors", "An ID card number contains only digits; only the last character may be an X."
        ),
    ),
    ("id_number", "checksum"): (
        QT_TRANSLATE_NOOP(
            "Errors",
            "This ID card number contains a typo: its last character does not match the other "
            "digits. Compare it with the ID card.",
        ),
    ),
    ("id_number", "length"): (
        QT_TRANSLATE_NOOP(
            "Errors",
            "An ID card number has 18 characters (old ones have 15). Check that none are missing or extra.",
        ),
    ),
    ("id_number", "region"): (
        QT_TRANSLATE_NOOP(
            "Errors",
            "The first digits of this ID card number are not a valid region code. "
            "Compare it with the ID card.",
        ),
    ),
    ("id_number", "birth_date"): (
        QT_TRANSLATE_NOOP(
            "Errors",
            "The date of birth in this ID card number is not a real date. Compare it with the ID card.",
        ),
    ),
    ("bank_account", "characters"): (
        QT_TRANSLATE_NOOP("Errors", "A bank card number contains only digits (spaces and dashes are fine)."),
    ),
    ("bank_account", "length"): (
        QT_TRANSLATE_NOOP(
            "Errors",
            "A bank card number has {min} to {max} digits. Check that none are missing or extra.",
        ),
    ),
    ("wechat", "characters"): (
        QT_TRANSLATE_NOOP(
            "Errors",
            "A WeChat ID contains only letters, digits, _ and -. "
            "A mobile number or QQ number can be used as well.",
        ),
    ),
    ("wechat", "must_start_with_letter"): (
        QT_TRANSLATE_NOOP(
            "Errors",
            "A WeChat ID starts with a letter. A mobile number or QQ number can be used as well.",
        ),
    ),
    ("wechat", "invalid_number"): (
        QT_TRANSLATE_NOOP(
            "Errors",
            "This number is neither a mobile number nor a QQ number, so it cannot be a WeChat ID. "
            "Check the digits.",
        ),
    ),
    ("wechat", "length"): (QT_TRANSLATE_NOOP("Errors", "A WeChat ID has {min} to {max} characters."),),
    ("qq", "not_a_number"): (QT_TRANSLATE_NOOP("Errors", "A QQ number contains only digits."),),
    ("qq", "leading_zero"): (QT_TRANSLATE_NOOP("Errors", "A QQ number cannot start with 0."),),
    ("qq", "length"): (QT_TRANSLATE_NOOP("Errors", "A QQ number has 5 to 11 digits."),),
    ("birthday", "format"): (
        QT_TRANSLATE_NOOP(
            "Errors",
            "Write the birthday as year-month-day, for example 1990-03-05, "
            "or as month-day only, for example 03-05.",
        ),
    ),
    ("birthday", "out_of_range"): (
        QT_TRANSLATE_NOOP(
            "Errors", "This birthday is not a real date, is in the future, or is before 1900. Check it."
        ),
    ),
    ("name", "empty"): (QT_TRANSLATE_NOOP("Errors", "Enter the customer's name."),),
    ("amount", "not_a_number"): (
        QT_TRANSLATE_NOOP("Errors", "Enter the amount as a number, for example 128 or 99.50."),
    ),
    ("amount", "format"): (
        QT_TRANSLATE_NOOP("Errors", "Enter the amount as a number, for example 128 or 99.50."),
    ),
    ("role", "invalid"): (QT_TRANSLATE_NOOP("Errors", "Choose one of the roles: owner, staff or viewer."),),
    ("setting", "invalid"): (
        QT_TRANSLATE_NOOP(
            "Errors", "This setting does not accept that value. Choose one of the offered values."
        ),
    ),
}

# Fields that hold a date (parsed by `parse_date(raw, field=…)`): their own wording.
_DATE_FIELDS: Final = frozenset(
    {"date", "purchase_date", "follow_up_date", "next_contact_date", "granted_at", "withdrawn_at"}
)
_DATE_REASON: Final[dict[str, Variants]] = {
    "format": (
        QT_TRANSLATE_NOOP("Errors", "{field}: write the date as year-month-day, for example 2024-03-05."),
    ),
    "out_of_range": (
        QT_TRANSLATE_NOOP("Errors", "{field} is not a real date, or its year is not between 1900 and 2100."),
    ),
}

# Messages for a reason, whatever the field (the field's label fills {field}).
_REASON: Final[dict[str, Variants]] = {
    "empty": (QT_TRANSLATE_NOOP("Errors", "{field} is empty. Please fill it in."),),
    "required": (QT_TRANSLATE_NOOP("Errors", "{field} is required. Please fill it in."),),
    "invalid": (
        QT_TRANSLATE_NOOP(
            "Errors",
            "{field} does not accept this value. Check it for typos, or choose one of the offered values.",
        ),
    ),
    "not_a_number": (
        QT_TRANSLATE_NOOP("Errors", "{field} must be a number. Remove any letters or other characters."),
    ),
    "too_short": (
        QT_TRANSLATE_NOOP("Errors", "{field} is too short: it needs at least {min} characters."),
        QT_TRANSLATE_NOOP("Errors", "{field} is too short. Check that nothing is missing."),
    ),
    "too_long": (
        QT_TRANSLATE_NOOP("Errors", "{field} is too long: it can have at most {max} characters."),
        QT_TRANSLATE_NOOP("Errors", "{field} is too long. Please shorten it."),
    ),
    "length": (
        QT_TRANSLATE_NOOP("Errors", "{field} must have {min} to {max} characters."),
        QT_TRANSLATE_NOOP(
            "Errors",
            "{field} does not have the right number of characters. Check that nothing is missing or extra.",
        ),
    ),
    "format": (
        QT_TRANSLATE_NOOP(
            "Errors", "{field} is not written in a form ClientVault understands. Check it for typos."
        ),
    ),
    "syntax": (QT_TRANSLATE_NOOP("Errors", "{field} is not written correctly. Check it for typos."),),
    "out_of_range": (
        QT_TRANSLATE_NOOP("Errors", "{field} must be between {min} and {max}."),
        QT_TRANSLATE_NOOP("Errors", "{field} is outside the allowed range. Please check it."),
    ),
    "negative": (QT_TRANSLATE_NOOP("Errors", "{field} cannot be negative."),),
    "characters": (
        QT_TRANSLATE_NOOP(
            "Errors", "{field} contains characters that are not allowed. Remove them and try again."
        ),
    ),
    "leading_zero": (QT_TRANSLATE_NOOP("Errors", "{field} cannot start with 0."),),
    "must_start_with_letter": (QT_TRANSLATE_NOOP("Errors", "{field} must start with a letter."),),
    "checksum": (
        QT_TRANSLATE_NOOP(
            "Errors",
            "{field} contains a typo: its check digit does not match. Compare it with the original.",
        ),
    ),
    "birth_date": (
        QT_TRANSLATE_NOOP(
            "Errors", "The date of birth in {field} is not a real date. Compare it with the original."
        ),
    ),
    "region": (
        QT_TRANSLATE_NOOP("Errors", "The region code in {field} is not valid. Compare it with the original."),
    ),
    "duplicate": (QT_TRANSLATE_NOOP("Errors", "{field} already has this value. Enter a different one."),),
}

# --- field labels --------------------------------------------------------------------------------
_FIELDS: Final[dict[str, str]] = {
    "name": QT_TRANSLATE_NOOP("Fields", "Name"),
    "family_name": QT_TRANSLATE_NOOP("Fields", "Family name"),
    "given_name": QT_TRANSLATE_NOOP("Fields", "Given name"),
    "company": QT_TRANSLATE_NOOP("Fields", "Company"),
    "title": QT_TRANSLATE_NOOP("Fields", "Job title"),
    "gender": QT_TRANSLATE_NOOP("Fields", "Gender"),
    "birthday": QT_TRANSLATE_NOOP("Fields", "Birthday"),
    "phone": QT_TRANSLATE_NOOP("Fields", "Phone"),
    "email": QT_TRANSLATE_NOOP("Fields", "Email"),
    "wechat": QT_TRANSLATE_NOOP("Fields", "WeChat ID"),
    "qq": QT_TRANSLATE_NOOP("Fields", "QQ number"),
    "id_number": QT_TRANSLATE_NOOP("Fields", "ID card number"),
    "bank_account": QT_TRANSLATE_NOOP("Fields", "Bank card number"),
    "health_note": QT_TRANSLATE_NOOP("Fields", "Health note"),
    "address": QT_TRANSLATE_NOOP("Fields", "Address"),
    "country": QT_TRANSLATE_NOOP("Fields", "Country or region"),
    "province": QT_TRANSLATE_NOOP("Fields", "Province"),
    "city": QT_TRANSLATE_NOOP("Fields", "City"),
    "district": QT_TRANSLATE_NOOP("Fields", "District"),
    "street": QT_TRANSLATE_NOOP("Fields", "Street address"),
    "postal_code": QT_TRANSLATE_NOOP("Fields", "Postal code"),
    "source": QT_TRANSLATE_NOOP("Fields", "Customer source"),
    "owner_user_id": QT_TRANSLATE_NOOP("Fields", "Account manager"),
    "notes": QT_TRANSLATE_NOOP("Fields", "Notes"),
    "tags": QT_TRANSLATE_NOOP("Fields", "Tags"),
    "tag": QT_TRANSLATE_NOOP("Fields", "Tag"),
    "custom": QT_TRANSLATE_NOOP("Fields", "Custom field"),
    "date": QT_TRANSLATE_NOOP("Fields", "Date"),
    "purchase_date": QT_TRANSLATE_NOOP("Fields", "Purchase date"),
    "follow_up_date": QT_TRANSLATE_NOOP("Fields", "Follow-up date"),
    "next_contact_date": QT_TRANSLATE_NOOP("Fields", "Next contact date"),
    "amount": QT_TRANSLATE_NOOP("Fields", "Amount"),
    "currency": QT_TRANSLATE_NOOP("Fields", "Currency"),
    "items": QT_TRANSLATE_NOOP("Fields", "Items"),
    "channel": QT_TRANSLATE_NOOP("Fields", "Channel"),
    "kind": QT_TRANSLATE_NOOP("Fields", "Type"),
    "content": QT_TRANSLATE_NOOP("Fields", "Content"),
    "purpose": QT_TRANSLATE_NOOP("Fields", "Purpose"),
    "granted_at": QT_TRANSLATE_NOOP("Fields", "Consent date"),
    "withdrawn_at": QT_TRANSLATE_NOOP("Fields", "Withdrawal date"),
    "created_at": QT_TRANSLATE_NOOP("Fields", "Created"),
    "updated_at": QT_TRANSLATE_NOOP("Fields", "Last changed"),
    "verified_at": QT_TRANSLATE_NOOP("Fields", "Last verified"),
    "role": QT_TRANSLATE_NOOP("Fields", "Role"),
    "user_name": QT_TRANSLATE_NOOP("Fields", "User name"),
    "passphrase": QT_TRANSLATE_NOOP("Fields", "Passphrase"),
    "recovery_key": QT_TRANSLATE_NOOP("Fields", "Recovery key"),
    "setting": QT_TRANSLATE_NOOP("Fields", "Setting"),
    "file": QT_TRANSLATE_NOOP("Fields", "File"),
    "folder": QT_TRANSLATE_NOOP("Fields", "Folder"),
}

# --- access-log actions --------------------------------------------------------------------------
_ACTIONS: Final[dict[str, str]] = {
    "unlock": QT_TRANSLATE_NOOP("Actions", "Unlock"),
    "unlock_failed": QT_TRANSLATE_NOOP("Actions", "Failed unlock attempt"),
    "lock": QT_TRANSLATE_NOOP("Actions", "Lock"),
    "view": QT_TRANSLATE_NOOP("Actions", "View customer"),
    "reveal": QT_TRANSLATE_NOOP("Actions", "Show sensitive information"),
    "copy": QT_TRANSLATE_NOOP("Actions", "Copy"),
    "create": QT_TRANSLATE_NOOP("Actions", "Add customer"),
    "edit": QT_TRANSLATE_NOOP("Actions", "Edit customer"),
    "revert": QT_TRANSLATE_NOOP("Actions", "Undo change"),
    "delete": QT_TRANSLATE_NOOP("Actions", "Delete customer"),
    "undelete": QT_TRANSLATE_NOOP("Actions", "Restore deleted customer"),
    "erase": QT_TRANSLATE_NOOP("Actions", "Erase permanently"),
    "merge": QT_TRANSLATE_NOOP("Actions", "Merge customers"),
    "unmerge": QT_TRANSLATE_NOOP("Actions", "Undo merge"),
    "import": QT_TRANSLATE_NOOP("Actions", "Import"),
    "export": QT_TRANSLATE_NOOP("Actions", "Export"),
    "backup": QT_TRANSLATE_NOOP("Actions", "Back up"),
    "restore": QT_TRANSLATE_NOOP("Actions", "Restore from backup"),
    "user_add": QT_TRANSLATE_NOOP("Actions", "Add user"),
    "user_remove": QT_TRANSLATE_NOOP("Actions", "Remove user"),
    "passphrase_change": QT_TRANSLATE_NOOP("Actions", "Change passphrase"),
    "passphrase_reset": QT_TRANSLATE_NOOP("Actions", "Reset passphrase"),
    "key_rotate": QT_TRANSLATE_NOOP("Actions", "Replace encryption key"),
    "settings_change": QT_TRANSLATE_NOOP("Actions", "Change settings"),
    "purchase_add": QT_TRANSLATE_NOOP("Actions", "Add purchase"),
    "follow_up_add": QT_TRANSLATE_NOOP("Actions", "Add follow-up"),
    "consent_add": QT_TRANSLATE_NOOP("Actions", "Record consent"),
    "consent_withdraw": QT_TRANSLATE_NOOP("Actions", "Withdraw consent"),
    "search": QT_TRANSLATE_NOOP("Actions", "Search"),
    "list": QT_TRANSLATE_NOOP("Actions", "View customer list"),
    "audit_verify": QT_TRANSLATE_NOOP("Actions", "Verify access log"),
    "check": QT_TRANSLATE_NOOP("Actions", "Check vault"),
    "keyring_enable": QT_TRANSLATE_NOOP("Actions", 'Turn on "Remember me on this computer"'),
    "keyring_disable": QT_TRANSLATE_NOOP("Actions", 'Turn off "Remember me on this computer"'),
    "recovery_key_new": QT_TRANSLATE_NOOP("Actions", "Create new recovery key"),
}
_OTHER_ACTION: Final = QT_TRANSLATE_NOOP("Actions", "Other ({action})")


# --- public API ----------------------------------------------------------------------------------
def field_label(field: str) -> str:
    """The translated name of a field ("phone" → "Phone" / "电话"). A field without a label (a
    user's custom field name, say) is returned unchanged."""
    source = _FIELDS.get(field)
    if source is None:
        return field
    return QCoreApplication.translate("Fields", source)


def action_label(action: str) -> str:
    """The translated name of an access-log action ("reveal" → "Show sensitive information")."""
    source = _ACTIONS.get(action)
    if source is None:
        return _fill("Actions", _OTHER_ACTION, {"action": action})
    return QCoreApplication.translate("Actions", source)


def validation_message(field: str, reason: str, **params: Any) -> str:
    """The message for a failed validation, also usable without an exception (a stored contact
    keeps its `problem` reason). `params` are the ValidationError's extra parameters (min, max)."""
    values = _display_values({**params, "field": field})
    for variants in (
        _FIELD_REASON.get((field, reason)),
        _DATE_REASON.get(reason) if field in _DATE_FIELDS else None,
        _REASON.get(reason),
        _GENERIC_FIELD,
    ):
        if variants:
            chosen = _pick(variants, values)
            if chosen is not None:
                return _fill("Errors", chosen, values)
    return QCoreApplication.translate("Errors", _GENERIC)  # pragma: no cover - _GENERIC_FIELD fits


def error_message(error: ClientVaultError) -> str:
    """One plain, translated message for `error`: what happened and what to do."""
    if isinstance(error, ValidationError):
        extra = {k: v for k, v in error.params.items() if k not in ("field", "reason")}
        return validation_message(str(error.field), str(error.reason), **extra)
    if not isinstance(error, ClientVaultError):  # defensive: callers should not pass these
        return QCoreApplication.translate("Errors", _GENERIC)
    params: Mapping[str, Any] = error.params
    values = _display_values(params)
    for cls in type(error).__mro__:
        code = getattr(cls, "code", None)
        if not isinstance(code, str) or code not in _BY_CODE:
            continue
        candidates: list[Variants] = []
        by_param = _BY_PARAM.get(code)
        if by_param is not None:
            name, table = by_param
            key = params.get(name)
            if key is not None and not isinstance(key, bool):
                try:
                    specific = table.get(key)
                except TypeError:  # an unhashable parameter value
                    specific = None
                if specific is not None:
                    candidates.append(specific)
        candidates.append(_BY_CODE[code])
        for variants in candidates:
            chosen = _pick(variants, values)
            if chosen is not None:
                return _fill("Errors", chosen, values)
    return QCoreApplication.translate("Errors", _GENERIC)


# --- helpers -------------------------------------------------------------------------------------
def _as_text(value: Any) -> str:
    return value if isinstance(value, str) else ""


def _as_number(value: Any) -> str:
    if isinstance(value, bool) or not isinstance(value, int):
        return ""
    return str(value)


# The only parameters a message may show, each with its display conversion. Anything else an error
# carries (a zxcvbn warning, KDF numbers, an errno …) is never shown.
_DISPLAY: Final[dict[str, Callable[[Any], str]]] = {
    "field": lambda v: field_label(v) if isinstance(v, str) else "",
    "action": lambda v: action_label(v) if isinstance(v, str) and v else "",
    "path": _as_text,
    "folder": _as_text,
    "min": _as_number,
    "max": _as_number,
    "id": _as_number,
    "merge_id": _as_number,
}


def _display_values(params: Mapping[str, Any]) -> dict[str, str]:
    values: dict[str, str] = {}
    for name, convert in _DISPLAY.items():
        if name in params:
            text = convert(params[name])
            if text:
                values[name] = text
    return values


def _pick(variants: Variants, values: Mapping[str, str]) -> str | None:
    """The first variant whose placeholders can all be filled."""
    for source in variants:
        if all(name in values for name in _PLACEHOLDER_RE.findall(source)):
            return source
    return None


def _fill(context: str, source: str, values: Mapping[str, str]) -> str:
    """Translate `source`, then fill its named placeholders. A broken translation (one that names a
    placeholder the source does not have) falls back to the untranslated text rather than fail."""
    translated = QCoreApplication.translate(context, source)
    try:
        return translated.format(**values)
    except (KeyError, IndexError, ValueError, AttributeError):
        return source.format(**values)


# --- classification (PRODUCT.md §3; codes from app.models.classification) ------------------------
_CLASSIFICATIONS: Final[dict[str, str]] = {
    "lifecycle": QT_TRANSLATE_NOOP("Classification", "Customer type"),
    "transaction_time": QT_TRANSLATE_NOOP("Classification", "Transaction time"),
    "frequency": QT_TRANSLATE_NOOP("Classification", "Purchase frequency"),
    "rfm": QT_TRANSLATE_NOOP("Classification", "RFM segment"),
}
_LABELS: Final[dict[tuple[str, str], str]] = {
    ("lifecycle", "potential"): QT_TRANSLATE_NOOP("Classification", "Potential customer"),
    ("lifecycle", "active"): QT_TRANSLATE_NOOP("Classification", "Active customer"),
    ("lifecycle", "churned"): QT_TRANSLATE_NOOP("Classification", "Churned customer"),
    ("transaction_time", "none"): QT_TRANSLATE_NOOP("Classification", "No purchase yet"),
    ("transaction_time", "new"): QT_TRANSLATE_NOOP("Classification", "New customer"),
    ("transaction_time", "old"): QT_TRANSLATE_NOOP("Classification", "Old customer"),
    ("transaction_time", "returning"): QT_TRANSLATE_NOOP("Classification", "Returning customer"),
    ("frequency", "none"): QT_TRANSLATE_NOOP("Classification", "No purchase this year"),
    ("frequency", "low"): QT_TRANSLATE_NOOP("Classification", "Low frequency"),
    ("frequency", "mid"): QT_TRANSLATE_NOOP("Classification", "Medium frequency"),
    ("frequency", "high"): QT_TRANSLATE_NOOP("Classification", "High frequency"),
    ("rfm", "none"): QT_TRANSLATE_NOOP("Classification", "No RFM segment"),
    ("rfm", "important_value"): QT_TRANSLATE_NOOP("Classification", "Important value customer"),
    ("rfm", "important_develop"): QT_TRANSLATE_NOOP("Classification", "Important development customer"),
    ("rfm", "important_keep"): QT_TRANSLATE_NOOP("Classification", "Important retention customer"),
    ("rfm", "important_retain"): QT_TRANSLATE_NOOP("Classification", "Important win-back customer"),
    ("rfm", "general_value"): QT_TRANSLATE_NOOP("Classification", "General value customer"),
    ("rfm", "general_develop"): QT_TRANSLATE_NOOP("Classification", "General development customer"),
    ("rfm", "general_keep"): QT_TRANSLATE_NOOP("Classification", "General retention customer"),
    ("rfm", "general_retain"): QT_TRANSLATE_NOOP("Classification", "General win-back customer"),
}
_REASONS: Final[dict[str, str]] = {
    "potential": QT_TRANSLATE_NOOP("Reasons", "No purchase yet."),
    "active": QT_TRANSLATE_NOOP(
        "Reasons", "Latest purchase {days_since_last} days ago; churned after {churn_days} days without one."),
    "churned": QT_TRANSLATE_NOOP(
        "Reasons", "No purchase for {days_since_last} days (churned from {churn_days} days)."),
    "no_purchase": QT_TRANSLATE_NOOP("Reasons", "No purchase yet, so neither new, old nor returning."),
    "new": QT_TRANSLATE_NOOP("Reasons", "First purchase {days_since_first} days ago (new within {new_days} days)."),
    "returning": QT_TRANSLATE_NOOP(
        "Reasons",
        "{purchases} purchases, the latest {days_since_last} days ago (returning within {returning_days} days)."),
    "old": QT_TRANSLATE_NOOP(
        "Reasons",
        "{purchases} purchases: the first {days_since_first} days ago, the latest {days_since_last} days ago."),
    "frequency_high": QT_TRANSLATE_NOOP(
        "Reasons", "{recent} purchases in the last 365 days (high from {high})."),
    "frequency_mid": QT_TRANSLATE_NOOP(
        "Reasons", "{recent} purchases in the last 365 days (medium from {mid}, high from {high})."),
    "frequency_low": QT_TRANSLATE_NOOP(
        "Reasons", "{recent} purchases in the last 365 days (medium from {mid})."),
    "frequency_none": QT_TRANSLATE_NOOP("Reasons", "No purchase in the last 365 days."),
    "rfm": QT_TRANSLATE_NOOP(
        "Reasons",
        "Recency {r}, frequency {f}, monetary {m} (of 5; 3 or more is high): latest purchase {days_since_last} "
        "days ago, {purchases} purchases, {total} in total."),
    "rfm_none": QT_TRANSLATE_NOOP("Reasons", "No purchase yet, so no RFM scores."),
}
_UNKNOWN_REASON: Final = QT_TRANSLATE_NOOP("Reasons", "Rule {code}.")


def classification_name(classification: str) -> str:
    source = _CLASSIFICATIONS.get(classification)
    return classification if source is None else QCoreApplication.translate("Classification", source)


def label_name(classification: str, label: str) -> str:
    """The translated name of a class ("rfm", "important_value" → "Important value customer")."""
    source = _LABELS.get((classification, label))
    return label if source is None else QCoreApplication.translate("Classification", source)


def reason_text(code: str, params: Mapping[str, object]) -> str:
    """Why a customer got a label, from the reason code and parameters of
    `app.models.classification.Label` ("returning", {"purchases": 3, "days_since_last": 12, …})."""
    values = {k: str(v) for k, v in params.items() if isinstance(v, int | str) and not isinstance(v, bool)}
    cents = params.get("total_cents")
    if isinstance(cents, int):
        values["total"] = f"{cents / 100:.2f}"
    source = _REASONS.get(code)
    if source is None or not all(name in values for name in _PLACEHOLDER_RE.findall(source)):
        return _fill("Reasons", _UNKNOWN_REASON, {"code": code})
    return _fill("Reasons", source, values)
