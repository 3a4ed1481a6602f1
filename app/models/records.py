"""Plain domain types: customers and everything attached to them. No I/O, no Qt."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum


class Role(StrEnum):
    OWNER = "owner"
    STAFF = "staff"
    VIEWER = "viewer"


class ContactKind(StrEnum):
    PHONE = "phone"
    EMAIL = "email"
    WECHAT = "wechat"
    QQ = "qq"


class SensitiveKind(StrEnum):
    """PIPL 敏感个人信息: masked by default, revealed only by permitted roles, every reveal logged."""

    ID_NUMBER = "id_number"
    BANK_ACCOUNT = "bank_account"
    HEALTH_NOTE = "health_note"


class NameOrder(StrEnum):
    EASTERN = "eastern"  # family name first, no space: 张三
    WESTERN = "western"  # given name first: John Smith


class Gender(StrEnum):
    UNKNOWN = ""
    FEMALE = "female"
    MALE = "male"
    OTHER = "other"


@dataclass(frozen=True)
class Birthday:
    """A birthday whose year may be unknown (vCard `--MM-DD`)."""

    month: int
    day: int
    year: int | None = None

    def iso(self) -> str:
        if self.year is None:
            return f"--{self.month:02d}-{self.day:02d}"
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"


@dataclass
class User:
    id: int
    name: str
    role: Role
    can_reveal: bool = False  # staff grant: reveal sensitive fields
    can_export: bool = False  # staff grant: masked / minimized export
    created_at: str = ""
    removed_at: str | None = None


@dataclass
class ContactPoint:
    """A phone, email, WeChat id or QQ number.

    `value` is the normalized form (E.164 for phones, lower-cased domain for emails) when `valid`;
    an invalid value keeps the user's text in `raw`, `valid` is False and `problem` names why —
    it is never stored as if it were valid.
    """

    kind: ContactKind
    value: str
    raw: str = ""
    label: str = ""  # mobile, landline, work, home …
    valid: bool = True
    problem: str = ""
    id: int | None = None


@dataclass
class Address:
    country: str = ""  # ISO 3166 alpha-2; "CN" by default for Chinese addresses
    province: str = ""
    city: str = ""
    district: str = ""
    street: str = ""
    postal_code: str = ""
    free_form: str = ""  # an address that does not split into the fields above
    label: str = ""
    id: int | None = None

    def one_line(self) -> str:
        if self.free_form:
            return self.free_form
        return "".join(p for p in (self.province, self.city, self.district, self.street) if p)


@dataclass
class SensitiveValue:
    kind: SensitiveKind
    value: str
    valid: bool = True
    problem: str = ""


@dataclass
class Customer:
    name: str
    id: int | None = None
    family_name: str = ""
    given_name: str = ""
    name_order: NameOrder = NameOrder.EASTERN
    company: str = ""
    title: str = ""
    gender: Gender = Gender.UNKNOWN
    birthday: Birthday | None = None
    source: str = ""  # 线上 online / 线下 offline / 第三方 third party / referral / …
    owner_user_id: int | None = None
    notes: str = ""
    contacts: list[ContactPoint] = field(default_factory=list)
    addresses: list[Address] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    custom: dict[str, str] = field(default_factory=dict)
    sensitive: dict[SensitiveKind, SensitiveValue] = field(default_factory=dict)
    created_at: str = ""
    updated_at: str = ""
    verified_at: str | None = None
    deleted_at: str | None = None
    version: int = 0

    def contacts_of(self, kind: ContactKind) -> list[ContactPoint]:
        return [c for c in self.contacts if c.kind == kind]

    @property
    def has_invalid_fields(self) -> bool:
        return any(not c.valid for c in self.contacts) or any(
            not s.valid for s in self.sensitive.values()
        )


@dataclass
class Purchase:
    customer_id: int
    date: str  # ISO date
    amount: Decimal
    currency: str = "CNY"
    items: str = ""
    channel: str = ""
    id: int | None = None
    created_at: str = ""


@dataclass
class FollowUp:
    customer_id: int
    date: str
    kind: str = ""  # call, visit, wechat, email …
    content: str = ""
    next_contact_date: str | None = None
    user_id: int | None = None
    id: int | None = None


@dataclass
class Consent:
    customer_id: int
    purpose: str  # marketing, partner_sharing, …
    channel: str = ""
    granted_at: str = ""
    withdrawn_at: str | None = None
    note: str = ""
    id: int | None = None


@dataclass
class ChangeRecord:
    id: int
    customer_id: int
    user_id: int | None
    at: str
    field: str
    old_value: str | None
    new_value: str | None
    group_id: str  # one edit = one group; revert works on groups
    reverted_by: str | None = None  # group id of the revert


@dataclass
class AccessLogEntry:
    seq: int
    at: str
    user_id: int | None
    action: str
    customer_id: int | None = None
    fields: tuple[str, ...] = ()
    detail: dict[str, object] = field(default_factory=dict)
