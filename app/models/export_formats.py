"""Export: field choice, purpose presets, masking, pseudonymized ids, and the file formats
(CSV in UTF-8 with BOM or GB18030, .xlsx, vCard 3.0, JSON). Pure: bytes out, no file I/O.

A record is a dict keyed by field name ("id", "name", "phones" …); several values are a list. CSV
and .xlsx join them with " ::: " (as Google Contacts does), which the importer splits again, so an
export re-imports into the same customers.
"""

from __future__ import annotations

import csv
import hashlib
import hmac
import io
import json
import re
from collections.abc import Iterable, Sequence
from typing import Final

from app.models.records import ContactKind, Customer, SensitiveKind
from app.models.validation import mask_bank_account, mask_email, mask_generic, mask_id_number, mask_phone

__all__ = [
    "EXPORT_FIELDS",
    "FORMATS",
    "PRESETS",
    "SENSITIVE_FIELDS",
    "customer_record",
    "pseudonym",
    "resolve_fields",
    "to_csv",
    "to_json",
    "to_vcard",
    "to_xlsx",
]

FORMATS: Final = ("csv", "csv-gb18030", "xlsx", "vcf", "json")
MULTI_SEPARATOR: Final = " ::: "
EXPORT_FIELDS: Final = (
    "id", "name", "family_name", "given_name", "company", "title", "gender", "birthday", "phones", "emails",
    "wechat", "qq", "addresses", "tags", "source", "notes", "id_number", "bank_account", "health_note",
    "created_at", "updated_at", "verified_at",
)  # fmt: skip
SENSITIVE_FIELDS: Final = frozenset({"id_number", "bank_account", "health_note"})
CUSTOM_PREFIX: Final = "custom."
# Purpose presets: only what the purpose needs (PIPL's minimum necessary).
PRESETS: Final[dict[str, tuple[str, ...]]] = {
    "courier": ("name", "phones", "addresses"),
    "marketing": ("name", "phones", "emails", "wechat", "tags"),
    "contacts": ("name", "company", "title", "phones", "emails", "wechat", "qq", "addresses", "birthday"),
    "accounting": ("id", "name", "company", "phones", "emails", "addresses"),
    "all": tuple(f for f in EXPORT_FIELDS if f not in SENSITIVE_FIELDS),
}
_CONTACTS: Final = {"phones": ContactKind.PHONE, "emails": ContactKind.EMAIL, "wechat": ContactKind.WECHAT,
                    "qq": ContactKind.QQ}
_SENSITIVE: Final = {"id_number": SensitiveKind.ID_NUMBER, "bank_account": SensitiveKind.BANK_ACCOUNT,
                     "health_note": SensitiveKind.HEALTH_NOTE}


def resolve_fields(fields: Sequence[str] | None, preset: str | None = None) -> list[str]:
    """The fields to export, in a stable order; unknown names raise ValueError (the service turns
    it into a ValidationError)."""
    chosen: list[str] = []
    if preset:
        if preset not in PRESETS:
            raise ValueError(preset)
        chosen.extend(PRESETS[preset])
    for name in fields or ():
        name = name.strip()
        if not name:
            continue
        if name not in EXPORT_FIELDS and not (name.startswith(CUSTOM_PREFIX) and len(name) > len(CUSTOM_PREFIX)):
            raise ValueError(name)
        chosen.append(name)
    if not chosen:
        chosen = list(PRESETS["all"])
    unique = list(dict.fromkeys(chosen))
    order = {f: i for i, f in enumerate(EXPORT_FIELDS)}
    return sorted(unique, key=lambda f: (order.get(f, len(order)), f))


def pseudonym(key: bytes, customer_id: int) -> str:
    """A stable-within-one-export, unlinkable-across-exports id: HMAC-SHA256 with a random key
    made for the export and then forgotten (16 hex characters)."""
    return hmac.new(key, str(customer_id).encode(), hashlib.sha256).hexdigest()[:16]


def _mask_contact(kind: ContactKind, value: str) -> str:
    if kind is ContactKind.PHONE:
        return mask_phone(value)
    if kind is ContactKind.EMAIL:
        return mask_email(value)
    return mask_generic(value, 2, 2)


def _mask_sensitive(kind: SensitiveKind, value: str) -> str:
    if kind is SensitiveKind.ID_NUMBER:
        return mask_id_number(value)
    if kind is SensitiveKind.BANK_ACCOUNT:
        return mask_bank_account(value)
    return "••••••"


def customer_record(c: Customer, fields: Sequence[str], *, mask: bool = False,
                    pseudonym_key: bytes | None = None) -> dict[str, object]:
    """One customer as a dict of the chosen fields (and nothing else)."""
    record: dict[str, object] = {}
    for name in fields:
        if name == "id":
            cid = c.id or 0
            record["id"] = pseudonym(pseudonym_key, cid) if pseudonym_key is not None else cid
        elif name in _CONTACTS:
            kind = _CONTACTS[name]
            record[name] = [_mask_contact(kind, p.value) if mask else p.value for p in c.contacts_of(kind)]
        elif name in _SENSITIVE:
            sv = c.sensitive.get(_SENSITIVE[name])
            record[name] = "" if sv is None else (_mask_sensitive(sv.kind, sv.value) if mask else sv.value)
        elif name == "addresses":
            record[name] = [a.one_line() for a in c.addresses if a.one_line()]
        elif name == "tags":
            record[name] = list(c.tags)
        elif name == "birthday":
            record[name] = "" if c.birthday is None else c.birthday.iso()
        elif name in ("gender", "name_order"):
            record[name] = getattr(c, name).value
        elif name.startswith(CUSTOM_PREFIX):
            record[name] = c.custom.get(name[len(CUSTOM_PREFIX):], "")
        else:
            value = getattr(c, name, "")
            record[name] = "" if value is None else value
    return record


def _cell(value: object) -> str:
    if isinstance(value, list):
        return MULTI_SEPARATOR.join(str(v) for v in value)
    return "" if value is None else str(value)


_NUMBERS_RE: Final = re.compile(r"^[+-]?[0-9][0-9 .]*(?:;ext=[0-9]+)?(?: ::: [+-]?[0-9][0-9 .]*(?:;ext=[0-9]+)?)*$")


def _spreadsheet_safe(text: str) -> str:
    """Cells starting with = + - @ are formulas to Excel (CSV injection): prefix a quote, except for
    numbers and phone numbers in E.164 ("+8613800138000 ::: +8613900139000")."""
    if text[:1] in ("=", "@", "\t", "\r") or (text[:1] in ("+", "-") and _NUMBERS_RE.match(text) is None):
        return "'" + text
    return text


def to_csv(records: Iterable[dict[str, object]], fields: Sequence[str], encoding: str = "utf-8-sig") -> bytes:
    """CSV with a header of field names, CRLF line ends; UTF-8 with BOM (Excel opens it right) or
    GB18030 (older Chinese Excel/WPS)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(list(fields))
    for record in records:
        writer.writerow([_spreadsheet_safe(_cell(record.get(f))) for f in fields])
    text = out.getvalue()
    if encoding == "gb18030":
        return text.encode("gb18030")
    return codecs_bom() + text.encode("utf-8")


def codecs_bom() -> bytes:
    return b"\xef\xbb\xbf"


def to_json(records: Iterable[dict[str, object]]) -> bytes:
    """A JSON array of objects keyed by field name (UTF-8, readable: not ASCII-escaped)."""
    return (json.dumps(list(records), ensure_ascii=False, indent=1) + "\n").encode("utf-8")


def to_xlsx(records: Iterable[dict[str, object]], fields: Sequence[str], sheet_title: str = "customers") -> bytes:
    """An .xlsx workbook; every cell is text, so leading zeros and long ids stay exact."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell

    wb = Workbook(write_only=True)
    ws = wb.create_sheet(title=sheet_title[:31] or "customers")
    ws.append(list(fields))
    for record in records:
        row = []
        for f in fields:
            cell = WriteOnlyCell(ws, value=_xlsx_text(_cell(record.get(f))))
            cell.data_type = "s"
            row.append(cell)
        ws.append(row)
    buffer = io.BytesIO()
    wb.save(buffer)
    return buffer.getvalue()


def _xlsx_text(text: str) -> str:
    # control characters other than tab/newline are not allowed in XML 1.0
    return "".join(ch for ch in text if ch >= " " or ch in "\t\n")


# --- vCard 3.0 -----------------------------------------------------------------------------------
def _escape(text: str) -> str:
    return (text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n"))


def _fold(line: str) -> str:
    """Fold at 75 octets without splitting a UTF-8 character (RFC 2425 §5.8.1)."""
    out: list[str] = []
    current = ""
    size = 0
    limit = 75
    for ch in line:
        n = len(ch.encode("utf-8"))
        if size + n > limit:
            out.append(current)
            current, size, limit = " " + ch, 1 + n, 75
        else:
            current += ch
            size += n
    out.append(current)
    return "\r\n".join(out)


def to_vcard(customers: Iterable[tuple[Customer, dict[str, object]]]) -> bytes:
    """vCard 3.0 (what iPhone, Android, Outlook and Google import). Only the chosen fields are
    written: each record's dict decides (masked values stay masked)."""
    lines: list[str] = []
    for c, record in customers:
        lines.append("BEGIN:VCARD")
        lines.append("VERSION:3.0")
        name = str(record.get("name", "")) if "name" in record else ""
        lines.append("FN:" + _escape(name))
        if "name" in record:
            family = c.family_name if c.family_name else ""
            given = c.given_name if c.given_name else ("" if family else name)
            lines.append("N:" + ";".join(_escape(p) for p in (family, given, "", "", "")))
        else:
            lines.append("N:;;;;")
        if record.get("company"):
            lines.append("ORG:" + _escape(str(record["company"])))
        if record.get("title"):
            lines.append("TITLE:" + _escape(str(record["title"])))
        for value in _values(record, "phones"):
            label = next((p.label for p in c.contacts_of(ContactKind.PHONE) if p.value == value), "")
            kind = {"mobile": "CELL", "landline": "WORK", "work": "WORK", "home": "HOME"}.get(label, "VOICE")
            lines.append("TEL;TYPE=" + kind + ":" + _escape(value))
        for value in _values(record, "emails"):
            lines.append("EMAIL;TYPE=INTERNET:" + _escape(value))
        for value in _values(record, "wechat"):
            lines.append("X-WECHAT:" + _escape(value))
            lines.append("IMPP;X-SERVICE-TYPE=WeChat:x-apple:" + _escape(value))
        for value in _values(record, "qq"):
            lines.append("X-QQ:" + _escape(value))
        if "addresses" in record:
            for a in c.addresses:
                if a.free_form:
                    lines.append("ADR:;;" + _escape(a.free_form) + ";;;;")
                else:
                    street = a.district + a.street if a.country in ("", "CN") else a.street
                    lines.append("ADR:;;" + ";".join(_escape(p) for p in (street, a.city, a.province, a.postal_code,
                                                                             a.country)))
        birthday = record.get("birthday")
        if birthday:
            lines.append("BDAY:" + str(birthday))
        gender = record.get("gender")
        if gender:
            lines.append("X-GENDER:" + {"male": "Male", "female": "Female", "other": "Other"}.get(str(gender), ""))
        if record.get("notes"):
            lines.append("NOTE:" + _escape(str(record["notes"])))
        tags = _values(record, "tags")
        if tags:
            lines.append("CATEGORIES:" + ",".join(_escape(t) for t in tags))
        if "id" in record:
            lines.append("UID:" + _escape(str(record["id"])))
        for key, item in record.items():
            if key in SENSITIVE_FIELDS and item:
                lines.append("X-CLIENTVAULT-" + key.upper().replace("_", "-") + ":" + _escape(str(item)))
        lines.append("END:VCARD")
    return ("\r\n".join(_fold(line) for line in lines) + ("\r\n" if lines else "")).encode("utf-8")


def _values(record: dict[str, object], key: str) -> list[str]:
    value = record.get(key)
    if isinstance(value, list):
        return [str(v) for v in value if v]
    return [str(value)] if value else []
