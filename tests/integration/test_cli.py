"""The CLI end to end, driven in-process (cheap KDF) and once as a real subprocess."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from app.cli import main
from app.vault.kdf import KdfPolicy
from tests.conftest import OWNER, OWNER_PASS, STAFF, STAFF_PASS


class Run:
    def __init__(self, vault: Path, keyring) -> None:
        self.vault = vault
        self.keyring = keyring

    def __call__(self, *args: str, stdin: str = "", user: str | None = OWNER) -> tuple[int, str, str]:
        out, err = io.StringIO(), io.StringIO()
        argv = ["--vault", str(self.vault), "--passphrase-stdin", "--lang", "en"]
        if user:
            argv += ["--user", user]
        code = main([*argv, *args], stdin=io.StringIO(stdin), stdout=out, stderr=err,
                     policy=KdfPolicy.insecure_for_tests(), keyring=self.keyring)
        return code, out.getvalue(), err.getvalue()

    def json(self, *args: str, stdin: str = OWNER_PASS + "\n", user: str | None = OWNER) -> object:
        code, out, err = self(*args, "--json", stdin=stdin, user=user) if False else self("--json", *args, stdin=stdin, user=user)
        assert code == 0, err
        return json.loads(out)


@pytest.fixture
def cli(tmp_path: Path, memory_keyring) -> Run:
    run = Run(tmp_path / "vault", memory_keyring)
    code, out, err = run("--json", "init", "--owner", OWNER, stdin=OWNER_PASS + "\n")
    assert code == 0, err
    assert json.loads(out)["recovery_key"]
    return run


def test_init_twice_is_refused(cli: Run) -> None:
    code, _out, err = cli("init", "--owner", OWNER, stdin=OWNER_PASS + "\n")
    assert code == 1 and err.count("\n") == 1 and "Traceback" not in err


def test_weak_owner_passphrase_is_refused(tmp_path: Path, memory_keyring) -> None:
    run = Run(tmp_path / "v", memory_keyring)
    code, _out, err = run("init", "--owner", OWNER, stdin="password\n")
    assert code == 1 and err.strip() and not (tmp_path / "v" / "vault.keys").exists()


def test_customer_lifecycle(cli: Run) -> None:
    created = cli.json("customer", "add", "--name", "张三丰", "--phone", "138 0013 8000", "--email", "zs@wudang.cn",
                       "--wechat", "zhang_sanfeng", "--company", "武当科技", "--id-number", "11010519491231002X",
                       "--tag", "VIP")
    cid = str(created["id"])
    shown = cli.json("customer", "show", cid)
    assert shown["sensitive"]["id_number"]["value"] != "11010519491231002X"
    revealed = cli.json("customer", "show", cid, "--reveal")
    assert revealed["sensitive"]["id_number"]["value"] == "11010519491231002X"
    assert [r["id"] for r in cli.json("customer", "list", "--search", "zsf")] == [int(cid)]
    assert [r["id"] for r in cli.json("customer", "list", "--search", "张三")] == [int(cid)]
    assert [r["id"] for r in cli.json("customer", "list", "--search", "0013")] == [int(cid)]
    edited = cli.json("customer", "edit", cid, "--set", "company=峨眉科技", "--set", "phones=13900139000")
    assert edited["change"]
    assert cli.json("customer", "show", cid)["company"] == "峨眉科技"
    cli.json("purchase", "add", cid, "--date", "2025-03-01", "--amount", "88.8")
    history = cli.json("customer", "history", cid)
    assert any(h["field"] == "company" for h in history)
    cli.json("customer", "revert", edited["change"])
    assert cli.json("customer", "show", cid)["company"] == "武当科技"
    cli.json("customer", "delete", cid)
    assert cli.json("customer", "list") == []
    assert [r["id"] for r in cli.json("customer", "list", "--deleted")] == [int(cid)]
    cli.json("customer", "undelete", cid)
    log = cli.json("audit", "list", "--customer", cid)
    actions = [e["action"] for e in log]
    assert {"create", "view", "reveal", "edit", "revert", "delete", "undelete", "purchase_add"} <= set(actions)
    assert cli.json("audit", "verify")["ok"] is True
    cli.json("customer", "erase", cid)
    code, _out, err = cli("customer", "show", cid, stdin=OWNER_PASS + "\n")
    assert code == 1 and "erased" in err.lower()
    check = cli.json("check")
    assert check["ok"] is True and check["audit_ok"] is True


def test_invalid_phone_message(cli: Run) -> None:
    code, out, err = cli("customer", "add", "--name", "李四", "--phone", "12345", stdin=OWNER_PASS + "\n")
    assert code == 1 and out == ""
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err and "phone" in err.lower()


def test_wrong_passphrase(cli: Run) -> None:
    code, out, err = cli("customer", "list", stdin="nope\n")
    assert code == 1 and out == "" and len(err.strip().splitlines()) == 1
    code2, _o, err2 = cli("customer", "list", stdin=OWNER_PASS + "\n", user="nobody")
    assert code2 == 1 and err2 == err


def test_users_roles_and_passwd(cli: Run) -> None:
    cli.json("user", "add", STAFF, "--role", "staff", stdin=OWNER_PASS + "\n" + STAFF_PASS + "\n")
    assert [u["name"] for u in cli.json("user", "list")] == [OWNER, STAFF]
    code, _o, err = cli("user", "add", "x", "--role", "staff", stdin=STAFF_PASS + "\nsome other passphrase 55\n",
                        user=STAFF)
    assert code == 1 and err.strip()
    cli.json("passwd", stdin=STAFF_PASS + "\nstaff changed passphrase 66\n", user=STAFF)
    code, _o, _e = cli("customer", "list", stdin=STAFF_PASS + "\n", user=STAFF)
    assert code == 1
    cli.json("customer", "list", stdin="staff changed passphrase 66\n", user=STAFF)
    cli.json("user", "remove", STAFF, "--rotate")
    code, _o, _e = cli("customer", "list", stdin="staff changed passphrase 66\n", user=STAFF)
    assert code == 1
    assert cli.json("audit", "verify")["ok"] is True


def test_recovery_key_resets_owner(tmp_path: Path, memory_keyring) -> None:
    run = Run(tmp_path / "v", memory_keyring)
    code, out, _err = run("--json", "init", "--owner", OWNER, stdin=OWNER_PASS + "\n")
    key = json.loads(out)["recovery_key"]
    out2, err2 = io.StringIO(), io.StringIO()
    code = main(["--vault", str(tmp_path / "v"), "--recovery-key-stdin", "passwd"],
                stdin=io.StringIO(key + "\nrecovered owner passphrase 7\n"), stdout=out2, stderr=err2,
                policy=KdfPolicy.insecure_for_tests(), keyring=memory_keyring)
    assert code == 0, err2.getvalue()
    run.json("customer", "list", stdin="recovered owner passphrase 7\n")


def test_demo_and_settings(cli: Run) -> None:
    result = cli.json("demo", "--customers", "300", "--purchases", "2")
    assert result["customers"] == 300 and result["purchases"] > 0
    assert len(cli.json("customer", "list", "--limit", "20")) == 20
    settings = cli.json("settings", "--set", "auto_lock_minutes=10")
    assert settings["auto_lock_minutes"] == 10
    code, _o, err = cli("settings", "--set", "auto_lock_minutes=0", stdin=OWNER_PASS + "\n")
    assert code == 1 and err.strip()


def test_usage_errors_exit_2(cli: Run) -> None:
    code, _out, _err = cli("customer", "frobnicate", stdin="")
    assert code == 2


def test_chinese_messages(cli: Run) -> None:
    out, err = io.StringIO(), io.StringIO()
    code = main(["--vault", str(cli.vault), "--passphrase-stdin", "--lang", "zh_CN", "customer", "list"],
                stdin=io.StringIO("wrong\n"), stdout=out, stderr=err, policy=KdfPolicy.insecure_for_tests())
    assert code == 1
    assert any("\u4e00" <= ch <= "\u9fff" for ch in err.getvalue())


@pytest.mark.slow
def test_real_subprocess_with_production_kdf(tmp_path: Path) -> None:
    """The installed console script path: `python -m app.cli`, production Argon2id, no traceback."""
    env = dict(os.environ, CLIENTVAULT_HOME=str(tmp_path / "home-vault"), CLIENTVAULT_LANG="en")
    def run(*args: str, stdin: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "app.cli", "--passphrase-stdin", "--json", *args],
                              input=stdin, capture_output=True, text=True, env=env, timeout=120)
    r = run("init", "--owner", "boss", stdin=OWNER_PASS + "\n")
    assert r.returncode == 0, r.stderr
    r = run("customer", "add", "--name", "王小明", "--phone", "13800138000", stdin=OWNER_PASS + "\n")
    assert r.returncode == 0 and json.loads(r.stdout)["id"] == 1
    r = run("customer", "show", "1", stdin="wrong passphrase\n")
    assert r.returncode == 1 and "Traceback" not in r.stderr and len(r.stderr.strip().splitlines()) == 1


def test_check_reports_a_damaged_page(cli: Run) -> None:
    """`check` authenticates every page: a flipped byte is reported clearly, never as a traceback."""
    cli.json("demo", "--customers", "400", "--purchases", "1")
    db = cli.vault / "vault.db"
    assert cli.json("check")["ok"] is True
    raw = bytearray(db.read_bytes())
    page = 4096
    target = (len(raw) // page - 2) * page + 1000  # a data page near the end
    raw[target] ^= 0xFF
    db.write_bytes(bytes(raw))
    code, out, err = cli("--json", "check", stdin=OWNER_PASS + "\n")
    if code == 0:
        pytest.fail("damage not detected: " + out)
    assert "Traceback" not in err
    if out:
        report = json.loads(out)
        assert report["ok"] is False and report["database_problems"]
    else:
        assert len(err.strip().splitlines()) == 1 and "damaged" in err.lower()
