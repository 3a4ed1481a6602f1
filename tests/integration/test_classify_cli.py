"""`clientvault classify`, driven in-process (cheap KDF)."""

from __future__ import annotations

from tests.conftest import OWNER_PASS
from tests.integration.test_cli import Run, cli  # noqa: F401 - the fixture

PW = OWNER_PASS + "\n"


def _customer(cli: Run, name: str, *dates: str, extra: tuple[str, ...] = ()) -> int:  # noqa: F811
    cid = int(cli.json("customer", "add", "--name", name, *extra)["id"])  # type: ignore[index]
    for day in dates:
        code, _out, err = cli("purchase", "add", str(cid), "--date", day, "--amount", "10", stdin=PW)
        assert code == 0, err
    return cid


def test_counts_as_json_and_text(cli: Run) -> None:  # noqa: F811
    _customer(cli, "张三")
    _customer(cli, "李四", "2020-01-01")
    counts = cli.json("classify")
    assert counts["lifecycle"] == {"potential": 1, "active": 0, "churned": 1}  # type: ignore[index]
    assert counts["rfm"]["none"] == 1 and counts["rfm"]["general_retain"] == 1  # type: ignore[index]
    code, out, err = cli("classify", stdin=PW)
    assert code == 0, err
    assert "Customer type" in out and "Churned customer\t1" in out and "RFM segment" in out


def test_counts_include_region_source_tags_and_rules(cli: Run) -> None:  # noqa: F811
    _customer(cli, "王五", "2020-01-01", extra=("--phone", "13800138000", "--source", "展会", "--tag", "VIP"))
    _customer(cli, "赵六", extra=("--address", "广东省深圳市南山区科技园1号", "--tag", "VIP", "--tag", "批发"))
    _customer(cli, "Ann Lee", extra=("--phone", "+1 415 555 0100",))
    counts = cli.json("classify")
    assert counts["region"] == {"北京市": 1, "广东省": 1, "US": 1}  # type: ignore[index]
    assert counts["source"] == {"unknown": 2, "展会": 1}  # type: ignore[index]
    assert counts["tags"] == {"VIP": 2, "untagged": 1, "批发": 1}  # type: ignore[index]
    assert counts["rules"] == {"none": 3}  # type: ignore[index]
    code, out, err = cli("classify", stdin=PW)
    assert code == 0, err
    assert "Region\n" in out and "Beijing\t1" in out and "Guangdong\t1" in out and "United States\t1" in out
    assert "Unknown source\t2" in out and "No tag\t1" in out


def test_rules_listing(cli: Run) -> None:  # noqa: F811
    code, out, err = cli("classify", "rules", stdin=PW)
    assert code == 0, err
    assert out.strip() == "No custom segments."
    assert cli.json("classify", "rules") == []


def test_explain_one_customer(cli: Run) -> None:  # noqa: F811
    cid = _customer(cli, "李四", "2020-01-01", "2020-02-01")
    data = cli.json("classify", "--customer", str(cid), "--explain")
    labels = {x["classification"]: x for x in data["labels"]}  # type: ignore[index]
    assert labels["lifecycle"]["label"] == "churned" and labels["lifecycle"]["reason"] == "churned"
    assert labels["transaction_time"]["label"] == "old" and labels["transaction_time"]["params"]["purchases"] == 2
    assert labels["lifecycle"]["text"].startswith("No purchase for ")
    code, out, err = cli("classify", "--customer", str(cid), "--explain", stdin=PW)
    assert code == 0, err
    assert out.count("\n") == 8 and "Churned customer — No purchase for " in out
    assert "Region: Unknown region — Neither an address nor a phone number tells the region." in out
    assert "Tags: No tag — No tags." in out and "Custom segments: In no custom segment" in out


def test_usage_errors(cli: Run) -> None:  # noqa: F811
    code, _out, err = cli("classify", "--explain", stdin=PW)
    assert code == 2 and "--customer" in err
    code, _out, err = cli("classify", "--customer", "4242", "--explain", stdin=PW)
    assert code == 1 and err.count("\n") == 1 and "Traceback" not in err
