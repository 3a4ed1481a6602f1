"""Import readers and the import policy, without a vault: encodings, CSV dialects, Excel cells,
vCard quirks, header mapping for the tools' layouts, row policy, the email fast path."""

from __future__ import annotations

import codecs

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.models.errors import ImportFileUnreadable, UnknownEncoding
from app.models.export_formats import to_csv
from app.models.import_formats import csv_reader, vcard_reader
from app.models.import_formats.encoding import decode, detect_encoding
from app.models.import_formats.header_mapping import (
    is_known_header,
    mapping_from_template,
    normalize_header,
    suggest_mapping,
)
from app.models.import_formats.prepare import RowPlan, contact_point, map_row
from app.models.import_formats.table import CellKind, SourceRow
from app.models.import_formats.xlsx_reader import cell_text
from app.models.records import ContactKind
from app.models.validation import build_contact

CHINESE = "姓名,手机,地址\n张三,13800138000,北京市朝阳区建国路88号\n李四,13900139000,上海市浦东新区世纪大道100号\n"


# --- encodings -----------------------------------------------------------------------------------
@pytest.mark.parametrize(("data", "expected"), [
    (CHINESE.encode("utf-8"), "utf-8"),
    (codecs.BOM_UTF8 + CHINESE.encode("utf-8"), "utf-8"),
    (codecs.BOM_UTF16_LE + CHINESE.encode("utf-16-le"), "utf-16-le"),
    (codecs.BOM_UTF16_BE + CHINESE.encode("utf-16-be"), "utf-16-be"),
    (CHINESE.encode("utf-16-le"), "utf-16-le"),
    (CHINESE.encode("utf-16-be"), "utf-16-be"),
    (codecs.BOM_UTF32_LE + CHINESE.encode("utf-32-le"), "utf-32-le"),
    (CHINESE.encode("gb18030"), "gb18030"),
    ((CHINESE + "刘䶮,13700137000,𠀀源路1号\n").encode("gb18030"), "gb18030"),
    ("姓名,電話,地址\n陳大文,0912345678,台北市信義區市府路1號\n林美玲,0922333444,高雄市前鎮區中山二路2號\n"
     .encode("big5"), "big5"),
    ("Name,Company\nZoë Müller,Café Zürich\nFrançois Dupré,Crème Brûlée\n".encode("cp1252"), "cp1252"),
])
def test_detect_encoding(data: bytes, expected: str) -> None:
    decoded = detect_encoding(data)
    assert decoded.encoding == expected
    assert "\ufeff" not in decoded.text[:1]
    assert decoded.text.splitlines()[0].startswith(("姓名", "Name"))


def test_gb18030_text_is_never_mistaken_for_big5_or_latin() -> None:
    text = "客户名称,联系人,手机\n星辰贸易有限公司,刘䶮,13800138000\n"
    assert detect_encoding(text.encode("gb18030")).text == text


def test_no_silent_latin1_fallback() -> None:
    junk = "姓名\n".encode() + bytes(range(0x80, 0xA0)) * 10
    with pytest.raises(UnknownEncoding):
        detect_encoding(junk)


@pytest.mark.parametrize(("data", "reason"), [(b"", "empty"), (b" \r\n ", "empty"), (bytes(range(32)) * 50, "binary")])
def test_unreadable(data: bytes, reason: str) -> None:
    with pytest.raises(ImportFileUnreadable) as exc:
        detect_encoding(data)
    assert exc.value.params["reason"] == reason


def test_explicit_encoding_is_strict() -> None:
    assert decode("张三".encode("gbk"), "GBK").text == "张三"
    with pytest.raises(UnknownEncoding):
        decode("张三".encode("gbk"), "utf-8")
    with pytest.raises(UnknownEncoding):
        decode(b"abc", "no-such-codec")


# --- CSV -----------------------------------------------------------------------------------------
def rows_of(data: bytes, **kw: object) -> tuple[list[str], list[list[str]]]:
    table = csv_reader.read_csv(data, is_header=is_known_header, **kw)  # type: ignore[arg-type]
    return table.headers, [r.cells for r in table.rows]


def test_sep_line_and_quoted_newlines() -> None:
    data = b'sep=;\r\nName;Notes\r\n"Anna";"line one\r\nline two; still notes"\r\n'
    table = csv_reader.read_csv(data, is_header=is_known_header)
    assert table.delimiter == ";"
    rows = list(table.rows)
    assert table.headers == ["Name", "Notes"] and rows[0].cells == ["Anna", "line one\r\nline two; still notes"]
    assert rows[0].number == 3


@pytest.mark.parametrize("delimiter", [",", ";", "\t", "|"])
def test_delimiter_sniffing(delimiter: str) -> None:
    text = delimiter.join(["姓名", "手机", "邮箱"]) + "\n" + delimiter.join(["张三", "13800138000", "a@b.com"]) + "\n"
    headers, rows = rows_of(text.encode())
    assert headers == ["姓名", "手机", "邮箱"] and rows == [["张三", "13800138000", "a@b.com"]]


def test_title_rows_above_the_header_are_skipped() -> None:
    headers, rows = rows_of("客户名单（2024）\n\n姓名,手机\n张三,13800138000\n".encode())
    assert headers == ["姓名", "手机"] and rows == [["张三", "13800138000"]]


def test_two_row_header_in_csv() -> None:
    text = "姓名,联系方式,,备注\n,手机,邮箱,\n张三,13800138000,a@b.com,x\n"
    table = csv_reader.read_csv(text.encode(), is_header=is_known_header)
    assert table.headers == ["姓名", "手机", "邮箱", "备注"] and table.parent_headers[1:3] == ["联系方式", "联系方式"]
    assert [r.cells for r in table.rows] == [["张三", "13800138000", "a@b.com", "x"]]


def test_short_rows_are_padded_and_cells_stay_text() -> None:
    headers, rows = rows_of(b"ID,Name,Phone\n0001234567890123456789,Ann\n")
    assert rows == [["0001234567890123456789", "Ann", ""]]


# --- Excel cells ---------------------------------------------------------------------------------
def test_excel_cell_text() -> None:
    import datetime as dt

    assert cell_text(13800138000) == ("13800138000", CellKind.NUMBER)
    assert cell_text(13800138000.0) == ("13800138000", CellKind.NUMBER)
    assert cell_text(1.10105194912310e17) == ("1.1010519491231E+17", CellKind.IMPRECISE)
    assert cell_text(1234567890123456789) == ("1234567890123456789", CellKind.IMPRECISE)
    assert cell_text(dt.datetime(1990, 3, 5)) == ("1990-03-05", CellKind.DATE)
    assert cell_text(" 张三 ") == ("张三", None)
    assert cell_text(None) == ("", None)
    assert cell_text(float("nan")) == ("", None)


# --- vCard ---------------------------------------------------------------------------------------
def test_quoted_printable_soft_break_inside_a_character() -> None:
    encoded = "".join(f"={b:02X}" for b in "张三丰".encode())
    card = ("BEGIN:VCARD\r\nVERSION:2.1\r\nFN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:" + encoded[:10] + "=\r\n"
            + encoded[10:] + "\r\nTEL;CELL:13800138000\r\nEND:VCARD\r\n")
    cards, problems = vcard_reader.parse_vcards(card)
    assert problems == [] and cards[0][1]["name"] == ["张三丰"] and cards[0][1]["phones"] == ["13800138000"]


def test_vcard_folding_escapes_and_groups() -> None:
    card = ("BEGIN:VCARD\nVERSION:3.0\nFN:Very Long\n  Name\nNOTE:a\\, b\\; c\\nd\nN:Long;Very;;;\n"
            "item1.TEL:123456789\nitem1.X-ABLabel:WeChat\nitem2.EMAIL:x@y.com\nitem2.X-ABLabel:_$!<Work>!$_\n"
            "END:VCARD\n")
    cards, _ = vcard_reader.parse_vcards(card)
    fields = cards[0][1]
    assert fields["name"] == ["Very Long Name"] and fields["notes"] == ["a, b; c\nd"]
    assert fields["wechat"] == ["123456789"] and fields["emails"] == ["x@y.com"] and fields["phones"] == []


@pytest.mark.parametrize(("bday", "expected"), [
    ("--06-15", "--06-15"), ("--0615", "--0615"), ("19900315", "1990-03-15"), ("1990-03-15T00:00:00Z", "1990-03-15")])
def test_vcard_birthdays(bday: str, expected: str) -> None:
    cards, _ = vcard_reader.parse_vcards("BEGIN:VCARD\nFN:x\nBDAY:" + bday + "\nEND:VCARD\n")
    assert cards[0][1]["birthday"] == [expected]


def test_apple_omit_year() -> None:
    cards, _ = vcard_reader.parse_vcards("BEGIN:VCARD\nFN:x\nBDAY;X-APPLE-OMIT-YEAR=1604:1604-06-15\nEND:VCARD\n")
    assert cards[0][1]["birthday"] == ["--06-15"]


def test_truncated_vcards_are_problems() -> None:
    text = "BEGIN:VCARD\nFN:a\nEND:VCARD\nBEGIN:VCARD\nFN:b\nBEGIN:VCARD\nFN:c\nEND:VCARD\nBEGIN:VCARD\nFN:d"
    cards, problems = vcard_reader.parse_vcards(text)
    assert [c[1]["name"] for c in cards] == [["a"], ["c"]]
    assert [p.number for p in problems] == [4, 9]


def test_not_a_vcard() -> None:
    with pytest.raises(ImportFileUnreadable):
        vcard_reader.read_vcard(b"hello")


# --- header mapping ------------------------------------------------------------------------------
LAYOUTS = {
    "chinese crm": (["客户名称", "联系人", "手机", "电话", "微信号", "邮箱", "身份证号", "地址", "客户类型", "客户来源",
                     "跟进状态", "最后跟进时间"],
                    ["company", "name", "phones", "phones", "wechat", "emails", "id_number", "addresses", "tags",
                     "source", "custom:跟进状态", "last_follow_up"]),
    "google new": (["First Name", "Last Name", "Organization Name", "E-mail 1 - Label", "E-mail 1 - Value",
                    "Phone 1 - Value", "Address 1 - City", "Labels"],
                   ["given_name", "family_name", "company", "", "emails", "phones", "city|a1", "tags"]),
    "google old": (["Name", "Given Name", "Family Name", "Group Membership", "E-mail 1 - Type", "E-mail 1 - Value",
                    "Phone 1 - Type", "Phone 1 - Value", "Organization 1 - Name", "Organization 1 - Title"],
                   ["name", "given_name", "family_name", "tags", "", "emails", "", "phones", "company", "title"]),
    "outlook": (["First Name", "Last Name", "Company", "Job Title", "Business Street", "Business City",
                 "Business Phone", "Mobile Phone", "E-mail Address", "E-mail 2 Address", "Categories", "Priority"],
                ["given_name", "family_name", "company", "title", "street|business", "city|business", "phones",
                 "phones", "emails", "emails", "tags", ""]),
    "hubspot": (["Record ID", "First Name", "Email", "Phone Number", "Company Name", "State/Region", "Lifecycle Stage"],
                ["external_id", "given_name", "emails", "phones", "company", "province", "custom:Lifecycle Stage"]),
    "salesforce loader": (["ID", "FIRSTNAME", "LASTNAME", "MOBILEPHONE", "EMAIL", "MAILINGCITY", "ACCOUNTID",
                           "LEADSOURCE", "BIRTHDATE"],
                          ["external_id", "given_name", "family_name", "phones", "emails", "city", "", "source",
                           "birthday"]),
    "zoho": (["Record Id", "Account Name", "Secondary Email", "Mobile", "Mailing Zip", "Tag", "Date of Birth"],
             ["external_id", "company", "emails", "phones", "postal_code", "tags", "birthday"]),
    "traditional": (["姓名", "電話", "電子郵件", "備註"], ["name", "phones", "emails", "notes"]),
}


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_suggested_mapping_for_tool_layouts(layout: str) -> None:
    headers, expected = LAYOUTS[layout]
    assert suggest_mapping(headers) == expected


def test_normalize_and_templates() -> None:
    assert normalize_header(" 邮箱（选填）* ") == "邮箱"
    assert normalize_header("E-mail 2 Address") == "email2address"
    assert mapping_from_template(["甲", "Phone"], {"甲": "name"}) == ["name", "phones"]
    assert suggest_mapping(["custom.会员卡"]) == ["custom:会员卡"]


# --- the row policy ------------------------------------------------------------------------------
def mapped(headers: list[str], cells: list[str], kinds: dict[int, CellKind] | None = None):  # type: ignore[no-untyped-def]
    return map_row(RowPlan(headers, suggest_mapping(headers)), SourceRow(7, cells, kinds))


def test_blank_summary_and_identity() -> None:
    assert mapped(["姓名", "手机"], ["", ""]).status == "blank"
    assert mapped(["姓名", "数量"], ["合计", "12"]).status == "summary"
    assert mapped(["姓名", "数量"], ["Total:", "12"]).status == "summary"
    out = mapped(["姓名", "备注", "生日"], ["", "只有备注", "1990-01-01"])
    assert out.status == "rejected" and out.reason == "no_identity"
    out = mapped(["姓名", "手机"], ["", "13800138000"])
    assert out.status == "ok" and out.values["name"] == "13800138000" and ("name", "missing") in out.flags


def test_several_values_in_one_cell() -> None:
    out = mapped(["姓名", "手机", "邮箱", "标签"],
                 ["张三", "13800138000；010-65529988;ext=12 ::: 13900139000", "a@b.com, c@d.com", "VIP、老客户|大客户"])
    assert out.values["phones"] == ["13800138000", "010-65529988;ext=12", "13900139000"]
    assert out.values["emails"] == ["a@b.com", "c@d.com"]
    assert out.values["tags"] == ["VIP", "老客户", "大客户"]


def test_damaged_numbers_are_flagged_never_valid() -> None:
    out = mapped(["姓名", "电话", "身份证号", "客户编号"], ["张三", "755860012", "1.10105E+17", "1.23457E+18"],
                 {1: CellKind.NUMBER})
    assert ("phone", "leading_zero_lost") in out.flags and ("id_number", "scientific_notation") in out.flags
    assert ("external_id", "scientific_notation") in out.flags and "custom" not in out.values
    assert {(f, r) for f, _raw, r in out.invalid} == {("phones", "leading_zero_lost"),
                                                       ("id_number", "scientific_notation")}
    ok = mapped(["姓名", "手机"], ["张三", "13800138000"], {1: CellKind.NUMBER})
    assert ok.flags == [] and ok.values["phones"] == ["13800138000"]


def test_dates_gender_and_names() -> None:
    out = mapped(["First Name", "Last Name", "Gender", "Birthday"], ["Anna", "Lee", "F", "32937"],
                 {3: CellKind.NUMBER})
    assert out.values["name"] == "Anna Lee" and out.values["gender"] == "female"
    assert out.values["birthday"] == "1990-03-05"  # an Excel serial date
    out = mapped(["姓", "名", "性别", "生日"], ["欧阳", "娜娜", "保密", "1990-13-01"])
    assert out.values["name"] == "欧阳娜娜" and out.values["gender"] == "" and ("birthday", "out_of_range") in out.flags


# --- the email fast path is exactly build_contact -------------------------------------------------
EMAILS = ["a@b.com", "Zhang.San@QQ.COM", "x@localhost", "a..b@x.com", "a@-x.com", "a@b.test", "o'brien@x.ie",
          "a+tag@gmail.com", "mailto:a@b.com", "a@b", "@b.com", "a@123.45", "a@xn--fiqs8s.com", "x" * 65 + "@b.com",
          "a@" + "b" * 64 + ".com", " a@b.com ", "a@b.com.", "a@.b.com", "ａ@b.com", "a@b.co_m", "-a@x.com"]


@pytest.mark.parametrize("raw", EMAILS)
def test_email_fast_path_matches_validation(raw: str) -> None:
    assert contact_point(ContactKind.EMAIL, raw, "CN") == build_contact(ContactKind.EMAIL, raw, "CN")


@settings(max_examples=300, deadline=None)
@given(st.from_regex(r"[A-Za-z0-9._%+'-]{0,12}@[A-Za-z0-9.-]{0,12}", fullmatch=True))
def test_email_fast_path_fuzz(raw: str) -> None:
    assert contact_point(ContactKind.EMAIL, raw, "CN") == build_contact(ContactKind.EMAIL, raw, "CN")


def test_export_csv_reads_back() -> None:
    data = to_csv([{"name": "=1+1", "phones": ["+8613800138000"]}], ["name", "phones"])
    headers, rows = rows_of(data)
    assert headers == ["name", "phones"] and rows == [["'=1+1", "+8613800138000"]]
    assert mapped(headers, rows[0]).values["name"] == "=1+1"


# --- the Chinese mobile fast path is exactly build_contact ----------------------------------------
PHONES = ["13800138000", "138 0013 8000", "138-0013-8000", "+86 138 0013 8000", "+8613800138000", "008613800138000",
          "8613800138000", "10086", "1380013800", "138001380000", "+1 415 555 2671", "010-65529988", "12345678901",
          " 13800138000", "13800138000 ", "１３８００１３８０００", "+86-138-0013-8000", "86 138 0013 8000"]


@pytest.mark.parametrize("raw", PHONES)
@pytest.mark.parametrize("region", ["CN", "US"])
def test_phone_fast_path_matches_validation(raw: str, region: str) -> None:
    assert contact_point(ContactKind.PHONE, raw, region) == build_contact(ContactKind.PHONE, raw, region)


@settings(max_examples=500, deadline=None)
@given(st.one_of(
    st.from_regex(r"\A(\+86|0086|86|\+86 |\+86-)?1[0-9]{2}[ -]?[0-9]{4}[ -]?[0-9]{4}\Z"),
    st.from_regex(r"\A\+?[0-9][0-9 -]{5,16}\Z"),
    st.text(alphabet="0123456789+- ０１８６()", max_size=20),
), st.sampled_from(["CN", "US", "HK"]))
def test_phone_fast_path_fuzz(raw: str, region: str) -> None:
    """Whenever the fast path answers, its answer is build_contact's (here: always compared)."""
    assert contact_point(ContactKind.PHONE, raw, region) == build_contact(ContactKind.PHONE, raw, region)


def test_phone_fast_path_for_every_five_digit_prefix() -> None:
    for prefix in range(11000, 20000, 1):
        raw = f"{prefix}{(prefix * 7919) % 1000000:06d}"
        assert contact_point(ContactKind.PHONE, raw, "CN") == build_contact(ContactKind.PHONE, raw, "CN"), raw
