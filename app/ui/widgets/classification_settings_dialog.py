"""The "Definitions…" dialog of the classification page: the thresholds behind the classifications.

Churn days, new days, returning days and the purchase-frequency tiers (fixed purchases per year,
or percentiles of the customers who bought in the last year). Checked as the user types (the mid
tier must be below the high tier); Save is enabled only when everything is valid and something
changed. Only a role that may change settings (the owner) can edit; everyone else sees the values
read-only. The dialog only collects values: the page saves them through the service (which checks
the role again and logs the change) and recomputes.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.models import classification as model
from app.ui.widgets.field_message import FieldMessage

__all__ = ["ClassificationSettingsDialog"]

MAX_DAYS = 3650
MAX_PURCHASES = 10000


def _spin(parent: QWidget, low: int, high: int, suffix: str) -> QSpinBox:
    box = QSpinBox(parent)
    box.setRange(low, high)
    box.setSuffix(suffix)
    box.setAccelerated(True)
    return box


class ClassificationSettingsDialog(QDialog):
    def __init__(self, settings: model.Settings, *, editable: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("classificationSettingsDialog")
        self.setWindowTitle(self.tr("Classification definitions"))
        self._original = settings
        self._editable = editable
        layout = QVBoxLayout(self)
        self.role_note = QLabel(self.tr("Only the owner can change these definitions; you can see them."), self)
        self.role_note.setWordWrap(True)
        self.role_note.setTextFormat(Qt.TextFormat.PlainText)
        self.role_note.setStyleSheet("color:#7a4f01;")
        self.role_note.setVisible(not editable)
        layout.addWidget(self.role_note)

        days = self.tr(" days")
        life = QGroupBox(self.tr("Customer type and transaction time"), self)
        form = QFormLayout(life)
        self.churn_days = _spin(life, 1, MAX_DAYS, days)
        self.churn_days.setToolTip(self.tr("A customer who bought before but not for this many days is churned."))
        form.addRow(self.tr("&Churned after:"), self.churn_days)
        self.new_days = _spin(life, 1, MAX_DAYS, days)
        self.new_days.setToolTip(self.tr("A customer whose first purchase is more recent than this is new."))
        form.addRow(self.tr("&New for:"), self.new_days)
        self.returning_days = _spin(life, 1, MAX_DAYS, days)
        self.returning_days.setToolTip(self.tr("A customer with two or more purchases, the latest within this many "
                                               "days, is returning."))
        form.addRow(self.tr("&Returning within:"), self.returning_days)
        layout.addWidget(life)

        freq = QGroupBox(self.tr("Purchase frequency (purchases in the last 365 days)"), self)
        fform = QFormLayout(freq)
        self.mode = QComboBox(freq)
        self.mode.addItem(self.tr("Fixed numbers of purchases"), "fixed")
        self.mode.addItem(self.tr("Percentiles of the customers who bought"), "quantile")
        fform.addRow(self.tr("&Tiers by:"), self.mode)
        per_year = self.tr(" purchases")
        self.high = _spin(freq, 1, MAX_PURCHASES, per_year)
        fform.addRow(self.tr("&High from:"), self.high)
        self.mid = _spin(freq, 1, MAX_PURCHASES, per_year)
        fform.addRow(self.tr("&Medium from:"), self.mid)
        self.high_pct = _spin(freq, 1, 99, self.tr(" th percentile"))
        fform.addRow(self.tr("High from the:"), self.high_pct)
        self.mid_pct = _spin(freq, 1, 99, self.tr(" th percentile"))
        fform.addRow(self.tr("Medium from the:"), self.mid_pct)
        self._fform = fform
        layout.addWidget(freq)

        self.message = FieldMessage(self)
        layout.addWidget(self.message)
        self.buttons = QDialogButtonBox(self)
        self.save_button = self.buttons.addButton(self.tr("Save and recompute"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.close_button = self.buttons.addButton(
            QDialogButtonBox.StandardButton.Cancel if editable else QDialogButtonBox.StandardButton.Close)
        self.save_button.clicked.connect(self.accept)
        self.close_button.clicked.connect(self.reject)
        self.save_button.setVisible(editable)
        layout.addWidget(self.buttons)

        self._load(settings)
        for box in (self.churn_days, self.new_days, self.returning_days, self.high, self.mid, self.high_pct,
                    self.mid_pct):
            box.valueChanged.connect(self._update)
            box.setReadOnly(not editable)
            if not editable:
                box.setButtonSymbols(QSpinBox.ButtonSymbols.NoButtons)
        self.mode.currentIndexChanged.connect(self._update)
        self.mode.setEnabled(editable)
        self._update()

    def _load(self, s: model.Settings) -> None:
        self.churn_days.setValue(s.churn_days)
        self.new_days.setValue(s.new_days)
        self.returning_days.setValue(s.returning_days)
        self.mode.setCurrentIndex(max(0, self.mode.findData(s.frequency_mode)))
        self.high.setValue(s.frequency_high)
        self.mid.setValue(s.frequency_mid)
        self.high_pct.setValue(s.frequency_high_percentile)
        self.mid_pct.setValue(s.frequency_mid_percentile)

    def settings(self) -> model.Settings:
        return replace(
            self._original,
            churn_days=self.churn_days.value(),
            new_days=self.new_days.value(),
            returning_days=self.returning_days.value(),
            frequency_mode=str(self.mode.currentData()),
            frequency_high=self.high.value(),
            frequency_mid=self.mid.value(),
            frequency_high_percentile=self.high_pct.value(),
            frequency_mid_percentile=self.mid_pct.value(),
        )

    def problem(self) -> str:
        """Why the values cannot be saved ("" when they can)."""
        if self.mid.value() >= self.high.value():
            return self.tr("Medium frequency must start below high frequency.")
        if self.mid_pct.value() >= self.high_pct.value():
            return self.tr("The medium percentile must be below the high percentile.")
        return ""

    def _update(self, *_args: object) -> None:
        quantile = self.mode.currentData() == "quantile"
        for box, visible in ((self.high, not quantile), (self.mid, not quantile), (self.high_pct, quantile),
                             (self.mid_pct, quantile)):
            self._fform.setRowVisible(box, visible)
        problem = self.problem()
        self.message.set_message(problem or None)
        self.save_button.setEnabled(self._editable and not problem and self.settings() != self._original)

    def accept(self) -> None:
        if not self._editable or self.problem():
            return
        super().accept()
