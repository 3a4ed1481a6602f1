"""The access log (SECURITY.md "Access log", roles table, requirements 22 and 23).

Every action writes its entry inside the action's own transaction; the log is append-only and
hash-chained, its newest (seq, mac) is also kept in vault.keys; it names customers by id and fields
by name, never values; viewers cannot read it, staff read only their own entries.
"""

from __future__ import annotations

import json
import random
import secrets
from collections.abc import Callable, Iterator
from typing import Any

import pytest

from app.models.errors import CustomerErased, PermissionDenied, WrongCredentials
from app.models.records import AccessLogEntry, Role
from app.services import audit, customers, users
from app.services.access import VaultAccess
from app.services.session import Session
from app.vault import database
from app.vault import vault as vault_files
from app.vault.repositories import activity_repo, audit_repo, customers_repo
from tests.conftest import OWNER, OWNER_PASS, STAFF, STAFF_PASS, VIEWER, VIEWER_PASS

FIELD_NAMES = set(customers.EDITABLE_FIELDS)


# --- helpers -------------------------------------------------------------------------------------

_ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)


def random_id_number(rng: random.Random) -> str:
    """A random, valid 身份证号 (GB 11643 check character)."""
    first17 = "{}{:04d}{:02d}{:02d}{:03d}".format(
        rng.choice(["110105", "310101", "440305", "510104"]), rng.randint(1950, 2003), rng.randint(1, 12),
        rng.randint(1, 28), rng.randint(0, 999))
    return first17 + "10X98765432"[sum(int(c) * w for c, w in zip(first17, _ID_WEIGHTS, strict=True)) % 11]


def random_mobile(rng: random.Random) -> str:
    return rng.choice(["139", "138", "186", "135"]) + "".join(rng.choice("0123456789") for _ in range(8))


def all_entries(session: Session) -> list[AccessLogEntry]:
    """Oldest first."""
    return list(reversed(audit.list_entries(session, limit=100_000)))


def entries_after(session: Session, seq: int) -> list[AccessLogEntry]:
    return [e for e in all_entries(session) if e.seq > seq]


def last_seq(session: Session) -> int:
    return audit_repo.head(session.con)[0]


def summary(entries: list[AccessLogEntry]) -> list[tuple[str, int | None, int | None, frozenset[str]]]:
    return [(e.action, e.user_id, e.customer_id, frozenset(e.fields)) for e in entries]


def db_snapshot(con: database.Connection) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every real table (FTS shadow tables included), to prove nothing was stored."""
    tables = [n for (n, sql) in con.execute("SELECT name, sql FROM sqlite_master WHERE type = 'table'")
              if not str(sql).upper().startswith("CREATE VIRTUAL")]
    return {t: sorted(con.execute('SELECT * FROM "' + t + '"').fetchall(), key=repr) for t in tables}  # noqa: S608


@pytest.fixture
def tx_probe(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[tuple[str, bool]]]:
    """Records, for every access-log append, whether the connection was inside a transaction."""
    seen: list[tuple[str, bool]] = []
    real = audit_repo.append

    def append(con: database.Connection, key: bytearray, at: str, user_id: int | None, action: str,
               *args: Any, **kwargs: Any) -> tuple[int, bytes]:
        seen.append((action, bool(con.in_transaction)))
        return real(con, key, at, user_id, action, *args, **kwargs)

    monkeypatch.setattr(audit_repo, "append", append)
    yield seen


# --- every action is logged ----------------------------------------------------------------------

def test_every_action_is_logged_with_ids_and_field_names(team: Session, access: VaultAccess,
                                                        tx_probe: list[tuple[str, bool]]) -> None:
    """SECURITY "Access log": each action writes one entry — right action, user, customer id and field
    names, no values — inside the action's own transaction (the connection is mid-transaction when
    the entry is appended)."""
    owner = team
    oid = owner.user.id
    rng = random.Random(secrets.randbits(32))
    idn, phone = random_id_number(rng), random_mobile(rng)
    email = "li.na." + secrets.token_hex(3) + "@example.com"
    values = ["李娜", idn, phone, "+86" + phone, email, "wx_" + secrets.token_hex(4), "会员A级"]

    mark = last_seq(owner)
    cid = customers.create_customer(owner, {"name": "李娜", "phones": [phone], "emails": [email],
                                            "wechat": values[5], "id_number": idn,
                                            "custom": {"等级": "会员A级"}})
    [e] = entries_after(owner, mark)
    assert (e.action, e.user_id, e.customer_id) == ("create", oid, cid)
    assert {"name", "phones", "emails", "wechat", "id_number", "custom.等级"} <= set(e.fields)
    assert set(e.fields) <= FIELD_NAMES | {"custom.等级"}  # names only (derived ones such as family_name too)
    assert e.detail == {}

    mark = last_seq(owner)
    view = customers.get_customer(owner, cid)
    assert view.customer.sensitive and idn not in repr(view.customer.sensitive)  # masked
    assert summary(entries_after(owner, mark)) == [("view", oid, cid, frozenset())]

    mark = last_seq(owner)
    view = customers.get_customer(owner, cid, reveal=("id_number",))
    assert view.revealed == ("id_number",)
    assert summary(entries_after(owner, mark)) == [("view", oid, cid, frozenset()),
                                                   ("reveal", oid, cid, frozenset({"id_number"}))]

    staff = access.unlock(STAFF, STAFF_PASS)
    try:
        sid = staff.user.id
        mark = last_seq(owner)
        assert customers.get_customer(staff, cid, reveal=("id_number",)).revealed == ("id_number",)
        assert summary(entries_after(owner, mark)) == [("view", sid, cid, frozenset()),
                                                       ("reveal", sid, cid, frozenset({"id_number"}))]
    finally:
        staff.lock()

    mark = last_seq(owner)
    new_email = "na.li." + secrets.token_hex(3) + "@example.org"
    values.append(new_email)
    customers.update_customer(owner, cid, {"emails": [new_email], "notes": "prefers WeChat"})
    assert summary(entries_after(owner, mark)) == [("edit", oid, cid, frozenset({"emails", "notes"}))]

    mark = last_seq(owner)
    customers.delete_customer(owner, cid)
    customers.undelete_customer(owner, cid)
    customers.add_purchase(owner, cid, "2024-03-08", "199.00", items="茶叶")
    assert summary(entries_after(owner, mark)) == [("delete", oid, cid, frozenset()),
                                                   ("undelete", oid, cid, frozenset()),
                                                   ("purchase_add", oid, cid, frozenset())]

    mark = last_seq(owner)
    doomed = customers.create_customer(owner, {"name": "周杰"})
    customers.erase_customer(owner, doomed, request_ref="REQ-1")
    assert [(e.action, e.customer_id) for e in entries_after(owner, mark)] == [("create", doomed),
                                                                               ("erase", doomed)]
    with pytest.raises(CustomerErased):
        customers.get_customer(owner, doomed)

    mark = last_seq(owner)
    added = users.add_user(owner, "小李", Role.STAFF, "yet another passphrase here 5")
    [e] = entries_after(owner, mark)
    assert (e.action, e.user_id, e.customer_id, e.detail) == ("user_add", oid, None,
                                                             {"user": added.id, "role": "staff"})

    mark = last_seq(owner)
    status = audit.verify(owner)
    assert status.ok
    [e] = entries_after(owner, mark)
    assert (e.action, e.user_id, e.detail) == ("audit_verify", oid, {"ok": True, "count": status.count})

    # Lock, a failed unlock (known and unknown user), then a successful unlock ingests the failures.
    owner.lock()
    with pytest.raises(WrongCredentials):
        access.unlock(OWNER, "not the passphrase at all")
    with pytest.raises(WrongCredentials):
        access.unlock("nobody", "not the passphrase at all")
    assert (access.folder / "vault.failed").exists()
    again = access.unlock(OWNER, OWNER_PASS)
    try:
        tail = entries_after(again, mark + 1)
        assert [(e.action, e.user_id) for e in tail] == [("lock", oid), ("unlock_failed", oid),
                                                         ("unlock_failed", oid), ("unlock", oid)]
        assert [e.detail["user_id"] for e in tail[1:3]] == [oid, None]
        assert all(e.detail["method"] == "passphrase" and str(e.detail["at"]).endswith("Z") for e in tail[1:3])
        assert tail[3].detail == {"via": "passphrase"}
        assert not (access.folder / "vault.failed").exists()

        everything = all_entries(again)
        for e in everything:
            assert set(e.fields) <= FIELD_NAMES | {f for f in e.fields if f.startswith("custom.")}
            text = json.dumps([e.fields, e.detail], ensure_ascii=False)
            assert not [v for v in values if v in text], e
        assert audit.verify(again).ok
    finally:
        again.lock()

    # Every append happened inside an open transaction (the one of its action).
    assert tx_probe and all(in_tx for _action, in_tx in tx_probe), tx_probe
    logged = {a for a, _ in tx_probe}
    assert {"create", "view", "reveal", "edit", "delete", "undelete", "purchase_add", "erase", "user_add",
            "audit_verify", "lock", "unlock", "unlock_failed"} <= logged


# --- atomicity -----------------------------------------------------------------------------------

ACTIONS: dict[str, Callable[[Session, int], object]] = {
    "create": lambda s, cid: customers.create_customer(s, {"name": "新客户", "phones": ["13912345678"]}),
    "view": lambda s, cid: customers.get_customer(s, cid),
    "reveal": lambda s, cid: customers.get_customer(s, cid, reveal=("id_number",)),
    "edit": lambda s, cid: customers.update_customer(s, cid, {"notes": "changed", "name": "王芳芳"}),
    "delete": lambda s, cid: customers.delete_customer(s, cid),
    "erase": lambda s, cid: customers.erase_customer(s, cid),
    "purchase_add": lambda s, cid: customers.add_purchase(s, cid, "2024-01-02", "10"),
    "user_add": lambda s, cid: users.add_user(s, "小赵", Role.VIEWER, "a viewer passphrase that is long 3"),
}


class Boom(Exception):
    pass


@pytest.mark.parametrize("action", sorted(ACTIONS))
def test_failure_after_logging_stores_neither_change_nor_entry(owner: Session, action: str,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    """SECURITY "Access log": the action and its entry commit together or not at all. The entry is
    written (and visible inside the transaction), then the action fails: afterwards the database is
    row-for-row what it was, the chain verifies, and vault.keys' head has not moved."""
    cid = customers.create_customer(owner, {"name": "王芳", "id_number": "11010519491231002X"})
    before = db_snapshot(owner.con)
    head_before = owner.vault.keyfile.audit_head
    seq_before = last_seq(owner)
    real = audit_repo.append
    written: list[int] = []

    def append(con: database.Connection, key: bytearray, at: str, user_id: int | None, act: str,
               *args: Any, **kwargs: Any) -> tuple[int, bytes]:
        seq, mac = real(con, key, at, user_id, act, *args, **kwargs)
        if act == action:
            assert con.execute("SELECT action FROM access_log WHERE seq = ?", (seq,)).fetchone() == (act,)
            written.append(seq)
            raise Boom()
        return seq, mac

    monkeypatch.setattr(audit_repo, "append", append)
    with pytest.raises(Boom):
        ACTIONS[action](owner, cid)
    monkeypatch.setattr(audit_repo, "append", real)
    assert written == [seq_before + 1 + (action == "reveal")]  # a reveal logs `view` first
    assert not owner.con.in_transaction
    assert db_snapshot(owner.con) == before
    assert last_seq(owner) == seq_before
    assert owner.vault.keyfile.audit_head == head_before
    assert audit.verify(owner).ok


def test_failure_inside_update_rolls_back_change_and_entry(owner: Session, monkeypatch: pytest.MonkeyPatch) -> None:
    """SECURITY "Access log": a repository failure inside update_customer (after the row was saved)
    leaves neither the edit nor an `edit` entry."""
    cid = customers.create_customer(owner, {"name": "王芳", "notes": "old"})
    before = db_snapshot(owner.con)
    seq_before = last_seq(owner)

    def insert_changes(*args: Any, **kwargs: Any) -> None:
        raise Boom()

    monkeypatch.setattr(activity_repo, "insert_changes", insert_changes)
    with pytest.raises(Boom):
        customers.update_customer(owner, cid, {"notes": "new"})
    assert db_snapshot(owner.con) == before
    assert last_seq(owner) == seq_before
    monkeypatch.undo()
    assert customers.get_customer(owner, cid).customer.notes == "old"


def test_failed_add_user_leaves_no_key_slot(owner: Session, access: VaultAccess, monkeypatch: pytest.MonkeyPatch) -> None:
    """SECURITY "Access log"/roles: an add_user whose transaction fails (here: the log write) must not
    leave a usable key slot behind — otherwise that passphrase later opens the vault as the next user
    created with the recycled id (e.g. a second owner)."""
    real = audit_repo.append

    def append(con: database.Connection, key: bytearray, at: str, user_id: int | None, act: str,
               *args: Any, **kwargs: Any) -> tuple[int, bytes]:
        if act == "user_add":
            raise Boom()
        return real(con, key, at, user_id, act, *args, **kwargs)

    monkeypatch.setattr(audit_repo, "append", append)
    with pytest.raises(Boom):
        users.add_user(owner, "mallory", Role.VIEWER, "mallory has a long passphrase 1")
    monkeypatch.setattr(audit_repo, "append", real)
    assert [u.name for u in users.list_users(owner)] == [OWNER]
    users.add_user(owner, "second owner", Role.OWNER, "the second owner passphrase is long 7")
    owner.lock()
    try:
        intruder = access.unlock("mallory", "mallory has a long passphrase 1")
    except WrongCredentials:
        pass
    else:
        role = intruder.user.role
        intruder.lock()
        pytest.fail(f"the rolled-back user's passphrase unlocks the vault as {role}")
    assert [u.name for u in vault_files.list_users(access.folder)] == [OWNER, "second owner"]


# --- requirement 22: tampering -------------------------------------------------------------------

def _busy_log(owner: Session) -> int:
    """A realistic log of ~20 entries; returns the number of entries."""
    a = customers.create_customer(owner, {"name": "张伟", "id_number": "11010519491231002X"})
    b = customers.create_customer(owner, {"name": "Anna Smith", "emails": ["anna@example.com"]})
    for cid in (a, b, a):
        customers.get_customer(owner, cid)
    customers.get_customer(owner, a, reveal=("id_number",))
    customers.update_customer(owner, a, {"notes": "VIP"})
    customers.add_purchase(owner, b, "2024-02-02", "88")
    customers.delete_customer(owner, b)
    customers.undelete_customer(owner, b)
    c = customers.create_customer(owner, {"name": "刘洋"})
    customers.erase_customer(owner, c)
    for cid in (a, b):
        customers.get_customer(owner, cid)
    return last_seq(owner)


def _drop_triggers(con: database.Connection) -> None:
    """Prove the append-only triggers exist (UPDATE and DELETE abort), then drop them."""
    names = {n for (n,) in con.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")}
    assert {"access_log_no_update", "access_log_no_delete"} <= names
    with pytest.raises(database.DatabaseError, match="append-only"):
        con.execute("UPDATE access_log SET action = 'x' WHERE seq = 2")
    with pytest.raises(database.DatabaseError, match="append-only"):
        con.execute("DELETE FROM access_log WHERE seq = 2")
    with pytest.raises(database.DatabaseError, match="append-only"):
        con.execute("DELETE FROM access_log")
    assert con.execute("SELECT action FROM access_log WHERE seq = 2").fetchone() != ("x",)
    con.execute("DROP TRIGGER access_log_no_update")
    con.execute("DROP TRIGGER access_log_no_delete")


def _swap(con: database.Connection, a: int, b: int) -> None:
    con.execute("UPDATE access_log SET seq = -1 WHERE seq = ?", (a,))
    con.execute("UPDATE access_log SET seq = ? WHERE seq = ?", (a, b))
    con.execute("UPDATE access_log SET seq = ? WHERE seq = -1", (b,))


K = 7  # a middle row (the log has ~20 rows)
_OTHER_ACTION = ("UPDATE access_log SET action = CASE WHEN action = 'view' THEN 'reveal' ELSE 'view' END"
                 " WHERE seq = ?")

# name -> (tamper(con, n), expected broken_at(n))
TAMPERING: dict[str, tuple[Callable[[database.Connection, int], object], Callable[[int], int]]] = {
    "action": (lambda con, n: con.execute(_OTHER_ACTION, (K,)), lambda n: K),
    "at": (lambda con, n: con.execute("UPDATE access_log SET at = '2001-01-01T00:00:00Z' WHERE seq = ?", (K,)),
           lambda n: K),
    "fields": (lambda con, n: con.execute("UPDATE access_log SET fields = fields || ',id_number' WHERE seq = ?",
                                          (K,)), lambda n: K),
    "detail": (lambda con, n: con.execute("UPDATE access_log SET detail = '{\"via\":\"keyring\"}' WHERE seq = ?",
                                          (K,)), lambda n: K),
    "user_id": (lambda con, n: con.execute("UPDATE access_log SET user_id = 99 WHERE seq = ?", (K,)), lambda n: K),
    "user_id_null": (lambda con, n: con.execute("UPDATE access_log SET user_id = NULL WHERE seq = ?", (K,)),
                     lambda n: K),
    "customer_id": (lambda con, n: con.execute("UPDATE access_log SET customer_id = 42 WHERE seq = ?", (K,)),
                    lambda n: K),
    "mac": (lambda con, n: con.execute("UPDATE access_log SET mac = zeroblob(32) WHERE seq = ?", (K,)), lambda n: K),
    "first_row": (lambda con, n: con.execute("UPDATE access_log SET at = '2001-01-01T00:00:00Z' WHERE seq = 1"),
                  lambda n: 1),
    "last_row": (lambda con, n: con.execute(_OTHER_ACTION, (n,)), lambda n: n),
    "delete_middle": (lambda con, n: con.execute("DELETE FROM access_log WHERE seq = ?", (K,)), lambda n: K),
    "delete_first": (lambda con, n: con.execute("DELETE FROM access_log WHERE seq = 1"), lambda n: 1),
    "swap_adjacent": (lambda con, n: _swap(con, K, K + 1), lambda n: K),
    "swap_distant": (lambda con, n: _swap(con, K, n - 2), lambda n: K),
    "renumber_tail": (lambda con, n: con.execute("UPDATE access_log SET seq = seq + 1000 WHERE seq > ?", (K,)),
                      lambda n: K + 1),
    "append_forged": (lambda con, n: con.execute(
        "INSERT INTO access_log (seq, at, user_id, action, customer_id, fields, detail, mac)"
        " SELECT seq + 1, at, user_id, 'view', customer_id, '', '{}', mac FROM access_log WHERE seq = ?", (n,)),
        lambda n: n + 1),
    "truncate_tail": (lambda con, n: con.execute("DELETE FROM access_log WHERE seq > ?", (n - 3,)), lambda n: n - 2),
    "truncate_last": (lambda con, n: con.execute("DELETE FROM access_log WHERE seq = ?", (n,)), lambda n: n),
    "truncate_all": (lambda con, n: con.execute("DELETE FROM access_log"), lambda n: 1),
}


@pytest.mark.parametrize("case", list(TAMPERING))
@pytest.mark.parametrize("check", ["verify", "check_vault"])
def test_tampering_fails_verification(owner: Session, case: str, check: str) -> None:
    """SECURITY requirement 22: modifying any column of a row, deleting or reordering rows, forging a
    row, or truncating the tail (caught by the head in vault.keys) fails verification, which points
    at the right seq; the untouched log verifies."""
    n = _busy_log(owner)
    assert n > K + 5
    con = owner.con
    _drop_triggers(con)
    assert owner.vault.keyfile.audit_head.seq == n  # the head is in vault.keys (read back below)
    on_disk = json.loads((owner.vault.paths.keys).read_text("utf-8"))["audit_head"]
    assert on_disk == {"seq": n, "mac": audit_repo.mac_at(con, n).hex()}  # type: ignore[union-attr]
    assert audit._chain_status(owner).ok  # untouched (read-only check: nothing appended)

    tamper, expected = TAMPERING[case]
    tamper(con, n)
    if check == "verify":
        status = audit.verify(owner)
    else:
        report = audit.check_vault(owner)
        assert not report.ok and report.database_problems == []
        assert report.chain is not None
        status = report.chain
    assert not status.ok
    assert status.broken_at == expected(n)
    assert status.truncated == case.startswith("truncate")


def test_untouched_log_verifies_and_keeps_verifying(owner: Session, access: VaultAccess) -> None:
    """SECURITY requirement 22 (control): the same busy log, untouched, verifies — also after the
    verification entries themselves, a whole-vault check and a lock/unlock round."""
    _busy_log(owner)
    for _ in range(2):
        assert audit.verify(owner).ok
    assert audit.check_vault(owner).ok
    owner.lock()
    again = access.unlock(OWNER, OWNER_PASS)
    try:
        status = audit.verify(again)
        assert status.ok and status.broken_at is None and status.count == last_seq(again) - 1
        assert audit.check_vault(again).ok
    finally:
        again.lock()


def test_append_only_triggers_block_update_and_delete(owner: Session) -> None:
    """SECURITY requirement 22: the append-only triggers stop UPDATE and DELETE on the live log."""
    _busy_log(owner)
    before = db_snapshot(owner.con)["access_log"]
    for sql in ("UPDATE access_log SET at = 'x'", "DELETE FROM access_log WHERE seq > 3",
                "UPDATE access_log SET seq = seq + 1 WHERE seq = 2"):
        with pytest.raises(database.DatabaseError, match="append-only"):
            owner.con.execute(sql)
    assert db_snapshot(owner.con)["access_log"] == before


def _truncate_tail_outside_the_app(owner: Session, access: VaultAccess, keep: int) -> Session:
    literal = owner.vault.keys.sqlcipher_key_literal()
    owner.lock()
    con = database.connect(access.folder / "vault.db", literal)
    try:
        con.execute("DROP TRIGGER access_log_no_delete")
        con.execute("DELETE FROM access_log WHERE seq > ?", (keep,))
    finally:
        con.close()
    return access.unlock(OWNER, OWNER_PASS)


def test_edits_outside_the_app_are_detected_after_unlock(owner: Session, access: VaultAccess) -> None:
    """SECURITY requirement 22: a row edited with the key but outside the app (vault locked) is still
    reported after the next unlock."""
    _busy_log(owner)
    literal = owner.vault.keys.sqlcipher_key_literal()
    owner.lock()
    con = database.connect(access.folder / "vault.db", literal)
    try:
        con.execute("DROP TRIGGER access_log_no_update")
        con.execute(_OTHER_ACTION, (K,))
    finally:
        con.close()
    again = access.unlock(OWNER, OWNER_PASS)
    try:
        status = audit.verify(again)
        assert not status.ok and status.broken_at == K
    finally:
        again.lock()


def test_tail_truncated_while_locked_is_detected_after_unlock(owner: Session, access: VaultAccess) -> None:
    """SECURITY requirement 22: truncating the tail outside the app (vault locked, key in hand) fails
    verification after the next unlock: the head in vault.keys still names the removed entries."""
    n = _busy_log(owner) + 1  # + the lock entry
    again = _truncate_tail_outside_the_app(owner, access, keep=n - 4)
    try:
        status = audit.verify(again)
        # The unlock entry now occupies the first removed position, so the report names it or the next.
        assert not status.ok and status.truncated and status.broken_at in (n - 3, n - 2)
    finally:
        again.lock()


def test_truncation_stays_detected(owner: Session) -> None:
    """SECURITY requirement 22: a detected truncation is not laundered by the next logged action."""
    n = _busy_log(owner)
    _drop_triggers(owner.con)
    owner.con.execute("DELETE FROM access_log WHERE seq > ?", (n - 3,))
    first = audit.verify(owner)
    assert not first.ok and first.truncated
    customers.list_customers(owner)
    customers.get_customer(owner, 1)
    second = audit.verify(owner)
    assert not second.ok


# --- requirement 23: no personal data ------------------------------------------------------------

def test_log_and_ledger_hold_no_personal_data(team: Session, access: VaultAccess) -> None:
    """SECURITY requirement 23: after a realistic session (create, edit, reveal, search, recycle bin,
    purchases, erase) no column of access_log or erasure_ledger holds a name, email, phone number
    (E.164 or national digits), WeChat id, ID number or bank account that was used."""
    owner = team
    rng = random.Random(secrets.randbits(32))
    people = [("张伟", "zhang.wei"), ("欧阳娜娜", "nana.oy"), ("Emily Carter", "emily.carter"), ("王小明", "xm.wang")]
    pii: list[str] = []
    ids: list[int] = []
    for name, local in people:
        phone, idn = random_mobile(rng), random_id_number(rng)
        email = f"{local}.{secrets.token_hex(2)}@example.com"
        wechat = "wx" + secrets.token_hex(5)
        bank = "6222" + "".join(rng.choice("0123456789") for _ in range(12))
        pii += [name, email, email.split("@")[0], phone, "+86" + phone, idn, wechat, bank]
        ids.append(customers.create_customer(owner, {"name": name, "phones": [phone], "emails": [email],
                                                     "wechat": wechat, "id_number": idn, "bank_account": bank,
                                                     "notes": name + " 的备注"}))
    new_phone, new_name = random_mobile(rng), "张伟伟"
    pii += [new_phone, "+86" + new_phone, new_name]
    customers.update_customer(owner, ids[0], {"phones": [new_phone], "name": new_name})
    customers.get_customer(owner, ids[1], reveal=("id_number", "bank_account"))
    customers.reveal_field(owner, ids[2], "id_number")
    customers.log_copy(owner, ids[2], "phones")
    customers.search_customers(owner, "张伟")
    customers.search_customers(owner, pii[3])
    customers.add_purchase(owner, ids[2], "2024-06-01", "350", items="生日礼物 for " + people[2][0])
    customers.add_follow_up(owner, ids[2], "2024-06-02", content="called " + people[2][0])
    customers.delete_customer(owner, ids[3])
    customers.undelete_customer(owner, ids[3])
    staff = access.unlock(STAFF, STAFF_PASS)
    try:
        customers.get_customer(staff, ids[0], reveal=("id_number",))
        customers.update_customer(staff, ids[3], {"emails": ["changed." + pii[1]]})
    finally:
        staff.lock()
    customers.erase_customer(owner, ids[1], request_ref="PIPL-2024-017")
    customers.erase_customer(owner, ids[0])
    audit.verify(owner)

    rows = owner.con.execute("SELECT * FROM access_log").fetchall()
    rows += owner.con.execute("SELECT * FROM erasure_ledger").fetchall()
    assert len(rows) > 25
    assert sorted(customers_repo.erased_ids(owner.con)) == sorted(ids[:2])
    for row in rows:
        for value in row:
            if isinstance(value, bytes):
                assert not [p for p in pii if p.encode() in value], row
            elif value is not None:
                text = str(value)
                leaked = [p for p in pii if p in text or p.lower() in text.lower()]
                assert not leaked, (leaked, row)


# --- roles ---------------------------------------------------------------------------------------

def test_who_may_read_the_log(team: Session, access: VaultAccess) -> None:
    """SECURITY roles table, "access log: view all / verify": owner all, staff own entries only,
    viewer none; only the owner may verify or check the vault."""
    owner = team
    cid = customers.create_customer(owner, {"name": "陈静", "id_number": "11010519491231002X"})
    staff = access.unlock(STAFF, STAFF_PASS)
    viewer = access.unlock(VIEWER, VIEWER_PASS)
    try:
        customers.get_customer(staff, cid, reveal=("id_number",))
        customers.get_customer(viewer, cid)

        with pytest.raises(PermissionDenied):
            audit.list_entries(viewer)
        with pytest.raises(PermissionDenied):
            audit.list_entries(viewer, user_name=VIEWER)
        for who in (viewer, staff):
            with pytest.raises(PermissionDenied):
                audit.verify(who)
            with pytest.raises(PermissionDenied):
                audit.check_vault(who)

        own = audit.list_entries(staff, limit=1000)
        assert own and {e.user_id for e in own} == {staff.user.id}
        assert {"unlock", "view", "reveal"} <= {e.action for e in own}
        assert audit.list_entries(staff, user_name=OWNER) == []
        assert audit.list_entries(staff, user_name=VIEWER) == []
        assert {e.user_id for e in audit.list_entries(staff, customer_id=cid)} == {staff.user.id}
        assert {e.user_id for e in audit.list_entries(staff, user_name=STAFF)} == {staff.user.id}

        everything = audit.list_entries(owner, limit=1000)
        assert {owner.user.id, staff.user.id, viewer.user.id} <= {e.user_id for e in everything}
        assert len(everything) > len(own)
        assert {e.user_id for e in audit.list_entries(owner, user_name=STAFF)} == {staff.user.id}
        assert [e.seq for e in everything] == sorted((e.seq for e in everything), reverse=True)
    finally:
        viewer.lock()
        staff.lock()
