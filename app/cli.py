"""`clientvault` — the command-line face of the services (scripting, and how tests drive features).

Secrets never come from argv: with `--passphrase-stdin` they are read one per line from standard
input (first the acting user's passphrase, then any new secret the command needs); otherwise they
are prompted for on the terminal. Every user error ends with one translated line on stderr and a
non-zero exit — never a traceback.
"""

from __future__ import annotations

import argparse
import getpass
import json
import logging
import os
import sys
import traceback
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, TextIO

from PySide6.QtCore import QCoreApplication

from app import __version__
from app.i18n.messages import action_label, error_message
from app.i18n.translator import ensure_core_app, install_translations
from app.models.errors import ClientVaultError, InvalidOperation, NotFound
from app.models.records import Role
from app.services import audit, customers, demo, users
from app.services import settings as settings_service
from app.services.access import VaultAccess
from app.services.errors import as_app_error
from app.services.session import Session
from app.services.vault_location import default_vault_folder, log_folder
from app.vault.kdf import KdfPolicy
from app.vault.keyring_store import KeyringStore

translate = QCoreApplication.translate

EXIT_OK, EXIT_ERROR, EXIT_USAGE, EXIT_UNEXPECTED = 0, 1, 2, 3


class UsageError(Exception):
    """Wrong command-line use; the message is already translated."""


class Secrets:
    """Reads secrets one per line from stdin (`--passphrase-stdin`) or prompts on the terminal."""

    def __init__(self, from_stdin: bool, stdin: TextIO, stderr: TextIO) -> None:
        self.from_stdin, self.stdin, self.stderr = from_stdin, stdin, stderr

    def read(self, prompt: str) -> str:
        if self.from_stdin:
            line = self.stdin.readline()
            if not line:
                raise UsageError(translate("cli", "Expected another secret on standard input."))
            return line.rstrip("\r\n")
        if not self.stdin.isatty():
            raise UsageError(translate("cli", "No terminal to ask for the passphrase: use --passphrase-stdin."))
        return getpass.getpass(prompt, stream=self.stderr)

    def new(self, prompt: str) -> str:
        first = self.read(prompt)
        if not self.from_stdin:
            again = self.read(translate("cli", "Repeat it: "))
            if again != first:
                raise UsageError(translate("cli", "The two entries differ."))
        return first


class Cli:
    def __init__(self, args: argparse.Namespace, stdin: TextIO, stdout: TextIO, stderr: TextIO,
                 policy: KdfPolicy, keyring: KeyringStore | None) -> None:
        self.args, self.out, self.err = args, stdout, stderr
        self.folder = Path(args.vault) if args.vault else default_vault_folder()
        self.access = VaultAccess(self.folder, policy, keyring)
        self.keyring = keyring
        self.secrets = Secrets(args.passphrase_stdin or args.recovery_key_stdin, stdin, stderr)

    # --- output ----------------------------------------------------------------------------------
    def emit(self, data: Any, text: str | Callable[[], str]) -> None:
        if self.args.json:
            json.dump(data, self.out, ensure_ascii=False, indent=1, default=str)
            self.out.write("\n")
        else:
            self.out.write((text() if callable(text) else text) + "\n")

    # --- session ---------------------------------------------------------------------------------
    def user_name(self) -> str:
        if self.args.user:
            return str(self.args.user)
        env = os.environ.get("CLIENTVAULT_USER")
        if env:
            return env
        names = self.access.user_names()
        if len(names) == 1:
            return names[0]
        raise UsageError(translate("cli", "This vault has several users: say which one with --user NAME."))

    def open(self) -> Session:
        if not self.access.exists():
            from app.models.errors import VaultNotFound

            raise VaultNotFound(folder=str(self.folder))
        if self.args.recovery_key_stdin:
            return self.access.unlock_with_recovery_key(self.secrets.read(translate("cli", "Recovery key: ")))
        name = self.user_name()
        if not self.args.passphrase_stdin and self.access.has_remembered(name):
            try:
                return self.access.unlock_with_keyring(name)
            except NotFound:
                pass  # the entry was removed from the keyring: ask for the passphrase
        return self.access.unlock(name, self.secrets.read(translate("cli", "Passphrase for {user}: ").format(user=name)))


def _customer_values(a: argparse.Namespace) -> dict[str, object]:
    values: dict[str, object] = {"name": a.name}
    for key in ("company", "title", "source", "birthday", "notes", "id_number", "bank_account", "gender"):
        if getattr(a, key, None):
            values[key] = getattr(a, key)
    for key, attr in (("phones", "phone"), ("emails", "email"), ("wechat", "wechat"), ("qq", "qq"), ("tags", "tag")):
        if getattr(a, attr):
            values[key] = list(getattr(a, attr))
    if a.address:
        values["addresses"] = list(a.address)
    return values


def _row_json(r: Any) -> dict[str, object]:
    return {"id": r.id, "name": r.name, "company": r.company, "phone": r.phone, "email": r.email,
            "source": r.source, "created_at": r.created_at, "last_purchase": r.last_purchase,
            "invalid_fields": r.invalid_fields}


def _customer_json(view: customers.CustomerView) -> dict[str, object]:
    c = view.customer
    return {
        "id": c.id, "name": c.name, "family_name": c.family_name, "given_name": c.given_name,
        "name_order": c.name_order.value, "company": c.company, "title": c.title, "gender": c.gender.value,
        "birthday": None if c.birthday is None else c.birthday.iso(), "source": c.source,
        "owner_user_id": c.owner_user_id, "notes": c.notes,
        "contacts": [{"kind": p.kind.value, "value": p.value, "label": p.label, "valid": p.valid,
                      "problem": p.problem} for p in c.contacts],
        "addresses": [{k: v for k, v in a.__dict__.items() if v and k != "id"} for a in c.addresses],
        "tags": c.tags, "custom": c.custom,
        "sensitive": {k.value: {"value": v.value, "valid": v.valid, "revealed": k.value in view.revealed}
                      for k, v in c.sensitive.items()},
        "created_at": c.created_at, "updated_at": c.updated_at, "deleted_at": c.deleted_at,
        "purchases": [{"id": p.id, "date": p.date, "amount": str(p.amount), "currency": p.currency,
                       "items": p.items, "channel": p.channel} for p in view.purchases],
        "follow_ups": [{"id": f.id, "date": f.date, "type": f.kind, "content": f.content,
                        "next_contact_date": f.next_contact_date} for f in view.follow_ups],
        "consents": [{"id": x.id, "purpose": x.purpose, "channel": x.channel, "granted_at": x.granted_at,
                      "withdrawn_at": x.withdrawn_at} for x in view.consents],
    }


def _customer_text(view: customers.CustomerView) -> str:
    c = view.customer
    lines = [f"#{c.id}  {c.name}"]
    if c.deleted_at:
        lines.append(translate("cli", "(in the recycle bin since {date})").format(date=c.deleted_at))
    for label, value in ((translate("cli", "Company"), c.company), (translate("cli", "Title"), c.title),
                         (translate("cli", "Source"), c.source),
                         (translate("cli", "Birthday"), c.birthday.iso() if c.birthday else "")):
        if value:
            lines.append(f"  {label}: {value}")
    for p in c.contacts:
        flag = "" if p.valid else "  " + translate("cli", "[invalid, needs review]")
        lines.append(f"  {p.kind.value}: {p.value}{flag}")
    for a in c.addresses:
        lines.append("  {label}: {value}".format(label=translate("cli", "Address"), value=a.one_line()))
    if c.tags:
        lines.append("  {label}: {value}".format(label=translate("cli", "Tags"), value=", ".join(c.tags)))
    for k, v in c.sensitive.items():
        lines.append(f"  {k.value}: {v.value}")
    for k2, v2 in c.custom.items():
        lines.append(f"  {k2}: {v2}")
    if c.notes:
        lines.append("  {label}: {value}".format(label=translate("cli", "Notes"), value=c.notes))
    for p2 in view.purchases:
        lines.append("  {label}: {date} {amount} {currency} {items}".format(
            label=translate("cli", "Purchase"), date=p2.date, amount=p2.amount, currency=p2.currency, items=p2.items))
    for f in view.follow_ups:
        lines.append("  {label}: {date} {kind} {content}".format(
            label=translate("cli", "Follow-up"), date=f.date, kind=f.kind, content=f.content))
    return "\n".join(lines)


# --- commands ------------------------------------------------------------------------------------

def cmd_init(cli: Cli) -> None:
    a = cli.args
    if cli.access.exists():
        from app.models.errors import VaultAlreadyExists

        raise VaultAlreadyExists(folder=str(cli.folder))
    passphrase = cli.secrets.new(translate("cli", "New passphrase for {user}: ").format(user=a.owner))
    session, recovery = cli.access.create(a.owner, passphrase)
    try:
        cli.emit({"vault": str(cli.folder), "vault_id": session.vault.vault_id, "owner": a.owner,
                  "recovery_key": recovery},
                 lambda: translate(
                     "cli",
                     "Vault created in {folder}.\n\nRecovery key (shown only this once — print or write it down and "
                     "keep it somewhere safe; it opens the vault and its backups if every passphrase is lost):\n\n"
                     "    {key}\n").format(folder=cli.folder, key=recovery))
    finally:
        session.lock()


def with_session(fn: Callable[[Cli, Session], None]) -> Callable[[Cli], None]:
    def run(cli: Cli) -> None:
        session = cli.open()
        try:
            fn(cli, session)
        finally:
            session.lock()

    return run


@with_session
def cmd_user_add(cli: Cli, s: Session) -> None:
    a = cli.args
    secret = cli.secrets.new(translate("cli", "Passphrase for the new user {user}: ").format(user=a.name))
    user = users.add_user(s, a.name, Role(a.role), secret, can_reveal=a.can_reveal, can_export=a.can_export)
    cli.emit({"id": user.id, "name": user.name, "role": user.role.value},
             translate("cli", "User {user} added.").format(user=user.name))


@with_session
def cmd_user_list(cli: Cli, s: Session) -> None:
    rows = users.list_users(s)
    cli.emit([{"id": u.id, "name": u.name, "role": u.role.value, "can_reveal": u.can_reveal,
               "can_export": u.can_export} for u in rows],
             lambda: "\n".join(f"{u.id}\t{u.name}\t{u.role.value}" for u in rows))


@with_session
def cmd_user_remove(cli: Cli, s: Session) -> None:
    users.remove_user(s, cli.args.name, rotate=cli.args.rotate, keyring=cli.keyring)
    cli.emit({"removed": cli.args.name, "rotated": cli.args.rotate},
             translate("cli", "User {user} removed.").format(user=cli.args.name))


@with_session
def cmd_user_reset(cli: Cli, s: Session) -> None:
    secret = cli.secrets.new(translate("cli", "New passphrase for {user}: ").format(user=cli.args.name))
    users.reset_passphrase(s, cli.args.name, secret, cli.keyring)
    cli.emit({"reset": cli.args.name}, translate("cli", "Passphrase of {user} changed.").format(user=cli.args.name))


def cmd_passwd(cli: Cli) -> None:
    if cli.args.recovery_key_stdin:
        session = cli.open()
        try:
            secret = cli.secrets.new(translate("cli", "New passphrase for {user}: ").format(user=session.user.name))
            users.recover_owner(session, secret, cli.keyring)
        finally:
            session.lock()
        cli.emit({"changed": session.user.name}, translate("cli", "Passphrase changed."))
        return
    name = cli.user_name()
    current = cli.secrets.read(translate("cli", "Current passphrase for {user}: ").format(user=name))
    session = cli.access.unlock(name, current)
    try:
        secret = cli.secrets.new(translate("cli", "New passphrase for {user}: ").format(user=name))
        users.change_own_passphrase(session, current, secret, cli.keyring)
    finally:
        session.lock()
    cli.emit({"changed": name}, translate("cli", "Passphrase changed."))


@with_session
def cmd_recovery_key(cli: Cli, s: Session) -> None:
    key = users.new_recovery_key(s)
    cli.emit({"recovery_key": key}, translate(
        "cli", "New recovery key (the old one no longer works):\n\n    {key}\n").format(key=key))


@with_session
def cmd_customer_add(cli: Cli, s: Session) -> None:
    cid = customers.create_customer(s, _customer_values(cli.args))
    cli.emit({"id": cid}, str(cid))


@with_session
def cmd_customer_show(cli: Cli, s: Session) -> None:
    reveal = tuple(customers.SENSITIVE_FIELDS) if cli.args.reveal else ()
    view = customers.get_customer(s, cli.args.id, reveal=reveal)
    cli.emit(_customer_json(view), lambda: _customer_text(view))


@with_session
def cmd_customer_list(cli: Cli, s: Session) -> None:
    a = cli.args
    f = customers.ListFilter(tag=a.tag, source=a.source, deleted=a.deleted, needs_update=a.needs_update)
    if a.search:
        page = customers.search_customers(s, a.search, limit=a.limit, filters=f)
    else:
        page = customers.list_customers(s, sort=a.sort, limit=a.limit, filters=f)
    if page.hint == "too_short":
        cli.err.write(translate("cli", "Type at least 4 digits to search by phone number.") + "\n")
    cli.emit([_row_json(r) for r in page.rows],
             lambda: "\n".join(f"{r.id}\t{r.name}\t{r.company}\t{r.phone}\t{r.email}" for r in page.rows))


@with_session
def cmd_customer_edit(cli: Cli, s: Session) -> None:
    changes: dict[str, object] = {}
    for item in cli.args.set:
        if "=" not in item:
            raise UsageError(translate("cli", "Use --set FIELD=VALUE."))
        key, value = item.split("=", 1)
        key = key.strip()
        if key in ("phones", "emails", "wechat", "qq", "tags"):
            existing = changes.get(key)
            values = [v for v in value.split(";") if v.strip()]
            changes[key] = [*existing, *values] if isinstance(existing, list) else values
        elif key == "addresses":
            changes[key] = [value] if value else []
        else:
            changes[key] = value
    group = customers.update_customer(s, cli.args.id, changes)
    cli.emit({"id": cli.args.id, "change": group},
             translate("cli", "Saved.") if group else translate("cli", "Nothing changed."))


@with_session
def cmd_customer_history(cli: Cli, s: Session) -> None:
    rows = customers.history(s, cli.args.id)
    cli.emit([r.__dict__ for r in rows],
             lambda: "\n".join("{at}\t{group}\t{field}\t{old} → {new}{rev}".format(
                 at=r.at, group=r.group_id[:8], field=r.field, old=r.old_value, new=r.new_value,
                 rev="  (" + translate("cli", "reverted") + ")" if r.reverted_by else "") for r in rows))


@with_session
def cmd_customer_revert(cli: Cli, s: Session) -> None:
    group = cli.args.change
    if len(group) < 32:  # accept the 8-character prefix shown by `history`
        matches = {r.group_id for r in customers.history(s, cli.args.id) if r.group_id.startswith(group)} \
            if cli.args.id else set()
        if len(matches) != 1:
            raise UsageError(translate("cli", "Give the customer id and the change id shown by `customer history`."))
        group = matches.pop()
    new = customers.revert(s, group)
    cli.emit({"reverted": group, "change": new}, translate("cli", "Change reverted."))


def _simple(action: Callable[[Session, int], None], message: Callable[[], str]) -> Callable[[Cli], None]:
    @with_session
    def run(cli: Cli, s: Session) -> None:
        action(s, cli.args.id)
        cli.emit({"id": cli.args.id}, message().format(id=cli.args.id))

    return run


cmd_customer_delete = _simple(
    customers.delete_customer, lambda: translate("cli", "Customer {id} moved to the recycle bin."))
cmd_customer_undelete = _simple(
    customers.undelete_customer, lambda: translate("cli", "Customer {id} restored from the recycle bin."))
cmd_customer_erase = _simple(customers.erase_customer, lambda: translate("cli", "Customer {id} erased."))


@with_session
def cmd_purchase_add(cli: Cli, s: Session) -> None:
    a = cli.args
    pid = customers.add_purchase(s, a.id, a.date, a.amount, a.currency, a.items or "", a.channel or "")
    cli.emit({"id": pid}, str(pid))


@with_session
def cmd_followup_add(cli: Cli, s: Session) -> None:
    a = cli.args
    fid = customers.add_follow_up(s, a.id, a.date, a.type or "", a.content or "", a.next)
    cli.emit({"id": fid}, str(fid))


@with_session
def cmd_consent_add(cli: Cli, s: Session) -> None:
    a = cli.args
    consent = customers.add_consent(s, a.id, a.purpose, a.channel or "", a.date)
    cli.emit({"id": consent}, str(consent))


@with_session
def cmd_consent_withdraw(cli: Cli, s: Session) -> None:
    customers.withdraw_consent(s, cli.args.consent_id)
    cli.emit({"withdrawn": cli.args.consent_id}, translate("cli", "Consent withdrawn."))


@with_session
def cmd_audit_verify(cli: Cli, s: Session) -> None:
    status = audit.verify(s)
    data = {"ok": status.ok, "entries": status.count, "broken_at": status.broken_at, "truncated": status.truncated}
    if status.ok:
        cli.emit(data, translate("cli", "Access log verified: {count} entries, chain intact.").format(count=status.count))
        return
    cli.emit(data, translate("cli", "Access log BROKEN at entry {seq}.").format(seq=status.broken_at))
    raise SystemExit(EXIT_ERROR)


@with_session
def cmd_audit_list(cli: Cli, s: Session) -> None:
    a = cli.args
    rows = audit.list_entries(s, user_name=a.user_filter, customer_id=a.customer, action=a.action, since=a.since,
                              until=a.until, limit=a.limit)
    names = audit.user_names(s)
    cli.emit([{"seq": e.seq, "at": e.at, "user": names.get(e.user_id or 0), "user_id": e.user_id,
               "action": e.action, "customer_id": e.customer_id, "fields": list(e.fields), "detail": e.detail}
              for e in rows],
             lambda: "\n".join("{seq}\t{at}\t{user}\t{action}\t{customer}\t{fields}".format(
                 seq=e.seq, at=e.at, user=names.get(e.user_id or 0, "-"), action=action_label(e.action),
                 customer="" if e.customer_id is None else "#" + str(e.customer_id), fields=",".join(e.fields))
                 for e in rows))


@with_session
def cmd_check(cli: Cli, s: Session) -> None:
    report = audit.check_vault(s)
    chain = report.chain
    data = {"ok": report.ok, "database_problems": report.database_problems,
            "audit_ok": bool(chain and chain.ok), "audit_broken_at": chain.broken_at if chain else None,
            "cipher_version": report.cipher_version, "schema_version": report.schema_version}

    def text() -> str:
        lines = [translate("cli", "Encryption: SQLCipher {version}").format(version=report.cipher_version)]
        if report.database_problems:
            lines.append(translate("cli", "Database: {count} problems found — restore from a backup:").format(
                count=len(report.database_problems)))
            lines.extend("  " + p for p in report.database_problems)
        else:
            lines.append(translate("cli", "Database: every page authenticated, structure intact."))
        if chain and chain.ok:
            lines.append(translate("cli", "Access log: {count} entries, chain intact.").format(count=chain.count))
        elif chain:
            lines.append(translate("cli", "Access log: BROKEN at entry {seq}.").format(seq=chain.broken_at))
        return "\n".join(lines)

    cli.emit(data, text)
    if not report.ok:
        raise SystemExit(EXIT_ERROR)


@with_session
def cmd_demo(cli: Cli, s: Session) -> None:
    a = cli.args
    result = demo.fill_demo(s, a.customers, purchases_mean=a.purchases, seed=a.seed)
    cli.emit({"customers": result.customers, "purchases": result.purchases, "seconds": round(result.seconds, 2)},
             translate("cli", "Added {customers} demo customers and {purchases} purchases.").format(
                 customers=result.customers, purchases=result.purchases))


@with_session
def cmd_settings(cli: Cli, s: Session) -> None:
    a = cli.args
    if a.set:
        for item in a.set:
            key, _sep, value = item.partition("=")
            settings_service.set_value(s, key.strip(), value.strip())
    values = settings_service.get_all(s)
    cli.emit(values, lambda: "\n".join(f"{k} = {v}" for k, v in values.items()))


def cmd_remember(cli: Cli) -> None:
    if cli.keyring is None:
        raise InvalidOperation(reason="keyring_unavailable")
    session = cli.open()
    try:
        if cli.args.off:
            users.forget_me(session, cli.keyring)
        else:
            users.remember_me(session, cli.keyring)
    finally:
        session.lock()
    cli.emit({"remembered": not cli.args.off},
             translate("cli", "This computer no longer remembers you.") if cli.args.off
             else translate("cli", "This computer will remember you (OS keyring)."))


def cmd_selftest(cli: Cli) -> None:
    from app.services.selftest import run_check, run_selftest

    results = run_selftest()
    if not cli.args.no_gui:
        from app.ui.selftest_gui import check_gui_start  # the GUI start on the offscreen platform

        results.append(run_check("gui", check_gui_start))
    ok = all(r.ok for r in results)
    cli.emit({"ok": ok, "checks": [{"name": r.name, "ok": r.ok, "detail": r.detail} for r in results]},
             lambda: "\n".join("{mark} {name}: {detail}".format(mark="✔" if r.ok else "✘", name=r.name,
                                                                 detail=r.detail) for r in results))
    if not ok:
        raise SystemExit(EXIT_ERROR)


# --- argument parsing ----------------------------------------------------------------------------

def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="clientvault", description=translate(
        "cli", "ClientVault (客户保险箱): an encrypted customer vault on this computer."))
    p.add_argument("--version", action="version", version="clientvault " + __version__)
    p.add_argument("--vault", metavar="DIR", help=translate("cli", "vault folder (default: your data folder; env CLIENTVAULT_HOME)"))
    p.add_argument("--user", metavar="NAME", help=translate("cli", "the user to act as"))
    p.add_argument("--passphrase-stdin", action="store_true",
                   help=translate("cli", "read secrets one per line from standard input"))
    p.add_argument("--recovery-key-stdin", action="store_true",
                   help=translate("cli", "unlock with the recovery key read from standard input"))
    p.add_argument("--json", action="store_true", help=translate("cli", "machine-readable output"))
    p.add_argument("--lang", choices=["zh_CN", "en"], help=translate("cli", "language of messages"))
    sub = p.add_subparsers(dest="command", required=True, metavar="COMMAND")

    init = sub.add_parser("init", help=translate("cli", "create a new vault and its owner"))
    init.add_argument("--owner", required=True, metavar="NAME")
    init.set_defaults(run=cmd_init)

    user = sub.add_parser("user", help=translate("cli", "manage users")).add_subparsers(dest="sub", required=True)
    ua = user.add_parser("add")
    ua.add_argument("name")
    ua.add_argument("--role", choices=[r.value for r in Role], required=True)
    ua.add_argument("--can-reveal", action="store_true")
    ua.add_argument("--can-export", action="store_true")
    ua.set_defaults(run=cmd_user_add)
    user.add_parser("list").set_defaults(run=cmd_user_list)
    ur = user.add_parser("remove")
    ur.add_argument("name")
    ur.add_argument("--rotate", action="store_true", help=translate("cli", "also give the vault a new key"))
    ur.set_defaults(run=cmd_user_remove)
    rs = user.add_parser("reset")
    rs.add_argument("name")
    rs.set_defaults(run=cmd_user_reset)

    sub.add_parser("passwd", help=translate("cli", "change your passphrase")).set_defaults(run=cmd_passwd)
    sub.add_parser("recovery-key", help=translate("cli", "issue a new recovery key")).set_defaults(run=cmd_recovery_key)
    rem = sub.add_parser("remember", help=translate("cli", "remember me on this computer (OS keyring)"))
    rem.add_argument("--off", action="store_true")
    rem.set_defaults(run=cmd_remember)

    cust = sub.add_parser("customer", help=translate("cli", "customer records")).add_subparsers(dest="sub", required=True)
    add = cust.add_parser("add")
    add.add_argument("--name", required=True)
    for opt in ("--company", "--title", "--source", "--birthday", "--notes", "--id-number", "--bank-account", "--gender"):
        add.add_argument(opt)
    for opt in ("--phone", "--email", "--wechat", "--qq", "--tag", "--address"):
        add.add_argument(opt, action="append", default=[])
    add.set_defaults(run=cmd_customer_add)
    show = cust.add_parser("show")
    show.add_argument("id", type=int)
    show.add_argument("--reveal", action="store_true")
    show.set_defaults(run=cmd_customer_show)
    lst = cust.add_parser("list")
    lst.add_argument("--search", metavar="Q")
    lst.add_argument("--limit", type=int, default=50)
    lst.add_argument("--sort", choices=["name", "created", "last_purchase"], default="name")
    lst.add_argument("--tag")
    lst.add_argument("--source")
    lst.add_argument("--deleted", action="store_true", help=translate("cli", "list the recycle bin"))
    lst.add_argument("--needs-update", action="store_true")
    lst.set_defaults(run=cmd_customer_list)
    ed = cust.add_parser("edit")
    ed.add_argument("id", type=int)
    ed.add_argument("--set", action="append", required=True, metavar="FIELD=VALUE")
    ed.set_defaults(run=cmd_customer_edit)
    hi = cust.add_parser("history")
    hi.add_argument("id", type=int)
    hi.set_defaults(run=cmd_customer_history)
    rv = cust.add_parser("revert")
    rv.add_argument("change")
    rv.add_argument("--id", type=int)
    rv.set_defaults(run=cmd_customer_revert)
    for name, fn in (("delete", cmd_customer_delete), ("undelete", cmd_customer_undelete), ("erase", cmd_customer_erase)):
        c = cust.add_parser(name)
        c.add_argument("id", type=int)
        c.set_defaults(run=fn)

    pur = sub.add_parser("purchase", help=translate("cli", "purchases")).add_subparsers(dest="sub", required=True)
    pa = pur.add_parser("add")
    pa.add_argument("id", type=int)
    pa.add_argument("--date", required=True)
    pa.add_argument("--amount", required=True)
    pa.add_argument("--currency", default="CNY")
    pa.add_argument("--items")
    pa.add_argument("--channel")
    pa.set_defaults(run=cmd_purchase_add)

    fol = sub.add_parser("followup", help=translate("cli", "follow-ups")).add_subparsers(dest="sub", required=True)
    fa = fol.add_parser("add")
    fa.add_argument("id", type=int)
    fa.add_argument("--date", required=True)
    fa.add_argument("--type")
    fa.add_argument("--content")
    fa.add_argument("--next")
    fa.set_defaults(run=cmd_followup_add)

    con = sub.add_parser("consent", help=translate("cli", "consents")).add_subparsers(dest="sub", required=True)
    ca = con.add_parser("add")
    ca.add_argument("id", type=int)
    ca.add_argument("--purpose", required=True)
    ca.add_argument("--channel")
    ca.add_argument("--date")
    ca.set_defaults(run=cmd_consent_add)
    cw = con.add_parser("withdraw")
    cw.add_argument("consent_id", type=int)
    cw.set_defaults(run=cmd_consent_withdraw)

    aud = sub.add_parser("audit", help=translate("cli", "access log")).add_subparsers(dest="sub", required=True)
    aud.add_parser("verify").set_defaults(run=cmd_audit_verify)
    al = aud.add_parser("list")
    al.add_argument("--customer", type=int)
    al.add_argument("--user", dest="user_filter")
    al.add_argument("--action")
    al.add_argument("--since")
    al.add_argument("--until")
    al.add_argument("--limit", type=int, default=100)
    al.set_defaults(run=cmd_audit_list)

    sub.add_parser("check", help=translate("cli", "check the whole vault")).set_defaults(run=cmd_check)
    dm = sub.add_parser("demo", help=translate("cli", "add realistic demo customers"))
    dm.add_argument("--customers", type=int, required=True)
    dm.add_argument("--purchases", type=float, default=3.0, help=translate("cli", "mean purchases per customer"))
    dm.add_argument("--seed", type=int, default=1)
    dm.set_defaults(run=cmd_demo)
    st = sub.add_parser("settings", help=translate("cli", "show or change settings"))
    st.add_argument("--set", action="append", metavar="KEY=VALUE")
    st.set_defaults(run=cmd_settings)
    selftest = sub.add_parser("selftest", help=translate("cli", "check this installation"))
    selftest.add_argument("--no-gui", action="store_true",
                          help=translate("cli", "skip the check that the desktop app starts"))
    selftest.set_defaults(run=cmd_selftest)
    for register in _extensions():
        register(sub)
    return p


def _extensions() -> list[Callable[[Any], None]]:
    """Command groups that live in their own modules (`app/cli_<area>.py`, each with a
    `register(subparsers)` that adds its commands; their `run` functions receive the `Cli`)."""
    import importlib
    import pkgutil

    import app

    found = []
    for info in pkgutil.iter_modules(app.__path__):
        if info.name.startswith("cli_"):
            module = importlib.import_module("app." + info.name)
            found.append(module.register)
    return found


def _since(value: str | None) -> str | None:
    if not value:
        return value
    from app.models.validation import parse_date

    return parse_date(value).isoformat()


def main(argv: Sequence[str] | None = None, *, stdin: TextIO | None = None, stdout: TextIO | None = None,
         stderr: TextIO | None = None, policy: KdfPolicy | None = None, keyring: KeyringStore | None = None) -> int:
    stdin, stdout, stderr = stdin or sys.stdin, stdout or sys.stdout, stderr or sys.stderr
    argv = list(sys.argv[1:] if argv is None else argv)
    app = ensure_core_app()
    lang = None
    if "--lang" in argv and argv.index("--lang") + 1 < len(argv):
        lang = argv[argv.index("--lang") + 1]
    install_translations(app, lang or os.environ.get("CLIENTVAULT_LANG") or None)
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:
        return EXIT_USAGE if exc.code else EXIT_OK
    if args.vault is None and os.environ.get("CLIENTVAULT_HOME"):
        args.vault = os.environ["CLIENTVAULT_HOME"]
    try:
        if getattr(args, "since", None):
            args.since = _since(args.since)
        if getattr(args, "until", None):
            args.until = _since(args.until)
        if keyring is None:
            keyring = KeyringStore()
        cli = Cli(args, stdin, stdout, stderr, policy or KdfPolicy.production(), keyring)
        args.run(cli)
        return EXIT_OK
    except SystemExit as exc:
        return int(exc.code or 0)
    except UsageError as exc:
        stderr.write(str(exc) + "\n")
        return EXIT_USAGE
    except ClientVaultError as exc:
        stderr.write(error_message(exc) + "\n")
        return EXIT_ERROR
    except KeyboardInterrupt:
        stderr.write(translate("cli", "Interrupted; nothing was changed by the unfinished command.") + "\n")
        return EXIT_ERROR
    except Exception as exc:  # noqa: BLE001 - last resort: a log file, never a traceback on screen
        known = as_app_error(exc)
        if known is not None:
            stderr.write(error_message(known) + "\n")
            return EXIT_ERROR
        path = _write_crash_log()
        stderr.write(translate("cli", "Unexpected error. Details were written to {path}.").format(path=path) + "\n")
        return EXIT_UNEXPECTED


def _write_crash_log() -> Path:
    folder = log_folder()
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "clientvault-crash.log"
    logging.basicConfig(filename=path, level=logging.ERROR)
    with open(path, "a", encoding="utf-8") as handle:
        handle.write(traceback.format_exc(limit=20) + "\n")
    return path


if __name__ == "__main__":
    sys.exit(main())
