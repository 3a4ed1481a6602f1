"""Human-readable reasons of a pair score: what matched and what differed.

Each reason is a code plus JSON-safe parameters (`app.i18n.dedupe_messages` turns it into text).
Reasons never carry a full phone, email, messenger id or ID number: phones and emails are masked
the way the customer list masks them, messenger ids keep only their first and last character, and
an ID number is only ever "same" or "different".

Codes, matched: same_id, same_phone {phone}, same_email {email}, same_wechat {wechat},
same_registration_number, same_name, traditional_name, pinyin_name, name_order, nickname,
similar_name {similarity}, same_birthday, similar_birthday, same_address, similar_address,
same_postal_code, same_company, similar_company.
Differed: different_id, different_given_name, different_family_name, different_birthday,
different_phone, different_email, different_company, different_registration_number.
"""

from __future__ import annotations

from app.models.matching.compare import FEATURES, NameMatch, name_match
from app.models.matching.normalize import Prepared, email_key, messenger_key, phone_key
from app.models.matching.types import Reason
from app.models.validation import mask_email, mask_generic, mask_phone

__all__ = ["MATCHED", "DIFFERED", "reasons"]

MATCHED: frozenset[str] = frozenset({
    "same_id", "same_phone", "same_email", "same_wechat", "same_registration_number", "same_name",
    "traditional_name", "pinyin_name", "name_order", "nickname", "similar_name", "same_birthday",
    "similar_birthday", "same_address", "similar_address", "same_postal_code", "same_company",
    "similar_company",
})  # fmt: skip
DIFFERED: frozenset[str] = frozenset({
    "different_id", "different_given_name", "different_family_name", "different_birthday",
    "different_phone", "different_email", "different_company", "different_registration_number",
})  # fmt: skip
_I = {name: i for i, name in enumerate(FEATURES)}


def _shared_phone(p: Prepared, q: Prepared) -> str:
    shared = p.phones & q.phones
    for value in p.record.phones:
        if phone_key(value) in shared:
            return mask_phone(value)
    return ""


def _shared_email(p: Prepared, q: Prepared) -> str:
    shared = p.emails & q.emails
    for value in p.record.emails:
        if email_key(value) in shared:
            return mask_email(value)
    return ""


def _shared_wechat(p: Prepared, q: Prepared) -> str:
    shared = p.wechat & q.wechat
    for value in p.record.wechat:
        if messenger_key(value) in shared:
            return mask_generic(value, 1, 1)
    return mask_generic(sorted(shared)[0], 1, 1)


def _name_reasons(p: Prepared, q: Prepared, names: NameMatch, v: list[int]) -> list[Reason]:
    out: list[Reason] = []
    if names.han_equal:
        raw_p = "".join(p.record.name.split())
        raw_q = "".join(q.record.name.split())
        out.append(Reason("same_name" if raw_p == raw_q else "traditional_name", {}))
    elif _I["name_exact"] in v:
        if p.han or q.han or names.homophone:
            out.append(Reason("pinyin_name", {}))
        else:
            out.append(Reason("same_name", {}))
    elif (_I["name_high"] in v or _I["name_mid"] in v) and _I["given_low"] not in v:
        out.append(Reason("similar_name", {"similarity": round(names.full, 2)}))
    if names.swapped:
        out.append(Reason("name_order", {}))
    if names.nickname:
        out.append(Reason("nickname", {}))
    return out


def reasons(p: Prepared, q: Prepared, v: list[int]) -> tuple[Reason, ...]:
    """What matched (strongest evidence first), then what differed."""
    matched: list[Reason] = []
    differed: list[Reason] = []
    if _I["id_same"] in v:
        matched.append(Reason("same_id", {}))
    if _I["uscc_same"] in v:
        matched.append(Reason("same_registration_number", {}))
    if _I["phone_same"] in v:
        phone = _shared_phone(p, q)
        matched.append(Reason("same_phone", {"phone": phone} if phone else {}))
    if _I["email_same"] in v:
        email = _shared_email(p, q)
        matched.append(Reason("same_email", {"email": email} if email else {}))
    if _I["wechat_same"] in v:
        matched.append(Reason("same_wechat", {"wechat": _shared_wechat(p, q)}))
    names = name_match(p, q)
    if names is not None:
        matched.extend(_name_reasons(p, q, names, v))
    if _I["birthday_same"] in v:
        matched.append(Reason("same_birthday", {}))
    elif _I["birthday_near"] in v:
        matched.append(Reason("similar_birthday", {}))
    if _I["address_exact"] in v:
        matched.append(Reason("same_address", {}))
    elif _I["address_high"] in v:
        matched.append(Reason("similar_address", {}))
    if _I["postal_same"] in v:
        matched.append(Reason("same_postal_code", {}))
    if _I["company_same"] in v:
        matched.append(Reason("same_company", {}))
    elif _I["company_similar"] in v:
        matched.append(Reason("similar_company", {}))

    if _I["id_diff"] in v:
        differed.append(Reason("different_id", {}))
    if _I["uscc_diff"] in v:
        differed.append(Reason("different_registration_number", {}))
    if _I["given_low"] in v:
        differed.append(Reason("different_given_name", {}))
    if _I["family_low"] in v:
        differed.append(Reason("different_family_name", {}))
    if _I["birthday_diff"] in v:
        differed.append(Reason("different_birthday", {}))
    if _I["phone_diff"] in v:
        differed.append(Reason("different_phone", {}))
    if _I["email_diff"] in v:
        differed.append(Reason("different_email", {}))
    if _I["company_diff"] in v:
        differed.append(Reason("different_company", {}))
    return (*matched, *differed)
