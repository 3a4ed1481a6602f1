"""Texts of the data-driven classifications: every reason code the model emits has its own text,
label and rule texts, default suggested actions, and zh_CN.classify_more.json translates every
source text of app/i18n/classification_messages.py and app/cli_classify.py."""

from __future__ import annotations

import json
import re
from pathlib import Path

from app.i18n import classification_messages as cm
from app.models import classification as m
from app.models.errors import ValidationError

ROOT = Path(__file__).resolve().parents[3]
TABLE = ROOT / "resources" / "i18n" / "zh_CN.classify_more.json"
LITERAL = re.compile(r'(?:QT_TRANSLATE_NOOP|translate)\("(\w+)", "((?:[^"\\]|\\.)*)"\)')
PLACEHOLDER = re.compile(r"\{([A-Za-z_]\w*)\}")


def test_every_new_reason_code_has_its_own_text() -> None:
    fallback = "Rule {code}."
    samples: list[tuple[str, dict[str, object]]] = [
        ("region_address", {"region": "广东省", "part": "province", "value": "广东"}),
        ("region_address", {"region": "浙江省", "part": "city", "value": "杭州"}),
        ("region_address", {"region": "广东省", "part": "free_form", "value": "深圳市南山区"}),
        ("region_address", {"region": "US", "part": "country", "value": "US"}),
        ("region_phone", {"region": "北京市", "prefix": "+861380013"}), ("region_unknown", {}),
        ("source", {"source": "展会"}), ("source_unknown", {}), ("tag", {"tag": "VIP"}), ("untagged", {}),
        ("rule", {"rule": "大客户", "conditions": [["purchases", ">=", 5]]}), ("rules_none", {"rules": 2}),
        ("no_rules", {}),
    ]
    for code, params in samples:
        text = cm.reason_text(code, params)
        assert text and "{" not in text and text != fallback.format(code=code), code
    assert cm.reason_text("region_phone", {"region": "北京市", "prefix": "+861380013"}).endswith("in Beijing.")
    assert cm.reason_text("churned", {"days_since_last": 200, "churn_days": 180}).startswith("No purchase for 200")
    assert cm.reason_text("rule", {"rule": "r", "conditions": [["total_cents", ">", 12345], ["region", "=", "广东省"],
                                                                ["lifecycle", "=", "churned"]]}) == (
        "Matches “r”: Total spent (cents) more than 123.45 and Region is Guangdong and Customer type is Churned "
        "customer.")


def test_names_and_labels() -> None:
    assert cm.classification_name("region") == "Region" and cm.classification_name("rfm") == "RFM segment"
    assert cm.label_text("region", "广东省") == "Guangdong" and cm.label_text("region", "unknown") == "Unknown region"
    assert cm.label_text("region", "DE") == "Germany" and cm.label_text("region", "NZ") == "New Zealand"
    assert cm.label_text("region", "ZZ") == "ZZ"
    assert cm.label_text("source", "展会") == "展会" and cm.label_text("source", "unknown") == "Unknown source"
    assert cm.label_text("tags", "untagged") == "No tag" and cm.label_text("rules", "none") == "In no custom segment"
    assert cm.label_text("lifecycle", "churned") == "Churned customer"
    assert cm.rule_field_name("recent") == "Purchases in the last 365 days" and cm.operator_text(">=") == "at least"


def test_default_suggested_actions_cover_the_fixed_segments() -> None:
    for name in m.CLASSIFICATIONS:
        for label in m.LABELS[name]:
            if label != m.NONE:
                assert cm.suggested_action_text(name, label), (name, label)
    assert cm.suggested_action_text("lifecycle", "churned") == "Win back: call with an offer"
    assert cm.suggested_action_text("tags", "VIP") == ""


def test_rule_errors() -> None:
    assert cm.rule_error_text(ValidationError("rule", "name_taken", name="大客户")) == (
        "Another segment is already called “大客户”.")
    assert cm.rule_error_text(ValidationError("rule", "not_a_number", condition_field="purchases")) == (
        "Number of purchases needs a whole number.")
    assert cm.rule_error_text(ValidationError("rule", "mystery")) == "This segment cannot be saved."
    assert cm.rule_error_text(ValidationError("setting", "mid_not_below_high", name="frequency_mid")) == (
        "The medium threshold must be below the high one.")


def test_zh_cn_json_translates_every_text() -> None:
    """zh_CN.classify_more.json (with zh_CN.classify.json for the older CLI texts) translates every
    text, keeps placeholders, and holds nothing unused."""
    table = json.loads(TABLE.read_text("utf-8"))
    contexts = table.pop("@contexts")
    used: set[tuple[str, str]] = set()
    for path in ("app/i18n/classification_messages.py", "app/cli_classify.py"):
        used |= set(LITERAL.findall((ROOT / path).read_text("utf-8")))
    assert len(used) > 100
    earlier: dict[str, str] = {}  # texts translated before: the first classify texts, the shared CLI ones
    for name in ("zh_CN.json", "zh_CN.classify.json"):
        earlier.update(json.loads((TABLE.parent / name).read_text("utf-8")))
    missing = [(c, s) for c, s in used if contexts.get(c, {}).get(s, table.get(s, earlier.get(s))) is None]
    assert missing == []
    known = {s for _c, s in used}
    assert sorted(set(table) - known) == [] and all(s in known for e in contexts.values() for s in e)
    for source, text in [*table.items(), *((s, t) for e in contexts.values() for s, t in e.items())]:
        assert set(PLACEHOLDER.findall(text)) == set(PLACEHOLDER.findall(source)), source
        if re.search(r"[A-Za-z]{2}", PLACEHOLDER.sub("", source)):
            assert re.search(r"[\u4e00-\u9fff]", text), source
