"""Validation, normalization and masking of customer fields. Pure functions: no I/O, no Qt.

Every failure raises `ValidationError(field, reason, **params)` with a stable snake_case `reason`
(never UI text, never the user's value). Services that must keep a bad value for review use
`build_contact` / `build_sensitive`, which turn a failure into a record flagged `valid=False`.

Libraries do the heavy lifting where one exists: `phonenumbers` (phone parsing, validity and type,
kept current with numbering-plan changes) and `email-validator` (RFC syntax, IDN). Hand-written code
covers only what no maintained library does for Chinese data: full-width → half-width folding,
Chinese extension markers (转 / 分机), GB 11643 身份证号, Chinese date spellings (2024年3月5日),
year-less birthdays, WeChat / QQ ids, bank-card shape checks and display masks.

These functions run once per field on 1M-row imports, so regexes and translation tables are built
once at import time, and the most common phone shape (a plain Chinese mobile number) skips the
generic `phonenumbers.parse` and goes straight to the library's metadata-based type check.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date
from functools import lru_cache
from typing import Final, Literal

import phonenumbers
from email_validator import EmailNotValidError, validate_email
from phonenumbers import PhoneMetadata, phonenumberutil

from app.models.errors import ValidationError
from app.models.records import (
    Birthday,
    ContactKind,
    ContactPoint,
    SensitiveKind,
    SensitiveValue,
)

__all__ = [
    "IdNumber",
    "PhoneKind",
    "PhoneNumber",
    "build_contact",
    "build_sensitive",
    "mask_bank_account",
    "mask_email",
    "mask_generic",
    "mask_id_number",
    "mask_phone",
    "normalize_bank_account",
    "normalize_email",
    "normalize_phone",
    "normalize_qq",
    "normalize_wechat",
    "parse_birthday",
    "parse_date",
    "to_halfwidth",
    "validate_id_number",
]

PhoneKind = Literal["mobile", "landline", "other"]

# --- full-width → half-width ---------------------------------------------------------------------
# Python's unicodedata NFKC would also do this, but it rewrites far more (ligatures, superscripts,
# circled digits, CJK compatibility ideographs) and is several times slower; the table below does
# exactly the folding the spec asks for with one `str.translate`.
_INVISIBLE: Final = (
    "\u00ad"  # soft hyphen
    "\u200b\u200c\u200d\u2060\ufeff"  # zero-width space / non-joiner / joiner, word joiner, BOM
    "\u200e\u200f\u202a\u202b\u202c\u202d\u202e"  # LRM, RLM, embeddings (iOS wraps copied numbers)
    "\u2066\u2067\u2068\u2069"  # bidi isolates
)
_SPACES: Final = (
    "\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"
)
_HALFWIDTH_TABLE: Final[dict[int, int | None]] = {
    **{cp: cp - 0xFEE0 for cp in range(0xFF01, 0xFF5F)},
    **{ord(ch): 0x20 for ch in _SPACES},
    **{ord(ch): None for ch in _INVISIBLE},
}


def to_halfwidth(text: str) -> str:
    """Fold full-width ASCII (U+FF01–FF5E) and the ideographic space to half-width, turn NBSP and
    other Unicode spaces into a plain space, drop zero-width and bidi-control characters, and trim.

    CJK characters are left alone. Meant for identifiers (phones, emails, ids, dates); free Chinese
    prose should not go through it, since it also folds full-width punctuation such as "，" and "（".
    """
    return text.translate(_HALFWIDTH_TABLE).strip()


# --- phones --------------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class PhoneNumber:
    """A valid phone number. `region` is ISO 3166 alpha-2, or "" for non-geographic numbers."""

    e164: str
    extension: str
    kind: PhoneKind
    national_digits: str
    region: str

    def contact_value(self) -> str:
        """The value stored in a ContactPoint: E.164, plus `;ext=` (RFC 3966) when there is one."""
        return f"{self.e164};ext={self.extension}" if self.extension else self.e164


# A label people type in front of a number ("手机：", "Tel:", "tel:+86…").
_PHONE_LABEL_RE: Final = re.compile(
    r"^(?:(?:tel|phone|mobile|mob|cell)\s*[:.]"
    r"|(?:手机号码|手机号|手机|移动电话|电话号码|电话|座机|固话|联系电话)\s*:?)\s*",
    re.IGNORECASE,
)
# A trailing extension: 转 123, 转分机 123, -分机123, 内线 123, ext. 12, x12, #123, ;ext=123.
_PHONE_EXT_RE: Final = re.compile(
    # No leading \s* and single character-class runs: the search is unanchored on the left and
    # must stay linear on long or hostile input (nested \s* runs backtrack polynomially).
    r"(?:[-–—,;]\s*)?(?:转分机|转内线|分机号|分机|内线|转|ext(?:ension)?|x|#)[\s.:=]*([0-9]{1,7})[\s#]*$",
    re.IGNORECASE,
)
# What may remain once label and extension are gone: digits, a leading plus, separators.
# (phonenumbers would also accept letters, converting "1-800-FLOWERS" vanity numbers — on Chinese
# data that only turns a WeChat id typed into the phone column into a wrong number.)
_PHONE_BODY_RE: Final = re.compile(r"^\(?\+?[0-9 ()\-–—./]*$")
# "010-65529988-123": a landline whose extension is written after a plain dash.
_PHONE_DASH_EXT_RE: Final = re.compile(r"^(.*[0-9])\s*[-–—]\s*([0-9]{1,6})$")
_PHONE_SEPARATORS: Final = str.maketrans("", "", " -–—.()")
_CN_MOBILE_RE: Final = re.compile(r"^(?:\+86|0086|86)?(1[1-9][0-9]{9})$")
_PHONE_MAX_CHARS: Final = 100
_CN_LOCAL_RE: Final = re.compile(r"^[2-9][0-9]{6,7}$")

_PARSE_ERRORS: Final[dict[int, str]] = {
    phonenumbers.NumberParseException.INVALID_COUNTRY_CODE: "invalid_country_code",
    phonenumbers.NumberParseException.NOT_A_NUMBER: "not_a_number",
    phonenumbers.NumberParseException.TOO_SHORT_AFTER_IDD: "too_short",
    phonenumbers.NumberParseException.TOO_SHORT_NSN: "too_short",
    phonenumbers.NumberParseException.TOO_LONG: "too_long",
}
_POSSIBLE_ERRORS: Final[dict[int, str]] = {
    phonenumbers.ValidationResult.TOO_SHORT: "too_short",
    phonenumbers.ValidationResult.IS_POSSIBLE_LOCAL_ONLY: "too_short",  # e.g. 5-6 digit CN numbers
    phonenumbers.ValidationResult.TOO_LONG: "too_long",
    phonenumbers.ValidationResult.INVALID_COUNTRY_CODE: "invalid_country_code",
}
_MOBILE_TYPES: Final = frozenset({phonenumbers.PhoneNumberType.MOBILE})
_LANDLINE_TYPES: Final = frozenset({phonenumbers.PhoneNumberType.FIXED_LINE})
_NON_GEOGRAPHIC: Final = phonenumbers.REGION_CODE_FOR_NON_GEO_ENTITY  # "001"


def _phone_kind(number_type: int) -> PhoneKind:
    if number_type in _MOBILE_TYPES:
        return "mobile"
    if number_type in _LANDLINE_TYPES:
        return "landline"
    # FIXED_LINE_OR_MOBILE (US/CA and others cannot tell), toll-free, VoIP, 400 numbers …
    return "other"


@lru_cache(maxsize=65536)
def _cn_mobile_block_type(block: str) -> int:
    """phonenumbers' type for an 11-digit CN number starting with 1[1-9], by its 7-digit block.

    Chinese mobile numbers are allocated in 7-digit blocks (号段 + HLR code), and the CN metadata
    distinguishes 11-digit 1[1-9]… numbers by at most their first 5 digits (only Beijing's 10… has
    longer landline patterns, and is excluded). So the type of one number of the block is the type
    of all of them; caching it turns ~5 µs of metadata regexes into a dict lookup. The unit tests
    check this against the full parser for every 5-digit prefix.
    """
    number = phonenumbers.PhoneNumber(country_code=86, national_number=int(block + "0000"))
    return phonenumbers.number_type(number)


def _cn_mobile_fast(body: str) -> PhoneNumber | None:
    """The common case — a Chinese mobile, optionally with +86/0086/86 — without the generic
    parser. The library still decides validity and type (from its CN metadata); CN is a
    single-region country code, so `number_type != UNKNOWN` is exactly `is_valid_number`."""
    m = _CN_MOBILE_RE.match(body.translate(_PHONE_SEPARATORS))
    if m is None:
        return None
    digits = m.group(1)
    number_type = _cn_mobile_block_type(digits[:7])
    if number_type == phonenumbers.PhoneNumberType.UNKNOWN:
        return None  # let the full parser produce the precise reason
    return PhoneNumber(
        e164="+86" + digits,
        extension="",
        kind=_phone_kind(number_type),
        national_digits=digits,
        region="CN",
    )


def _parse_phone(body: str, region: str) -> phonenumbers.PhoneNumber:
    try:
        return phonenumbers.parse(body, region, keep_raw_input=False)
    except phonenumbers.NumberParseException as exc:
        raise ValidationError("phone", _PARSE_ERRORS.get(exc.error_type, "not_a_number")) from None


# phonenumbers' `is_valid_number` and `number_type` each look up the number's region (for a shared
# country code such as +1 or +44 that means matching it against several regions' metadata) and then
# match it against that region's patterns; `_valid_phone` does both once, with the same library
# pieces in the same order, so its answer is exactly theirs (the unit tests compare them). The helper
# is private to phonenumbers: without it (a future release) the public calls are used.
_TYPE_HELPER: Final = getattr(phonenumberutil, "_number_type_helper", None)


def _number_type_once(number: phonenumbers.PhoneNumber) -> tuple[int, str | None]:
    """(phonenumbers.number_type(number), region_code_for_number(number)) — UNKNOWN when
    is_valid_number(number) is False — in one pass."""
    region = phonenumbers.region_code_for_number(number)
    if _TYPE_HELPER is None:  # pragma: no cover - depends on the installed phonenumbers
        if not phonenumbers.is_valid_number(number):
            return phonenumbers.PhoneNumberType.UNKNOWN, region
        return phonenumbers.number_type(number), region
    if region is None or number.country_code is None:
        return phonenumbers.PhoneNumberType.UNKNOWN, region
    metadata = PhoneMetadata.metadata_for_region_or_calling_code(number.country_code, region.upper())
    if metadata is None or (region != _NON_GEOGRAPHIC
                            and number.country_code != phonenumbers.country_code_for_valid_region(region)):
        return phonenumbers.PhoneNumberType.UNKNOWN, region
    return int(_TYPE_HELPER(phonenumbers.national_significant_number(number), metadata)), region


def _valid_phone(number: phonenumbers.PhoneNumber, extension: str) -> PhoneNumber | None:
    number_type, region = _number_type_once(number)
    if number_type == phonenumbers.PhoneNumberType.UNKNOWN:
        return None
    region = region or ""
    return PhoneNumber(
        e164=phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164),
        extension=extension,
        kind=_phone_kind(number_type),
        national_digits=phonenumbers.national_significant_number(number),
        region="" if region == _NON_GEOGRAPHIC else region,
    )


def normalize_phone(raw: str, default_region: str = "CN") -> PhoneNumber:
    """Parse a phone number as people write it in China (and abroad) into E.164.

    Accepts full-width digits, spaces, dashes, parentheses, "+86", "0086", "86 138…", landlines with
    area code ("010-6552 9988"), extensions ("转 123", "-分机123", "ext. 12", "x12", "#123", and a
    plain "-123" after a landline that is only valid without it), and "+<country code>" numbers.

    Reasons: "empty", "not_a_number", "invalid_country_code", "too_short", "too_long",
    "missing_area_code" (a 7–8 digit Chinese local number), "invalid" (phonenumbers says not valid).
    Mobiles have no extensions, but one typed after a mobile is kept rather than lost.
    """
    region = default_region.upper()
    text = to_halfwidth(raw)
    if not text:
        raise ValidationError("phone", "empty")
    if len(text) > _PHONE_MAX_CHARS:  # no real number (with label and extension) is longer
        raise ValidationError("phone", "too_long")
    text = _PHONE_LABEL_RE.sub("", text, count=1)
    extension = ""
    ext_match = _PHONE_EXT_RE.search(text)
    if ext_match is not None:
        extension = ext_match.group(1)
        text = text[: ext_match.start()]
    body = text.strip().rstrip("-–—,;").rstrip()
    if not body:
        raise ValidationError("phone", "empty" if not extension else "not_a_number")
    if _PHONE_BODY_RE.match(body) is None:
        raise ValidationError("phone", "not_a_number")

    if region == "CN" or body.startswith("+86"):
        fast = _cn_mobile_fast(body)
        if fast is not None:
            return replace(fast, extension=extension) if extension else fast

    number = _parse_phone(body, region)
    result = _valid_phone(number, extension)
    if result is not None:
        return result

    if not extension:  # "010-65529988-123": retry with the last dash group as the extension
        dash = _PHONE_DASH_EXT_RE.match(body)
        if dash is not None:
            try:
                retry = _valid_phone(_parse_phone(dash.group(1), region), dash.group(2))
            except ValidationError:
                retry = None
            if retry is not None and retry.kind == "landline":
                return retry

    if number.country_code == 86:
        # Sharper reasons for the two commonest Chinese typos, which phonenumbers would only call
        # "invalid": a local landline without its area code, and a mobile with a digit missing
        # or extra (mobiles are the only CN numbers starting with 1 other than Beijing's 10).
        national = phonenumbers.national_significant_number(number)
        if not body.startswith(("+", "0")) and _CN_LOCAL_RE.match(national) is not None:
            raise ValidationError("phone", "missing_area_code")
        if national[:1] == "1" and national[:2] != "10" and len(national) != 11:
            raise ValidationError("phone", "too_short" if len(national) < 11 else "too_long")
    possible = phonenumbers.is_possible_number_with_reason(number)
    raise ValidationError("phone", _POSSIBLE_ERRORS.get(possible, "invalid"))


# --- email ---------------------------------------------------------------------------------------
# Chinese input methods produce "。" (and the half-width "｡") for "." in domains.
_DOMAIN_DOTS: Final = str.maketrans({"\u3002": ".", "\uff61": "."})
_MAILTO_RE: Final = re.compile(r"^mailto:", re.IGNORECASE)


def normalize_email(raw: str) -> str:
    """Check an email address's syntax (no DNS) and normalize it: half-width, domain lower-cased
    (internationalized domains kept in Unicode form), local part's case kept.

    Reasons: "empty", "missing_at", "syntax".
    """
    text = _MAILTO_RE.sub("", to_halfwidth(raw), count=1).strip()
    if not text:
        raise ValidationError("email", "empty")
    local, at, domain = text.rpartition("@")
    if not at or not local or not domain:
        raise ValidationError("email", "missing_at")
    text = local + "@" + domain.translate(_DOMAIN_DOTS)
    try:
        result = validate_email(text, check_deliverability=False)
    except (EmailNotValidError, UnicodeError):
        raise ValidationError("email", "syntax") from None
    return str(result.normalized)


# --- 身份证号 (GB 11643-1999) -----------------------------------------------------------------------
# No maintained Python library implements GB 11643 validation (the PyPI candidates are unmaintained
# or pull in region-name databases we do not need), and the algorithm is a few lines.
_ID_WEIGHTS: Final = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_ID_CHECK_CHARS: Final = "10X98765432"
# Province-level prefixes (GB/T 2260): mainland 11–65, Taiwan 71, Hong Kong 81, Macau 82, and 83
# used by the residence permits for Taiwan residents (台湾居民居住证, 830000).
_ID_PROVINCES: Final = frozenset(
    {
        "11", "12", "13", "14", "15",
        "21", "22", "23",
        "31", "32", "33", "34", "35", "36", "37",
        "41", "42", "43", "44", "45", "46",
        "50", "51", "52", "53", "54",
        "61", "62", "63", "64", "65",
        "71", "81", "82", "83",
    }
)  # fmt: skip
_ID_STRIP: Final = str.maketrans("", "", " -")
_ID18_RE: Final = re.compile(r"^[0-9]{17}[0-9X]$")
_ID15_RE: Final = re.compile(r"^[0-9]{15}$")
_MIN_BIRTH: Final = date(1900, 1, 1)


@dataclass(frozen=True, slots=True)
class IdNumber:
    """A valid 18-character resident identity number (身份证号)."""

    value: str
    birth_date: date
    gender: Literal["male", "female"]
    region_code: str


def _id_check_char(first17: str) -> str:
    total = sum(int(c) * w for c, w in zip(first17, _ID_WEIGHTS, strict=True))
    return _ID_CHECK_CHARS[total % 11]


def validate_id_number(raw: str, *, today: date | None = None) -> IdNumber:
    """Validate a 身份证号 per GB 11643-1999 and return it in 18-character form (upper-case X).

    Spaces and dashes are ignored; the legacy 15-digit form is upgraded (century "19" inserted,
    check character computed). `today` is for tests; it defaults to the current date.

    Reasons: "empty", "length", "characters", "checksum", "region", "birth_date".
    """
    text = to_halfwidth(raw).translate(_ID_STRIP).upper()
    if not text:
        raise ValidationError("id_number", "empty")
    if len(text) == 15:
        if _ID15_RE.match(text) is None:
            raise ValidationError("id_number", "characters")
        first17 = text[:6] + "19" + text[6:]
        value = first17 + _id_check_char(first17)
    elif len(text) == 18:
        if _ID18_RE.match(text) is None:
            raise ValidationError("id_number", "characters")
        if _id_check_char(text[:17]) != text[17]:
            raise ValidationError("id_number", "checksum")
        value = text
    else:
        raise ValidationError("id_number", "length")
    if value[:2] not in _ID_PROVINCES:
        raise ValidationError("id_number", "region")
    try:
        birth = date(int(value[6:10]), int(value[10:12]), int(value[12:14]))
    except ValueError:
        raise ValidationError("id_number", "birth_date") from None
    if birth < _MIN_BIRTH or birth > (today or date.today()):
        raise ValidationError("id_number", "birth_date")
    return IdNumber(
        value=value,
        birth_date=birth,
        gender="male" if int(value[16]) % 2 else "female",
        region_code=value[:6],
    )


# --- bank account --------------------------------------------------------------------------------
_BANK_STRIP: Final = str.maketrans("", "", " -")
_DIGITS_RE: Final = re.compile(r"^[0-9]+$")
BANK_MIN_DIGITS: Final = 12
BANK_MAX_DIGITS: Final = 19


def normalize_bank_account(raw: str) -> str:
    """A bank card number as digits only (spaces and dashes removed), 12–19 digits.

    Deliberately no Luhn check: several Chinese banks issue cards (and passbook-linked account
    numbers) that fail it, and rejecting a customer's real card is worse than missing a typo.

    Reasons: "empty", "characters", "length" (params `min`, `max`).
    """
    digits = to_halfwidth(raw).translate(_BANK_STRIP)
    if not digits:
        raise ValidationError("bank_account", "empty")
    if _DIGITS_RE.match(digits) is None:
        raise ValidationError("bank_account", "characters")
    if not BANK_MIN_DIGITS <= len(digits) <= BANK_MAX_DIGITS:
        raise ValidationError("bank_account", "length", min=BANK_MIN_DIGITS, max=BANK_MAX_DIGITS)
    return digits


# --- WeChat / QQ ---------------------------------------------------------------------------------
# WeChat and QQ ids have no public validation library; these are Tencent's published rules.
_WECHAT_LABEL_RE: Final = re.compile(
    r"^(?:微信号|微信|wechat\s*id|wechat|weixin|wx)\s*[:：]\s*", re.IGNORECASE
)
_QQ_LABEL_RE: Final = re.compile(r"^(?:qq号码|qq号|qq)\s*[:：]?\s*", re.IGNORECASE)
_WECHAT_RE: Final = re.compile(r"^[A-Za-z][A-Za-z0-9_-]{5,19}$")
_WECHAT_CHARS_RE: Final = re.compile(r"^[A-Za-z0-9_-]+$")
_PHONEISH_RE: Final = re.compile(r"^\+?[0-9 \-()]+$")
_QQ_STRIP: Final = str.maketrans("", "", " -")


def _qq_problem(digits: str) -> str | None:
    if _DIGITS_RE.match(digits) is None:
        return "not_a_number"
    if digits[0] == "0":
        return "leading_zero"
    if not 5 <= len(digits) <= 11:
        return "length"
    return None


def normalize_wechat(raw: str) -> str:
    """A WeChat id: 6–20 characters, starting with a letter, then letters, digits, "_" or "-".

    Many people use their mobile number or QQ number as WeChat id; those are accepted too and
    returned cleaned (a Chinese mobile as its 11 digits, another phone in E.164, a QQ number as
    digits). Case is kept as typed.

    Reasons: "empty", "characters", "must_start_with_letter", "length" (params `min`, `max`),
    "invalid_number" (all digits, but neither a mobile nor a QQ number).
    """
    text = _WECHAT_LABEL_RE.sub("", to_halfwidth(raw), count=1)
    if not text:
        raise ValidationError("wechat", "empty")
    if _WECHAT_RE.match(text) is not None:
        return text
    if _PHONEISH_RE.match(text) is not None:
        compact = text.translate(_QQ_STRIP).replace("(", "").replace(")", "")
        try:
            phone = normalize_phone(text)
        except ValidationError:
            pass
        else:
            # Registering WeChat needs a mobile; abroad (US, CA …) phonenumbers often cannot tell
            # mobile from landline and says "other", which is accepted there.
            if not phone.extension and (
                phone.kind == "mobile" or (phone.kind == "other" and phone.region not in ("CN", ""))
            ):
                return phone.national_digits if phone.region == "CN" else phone.e164
        if _qq_problem(compact) is None:
            return compact
        raise ValidationError("wechat", "invalid_number")
    if _WECHAT_CHARS_RE.match(text) is None:
        raise ValidationError("wechat", "characters")
    if not text[0].isascii() or not text[0].isalpha():
        raise ValidationError("wechat", "must_start_with_letter")
    raise ValidationError("wechat", "length", min=6, max=20)


def normalize_qq(raw: str) -> str:
    """A QQ number: 5–11 digits, no leading zero (spaces and dashes ignored).

    Reasons: "empty", "not_a_number", "leading_zero", "length".
    """
    digits = _QQ_LABEL_RE.sub("", to_halfwidth(raw), count=1).translate(_QQ_STRIP)
    if not digits:
        raise ValidationError("qq", "empty")
    problem = _qq_problem(digits)
    if problem is not None:
        raise ValidationError("qq", problem)
    return digits


# --- dates and birthdays -------------------------------------------------------------------------
# datetime.strptime / dateutil cannot express "2024年3月5日" or year-less vCard dates, and
# dateutil's fuzzy parser guesses (D/M vs M/D); these patterns accept only unambiguous forms.
_TIME_TAIL: Final = r"(?:[T ][0-9]{1,2}:[0-9]{2}(?::[0-9]{2}(?:\.[0-9]+)?)?(?:Z|[+-][0-9]{2}:?[0-9]{2})?)?"
_YMD_SEP_RE: Final = re.compile(
    r"^([0-9]{4})\s*([-/.])\s*([0-9]{1,2})\s*\2\s*([0-9]{1,2})" + _TIME_TAIL + "$"
)
_YMD_CN_RE: Final = re.compile(r"^([0-9]{4})\s*年\s*([0-9]{1,2})\s*月\s*([0-9]{1,2})\s*[日号]?$")
_YMD_COMPACT_RE: Final = re.compile(r"^([0-9]{4})([0-9]{2})([0-9]{2})$")
_MD_VCARD_RE: Final = re.compile(r"^--([0-9]{2})-?([0-9]{2})$")
_MD_SEP_RE: Final = re.compile(r"^([0-9]{1,2})\s*([-/.])\s*([0-9]{1,2})$")
_MD_CN_RE: Final = re.compile(r"^([0-9]{1,2})\s*月\s*([0-9]{1,2})\s*[日号]?$")
_MIN_YEAR: Final = 1900
_MAX_YEAR: Final = 2100
_APPLE_NO_YEAR: Final = 1604  # Apple Contacts writes a year-less birthday as 1604-MM-DD


def _match_ymd(text: str) -> tuple[int, int, int] | None:
    m = _YMD_SEP_RE.match(text)
    if m is not None:
        return int(m.group(1)), int(m.group(3)), int(m.group(4))
    for pattern in (_YMD_CN_RE, _YMD_COMPACT_RE):
        m = pattern.match(text)
        if m is not None:
            return int(m.group(1)), int(m.group(2)), int(m.group(3))
    return None


def _match_md(text: str) -> tuple[int, int] | None:
    m = _MD_VCARD_RE.match(text) or _MD_CN_RE.match(text)
    if m is not None:
        return int(m.group(1)), int(m.group(2))
    m = _MD_SEP_RE.match(text)
    if m is not None:
        return int(m.group(1)), int(m.group(3))
    return None


def parse_date(raw: str, *, field: str = "date") -> date:
    """Parse an unambiguous date: "2024-03-05" (optionally with a time, which is ignored),
    "2024/3/5", "2024.3.5", "2024年3月5日", "20240305"; full-width digits are fine.

    Day-first or month-first forms ("05/03/2024") are rejected as ambiguous. `field` names the
    field in the error. Reasons: "empty", "format", "out_of_range" (not a calendar date, or the
    year is outside 1900–2100).
    """
    text = to_halfwidth(raw)
    if not text:
        raise ValidationError(field, "empty")
    ymd = _match_ymd(text)
    if ymd is None:
        raise ValidationError(field, "format")
    year, month, day = ymd
    if not _MIN_YEAR <= year <= _MAX_YEAR:
        raise ValidationError(field, "out_of_range")
    try:
        return date(year, month, day)
    except ValueError:
        raise ValidationError(field, "out_of_range") from None


def parse_birthday(raw: str, *, today: date | None = None) -> Birthday:
    """Parse a birthday, with or without a year.

    Accepts everything `parse_date` does, plus year-less "--06-15", "--0615", "06-15", "6/15",
    "6月15日", and Apple's year-less marker year 1604 ("1604-06-15" → year None). February 29 is
    allowed without a year. A birthday in the future or before 1900 is "out_of_range".
    `today` is for tests. Reasons: "empty", "format", "out_of_range".
    """
    text = to_halfwidth(raw)
    if not text:
        raise ValidationError("birthday", "empty")
    year: int | None
    ymd = _match_ymd(text)
    if ymd is not None:
        year, month, day = ymd
        if year == _APPLE_NO_YEAR:
            year = None
    else:
        md = _match_md(text)
        if md is None:
            raise ValidationError("birthday", "format")
        year = None
        month, day = md
    try:
        born = date(2000 if year is None else year, month, day)  # 2000 is a leap year: Feb 29 ok
    except ValueError:
        raise ValidationError("birthday", "out_of_range") from None
    if year is not None and (year < _MIN_YEAR or born > (today or date.today())):
        raise ValidationError("birthday", "out_of_range")
    return Birthday(month=month, day=day, year=year)


# --- masks ---------------------------------------------------------------------------------------
# Masks never raise: they also run on values stored as invalid, whatever their shape.
_NON_DIGITS_RE: Final = re.compile(r"[^0-9]")


def mask_generic(text: str, keep_start: int = 1, keep_end: int = 1, mask: str = "*") -> str:
    """Keep `keep_start` leading and `keep_end` trailing characters, mask the rest one for one.
    A text too short to hide at least one character is masked entirely ("张三" → "张*" with
    keep_end=0)."""
    text = text.strip()
    keep_start, keep_end = max(keep_start, 0), max(keep_end, 0)
    if len(text) <= keep_start + keep_end:
        return mask * len(text)
    tail = text[len(text) - keep_end :] if keep_end else ""
    return text[:keep_start] + mask * (len(text) - keep_start - keep_end) + tail


def mask_phone(e164_or_national: str) -> str:
    """Mask a stored phone: a Chinese mobile keeps its first 3 and last 4 digits ("+8613800138000"
    or "13800138000" → "138****8000"), any other number only its last 4 ("******9988"). An
    extension (";ext=…" or the like) is not shown."""
    text = to_halfwidth(e164_or_national)
    ext = _PHONE_EXT_RE.search(text)
    if ext is not None:
        text = text[: ext.start()]
    digits = _NON_DIGITS_RE.sub("", text)
    national: str | None = digits  # None: a foreign number in E.164
    if text.startswith("+"):
        national = digits[2:] if digits.startswith("86") else None
    elif text.startswith("0086"):
        national = digits[4:]
    if national is not None and len(national) == 11 and national[0] == "1":
        return national[:3] + "****" + national[7:]
    shown = digits if national is None else national
    if len(shown) <= 4:
        return "*" * len(shown)
    return "*" * (len(shown) - 4) + shown[-4:]


def mask_email(email: str) -> str:
    """ "zhangsan@example.com" → "z*******@example.com": first character of the local part kept."""
    text = to_halfwidth(email)
    local, at, domain = text.rpartition("@")
    if not at or not local:
        return mask_generic(text)
    return mask_generic(local, 1, 0) + "@" + domain


def mask_id_number(value: str) -> str:
    """ "110101199003071234" → "1101**********1234" (first 4 and last 4 kept)."""
    text = to_halfwidth(value).translate(_ID_STRIP).upper()
    if len(text) <= 8:
        return "*" * len(text)
    return mask_generic(text, 4, 4)


def mask_bank_account(value: str) -> str:
    """Any card number → "**** **** **** 1234" (last 4 digits; the length is not revealed)."""
    digits = _NON_DIGITS_RE.sub("", to_halfwidth(value))
    last4 = digits[-4:] if len(digits) >= 8 else "****"
    return "**** **** **** " + last4


# --- building records ----------------------------------------------------------------------------
def build_contact(kind: ContactKind, raw: str, default_region: str = "CN", label: str = "") -> ContactPoint:
    """A normalized, valid ContactPoint — or, when validation fails, one with valid=False, the
    half-width trimmed text as `value`, the original text in `raw` and the reason in `problem`.

    A valid phone's value is E.164, with ";ext=<digits>" (RFC 3966) appended when there is an
    extension; an empty `label` becomes "mobile" or "landline" when the number's type is known.
    """
    try:
        if kind is ContactKind.PHONE:
            phone = normalize_phone(raw, default_region)
            if not label and phone.kind != "other":
                label = phone.kind
            value = phone.contact_value()
        elif kind is ContactKind.EMAIL:
            value = normalize_email(raw)
        elif kind is ContactKind.WECHAT:
            value = normalize_wechat(raw)
        elif kind is ContactKind.QQ:
            value = normalize_qq(raw)
        else:  # pragma: no cover - exhaustive over ContactKind
            raise ValueError(kind)
    except ValidationError as exc:
        return ContactPoint(
            kind=kind, value=to_halfwidth(raw), raw=raw, label=label, valid=False, problem=exc.reason
        )
    return ContactPoint(kind=kind, value=value, raw=raw, label=label)


def build_sensitive(kind: SensitiveKind, raw: str) -> SensitiveValue:
    """A normalized SensitiveValue, or one with valid=False, the half-width trimmed text as
    `value` and the reason in `problem`. A health note is any non-empty text, kept as typed
    (only trimmed: full-width punctuation in Chinese prose is left alone)."""
    try:
        if kind is SensitiveKind.ID_NUMBER:
            value = validate_id_number(raw).value
        elif kind is SensitiveKind.BANK_ACCOUNT:
            value = normalize_bank_account(raw)
        elif kind is SensitiveKind.HEALTH_NOTE:
            value = raw.strip()
            if not value:
                raise ValidationError("health_note", "empty")
        else:  # pragma: no cover - exhaustive over SensitiveKind
            raise ValueError(kind)
    except ValidationError as exc:
        return SensitiveValue(kind=kind, value=to_halfwidth(raw), valid=False, problem=exc.reason)
    return SensitiveValue(kind=kind, value=value)
