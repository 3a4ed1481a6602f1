"""Fill the English plural forms in `resources/i18n/clientvault_en.ts`.

English sources are written with "(s)"/"(es)"/"y(ies)" for plurals ("%n customer(s)"); Qt needs
the two numerus forms spelled out ("%n customer", "%n customers"). Run after
`packaging/update_translations.py`; `--check` exits 1 when a form is missing.
"""

from __future__ import annotations

import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EN_TS = ROOT / "resources" / "i18n" / "clientvault_en.ts"
sys.path.insert(0, str(ROOT / "packaging"))

from fill_zh_translations import serialize  # noqa: E402  (writes lupdate's layout)


def forms(source: str) -> tuple[str, str]:
    singular = re.sub(r"y\(ies\)", "y", source)
    singular = re.sub(r"\((?:e)?s\)", "", singular)
    plural = re.sub(r"y\(ies\)", "ies", source)
    plural = re.sub(r"\((e?s)\)", r"\1", plural)
    return singular, plural


def main(argv: list[str]) -> int:
    check = "--check" in argv
    original = EN_TS.read_text(encoding="utf-8")
    root = ET.fromstring(original.encode("utf-8"))
    missing = 0
    for message in root.iter("message"):
        if message.get("numerus") != "yes":
            continue
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        wanted = forms(source)
        current = [f.text or "" for f in translation.findall("numerusform")]
        if current != list(wanted) or translation.get("type") == "unfinished":
            missing += 1
            for child in list(translation):
                translation.remove(child)
            for text in wanted:
                ET.SubElement(translation, "numerusform").text = text
            translation.attrib.pop("type", None)
    if check:
        if missing:
            print("{} English plural form(s) missing".format(missing))
        return 1 if missing else 0
    result = serialize(root)
    if result != original:
        EN_TS.write_text(result, encoding="utf-8")
    print("filled {} plural message(s)".format(missing))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
