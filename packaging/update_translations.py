"""Regenerate the Qt Linguist sources `resources/i18n/clientvault_<lang>.ts` from `app/**/*.py`.

Uses the `lupdate` that ships with PySide6 (it parses Python with `-extensions py`). lupdate
merges: translations already in the .ts files are kept, new source texts are added as unfinished,
and texts no longer in the code are dropped (`-no-obsolete`). Source locations are not recorded
(`-locations none`), so editing code does not churn the .ts files.

Usage, from the repository root:

    .venv/bin/python packaging/update_translations.py          # 1. pick up new/changed texts
    .venv/bin/python packaging/fill_zh_translations.py         # 2. write resources/i18n/zh_CN.json
                                                                #    into clientvault_zh_CN.ts
    .venv/bin/python packaging/update_translations.py --qm     # 3. build the .qm files the app loads

    .venv/bin/python packaging/update_translations.py --check  # exit 1 if the .ts files are stale

Step 2 exits 1 and lists every source text that has no Chinese yet: add those to zh_CN.json and
run it again. `.qm` files are build output (gitignored), never committed.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
I18N_DIR = ROOT / "resources" / "i18n"
LANGUAGES = ("zh_CN", "en")
SOURCE_LANGUAGE = "en"


def qt_tool(name: str) -> Path:
    """A Qt Linguist tool (lupdate, lrelease) from the installed PySide6."""
    import PySide6

    base = Path(PySide6.__file__).parent
    for candidate in (base / name, base / (name + ".exe")):
        if candidate.is_file():
            return candidate
    raise SystemExit(f"{name} not found next to PySide6 ({base}); install pyside6-essentials")


def ts_path(language: str, directory: Path = I18N_DIR) -> Path:
    return directory / f"clientvault_{language}.ts"


def python_sources(root: Path = ROOT) -> list[Path]:
    return sorted(p for p in (root / "app").rglob("*.py") if "__pycache__" not in p.parts)


def run_lupdate(sources: list[Path], ts: Path, language: str, *, quiet: bool = False) -> None:
    ts.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        listing = Path(tmp) / "sources.lst"  # avoids command-line length limits on Windows
        listing.write_text("\n".join(str(p) for p in sources) + "\n", encoding="utf-8")
        command = [
            str(qt_tool("lupdate")),
            "-extensions", "py",
            "-no-obsolete",
            "-locations", "none",
            "-source-language", SOURCE_LANGUAGE,
            "-target-language", language,
            "@" + str(listing),
            "-ts", str(ts),
        ]  # fmt: skip
        if quiet:
            command.insert(1, "-silent")
        subprocess.run(command, check=True, cwd=ROOT)


def run_lrelease(ts: Path, qm: Path) -> None:
    subprocess.run([str(qt_tool("lrelease")), "-silent", str(ts), "-qm", str(qm)], check=True, cwd=ROOT)


def update() -> None:
    sources = python_sources()
    for language in LANGUAGES:
        run_lupdate(sources, ts_path(language), language)


def check() -> int:
    """Exit status 1 when running lupdate would change a .ts file (texts added, changed or gone)."""
    sources = python_sources()
    stale = []
    with tempfile.TemporaryDirectory() as tmp:
        for language in LANGUAGES:
            current = ts_path(language)
            copy = Path(tmp) / current.name
            if current.exists():
                shutil.copyfile(current, copy)
            run_lupdate(sources, copy, language, quiet=True)
            if not current.exists() or copy.read_bytes() != current.read_bytes():
                stale.append(current.relative_to(ROOT))
    for path in stale:
        print(f"out of date: {path} (run packaging/update_translations.py)")
    return 1 if stale else 0


def release() -> None:
    for language in LANGUAGES:
        ts = ts_path(language)
        run_lrelease(ts, ts.with_suffix(".qm"))
        print("built {}".format(ts.with_suffix(".qm").relative_to(ROOT)))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    group = parser.add_mutually_exclusive_group()
    group.add_argument("--qm", action="store_true", help="only build the .qm files (lrelease)")
    group.add_argument("--check", action="store_true", help="exit 1 if the .ts files are out of date")
    args = parser.parse_args(argv)
    if args.check:
        return check()
    if args.qm:
        release()
    else:
        update()
    return 0


if __name__ == "__main__":
    sys.exit(main())
