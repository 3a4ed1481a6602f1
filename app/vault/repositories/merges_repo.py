"""SQL for merging duplicate customers and undoing merges (PRODUCT.md §4, issue #7), and for the
remembered "not duplicates" decisions.

A merge keeps the merged-away customers only in its snapshot (table `merges`, migration 0002): their
`customers` rows are deleted, so lists, search, counts (the 0003 triggers), scans, exports and
classification leave them out with no extra condition anywhere. Undo puts the rows back *as they
were*: same ids, same column values, same child-row ids where still free. This module reads and
writes rows as plain JSON-safe dicts; what a merge means is decided in `app.services.merges`.

Tables and column names reaching SQL text come from the fixed tuples below or are checked against
`PRAGMA table_info` first; values are always `?` parameters.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from app.models.records import Address, ContactPoint, Customer, SensitiveKind
from app.models.search_text import search_texts, sort_key
from app.vault.database import Connection
from app.vault.repositories.customers_repo import BlindIndexer, custom_field_id, invalid_count, tag_id

# Child tables restored row by row (their own ids kept when still free).
CHILD_TABLES = ("contact_points", "addresses")
# Activity rows that follow the customer they belong to (re-pointed, never copied).
MOVED_TABLES = ("purchases", "follow_ups", "consents", "change_history")
_RESTORABLE = ("customers", *CHILD_TABLES)

Row = dict[str, Any]


@dataclass(frozen=True)
class MergeRow:
    id: int
    at: str
    user_id: int | None
    user_name: str
    survivor_id: int
    merged_ids: tuple[int, ...]
    snapshot: dict[str, Any]
    undone_at: str | None


# --- reading rows as dicts ------------------------------------------------------------------------

def _columns(con: Connection, table: str) -> list[str]:
    assert table in _RESTORABLE or table == "sensitive_values"
    return [str(r[1]) for r in con.execute("SELECT * FROM pragma_table_info(?)", (table,)).fetchall()]


def _dicts(cur: Any) -> list[Row]:
    names = [d[0] for d in cur.description]
    return [dict(zip(names, row, strict=True)) for row in cur.fetchall()]


def customer_row(con: Connection, cid: int) -> Row | None:
    """The whole `customers` row (every column, whatever later migrations add) or None."""
    rows = _dicts(con.execute("SELECT * FROM customers WHERE id = ?", (cid,)))
    return rows[0] if rows else None


def dump_customer(con: Connection, cid: int) -> dict[str, Any]:
    """Everything stored about one customer, JSON-safe: the customer row, its contact points and
    addresses (whole rows), tag and custom-field values by name, sensitive values (the blind index
    is left out: it is recomputed under the current index key on restore) and the ids of its
    activity rows (purchases, follow-ups, consents, history)."""
    dump: dict[str, Any] = {"customer": customer_row(con, cid)}
    dump["contact_points"] = _dicts(con.execute(
        "SELECT * FROM contact_points WHERE customer_id = ? ORDER BY id", (cid,)))
    dump["addresses"] = _dicts(con.execute("SELECT * FROM addresses WHERE customer_id = ? ORDER BY id", (cid,)))
    dump["tags"] = [str(t) for (t,) in con.execute(
        "SELECT t.name FROM customer_tags ct JOIN tags t ON t.id = ct.tag_id WHERE ct.customer_id = ? ORDER BY t.name",
        (cid,))]
    dump["custom"] = [[str(k), str(v)] for k, v in con.execute(
        "SELECT f.name, v.value FROM custom_values v JOIN custom_fields f ON f.id = v.field_id"
        " WHERE v.customer_id = ? ORDER BY f.name", (cid,))]
    dump["sensitive"] = _dicts(con.execute(
        "SELECT kind, value, valid, problem FROM sensitive_values WHERE customer_id = ? ORDER BY kind", (cid,)))
    dump["purchases"] = _ids(con, "SELECT id FROM purchases WHERE customer_id = ? ORDER BY id", cid)
    dump["follow_ups"] = _ids(con, "SELECT id FROM follow_ups WHERE customer_id = ? ORDER BY id", cid)
    dump["consents"] = _ids(con, "SELECT id FROM consents WHERE customer_id = ? ORDER BY id", cid)
    dump["change_history"] = _ids(con, "SELECT id FROM change_history WHERE customer_id = ? ORDER BY id", cid)
    return dump


def _ids(con: Connection, sql: str, cid: int) -> list[int]:
    return [int(r[0]) for r in con.execute(sql, (cid,))]


# --- writing rows back ----------------------------------------------------------------------------

def _insert(con: Connection, table: str, row: Mapping[str, Any], *, keep_id: bool) -> int:
    """Insert a dumped row; columns the table no longer has are dropped, the id is kept when asked
    and still free (child-row ids are not stable anyway: every edit rewrites them)."""
    allowed = set(_columns(con, table))
    values = {k: v for k, v in row.items() if k in allowed}
    if keep_id and "id" in values:
        taken = con.execute("SELECT 1 FROM " + table + " WHERE id = ?", (values["id"],)).fetchone()  # noqa: S608 - checked table name
        if taken:
            del values["id"]
    elif "id" in values:
        del values["id"]
    names = list(values)
    sql = ("INSERT INTO " + table + " (" + ", ".join(names) + ") VALUES ("  # noqa: S608 - checked names only
           + ", ".join("?" * len(names)) + ")")
    return int(con.execute(sql, [values[n] for n in names]).lastrowid)


def insert_customer_row(con: Connection, row: Mapping[str, Any]) -> None:
    """Re-create a customer row exactly (its own id: customer ids are never reused)."""
    _insert(con, "customers", row, keep_id=True)


def restore_customer_row(con: Connection, row: Mapping[str, Any]) -> None:
    """Overwrite every column of an existing customer row with the dumped values."""
    allowed = set(_columns(con, "customers")) - {"id"}
    names = [k for k in row if k in allowed]
    sql = "UPDATE customers SET " + ", ".join(n + " = ?" for n in names) + " WHERE id = ?"  # noqa: S608 - checked names only
    con.execute(sql, [*(row[n] for n in names), row["id"]])


def insert_child_rows(con: Connection, table: str, rows: Iterable[Mapping[str, Any]]) -> None:
    assert table in CHILD_TABLES
    for row in rows:
        _insert(con, table, row, keep_id=True)


def set_positions(con: Connection, table: str, positions: Iterable[tuple[int, int]]) -> None:
    """(row id, position) for contact points or addresses."""
    assert table in CHILD_TABLES
    con.executemany("UPDATE " + table + " SET position = ? WHERE id = ?",  # noqa: S608 - checked table name
                    [(pos, rid) for rid, pos in positions])


def delete_child_rows(con: Connection, table: str, cid: int, ids: Sequence[int]) -> None:
    assert table in CHILD_TABLES
    con.executemany("DELETE FROM " + table + " WHERE id = ? AND customer_id = ?",  # noqa: S608 - checked table name
                    [(rid, cid) for rid in ids])


def add_tags(con: Connection, cid: int, names: Iterable[str]) -> None:
    con.executemany("INSERT OR IGNORE INTO customer_tags (customer_id, tag_id) VALUES (?, ?)",
                    [(cid, tag_id(con, n)) for n in names])


def remove_tags(con: Connection, cid: int, names: Iterable[str]) -> None:
    con.executemany("DELETE FROM customer_tags WHERE customer_id = ? AND tag_id = (SELECT id FROM tags WHERE name = ?)",
                    [(cid, n) for n in names])


def add_custom(con: Connection, cid: int, values: Iterable[tuple[str, str]]) -> None:
    con.executemany("INSERT OR REPLACE INTO custom_values (customer_id, field_id, value) VALUES (?, ?, ?)",
                    [(cid, custom_field_id(con, k), v) for k, v in values])


def remove_custom(con: Connection, cid: int, names: Iterable[str]) -> None:
    con.executemany("DELETE FROM custom_values WHERE customer_id = ? AND field_id = (SELECT id FROM custom_fields"
                    " WHERE name = ?)", [(cid, n) for n in names])


def add_sensitive(con: Connection, cid: int, rows: Iterable[Mapping[str, Any]], blind_index: BlindIndexer) -> None:
    con.executemany(
        "INSERT INTO sensitive_values (customer_id, kind, value, valid, problem, blind_index) VALUES (?, ?, ?, ?, ?, ?)",
        [(cid, r["kind"], r["value"], int(r["valid"]), r["problem"],
          blind_index(SensitiveKind(r["kind"]), str(r["value"])) if r["valid"] else None) for r in rows],
    )


def remove_sensitive(con: Connection, cid: int, kinds: Iterable[str]) -> None:
    con.executemany("DELETE FROM sensitive_values WHERE customer_id = ? AND kind = ?", [(cid, k) for k in kinds])


def insert_contact(con: Connection, cid: int, p: ContactPoint, position: int) -> int:
    cur = con.execute(
        "INSERT INTO contact_points (customer_id, kind, value, raw, label, valid, problem, position)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (cid, p.kind.value, p.value, p.raw, p.label, int(p.valid), p.problem, position))
    return int(cur.lastrowid)


def insert_address(con: Connection, cid: int, a: Address, position: int) -> int:
    cur = con.execute(
        "INSERT INTO addresses (customer_id, label, country, province, city, district, street, postal_code,"
        " free_form, position) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (cid, a.label, a.country, a.province, a.city, a.district, a.street, a.postal_code, a.free_form, position))
    return int(cur.lastrowid)


def update_scalars(con: Connection, c: Customer, at: str) -> None:
    """The survivor's scalar columns after a merge (children are written one by one)."""
    con.execute(
        "UPDATE customers SET name = ?, family_name = ?, given_name = ?, name_order = ?, company = ?, title = ?,"
        " gender = ?, birthday = ?, source = ?, owner_user_id = ?, notes = ?, verified_at = ?, sort_key = ?,"
        " updated_at = ?, invalid_fields = ?, version = version + 1 WHERE id = ?",
        (c.name, c.family_name, c.given_name, c.name_order.value, c.company, c.title, c.gender.value,
         None if c.birthday is None else c.birthday.iso(), c.source, c.owner_user_id, c.notes, c.verified_at,
         sort_key(c.name), at, invalid_count(c), c.id),
    )


def reindex(con: Connection, c: Customer) -> None:
    """Replace the customer's two search-index rows."""
    texts = search_texts(c)
    con.execute("DELETE FROM search_trigram WHERE rowid = ?", (c.id,))
    con.execute("DELETE FROM search_tokens WHERE rowid = ?", (c.id,))
    con.execute("INSERT INTO search_trigram (rowid, body) VALUES (?, ?)", (c.id, texts.trigram))
    con.execute("INSERT INTO search_tokens (rowid, body) VALUES (?, ?)", (c.id, texts.tokens))


def move_activity(con: Connection, table: str, ids: Sequence[int], from_id: int, to_id: int) -> int:
    """Re-point activity rows (`ids`, currently of `from_id`) to `to_id`; returns how many moved."""
    assert table in MOVED_TABLES
    n = 0
    for rid in ids:
        n += con.execute("UPDATE " + table + " SET customer_id = ? WHERE id = ? AND customer_id = ?",  # noqa: S608 - checked table name
                         (to_id, rid, from_id)).rowcount
    return n


def delete_customer(con: Connection, cid: int) -> None:
    """Remove a merged-away customer (children cascade) and its search-index rows. Not an erasure:
    its data lives on in the merge snapshot, and no ledger entry is written."""
    con.execute("DELETE FROM search_trigram WHERE rowid = ?", (cid,))
    con.execute("DELETE FROM search_tokens WHERE rowid = ?", (cid,))
    con.execute("DELETE FROM customers WHERE id = ?", (cid,))


def delete_history_group(con: Connection, cid: int, group_id: str) -> None:
    con.execute("DELETE FROM change_history WHERE customer_id = ? AND group_id = ?", (cid, group_id))


# --- the merges table ------------------------------------------------------------------------------

def insert_merge(con: Connection, at: str, user_id: int | None, survivor_id: int, merged_ids: Sequence[int],
                 snapshot: Mapping[str, Any]) -> int:
    cur = con.execute(
        "INSERT INTO merges (at, user_id, survivor_id, merged_ids, snapshot) VALUES (?, ?, ?, ?, ?)",
        (at, user_id, survivor_id, json.dumps(list(merged_ids)),
         json.dumps(snapshot, ensure_ascii=False, sort_keys=True)))
    return int(cur.lastrowid)


_MERGE_SELECT = (
    "SELECT m.id, m.at, m.user_id, coalesce(u.name, ''), m.survivor_id, m.merged_ids, m.undone_at, {snapshot}"
    " FROM merges m LEFT JOIN users u ON u.id = m.user_id"
)


def _merge(row: Sequence[Any]) -> MergeRow:
    return MergeRow(id=int(row[0]), at=str(row[1]), user_id=None if row[2] is None else int(row[2]),
                    user_name=str(row[3]), survivor_id=int(row[4]),
                    merged_ids=tuple(int(i) for i in json.loads(str(row[5]))),
                    undone_at=None if row[6] is None else str(row[6]),
                    snapshot=json.loads(str(row[7])) if row[7] else {})


def get_merge(con: Connection, merge_id: int) -> MergeRow | None:
    row = con.execute(_MERGE_SELECT.replace("{snapshot}", "m.snapshot") + " WHERE m.id = ?", (merge_id,)).fetchone()
    return None if row is None else _merge(row)


def list_merges(con: Connection, limit: int) -> list[MergeRow]:
    """Newest first, without the (large) snapshots."""
    rows = con.execute(_MERGE_SELECT.replace("{snapshot}", "NULL") + " ORDER BY m.id DESC LIMIT ?", (limit,))
    return [_merge(r) for r in rows.fetchall()]


def merge_names(con: Connection, merge_ids: Sequence[int]) -> dict[int, tuple[str, dict[int, str]]]:
    """Per merge: the survivor's current name (from its snapshot when the survivor row is gone) and
    the names of the merged-away customers as their snapshot holds them (id -> name). Read inside
    SQLite, without loading the (large) snapshots; a snapshot that is not valid JSON gives no names."""
    out: dict[int, tuple[str, dict[int, str]]] = {}
    for merge_id in merge_ids:
        row = con.execute(
            "SELECT coalesce(c.name, CASE WHEN json_valid(m.snapshot) THEN"
            "  json_extract(m.snapshot, '$.survivor_after.name') END, ''),"
            " CASE WHEN json_valid(m.snapshot) THEN (SELECT json_group_array(json_array("
            "  json_extract(j.value, '$.customer.id'), json_extract(j.value, '$.customer.name')))"
            "  FROM json_each(m.snapshot, '$.merged') j) END"
            " FROM merges m LEFT JOIN customers c ON c.id = m.survivor_id WHERE m.id = ?", (merge_id,)).fetchone()
        if row is None:
            continue
        merged = {int(cid): str(name or "") for cid, name in json.loads(str(row[1] or "[]")) if cid is not None}
        merged_ids = con.execute("SELECT merged_ids FROM merges WHERE id = ?", (merge_id,)).fetchone()[0]
        for cid, name in con.execute(  # an undone merge keeps no snapshot: its customers exist again
                "SELECT c.id, c.name FROM json_each(?) j JOIN customers c ON c.id = j.value", (merged_ids,)):
            merged.setdefault(int(cid), str(name))
        out[merge_id] = (str(row[0] or ""), merged)
    return out


def mark_undone(con: Connection, merge_id: int, at: str, history_group: str) -> None:
    """An undone merge can never be redone, so its snapshot (copies of customer data) is dropped:
    only the ids, dates and the id of the survivor's history group the merge wrote stay, and an
    erasure later has no stray copy to miss (customers_repo.erase follows that group)."""
    kept = json.dumps({"group": history_group}) if history_group else "{}"
    con.execute("UPDATE merges SET undone_at = ?, snapshot = ? WHERE id = ?", (at, kept, merge_id))


def active_merge_absorbing(con: Connection, customer_id: int) -> int | None:
    """The id of the not-undone merge that merged `customer_id` away, if any."""
    row = con.execute(
        "SELECT m.id FROM merges m, json_each(m.merged_ids) j WHERE m.undone_at IS NULL AND j.value = ?"
        " ORDER BY m.id DESC LIMIT 1", (customer_id,)).fetchone()
    return None if row is None else int(row[0])


def active_merges_into(con: Connection, survivor_id: int) -> list[MergeRow]:
    """The merges in force (not undone) whose survivor is `survivor_id`, oldest first, with snapshots."""
    rows = con.execute(_MERGE_SELECT.replace("{snapshot}", "m.snapshot")
                       + " WHERE m.survivor_id = ? AND m.undone_at IS NULL ORDER BY m.id", (survivor_id,))
    return [_merge(r) for r in rows.fetchall()]


def merge_that_moved_history(con: Connection, survivor_id: int, history_id: int) -> int | None:
    """The merge in force that moved the change-history row `history_id` onto `survivor_id` from a
    merged-away customer (the row records that customer's edits, not the survivor's), if any."""
    row = con.execute(
        "SELECT m.id FROM merges m, json_each(m.snapshot, '$.merged') j, json_each(j.value, '$.change_history') h"
        " WHERE m.survivor_id = ? AND m.undone_at IS NULL AND json_valid(m.snapshot) AND h.value = ?"
        " ORDER BY m.id DESC LIMIT 1", (survivor_id, history_id)).fetchone()
    return None if row is None else int(row[0])


def later_active_merges_into(con: Connection, survivor_id: int, after_merge: int) -> list[int]:
    row = con.execute("SELECT id FROM merges WHERE survivor_id = ? AND id > ? AND undone_at IS NULL ORDER BY id",
                      (survivor_id, after_merge)).fetchall()
    return [int(r[0]) for r in row]


# --- "not duplicates" ------------------------------------------------------------------------------

def add_not_duplicates(con: Connection, pairs: Iterable[tuple[int, int]], at: str, user_id: int | None) -> None:
    """Remember pairs (stored smaller id first; a pair already known keeps its first date)."""
    con.executemany(
        "INSERT OR IGNORE INTO not_duplicates (customer_a, customer_b, at, user_id) VALUES (?, ?, ?, ?)",
        [(min(a, b), max(a, b), at, user_id) for a, b in pairs if a != b])


def remove_not_duplicate(con: Connection, a: int, b: int) -> int:
    return int(con.execute("DELETE FROM not_duplicates WHERE customer_a = ? AND customer_b = ?", (a, b)).rowcount)


def not_duplicate_pairs(con: Connection) -> set[tuple[int, int]]:
    return {(int(a), int(b)) for a, b in con.execute("SELECT customer_a, customer_b FROM not_duplicates")}
