"""The "Classification" tab of the customer editor: every classification's segment for this customer
and why ("Returning customer — 3 purchases, the latest 12 days ago …").

Loaded through the task runner (`classification.explain` reads everyone's statistics for the
population-relative RFM scores and quantiles, so it never runs on the GUI thread), when the tab is
first shown and again on Refresh.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.i18n.messages import error_message
from app.models.errors import ClientVaultError
from app.services import classification
from app.ui.app_context import AppContext
from app.ui.itemmodels.segment_names import ORDER, classification_title, label_reason, segment_name

__all__ = ["CustomerClassificationView"]


class CustomerClassificationView(QWidget):
    def __init__(self, ctx: AppContext, customer_id: Callable[[], int | None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._customer_id = customer_id
        self.loaded = False
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.note = QLabel(self)
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        self.note.setWordWrap(True)
        top.addWidget(self.note, 1)
        self.refresh_button = QPushButton(self.tr("Refresh"), self)
        self.refresh_button.clicked.connect(self.load)
        top.addWidget(self.refresh_button)
        layout.addLayout(top)
        self.tree = QTreeWidget(self)
        self.tree.setColumnCount(3)
        self.tree.setHeaderLabels([self.tr("Classification"), self.tr("Segment"), self.tr("Why")])
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        self.tree.setWordWrap(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setAccessibleName(self.tr("Classification of this customer"))
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        header.sectionResized.connect(lambda *_: self.tree.doItemsLayout())  # re-wrap the reasons
        self.tree.setStyleSheet("QTreeView::item{padding:3px 2px;}")
        layout.addWidget(self.tree, 1)

    def title(self) -> str:
        """The tab title in the customer editor."""
        return self.tr("Classification")

    def load(self) -> None:
        session = self.ctx.session
        cid = self._customer_id()
        if session is None or cid is None:
            return
        self.loaded = True
        self.refresh_button.setEnabled(False)
        self.note.setText(self.tr("Classifying…"))
        self.ctx.runner.run(classification.explain, session, cid, owner=self, on_done=self._arrived,
                            on_error=self._failed)

    def clear(self) -> None:
        self.tree.clear()
        self.loaded = False

    def labels(self) -> list[tuple[str, str, str]]:
        """(classification title, segment name, reason) of every row shown."""
        items = [self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount())]
        return [(item.text(0), item.text(1), item.text(2)) for item in items if item is not None]

    def _arrived(self, labels: list[Any]) -> None:
        self.refresh_button.setEnabled(True)
        if self.ctx.session is None:
            return
        self.tree.clear()
        rank = {name: i for i, name in enumerate(ORDER)}
        for label in sorted(labels, key=lambda x: rank.get(x.classification, len(ORDER))):
            item = QTreeWidgetItem(self.tree, [classification_title(label.classification),
                                               segment_name(label.classification, label.label),
                                               label_reason(label)])
            item.setData(0, Qt.ItemDataRole.UserRole, label.classification)
            item.setData(1, Qt.ItemDataRole.UserRole, label.label)
            item.setToolTip(2, item.text(2))
        self.note.setText(self.tr("How this customer is classified today, and why. The definitions are set on "
                                  "the Classification page."))

    def _failed(self, error: BaseException) -> None:
        self.refresh_button.setEnabled(True)
        self.note.setText(error_message(error) if isinstance(error, ClientVaultError)
                          else error_message(ClientVaultError()))
