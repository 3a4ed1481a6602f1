"""The "Reason" column of the customer list while it shows one classification's segment.

When the list is a drill-down into a segment, every loaded row gets the reason its customer is in
that classification's segment. Only the rows actually loaded are asked for (`labels_for` on at most
one page of ids at a time, on the vault thread); each new page asks again for its rows. Answers for
an older drill-down are dropped (generation counter).
"""

from __future__ import annotations

from typing import Any, Final

from PySide6.QtCore import QCoreApplication, QObject

from app.services import classification
from app.ui.app_context import AppContext
from app.ui.itemmodels.customer_table_model import PAGE_SIZE, CustomerTableModel
from app.ui.itemmodels.segment_names import label_reason, segment_name

__all__ = ["SegmentReasonColumn", "reason_for"]

BATCH: Final = PAGE_SIZE


def reason_for(classification_name: str, labels: list[Any]) -> str:
    """The reason text of one customer's labels in one classification (several for tags and rules)."""
    mine = [x for x in labels if x.classification == classification_name]
    if len(mine) == 1:
        return label_reason(mine[0])
    return "; ".join(segment_name(x.classification, x.label) + ": " + label_reason(x) for x in mine)


class SegmentReasonColumn(QObject):
    def __init__(self, ctx: AppContext, model: CustomerTableModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.model = model
        self.classification: str | None = None
        self._generation = 0
        self._pending: set[int] = set()
        model.page_loaded.connect(lambda _n: self._request())
        model.modelReset.connect(self._request)

    def show(self, classification_name: str | None) -> None:
        """Show the reasons of `classification_name` (None: remove the column)."""
        self._generation += 1
        self._pending = set()
        self.classification = classification_name
        self.model.set_extra_column(None)
        if classification_name is not None:
            self.model.set_extra_column(QCoreApplication.translate("SegmentReasonColumn", "Reason"))
            self._request()

    def _request(self) -> None:
        session = self.ctx.session
        name = self.classification
        if session is None or name is None:
            return
        ids = [cid for cid in self.model.ids_without_extra() if cid not in self._pending]
        generation = self._generation
        for start in range(0, len(ids), BATCH):
            batch = ids[start:start + BATCH]
            self._pending.update(batch)
            self._request_batch(session, generation, name, batch)

    def _request_batch(self, session: Any, generation: int, name: str, batch: list[int]) -> None:
        def done(result: dict[int, list[Any]]) -> None:
            self._arrived(generation, name, batch, result)

        def failed(_error: BaseException) -> None:
            self._failed(generation, batch)

        self.ctx.runner.run(classification.labels_for, session, batch, owner=self, on_done=done, on_error=failed)

    def _arrived(self, generation: int, name: str, batch: list[int], result: dict[int, list[Any]]) -> None:
        if generation != self._generation:
            return
        self._pending.difference_update(batch)
        self.model.set_extra_values({cid: reason_for(name, result.get(cid, [])) for cid in batch})

    def _failed(self, generation: int, batch: list[int]) -> None:
        if generation == self._generation:
            self._pending.difference_update(batch)
            self.model.set_extra_values(dict.fromkeys(batch, ""))
