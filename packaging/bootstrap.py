"""Create or refresh the checkout's virtual environment, then run the app or the tests.

    python3 packaging/bootstrap.py run  [app arguments]
    python3 packaging/bootstrap.py test [pytest arguments]
    python3 packaging/bootstrap.py cli  [clientvault arguments]

Standard library only: this runs before anything is installed. The venv lives at `.venv` in the
checkout and is reinstalled whenever `pyproject.toml` changes (a hash stamp inside the venv).
Compiled translations (`.qm`) are built from `resources/i18n/*.ts` on every run.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENV = ROOT / ".venv"
STAMP = VENV / ".clientvault-install-stamp"


def venv_python() -> Path:
    if os.name == "nt":
        return VENV / "Scripts" / "python.exe"
    return VENV / "bin" / "python"


def wanted_stamp() -> str:
    digest = hashlib.sha256((ROOT / "pyproject.toml").read_bytes())
    digest.update(sys.version.encode())
    return digest.hexdigest()


def ensure_venv() -> Path:
    if sys.version_info < (3, 11):  # noqa: UP036 - this script runs before anything checks the version
        sys.exit("ClientVault needs Python 3.11 or newer (this is " + sys.version.split()[0] + ").")
    python = venv_python()
    if not python.exists():
        print("Creating the virtual environment in .venv …", flush=True)
        venv.EnvBuilder(with_pip=True, clear=True).create(VENV)
    stamp = wanted_stamp()
    if not STAMP.exists() or STAMP.read_text() != stamp:
        print("Installing ClientVault and its dependencies into .venv …", flush=True)
        subprocess.check_call([str(python), "-m", "pip", "install", "--upgrade", "--quiet", "pip"])
        subprocess.check_call(
            [str(python), "-m", "pip", "install", "--quiet", "-e", str(ROOT) + "[test]"], cwd=ROOT
        )
        STAMP.write_text(stamp)
    build_translations(python)
    return python


def build_translations(python: Path) -> None:
    """Compile resources/i18n/*.ts to .qm with the lrelease that ships inside PySide6."""
    sources = sorted((ROOT / "resources" / "i18n").glob("*.ts"))
    stale = [ts for ts in sources if not ts.with_suffix(".qm").exists()
             or ts.with_suffix(".qm").stat().st_mtime < ts.stat().st_mtime]
    if not stale:
        return
    code = (
        "import sys, subprocess, PySide6, pathlib;"
        "d = pathlib.Path(PySide6.__file__).parent;"
        "exe = next(p for p in [d / 'lrelease', d / 'lrelease.exe', d / 'Qt' / 'libexec' / 'lrelease'] if p.exists());"
        "sys.exit(subprocess.call([str(exe), '-silent', *sys.argv[1:]]))"
    )
    subprocess.check_call([str(python), "-c", code, *[str(s) for s in stale]])


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in {"run", "test", "cli"}:
        print(__doc__)
        return 2
    python = ensure_venv()
    command, rest = argv[0], argv[1:]
    env = dict(os.environ)
    if command == "run":
        return subprocess.call([str(python), "-m", "app", *rest], cwd=ROOT, env=env)
    if command == "cli":
        return subprocess.call([str(python), "-m", "app.cli", *rest], cwd=ROOT, env=env)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    return subprocess.call([str(python), "-m", "pytest", *rest], cwd=ROOT, env=env)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
