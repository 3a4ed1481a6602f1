"""A live passphrase strength meter (zxcvbn through `passphrase_policy.strength`).

The estimate runs on the task runner's CPU pool (zxcvbn takes tens of milliseconds on long input),
debounced while the user types; a result for text that has changed since is dropped. The meter
says in the UI language how strong the passphrase is and, when it is too weak for the role, why it
will be refused — the same rule the service enforces (`passphrase_policy.MIN_SCORE`).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QProgressBar, QVBoxLayout, QWidget

from app.models.records import Role
from app.services import passphrase_policy
from app.ui.task_runner import TaskRunner

_COLOURS = ("#d93025", "#e8710a", "#f9ab00", "#1e8e3e", "#137333")


class StrengthMeter(QWidget):
    """`set_passphrase(text)` while the user types; `evaluated(score)` when the estimate is in."""

    evaluated = Signal(int)

    def __init__(self, runner: TaskRunner, role: Role = Role.OWNER, parent: QWidget | None = None,
                 debounce_ms: int = 150) -> None:
        super().__init__(parent)
        self._runner = runner
        self.role = role
        self._inputs: tuple[str, ...] = ()
        self._text = ""
        self._serial = 0
        self.score = -1  # -1: nothing evaluated for the current text yet
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self._bar = QProgressBar(self)
        self._bar.setRange(0, 4)
        self._bar.setTextVisible(False)
        self._bar.setFixedHeight(8)
        layout.addWidget(self._bar)
        self._label = QLabel(self)
        self._label.setTextFormat(Qt.TextFormat.PlainText)
        self._label.setWordWrap(True)
        layout.addWidget(self._label)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(debounce_ms)
        self._timer.timeout.connect(self._evaluate)
        self._show()

    # --- API ------------------------------------------------------------------------------------
    @property
    def required_score(self) -> int:
        return passphrase_policy.MIN_SCORE[self.role]

    def set_role(self, role: Role) -> None:
        self.role = role
        self._show()

    def set_user_inputs(self, inputs: tuple[str, ...]) -> None:
        """Words the passphrase must not lean on (the user name)."""
        if inputs != self._inputs:
            self._inputs = inputs
            self.set_passphrase(self._text)

    def set_passphrase(self, text: str) -> None:
        self._text = text
        self._serial += 1
        self.score = -1
        if not text:
            self._timer.stop()
            self.score = 0
            self._show()
            self.evaluated.emit(0)
            return
        self._timer.start()

    def is_acceptable(self) -> bool:
        return self.score >= self.required_score

    def clear(self) -> None:
        self.set_passphrase("")

    # --- internals ------------------------------------------------------------------------------
    def _evaluate(self) -> None:
        serial = self._serial
        self._runner.run_cpu(passphrase_policy.strength, self._text, self._inputs,
                             on_done=lambda result: self._done(serial, result), owner=self)

    def _done(self, serial: int, result: passphrase_policy.Strength) -> None:
        if serial != self._serial:
            return  # the text changed meanwhile
        self.score = result.score
        self._show()
        self.evaluated.emit(result.score)

    def _show(self) -> None:
        score = max(self.score, 0)
        self._bar.setValue(score if self._text else 0)
        colour = _COLOURS[score]
        self._bar.setStyleSheet(
            "QProgressBar{border:1px solid #bbb;border-radius:3px;background:#eee;}"
            "QProgressBar::chunk{background:" + colour + ";border-radius:3px;}"
        )
        self._label.setText(self.describe())
        self._label.setStyleSheet("" if not self._text or self.is_acceptable() or self.score < 0
                                  else "color:#a50e0e;")

    def describe(self) -> str:
        if not self._text:
            if self.required_score >= 3:
                return self.tr("Use at least 8 characters — a short sentence or several unrelated "
                               "words is easy to remember and hard to guess.")
            return self.tr("Use at least 8 characters.")
        if self.score < 0:
            return self.tr("Checking strength…")
        names = (
            self.tr("Very weak"),
            self.tr("Weak"),
            self.tr("Fair"),
            self.tr("Strong"),
            self.tr("Very strong"),
        )
        name = names[self.score]
        if self.is_acceptable():
            return self.tr("Strength: {level}").format(level=name)
        if len(self._text) < passphrase_policy.MIN_LENGTH:
            reason = self.tr("it is shorter than {count} characters").format(count=passphrase_policy.MIN_LENGTH)
        else:
            reason = self.tr("it is too easy to guess (common words, names, dates or keyboard patterns)")
        if self.role is Role.OWNER:
            return self.tr("Strength: {level}. Not accepted for an owner: {reason}. Add more words.").format(
                level=name, reason=reason)
        return self.tr("Strength: {level}. Not accepted: {reason}. Add more words.").format(
            level=name, reason=reason)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self._show()
        super().changeEvent(event)
