"""app.models.validation: normalization, validation and masking of customer fields (PRODUCT §2)."""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import date

import phonenumbers
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.models.errors import ValidationError
from app.models.records import Birthday, ContactKind, SensitiveKind
from app.models.validation import (
    IdNumber,
    PhoneNumber,
    _number_type_once,
    build_contact,
    build_sensitive,
    mask_bank_account,
    mask_email,
    mask_generic,
    mask_id_number,
    mask_phone,
    normalize_bank_account,
    normalize_email,
    normalize_phone,
    normalize_qq,
    normalize_wechat,
    parse_birthday,
    parse_date,
    to_halfwidth,
    validate_id_number,
)

TODAY = date(2025, 6, 1)

# --- helpers -------------------------------------------------------------------------------------
_WEIGHTS = [2 ** (17 - i) % 11 for i in range(17)]  # GB 11643: W_i = 2^(i-1) mod 11, i = 18..2


def id_check(first17: str) -> str:
    """Check character computed independently of the module (ISO 7064 MOD 11-2)."""
    total = sum(int(c) * w for c, w in zip(first17, _WEIGHTS, strict=True))
    return "10X98765432"[total % 11]


def make_id(region: str, birth: str, seq: str) -> str:
    first17 = region + birth + seq
    return first17 + id_check(first17)


def reason_of(fn: Callable[[], object]) -> str:
    with pytest.raises(ValidationError) as info:
        fn()
    return info.value.reason


# A real-looking 身份证号: 深圳南山 440305, born 1990-03-07, sequence 123 (odd → male).
SZ_MALE = make_id("440305", "19900307", "123")
# The example from GB 11643-1999 itself.
GB_EXAMPLE = "11010519491231002X"


# --- to_halfwidth --------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("１３８ ００１３ ８０００", "138 0013 8000"),
        ("ＺｈａｎｇＳａｎ＠ＱＱ．ｃｏｍ", "ZhangSan@QQ.com"),
        ("\u3000张三\u3000", "张三"),
        ("张三（北京）", "张三(北京)"),
        ("138\u00a00013\u00a08000", "138 0013 8000"),
        ("\u202a+86 138 0013 8000\u202c", "+86 138 0013 8000"),  # iOS wraps copied numbers
        ("\ufeff\u200bzhang\u200dsan\u2060", "zhangsan"),
        ("客户保险箱", "客户保险箱"),
        ("  ", ""),
    ],
)
def test_to_halfwidth(raw: str, expected: str) -> None:
    assert to_halfwidth(raw) == expected


@given(st.text())
def test_to_halfwidth_is_idempotent_and_leaves_no_fullwidth_ascii(text: str) -> None:
    once = to_halfwidth(text)
    assert to_halfwidth(once) == once
    assert not any(0xFF01 <= ord(c) <= 0xFF5E or c in "\u3000\u00a0\u200b\ufeff" for c in once)


@given(st.text(alphabet=st.characters(min_codepoint=0x4E00, max_codepoint=0x9FFF), min_size=1))
def test_to_halfwidth_leaves_cjk_untouched(text: str) -> None:
    assert to_halfwidth(text) == text


# --- phones --------------------------------------------------------------------------------------
MOBILE = PhoneNumber("+8613800138000", "", "mobile", "13800138000", "CN")


@pytest.mark.parametrize(
    "raw",
    [
        "13800138000",
        "１３８ ００１３ ８０００",
        "+86 138-0013-8000",
        "+86 (138) 0013 8000",
        "0086 13800138000",
        "86 13800138000",
        "8613800138000",
        "＋８６－１３８－００１３－８０００",
        "手机：138 0013 8000",
        "\u202a+86 138 0013 8000\u202c",
    ],
)
def test_normalize_phone_chinese_mobile(raw: str) -> None:
    assert normalize_phone(raw) == MOBILE


@pytest.mark.parametrize(
    ("raw", "extension"),
    [
        ("010-65529988", ""),
        ("(010) 6552 9988", ""),
        ("０１０－６５５２　９９８８", ""),
        ("+86 10 6552 9988", ""),
        ("+86 (0)10 6552 9988", ""),
        ("010-6552 9988 转 123", "123"),
        ("010-65529988转123", "123"),
        ("010-65529988-分机123", "123"),
        ("010-65529988 转分机 123", "123"),
        ("010-65529988 内线 123", "123"),
        ("010-65529988 ext. 123", "123"),
        ("010-65529988 x123", "123"),
        ("010-65529988#123", "123"),
        ("010-65529988-123", "123"),  # a plain dash only when the number is invalid without it
        ("tel:+86-10-6552-9988;ext=123", "123"),
        ("+861065529988;ext=123", "123"),  # what build_contact stores reads back
    ],
)
def test_normalize_phone_beijing_landline(raw: str, extension: str) -> None:
    assert normalize_phone(raw) == PhoneNumber("+861065529988", extension, "landline", "1065529988", "CN")


def test_normalize_phone_other_chinese_landlines_and_services() -> None:
    assert normalize_phone("021-6888 8888").e164 == "+862168888888"
    sz = normalize_phone("0755-8888 8888")
    assert (sz.e164, sz.kind, sz.national_digits) == ("+8675588888888", "landline", "75588888888")
    assert normalize_phone("400-810-8888").kind == "other"


def test_normalize_phone_foreign_numbers() -> None:
    us = normalize_phone("(+1) 650-253-0000 x12")
    assert us == PhoneNumber("+16502530000", "12", "other", "6502530000", "US")  # US: mobile or fixed
    assert normalize_phone("+1 650-253-0000 ext. 12").extension == "12"
    uk = normalize_phone("+44 20 7946 0958")
    assert (uk.e164, uk.kind, uk.region) == ("+442079460958", "landline", "GB")
    assert normalize_phone("+44 7911 123456").kind == "mobile"
    assert normalize_phone("+800 1234 5678").region == ""  # non-geographic
    # A national number read with another default region.
    assert normalize_phone("(650) 253-0000", default_region="us").e164 == "+16502530000"
    assert normalize_phone("020 7946 0958", default_region="GB").e164 == "+442079460958"


def test_normalize_phone_mobile_keeps_a_typed_extension() -> None:
    assert normalize_phone("13800138000 转 8") == PhoneNumber(
        "+8613800138000", "8", "mobile", "13800138000", "CN"
    )


@pytest.mark.parametrize(
    ("raw", "reason"),
    [
        ("", "empty"),
        ("  \u3000 ", "empty"),
        ("无", "not_a_number"),
        ("abc", "not_a_number"),
        ("zhangsan_88", "not_a_number"),
        ("1-800-FLOWERS", "not_a_number"),  # no vanity letters on Chinese data
        ("138-0013-8000 张三", "not_a_number"),
        ("转 123", "not_a_number"),
        ("+", "not_a_number"),
        ("138 0013 800", "too_short"),
        ("1380013800", "too_short"),
        ("+86 138 0013 800", "too_short"),
        ("138001380000", "too_long"),
        ("+86 138 0013 8000 0000 0000", "too_long"),
        ("1" * 200, "too_long"),
        ("12345", "too_short"),
        ("+44 12", "too_short"),
        ("6552 9988", "missing_area_code"),
        ("+999 1234 5678", "invalid_country_code"),
        ("+86 12345678901", "invalid"),  # 11 digits but no such mobile block
        ("010-1234", "invalid"),
    ],
)
def test_normalize_phone_rejects(raw: str, reason: str) -> None:
    err = reason_of(lambda: normalize_phone(raw))
    assert err == reason


def test_normalize_phone_error_has_no_user_value() -> None:
    with pytest.raises(ValidationError) as info:
        normalize_phone("138 0013 800")
    assert info.value.params == {"field": "phone", "reason": "too_short"}
    assert "138" not in str(info.value)


def full_parse(national: str) -> phonenumbers.PhoneNumber | None:
    """The generic phonenumbers route: the parsed number if it is valid, else None."""
    try:
        parsed = phonenumbers.parse(national, "CN")
    except phonenumbers.NumberParseException:  # e.g. 1xxxx read as a carrier-selection prefix
        return None
    return parsed if phonenumbers.is_valid_number(parsed) else None


def assert_fast_path_agrees(national: str) -> None:
    expected = full_parse(national)
    try:
        got = normalize_phone(national)
    except ValidationError:
        assert expected is None, national
    else:
        assert expected is not None, national
        assert got.e164 == phonenumbers.format_number(expected, phonenumbers.PhoneNumberFormat.E164)
        is_mobile = phonenumbers.number_type(expected) == phonenumbers.PhoneNumberType.MOBILE
        assert (got.kind == "mobile") == is_mobile, national


def test_fast_mobile_path_agrees_with_phonenumbers_for_every_5_digit_prefix() -> None:
    """The cached 7-digit-block lookup must give what the full parser gives."""
    rng = random.Random(11643)
    for prefix in range(11000, 20000):
        assert_fast_path_agrees(str(prefix) + "".join(rng.choice("0123456789") for _ in range(6)))


@settings(max_examples=300)
@given(st.from_regex(r"\A1[1-9][0-9]{9}\Z"))
def test_fast_mobile_path_agrees_with_phonenumbers(national: str) -> None:
    assert_fast_path_agrees(national)


PHONEISH = st.text(alphabet="0123456789０１２３+-()（） .#x转分机ext;=:", max_size=40)


def assert_single_pass_agrees(number: phonenumbers.PhoneNumber) -> None:
    """`_number_type_once` is exactly is_valid_number + number_type + region_code_for_number."""
    number_type, region = _number_type_once(number)
    valid = phonenumbers.is_valid_number(number)
    assert (number_type != phonenumbers.PhoneNumberType.UNKNOWN) == valid, number
    if valid:
        assert number_type == phonenumbers.number_type(number), number
        assert region == phonenumbers.region_code_for_number(number), number


def test_single_pass_agrees_with_phonenumbers_on_every_example_number() -> None:
    """Every region's example number of every type (valid), and the same numbers with a digit
    dropped or added (mostly invalid), including the shared country codes +1, +7, +44, +262 …"""
    for region in sorted(phonenumbers.SUPPORTED_REGIONS):
        for number_type in range(phonenumbers.PhoneNumberType.UNKNOWN):
            example = phonenumbers.example_number_for_type(region, number_type)
            if example is None:
                continue
            assert_single_pass_agrees(example)
            nsn = example.national_number
            for variant in (nsn // 10, nsn * 10 + 7):
                assert_single_pass_agrees(phonenumbers.PhoneNumber(country_code=example.country_code,
                                                                   national_number=variant))


@settings(max_examples=400, deadline=None)
@given(st.one_of(st.from_regex(r"\A\+[1-9][0-9]{5,15}\Z"), st.from_regex(r"\A0[1-9][0-9]{6,11}\Z"),
                 st.from_regex(r"\A\+(1|7|44|61|262|590|599|86|852)[0-9]{6,11}\Z"), PHONEISH))
def test_single_pass_agrees_with_phonenumbers(raw: str) -> None:
    try:
        number = phonenumbers.parse(raw, "CN")
    except phonenumbers.NumberParseException:
        return
    assert_single_pass_agrees(number)


@settings(max_examples=400, deadline=None)
@given(st.one_of(st.from_regex(r"\A\+[1-9][0-9]{5,15}\Z"), st.from_regex(r"\A0[1-9][0-9 -]{6,12}\Z"), PHONEISH),
       st.sampled_from(["CN", "US", "GB", "HK"]))
def test_normalize_phone_agrees_with_the_library_calls(raw: str, region: str) -> None:
    """A number normalize_phone accepts is valid for phonenumbers, with its type and E.164 form."""
    try:
        got = normalize_phone(raw, region)
    except ValidationError:
        return
    number = phonenumbers.parse(got.e164, None)
    assert phonenumbers.is_valid_number(number)
    assert got.e164 == phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
    expected_kind = {phonenumbers.PhoneNumberType.MOBILE: "mobile",
                     phonenumbers.PhoneNumberType.FIXED_LINE: "landline"}.get(phonenumbers.number_type(number), "other")
    assert got.kind == expected_kind


@given(st.one_of(st.text(), PHONEISH))
def test_normalize_phone_raises_only_validation_error(raw: str) -> None:
    try:
        result = normalize_phone(raw)
    except ValidationError as exc:
        assert exc.field == "phone"
    else:
        assert result.e164.startswith("+")
        assert result.kind in ("mobile", "landline", "other")


# --- email ---------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("zhangsan@example.com", "zhangsan@example.com"),
        ("ZhangSan@Example.COM", "ZhangSan@example.com"),  # local part's case kept
        ("ｚｈａｎｇｓａｎ＠ｑｑ．ｃｏｍ", "zhangsan@qq.com"),
        ("  li.si@163.com  ", "li.si@163.com"),
        ("wangwu@qq。com", "wangwu@qq.com"),  # IME full stop in the domain
        ("mailto:Zhao@Company.CN", "Zhao@company.cn"),
        ("张三@例子.中国", "张三@例子.中国"),  # IDN kept in Unicode form
        ("info@Bücher.DE", "info@bücher.de"),
    ],
)
def test_normalize_email(raw: str, expected: str) -> None:
    assert normalize_email(raw) == expected


@pytest.mark.parametrize(
    ("raw", "reason"),
    [
        ("", "empty"),
        ("zhangsan", "missing_at"),
        ("zhangsan@", "missing_at"),
        ("@qq.com", "missing_at"),
        ("zhang san@qq.com", "syntax"),
        ("zhangsan@qq", "syntax"),
        ("zhangsan@@qq.com", "syntax"),
        ("zhangsan@localhost", "syntax"),
        ("zhangsan@qq..com", "syntax"),
    ],
)
def test_normalize_email_rejects(raw: str, reason: str) -> None:
    assert reason_of(lambda: normalize_email(raw)) == reason


@given(st.one_of(st.text(), st.text(alphabet="ab.@-_。＠xn--中", max_size=30)))
def test_normalize_email_raises_only_validation_error(raw: str) -> None:
    try:
        normalize_email(raw)
    except ValidationError as exc:
        assert exc.field == "email"


# --- 身份证号 ---------------------------------------------------------------------------------------
def test_validate_id_number_gb_example() -> None:
    assert validate_id_number(GB_EXAMPLE) == IdNumber(GB_EXAMPLE, date(1949, 12, 31), "female", "110105")


def test_validate_id_number_computed_male() -> None:
    result = validate_id_number(SZ_MALE, today=TODAY)
    assert result == IdNumber(SZ_MALE, date(1990, 3, 7), "male", "440305")


@pytest.mark.parametrize(
    "raw",
    [
        "11010519491231002x",
        "１１０１０５１９４９１２３１００２Ｘ",
        "110105 19491231 002X",
        "110105-19491231-002X",
    ],
)
def test_validate_id_number_cleans_input(raw: str) -> None:
    assert validate_id_number(raw).value == GB_EXAMPLE


def test_validate_id_number_upgrades_legacy_15_digits() -> None:
    result = validate_id_number("110105491231002")
    assert result.value == GB_EXAMPLE
    assert result.birth_date == date(1949, 12, 31)
    assert result.gender == "female"
    legacy_male = validate_id_number("440305900307123")
    assert legacy_male.value == SZ_MALE
    assert legacy_male.gender == "male"


def test_validate_id_number_accepts_hong_kong_macau_taiwan_permits() -> None:
    for region in ("810000", "820000", "830000"):
        assert validate_id_number(make_id(region, "19850101", "001")).region_code == region


def test_validate_id_number_wrong_check_digit() -> None:
    wrong = SZ_MALE[:17] + ("0" if SZ_MALE[17] != "0" else "1")
    assert reason_of(lambda: validate_id_number(wrong)) == "checksum"


@pytest.mark.parametrize(
    ("raw", "reason"),
    [
        ("", "empty"),
        ("11010519491231002", "length"),
        ("1101051949123100211", "length"),
        ("11010519491231002Y", "characters"),
        ("11010519491231X02X", "characters"),
        ("11010549123100X", "characters"),
        (make_id("990105", "19491231", "002"), "region"),
        (make_id("010105", "19491231", "002"), "region"),
        ("990105491231002", "region"),
        (make_id("110105", "20300101", "002"), "birth_date"),  # in the future
        (make_id("110105", "18991231", "002"), "birth_date"),  # before 1900
        (make_id("110105", "19490230", "002"), "birth_date"),  # no 30 February
        (make_id("110105", "19491301", "002"), "birth_date"),
        ("110105491331002", "birth_date"),
    ],
)
def test_validate_id_number_rejects(raw: str, reason: str) -> None:
    assert reason_of(lambda: validate_id_number(raw, today=TODAY)) == reason


def test_validate_id_number_birth_today_is_fine_tomorrow_is_not() -> None:
    assert validate_id_number(make_id("110105", "20250601", "002"), today=TODAY).birth_date == TODAY
    tomorrow = make_id("110105", "20250602", "002")
    assert reason_of(lambda: validate_id_number(tomorrow, today=TODAY)) == "birth_date"


PROVINCES = ["11", "12", "31", "32", "44", "50", "65", "71", "81", "82"]


@given(
    province=st.sampled_from(PROVINCES),
    rest=st.from_regex(r"\A[0-9]{4}\Z"),
    birth=st.dates(min_value=date(1900, 1, 1), max_value=TODAY),
    seq=st.integers(min_value=0, max_value=999),
    position=st.integers(min_value=0, max_value=16),
    delta=st.integers(min_value=1, max_value=9),
)
def test_validate_id_number_round_trip_and_single_digit_typos(
    province: str, rest: str, birth: date, seq: int, position: int, delta: int
) -> None:
    value = make_id(province + rest, birth.strftime("%Y%m%d"), f"{seq:03d}")
    result = validate_id_number(value, today=TODAY)
    assert result.value == value
    assert result.birth_date == birth
    assert result.gender == ("male" if seq % 2 else "female")
    # MOD 11-2 detects every single-digit substitution.
    typo = value[:position] + str((int(value[position]) + delta) % 10) + value[position + 1 :]
    with pytest.raises(ValidationError):
        validate_id_number(typo, today=TODAY)


@given(st.one_of(st.text(), st.text(alphabet="0123456789Xx -", max_size=20)))
def test_validate_id_number_raises_only_validation_error(raw: str) -> None:
    try:
        result = validate_id_number(raw)
    except ValidationError as exc:
        assert exc.field == "id_number"
    else:
        assert len(result.value) == 18


# --- bank account --------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("6222 0212 3456 7890 128", "6222021234567890128"),
        ("6222-0212-3456-7890", "6222021234567890"),
        ("６２２２０２１２３４５６", "622202123456"),
        ("6217 0000 1000 0000 000", "6217000010000000000"),  # not Luhn-valid: accepted on purpose
    ],
)
def test_normalize_bank_account(raw: str, expected: str) -> None:
    assert normalize_bank_account(raw) == expected


@pytest.mark.parametrize(
    ("raw", "reason"),
    [
        ("", "empty"),
        ("6222 0212 3456 789X", "characters"),
        ("工商银行 6222021234567890", "characters"),
        ("62220212345", "length"),
        ("62220212345678901234", "length"),
    ],
)
def test_normalize_bank_account_rejects(raw: str, reason: str) -> None:
    assert reason_of(lambda: normalize_bank_account(raw)) == reason


def test_bank_account_length_error_carries_bounds_not_value() -> None:
    with pytest.raises(ValidationError) as info:
        normalize_bank_account("1234")
    assert info.value.params == {"field": "bank_account", "reason": "length", "min": 12, "max": 19}


# --- WeChat / QQ ---------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("zhangsan_88", "zhangsan_88"),
        ("ZhangSan-1990", "ZhangSan-1990"),
        ("ｗｘｉｄ＿ａｂｃ１２３", "wxid_abc123"),
        ("微信：zhangsan_88", "zhangsan_88"),
        ("WeChat: lisi2024", "lisi2024"),
        ("138 0013 8000", "13800138000"),  # a mobile used as WeChat id
        ("+86 138-0013-8000", "13800138000"),
        ("+1 650 253 0000", "+16502530000"),
        ("123456789", "123456789"),  # a QQ number used as WeChat id
        ("12345", "12345"),
    ],
)
def test_normalize_wechat(raw: str, expected: str) -> None:
    assert normalize_wechat(raw) == expected


@pytest.mark.parametrize(
    ("raw", "reason"),
    [
        ("", "empty"),
        ("zhang", "length"),
        ("z" * 21, "length"),
        ("1zhangsan", "must_start_with_letter"),
        ("_zhangsan", "must_start_with_letter"),
        ("zhang san", "characters"),
        ("张三丰", "characters"),
        ("zhangsan@qq.com", "characters"),
        ("010-6552 9988", "invalid_number"),  # a landline is no WeChat id
        ("0123", "invalid_number"),
    ],
)
def test_normalize_wechat_rejects(raw: str, reason: str) -> None:
    assert reason_of(lambda: normalize_wechat(raw)) == reason


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("10001", "10001"),
        ("123456789", "123456789"),
        ("QQ：1234 5678", "12345678"),
        ("１２３４５６７８９０１", "12345678901"),
    ],
)
def test_normalize_qq(raw: str, expected: str) -> None:
    assert normalize_qq(raw) == expected


@pytest.mark.parametrize(
    ("raw", "reason"),
    [
        ("", "empty"),
        ("012345", "leading_zero"),
        ("1234", "length"),
        ("123456789012", "length"),
        ("12a45", "not_a_number"),
        ("zhangsan", "not_a_number"),
    ],
)
def test_normalize_qq_rejects(raw: str, reason: str) -> None:
    assert reason_of(lambda: normalize_qq(raw)) == reason


@given(st.text())
def test_wechat_qq_bank_raise_only_validation_error(raw: str) -> None:
    for fn in (normalize_wechat, normalize_qq, normalize_bank_account):
        try:
            fn(raw)
        except ValidationError:
            pass


# --- dates ---------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "raw",
    [
        "2024-03-05",
        "2024-3-5",
        "2024/3/5",
        "2024/03/05",
        "2024.3.5",
        "2024年3月5日",
        "2024 年 3 月 5 日",
        "2024年3月5号",
        "20240305",
        "２０２４年３月５日",
        "２０２４－０３－０５",
        "2024-03-05T14:30:00",
        "2024-03-05 14:30",
        "2024-03-05T14:30:00+08:00",
    ],
)
def test_parse_date(raw: str) -> None:
    assert parse_date(raw) == date(2024, 3, 5)


@pytest.mark.parametrize(
    ("raw", "reason"),
    [
        ("", "empty"),
        ("昨天", "format"),
        ("05/03/2024", "format"),  # day-first or month-first: ambiguous
        ("2024-3/5", "format"),
        ("24-3-5", "format"),
        ("2024-03", "format"),
        ("2024-02-30", "out_of_range"),
        ("2023年2月29日", "out_of_range"),
        ("2024-13-01", "out_of_range"),
        ("20240230", "out_of_range"),
        ("1899-12-31", "out_of_range"),
        ("2101-01-01", "out_of_range"),
    ],
)
def test_parse_date_rejects(raw: str, reason: str) -> None:
    assert reason_of(lambda: parse_date(raw)) == reason


def test_parse_date_names_the_field() -> None:
    with pytest.raises(ValidationError) as info:
        parse_date("soon", field="next_contact_date")
    assert info.value.field == "next_contact_date"


# --- birthdays -----------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("1990-06-15", Birthday(6, 15, 1990)),
        ("1990/6/15", Birthday(6, 15, 1990)),
        ("1990年6月15日", Birthday(6, 15, 1990)),
        ("19900615", Birthday(6, 15, 1990)),
        ("１９９０．６．１５", Birthday(6, 15, 1990)),
        ("--06-15", Birthday(6, 15)),
        ("--0615", Birthday(6, 15)),
        ("06-15", Birthday(6, 15)),
        ("6/15", Birthday(6, 15)),
        ("6月15日", Birthday(6, 15)),
        ("６月１５号", Birthday(6, 15)),
        ("1604-06-15", Birthday(6, 15)),  # Apple Contacts' "no year"
        ("16040615", Birthday(6, 15)),
        ("--02-29", Birthday(2, 29)),
        ("2月29日", Birthday(2, 29)),
        ("2000-02-29", Birthday(2, 29, 2000)),
        ("1900-01-01", Birthday(1, 1, 1900)),
        ("2025-06-01", Birthday(6, 1, 2025)),  # born today
    ],
)
def test_parse_birthday(raw: str, expected: Birthday) -> None:
    assert parse_birthday(raw, today=TODAY) == expected


def test_birthday_iso_round_trip() -> None:
    for raw in ("--06-15", "1990-06-15", "--02-29"):
        assert parse_birthday(parse_birthday(raw, today=TODAY).iso(), today=TODAY).iso() == raw


@pytest.mark.parametrize(
    ("raw", "reason"),
    [
        ("", "empty"),
        ("六月十五", "format"),
        ("15.06.1990", "format"),
        ("--6-15", "format"),
        ("2025-06-02", "out_of_range"),  # tomorrow
        ("2030-01-01", "out_of_range"),
        ("1899-12-31", "out_of_range"),
        ("1603-06-15", "out_of_range"),
        ("1999-02-29", "out_of_range"),
        ("--02-30", "out_of_range"),
        ("13-01", "out_of_range"),
        ("--00-10", "out_of_range"),
        ("1604-02-30", "out_of_range"),
    ],
)
def test_parse_birthday_rejects(raw: str, reason: str) -> None:
    err = reason_of(lambda: parse_birthday(raw, today=TODAY))
    assert err == reason


@given(st.one_of(st.text(), st.text(alphabet="0123456789-/.年月日号 T:", max_size=24)))
def test_date_parsers_raise_only_validation_error(raw: str) -> None:
    for fn in (parse_date, parse_birthday):
        try:
            fn(raw)
        except ValidationError:
            pass


@given(st.dates(min_value=date(1900, 1, 1), max_value=TODAY))
def test_parse_birthday_accepts_every_past_date(day: date) -> None:
    assert parse_birthday(day.isoformat(), today=TODAY) == Birthday(day.month, day.day, day.year)
    assert parse_date(day.strftime("%Y年%m月%d日")) == day


# --- masks ---------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("value", "masked"),
    [
        ("+8613800138000", "138****8000"),
        ("13800138000", "138****8000"),
        ("0086 138 0013 8000", "138****8000"),
        ("+861065529988", "******9988"),
        ("+861065529988;ext=123", "******9988"),
        ("+16502530000", "*******0000"),
        ("+442079460958", "********0958"),
        ("1234", "****"),
        ("", ""),
    ],
)
def test_mask_phone(value: str, masked: str) -> None:
    assert mask_phone(value) == masked


@pytest.mark.parametrize(
    ("value", "masked"),
    [
        ("zhangsan@example.com", "z*******@example.com"),
        ("Li@qq.com", "L*@qq.com"),
        ("a@qq.com", "*@qq.com"),
        ("张三@例子.中国", "张*@例子.中国"),
        ("not an email", "n**********l"),
    ],
)
def test_mask_email(value: str, masked: str) -> None:
    assert mask_email(value) == masked


def test_mask_id_number() -> None:
    assert mask_id_number("110101199003071234") == "1101**********1234"
    assert mask_id_number(GB_EXAMPLE) == "1101**********002X"
    assert mask_id_number("11010519491231002x") == "1101**********002X"
    assert mask_id_number("110105491231002") == "1101*******1002"
    assert mask_id_number("12345678") == "********"


def test_mask_bank_account() -> None:
    assert mask_bank_account("6222021234567890128") == "**** **** **** 0128"
    assert mask_bank_account("6222 0212 3456 1234") == "**** **** **** 1234"
    assert mask_bank_account("123") == "**** **** **** ****"


@pytest.mark.parametrize(
    ("args", "masked"),
    [
        (("zhangsan_88",), "z*********8"),
        (("张三", 1, 0), "张*"),
        (("欧阳娜娜", 1, 0), "欧***"),
        (("ab",), "**"),
        (("a",), "*"),
        (("",), ""),
        (("糖尿病，需低糖饮食", 0, 0), "*********"),
        (("secret", 2, 2, "#"), "se##et"),
    ],
)
def test_mask_generic(
    args: tuple[str] | tuple[str, int, int] | tuple[str, int, int, str], masked: str
) -> None:
    assert mask_generic(*args) == masked


@given(st.text())
def test_masks_never_raise(text: str) -> None:
    for fn in (mask_phone, mask_email, mask_id_number, mask_bank_account, mask_generic):
        assert isinstance(fn(text), str)


@given(st.from_regex(r"\A1[3-9][0-9]{9}\Z"))
def test_mask_phone_hides_the_middle_of_mobiles(national: str) -> None:
    masked = mask_phone("+86" + national)
    assert masked == national[:3] + "****" + national[7:]


# --- build_contact / build_sensitive -------------------------------------------------------------
def test_build_contact_valid_phone_with_extension() -> None:
    contact = build_contact(ContactKind.PHONE, "010-6552 9988 转 123")
    assert contact.valid and contact.problem == ""
    assert contact.value == "+861065529988;ext=123"
    assert contact.raw == "010-6552 9988 转 123"
    assert contact.label == "landline"
    assert normalize_phone(contact.value).extension == "123"  # the stored value reads back


def test_build_contact_keeps_a_given_label() -> None:
    assert build_contact(ContactKind.PHONE, "１３８ ００１３ ８０００", label="work").label == "work"
    assert build_contact(ContactKind.PHONE, "13800138000").label == "mobile"
    assert build_contact(ContactKind.PHONE, "+1 650 253 0000").label == ""


def test_build_contact_other_kinds() -> None:
    assert build_contact(ContactKind.EMAIL, "ZhangSan@Example.COM").value == "ZhangSan@example.com"
    assert build_contact(ContactKind.WECHAT, "微信：zhangsan_88").value == "zhangsan_88"
    assert build_contact(ContactKind.QQ, "QQ 12345678").value == "12345678"
    assert build_contact(ContactKind.PHONE, "(650) 253-0000", default_region="US").value == "+16502530000"


@pytest.mark.parametrize(
    ("kind", "raw", "value", "problem"),
    [
        (ContactKind.PHONE, "１３８ ００１３", "138 0013", "too_short"),
        (ContactKind.PHONE, "\u3000见备注\u3000", "见备注", "not_a_number"),
        (ContactKind.PHONE, "", "", "empty"),
        (ContactKind.EMAIL, "zhangsan＠qq", "zhangsan@qq", "syntax"),
        (ContactKind.WECHAT, "张三的微信", "张三的微信", "characters"),
        (ContactKind.QQ, "０１２３４５", "012345", "leading_zero"),
    ],
)
def test_build_contact_invalid_is_kept_for_review(
    kind: ContactKind, raw: str, value: str, problem: str
) -> None:
    contact = build_contact(kind, raw, label="home")
    assert contact.kind is kind
    assert not contact.valid
    assert contact.value == value
    assert contact.raw == raw
    assert contact.problem == problem
    assert contact.label == "home"


@given(kind=st.sampled_from(list(ContactKind)), raw=st.text())
def test_build_contact_never_raises(kind: ContactKind, raw: str) -> None:
    contact = build_contact(kind, raw)
    assert contact.raw == raw
    assert contact.valid == (contact.problem == "")


def test_build_sensitive_valid() -> None:
    assert build_sensitive(SensitiveKind.ID_NUMBER, "110105491231002").value == GB_EXAMPLE
    assert (
        build_sensitive(SensitiveKind.BANK_ACCOUNT, "6222 0212 3456 7890 128").value == "6222021234567890128"
    )
    note = build_sensitive(SensitiveKind.HEALTH_NOTE, "  对青霉素过敏（2023年确诊）  ")
    assert note.valid and note.value == "对青霉素过敏（2023年确诊）"  # prose keeps its full-width punctuation


@pytest.mark.parametrize(
    ("kind", "raw", "value", "problem"),
    [
        (SensitiveKind.ID_NUMBER, "110105194912310021", "110105194912310021", "checksum"),
        (SensitiveKind.ID_NUMBER, "１１０１０５", "110105", "length"),
        (SensitiveKind.BANK_ACCOUNT, "6222 0212", "6222 0212", "length"),
        (SensitiveKind.HEALTH_NOTE, " \u3000 ", "", "empty"),
    ],
)
def test_build_sensitive_invalid(kind: SensitiveKind, raw: str, value: str, problem: str) -> None:
    result = build_sensitive(kind, raw)
    assert (result.kind, result.value, result.valid, result.problem) == (kind, value, False, problem)


@given(kind=st.sampled_from(list(SensitiveKind)), raw=st.text())
def test_build_sensitive_never_raises(kind: SensitiveKind, raw: str) -> None:
    result = build_sensitive(kind, raw)
    assert result.valid == (result.problem == "")
