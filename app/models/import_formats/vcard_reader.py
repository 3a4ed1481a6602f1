"""vCard 2.1 / 3.0 / 4.0 import (phone address books: iPhone, Android, Outlook, Google).

Handled: line folding (RFC 6350 §3.2); vCard 2.1 QUOTED-PRINTABLE values with soft line breaks,
including breaks that split a multi-byte UTF-8 character ("=E5=BC=\\r\\n=A0" — the bytes are joined
before they are decoded) and a CHARSET parameter; bare 2.1 type parameters (TEL;CELL); escaped
`\\,` `\\;` `\\n`; Apple's `item1.` groups with `X-ABLabel` (also for WeChat/QQ labels) and
`IMPP;X-SERVICE-TYPE=WeChat`; year-less birthdays (`--06-15`, `--0615`, Apple's year 1604 and
`X-APPLE-OMIT-YEAR`); vCard 4.0 `tel:` URIs and GENDER.

A card that is not closed by END:VCARD (a truncated file, or a BEGIN inside an open card) is
reported as a problem and skipped; the complete cards before and after it are kept.

The cards become a table whose columns are the customer fields themselves (name, phones, …;
several values in one cell separated by " ::: "), so the column mapping is the identity.
"""

from __future__ import annotations

import base64
import binascii
import codecs
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Final

from app.models.errors import ImportFileUnreadable
from app.models.import_formats.encoding import decode
from app.models.import_formats.table import RowProblem, SourceRow, SourceTable

__all__ = ["VCARD_COLUMNS", "parse_vcards", "read_vcard"]

MULTI_SEPARATOR: Final = " ::: "
VCARD_COLUMNS: Final = (
    "name", "family_name", "given_name", "company", "title", "phones", "emails", "wechat", "qq",
    "addresses", "birthday", "gender", "notes", "tags", "external_id",
)  # fmt: skip
_MAX_LINE: Final = 1_000_000
_PROPERTY_RE: Final = re.compile(r"^(?:([A-Za-z0-9-]+)\.)?([A-Za-z0-9-]+)((?:;[^:]*)?):(.*)$", re.DOTALL)
_APPLE_LABEL_RE: Final = re.compile(r"^_\$!<(.*)>!\$_$")
_WECHAT_LABELS: Final = frozenset({"wechat", "weixin", "微信", "微信号"})
_QQ_LABELS: Final = frozenset({"qq", "qq号", "qq号码"})


@dataclass
class Property:
    group: str
    name: str  # upper case
    params: dict[str, list[str]]  # upper-case keys; bare 2.1 types under "TYPE"
    value: str  # unescaped later, per property


@dataclass
class Card:
    start_line: int
    props: list[Property] = field(default_factory=list)


def _split_params(text: str) -> dict[str, list[str]]:
    params: dict[str, list[str]] = {}
    for part in _split_unquoted(text, ";"):
        if not part:
            continue
        key, eq, val = part.partition("=")
        if not eq:
            params.setdefault("TYPE", []).append(key.strip().strip('"').lower())
            continue
        values = [v.strip().strip('"') for v in _split_unquoted(val, ",")]
        params.setdefault(key.strip().upper(), []).extend(v.lower() if key.strip().upper() == "TYPE" else v
                                                          for v in values)
    return params


def _split_unquoted(text: str, sep: str) -> list[str]:
    out: list[str] = []
    buf: list[str] = []
    quoted = False
    for ch in text:
        if ch == '"':
            quoted = not quoted
        if ch == sep and not quoted:
            out.append("".join(buf))
            buf = []
        else:
            buf.append(ch)
    out.append("".join(buf))
    return out


def _is_qp(params: dict[str, list[str]]) -> bool:
    values = [v.lower() for v in params.get("ENCODING", [])] + params.get("TYPE", [])
    return "quoted-printable" in values or "qp" in [v.lower() for v in params.get("ENCODING", [])]


def _logical_lines(text: str) -> Iterator[tuple[int, str]]:
    """Unfolded content lines with the number of their first physical line."""
    physical = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    current: list[str] = []
    start = 0
    qp_open = False
    for i, line in enumerate(physical, start=1):
        if current and qp_open:
            # vCard 2.1 soft line break: the previous QP line ended with "="
            current[-1] = current[-1][:-1]
            current.append(line.lstrip(" \t") if not line.startswith("=") and line[:1] in " \t" else line)
        elif current and line[:1] in (" ", "\t"):
            current.append(line[1:])
        else:
            if current:
                yield start, "".join(current)
            current, start = [line], i
        joined_tail = current[-1]
        qp_open = joined_tail.endswith("=") and _line_is_qp(current[0])
        if sum(len(p) for p in current) > _MAX_LINE:
            yield start, "".join(current)[:_MAX_LINE]
            current, qp_open = [], False
    if current:
        yield start, "".join(current)


def _line_is_qp(first: str) -> bool:
    head = first.split(":", 1)[0].upper()
    return "QUOTED-PRINTABLE" in head


def _cards(text: str, problems: list[RowProblem]) -> Iterator[Card]:
    card: Card | None = None
    for number, line in _logical_lines(text):
        stripped = line.strip()
        if not stripped:
            continue
        upper = stripped.upper()
        if upper == "BEGIN:VCARD":
            if card is not None:
                problems.append(RowProblem(card.start_line, "truncated"))
            card = Card(number)
            continue
        if upper == "END:VCARD":
            if card is not None:
                yield card
            card = None
            continue
        if card is None:
            continue
        m = _PROPERTY_RE.match(stripped)
        if m is None:
            continue
        card.props.append(Property(group=(m.group(1) or "").lower(), name=m.group(2).upper(),
                                   params=_split_params(m.group(3)[1:] if m.group(3) else ""), value=m.group(4)))
    if card is not None:
        problems.append(RowProblem(card.start_line, "truncated"))


def _decode_value(prop: Property) -> str:
    value = prop.value
    charset = (prop.params.get("CHARSET") or ["utf-8"])[0]
    try:
        codecs.lookup(charset)
    except LookupError:
        charset = "utf-8"
    if _is_qp(prop.params):
        raw = _qp_bytes(value)
        return _bytes_text(raw, charset)
    encoding = [v.lower() for v in prop.params.get("ENCODING", [])]
    if any(v in ("b", "base64") for v in encoding) and prop.name not in ("PHOTO", "LOGO", "SOUND", "KEY"):
        try:
            return _bytes_text(base64.b64decode(value, validate=False), charset)
        except (binascii.Error, ValueError):
            return ""
    return value


def _bytes_text(raw: bytes, charset: str) -> str:
    try:
        return raw.decode(charset)
    except UnicodeDecodeError:
        pass
    for fallback in ("utf-8", "gb18030"):
        try:
            return raw.decode(fallback)
        except UnicodeDecodeError:
            continue
    return raw.decode("utf-8", errors="replace")


def _qp_bytes(value: str) -> bytes:
    """Quoted-printable to bytes; "=XX" is a byte, a lone trailing "=" a soft break, anything
    else literal (lenient, as phone exports are)."""
    out = bytearray()
    i = 0
    n = len(value)
    while i < n:
        ch = value[i]
        if ch == "=":
            pair = value[i + 1:i + 3]
            if len(pair) == 2 and all(c in "0123456789abcdefABCDEF" for c in pair):
                out.append(int(pair, 16))
                i += 3
                continue
            if i == n - 1:
                break
        out.extend(ch.encode("utf-8", errors="replace"))
        i += 1
    return bytes(out)


def _unescape(text: str) -> str:
    if "\\" not in text:
        return text
    out = []
    i = 0
    while i < len(text):
        ch = text[i]
        if ch == "\\" and i + 1 < len(text):
            nxt = text[i + 1]
            out.append("\n" if nxt in "nN" else nxt)
            i += 2
            continue
        out.append(ch)
        i += 1
    return "".join(out)


def _components(text: str) -> list[str]:
    """Split a structured value (N, ADR, ORG) on unescaped ";" and unescape each part."""
    parts: list[str] = []
    buf: list[str] = []
    i = 0
    while i < len(text):
        ch = text[i]
        if ch == "\\" and i + 1 < len(text):
            buf.append(text[i:i + 2])
            i += 2
            continue
        if ch == ";":
            parts.append(_unescape("".join(buf)).strip())
            buf = []
        else:
            buf.append(ch)
        i += 1
    parts.append(_unescape("".join(buf)).strip())
    return parts


def _list_values(text: str) -> list[str]:
    """Split on unescaped "," (CATEGORIES)."""
    parts: list[str] = []
    buf: list[str] = []
    i = 0
    while i < len(text):
        ch = text[i]
        if ch == "\\" and i + 1 < len(text):
            buf.append(text[i:i + 2])
            i += 2
            continue
        if ch == ",":
            parts.append(_unescape("".join(buf)).strip())
            buf = []
        else:
            buf.append(ch)
        i += 1
    parts.append(_unescape("".join(buf)).strip())
    return [p for p in parts if p]


def _label(text: str) -> str:
    m = _APPLE_LABEL_RE.match(text.strip())
    return (m.group(1) if m else text).strip().lower()


def _birthday(value: str, params: dict[str, list[str]]) -> str:
    text = value.strip()
    omit = params.get("X-APPLE-OMIT-YEAR")
    if omit and text.startswith(omit[0]) and len(text) >= 8:
        rest = text[len(omit[0]):].lstrip("-")
        text = "--" + (rest[:2] + "-" + rest[2:4] if "-" not in rest else rest[:5])
    if "T" in text and not text.startswith("--"):
        text = text.split("T", 1)[0]
    if re.fullmatch(r"[0-9]{8}", text):
        text = text[:4] + "-" + text[4:6] + "-" + text[6:]
    return text


def _address(parts: list[str]) -> str:
    parts = parts + [""] * (7 - len(parts))
    pobox, ext, street, city, region, postal, country = parts[:7]
    cjk = any(_has_cjk(p) for p in (street, city, region, country))
    if cjk:
        return "".join(p for p in (country if country not in ("中国", "China", "CN") else "", region, city, street, ext) if p) \
            + (" " + postal if postal else "")
    line = ", ".join(p for p in (pobox, ext, street, city, " ".join(x for x in (region, postal) if x), country) if p)
    return line


def _has_cjk(text: str) -> bool:
    return any("\u3400" <= ch <= "\u9fff" for ch in text)


def card_fields(card: Card) -> dict[str, list[str]]:
    """The customer fields of one card (each a list of values)."""
    out: dict[str, list[str]] = {k: [] for k in VCARD_COLUMNS}
    labels: dict[str, str] = {}
    for prop in card.props:
        if prop.name == "X-ABLABEL" and prop.group:
            labels[prop.group] = _label(_unescape(_decode_value(prop)))
    fn = ""
    n_parts: list[str] = []
    for prop in card.props:
        name = prop.name
        if name in ("VERSION", "PRODID", "REV", "PHOTO", "LOGO", "SOUND", "KEY", "X-ABLABEL"):
            continue
        value = _decode_value(prop)
        label = labels.get(prop.group, "")
        if name == "FN":
            fn = _unescape(value).strip()
        elif name == "N":
            n_parts = _components(value)
        elif name == "ORG":
            org = [p for p in _components(value) if p]
            if org:
                out["company"].append(org[0])
        elif name == "TITLE":
            out["title"].append(_unescape(value).strip())
        elif name == "TEL":
            tel = _unescape(value).strip()
            if tel.lower().startswith("tel:"):
                tel = tel[4:]
            target = "wechat" if label in _WECHAT_LABELS else "qq" if label in _QQ_LABELS else "phones"
            out[target].append(tel)
        elif name == "EMAIL":
            out["emails"].append(_unescape(value).strip())
        elif name in ("X-WECHAT", "X-WEIXIN", "X-WECHAT-ID"):
            out["wechat"].append(_unescape(value).strip())
        elif name == "X-QQ":
            out["qq"].append(_unescape(value).strip())
        elif name in ("IMPP", "X-SOCIALPROFILE", "URL"):
            service = " ".join(prop.params.get("X-SERVICE-TYPE", []) + prop.params.get("TYPE", [])).lower()
            handle = _unescape(value).strip()
            handle = re.sub(r"^(?:x-apple|wechat|weixin|qq|im|xmpp):(?://)?", "", handle, flags=re.IGNORECASE)
            if "wechat" in service or "weixin" in service or label in _WECHAT_LABELS:
                out["wechat"].append(handle)
            elif "qq" in service.split() or label in _QQ_LABELS:
                out["qq"].append(handle)
        elif name == "ADR":
            line = _address(_components(value))
            if line:
                out["addresses"].append(line)
        elif name == "BDAY":
            out["birthday"].append(_birthday(_unescape(value), prop.params))
        elif name in ("GENDER", "X-GENDER"):
            out["gender"].append(_components(value)[0])
        elif name == "NOTE":
            out["notes"].append(_unescape(value).strip())
        elif name == "CATEGORIES":
            out["tags"].extend(t for t in _list_values(value) if t.lower() not in ("mycontacts", "starred in android"))
        elif name == "UID":
            out["external_id"].append(_unescape(value).strip())
    n_parts = n_parts + [""] * (5 - len(n_parts))
    family, given, middle = n_parts[0], n_parts[1], n_parts[2]
    if family or given:
        out["family_name"].append(family)
        out["given_name"].append(" ".join(p for p in (given, middle) if p))
    if not fn and (family or given):
        if _has_cjk(family + given):
            fn = family + given
        else:
            fn = " ".join(p for p in (given, middle, family) if p)
    if fn:
        out["name"].append(fn)
    return out


def parse_vcards(text: str) -> tuple[list[tuple[int, dict[str, list[str]]]], list[RowProblem]]:
    problems: list[RowProblem] = []
    cards = [(card.start_line, card_fields(card)) for card in _cards(text, problems)]
    return cards, problems


def read_vcard(data: bytes, *, encoding: str | None = None) -> SourceTable:
    decoded = decode(data, encoding)
    text = decoded.text
    if "BEGIN:VCARD" not in text.upper():
        raise ImportFileUnreadable(reason="not_vcard")
    problems: list[RowProblem] = []
    total = text.upper().count("BEGIN:VCARD")

    def stream() -> Iterator[SourceRow]:
        for card in _cards(text, problems):
            fields = card_fields(card)
            yield SourceRow(card.start_line, [MULTI_SEPARATOR.join(v for v in fields[k] if v) for k in VCARD_COLUMNS])

    return SourceTable(format="vcard", headers=list(VCARD_COLUMNS), rows=stream(), total_hint=total,
                       encoding=decoded.encoding, problems=problems)
