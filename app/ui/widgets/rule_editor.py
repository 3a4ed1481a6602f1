"""Custom segments (user rules) of the classification page: a list with Add / Edit / Delete, and the
dialog that edits one rule — a name, a description and condition rows (field, operator, value), all
of which must hold.

The value editor follows the field: whole numbers for counts and days, an amount for the total
spent (stored in cents), a list of segments for the built-in classifications, free text for tag,
source and region. The service validates every rule again (typed ValidationError, shown inline).
Only a role that may change settings edits rules; everyone else sees the list read-only.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Final

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.i18n import classification_messages
from app.i18n.messages import error_message
from app.models import classification as model
from app.models.errors import ClientVaultError, ValidationError
from app.services import classification
from app.services.session import Session
from app.ui.app_context import AppContext
from app.ui.itemmodels.segment_names import segment_name
from app.ui.widgets import prompts
from app.ui.widgets.field_message import FieldMessage
from app.ui.widgets.message_banner import Level, MessageBanner

__all__ = ["RuleDialog", "RulesDialog", "condition_text", "field_title"]

_NUMBER_FIELDS: Final = ("purchases", "days_since_last", "days_since_first", "recent")
_TEXT_FIELDS: Final = ("tag", "source", "region")
_LABEL_FIELDS: Final = (model.LIFECYCLE, model.TRANSACTION_TIME, model.FREQUENCY, model.RFM)


def field_title(name: str) -> str:
    if name == "total_cents":  # edited as an amount here, not in cents
        return QCoreApplication.translate("RuleEditor", "Total spent")
    return classification_messages.rule_field_name(name)


def _ops_for(name: str) -> tuple[str, ...]:
    if name in _LABEL_FIELDS:
        return ("=", "!=")
    if name in _TEXT_FIELDS:
        return ("=", "!=", "contains")
    return (">=", "<=", ">", "<", "=", "!=")


def condition_text(c: Any) -> str:
    """"Number of purchases at least 3" — one condition in words."""
    return classification_messages.condition_text(c.field, c.op, c.value)


def _error_text(error: BaseException) -> str:
    if isinstance(error, ValidationError) and error.field in ("rule", "setting"):
        return classification_messages.rule_error_text(error)
    return error_message(error) if isinstance(error, ClientVaultError) else error_message(ClientVaultError())


class ConditionRow(QWidget):
    """One condition: field, operator and a value editor that suits the field."""

    remove_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.field = QComboBox(self)
        self.field.setAccessibleName(self.tr("Condition field"))
        for name in model.RULE_FIELDS:
            self.field.addItem(field_title(name), name)
        self.op = QComboBox(self)
        self.op.setAccessibleName(self.tr("Condition operator"))
        self.values = QStackedWidget(self)
        self.number = QSpinBox(self.values)
        self.number.setRange(0, 1_000_000)
        self.amount = QDoubleSpinBox(self.values)
        self.amount.setRange(0, 1_000_000_000)
        self.amount.setDecimals(2)
        self.text = QLineEdit(self.values)
        self.text.setMaxLength(100)
        self.label = QComboBox(self.values)
        for widget in (self.number, self.amount, self.text, self.label):
            widget.setAccessibleName(self.tr("Condition value"))
            self.values.addWidget(widget)
        self.remove = QPushButton(self.tr("Remove"), self)
        self.remove.setToolTip(self.tr("Remove this condition"))
        self.remove.clicked.connect(self.remove_requested.emit)
        layout.addWidget(self.field, 2)
        layout.addWidget(self.op, 1)
        layout.addWidget(self.values, 2)
        layout.addWidget(self.remove)
        self.field.currentIndexChanged.connect(self._field_changed)
        self._field_changed()

    def _field_changed(self, *_args: object) -> None:
        name = str(self.field.currentData())
        current_op = self.op.currentData()
        self.op.clear()
        for op in _ops_for(name):
            self.op.addItem(classification_messages.operator_text(op), op)
        if current_op is not None and self.op.findData(current_op) >= 0:
            self.op.setCurrentIndex(self.op.findData(current_op))
        if name in _LABEL_FIELDS:
            self.label.clear()
            for label in model.LABELS[name]:
                self.label.addItem(segment_name(name, label), label)
            self.values.setCurrentWidget(self.label)
        elif name == "total_cents":
            self.values.setCurrentWidget(self.amount)
        elif name in _NUMBER_FIELDS:
            self.values.setCurrentWidget(self.number)
        else:
            self.values.setCurrentWidget(self.text)

    def set_condition(self, c: Any) -> None:
        self.field.setCurrentIndex(max(0, self.field.findData(c.field)))
        self.op.setCurrentIndex(max(0, self.op.findData(c.op)))
        if c.field in _LABEL_FIELDS:
            self.label.setCurrentIndex(max(0, self.label.findData(str(c.value))))
        elif c.field == "total_cents":
            self.amount.setValue(int(c.value) / 100)
        elif c.field in _NUMBER_FIELDS:
            self.number.setValue(int(c.value))
        else:
            self.text.setText(str(c.value))

    def condition(self) -> Any:
        name = str(self.field.currentData())
        value: str | int
        if name in _LABEL_FIELDS:
            value = str(self.label.currentData())
        elif name == "total_cents":
            value = int(round(self.amount.value() * 100))
        elif name in _NUMBER_FIELDS:
            value = self.number.value()
        else:
            value = self.text.text().strip()
        return model.Condition(field=name, op=str(self.op.currentData()), value=value)

    def problem(self) -> str:
        if self.values.currentWidget() is self.text and not self.text.text().strip():
            return self.tr("Type a value for every condition.")
        return ""

    def set_editable(self, editable: bool) -> None:
        for widget in (self.field, self.op, self.number, self.amount, self.text, self.label):
            widget.setEnabled(editable)
        self.remove.setVisible(editable)


class RuleDialog(QDialog):
    """Edit one rule; `rule()` gives the result after `exec()` returned Accepted."""

    def __init__(self, rule: Any | None, taken: set[str], parent: QWidget | None = None, *,
                 save: Callable[[Any, Callable[[BaseException | None], None]], None] | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ruleDialog")
        self.setWindowTitle(self.tr("Custom segment") if rule is None else self.tr("Edit custom segment"))
        self._taken = taken
        self._save = save
        self._saving = False
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.name = QLineEdit(self)
        self.name.setMaxLength(60)
        self.name.setPlaceholderText(self.tr("For example: Big spenders in Guangdong"))
        form.addRow(self.tr("&Name:"), self.name)
        self.description = QLineEdit(self)
        self.description.setMaxLength(200)
        form.addRow(self.tr("&Description:"), self.description)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Customers in this segment meet all of these conditions:"), self))
        self.rows_box = QVBoxLayout()
        layout.addLayout(self.rows_box)
        self.add_button = QPushButton(self.tr("Add condition"), self)
        self.add_button.clicked.connect(lambda: self.add_row())
        layout.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.message = FieldMessage(self)
        layout.addWidget(self.message)
        layout.addStretch(1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.rows: list[ConditionRow] = []
        if rule is not None:
            self.name.setText(rule.name)
            self.description.setText(rule.description)
            for c in rule.conditions:
                self.add_row().set_condition(c)
        if not self.rows:
            self.add_row()
        self.name.textChanged.connect(self._update)
        self._update()
        self.resize(640, 360)

    def add_row(self) -> ConditionRow:
        row = ConditionRow(self)
        row.remove_requested.connect(lambda r=row: self._remove(r))
        row.text.textChanged.connect(self._update)
        self.rows.append(row)
        self.rows_box.addWidget(row)
        self._update()
        return row

    def _remove(self, row: ConditionRow) -> None:
        if row in self.rows and len(self.rows) > 1:
            self.rows.remove(row)
            row.setParent(None)
            row.deleteLater()
        self._update()

    def problem(self) -> str:
        name = self.name.text().strip()
        if not name:
            return self.tr("Give the segment a name.")
        if name in self._taken:
            return self.tr("Another custom segment already has this name.")
        return next((p for p in (r.problem() for r in self.rows) if p), "")

    def _update(self, *_args: object) -> None:
        problem = self.problem()
        self.message.set_message(problem or None)
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setEnabled(not problem and not self._saving)
        for row in self.rows:
            row.remove.setEnabled(len(self.rows) > 1)

    def rule(self) -> Any:
        return model.Rule(name=self.name.text().strip(), conditions=tuple(r.condition() for r in self.rows),
                          description=self.description.text().strip())

    def accept(self) -> None:
        if self.problem() or self._saving:
            return
        if self._save is None:
            super().accept()
            return
        self._saving = True
        self._update()
        self._save(self.rule(), self._saved)

    def _saved(self, error: BaseException | None) -> None:
        self._saving = False
        if error is None:
            super().accept()
            return
        self.message.set_message(_error_text(error))
        self._update()


class RulesDialog(QDialog):
    """The list of custom segments with Add / Edit / Delete; `changed` after every saved change."""

    changed = Signal()

    def __init__(self, ctx: AppContext, session: Session, *, editable: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("rulesDialog")
        self.setWindowTitle(self.tr("Custom segments"))
        self.ctx = ctx
        self.session = session
        self.editable = editable
        self._rules: list[Any] = []
        self.rule_dialog: RuleDialog | None = None
        layout = QVBoxLayout(self)
        self.banner = MessageBanner(self)
        layout.addWidget(self.banner)
        note = QLabel(self.tr("A custom segment collects the customers who meet all its conditions. A customer "
                              "can be in several custom segments.") if editable else
                      self.tr("Only the owner can change custom segments; you can see them."), self)
        note.setWordWrap(True)
        layout.addWidget(note)
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Custom segments"))
        self.list.itemDoubleClicked.connect(lambda _i: self.edit_selected())
        self.list.currentRowChanged.connect(lambda _r: self._update())
        layout.addWidget(self.list, 1)
        row = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Add…"), self)
        self.edit_button = QPushButton(self.tr("Edit…"), self)
        self.delete_button = QPushButton(self.tr("Delete"), self)
        for button in (self.add_button, self.edit_button, self.delete_button):
            button.setVisible(editable)
            row.addWidget(button)
        row.addStretch(1)
        self.close_button = QPushButton(self.tr("Close"), self)
        self.close_button.clicked.connect(self.accept)
        row.addWidget(self.close_button)
        layout.addLayout(row)
        self.add_button.clicked.connect(lambda: self.open_rule(None))
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.resize(600, 420)
        self._update()
        self.reload()

    def reload(self) -> None:
        self.ctx.runner.run(classification.rules, self.session, owner=self, on_done=self._loaded,
                            on_error=self._failed)

    def _loaded(self, rules: list[Any]) -> None:
        self._rules = list(rules)
        self.list.clear()
        for rule in self._rules:
            conditions = self.tr(" and ").join(condition_text(c) for c in rule.conditions)
            item = QListWidgetItem(rule.name + "\n    " + conditions, self.list)
            item.setData(Qt.ItemDataRole.UserRole, rule.name)
            item.setToolTip(rule.description or conditions)
        self._update()

    def rules(self) -> list[Any]:
        return list(self._rules)

    def _selected(self) -> Any | None:
        row = self.list.currentRow()
        return self._rules[row] if 0 <= row < len(self._rules) else None

    def _update(self) -> None:
        has = self._selected() is not None
        self.edit_button.setEnabled(self.editable and has)
        self.delete_button.setEnabled(self.editable and has)

    def edit_selected(self) -> None:
        rule = self._selected()
        if rule is not None and self.editable:
            self.open_rule(rule)

    def open_rule(self, rule: Any | None) -> RuleDialog | None:
        """Open the rule editor (non-blocking); the rule is saved when the user clicks Save."""
        if not self.editable:
            return None
        taken = {r.name for r in self._rules} - ({rule.name} if rule is not None else set())

        def save(new: Any, done: Callable[[BaseException | None], None]) -> None:
            self._save(rule, new, done)

        dialog = RuleDialog(rule, taken, self, save=save)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.rule_dialog = dialog
        dialog.open()
        return dialog

    def _save(self, old: Any | None, rule: Any, done: Callable[[BaseException | None], None]) -> None:
        def work(session: Session) -> None:
            classification.save_rule(session, rule)
            if old is not None and old.name != rule.name:
                classification.delete_rule(session, old.name)

        def saved(_r: object) -> None:
            done(None)
            self.changed.emit()
            self.reload()

        self.ctx.runner.run(work, self.session, owner=self, on_done=saved, on_error=done)

    def delete_selected(self) -> None:
        rule = self._selected()
        if rule is None or not self.editable:
            return
        if not prompts.confirm(self, self.tr("Delete custom segment"),
                               self.tr("Delete the custom segment “{name}”? The customers are not changed.")
                               .format(name=rule.name), self.tr("Delete")):
            return

        def deleted(_r: object) -> None:
            self.banner.show_message(self.tr("Custom segment deleted."), Level.SUCCESS, timeout_ms=4000)
            self.changed.emit()
            self.reload()

        self.ctx.runner.run(classification.delete_rule, self.session, rule.name, owner=self, on_done=deleted,
                            on_error=self._failed)

    def _failed(self, error: BaseException) -> None:
        self.banner.show_message(_error_text(error), Level.ERROR)
