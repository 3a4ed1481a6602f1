"""`clientvault backup create|verify|restore|list` end to end (in process, cheap KDF; once as a real
subprocess). Every failure is one translated line on stderr and exit status 1, never a traceback."""

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

ROOT = Path(__file__).resolve().parents[2]


class Run:
    def __init__(self, vault: Path, keyring) -> None:  # type: ignore[no-untyped-def]
        self.vault = vault
        self.keyring = keyring

    def __call__(self, *args: str, stdin: str = OWNER_PASS + "\n", user: str | None = OWNER,
                 flag: str = "--passphrase-stdin") -> tuple[int, str, str]:
        out, err = io.StringIO(), io.StringIO()
        argv = ["--vault", str(self.vault), "--lang", "en", flag]
        if user:
            argv += ["--user", user]
        code = main([*argv, *args], stdin=io.StringIO(stdin), stdout=out, stderr=err,
                    policy=KdfPolicy.insecure_for_tests(), keyring=self.keyring)
        return code, out.getvalue(), err.getvalue()

    def json(self, *args: str, **kw: object) -> object:
        code, out, err = self("--json", *args, **kw)  # type: ignore[arg-type]
        assert code == 0, err
        return json.loads(out)


@pytest.fixture
def cli(tmp_path: Path, memory_keyring) -> Run:  # type: ignore[no-untyped-def]
    run = Run(tmp_path / "vault", memory_keyring)
    created = run.json("init", "--owner", OWNER)
    run.recovery = created["recovery_key"]  # type: ignore[attr-defined,index]
    run.json("customer", "add", "--name", "张三丰", "--phone", "138 0013 8000", "--company", "武当科技")
    run.json("customer", "add", "--name", "李四", "--email", "li@example.cn")
    run.json("purchase", "add", "1", "--date", "2025-03-01", "--amount", "88.8")
    run.json("user", "add", STAFF, "--role", "staff", stdin=OWNER_PASS + "\n" + STAFF_PASS + "\n")
    return run


def one_line_error(code: int, err: str) -> None:
    assert code == 1 and err.count("\n") == 1 and "Traceback" not in err, err


def test_create_list_verify_restore(cli: Run, tmp_path: Path) -> None:
    usb = tmp_path / "usb"
    usb.mkdir()
    made = cli.json("backup", "create", str(usb), "--keep", "2")
    assert made["verified"] is True and made["customers"] == 2
    path = Path(made["file"])
    assert path.parent == usb.resolve() and path.name.startswith("ClientVault-") and path.suffix == ".cvbak"
    # the text form
    code, out, err = cli("backup", "create", str(usb))
    assert code == 0 and "verified" in out, err
    listed = cli.json("backup", "list")
    assert [h["customers"] for h in listed["history"]] == [2, 2] and listed["due"] is False
    assert listed["destinations"][0]["path"] == str(usb.resolve()) and listed["destinations"][0]["keep"] == 2
    files = cli.json("backup", "list", "--folder", str(usb), user=None, stdin="")
    assert len(files) == 2 and all(f["ok"] for f in files)

    report = cli.json("backup", "verify", str(path), user=None)
    assert report["ok"] and report["customers"] == 2 and report["purchases"] is None and report["audit_ok"] is None
    report = cli.json("backup", "verify", str(path), "--thorough", user=None)
    assert report["ok"] and report["customers"] == 2 and report["purchases"] == 1 and report["audit_ok"] is True
    assert report["vault_id"] == made["vault_id"] and report["opened_with"] == "passphrase"
    code, out, err = cli("backup", "verify", str(path), user=None)
    assert code == 0 and "Backup verified" in out and "Customers: 2" in out, err
    thorough = cli.json("backup", "verify", str(path), "--thorough", user=OWNER)  # SQLite's full integrity_check
    assert thorough["ok"] and thorough["customers"] == 2
    code, _out, err = cli("backup", "verify", str(path), user=STAFF)  # no owner slot of that name
    one_line_error(code, err)
    by_key = cli.json("backup", "verify", str(path), user=None, flag="--recovery-key-stdin",
                      stdin=cli.recovery.lower() + "\n")  # type: ignore[attr-defined]
    assert by_key["opened_with"] == "recovery_key"

    restored = cli.json("backup", "restore", str(path), "--to", str(tmp_path / "new"), user=None)
    assert restored["customers"] == 2 and not restored["replaced_existing"]
    assert restored["users_without_passphrase"] == [STAFF]
    other = Run(tmp_path / "new", cli.keyring)
    assert [c["name"] for c in other.json("customer", "list")] == ["李四", "张三丰"]  # type: ignore[union-attr]


def test_restore_over_the_live_vault_reapplies_erasures(cli: Run, tmp_path: Path) -> None:
    usb = tmp_path / "usb"
    usb.mkdir()
    old = Path(cli.json("backup", "create", str(usb))["file"])  # type: ignore[index]
    cli.json("customer", "erase", "1")
    cli.json("backup", "create", str(usb))
    code, out, err = cli("backup", "restore", str(old), "--to", str(cli.vault))
    assert code == 0, err
    assert "Warning: a newer backup" in out and "erased again: 1" in out
    assert [c["name"] for c in cli.json("customer", "list")] == ["李四"]  # type: ignore[union-attr]
    assert cli.json("audit", "verify")["ok"] is True  # type: ignore[index]
    assert not [p for p in cli.vault.iterdir() if "before-restore" in p.name or p.name.startswith(".")]


def test_restore_asks_for_the_passphrase_of_the_backups_time(cli: Run, tmp_path: Path) -> None:
    """The live vault opens with today's passphrase; the older backup needs the one it was made with
    (read as the next secret)."""
    usb = tmp_path / "usb"
    usb.mkdir()
    old = cli.json("backup", "create", str(usb))["file"]  # type: ignore[index]
    new_pass = "a completely new passphrase 88"
    cli.json("passwd", stdin=OWNER_PASS + "\n" + new_pass + "\n")
    code, _out, err = cli("backup", "restore", old, "--to", str(cli.vault), stdin=new_pass + "\n")
    assert code == 2 and err.count("\n") == 1 and "Expected another secret" in err
    code, out, err = cli("backup", "restore", old, "--to", str(cli.vault), stdin=new_pass + "\n" + OWNER_PASS + "\n")
    assert code == 0, err
    assert cli.json("customer", "list", stdin=OWNER_PASS + "\n")  # the restored vault: the old passphrase


def test_failures_are_one_line_and_leave_everything_as_it_was(cli: Run, tmp_path: Path,
                                                              capsys: pytest.CaptureFixture[str]) -> None:
    usb = tmp_path / "usb"
    usb.mkdir()
    path = Path(cli.json("backup", "create", str(usb))["file"])  # type: ignore[index]

    def live() -> dict[str, bytes]:
        return {p.name: p.read_bytes() for p in cli.vault.iterdir() if p.name in ("vault.db", "vault.keys")}

    code, _out, err = cli("backup", "verify", str(path), user=STAFF, stdin=STAFF_PASS + "\n")
    one_line_error(code, err)
    assert "staff passphrases never do" in err
    code, _out, err = cli("backup", "verify", str(path), user=None, stdin="wrong wrong wrong\n")
    one_line_error(code, err)

    # keyless failures: reported before the live vault is even unlocked, so it stays byte-identical
    before = live()
    data = bytearray(path.read_bytes())
    data[40] ^= 1
    damaged = tmp_path / "damaged.cvbak"
    damaged.write_bytes(bytes(data))
    code, _out, err = cli("backup", "restore", str(damaged), "--to", str(cli.vault))
    one_line_error(code, err)
    assert "damaged" in err
    code, _out, err = cli("backup", "restore", str(tmp_path / "missing.cvbak"), "--to", str(cli.vault))
    one_line_error(code, err)
    code, _out, err = cli("backup", "restore", str(path)[:-3] + "db", "--to", str(cli.vault))
    one_line_error(code, err)
    assert live() == before

    # a tampered chunk is found after the unlock (logged), before anything is replaced
    data[40] ^= 1
    data[-3] ^= 1
    tampered = tmp_path / "tampered.cvbak"
    tampered.write_bytes(bytes(data))
    code, _out, err = cli("backup", "restore", str(tampered), "--to", str(cli.vault))
    one_line_error(code, err)
    assert "tampered with or is corrupt" in err
    assert [c["name"] for c in cli.json("customer", "list")] == ["李四", "张三丰"]  # type: ignore[union-attr]
    assert not [p for p in cli.vault.iterdir() if p.name.startswith(".") or "before-restore" in p.name]

    code, _out, err = cli("backup", "create", str(tmp_path / "no-such-drive"))
    one_line_error(code, err)
    assert "not a folder" in err
    code, _out, err = cli("backup", "create", str(usb), user=STAFF, stdin=STAFF_PASS + "\n")
    one_line_error(code, err)
    code, _out, _err = cli("backup", "create", str(usb), "--keep", "0")
    assert code == 2 and "1 to 1000" in capsys.readouterr().err  # argparse writes to sys.stderr


def test_options_after_the_subcommand(cli: Run, tmp_path: Path) -> None:
    """`backup verify FILE --recovery-key-stdin --json` reads like the brief; the global forms work too."""
    usb = tmp_path / "usb"
    usb.mkdir()
    path = cli.json("backup", "create", str(usb))["file"]  # type: ignore[index]
    out, err = io.StringIO(), io.StringIO()
    code = main(["--lang", "en", "backup", "verify", path, "--recovery-key-stdin", "--json"],
                stdin=io.StringIO(cli.recovery + "\n"), stdout=out, stderr=err,  # type: ignore[attr-defined]
                policy=KdfPolicy.insecure_for_tests(), keyring=cli.keyring)
    assert code == 0, err.getvalue()
    assert json.loads(out.getvalue())["opened_with"] == "recovery_key"
    out, err = io.StringIO(), io.StringIO()
    code = main(["--lang", "en", "backup", "verify", path, "--passphrase-stdin", "--user", OWNER],
                stdin=io.StringIO(OWNER_PASS + "\n"), stdout=out, stderr=err,
                policy=KdfPolicy.insecure_for_tests(), keyring=cli.keyring)
    assert code == 0 and "Backup verified" in out.getvalue(), err.getvalue()


def test_real_subprocess_verify_and_restore(cli: Run, tmp_path: Path) -> None:
    """The installed entry point, as a script would call it (production KDF only on new slots; the
    backup's slots carry the cheap test parameters, so this stays fast)."""
    usb = tmp_path / "usb"
    usb.mkdir()
    path = cli.json("backup", "create", str(usb))["file"]  # type: ignore[index]
    env = {**os.environ, "CLIENTVAULT_LANG": "en", "HOME": str(tmp_path / "home"), "PYTHONPATH": str(ROOT)}
    env.pop("DBUS_SESSION_BUS_ADDRESS", None)
    result = subprocess.run(
        [sys.executable, "-m", "app.cli", "--json", "backup", "verify", path, "--passphrase-stdin"],
        input=OWNER_PASS + "\n", capture_output=True, text=True, env=env, cwd=ROOT, timeout=120)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["customers"] == 2
    result = subprocess.run(
        [sys.executable, "-m", "app.cli", "backup", "restore", path, "--to", str(tmp_path / "r"), "--passphrase-stdin"],
        input=OWNER_PASS + "\n", capture_output=True, text=True, env=env, cwd=ROOT, timeout=120)
    assert result.returncode == 0 and "Restored" in result.stdout, result.stderr
    assert (tmp_path / "r" / "vault.db").read_bytes()[:16] != b"SQLite format 3\x00"
