"""app.models.demo_data: deterministic synthetic customers and their activity."""

from __future__ import annotations

import datetime
import random
import re
import statistics
from collections.abc import Callable
from decimal import Decimal

import phonenumbers
import pytest
from email_validator import validate_email

from app.models.demo_data import (
    CONSENT_PURPOSES,
    FOLLOW_UP_KINDS,
    SOURCES,
    TAGS,
    generate_consents,
    generate_customers,
    generate_follow_ups,
    generate_labelled_customers,
    generate_purchases,
    id_number_check_char,
)
from app.models.records import (
    ContactKind,
    Customer,
    Gender,
    NameOrder,
    SensitiveKind,
)

TODAY = datetime.date(2025, 6, 15)
N = 5000
_STAMP_RE = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$")
_WECHAT_RE = re.compile(r"^[A-Za-z][A-Za-z0-9_-]{5,19}$")
_QQ_RE = re.compile(r"^[1-9][0-9]{4,10}$")
_PROVINCE_CODES = {
    "11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36", "37",
    "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64", "65",
}  # fmt: skip


@pytest.fixture(scope="module")
def labelled() -> list[tuple[Customer, int | None]]:
    return list(generate_labelled_customers(N, seed=11, today=TODAY))


@pytest.fixture(scope="module")
def customers(labelled: list[tuple[Customer, int | None]]) -> list[Customer]:
    return [c for c, _ in labelled]


def _stamp(value: str) -> datetime.datetime:
    assert _STAMP_RE.match(value), value
    return datetime.datetime.strptime(value, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=datetime.UTC)


def _midnight(day: datetime.date) -> datetime.datetime:
    return datetime.datetime(day.year, day.month, day.day, tzinfo=datetime.UTC)


def _western(c: Customer) -> bool:
    return c.name_order is NameOrder.WESTERN


def _gb11643_ok(value: str) -> bool:
    weights = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
    total = sum(int(d) * w for d, w in zip(value[:17], weights, strict=True))
    return "10X98765432"[total % 11] == value[17]


# --- determinism and counts ----------------------------------------------------------------------
def test_same_seed_same_customers() -> None:
    a = list(generate_customers(500, seed=7, today=TODAY))
    b = list(generate_customers(500, seed=7, today=TODAY))
    assert a == b
    assert a != list(generate_customers(500, seed=8, today=TODAY))


def test_same_seed_same_activity() -> None:
    def activity(seed: int) -> list[object]:
        rng = random.Random(seed)
        out: list[object] = []
        for cid, c in enumerate(generate_customers(300, seed=seed, today=TODAY), start=1):
            out.append(generate_purchases(cid, rng, c.created_at, western=_western(c), today=TODAY))
            out.append(generate_follow_ups(cid, rng, c.created_at, today=TODAY))
            out.append(generate_consents(cid, rng, c.created_at, today=TODAY))
        return out

    assert activity(3) == activity(3)
    assert activity(3) != activity(4)


@pytest.mark.parametrize("count", [0, 1, 17, 2500])
def test_exact_count(count: int) -> None:
    assert sum(1 for _ in generate_customers(count, seed=2, today=TODAY)) == count


def test_bad_arguments() -> None:
    with pytest.raises(ValueError):
        generate_customers(-1)
    with pytest.raises(ValueError):
        generate_customers(10, start_date=TODAY, today=TODAY)


def test_start_date_window() -> None:
    start = datetime.date(2024, 1, 1)
    got = list(generate_customers(1000, seed=5, start_date=start, today=TODAY))
    days = [datetime.date.fromisoformat(c.created_at[:10]) for c in got]
    assert min(days) >= start and max(days) < TODAY
    assert days == sorted(days)  # created_at rises with the stream position (like auto-increment ids)


# --- shape of the population ---------------------------------------------------------------------
def test_chinese_western_split(customers: list[Customer]) -> None:
    western = sum(_western(c) for c in customers) / len(customers)
    assert 0.17 < western < 0.23


def test_names(customers: list[Customer]) -> None:
    compound = 0
    for c in customers:
        assert c.family_name and c.given_name
        if _western(c):
            assert c.name == c.given_name + " " + c.family_name
            assert c.name.isascii()
        else:
            assert c.name_order is NameOrder.EASTERN
            assert c.name == c.family_name + c.given_name
            assert 1 <= len(c.given_name) <= 2
            compound += len(c.family_name) == 2
    assert compound > 0  # 欧阳 / 司马 / 诸葛 … appear in a few thousand customers
    surnames = [c.family_name for c in customers if not _western(c)]
    top = max(set(surnames), key=surnames.count)
    assert top in {"王", "李", "张"}


def test_field_coverage(customers: list[Customer]) -> None:
    n = len(customers)

    def share(pred: Callable[[Customer], object]) -> float:
        return sum(1 for c in customers if pred(c)) / n

    assert 0.52 < share(lambda c: c.company) < 0.68
    assert 0.42 < share(lambda c: c.birthday is not None) < 0.58
    assert share(lambda c: c.birthday is not None and c.birthday.year is None) > 0.03
    assert 0.52 < share(lambda c: c.contacts_of(ContactKind.EMAIL)) < 0.68
    assert 0.42 < share(lambda c: c.contacts_of(ContactKind.WECHAT)) < 0.56
    assert 0.08 < share(lambda c: c.contacts_of(ContactKind.QQ)) < 0.18
    assert 0.12 < share(lambda c: any(p.label == "landline" for p in c.contacts)) < 0.24
    assert share(lambda c: c.title) > 0.2
    assert share(lambda c: c.notes) > 0.02
    assert {c.source for c in customers} == set(SOURCES)
    assert {t for c in customers for t in c.tags} <= set(TAGS)
    assert {c.gender for c in customers} >= {Gender.MALE, Gender.FEMALE}


def test_created_at_not_in_future_and_within_five_years(customers: list[Customer]) -> None:
    for c in customers:
        created = _stamp(c.created_at)
        assert created < _midnight(TODAY)
        assert created >= _midnight(TODAY.replace(year=TODAY.year - 5))


# --- contacts ------------------------------------------------------------------------------------
def test_every_phone_is_valid_e164(customers: list[Customer]) -> None:
    phones = [p for c in customers[:2000] for p in c.contacts_of(ContactKind.PHONE)]
    assert len(phones) >= 2000
    for p in phones:
        assert p.valid and p.label in {"mobile", "landline", "work"}
        number = phonenumbers.parse(p.value)
        assert phonenumbers.is_valid_number(number), p.value
        assert phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164) == p.value
    assert any(p.value.startswith("+1") for p in phones)
    assert any(p.value.startswith("+44") for p in phones)
    cn_mobiles = [p.value for p in phones if p.label == "mobile" and p.value.startswith("+86")]
    assert all(len(v) == 14 and v[3] == "1" for v in cn_mobiles)


def test_emails_wechat_qq_are_valid(customers: list[Customer]) -> None:
    emails = [p.value for c in customers for p in c.contacts_of(ContactKind.EMAIL)]
    for value in emails[:800]:
        assert validate_email(value, check_deliverability=False).normalized == value
    assert all(v == v.lower() and v.count("@") == 1 for v in emails)
    domains = {v.rsplit("@", 1)[1] for v in emails}
    assert {"qq.com", "163.com", "gmail.com"} <= domains
    for c in customers:
        for p in c.contacts_of(ContactKind.WECHAT):
            assert _WECHAT_RE.match(p.value), p.value
        for p in c.contacts_of(ContactKind.QQ):
            assert _QQ_RE.match(p.value), p.value


def test_addresses(customers: list[Customer]) -> None:
    for c in customers:
        for a in c.addresses:
            if a.free_form:
                assert a.country in {"US", "GB"}
            else:
                assert a.country == "CN"
                assert a.province and a.city and a.district and a.street
                assert a.province.endswith(("省", "市")) and a.city.endswith("市")
                assert a.district.endswith("区")
                assert a.postal_code == "" or re.fullmatch(r"[1-8]\d{5}", a.postal_code)


# --- 身份证号 ---------------------------------------------------------------------------------------
def test_id_numbers_pass_gb11643_and_match_the_customer(customers: list[Customer]) -> None:
    with_id = [c for c in customers if SensitiveKind.ID_NUMBER in c.sensitive]
    assert 0.035 < len(with_id) / len(customers) < 0.065
    for c in with_id:
        value = c.sensitive[SensitiveKind.ID_NUMBER].value
        assert re.fullmatch(r"\d{17}[\dX]", value), value
        assert _gb11643_ok(value), value
        assert id_number_check_char(value[:17]) == value[17]
        assert value[:2] in _PROVINCE_CODES
        assert c.birthday is not None and c.birthday.year is not None
        born = datetime.date(int(value[6:10]), int(value[10:12]), int(value[12:14]))
        assert born == datetime.date(c.birthday.year, c.birthday.month, c.birthday.day)
        assert born < TODAY
        if c.gender is Gender.MALE:
            assert int(value[16]) % 2 == 1
        elif c.gender is Gender.FEMALE:
            assert int(value[16]) % 2 == 0


def test_check_char_known_value() -> None:
    # the worked example from GB 11643-1999
    assert id_number_check_char("11010519491231002") == "X"


# --- near-duplicates -----------------------------------------------------------------------------
def test_near_duplicates_share_a_phone_or_email(labelled: list[tuple[Customer, int | None]]) -> None:
    dups = [(i, c, orig) for i, (c, orig) in enumerate(labelled) if orig is not None]
    assert 0.01 < len(dups) / len(labelled) < 0.03
    kinds = {"name": 0, "email": 0}
    for i, c, orig in dups:
        assert orig < i
        o = labelled[orig][0]
        assert labelled[orig][1] is None  # duplicates point at an original
        shared = {p.value for p in o.contacts} & {p.value for p in c.contacts}
        assert shared, (o, c)
        assert c.name_order == o.name_order
        if c.name != o.name:
            kinds["name"] += 1
        elif {p.value for p in o.contacts_of(ContactKind.PHONE)} != {
            p.value for p in c.contacts_of(ContactKind.PHONE)
        }:
            kinds["email"] += 1
    assert kinds["name"] > len(dups) // 2 and kinds["email"] > 0
    assert [c for c, _ in labelled] == list(generate_customers(N, seed=11, today=TODAY))


# --- purchases -----------------------------------------------------------------------------------
@pytest.mark.parametrize("mean", [10.0, 3.0])
def test_purchase_count_mean_and_skew(customers: list[Customer], mean: float) -> None:
    rng = random.Random(1)
    counts = [
        len(generate_purchases(cid, rng, c.created_at, mean, western=_western(c), today=TODAY))
        for cid, c in enumerate(customers, start=1)
    ]
    assert abs(statistics.fmean(counts) - mean) < 0.1 * mean
    assert sum(n <= 2 for n in counts) / len(counts) > 0.3  # many light buyers …
    assert max(counts) > 5 * mean  # … and some heavy ones


def test_purchases_are_well_formed(customers: list[Customer]) -> None:
    rng = random.Random(2)
    seen_usd = False
    for cid, c in enumerate(customers[:2000], start=1):
        purchases = generate_purchases(cid, rng, c.created_at, western=_western(c), today=TODAY)
        created = datetime.date.fromisoformat(c.created_at[:10])
        assert [p.date for p in purchases] == sorted(p.date for p in purchases)
        for p in purchases:
            assert p.customer_id == cid
            assert created <= datetime.date.fromisoformat(p.date) <= TODAY
            assert _stamp(p.created_at) < _midnight(TODAY) and p.created_at.startswith(p.date)
            assert isinstance(p.amount, Decimal) and p.amount > 0
            assert p.amount.as_tuple().exponent == -2
            assert p.items and p.channel
            assert p.currency in {"CNY", "USD"}
            if p.currency == "USD":
                assert _western(c)
                seen_usd = True
    assert seen_usd


def test_purchases_without_today_are_not_in_the_future() -> None:
    rng = random.Random(3)
    created = (datetime.datetime.now(datetime.UTC) - datetime.timedelta(days=400)).strftime(
        "%Y-%m-%dT%H:%M:%SZ"
    )
    for _ in range(50):
        for p in generate_purchases(1, rng, created, 20.0):
            assert datetime.date.fromisoformat(p.date) <= datetime.date.today()
    assert generate_purchases(1, rng, created, 0.0) == []


# --- follow-ups and consents ---------------------------------------------------------------------
def test_follow_ups(customers: list[Customer]) -> None:
    rng = random.Random(4)
    counts = []
    upcoming = 0
    for cid, c in enumerate(customers[:2000], start=1):
        follow_ups = generate_follow_ups(cid, rng, c.created_at, today=TODAY)
        counts.append(len(follow_ups))
        created = datetime.date.fromisoformat(c.created_at[:10])
        for f in follow_ups:
            day = datetime.date.fromisoformat(f.date)
            assert created <= day <= TODAY
            assert f.kind in FOLLOW_UP_KINDS and f.content and f.customer_id == cid
            if f.next_contact_date is not None:
                nxt = datetime.date.fromisoformat(f.next_contact_date)
                assert day < nxt <= TODAY + datetime.timedelta(days=30)
                upcoming += nxt > TODAY
    assert set(counts) == {0, 1, 2, 3}
    assert upcoming > 100


def test_consents(customers: list[Customer]) -> None:
    rng = random.Random(5)
    purposes: list[str] = []
    withdrawn = 0
    for cid, c in enumerate(customers[:2000], start=1):
        for k in generate_consents(cid, rng, c.created_at, today=TODAY):
            purposes.append(k.purpose)
            assert k.purpose in CONSENT_PURPOSES and k.channel and k.customer_id == cid
            granted = _stamp(k.granted_at)
            assert _stamp(c.created_at) <= granted < _midnight(TODAY)
            if k.withdrawn_at is not None:
                withdrawn += 1
                assert granted < _stamp(k.withdrawn_at) < _midnight(TODAY)
    assert set(purposes) == set(CONSENT_PURPOSES)
    assert 0.05 < withdrawn / len(purposes) < 0.25
