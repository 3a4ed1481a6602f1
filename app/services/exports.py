"""Export customers (minimized, masked, pseudonymized; CSV/.xlsx/vCard/JSON; optionally inside an
AES-encrypted zip) and data-subject exports (PIPL/GDPR access and portability).

Role rules (SECURITY.md): a masked export needs EXPORT_MASKED (owner; staff if granted); an
unmasked one, or any data-subject export, needs EXPORT_FULL (owner only). Every export is logged
with its purpose, fields, format and count — never values. Files are written atomically; with a
password the plaintext never touches the disk (the archive is built in memory).
"""

from __future__ import annotations

import html
import io
import json
import re
import secrets
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Final

from app.models import export_formats
from app.models.errors import CustomerErased, InvalidOperation, NotFound, ValidationError
from app.models.records import Customer
from app.services import customers
from app.services.permissions import Action, allowed, require
from app.services.session import Session
from app.vault import database, files
from app.vault.repositories import (
    activity_repo,
    audit_repo,
    customers_repo,
    exports_repo,
    imports_repo,
    merges_repo,
    users_repo,
)
from app.vault.repositories.customers_repo import ListFilter

__all__ = ["ExportOptions", "ExportResult", "archive_available", "dsar", "export_customers", "select_ids"]

_CHUNK: Final = 1000
_PURPOSE_MAX: Final = 100
_PERSONAL_RE: Final = re.compile(r"[^\s@]+@[^\s@]+|\+?[0-9][0-9 \-]{5,}[0-9]")


@dataclass
class ExportOptions:
    format: str = "csv"  # csv | csv-gb18030 | xlsx | vcf | json
    fields: Sequence[str] | None = None
    preset: str | None = None  # courier | marketing | contacts | accounting | all
    mask: bool = False
    pseudonymize: bool = False  # replace ids by HMAC pseudonyms (a random key per export, then forgotten)
    purpose: str = ""
    search: str | None = None
    filters: ListFilter | None = None  # tag, source, owner, needs_update, deleted, ids
    password: str | None = None  # write an AES-256 encrypted zip instead of the plain file


@dataclass(frozen=True)
class ExportResult:
    path: Path
    count: int
    fields: tuple[str, ...]
    format: str
    encrypted: bool


def archive_available() -> bool:
    try:
        import pyzipper  # noqa: F401
    except ImportError:
        return False
    return True


def clean_purpose(purpose: str) -> str:
    """The purpose as logged: trimmed, at most 100 characters, without anything that looks like an
    email address or a phone number (the access log holds no personal data)."""
    text = " ".join(purpose.split())[:_PURPOSE_MAX]
    return _PERSONAL_RE.sub("…", text)


def select_ids(session: Session, *, search: str | None = None, filters: ListFilter | None = None) -> list[int]:
    """The customers an export covers: a search (all pages) or a filter; everyone not deleted by default."""
    require(session.user, Action.VIEW)
    f = filters or ListFilter()
    if search:
        found: list[int] = []
        after = None
        while True:
            page = customers.search_customers(session, search, after=after, limit=500, filters=f)
            found.extend(r.id for r in page.rows)
            if page.next_after is None:
                break
            after = page.next_after
    else:
        found = exports_repo.select_ids(session.con, f)
    if f.ids is not None:
        wanted = set(f.ids)
        found = [i for i in found if i in wanted]
    return sorted(set(found))


def _logged_fields(fields: Sequence[str]) -> tuple[str, ...]:
    """Field names for the access log: custom field names (user-chosen, possibly personal) as "custom"."""
    return tuple(dict.fromkeys("custom" if f.startswith(export_formats.CUSTOM_PREFIX) else f for f in fields))


def _check_roles(session: Session, fields: Sequence[str], mask: bool) -> None:
    require(session.user, Action.EXPORT_MASKED)
    if not mask:
        require(session.user, Action.EXPORT_FULL)
    if any(f in export_formats.SENSITIVE_FIELDS for f in fields) and not allowed(session.user, Action.EXPORT_FULL):
        require(session.user, Action.REVEAL)


def _customers(session: Session, ids: list[int]) -> Iterator[Customer]:
    for i in range(0, len(ids), _CHUNK):
        yield from exports_repo.load_customers(session.con, ids[i:i + _CHUNK])


def _serialize(fmt: str, session: Session, ids: list[int], fields: list[str], mask: bool,
               key: bytes | None) -> bytes:
    def records() -> Iterator[dict[str, object]]:
        for c in _customers(session, ids):
            yield export_formats.customer_record(c, fields, mask=mask, pseudonym_key=key)

    if fmt == "csv":
        return export_formats.to_csv(records(), fields)
    if fmt == "csv-gb18030":
        return export_formats.to_csv(records(), fields, encoding="gb18030")
    if fmt == "json":
        return export_formats.to_json(records())
    if fmt == "xlsx":
        return export_formats.to_xlsx(records(), fields)
    if fmt == "vcf":
        return export_formats.to_vcard(
            (c, export_formats.customer_record(c, fields, mask=mask, pseudonym_key=key)) for c in _customers(session, ids)
        )
    raise ValidationError("format", "invalid")


def _encrypted_zip(inner_name: str, data: bytes, password: str) -> bytes:
    try:
        import pyzipper
    except ImportError:
        raise InvalidOperation(reason="archive_unavailable") from None
    buffer = io.BytesIO()
    with pyzipper.AESZipFile(buffer, "w", compression=pyzipper.ZIP_DEFLATED, encryption=pyzipper.WZ_AES) as zf:
        zf.setpassword(password.encode("utf-8"))
        zf.setencryption(pyzipper.WZ_AES, nbits=256)
        zf.writestr(inner_name, data)
    return buffer.getvalue()


_SUFFIX: Final = {"csv": ".csv", "csv-gb18030": ".csv", "xlsx": ".xlsx", "vcf": ".vcf", "json": ".json"}


def export_customers(session: Session, path: Path, options: ExportOptions | None = None) -> ExportResult:
    """Write the selected customers, with only the chosen fields, to `path` (atomically)."""
    options = options or ExportOptions()
    if options.format not in export_formats.FORMATS:
        raise ValidationError("format", "invalid")
    try:
        fields = export_formats.resolve_fields(options.fields, options.preset)
    except ValueError:
        raise ValidationError("fields", "unknown_field") from None
    _check_roles(session, fields, options.mask)
    if options.password is not None and len(options.password) < 8:
        raise ValidationError("passphrase", "too_short", min=8)
    ids = select_ids(session, search=options.search, filters=options.filters)
    key = secrets.token_bytes(32) if options.pseudonymize else None
    data = _serialize(options.format, session, ids, fields, options.mask, key)
    encrypted = options.password is not None
    if encrypted:
        assert options.password is not None
        inner = path.stem + _SUFFIX[options.format]
        data = _encrypted_zip(inner, data, options.password)
    with session.transaction():
        session.log("export", fields=_logged_fields(fields), detail={
            "purpose": clean_purpose(options.purpose), "count": len(ids), "format": options.format,
            "masked": options.mask, "pseudonymized": options.pseudonymize, "encrypted": encrypted,
            "preset": options.preset or "", "selection": "search" if options.search else "filter",
        })
        files.write_atomic(path, data)
    return ExportResult(path, len(ids), tuple(fields), options.format, encrypted)


# --- data-subject export ---------------------------------------------------------------------------

def _json_value(value: str | None) -> object:
    if value is None:
        return None
    try:
        return json.loads(value)
    except ValueError:
        return value


def subject_data(session: Session, customer_id: int) -> dict[str, object]:
    """Everything held about one customer, unmasked (owner only)."""
    require(session.user, Action.EXPORT_FULL)
    con = session.con
    c = customers_repo.load_customer(con, customer_id)
    if c is None:
        if customers_repo.is_erased(con, customer_id):
            raise CustomerErased(id=customer_id)
        raise NotFound(what="customer", id=customer_id)
    names = {u.id: u.name for u in users_repo.list_users(con, include_removed=True)}
    fields = list(export_formats.EXPORT_FIELDS)
    record = export_formats.customer_record(c, fields + ["custom." + k for k in c.custom])
    record["name_order"] = c.name_order.value
    record["deleted_at"] = c.deleted_at
    record["contacts"] = [{"kind": p.kind.value, "value": p.value, "original": p.raw, "label": p.label,
                           "valid": p.valid, "problem": p.problem} for p in c.contacts]
    record["addresses_detail"] = [{k: v for k, v in a.__dict__.items() if v and k != "id"} for a in c.addresses]
    record["sensitive_detail"] = {k.value: {"value": v.value, "valid": v.valid, "problem": v.problem}
                                  for k, v in c.sensitive.items()}
    access: list[dict[str, object]] = []
    before = None
    while True:
        entries = audit_repo.list_entries(con, customer_id=customer_id, before_seq=before, limit=1000)
        for e in entries:
            access.append({"at": e.at, "user": names.get(e.user_id or 0, ""), "action": e.action,
                           "fields": list(e.fields)})
        if len(entries) < 1000:
            break
        before = entries[-1].seq
    return {
        "format": "clientvault-data-subject-export",
        "version": 1,
        "generated_at": session.clock(),
        "customer": record,
        "purchases": [{"date": p.date, "amount": str(p.amount), "currency": p.currency, "items": p.items,
                       "channel": p.channel} for p in activity_repo.list_purchases(con, customer_id)],
        "follow_ups": [{"date": f.date, "type": f.kind, "content": f.content,
                        "next_contact_date": f.next_contact_date, "by": names.get(f.user_id or 0, "")}
                       for f in activity_repo.list_follow_ups(con, customer_id)],
        "consents": [{"purpose": x.purpose, "channel": x.channel, "granted_at": x.granted_at,
                      "withdrawn_at": x.withdrawn_at, "note": x.note}
                     for x in activity_repo.list_consents(con, customer_id)],
        "change_history": [{"at": h.at, "by": names.get(h.user_id or 0, ""), "field": h.field,
                            "old": _json_value(h.old_value), "new": _json_value(h.new_value),
                            "reverted": h.reverted_by is not None}
                           for h in activity_repo.list_history(con, customer_id)],
        "imports": [{"import_id": i, "effect": effect, "at": at}
                    for i, effect, at in imports_repo.imports_of_customer(con, customer_id)],
        "access_log": access,
        "merged_records": _merged_records(con, customer_id),
    }


def _merged_records(con: database.Connection, customer_id: int) -> list[dict[str, object]]:
    """The records merged into this customer (and, through earlier merges, into those), as the merge
    snapshots hold them: the same person's data, kept inside the vault so the merge can be undone."""
    out: list[dict[str, object]] = []
    pending, seen = [customer_id], {customer_id}
    while pending:
        survivor = pending.pop()
        for m in merges_repo.active_merges_into(con, survivor):
            for dump in m.snapshot.get("merged", []):
                out.append({"merge_id": m.id, "merged_at": m.at, "merged_by": m.user_name, "record": dump})
            for cid in m.merged_ids:
                if cid not in seen:
                    seen.add(cid)
                    pending.append(cid)
    return out


_HTML_TITLES: Final = {
    "customer": "Customer record / 客户资料", "purchases": "Purchases / 购买记录", "follow_ups": "Follow-ups / 跟进记录",
    "consents": "Consents / 同意记录", "change_history": "Change history / 修改历史",
    "imports": "Imports / 导入记录", "access_log": "Who accessed this record / 访问记录",
    "merged_records": "Records merged into this one / 合并进来的记录",
}


def _html_value(value: object) -> str:
    if isinstance(value, dict):
        rows = "".join("<tr><th>" + html.escape(str(k)) + "</th><td>" + _html_value(v) + "</td></tr>"
                       for k, v in value.items())
        return "<table>" + rows + "</table>"
    if isinstance(value, list):
        if value and all(isinstance(v, dict) for v in value):
            keys = list(dict.fromkeys(k for v in value for k in v))
            head = "".join("<th>" + html.escape(str(k)) + "</th>" for k in keys)
            body = "".join("<tr>" + "".join("<td>" + _html_value(v.get(k)) + "</td>" for k in keys) + "</tr>"
                           for v in value)
            return "<table><tr>" + head + "</tr>" + body + "</table>"
        return "<br>".join(_html_value(v) for v in value) if value else "—"
    if value is None or value == "":
        return "—"
    return html.escape(str(value))


def subject_html(data: dict[str, object]) -> str:
    """A readable, self-contained HTML page of a data-subject export (no scripts, no remote assets)."""
    parts = ['<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8">',
             "<title>Data subject export / 个人信息副本</title>",
             "<style>body{font-family:sans-serif;margin:2em}table{border-collapse:collapse;margin:.5em 0}"
             "th,td{border:1px solid #ccc;padding:4px 8px;text-align:left;vertical-align:top}"
             "th{background:#f4f4f4}</style></head><body>",
             "<h1>Data subject export / 个人信息副本</h1>",
             "<p>Generated / 生成时间: " + html.escape(str(data.get("generated_at", ""))) + "</p>"]
    for key, title in _HTML_TITLES.items():
        parts.append("<h2>" + html.escape(title) + "</h2>")
        parts.append(_html_value(data.get(key)))
    parts.append("</body></html>\n")
    return "".join(parts)


def dsar(session: Session, customer_id: int, path: Path) -> tuple[Path, Path]:
    """Data-subject export: `<path>.json` (machine-readable, for portability) and `<path>.html`
    (human-readable) with everything held about the customer. Owner only; logged."""
    require(session.user, Action.EXPORT_FULL)
    data = subject_data(session, customer_id)
    base = path.with_suffix("") if path.suffix.lower() in (".json", ".html", ".htm") else path
    json_path = base.with_name(base.name + ".json")
    html_path = base.with_name(base.name + ".html")
    with session.transaction():
        session.log("export", customer_id, fields=export_formats.EXPORT_FIELDS,
                    detail={"purpose": "data_subject_request", "count": 1, "format": "dsar"})
        files.write_atomic(json_path, json.dumps(data, ensure_ascii=False, indent=1).encode("utf-8"))
        files.write_atomic(html_path, subject_html(data).encode("utf-8"))
    return json_path, html_path
