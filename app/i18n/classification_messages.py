"""User-facing text for the data-driven classifications (region, source, tags, rules), their
reasons, the rule editor's fields and operators, and the default suggested action per segment.

The fixed classifications' names, labels and reasons stay in `app.i18n.messages`; the functions
here delegate to it for those, so callers can use this module for every classification.

Same house rules as `app.i18n.messages`: static literals in `QT_TRANSLATE_NOOP(context, text)`
tables, translated at call time, named placeholders filled after translation. Contexts:
"Classification" (names and labels), "Reasons", "Regions", "SuggestedActions", "Rules".
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final

from PySide6.QtCore import QCoreApplication, QLocale

from app.i18n import messages
from app.models import regions
from app.models.errors import ValidationError

__all__ = [
    "classification_name", "condition_text", "label_text", "operator_text", "reason_text", "rule_error_text",
    "rule_field_name", "suggested_action_text",
]


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:  # noqa: N802 - the name lupdate looks for
    return source


_tr = QCoreApplication.translate

_CLASSIFICATIONS: Final[dict[str, str]] = {
    "region": QT_TRANSLATE_NOOP("Classification", "Region"),
    "source": QT_TRANSLATE_NOOP("Classification", "Source channel"),
    "tags": QT_TRANSLATE_NOOP("Classification", "Tags"),
    "rules": QT_TRANSLATE_NOOP("Classification", "Custom segments"),
}
_SPECIAL_LABELS: Final[dict[tuple[str, str], str]] = {
    ("region", "unknown"): QT_TRANSLATE_NOOP("Classification", "Unknown region"),
    ("source", "unknown"): QT_TRANSLATE_NOOP("Classification", "Unknown source"),
    ("tags", "untagged"): QT_TRANSLATE_NOOP("Classification", "No tag"),
    ("rules", "none"): QT_TRANSLATE_NOOP("Classification", "In no custom segment"),
}
# Province labels are the Chinese full names; the English names are the source texts, so the
# English UI shows "Guangdong" and the Chinese UI "广东省".
_PROVINCES: Final[dict[str, str]] = {
    "北京市": QT_TRANSLATE_NOOP("Regions", "Beijing"), "天津市": QT_TRANSLATE_NOOP("Regions", "Tianjin"),
    "河北省": QT_TRANSLATE_NOOP("Regions", "Hebei"), "山西省": QT_TRANSLATE_NOOP("Regions", "Shanxi"),
    "内蒙古自治区": QT_TRANSLATE_NOOP("Regions", "Inner Mongolia"),
    "辽宁省": QT_TRANSLATE_NOOP("Regions", "Liaoning"), "吉林省": QT_TRANSLATE_NOOP("Regions", "Jilin"),
    "黑龙江省": QT_TRANSLATE_NOOP("Regions", "Heilongjiang"), "上海市": QT_TRANSLATE_NOOP("Regions", "Shanghai"),
    "江苏省": QT_TRANSLATE_NOOP("Regions", "Jiangsu"), "浙江省": QT_TRANSLATE_NOOP("Regions", "Zhejiang"),
    "安徽省": QT_TRANSLATE_NOOP("Regions", "Anhui"), "福建省": QT_TRANSLATE_NOOP("Regions", "Fujian"),
    "江西省": QT_TRANSLATE_NOOP("Regions", "Jiangxi"), "山东省": QT_TRANSLATE_NOOP("Regions", "Shandong"),
    "河南省": QT_TRANSLATE_NOOP("Regions", "Henan"), "湖北省": QT_TRANSLATE_NOOP("Regions", "Hubei"),
    "湖南省": QT_TRANSLATE_NOOP("Regions", "Hunan"), "广东省": QT_TRANSLATE_NOOP("Regions", "Guangdong"),
    "广西壮族自治区": QT_TRANSLATE_NOOP("Regions", "Guangxi"), "海南省": QT_TRANSLATE_NOOP("Regions", "Hainan"),
    "重庆市": QT_TRANSLATE_NOOP("Regions", "Chongqing"), "四川省": QT_TRANSLATE_NOOP("Regions", "Sichuan"),
    "贵州省": QT_TRANSLATE_NOOP("Regions", "Guizhou"), "云南省": QT_TRANSLATE_NOOP("Regions", "Yunnan"),
    "西藏自治区": QT_TRANSLATE_NOOP("Regions", "Tibet"), "陕西省": QT_TRANSLATE_NOOP("Regions", "Shaanxi"),
    "甘肃省": QT_TRANSLATE_NOOP("Regions", "Gansu"), "青海省": QT_TRANSLATE_NOOP("Regions", "Qinghai"),
    "宁夏回族自治区": QT_TRANSLATE_NOOP("Regions", "Ningxia"), "新疆维吾尔自治区": QT_TRANSLATE_NOOP("Regions", "Xinjiang"),
    "台湾省": QT_TRANSLATE_NOOP("Regions", "Taiwan"), "香港特别行政区": QT_TRANSLATE_NOOP("Regions", "Hong Kong"),
    "澳门特别行政区": QT_TRANSLATE_NOOP("Regions", "Macao"),
}
# Countries a small Chinese business most often trades with; others show Qt's English name.
_COUNTRIES: Final[dict[str, str]] = {
    "CN": QT_TRANSLATE_NOOP("Regions", "China (province unknown)"),
    "US": QT_TRANSLATE_NOOP("Regions", "United States"), "GB": QT_TRANSLATE_NOOP("Regions", "United Kingdom"),
    "JP": QT_TRANSLATE_NOOP("Regions", "Japan"), "KR": QT_TRANSLATE_NOOP("Regions", "South Korea"),
    "SG": QT_TRANSLATE_NOOP("Regions", "Singapore"), "MY": QT_TRANSLATE_NOOP("Regions", "Malaysia"),
    "TH": QT_TRANSLATE_NOOP("Regions", "Thailand"), "VN": QT_TRANSLATE_NOOP("Regions", "Vietnam"),
    "AU": QT_TRANSLATE_NOOP("Regions", "Australia"), "CA": QT_TRANSLATE_NOOP("Regions", "Canada"),
    "DE": QT_TRANSLATE_NOOP("Regions", "Germany"), "FR": QT_TRANSLATE_NOOP("Regions", "France"),
    "RU": QT_TRANSLATE_NOOP("Regions", "Russia"), "IN": QT_TRANSLATE_NOOP("Regions", "India"),
}
_REASONS: Final[dict[str, str]] = {
    "region_address_province": QT_TRANSLATE_NOOP("Reasons", "From the address: province “{value}”."),
    "region_address_city": QT_TRANSLATE_NOOP("Reasons", "From the address: city “{value}” is in {region}."),
    "region_address_free_form": QT_TRANSLATE_NOOP("Reasons", "From the address: “{value}…” is in {region}."),
    "region_address_country": QT_TRANSLATE_NOOP("Reasons", "From the address: country {value}."),
    "region_phone": QT_TRANSLATE_NOOP("Reasons", "From the phone number: {prefix}… is a number in {region}."),
    "region_unknown": QT_TRANSLATE_NOOP("Reasons", "Neither an address nor a phone number tells the region."),
    "source": QT_TRANSLATE_NOOP("Reasons", "Source channel recorded as “{source}”."),
    "source_unknown": QT_TRANSLATE_NOOP("Reasons", "No source channel recorded."),
    "tag": QT_TRANSLATE_NOOP("Reasons", "Tagged “{tag}”."),
    "untagged": QT_TRANSLATE_NOOP("Reasons", "No tags."),
    "rule": QT_TRANSLATE_NOOP("Reasons", "Matches “{rule}”: {conditions}."),
    "rules_none": QT_TRANSLATE_NOOP("Reasons", "Matches none of the {rules} custom segments."),
    "no_rules": QT_TRANSLATE_NOOP("Reasons", "No custom segments are defined."),
}
_FIELDS: Final[dict[str, str]] = {
    "purchases": QT_TRANSLATE_NOOP("Rules", "Number of purchases"),
    "total_cents": QT_TRANSLATE_NOOP("Rules", "Total spent (cents)"),
    "days_since_last": QT_TRANSLATE_NOOP("Rules", "Days since the latest purchase"),
    "days_since_first": QT_TRANSLATE_NOOP("Rules", "Days since the first purchase"),
    "recent": QT_TRANSLATE_NOOP("Rules", "Purchases in the last 365 days"),
    "tag": QT_TRANSLATE_NOOP("Rules", "Tag"),
    "source": QT_TRANSLATE_NOOP("Rules", "Source channel"),
    "region": QT_TRANSLATE_NOOP("Rules", "Region"),
    "lifecycle": QT_TRANSLATE_NOOP("Rules", "Customer type"),
    "transaction_time": QT_TRANSLATE_NOOP("Rules", "Transaction time"),
    "frequency": QT_TRANSLATE_NOOP("Rules", "Purchase frequency"),
    "rfm": QT_TRANSLATE_NOOP("Rules", "RFM segment"),
}
_OPERATORS: Final[dict[str, str]] = {
    "=": QT_TRANSLATE_NOOP("Rules", "is"),
    "!=": QT_TRANSLATE_NOOP("Rules", "is not"),
    ">=": QT_TRANSLATE_NOOP("Rules", "at least"),
    "<=": QT_TRANSLATE_NOOP("Rules", "at most"),
    ">": QT_TRANSLATE_NOOP("Rules", "more than"),
    "<": QT_TRANSLATE_NOOP("Rules", "less than"),
    "contains": QT_TRANSLATE_NOOP("Rules", "contains"),
}
_CONDITION: Final = QT_TRANSLATE_NOOP("Rules", "{field} {operator} {value}")
_AND: Final = QT_TRANSLATE_NOOP("Rules", " and ")
_RULE_ERRORS: Final[dict[str, str]] = {
    "name_empty": QT_TRANSLATE_NOOP("Rules", "Give the segment a name."),
    "name_too_long": QT_TRANSLATE_NOOP("Rules", "A segment name has at most {max} characters."),
    "name_taken": QT_TRANSLATE_NOOP("Rules", "Another segment is already called “{name}”."),
    "no_conditions": QT_TRANSLATE_NOOP("Rules", "Add at least one condition."),
    "too_many_conditions": QT_TRANSLATE_NOOP("Rules", "A segment has at most {max} conditions."),
    "unknown_field": QT_TRANSLATE_NOOP("Rules", "A condition looks at a field that does not exist."),
    "unknown_operator": QT_TRANSLATE_NOOP("Rules", "A condition uses an unknown comparison."),
    "operator_not_for_field": QT_TRANSLATE_NOOP("Rules", "“{operator}” cannot be used with {field}."),
    "not_a_number": QT_TRANSLATE_NOOP("Rules", "{field} needs a whole number."),
    "value_empty": QT_TRANSLATE_NOOP("Rules", "{field} needs a value to look for."),
}
_RULE_ERROR: Final = QT_TRANSLATE_NOOP("Rules", "This segment cannot be saved.")
_SETTING_ERRORS: Final[dict[str, str]] = {
    "mid_not_below_high": QT_TRANSLATE_NOOP("Rules", "The medium threshold must be below the high one."),
    "out_of_range": QT_TRANSLATE_NOOP("Rules", "Use a whole number from {min} to {max}."),
}
# Default suggested action per segment; the owner can replace any of them with their own text.
_ACTIONS: Final[dict[tuple[str, str], str]] = {
    ("lifecycle", "potential"): QT_TRANSLATE_NOOP("SuggestedActions", "Convert: send an introductory offer"),
    ("lifecycle", "active"): QT_TRANSLATE_NOOP("SuggestedActions", "Keep in touch: thank-you note, new arrivals"),
    ("lifecycle", "churned"): QT_TRANSLATE_NOOP("SuggestedActions", "Win back: call with an offer"),
    ("transaction_time", "new"): QT_TRANSLATE_NOOP("SuggestedActions", "Welcome: follow up on the first purchase"),
    ("transaction_time", "returning"): QT_TRANSLATE_NOOP("SuggestedActions", "Reward loyalty: member discount"),
    ("transaction_time", "old"): QT_TRANSLATE_NOOP("SuggestedActions", "Reactivate: remind of what they bought"),
    ("frequency", "high"): QT_TRANSLATE_NOOP("SuggestedActions", "VIP care: priority service and early access"),
    ("frequency", "mid"): QT_TRANSLATE_NOOP("SuggestedActions", "Grow: bundle or volume offer"),
    ("frequency", "low"): QT_TRANSLATE_NOOP("SuggestedActions", "Encourage a repeat purchase: coupon"),
    ("rfm", "important_value"): QT_TRANSLATE_NOOP("SuggestedActions", "Keep them delighted: personal thanks, VIP perks"),
    ("rfm", "important_develop"): QT_TRANSLATE_NOOP("SuggestedActions", "Buy more often: membership or subscription"),
    ("rfm", "important_keep"): QT_TRANSLATE_NOOP("SuggestedActions", "Recent silence: call before they drift away"),
    ("rfm", "important_retain"): QT_TRANSLATE_NOOP("SuggestedActions", "Win back a big spender: personal visit"),
    ("rfm", "general_value"): QT_TRANSLATE_NOOP("SuggestedActions", "Raise the basket: recommend higher-value items"),
    ("rfm", "general_develop"): QT_TRANSLATE_NOOP("SuggestedActions", "Nurture: useful content and small offers"),
    ("rfm", "general_keep"): QT_TRANSLATE_NOOP("SuggestedActions", "Remind: seasonal offer"),
    ("rfm", "general_retain"): QT_TRANSLATE_NOOP("SuggestedActions", "Low priority: include in mass campaigns"),
}


def classification_name(classification: str) -> str:
    """The translated name of any classification ("region" → "Region")."""
    source = _CLASSIFICATIONS.get(classification)
    return messages.classification_name(classification) if source is None else _tr("Classification", source)


def label_text(classification: str, label: str) -> str:
    """The translated name of a label of any classification: provinces in the UI language,
    countries by name, user-written sources, tags and segment names as written."""
    special = _SPECIAL_LABELS.get((classification, label))
    if special is not None:
        return _tr("Classification", special)
    if classification == "region":
        return region_text(label)
    if classification in _CLASSIFICATIONS:
        return label
    return messages.label_name(classification, label)


def region_text(region: str) -> str:
    province = _PROVINCES.get(region)
    if province is not None:
        return _tr("Regions", province)
    if region == regions.UNKNOWN:
        return _tr("Classification", _SPECIAL_LABELS[("region", "unknown")])
    country = _COUNTRIES.get(region)
    if country is not None:
        return _tr("Regions", country)
    territory = QLocale.codeToTerritory(region) if len(region) == 2 else QLocale.Country.AnyTerritory
    if territory == QLocale.Country.AnyTerritory:
        return region
    return QLocale.territoryToString(territory)


def rule_field_name(field: str) -> str:
    source = _FIELDS.get(field)
    return field if source is None else _tr("Rules", source)


def operator_text(op: str) -> str:
    source = _OPERATORS.get(op)
    return op if source is None else _tr("Rules", source)


def condition_text(field: str, op: str, value: object) -> str:
    """"Number of purchases at least 3", "Region is Guangdong", "Customer type is Churned customer"."""
    shown = str(value)
    if field == "region":
        shown = region_text(shown)
    elif field in ("lifecycle", "transaction_time", "frequency", "rfm"):
        shown = messages.label_name(field, shown)
    elif field == "total_cents" and isinstance(value, int):
        shown = "{:.2f}".format(value / 100)
    return _fill("Rules", _CONDITION, {"field": rule_field_name(field), "operator": operator_text(op),
                                       "value": shown})


def reason_text(code: str, params: Mapping[str, object]) -> str:
    """Why a customer got a label, for every classification (delegates the fixed ones)."""
    if code == "region_address":
        key = "region_address_" + str(params.get("part", ""))
        source = _REASONS.get(key)
        if source is None:
            return messages.reason_text(code, params)
        return _fill("Reasons", source, {"value": str(params.get("value", "")),
                                         "region": region_text(str(params.get("region", "")))})
    if code == "rule":
        conditions = params.get("conditions")
        parts: list[str] = []
        if isinstance(conditions, list):
            for c in conditions:
                if isinstance(c, list | tuple) and len(c) == 3:
                    parts.append(condition_text(str(c[0]), str(c[1]), c[2]))
        return _fill("Reasons", _REASONS["rule"], {"rule": str(params.get("rule", "")),
                                                   "conditions": _tr("Rules", _AND).join(parts)})
    source = _REASONS.get(code)
    if source is None:
        return messages.reason_text(code, params)
    values = {k: str(v) for k, v in params.items() if isinstance(v, int | str) and not isinstance(v, bool)}
    if "region" in values:
        values["region"] = region_text(values["region"])
    return _fill("Reasons", source, values)


def suggested_action_text(classification: str, label: str) -> str:
    """The translated default action for a segment ("" when there is none, e.g. a tag)."""
    source = _ACTIONS.get((classification, label))
    return "" if source is None else _tr("SuggestedActions", source)


def rule_error_text(error: ValidationError) -> str:
    """The message for a rule or classification-setting ValidationError."""
    params = error.params
    field = params.get("condition_field") or params.get("name") or ""
    values = {"max": str(params.get("max", "")), "min": str(params.get("min", "")),
              "name": str(params.get("name", "")), "operator": operator_text(str(params.get("op", ""))),
              "field": rule_field_name(str(field))}
    source = (_RULE_ERRORS if error.field == "rule" else _SETTING_ERRORS).get(error.reason)
    if source is None:
        return messages.error_message(error) if error.field != "rule" else _tr("Rules", _RULE_ERROR)
    return _fill("Rules", source, values)


def _fill(context: str, source: str, values: Mapping[str, str]) -> str:
    """Translate, then fill the named placeholders; a broken translation falls back to the source."""
    translated = _tr(context, source)
    try:
        return translated.format(**values)
    except (KeyError, IndexError, ValueError, AttributeError):
        return source.format(**values)
