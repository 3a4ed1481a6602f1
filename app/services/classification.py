"""Classify every customer (lifecycle, transaction time, frequency, RFM) and explain one (PRODUCT.md §3).

Rules and reasons live in `app.models.classification`; this module reads the statistics and the
settings. A full pass streams the statistics of all customers in batches into plain lists, computes
the population cut points (RFM quintiles, frequency percentiles) by sorting, then counts in one loop.
Read-only: nothing is written and nothing is logged (no customer field is shown).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from app.models import classification as model
from app.models.errors import NotFound
from app.services import settings as settings_service
from app.services.demo import Cancelled
from app.services.permissions import Action, require
from app.services.session import Session
from app.vault.repositories import classification_repo, customers_repo

__all__ = ["Cancelled", "classification_settings", "classify_all", "explain", "today"]


def today(session: Session) -> date:
    return date.fromisoformat(session.clock()[:10])


def classification_settings(session: Session) -> model.Settings:
    return model.Settings.from_mapping(settings_service.get_all(session))


class _Columns:
    def __init__(self) -> None:
        self.purchases: list[int] = []
        self.total_cents: list[int] = []
        self.first: list[int | None] = []
        self.last: list[int | None] = []
        self.recent: list[int] = []


def _load(session: Session, progress: Callable[[int, int], None] | None,
          cancelled: Callable[[], bool] | None) -> _Columns:
    cols = _Columns()
    expected = customers_repo.count_customers(session.con)
    done = 0
    for rows in classification_repo.iter_stats(session.con, today(session)):
        _cid, purchases, total, first, last, recent = zip(*rows, strict=True)
        cols.purchases.extend(purchases)
        cols.total_cents.extend(total)
        cols.first.extend(first)
        cols.last.extend(last)
        cols.recent.extend(recent)
        done += len(rows)
        if progress:
            progress(done, max(done, expected))
        if cancelled and cancelled():
            raise Cancelled()
    return cols


def classify_all(session: Session, progress: Callable[[int, int], None] | None = None,
                 cancelled: Callable[[], bool] | None = None) -> dict[str, dict[str, int]]:
    """Counts per classification and label, e.g. {"lifecycle": {"potential": 3, "active": 10, …}, …}
    (every label present, zeros included; each classification's counts sum to the customers)."""
    require(session.user, Action.VIEW)
    settings = classification_settings(session)
    cols = _load(session, progress, cancelled)
    return model.count_all(cols.purchases, cols.total_cents, cols.first, cols.last, cols.recent, settings)


def explain(session: Session, customer_id: int) -> list[model.Label]:
    """The labels of one customer with their reasons: (classification, label, reason code, params).
    The RFM scores and quantile thresholds are relative to all customers, so this reads everyone's
    statistics once."""
    require(session.user, Action.VIEW)
    settings = classification_settings(session)
    stats = classification_repo.customer_stats(session.con, customer_id, today(session))
    if stats is None:
        raise NotFound(what="customer", id=customer_id)
    cols = _load(session, None, None)
    cuts = model.compute_cuts(cols.purchases, cols.total_cents, cols.last, cols.recent, settings)
    return model.classify(stats, settings, cuts)
