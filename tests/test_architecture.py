"""House rules that tooling enforces: layer contracts (import-linter), lint (ruff), types (mypy strict
for models, vault and services)."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent


def _run(*cmd: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=600)


def test_import_layers() -> None:
    """Dependencies point down: entry points → ui → i18n → services → vault → models; no Qt below ui."""
    result = _run(str(BIN / "lint-imports"))
    assert result.returncode == 0, result.stdout + result.stderr


def test_ruff() -> None:
    result = _run(sys.executable, "-m", "ruff", "check", "app", "tests", "bench", "packaging")
    assert result.returncode == 0, result.stdout


def test_mypy_strict_layers() -> None:
    result = _run(sys.executable, "-m", "mypy", "app/models", "app/vault", "app/services")
    assert result.returncode == 0, result.stdout


def test_no_sql_outside_the_vault() -> None:
    """SQL lives in app/vault only (ARCHITECTURE.md): no execute() calls elsewhere."""
    offenders = []
    for path in (ROOT / "app").rglob("*.py"):
        rel = path.relative_to(ROOT).as_posix()
        if rel.startswith("app/vault/"):
            continue
        text = path.read_text("utf-8")
        if re.search(r"\.execute(many|script)?\(", text) and "app/services/selftest.py" != rel:
            offenders.append(rel)
    assert offenders == []


def test_no_fstrings_in_sql() -> None:
    """No f-strings build SQL (house style)."""
    pattern = re.compile(r"""\bf["'](SELECT|INSERT|UPDATE|DELETE|CREATE|PRAGMA)\b""", re.IGNORECASE)
    hits = [p.as_posix() for p in (ROOT / "app").rglob("*.py") if pattern.search(p.read_text("utf-8"))]
    assert hits == []
