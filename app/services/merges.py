"""Merging duplicate customers, undoing any merge later, and "not duplicates" (PRODUCT.md §4, issue #7).

Merge (`merge`), one transaction, logged as one `merge` event on the survivor whose detail names the
merge id and the merged-away ids (no values):

* The survivor (`keep`; by default the most complete record, ties → the oldest) takes, per scalar
  field of `merge_fields()`, the value of the customer `choices[field]` names; without a choice it
  keeps its own value and fills only an empty one from the others (most complete first). "name"
  carries the structured name with it (family/given name, name order).
* It gets the union of the contact points (deduplicated by kind and normalised value), addresses
  (deduplicated by their text), tags, custom values (a field it already has keeps its value) and
  sensitive values (only for a kind it has none of; nothing is revealed to the acting user, so a
  staff member without the reveal grant may merge: SECURITY.md roles put merge and undo with
  "delete to recycle bin": owner and staff, not viewer).
* Purchases, follow-ups, consents and change-history rows of the others are re-pointed to the
  survivor; the survivor's history gets one group recording what the merge changed on it.
* The others' `customers` rows are deleted (children cascade, search rows removed, the 0003 count
  triggers follow). They are not erased: no ledger entry, and their complete pre-merge state lives
  in the merge snapshot (table `merges`, inside the encrypted vault). So lists, search, counts,
  scans, exports and classification need no "merged" condition. Their ids are never reused
  (AUTOINCREMENT, and every id allocator respects `sqlite_sequence`).

Snapshot (JSON in `merges.snapshot`): the whole pre-merge dump of the survivor and of every merged
customer (`merges_repo.dump_customer`: customer row, contact-point and address rows with their ids,
tags, custom and sensitive values, ids of activity rows), the survivor's row right after the merge,
what the merge added to the survivor (ids and values) and which scalar fields it changed (old, new).

Undo (`undo`), one transaction, logged as one `unmerge` event:

* The merged customers come back exactly: same ids and columns, contact points and addresses with
  their old ids where still free, tags/custom/sensitive values, and every activity row the merge
  moved goes back to its original customer.
* If the survivor was not changed since the merge (same `version` and `updated_at`), its row and
  children are restored exactly and the merge's history group is removed: merge + undo leaves the
  tables as they were. Otherwise only what the merge did is taken back and later edits stay: a
  field goes back to its pre-merge value only if it still holds the merged value; an added contact
  point, address, tag, custom or sensitive value is removed only if still present unchanged. That
  is written as a new history group (action "unmerge"), and the merge's group is marked reverted.
* Refused with a typed error, changing nothing: an unknown merge (`NotFound`; also what remains of
  a merge whose customer was erased, since erasure deletes the snapshot), a merge already undone
  (`InvalidOperation(reason="already_undone")`), a survivor merged away again by a later merge
  (`InvalidOperation(reason="merged_again", merge_id=…)`: undo that one first), and any customer of
  the merge in the erasure ledger (`CustomerErased`): an erased id never comes back through an undo.

Erasure: erasing a survivor (`customers.erase_customer`) deletes the snapshots of its merges, and
the trigger of migration 0004 puts the ids it absorbed through merges still in force (transitively)
into the erasure ledger and drops the earlier snapshots that hold them: they are the same person, and
an older backup restored later must not bring them back. Erasing a customer whose merge was undone
after the survivor had been edited also deletes the survivor's history rows from that merge's group
to the unmerge (they hold the erased customer's values; customers_repo.erase). A merged-away id cannot be erased directly
(it is no customer any more; `merged_into` tells where it went): erase the survivor.

"Not duplicates" pairs (smaller id first) are stored in `not_duplicates`; the scan leaves them out.
Marking needs the edit right; the decisions are bookkeeping, not customer data, and are not logged.
"""

from __future__ import annotations

import copy
import dataclasses
import itertools
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from app.models.errors import CustomerErased, InvalidOperation, NotFound, ValidationError
from app.models.records import Address, ContactKind, ContactPoint, Customer, SensitiveKind
from app.services import customers as customer_service
from app.services.permissions import Action, require
from app.services.session import Session
from app.vault.repositories import activity_repo, customers_repo, merges_repo

SNAPSHOT_FORMAT = 1
_NAME_PARTS = ("name", "family_name", "given_name", "name_order")
_MERGE_FIELDS = ("name", "company", "title", "gender", "birthday", "source", "owner_user_id", "notes",
                 "verified_at")
_KIND_ORDER = {ContactKind.PHONE: 0, ContactKind.EMAIL: 1, ContactKind.WECHAT: 2, ContactKind.QQ: 3}


@dataclass(frozen=True)
class MergeInfo:
    id: int
    at: str
    user_name: str
    survivor_id: int
    merged_ids: tuple[int, ...]
    undone_at: str | None
    survivor_name: str = ""  # the survivor's current name
    merged_names: tuple[str, ...] = ()  # per merged id (same order), as the merge's snapshot holds it


def merge_fields() -> tuple[str, ...]:
    """The scalar fields a user can take from any of the merged customers ("name" includes the
    family/given name split and the name order)."""
    return _MERGE_FIELDS


# --- choosing ------------------------------------------------------------------------------------

def _empty(value: object) -> bool:
    return value in (None, "", [], {})


def completeness(c: Customer) -> int:
    """How many values a record holds (list fields count each element)."""
    n = 0
    for name in customer_service.all_field_names(c):
        value = customer_service.field_value(c, name)
        if isinstance(value, list):
            n += len(value)
        elif value not in (None, "", "eastern"):  # the default name order is no information
            n += 1
    return n


def _ranked(records: Sequence[Customer]) -> list[Customer]:
    """Most complete first; ties → the oldest (created first, then the smaller id)."""
    return sorted(records, key=lambda c: (-completeness(c), c.created_at, c.id or 0))


def _contact_key(p: ContactPoint) -> tuple[str, str]:
    value = p.value if p.valid else (p.raw or p.value)
    return (p.kind.value, " ".join(value.split()).casefold())


def _address_key(a: Address) -> tuple[str, ...]:
    return tuple(" ".join(str(v).split()).casefold() for v in (
        a.country, a.province, a.city, a.district, a.street, a.postal_code, a.free_form))


def _address_dict(a: Address) -> dict[str, str]:
    return {k: str(v) for k, v in a.__dict__.items() if k != "id"}


def _copy_field(target: Customer, source: Customer, name: str) -> None:
    for part in (_NAME_PARTS if name == "name" else (name,)):
        setattr(target, part, copy.deepcopy(getattr(source, part)))


@dataclass
class _Plan:
    target: Customer
    new_contacts: list[ContactPoint]
    new_addresses: list[Address]
    new_tags: list[str]
    new_custom: list[tuple[str, str]]
    new_sensitive: list[dict[str, Any]]


def _plan(survivor: Customer, others: list[Customer], choices: Mapping[str, int]) -> _Plan:
    by_id = {c.id: c for c in (survivor, *others)}
    target = copy.deepcopy(survivor)
    for name in _MERGE_FIELDS:
        chosen = choices.get(name)
        if chosen is not None:
            _copy_field(target, by_id[chosen], name)
        elif _empty(customer_service.field_value(target, name)):
            for other in others:
                if not _empty(customer_service.field_value(other, name)):
                    _copy_field(target, other, name)
                    break
    seen = {_contact_key(p) for p in target.contacts}
    new_contacts: list[ContactPoint] = []
    seen_addresses = {_address_key(a) for a in target.addresses}
    new_addresses: list[Address] = []
    new_tags: list[str] = []
    new_custom: list[tuple[str, str]] = []
    new_sensitive: list[dict[str, Any]] = []
    for other in others:
        for p in other.contacts:
            if _contact_key(p) not in seen:
                seen.add(_contact_key(p))
                new_contacts.append(ContactPoint(kind=p.kind, value=p.value, raw=p.raw, label=p.label,
                                                 valid=p.valid, problem=p.problem))
        for a in other.addresses:
            if _address_key(a) not in seen_addresses:
                seen_addresses.add(_address_key(a))
                new_addresses.append(dataclasses.replace(a, id=None))
        for t in other.tags:
            if t not in target.tags and t not in new_tags:
                new_tags.append(t)
        for k, v in other.custom.items():
            if k not in target.custom and k not in dict(new_custom):
                new_custom.append((k, v))
        for kind, sv in other.sensitive.items():
            if kind not in target.sensitive and all(s["kind"] != kind.value for s in new_sensitive):
                new_sensitive.append({"kind": kind.value, "value": sv.value, "valid": int(sv.valid),
                                      "problem": sv.problem})
    target.contacts = sorted([*target.contacts, *new_contacts], key=lambda p: _KIND_ORDER[p.kind])
    target.addresses = [*target.addresses, *new_addresses]
    target.tags = sorted([*target.tags, *new_tags])
    target.custom = {**target.custom, **dict(new_custom)}
    for s in new_sensitive:
        kind = SensitiveKind(s["kind"])
        target.sensitive[kind] = copy.deepcopy(next(o.sensitive[kind] for o in others if kind in o.sensitive))
    return _Plan(target, new_contacts, new_addresses, new_tags, new_custom, new_sensitive)


def _field_names(*records: Customer) -> list[str]:
    return list(dict.fromkeys(n for c in records for n in customer_service.all_field_names(c)))


# --- merge ---------------------------------------------------------------------------------------

def _load_live(session: Session, cid: int) -> Customer:
    c = customers_repo.load_customer(session.con, cid)
    if c is None:
        if customers_repo.is_erased(session.con, cid):
            raise CustomerErased(id=cid)
        absorbed = merges_repo.active_merge_absorbing(session.con, cid)
        if absorbed is not None:
            raise InvalidOperation(reason="merged_away", id=cid, merge_id=absorbed)
        raise NotFound(what="customer", id=cid)
    if c.deleted_at is not None:
        raise InvalidOperation(reason="in_recycle_bin", id=cid)
    return c


def merge(session: Session, customer_ids: Sequence[int], *, keep: int | None = None,
          choices: Mapping[str, int] | None = None) -> int:
    """Merge the customers into one (see the module docstring); returns the merge id."""
    require(session.user, Action.DELETE)
    ids = list(dict.fromkeys(int(i) for i in customer_ids))
    if len(ids) < 2:
        raise ValidationError("customer_ids", "too_few", min=2)
    if keep is not None and keep not in ids:
        raise ValidationError("keep", "invalid")
    chosen = dict(choices or {})
    for name, source in chosen.items():
        if name not in _MERGE_FIELDS:
            raise ValidationError(name, "unknown_field")
        if source not in ids:
            raise ValidationError(name, "invalid")
    with session.transaction() as con:
        records = [_load_live(session, cid) for cid in ids]
        ranked = _ranked(records)
        survivor = next(c for c in records if c.id == keep) if keep is not None else ranked[0]
        others = [c for c in ranked if c.id != survivor.id]
        sid = int(survivor.id or 0)
        merged_ids = [int(c.id or 0) for c in others]
        snapshot: dict[str, Any] = {
            "format": SNAPSHOT_FORMAT,
            "survivor": merges_repo.dump_customer(con, sid),
            "merged": [merges_repo.dump_customer(con, cid) for cid in merged_ids],
        }
        plan = _plan(survivor, others, chosen)
        at = session.clock()
        target = plan.target

        # The survivor: scalar columns, then each added child row (its own rows keep their ids).
        merges_repo.update_scalars(con, target, at)
        added_contacts: list[int] = []
        positions: list[tuple[int, int]] = []
        for position, p in enumerate(target.contacts):
            if p.id is None:
                p.id = merges_repo.insert_contact(con, sid, p, position)
                added_contacts.append(p.id)
            else:
                positions.append((p.id, position))
        merges_repo.set_positions(con, "contact_points", positions)
        added_addresses = [merges_repo.insert_address(con, sid, a, len(survivor.addresses) + i)
                           for i, a in enumerate(plan.new_addresses)]
        merges_repo.add_tags(con, sid, plan.new_tags)
        merges_repo.add_custom(con, sid, plan.new_custom)
        merges_repo.add_sensitive(con, sid, plan.new_sensitive, session.blind_indexer())
        merges_repo.reindex(con, target)

        names = _field_names(survivor, target)
        diff = [(n, customer_service.field_value(survivor, n), customer_service.field_value(target, n)) for n in names]
        diff = [d for d in diff if d[1] != d[2]]
        group = uuid.uuid4().hex
        activity_repo.insert_changes(con, sid, group, session.user.id or None, at, diff)

        # Activity of the merged customers follows them to the survivor; then they go.
        for dump in snapshot["merged"]:
            cid = int(dump["customer"]["id"])
            for table in merges_repo.MOVED_TABLES:
                merges_repo.move_activity(con, table, dump[table], cid, sid)
            merges_repo.delete_customer(con, cid)
        activity_repo.refresh_purchase_stats(con, sid)

        snapshot["survivor_after"] = merges_repo.customer_row(con, sid)
        snapshot["group"] = group
        snapshot["fields"] = {n: [old, new] for n, old, new in diff if n in customer_service.SCALAR_FIELDS}
        snapshot["added"] = {
            "contact_points": added_contacts,
            "contacts": [{"kind": p.kind.value, "value": p.value} for p in plan.new_contacts],
            "addresses": added_addresses,
            "address_values": [_address_dict(a) for a in plan.new_addresses],
            "tags": plan.new_tags,
            "custom": [[k, v] for k, v in plan.new_custom],
            "sensitive": [{"kind": s["kind"], "value": s["value"]} for s in plan.new_sensitive],
        }
        merge_id = merges_repo.insert_merge(con, at, session.user.id or None, sid, merged_ids, snapshot)
        session.log("merge", sid, fields=tuple(d[0] for d in diff),
                    detail={"merge_id": merge_id, "merged_ids": merged_ids})
    return merge_id


# --- undo ----------------------------------------------------------------------------------------

def undo(session: Session, merge_id: int) -> None:
    """Undo a merge (see the module docstring): the merged customers come back with their links,
    the survivor loses what the merge gave it but keeps later edits. All or nothing."""
    require(session.user, Action.DELETE)
    with session.transaction() as con:
        record = merges_repo.get_merge(con, merge_id)
        if record is None:
            raise NotFound(what="merge", id=merge_id)
        if record.undone_at is not None:
            raise InvalidOperation(reason="already_undone", merge_id=merge_id)
        snap = record.snapshot
        if snap.get("format") != SNAPSHOT_FORMAT:
            raise InvalidOperation(reason="snapshot_format", merge_id=merge_id)
        sid = record.survivor_id
        for cid in (sid, *record.merged_ids):
            if customers_repo.is_erased(con, cid):
                raise CustomerErased(id=cid)
        current = merges_repo.customer_row(con, sid)
        if current is None:
            absorbed = merges_repo.active_merge_absorbing(con, sid)
            if absorbed is not None:
                raise InvalidOperation(reason="merged_again", merge_id=absorbed)
            raise NotFound(what="customer", id=sid)
        for cid in record.merged_ids:
            if merges_repo.customer_row(con, cid) is not None:
                raise InvalidOperation(reason="customer_exists", id=cid)

        after = snap["survivor_after"]
        unchanged = current["version"] == after["version"] and current["updated_at"] == after["updated_at"]
        if unchanged:
            _restore_survivor_exactly(session, sid, snap)
        else:
            _take_back_from_survivor(session, sid, snap)
        for dump in snap["merged"]:
            _restore_merged(session, sid, dump)
        activity_repo.refresh_purchase_stats(con, sid)
        merges_repo.mark_undone(con, merge_id, session.clock(), "" if unchanged else str(snap["group"]))
        session.log("unmerge", sid, detail={"merge_id": merge_id, "restored_ids": list(record.merged_ids)})


def _restore_survivor_exactly(session: Session, sid: int, snap: Mapping[str, Any]) -> None:
    con = session.con
    before = snap["survivor"]
    added = snap["added"]
    merges_repo.restore_customer_row(con, before["customer"])
    merges_repo.delete_child_rows(con, "contact_points", sid, added["contact_points"])
    merges_repo.delete_child_rows(con, "addresses", sid, added["addresses"])
    merges_repo.set_positions(con, "contact_points", [(r["id"], r["position"]) for r in before["contact_points"]])
    merges_repo.set_positions(con, "addresses", [(r["id"], r["position"]) for r in before["addresses"]])
    merges_repo.remove_tags(con, sid, added["tags"])
    merges_repo.remove_custom(con, sid, [k for k, _v in added["custom"]])
    merges_repo.remove_sensitive(con, sid, [s["kind"] for s in added["sensitive"]])
    merges_repo.delete_history_group(con, sid, snap["group"])
    restored = customers_repo.load_customer(con, sid)
    assert restored is not None
    merges_repo.reindex(con, restored)


def _take_back_from_survivor(session: Session, sid: int, snap: Mapping[str, Any]) -> None:
    """Remove from an edited survivor what the merge added, where it is still as the merge left it."""
    con = session.con
    c = customers_repo.load_customer(con, sid)
    assert c is not None
    names = customer_service.all_field_names(c)
    before = {n: customer_service.field_value(c, n) for n in names}
    region = customer_service.default_region(session)
    for name, (old, new) in snap["fields"].items():
        if customer_service.field_value(c, name) == new:
            customer_service.apply_field(c, name, old, region, False)
    added = snap["added"]
    for item in added["contacts"]:
        for p in c.contacts:
            if p.kind.value == item["kind"] and p.value == item["value"]:
                c.contacts.remove(p)
                break
    for values in added["address_values"]:
        key = _address_key(Address(**values))
        for a in c.addresses:
            if _address_key(a) == key:
                c.addresses.remove(a)
                break
    c.tags = [t for t in c.tags if t not in added["tags"]]
    for k, v in added["custom"]:
        if c.custom.get(k) == v:
            del c.custom[k]
    for s in added["sensitive"]:
        kind = SensitiveKind(s["kind"])
        if kind in c.sensitive and c.sensitive[kind].value == s["value"]:
            del c.sensitive[kind]
    diff = [(n, before.get(n), customer_service.field_value(c, n))
            for n in dict.fromkeys([*names, *customer_service.all_field_names(c)])]
    diff = [d for d in diff if d[1] != d[2]]
    group = ""
    if diff:
        group = uuid.uuid4().hex
        customers_repo.save_customer(con, c, session.clock(), session.blind_indexer())
        activity_repo.insert_changes(con, sid, group, session.user.id or None, session.clock(), diff)
    activity_repo.mark_reverted(con, snap["group"], group)


def _restore_merged(session: Session, sid: int, dump: Mapping[str, Any]) -> None:
    con = session.con
    row = dump["customer"]
    cid = int(row["id"])
    merges_repo.insert_customer_row(con, row)
    merges_repo.insert_child_rows(con, "contact_points", dump["contact_points"])
    merges_repo.insert_child_rows(con, "addresses", dump["addresses"])
    merges_repo.add_tags(con, cid, dump["tags"])
    merges_repo.add_custom(con, cid, [(k, v) for k, v in dump["custom"]])
    merges_repo.add_sensitive(con, cid, dump["sensitive"], session.blind_indexer())
    for table in merges_repo.MOVED_TABLES:
        merges_repo.move_activity(con, table, dump[table], sid, cid)
    activity_repo.refresh_purchase_stats(con, cid)
    restored = customers_repo.load_customer(con, cid)
    assert restored is not None
    merges_repo.reindex(con, restored)


# --- history and "not duplicates" ------------------------------------------------------------------

def history(session: Session, *, limit: int = 200) -> list[MergeInfo]:
    """Merges, newest first, with the customers' names (the merged-away ones' from each merge's
    snapshot; "" where an erasure deleted it). Names are what the customer list shows to anyone
    who may view customers: no sensitive field is read."""
    require(session.user, Action.VIEW)
    rows = merges_repo.list_merges(session.con, limit)
    names = merges_repo.merge_names(session.con, [r.id for r in rows])
    infos = []
    for r in rows:
        survivor_name, merged = names.get(r.id, ("", {}))
        infos.append(MergeInfo(r.id, r.at, r.user_name, r.survivor_id, r.merged_ids, r.undone_at,
                               survivor_name, tuple(merged.get(i, "") for i in r.merged_ids)))
    return infos


def merged_into(session: Session, customer_id: int) -> int | None:
    """The id of the not-undone merge that merged this customer away, if any (for "customer not
    found" messages that can say where it went)."""
    require(session.user, Action.VIEW)
    return merges_repo.active_merge_absorbing(session.con, customer_id)


def mark_not_duplicates(session: Session, customer_ids: Sequence[int]) -> None:
    """Remember that these customers are different people (every pair among them)."""
    require(session.user, Action.EDIT)
    ids = sorted(dict.fromkeys(int(i) for i in customer_ids))
    if len(ids) < 2:
        raise ValidationError("customer_ids", "too_few", min=2)
    with session.transaction() as con:
        for cid in ids:
            exists, _deleted = customers_repo.exists(con, cid)
            if not exists:
                if customers_repo.is_erased(con, cid):
                    raise CustomerErased(id=cid)
                raise NotFound(what="customer", id=cid)
        merges_repo.add_not_duplicates(con, itertools.combinations(ids, 2), session.clock(),
                                       session.user.id or None)


def unmark_not_duplicates(session: Session, a: int, b: int) -> None:
    """Forget a "not duplicates" decision (the pair shows up in scans again)."""
    require(session.user, Action.EDIT)
    low, high = sorted((int(a), int(b)))
    with session.transaction() as con:
        if not merges_repo.remove_not_duplicate(con, low, high):
            raise NotFound(what="not_duplicates", id=low)


def not_duplicate_pairs(session: Session) -> set[tuple[int, int]]:
    require(session.user, Action.VIEW)
    return merges_repo.not_duplicate_pairs(session.con)
