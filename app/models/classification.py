"""Customer classifications (PRODUCT.md §3), pure and explainable.

Input: per-customer purchase statistics, as of a day ("today"):

* `purchases` — number of purchases; `total_cents` — their sum;
* `days_since_first` / `days_since_last` — whole days from the first / latest purchase to today
  (0 = today; None without purchases; a future date counts as 0);
* `recent` — purchases in the last 365 days.

Every classification is exclusive: each customer gets exactly one label per classification.

* lifecycle: `potential` (no purchase) / `active` / `churned` (days_since_last ≥ churn_days);
* transaction time: `none` (no purchase) / `new` (days_since_first < new_days) / `returning`
  (≥ 2 purchases and days_since_last < returning_days) / `old` (everyone else who bought);
  new wins over returning;
* frequency, over `recent`: `none` (0) / `low` (≥ 1) / `mid` (≥ mid) / `high` (≥ high); the two
  thresholds are fixed settings, or (mode "quantile") the given percentiles of `recent` among the
  customers with a recent purchase (at least 1, high above mid);
* RFM: scores 1–5 by quintiles among the customers who bought (R by days since the latest purchase,
  fewer is better; F by purchase count; M by total), equal values get equal scores; a score ≥ 3
  is "high"; the eight classic segments by (R, F, M) high/low; no purchase → `none`.

Each label comes with a machine-readable reason: a code and JSON-safe parameters, turned into
translated text by `app.i18n.messages.reason_text` (and `app.i18n.classification_messages.reason_text`
for the region/source/tags/rules codes).

Classifications whose labels come from the data (`DYNAMIC`): region (exclusive; see
`app.models.regions`), source channel (exclusive), tags and user rules (not exclusive: a customer
can carry several tags or match several rules; "untagged" / "none" otherwise).
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from itertools import compress
from math import ceil
from typing import Final, NamedTuple

from app.models import regions
from app.models.classification_rules import (
    RULE_FIELDS,
    Condition,
    Facts,
    Rule,
    condition_holds,
    validate_rule,
)
from app.models.errors import ValidationError

__all__ = ["RULE_FIELDS", "Condition", "Facts", "Rule", "validate_rule"]

LIFECYCLE: Final = "lifecycle"
TRANSACTION_TIME: Final = "transaction_time"
FREQUENCY: Final = "frequency"
RFM: Final = "rfm"
CLASSIFICATIONS: Final = (LIFECYCLE, TRANSACTION_TIME, FREQUENCY, RFM)
REGION: Final = "region"
SOURCE: Final = "source"
TAGS: Final = "tags"
RULES: Final = "rules"
DYNAMIC: Final = frozenset({REGION, SOURCE, TAGS, RULES})
ALL_CLASSIFICATIONS: Final = (*CLASSIFICATIONS, REGION, SOURCE, TAGS, RULES)
EXCLUSIVE: Final = (*CLASSIFICATIONS, REGION, SOURCE)
UNKNOWN: Final = "unknown"
UNTAGGED: Final = "untagged"

NONE: Final = "none"
LABELS: Final[dict[str, tuple[str, ...]]] = {
    LIFECYCLE: ("potential", "active", "churned"),
    TRANSACTION_TIME: (NONE, "new", "returning", "old"),
    FREQUENCY: (NONE, "low", "mid", "high"),
    RFM: (NONE, "important_value", "important_develop", "important_keep", "important_retain",
          "general_value", "general_develop", "general_keep", "general_retain"),
}

# (R high, F high, M high) -> segment
SEGMENTS: Final[dict[tuple[bool, bool, bool], str]] = {
    (True, True, True): "important_value",
    (True, False, True): "important_develop",
    (False, True, True): "important_keep",
    (False, False, True): "important_retain",
    (True, True, False): "general_value",
    (True, False, False): "general_develop",
    (False, True, False): "general_keep",
    (False, False, False): "general_retain",
}
HIGH_SCORE: Final = 3
SETTING_KEYS: Final = ("classify_churn_days", "classify_new_days", "classify_returning_days",
                       "classify_frequency_mode", "classify_frequency_high", "classify_frequency_mid",
                       "classify_frequency_high_percentile", "classify_frequency_mid_percentile")


@dataclass(frozen=True)
class Settings:
    churn_days: int = 180
    new_days: int = 90
    returning_days: int = 90
    frequency_mode: str = "fixed"  # fixed | quantile
    frequency_high: int = 10  # purchases per year, fixed mode
    frequency_mid: int = 3
    frequency_high_percentile: int = 80  # quantile mode
    frequency_mid_percentile: int = 50

    @classmethod
    def from_mapping(cls, values: Mapping[str, object]) -> Settings:
        """From the saved settings (keys `classify_<name>`); missing keys keep the defaults."""
        kwargs: dict[str, object] = {}
        for name in cls.__dataclass_fields__:
            key = "classify_" + name
            if key in values:
                value = values[key]
                kwargs[name] = str(value) if name == "frequency_mode" else int(str(value))
        return cls(**kwargs)  # type: ignore[arg-type]


class CustomerStats(NamedTuple):
    customer_id: int
    purchases: int
    total_cents: int
    days_since_first: int | None
    days_since_last: int | None
    recent: int


class Label(NamedTuple):
    classification: str
    label: str
    code: str
    params: dict[str, object]


@dataclass(frozen=True)
class Cuts:
    """Population-dependent thresholds: frequency thresholds and RFM quintile cut points."""

    frequency_high: int
    frequency_mid: int
    r: tuple[int, ...] = field(default=())  # cut points of -days_since_last
    f: tuple[int, ...] = field(default=())
    m: tuple[int, ...] = field(default=())


# --- quantiles -----------------------------------------------------------------------------------

def quintile_cuts(values: Sequence[int]) -> tuple[int, ...]:
    """The four cut points: the lowest value of the 2nd…5th fifth of the sorted values. A value's
    score is 1 + the number of cut points strictly below it (so equal values score alike)."""
    if not values:
        return ()
    ordered = sorted(values)
    n = len(ordered)
    return tuple(ordered[ceil(k * n / 5) - 1] for k in range(1, 5))


def score(value: int, cuts: tuple[int, ...]) -> int:
    return 1 + bisect_left(cuts, value)


def percentile(ordered: Sequence[int], pct: int) -> int:
    """Nearest-rank percentile of sorted values."""
    n = len(ordered)
    return ordered[min(n - 1, max(0, ceil(pct * n / 100) - 1))]


def compute_cuts(purchases: Sequence[int], total_cents: Sequence[int], days_since_last: Sequence[int | None],
                 recent: Sequence[int], settings: Settings) -> Cuts:
    high, mid = settings.frequency_high, settings.frequency_mid
    if settings.frequency_mode == "quantile":
        ordered = sorted(x for x in recent if x > 0)
        if ordered:
            high = max(1, percentile(ordered, settings.frequency_high_percentile))
            mid = max(1, percentile(ordered, settings.frequency_mid_percentile))
            if high <= mid:
                high = mid + 1
        # nobody bought in the last year: the fixed thresholds stand (everyone is "none" anyway)
    bought = [n > 0 for n in purchases]  # a mask, so the columns are picked in C (`compress`)
    return Cuts(
        frequency_high=high,
        frequency_mid=mid,
        r=quintile_cuts([-d if d is not None and d > 0 else 0 for d in compress(days_since_last, bought)]),
        f=quintile_cuts([n for n in purchases if n > 0]),
        m=quintile_cuts(list(compress(total_cents, bought))),
    )


def cuts_for(stats: Iterable[CustomerStats], settings: Settings) -> Cuts:
    rows = list(stats)
    return compute_cuts([s.purchases for s in rows], [s.total_cents for s in rows],
                        [s.days_since_last for s in rows], [s.recent for s in rows], settings)


def _days(value: int | None) -> int:
    return max(0, value or 0)


# --- one customer, with reasons ------------------------------------------------------------------

def classify(s: CustomerStats, settings: Settings, cuts: Cuts) -> list[Label]:
    """One label per classification, in CLASSIFICATIONS order, each with its reason."""
    if s.purchases <= 0:
        frequency = _frequency(s.recent, cuts, settings)
        return [
            Label(LIFECYCLE, "potential", "potential", {}),
            Label(TRANSACTION_TIME, NONE, "no_purchase", {}),
            frequency,
            Label(RFM, NONE, "rfm_none", {}),
        ]
    last, first = _days(s.days_since_last), _days(s.days_since_first)
    if last >= settings.churn_days:
        life = Label(LIFECYCLE, "churned", "churned", {"days_since_last": last, "churn_days": settings.churn_days})
    else:
        life = Label(LIFECYCLE, "active", "active", {"days_since_last": last, "churn_days": settings.churn_days})
    if first < settings.new_days:
        time = Label(TRANSACTION_TIME, "new", "new", {"days_since_first": first, "new_days": settings.new_days})
    elif s.purchases >= 2 and last < settings.returning_days:
        time = Label(TRANSACTION_TIME, "returning", "returning",
                     {"purchases": s.purchases, "days_since_last": last, "returning_days": settings.returning_days})
    else:
        time = Label(TRANSACTION_TIME, "old", "old",
                     {"purchases": s.purchases, "days_since_first": first, "days_since_last": last})
    r, f, m = score(-last, cuts.r), score(s.purchases, cuts.f), score(s.total_cents, cuts.m)
    segment = SEGMENTS[(r >= HIGH_SCORE, f >= HIGH_SCORE, m >= HIGH_SCORE)]
    rfm = Label(RFM, segment, "rfm", {"r": r, "f": f, "m": m, "days_since_last": last, "purchases": s.purchases,
                                      "total_cents": s.total_cents})
    return [life, time, _frequency(s.recent, cuts, settings), rfm]


def _frequency(recent: int, cuts: Cuts, settings: Settings) -> Label:
    params: dict[str, object] = {"recent": recent, "high": cuts.frequency_high, "mid": cuts.frequency_mid,
                                 "mode": settings.frequency_mode}
    label = frequency_label(recent, cuts)
    return Label(FREQUENCY, label, "frequency_" + label, params)


def frequency_label(recent: int, cuts: Cuts) -> str:
    if recent >= cuts.frequency_high:
        return "high"
    if recent >= cuts.frequency_mid:
        return "mid"
    return "low" if recent > 0 else NONE


# --- everyone, counts only (the fast path) -------------------------------------------------------

def empty_counts() -> dict[str, dict[str, int]]:
    return {name: dict.fromkeys(labels, 0) for name, labels in LABELS.items()}


def count_all(purchases: Sequence[int], total_cents: Sequence[int], days_since_first: Sequence[int | None],
              days_since_last: Sequence[int | None], recent: Sequence[int], settings: Settings,
              cuts: Cuts | None = None) -> dict[str, dict[str, int]]:
    """Counts per classification and label for column-wise statistics (same rules as `classify`,
    without building reasons: a tight loop over plain lists)."""
    if cuts is None:
        cuts = compute_cuts(purchases, total_cents, days_since_last, recent, settings)
    counts = empty_counts()
    life, time, freq, rfm = counts[LIFECYCLE], counts[TRANSACTION_TIME], counts[FREQUENCY], counts[RFM]
    churn, new_days, ret_days = settings.churn_days, settings.new_days, settings.returning_days
    f_high, f_mid = cuts.frequency_high, cuts.frequency_mid
    r_cuts, f_cuts, m_cuts = cuts.r, cuts.f, cuts.m
    segments = SEGMENTS
    hi = HIGH_SCORE - 1  # score = 1 + bisect_left(cuts, value)
    for n, total, first_d, last_d, rec in zip(purchases, total_cents, days_since_first, days_since_last, recent,
                                              strict=True):
        if rec >= f_high:
            freq["high"] += 1
        elif rec >= f_mid:
            freq["mid"] += 1
        elif rec > 0:
            freq["low"] += 1
        else:
            freq[NONE] += 1
        if n <= 0:
            life["potential"] += 1
            time[NONE] += 1
            rfm[NONE] += 1
            continue
        last = last_d if last_d is not None and last_d > 0 else 0
        first = first_d if first_d is not None and first_d > 0 else 0
        life["churned" if last >= churn else "active"] += 1
        if first < new_days:
            time["new"] += 1
        elif n >= 2 and last < ret_days:
            time["returning"] += 1
        else:
            time["old"] += 1
        rfm[segments[(bisect_left(r_cuts, -last) >= hi, bisect_left(f_cuts, n) >= hi,
                      bisect_left(m_cuts, total) >= hi)]] += 1
    return counts


def assign_all(purchases: Sequence[int], total_cents: Sequence[int], days_since_first: Sequence[int | None],
               days_since_last: Sequence[int | None], recent: Sequence[int], settings: Settings,
               cuts: Cuts) -> dict[str, list[str]]:
    """The label of every customer in each fixed classification, column-wise (same rules as
    `classify` and `count_all`; the label strings are shared, so a column costs one pointer a row)."""
    life: list[str] = []
    time: list[str] = []
    freq: list[str] = []
    rfm: list[str] = []
    churn, new_days, ret_days = settings.churn_days, settings.new_days, settings.returning_days
    f_high, f_mid = cuts.frequency_high, cuts.frequency_mid
    r_cuts, f_cuts, m_cuts = cuts.r, cuts.f, cuts.m
    segments = SEGMENTS
    hi = HIGH_SCORE - 1
    add_life, add_time, add_freq, add_rfm = life.append, time.append, freq.append, rfm.append
    for n, total, first_d, last_d, rec in zip(purchases, total_cents, days_since_first, days_since_last, recent,
                                              strict=True):
        add_freq("high" if rec >= f_high else "mid" if rec >= f_mid else "low" if rec > 0 else NONE)
        if n <= 0:
            add_life("potential")
            add_time(NONE)
            add_rfm(NONE)
            continue
        last = last_d if last_d is not None and last_d > 0 else 0
        first = first_d if first_d is not None and first_d > 0 else 0
        add_life("churned" if last >= churn else "active")
        add_time("new" if first < new_days else "returning" if n >= 2 and last < ret_days else "old")
        add_rfm(segments[(bisect_left(r_cuts, -last) >= hi, bisect_left(f_cuts, n) >= hi,
                          bisect_left(m_cuts, total) >= hi)])
    return {LIFECYCLE: life, TRANSACTION_TIME: time, FREQUENCY: freq, RFM: rfm}


# --- settings ------------------------------------------------------------------------------------

def validate_settings(settings: Settings) -> Settings:
    """ValidationError("setting", code, name=…) unless: every day count positive (≤ 3650), the
    fixed thresholds positive with mid < high, percentiles 1–99 with mid < high, a known mode."""
    for name in ("churn_days", "new_days", "returning_days"):
        value = getattr(settings, name)
        if not 1 <= value <= 3650:
            raise ValidationError("setting", "out_of_range", name=name, min=1, max=3650)
    if settings.frequency_mode not in ("fixed", "quantile"):
        raise ValidationError("setting", "invalid", name="frequency_mode")
    for name in ("frequency_mid", "frequency_high"):
        if not 1 <= getattr(settings, name) <= 10000:
            raise ValidationError("setting", "out_of_range", name=name, min=1, max=10000)
    for name in ("frequency_mid_percentile", "frequency_high_percentile"):
        if not 1 <= getattr(settings, name) <= 99:
            raise ValidationError("setting", "out_of_range", name=name, min=1, max=99)
    if settings.frequency_mid >= settings.frequency_high:
        raise ValidationError("setting", "mid_not_below_high", name="frequency_mid")
    if settings.frequency_mid_percentile >= settings.frequency_high_percentile:
        raise ValidationError("setting", "mid_not_below_high", name="frequency_mid_percentile")
    return settings


# --- region, source, tags, rules -----------------------------------------------------------------

class Profile(NamedTuple):
    """What the data-driven classifications look at for one customer: the first address
    (country, province, city, free_form) or None, the first valid phone (E.164) or None, the
    source text and the tag names."""

    address: tuple[str, str, str, str] | None
    phone: str | None
    source: str
    tags: tuple[str, ...]


def region_label(profile: Profile, phones: regions.PhoneRegions) -> Label:
    """Address first (province, else city, else a free-form text starting with a place name; a
    country other than China), else the phone's area, else "unknown"."""
    if profile.address is not None:
        found = regions.region_from_address(*profile.address)
        if found is not None:
            region, part = found
            country, province, city, free_form = profile.address
            value = {"country": country, "province": province, "city": city, "free_form": free_form[:20]}[part]
            return Label(REGION, region, "region_address", {"region": region, "part": part, "value": value})
    if profile.phone:
        by_phone = phones.region(profile.phone)
        if by_phone is not None:
            return Label(REGION, by_phone, "region_phone", {"region": by_phone,
                                                            "prefix": regions.phone_prefix(profile.phone)})
    return Label(REGION, regions.UNKNOWN, "region_unknown", {})


def source_label(source: str) -> Label:
    text = source.strip()
    if not text:
        return Label(SOURCE, UNKNOWN, "source_unknown", {})
    return Label(SOURCE, text, "source", {"source": text})


def tag_labels(tags: Sequence[str]) -> list[Label]:
    if not tags:
        return [Label(TAGS, UNTAGGED, "untagged", {})]
    return [Label(TAGS, t, "tag", {"tag": t}) for t in sorted(tags)]


def rule_facts(s: CustomerStats, profile: Profile, labels: Mapping[str, str]) -> Facts:
    has = s.purchases > 0
    numbers: dict[str, int | None] = {
        "purchases": s.purchases, "total_cents": s.total_cents, "recent": s.recent,
        "days_since_last": _days(s.days_since_last) if has else None,
        "days_since_first": _days(s.days_since_first) if has else None,
    }
    return Facts(numbers, profile.tags, profile.source.strip(), labels)


def rule_labels(rules: Sequence[Rule], facts: Facts) -> list[Label]:
    """One label per matching rule (reason: the conditions, each met), or "none"."""
    found = [
        Label(RULES, r.name, "rule", {"rule": r.name,
                                      "conditions": [[c.field, c.op, c.value] for c in r.conditions]})
        for r in rules if all(condition_holds(c, facts) for c in r.conditions)
    ]
    if found:
        return found
    return [Label(RULES, NONE, "rules_none", {"rules": len(rules)}) if rules else Label(RULES, NONE, "no_rules", {})]


def classify_profile(s: CustomerStats, profile: Profile, settings: Settings, cuts: Cuts, rules: Sequence[Rule],
                     phones: regions.PhoneRegions) -> list[Label]:
    """Every label of one customer, in ALL_CLASSIFICATIONS order (several for tags and rules)."""
    fixed = classify(s, settings, cuts)
    region = region_label(profile, phones)
    source = source_label(profile.source)
    labels = {x.classification: x.label for x in (*fixed, region, source)}
    return [*fixed, region, source, *tag_labels(profile.tags),
            *rule_labels(rules, rule_facts(s, profile, labels))]


class FollowUpDue(NamedTuple):
    customer_id: int
    name: str
    due: str  # ISO date of the next contact
    days_overdue: int  # 0 = due today
    kind: str
    summary: str  # the start of the latest follow-up's content
