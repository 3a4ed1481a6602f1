"""Duplicate scan and entry check through a real vault (PRODUCT.md §4, issue #7)."""

from __future__ import annotations

import json

import pytest

from app.i18n.dedupe_messages import is_difference, reason_text
from app.models.errors import NotFound, PermissionDenied, VaultLocked
from app.models.matching import MatchRecord
from app.services import audit, customers, dedupe, permissions
from app.services.demo import Cancelled
from tests.conftest import VIEWER, VIEWER_PASS, login

ID_NUMBER = "11010519491231002X"


@pytest.fixture
def vault(owner):
    ids = {
        "zhang": customers.create_customer(owner, {
            "name": "张三", "phones": ["13800138000"], "emails": ["zhangsan@example.com"],
            "id_number": ID_NUMBER, "birthday": "1990-01-02"}),
        "zhang_trad": customers.create_customer(owner, {
            "name": "張三", "phones": ["+86 138-0013-8000"], "id_number": ID_NUMBER}),
        "zhang_pinyin": customers.create_customer(owner, {
            "name": "Zhang San", "phones": ["008613800138000"], "birthday": "1990-01-02"}),
        # his father shares the phone and lives at the same address: not a duplicate
        "father": customers.create_customer(owner, {
            "name": "张建国", "phones": ["13800138000"], "birthday": "1962-03-04"}),
        "li": customers.create_customer(owner, {"name": "李四", "phones": ["13900139000"],
                                                "company": "北京华为技术有限公司"}),
        "li_again": customers.create_customer(owner, {"name": "李四", "phones": ["139 0013 9000"],
                                                      "company": "北京華為技術"}),
        "binned": customers.create_customer(owner, {"name": "张三", "phones": ["13800138000"]}),
        "other": customers.create_customer(owner, {"name": "王五", "phones": ["13700137000"]}),
    }
    customers.delete_customer(owner, ids["binned"])
    return owner, ids


def _groups(clusters) -> list[set[int]]:
    return [set(c.customer_ids) for c in clusters]


def test_scan_finds_clusters_and_skips_the_recycle_bin(vault) -> None:
    session, ids = vault
    clusters = dedupe.scan(session)
    groups = _groups(clusters)
    assert {ids["zhang"], ids["zhang_trad"], ids["zhang_pinyin"]} in groups
    assert {ids["li"], ids["li_again"]} in groups
    assert not any(ids["father"] in g or ids["binned"] in g or ids["other"] in g for g in groups)
    assert clusters[0].score >= clusters[-1].score


def test_scan_reasons_are_masked_and_translatable(vault) -> None:
    """SECURITY: reasons show masked phones only and never the ID number (viewers may not reveal)."""
    session, ids = vault
    cluster = next(c for c in dedupe.scan(session) if ids["zhang"] in c.customer_ids)
    pair = next(p for p in cluster.pairs if {p.a, p.b} == {ids["zhang"], ids["zhang_trad"]})
    by_code = {r.code: r for r in pair.reasons}
    assert "same_id" in by_code and by_code["same_id"].params == {}
    assert by_code["same_phone"].params == {"phone": "138****8000"}
    dumped = json.dumps([[r.params for r in p.reasons] for p in cluster.pairs], ensure_ascii=False)
    assert "13800138000" not in dumped and ID_NUMBER not in dumped and "zhangsan@" not in dumped
    texts = [reason_text(r) for r in pair.reasons]
    assert "Same phone 138****8000" in texts and "Same ID number" in texts
    assert not any(is_difference(r) for r in pair.reasons)


def test_scan_nothing_is_logged(vault) -> None:
    """A scan is a read like listing: no access-log entry per customer (nor for the scan)."""
    session, _ids = vault
    before = audit.verify(session).count
    dedupe.scan(session)
    dedupe.candidates_for(session, MatchRecord(0, "张三"))
    assert audit.verify(session).count == before + 1  # only the first verify itself was logged


def test_scan_honours_not_duplicates(vault) -> None:
    session, ids = vault
    from app.services import merges

    merges.mark_not_duplicates(session, [ids["li"], ids["li_again"]])
    groups = _groups(dedupe.scan(session))
    assert not any({ids["li"], ids["li_again"]} <= g for g in groups)
    assert {ids["zhang"], ids["zhang_trad"], ids["zhang_pinyin"]} in groups


def test_scan_progress_and_cancel(vault) -> None:
    session, _ids = vault
    seen: list[tuple[int, int]] = []
    dedupe.scan(session, progress=lambda done, total: seen.append((done, total)))
    assert seen and seen[-1][0] == seen[-1][1] and all(d <= t for d, t in seen)
    with pytest.raises(Cancelled):
        dedupe.scan(session, cancelled=lambda: True)


def test_scan_min_score(vault) -> None:
    session, _ids = vault
    assert dedupe.scan(session, min_score=1.0) == []
    loose = dedupe.scan(session, min_score=0.01)
    assert sum(len(c.customer_ids) for c in loose) >= sum(len(c.customer_ids) for c in dedupe.scan(session))


def test_viewer_may_scan_and_permission_is_checked(vault, access, monkeypatch) -> None:
    session, _ids = vault
    from app.models.records import Role
    from app.services import users

    users.add_user(session, VIEWER, Role.VIEWER, VIEWER_PASS)
    session.lock()
    viewer = login(access, VIEWER, VIEWER_PASS)
    try:
        assert dedupe.scan(viewer)
        monkeypatch.setattr(permissions, "allowed", lambda user, action: action is not permissions.Action.VIEW)
        with pytest.raises(PermissionDenied):
            dedupe.scan(viewer)
        with pytest.raises(PermissionDenied):
            dedupe.candidates_for(viewer, MatchRecord(0, "张三"))
    finally:
        viewer.lock()


def test_locked_session_cannot_scan(vault) -> None:
    session, _ids = vault
    session.lock()
    with pytest.raises(VaultLocked):
        dedupe.scan(session)


def test_candidates_for_a_new_customer(vault) -> None:
    """Check on entry: a new customer typed as 張三 with the phone in another format."""
    session, ids = vault
    new = customers.build_customer({"name": "張三", "phones": ["+86 138 0013 8000"], "id_number": ID_NUMBER})
    record = dedupe.match_record_of(new, session)
    assert record.id == 0 and record.phones == ("+8613800138000",) and len(record.id_key) == 64
    found = dedupe.candidates_for(session, record)
    found_ids = [p.b for p in found]
    assert found_ids and set(found_ids) <= {ids["zhang"], ids["zhang_trad"], ids["zhang_pinyin"]}
    assert ids["zhang"] in found_ids and ids["binned"] not in found_ids and ids["father"] not in found_ids
    assert found[0].score >= found[-1].score
    assert len(dedupe.candidates_for(session, record, limit=1)) == 1
    # an import row: raw phone text, a misspelt name, found through the phone
    raw = dedupe.candidates_for(session, MatchRecord(0, "张山", phones=("138 0013 8000",), birthday="1990-01-02"))
    assert ids["zhang"] in [p.b for p in raw]
    # found by name sound alone (no shared contact), as pinyin in the other order
    by_name = dedupe.candidates_for(session, MatchRecord(0, "San Zhang", birthday="1990-01-02"))
    assert ids["zhang"] in [p.b for p in by_name]


def test_candidates_for_an_existing_customer_skips_itself_and_not_duplicates(vault) -> None:
    session, ids = vault
    from app.services import merges

    me = dedupe.stored_record(session, ids["li"])
    assert me.id == ids["li"] and me.company == "北京华为技术有限公司"
    assert [{p.a, p.b} for p in dedupe.candidates_for(session, me)] == [{ids["li"], ids["li_again"]}]
    merges.mark_not_duplicates(session, [ids["li"], ids["li_again"]])
    assert dedupe.candidates_for(session, me) == []


def test_match_record_of_and_stored_record_agree(vault) -> None:
    session, ids = vault
    stored = dedupe.stored_record(session, ids["zhang"])
    assert stored.name == "张三" and stored.birthday == "1990-01-02" and len(stored.id_key) == 64
    built = customers.build_customer({"name": "张三", "phones": ["13800138000"],
                                      "emails": ["zhangsan@example.com"], "id_number": ID_NUMBER,
                                      "birthday": "1990-01-02"})
    assert dedupe.match_record_of(built, session).id_key == stored.id_key
    assert dedupe.match_record_of(built).id_key == ""  # no session, no vault key
    assert dedupe.match_record_of(built).phones == stored.phones == ("+8613800138000",)
    # a customer read for display has its ID number masked: no key is made from the mask
    shown = customers.get_customer(session, ids["zhang"]).customer
    assert dedupe.match_record_of(shown, session).id_key in ("", stored.id_key)
    with pytest.raises(NotFound):
        dedupe.stored_record(session, 999_999)


def test_every_reason_code_has_a_text_and_a_chinese_translation() -> None:
    import re
    from pathlib import Path

    from app.models.matching.reasons import DIFFERED, MATCHED
    from app.models.matching.types import Reason

    root = Path(__file__).resolve().parents[3]
    zh = json.loads((root / "resources" / "i18n" / "zh_CN.dedupe.json").read_text(encoding="utf-8"))
    source = (root / "app" / "i18n" / "dedupe_messages.py").read_text(encoding="utf-8")
    marked = set(re.findall(r'QT_TRANSLATE_NOOP\("DedupeReason", "([^"]+)"\)', source))
    assert marked == set(zh)
    for text, translated in zh.items():
        assert re.findall(r"\{\w+\}", text) == re.findall(r"\{\w+\}", translated)
    for code in MATCHED | DIFFERED:
        assert not reason_text(Reason(code, {})).startswith("Other evidence")  # not the fallback
        assert is_difference(Reason(code, {})) == (code in DIFFERED)
    assert reason_text(Reason("similar_name", {"similarity": 0.92})) == "Similar name (92% alike)"
    assert reason_text(Reason("same_phone", {})) == "Same phone"
    assert reason_text(Reason("something_new", {})) == "Other evidence (something_new)"


def _batch_probe_records(session, ids) -> list[MatchRecord]:
    stored = [dedupe.stored_record(session, i) for i in ids.values()]
    return [
        *stored,
        MatchRecord(0, "張三", phones=("+86 138 0013 8000",), birthday="1990-01-02"),
        MatchRecord(0, "张山", phones=("138 0013 8000",), birthday="1990-01-02"),
        MatchRecord(0, "San Zhang", birthday="1990-01-02"),
        MatchRecord(0, "李四", emails=("ZhangSan@Example.com",), wechat=("li_si_88",)),
        MatchRecord(0, "张三", id_key=stored[0].id_key),
        MatchRecord(0, "张三", id_key="not hex"),
        MatchRecord(0, "Li Si", company="北京华为"),
        MatchRecord(0),  # nothing to look up by
        MatchRecord(0, "赵六", phones=("13600136000",)),  # nobody like him
    ]


def test_candidates_for_many_gives_what_candidates_for_gives(vault) -> None:
    """The batched look-up (imports) returns, per record, the same pairs in the same order as one
    `candidates_for` call each, with remembered "not duplicates", limits and thresholds."""
    session, ids = vault
    from app.services import merges

    merges.mark_not_duplicates(session, [ids["li"], ids["li_again"]])
    records = _batch_probe_records(session, ids)
    for kwargs in ({}, {"limit": 1}, {"limit": 2, "min_score": 0.01}, {"min_score": 0.99}):
        one_by_one = [dedupe.candidates_for(session, r, **kwargs) for r in records]
        assert dedupe.candidates_for_many(session, records, **kwargs) == one_by_one
        assert any(one_by_one) and not all(one_by_one)
    assert dedupe.candidates_for_many(session, []) == []
    # below_id: only customers made before, as an import asks
    below = ids["li"]
    limited = dedupe.candidates_for_many(session, records, limit=50, min_score=0.01, below_id=below)
    full = [dedupe.candidates_for(session, r, limit=50, min_score=0.01) for r in records]
    assert limited == [[p for p in pairs if (p.b if p.a == r.id else p.a) < below]
                       for r, pairs in zip(records, full, strict=True)]
    assert any(limited) and limited != full


def test_candidate_ids_many_matches_candidate_ids_including_the_name_limit(vault) -> None:
    session, ids = vault
    for n in range(5):
        customers.create_customer(session, {"name": "张三", "phones": ["1350013500%d" % n]})
    from app.vault.repositories import dedupe_repo

    keys = [
        dedupe_repo.CandidateKeys(sort_prefixes=frozenset({"zhang san\x1f", "san zhang\x1f"})),
        dedupe_repo.CandidateKeys(phones=frozenset({"+8613800138000", "13900139000"}),
                                  messenger_ids=frozenset({"nobody"})),
        dedupe_repo.CandidateKeys(emails=frozenset({"zhangsan@example.com"}),
                                  id_blind_index=bytes.fromhex(dedupe.stored_record(session, ids["zhang"]).id_key)),
        dedupe_repo.CandidateKeys(),
    ]
    for per_name in (2, 100):
        expected = [dedupe_repo.candidate_ids(session.con, phones=k.phones, emails=k.emails,
                                              messenger_ids=k.messenger_ids, id_blind_index=k.id_blind_index,
                                              sort_prefixes=k.sort_prefixes, per_name=per_name) for k in keys]
        assert dedupe_repo.candidate_ids_many(session.con, keys, per_name=per_name) == expected
        assert all(expected[:3]) and expected[3] == set()
    assert len(dedupe_repo.candidate_ids_many(session.con, keys[:1], per_name=2)[0]) == 2
