"""English plural forms are spelled out for every %n message (Qt's numerus forms)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]


def test_every_english_plural_is_filled() -> None:
    result = subprocess.run([sys.executable, str(ROOT / "packaging" / "fill_en_plurals.py"), "--check"],
                            capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 0, result.stdout


def test_forms() -> None:
    sys.path.insert(0, str(ROOT / "packaging"))
    from fill_en_plurals import forms

    assert forms("%n customer(s)") == ("%n customer", "%n customers")
    assert forms("%n match(es)") == ("%n match", "%n matches")
    assert forms("%n entry(ies) left") == ("%n entry left", "%n entries left")
