"""Fill a vault with realistic synthetic customers (for trying the app and for benchmarks)."""

from __future__ import annotations

import random
import time
from collections.abc import Callable
from dataclasses import dataclass

from app.models.demo_data import (
    generate_consents,
    generate_customers,
    generate_follow_ups,
    generate_purchases,
)
from app.models.records import Consent, FollowUp, Purchase
from app.services.permissions import Action, require
from app.services.session import Session
from app.vault.repositories import activity_repo, customers_repo

BATCH = 5000


@dataclass(frozen=True)
class DemoResult:
    customers: int
    purchases: int
    seconds: float


class Cancelled(Exception):
    pass


def fill_demo(session: Session, count: int, *, purchases_mean: float = 3.0, seed: int = 1,
              progress: Callable[[int, int], None] | None = None,
              cancelled: Callable[[], bool] | None = None) -> DemoResult:
    """Insert `count` demo customers with purchases, follow-ups and consents in one transaction
    (all or nothing; a cancel rolls everything back). Logged as one `import` entry."""
    require(session.user, Action.EDIT)
    start = time.perf_counter()
    rng = random.Random(seed * 7919)
    total_purchases = 0
    at = session.clock()
    # Small fills use small batches so progress moves and Cancel is noticed quickly.
    batch_size = max(100, min(BATCH, count // 20))
    with session.transaction() as con:
        batch = []
        done = 0
        for customer in generate_customers(count, seed=seed):
            batch.append(customer)
            if len(batch) == batch_size:
                total_purchases += _flush(con, batch, at, session, rng, purchases_mean)
                done += len(batch)
                batch = []
                if progress:
                    progress(done, count)
                if cancelled and cancelled():
                    raise Cancelled()
        total_purchases += _flush(con, batch, at, session, rng, purchases_mean)
        session.log("import", detail={"source": "demo", "customers": count, "purchases": total_purchases})
    if progress:
        progress(count, count)
    return DemoResult(count, total_purchases, time.perf_counter() - start)


def _flush(con: object, batch: list, at: str, session: Session, rng: random.Random, mean: float) -> int:  # type: ignore[type-arg]
    if not batch:
        return 0
    ids = customers_repo.bulk_insert(con, batch, at, session.blind_indexer())
    purchases: list[Purchase] = []
    follow_ups: list[FollowUp] = []
    consents: list[Consent] = []
    for cid, c in zip(ids, batch, strict=True):
        if mean > 0:
            purchases.extend(generate_purchases(cid, rng, c.created_at, mean=mean))
        follow_ups.extend(generate_follow_ups(cid, rng, c.created_at))
        consents.extend(generate_consents(cid, rng, c.created_at))
    activity_repo.bulk_insert_activity(con, purchases, follow_ups, consents, at)
    return len(purchases)
