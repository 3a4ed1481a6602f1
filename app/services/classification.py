"""Classify every customer and explain one (PRODUCT.md §3): lifecycle, transaction time, frequency,
RFM, region, source, tags and user-defined rules; suggested actions per segment; the customers who
need a follow-up.

Rules and reasons live in `app.models.classification` (+ `regions`, `classification_rules`); this
module reads the data and keeps the result of the last pass.

How a pass works (bench/bench_classify.py, 1M customers / 10M purchases: about 10 s of CPU for the
first pass after unlock, about 5 s after a change, nothing while nothing changed):

* purchase statistics and the source of everyone come from one SQL pass over `customers` (the
  denormalised purchase counters, plus an index seek counting the last 365 days of purchases for
  the customers who bought in them), streamed into plain lists;
* the population cut points (RFM quintiles, frequency percentiles) are computed by sorting, then
  every customer's fixed labels in one tight loop (`model.assign_all`);
* region and tags depend only on the customer's own record. They are kept between passes as a
  small table of distinct (region, tags) pairs plus one index per customer; after the first pass
  only customers whose `updated_at` is not older than the previous pass are re-read (every edit
  of addresses, phones and tags rewrites `updated_at`), or everyone after a large change such as
  an import. Addresses decide first; phones are looked up only for the customers left, in the
  geocoder's prefix table;
* user rules are evaluated column-wise: each condition becomes one boolean column (a list
  comprehension over a column, or one verdict per distinct label or (region, tags) pair);
* the cyclic garbage collector is paused during a pass (millions of short-lived tuples).

The result is cached for the connection and reused while nothing was written through it (SQLite's
`total_changes`) and the day is the same, so `segment_ids` / `labels_for` after `classify_all`
need no new pass. When something changed, the statistics are recomputed in full: days since a
purchase age every day and the quintiles and percentiles are population-wide, so patching single
customers would still need the sorts and the label loop (about half of the CPU time); the SQL
aggregate is the rest. Passes run off the GUI thread through the TaskRunner (the GUI calls these
functions from a task). The cache is dropped whenever a session locks (`session.on_lock`).

Reading is not logged (counts and labels, no customer field); changing settings, rules and
suggested actions is owner-only and logged as a settings change.
"""

from __future__ import annotations

import gc
import threading
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, fields
from datetime import date

from app.models import classification as model
from app.models import classification_rules as rules_model
from app.models import regions
from app.models.classification import FollowUpDue, Label
from app.models.errors import NotFound, ValidationError
from app.services import settings as settings_service
from app.services.demo import Cancelled
from app.services.permissions import Action, require
from app.services.session import Session, on_lock
from app.vault.repositories import classification_repo, customers_repo

__all__ = [
    "Cancelled", "FollowUpDue", "classification_settings", "classify_all", "delete_rule", "explain", "labels_for",
    "needs_follow_up", "reset_cache", "rules", "save_rule", "save_settings", "segment_ids", "set_suggested_action",
    "suggested_actions", "today",
]

RULES_KEY = "classify_rules"
ACTIONS_KEY = "classify_actions"

Progress = Callable[[int, int], None]
IsCancelled = Callable[[], bool]


def today(session: Session) -> date:
    return date.fromisoformat(session.clock()[:10])


# --- settings ------------------------------------------------------------------------------------

def classification_settings(session: Session) -> model.Settings:
    return model.Settings.from_mapping(settings_service.get_all(session))


def save_settings(session: Session, settings: model.Settings) -> None:
    """Save the thresholds (owner only; each changed key logged as a settings change). Raises
    ValidationError("setting", reason, name=…) for non-positive days, mid ≥ high or percentiles
    outside 1–99."""
    require(session.user, Action.ADMIN)
    model.validate_settings(settings)
    current = classification_settings(session)
    for f in fields(model.Settings):
        value = getattr(settings, f.name)
        if value != getattr(current, f.name):
            settings_service.set_value(session, "classify_" + f.name, value)


# --- rules ---------------------------------------------------------------------------------------

def rules(session: Session) -> list[model.Rule]:
    require(session.user, Action.VIEW)
    return rules_model.rules_from_json(classification_repo.get_setting(session.con, RULES_KEY) or [])


def save_rule(session: Session, rule: model.Rule) -> None:
    """Add the rule, or replace the one with the same name (owner only; ValidationError("rule", …))."""
    require(session.user, Action.ADMIN)
    current = rules(session)
    checked = rules_model.validate_rule(rule, [r.name for r in current if r.name != rule.name.strip()])
    updated = [checked if r.name == checked.name else r for r in current]
    if checked.name not in {r.name for r in current}:
        updated.append(checked)
    _store(session, RULES_KEY, [r.to_json() for r in updated])


def delete_rule(session: Session, name: str) -> None:
    require(session.user, Action.ADMIN)
    current = rules(session)
    if name not in {r.name for r in current}:
        raise NotFound(what="rule", id=name)
    _store(session, RULES_KEY, [r.to_json() for r in current if r.name != name])


def _store(session: Session, key: str, value: object) -> None:
    with session.transaction() as con:
        classification_repo.set_setting(con, key, value)
        session.log("settings_change", fields=(key,))


# --- suggested actions ---------------------------------------------------------------------------

def suggested_actions(session: Session) -> dict[tuple[str, str], str]:
    """The owner's own action text per (classification, label). Segments without one show the
    translated default (`app.i18n.classification_messages.suggested_action_text`)."""
    require(session.user, Action.VIEW)
    stored = classification_repo.get_setting(session.con, ACTIONS_KEY)
    if not isinstance(stored, dict):
        return {}
    found: dict[tuple[str, str], str] = {}
    for key, text in stored.items():
        classification, sep, label = str(key).partition("/")
        if sep and isinstance(text, str) and text:
            found[(classification, label)] = text
    return found


MAX_ACTION = 500


def set_suggested_action(session: Session, classification: str, label: str, text: str) -> None:
    """Set the action text of a segment ("" goes back to the default); owner only."""
    require(session.user, Action.ADMIN)
    if classification not in model.ALL_CLASSIFICATIONS:
        raise ValidationError("classification", "invalid")
    text = text.strip()
    if len(text) > MAX_ACTION:
        raise ValidationError("suggested_action", "too_long", max=MAX_ACTION)
    current = {"{}/{}".format(c, lab): t for (c, lab), t in suggested_actions(session).items()}
    key = "{}/{}".format(classification, label)
    if text:
        current[key] = text
    else:
        current.pop(key, None)
    _store(session, ACTIONS_KEY, current)


# --- follow-ups ----------------------------------------------------------------------------------

def needs_follow_up(session: Session, *, as_of: date | None = None, limit: int = 500) -> list[FollowUpDue]:
    """Customers whose latest follow-up asks for a next contact on or before `as_of` (today by
    default), the most overdue first. Shows name, date, kind and the start of the note — all
    readable by every role (no sensitive field)."""
    require(session.user, Action.VIEW)
    day = as_of or today(session)
    return [
        FollowUpDue(cid, name, due, (day - date.fromisoformat(due[:10])).days, kind, " ".join(content.split())[:80])
        for cid, name, due, kind, content in classification_repo.follow_ups_due(session.con, day, max(1, limit))
    ]


# --- the pass ------------------------------------------------------------------------------------

Place = tuple[str, tuple[str, ...]]  # (region, sorted tag names)


@dataclass
class _Profiles:
    """Region and tags of every customer: the distinct (region, tags) pairs plus one index per id."""

    stamp: str = ""  # latest customers.updated_at when read
    places: list[Place] = field(default_factory=list)
    index: dict[Place, int] = field(default_factory=dict)
    of: dict[int, int] = field(default_factory=dict)  # customer id -> index into places
    phones: regions.PhoneRegions = field(default_factory=regions.PhoneRegions)


@dataclass
class _State:
    con: object
    counter: int
    day: date
    settings: model.Settings
    rules: list[model.Rule]
    profiles: _Profiles
    ids: list[int] = field(default_factory=list)
    columns: dict[str, list[str]] = field(default_factory=dict)  # fixed classifications and source
    place_of: list[int] = field(default_factory=list)  # per row: index into profiles.places
    matches: dict[str, list[bool]] = field(default_factory=dict)  # rule name -> per row
    cuts: model.Cuts | None = None
    counts: dict[str, dict[str, int]] = field(default_factory=dict)


_LOCK = threading.Lock()
_STATE: _State | None = None


def reset_cache() -> None:
    """Forget the last pass (call when the vault locks, and in tests)."""
    global _STATE
    with _LOCK:
        _STATE = None


on_lock(reset_cache)  # counts and labels read from the vault must not outlive a lock


def classify_all(session: Session, progress: Progress | None = None,
                 cancelled: IsCancelled | None = None) -> dict[str, dict[str, int]]:
    """Counts per classification and label, e.g. {"lifecycle": {"potential": 3, …}, "region":
    {"广东省": 12, …}, …}. Fixed classifications list every label (zeros included) and each
    exclusive one sums to the number of customers; tags and rules count a customer once per tag /
    matching rule ("untagged" / "none" otherwise). Data-driven labels come most frequent first."""
    require(session.user, Action.VIEW)
    counts = _state(session, progress, cancelled).counts
    return {name: dict(labels) for name, labels in counts.items()}  # the caller's own copy


def segment_ids(session: Session, classification: str, label: str) -> list[int]:
    """The ids of the customers in one segment, sorted."""
    require(session.user, Action.VIEW)
    state = _state(session, None, None)
    ids = state.ids
    if classification in state.columns:
        column = state.columns[classification]
        return [ids[i] for i, value in enumerate(column) if value == label]
    if classification == model.RULES:
        if label == model.NONE:
            return [ids[i] for i, hit in enumerate(_any_rule(state)) if not hit]
        match = state.matches.get(label)
        return [] if match is None else [ids[i] for i, hit in enumerate(match) if hit]
    if classification not in (model.REGION, model.TAGS):
        raise ValidationError("classification", "invalid")
    wanted = {i for i, place in enumerate(state.profiles.places) if label in _place_labels(classification, place)}
    return [ids[i] for i, p in enumerate(state.place_of) if p in wanted]


def labels_for(session: Session, customer_ids: Sequence[int]) -> dict[int, list[Label]]:
    """Every label with its reason for the given customers (the visible rows; meant for ≤ 200 ids).
    Customers not found (or in the recycle bin) are left out."""
    require(session.user, Action.VIEW)
    state = _state(session, None, None)
    assert state.cuts is not None
    wanted = list(dict.fromkeys(customer_ids))
    stats = classification_repo.stats_for(session.con, wanted, state.day)
    profiles = _profiles_of(session, list(stats))
    return {cid: model.classify_profile(s, profiles[cid], state.settings, state.cuts, state.rules,
                                        state.profiles.phones)
            for cid, s in stats.items() if cid in profiles}


def explain(session: Session, customer_id: int) -> list[Label]:
    """All labels of one customer with their reasons: (classification, label, reason code, params),
    in `model.ALL_CLASSIFICATIONS` order (tags and rules may give several)."""
    found = labels_for(session, [customer_id]).get(customer_id)
    if found is None:
        raise NotFound(what="customer", id=customer_id)
    return found


def _place_labels(classification: str, place: Place) -> tuple[str, ...]:
    region, tags = place
    if classification == model.REGION:
        return (region,)
    return tags or (model.UNTAGGED,)


def _any_rule(state: _State) -> list[bool]:
    if not state.matches:
        return [False] * len(state.ids)
    return [any(row) for row in zip(*state.matches.values(), strict=True)]


def _state(session: Session, progress: Progress | None, cancelled: IsCancelled | None) -> _State:
    global _STATE
    with _LOCK:
        con = session.con
        day = today(session)
        state = _STATE
        if state is not None and state.con is not con:
            state = _STATE = None  # another (or a re-opened) vault: forget the old one's labels at once
        counter = classification_repo.change_counter(con)
        if state is not None and state.con is con and state.counter == counter and state.day == day:
            return state
        profiles = state.profiles if state is not None else _Profiles()
        _STATE = None  # a failed or cancelled pass leaves nothing half-updated behind
        settings = classification_settings(session)
        user_rules = rules(session)
        collecting = gc.isenabled()
        gc.disable()  # millions of short-lived tuples: the cyclic collector would add ~30 % for nothing
        try:
            fresh = _compute(session, day, settings, user_rules, profiles, progress, cancelled)
        finally:
            if collecting:
                gc.enable()
        fresh.counter = classification_repo.change_counter(con)
        _STATE = fresh
        return fresh


def _compute(session: Session, day: date, settings: model.Settings, user_rules: list[model.Rule],
             profiles: _Profiles, progress: Progress | None, cancelled: IsCancelled | None) -> _State:
    con = session.con
    expected = customers_repo.count_customers(con)
    total = max(1, 2 * expected)
    ids: list[int] = []
    purchases: list[int] = []
    totals: list[int] = []
    first: list[int | None] = []
    last: list[int | None] = []
    recent: list[int] = []
    raw_sources: list[str] = []
    for rows in classification_repo.iter_stats(con, day):
        cid, n, cents, f, la, rec, src = zip(*rows, strict=True)
        ids.extend(cid)
        purchases.extend(n)
        totals.extend(cents)
        first.extend(f)
        last.extend(la)
        recent.extend(rec)
        raw_sources.extend(src)
        _tick(progress, cancelled, len(ids), max(total, len(ids)))
    _refresh_profiles(session, profiles, ids, progress, cancelled, len(ids), total)
    of = profiles.of
    missing = [i for i in ids if i not in of]
    if missing:
        _fill_missing(session, profiles, missing)
    place_of = [of[i] for i in ids]
    cuts = model.compute_cuts(purchases, totals, last, recent, settings)
    columns = model.assign_all(purchases, totals, first, last, recent, settings, cuts)
    shown = {s: s.strip() or model.UNKNOWN for s in set(raw_sources)}
    columns[model.SOURCE] = [shown[s] for s in raw_sources]
    numbers: dict[str, Sequence[int | None]] = {"purchases": purchases, "total_cents": totals, "recent": recent}
    if any(c.field.startswith("days_since") for r in user_rules for c in r.conditions):
        numbers["days_since_first"] = [None if n <= 0 else max(0, d or 0)
                                       for n, d in zip(purchases, first, strict=True)]
        numbers["days_since_last"] = [None if n <= 0 else max(0, d or 0)
                                      for n, d in zip(purchases, last, strict=True)]
    matches = {r.name: _rule_column(r, numbers, columns, place_of, profiles.places) for r in user_rules}
    state = _State(con=con, counter=0, day=day, settings=settings, rules=user_rules, profiles=profiles, ids=ids,
                   columns=columns, place_of=place_of, matches=matches, cuts=cuts)
    state.counts = _counts(state)
    if progress:
        progress(total, total)
    return state


def _tick(progress: Progress | None, cancelled: IsCancelled | None, done: int, total: int) -> None:
    if progress:
        progress(done, total)
    if cancelled and cancelled():
        raise Cancelled()


def _refresh_profiles(session: Session, profiles: _Profiles, ids: list[int], progress: Progress | None,
                      cancelled: IsCancelled | None, done: int, total: int) -> None:
    """Region and tags of every customer (first pass) or of those changed since the last one."""
    con = session.con
    # Rows written from this second on are read again next time (a change in the same second as
    # this read may or may not be in it).
    stamp = session.clock()
    since: str | None = profiles.stamp or None
    if since is not None and stamp < since:
        since = None  # the clock went back: read everything again
    targets: Sequence[int] = ids
    if since is not None:
        targets = classification_repo.changed_ids(con, since)
        if len(targets) > len(ids) // 4:
            since, targets = None, ids  # many changes (an import): one full read is cheaper
    if since is None:
        profiles.of.clear()
    if not targets:
        profiles.stamp = stamp
        return
    share = max(1, total - done) // 4
    first: dict[int, tuple[int, tuple[str, str, str, str]]] = {}  # the lowest position wins
    for address_rows in classification_repo.addresses(con, since):
        for cid, country, province, city, free_form, position in address_rows:
            seen = first.get(cid)
            if seen is None or position < seen[0]:
                first[cid] = (position, (country, province, city, free_form))
    addresses = {cid: a for cid, (_p, a) in first.items()}
    _tick(progress, cancelled, done + share, total)
    phones: dict[int, tuple[int, str]] = {}
    by_address = _address_regions(addresses)
    for phone_rows in classification_repo.phones(con, since):
        for cid, number, position in phone_rows:
            if cid in by_address:
                continue  # the address decides
            best = phones.get(cid)
            if best is None or position < best[0]:
                phones[cid] = (position, number)
    _tick(progress, cancelled, done + 2 * share, total)
    names = classification_repo.tag_names(con)
    tag_sets: dict[str, tuple[str, ...]] = {}  # "3,7" -> ("VIP", "批发"): a few distinct sets
    tags: dict[int, tuple[str, ...]] = {}
    for tag_rows in classification_repo.customer_tags(con, since):
        for cid, joined in tag_rows:
            found = tag_sets.get(joined)
            if found is None:
                found = tag_sets[joined] = tuple(sorted(names[int(t)] for t in joined.split(",")))
            tags[cid] = found
    _tick(progress, cancelled, done + 3 * share, total)
    _fill_profiles(profiles, targets, by_address, {cid: p[1] for cid, p in phones.items()}, tags)
    profiles.stamp = stamp


def _fill_missing(session: Session, profiles: _Profiles, missing: list[int]) -> None:
    """Profiles of customers the incremental read missed (e.g. restored from the recycle bin
    without a newer updated_at)."""
    found = _profiles_of(session, missing)
    addresses = {cid: p.address for cid, p in found.items() if p.address is not None}
    phones = {cid: p.phone for cid, p in found.items() if p.phone is not None}
    tags = {cid: tuple(sorted(p.tags)) for cid, p in found.items()}
    _fill_profiles(profiles, missing, _address_regions(addresses), phones, tags)


def _address_regions(addresses: dict[int, tuple[str, str, str, str]]) -> dict[int, str]:
    """Region by customer for the addresses that name one (one look-up per distinct address)."""
    cache: dict[tuple[str, str, str, str], str | None] = {}
    found: dict[int, str] = {}
    for cid, address in addresses.items():
        try:
            region = cache[address]
        except KeyError:
            decided = regions.region_from_address(*address)
            region = cache[address] = None if decided is None else decided[0]
        if region is not None:
            found[cid] = region
    return found


def _fill_profiles(profiles: _Profiles, targets: Sequence[int], by_address: dict[int, str], phones: dict[int, str],
                   tags: dict[int, tuple[str, ...]]) -> None:
    phone_region = profiles.phones.region
    index = profiles.index
    places = profiles.places
    of = profiles.of
    unknown = regions.UNKNOWN
    for cid in targets:
        region = by_address.get(cid)
        if region is None:
            number = phones.get(cid)
            region = (phone_region(number) if number else None) or unknown
        names = tags.get(cid)
        place = (region, names or ())
        i = index.get(place)
        if i is None:
            i = index[place] = len(places)
            places.append(place)
        of[cid] = i


def _profiles_of(session: Session, customer_ids: list[int]) -> dict[int, model.Profile]:
    sources, address_rows, phone_rows, tag_rows = classification_repo.profile_rows(session.con, customer_ids)
    addresses: dict[int, tuple[str, str, str, str]] = {}
    for cid, country, province, city, free_form in address_rows:
        addresses.setdefault(cid, (country, province, city, free_form))
    phones: dict[int, str] = {}
    for cid, number in phone_rows:
        phones.setdefault(cid, number)
    tags: dict[int, list[str]] = {}
    for cid, name in tag_rows:
        tags.setdefault(cid, []).append(name)
    return {cid: model.Profile(addresses.get(cid), phones.get(cid), source, tuple(tags.get(cid, ())))
            for cid, source in sources}


def _rule_column(rule: model.Rule, numbers: dict[str, Sequence[int | None]], columns: dict[str, list[str]],
                 place_of: list[int], places: list[Place]) -> list[bool]:
    """Per row: does the customer match every condition (same semantics as
    `classification_rules.condition_holds`, one column at a time)?"""
    result: list[bool] | None = None
    for c in rule.conditions:
        column = _condition_column(c, numbers, columns, place_of, places)
        result = column if result is None else [a and b for a, b in zip(result, column, strict=True)]
    return result if result is not None else [False] * len(place_of)


def _condition_column(c: model.Condition, numbers: dict[str, Sequence[int | None]], columns: dict[str, list[str]],
                      place_of: list[int], places: list[Place]) -> list[bool]:
    if c.field in rules_model.NUMERIC_FIELDS:
        return _numeric(numbers[c.field], c.op, int(c.value))
    if c.field in columns:  # the fixed classifications and the source: one verdict per distinct label
        column = columns[c.field]
        verdict = {label: rules_model.condition_holds(c, _label_facts(c.field, label)) for label in set(column)}
        return [verdict[label] for label in column]
    per_place = [rules_model.condition_holds(c, rules_model.Facts({}, tags, "", {model.REGION: region}))
                 for region, tags in places]
    return [per_place[i] for i in place_of]


def _label_facts(field_name: str, label: str) -> rules_model.Facts:
    if field_name == model.SOURCE:
        return rules_model.Facts({}, (), "" if label == model.UNKNOWN else label, {})
    return rules_model.Facts({}, (), "", {field_name: label})


def _numeric(values: Sequence[int | None], op: str, x: int) -> list[bool]:
    if op == ">=":
        return [v is not None and v >= x for v in values]
    if op == "<=":
        return [v is not None and v <= x for v in values]
    if op == ">":
        return [v is not None and v > x for v in values]
    if op == "<":
        return [v is not None and v < x for v in values]
    if op == "=":
        return [v is not None and v == x for v in values]
    return [v is not None and v != x for v in values]


def _counts(state: _State) -> dict[str, dict[str, int]]:
    counts = model.empty_counts()
    for name in model.CLASSIFICATIONS:
        counts[name].update(Counter(state.columns[name]))
    counts[model.SOURCE] = dict(Counter(state.columns[model.SOURCE]).most_common())
    region: Counter[str] = Counter()
    tags: Counter[str] = Counter()
    for i, n in Counter(state.place_of).items():
        r, t = state.profiles.places[i]
        region[r] += n
        for name in t or (model.UNTAGGED,):
            tags[name] += n
    counts[model.REGION] = dict(region.most_common())
    counts[model.TAGS] = dict(tags.most_common())
    rule_counts = {name: sum(match) for name, match in state.matches.items()}
    rule_counts[model.NONE] = len(state.ids) - sum(_any_rule(state))
    counts[model.RULES] = rule_counts
    return counts
