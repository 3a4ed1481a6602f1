"""Classification over a small vault: counts, the recycle bin, explain with reasons."""

from __future__ import annotations

import pytest

from app.i18n.messages import label_name, reason_text
from app.models.errors import NotFound
from app.services import classification, customers
from app.services import settings as settings_service


@pytest.fixture
def vault(owner):
    owner.clock = lambda: "2024-06-30T12:00:00Z"
    ids = {}
    ids["potential"] = customers.create_customer(owner, {"name": "潜在"})
    ids["new"] = customers.create_customer(owner, {"name": "新客"})
    customers.add_purchase(owner, ids["new"], "2024-06-20", "100")
    ids["returning"] = customers.create_customer(owner, {"name": "回头"})
    customers.add_purchase(owner, ids["returning"], "2024-01-01", "50")
    customers.add_purchase(owner, ids["returning"], "2024-06-18", "70.50")
    customers.add_purchase(owner, ids["returning"], "2024-06-19", "10")
    ids["churned"] = customers.create_customer(owner, {"name": "流失"})
    customers.add_purchase(owner, ids["churned"], "2023-01-01", "999")
    ids["binned"] = customers.create_customer(owner, {"name": "回收站"})
    customers.add_purchase(owner, ids["binned"], "2024-06-29", "1")
    customers.delete_customer(owner, ids["binned"])
    return owner, ids


def test_counts_per_classification(vault) -> None:
    session, _ids = vault
    counts = classification.classify_all(session)
    assert counts["lifecycle"] == {"potential": 1, "active": 2, "churned": 1}
    assert counts["transaction_time"] == {"none": 1, "new": 1, "returning": 1, "old": 1}
    assert counts["frequency"] == {"none": 2, "low": 1, "mid": 1, "high": 0}
    assert counts["rfm"]["none"] == 1 and sum(counts["rfm"].values()) == 4


def test_progress_and_cancel(vault) -> None:
    session, _ids = vault
    seen = []
    classification.classify_all(session, progress=lambda done, total: seen.append((done, total)))
    assert seen[-1][0] == seen[-1][1] and all(done <= total for done, total in seen)
    classification.reset_cache()  # a cached result needs no work, so nothing to cancel
    with pytest.raises(classification.Cancelled):
        classification.classify_all(session, cancelled=lambda: True)


def test_explain_gives_labels_and_reasons(vault) -> None:
    session, ids = vault
    got = {x.classification: x for x in classification.explain(session, ids["returning"])}
    assert got["lifecycle"].label == "active"
    assert got["transaction_time"][1:] == ("returning", "returning",
                                           {"purchases": 3, "days_since_last": 11, "returning_days": 90})
    assert got["frequency"].label == "mid" and got["frequency"].params["recent"] == 3
    assert got["rfm"].params["total_cents"] == 13050
    text = reason_text(got["transaction_time"].code, got["transaction_time"].params)
    assert text == "3 purchases, the latest 11 days ago (returning within 90 days)."
    assert "130.50" in reason_text("rfm", got["rfm"].params)
    assert label_name("rfm", got["rfm"].label) != got["rfm"].label
    churned = {x.classification: x for x in classification.explain(session, ids["churned"])}
    assert churned["lifecycle"].params == {"days_since_last": 546, "churn_days": 180}
    assert [x.label for x in classification.explain(session, ids["potential"])] == [
        "potential", "none", "none", "none", "unknown", "unknown", "untagged", "none"]


def test_explain_refuses_unknown_and_binned_customers(vault) -> None:
    session, ids = vault
    for cid in (ids["binned"], 9999):
        with pytest.raises(NotFound):
            classification.explain(session, cid)


def test_settings_change_the_labels(vault) -> None:
    session, ids = vault
    settings_service.set_value(session, "classify_returning_days", 10)
    got = {x.classification: x.label for x in classification.explain(session, ids["returning"])}
    assert got["transaction_time"] == "old"
    settings_service.set_value(session, "classify_frequency_mode", "quantile")
    assert classification.classify_all(session)["frequency"]["high"] == 1


def test_unknown_reason_code_is_shown_as_a_rule() -> None:
    assert "mystery" in reason_text("mystery", {})
