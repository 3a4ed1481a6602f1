"""SQL for exports: selecting customer ids by filter and loading many customers at once (one query
per table for a chunk of ids, instead of six queries per customer)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from app.models.records import (
    Address,
    ContactKind,
    ContactPoint,
    Customer,
    Gender,
    NameOrder,
    SensitiveKind,
    SensitiveValue,
)
from app.vault.database import Connection
from app.vault.repositories.customers_repo import ListFilter, _filter_sql, _parse_birthday

_CHUNK = 500


def select_ids(con: Connection, f: ListFilter) -> list[int]:
    where, params = _filter_sql(f)
    sql = "SELECT c.id FROM customers c WHERE " + where + " ORDER BY c.id"  # noqa: S608 - constant fragments
    return [int(r[0]) for r in con.execute(sql, params).fetchall()]


def _in(con: Connection, sql: str, chunk: list[int]) -> Any:
    """Run `sql`, whose one "IN (?)" takes the whole chunk of ids."""
    return con.execute(sql.replace("IN (?)", "IN (" + ",".join("?" * len(chunk)) + ")"), chunk)


def load_customers(con: Connection, ids: Sequence[int]) -> list[Customer]:
    """The customers with these ids (those that exist), in the order given."""
    found: dict[int, Customer] = {}
    for i in range(0, len(ids), _CHUNK):
        chunk = list(ids[i:i + _CHUNK])
        for row in _in(
            con,
            "SELECT id, name, family_name, given_name, name_order, company, title, gender, birthday, source,"
            " owner_user_id, notes, created_at, updated_at, verified_at, deleted_at, version"
            " FROM customers WHERE id IN (?)", chunk
        ):
            found[int(row[0])] = Customer(
                id=row[0], name=row[1], family_name=row[2], given_name=row[3], name_order=NameOrder(row[4]),
                company=row[5], title=row[6], gender=Gender(row[7]), birthday=_parse_birthday(row[8]),
                source=row[9], owner_user_id=row[10], notes=row[11], created_at=row[12], updated_at=row[13],
                verified_at=row[14], deleted_at=row[15], version=row[16],
            )
        for cid, kind, value, raw, label, valid, problem, pid in _in(
            con,
            "SELECT customer_id, kind, value, raw, label, valid, problem, id FROM contact_points"
            " WHERE customer_id IN (?) ORDER BY customer_id, position, id", chunk
        ):
            found[cid].contacts.append(ContactPoint(kind=ContactKind(kind), value=value, raw=raw, label=label,
                                                    valid=bool(valid), problem=problem, id=pid))
        for a in _in(
            con,
            "SELECT customer_id, id, country, province, city, district, street, postal_code, free_form, label"
            " FROM addresses WHERE customer_id IN (?) ORDER BY customer_id, position, id", chunk
        ):
            found[a[0]].addresses.append(Address(country=a[2], province=a[3], city=a[4], district=a[5], street=a[6],
                                                 postal_code=a[7], free_form=a[8], label=a[9], id=a[1]))
        for cid, name in _in(
            con,
            "SELECT ct.customer_id, t.name FROM customer_tags ct JOIN tags t ON t.id = ct.tag_id"
            " WHERE ct.customer_id IN (?) ORDER BY ct.customer_id, t.name", chunk
        ):
            found[cid].tags.append(name)
        for cid, name, value in _in(
            con,
            "SELECT v.customer_id, f.name, v.value FROM custom_values v JOIN custom_fields f ON f.id = v.field_id"
            " WHERE v.customer_id IN (?) ORDER BY v.customer_id, f.name", chunk
        ):
            found[cid].custom[name] = value
        for cid, kind, value, valid, problem in _in(
            con,
            "SELECT customer_id, kind, value, valid, problem FROM sensitive_values"
            " WHERE customer_id IN (?)", chunk
        ):
            skind = SensitiveKind(kind)
            found[cid].sensitive[skind] = SensitiveValue(skind, value, bool(valid), problem)
    return [found[i] for i in ids if i in found]
