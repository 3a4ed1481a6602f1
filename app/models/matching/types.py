"""The value types of the duplicate-matching engine (the fixed interface of issue #7).

Pure data: no I/O, no Qt. `MatchRecord` is what the engine reads of one customer, `PairScore` what
it says about two, `Cluster` a group of customers it believes are one person.
"""

from __future__ import annotations

from dataclasses import dataclass, field

__all__ = ["Cluster", "MatchRecord", "PairScore", "Reason"]


@dataclass(frozen=True, slots=True)
class MatchRecord:
    """What the engine needs of one customer (already normalised where the vault stores it so)."""

    id: int
    name: str = ""  # display name as stored ("张三", "John Smith")
    family_name: str = ""
    given_name: str = ""
    company: str = ""
    phones: tuple[str, ...] = ()  # stored values (E.164 when valid, raw otherwise)
    emails: tuple[str, ...] = ()
    wechat: tuple[str, ...] = ()  # WeChat/QQ ids
    id_key: str = ""  # hex of the blind index of the ID number (exact match only), "" if none
    birthday: str = ""  # 'YYYY-MM-DD' or '--MM-DD' or ""
    address: str = ""  # one line: province city district street / free form
    postal_code: str = ""


@dataclass(frozen=True, slots=True)
class Reason:
    """Why two records do or do not look like one person; `app.i18n` turns it into text.

    `params` is JSON-safe and never holds a full phone, email or ID number (masked or omitted).
    """

    code: str
    params: dict[str, object] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class PairScore:
    a: int  # customer id, a < b
    b: int
    score: float  # 0.0 … 1.0, a calibrated match probability
    reasons: tuple[Reason, ...]


@dataclass(frozen=True, slots=True)
class Cluster:
    customer_ids: tuple[int, ...]  # sorted
    score: float  # the weakest link that holds the cluster together
    pairs: tuple[PairScore, ...]  # the scored pairs inside the cluster
