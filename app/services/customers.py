"""Customers: create, read (logged), reveal (logged), edit with history and revert, recycle bin,
erase (privacy request), purchases, follow-ups, consents, listing and search."""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from decimal import InvalidOperation as DecimalInvalid
from typing import Any

from app.models import validation
from app.models.errors import CustomerErased, InvalidOperation, NotFound, ValidationError
from app.models.records import (
    Address,
    ChangeRecord,
    Consent,
    ContactKind,
    Customer,
    FollowUp,
    Gender,
    NameOrder,
    Purchase,
    SensitiveKind,
)
from app.models.search_text import plan_query, split_name
from app.services.permissions import Action, allowed, require
from app.services.session import Session
from app.vault import database
from app.vault.repositories import activity_repo, customers_repo, merges_repo
from app.vault.repositories.customers_repo import ListFilter, ListRow

SCALAR_FIELDS = (
    "name", "family_name", "given_name", "name_order", "company", "title", "gender", "birthday",
    "source", "owner_user_id", "notes", "verified_at",
)
CONTACT_FIELDS = {"phones": ContactKind.PHONE, "emails": ContactKind.EMAIL, "wechat": ContactKind.WECHAT,
                  "qq": ContactKind.QQ}
SENSITIVE_FIELDS = {"id_number": SensitiveKind.ID_NUMBER, "bank_account": SensitiveKind.BANK_ACCOUNT,
                    "health_note": SensitiveKind.HEALTH_NOTE}
LIST_FIELDS = ("addresses", "tags")
EDITABLE_FIELDS = (*SCALAR_FIELDS, *CONTACT_FIELDS, *SENSITIVE_FIELDS, *LIST_FIELDS)
MAX_TEXT = 10_000

def default_region(session: Session) -> str:
    from app.vault.repositories import users_repo

    value = users_repo.get_setting(session.con, "default_region")
    return value if isinstance(value, str) and len(value) == 2 else "CN"


# --- building a validated customer from user input ---------------------------------------------

def _text(fieldname: str, value: object, *, required: bool = False, limit: int = 500) -> str:
    text = validation.to_halfwidth(str(value or "")) if fieldname != "notes" else str(value or "").strip()
    if required and not text:
        raise ValidationError(fieldname, "required")
    if len(text) > limit:
        raise ValidationError(fieldname, "too_long", max=limit)
    return text


def _as_list(value: object) -> list[str]:
    if value is None or value == "":
        return []
    if isinstance(value, str):
        return [value]
    return [str(v) for v in value]  # type: ignore[attr-defined]


def _address(value: object) -> Address:
    if isinstance(value, Address):
        return value
    if isinstance(value, dict):
        fields = {k: str(v) for k, v in value.items() if k in Address.__dataclass_fields__ and k != "id"}
        return Address(**fields)  # type: ignore[arg-type]
    return Address(free_form=_text("address", value), country="")


def apply_field(c: Customer, name: str, value: object, region: str, strict: bool) -> None:
    """Validate one field's raw input and set it on `c`. Strict: invalid → ValidationError;
    lenient (imports, reverts): invalid contact/sensitive values are kept flagged for review."""
    if name == "name":
        c.name = _text("name", value, required=True, limit=200)
    elif name in ("family_name", "given_name", "company", "title", "source"):
        setattr(c, name, _text(name, value, limit=200))
    elif name == "notes":
        c.notes = _text("notes", value, limit=MAX_TEXT)
    elif name == "name_order":
        try:
            c.name_order = NameOrder(str(value or "eastern"))
        except ValueError as exc:
            raise ValidationError("name_order", "invalid") from exc
    elif name == "gender":
        try:
            c.gender = Gender(str(value or ""))
        except ValueError as exc:
            raise ValidationError("gender", "invalid") from exc
    elif name == "birthday":
        c.birthday = None if not value else validation.parse_birthday(str(value))
    elif name == "verified_at":
        c.verified_at = None if not value else validation.parse_date(str(value), field="verified_at").isoformat()
    elif name == "owner_user_id":
        c.owner_user_id = None if value in (None, "") else int(str(value))
    elif name in CONTACT_FIELDS:
        kind = CONTACT_FIELDS[name]
        kept = [p for p in c.contacts if p.kind is not kind]
        new = []
        for raw in _as_list(value):
            if not str(raw).strip():
                continue
            point = validation.build_contact(kind, str(raw), region)
            if strict and not point.valid:
                raise ValidationError(kind.value if kind is not ContactKind.PHONE else "phone", point.problem or "invalid")
            new.append(point)
        c.contacts = _ordered([*kept, *new])
    elif name in SENSITIVE_FIELDS:
        skind = SENSITIVE_FIELDS[name]
        text = str(value or "").strip()
        if not text:
            c.sensitive.pop(skind, None)
        else:
            sv = validation.build_sensitive(skind, text)
            if strict and not sv.valid:
                raise ValidationError(name, sv.problem or "invalid")
            c.sensitive[skind] = sv
    elif name == "addresses":
        c.addresses = [_address(a) for a in (value or [])]  # type: ignore[attr-defined]
    elif name == "tags":
        c.tags = sorted(dict.fromkeys(t.strip() for t in _as_list(value) if t.strip()))
    elif name.startswith("custom."):
        key = name[len("custom."):].strip()
        if not key:
            raise ValidationError("custom", "required")
        text = _text("custom", value, limit=2000)
        if text:
            c.custom[key] = text
        else:
            c.custom.pop(key, None)
    else:
        raise ValidationError(name, "unknown_field")


def _ordered(points: list[Any]) -> list[Any]:
    order = {ContactKind.PHONE: 0, ContactKind.EMAIL: 1, ContactKind.WECHAT: 2, ContactKind.QQ: 3}
    return sorted(points, key=lambda p: order[p.kind])


def field_value(c: Customer, name: str) -> object:
    """A field's value as plain JSON data (for history, diffs and revert)."""
    if name in SCALAR_FIELDS:
        v = getattr(c, name)
        if name == "birthday":
            return None if v is None else v.iso()
        if hasattr(v, "value"):
            return v.value
        return v
    if name in CONTACT_FIELDS:
        return [p.value for p in c.contacts_of(CONTACT_FIELDS[name])]
    if name in SENSITIVE_FIELDS:
        sv = c.sensitive.get(SENSITIVE_FIELDS[name])
        return None if sv is None else sv.value
    if name == "addresses":
        return [{k: v for k, v in a.__dict__.items() if k != "id" and v} for a in c.addresses]
    if name == "tags":
        return list(c.tags)
    if name.startswith("custom."):
        return c.custom.get(name[len("custom."):])
    raise ValidationError(name, "unknown_field")


def all_field_names(c: Customer) -> list[str]:
    return [*EDITABLE_FIELDS, *("custom." + k for k in c.custom)]


def build_customer(values: dict[str, object], region: str = "CN", *, strict: bool = True) -> Customer:
    name = _text("name", values.get("name"), required=True, limit=200)
    c = Customer(name=name)
    family, given, order = split_name(name)
    c.family_name, c.given_name, c.name_order = family, given, order
    for key, value in values.items():
        if key == "name" or value is None:
            continue
        if key == "custom" and isinstance(value, dict):
            for ck, cv in value.items():
                apply_field(c, "custom." + str(ck), cv, region, strict)
            continue
        apply_field(c, key, value, region, strict)
    return c


# --- reading -------------------------------------------------------------------------------------

@dataclass
class CustomerView:
    customer: Customer  # sensitive values masked unless revealed
    revealed: tuple[str, ...] = ()
    can_reveal: bool = False
    can_edit: bool = False
    purchases: list[Purchase] = field(default_factory=list)
    follow_ups: list[FollowUp] = field(default_factory=list)
    consents: list[Consent] = field(default_factory=list)


def mask_sensitive(kind: SensitiveKind, value: str) -> str:
    if kind is SensitiveKind.ID_NUMBER:
        return validation.mask_id_number(value)
    if kind is SensitiveKind.BANK_ACCOUNT:
        return validation.mask_bank_account(value)
    return "••••••"


def _load(session: Session, cid: int, *, allow_deleted: bool = True) -> Customer:
    c = customers_repo.load_customer(session.con, cid)
    if c is None:
        if customers_repo.is_erased(session.con, cid):
            raise CustomerErased(id=cid)
        raise NotFound(what="customer", id=cid)
    if c.deleted_at is not None and not allow_deleted:
        raise InvalidOperation(reason="in_recycle_bin")
    return c


def get_customer(session: Session, cid: int, reveal: Iterable[str] = ()) -> CustomerView:
    """Open a customer record. Logged as `view`; each revealed sensitive field is logged as `reveal`."""
    require(session.user, Action.VIEW)
    wanted = tuple(dict.fromkeys(reveal))
    for name in wanted:
        if name not in SENSITIVE_FIELDS:
            raise ValidationError(name, "not_sensitive")
    if wanted:
        require(session.user, Action.REVEAL)
    with session.transaction() as con:
        c = _load(session, cid)
        session.log("view", cid)
        shown = tuple(n for n in wanted if SENSITIVE_FIELDS[n] in c.sensitive)
        if shown:
            session.log("reveal", cid, fields=shown)
        for skind, sv in c.sensitive.items():
            if skind.value not in shown:
                sv.value = mask_sensitive(skind, sv.value)
        view = CustomerView(
            customer=c, revealed=shown, can_reveal=allowed(session.user, Action.REVEAL),
            can_edit=allowed(session.user, Action.EDIT),
            purchases=activity_repo.list_purchases(con, cid),
            follow_ups=activity_repo.list_follow_ups(con, cid),
            consents=activity_repo.list_consents(con, cid),
        )
    return view


def reveal_field(session: Session, cid: int, name: str) -> str:
    """Reveal one sensitive value (logged), e.g. for the GUI's reveal button."""
    if name not in SENSITIVE_FIELDS:
        raise ValidationError(name, "not_sensitive")
    require(session.user, Action.REVEAL)
    with session.transaction():
        c = _load(session, cid)
        sv = c.sensitive.get(SENSITIVE_FIELDS[name])
        if sv is None:
            raise NotFound(what="field", id=cid)
        session.log("reveal", cid, fields=(name,))
        return sv.value


def log_copy(session: Session, cid: int, name: str) -> None:
    """Record that a value was copied to the clipboard."""
    require(session.user, Action.VIEW)
    if name in SENSITIVE_FIELDS:
        require(session.user, Action.REVEAL)
    with session.transaction():
        session.log("copy", cid, fields=(name,))


# --- writing -------------------------------------------------------------------------------------

def create_customer(session: Session, values: dict[str, object], *, strict: bool = True) -> int:
    require(session.user, Action.EDIT)
    c = build_customer(values, default_region(session), strict=strict)
    with session.transaction() as con:
        cid = customers_repo.insert_customer(con, c, session.clock(), session.blind_indexer())
        created = [n for n in all_field_names(c) if field_value(c, n) not in (None, "", [], {})]
        activity_repo.insert_changes(con, cid, uuid.uuid4().hex, session.user.id, session.clock(),
                                     [(n, None, field_value(c, n)) for n in created])
        session.log("create", cid, fields=tuple(created))
    return cid


def update_customer(session: Session, cid: int, changes: dict[str, object], *, strict: bool = True,
                    action: str = "edit") -> str | None:
    """Apply field changes; returns the history group id (None when nothing changed)."""
    require(session.user, Action.EDIT)
    region = default_region(session)
    with session.transaction() as con:
        c = _load(session, cid, allow_deleted=False)
        before = {n: field_value(c, n) for n in [*all_field_names(c), *(k for k in changes if k.startswith("custom."))]}
        for name, value in changes.items():
            apply_field(c, name, value, region, strict)
        if "name" in changes and "family_name" not in changes and "given_name" not in changes:
            c.family_name, c.given_name, c.name_order = split_name(c.name)
        diff = []
        for name in dict.fromkeys([*before, *all_field_names(c)]):
            old, new = before.get(name), field_value(c, name)
            if old != new:
                diff.append((name, old, new))
        if not diff:
            return None
        group = uuid.uuid4().hex
        customers_repo.save_customer(con, c, session.clock(), session.blind_indexer())
        activity_repo.insert_changes(con, cid, group, session.user.id, session.clock(), diff)
        session.log(action, cid, fields=tuple(d[0] for d in diff), detail={"group": group} if action != "edit" else {})
    return group


def history(session: Session, cid: int) -> list[ChangeRecord]:
    """The change history, newest first; sensitive values masked unless the role may reveal."""
    require(session.user, Action.VIEW)
    records = activity_repo.list_history(session.con, cid)
    if not allowed(session.user, Action.REVEAL):
        for r in records:
            if r.field in SENSITIVE_FIELDS:
                r.old_value = None if r.old_value in (None, "null") else '"••••••"'
                r.new_value = None if r.new_value in (None, "null") else '"••••••"'
    return records


def revert(session: Session, group_id: str) -> str | None:
    """Undo one edit: every field of the group goes back to its old value (a new history group)."""
    import json

    require(session.user, Action.EDIT)
    changes = activity_repo.group_changes(session.con, group_id)
    if not changes:
        raise NotFound(what="change", id=0)
    if changes[0].reverted_by:
        raise InvalidOperation(reason="already_reverted")
    cid = changes[0].customer_id
    moved_by = merges_repo.merge_that_moved_history(session.con, cid, changes[0].id)
    if moved_by is not None:  # another customer's edit, carried over by a merge: it would change the wrong record
        raise InvalidOperation(reason="history_moved_by_merge", merge_id=moved_by)
    values: dict[str, object] = {}
    for ch in changes:
        old = None if ch.old_value is None else json.loads(ch.old_value)
        if ch.field == "name" and not old:
            raise InvalidOperation(reason="cannot_revert_creation")
        values[ch.field] = old
    with session.transaction() as con:
        new_group = update_customer(session, cid, values, strict=False, action="revert")
        activity_repo.mark_reverted(con, group_id, new_group or "")
    return new_group


def delete_customer(session: Session, cid: int) -> None:
    require(session.user, Action.DELETE)
    with session.transaction() as con:
        c = _load(session, cid)
        if c.deleted_at is not None:
            raise InvalidOperation(reason="in_recycle_bin")
        customers_repo.set_deleted(con, cid, session.clock())
        session.log("delete", cid)


def undelete_customer(session: Session, cid: int) -> None:
    require(session.user, Action.DELETE)
    with session.transaction() as con:
        c = _load(session, cid)
        if c.deleted_at is None:
            raise InvalidOperation(reason="not_deleted")
        customers_repo.set_deleted(con, cid, None)
        session.log("undelete", cid)


def erase_customer(session: Session, cid: int, request_ref: str = "") -> None:
    """Privacy erasure: delete everything about the customer, keep only the id in the erasure
    ledger, checkpoint the WAL so no copy of the data survives in it."""
    require(session.user, Action.ERASE)
    with session.transaction() as con:
        _load(session, cid)
        customers_repo.erase(con, cid, session.clock(), request_ref[:100])
        session.log("erase", cid)
    database.checkpoint(session.con)


# --- purchases, follow-ups, consents -----------------------------------------------------------

def _decimal(value: object) -> Decimal:
    try:
        amount = Decimal(validation.to_halfwidth(str(value)).replace(",", "").replace("¥", "").replace("￥", ""))
    except DecimalInvalid as exc:
        raise ValidationError("amount", "not_a_number") from exc
    if not amount.is_finite() or abs(amount) > Decimal("1e12"):
        raise ValidationError("amount", "out_of_range")
    return amount.quantize(Decimal("0.01"))


def add_purchase(session: Session, cid: int, date: str, amount: object, currency: str = "CNY", items: str = "",
                 channel: str = "") -> int:
    require(session.user, Action.EDIT)
    p = Purchase(customer_id=cid, date=validation.parse_date(date).isoformat(), amount=_decimal(amount),
                 currency=(currency or "CNY").upper()[:3], items=_text("items", items, limit=2000),
                 channel=_text("channel", channel, limit=100))
    with session.transaction() as con:
        _load(session, cid, allow_deleted=False)
        pid = activity_repo.insert_purchase(con, p, session.clock())
        session.log("purchase_add", cid)
    return pid


def add_follow_up(session: Session, cid: int, date: str, kind: str = "", content: str = "",
                  next_contact_date: str | None = None) -> int:
    require(session.user, Action.EDIT)
    f = FollowUp(customer_id=cid, date=validation.parse_date(date).isoformat(), kind=_text("kind", kind, limit=50),
                 content=_text("notes", content, limit=MAX_TEXT),
                 next_contact_date=None if not next_contact_date else validation.parse_date(next_contact_date).isoformat(),
                 user_id=session.user.id)
    with session.transaction() as con:
        _load(session, cid, allow_deleted=False)
        fid = activity_repo.insert_follow_up(con, f, session.clock())
        session.log("follow_up_add", cid)
    return fid


def add_consent(session: Session, cid: int, purpose: str, channel: str = "", granted_at: str | None = None,
                note: str = "") -> int:
    require(session.user, Action.EDIT)
    c = Consent(customer_id=cid, purpose=_text("purpose", purpose, required=True, limit=100),
                channel=_text("channel", channel, limit=100),
                granted_at=validation.parse_date(granted_at).isoformat() if granted_at else session.clock()[:10],
                note=_text("notes", note, limit=2000))
    with session.transaction() as con:
        _load(session, cid, allow_deleted=False)
        consent_id = activity_repo.insert_consent(con, c)
        session.log("consent_add", cid, fields=("consents",))  # the purpose is free text: not logged
    return consent_id


def withdraw_consent(session: Session, consent_id: int) -> None:
    require(session.user, Action.EDIT)
    with session.transaction() as con:
        cid = activity_repo.withdraw_consent(con, consent_id, session.clock()[:10])
        if not cid:
            raise NotFound(what="consent", id=consent_id)
        session.log("consent_withdraw", cid)


# --- listing and search --------------------------------------------------------------------------

@dataclass(frozen=True)
class Page:
    rows: list[ListRow]
    next_after: tuple[str, int] | None  # pass back to get the next page; None at the end
    hint: str = ""  # e.g. "too_short" for a 1–3 digit query


def list_customers(session: Session, *, sort: str = "name", after: tuple[str, int] | None = None,
                   limit: int = 100, filters: ListFilter | None = None) -> Page:
    require(session.user, Action.VIEW)
    if sort not in customers_repo.SORTS:
        raise ValidationError("sort", "invalid")
    f = _with_cutoff(session, filters or ListFilter())
    rows = customers_repo.list_page(session.con, sort, after, limit, f)
    nxt = (rows[-1].sort_value, rows[-1].id) if len(rows) == limit else None
    return Page(rows, nxt)


def _with_cutoff(session: Session, f: ListFilter) -> ListFilter:
    if not f.needs_update or f.stale_before is not None:
        return f
    from dataclasses import replace

    from app.vault.repositories import users_repo

    months = users_repo.get_setting(session.con, "needs_update_months")
    months = months if isinstance(months, int) and months > 0 else 12
    cutoff = (datetime.now(UTC) - timedelta(days=30 * months)).strftime("%Y-%m-%dT%H:%M:%SZ")
    return replace(f, stale_before=cutoff)


def search_customers(session: Session, query: str, *, after: tuple[str, int] | None = None, limit: int = 50,
                     filters: ListFilter | None = None) -> Page:
    """Search-as-you-type. Results are newest first and keyset-paged by customer id."""
    require(session.user, Action.VIEW)
    plan = plan_query(query)
    if plan.kind == "empty":
        return list_customers(session, after=after, limit=limit, filters=filters)
    if plan.trigram_match is None and plan.tokens_match is None:
        return Page([], None, hint="too_short")
    f = _with_cutoff(session, filters or ListFilter())
    before = after[1] if after else None
    ids: set[int] = set()
    for table, match in (("search_tokens", plan.tokens_match), ("search_trigram", plan.trigram_match)):
        if match is None:
            continue
        # Once a full page of newer ids is known, the next index only needs to look above the
        # oldest of them: the merged page is the newest `limit` ids of both.
        floor = sorted(ids, reverse=True)[limit - 1] if len(ids) >= limit else None
        ids.update(customers_repo.fts_ids(session.con, table, match, before, limit, f, above_id=floor))
    ordered = sorted(ids, reverse=True)[:limit]
    rows = customers_repo.rows_by_ids(session.con, ordered)
    nxt = (str(ordered[-1]), ordered[-1]) if len(ordered) == limit else None
    return Page(rows, nxt)


def count_customers(session: Session, deleted: bool = False) -> int:
    require(session.user, Action.VIEW)
    return customers_repo.count_customers(session.con, deleted)


def tags(session: Session) -> list[str]:
    require(session.user, Action.VIEW)
    return customers_repo.all_tags(session.con)


def sources(session: Session) -> list[str]:
    require(session.user, Action.VIEW)
    return customers_repo.all_sources(session.con)


def add_tag(session: Session, ids: Sequence[int], tag: str) -> int:
    """Tag several customers at once (one history group each)."""
    tag = tag.strip()
    if not tag:
        raise ValidationError("tag", "required")
    n = 0
    with session.transaction():
        for cid in ids:
            c = _load(session, cid, allow_deleted=False)
            if tag not in c.tags:
                update_customer(session, cid, {"tags": [*c.tags, tag]})
                n += 1
    return n
