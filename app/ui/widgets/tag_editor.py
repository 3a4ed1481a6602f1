"""Tags as removable chips, with an input that suggests existing tags. Enter or a comma (also the
Chinese "，" and "、") turns the typed text into a chip; Backspace in the empty input removes the
last chip."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, QSize, QStringListModel, Qt, Signal
from PySide6.QtGui import QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QCompleter,
    QLineEdit,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

SEPARATORS = (",", "，", "、", ";", "；")
MAX_TAG = 50


class FlowArea(QWidget):
    """Places its child widgets left to right and wraps them onto new lines.

    Deliberately not a custom QLayout: a Python QLayout subclass must hand out QLayoutItems that
    Qt deletes (`delete takeAt(i)` in removeWidget) while Python still owns them — a double free.
    Positioning the few chips by hand in resizeEvent has no ownership questions at all.
    """

    def __init__(self, parent: QWidget | None = None, spacing: int = 4) -> None:
        super().__init__(parent)
        self._widgets: list[QWidget] = []
        self._spacing = spacing
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def widgets(self) -> list[QWidget]:
        return list(self._widgets)

    def insert(self, index: int, widget: QWidget) -> None:
        widget.setParent(self)
        self._widgets.insert(index, widget)
        widget.show()
        self.relayout()

    def remove(self, widget: QWidget) -> None:
        if widget in self._widgets:
            self._widgets.remove(widget)
        widget.hide()
        widget.deleteLater()
        self.relayout()

    def relayout(self) -> None:
        self._place(self.width(), apply=True)
        self.updateGeometry()

    def hasHeightForWidth(self) -> bool:  # noqa: N802
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802
        return self._place(width, apply=False)

    def sizeHint(self) -> QSize:  # noqa: N802
        width = max(self.width(), 300)
        return QSize(width, self._place(width, apply=False))

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        widest = max((w.sizeHint().width() for w in self._widgets if not w.isHidden()), default=0)
        return QSize(widest, self._place(max(widest, 1), apply=False))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._place(self.width(), apply=True)

    def _place(self, width: int, apply: bool) -> int:
        x = y = line_height = 0
        for widget in self._widgets:
            if widget.isHidden():
                continue
            hint = widget.sizeHint()
            w = min(hint.width(), max(width, 1))
            if x > 0 and x + w > width:
                x = 0
                y += line_height + self._spacing
                line_height = 0
            if apply:
                widget.setGeometry(QRect(QPoint(x, y), QSize(w, hint.height())))
            x += w + self._spacing
            line_height = max(line_height, hint.height())
        return y + line_height


class TagEditor(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._tags: list[str] = []
        self._chips: list[QToolButton] = []
        self._read_only = False
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self._flow = FlowArea(self)
        outer.addWidget(self._flow)
        self.input = QLineEdit(self._flow)
        self.input.setPlaceholderText(self.tr("Add a tag, then press Enter"))
        self.input.setAccessibleName(self.tr("New tag"))
        self.input.setMinimumWidth(160)
        self.input.setMaxLength(MAX_TAG)
        self._suggestions = QStringListModel(self)
        completer = QCompleter(self._suggestions, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.activated.connect(self._completed)
        self.input.setCompleter(completer)
        self.input.returnPressed.connect(self.commit_input)
        self.input.textEdited.connect(self._maybe_split)
        self.input.installEventFilter(self)
        self._flow.insert(0, self.input)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)

    # --- values ------------------------------------------------------------------------------------
    def tags(self) -> list[str]:
        """The chips plus any text still in the input (so nothing typed is lost on save)."""
        pending = [t for t in self._split(self.input.text()) if t not in self._tags]
        return [*self._tags, *pending]

    def set_tags(self, tags: list[str]) -> None:
        for chip in self._chips:
            self._flow.remove(chip)
        self._chips = []
        self._tags = []
        self.input.clear()
        for tag in tags:
            self._add_chip(tag)

    def set_suggestions(self, tags: list[str]) -> None:
        self._suggestions.setStringList(tags)

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        self.input.setVisible(not read_only)
        for chip in self._chips:
            chip.setToolTip("" if read_only else self.tr("Remove this tag"))
            chip.setText(self._chip_text(chip.property("tag")))
        self._flow.relayout()

    # --- editing -----------------------------------------------------------------------------------
    def add_tag(self, tag: str) -> bool:
        tag = " ".join(tag.split())[:MAX_TAG]
        if not tag or tag in self._tags:
            return False
        self._add_chip(tag)
        self.changed.emit()
        return True

    def remove_tag(self, tag: str) -> None:
        if tag not in self._tags or self._read_only:
            return
        i = self._tags.index(tag)
        self._tags.pop(i)
        chip = self._chips.pop(i)
        self._flow.remove(chip)
        self.changed.emit()

    def commit_input(self) -> None:
        for tag in self._split(self.input.text()):
            self.add_tag(tag)
        self.input.clear()

    def _completed(self, text: str) -> None:
        self.add_tag(text)
        self.input.clear()

    def _maybe_split(self, text: str) -> None:
        if any(sep in text for sep in SEPARATORS):
            *done, rest = self._split_keep_tail(text)
            for tag in done:
                self.add_tag(tag)
            self.input.setText(rest)
        self.changed.emit()

    @staticmethod
    def _split(text: str) -> list[str]:
        for sep in SEPARATORS[1:]:
            text = text.replace(sep, ",")
        return [t.strip() for t in text.split(",") if t.strip()]

    @staticmethod
    def _split_keep_tail(text: str) -> list[str]:
        for sep in SEPARATORS[1:]:
            text = text.replace(sep, ",")
        parts = text.split(",")
        return [p.strip() for p in parts[:-1]] + [parts[-1].lstrip()]

    def _chip_text(self, tag: str) -> str:
        return tag if self._read_only else tag + "  ✕"

    def _add_chip(self, tag: str) -> None:
        chip = QToolButton(self._flow)
        chip.setProperty("tag", tag)
        chip.setText(self._chip_text(tag))
        chip.setAccessibleName(self.tr("Tag {tag}").format(tag=tag))
        chip.setToolTip("" if self._read_only else self.tr("Remove this tag"))
        chip.setStyleSheet(
            "QToolButton{background:#e8f0fe;border:1px solid #a8c7fa;border-radius:10px;padding:2px 8px;"
            "color:#0b3d91;} QToolButton:hover{background:#d2e3fc;}")
        chip.setCursor(Qt.CursorShape.PointingHandCursor)
        chip.setFixedHeight(self.input.sizeHint().height())  # Latin and Chinese chips alike
        chip.clicked.connect(lambda: self.remove_tag(tag))
        self._tags.append(tag)
        self._chips.append(chip)
        self._flow.insert(len(self._chips) - 1, chip)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self.input:
            if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
                if event.key() == Qt.Key.Key_Backspace and not self.input.text() and self._tags:
                    self.remove_tag(self._tags[-1])
                    return True
            elif event.type() == QEvent.Type.FocusOut and self.input.text().strip():
                popup = self.input.completer().popup() if self.input.completer() else None
                if popup is None or not popup.isVisible():
                    self.commit_input()
        return super().eventFilter(watched, event)


__all__ = ["FlowArea", "TagEditor"]
