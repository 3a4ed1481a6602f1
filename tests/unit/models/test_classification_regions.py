"""Region classification: province spellings, city → province, free-form addresses, the phone
geocoder with its per-prefix cache, and the order address → phone → unknown."""

from __future__ import annotations

import pytest

from app.models import classification as m
from app.models import regions
from app.models.classification import Profile


@pytest.mark.parametrize("text,expected", [
    ("广东", "广东省"), ("广东省", "广东省"), ("Guangdong", "广东省"), ("guangdong province", "广东省"),
    (" GD ", "广东省"), ("北京", "北京市"), ("Beijing Shi", "北京市"), ("内蒙古", "内蒙古自治区"),
    ("Inner Mongolia", "内蒙古自治区"), ("广西壮族自治区", "广西壮族自治区"), ("Shaanxi", "陕西省"),
    ("Shanxi", "山西省"), ("香港", "香港特别行政区"), ("", None), ("Atlantis", None), ("广", None),
])
def test_province_spellings(text: str, expected: str | None) -> None:
    assert regions.province_of(text) == expected


def test_every_province_has_one_full_name_and_the_tables_agree() -> None:
    fulls = [p[0] for p in regions.PROVINCES]
    assert len(fulls) == len(set(fulls)) == 34
    assert set(regions.CITY_PROVINCE.values()) <= set(fulls)
    assert regions.province_of_city("深圳市") == "广东省" and regions.province_of_city("吉林") == "吉林省"
    assert regions.province_of_city("上海") == "上海市" and regions.province_of_city("Springfield") is None


@pytest.mark.parametrize("address,expected", [
    (("CN", "广东", "深圳市", ""), ("广东省", "province")),
    (("", "", "杭州市", ""), ("浙江省", "city")),  # province empty: the city decides
    (("CN", "Nowhere", "杭州", ""), ("浙江省", "city")),  # unknown province text: the city still decides
    (("", "", "", "广东深圳市南山区科技园"), ("广东省", "free_form")),
    (("", "", "", "深圳市南山区科技园"), ("广东省", "free_form")),
    (("", "", "", "内蒙古自治区呼和浩特市"), ("内蒙古自治区", "free_form")),
    (("US", "", "", "1623 Main St, Boston"), ("US", "country")),
    (("hk", "", "", ""), ("香港特别行政区", "country")),
    (("", "", "", "1623 Main St, Boston"), None),
    (("CN", "", "", ""), None),
])
def test_region_from_address(address: tuple[str, str, str, str], expected: tuple[str, str] | None) -> None:
    assert regions.region_from_address(*address) == expected


@pytest.mark.parametrize("number,prefix", [
    ("+8613800138000", "+861380013"),  # mobile: first 7 digits
    ("+862087654321", "+8620"),  # Guangzhou fixed line: 2-digit area code
    ("+861087654321", "+8610"),  # Beijing fixed line
    ("+8675512345678", "+86755"),  # Shenzhen: 3-digit area code
    ("+14155550100", "+1415"),  # NANP: the area code
    ("+442079460000", "+44207"),
])
def test_phone_prefixes(number: str, prefix: str) -> None:
    assert regions.phone_prefix(number) == prefix


def test_phone_regions_geocode_once_per_prefix() -> None:
    phones = regions.PhoneRegions()
    assert phones.region("+8613800138000") == "北京市"
    assert phones.region("+8613800139999") == "北京市"
    assert phones.lookups == 0  # Chinese numbers: a direct look-up in the geocoder's prefix table
    assert phones.region("+8613912345678") == "江苏省"
    assert phones.region("+8675512345678") == "广东省"
    assert phones.region("+862087654321") == "广东省"
    assert phones.region("+14155550100") == "US"
    assert phones.region("+85291234567") == "香港特别行政区"
    assert phones.region("+442079460000") == "GB"
    assert phones.region("+14155550199") == "US"  # same area code: cached
    assert phones.region("not a number") is None
    assert phones.lookups == 4


def test_chinese_numbers_agree_with_the_geocoder() -> None:
    """The direct prefix table gives the province of `geocoder.description_for_number` for every
    valid number (and "CN" where the geocoder only says China)."""
    import random

    import phonenumbers
    from phonenumbers import geocoder

    rng = random.Random(5)
    checked = 0
    for _ in range(3000):
        head = rng.choice(["13", "15", "18", "17", "19", "14", "16", "10", "20", "755", "571", "28", "991"])
        body = head + str(rng.randrange(10**9)).zfill(9)
        number = "+86" + body[:11 if head[0] == "1" and head[1] != "0" else 10]
        parsed = phonenumbers.parse(number)
        if not phonenumbers.is_valid_number(parsed):
            continue
        description = geocoder.description_for_number(parsed, "zh")
        expected = regions.province_at_start(description) or "CN"
        assert regions.PhoneRegions().region(number) == expected, (number, description)
        checked += 1
    assert checked > 1000


def profile(address: tuple[str, str, str, str] | None = None, phone: str | None = None) -> Profile:
    return Profile(address, phone, "", ())


def test_region_label_edges() -> None:
    phones = regions.PhoneRegions()
    by_address = m.region_label(profile(("CN", "广东省", "", ""), "+8613800138000"), phones)
    assert (by_address.label, by_address.code) == ("广东省", "region_address")
    assert by_address.params == {"region": "广东省", "part": "province", "value": "广东省"}
    # an address that names no region falls through to the phone
    by_phone = m.region_label(profile(("", "", "", "somewhere"), "+8613800138000"), phones)
    assert (by_phone.label, by_phone.code, by_phone.params["prefix"]) == ("北京市", "region_phone", "+861380013")
    assert m.region_label(profile(None, None), phones) == m.Label("region", "unknown", "region_unknown", {})
    assert m.region_label(profile(("", "", "", "x"), None), phones).label == "unknown"
    abroad = m.region_label(profile(("GB", "", "", "10 Downing St"), "+8613800138000"), phones)
    assert (abroad.label, abroad.params["part"]) == ("GB", "country")
