"""A labelled Chinese duplicate-detection data set, generated from a seed (issue #7 benchmark).

    from bench.chinese_dupes import generate
    records, truth = generate(5000, seed=1)   # MatchRecords, and the set of true duplicate pairs

Built on the synthetic customers of `app.models.demo_data` (real-looking names, phones, addresses,
companies; ~80 % Chinese, ~20 % western). Every base customer is one person. Then, drawn from a
`random.Random(seed)`:

* duplicates (about 15 % of people get one to three more records) with, in combination:
  the name in traditional characters (张三 -> 張三), in pinyin ("Zhang San", "San Zhang",
  "zhangsan"), with a homophone (张伟 -> 张玮) or another one-character typo, a western nickname
  (William -> Bill) or a letter typo; the phone written differently (13800138000,
  +86 138-0013-8000, 008613800138000, full-width digits) or replaced by a new number while the
  email, birthday, WeChat id or ID number stays; email case changed; company legal form added or
  dropped (…有限公司 / …); address in traditional characters or without the province; fields
  dropped;
* hard non-duplicates: family members sharing the person's phone and/or address (same family name
  or a spouse's, their own given name and birthday), and namesakes (the same common name with
  other contact details).

`truth` holds every pair (a, b), a < b, of records of the same person. Seeds 1.. are the
evaluation sets; bench/tune_matching.py trains on seed 1001 (different people, different edits).
"""

from __future__ import annotations

import datetime
import hashlib
import random
import sys
from itertools import combinations
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from app.models.demo_data import generate_labelled_customers  # noqa: E402
from app.models.matching import MatchRecord  # noqa: E402
from app.models.records import ContactKind, Customer, SensitiveKind  # noqa: E402
from app.models.search_text import name_pinyin, split_name  # noqa: E402

__all__ = ["generate", "to_record"]

_TODAY = datetime.date(2026, 1, 1)
DUPLICATE_PEOPLE = 0.15
FAMILY_PEOPLE = 0.10
NAMESAKE_PEOPLE = 0.04

# Characters people use in given names, grouped by toneless pinyin for homophone typos.
_GIVEN_CHARS = (
    "伟玮炜薇微巍 丽力莉立利俐 敏民闵 静婧靖晶 芳方舫 强蔷 磊蕾 军君均钧俊 洋杨阳扬 勇永咏 艳燕彦雁 杰洁捷婕 "
    "娟涓鹃 涛韬滔 明鸣铭 超潮 秀绣 霞侠 平萍苹 刚钢纲 桂贵 华桦骅 建健剑 玲铃龄琳林麟 辉晖徽 红宏鸿虹 "
    "鹏朋 飞菲霏非 宇雨羽语禹 欣新馨鑫心 婷亭庭 晨辰臣 浩昊皓 佳嘉家 子梓紫 怡宜仪 思斯丝 雪学"
)
_HOMOPHONES: dict[str, str] = {c: group for group in _GIVEN_CHARS.split() for c in group}
_TYPO_CHARS = "".join(_GIVEN_CHARS.split())
_NICKNAMES = {
    "William": "Bill", "Robert": "Bob", "Richard": "Dick", "James": "Jim", "Michael": "Mike",
    "Elizabeth": "Liz", "Margaret": "Peggy", "Thomas": "Tom", "Joseph": "Joe", "Charles": "Charlie",
    "Daniel": "Dan", "Jennifer": "Jenny", "Katherine": "Kate", "Christopher": "Chris", "Anthony": "Tony",
    "Susan": "Sue", "Patricia": "Pat", "Edward": "Ted", "Andrew": "Andy", "Matthew": "Matt",
}  # fmt: skip
_FULLWIDTH = str.maketrans("0123456789+-", "０１２３４５６７８９＋－")


def _hex_key(value: str) -> str:
    """A stand-in for the vault's blind index (HMAC) of an ID number."""
    return hashlib.sha256(b"bench-blind-index:" + value.encode()).hexdigest()


def _credit_code(company: str) -> str:
    """A made-up 统一社会信用代码 (18 characters, GB 32100 alphabet) for a company name."""
    alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY"
    digest = hashlib.sha256(company.encode()).digest()
    return "91" + "".join(str(b % 10) for b in digest[:6]) + "".join(alphabet[b % 31] for b in digest[6:16])


def to_record(c: Customer, cid: int) -> MatchRecord:
    """A demo customer as a MatchRecord (what dedupe_repo reads from a vault). One Chinese company
    in five carries its unified social credit code in the company text."""
    address = c.addresses[0] if c.addresses else None
    company = c.company
    if company and not company.isascii() and hashlib.sha256(company.encode()).digest()[0] % 5 == 0:
        company = company + " " + _credit_code(company)
    id_number = c.sensitive.get(SensitiveKind.ID_NUMBER)
    return MatchRecord(
        id=cid, name=c.name, family_name=c.family_name, given_name=c.given_name, company=company,
        phones=tuple(p.value for p in c.contacts_of(ContactKind.PHONE)),
        emails=tuple(p.value for p in c.contacts_of(ContactKind.EMAIL)),
        wechat=tuple(p.value for k in (ContactKind.WECHAT, ContactKind.QQ) for p in c.contacts_of(k)),
        id_key=_hex_key(id_number.value) if id_number else "",
        birthday=c.birthday.iso() if c.birthday else "",
        address=address.one_line() if address else "",
        postal_code=address.postal_code if address else "",
    )


def _traditional(text: str) -> str:
    from zhconv import convert

    return str(convert(text, "zh-hant"))


def _pinyin_name(name: str, rng: random.Random) -> str:
    family, given, _ = split_name(name)
    forms = name_pinyin(name, family)
    fam = forms.full[: len(forms.full) - len(forms.given_full)]
    giv = forms.given_full
    style = rng.random()
    if style < 0.35:
        return fam.capitalize() + " " + giv.capitalize()
    if style < 0.7:
        return giv.capitalize() + " " + fam.capitalize()
    if style < 0.85:
        return fam + giv
    return fam.upper() + " " + giv.capitalize()


def _han_typo(name: str, rng: random.Random, homophone: bool) -> str:
    family, given, _ = split_name(name)
    if not given:
        return name
    pos = rng.randrange(len(given))
    old = given[pos]
    homophone = homophone or len(given) < 2  # another character in a one-character name is another name
    pool = _HOMOPHONES.get(old, "") if homophone else _TYPO_CHARS
    choices = [c for c in pool if c != old]
    if not choices:
        choices = [c for c in _TYPO_CHARS if c != old]
    return family + given[:pos] + rng.choice(choices) + given[pos + 1:]


def _latin_typo(word: str, rng: random.Random) -> str:
    if len(word) < 3:
        return word
    pos = rng.randrange(1, len(word))
    kind = rng.random()
    if kind < 0.4:
        return word[:pos] + word[pos + 1:]
    if kind < 0.7 and pos < len(word) - 1:
        return word[:pos] + word[pos + 1] + word[pos] + word[pos + 2:]
    return word[:pos] + rng.choice("aeioulnrst") + word[pos + 1:]


def _vary_name(r: MatchRecord, rng: random.Random) -> tuple[str, str, str]:
    """(name, family_name, given_name) of a duplicate."""
    name = r.name
    if any("\u4e00" <= ch <= "\u9fff" for ch in name):
        roll = rng.random()
        if roll < 0.3:
            return name, r.family_name, r.given_name
        if roll < 0.5:
            t = _traditional(name)
            return t, _traditional(r.family_name), _traditional(r.given_name)
        if roll < 0.72:
            return _pinyin_name(name, rng), "", ""
        if roll < 0.87:
            return _han_typo(name, rng, homophone=True), "", ""
        return _han_typo(name, rng, homophone=False), "", ""
    parts = name.split()
    if len(parts) < 2:
        return name, r.family_name, r.given_name
    given, family = parts[0], parts[-1]
    roll = rng.random()
    if roll < 0.35:
        return name, r.family_name, r.given_name
    if roll < 0.55 and given in _NICKNAMES:
        given = _NICKNAMES[given]
    elif roll < 0.75:
        family = _latin_typo(family, rng)
    elif roll < 0.85:
        given = _latin_typo(given, rng)
    else:
        return family.upper() + ", " + given, "", ""
    return given + " " + family, family, given


def _phone_format(e164: str, rng: random.Random) -> str:
    if not e164.startswith("+86") or len(e164) != 14:
        return e164
    n = e164[3:]
    style = rng.randrange(6)
    if style == 0:
        return n
    if style == 1:
        return "+86 " + n[:3] + "-" + n[3:7] + "-" + n[7:]
    if style == 2:
        return "0086" + n
    if style == 3:
        return n[:3] + " " + n[3:7] + " " + n[7:]
    if style == 4:
        return n.translate(_FULLWIDTH)
    return "86-" + n


def _new_mobile(rng: random.Random) -> str:
    return "+861" + rng.choice("3578") + "".join(str(rng.randrange(10)) for _ in range(9))


def _company_variant(company: str, rng: random.Random) -> str:
    if not company:
        return company
    name, _, code = company.partition(" ")
    if code:  # the code stays or goes; the name varies
        return _company_variant(name, rng) + (" " + code if rng.random() < 0.6 else "")
    roll = rng.random()
    if company.endswith("有限公司") and roll < 0.5:
        return company[: -len("有限公司")]
    if company.endswith("公司") and roll < 0.5:
        return company[:-2]
    if roll < 0.7 and not company.isascii():
        return _traditional(company)
    if roll < 0.85 and not company.isascii():
        return company + "有限公司" if not company.endswith("公司") else company
    return company


def _address_variant(address: str, rng: random.Random) -> str:
    roll = rng.random()
    if not address or roll < 0.5:
        return address
    if roll < 0.7 and not address.isascii():
        return _traditional(address)
    if roll < 0.85:
        for cut in ("省", "自治区"):
            i = address.find(cut)
            if 0 < i < 6:
                return address[i + len(cut):]
        return address
    return " ".join((address[: len(address) // 2], address[len(address) // 2:]))


def _duplicate(r: MatchRecord, cid: int, rng: random.Random) -> MatchRecord:
    name, family, given = _vary_name(r, rng)
    phones = r.phones
    emails = r.emails
    birthday, address, company, wechat, id_key = r.birthday, r.address, r.company, r.wechat, r.id_key
    # A person who moved to a new number keeps something else that identifies them.
    identity = [f for f, v in (("email", emails), ("birthday", birthday), ("wechat", wechat), ("id", id_key)) if v]
    kept = ""
    if phones and identity and rng.random() < 0.2:
        phones = (_new_mobile(rng),)
        kept = rng.choice(identity)
    elif phones:
        phones = tuple(_phone_format(p, rng) for p in phones)
        if len(phones) > 1 and rng.random() < 0.5:
            phones = phones[:1]
    if emails and rng.random() < 0.3:
        emails = tuple(e.capitalize() for e in emails)
    if kept != "birthday" and rng.random() < 0.3:
        birthday = ""
    if rng.random() < 0.3:
        address = ""
    if rng.random() < 0.3:
        company = ""
    if kept != "wechat" and rng.random() < 0.4:
        wechat = ()
    if kept != "id" and rng.random() < 0.5:
        id_key = ""
    return MatchRecord(
        id=cid, name=name, family_name=family, given_name=given, company=_company_variant(company, rng),
        phones=phones, emails=emails, wechat=wechat, id_key=id_key, birthday=birthday,
        address=_address_variant(address, rng), postal_code=r.postal_code if address else "",
    )


def _other_birthday(rng: random.Random) -> str:
    day = datetime.date(1950, 1, 1) + datetime.timedelta(days=rng.randrange(60 * 365))
    return day.isoformat()


def _family_member(r: MatchRecord, other: MatchRecord, cid: int, rng: random.Random) -> MatchRecord:
    """Someone else living with `r`: the given name (and maybe family name) of `other`."""
    same_family = any("\u4e00" <= ch <= "\u9fff" for ch in r.name) and rng.random() < 0.7
    if same_family:
        family, _, _ = split_name(r.name)
        _, given, _ = split_name(other.name)
        if not given or given == split_name(r.name)[1] or given.isascii():
            given = rng.choice(_TYPO_CHARS) + rng.choice(_TYPO_CHARS)
        name = family + given
    else:
        name = other.name
    shares = rng.random()
    phones = r.phones if shares < 0.8 else other.phones
    address = r.address if shares > 0.3 else other.address
    return MatchRecord(
        id=cid, name=name, company=other.company if rng.random() < 0.5 else "", phones=phones,
        emails=other.emails, wechat=other.wechat,
        birthday=_other_birthday(rng) if rng.random() < 0.6 else "",
        address=address, postal_code=r.postal_code if address == r.address else other.postal_code,
    )


def _namesake(r: MatchRecord, other: MatchRecord, cid: int) -> MatchRecord:
    """Another person with exactly the same name."""
    return MatchRecord(
        id=cid, name=r.name, family_name=r.family_name, given_name=r.given_name, company=other.company,
        phones=other.phones, emails=other.emails, wechat=other.wechat, id_key=other.id_key,
        birthday=other.birthday, address=other.address, postal_code=other.postal_code,
    )


def generate(people: int, seed: int = 1) -> tuple[list[MatchRecord], set[tuple[int, int]]]:
    """About `people` × 1.4 records and the true duplicate pairs (see the module docstring)."""
    rng = random.Random(seed * 104729 + 7)
    base = [
        to_record(c, i + 1)
        for i, (c, original) in enumerate(generate_labelled_customers(people * 2, seed=seed, today=_TODAY))
        if original is None
    ]
    persons, donors = base[:people], base[people:]
    records: list[MatchRecord] = []
    groups: list[list[int]] = []
    next_id = 1

    def add(r: MatchRecord) -> int:
        nonlocal next_id
        r = MatchRecord(r.id if r.id == next_id else next_id, r.name, r.family_name, r.given_name, r.company,
                        r.phones, r.emails, r.wechat, r.id_key, r.birthday, r.address, r.postal_code)
        records.append(r)
        next_id += 1
        return r.id

    donor_at = 0
    for person in persons:
        group = [add(person)]
        original = records[-1]
        roll = rng.random()
        if roll < DUPLICATE_PEOPLE:
            for _ in range(1 + int(rng.random() < 0.3) + int(rng.random() < 0.1)):
                group.append(add(_duplicate(original, next_id, rng)))
        elif roll < DUPLICATE_PEOPLE + FAMILY_PEOPLE and donor_at < len(donors):
            add(_family_member(original, donors[donor_at], next_id, rng))
            donor_at += 1
        elif roll < DUPLICATE_PEOPLE + FAMILY_PEOPLE + NAMESAKE_PEOPLE and donor_at < len(donors):
            add(_namesake(original, donors[donor_at], next_id))
            donor_at += 1
        groups.append(group)
    truth = {(a, b) for group in groups for a, b in combinations(sorted(group), 2)}
    order = list(range(len(records)))
    rng.shuffle(order)  # duplicates are not next to their originals
    return [records[i] for i in order], truth


if __name__ == "__main__":
    recs, pairs = generate(30, seed=int(sys.argv[1]) if len(sys.argv) > 1 else 1)
    by_id = {r.id: r for r in recs}
    for a, b in sorted(pairs):
        print(by_id[a], "\n  ", by_id[b])
