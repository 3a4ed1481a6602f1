"""SQL for classification: purchase statistics of every customer in one pass (PRODUCT.md §3)."""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from datetime import date, timedelta
from typing import Any, cast

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


# The same statistics for one id range as seven JSON arrays in one row: SQLite builds them while the
# Python lock (GIL) is released for the whole statement rather than handed back once per row, so the
# read runs beside Python work on another thread; `json.loads` then makes the lists in C. Every array
# aggregates the same rows in the same order, the rowid range scan's (checked by the service).
# The recent count costs about half of the statement: the seeks decrypt nearly every page of the
# purchases index (600k of 1M customers bought in the last year, ~16 customers a page).
_STATS_COLUMNS = (
    "SELECT json_group_array(c.id), json_group_array(c.purchase_count), json_group_array(c.total_cents),"
    " json_group_array(CAST(:jday - julianday(c.first_purchase) AS INTEGER)),"
    " json_group_array(CAST(:jday - julianday(c.last_purchase) AS INTEGER)),"
    " json_group_array(CASE WHEN c.last_purchase > :since THEN"
    " (SELECT count(*) FROM purchases AS p WHERE p.customer_id = c.id AND p.date > :since AND p.date <= :day)"
    " ELSE 0 END),"
    " json_group_array(c.source)"
    " FROM customers AS c WHERE c.deleted_at IS NULL AND c.id >= :first AND c.id < :end"
)

StatsColumns = tuple[list[int], list[int], list[int], list[int | None], list[int | None], list[int], list[str]]


def stats_columns(con: Connection, today: date, id_range: tuple[int, int]) -> StatsColumns:
    """What `iter_stats` gives for the ids first ≤ id < end (a rowid range: parts of one pass can
    run on two connections), as columns (ids, purchases, total_cents, days_since_first,
    days_since_last, recent, source)."""
    day, _, since, _, _ = _params(today)
    # julianday(today) once here instead of once per row: the same number (midnight is .5)
    jday = today.toordinal() + 1721424.5
    row = con.execute(_STATS_COLUMNS, {"jday": jday, "day": day, "since": since,
                                       "first": id_range[0], "end": id_range[1]}).fetchone()
    ids, purchases, totals, first, last, recent, sources = (json.loads(text) for text in row)
    return ids, purchases, totals, first, last, recent, sources


def id_bounds(con: Connection) -> tuple[int, int]:
    """(lowest, highest) customer id, (0, 0) without customers."""
    # two subqueries: each is one index step, where min and max in one SELECT scan the table
    low, high = con.execute("SELECT (SELECT min(id) FROM customers), (SELECT max(id) FROM customers)").fetchone()
    return (0, 0) if low is None else (int(low), int(high))


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


AddressColumns = tuple[list[int], list[str], list[str], list[str], list[str], list[int]]


def addresses(con: Connection, since: str | None = None) -> AddressColumns:
    """Every address as columns (customer ids, country, province, city, free_form, position), in
    storage (rowid) order."""
    if since:
        found = _columns(con.execute(_ADDRESSES + _CHANGED + " ORDER BY id", (since,)), 6)  # noqa: S608 - constant SQL fragments only
    else:  # a sequential scan (cheaper than walking the customer index with a row read per address)
        found = _json_columns(con, "SELECT json_group_array(customer_id), json_group_array(country),"
                                   " json_group_array(province), json_group_array(city),"
                                   " json_group_array(free_form), json_group_array(position)"
                                   " FROM addresses NOT INDEXED")
    return cast(AddressColumns, found)


def phones(con: Connection, since: str | None = None) -> tuple[list[int], list[str], list[int]]:
    """Every valid phone as columns (customer ids, E.164 numbers, positions), in storage order."""
    if since:
        found = _columns(con.execute(
            "SELECT customer_id, value, position FROM contact_points" + _CHANGED  # noqa: S608 - constant SQL fragments only
            + " AND kind = 'phone' AND valid = 1 ORDER BY id", (since,)), 3)
    else:  # a sequential scan; the (kind, value) index would mean a random row read per phone
        found = _json_columns(con, "SELECT json_group_array(customer_id), json_group_array(value),"
                                   " json_group_array(position)"
                                   " FROM contact_points NOT INDEXED WHERE kind = 'phone' AND valid = 1")
    return cast(tuple[list[int], list[str], list[int]], found)


def customer_tags(con: Connection, since: str | None = None) -> tuple[list[int], list[str]]:
    """Columns (customer ids, each customer's tag ids joined by ",") of every tagged customer."""
    if since:
        found = _columns(con.execute(
            "SELECT customer_id, group_concat(tag_id) FROM customer_tags" + _CHANGED  # noqa: S608 - constant SQL fragments only
            + " GROUP BY customer_id", (since,)), 2)
    else:
        found = _json_columns(con, "SELECT json_group_array(customer_id), json_group_array(tags) FROM"
                                   " (SELECT customer_id, group_concat(tag_id) AS tags FROM customer_tags"
                                   " GROUP BY customer_id)")
    return cast(tuple[list[int], list[str]], found)


def tag_names(con: Connection) -> dict[int, str]:
    return dict(con.execute("SELECT id, name FROM tags").fetchall())


def _json_columns(con: Connection, sql: str) -> tuple[Any, ...]:
    """The columns of a whole-table read, built by SQLite as one JSON array each in a single
    statement: it runs without handing the Python lock (GIL) back and forth once per row, so a
    read on another thread is not slowed by it, and json.loads makes the lists in C."""
    return tuple(json.loads(text) for text in con.execute(sql).fetchone())


def _columns(cur: Any, n: int) -> tuple[Any, ...]:
    rows = cur.fetchall()
    return tuple(list(column) for column in zip(*rows, strict=True)) if rows else tuple([] for _ in range(n))


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
