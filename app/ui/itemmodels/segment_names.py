"""Display names and reasons of classifications and segments, in one place for the classification
page, the customers page's segment banner and Reason column, and the customer editor.

The texts come from `app.i18n.classification_messages` (which covers every classification and
delegates the built-in ones to `app.i18n.messages`), except that a source stored as one of the
standard choices (线上, 微信 …) is shown with the same translated label as in the customer list.
"""

from __future__ import annotations

from typing import Final

from app.i18n import classification_messages
from app.models import classification as model
from app.ui.widgets.choices import SOURCES

__all__ = ["ORDER", "classification_title", "label_reason", "segment_name"]

# The tabs of the classification page, in order.
ORDER: Final = (model.LIFECYCLE, model.TRANSACTION_TIME, model.FREQUENCY, model.RFM, model.REGION, model.SOURCE,
                model.TAGS, model.RULES)


def classification_title(classification: str) -> str:
    return classification_messages.classification_name(classification)


def segment_name(classification: str, label: str) -> str:
    if classification == model.SOURCE and label in SOURCES.values():
        return SOURCES.label(label)
    return classification_messages.label_text(classification, label)


def label_reason(label: model.Label) -> str:
    """Why a customer has `label`, as translated text."""
    return classification_messages.reason_text(label.code, label.params)
