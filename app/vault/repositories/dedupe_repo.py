"""SQL for duplicate matching: every customer as a `MatchRecord`, and the remembered
"not duplicates" pairs (PRODUCT.md §4).

One query streams all customers not in the recycle bin; each row carries its contact points, the
blind index of its ID number and its first address through correlated sub-queries on the
per-customer indexes (`contact_points_customer`, `addresses_customer`, the sensitive_values primary
key), so there is no per-customer round trip from Python.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

from app.models.matching import MatchRecord
from app.vault.database import Connection

__all__ = ["BATCH", "CandidateKeys", "candidate_ids", "candidate_ids_many", "iter_match_records", "match_record", "match_records", "not_duplicate_pairs"]

BATCH = 20_000
NAME_LIMIT = 100  # customers looked at per name sound in an entry check (张伟 can be hundreds)

_UNIT = "\x1f"  # between contact points
_KIND = "\x1e"  # between a contact point's kind and value

_SELECT = (
    "SELECT c.id, c.name, c.family_name, c.given_name, c.company, coalesce(c.birthday, ''),"
    " (SELECT group_concat(p.kind || char(30) || p.value, char(31)) FROM"
    "   (SELECT kind, value FROM contact_points WHERE customer_id = c.id ORDER BY position, id) AS p),"
    " (SELECT hex(s.blind_index) FROM sensitive_values AS s"
    "   WHERE s.customer_id = c.id AND s.kind = 'id_number' AND s.blind_index IS NOT NULL),"
    " (SELECT CASE WHEN a.free_form != '' THEN a.free_form"
    "   ELSE a.province || a.city || a.district || a.street END || char(31) || a.postal_code"
    "   FROM addresses AS a WHERE a.customer_id = c.id ORDER BY a.position, a.id LIMIT 1)"
    " FROM customers AS c"
)

_Row = tuple[int, str, str, str, str, str, str | None, str | None, str | None]


def _record(row: _Row) -> MatchRecord:
    cid, name, family, given, company, birthday, contacts, id_key, address = row
    phones: list[str] = []
    emails: list[str] = []
    wechat: list[str] = []
    if contacts:
        for item in contacts.split(_UNIT):
            kind, _, value = item.partition(_KIND)
            if not value:
                continue
            if kind == "phone":
                phones.append(value)
            elif kind == "email":
                emails.append(value)
            else:  # wechat and qq: both are messenger ids
                wechat.append(value)
    line, _, postal = (address or "").partition(_UNIT)
    return MatchRecord(
        id=cid, name=name, family_name=family, given_name=given, company=company,
        phones=tuple(phones), emails=tuple(emails), wechat=tuple(wechat),
        id_key=(id_key or "").lower(), birthday=birthday, address=line, postal_code=postal,
    )


def iter_match_records(con: Connection, batch: int = BATCH) -> Iterator[list[MatchRecord]]:
    """Every customer not in the recycle bin as a MatchRecord, in id order, `batch` at a time."""
    cur = con.execute(_SELECT + " WHERE c.deleted_at IS NULL ORDER BY c.id")  # noqa: S608 - constant SQL fragments only
    while True:
        rows = cur.fetchmany(batch)
        if not rows:
            return
        yield [_record(row) for row in rows]


def match_record(con: Connection, customer_id: int) -> MatchRecord | None:
    """One customer (in the recycle bin or not) as a MatchRecord, None if there is none."""
    row = con.execute(_SELECT + " WHERE c.id = ?", (customer_id,)).fetchone()  # noqa: S608 - constant SQL fragments only
    return None if row is None else _record(row)


def match_records(con: Connection, ids: Iterable[int]) -> list[MatchRecord]:
    """The customers with these ids that are not in the recycle bin, as MatchRecords (id order).
    One query: the ids travel as one JSON array parameter."""
    wanted = sorted({int(i) for i in ids})
    if not wanted:
        return []
    rows = con.execute(
        _SELECT + " WHERE c.id IN (SELECT value FROM json_each(?)) AND c.deleted_at IS NULL ORDER BY c.id",  # noqa: S608 - constant SQL fragments only
        (json.dumps(wanted),),
    ).fetchall()
    return [_record(row) for row in rows]


def candidate_ids(con: Connection, *, phones: Iterable[str] = (), emails: Iterable[str] = (),
                  messenger_ids: Iterable[str] = (), id_blind_index: bytes | None = None,
                  sort_prefixes: Iterable[str] = (), per_name: int = NAME_LIMIT) -> set[int]:
    """Ids of customers not in the recycle bin sharing an exact key with a record being entered or
    imported: a phone or email (stored normalised value), a WeChat id or QQ number, the ID number's
    blind index, or a name that sounds the same (a `sort_key` prefix such as "zhang san\x1f", at
    most `per_name` of them). Each look-up uses an index; no table is scanned."""
    found: set[int] = set()
    for value in set(phones):
        found.update(cid for (cid,) in con.execute(
            "SELECT customer_id FROM contact_points WHERE kind = 'phone' AND valid = 1 AND value = ?", (value,)))
    for value in set(emails):
        found.update(cid for (cid,) in con.execute(
            "SELECT customer_id FROM contact_points WHERE kind = 'email' AND valid = 1 AND value = ?", (value,)))
    for value in set(messenger_ids):
        for kind in ("wechat", "qq"):
            found.update(cid for (cid,) in con.execute(
                "SELECT customer_id FROM contact_points WHERE kind = ? AND valid = 1 AND value = ?", (kind, value)))
    if id_blind_index:
        found.update(cid for (cid,) in con.execute(
            "SELECT customer_id FROM sensitive_values WHERE kind = 'id_number' AND blind_index = ?",
            (id_blind_index,)))
    for prefix in set(sort_prefixes):
        found.update(cid for (cid,) in con.execute(
            "SELECT id FROM customers WHERE deleted_at IS NULL AND sort_key >= ? AND sort_key < ?"
            " ORDER BY sort_key, id LIMIT ?", (prefix, prefix + "\U0010ffff", per_name)))
    return found


@dataclass(frozen=True, slots=True)
class CandidateKeys:
    """The look-up keys of one record for `candidate_ids_many` (same meaning as `candidate_ids`)."""
    phones: frozenset[str] = frozenset()
    emails: frozenset[str] = frozenset()
    messenger_ids: frozenset[str] = frozenset()
    id_blind_index: bytes | None = None
    sort_prefixes: frozenset[str] = frozenset()


def _by_value(con: Connection, sql: str, values: Iterable[object], *extra: object) -> dict[object, set[int]]:
    """value -> customer ids for a query taking the distinct values as one JSON array parameter and
    returning (value, customer id) rows."""
    wanted = sorted({str(v) for v in values})
    out: dict[object, set[int]] = defaultdict(set)
    if wanted:
        for value, cid in con.execute(sql, (json.dumps(wanted), *extra)):
            out[value].add(int(cid))
    return out


def candidate_ids_many(con: Connection, keys: Sequence[CandidateKeys], *,
                       per_name: int = NAME_LIMIT) -> list[set[int]]:
    """`candidate_ids` for many records at once (an import batch): per record, the same set of ids
    `candidate_ids` would return for its keys, from one set-based query per kind of key (the
    distinct keys of all records travel as one JSON array parameter; every query uses an index)."""
    phones = _by_value(con, "SELECT value, customer_id FROM contact_points WHERE kind = 'phone' AND valid = 1"
                            " AND value IN (SELECT value FROM json_each(?))", (v for k in keys for v in k.phones))
    emails = _by_value(con, "SELECT value, customer_id FROM contact_points WHERE kind = 'email' AND valid = 1"
                            " AND value IN (SELECT value FROM json_each(?))", (v for k in keys for v in k.emails))
    messenger = _by_value(con, "SELECT value, customer_id FROM contact_points WHERE kind IN ('wechat', 'qq')"
                               " AND valid = 1 AND value IN (SELECT value FROM json_each(?))",
                          (v for k in keys for v in k.messenger_ids))
    blind = _by_value(con, "SELECT lower(hex(blind_index)), customer_id FROM sensitive_values"
                           " WHERE kind = 'id_number' AND blind_index IN (SELECT unhex(value) FROM json_each(?))",
                      (k.id_blind_index.hex() for k in keys if k.id_blind_index))
    # The first `per_name` customers per prefix in (sort_key, id) order, as candidate_ids takes them.
    names = _by_value(con, "SELECT prefix, id FROM (SELECT p.value AS prefix, c.id AS id, row_number() OVER"
                           " (PARTITION BY p.value ORDER BY c.sort_key, c.id) AS n FROM json_each(?) AS p"
                           " JOIN customers AS c ON c.deleted_at IS NULL AND c.sort_key >= p.value"
                           " AND c.sort_key < p.value || char(1114111)) WHERE n <= ?",
                      (v for k in keys for v in k.sort_prefixes), per_name)
    out: list[set[int]] = []
    for k in keys:
        found: set[int] = set()
        for table, values in ((phones, k.phones), (emails, k.emails), (messenger, k.messenger_ids),
                              (names, k.sort_prefixes)):
            for value in values:
                found.update(table.get(value, ()))
        if k.id_blind_index:
            found.update(blind.get(k.id_blind_index.hex(), ()))
        out.append(found)
    return out


def not_duplicate_pairs(con: Connection) -> set[tuple[int, int]]:
    """The remembered "not duplicates" decisions as (a, b) pairs with a < b."""
    return {(int(a), int(b)) for a, b in con.execute("SELECT customer_a, customer_b FROM not_duplicates")}
