"""Duplicate scan and the entry / import check (PRODUCT.md §4, issue #7).

Scoring and clustering live in `app.models.matching`; this module reads the vault through
`dedupe_repo` and applies the user's permission. Read-only and not logged, like listing, search
and classification: a scan shows no field of any customer beyond what the customer list shows —
reasons mask phones and emails and never carry the ID number (only "same ID number").
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from app.models import validation
from app.models.errors import NotFound, ValidationError
from app.models.matching import (
    DEFAULT_MIN_SCORE,
    Cluster,
    MatchRecord,
    PairScore,
    best_matches,
    find_clusters,
)
from app.models.matching.gc_pause import gc_paused
from app.models.records import ContactKind, Customer, SensitiveKind
from app.models.search_text import sort_key
from app.services import customers as customers_service
from app.services.demo import Cancelled
from app.services.permissions import Action, require
from app.services.session import Session
from app.vault.repositories import customers_repo, dedupe_repo

__all__ = ["Cancelled", "candidates_for", "candidates_for_many", "match_record_of", "scan", "stored_record"]


def _load(session: Session, progress: Callable[[int, int], None] | None,
          cancelled: Callable[[], bool] | None) -> list[MatchRecord]:
    expected = customers_repo.count_customers(session.con)
    records: list[MatchRecord] = []
    for batch in dedupe_repo.iter_match_records(session.con):
        records.extend(batch)
        if progress:
            progress(len(records), max(len(records), expected) * 2)  # reading is the first half
        if cancelled and cancelled():
            raise Cancelled()
    return records


def scan(session: Session, *, min_score: float | None = None,
         progress: Callable[[int, int], None] | None = None,
         cancelled: Callable[[], bool] | None = None) -> list[Cluster]:
    """Clusters of likely duplicates among all customers not in the recycle bin, strongest first,
    leaving out remembered "not duplicates" pairs. Raises `Cancelled` when `cancelled()` says so."""
    require(session.user, Action.VIEW)
    with gc_paused():  # reading 100k records would otherwise trigger GUI-stalling full collections
        records = _load(session, progress, cancelled)
        exclude = dedupe_repo.not_duplicate_pairs(session.con)
        total = len(records)

        def scoring_progress(done: int, of: int) -> None:
            if progress:
                progress(total + (done * total // of if of else total), 2 * total)

        clusters = find_clusters(records, min_score=DEFAULT_MIN_SCORE if min_score is None else min_score,
                                 exclude=exclude, progress=scoring_progress, cancelled=cancelled)
    if cancelled and cancelled():
        raise Cancelled()
    if progress:
        progress(2 * total, 2 * total)
    return clusters


def _lookup_phones(values: tuple[str, ...], region: str) -> set[str]:
    out: set[str] = set()
    for value in values:
        out.add(value)
        try:
            out.add(validation.normalize_phone(value, region).contact_value())
        except ValidationError:
            pass
    return out


def _lookup_emails(values: tuple[str, ...]) -> set[str]:
    out: set[str] = set()
    for value in values:
        out.update((value, value.lower()))
        try:
            normalized = validation.normalize_email(value)
        except ValidationError:
            continue
        out.update((normalized, normalized.lower()))
    return out


def _lookup_messenger(values: tuple[str, ...]) -> set[str]:
    out: set[str] = set(values)
    for value in values:
        for normalize in (validation.normalize_wechat, validation.normalize_qq):
            try:
                out.add(normalize(value))
            except ValidationError:
                pass
    return out


def _sound_prefixes(record: MatchRecord) -> set[str]:
    """`sort_key` prefixes of the name as written and, for a two-word name, in the other order
    ("San Zhang" also looks for "zhang san", which is how 张三 and 張三 sort)."""
    name = record.name or " ".join(p for p in (record.given_name, record.family_name) if p)
    if not name.strip():
        return set()
    words = name.split()
    names = {name} | ({words[1] + " " + words[0]} if len(words) == 2 else set())
    return {sort_key(n).split("\x1f", 1)[0] + "\x1f" for n in names}


def _candidate_keys(record: MatchRecord, region: str) -> dedupe_repo.CandidateKeys:
    try:
        blind = bytes.fromhex(record.id_key) if record.id_key else None
    except ValueError:
        blind = None
    return dedupe_repo.CandidateKeys(
        phones=frozenset(_lookup_phones(record.phones, region)), emails=frozenset(_lookup_emails(record.emails)),
        messenger_ids=frozenset(_lookup_messenger(record.wechat)), id_blind_index=blind,
        sort_prefixes=frozenset(_sound_prefixes(record)),
    )


def candidates_for(session: Session, record: MatchRecord, *, limit: int = 5,
                   min_score: float | None = None) -> list[PairScore]:
    """Existing customers that may be the same person as `record` (entry / import check; `record.id`
    is 0 for a customer not yet saved), strongest first, at most `limit`, without remembered
    "not duplicates" pairs.

    Candidates are looked up by index, not by scanning: customers sharing a phone, email, WeChat
    id / QQ number or ID number (blind index) with the record, or whose name sounds the same
    (张三, 張三, 章三, "Zhang San"). A duplicate with a misspelt name *and* no shared contact is
    left to the full scan."""
    require(session.user, Action.VIEW)
    threshold = DEFAULT_MIN_SCORE if min_score is None else min_score
    con = session.con
    keys = _candidate_keys(record, customers_service.default_region(session))
    ids = dedupe_repo.candidate_ids(
        con, phones=keys.phones, emails=keys.emails, messenger_ids=keys.messenger_ids,
        id_blind_index=keys.id_blind_index, sort_prefixes=keys.sort_prefixes,
    )
    ids.discard(record.id)
    candidates = dedupe_repo.match_records(con, ids)
    exclude = dedupe_repo.not_duplicate_pairs(con) if record.id else set()
    found = [p for p in best_matches(record, candidates, min_score=threshold) if (p.a, p.b) not in exclude]
    return found[:limit]


def candidates_for_many(session: Session, records: Sequence[MatchRecord], *, limit: int = 5,
                        min_score: float | None = None, below_id: int | None = None) -> list[list[PairScore]]:
    """`candidates_for` of each record (same pairs, same order), for a whole batch (an import):
    the candidate ids of all records come from one set-based query per kind of key and the
    candidate customers are read once, instead of several queries per record. With `below_id`,
    only customers with a smaller id are candidates (an import leaves out the customers it made)."""
    require(session.user, Action.VIEW)
    if not records:
        return []
    threshold = DEFAULT_MIN_SCORE if min_score is None else min_score
    con = session.con
    region = customers_service.default_region(session)
    id_sets = dedupe_repo.candidate_ids_many(con, [_candidate_keys(r, region) for r in records])
    for record, ids in zip(records, id_sets, strict=True):
        ids.discard(record.id)
        if below_id is not None:
            ids.difference_update([i for i in ids if i >= below_id])
    loaded = {r.id: r for r in dedupe_repo.match_records(con, set().union(*id_sets))}
    exclude = dedupe_repo.not_duplicate_pairs(con) if any(r.id for r in records) else set()
    out: list[list[PairScore]] = []
    for record, ids in zip(records, id_sets, strict=True):
        candidates = [loaded[i] for i in sorted(ids) if i in loaded]  # id order, as match_records gives
        pairs = best_matches(record, candidates, min_score=threshold)
        out.append([p for p in pairs if (p.a, p.b) not in exclude][:limit])
    return out


def stored_record(session: Session, customer_id: int) -> MatchRecord:
    """The MatchRecord of a saved customer, read as a scan reads it (with the ID number's blind
    index; nothing is revealed or logged). Raises NotFound for an unknown id."""
    require(session.user, Action.VIEW)
    record = dedupe_repo.match_record(session.con, customer_id)
    if record is None:
        raise NotFound(what="customer", id=customer_id)
    return record


def match_record_of(customer: Customer, session: Session | None = None) -> MatchRecord:
    """The MatchRecord of an app.models customer (entry / import checks). The blind index of the
    ID number needs the vault key: it is filled in only when `session` is given."""
    phones = tuple(c.value for c in customer.contacts_of(ContactKind.PHONE) if c.value)
    emails = tuple(c.value for c in customer.contacts_of(ContactKind.EMAIL) if c.value)
    wechat = tuple(c.value for k in (ContactKind.WECHAT, ContactKind.QQ) for c in customer.contacts_of(k) if c.value)
    address = customer.addresses[0] if customer.addresses else None
    id_key = ""
    id_number = customer.sensitive.get(SensitiveKind.ID_NUMBER)
    if (session is not None and id_number is not None and id_number.valid and id_number.value
            and "*" not in id_number.value):  # a masked value (as shown) is no ID number
        id_key = session.blind_indexer()(SensitiveKind.ID_NUMBER, id_number.value).hex()
    return MatchRecord(
        id=customer.id or 0, name=customer.name, family_name=customer.family_name,
        given_name=customer.given_name, company=customer.company, phones=phones, emails=emails,
        wechat=wechat, id_key=id_key, birthday=customer.birthday.iso() if customer.birthday else "",
        address=address.one_line() if address else "", postal_code=address.postal_code if address else "",
    )
