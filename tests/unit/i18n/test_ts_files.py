"""The translation sources (`resources/i18n/*.ts`) and the house rules for translatable text.

* zh_CN is complete: no translation is left unfinished (docs/ARCHITECTURE.md, Translations).
* Every translation keeps exactly its source's `{placeholders}` and `%n`, so `.format(name=…)`
  and Qt's plural handling work in every language.
* packaging/fill_zh_translations.py reports missing translations with exit status 1 and leaves a
  complete file unchanged.
* House rule "no f-strings inside tr()": a translatable text must be a static literal, formatted
  only AFTER translation — `translate("Errors", "Saved {name}.").format(name=…)`, never
  `translate("Errors", f"Saved {name}.")`, whose source text lupdate cannot extract and whose
  runtime text never matches a translation.
"""

from __future__ import annotations

import ast
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]
I18N = ROOT / "resources" / "i18n"
ZH_TS = I18N / "clientvault_zh_CN.ts"
EN_TS = I18N / "clientvault_en.ts"
FILL = ROOT / "packaging" / "fill_zh_translations.py"

PLACEHOLDER_RE = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*\}|%L?n|%L?[0-9]+")


def placeholders(text: str) -> set[str]:
    return set(PLACEHOLDER_RE.findall(text))


def messages(ts: Path) -> list[tuple[str, ET.Element]]:
    root = ET.parse(ts).getroot()
    assert root.tag == "TS"
    found = []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found.append((name, message))
    return found


def translations(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    if translation is None:
        return []
    if message.get("numerus") == "yes":
        return [form.text or "" for form in translation.findall("numerusform")]
    return [translation.text or ""]


# --- the .ts files -------------------------------------------------------------------------------
def test_ts_files_exist_with_their_languages() -> None:
    assert ET.parse(ZH_TS).getroot().get("language") == "zh_CN"
    assert ET.parse(EN_TS).getroot().get("language") == "en"
    assert len(messages(ZH_TS)) > 100
    assert {s.findtext("source") for _c, s in messages(ZH_TS)} == {
        s.findtext("source") for _c, s in messages(EN_TS)
    }


def test_every_zh_cn_translation_is_finished() -> None:
    unfinished = []
    for context, message in messages(ZH_TS):
        translation = message.find("translation")
        source = message.findtext("source") or ""
        if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete"):
            unfinished.append((context, source))
        elif not translations(message) or not all(t.strip() for t in translations(message)):
            unfinished.append((context, source))
    assert not unfinished, (
        "untranslated (add them to resources/i18n/zh_CN.json, then run "
        f"packaging/fill_zh_translations.py): {unfinished}"
    )


@pytest.mark.parametrize("ts", [ZH_TS, EN_TS], ids=lambda p: p.name)
def test_translations_keep_their_placeholders(ts: Path) -> None:
    wrong = []
    for context, message in messages(ts):
        source = message.findtext("source") or ""
        for text in translations(message):
            if text and placeholders(text) != placeholders(source):
                wrong.append((context, source, text))
    assert not wrong


def test_zh_cn_translations_are_chinese() -> None:
    """A copied English source is not a translation (names such as "QQ" aside)."""
    english = []
    for context, message in messages(ZH_TS):
        words = re.sub(r"\{[^}]*\}", "", message.findtext("source") or "")  # placeholders aren't words
        if not re.search(r"[a-z]{2,}", words):
            continue  # nothing to translate: "QQ", "{count}", "%n" …
        for text in translations(message):
            if not re.search(r"[\u4e00-\u9fff]", text):
                english.append((context, text))
    assert not english


# --- the fill script -----------------------------------------------------------------------------
def run_fill(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(FILL), *args], capture_output=True, text=True, cwd=ROOT, timeout=60
    )


def test_fill_script_finds_nothing_missing_and_changes_nothing() -> None:
    result = run_fill("--check")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "missing" not in result.stdout.replace("0 missing", "")


TS_SAMPLE = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>Errors</name>
    <message>
        <source>Saved {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It&apos;s &quot;new&quot; &amp; &lt;untranslated&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
</TS>
"""


def test_fill_script_fills_reports_missing_and_is_rerunnable(tmp_path: Path) -> None:
    ts = tmp_path / "sample.ts"
    ts.write_text(TS_SAMPLE, encoding="utf-8")
    dictionary = tmp_path / "zh.json"
    dictionary.write_text(
        '{"Saved {name}.": "已保存{name}。", "%n customer(s)": "%n 位客户"}', encoding="utf-8"
    )

    first = run_fill("--ts", str(ts), "--json", str(dictionary))
    assert first.returncode == 1
    assert 'It\'s \\"new\\" & <untranslated>.' in first.stdout  # the missing one, named
    root = ET.parse(ts).getroot()
    by_source = {m.findtext("source"): m for m in root.iter("message")}
    done = by_source["Saved {name}."].find("translation")
    assert done is not None and done.get("type") is None and done.text == "已保存{name}。"
    plural = by_source["%n customer(s)"].find("translation")
    assert plural is not None and plural.get("type") is None
    assert [f.text for f in plural.findall("numerusform")] == ["%n 位客户"]
    missing = by_source['It\'s "new" & <untranslated>.'].find("translation")
    assert missing is not None and missing.get("type") == "unfinished"
    # Written in lupdate's layout: the header and escapes are kept.
    text = ts.read_text(encoding="utf-8")
    assert text.startswith('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n<TS version="2.1"')
    assert "It&apos;s &quot;new&quot; &amp; &lt;untranslated&gt;." in text

    dictionary.write_text(
        '{"Saved {name}.": "已保存{name}。", "%n customer(s)": "%n 位客户", '
        '"It\'s \\"new\\" & <untranslated>.": "这是“新的”。"}',
        encoding="utf-8",
    )
    second = run_fill("--ts", str(ts), "--json", str(dictionary))
    assert second.returncode == 0, second.stdout
    after = ts.read_bytes()
    assert run_fill("--ts", str(ts), "--json", str(dictionary)).returncode == 0
    assert ts.read_bytes() == after  # running it again changes nothing
    assert run_fill("--ts", str(ts), "--json", str(dictionary), "--check").returncode == 0


def test_fill_script_refuses_a_translation_that_drops_a_placeholder(tmp_path: Path) -> None:
    ts = tmp_path / "sample.ts"
    ts.write_text(TS_SAMPLE, encoding="utf-8")
    dictionary = tmp_path / "zh.json"
    dictionary.write_text('{"Saved {name}.": "已保存。", "%n customer(s)": "%n 位客户"}', encoding="utf-8")
    result = run_fill("--ts", str(ts), "--json", str(dictionary))
    assert result.returncode == 1
    assert "refused" in result.stdout and "Saved {name}." in result.stdout
    message = next(
        m for m in ET.parse(ts).getroot().iter("message") if m.findtext("source") == "Saved {name}."
    )
    translation = message.find("translation")
    assert translation is not None and translation.get("type") == "unfinished"


def test_fill_script_check_mode_writes_nothing(tmp_path: Path) -> None:
    ts = tmp_path / "sample.ts"
    ts.write_text(TS_SAMPLE, encoding="utf-8")
    dictionary = tmp_path / "zh.json"
    dictionary.write_text("{}", encoding="utf-8")
    result = run_fill("--ts", str(ts), "--json", str(dictionary), "--check")
    assert result.returncode == 1
    assert ts.read_text(encoding="utf-8") == TS_SAMPLE


# --- house rule: no f-strings (or formatting) inside tr() / translate() ---------------------------
_TRANSLATE_CALLS = {"tr", "translate", "QT_TR_NOOP", "QT_TRANSLATE_NOOP", "QT_TRANSLATE_NOOP3", "qsTr"}


def _call_name(node: ast.Call) -> str:
    if isinstance(node.func, ast.Name):
        return node.func.id
    if isinstance(node.func, ast.Attribute):
        return node.func.attr
    return ""


def _formatted_before_translation(arg: ast.expr) -> bool:
    """An f-string, `"…".format(…)` or `"…" % …` / `"…" + x` as a translate argument."""
    if isinstance(arg, ast.JoinedStr):
        return True
    if isinstance(arg, ast.Call) and isinstance(arg.func, ast.Attribute) and arg.func.attr == "format":
        return True
    if isinstance(arg, ast.BinOp) and isinstance(arg.op, ast.Mod | ast.Add):
        return any(isinstance(side, ast.Constant | ast.JoinedStr) for side in (arg.left, arg.right))
    return False


def formatted_translate_calls(source: str, filename: str = "<string>") -> list[str]:
    """Each tr()/translate() call whose text is formatted before translation, as file:line."""
    found = []
    for node in ast.walk(ast.parse(source, filename)):
        if isinstance(node, ast.Call) and _call_name(node) in _TRANSLATE_CALLS:
            args = [*node.args, *(kw.value for kw in node.keywords)]
            if any(_formatted_before_translation(a) for a in args):
                found.append(f"{filename}:{node.lineno}")
    return found


@pytest.mark.parametrize(
    "snippet",
    [
        'self.tr(f"Hello {name}")',
        'QCoreApplication.translate("Errors", f"Missing {field}")',
        'translate(\n    "cli",\n    f"Saved {n} customers",\n)',
        'QCoreApplication.translate("Errors", "Saved {n}.".format(n=n))',
        'self.tr("Saved %s." % name)',
        'QT_TRANSLATE_NOOP("Errors", "Saved " + name)',
    ],
)
def test_the_rule_checker_catches_formatting_inside_translate(snippet: str) -> None:
    assert formatted_translate_calls(snippet)


@pytest.mark.parametrize(
    "snippet",
    [
        'QCoreApplication.translate("Errors", "Saved {n}.").format(n=n)',
        'self.tr("Hello {name}").format(name=name)',
        'QCoreApplication.translate("Errors", source)',  # a QT_TRANSLATE_NOOP table entry
        "text.translate(_HALFWIDTH_TABLE)",  # str.translate is not Qt's
        'QCoreApplication.translate("Errors", "A long text " "in two parts.")',
    ],
)
def test_the_rule_checker_accepts_formatting_after_translation(snippet: str) -> None:
    assert not formatted_translate_calls(snippet)


def test_no_f_strings_inside_translate_calls_in_product_code() -> None:
    """House rule (docs/ARCHITECTURE.md, Translations): no f-strings inside tr(); named
    placeholders are filled with .format(name=…) after translation. Checked on the syntax tree of
    every app/**/*.py, so calls spread over several lines are covered too."""
    offenders = []
    for path in sorted((ROOT / "app").rglob("*.py")):
        offenders += formatted_translate_calls(path.read_text(encoding="utf-8"), str(path.relative_to(ROOT)))
    assert not offenders, offenders
