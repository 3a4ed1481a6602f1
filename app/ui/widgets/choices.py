"""Stored values with translated labels: source channels, follow-up types, consent purposes and
channels, purchase channels.

The vault stores what users and imports write — mostly Chinese words ("线上", "电话"), codes for
consent purposes ("marketing") — and the UI shows each known value in the UI language. A value not
in a table (a user's own channel, say) is shown and stored exactly as typed.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QComboBox

_CTX = "Choices"


class Choices:
    def __init__(self, items: tuple[tuple[str, str], ...]) -> None:
        self.items = items
        self._labels = dict(items)

    def values(self) -> list[str]:
        return [v for v, _ in self.items]

    def label(self, value: str) -> str:
        source = self._labels.get(value)
        return value if source is None else QCoreApplication.translate(_CTX, source)

    def value(self, text: str) -> str:
        """The stored value for a label the user picked or typed (either language), else the text."""
        text = " ".join(text.split())
        for value, source in self.items:
            if text in (value, source, QCoreApplication.translate(_CTX, source)):
                return value
        return text

    def fill(self, combo: QComboBox, extra: Iterable[str] = (), *, blank: bool = False) -> None:
        """Put the known values (labelled) and `extra` stored values into `combo`; item data = value."""
        combo.clear()
        if blank:
            combo.addItem("", "")
        seen = set()
        for value in [*self.values(), *extra]:
            if value and value not in seen:
                seen.add(value)
                combo.addItem(self.label(value), value)

    def select(self, combo: QComboBox, value: str) -> None:
        i = combo.findData(value)
        if i < 0 and value:
            combo.addItem(self.label(value), value)
            i = combo.count() - 1
        if i >= 0:
            combo.setCurrentIndex(i)
        elif combo.isEditable():
            combo.setEditText(value)

    def current(self, combo: QComboBox) -> str:
        """The stored value of an (editable) combo: the typed text mapped back through the labels."""
        return self.value(combo.currentText())


SOURCES = Choices((
    ("线上", QT_TRANSLATE_NOOP("Choices", "Online")),
    ("线下", QT_TRANSLATE_NOOP("Choices", "Offline")),
    ("第三方", QT_TRANSLATE_NOOP("Choices", "Third party")),
    ("转介绍", QT_TRANSLATE_NOOP("Choices", "Referral")),
    ("展会", QT_TRANSLATE_NOOP("Choices", "Trade fair")),
    ("微信", QT_TRANSLATE_NOOP("Choices", "WeChat")),
))

FOLLOW_UP_KINDS = Choices((
    ("电话", QT_TRANSLATE_NOOP("Choices", "Phone call")),
    ("拜访", QT_TRANSLATE_NOOP("Choices", "Visit")),
    ("微信", QT_TRANSLATE_NOOP("Choices", "WeChat")),
    ("邮件", QT_TRANSLATE_NOOP("Choices", "Email")),
    ("短信", QT_TRANSLATE_NOOP("Choices", "Text message")),
    ("会议", QT_TRANSLATE_NOOP("Choices", "Meeting")),
    ("其他", QT_TRANSLATE_NOOP("Choices", "Other")),
))

PURCHASE_CHANNELS = Choices((
    ("门店", QT_TRANSLATE_NOOP("Choices", "In store")),
    ("微信", QT_TRANSLATE_NOOP("Choices", "WeChat")),
    ("微信小程序", QT_TRANSLATE_NOOP("Choices", "WeChat mini program")),
    ("淘宝", QT_TRANSLATE_NOOP("Choices", "Taobao")),
    ("京东", QT_TRANSLATE_NOOP("Choices", "JD.com")),
    ("拼多多", QT_TRANSLATE_NOOP("Choices", "Pinduoduo")),
    ("抖音", QT_TRANSLATE_NOOP("Choices", "Douyin")),
    ("电话订购", QT_TRANSLATE_NOOP("Choices", "Phone order")),
    ("展会", QT_TRANSLATE_NOOP("Choices", "Trade fair")),
))

CONSENT_PURPOSES = Choices((
    ("marketing", QT_TRANSLATE_NOOP("Choices", "Marketing messages")),
    ("partner_sharing", QT_TRANSLATE_NOOP("Choices", "Sharing with partners")),
    ("sensitive_info", QT_TRANSLATE_NOOP("Choices", "Processing sensitive information")),
    ("cross_border", QT_TRANSLATE_NOOP("Choices", "Transfer abroad")),
    ("profiling", QT_TRANSLATE_NOOP("Choices", "Personalised offers")),
))

CONSENT_CHANNELS = Choices((
    ("线上表单", QT_TRANSLATE_NOOP("Choices", "Online form")),
    ("纸质同意书", QT_TRANSLATE_NOOP("Choices", "Signed paper form")),
    ("微信", QT_TRANSLATE_NOOP("Choices", "WeChat")),
    ("电话录音", QT_TRANSLATE_NOOP("Choices", "Recorded phone call")),
    ("门店登记", QT_TRANSLATE_NOOP("Choices", "Signed up in store")),
))

CURRENCIES = ("CNY", "USD", "EUR", "HKD", "GBP", "JPY", "TWD", "MOP", "SGD", "AUD", "CAD", "KRW")
CURRENCY_SYMBOLS = {"CNY": "¥", "USD": "$", "EUR": "€", "GBP": "£", "JPY": "JP¥", "HKD": "HK$"}

__all__ = ["CONSENT_CHANNELS", "CONSENT_PURPOSES", "CURRENCIES", "CURRENCY_SYMBOLS", "Choices",
           "FOLLOW_UP_KINDS", "PURCHASE_CHANNELS", "SOURCES"]
