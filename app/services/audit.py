"""Access log: listing (role-filtered), chain verification, and the whole-vault check."""

from __future__ import annotations

from dataclasses import dataclass, field

from app.models.errors import NotFound
from app.models.records import AccessLogEntry
from app.services.permissions import Action, allowed, require
from app.services.session import Session
from app.vault import database
from app.vault.repositories import audit_repo, users_repo


@dataclass(frozen=True)
class ChainStatus:
    ok: bool
    count: int
    broken_at: int | None  # first bad entry (seq); for a truncated tail: the first missing seq
    truncated: bool = False


def _chain_status(session: Session) -> ChainStatus:
    check = audit_repo.verify_chain(session.con, session.vault.keys.audit)
    if check.broken_at is not None:
        return ChainStatus(False, check.count, check.broken_at)
    head = session.vault.keyfile.audit_head
    if head.seq > check.head_seq:
        return ChainStatus(False, check.count, check.head_seq + 1, truncated=True)
    if head.seq:
        at = audit_repo.mac_at(session.con, head.seq)
        if at is None or at.hex() != head.mac:
            return ChainStatus(False, check.count, head.seq)
    return ChainStatus(True, check.count, None)


def verify(session: Session) -> ChainStatus:
    """Verify the hash chain and the head recorded in vault.keys. Logged as `audit_verify`."""
    require(session.user, Action.AUDIT_ALL)
    with session.transaction():
        status = _chain_status(session)
        session.log("audit_verify", detail={"ok": status.ok, "count": status.count})
    return status


def list_entries(session: Session, *, user_name: str | None = None, customer_id: int | None = None,
                 action: str | None = None, since: str | None = None, until: str | None = None,
                 before_seq: int | None = None, limit: int = 100) -> list[AccessLogEntry]:
    """Newest first. Staff see only their own entries; viewers none (SECURITY.md roles)."""
    if not allowed(session.user, Action.AUDIT_ALL):
        require(session.user, Action.AUDIT_OWN)
        user_id: int | None = session.user.id
        if user_name is not None and user_name != session.user.name:
            return []
    elif user_name is not None:
        found = users_repo.find_active_user(session.con, user_name)
        if found is None:
            match = [u for u in users_repo.list_users(session.con, include_removed=True) if u.name == user_name]
            if not match:
                raise NotFound(what="user")
            found = match[-1]
        user_id = found.id
    else:
        user_id = None
    return audit_repo.list_entries(session.con, user_id=user_id, customer_id=customer_id, action=action,
                                   since=since, until=until, before_seq=before_seq, limit=limit)


def user_names(session: Session) -> dict[int, str]:
    return {u.id: u.name for u in users_repo.list_users(session.con, include_removed=True)}


@dataclass
class CheckReport:
    ok: bool
    database_problems: list[str] = field(default_factory=list)
    chain: ChainStatus | None = None
    cipher_version: str = ""
    schema_version: int = 0


def check_vault(session: Session) -> CheckReport:
    """The whole vault: SQLCipher page MACs, SQLite integrity, the access-log chain and its head."""
    require(session.user, Action.ADMIN)
    con = session.con
    problems = database.integrity_problems(con)
    from app.vault.repositories import customers_repo

    for in_bin in (False, True):
        kept, scanned = customers_repo.count_customers(con, in_bin), customers_repo.count_customers_scan(con, in_bin)
        if kept != scanned:
            problems.append("counts: customer count {} kept, {} found".format(kept, scanned))
    chain = _chain_status(session)
    report = CheckReport(ok=not problems and chain.ok, database_problems=problems[:50], chain=chain,
                         cipher_version=database.cipher_version(con), schema_version=database.schema_version(con))
    with session.transaction():
        session.log("check", detail={"ok": report.ok})
    return report


def cipher_version(session: Session) -> str:
    """The SQLCipher version protecting this vault (for the status bar and About)."""
    return database.cipher_version(session.con)
