"""Search-as-you-type, pure half: what goes into the two FTS5 tables, and how a query is planned.

No I/O, no Qt. The vault keeps two *contentless* FTS5 tables whose rowid is the customer id::

    CREATE VIRTUAL TABLE search_trigram USING fts5(
        body, content='', contentless_delete=1, tokenize='trigram remove_diacritics 1');
    CREATE VIRTUAL TABLE search_tokens USING fts5(
        body, content='', contentless_delete=1,
        tokenize='unicode61 remove_diacritics 2', prefix='1 2 3 4');

(`contentless_delete=1`, SQLite >= 3.43, is what lets the vault DELETE/REPLACE a row when a customer
is edited, soft-deleted or erased; without it a contentless table cannot forget a customer.)

`search_texts(customer)` builds the two bodies, `plan_query(text)` turns what the user typed into
safe MATCH expressions for them, `name_pinyin` and `sort_key` are the Chinese-name helpers both use.

What each body holds (and never holds: sensitive fields, notes, custom fields, addresses):

* trigram body — newline-separated, lower-cased, half-width fields: name, company, emails, WeChat
  ids, QQ numbers, tags, and phone digit forms (E.164 digits without "+", the national form with
  its trunk prefix, e.g. "01065529988"). A field that is a substring of a field already present is
  left out (e.g. the national mobile "13800138000" inside "8613800138000"): substring search gives
  the same answers and the row is smaller. Queries never contain a newline, so no match can span
  two fields.
* tokens body — space-separated tokens: every CJK unigram and bigram of the name and of the
  company, the name's pinyin forms (full, initials, given-name full and initials, each syllable,
  the plain-reading alternates of polyphonic surnames), lower-cased western words of the name and
  company, email local parts, tags. ASCII tokens are only ever queried *by prefix*, so an ASCII
  token that is a prefix of another ASCII token of the same body ("zhang" next to "zhangsanfeng")
  is dropped; CJK tokens are queried exactly and are all kept.

Not done: simplified <-> traditional folding (no light converter is installed; pypinyin reads
traditional characters, so pinyin queries still find 張三), and tone-aware ordering.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from app.models.records import ContactKind, ContactPoint, Customer, NameOrder

__all__ = [
    "PinyinForms",
    "QueryPlan",
    "SearchTexts",
    "name_pinyin",
    "plan_query",
    "search_texts",
    "sort_key",
    "split_name",
]

# --- characters ----------------------------------------------------------------------------------
# Han ideographs: 〇, Extension A, the URO, compatibility ideographs, Extensions B–H.
_HAN = "\u3007\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U000323af"
# A Han run, or a run of other letters/digits (never "_", never Han).
_SEGMENT_RE = re.compile("([" + _HAN + "]+)|[^\\W_" + _HAN + "]+")
_HAN_ONLY_RE = re.compile("[" + _HAN + "]+")
_ASCII_WORD_RE = re.compile(r"[a-z0-9]+")
_PINYIN_QUERY_RE = re.compile(r"[a-z' ]*[a-z][a-z' ]*")
_PHONE_QUERY_RE = re.compile(r"[0-9 +\-().]*[0-9][0-9 +\-().]*")
_TOKEN_CHAR_RE = re.compile(r"[^\W_]")
_WORD_RE = re.compile(r"[^\W_]+")  # a unicode61 token: letters, digits (and Han) between separators
_NON_DIGIT_RE = re.compile(r"\D+")
_E164_RE = re.compile(r"\+(\d+)(.*)", re.DOTALL)
# C0/C1 controls and DEL become spaces before anything else looks at a query.
_CONTROLS = {c: " " for c in [*range(0x00, 0x20), *range(0x7F, 0xA0)]}

_APOSTROPHES = {ord("'"): None, ord("\u2019"): None}  # O'Brien, O’Brien sort as "obrien"
_SORT_SEPARATOR = "\x1f"  # below " " and every letter: "an na\x1f安娜" < "anna\x1fAnna"
_MAX_QUERY_CHARS = 100  # longer input is cut: nobody types more, and it bounds MATCH cost


def _clean(text: str) -> str:
    """NFKC (full-width -> half-width), lower case, whitespace collapsed to single spaces."""
    if not text:
        return ""
    if not text.isascii():
        text = unicodedata.normalize("NFKC", text)
    return " ".join(text.lower().split())


def _fold_diacritics(word: str) -> str:
    decomposed = unicodedata.normalize("NFKD", word)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


# --- pinyin --------------------------------------------------------------------------------------
@lru_cache(maxsize=32768)
def _char_pinyin(char: str) -> str:
    """Toneless pinyin of one Han character out of context ("" if pypinyin has no reading).

    pypinyin on whole strings does phrase segmentation and costs tens of µs per name; per-character
    lookups cached here cost ~0.1 µs. The price is that a polyphonic character in a *given* name
    gets its most common reading (pypinyin's first), not a phrase-aware one. `ü` is spelled `v`
    ("lv" for 吕), as pinyin input methods do. `Style.FIRST_LETTER` is not called: for every
    reading it equals the first letter of the `Style.NORMAL` form, so initials are derived from it.
    """
    from pypinyin import Style, lazy_pinyin  # lazy: the dictionaries take ~0.15 s to load

    readings = lazy_pinyin(char, style=Style.NORMAL)
    reading = readings[0] if readings else ""
    return reading if reading.isascii() and reading.isalpha() else ""


# pypinyin has no surname mode: its reading of a character alone is the commonest one (单 -> dan,
# 曾 -> ceng, 翟 -> di), which is wrong when the character is a family name. This hand-written table
# gives the surname reading ("syllable syllable") and the plain readings people commonly type
# instead. The surname reading drives `full`, `initials` and `sort_key`; each alternate is indexed
# too (as an extra full form and initials, see `PinyinForms.alternates`) so that both "shanli" and
# "danli" find 单丽 — a user who does not know the surname reading still finds the customer, and
# the extra token costs only the few rows with such a surname. Simplified and traditional forms.
_SURNAME_READINGS_SPEC: dict[str, tuple[str, tuple[str, ...]]] = {
    "单": ("shan", ("dan",)),
    "單": ("shan", ("dan",)),
    "曾": ("zeng", ()),  # pypinyin says "ceng"; nobody types that for the surname
    "解": ("xie", ("jie",)),
    "仇": ("qiu", ("chou",)),
    "朴": ("piao", ("pu",)),
    "区": ("ou", ("qu",)),
    "區": ("ou", ("qu",)),
    "查": ("zha", ("cha",)),
    "盖": ("ge", ("gai",)),
    "蓋": ("ge", ("gai",)),
    "繁": ("po", ("fan",)),
    "覃": ("qin", ("tan",)),
    "乐": ("yue", ("le",)),
    "樂": ("yue", ("le",)),
    "员": ("yun", ("yuan",)),
    "員": ("yun", ("yuan",)),
    "召": ("shao", ("zhao",)),
    "缪": ("miao", ("mou", "miu")),
    "繆": ("miao", ("mou", "miu")),
    "种": ("chong", ("zhong",)),
    "種": ("chong", ("zhong",)),
    "重": ("chong", ("zhong",)),
    "秘": ("bi", ("mi",)),
    "翟": ("zhai", ("di",)),
    "阚": ("kan", ("han",)),
    "闞": ("kan", ("han",)),
    "能": ("nai", ("neng",)),
    "句": ("gou", ("ju",)),
    "薄": ("bo", ("bao",)),
    "黑": ("he", ("hei",)),
    "粘": ("nian", ("zhan",)),
    "祭": ("zhai", ("ji",)),
    "折": ("she", ("zhe",)),
    "佴": ("nai", ("er",)),
    "藏": ("zang", ("cang",)),
    "洗": ("xian", ("xi",)),
    # compound surnames whose reading differs from the characters' plain readings
    "长孙": ("zhang sun", ("chang sun",)),
    "長孫": ("zhang sun", ("chang sun",)),
    "尉迟": ("yu chi", ("wei chi",)),
    "尉遲": ("yu chi", ("wei chi",)),
    "万俟": ("mo qi", ("wan qi", "wan si")),
    "萬俟": ("mo qi", ("wan qi", "wan si")),
    "澹台": ("tan tai", ("dan tai",)),
    "澹臺": ("tan tai", ("dan tai",)),
    "子车": ("zi ju", ("zi che",)),
    "子車": ("zi ju", ("zi che",)),
}
_SURNAME_READINGS: dict[str, tuple[tuple[str, ...], tuple[tuple[str, ...], ...]]] = {
    surname: (tuple(reading.split()), tuple(tuple(alt.split()) for alt in alternates))
    for surname, (reading, alternates) in _SURNAME_READINGS_SPEC.items()
}

# Two-character (复姓) surnames, simplified and traditional. A name of three or more Han characters
# starting with one of these splits after two characters; so does a bare two-character name equal
# to one. Left out on purpose because "surname + given name" is far likelier: 乐正 (乐 + 正…), 宗政
# (宗 + 政…), 单于 (a title, not a living surname). An explicit `family_name` always wins.
_COMPOUND_SURNAMES = frozenset(
    """
    欧阳 歐陽 太史 端木 上官 司马 司馬 东方 東方 独孤 獨孤 南宫 南宮 万俟 萬俟 闻人 聞人 夏侯
    诸葛 諸葛 尉迟 尉遲 公羊 赫连 赫連 澹台 澹臺 皇甫 濮阳 濮陽 公冶 太叔 申屠 公孙 公孫 慕容
    仲孙 仲孫 钟离 鍾離 長孫 长孙 宇文 司徒 鲜于 鮮于 司空 闾丘 閭丘 子车 子車 亓官 司寇 巫马
    巫馬 公西 颛孙 顓孫 壤驷 壤駟 公良 漆雕 宰父 谷梁 穀梁 拓跋 夹谷 夾谷 轩辕 軒轅 令狐 段干
    百里 呼延 东郭 東郭 南门 南門 羊舌 微生 梁丘 左丘 西门 西門 第五 即墨 达奚 達奚 褚师 褚師
    """.split()
)


@dataclass(frozen=True, slots=True)
class PinyinForms:
    """Pinyin of a name (all lower-case ASCII, toneless, `ü` as `v`).

    For 张三丰: full "zhangsanfeng", initials "zsf", given_full "sanfeng", given_initials "sf",
    syllables ("zhang", "san", "feng"). `alternates` holds extra full forms and initials built from
    the plain readings of a polyphonic surname (单雄信 -> ("danxiongxin", "dxx")). `words` holds the
    lower-cased non-Han words of the name ("Anna 李" -> ("anna",)); for a name without Han
    characters every other field is empty.
    """

    full: str = ""
    initials: str = ""
    given_full: str = ""
    given_initials: str = ""
    syllables: tuple[str, ...] = ()
    alternates: tuple[str, ...] = ()
    words: tuple[str, ...] = ()


def _surname_split(han: str, family_name: str) -> int:
    """How many leading characters of the Han name `han` are the family name."""
    if family_name and len(family_name) < len(han) and han.startswith(family_name):
        return len(family_name)
    if len(han) >= 2 and han[:2] in _COMPOUND_SURNAMES:
        return 2
    return 1


def split_name(name: str) -> tuple[str, str, NameOrder]:
    """(family name, given name, order) of a name as typed: Chinese names family-first (compound
    surnames from the same table pinyin uses), western names given-first."""
    name = name.strip()
    if _HAN_ONLY_RE.search(name) and " " not in name:
        surname_len = 2 if name[:2] in _COMPOUND_SURNAMES and len(name) > 2 else 1
        return name[:surname_len], name[surname_len:], NameOrder.EASTERN
    parts = name.split()
    if len(parts) >= 2:
        return parts[-1], " ".join(parts[:-1]), NameOrder.WESTERN
    return "", name, NameOrder.EASTERN if _HAN_ONLY_RE.search(name) else NameOrder.WESTERN


def _han_readings(han: str, family_name: str) -> tuple[list[str], int, tuple[tuple[str, ...], ...]]:
    """Per-character readings of a Han name with the surname reading applied ("" = no reading),
    the surname length, and the alternate surname readings."""
    split = _surname_split(han, family_name)
    readings = [_char_pinyin(c) for c in han]
    special = _SURNAME_READINGS.get(han[:split])
    if special is None:
        return readings, split, ()
    reading, alternates = special
    readings[:split] = reading
    return readings, len(reading), alternates


@lru_cache(maxsize=65536)
def _name_pinyin(name: str, family_name: str) -> PinyinForms:
    han_parts: list[str] = []
    words: list[str] = []
    for m in _SEGMENT_RE.finditer(_clean(name)):
        if m.group(1) is not None:
            han_parts.append(m.group(1))
        else:
            words.append(m.group(0))
    if not han_parts:
        return PinyinForms(words=tuple(words))
    han = "".join(han_parts)  # "张 三" and "阿依古丽·买买提" read as one name
    family = "".join(_clean(family_name).split())
    readings, split, alternates = _han_readings(han, family if _HAN_ONLY_RE.fullmatch(family) else "")
    syllables = tuple(r for r in readings if r)
    given = [r for r in readings[split:] if r]
    alt_forms: list[str] = []
    for alt in alternates:
        alt_syllables = [*alt, *given]
        alt_forms.append("".join(alt_syllables))
        alt_forms.append("".join(s[0] for s in alt_syllables))
    return PinyinForms(
        full="".join(syllables),
        initials="".join(s[0] for s in syllables),
        given_full="".join(given),
        given_initials="".join(s[0] for s in given),
        syllables=syllables,
        alternates=tuple(dict.fromkeys(alt_forms)),
        words=tuple(words),
    )


def name_pinyin(name: str, family_name: str = "") -> PinyinForms:
    """Pinyin forms of a (possibly mixed) name; see `PinyinForms`.

    The Han characters of the name are read as one Chinese name whose first character — or first
    two, for a compound surname such as 欧阳 — is the family name; `family_name`, when given and a
    proper leading part of the Han characters, decides the split instead (e.g. 乐 + 正阳 vs 乐正).
    The family name gets its surname reading (单 shan, 曾 zeng, 尉迟 yuchi…).
    """
    return _name_pinyin(name, family_name)


# --- sort key ------------------------------------------------------------------------------------
def sort_key(name: str) -> str:
    """A plain string key (compare with `<` or SQLite's BINARY collation) ordering names by sound.

    Chinese names sort by pinyin syllable by syllable, with surname readings (张三 -> "zhang san",
    单丽 -> "shan li"); western names alphabetically, case- and accent-insensitively ("Émile" ->
    "emile"); so 安娜 ("an na") sorts right next to "Anna" and 张三 among the Z names. Words and
    syllables are separated by one space, which sorts before every letter (word-by-word order:
    "ann lee" < "anna"). Apostrophes vanish ("O'Brien" -> "obrien"), other punctuation separates
    words. Characters with no ASCII form (a Han character pypinyin cannot read, Cyrillic, …) keep
    themselves and so sort after all ASCII keys. Ties (same sound: 张三 / 章三 / "Zhang San") are
    broken by the original name after a U+001F separator, so the key is total and deterministic.
    Tones are ignored. ~3 µs for a three-character Chinese name with warm caches, ~1 µs western.
    """
    if name.isascii():
        words = _ASCII_WORD_RE.findall(name.lower().replace("'", ""))
        return " ".join(words) + _SORT_SEPARATOR + name
    parts: list[str] = []
    first_han = True
    for m in _SEGMENT_RE.finditer(_clean(name).translate(_APOSTROPHES)):
        run = m.group(1)
        if run is None:
            word = m.group(0)
            parts.append(word if word.isascii() else _fold_diacritics(word))
        elif first_han:
            first_han = False
            readings = _han_readings(run, "")[0]
            parts.extend(r or c for r, c in zip(readings, run, strict=True))
        else:
            parts.extend(_char_pinyin(c) or c for c in run)
    return " ".join(parts) + _SORT_SEPARATOR + name


# --- FTS bodies ----------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class SearchTexts:
    """The two FTS5 bodies of one customer (see the module docstring)."""

    trigram: str
    tokens: str


def _contact_text(contact: ContactPoint) -> str:
    """The normalized value of a valid contact point, the user's raw text of an invalid one."""
    if contact.valid:
        return contact.value
    return contact.raw or contact.value


def _national_digits(e164_digits: str) -> str:
    """National dialling digits (with trunk prefix) of an E.164 number given without its "+"."""
    if e164_digits.startswith("86"):  # fast path, the common case: no parsing
        nsn = e164_digits[2:]
        if (len(nsn) == 11 and nsn[0] == "1" and nsn[1] != "0") or nsn.startswith(("400", "800")):
            return nsn  # mobiles (1[3-9]x xxxx xxxx) and 400/800 service numbers: no trunk 0
        return "0" + nsn  # landlines, Beijing's 10 included: 010 6552 9988
    import phonenumbers  # lazy: only foreign numbers need the metadata

    try:
        number = phonenumbers.parse("+" + e164_digits)
    except phonenumbers.NumberParseException:
        return ""
    national = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
    return _NON_DIGIT_RE.sub("", national)


def _phone_forms(contact: ContactPoint) -> list[str]:
    if contact.valid:
        m = _E164_RE.fullmatch(contact.value.strip())
        if m is not None:
            digits = m.group(1)
            forms = [digits, _national_digits(digits)]
            extension = _NON_DIGIT_RE.sub("", m.group(2))  # ";ext=123", " x123" …
            if extension:
                forms.append(extension)
            return forms
    return [_NON_DIGIT_RE.sub("", _contact_text(contact))]


def _add_grams(tokens: dict[str, None], han: str) -> None:
    """Every unigram and bigram of a Han run."""
    for i, char in enumerate(han):
        tokens[char] = None
        if i:
            tokens[han[i - 1 : i + 1]] = None


def _split_tokens(cjk: dict[str, None], words: Iterable[str]) -> tuple[tuple[str, ...], ...]:
    ascii_words: dict[str, None] = {}
    other: dict[str, None] = {}
    for word in words:
        if word.isascii():
            ascii_words[word] = None
        else:
            other[word] = None
    ascii_words.pop("", None)
    return tuple(cjk), tuple(ascii_words), tuple(other)


@lru_cache(maxsize=65536)
def _name_tokens(name: str, family_name: str) -> tuple[tuple[str, ...], ...]:
    """(CJK grams, ASCII tokens, other tokens) of a name; cached: names repeat a lot (张伟)."""
    forms = _name_pinyin(name, family_name)
    cjk: dict[str, None] = {}
    _add_grams(cjk, "".join(_HAN_ONLY_RE.findall(_clean(name))))
    return _split_tokens(
        cjk,
        (
            forms.full,
            forms.initials,
            forms.given_full,
            forms.given_initials,
            *forms.syllables,
            *forms.alternates,
            *forms.words,
        ),
    )


@lru_cache(maxsize=16384)
def _company_tokens(company: str) -> tuple[tuple[str, ...], ...]:
    """(CJK grams, ASCII words, other words) of a cleaned company name; cached: companies repeat."""
    cjk: dict[str, None] = {}
    words: list[str] = []
    for m in _SEGMENT_RE.finditer(company):
        if m.group(1) is not None:
            _add_grams(cjk, m.group(1))
        else:
            words.append(m.group(0))
    return _split_tokens(cjk, words)


def search_texts(customer: Customer) -> SearchTexts:
    """Build the trigram and tokens bodies for a customer (see the module docstring).

    Only the name, company, contact points, tags and the pinyin of the name are used; sensitive
    fields, notes, custom fields and addresses never are.
    """
    name = _clean(customer.name)
    company = _clean(customer.company)
    fields: list[str] = [name, company]
    words: list[str] = []  # email local parts and tags, split as unicode61 will split them
    for contact in customer.contacts:
        if contact.kind == ContactKind.PHONE:
            fields.extend(_phone_forms(contact))
        else:
            text = _clean(_contact_text(contact))
            fields.append(text)
            if contact.kind == ContactKind.EMAIL:
                words.extend(_WORD_RE.findall(text.partition("@")[0]))
    for tag in customer.tags:
        text = _clean(tag)
        fields.append(text)
        words.extend(_WORD_RE.findall(text))  # whole tags ("vip", "重要"); longer: trigram body

    kept: list[str] = []
    for text in sorted(fields, key=len, reverse=True):  # longest first: substrings are dropped
        if text and not any(text in k for k in kept):
            kept.append(text)
    kept.sort(key=fields.index)  # back to field order (name first): stable, readable bodies

    family = customer.family_name if customer.name_order == NameOrder.EASTERN else ""
    name_cjk, name_ascii, name_other = _name_tokens(customer.name, family)
    company_cjk, company_ascii, company_other = _company_tokens(company)
    _, extra_ascii, extra_other = _split_tokens({}, words)
    ascii_tokens = _drop_prefixes({*name_ascii, *company_ascii, *extra_ascii})
    tokens = dict.fromkeys(
        (*name_cjk, *company_cjk, *ascii_tokens, *name_other, *company_other, *extra_other)
    )
    return SearchTexts(trigram="\n".join(kept), tokens=" ".join(tokens))


def _drop_prefixes(tokens: set[str]) -> list[str]:
    """ASCII tokens minus those that are a prefix of another (they add nothing to prefix queries).

    In sorted order every string having `t` as a prefix immediately follows `t`, so comparing
    neighbours is enough.
    """
    if not tokens:
        return []
    ordered = sorted(tokens)
    return [t for t, after in zip(ordered, [*ordered[1:], ""], strict=True) if not after.startswith(t)]


# --- query planning ------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class QueryPlan:
    """How to run one search-as-you-type query.

    `kind` is one of:

    * "empty"     — nothing to search: show the normal list;
    * "cjk_short" — one or two Han characters: exact token on `search_tokens`;
    * "text"      — anything else of >= 3 characters: substring on `search_trigram` (or, under 3
      characters, a token prefix on `search_tokens`);
    * "digits"    — a phone/QQ fragment: substring on `search_trigram`; with fewer than 4 digits both
      expressions are None (too broad) and the UI shows "type at least 4 digits";
    * "pinyin"    — ASCII letters (pinyin, initials, western name, email start): token prefix on
      `search_tokens`, plus substring on `search_trigram` from 3 characters on.

    `trigram_match` / `tokens_match` are complete FTS5 MATCH expressions built only from
    double-quoted strings (inner `"` doubled), `*`, `OR`, `AND` and parentheses; the user's text is
    never spliced in raw. Bind them as parameters, never format them into SQL.

    How the caller runs a plan (page size n, `before` = None for the first page):

    1. For each expression that is not None, run against its own table::

           SELECT rowid FROM search_trigram WHERE search_trigram MATCH :expr
               [AND rowid < :before] ORDER BY rowid DESC LIMIT :n
           SELECT rowid FROM search_tokens  WHERE search_tokens  MATCH :expr
               [AND rowid < :before] ORDER BY rowid DESC LIMIT :n

       FTS5 walks its doclists in rowid order and stops at the limit, so this is fast for broad
       queries; never use OFFSET or `ORDER BY rank` (contentless tables have no useful rank and
       ranking would read every match).
    2. Merge the two descending id lists (a two-way merge, dropping duplicates) and keep the first
       n: the top n of the union is always inside the union of the two top-n lists.
    3. Drop deleted customers (`deleted_at IS NOT NULL`) when loading the page's rows — better
       still, the vault deletes a customer's FTS rows on soft delete and re-inserts them on
       restore, so nothing needs filtering. If filtering left fewer than n rows and a stream
       returned n ids, fetch again from the smallest id *seen* (not the smallest id kept).
    4. The next page uses `before` = the smallest id of the merged page (before filtering).
       Results are newest customer first; the UI may re-sort one page by `sort_key`.
    """

    kind: str
    trigram_match: str | None = None
    tokens_match: str | None = None


def _quote(text: str) -> str:
    """An FTS5 string: double-quoted with inner double quotes doubled."""
    return '"' + text.replace('"', '""') + '"'


def plan_query(q: str) -> QueryPlan:
    """Classify what the user typed and build safe MATCH expressions (see `QueryPlan`).

    The text is converted to half-width (NFKC), lower-cased, control characters become spaces,
    whitespace is collapsed, and it is cut to 100 characters.
    """
    text = " ".join(unicodedata.normalize("NFKC", q).translate(_CONTROLS).lower().split())
    text = text[:_MAX_QUERY_CHARS].strip()
    if not text:
        return QueryPlan("empty")
    compact = text.replace(" ", "")

    if _HAN_ONLY_RE.fullmatch(compact):
        if len(compact) <= 2:
            return QueryPlan("cjk_short", tokens_match=_quote(compact))
        return QueryPlan("text", trigram_match=_quote(compact))

    if _PHONE_QUERY_RE.fullmatch(text):
        digits = _NON_DIGIT_RE.sub("", text)
        if len(digits) < 4:
            return QueryPlan("digits")
        match = _quote(digits)
        if digits.startswith("00") and len(digits) >= 7:  # 0086…: international prefix typed
            match += " OR " + _quote(digits[2:])
        return QueryPlan("digits", trigram_match=match)

    if _PINYIN_QUERY_RE.fullmatch(text):
        words = text.replace("'", " ").split()  # "zhang san", "xi'an", "o'brien"
        tokens = _quote("".join(words)) + "*"
        if len(words) > 1:  # also each word as a prefix, in any order: "smith john", "zhang san"
            tokens += " OR (" + " AND ".join(_quote(w) + "*" for w in words) + ")"
        trigram = _quote(text) if len(text) >= 3 else None
        return QueryPlan("pinyin", trigram_match=trigram, tokens_match=tokens)

    if len(text) >= 3:
        return QueryPlan("text", trigram_match=_quote(text))
    if _TOKEN_CHAR_RE.search(text):
        return QueryPlan("text", tokens_match=_quote(text) + "*")
    return QueryPlan("text")  # one or two punctuation characters: nothing to look for
