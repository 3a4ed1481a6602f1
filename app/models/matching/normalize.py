"""Normalisation for matching: each `MatchRecord` becomes a `Prepared` record of comparable keys.

Done once per record (the pair comparisons then only compare ready-made strings):

* full-width -> half-width (NFKC on non-ASCII text), lower case, diacritics folded;
* traditional -> simplified Chinese, one character at a time (see `to_simplified`);
* Chinese names: family / given split (explicit fields first, then the compound-surname table of
  `app.models.search_text`), pinyin of both parts (surname readings: 单 shan, 曾 zeng);
* western and pinyin-typed names: family / given words (given first unless the record says
  otherwise), nickname families of the given name ("Bill" ~ "William", PyPI `nicknames`);
* phones: national significant digits (+86 138-0013-8000, 008613800138000 and 13800138000 agree);
* emails: lower case; for Gmail the dots and "+tag" of the local part are dropped (Gmail ignores
  them; no other provider is folded, since for most a dot is significant);
* companies: legal-form suffixes dropped (有限公司, 有限责任公司, Co., Ltd., Inc. …), and a
  统一社会信用代码 (18-character unified social credit code) pulled out as an exact key;
* addresses: compact lower-case text without punctuation or spaces, simplified characters.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from app.models.matching.types import MatchRecord
from app.models.search_text import name_pinyin, split_name

__all__ = [
    "Prepared",
    "company_key",
    "email_key",
    "fold",
    "messenger_key",
    "phone_key",
    "prepare",
    "social_credit_code",
    "to_simplified",
]

_HAN_RE = re.compile("[\u3007\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U000323af]")
_WORD_RE = re.compile(r"[^\W_]+")
_NON_WORD_RE = re.compile(r"[\W_]+")
_DIGITS_RE = re.compile(r"\D+")
_ACCENTED_RE = re.compile("[\u00c0-\u024f\u1e00-\u1eff]")  # Latin letters that may carry accents
# GB 32100-2015: 2 register/kind characters, a 6-digit region code, 9-character organisation
# code, 1 check character; the letters I, O, Z, S, V never occur.
_USCC_RE = re.compile(r"(?<![0-9A-Z])([0-9A-HJ-NPQRTUWXY]{2}[0-9]{6}[0-9A-HJ-NPQRTUWXY]{10})(?![0-9A-Z])")


# --- characters ----------------------------------------------------------------------------------
@lru_cache(maxsize=1)
def _simplified_table() -> dict[int, int]:
    """Traditional -> simplified, single characters, from zhconv's `zh2Hans` dictionary.

    Measured on names: zhconv.convert ~3.7 µs, hanziconv ~2.6 µs, opencc-python-reimplemented
    ~16 µs per name; this table through `str.translate` ~0.3 µs. Names and addresses need no
    phrase-level conversion (the phrase entries fix words such as 乾隆, not names), so only the
    8.5k one-character entries are used.
    """
    from zhconv import zhconv  # lazy: the dictionary is ~1 MB of JSON

    zhconv.loaddict()
    table = zhconv.zhcdicts["zh2Hans"]
    return {ord(k): ord(v) for k, v in table.items() if len(k) == 1 and len(v) == 1 and k != v}


def to_simplified(text: str) -> str:
    """Traditional Chinese characters of `text` as simplified ones (張三 -> 张三); others unchanged."""
    if text.isascii():
        return text
    return text.translate(_simplified_table())


def fold(text: str) -> str:
    """Half-width, lower case, diacritics dropped, simplified characters, single spaces."""
    if not text:
        return ""
    if not text.isascii():
        text = unicodedata.normalize("NFKC", text)
        if _ACCENTED_RE.search(text):
            text = unicodedata.normalize("NFKD", text)
            text = unicodedata.normalize("NFC", "".join(c for c in text if not unicodedata.combining(c)))
        text = to_simplified(text)
    return " ".join(text.lower().split())


def _compact(text: str) -> str:
    return _NON_WORD_RE.sub("", text)


# --- contact keys --------------------------------------------------------------------------------
def phone_key(value: str) -> str:
    """National significant digits of a phone as stored (E.164 or raw); "" if too short to use.

    "+8613800138000", "008613800138000", "+86 138-0013-8000" and "13800138000" all give
    "13800138000"; a landline keeps its area code without the trunk 0 ("+861065529988" and
    "010-65529988" give "1065529988"). An extension is dropped. Other countries: the digits after
    the country code when stored as E.164, otherwise all digits.
    """
    text = fold(value)
    for marker in (";ext=", "ext", "转", "#", "x"):
        cut = text.find(marker)
        if cut > 0:
            text = text[:cut]
    international = text.startswith("+") or text.startswith("00")
    digits = _DIGITS_RE.sub("", text)
    if international:
        digits = digits[2:] if text.startswith("00") else digits
        if digits.startswith("86"):
            digits = digits[2:]
        elif digits.startswith("1") and len(digits) == 11:  # NANP: +1 and ten digits
            digits = digits[1:]
    elif len(digits) == 13 and digits.startswith("86"):
        digits = digits[2:]
    if digits.startswith("0") and not digits.startswith("00"):
        digits = digits[1:]  # a trunk prefix (CN 010…, UK 020…)
    return digits if len(digits) >= 6 else ""


def email_key(value: str) -> str:
    """An email address as a comparable key: lower case; Gmail's dots and "+tag" ignored."""
    text = fold(value).replace(" ", "")
    local, at, domain = text.rpartition("@")
    if not at:
        return text
    if domain in ("gmail.com", "googlemail.com"):
        local = local.split("+", 1)[0].replace(".", "")
        domain = "gmail.com"
    return local + "@" + domain


def messenger_key(value: str) -> str:
    """A WeChat id or QQ number as a key: lower case, without separators."""
    return _compact(fold(value))


# --- companies -----------------------------------------------------------------------------------
# Legal-form words that say nothing about which company it is. Longest first, so that
# "股份有限公司" goes before "有限公司". Compared after `fold` (simplified, lower case).
_COMPANY_SUFFIXES = (
    "股份有限公司", "有限责任公司", "有限公司", "集团公司", "集团", "分公司", "公司", "工作室",
    "company limited", "co., ltd.", "co., ltd", "co.,ltd.", "co.,ltd", "co. ltd", "co ltd",
    "limited", "ltd.", "ltd", "incorporated", "inc.", "inc", "corporation", "corp.", "corp",
    "company", "co.", "llc", "l.l.c.", "gmbh", "plc", "pty", "s.a.", "ag",
)  # fmt: skip
_SUFFIX_RE = re.compile(
    r"(?:[\s,.]*(?:" + "|".join(re.escape(s) for s in _COMPANY_SUFFIXES) + r"))+[\s,.]*$"
)
# Brackets around a place name: 华为技术(深圳)有限公司.
_BRACKETS_RE = re.compile(r"[(（][^)）]*[)）]")


def social_credit_code(text: str) -> str:
    """The 统一社会信用代码 inside a company text, or ""."""
    m = _USCC_RE.search(fold(text).upper())
    return m.group(1) if m else ""


def company_key(text: str) -> str:
    """A company name without its legal form, brackets, punctuation and spaces:
    "北京华为技术有限公司", "北京華為技術有限公司" and "北京华为技术" agree; "Acme Co., Ltd." ~ "ACME"."""
    text = _USCC_RE.sub(" ", fold(text).upper()).lower()
    text = _BRACKETS_RE.sub("", text)
    previous = None
    while previous != text:
        previous = text
        text = _SUFFIX_RE.sub("", text)
    return _compact(text)


# --- names ---------------------------------------------------------------------------------------
@lru_cache(maxsize=1)
def _nicknamer() -> object:
    from nicknames import NickNamer  # lazy: reads a CSV of ~1k name families

    return NickNamer()


@lru_cache(maxsize=65536)
def nickname_keys(given: str) -> frozenset[str]:
    """The name and its canonical forms ("bill" -> {"bill", "william", "robert", …}); ASCII only."""
    if not given or not given.isascii() or not given.isalpha() or len(given) < 2:
        return frozenset({given}) if given else frozenset()
    namer = _nicknamer()
    canonicals: set[str] = namer.canonicals_of(given)  # type: ignore[attr-defined]
    return frozenset({given, *canonicals})


@dataclass(frozen=True, slots=True)
class Prepared:
    """Comparable keys of one record (see the module docstring)."""

    record: MatchRecord
    han: str  # simplified Han characters of the name, "" if there are none
    han_given: str  # the Han given name
    family: str  # family name as a comparable ASCII key: pinyin of a Han name, folded latin otherwise
    given: str  # given name(s), compact
    nick: frozenset[str]  # nickname families of the given name
    full: str  # family + given, compact
    phones: frozenset[str]
    emails: frozenset[str]
    wechat: frozenset[str]
    birthday: str
    address: str  # folded words, single spaces
    postal: str
    company: str
    uscc: str


def _latin_parts(r: MatchRecord, name: str) -> tuple[str, str]:
    """(family, given) keys of a name without Chinese characters: the record's own fields when they
    make up the name, "Family, Given" when written with a comma, otherwise the last word is the
    family name ("Mary Ann Lee" -> "lee", "maryann")."""
    words = _WORD_RE.findall(name)
    family = _compact(fold(r.family_name))
    given = _compact(fold(r.given_name))
    if (family or given) and "".join(words) in (family + given, given + family, ""):
        return family, given
    head, comma, tail = name.partition(",")
    if comma and _WORD_RE.search(head) and _WORD_RE.search(tail):
        return _compact(head), _compact(tail)
    if len(words) >= 2:
        return words[-1], "".join(words[:-1])
    return "", "".join(words)


def _han_parts(r: MatchRecord, han: str) -> tuple[str, str, str, str]:
    """(Han given name, family pinyin, given pinyin, the Han name) of a Chinese name."""
    family_han = to_simplified(_compact(fold(r.family_name)))
    if not (family_han and han.startswith(family_han) and len(family_han) < len(han)):
        family_han = split_name(han)[0] or han[:1]
    forms = name_pinyin(han, family_han)
    given_pinyin = forms.given_full
    family_pinyin = forms.full[: len(forms.full) - len(given_pinyin)]
    return han[len(family_han):], family_pinyin, given_pinyin, han


def prepare(r: MatchRecord) -> Prepared:
    """Comparable keys of a record."""
    name = fold(r.name or (r.family_name + " " + r.given_name))
    han = "".join(_HAN_RE.findall(name))
    if han:
        han_given, family, given, han = _han_parts(r, han)
    else:
        han_given = ""
        family, given = _latin_parts(r, name)
    phones = frozenset(k for k in map(phone_key, r.phones) if k)
    emails = frozenset(k for k in map(email_key, r.emails) if k)
    wechat = frozenset(k for k in map(messenger_key, r.wechat) if k)
    return Prepared(
        record=r,
        han=han,
        han_given=han_given,
        family=family,
        given=given,
        nick=nickname_keys(given),
        full=family + given,
        phones=phones,
        emails=emails,
        wechat=wechat,
        birthday=r.birthday.strip(),
        address=" ".join(_WORD_RE.findall(fold(r.address))),
        postal=_compact(fold(r.postal_code)),
        company=company_key(r.company),
        uscc=social_credit_code(r.company),
    )
