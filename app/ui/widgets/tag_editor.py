"""Tags as removable chips, with an input that suggests existing tags. Enter or a comma (also the
Chinese "，" and "、") turns the typed text into a chip; Backspace in the empty input removes the
last chip."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, QSize, QStringListModel, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCompleter,
    QLayout,
    QLayoutItem,
    QLineEdit,
    QSizePolicy,
    QToolButton,
    QWidget,
    QWidgetItem,
)

SEPARATORS = (",", "，", "、", ";", "；")
MAX_TAG = 50


class FlowLayout(QLayout):
    """Lays widgets out left to right and wraps them (Qt's flow layout example)."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 4) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802
        self._items.append(item)

    def insert_widget(self, index: int, widget: QWidget) -> None:
        self.addChildWidget(widget)
        self._items.insert(index, QWidgetItem(widget))
        self.invalidate()

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # noqa: N802
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # noqa: N802
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:  # noqa: N802
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802
        return self._do_layout(QRect(0, 0, width, 0), test_only=True)

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802
        super().setGeometry(rect)
        self._do_layout(rect, test_only=False)

    def sizeHint(self) -> QSize:  # noqa: N802
        return self.minimumSize()

    def minimumSize(self) -> QSize:  # noqa: N802
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        m = self.contentsMargins()
        return size + QSize(m.left() + m.right(), m.top() + m.bottom())

    def _do_layout(self, rect: QRect, test_only: bool) -> int:
        m = self.contentsMargins()
        area = rect.adjusted(m.left(), m.top(), -m.right(), -m.bottom())
        x, y, line_height = area.x(), area.y(), 0
        for item in self._items:
            if item.widget() is not None and item.widget().isHidden():
                continue
            hint = item.sizeHint()
            next_x = x + hint.width() + self._spacing
            if next_x - self._spacing > area.right() + 1 and line_height > 0:
                x = area.x()
                y += line_height + self._spacing
                next_x = x + hint.width() + self._spacing
                line_height = 0
            if not test_only:
                item.setGeometry(QRect(QPoint(x, y), hint))
            x = next_x
            line_height = max(line_height, hint.height())
        return y + line_height - rect.y() + m.bottom()


class TagEditor(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._tags: list[str] = []
        self._chips: list[QToolButton] = []
        self._read_only = False
        self._layout = FlowLayout(self)
        self.input = QLineEdit(self)
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
        self._layout.addWidget(self.input)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)

    # --- values ------------------------------------------------------------------------------------
    def tags(self) -> list[str]:
        """The chips plus any text still in the input (so nothing typed is lost on save)."""
        pending = [t for t in self._split(self.input.text()) if t not in self._tags]
        return [*self._tags, *pending]

    def set_tags(self, tags: list[str]) -> None:
        for chip in self._chips:
            self._layout.removeWidget(chip)
            chip.setParent(None)
            chip.deleteLater()
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
        self._layout.invalidate()

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
        self._layout.removeWidget(chip)
        chip.setParent(None)
        chip.deleteLater()
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
        chip = QToolButton(self)
        chip.setProperty("tag", tag)
        chip.setText(self._chip_text(tag))
        chip.setAccessibleName(self.tr("Tag {tag}").format(tag=tag))
        chip.setToolTip("" if self._read_only else self.tr("Remove this tag"))
        chip.setStyleSheet(
            "QToolButton{background:#e8f0fe;border:1px solid #a8c7fa;border-radius:10px;padding:2px 8px;"
            "color:#0b3d91;} QToolButton:hover{background:#d2e3fc;}")
        chip.setCursor(Qt.CursorShape.PointingHandCursor)
        chip.clicked.connect(lambda: self.remove_tag(tag))
        self._tags.append(tag)
        self._chips.append(chip)
        self._layout.insert_widget(len(self._chips) - 1, chip)
        chip.show()

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


__all__ = ["FlowLayout", "TagEditor"]
