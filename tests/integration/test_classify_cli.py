"""`clientvault classify`, driven in-process (cheap KDF)."""

from __future__ import annotations

from tests.conftest import OWNER_PASS
from tests.integration.test_cli import Run, cli  # noqa: F401 - the fixture

PW = OWNER_PASS + "\n"


def _customer(cli: Run, name: str, *dates: str) -> int:  # noqa: F811
    cid = int(cli.json("customer", "add", "--name", name)["id"])  # type: ignore[index]
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


def test_explain_one_customer(cli: Run) -> None:  # noqa: F811
    cid = _customer(cli, "李四", "2020-01-01", "2020-02-01")
    data = cli.json("classify", "--customer", str(cid), "--explain")
    labels = {x["classification"]: x for x in data["labels"]}  # type: ignore[index]
    assert labels["lifecycle"]["label"] == "churned" and labels["lifecycle"]["reason"] == "churned"
    assert labels["transaction_time"]["label"] == "old" and labels["transaction_time"]["params"]["purchases"] == 2
    assert labels["lifecycle"]["text"].startswith("No purchase for ")
    code, out, err = cli("classify", "--customer", str(cid), "--explain", stdin=PW)
    assert code == 0, err
    assert out.count("\n") == 4 and "Churned customer — No purchase for " in out


def test_usage_errors(cli: Run) -> None:  # noqa: F811
    code, _out, err = cli("classify", "--explain", stdin=PW)
    assert code == 2 and "--customer" in err
    code, _out, err = cli("classify", "--customer", "4242", "--explain", stdin=PW)
    assert code == 1 and err.count("\n") == 1 and "Traceback" not in err
