"""`clientvault backup …`: encrypted backups from the command line (PRODUCT.md §9).

    clientvault backup create DEST [--keep N]        back up into the folder DEST and verify it
    clientvault backup verify FILE                   check a backup completely (no vault needed)
    clientvault backup restore FILE --to DIR         restore into DIR (new, empty, or the live vault)
    clientvault backup list [--folder DIR]           backup history; or the backup files in DIR

Secrets are read like every other command: from the terminal, or one per line from standard input
with `--passphrase-stdin` (an owner's passphrase; `--user NAME` narrows which owner) or
`--recovery-key-stdin`. A backup opens with the owner passphrase or the recovery key *as they were
when the backup was made*. Restoring over an existing vault first unlocks it with the same secret;
if the backup needs a different (older) one, a second line / prompt is read for it.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication

from app.cli import Cli, UsageError, with_session
from app.models.errors import BackupWrongCredentials, VaultNotFound
from app.services import backup
from app.services.access import VaultAccess
from app.services.session import Session

translate = QCoreApplication.translate

EXIT_ERROR = 1


def _size(n: int) -> str:
    return f"{n / 1e6:.1f} MB" if n >= 100_000 else f"{max(1, round(n / 1000))} kB"


def _progress(cli: Cli) -> backup.Progress | None:
    """A one-line percentage on an interactive terminal; nothing otherwise (scripts, --json)."""
    if cli.args.json or not hasattr(cli.err, "isatty") or not cli.err.isatty():
        return None
    labels = {
        backup.PHASE_SNAPSHOT: translate("cli", "Copying the vault"),
        backup.PHASE_CHECK: translate("cli", "Checking"),
        backup.PHASE_WRITE: translate("cli", "Writing"),
        backup.PHASE_VERIFY: translate("cli", "Verifying"),
        backup.PHASE_DECRYPT: translate("cli", "Decrypting"),
        backup.PHASE_RESTORE: translate("cli", "Restoring"),
    }

    def report(phase: str, done: int, total: int) -> None:
        pct = 100 * done // max(1, total)
        cli.err.write(f"\r{labels.get(phase, phase)}: {pct}%   ")
        if done >= total:
            cli.err.write("\n")
        cli.err.flush()

    return report


def _read_secret(cli: Cli, *, again: bool = False) -> str:
    if cli.args.recovery_key_stdin:
        prompt = translate("cli", "Recovery key valid when the backup was made: ") if again \
            else translate("cli", "Recovery key: ")
    elif again:
        prompt = translate("cli", "Owner passphrase valid when the backup was made: ")
    else:
        prompt = translate("cli", "Owner passphrase: ")
    return cli.secrets.read(prompt)


def _secret_kwargs(cli: Cli, secret: str) -> dict[str, Any]:
    if cli.args.recovery_key_stdin:
        return {"recovery_key": secret}
    return {"passphrase": secret, "user_name": cli.args.user or None}


# --- create --------------------------------------------------------------------------------------

@with_session
def cmd_backup_create(cli: Cli, s: Session) -> None:
    dest = Path(cli.args.dest).expanduser().resolve()
    keep = cli.args.keep
    if keep is None:  # what this destination was last used with, else the default
        remembered = [d.keep for d in backup.destinations(s) if Path(d.path) == dest]
        keep = remembered[0] if remembered else backup.DEFAULT_KEEP
    result = backup.create_backup(s, dest, keep=keep, progress=_progress(cli))
    data = {"file": str(result.path), "backup_id": result.backup_id, "vault_id": result.vault_id,
            "sequence": result.sequence, "created_at": result.created_at, "size": result.size,
            "customers": result.customers, "verified": result.verified,
            "removed": [str(p) for p in result.removed], "seconds": round(result.seconds, 3)}

    def text() -> str:
        lines = [translate("cli", "Backup written and verified: {file} ({size}; customers: {customers}).").format(
            file=result.path, size=_size(result.size), customers=result.customers)]
        if result.removed:
            lines.append(translate("cli", "Removed {count} older backups (keeping the newest {keep}).").format(
                count=len(result.removed), keep=keep))
        return "\n".join(lines)

    cli.emit(data, text)


# --- verify --------------------------------------------------------------------------------------

def cmd_backup_verify(cli: Cli) -> None:
    path = Path(cli.args.file).expanduser()
    backup.check_backup_file(path)  # damaged or too new: said before asking for a secret
    secret = _read_secret(cli)
    work = Path(cli.args.work_dir).expanduser() if cli.args.work_dir else None
    report = backup.verify_backup(path, work_dir=work, progress=_progress(cli), thorough=cli.args.thorough,
                                  **_secret_kwargs(cli, secret))
    data = {"ok": report.audit_ok is not False, "file": str(report.path), "vault_id": report.vault_id,
            "backup_id": report.backup_id, "sequence": report.sequence, "created_at": report.created_at,
            "app_version": report.app_version, "schema_version": report.schema_version, "size": report.size,
            "customers": report.customers, "deleted_customers": report.deleted_customers,
            "purchases": report.purchases, "users": report.users,
            "access_log_entries": report.access_log_entries, "audit_ok": report.audit_ok,
            "opened_with": report.opened_with, "seconds": round(report.seconds, 3)}

    def text() -> str:
        lines = [
            translate("cli", "Backup verified: every part is intact and decrypts; the database inside passed "
                             "its integrity checks."),
            translate("cli", "  Made: {date} (ClientVault {version}), backup number {sequence}").format(
                date=report.created_at, version=report.app_version, sequence=report.sequence),
            translate("cli", "  Vault: {vault_id}").format(vault_id=report.vault_id),
        ]
        if report.purchases is None:
            lines.append(translate("cli", "  Customers: {customers} (plus {deleted} in the recycle bin)").format(
                customers=report.customers, deleted=report.deleted_customers))
        else:
            lines.append(translate("cli", "  Customers: {customers} (plus {deleted} in the recycle bin), purchases: "
                                          "{purchases}").format(customers=report.customers,
                                                                deleted=report.deleted_customers,
                                                                purchases=report.purchases))
        if report.audit_ok is None:
            lines.append(translate("cli", "  Access log: {count} entries; its chain is checked by --thorough and by "
                                          "every restore.").format(count=report.access_log_entries))
        elif report.audit_ok:
            lines.append(translate("cli", "  Access log: {count} entries, chain intact.").format(
                count=report.access_log_entries))
        else:
            lines.append(translate("cli", "  Access log: the chain inside this backup does NOT verify; it was "
                                          "changed outside ClientVault before the backup was made."))
        return "\n".join(lines)

    cli.emit(data, text)
    if report.audit_ok is False:
        raise SystemExit(EXIT_ERROR)


# --- restore -------------------------------------------------------------------------------------

def cmd_backup_restore(cli: Cli) -> None:
    path = Path(cli.args.file).expanduser()
    target = Path(cli.args.to).expanduser()
    access = VaultAccess(target, cli.access.policy, cli.keyring)
    backup.check_backup_file(path)  # a damaged file is reported before any vault is opened
    secret = _read_secret(cli)
    live: Session | None = None
    if access.exists():
        if cli.args.recovery_key_stdin:
            live = access.unlock_with_recovery_key(secret)
        else:
            name = cli.args.user
            if not name:
                names = access.user_names()
                if len(names) != 1:
                    raise UsageError(translate(
                        "cli", "The vault in this folder has several users: say which owner you are with --user NAME."))
                name = names[0]
            live = access.unlock(name, secret)
    try:
        try:
            result = backup.restore_backup(path, target, live=live, progress=_progress(cli),
                                           thorough=cli.args.thorough, **_secret_kwargs(cli, secret))
        except BackupWrongCredentials:
            if live is None:
                raise
            # the live vault opened, the backup did not: it needs the secret valid back then
            older = _read_secret(cli, again=True)
            result = backup.restore_backup(path, target, live=live, progress=_progress(cli),
                                           thorough=cli.args.thorough, **_secret_kwargs(cli, older))
    finally:
        if live is not None:
            live.lock()
    data = {"folder": str(result.folder), "vault_id": result.vault_id, "backup_id": result.backup_id,
            "sequence": result.sequence, "created_at": result.created_at, "customers": result.customers,
            "replaced_existing": result.replaced_existing, "erasures_reapplied": list(result.erasures_reapplied),
            "older_than_newest": result.older_than_newest, "newest_known_at": result.newest_known_at,
            "migrated_from": result.migrated_from, "users_without_passphrase": list(result.users_without_passphrase),
            "audit_ok": result.audit_ok, "seconds": round(result.seconds, 3)}

    def text() -> str:
        lines = [translate("cli", "Restored the backup made {date} (customers: {customers}) into {folder}.").format(
            date=result.created_at, customers=result.customers, folder=result.folder)]
        if result.older_than_newest:
            lines.append(translate("cli", "Warning: a newer backup of this vault exists (made {date}); this "
                                          "restore went back to an older state.").format(
                date=result.newest_known_at or "?"))
        if result.erasures_reapplied:
            lines.append(translate("cli", "Customers erased after this backup was made were erased again: "
                                          "{count}.").format(count=len(result.erasures_reapplied)))
        if result.migrated_from is not None:
            lines.append(translate("cli", "The vault was upgraded from an older version of ClientVault."))
        if result.users_without_passphrase:
            lines.append(translate("cli", "These users need a new passphrase from an owner before they can log "
                                          "in again: {users}").format(users=", ".join(result.users_without_passphrase)))
        return "\n".join(lines)

    cli.emit(data, text)


# --- list ----------------------------------------------------------------------------------------

def cmd_backup_list(cli: Cli) -> None:
    if cli.args.folder:
        files = backup.list_backup_files(Path(cli.args.folder).expanduser())
        cli.emit([{"file": str(i.path), "size": i.size, "ok": i.ok, "vault_id": i.vault_id, "backup_id": i.backup_id,
                   "sequence": i.sequence, "created_at": i.created_at, "app_version": i.app_version,
                   "error": i.error} for i in files],
                 lambda: "\n".join("{at}\t{seq}\t{size}\t{state}\t{name}".format(
                     at=i.created_at or "-", seq=i.sequence or "-", size=_size(i.size),
                     state=translate("cli", "ok") if i.ok else translate("cli", "DAMAGED"), name=i.path.name)
                     for i in files) or translate("cli", "No backup files in this folder."))
        return
    if not cli.access.exists():
        raise VaultNotFound(folder=str(cli.folder))
    _list_history(cli)


@with_session
def _list_history(cli: Cli, s: Session) -> None:
    entries = backup.history(s)
    state = backup.status(s)
    cli.emit({"last_verified_at": state.last_verified_at, "age_days": state.age_days, "due": state.due,
              "reminder_days": state.reminder_days, "last_drill_at": state.last_drill_at,
              "drill_due": state.drill_due,
              "destinations": [{"path": d.path, "last_used": d.last_used, "keep": d.keep, "available": d.available}
                               for d in state.destinations],
              "history": [e.__dict__ for e in entries]},
             lambda: "\n".join(["{at}\t{seq}\t{size}\t{state}\t{customers}\t{path}".format(
                 at=e.at, seq=e.sequence, size=_size(e.size),
                 state=translate("cli", "verified") if e.verified else translate("cli", "not verified"),
                 customers=e.customers, path=str(Path(e.folder) / e.file)) for e in entries]
                 or [translate("cli", "No backups yet.")]))


# --- arguments -----------------------------------------------------------------------------------

def _global_options(parser: argparse.ArgumentParser, secrets: bool) -> None:
    """The global options, also accepted after the subcommand (`backup verify F --recovery-key-stdin`).
    SUPPRESS keeps the value given before the subcommand when the option is not repeated."""
    parser.add_argument("--json", action="store_true", default=argparse.SUPPRESS,
                        help=translate("cli", "machine-readable output"))
    if secrets:
        parser.add_argument("--user", metavar="NAME", default=argparse.SUPPRESS,
                            help=translate("cli", "the owner whose passphrase is given"))
        parser.add_argument("--passphrase-stdin", action="store_true", default=argparse.SUPPRESS,
                            help=translate("cli", "read the owner passphrase from standard input"))
        parser.add_argument("--recovery-key-stdin", action="store_true", default=argparse.SUPPRESS,
                            help=translate("cli", "read the recovery key from standard input"))


def _keep(value: str) -> int:
    try:
        n = int(value)
    except ValueError:
        n = 0
    if not 1 <= n <= backup.MAX_KEEP:
        raise argparse.ArgumentTypeError(translate("cli", "give a number from 1 to {max}").format(max=backup.MAX_KEEP))
    return n


def register(sub: Any) -> None:
    group = sub.add_parser("backup", help=translate("cli", "encrypted backups: create, verify, restore, list"))
    commands = group.add_subparsers(dest="sub", required=True, metavar="COMMAND")

    create = commands.add_parser("create", help=translate("cli", "back up into a folder or USB drive and verify it"))
    create.add_argument("dest", metavar="DEST")
    create.add_argument("--keep", type=_keep, metavar="N",
                        help=translate("cli", "keep the newest N backups of this vault in DEST (default 10)"))
    _global_options(create, secrets=True)
    create.set_defaults(run=cmd_backup_create)

    verify = commands.add_parser("verify", help=translate("cli", "check a backup file completely, without restoring"))
    verify.add_argument("file", metavar="FILE")
    verify.add_argument("--work-dir", metavar="DIR",
                        help=translate("cli", "folder for the temporary (encrypted) copy; default: the temp folder"))
    verify.add_argument("--thorough", action="store_true",
                        help=translate("cli", "also run SQLite's full integrity check of the database inside (slower)"))
    _global_options(verify, secrets=True)
    verify.set_defaults(run=cmd_backup_verify)

    restore = commands.add_parser("restore", help=translate("cli", "restore a backup into a folder"))
    restore.add_argument("file", metavar="FILE")
    restore.add_argument("--to", required=True, metavar="DIR",
                         help=translate("cli", "target folder: new, empty, or the vault to replace"))
    restore.add_argument("--thorough", action="store_true",
                         help=translate("cli", "also run SQLite's full integrity check of the database inside (slower)"))
    _global_options(restore, secrets=True)
    restore.set_defaults(run=cmd_backup_restore)

    lst = commands.add_parser("list", help=translate("cli", "backup history, or the backup files in a folder"))
    lst.add_argument("--folder", metavar="DIR",
                     help=translate("cli", "list the backup files in DIR (no passphrase needed)"))
    _global_options(lst, secrets=True)
    lst.set_defaults(run=cmd_backup_list)
