"""Write the Chinese translations from `resources/i18n/zh_CN.json` into `clientvault_zh_CN.ts`.

zh_CN.json is the reviewed dictionary of translations, source text → Simplified Chinese:

    {
      "The disk is full. Free some space and try again; nothing was lost.": "磁盘已满……",
      "%n customer(s)": "%n 位客户",
      "@contexts": {"Actions": {"Copy": "复制"}}
    }

An entry applies to that source text in every context; the optional "@contexts" section overrides
it for one context (for a word that needs two translations). A plural (`%n`) message takes a
string (Chinese has one plural form) or a list of forms.

For every message of the .ts file the script writes the translation and marks it finished (removes
`type="unfinished"`). A message the JSON does not cover keeps a finished translation made in
Qt Linguist; otherwise it is reported as missing. A translation whose `{placeholders}` or `%n`
differ from its source is refused. Entries the .ts no longer uses are listed as unused (not an
error). The file is written in lupdate's own layout, so `update_translations.py` and this script
can run in turns without churning it; running it twice changes nothing.

Usage, from the repository root (after `packaging/update_translations.py`):

    .venv/bin/python packaging/fill_zh_translations.py            # fill, report what is missing
    .venv/bin/python packaging/fill_zh_translations.py --check    # change nothing; exit 1 if the
                                                                  # .ts is not complete and current
Options --ts and --json name other files (tests use them).

Exit status: 0 everything translated; 1 translations missing or refused (or, with --check, the .ts
would change); 2 a file is missing or not valid.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_TS = ROOT / "resources" / "i18n" / "clientvault_zh_CN.ts"
DEFAULT_JSON = ROOT / "resources" / "i18n" / "zh_CN.json"
CONTEXTS_KEY = "@contexts"

# Named placeholders ({field}) and Qt's %n / %Ln / %1 markers: a translation must keep exactly these.
PLACEHOLDER_RE = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*\}|%L?n|%L?[0-9]+")


def placeholders(text: str) -> set[str]:
    return set(PLACEHOLDER_RE.findall(text))


# --- reading -------------------------------------------------------------------------------------
def load_dictionary(path: Path) -> tuple[dict[str, Any], dict[str, dict[str, Any]]]:
    data = json.loads(path.read_text(encoding="utf-8"))
    if not isinstance(data, dict):
        raise ValueError(f"{path}: expected a JSON object")
    contexts = data.pop(CONTEXTS_KEY, {})
    if not isinstance(contexts, dict) or not all(isinstance(v, dict) for v in contexts.values()):
        raise ValueError(f"{path}: {CONTEXTS_KEY} must map context names to objects")
    for key, value in [*data.items(), *(kv for c in contexts.values() for kv in c.items())]:
        if not (
            isinstance(value, str) or (isinstance(value, list) and all(isinstance(v, str) for v in value))
        ):
            raise ValueError(f"{path}: the translation of {key!r} must be a string or a list of strings")
    return data, contexts


# --- writing in lupdate's layout -----------------------------------------------------------------
def _protect(text: str) -> str:
    """Escape text as lupdate does (Qt's ts.cpp `protect`)."""
    out = []
    for ch in text:
        code = ord(ch)
        if ch == '"':
            out.append("&quot;")
        elif ch == "&":
            out.append("&amp;")
        elif ch == ">":
            out.append("&gt;")
        elif ch == "<":
            out.append("&lt;")
        elif ch == "'":
            out.append("&apos;")
        elif code < 0x20 and ch not in "\n\r\t":
            out.append(f"&#x{code:x};")
        else:
            out.append(ch)
    return "".join(out)


def _write_element(elem: ET.Element, depth: int, out: list[str]) -> None:
    indent = "    " * max(depth - 1, 0)  # <TS> and <context> both start at column 0
    attrs = "".join(f' {k}="{_protect(v)}"' for k, v in elem.attrib.items())
    children = list(elem)
    text = elem.text or ""
    if not children:
        if elem.tag == "location" and not text:
            out.append(f"{indent}<{elem.tag}{attrs}/>\n")
        else:
            out.append(f"{indent}<{elem.tag}{attrs}>{_protect(text)}</{elem.tag}>\n")
        return
    out.append(f"{indent}<{elem.tag}{attrs}>\n")
    for child in children:
        _write_element(child, depth + 1, out)
    out.append(f"{indent}</{elem.tag}>\n")


def serialize(root: ET.Element) -> str:
    out = ['<?xml version="1.0" encoding="utf-8"?>\n', "<!DOCTYPE TS>\n"]
    _write_element(root, 0, out)
    return "".join(out)


# --- filling -------------------------------------------------------------------------------------
class Report:
    def __init__(self) -> None:
        self.missing: list[tuple[str, str]] = []
        self.refused: list[tuple[str, str, str]] = []
        self.kept: list[tuple[str, str]] = []
        self.used: set[tuple[str | None, str]] = set()
        self.unused: list[str] = []

    @property
    def ok(self) -> bool:
        return not self.missing and not self.refused


def _lookup(
    flat: dict[str, Any], contexts: dict[str, dict[str, Any]], context: str, source: str, report: Report
) -> Any:
    override = contexts.get(context, {})
    if source in override:
        report.used.add((context, source))
        return override[source]
    if source in flat:
        report.used.add((None, source))
        return flat[source]
    return None


def _current(translation: ET.Element, numerus: bool) -> list[str]:
    if numerus:
        return [form.text or "" for form in translation.findall("numerusform")]
    return [translation.text or ""]


def fill(root: ET.Element, flat: dict[str, Any], contexts: dict[str, dict[str, Any]]) -> Report:
    report = Report()
    for context in root.iter("context"):
        context_name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            if translation is None:
                translation = ET.SubElement(message, "translation", {"type": "unfinished"})
            if translation.get("type") in ("vanished", "obsolete"):
                continue
            numerus = message.get("numerus") == "yes"
            wanted = _lookup(flat, contexts, context_name, source, report)
            if wanted is None:
                existing = _current(translation, numerus)
                if translation.get("type") != "unfinished" and all(existing):
                    report.kept.append((context_name, source))
                else:
                    report.missing.append((context_name, source))
                continue
            forms = [wanted] if isinstance(wanted, str) else list(wanted)
            if not forms or not all(f.strip() for f in forms):
                report.missing.append((context_name, source))
                continue
            bad = [f for f in forms if placeholders(f) != placeholders(source)]
            if bad:
                report.refused.append((context_name, source, bad[0]))
                continue
            if numerus:
                count = max(len(translation.findall("numerusform")), 1)
                if len(forms) == 1:
                    forms = forms * count
                for child in list(translation):
                    translation.remove(child)
                translation.text = None
                for form in forms:
                    ET.SubElement(translation, "numerusform").text = form
            else:
                if len(forms) != 1:
                    report.refused.append((context_name, source, "a list given for a message without %n"))
                    continue
                for child in list(translation):
                    translation.remove(child)
                translation.text = forms[0]
            translation.attrib.pop("type", None)
    report.unused = sorted(
        [s for s in flat if (None, s) not in report.used]
        + [f"{c}: {s}" for c, table in contexts.items() for s in table if (c, s) not in report.used]
    )
    return report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--ts", type=Path, default=DEFAULT_TS, help="the .ts file (default: %(default)s)")
    parser.add_argument(
        "--json", type=Path, default=DEFAULT_JSON, help="the dictionary (default: %(default)s)"
    )
    parser.add_argument("--check", action="store_true", help="write nothing; exit 1 if the .ts would change")
    args = parser.parse_args(argv)

    try:
        flat, contexts = load_dictionary(args.json)
        # Per-area dictionaries beside the main one (zh_CN.<area>.json) are merged in, so several
        # people can add translations without editing the same file.
        for extra in sorted(args.json.parent.glob(args.json.stem + ".*.json")):
            more, more_contexts = load_dictionary(extra)
            flat.update(more)
            for name, table in more_contexts.items():
                contexts.setdefault(name, {}).update(table)
        original = args.ts.read_text(encoding="utf-8")
        root = ET.fromstring(original.encode("utf-8"))
    except (OSError, ValueError, ET.ParseError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    if root.tag != "TS":
        print(f"error: {args.ts} is not a Qt Linguist .ts file", file=sys.stderr)
        return 2

    report = fill(root, flat, contexts)
    result = serialize(root)
    changed = result != original

    for context, source in report.missing:
        print(f"missing [{context}]: {json.dumps(source, ensure_ascii=False)}")
    for context, source, bad in report.refused:
        print(
            f"refused [{context}]: {json.dumps(source, ensure_ascii=False)} -> {json.dumps(bad, ensure_ascii=False)} (placeholders differ)"
        )
    for context, source in report.kept:
        print(f"kept from the .ts (add it to the JSON) [{context}]: {json.dumps(source, ensure_ascii=False)}")
    for entry in report.unused:
        print(f"unused in the JSON: {json.dumps(entry, ensure_ascii=False)}")

    if args.check:
        if changed:
            print(f"{args.ts} is not up to date with {args.json}: run packaging/fill_zh_translations.py")
        return 1 if changed or not report.ok else 0
    if changed:
        args.ts.write_text(result, encoding="utf-8", newline="\n")
    total = len(report.missing) + len(report.refused)
    print(
        "{}: {} missing, {} refused{}".format(
            args.ts.name, len(report.missing), len(report.refused), "" if changed else " (unchanged)"
        )
    )
    return 0 if total == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
