"""Classification service (issue #6): region / source / tags / rules over a small vault, segments,
labels for visible rows, incremental refresh, rules and suggested actions in the settings,
owner-only changes, and the needs-follow-up list."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from typing import Any

import pytest

from app.i18n.classification_messages import label_text, reason_text, suggested_action_text
from app.models import classification as m
from app.models.errors import NotFound, PermissionDenied, ValidationError
from app.services import classification, customers
from app.services.access import VaultAccess
from app.services.session import Session
from app.vault.repositories import classification_repo
from tests.conftest import STAFF, STAFF_PASS, login


@pytest.fixture(autouse=True)
def _fresh_cache() -> Iterator[None]:
    classification.reset_cache()
    yield
    classification.reset_cache()


@pytest.fixture
def vault(owner: Session) -> tuple[Session, dict[str, int]]:
    owner.clock = lambda: "2024-06-30T12:00:00Z"
    ids = {
        "gd_address": customers.create_customer(owner, {
            "name": "广东地址", "source": "展会", "tags": ["VIP", "批发"],
            "addresses": [{"province": "广东", "city": "深圳市"}], "phones": ["13800138000"]}),
        "city_only": customers.create_customer(owner, {
            "name": "只有城市", "source": "微信", "addresses": [{"city": "杭州"}]}),
        "free_form": customers.create_customer(owner, {"name": "自由地址", "addresses": ["成都市武侯区人民南路4段"]}),
        "phone_only": customers.create_customer(owner, {"name": "只有电话", "phones": ["13800138000"],
                                                        "tags": ["VIP"]}),
        "abroad": customers.create_customer(owner, {"name": "Ann Lee", "phones": ["+1 415 555 0100"],
                                                    "source": "Website"}),
        "nothing": customers.create_customer(owner, {"name": "什么都没有"}),
    }
    for day in ("2024-01-01", "2024-03-01", "2024-06-01", "2024-06-20", "2024-06-25"):
        customers.add_purchase(owner, ids["gd_address"], day, "100")
    customers.add_purchase(owner, ids["phone_only"], "2023-01-01", "5")
    return owner, ids


def test_counts_include_the_data_driven_classifications(vault: tuple[Session, dict[str, int]]) -> None:
    session, _ids = vault
    counts = classification.classify_all(session)
    assert counts["region"] == {"广东省": 1, "浙江省": 1, "四川省": 1, "北京市": 1, "US": 1, "unknown": 1}
    assert counts["source"] == {"unknown": 3, "展会": 1, "微信": 1, "Website": 1}
    assert counts["tags"] == {"VIP": 2, "批发": 1, "untagged": 4}
    assert counts["rules"] == {"none": 6}
    for name in m.EXCLUSIVE:
        assert sum(counts[name].values()) == 6, name
    assert set(counts) == set(m.ALL_CLASSIFICATIONS)


def test_region_reasons_name_the_deciding_source(vault: tuple[Session, dict[str, int]]) -> None:
    session, ids = vault

    def region(key: str) -> m.Label:
        return next(x for x in classification.explain(session, ids[key]) if x.classification == m.REGION)

    got = region("gd_address")  # the address wins over the (Beijing) phone
    assert (got.label, got.code, got.params["part"], got.params["value"]) == ("广东省", "region_address", "province",
                                                                             "广东")
    assert reason_text(got.code, got.params) == "From the address: province “广东”."
    city = region("city_only")
    assert (city.label, city.params["part"]) == ("浙江省", "city")
    assert reason_text(city.code, city.params) == "From the address: city “杭州” is in Zhejiang."
    assert region("free_form").params["part"] == "free_form"
    phone = region("phone_only")
    assert (phone.label, phone.code, phone.params["prefix"]) == ("北京市", "region_phone", "+861380013")
    assert reason_text(phone.code, phone.params) == "From the phone number: +861380013… is a number in Beijing."
    assert region("abroad").label == "US" and label_text("region", "US") == "United States"
    assert region("nothing").code == "region_unknown"


def test_segment_ids_for_every_kind_of_classification(vault: tuple[Session, dict[str, int]]) -> None:
    session, ids = vault
    assert classification.segment_ids(session, "region", "广东省") == [ids["gd_address"]]
    assert classification.segment_ids(session, "tags", "VIP") == sorted([ids["gd_address"], ids["phone_only"]])
    assert classification.segment_ids(session, "tags", "untagged") == sorted(
        ids[k] for k in ("city_only", "free_form", "abroad", "nothing"))
    assert classification.segment_ids(session, "source", "unknown") == sorted(
        ids[k] for k in ("free_form", "phone_only", "nothing"))
    assert classification.segment_ids(session, "lifecycle", "churned") == [ids["phone_only"]]
    assert classification.segment_ids(session, "rules", "none") == sorted(ids.values())
    assert classification.segment_ids(session, "region", "西藏自治区") == []
    with pytest.raises(ValidationError):
        classification.segment_ids(session, "nonsense", "x")


def test_rules_segment_customers_with_reasons(vault: tuple[Session, dict[str, int]]) -> None:
    session, ids = vault
    vip = m.Rule("大客户", (m.Condition("tag", "=", "vip"), m.Condition("purchases", ">=", "5")), "VIP buying a lot")
    classification.save_rule(session, vip)
    classification.save_rule(session, m.Rule("沉睡", (m.Condition("lifecycle", "=", "churned"),)))
    assert [r.name for r in classification.rules(session)] == ["大客户", "沉睡"]
    assert classification.rules(session)[0].conditions[1].value == 5  # validated into a number
    counts = classification.classify_all(session)
    assert counts["rules"] == {"大客户": 1, "沉睡": 1, "none": 4}
    assert classification.segment_ids(session, "rules", "大客户") == [ids["gd_address"]]
    assert classification.segment_ids(session, "rules", "沉睡") == [ids["phone_only"]]
    assert len(classification.segment_ids(session, "rules", "none")) == 4
    rule = next(x for x in classification.explain(session, ids["gd_address"]) if x.classification == m.RULES)
    assert rule.params == {"rule": "大客户", "conditions": [["tag", "=", "vip"], ["purchases", ">=", 5]]}
    assert reason_text(rule.code, rule.params) == "Matches “大客户”: Tag is vip and Number of purchases at least 5."
    # replace by name, then delete
    classification.save_rule(session, m.Rule("大客户", (m.Condition("purchases", ">=", 6),)))
    assert classification.classify_all(session)["rules"] == {"大客户": 0, "沉睡": 1, "none": 5}
    classification.delete_rule(session, "沉睡")
    assert [r.name for r in classification.rules(session)] == ["大客户"]
    with pytest.raises(NotFound):
        classification.delete_rule(session, "沉睡")
    with pytest.raises(ValidationError) as bad:
        classification.save_rule(session, m.Rule("坏", (m.Condition("purchases", "contains", "1"),)))
    assert bad.value.reason == "operator_not_for_field"


def test_labels_for_visible_rows(vault: tuple[Session, dict[str, int]]) -> None:
    session, ids = vault
    wanted = [ids["abroad"], ids["gd_address"], 99999]
    got = classification.labels_for(session, wanted)
    assert set(got) == {ids["abroad"], ids["gd_address"]}
    gd = got[ids["gd_address"]]
    assert [x.classification for x in gd] == ["lifecycle", "transaction_time", "frequency", "rfm", "region", "source",
                                              "tags", "tags", "rules"]
    assert [x.label for x in gd if x.classification == "tags"] == ["VIP", "批发"]
    assert got[ids["abroad"]] == classification.explain(session, ids["abroad"])


def test_incremental_refresh_after_changes(vault: tuple[Session, dict[str, int]],
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    session, ids = vault
    passes: list[object] = []
    real = classification_repo.iter_stats
    def spy(*args: Any) -> Any:
        passes.append(args)
        return real(*args)

    monkeypatch.setattr(classification_repo, "iter_stats", spy)
    first = classification.classify_all(session)
    first["lifecycle"]["active"] = -1  # the caller's copy
    assert classification.classify_all(session)["lifecycle"]["active"] == 1
    classification.segment_ids(session, "region", "广东省")
    classification.labels_for(session, list(ids.values()))
    assert len(passes) == 1  # nothing written since: the cached result, no new pass
    session.clock = lambda: "2024-06-30T12:00:05Z"
    customers.update_customer(session, ids["nothing"], {"addresses": [{"province": "Guangdong"}], "tags": ["新"]})
    customers.add_purchase(session, ids["abroad"], "2024-06-29", "20")
    new_id = customers.create_customer(session, {"name": "新人", "addresses": ["广州市天河区"]})
    counts = classification.classify_all(session)
    assert counts["region"]["广东省"] == 3 and "unknown" not in counts["region"]
    assert counts["tags"]["新"] == 1 and counts["lifecycle"]["active"] == 2
    assert new_id in classification.segment_ids(session, "region", "广东省")
    customers.delete_customer(session, ids["gd_address"])
    after = classification.classify_all(session)
    assert sum(after["lifecycle"].values()) == 6 and after["region"]["广东省"] == 2
    customers.undelete_customer(session, ids["gd_address"])
    assert classification.classify_all(session)["region"]["广东省"] == 3


def test_a_new_day_recomputes(vault: tuple[Session, dict[str, int]]) -> None:
    session, ids = vault
    assert classification.classify_all(session)["lifecycle"]["churned"] == 1
    session.clock = lambda: "2025-06-30T12:00:00Z"
    assert classification.classify_all(session)["lifecycle"]["churned"] == 2


def test_save_settings_validates_and_is_owner_only(vault: tuple[Session, dict[str, int]], team: Session,
                                                  access: VaultAccess) -> None:
    session, _ids = vault
    current = classification.classification_settings(session)
    classification.save_settings(session, m.Settings(churn_days=30, frequency_mid=2, frequency_high=4))
    saved = classification.classification_settings(session)
    assert (saved.churn_days, saved.frequency_mid, saved.frequency_high) == (30, 2, 4)
    assert classification.classify_all(session)["lifecycle"]["churned"] == 1
    for bad in (m.Settings(churn_days=0), m.Settings(frequency_mid=5, frequency_high=5),
                m.Settings(frequency_mid_percentile=80, frequency_high_percentile=80),
                m.Settings(frequency_high_percentile=100), m.Settings(new_days=-1)):
        with pytest.raises(ValidationError):
            classification.save_settings(session, bad)
    assert current.churn_days == 180
    staff = login(access, STAFF, STAFF_PASS)
    staff.clock = session.clock
    with pytest.raises(PermissionDenied):
        classification.save_settings(staff, m.Settings())
    with pytest.raises(PermissionDenied):
        classification.save_rule(staff, m.Rule("x", (m.Condition("purchases", ">", 1),)))
    with pytest.raises(PermissionDenied):
        classification.set_suggested_action(staff, "lifecycle", "churned", "x")
    assert classification.classify_all(staff)["lifecycle"]["churned"] == 1  # reading is fine


def test_suggested_actions(vault: tuple[Session, dict[str, int]]) -> None:
    session, _ids = vault
    assert classification.suggested_actions(session) == {}
    assert suggested_action_text("lifecycle", "churned") == "Win back: call with an offer"
    classification.set_suggested_action(session, "lifecycle", "churned", "  打电话送优惠券 ")
    classification.set_suggested_action(session, "rules", "大客户", "Invite to the spring fair")
    assert classification.suggested_actions(session) == {("lifecycle", "churned"): "打电话送优惠券",
                                                         ("rules", "大客户"): "Invite to the spring fair"}
    classification.set_suggested_action(session, "lifecycle", "churned", "")
    assert classification.suggested_actions(session) == {("rules", "大客户"): "Invite to the spring fair"}
    with pytest.raises(ValidationError):
        classification.set_suggested_action(session, "lifecycle", "churned", "x" * 501)
    with pytest.raises(ValidationError):
        classification.set_suggested_action(session, "bogus", "x", "y")


def test_needs_follow_up_uses_the_latest_follow_up(vault: tuple[Session, dict[str, int]]) -> None:
    session, ids = vault
    customers.add_follow_up(session, ids["gd_address"], "2024-06-01", "电话", "报价\n跟进", next_contact_date="2024-06-10")
    customers.add_follow_up(session, ids["city_only"], "2024-05-01", "拜访", "old", next_contact_date="2024-05-05")
    customers.add_follow_up(session, ids["city_only"], "2024-06-20", "微信", "newer, no date")  # supersedes
    customers.add_follow_up(session, ids["abroad"], "2024-06-29", "邮件", "due today", next_contact_date="2024-06-30")
    customers.add_follow_up(session, ids["nothing"], "2024-06-29", "", "later", next_contact_date="2024-07-15")
    due = classification.needs_follow_up(session)
    assert [(d.customer_id, d.due, d.days_overdue) for d in due] == [(ids["gd_address"], "2024-06-10", 20),
                                                                      (ids["abroad"], "2024-06-30", 0)]
    assert (due[0].name, due[0].kind, due[0].summary) == ("广东地址", "电话", "报价 跟进")
    assert len(classification.needs_follow_up(session, as_of=date(2024, 7, 15))) == 3
    assert len(classification.needs_follow_up(session, limit=1)) == 1
    customers.delete_customer(session, ids["gd_address"])
    assert [d.customer_id for d in classification.needs_follow_up(session)] == [ids["abroad"]]


def test_segments_agree_with_the_labels_of_each_customer(vault: tuple[Session, dict[str, int]]) -> None:
    """The column-wise pass (segment_ids, counts) and the per-customer labels (labels_for) agree
    for every classification, label and a rule of every field kind."""
    session, ids = vault
    conditions = [
        m.Condition("purchases", ">", 0), m.Condition("total_cents", "<=", 500), m.Condition("recent", ">=", 1),
        m.Condition("days_since_last", ">=", 180), m.Condition("days_since_first", "<", 365),
        m.Condition("tag", "!=", "VIP"), m.Condition("tag", "contains", "批"), m.Condition("source", "=", "unknown"),
        m.Condition("source", "contains", "we"), m.Condition("region", "=", "北京市"),
        m.Condition("region", "!=", "US"), m.Condition("lifecycle", "=", "potential"),
        m.Condition("transaction_time", "!=", "none"), m.Condition("frequency", "=", "high"),
        m.Condition("rfm", "contains", "important"),
    ]
    for i, c in enumerate(conditions):
        classification.save_rule(session, m.Rule("r{}".format(i), (c,)))
    classification.save_rule(session, m.Rule("both", (conditions[0], conditions[10])))
    counts = classification.classify_all(session)
    labels = classification.labels_for(session, sorted(ids.values()))
    for name, per_label in counts.items():
        for label, n in per_label.items():
            members = classification.segment_ids(session, name, label)
            expected = [cid for cid, got in labels.items()
                        if any(x.classification == name and x.label == label for x in got)]
            assert members == sorted(expected), (name, label)
            assert len(members) == n, (name, label)


def test_only_changed_customers_are_read_again(vault: tuple[Session, dict[str, int]],
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    """After the first pass, region and tags are re-read only for customers changed since."""
    session, ids = vault
    reads: list[str | None] = []
    real = classification_repo.addresses

    def spy(con: object, since: str | None = None) -> Iterator[list[tuple[int, str, str, str, str, int]]]:
        reads.append(since)
        return real(con, since)

    monkeypatch.setattr(classification_repo, "addresses", spy)
    session.clock = lambda: "2024-06-30T12:00:01Z"
    assert classification.classify_all(session)["region"]["unknown"] == 1
    assert reads == [None]  # the first pass reads everyone
    session.clock = lambda: "2024-06-30T12:00:05Z"
    customers.update_customer(session, ids["nothing"], {"addresses": [{"province": "西藏"}], "tags": ["远方"]})
    counts = classification.classify_all(session)
    assert reads == [None, "2024-06-30T12:00:01Z"]  # then only what changed since that pass
    assert counts["region"]["西藏自治区"] == 1 and "unknown" not in counts["region"]
    assert counts["tags"]["远方"] == 1 and counts["region"]["广东省"] == 1  # the others kept their profile
    session.clock = lambda: "2024-06-30T12:00:09Z"
    customers.update_customer(session, ids["nothing"], {"addresses": [], "tags": []})
    counts = classification.classify_all(session)
    assert reads[-1] == "2024-06-30T12:00:05Z"
    assert counts["region"]["unknown"] == 1 and "远方" not in counts["tags"]  # removed data is forgotten too


def test_cache_is_dropped_when_the_session_locks(owner: Session) -> None:
    """SECURITY: nothing read from the vault stays in memory after a lock — the classification cache
    (customer ids and labels) is forgotten by Session.lock."""
    from app.services import classification as service

    session = owner
    service.classify_all(session)
    assert service._STATE is not None
    session.lock()
    assert service._STATE is None


def test_the_two_reader_pass_gives_the_same_result(vault: tuple[Session, dict[str, int]],
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    """Big vaults are read on two connections in id ranges (PRODUCT.md speed target); forced on for
    this small vault with one-customer ranges, every count, segment and label equals the one-thread pass."""
    session, ids = vault
    single = classification.classify_all(session)
    segments = {(c, label): classification.segment_ids(session, c, label)
                for c, labels in single.items() for label in labels}
    labels = classification.labels_for(session, sorted(ids.values()))
    classification.reset_cache()
    monkeypatch.setattr(classification, "PARALLEL_FROM", 1)
    monkeypatch.setattr(classification, "STATS_PART", 1)
    readers: list[object] = []
    real_reader = classification.database.connect_reader

    def counting_reader(*args: object, **kwargs: object) -> object:
        readers.append(args)
        return real_reader(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(classification.database, "connect_reader", counting_reader)
    assert classification.classify_all(session) == single
    assert readers, "the two-reader path was not taken"
    assert {key: classification.segment_ids(session, *key) for key in segments} == segments
    assert classification.labels_for(session, sorted(ids.values())) == labels
