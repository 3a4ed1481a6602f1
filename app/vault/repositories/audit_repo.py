"""SQL for the append-only, hash-chained access log."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass

from app.models.records import AccessLogEntry
from app.vault import crypto
from app.vault.database import Connection

GENESIS = b"\x00" * 32


def canonical_row(seq: int, at: str, user_id: int | None, action: str, customer_id: int | None,
                  fields: str, detail: str) -> bytes:
    return crypto.canonical_json([seq, at, user_id, action, customer_id, fields, detail])


def head(con: Connection) -> tuple[int, bytes]:
    row = con.execute("SELECT seq, mac FROM access_log ORDER BY seq DESC LIMIT 1").fetchone()
    return (0, GENESIS) if row is None else (int(row[0]), bytes(row[1]))


def append(con: Connection, audit_key: bytearray, at: str, user_id: int | None, action: str,
           customer_id: int | None, fields: tuple[str, ...], detail: dict[str, object]) -> tuple[int, bytes]:
    """Append one entry inside the caller's transaction; returns the new (seq, mac)."""
    prev_seq, prev_mac = head(con)
    seq = prev_seq + 1
    fields_text = ",".join(fields)
    detail_text = json.dumps(detail, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    mac = crypto.mac(audit_key, prev_mac, canonical_row(seq, at, user_id, action, customer_id, fields_text, detail_text))
    con.execute(
        "INSERT INTO access_log (seq, at, user_id, action, customer_id, fields, detail, mac) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (seq, at, user_id, action, customer_id, fields_text, detail_text, mac),
    )
    return seq, mac


@dataclass(frozen=True)
class ChainCheck:
    count: int
    broken_at: int | None  # seq of the first entry that fails, None when intact
    head_seq: int
    head_mac: bytes


def verify_chain(con: Connection, audit_key: bytearray) -> ChainCheck:
    prev = GENESIS
    expected_seq = 1
    count = 0
    last_seq = 0
    cur = con.execute("SELECT seq, at, user_id, action, customer_id, fields, detail, mac FROM access_log ORDER BY seq")
    for seq, at, user_id, action, customer_id, fields, detail, mac in cur:
        count += 1
        if seq != expected_seq:
            return ChainCheck(count, expected_seq, last_seq, prev)
        want = crypto.mac(audit_key, prev, canonical_row(seq, at, user_id, action, customer_id, fields, detail))
        if not crypto_equal(want, bytes(mac)):
            return ChainCheck(count, seq, last_seq, prev)
        prev = want
        last_seq = seq
        expected_seq += 1
    return ChainCheck(count, None, last_seq, prev)


def crypto_equal(a: bytes, b: bytes) -> bool:
    import hmac

    return hmac.compare_digest(a, b)


def mac_at(con: Connection, seq: int) -> bytes | None:
    row = con.execute("SELECT mac FROM access_log WHERE seq = ?", (seq,)).fetchone()
    return None if row is None else bytes(row[0])


def _entry(row: tuple[object, ...]) -> AccessLogEntry:
    fields = str(row[5])
    return AccessLogEntry(
        seq=int(row[0]),  # type: ignore[call-overload]
        at=str(row[1]),
        user_id=None if row[2] is None else int(row[2]),  # type: ignore[call-overload]
        action=str(row[3]),
        customer_id=None if row[4] is None else int(row[4]),  # type: ignore[call-overload]
        fields=tuple(f for f in fields.split(",") if f),
        detail=json.loads(str(row[6])),
    )


def list_entries(con: Connection, *, user_id: int | None = None, customer_id: int | None = None,
                 action: str | None = None, since: str | None = None, until: str | None = None,
                 before_seq: int | None = None, limit: int = 100) -> list[AccessLogEntry]:
    """Newest first, keyset-paged by `before_seq`."""
    clauses: list[str] = []
    params: list[object] = []
    for clause, value in (
        ("user_id = ?", user_id), ("customer_id = ?", customer_id), ("action = ?", action),
        ("at >= ?", since), ("at < ?", until), ("seq < ?", before_seq),
    ):
        if value is not None:
            clauses.append(clause)
            params.append(value)
    where = (" WHERE " + " AND ".join(clauses)) if clauses else ""
    sql = "SELECT seq, at, user_id, action, customer_id, fields, detail FROM access_log" + where  # noqa: S608 - constant SQL fragments only
    rows = con.execute(sql + " ORDER BY seq DESC LIMIT ?", (*params, limit)).fetchall()
    return [_entry(r) for r in rows]


def iter_all(con: Connection) -> Iterator[AccessLogEntry]:
    for row in con.execute("SELECT seq, at, user_id, action, customer_id, fields, detail FROM access_log ORDER BY seq"):
        yield _entry(row)


def count(con: Connection) -> int:
    return int(con.execute("SELECT count(*) FROM access_log").fetchone()[0])


def rechain(con: Connection, old_key: bytearray, new_key: bytearray) -> None:
    """Re-key the chain for a vault-key rotation, inside the caller's transaction.

    The chain must verify under the old key first (rotation never launders tampering). The
    append-only triggers are lifted only for the duration of this transaction.
    """
    from app.models.errors import AuditChainBroken

    check = verify_chain(con, old_key)
    if check.broken_at is not None:
        raise AuditChainBroken(seq=check.broken_at)
    con.execute("DROP TRIGGER access_log_no_update")
    prev = GENESIS
    rows = con.execute(
        "SELECT seq, at, user_id, action, customer_id, fields, detail FROM access_log ORDER BY seq"
    ).fetchall()
    for seq, at, user_id, action, customer_id, fields, detail in rows:
        prev = crypto.mac(new_key, prev, canonical_row(seq, at, user_id, action, customer_id, fields, detail))
        con.execute("UPDATE access_log SET mac = ? WHERE seq = ?", (prev, seq))
    con.execute(
        "CREATE TRIGGER access_log_no_update BEFORE UPDATE ON access_log"
        " BEGIN SELECT RAISE(ABORT, 'access log is append-only'); END"
    )
