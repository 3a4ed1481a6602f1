"""Text encoding of an import file: decided from evidence, never guessed.

Order (docs/PRODUCT.md §5, issue 4):

1. a byte-order mark (UTF-8, UTF-16 LE/BE, UTF-32 LE/BE);
2. UTF-16 without a BOM, recognised by its NUL bytes on every other position;
3. strict UTF-8;
4. GB18030 (a superset of GBK and GB2312: what Chinese Windows and Excel write), accepted when the
   decoded text reads like Chinese — most of its Han characters among the 3,755 most common ones
   (GB2312 level 1). Big5 or Windows-1252 bytes also decode as GB18030 more often than not, but
   then mostly into rare characters, kana, Greek or private-use code points;
5. Big5 and Windows-1252, ranked by charset-normalizer and each checked for plausibility (Big5:
   Han text; Windows-1252: letters, not symbols).

Anything else raises `UnknownEncoding`: there is no silent Latin-1 fallback, which would import
every file "successfully" as mojibake. A file with NUL bytes that is not UTF-16/32 is binary.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass
from functools import lru_cache
from typing import Final

from app.models.errors import ImportFileUnreadable, UnknownEncoding

__all__ = ["Decoded", "decode", "detect_encoding", "SUPPORTED_ENCODINGS"]

SUPPORTED_ENCODINGS: Final = ("utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "utf-32",
                              "gb18030", "gbk", "gb2312", "big5", "big5hkscs", "cp1252", "shift_jis")

_BOMS: Final = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_SAMPLE_CHARS: Final = 20_000  # non-ASCII characters looked at when judging a decoding
_GB_MIN_COMMON: Final = 0.6
_BIG5_MIN_COMMON: Final = 0.6
_LATIN_MIN_LETTERS: Final = 0.7


@dataclass(frozen=True, slots=True)
class Decoded:
    text: str
    encoding: str  # the codec name used ("utf-8", "utf-16-le", "gb18030", "big5", "cp1252" …)
    bom: bool = False


@lru_cache(maxsize=1)
def _gb2312_level1() -> frozenset[str]:
    """The 3,755 most common simplified characters (GB2312 rows 16–55)."""
    chars = set()
    for lead in range(0xB0, 0xD8):
        for trail in range(0xA1, 0xFF):
            try:
                chars.add(bytes((lead, trail)).decode("gb2312"))
            except UnicodeDecodeError:
                continue
    return frozenset(chars)


@lru_cache(maxsize=1)
def _big5_frequent() -> frozenset[str]:
    """The 5,401 frequently used traditional characters (Big5 A440–C67E)."""
    chars = set()
    for lead in range(0xA4, 0xC7):
        for trail in [*range(0x40, 0x7F), *range(0xA1, 0xFF)]:
            if lead == 0xC6 and trail > 0x7E:
                continue
            try:
                chars.add(bytes((lead, trail)).decode("big5"))
            except UnicodeDecodeError:
                continue
    return frozenset(chars)


def _non_ascii_sample(text: str) -> str:
    out = []
    n = 0
    for ch in text:
        if ch > "\x7f":
            out.append(ch)
            n += 1
            if n >= _SAMPLE_CHARS:
                break
    return "".join(out)


def _is_han(ch: str) -> bool:
    return "\u3400" <= ch <= "\u9fff" or "\U00020000" <= ch <= "\U0003134f" or "\uf900" <= ch <= "\ufaff"


def _cjk_text_like(ch: str) -> bool:
    """Han, CJK punctuation, full-width forms: what Chinese text consists of besides ASCII."""
    return _is_han(ch) or "\u3000" <= ch <= "\u303f" or "\uff00" <= ch <= "\uffef" or ch in "·—…“”‘’"


def gb_score(sample: str) -> float:
    """Share of common simplified characters (plus CJK punctuation) among non-ASCII characters."""
    if not sample:
        return 1.0
    common = _gb2312_level1()
    good = sum(1 for ch in sample if ch in common or ("\u3000" <= ch <= "\u303f") or ("\uff00" <= ch <= "\uffef"))
    return good / len(sample)


def big5_score(sample: str) -> float:
    if not sample:
        return 1.0
    frequent = _big5_frequent()
    good = sum(1 for ch in sample if ch in frequent or ("\u3000" <= ch <= "\u303f") or ("\uff00" <= ch <= "\uffef"))
    return good / len(sample)


def latin_score(sample: str) -> float:
    """Share of letters among the non-ASCII characters (é, ü, ß …, not ¤ § ± symbols)."""
    if not sample:
        return 1.0
    return sum(1 for ch in sample if ch.isalpha() and not _is_han(ch)) / len(sample)


def _controls_ratio(text: str) -> float:
    head = text[:65536]
    if not head:
        return 0.0
    bad = sum(1 for ch in head if (ch < " " and ch not in "\t\r\n\f\v\x1a") or ch == "\x7f")
    return bad / len(head)


def _strict(data: bytes, encoding: str) -> str | None:
    try:
        return data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return None


def _utf16_without_bom(data: bytes) -> str | None:
    head = data[:8192]
    if len(head) < 4:
        return None
    zeros = head.count(0)
    if zeros * 5 < len(head):  # ASCII-heavy UTF-16 text is ~50 % NUL bytes; CJK-heavy less
        return None
    even = head[0::2].count(0)
    odd = head[1::2].count(0)
    if odd >= 0.9 * zeros and len(data) % 2 == 0:
        return "utf-16-le"
    if even >= 0.9 * zeros and len(data) % 2 == 0:
        return "utf-16-be"
    return None


def _charset_normalizer_order(data: bytes, candidates: list[str]) -> list[str]:
    """The candidates as charset-normalizer ranks them (best first); unranked ones keep their order."""
    try:
        from charset_normalizer import from_bytes
    except ImportError:  # pragma: no cover - a declared dependency
        return candidates
    try:
        matches = from_bytes(data[:262_144], cp_isolation=candidates, explain=False)
    except Exception:  # noqa: BLE001 - a third-party heuristic must never break an import
        return candidates
    ranked: list[str] = []
    for match in matches:
        name = codecs.lookup(match.encoding).name
        for cand in candidates:
            if codecs.lookup(cand).name == name and cand not in ranked:
                ranked.append(cand)
    return ranked + [c for c in candidates if c not in ranked]


def detect_encoding(data: bytes) -> Decoded:
    """Decode an import file's bytes as described in the module docstring.

    Raises `ImportFileUnreadable(reason="empty" | "binary")` or `UnknownEncoding`.
    """
    if not data.strip():
        raise ImportFileUnreadable(reason="empty")
    for bom, name in _BOMS:
        if data.startswith(bom):
            text = _strict(data[len(bom):], name)
            if text is None:
                raise UnknownEncoding(found=name)
            return _checked(Decoded(text, name, bom=True))
    utf16 = _utf16_without_bom(data)
    if utf16 is not None:
        text = _strict(data, utf16)
        if text is not None and _controls_ratio(text) < 0.01:
            return Decoded(text, utf16)
    if 0 in data[:65536]:
        raise ImportFileUnreadable(reason="binary")
    text = _strict(data, "utf-8")
    if text is not None:
        return _checked(Decoded(text, "utf-8"))
    gb = _strict(data, "gb18030")
    if gb is not None and gb_score(_non_ascii_sample(gb)) >= _GB_MIN_COMMON:
        return _checked(Decoded(gb, "gb18030"))
    decoded = {"gb18030": gb}
    for name in ("big5", "cp1252"):
        decoded[name] = _strict(data, name)
    candidates = [name for name, value in decoded.items() if value is not None]
    for name in _charset_normalizer_order(data, candidates):
        value = decoded[name]
        assert value is not None
        sample = _non_ascii_sample(value)
        if name == "big5" and big5_score(sample) >= _BIG5_MIN_COMMON and all(map(_cjk_text_like, sample)):
            return _checked(Decoded(value, "big5"))
        if name == "cp1252" and latin_score(sample) >= _LATIN_MIN_LETTERS:
            return _checked(Decoded(value, "cp1252"))
    raise UnknownEncoding()


def _checked(decoded: Decoded) -> Decoded:
    if _controls_ratio(decoded.text) >= 0.01:
        raise ImportFileUnreadable(reason="binary")
    return decoded


def decode(data: bytes, encoding: str | None = None) -> Decoded:
    """Decode with a given encoding (strictly; the wizard's override) or detect it."""
    if encoding is None or not encoding.strip():
        return detect_encoding(data)
    try:
        name = codecs.lookup(encoding.strip()).name
    except LookupError:
        raise UnknownEncoding(found="") from None
    if name in ("utf-8", "utf-8-sig") and data.startswith(codecs.BOM_UTF8):
        data, name = data[3:], "utf-8"
    if name == "utf-16" and not data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        name = "utf-16-le"
    text = _strict(data, name)
    if text is None:
        raise UnknownEncoding(found=name)
    if text.startswith("\ufeff"):
        text = text[1:]
    return _checked(Decoded(text, name))
