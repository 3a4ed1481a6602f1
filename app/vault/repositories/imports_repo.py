"""SQL for imports: the import log and its effects (for undo), matching imported rows against
existing customers, deleting the customers an undone import created, and the saved column-mapping
templates (kept in the settings table)."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from app.vault.database import Connection

TEMPLATES_KEY = "import_mapping_templates"
_CHUNK = 500  # values per IN (…) list: well below SQLite's variable limit


@dataclass(frozen=True)
class ImportRecord:
    id: int
    file_name: str
    at: str
    user_id: int | None
    counts: dict[str, object]
    undone_at: str | None


def create_import(con: Connection, file_name: str, at: str, user_id: int | None) -> int:
    cur = con.execute("INSERT INTO imports (file_name, at, user_id, counts) VALUES (?, ?, ?, '{}')",
                      (file_name, at, user_id))
    return int(cur.lastrowid)


def finish_import(con: Connection, import_id: int, counts: dict[str, object]) -> None:
    con.execute("UPDATE imports SET counts = ? WHERE id = ?",
                (json.dumps(counts, ensure_ascii=False, sort_keys=True), import_id))


def add_effects(con: Connection, import_id: int, effects: Iterable[tuple[int, str, str | None]]) -> None:
    """(customer id, "created" | "updated", history group ids joined by "," or None)."""
    con.executemany(
        "INSERT INTO import_effects (import_id, customer_id, effect, group_id) VALUES (?, ?, ?, ?)"
        " ON CONFLICT (import_id, customer_id) DO UPDATE SET group_id = CASE"
        " WHEN import_effects.effect = 'created' THEN import_effects.group_id"
        " WHEN import_effects.group_id IS NULL THEN excluded.group_id"
        " ELSE import_effects.group_id || ',' || excluded.group_id END",
        [(import_id, cid, effect, group) for cid, effect, group in effects],
    )


def _record(row: Sequence[object]) -> ImportRecord:
    try:
        counts = json.loads(str(row[4]))
    except ValueError:
        counts = {}
    return ImportRecord(
        id=int(row[0]),  # type: ignore[call-overload]
        file_name=str(row[1]), at=str(row[2]),
        user_id=None if row[3] is None else int(row[3]),  # type: ignore[call-overload]
        counts=counts if isinstance(counts, dict) else {}, undone_at=None if row[5] is None else str(row[5]),
    )


def get_import(con: Connection, import_id: int) -> ImportRecord | None:
    row = con.execute("SELECT id, file_name, at, user_id, counts, undone_at FROM imports WHERE id = ?",
                      (import_id,)).fetchone()
    return None if row is None else _record(row)


def list_imports(con: Connection, limit: int = 100) -> list[ImportRecord]:
    rows = con.execute("SELECT id, file_name, at, user_id, counts, undone_at FROM imports ORDER BY id DESC LIMIT ?",
                       (limit,)).fetchall()
    return [_record(r) for r in rows]


def effects(con: Connection, import_id: int) -> list[tuple[int, str, str | None]]:
    return [(int(r[0]), str(r[1]), None if r[2] is None else str(r[2])) for r in con.execute(
        "SELECT customer_id, effect, group_id FROM import_effects WHERE import_id = ? ORDER BY customer_id",
        (import_id,))]


def imports_of_customer(con: Connection, customer_id: int) -> list[tuple[int, str, str]]:
    """(import id, effect, import time) for a data-subject export."""
    return [(int(r[0]), str(r[1]), str(r[2])) for r in con.execute(
        "SELECT e.import_id, e.effect, i.at FROM import_effects e JOIN imports i ON i.id = e.import_id"
        " WHERE e.customer_id = ? ORDER BY e.import_id", (customer_id,))]


def mark_undone(con: Connection, import_id: int, at: str) -> None:
    con.execute("UPDATE imports SET undone_at = ? WHERE id = ?", (at, import_id))


def existing_ids(con: Connection, ids: Sequence[int]) -> list[int]:
    found: list[int] = []
    for i in range(0, len(ids), _CHUNK):
        chunk = list(ids[i:i + _CHUNK])
        marks = ",".join("?" * len(chunk))
        found.extend(int(r[0]) for r in con.execute(
            "SELECT id FROM customers WHERE id IN (" + marks + ")", chunk))  # noqa: S608 - placeholders only
    return found


def delete_customers(con: Connection, ids: Sequence[int]) -> int:
    """Delete customers for good (their child rows cascade) and their search-index rows: what
    undoing an import does with the customers it created. Not an erasure: no ledger entry."""
    n = 0
    for i in range(0, len(ids), _CHUNK):
        chunk = list(ids[i:i + _CHUNK])
        marks = ",".join("?" * len(chunk))
        con.execute("DELETE FROM search_trigram WHERE rowid IN (" + marks + ")", chunk)  # noqa: S608
        con.execute("DELETE FROM search_tokens WHERE rowid IN (" + marks + ")", chunk)  # noqa: S608
        n += con.execute("DELETE FROM customers WHERE id IN (" + marks + ")", chunk).rowcount  # noqa: S608
    con.execute("DELETE FROM tags WHERE id NOT IN (SELECT tag_id FROM customer_tags)")
    con.execute("DELETE FROM custom_fields WHERE id NOT IN (SELECT field_id FROM custom_values)")
    return int(n)


_DEFERRABLE_TABLES = ("customers", "contact_points", "addresses", "customer_tags")


def drop_secondary_indexes(con: Connection) -> list[tuple[str, str]]:
    """Drop the secondary indexes of the customer tables (inside the caller's transaction) and
    return their definitions. A big import into an empty vault builds them once at the end, which
    is faster than maintaining them row by row; a rollback brings them back untouched."""
    rows = con.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN (?, ?, ?, ?)",
        _DEFERRABLE_TABLES,
    ).fetchall()
    for name, _sql in rows:
        con.execute('DROP INDEX "' + str(name).replace('"', '""') + '"')
    return [(str(n), str(q)) for n, q in rows]


def create_indexes(con: Connection, definitions: Sequence[tuple[str, str]]) -> None:
    for _name, sql in definitions:
        con.execute(sql)


def any_customers(con: Connection) -> bool:
    return con.execute("SELECT 1 FROM customers LIMIT 1").fetchone() is not None


def match_contacts(con: Connection, phones: Sequence[str], emails: Sequence[str]) -> dict[str, int]:
    """Existing (not deleted) customers by valid phone value ("p:" + E.164) and email ("e:" + lower
    case). The smallest customer id wins when several share a value."""
    found: dict[str, int] = {}
    for kind, prefix, values in (("phone", "p:", list(phones)), ("email", "e:", list(emails))):
        if kind == "email":
            values = list(dict.fromkeys([*values, *(v.lower() for v in values)]))
        for i in range(0, len(values), _CHUNK):
            chunk = values[i:i + _CHUNK]
            sql = ("SELECT p.value, min(p.customer_id) FROM contact_points p JOIN customers c ON c.id = p.customer_id"
                   " WHERE p.kind = ? AND p.valid = 1 AND p.value IN (?) AND c.deleted_at IS NULL GROUP BY p.value")
            sql = sql.replace("IN (?)", "IN (" + ",".join("?" * len(chunk)) + ")")
            rows = con.execute(sql, [kind, *chunk]).fetchall()
            for value, cid in rows:
                key = prefix + (str(value).lower() if kind == "email" else str(value))
                if key not in found or int(cid) < found[key]:
                    found[key] = int(cid)
    return found


# --- mapping templates ---------------------------------------------------------------------------
def templates(con: Connection) -> dict[str, dict[str, str]]:
    row = con.execute("SELECT value FROM settings WHERE key = ?", (TEMPLATES_KEY,)).fetchone()
    if row is None:
        return {}
    try:
        data = json.loads(row[0])
    except ValueError:
        return {}
    if not isinstance(data, dict):
        return {}
    return {str(k): {str(h): str(t) for h, t in v.items()} for k, v in data.items() if isinstance(v, dict)}


def save_templates(con: Connection, value: dict[str, dict[str, str]]) -> None:
    con.execute(
        "INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        (TEMPLATES_KEY, json.dumps(value, ensure_ascii=False, sort_keys=True)),
    )
