"""SQL for customers and their contact points, addresses, tags, custom and sensitive values,
the search index, listing (keyset paging) and erasure."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from app.models.import_formats.prepare import PreparedCustomer, prepare_from_customer
from app.models.records import (
    Address,
    Birthday,
    ContactKind,
    ContactPoint,
    Customer,
    Gender,
    NameOrder,
    SensitiveKind,
    SensitiveValue,
)
from app.models.search_text import search_texts, sort_key
from app.vault.database import Connection

SCALAR_COLUMNS = (
    "name", "family_name", "given_name", "name_order", "company", "title", "gender", "birthday",
    "source", "owner_user_id", "notes", "verified_at",
)


def _birthday_text(b: Birthday | None) -> str | None:
    return None if b is None else b.iso()


def _parse_birthday(text: str | None) -> Birthday | None:
    if not text:
        return None
    if text.startswith("--"):
        return Birthday(month=int(text[2:4]), day=int(text[5:7]))
    return Birthday(year=int(text[0:4]), month=int(text[5:7]), day=int(text[8:10]))


def invalid_count(c: Customer) -> int:
    return sum(1 for p in c.contacts if not p.valid) + sum(1 for s in c.sensitive.values() if not s.valid)


def insert_customer(con: Connection, c: Customer, at: str, blind_index: BlindIndexer) -> int:
    cur = con.execute(
        "INSERT INTO customers (name, family_name, given_name, name_order, company, title, gender, birthday,"
        " source, owner_user_id, notes, sort_key, created_at, updated_at, verified_at, invalid_fields)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            c.name, c.family_name, c.given_name, c.name_order.value, c.company, c.title, c.gender.value,
            _birthday_text(c.birthday), c.source, c.owner_user_id, c.notes, sort_key(c.name),
            c.created_at or at, at, c.verified_at, invalid_count(c),
        ),
    )
    cid = int(cur.lastrowid)
    _write_children(con, cid, c, blind_index)
    _index(con, cid, c, replace=False)
    return cid


class BlindIndexer:
    """HMAC(K_index, normalised value) for exact look-up of sensitive values (never searchable)."""

    def __init__(self, key: bytearray) -> None:
        self._key = key

    def __call__(self, kind: SensitiveKind, value: str) -> bytes:
        from app.vault import crypto

        return crypto.mac(self._key, kind.value.encode(), b"\x00", value.upper().encode())


def _write_children(con: Connection, cid: int, c: Customer, blind_index: BlindIndexer) -> None:
    con.executemany(
        "INSERT INTO contact_points (customer_id, kind, value, raw, label, valid, problem, position)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [(cid, p.kind.value, p.value, p.raw, p.label, int(p.valid), p.problem, i) for i, p in enumerate(c.contacts)],
    )
    con.executemany(
        "INSERT INTO addresses (customer_id, label, country, province, city, district, street, postal_code,"
        " free_form, position) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (cid, a.label, a.country, a.province, a.city, a.district, a.street, a.postal_code, a.free_form, i)
            for i, a in enumerate(c.addresses)
        ],
    )
    set_tags(con, cid, c.tags)
    set_custom(con, cid, c.custom)
    con.executemany(
        "INSERT INTO sensitive_values (customer_id, kind, value, valid, problem, blind_index) VALUES (?, ?, ?, ?, ?, ?)",
        [
            (cid, s.kind.value, s.value, int(s.valid), s.problem, blind_index(s.kind, s.value) if s.valid else None)
            for s in c.sensitive.values()
        ],
    )


def tag_id(con: Connection, name: str) -> int:
    row = con.execute("SELECT id FROM tags WHERE name = ?", (name,)).fetchone()
    if row:
        return int(row[0])
    return int(con.execute("INSERT INTO tags (name) VALUES (?)", (name,)).lastrowid)


def set_tags(con: Connection, cid: int, tags: Iterable[str]) -> None:
    con.execute("DELETE FROM customer_tags WHERE customer_id = ?", (cid,))
    con.executemany(
        "INSERT OR IGNORE INTO customer_tags (customer_id, tag_id) VALUES (?, ?)",
        [(cid, tag_id(con, t)) for t in dict.fromkeys(tags) if t],
    )


def custom_field_id(con: Connection, name: str) -> int:
    row = con.execute("SELECT id FROM custom_fields WHERE name = ?", (name,)).fetchone()
    if row:
        return int(row[0])
    return int(con.execute("INSERT INTO custom_fields (name) VALUES (?)", (name,)).lastrowid)


def set_custom(con: Connection, cid: int, values: dict[str, str]) -> None:
    con.execute("DELETE FROM custom_values WHERE customer_id = ?", (cid,))
    con.executemany(
        "INSERT INTO custom_values (customer_id, field_id, value) VALUES (?, ?, ?)",
        [(cid, custom_field_id(con, k), v) for k, v in values.items() if v != ""],
    )


def _index(con: Connection, cid: int, c: Customer, *, replace: bool) -> None:
    texts = search_texts(c)
    if replace:
        con.execute("DELETE FROM search_trigram WHERE rowid = ?", (cid,))
        con.execute("DELETE FROM search_tokens WHERE rowid = ?", (cid,))
    con.execute("INSERT INTO search_trigram (rowid, body) VALUES (?, ?)", (cid, texts.trigram))
    con.execute("INSERT INTO search_tokens (rowid, body) VALUES (?, ?)", (cid, texts.tokens))


def load_customer(con: Connection, cid: int) -> Customer | None:
    row = con.execute(
        "SELECT id, name, family_name, given_name, name_order, company, title, gender, birthday, source,"
        " owner_user_id, notes, created_at, updated_at, verified_at, deleted_at, version"
        " FROM customers WHERE id = ?",
        (cid,),
    ).fetchone()
    if row is None:
        return None
    c = Customer(
        id=row[0], name=row[1], family_name=row[2], given_name=row[3], name_order=NameOrder(row[4]),
        company=row[5], title=row[6], gender=Gender(row[7]), birthday=_parse_birthday(row[8]), source=row[9],
        owner_user_id=row[10], notes=row[11], created_at=row[12], updated_at=row[13], verified_at=row[14],
        deleted_at=row[15], version=row[16],
    )
    c.contacts = [
        ContactPoint(kind=ContactKind(k), value=v, raw=r, label=lab, valid=bool(ok), problem=pr, id=i)
        for i, k, v, r, lab, ok, pr in con.execute(
            "SELECT id, kind, value, raw, label, valid, problem FROM contact_points WHERE customer_id = ?"
            " ORDER BY position, id",
            (cid,),
        )
    ]
    c.addresses = [
        Address(country=a[1], province=a[2], city=a[3], district=a[4], street=a[5], postal_code=a[6],
                free_form=a[7], label=a[8], id=a[0])
        for a in con.execute(
            "SELECT id, country, province, city, district, street, postal_code, free_form, label FROM addresses"
            " WHERE customer_id = ? ORDER BY position, id",
            (cid,),
        )
    ]
    c.tags = [t for (t,) in con.execute(
        "SELECT t.name FROM customer_tags ct JOIN tags t ON t.id = ct.tag_id WHERE ct.customer_id = ? ORDER BY t.name",
        (cid,),
    )]
    c.custom = dict(con.execute(
        "SELECT f.name, v.value FROM custom_values v JOIN custom_fields f ON f.id = v.field_id"
        " WHERE v.customer_id = ? ORDER BY f.name",
        (cid,),
    ).fetchall())
    c.sensitive = {
        SensitiveKind(k): SensitiveValue(SensitiveKind(k), v, bool(ok), pr)
        for k, v, ok, pr in con.execute(
            "SELECT kind, value, valid, problem FROM sensitive_values WHERE customer_id = ?", (cid,)
        )
    }
    return c


def save_customer(con: Connection, c: Customer, at: str, blind_index: BlindIndexer) -> None:
    """Rewrite a customer's row and children from the domain object (the service diffed it)."""
    assert c.id is not None
    con.execute(
        "UPDATE customers SET name = ?, family_name = ?, given_name = ?, name_order = ?, company = ?, title = ?,"
        " gender = ?, birthday = ?, source = ?, owner_user_id = ?, notes = ?, verified_at = ?, sort_key = ?,"
        " updated_at = ?, invalid_fields = ?, version = version + 1 WHERE id = ?",
        (
            c.name, c.family_name, c.given_name, c.name_order.value, c.company, c.title, c.gender.value,
            _birthday_text(c.birthday), c.source, c.owner_user_id, c.notes, c.verified_at, sort_key(c.name),
            at, invalid_count(c), c.id,
        ),
    )
    for table in ("contact_points", "addresses", "sensitive_values"):
        con.execute("DELETE FROM " + table + " WHERE customer_id = ?", (c.id,))  # noqa: S608 - fixed names
    _write_children(con, c.id, c, blind_index)
    _index(con, c.id, c, replace=True)


def set_deleted(con: Connection, cid: int, at: str | None) -> None:
    con.execute("UPDATE customers SET deleted_at = ?, updated_at = coalesce(?, updated_at) WHERE id = ?", (at, at, cid))


def erase(con: Connection, cid: int, at: str, request_ref: str) -> None:
    """Delete every row of the customer (children cascade), drop it from the search index and
    purge deleted index entries, and add the id to the erasure ledger."""
    con.execute("DELETE FROM search_trigram WHERE rowid = ?", (cid,))
    con.execute("DELETE FROM search_tokens WHERE rowid = ?", (cid,))
    con.execute("DELETE FROM customers WHERE id = ?", (cid,))
    # Bookkeeping that may hold copies of the customer's data (merge snapshots) or links to it.
    # A merge of this customer into another, undone after the survivor had been edited, leaves the
    # survivor's history holding this customer's values: the merge's group, edits made while the
    # values were merged in, the unmerge group that took them back (and reverts of those). So the
    # survivor's history rows from the merge's group to the last of those groups go too.
    con.execute(
        "WITH RECURSIVE g(id) AS ("
        "  SELECT json_extract(m.snapshot, '$.group') FROM merges m, json_each(m.merged_ids) j"
        "  WHERE j.value = ? AND m.undone_at IS NOT NULL AND json_extract(m.snapshot, '$.group') IS NOT NULL"
        "  UNION"
        "  SELECT h.reverted_by FROM change_history h JOIN g ON h.group_id = g.id WHERE h.reverted_by IS NOT NULL),"
        " w(customer_id, lo, hi) AS ("
        "  SELECT customer_id, min(id), max(id) FROM change_history WHERE group_id IN (SELECT id FROM g)"
        "  GROUP BY customer_id)"
        " DELETE FROM change_history WHERE EXISTS (SELECT 1 FROM w WHERE w.customer_id = change_history.customer_id"
        " AND change_history.id BETWEEN w.lo AND w.hi)",
        (cid,),
    )
    con.execute("DELETE FROM import_effects WHERE customer_id = ?", (cid,))
    con.execute("DELETE FROM not_duplicates WHERE customer_a = ? OR customer_b = ?", (cid, cid))
    con.execute(
        "DELETE FROM merges WHERE survivor_id = ? OR EXISTS (SELECT 1 FROM json_each(merges.merged_ids) j"
        " WHERE j.value = ?)",
        (cid, cid),
    )
    con.execute(
        "INSERT OR REPLACE INTO erasure_ledger (customer_id, erased_at, request_ref) VALUES (?, ?, ?)",
        (cid, at, request_ref),
    )
    # Tag and custom-field names used only by this customer may themselves be personal data.
    con.execute("DELETE FROM tags WHERE id NOT IN (SELECT tag_id FROM customer_tags)")
    con.execute("DELETE FROM custom_fields WHERE id NOT IN (SELECT field_id FROM custom_values)")
    # FTS5 keeps deleted tokens in old segments until they are merged: rewrite the indexes so no
    # fragment of the erased customer survives (costly on huge vaults, but erasure is rare).
    con.execute("INSERT INTO search_trigram (search_trigram) VALUES ('optimize')")
    con.execute("INSERT INTO search_tokens (search_tokens) VALUES ('optimize')")


def erased_ids(con: Connection) -> list[int]:
    return [int(r[0]) for r in con.execute("SELECT customer_id FROM erasure_ledger ORDER BY customer_id")]


def exists(con: Connection, cid: int) -> tuple[bool, bool]:
    """(exists, deleted)."""
    row = con.execute("SELECT deleted_at FROM customers WHERE id = ?", (cid,)).fetchone()
    return (row is not None, row is not None and row[0] is not None)


def is_erased(con: Connection, cid: int) -> bool:
    return con.execute("SELECT 1 FROM erasure_ledger WHERE customer_id = ?", (cid,)).fetchone() is not None


# --- listing and search -------------------------------------------------------------------------

@dataclass(frozen=True)
class ListRow:
    id: int
    name: str
    company: str
    phone: str
    email: str
    source: str
    created_at: str
    last_purchase: str | None
    invalid_fields: int
    sort_value: str  # the keyset value of the active sort (for the next page)


SORTS = {
    # sort name -> (column, direction)
    "name": ("sort_key", "ASC"),
    "created": ("created_at", "DESC"),
    "last_purchase": ("coalesce(last_purchase, '')", "DESC"),
}

_ROW_SELECT = (
    "SELECT c.id, c.name, c.company,"
    " (SELECT value FROM contact_points p WHERE p.customer_id = c.id AND p.kind = 'phone' ORDER BY position LIMIT 1),"
    " (SELECT value FROM contact_points p WHERE p.customer_id = c.id AND p.kind = 'email' ORDER BY position LIMIT 1),"
    " c.source, c.created_at, c.last_purchase, c.invalid_fields, "
)


def _row(r: Sequence[object]) -> ListRow:
    return ListRow(
        id=int(r[0]), name=str(r[1]), company=str(r[2]), phone=str(r[3] or ""),  # type: ignore[call-overload]
        email=str(r[4] or ""), source=str(r[5]), created_at=str(r[6]),
        last_purchase=None if r[7] is None else str(r[7]), invalid_fields=int(r[8]),  # type: ignore[call-overload]
        sort_value=str(r[9] or ""),
    )


@dataclass(frozen=True)
class ListFilter:
    tag: str | None = None
    source: str | None = None
    owner_user_id: int | None = None
    needs_update: bool = False  # invalid fields, or not verified since `stale_before`
    stale_before: str | None = None
    deleted: bool = False  # the recycle bin
    ids: tuple[int, ...] | None = None


def _filter_sql(f: ListFilter) -> tuple[str, list[object]]:
    clauses = ["c.deleted_at IS NOT NULL" if f.deleted else "c.deleted_at IS NULL"]
    params: list[object] = []
    if f.tag is not None:
        clauses.append("c.id IN (SELECT ct.customer_id FROM customer_tags ct JOIN tags t ON t.id = ct.tag_id WHERE t.name = ?)")
        params.append(f.tag)
    if f.source is not None:
        clauses.append("c.source = ?")
        params.append(f.source)
    if f.owner_user_id is not None:
        clauses.append("c.owner_user_id = ?")
        params.append(f.owner_user_id)
    if f.ids is not None:  # a drill-down into a segment: exactly these customers
        import json

        clauses.append("c.id IN (SELECT value FROM json_each(?))")
        params.append(json.dumps(list(f.ids)))
    if f.needs_update:
        if f.stale_before is not None:
            clauses.append("(c.invalid_fields > 0 OR coalesce(c.verified_at, c.created_at) < ?)")
            params.append(f.stale_before)
        else:
            clauses.append("c.invalid_fields > 0")
    return " AND ".join(clauses), params


def list_page(con: Connection, sort: str, after: tuple[str, int] | None, limit: int, f: ListFilter) -> list[ListRow]:
    """Keyset page: `WHERE (sort, id) > (?, ?) ORDER BY sort, id LIMIT n` — never OFFSET."""
    column, direction = SORTS[sort]
    if f.deleted:
        column, direction = "c.deleted_at", "DESC"
    elif not column.startswith("coalesce"):
        column = "c." + column
    else:
        column = "coalesce(c.last_purchase, '')"
    where, params = _filter_sql(f)
    if after is not None:
        op = ">" if direction == "ASC" else "<"
        where += " AND (" + column + ", c.id) " + op + " (?, ?)"
        params.extend(after)
    sql = (
        _ROW_SELECT + column + " FROM customers c WHERE " + where
        + " ORDER BY " + column + " " + direction + ", c.id " + direction + " LIMIT ?"
    )
    return [_row(r) for r in con.execute(sql, (*params, limit)).fetchall()]


def rows_by_ids(con: Connection, ids: Sequence[int]) -> list[ListRow]:
    if not ids:
        return []
    marks = ",".join("?" * len(ids))
    rows = {
        r[0]: r for r in con.execute(_ROW_SELECT + "c.id FROM customers c WHERE c.id IN (" + marks + ")", tuple(ids))
    }
    return [_row(rows[i]) for i in ids if i in rows]


def fts_ids(con: Connection, table: str, match: str, before_id: int | None, limit: int,
            f: ListFilter, above_id: int | None = None) -> list[int]:
    """Customer ids matching an FTS5 expression, newest first, keyset-paged by id (`before_id`);
    `above_id` bounds the scan from below when a page is already full of newer ids."""
    assert table in ("search_trigram", "search_tokens")
    where, params = _filter_sql(f)
    sql = (
        "SELECT s.rowid FROM " + table + " s JOIN customers c ON c.id = s.rowid WHERE s." + table + " MATCH ? AND "  # noqa: S608 - constant SQL fragments only
        + where
    )
    args: list[object] = [match, *params]
    if before_id is not None:
        sql += " AND s.rowid < ?"
        args.append(before_id)
    if above_id is not None:
        sql += " AND s.rowid > ?"
        args.append(above_id)
    sql += " ORDER BY s.rowid DESC LIMIT ?"
    args.append(limit)
    return [int(r[0]) for r in con.execute(sql, args).fetchall()]


def count_customers(con: Connection, deleted: bool = False) -> int:
    """Kept by triggers (migration 0003): no scan of the customers table."""
    row = con.execute("SELECT n FROM customer_counts WHERE in_bin = ?", (int(deleted),)).fetchone()
    return int(row[0]) if row else 0


def count_customers_scan(con: Connection, deleted: bool = False) -> int:
    """The same number by scanning (used by `check` to verify the kept count)."""
    sql = "SELECT count(*) FROM customers WHERE deleted_at IS " + ("NOT NULL" if deleted else "NULL")  # noqa: S608 - constant SQL fragments only
    return int(con.execute(sql).fetchone()[0])


def all_tags(con: Connection) -> list[str]:
    return [t for (t,) in con.execute("SELECT name FROM tags ORDER BY name")]


def all_sources(con: Connection) -> list[str]:
    """Distinct sources by skip-scanning the source index: one seek per distinct value, not a scan."""
    rows = con.execute(
        "WITH RECURSIVE s(v) AS ("
        " SELECT min(source) FROM customers WHERE deleted_at IS NULL AND source > ''"
        " UNION ALL"
        " SELECT (SELECT min(source) FROM customers WHERE deleted_at IS NULL AND source > s.v) FROM s"
        " WHERE s.v IS NOT NULL)"
        " SELECT v FROM s WHERE v IS NOT NULL"
    ).fetchall()
    return [str(v) for (v,) in rows]


def rebuild_blind_index(con: Connection, blind_index: BlindIndexer) -> None:
    """Recompute every blind index under a new K_index (vault-key rotation)."""
    rows = con.execute("SELECT customer_id, kind, value FROM sensitive_values WHERE valid = 1").fetchall()
    con.executemany(
        "UPDATE sensitive_values SET blind_index = ? WHERE customer_id = ? AND kind = ?",
        [(blind_index(SensitiveKind(kind), value), cid, kind) for cid, kind, value in rows],
    )


def bulk_insert(con: Connection, batch: Sequence[Customer], at: str, blind_index: BlindIndexer) -> list[int]:
    """Insert many customers with one `executemany` per table (imports, demo data).

    Ids are assigned here (max id + 1 …) so child rows can be written in bulk too. Must run inside
    the caller's transaction.
    """
    return insert_prepared(con, [prepare_from_customer(c) for c in batch], at, blind_index)


def next_customer_id(con: Connection) -> int:
    row = con.execute("SELECT seq FROM sqlite_sequence WHERE name = 'customers'").fetchone()
    return max(int(row[0]) if row else 0,
               int(con.execute("SELECT coalesce(max(id), 0) FROM customers").fetchone()[0])) + 1


def insert_prepared(con: Connection, batch: Sequence[PreparedCustomer], at: str, blind_index: BlindIndexer,
                    first_id: int | None = None) -> list[int]:
    """`bulk_insert` for customers already turned into rows (search texts and sort keys computed,
    e.g. in the import's worker processes). Must run inside the caller's transaction."""
    if not batch:
        return []
    first = first_id if first_id is not None else next_customer_id(con)
    ids = range(first, first + len(batch))
    con.executemany(
        "INSERT INTO customers (id, name, family_name, given_name, name_order, company, title, gender, birthday,"
        " source, owner_user_id, notes, sort_key, created_at, updated_at, verified_at, invalid_fields)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (cid, r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], r[8], r[9], r[10], r[11], r[12] or at, at, r[13],
             r[14])
            for cid, r in zip(ids, (p.row for p in batch), strict=True)
        ],
    )
    con.executemany(
        "INSERT INTO contact_points (customer_id, kind, value, raw, label, valid, problem, position)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [(cid, *c, i) for cid, p in zip(ids, batch, strict=True) for i, c in enumerate(p.contacts)],
    )
    address_rows = [(cid, *a, i) for cid, p in zip(ids, batch, strict=True) for i, a in enumerate(p.addresses)]
    if address_rows:
        con.executemany(
            "INSERT INTO addresses (customer_id, label, country, province, city, district, street, postal_code,"
            " free_form, position) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            address_rows,
        )
    tag_ids: dict[str, int] = {}
    tag_rows = []
    field_ids: dict[str, int] = {}
    custom_rows = []
    sensitive_rows = []
    for cid, p in zip(ids, batch, strict=True):
        for t in p.tags:
            tid = tag_ids.get(t)
            if tid is None:
                tid = tag_ids[t] = tag_id(con, t)
            tag_rows.append((cid, tid))
        for k, v in p.custom:
            fid = field_ids.get(k)
            if fid is None:
                fid = field_ids[k] = custom_field_id(con, k)
            custom_rows.append((cid, fid, v))
        for kind, value, valid, problem in p.sensitive:
            index = blind_index(SensitiveKind(kind), value) if valid else None
            sensitive_rows.append((cid, kind, value, valid, problem, index))
    if tag_rows:
        con.executemany("INSERT OR IGNORE INTO customer_tags (customer_id, tag_id) VALUES (?, ?)", tag_rows)
    if custom_rows:
        con.executemany("INSERT INTO custom_values (customer_id, field_id, value) VALUES (?, ?, ?)", custom_rows)
    if sensitive_rows:
        con.executemany(
            "INSERT INTO sensitive_values (customer_id, kind, value, valid, problem, blind_index)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            sensitive_rows,
        )
    con.executemany("INSERT INTO search_trigram (rowid, body) VALUES (?, ?)",
                    [(cid, p.trigram) for cid, p in zip(ids, batch, strict=True)])
    con.executemany("INSERT INTO search_tokens (rowid, body) VALUES (?, ?)",
                    [(cid, p.tokens) for cid, p in zip(ids, batch, strict=True)])
    return list(ids)
