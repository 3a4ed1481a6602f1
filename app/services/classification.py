"""Classify every customer and explain one (PRODUCT.md §3): lifecycle, transaction time, frequency,
RFM, region, source, tags and user-defined rules; suggested actions per segment; the customers who
need a follow-up.

Rules and reasons live in `app.models.classification` (+ `regions`, `classification_rules`); this
module reads the data and keeps the result of the last pass.

How a pass works (bench/bench_classify.py, 1M customers / 10M purchases on 2 cores: 6–8 s wall
/ 8 s CPU for the first pass after unlock, 3–4 s wall / 4.5 s CPU after a change, nothing while
nothing changed; the wall time depends on how free the second core is):

* the reads run on two connections at once: this thread on the session's connection, one helper
  thread on a second, read-only one (`database.connect_reader`), each taking the next read from a
  shared list (`_run_reads`). SQLite releases the GIL while a statement runs, but pysqlite takes it
  back for every row, and a thread that must win the GIL back once per row from a thread running
  Python waits up to the switch interval each time. So the big reads return whole columns as
  JSON arrays in one row (one statement, no per-row hand-over; `json.loads` builds the lists in C)
  and run beside the Python work of the other thread;
* purchase statistics and the source of everyone come from `customers` (the denormalised purchase
  counters, plus an index seek counting the last 365 days of purchases for the customers who
  bought in them), in id ranges of STATS_PART customers shared out between the two readers
  (small vaults: one streamed read on this thread);
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

import operator
import threading
from collections import Counter, deque
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, fields
from datetime import date
from itertools import compress, islice, repeat
from typing import Any, cast

from app.models import classification as model
from app.models import classification_rules as rules_model
from app.models import regions
from app.models.classification import FollowUpDue, Label
from app.models.errors import NotFound, ValidationError
from app.models.matching.gc_pause import gc_paused
from app.services import settings as settings_service
from app.services.demo import Cancelled
from app.services.permissions import Action, require
from app.services.session import Session, on_lock
from app.vault import database
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
        with gc_paused():  # millions of short-lived tuples: the cyclic collector would add ~30 % for nothing
            fresh = _compute(session, day, settings, user_rules, profiles, progress, cancelled)
        fresh.counter = classification_repo.change_counter(con)
        _STATE = fresh
        return fresh


# Below this many customers one connection on the calling thread does the whole pass (a second
# connection and a thread would cost more than they save); from it on, the reads are shared out
# between this thread and one helper thread with its own read-only connection.
PARALLEL_FROM = 50_000
STATS_PART = 125_000  # customers per part of the statistics read (parts go to whichever reader is free)

Columns = classification_repo.StatsColumns
Read = Callable[[database.Connection], object]


def _compute(session: Session, day: date, settings: model.Settings, user_rules: list[model.Rule],
             profiles: _Profiles, progress: Progress | None, cancelled: IsCancelled | None) -> _State:
    con = session.con
    expected = customers_repo.count_customers(con)
    two = expected >= PARALLEL_FROM and not con.in_transaction  # another connection sees committed rows only
    halt = threading.Event()  # set when the pass stops early: the other reader stops at its next batch
    refreshes: list[_ProfileRefresh] = []

    def profile_reads() -> list[Read]:  # planning scans `customers`: the other reader starts meanwhile
        refreshes.append(_ProfileRefresh.plan(session, profiles, expected))
        return refreshes[0].reads()

    parts = _stats_parts(con, expected) if two else [None]
    n_parts = len(parts)
    results = _run_reads(session, [_stats_read(day, part, halt) for part in parts], profile_reads, two, halt,
                         progress, cancelled)
    ids: list[int] = []
    purchases: list[int] = []
    totals: list[int] = []
    first: list[int | None] = []
    last: list[int | None] = []
    recent: list[int] = []
    raw_sources: list[str] = []
    for part in results[:n_parts]:
        cid, n, cents, f, la, rec, src = cast(Columns, part)
        ids += cid
        purchases += n
        totals += cents
        first += f
        last += la
        recent += rec
        raw_sources += src
    if any(map(operator.ge, ids, islice(ids, 1, None))):  # not by id (the parts come in rowid order)
        order = sorted(range(len(ids)), key=ids.__getitem__)
        stats: tuple[list[Any], ...] = (ids, purchases, totals, first, last, recent, raw_sources)
        for column in stats:
            column[:] = list(map(column.__getitem__, order))
    refreshes[0].apply(results[n_parts:], ids)
    found = list(map(profiles.of.get, ids))
    if None in found:  # customers the incremental read missed
        _fill_missing(session, profiles, [i for i, p in zip(ids, found, strict=True) if p is None])
    place_of = list(map(profiles.of.__getitem__, ids)) if None in found else cast(list[int], found)
    cuts = model.compute_cuts(purchases, totals, last, recent, settings)
    columns = model.assign_all(purchases, totals, first, last, recent, settings, cuts)
    shown = {s: s.strip() or model.UNKNOWN for s in set(raw_sources)}
    columns[model.SOURCE] = list(map(shown.__getitem__, raw_sources))
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
        progress(len(results) + 1, len(results) + 1)
    return state


def _tick(progress: Progress | None, cancelled: IsCancelled | None, done: int, total: int) -> None:
    if progress:
        progress(done, total)
    if cancelled and cancelled():
        raise Cancelled()


def _run_reads(session: Session, reads: list[Read], more: Callable[[], list[Read]], two: bool,
               halt: threading.Event, progress: Progress | None, cancelled: IsCancelled | None) -> list[object]:
    """Run every read and return the results in order: `reads`, then those `more` returns (called on
    this thread once the other reader has started; they are taken first). This thread takes reads
    from the front on the session's connection (progress and cancel happen here); with `two`, a
    helper thread takes them from the back on a second read-only connection. SQLite releases the GIL
    while a statement runs, so the two reads overlap on two cores. Nothing else writes meanwhile (the
    pass runs on the vault thread), so both connections see the same data."""
    reads = list(reads)
    results: list[object] = [None] * len(reads)
    done = [False] * len(reads)
    pending = deque(range(len(reads)))  # popleft / pop are atomic: each read is taken once
    failed: list[BaseException] = []
    helper: threading.Thread | None = None
    if two:
        path, key = session.vault.paths.db, session.vault.keys.sqlcipher_key_literal()

        def work() -> None:
            try:
                reader = database.connect_reader(path, key)
                try:
                    while not halt.is_set():
                        try:
                            i = pending.pop()
                        except IndexError:
                            return
                        results[i] = reads[i](reader)
                        done[i] = True
                finally:
                    reader.close()
            except BaseException as exc:  # handed to the calling thread below
                failed.append(exc)
                halt.set()

        helper = threading.Thread(target=work, name="classification-reader", daemon=True)
        helper.start()
    con = session.con
    try:
        extra = more()
        first = len(reads)
        reads += extra  # before their indexes are queued: the helper reads only what it took
        results += [None] * len(extra)
        done += [False] * len(extra)
        pending.extendleft(reversed(range(first, first + len(extra))))
        total = len(reads) + 1
        while not halt.is_set():
            try:
                i = pending.popleft()
            except IndexError:
                break
            results[i] = reads[i](con)
            done[i] = True
            _tick(progress, cancelled, sum(done), total)
        while helper is not None and helper.is_alive():
            helper.join(0.05)
            _tick(progress, cancelled, sum(done), total)
        _tick(progress, cancelled, sum(done), total)  # at least once, even when the helper took every read
    except BaseException:
        halt.set()
        raise
    finally:
        if helper is not None:
            helper.join()
    if failed:
        raise failed[0]
    return results


def _stats_parts(con: database.Connection, expected: int) -> list[tuple[int, int] | None]:
    """Id ranges for the statistics read, about STATS_PART customers each (one part, None, for a
    small vault)."""
    n = min(16, expected // STATS_PART)
    if n < 2:
        return [None]
    low, high = classification_repo.id_bounds(con)
    step = -(-(high + 1 - low) // n)
    return [(low + k * step, min(high + 1, low + (k + 1) * step)) for k in range(n)]


def _stats_read(day: date, part: tuple[int, int] | None, halt: threading.Event) -> Read:
    def read(con: database.Connection) -> Columns:
        if part is not None:  # one statement, no Python lock held while it runs
            return classification_repo.stats_columns(con, day, part)
        columns: Columns = ([], [], [], [], [], [], [])
        ids, purchases, totals, first, last, recent, sources = columns
        for rows in classification_repo.iter_stats(con, day):
            if halt.is_set():
                break
            cid, n, cents, f, la, rec, src = zip(*rows, strict=True)
            ids += cid
            purchases += n
            totals += cents
            first += f
            last += la
            recent += rec
            sources += src
        return columns
    return read


@dataclass
class _ProfileRefresh:
    """Region and tags of every customer (a full read) or of those changed since the last pass."""

    profiles: _Profiles
    stamp: str
    since: str | None
    targets: list[int] | None  # the changed customers; None for a full read
    applied: bool = False

    @property
    def full(self) -> bool:
        return self.since is None

    @classmethod
    def plan(cls, session: Session, profiles: _Profiles, expected: int) -> _ProfileRefresh:
        # Rows written from this second on are read again next time (a change in the same second as
        # this read may or may not be in it).
        stamp = session.clock()
        since: str | None = profiles.stamp or None
        if since is not None and stamp < since:
            since = None  # the clock went back: read everything again
        targets: list[int] | None = None
        if since is not None:
            targets = classification_repo.changed_ids(session.con, since)
            if len(targets) > expected // 4:
                since, targets = None, None  # many changes (an import): one full read is cheaper
        if since is None:
            profiles.of.clear()
        return cls(profiles, stamp, since, targets)

    def reads(self) -> list[Read]:
        if self.targets is not None and not self.targets:
            return []  # nobody changed
        since = self.since
        phones = self.profiles.phones

        def address_regions(con: database.Connection) -> dict[int, str]:
            cids, country, province, city, free_form, position = classification_repo.addresses(con, since)
            first = _first_rows(cids, position)
            rows = list(first.values())
            picked = (map(column.__getitem__, rows) for column in (country, province, city, free_form))
            return _address_regions(dict(zip(first, zip(*picked, strict=True), strict=True)))

        def first_phones(con: database.Connection) -> dict[int, str]:
            cids, numbers, position = classification_repo.phones(con, since)
            first = _first_rows(cids, position)
            phones.prepare()  # the prefix table, read now rather than by the first look-up in `apply`
            return dict(zip(first, map(numbers.__getitem__, first.values()), strict=True))

        def tag_sets(con: database.Connection) -> dict[int, tuple[str, ...]]:
            names = classification_repo.tag_names(con)
            cids, joined = classification_repo.customer_tags(con, since)
            # "3,7" -> ("VIP", "批发"): a few distinct sets
            sets = {j: tuple(sorted(names[int(t)] for t in j.split(","))) for j in set(joined)}
            return dict(zip(cids, map(sets.__getitem__, joined), strict=True))

        return [address_regions, first_phones, tag_sets]

    def apply(self, found: list[object], ids: list[int]) -> None:
        """Fill in the profiles from the reads: everyone in `ids` after a full read, else the
        changed customers."""
        if found:
            by_address = cast(dict[int, str], found[0])
            phones = cast(dict[int, str], found[1])
            tags = cast(dict[int, tuple[str, ...]], found[2])
            targets = ids if self.targets is None else self.targets
            _fill_profiles(self.profiles, targets, by_address, phones, tags)
        self.profiles.stamp = self.stamp


def _first_rows(owners: list[int], positions: list[int]) -> dict[int, int]:
    """The row of each owner's first entry: the lowest position, the earliest row among equal ones.
    Most customers have one address and one phone, so Python loops only over the rows of those
    with several; the rest is done in C (`dict`, `zip`, `compress`)."""
    n = len(owners)
    first = dict(zip(reversed(owners), range(n - 1, -1, -1), strict=True))  # the earliest row of each
    if len(first) < n:
        several = {owner for owner, k in Counter(owners).items() if k > 1}
        for i in compress(range(n), map(several.__contains__, owners)):
            owner = owners[i]
            if positions[i] < positions[first[owner]]:
                first[owner] = i
    return first


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
    """Region (the address, else the phone's area, else unknown) and tags of each target, as an
    index into the distinct (region, tags) pairs; per-row work in C except for the phone look-ups."""
    found: list[str | None] = list(map(by_address.get, targets))
    phone_region = profiles.phones.region
    unknown = regions.UNKNOWN
    for k in compress(range(len(found)), [r is None for r in found]):
        number = phones.get(targets[k])
        found[k] = (phone_region(number) if number else None) or unknown
    keys = cast(list[Place], list(zip(found, map(tags.get, targets, repeat(())), strict=True)))
    index = profiles.index
    places = profiles.places
    for key in dict.fromkeys(keys):  # distinct pairs, first seen first
        if key not in index:
            index[key] = len(places)
            places.append(key)
    profiles.of.update(zip(targets, map(index.__getitem__, keys), strict=True))


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
