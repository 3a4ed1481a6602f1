"""A lightweight horizontal bar chart of classification segments, painted with QPainter.

Hand-written on purpose: QtCharts would pull in the large pyside6-addons package for one simple
chart, and a bar chart needs only text and rectangles. One row per segment: the translated name,
a bar proportional to the count (relative to the largest count), and "count · share". The mouse
highlights the bar under it; a click or Enter on the focused bar emits `segmentActivated(label)`.
Up/Down/Home/End move the focus between bars. The accessible name and description follow the
focused bar, so a screen reader announces it. All sizes come from the font metrics, so CJK text
and high-DPI screens lay out correctly.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFocusEvent,
    QFontMetrics,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

__all__ = ["Bar", "SegmentChart"]

_PALETTE = ("#1a73e8", "#188038", "#e37400", "#a142f4", "#d93025", "#12b5cb", "#f538a0", "#5f6368", "#9aa0a6")
_MAX_NAME_WIDTH_EM = 14  # longer names are elided (the table next to the chart shows them in full)


@dataclass(frozen=True)
class Bar:
    label: str  # the machine label, emitted on activation
    name: str  # translated display name
    count: int


class SegmentChart(QWidget):
    segmentActivated = Signal(str)  # noqa: N815 - Qt signal naming
    currentChanged = Signal(str)  # noqa: N815 - the focused bar's label ("" for none)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._bars: list[Bar] = []
        self._total = 0
        self._hover = -1
        self._current = -1
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        self.setAttribute(Qt.WidgetAttribute.WA_Hover, True)
        self._update_accessible()

    # --- data -------------------------------------------------------------------------------------
    def set_bars(self, bars: list[Bar], total: int) -> None:
        """Show `bars` in order; `total` is the number the shares are relative to (all customers)."""
        previous = self.current_label()
        self._bars = list(bars)
        self._total = max(0, total)
        self._hover = -1
        labels = [b.label for b in self._bars]
        self._current = labels.index(previous) if previous in labels else (0 if self._bars else -1)
        self.updateGeometry()
        self.update()
        self._update_accessible()

    def bars(self) -> list[Bar]:
        return list(self._bars)

    def clear(self) -> None:
        self.set_bars([], 0)

    def current_label(self) -> str:
        return self._bars[self._current].label if 0 <= self._current < len(self._bars) else ""

    def hovered_label(self) -> str:
        return self._bars[self._hover].label if 0 <= self._hover < len(self._bars) else ""

    def set_current_label(self, label: str) -> None:
        for i, bar in enumerate(self._bars):
            if bar.label == label:
                self._set_current(i)
                return

    def share_text(self, count: int) -> str:
        share = 100.0 * count / self._total if self._total else 0.0
        return self.locale().toString(share, "f", 1) + "%"

    def value_text(self, bar: Bar) -> str:
        return self.tr("{count} · {share}").format(count=self.locale().toString(bar.count),
                                                    share=self.share_text(bar.count))

    # --- geometry ---------------------------------------------------------------------------------
    def _metrics(self) -> QFontMetrics:
        return QFontMetrics(self.font())

    def _row_height(self) -> int:
        return self._metrics().height() + 12

    def _margin(self) -> int:
        return max(4, self._metrics().height() // 3)

    def _name_width(self) -> int:
        fm = self._metrics()
        widest = max((fm.horizontalAdvance(b.name) for b in self._bars), default=0)
        return min(widest + 2, fm.averageCharWidth() * _MAX_NAME_WIDTH_EM * 2, max(60, self.width() // 3)) + 16

    def _value_width(self) -> int:
        fm = self._metrics()
        return max((fm.horizontalAdvance(self.value_text(b)) for b in self._bars), default=0) + 8

    def row_rect(self, index: int) -> QRect:
        """The whole row of bar `index` (name, bar and value): the clickable area."""
        m = self._margin()
        h = self._row_height()
        return QRect(m, m + index * h, max(0, self.width() - 2 * m), h)

    def bar_rect(self, index: int) -> QRect:
        """The rectangle of the bar itself (its length shows the count)."""
        row = self.row_rect(index)
        left = row.left() + self._name_width()
        space = max(1, row.width() - self._name_width() - self._value_width())
        top_count = max((b.count for b in self._bars), default=0)
        count = self._bars[index].count if 0 <= index < len(self._bars) else 0
        length = round(space * count / top_count) if top_count else 0
        inset = max(3, row.height() // 6)
        return QRect(left, row.top() + inset, max(2, length), row.height() - 2 * inset)

    def index_at(self, x: float, y: float) -> int:
        for i in range(len(self._bars)):
            if self.row_rect(i).contains(int(x), int(y)):
                return i
        return -1

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        fm = self._metrics()
        rows = max(1, len(self._bars))
        return QSize(fm.averageCharWidth() * 60, rows * self._row_height() + 2 * self._margin())

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        fm = self._metrics()
        rows = max(1, len(self._bars))
        return QSize(fm.averageCharWidth() * 30, rows * self._row_height() + 2 * self._margin())

    # --- painting ---------------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        fm = self._metrics()
        text_color = pal.color(QPalette.ColorRole.WindowText)
        if not self._bars:
            painter.setPen(pal.color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(self.rect(), int(Qt.AlignmentFlag.AlignCenter), self.tr("No customers to show"))
            painter.end()
            return
        name_width = self._name_width()
        for i, bar in enumerate(self._bars):
            row = self.row_rect(i)
            if i == self._hover or (i == self._current and self.hasFocus()):
                highlight = QColor(pal.color(QPalette.ColorRole.Highlight))
                highlight.setAlpha(40 if i == self._hover else 28)
                painter.fillRect(row, highlight)
            painter.setPen(text_color)
            name_rect = QRect(row.left() + 4, row.top(), name_width - 14, row.height())
            painter.drawText(name_rect, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                             fm.elidedText(bar.name, Qt.TextElideMode.ElideRight, name_rect.width()))
            rect = self.bar_rect(i)
            color = QColor(_PALETTE[i % len(_PALETTE)])
            if i == self._hover:
                color = color.darker(115)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(color)
            if bar.count:
                painter.drawRoundedRect(QRectF(rect), 3, 3)
            painter.setPen(text_color)
            value_left = rect.right() + 6 if bar.count else rect.left() + 4
            painter.drawText(QRect(value_left, row.top(), row.right() - value_left, row.height()),
                             int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), self.value_text(bar))
            if i == self._current and self.hasFocus():
                pen_color = QColor(pal.color(QPalette.ColorRole.Highlight))
                painter.setPen(pen_color)
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRect(row.adjusted(0, 0, -1, -1))
        painter.end()

    # --- interaction ------------------------------------------------------------------------------
    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        pos = event.position()
        self._set_hover(self.index_at(pos.x(), pos.y()))
        super().mouseMoveEvent(event)

    def leaveEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        self._set_hover(-1)
        super().leaveEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        if event.button() == Qt.MouseButton.LeftButton:
            pos = event.position()
            index = self.index_at(pos.x(), pos.y())
            if index >= 0:
                self._set_current(index)
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        if event.button() == Qt.MouseButton.LeftButton:
            pos = event.position()
            index = self.index_at(pos.x(), pos.y())
            if index >= 0 and index == self._current:
                self.segmentActivated.emit(self._bars[index].label)
                return
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        key = event.key()
        n = len(self._bars)
        if n and key in (Qt.Key.Key_Down, Qt.Key.Key_Right):
            self._set_current(min(n - 1, self._current + 1))
        elif n and key in (Qt.Key.Key_Up, Qt.Key.Key_Left):
            self._set_current(max(0, self._current - 1))
        elif n and key == Qt.Key.Key_Home:
            self._set_current(0)
        elif n and key == Qt.Key.Key_End:
            self._set_current(n - 1)
        elif n and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space) and self._current >= 0:
            self.segmentActivated.emit(self._bars[self._current].label)
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt override
        if self._current < 0 and self._bars:
            self._current = 0
        self.update()
        super().focusInEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt override
        self.update()
        super().focusOutEvent(event)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            index = self.index_at(event.pos().x(), event.pos().y())
            if index >= 0:
                bar = self._bars[index]
                QToolTip.showText(event.globalPos(), self.tr("{name}: {value}. Click to show these customers.")
                                  .format(name=bar.name, value=self.value_text(bar)), self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.LanguageChange, QEvent.Type.LocaleChange):
            self.updateGeometry()
            self._update_accessible()
            self.update()
        super().changeEvent(event)

    # --- state ------------------------------------------------------------------------------------
    def _set_hover(self, index: int) -> None:
        if index != self._hover:
            self._hover = index
            self.setCursor(Qt.CursorShape.PointingHandCursor if index >= 0 else Qt.CursorShape.ArrowCursor)
            self.update()

    def _set_current(self, index: int) -> None:
        if index != self._current and 0 <= index < len(self._bars):
            self._current = index
            self.update()
            self._update_accessible()
            self.currentChanged.emit(self._bars[index].label)

    def _update_accessible(self) -> None:
        self.setAccessibleName(self.tr("Segment chart"))
        if 0 <= self._current < len(self._bars):
            bar = self._bars[self._current]
            self.setAccessibleDescription(self.tr("{name}: {value}. Press Enter to show these customers; "
                                                  "use the arrow keys to move between segments.")
                                          .format(name=bar.name, value=self.value_text(bar)))
        else:
            self.setAccessibleDescription(self.tr("No customers to show"))

