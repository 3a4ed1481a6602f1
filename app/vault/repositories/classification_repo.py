"""SQL for classification: purchase statistics of every customer in one pass (PRODUCT.md §3)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta

from app.models.classification import CustomerStats
from app.vault.database import Connection

BATCH = 50_000

# Counts, total and first/latest dates are the denormalised columns kept by activity_repo; the
# purchases of the last 365 days come from one grouped scan of the purchases index with a date bound.
_STATS = (
    "SELECT c.id, c.purchase_count, c.total_cents,"
    " CAST(julianday(?) - julianday(c.first_purchase) AS INTEGER),"
    " CAST(julianday(?) - julianday(c.last_purchase) AS INTEGER),"
    " coalesce(r.n, 0)"
    " FROM customers AS c LEFT JOIN"
    " (SELECT customer_id, count(*) AS n FROM purchases WHERE date > ? AND date <= ? GROUP BY customer_id) AS r"
    " ON r.customer_id = c.id"
    " WHERE c.deleted_at IS NULL"
)


def _params(today: date) -> tuple[str, str, str, str]:
    day = today.isoformat()
    return day, day, (today - timedelta(days=365)).isoformat(), day


def iter_stats(con: Connection, today: date, batch: int = BATCH) -> Iterator[list[tuple[int, int, int, int | None,
                                                                                         int | None, int]]]:
    """Rows (id, purchases, total_cents, days_since_first, days_since_last, recent) of every customer
    not in the recycle bin, in batches of `batch` rows."""
    cur = con.execute(_STATS + " ORDER BY c.id", _params(today))
    while True:
        rows = cur.fetchmany(batch)
        if not rows:
            return
        yield rows


def customer_stats(con: Connection, customer_id: int, today: date) -> CustomerStats | None:
    """The same statistics for one customer not in the recycle bin (None when there is none)."""
    day, _, since, _ = _params(today)
    row = con.execute(
        "SELECT c.id, c.purchase_count, c.total_cents,"
        " CAST(julianday(?) - julianday(c.first_purchase) AS INTEGER),"
        " CAST(julianday(?) - julianday(c.last_purchase) AS INTEGER),"
        " (SELECT count(*) FROM purchases AS p WHERE p.customer_id = c.id AND p.date > ? AND p.date <= ?)"
        " FROM customers AS c WHERE c.id = ? AND c.deleted_at IS NULL",
        (day, day, since, day, customer_id),
    ).fetchone()
    return None if row is None else CustomerStats(*row)
