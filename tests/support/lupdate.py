"""Extract the translatable texts of some source files with Qt's lupdate (shipped with PySide6), for
tests that check an area's Chinese dictionary against exactly the texts its files use."""

from __future__ import annotations

import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import PySide6

ROOT = Path(__file__).resolve().parents[2]


def qt_tool(name: str) -> str:
    return str(Path(PySide6.__file__).parent / name)


def source_messages(sources: list[str], ts: Path) -> set[tuple[str, str]]:
    """(context, source text) of every translatable text in `sources` (paths relative to the repo),
    written through the .ts file `ts`."""
    subprocess.run([qt_tool("lupdate"), "-silent", "-extensions", "py", "-no-obsolete", "-locations", "none",
                    "-source-language", "en", "-target-language", "zh_CN", *[str(ROOT / s) for s in sources],
                    "-ts", str(ts)], check=True, cwd=ROOT, timeout=120)
    return {(c.findtext("name") or "", m.findtext("source") or "")
            for c in ET.parse(ts).getroot().iter("context") for m in c.iter("message")}
