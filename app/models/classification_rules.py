"""User-defined segments (PRODUCT.md §3 "custom rules"): a named rule is a list of conditions on a
customer's fields, tags, purchase statistics and built-in labels, all of which must hold.

Rules are stored as JSON (`rules_to_json` / `rules_from_json`) and validated by `validate_rule`,
which raises `ValidationError` with field "rule" and a code the UI translates.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Final

from app.models.errors import ValidationError

NUMERIC_FIELDS: Final = ("purchases", "total_cents", "days_since_last", "days_since_first", "recent")
TEXT_FIELDS: Final = ("tag", "source", "region", "lifecycle", "transaction_time", "frequency", "rfm")
RULE_FIELDS: Final = NUMERIC_FIELDS + TEXT_FIELDS
OPS: Final = ("=", "!=", ">=", "<=", ">", "<", "contains")
TEXT_OPS: Final = ("=", "!=", "contains")
MAX_NAME: Final = 60
MAX_CONDITIONS: Final = 20


@dataclass(frozen=True)
class Condition:
    field: str
    op: str
    value: str | int

    def to_json(self) -> dict[str, object]:
        return {"field": self.field, "op": self.op, "value": self.value}


@dataclass(frozen=True)
class Rule:
    name: str
    conditions: tuple[Condition, ...]
    description: str = ""

    def to_json(self) -> dict[str, object]:
        return {"name": self.name, "description": self.description,
                "conditions": [c.to_json() for c in self.conditions]}


@dataclass(frozen=True)
class Facts:
    """What a rule can look at for one customer. Numeric statistics are None without purchases
    (days since first/last); tags is the customer's tag names; labels maps a built-in
    classification ("lifecycle", "region", …) to the customer's label there."""

    numbers: Mapping[str, int | None]
    tags: Sequence[str]
    source: str
    labels: Mapping[str, str]


def validate_rule(rule: Rule, taken: Sequence[str] = ()) -> Rule:
    """The rule with its name trimmed, or ValidationError("rule", code, …). `taken` lists names
    other rules already use (the caller removes the rule being replaced)."""
    name = rule.name.strip()
    if not name:
        raise ValidationError("rule", "name_empty")
    if len(name) > MAX_NAME:
        raise ValidationError("rule", "name_too_long", max=MAX_NAME)
    if name in taken:
        raise ValidationError("rule", "name_taken", name=name)
    if not rule.conditions:
        raise ValidationError("rule", "no_conditions")
    if len(rule.conditions) > MAX_CONDITIONS:
        raise ValidationError("rule", "too_many_conditions", max=MAX_CONDITIONS)
    conditions = []
    for c in rule.conditions:
        if c.field not in RULE_FIELDS:
            raise ValidationError("rule", "unknown_field", condition_field=c.field)
        if c.op not in OPS:
            raise ValidationError("rule", "unknown_operator", op=c.op)
        if c.field in NUMERIC_FIELDS:
            if c.op == "contains":
                raise ValidationError("rule", "operator_not_for_field", op=c.op, condition_field=c.field)
            try:
                value: str | int = int(str(c.value).strip())
            except ValueError as exc:
                raise ValidationError("rule", "not_a_number", condition_field=c.field) from exc
        else:
            if c.op not in TEXT_OPS:
                raise ValidationError("rule", "operator_not_for_field", op=c.op, condition_field=c.field)
            value = str(c.value).strip()
            if not value and c.op == "contains":
                raise ValidationError("rule", "value_empty", condition_field=c.field)
        conditions.append(Condition(c.field, c.op, value))
    return Rule(name, tuple(conditions), rule.description.strip())


def _compare(actual: int, op: str, expected: int) -> bool:
    if op == "=":
        return actual == expected
    if op == "!=":
        return actual != expected
    if op == ">=":
        return actual >= expected
    if op == "<=":
        return actual <= expected
    if op == ">":
        return actual > expected
    return actual < expected  # "<"


def _text(actual: str, op: str, expected: str) -> bool:
    if op == "contains":
        return expected.casefold() in actual.casefold()
    same = actual.casefold() == expected.casefold()
    return same if op == "=" else not same


def condition_holds(c: Condition, facts: Facts) -> bool:
    if c.field in NUMERIC_FIELDS:
        actual = facts.numbers.get(c.field)
        # a customer without purchases has no "days since": such conditions do not hold
        return actual is not None and _compare(actual, c.op, int(c.value))
    expected = str(c.value)
    if c.field == "tag":
        if c.op == "!=":
            return not any(_text(t, "=", expected) for t in facts.tags)
        return any(_text(t, c.op, expected) for t in facts.tags)
    actual_text = facts.source if c.field == "source" else facts.labels.get(c.field, "")
    return _text(actual_text, c.op, expected)


def matches(rule: Rule, facts: Facts) -> bool:
    return all(condition_holds(c, facts) for c in rule.conditions)


def rules_to_json(rules: Sequence[Rule]) -> str:
    return json.dumps([r.to_json() for r in rules], ensure_ascii=False)


def rules_from_json(text: object) -> list[Rule]:
    """Rules from the stored JSON (a list, or its text); entries that no longer validate are dropped
    rather than break the classification page."""
    data = json.loads(text) if isinstance(text, str) else text
    if not isinstance(data, list):
        return []
    found: list[Rule] = []
    for item in data:
        if not isinstance(item, dict):
            continue
        try:
            raw = [Condition(str(c["field"]), str(c["op"]), c["value"]) for c in item.get("conditions", [])]
            rule = validate_rule(Rule(str(item["name"]), tuple(raw), str(item.get("description", ""))),
                                 [r.name for r in found])
        except (KeyError, TypeError, ValidationError):
            continue
        found.append(rule)
    return found
