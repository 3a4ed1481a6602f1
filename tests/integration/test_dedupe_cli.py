"""`clientvault dedupe`, driven in-process (cheap KDF): scan, merge, undo, history, not-duplicates."""

from __future__ import annotations

from tests.conftest import OWNER_PASS, STAFF, STAFF_PASS, VIEWER, VIEWER_PASS
from tests.integration.test_cli import Run, cli  # noqa: F401 - the fixture

PW = OWNER_PASS + "\n"


def _add(cli: Run, *args: str) -> int:  # noqa: F811
    return int(cli.json("customer", "add", *args)["id"])  # type: ignore[index]


def _twins(cli: Run) -> tuple[int, int, int]:  # noqa: F811
    a = _add(cli, "--name", "张三", "--phone", "13800138000", "--company", "甲公司")
    b = _add(cli, "--name", "張三", "--phone", "138 0013 8000", "--email", "zhang@example.com")
    c = _add(cli, "--name", "李四", "--phone", "13900139000")
    return a, b, c


def test_scan_lists_clusters_as_json_and_text(cli: Run) -> None:  # noqa: F811
    a, b, c = _twins(cli)
    clusters = cli.json("dedupe", "scan")
    assert isinstance(clusters, list) and len(clusters) == 1
    cluster = clusters[0]
    assert cluster["customer_ids"] == [a, b] and 0 < cluster["score"] <= 1
    codes = {r["code"] for r in cluster["reasons"]}
    assert "same_phone" in codes
    assert "13800138000" not in repr(cluster["reasons"])  # reasons never carry a full phone number
    assert cli.json("dedupe", "scan", "--min-score", "1") == [] or all(
        x["score"] >= 1 for x in cli.json("dedupe", "scan", "--min-score", "1"))  # type: ignore[union-attr]
    code, out, err = cli("dedupe", "scan", stdin=PW)
    assert code == 0, err
    assert "#{}\t张三".format(a) in out and "#{}\t張三".format(b) in out and "李四" not in out and "Score" in out
    assert str(c) not in [line.split("\t")[0].lstrip(" #") for line in out.splitlines()]


def test_merge_undo_and_history(cli: Run) -> None:  # noqa: F811
    a, b, _c = _twins(cli)
    merged = cli.json("dedupe", "merge", str(b), str(a), "--keep", str(a), "--take", "name=" + str(b))
    assert merged == {"merge_id": 1, "survivor_id": a, "merged_ids": [b]}
    shown = cli.json("customer", "show", str(a))
    assert shown["name"] == "張三" and shown["company"] == "甲公司"  # type: ignore[index]
    code, _out, err = cli("customer", "show", str(b), stdin=PW)
    assert code == 1 and err.count("\n") == 1
    history = cli.json("dedupe", "history")
    assert history[0]["merge_id"] == 1 and history[0]["merged_ids"] == [b] and history[0]["undone_at"] is None  # type: ignore[index]
    assert history[0]["survivor_name"] == "張三" and history[0]["merged_names"] == ["張三"]  # type: ignore[index]
    code, out, err = cli("dedupe", "undo", "1", stdin=PW)
    assert code == 0 and "Merge 1 undone." in out, err
    assert cli.json("customer", "show", str(b))["name"] == "張三"  # type: ignore[index]
    assert cli.json("customer", "show", str(a))["name"] == "张三"  # type: ignore[index]
    code, out, err = cli("dedupe", "history", stdin=PW)
    assert code == 0 and "undone" in out and "张三 (#{}) ← 張三 (#{})".format(a, b) in out  # names from the snapshot
    # Undoing again is refused with one translated line and exit code 1.
    code, out, err = cli("dedupe", "undo", "1", stdin=PW)
    assert code == 1 and err.count("\n") == 1 and "Traceback" not in err and not out
    audit = cli.json("audit", "list", "--action", "merge")
    assert len(audit) == 1  # type: ignore[arg-type]


def test_merge_above_a_threshold_merges_every_cluster(cli: Run) -> None:  # noqa: F811
    a, b, c = _twins(cli)
    d = _add(cli, "--name", "李四", "--phone", "+86 139 0013 9000")
    done = cli.json("dedupe", "merge", "--above", "0.5")
    assert sorted(tuple(x["customer_ids"]) for x in done) == [(a, b), (c, d)]  # type: ignore[union-attr]
    assert len(cli.json("customer", "list")) == 2  # type: ignore[arg-type]
    assert cli.json("dedupe", "scan") == []


def test_not_duplicates_are_remembered_by_the_scan(cli: Run) -> None:  # noqa: F811
    a, b, _c = _twins(cli)
    code, out, err = cli("dedupe", "not-duplicates", str(a), str(b), stdin=PW)
    assert code == 0 and "not duplicates" in out, err
    assert cli.json("dedupe", "scan") == []
    cli.json("dedupe", "not-duplicates", str(b), str(a), "--forget")
    assert len(cli.json("dedupe", "scan")) == 1  # type: ignore[arg-type]


def test_usage_errors_and_roles(cli: Run) -> None:  # noqa: F811
    a, b, _c = _twins(cli)
    for args in (("dedupe", "merge", str(a)), ("dedupe", "merge", str(a), str(b), "--take", "name"),
                 ("dedupe", "merge", str(a), "--above", "0.5")):
        code, _out, err = cli(*args, stdin=PW)
        assert code == 2 and err.count("\n") == 1 and "Traceback" not in err, args
    code, _out, _err = cli("dedupe", "scan", "--min-score", "2", stdin=PW)  # argparse writes to sys.stderr
    assert code == 2
    code, _out, err = cli("dedupe", "merge", str(a), "4242", stdin=PW)
    assert code == 1 and err.count("\n") == 1
    code, _out, err = cli("dedupe", "undo", "77", stdin=PW)
    assert code == 1 and err.count("\n") == 1
    cli("user", "add", STAFF, "--role", "staff", stdin=PW + STAFF_PASS + "\n")
    cli("user", "add", VIEWER, "--role", "viewer", stdin=PW + VIEWER_PASS + "\n")
    code, _out, err = cli("dedupe", "merge", str(a), str(b), stdin=VIEWER_PASS + "\n", user=VIEWER)
    assert code == 1 and err.count("\n") == 1
    code, out, err = cli("--json", "dedupe", "merge", str(a), str(b), stdin=STAFF_PASS + "\n", user=STAFF)
    assert code == 0, err
