"""Normalisation for duplicate matching (issue #7): phones, emails, characters, companies, names."""

from __future__ import annotations

import pytest

from app.models.matching import MatchRecord
from app.models.matching.normalize import (
    company_key,
    email_key,
    fold,
    nickname_keys,
    phone_key,
    prepare,
    social_credit_code,
    to_simplified,
)


@pytest.mark.parametrize("raw", [
    "+8613800138000", "13800138000", "+86 138-0013-8000", "008613800138000", "0086 138 0013 8000",
    "８６１３８００１３８０００", "１３８００１３８０００", "86-13800138000", "+86 138 0013 8000;ext=12",
])
def test_phone_formats_of_one_mobile_agree(raw: str) -> None:
    assert phone_key(raw) == "13800138000"


def test_landline_with_and_without_trunk_prefix_agree() -> None:
    assert phone_key("+861065529988") == phone_key("010-65529988") == "1065529988"
    assert phone_key("010-6552 9988 转 123") == "1065529988"


def test_foreign_and_short_phones() -> None:
    assert phone_key("+16175550123") == "6175550123"
    assert phone_key("+447911123456") == "447911123456"
    assert phone_key("12345") == ""  # too short to identify anyone
    assert phone_key("") == ""


def test_email_keys() -> None:
    assert email_key("ZhangSan@QQ.com") == "zhangsan@qq.com"
    assert email_key("ｚｈａｎｇ＠163.com") == "zhang@163.com"
    # Gmail ignores dots and +tags; googlemail.com is the same mailbox
    assert email_key("Bill.Smith+shop@gmail.com") == email_key("billsmith@googlemail.com") == "billsmith@gmail.com"
    # other providers keep dots and plus signs (they may be significant)
    assert email_key("bill.smith+x@163.com") == "bill.smith+x@163.com"


def test_traditional_to_simplified_and_full_width() -> None:
    assert to_simplified("張三豐") == "张三丰"
    assert to_simplified("歐陽鋒") == "欧阳锋"
    assert to_simplified("abc") == "abc"
    assert fold("  ＡＢＣ　Ｄé  ") == "abc de"
    assert fold("劉德華") == "刘德华"


def test_company_suffixes_are_dropped() -> None:
    key = company_key("北京华为技术有限公司")
    assert key == company_key("北京華為技術有限公司") == company_key("北京华为技术") == "北京华为技术"
    assert company_key("华为技术(深圳)股份有限公司") == "华为技术"
    assert company_key("Acme Co., Ltd.") == company_key("ACME Limited") == company_key("acme inc") == "acme"
    assert company_key("") == ""


def test_unified_social_credit_code() -> None:
    code = "91440300192203821A"
    assert social_credit_code("华为 统一社会信用代码：" + code) == code
    assert social_credit_code("9144030019220382 1A") == ""
    assert social_credit_code("华为技术有限公司") == ""
    assert company_key("华为技术有限公司 " + code) == company_key("华为技术有限公司")


def test_nickname_keys() -> None:
    assert "william" in nickname_keys("bill")
    assert nickname_keys("bill") & nickname_keys("william")
    assert nickname_keys("") == frozenset()
    assert nickname_keys("张") == frozenset({"张"})


def test_prepare_chinese_and_pinyin_names_line_up() -> None:
    han = prepare(MatchRecord(1, "張三"))
    assert (han.han, han.family, han.given) == ("张三", "zhang", "san")
    latin = prepare(MatchRecord(2, "Zhang San"))
    assert {latin.family, latin.given} == {"zhang", "san"}
    compound = prepare(MatchRecord(3, "欧阳娜娜"))
    assert (compound.family, compound.given, compound.han_given) == ("ouyang", "nana", "娜娜")
    explicit = prepare(MatchRecord(4, "乐正阳", family_name="乐"))
    assert explicit.family == "yue" and explicit.given == "zhengyang"


def test_prepare_uses_explicit_western_parts() -> None:
    p = prepare(MatchRecord(1, "Smith, John", family_name="Smith", given_name="John"))
    assert (p.family, p.given) == ("smith", "john")
    q = prepare(MatchRecord(2, "Mary Ann Lee"))
    assert (q.family, q.given) == ("lee", "maryann")
    empty = prepare(MatchRecord(3))
    assert empty.full == "" and empty.phones == frozenset()


def test_prepare_family_comma_given() -> None:
    p = prepare(MatchRecord(1, "WALKER, Michael"))
    assert (p.family, p.given) == ("walker", "michael")
    assert prepare(MatchRecord(2, "Michael Walker")).full == p.full
