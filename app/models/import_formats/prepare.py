"""From a source row to the values of one customer, under the import policy. Pure: no I/O.

Policy (docs/PRODUCT.md §5, issue 4):

* blank rows and summary rows (合计, 总计, Total …) are skipped;
* a row with no name, company, phone, email or WeChat id is rejected ("no_identity");
* a value that fails validation is flagged: contact points and sensitive values are kept marked
  "invalid, needs review" (never as valid); other fields (birthday, gender …) are left out and the
  row is flagged with the reason;
* a number that Excel has damaged is flagged, never stored as valid: an Excel number cell in a
  phone column that lost its leading zero (0755… → 755…), numbers written in scientific notation
  (1.38E+10), and numbers with more than 15 significant digits (an 18-digit ID number or a
  19-digit id typed into Excel as a number: its last digits are gone);
* several values in one cell are split (" ::: " as Google Contacts writes, ";", and for phones,
  emails and tags also "," "，" "、" "/" or line breaks);
* a row without a name gets one from its company, email, WeChat id or phone, and is flagged.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Final, NamedTuple

from app.models.errors import ValidationError
from app.models.import_formats.header_mapping import ADDRESS_PARTS, CUSTOM_PREFIX, LIST_TARGETS
from app.models.import_formats.table import CellKind, SourceRow
from app.models.records import ContactKind, ContactPoint, Customer, SensitiveKind, SensitiveValue
from app.models.search_text import search_texts, sort_key
from app.models.validation import build_contact, parse_birthday, parse_date, to_halfwidth

__all__ = ["MappedRow", "PreparedCustomer", "RowPlan", "contact_point", "map_row", "prepare_from_customer"]

_SUMMARY_RE: Final = re.compile(
    r"^(?:合\s*计|总\s*计|小\s*计|总数|汇总|共计|累计|total|subtotal|grand\s*total|sum)\b\s*[:：]?",
    re.IGNORECASE,
)
_SCIENTIFIC_RE: Final = re.compile(r"^[+-]?[0-9](?:\.[0-9]+)?[eE][+]?[0-9]{1,3}$")
_MULTI_RE: Final = re.compile(r"\s*:::\s*")
_SEMI_RE: Final = re.compile(r"\s*[;；](?!\s*ext=)\s*", re.IGNORECASE)
_PHONE_SPLIT_RE: Final = re.compile(r"\s*(?:[,，、/\n]|[;；](?!\s*ext=))\s*", re.IGNORECASE)
_EMAIL_SPLIT_RE: Final = re.compile(r"[\s,，;；、]+")
_TAG_SPLIT_RE: Final = re.compile(r"\s*[,，;；、|\n]\s*")
_ID_SPLIT_RE: Final = re.compile(r"\s*[,，、/]\s*")
_DIGITS_RE: Final = re.compile(r"^[0-9]+$")
_EXCEL_EPOCH: Final = dt.date(1899, 12, 30)
_EMPTY_DATES: Final = frozenset({"0/0/00", "0/0/0000", "00/00/0000", "0000-00-00", "0"})
_GENDERS: Final = {
    "男": "male", "男性": "male", "先生": "male", "m": "male", "male": "male", "man": "male", "mr": "male",
    "女": "female", "女性": "female", "女士": "female", "小姐": "female", "f": "female", "female": "female",
    "woman": "female", "mrs": "female", "ms": "female", "其他": "other", "other": "other", "o": "other",
    "x": "other", "未知": "", "保密": "", "unknown": "", "unspecified": "", "u": "", "n": "", "-": "",
}  # fmt: skip
_CONTACT_KINDS: Final = {"phones": ContactKind.PHONE, "emails": ContactKind.EMAIL, "wechat": ContactKind.WECHAT,
                         "qq": ContactKind.QQ}
_SENSITIVE_KINDS: Final = {"id_number": SensitiveKind.ID_NUMBER, "bank_account": SensitiveKind.BANK_ACCOUNT}
_NUMERIC_TARGETS: Final = frozenset({"phones", "qq", "id_number", "bank_account", "external_id", "wechat"})
_FLAG_FIELD: Final = {"phones": "phone", "emails": "email"}
MAX_CELL: Final = 10_000
_CJK_RE: Final = re.compile(r"[\u3400-\u9fff]")
_COUNTRIES: Final = {
    "cn": "CN", "china": "CN", "中国": "CN", "中國": "CN", "prc": "CN", "people's republic of china": "CN",
    "us": "US", "usa": "US", "united states": "US", "united states of america": "US", "america": "US", "美国": "US",
    "uk": "GB", "gb": "GB", "united kingdom": "GB", "great britain": "GB", "england": "GB", "英国": "GB",
    "ca": "CA", "canada": "CA", "加拿大": "CA", "au": "AU", "australia": "AU", "澳大利亚": "AU",
    "de": "DE", "germany": "DE", "deutschland": "DE", "德国": "DE", "fr": "FR", "france": "FR", "法国": "FR",
    "jp": "JP", "japan": "JP", "日本": "JP", "kr": "KR", "korea": "KR", "south korea": "KR", "韩国": "KR",
    "sg": "SG", "singapore": "SG", "新加坡": "SG", "hk": "HK", "hong kong": "HK", "香港": "HK",
    "tw": "TW", "taiwan": "TW", "台湾": "TW", "台灣": "TW", "mo": "MO", "macau": "MO", "macao": "MO", "澳门": "MO",
    "澳門": "MO", "my": "MY", "malaysia": "MY", "马来西亚": "MY", "it": "IT", "italy": "IT", "es": "ES", "spain": "ES",
    "ch": "CH", "switzerland": "CH", "nl": "NL", "netherlands": "NL", "nz": "NZ", "new zealand": "NZ",
}  # fmt: skip


def _region_of(country: str) -> str:
    return _COUNTRIES.get(country.strip().lower().rstrip("."), "")


@dataclass(frozen=True, slots=True)
class PlanColumn:
    index: int
    target: str  # a field, an address part, "custom:<name>"
    group: str  # address group ("" = the default address)


class RowPlan:
    """A compiled column mapping (targets per column, see header_mapping)."""

    def __init__(self, headers: Sequence[str], targets: Sequence[str]) -> None:
        columns: list[PlanColumn] = []
        for j, target in enumerate(targets):
            if not target:
                continue
            base, _, group = target.partition("|")
            if base.startswith(CUSTOM_PREFIX):
                base, group = target, ""
            columns.append(PlanColumn(j, base, group))
        self.columns = tuple(columns)
        self.headers = list(headers)
        self.targets = list(targets)

    @property
    def mapped(self) -> bool:
        return bool(self.columns)


@dataclass
class MappedRow:
    number: int
    status: str  # ok | blank | summary | rejected
    values: dict[str, object] = field(default_factory=dict)
    flags: list[tuple[str, str]] = field(default_factory=list)  # (field, reason)
    invalid: list[tuple[str, str, str]] = field(default_factory=list)  # (field, raw, reason): kept flagged
    follow_up: str | None = None  # ISO date of the last follow-up
    reason: str = ""  # why rejected / skipped
    region: str = ""  # phone region from the row's address country ("" = the vault's default)


def _split(target: str, text: str) -> list[str]:
    parts = _MULTI_RE.split(text) if ":::" in text else [text]
    out: list[str] = []
    for part in parts:
        if target == "phones":
            out.extend(_PHONE_SPLIT_RE.split(part))
        elif target in ("emails",):
            out.extend(_EMAIL_SPLIT_RE.split(part))
        elif target == "tags":
            out.extend(_TAG_SPLIT_RE.split(part))
        elif target in ("wechat", "qq"):
            out.extend(_SEMI_RE.split(part) if (";" in part or "；" in part) else _ID_SPLIT_RE.split(part))
        else:  # addresses: only ":::" separates several; line breaks are inside one address
            lines = [ln.strip() for ln in part.splitlines() if ln.strip()]
            out.append((", " if part.isascii() else "").join(lines))
    return [p.strip() for p in out if p and p.strip()]


def _lost_leading_zero(text: str) -> bool:
    """An Excel number in a phone column that reads like a Chinese landline without its trunk 0
    (755xxxxxxxx for 0755…, 1065529988 for 010…): 9–11 digits not starting with 0, and not a
    mobile number (11 digits starting with 1[3-9])."""
    digits = text.strip()
    if _DIGITS_RE.match(digits) is None or digits.startswith("0"):
        return False
    if len(digits) == 11 and digits[0] == "1" and digits[1] in "3456789":
        return False
    return 9 <= len(digits) <= 11


def _damaged_number(target: str, text: str, kind: CellKind | None) -> str | None:
    if kind is CellKind.IMPRECISE:
        return "precision_lost"
    if _SCIENTIFIC_RE.match(text.strip()) is not None:
        return "scientific_notation"
    if target == "phones" and kind is CellKind.NUMBER and _lost_leading_zero(text):
        return "leading_zero_lost"
    if target in ("id_number", "bank_account") and kind is CellKind.NUMBER and len(text) >= 16:
        return "precision_lost"
    return None


def _excel_serial(text: str) -> str | None:
    try:
        serial = float(text)
    except ValueError:
        return None
    if not 1 <= serial < 80000:
        return None
    return (_EXCEL_EPOCH + dt.timedelta(days=int(serial))).isoformat()


def _date_text(text: str, kind: CellKind | None) -> str:
    if kind is CellKind.NUMBER:
        return _excel_serial(text) or text
    if kind is CellKind.DATE:
        return text[:10]
    return text


def map_row(plan: RowPlan, row: SourceRow) -> MappedRow:
    """Apply the mapping and the policy to one row (see the module docstring)."""
    cells = row.cells
    kinds = row.kinds or {}
    out = MappedRow(row.number, "ok")
    if not any(cells):
        out.status, out.reason = "blank", "blank"
        return out
    first = next((c for c in cells if c), "")
    if _SUMMARY_RE.match(first) is not None:
        out.status, out.reason = "summary", "summary"
        return out
    values = out.values
    lists: dict[str, list[str]] = {}
    addresses: dict[str, dict[str, str]] = {}
    free_addresses: dict[str, list[str]] = {}
    custom: dict[str, str] = {}
    for col in plan.columns:
        if col.index >= len(cells):
            continue
        text = cells[col.index]
        if not text:
            continue
        if len(text) > MAX_CELL:
            out.flags.append((col.target, "too_long"))
            continue
        target = col.target
        kind = kinds.get(col.index)
        if text[0] == "'" and text[1:2] in ("=", "+", "-", "@"):  # a spreadsheet-safe export's guard
            text = text[1:]
        if target in _NUMERIC_TARGETS:
            if text[0] == "'":  # Excel's "keep as text" apostrophe, as written into CSV files
                text = text[1:].strip()
                if not text:
                    continue
            damage = _damaged_number(target, text, kind)
            if damage is not None:
                out.flags.append((_FLAG_FIELD.get(target, target), damage))
                if target != "external_id":
                    out.invalid.append((target, text, damage))
                continue
        if target == "addresses":
            free_addresses.setdefault(col.group, []).extend(_split("addresses", text))
        elif target in LIST_TARGETS:
            lists.setdefault(target, []).extend(_split(target, text))
        elif target in ADDRESS_PARTS:
            parts = addresses.setdefault(col.group, {})
            parts[target] = (parts[target] + " " + text) if target in parts else text
        elif target.startswith(CUSTOM_PREFIX):
            custom.setdefault(target[len(CUSTOM_PREFIX):], text)
        elif target == "birthday":
            if "birthday" in values or text in _EMPTY_DATES:
                continue
            text = _date_text(text, kind)
            try:
                values["birthday"] = parse_birthday(text).iso()
            except ValidationError as exc:
                out.flags.append(("birthday", exc.reason))
        elif target == "last_follow_up":
            if out.follow_up is None and text not in _EMPTY_DATES:
                try:
                    out.follow_up = parse_date(_date_text(text, kind)).isoformat()
                except ValidationError as exc:
                    out.flags.append(("last_follow_up", exc.reason))
        elif target == "gender":
            if "gender" in values:
                continue
            gender = _GENDERS.get(to_halfwidth(text).lower().rstrip("."))
            if gender is None:
                out.flags.append(("gender", "invalid"))
            else:
                values["gender"] = gender
        elif target == "external_id":
            custom.setdefault("external_id", text)
        else:
            values.setdefault(target, text)
    for target, items in lists.items():
        if target == "tags":  # Google's system groups: "* myContacts", "* Starred"
            items = [t[2:].strip() if t.startswith("* ") else t for t in items]
            items = [t for t in items if t and t.lower() not in ("mycontacts", "starred in android")]
        values[target] = list(dict.fromkeys(items))
    address_values: list[object] = []
    for group in dict.fromkeys([*free_addresses, *addresses]):
        if group in free_addresses:
            address_values.extend(free_addresses[group])
        elif group in addresses:
            parts = addresses[group]
            region = _region_of(parts.get("country", ""))
            if region:
                out.region = out.region or region
            if not _CJK_RE.search("".join(parts.values())):
                line = ", ".join(p for p in (parts.get("street", ""), parts.get("district", ""), parts.get("city", ""),
                                              " ".join(x for x in (parts.get("province", ""),
                                                                   parts.get("postal_code", "")) if x),
                                              parts.get("country", "")) if p)
                parts = {**parts, "free_form": line}
            if region and len(parts.get("country", "")) != 2:
                parts = {**parts, "country": region}
            address_values.append(parts)
    if address_values:
        values["addresses"] = address_values
    if custom:
        values["custom"] = custom
    _compose_name(out)
    return out


def _compose_name(out: MappedRow) -> None:
    values = out.values
    family = str(values.pop("family_name", "") or "")
    given = str(values.pop("given_name", "") or "")
    middle = str(values.pop("middle_name", "") or "")
    if "name" not in values and (family or given):
        if _CJK_RE.search(family + given):
            values["name"] = family + given
        else:
            values["name"] = " ".join(p for p in (given, middle, family) if p)
    invalid_kinds = {f for f, _raw, _r in out.invalid}
    has_identity = any(values.get(k) for k in ("name", "company", "phones", "emails", "wechat")) or bool(
        invalid_kinds & {"phones", "wechat"}
    )
    if not has_identity:
        out.status, out.reason = "rejected", "no_identity"
        return
    if not values.get("name"):
        for key in ("company", "emails", "wechat", "phones"):
            value = values.get(key)
            if isinstance(value, list) and value:
                value = value[0]
            if value:
                values["name"] = str(value)
                break
        else:
            values["name"] = next(raw for f, raw, _r in out.invalid if f in ("phones", "wechat"))
        out.flags.append(("name", "missing"))


# --- contact points: a fast path for the common email shape ----------------------------------------
_LOCAL_RE: Final = re.compile(r"^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*$")
_ASCII_DOMAIN_RE: Final = re.compile(r"^[A-Za-z0-9.-]+$")


@lru_cache(maxsize=16384)
def _email_domain(domain: str) -> str | None:
    """The normalized form of an email domain, or None if email-validator rejects it. Cached:
    customers share a few domains (qq.com, 163.com, gmail.com), and the domain checks (IDNA,
    special-use names) are the costly part of validating an address."""
    point = build_contact(ContactKind.EMAIL, "a@" + domain)
    return point.value.partition("@")[2] if point.valid else None


_CN_MOBILE_PLAIN_RE: Final = re.compile(r"^(?:\+86|0086|86)?(1[1-9][0-9]{9})$")
_PLAIN_SEPARATORS: Final = str.maketrans("", "", " -")
_PLAIN_PHONE_RE: Final = re.compile(r"^\+?[0-9][0-9 -]*$")


@lru_cache(maxsize=4096)
def _cn_prefix_kind(prefix: str) -> str | None:
    """The kind ("mobile", "landline", "other") of 11-digit CN numbers 1[1-9]… by their first 5
    digits, or None when phonenumbers calls them invalid. phonenumbers' CN metadata tells such
    numbers apart by at most their first 5 digits (the validation tests check every prefix), so one
    lookup per prefix replaces one metadata match per number."""
    import phonenumbers

    number_type = phonenumbers.number_type(phonenumbers.PhoneNumber(country_code=86,
                                                                      national_number=int(prefix + "000000")))
    if number_type == phonenumbers.PhoneNumberType.UNKNOWN:
        return None
    if number_type == phonenumbers.PhoneNumberType.MOBILE:
        return "mobile"
    if number_type == phonenumbers.PhoneNumberType.FIXED_LINE:
        return "landline"
    return "other"


def _cn_mobile_point(raw: str, region: str) -> ContactPoint | None:
    """The commonest phone of Chinese sheets, "13800138000" / "138 0013 8000" / "+86 138-…", as
    build_contact would store it; None for anything else (which then takes the full path)."""
    if region.upper() != "CN" and not raw.startswith("+86"):
        return None
    if _PLAIN_PHONE_RE.match(raw) is None:
        return None
    m = _CN_MOBILE_PLAIN_RE.match(raw.translate(_PLAIN_SEPARATORS))
    if m is None:
        return None
    digits = m.group(1)
    kind = _cn_prefix_kind(digits[:5])
    if kind is None:
        return None
    return ContactPoint(kind=ContactKind.PHONE, value="+86" + digits, raw=raw, label="" if kind == "other" else kind)


def contact_point(kind: ContactKind, raw: str, region: str) -> ContactPoint:
    """Exactly `validation.build_contact(kind, raw, region)`, with fast paths for plain Chinese
    mobile numbers and plain ASCII emails (dot-atom local part, cached domain check); the unit
    tests compare both."""
    if kind is ContactKind.PHONE:
        point = _cn_mobile_point(raw, region)
        if point is not None:
            return point
    elif kind is ContactKind.EMAIL:
        text = raw.strip()
        local, at, domain = text.rpartition("@")
        if (
            at and text.isascii() and _LOCAL_RE.match(local) is not None and len(local) <= 64
            and _ASCII_DOMAIN_RE.match(domain) is not None and not text[:7].lower() == "mailto:"
        ):
            normalized = _email_domain(domain)
            if normalized is not None and len(local) + 1 + len(normalized) <= 254 and normalized.isascii():
                return ContactPoint(kind=kind, value=local + "@" + normalized, raw=raw)
    return build_contact(kind, raw, region)


def invalid_point(target: str, raw: str, reason: str) -> ContactPoint | SensitiveValue:
    """A value the import flags itself (a damaged Excel number): kept for review, never valid."""
    if target in _SENSITIVE_KINDS:
        return SensitiveValue(kind=_SENSITIVE_KINDS[target], value=to_halfwidth(raw), valid=False, problem=reason)
    return ContactPoint(kind=_CONTACT_KINDS[target], value=to_halfwidth(raw), raw=raw, valid=False, problem=reason)


# --- ready-to-insert rows --------------------------------------------------------------------------
class PreparedCustomer(NamedTuple):
    """A customer as the rows the vault inserts (computed in worker processes during imports)."""

    row: tuple[object, ...]  # name, family, given, order, company, title, gender, birthday, source,
    #                          owner_user_id, notes, sort_key, created_at, verified_at, invalid_fields
    contacts: tuple[tuple[str, str, str, str, int, str], ...]  # kind, value, raw, label, valid, problem
    addresses: tuple[tuple[str, ...], ...]  # label, country, province, city, district, street, postal, free
    tags: tuple[str, ...]
    custom: tuple[tuple[str, str], ...]
    sensitive: tuple[tuple[str, str, int, str], ...]  # kind, value, valid, problem
    trigram: str
    tokens: str


def prepare_from_customer(c: Customer) -> PreparedCustomer:
    texts = search_texts(c)
    invalid = sum(1 for p in c.contacts if not p.valid) + sum(1 for s in c.sensitive.values() if not s.valid)
    return PreparedCustomer(
        row=(c.name, c.family_name, c.given_name, c.name_order.value, c.company, c.title, c.gender.value,
             None if c.birthday is None else c.birthday.iso(), c.source, c.owner_user_id, c.notes,
             sort_key(c.name), c.created_at, c.verified_at, invalid),
        contacts=tuple((p.kind.value, p.value, p.raw, p.label, int(p.valid), p.problem) for p in c.contacts),
        addresses=tuple((a.label, a.country, a.province, a.city, a.district, a.street, a.postal_code, a.free_form)
                        for a in c.addresses),
        tags=tuple(dict.fromkeys(t for t in c.tags if t)),
        custom=tuple((k, v) for k, v in c.custom.items() if v != ""),
        sensitive=tuple((s.kind.value, s.value, int(s.valid), s.problem) for s in c.sensitive.values()),
        trigram=texts.trigram,
        tokens=texts.tokens,
    )
