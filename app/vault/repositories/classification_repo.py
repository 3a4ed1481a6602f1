"""SQL for classification: purchase statistics of every customer in one pass (PRODUCT.md §3)."""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from datetime import date, timedelta
from typing import Any

from app.models.classification import CustomerStats
from app.vault.database import Connection

BATCH = 50_000

# Counts, total and first/latest dates are the denormalised columns kept by activity_repo; the
# purchases of the last 365 days are counted only for customers who bought within them, by a seek
# into the (customer_id, date) index — cheaper than a grouped scan of every purchase.
_STATS = (
    "SELECT c.id, c.purchase_count, c.total_cents,"
    " CAST(julianday(?) - julianday(c.first_purchase) AS INTEGER),"
    " CAST(julianday(?) - julianday(c.last_purchase) AS INTEGER),"
    " CASE WHEN c.last_purchase > ? THEN"
    " (SELECT count(*) FROM purchases AS p WHERE p.customer_id = c.id AND p.date > ? AND p.date <= ?) ELSE 0 END,"
    " c.source"
    " FROM customers AS c WHERE c.deleted_at IS NULL"
)


def _params(today: date) -> tuple[str, str, str, str, str]:
    day = today.isoformat()
    since = (today - timedelta(days=365)).isoformat()
    return day, day, since, since, day


def iter_stats(con: Connection, today: date, batch: int = BATCH) -> Iterator[list[tuple[int, int, int, int | None,
                                                                                         int | None, int, str]]]:
    """Rows (id, purchases, total_cents, days_since_first, days_since_last, recent, source) of every
    customer not in the recycle bin, by id, in batches of `batch` rows."""
    cur = con.execute(_STATS + " ORDER BY c.id", _params(today))
    while True:
        rows = cur.fetchmany(batch)
        if not rows:
            return
        yield rows


_IDS = "(SELECT value FROM json_each(?))"  # a JSON array of ids as one parameter: no SQL is built


_STATS_FOR = ("SELECT c.id, c.purchase_count, c.total_cents,"  # noqa: S608 - constant SQL fragments only
              " CAST(julianday(?) - julianday(c.first_purchase) AS INTEGER),"
              " CAST(julianday(?) - julianday(c.last_purchase) AS INTEGER),"
              " (SELECT count(*) FROM purchases AS p WHERE p.customer_id = c.id AND p.date > ? AND p.date <= ?)"
              " FROM customers AS c WHERE c.id IN " + _IDS + " AND c.deleted_at IS NULL")


def stats_for(con: Connection, customer_ids: Sequence[int], today: date) -> dict[int, CustomerStats]:
    """The statistics of the given customers not in the recycle bin (the same as `iter_stats`,
    without the source), by id."""
    day, _, _, since, _ = _params(today)
    rows = con.execute(_STATS_FOR, (day, day, since, day, json.dumps(list(customer_ids)))).fetchall()
    return {row[0]: CustomerStats(*row) for row in rows}


# --- what region and tags look at ---------------------------------------------------------------
# Whole-table reads in storage order (no sort, no join; rows of customers in the recycle bin are
# returned too and simply not used), or, with `since`, only the rows of customers whose
# `updated_at` is not older (every edit of addresses, phones and tags rewrites it).

_CHANGED = " WHERE customer_id IN (SELECT id FROM customers WHERE updated_at >= ?)"


_ADDRESSES = "SELECT customer_id, country, province, city, free_form, position FROM addresses"


def addresses(con: Connection, since: str | None = None) -> Iterator[list[tuple[int, str, str, str, str, int]]]:
    """(customer id, country, province, city, free_form, position) of every address, unordered."""
    if since:
        cur = con.execute(_ADDRESSES + _CHANGED, (since,))  # noqa: S608 - constant SQL fragments only
    else:  # a sequential scan: cheaper than walking the customer index with a row read per address
        cur = con.execute(_ADDRESSES + " NOT INDEXED")
    yield from _batches(cur)


def phones(con: Connection, since: str | None = None) -> Iterator[list[tuple[int, str, int]]]:
    """(customer id, E.164 number, position) of every valid phone, unordered."""
    if since:
        cur = con.execute("SELECT customer_id, value, position FROM contact_points" + _CHANGED  # noqa: S608 - constant SQL fragments only
                          + " AND kind = 'phone' AND valid = 1", (since,))
    else:  # a sequential scan; the (kind, value) index would mean a random row read per phone
        cur = con.execute("SELECT customer_id, value, position FROM contact_points NOT INDEXED"
                          " WHERE kind = 'phone' AND valid = 1")
    yield from _batches(cur)


def customer_tags(con: Connection, since: str | None = None) -> Iterator[list[tuple[int, str]]]:
    """(customer id, the customer's tag ids joined by ",") of every tagged customer."""
    where = _CHANGED if since else ""
    sql = "SELECT customer_id, group_concat(tag_id) FROM customer_tags" + where + " GROUP BY customer_id"  # noqa: S608 - constant SQL fragments only
    yield from _batches(con.execute(sql, (since,) if since else ()))


def tag_names(con: Connection) -> dict[int, str]:
    return dict(con.execute("SELECT id, name FROM tags").fetchall())


def _batches(cur: Any, batch: int = BATCH) -> Iterator[list[Any]]:
    while True:
        rows = cur.fetchmany(batch)
        if not rows:
            return
        yield rows


_TAGS_FOR = ("SELECT ct.customer_id, t.name FROM customer_tags AS ct JOIN tags AS t ON t.id = ct.tag_id"  # noqa: S608 - constant SQL fragments only
             " WHERE ct.customer_id IN " + _IDS + " ORDER BY ct.customer_id, t.name")


def profile_rows(con: Connection, customer_ids: Sequence[int]) -> tuple[list[tuple[int, str]], list[Any],
                                                                         list[tuple[int, str]],
                                                                         list[tuple[int, str]]]:
    """Sources, addresses, valid phones and tags of a few customers (addresses and phones first
    one first, tags by name)."""
    ids = (json.dumps(list(customer_ids)),)
    sources = con.execute(
        "SELECT id, source FROM customers WHERE id IN " + _IDS + " AND deleted_at IS NULL", ids  # noqa: S608 - constant SQL fragments only
    ).fetchall()
    addresses = con.execute(
        "SELECT customer_id, country, province, city, free_form FROM addresses WHERE customer_id IN " + _IDS  # noqa: S608 - constant SQL fragments only
        + " ORDER BY customer_id, position, id", ids).fetchall()
    phones = con.execute(
        "SELECT customer_id, value FROM contact_points WHERE customer_id IN " + _IDS  # noqa: S608 - constant SQL fragments only
        + " AND kind = 'phone' AND valid = 1 ORDER BY customer_id, position, id", ids).fetchall()
    tags = con.execute(_TAGS_FOR, ids).fetchall()
    return sources, addresses, phones, tags


def change_counter(con: Connection) -> int:
    """Rows changed through this connection since it opened (SQLite's total_changes): equal values
    mean nothing was written in between. The vault has one connection, on the vault thread."""
    return int(con.total_changes)


# --- follow-ups ----------------------------------------------------------------------------------

def follow_ups_due(con: Connection, as_of: date, limit: int) -> list[tuple[int, str, str, str, str]]:
    """(customer id, name, next contact date, kind, content) of the customers not in the recycle bin
    whose latest follow-up (by date, then id) has a next contact date on or before `as_of`; the
    most overdue first."""
    return [tuple(r) for r in con.execute(
        "SELECT c.id, c.name, f.next_contact_date, f.kind, substr(f.content, 1, 200)"
        " FROM follow_ups AS f JOIN customers AS c ON c.id = f.customer_id"
        " WHERE f.next_contact_date IS NOT NULL AND f.next_contact_date <= ? AND c.deleted_at IS NULL"
        " AND f.id = (SELECT l.id FROM follow_ups AS l WHERE l.customer_id = f.customer_id"
        " ORDER BY l.date DESC, l.id DESC LIMIT 1)"
        " ORDER BY f.next_contact_date, c.id LIMIT ?",
        (as_of.isoformat(), limit),
    )]


# --- stored rules and suggested actions (JSON in the settings table) ----------------------------

def get_setting(con: Connection, key: str) -> object | None:
    row = con.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
    return None if row is None else json.loads(row[0])


def set_setting(con: Connection, key: str, value: object) -> None:
    con.execute(
        "INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        (key, json.dumps(value, ensure_ascii=False)),
    )


def changed_ids(con: Connection, since: str) -> list[int]:
    """Ids of the customers whose `updated_at` is not older than `since`."""
    return [r[0] for r in con.execute("SELECT id FROM customers WHERE updated_at >= ?", (since,))]
