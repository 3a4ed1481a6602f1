"""User-facing text for the reasons of duplicate matching (`app.models.matching.Reason`).

Source strings are literals in a `QT_TRANSLATE_NOOP("DedupeReason", …)` table (so lupdate finds
them), translated at call time and filled with `.format(**params)` afterwards. Only the parameters
named in the text are used, each as text; reasons carry masked values only (see
`app.models.matching.reasons`). Simplified-Chinese translations: resources/i18n/zh_CN.dedupe.json.
"""

from __future__ import annotations

import re
from typing import Final

from PySide6.QtCore import QCoreApplication

from app.i18n.messages import QT_TRANSLATE_NOOP
from app.models.matching import Reason
from app.models.matching.reasons import DIFFERED

__all__ = ["is_difference", "reason_text"]

_PLACEHOLDER_RE: Final = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)\}")
# Variants, best first: the first whose placeholders the reason's parameters fill is used.
_REASONS: Final[dict[str, tuple[str, ...]]] = {
    # what matched
    "same_id": (QT_TRANSLATE_NOOP("DedupeReason", "Same ID number"),),
    "same_registration_number": (QT_TRANSLATE_NOOP("DedupeReason", "Same unified social credit code"),),
    "same_phone": (QT_TRANSLATE_NOOP("DedupeReason", "Same phone {phone}"),
                   QT_TRANSLATE_NOOP("DedupeReason", "Same phone")),
    "same_email": (QT_TRANSLATE_NOOP("DedupeReason", "Same email {email}"),
                   QT_TRANSLATE_NOOP("DedupeReason", "Same email")),
    "same_wechat": (QT_TRANSLATE_NOOP("DedupeReason", "Same WeChat/QQ ID {wechat}"),
                    QT_TRANSLATE_NOOP("DedupeReason", "Same WeChat/QQ ID")),
    "same_name": (QT_TRANSLATE_NOOP("DedupeReason", "Same name"),),
    "traditional_name": (QT_TRANSLATE_NOOP("DedupeReason", "Same name in simplified and traditional characters"),),
    "pinyin_name": (QT_TRANSLATE_NOOP("DedupeReason", "Same name in pinyin"),),
    "name_order": (QT_TRANSLATE_NOOP("DedupeReason", "Name written in the other order"),),
    "nickname": (QT_TRANSLATE_NOOP("DedupeReason", "Given name is a nickname of the other"),),
    "similar_name": (QT_TRANSLATE_NOOP("DedupeReason", "Similar name ({similarity} alike)"),
                     QT_TRANSLATE_NOOP("DedupeReason", "Similar name")),
    "same_birthday": (QT_TRANSLATE_NOOP("DedupeReason", "Same birthday"),),
    "similar_birthday": (QT_TRANSLATE_NOOP("DedupeReason", "Birthday differs by one digit"),),
    "same_address": (QT_TRANSLATE_NOOP("DedupeReason", "Same address"),),
    "similar_address": (QT_TRANSLATE_NOOP("DedupeReason", "Similar address"),),
    "same_postal_code": (QT_TRANSLATE_NOOP("DedupeReason", "Same postal code"),),
    "same_company": (QT_TRANSLATE_NOOP("DedupeReason", "Same company"),),
    "similar_company": (QT_TRANSLATE_NOOP("DedupeReason", "Similar company name"),),
    # what differed
    "different_id": (QT_TRANSLATE_NOOP("DedupeReason", "Different ID numbers"),),
    "different_registration_number": (QT_TRANSLATE_NOOP("DedupeReason", "Different unified social credit codes"),),
    "different_given_name": (QT_TRANSLATE_NOOP("DedupeReason", "Different given names"),),
    "different_family_name": (QT_TRANSLATE_NOOP("DedupeReason", "Different family names"),),
    "different_birthday": (QT_TRANSLATE_NOOP("DedupeReason", "Different birthdays"),),
    "different_phone": (QT_TRANSLATE_NOOP("DedupeReason", "No phone number in common"),),
    "different_email": (QT_TRANSLATE_NOOP("DedupeReason", "No email address in common"),),
    "different_company": (QT_TRANSLATE_NOOP("DedupeReason", "Different companies"),),
}
_UNKNOWN: Final = QT_TRANSLATE_NOOP("DedupeReason", "Other evidence ({code})")


def _display(value: object) -> str | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, float):
        return "{:.0%}".format(value)
    if isinstance(value, int | str):
        return str(value)
    return None


def reason_text(reason: Reason) -> str:
    """The translated text of one reason ("Same phone 138****8000" / "手机号相同 138****8000")."""
    values = {k: shown for k, v in reason.params.items() if (shown := _display(v)) is not None}
    for source in _REASONS.get(reason.code, ()):
        if all(name in values for name in _PLACEHOLDER_RE.findall(source)):
            translated = QCoreApplication.translate("DedupeReason", source)
            try:
                return translated.format(**values)
            except (KeyError, IndexError, ValueError):  # a broken translation: the English text
                return source.format(**values)
    return QCoreApplication.translate("DedupeReason", _UNKNOWN).format(code=reason.code)


def is_difference(reason: Reason) -> bool:
    """True for a reason that speaks against a duplicate (what differed)."""
    return reason.code in DIFFERED
