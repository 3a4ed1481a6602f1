"""Field comparators: two `Prepared` records -> a feature vector for the scoring model.

The last level, "han_pair", says that at least one of the names is written in Chinese characters:
the model keeps a second set of weights for such pairs (`model.py`), since what a shared phone or
a differing given name says about two Chinese records (family members share phones and addresses)
is not what it says about two western ones.

Every comparator turns its field pair into a few 0/1 *levels* (exact / high / mid / low, or same /
different), as in a Fellegi–Sunter model: a Jaro–Winkler similarity of 0.95 and one of 0.80 mean
very different things, and levels let the learned weights say how different. A field missing on
either side sets none of its levels (no evidence either way). Strings are compared with rapidfuzz
(Jaro–Winkler for names, token-sort ratio for addresses); phones, emails, messenger ids, the ID
number's blind index and the unified social credit code only exactly.

Names are compared in the orientation (family↔family or family↔given) that agrees best, so that
"Zhang San", "San Zhang" and 张三 line up, and FEBRL's swapped given/surname fields too.
"""

from __future__ import annotations

from dataclasses import dataclass

from rapidfuzz import fuzz
from rapidfuzz.distance import JaroWinkler

from app.models.matching.normalize import Prepared

__all__ = ["FEATURES", "NameMatch", "birthday_level", "compare", "name_match"]

FEATURES: tuple[str, ...] = (
    "name_exact", "name_high", "name_mid", "name_low",
    "family_exact", "family_high", "family_low",
    "given_exact", "given_nickname", "given_high", "given_mid", "given_low",
    "given_homophone", "name_swapped",
    "phone_same", "phone_diff",
    "email_same", "email_diff",
    "wechat_same", "wechat_diff",
    "id_same", "id_diff",
    "birthday_same", "birthday_near", "birthday_diff",
    "address_exact", "address_high", "address_mid", "address_low",
    "postal_same", "postal_diff",
    "company_same", "company_similar", "company_diff",
    "uscc_same", "uscc_diff",
    "shared_contact_other_given",
    "han_pair",
)  # fmt: skip
_INDEX = {name: i for i, name in enumerate(FEATURES)}
N_FEATURES = len(FEATURES)

_NAME_HIGH = 0.93
_NAME_MID = 0.82
_PART_HIGH = 0.9
_GIVEN_MID = 0.75
_ADDRESS_HIGH = 85.0
_ADDRESS_MID = 60.0
_COMPANY_SIMILAR = 0.85


@dataclass(frozen=True, slots=True)
class NameMatch:
    """How two names compare (also what the reasons report)."""

    full: float  # best Jaro–Winkler of the whole names, either order; 1.0 for equal Han names
    family: float  # -1.0 when a side has no family name
    given: float  # -1.0 when a side has no given name
    swapped: bool  # family of one side lined up with the given name of the other
    nickname: bool  # given names differ but are one nickname family (Bill ~ William)
    homophone: bool  # both Han, same pinyin, different characters in the given name
    han_equal: bool  # both Han and equal after traditional -> simplified folding


def _jw(a: str, b: str) -> float:
    if a == b:
        return 1.0
    return float(JaroWinkler.similarity(a, b))


def name_match(p: Prepared, q: Prepared) -> NameMatch | None:
    """None when either side has no name at all."""
    if not (p.full and q.full):
        return None
    han_equal = bool(p.han) and p.han == q.han
    if han_equal or p.full == q.full:
        full = 1.0
    else:
        full = max(_jw(p.full, q.full), _jw(p.full, q.given + q.family) if q.family else 0.0)
    if p.family and q.family:
        straight = (_jw(p.family, q.family), _jw(p.given, q.given) if p.given and q.given else -1.0)
        swapped = False
        if straight[0] + straight[1] < 1.95 and not han_equal:  # perfect straight: no need to cross
            crossed = (_jw(p.family, q.given) if q.given else -1.0, _jw(p.given, q.family) if p.given else -1.0)
            swapped = crossed[0] + crossed[1] > straight[0] + straight[1] + 0.05
        family, given = crossed if swapped else straight
    else:
        # One side is a single word ("zhangsan", "Madonna"): compare it as a whole name.
        family, given, swapped = -1.0, full, False
    nickname = given < 1.0 and bool(p.nick & q.nick) and not swapped
    homophone = (bool(p.han_given and q.han_given) and p.han_given != q.han_given
                 and p.given == q.given and given == 1.0)
    return NameMatch(full, family, given, swapped, nickname, homophone, han_equal)


def birthday_level(a: str, b: str) -> str:
    """"same", "near" (one digit off, or day and month swapped), "diff", or "" when either is missing.
    A year-less birthday ("--MM-DD") is compared on month and day only."""
    if not a or not b:
        return ""
    if a == b:
        return "same"
    if a.startswith("--") or b.startswith("--"):
        return "same" if a[-5:] == b[-5:] else ("near" if _one_off(a[-5:], b[-5:]) else "diff")
    if len(a) == len(b) and _one_off(a, b):
        return "near"
    if len(a) == len(b) == 10 and a[:4] == b[:4] and a[5:7] == b[8:10] and a[8:10] == b[5:7]:
        return "near"
    return "diff"


def _one_off(a: str, b: str) -> bool:
    return len(a) == len(b) and sum(x != y for x, y in zip(a, b, strict=True)) == 1


def compare(p: Prepared, q: Prepared) -> list[int]:
    """The levels that are set for a pair, as positions into `FEATURES` (the 0/1 feature vector in
    sparse form: a pair sets about ten of the levels)."""
    v: list[int] = []
    i = _INDEX
    names = name_match(p, q)
    given_low = False
    if names is not None:
        full = names.full
        v.append(i["name_exact" if full == 1.0 else "name_high" if full >= _NAME_HIGH
            else "name_mid" if full >= _NAME_MID else "name_low"])
        if names.family >= 0.0:
            v.append(i["family_exact" if names.family == 1.0 else "family_high" if names.family >= _PART_HIGH
                else "family_low"])
        given = names.given
        if given >= 0.0:
            if given == 1.0:
                v.append(i["given_exact"])
            elif names.nickname:
                v.append(i["given_nickname"])
            elif given >= _PART_HIGH:
                v.append(i["given_high"])
            elif given >= _GIVEN_MID:
                v.append(i["given_mid"])
            else:
                v.append(i["given_low"])
                given_low = True
        if names.homophone:
            v.append(i["given_homophone"])
        if names.swapped:
            v.append(i["name_swapped"])
    shared_contact = False
    if p.phones and q.phones:
        same = not p.phones.isdisjoint(q.phones)
        shared_contact = same
        v.append(i["phone_same" if same else "phone_diff"])
    if p.emails and q.emails:
        same = not p.emails.isdisjoint(q.emails)
        shared_contact = shared_contact or same
        v.append(i["email_same" if same else "email_diff"])
    if p.wechat and q.wechat:
        v.append(i["wechat_same" if not p.wechat.isdisjoint(q.wechat) else "wechat_diff"])
    pid, qid = p.record.id_key, q.record.id_key
    if pid and qid:
        v.append(i["id_same" if pid == qid else "id_diff"])
    level = birthday_level(p.birthday, q.birthday)
    if level:
        v.append(i["birthday_" + level])
    if p.address and q.address:
        if p.address == q.address:
            v.append(i["address_exact"])
            shared_contact = True
        else:
            ratio = fuzz.token_sort_ratio(p.address, q.address)
            v.append(i["address_high" if ratio >= _ADDRESS_HIGH else "address_mid" if ratio >= _ADDRESS_MID
                else "address_low"])
    if p.postal and q.postal:
        v.append(i["postal_same" if p.postal == q.postal else "postal_diff"])
    if p.company and q.company:
        if p.company == q.company:
            v.append(i["company_same"])
        else:
            v.append(i["company_similar" if _jw(p.company, q.company) >= _COMPANY_SIMILAR else "company_diff"])
    if p.uscc and q.uscc:
        v.append(i["uscc_same" if p.uscc == q.uscc else "uscc_diff"])
    if shared_contact and given_low:
        v.append(i["shared_contact_other_given"])
    if p.han or q.han:
        v.append(i["han_pair"])
    return v
