"""SQL for purchases, follow-ups, consents and the change history."""

from __future__ import annotations

import json
from decimal import Decimal

from app.models.records import ChangeRecord, Consent, FollowUp, Purchase
from app.vault.database import Connection


def cents(amount: Decimal) -> int:
    return int((amount * 100).to_integral_value())


def insert_purchase(con: Connection, p: Purchase, at: str) -> int:
    cur = con.execute(
        "INSERT INTO purchases (customer_id, date, amount, amount_cents, currency, items, channel, created_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (p.customer_id, p.date, str(p.amount), cents(p.amount), p.currency, p.items, p.channel, at),
    )
    refresh_purchase_stats(con, p.customer_id)
    return int(cur.lastrowid)


def refresh_purchase_stats(con: Connection, customer_id: int) -> None:
    con.execute(
        "UPDATE customers SET (purchase_count, total_cents, first_purchase, last_purchase) ="
        " (SELECT count(*), coalesce(sum(amount_cents), 0), min(date), max(date) FROM purchases WHERE customer_id = ?)"
        " WHERE id = ?",
        (customer_id, customer_id),
    )


def list_purchases(con: Connection, customer_id: int) -> list[Purchase]:
    return [
        Purchase(customer_id=customer_id, id=r[0], date=r[1], amount=Decimal(r[2]), currency=r[3], items=r[4],
                 channel=r[5], created_at=r[6])
        for r in con.execute(
            "SELECT id, date, amount, currency, items, channel, created_at FROM purchases WHERE customer_id = ?"
            " ORDER BY date DESC, id DESC",
            (customer_id,),
        )
    ]


def insert_follow_up(con: Connection, f: FollowUp, at: str) -> int:
    cur = con.execute(
        "INSERT INTO follow_ups (customer_id, date, kind, content, next_contact_date, user_id, created_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?)",
        (f.customer_id, f.date, f.kind, f.content, f.next_contact_date, f.user_id, at),
    )
    return int(cur.lastrowid)


def list_follow_ups(con: Connection, customer_id: int) -> list[FollowUp]:
    return [
        FollowUp(customer_id=customer_id, id=r[0], date=r[1], kind=r[2], content=r[3], next_contact_date=r[4],
                 user_id=r[5])
        for r in con.execute(
            "SELECT id, date, kind, content, next_contact_date, user_id FROM follow_ups WHERE customer_id = ?"
            " ORDER BY date DESC, id DESC",
            (customer_id,),
        )
    ]


def insert_consent(con: Connection, c: Consent) -> int:
    cur = con.execute(
        "INSERT INTO consents (customer_id, purpose, channel, granted_at, withdrawn_at, note) VALUES (?, ?, ?, ?, ?, ?)",
        (c.customer_id, c.purpose, c.channel, c.granted_at, c.withdrawn_at, c.note),
    )
    return int(cur.lastrowid)


def withdraw_consent(con: Connection, consent_id: int, at: str) -> int:
    """Returns the customer id, or 0 when there is no such open consent."""
    row = con.execute("SELECT customer_id FROM consents WHERE id = ? AND withdrawn_at IS NULL", (consent_id,)).fetchone()
    if row is None:
        return 0
    con.execute("UPDATE consents SET withdrawn_at = ? WHERE id = ?", (at, consent_id))
    return int(row[0])


def list_consents(con: Connection, customer_id: int) -> list[Consent]:
    return [
        Consent(customer_id=customer_id, id=r[0], purpose=r[1], channel=r[2], granted_at=r[3], withdrawn_at=r[4],
                note=r[5])
        for r in con.execute(
            "SELECT id, purpose, channel, granted_at, withdrawn_at, note FROM consents WHERE customer_id = ?"
            " ORDER BY granted_at DESC, id DESC",
            (customer_id,),
        )
    ]


# --- change history -----------------------------------------------------------------------------

def insert_changes(con: Connection, customer_id: int, group_id: str, user_id: int | None, at: str,
                   changes: list[tuple[str, object, object]]) -> None:
    con.executemany(
        "INSERT INTO change_history (customer_id, group_id, user_id, at, field, old_value, new_value)"
        " VALUES (?, ?, ?, ?, ?, ?, ?)",
        [
            (customer_id, group_id, user_id, at, field, json.dumps(old, ensure_ascii=False),
             json.dumps(new, ensure_ascii=False))
            for field, old, new in changes
        ],
    )


def _record(r: tuple[object, ...]) -> ChangeRecord:
    return ChangeRecord(
        id=int(r[0]), customer_id=int(r[1]), group_id=str(r[2]),  # type: ignore[call-overload]
        user_id=None if r[3] is None else int(r[3]), at=str(r[4]), field=str(r[5]),  # type: ignore[call-overload]
        old_value=None if r[6] is None else str(r[6]), new_value=None if r[7] is None else str(r[7]),
        reverted_by=None if r[8] is None else str(r[8]),
    )


_HISTORY = "SELECT id, customer_id, group_id, user_id, at, field, old_value, new_value, reverted_by FROM change_history"


def list_history(con: Connection, customer_id: int) -> list[ChangeRecord]:
    return [_record(r) for r in con.execute(_HISTORY + " WHERE customer_id = ? ORDER BY id DESC", (customer_id,))]


def group_changes(con: Connection, group_id: str) -> list[ChangeRecord]:
    return [_record(r) for r in con.execute(_HISTORY + " WHERE group_id = ? ORDER BY id", (group_id,))]


def mark_reverted(con: Connection, group_id: str, by_group: str) -> None:
    con.execute("UPDATE change_history SET reverted_by = ? WHERE group_id = ?", (by_group, group_id))


def bulk_insert_activity(con: Connection, purchases: list[Purchase], follow_ups: list[FollowUp],
                         consents: list[Consent], at: str) -> None:
    """Many purchases/follow-ups/consents at once, then refresh the purchase statistics of the
    customers involved with one grouped UPDATE."""
    con.executemany(
        "INSERT INTO purchases (customer_id, date, amount, amount_cents, currency, items, channel, created_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [(p.customer_id, p.date, str(p.amount), cents(p.amount), p.currency, p.items, p.channel, at) for p in purchases],
    )
    con.executemany(
        "INSERT INTO follow_ups (customer_id, date, kind, content, next_contact_date, user_id, created_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?)",
        [(f.customer_id, f.date, f.kind, f.content, f.next_contact_date, f.user_id, at) for f in follow_ups],
    )
    con.executemany(
        "INSERT INTO consents (customer_id, purpose, channel, granted_at, withdrawn_at, note) VALUES (?, ?, ?, ?, ?, ?)",
        [(c.customer_id, c.purpose, c.channel, c.granted_at, c.withdrawn_at, c.note) for c in consents],
    )
    if purchases:
        low = min(p.customer_id for p in purchases)
        high = max(p.customer_id for p in purchases)
        con.execute(
            "UPDATE customers SET (purchase_count, total_cents, first_purchase, last_purchase) ="
            " (s.n, s.total, s.first, s.last) FROM (SELECT customer_id, count(*) AS n, sum(amount_cents) AS total,"
            " min(date) AS first, max(date) AS last FROM purchases WHERE customer_id BETWEEN ? AND ?"
            " GROUP BY customer_id) AS s WHERE customers.id = s.customer_id",
            (low, high),
        )
