"""Build the frozen app on this OS, and on Linux the .deb too; print the artefact paths.

    .venv/bin/python packaging/build.py [--no-deb] [--skip-notices]

Steps: regenerate resources/THIRD_PARTY_NOTICES.txt (packaging/third_party_notices.py), compile
stale translations (.ts → .qm, as packaging/bootstrap.py does), run PyInstaller over
packaging/clientvault.spec (one folder in dist/clientvault, work files in build/pyinstaller), then on
Linux with dpkg-deb packaging/deb/make_deb.py makes dist/clientvault_<version>_<arch>.deb. Windows
and macOS installers are made by their own recipes over the same folder (packaging/windows,
packaging/macos; see .github/workflows/release.yml). Needs the `build` extra:
`.venv/bin/pip install -e ".[build]"`. A missing tool fails with a clear message, never a hang.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DIST = ROOT / "dist"
WORK = ROOT / "build" / "pyinstaller"
SPEC = ROOT / "packaging" / "clientvault.spec"
FOLDER = DIST / "clientvault"


def version() -> str:
    """The one version source: `__version__` in app/__init__.py (pyproject reads it too)."""
    text = (ROOT / "app" / "__init__.py").read_text(encoding="utf-8")
    match = re.search(r'^__version__ = "([^"]+)"', text, re.M)
    if match is None:
        raise SystemExit("build: no __version__ in app/__init__.py")
    return match.group(1)


def fail(message: str) -> None:
    print("build: error: " + message, file=sys.stderr)
    raise SystemExit(1)


def folder_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def human(size: int) -> str:
    return "{:.1f} MiB".format(size / 1024 / 1024)


def step(title: str, started: float) -> float:
    now = time.monotonic()
    print("build: {} in {:.1f} s".format(title, now - started), flush=True)
    return now


def build_translations() -> None:
    spec = importlib.util.spec_from_file_location("cv_bootstrap", ROOT / "packaging" / "bootstrap.py")
    assert spec is not None and spec.loader is not None
    bootstrap = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bootstrap)
    bootstrap.build_translations(Path(sys.executable))  # only compiles stale .qm files
    if not list((ROOT / "resources" / "i18n").glob("*.qm")):
        fail("no compiled translations in resources/i18n (lrelease failed?)")


ICONS = ROOT / "build" / "icons"


def make_icons() -> None:
    """build/icons/clientvault.ico (Windows) and .icns (macOS) from resources/icons/app.svg, drawn
    with Qt (its ico/icns image plugins write both formats), for the executables and the installers."""
    code = (
        "import sys; from PySide6.QtGui import QGuiApplication, QImage, QPainter;"
        "from PySide6.QtSvg import QSvgRenderer;"
        "app = QGuiApplication(['x', '-platform', 'offscreen']);"
        "img = QImage(256, 256, QImage.Format.Format_ARGB32); img.fill(0);"
        "p = QPainter(img); QSvgRenderer(sys.argv[1]).render(p); p.end();"
        "sys.exit(0 if all([img.save(sys.argv[2], 'ICO'), img.save(sys.argv[3], 'ICNS')]) else 1)"
    )
    ICONS.mkdir(parents=True, exist_ok=True)
    subprocess.run([sys.executable, "-c", code, str(ROOT / "resources" / "icons" / "app.svg"),
                    str(ICONS / "clientvault.ico"), str(ICONS / "clientvault.icns")], check=True, timeout=120)


def run_pyinstaller() -> None:
    if importlib.util.find_spec("PyInstaller") is None:
        fail("PyInstaller is not installed in this Python; run: {} -m pip install -e \".[build]\"".format(
            sys.executable))
    shutil.rmtree(FOLDER, ignore_errors=True)
    command = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
               "--distpath", str(DIST), "--workpath", str(WORK), str(SPEC)]
    subprocess.run(command, check=True, cwd=ROOT, timeout=1800)
    executable = FOLDER / ("clientvault.exe" if os.name == "nt" else "clientvault")
    if not executable.exists():
        fail("PyInstaller finished but {} is missing".format(executable))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Build ClientVault's frozen app (and .deb on Linux).")
    parser.add_argument("--no-deb", action="store_true", help="Linux: skip the .deb")
    parser.add_argument("--skip-notices", action="store_true", help="keep resources/THIRD_PARTY_NOTICES.txt")
    args = parser.parse_args(argv)
    started = last = time.monotonic()
    artefacts: list[Path] = []

    if not args.skip_notices:
        subprocess.run([sys.executable, str(ROOT / "packaging" / "third_party_notices.py")], check=True, timeout=300)
        last = step("third-party notices", last)
    build_translations()
    make_icons()
    run_pyinstaller()
    last = step("PyInstaller folder ({})".format(human(folder_size(FOLDER))), last)
    artefacts.append(FOLDER)
    if sys.platform == "darwin" and (DIST / "ClientVault.app").exists():
        artefacts.append(DIST / "ClientVault.app")

    if sys.platform.startswith("linux") and not args.no_deb:
        if shutil.which("dpkg-deb") is None:
            fail("dpkg-deb not found (install dpkg), or pass --no-deb")
        sys.path.insert(0, str(ROOT / "packaging" / "deb"))
        from make_deb import make_deb

        deb, installed_kib = make_deb(FOLDER, DIST, version())
        last = step("deb {} ({}, installed {:.1f} MiB)".format(deb.name, human(deb.stat().st_size),
                                                                   installed_kib / 1024), last)
        artefacts.append(deb)

    print("build: done in {:.1f} s; artefacts:".format(time.monotonic() - started))
    for path in artefacts:
        print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
