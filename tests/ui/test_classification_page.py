"""The classification page (issue #6), pytest-qt offscreen.

* Clicking a segment's bar (or Enter on it) shows exactly that segment's customers on the
  customers page (compared with `segment_ids` and with the hand-built data), with the segment
  banner and a Reason column filled from `labels_for`.
* The counts shown (table and chart) match `classify_all`; the definitions dialog validates inline,
  saves and recomputes; custom segments are added through the rule editor; suggested actions are
  edited by the owner only; a viewer sees definitions and actions read-only (SECURITY.md: roles).
* "Export segment…" opens the export dialog preselected to exactly the segment's ids, and the
  dialog's role rules still apply (a masked export for staff).
* The "Needs follow-up" list is overdue first; a double-click opens the customer's editor.
* The customer editor's Classification tab shows every classification with its reason.
* qtmodeltester over the counts, follow-up and customer (with the extra column) models.
* zh_CN.classify_ui.json translates every text of these files; the page in Chinese is grabbed to
  /tmp/classify-*.png (and in English) for a visual check.
"""

from __future__ import annotations

import gc
import json
import re
from collections.abc import Iterator
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QPoint, QSettings, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QStackedWidget, QVBoxLayout, QWidget

from app.i18n import classification_messages
from app.models.records import Role
from app.services import classification, customers, users
from app.services.access import VaultAccess
from app.services.customers import ListFilter
from app.services.session import Session
from app.ui.app_context import AppContext
from app.ui.itemmodels.customer_table_model import COLUMN_COUNT, CustomerTableModel
from app.ui.itemmodels.segment_counts_model import SegmentCountsModel
from app.ui.itemmodels.segment_follow_up_model import FollowUpDueModel
from app.ui.pages import registry
from app.ui.pages.classification_page import ClassificationPage, SegmentTab
from app.ui.pages.customer_editor import CustomerEditor
from app.ui.pages.customers_page import CustomersPage
from app.ui.task_runner import TaskRunner
from app.ui.widgets import prompts
from app.ui.widgets.segment_chart import Bar, SegmentChart
from tests.conftest import OWNER, OWNER_PASS, STAFF_PASS, VIEWER, VIEWER_PASS
from tests.support.lupdate import source_messages
from tests.ui import test_shell as shell
from tests.ui.test_shell import unlock

make_window = shell.make_window  # the shell's fixture, shared

ROOT = Path(__file__).resolve().parents[2]
I18N = ROOT / "resources" / "i18n"
WAIT = 10_000
TODAY = date(2024, 6, 30)
PLACEHOLDER_RE = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*\}|%L?n|%L?[0-9]+")
SOURCES = [
    "app/ui/pages/classification_page.py",
    "app/ui/widgets/segment_chart.py",
    "app/ui/widgets/segment_banner.py",
    "app/ui/widgets/rule_editor.py",
    "app/ui/widgets/classification_settings_dialog.py",
    "app/ui/widgets/customer_classification_view.py",
    "app/ui/itemmodels/segment_counts_model.py",
    "app/ui/itemmodels/segment_follow_up_model.py",
    "app/ui/itemmodels/segment_reasons.py",
    "app/ui/itemmodels/segment_names.py",
]


# --- fixtures --------------------------------------------------------------------------------------------
def _day(days_ago: int) -> str:
    return (TODAY - timedelta(days=days_ago)).isoformat()


@pytest.fixture
def data(owner: Session) -> dict[str, int]:
    """Five customers whose labels are known by hand (today = 2024-06-30, default definitions:
    churned after 180 days, new within 90, returning within 90)."""
    owner.clock = lambda: "2024-06-30T12:00:00Z"
    ids = {
        "potential": customers.create_customer(owner, {"name": "王五", "source": "微信", "tags": ["VIP"]}),
        "new": customers.create_customer(owner, {"name": "张三", "source": "线上"}),
        "returning": customers.create_customer(owner, {"name": "赵六", "tags": ["VIP", "批发"]}),
        "churned": customers.create_customer(owner, {"name": "李四", "source": "线上"}),
        "churned2": customers.create_customer(owner, {"name": "欧阳娜娜"}),
    }
    customers.add_purchase(owner, ids["new"], _day(40), "120")
    customers.add_purchase(owner, ids["new"], _day(10), "80")
    customers.add_purchase(owner, ids["returning"], _day(300), "500")
    customers.add_purchase(owner, ids["returning"], _day(5), "60")
    customers.add_purchase(owner, ids["churned"], _day(400), "999")
    customers.add_purchase(owner, ids["churned2"], _day(200), "30")
    classification.reset_cache()
    return ids


def _context(access: VaultAccess, session: Session, tmp_path: Path, name: str) -> tuple[AppContext, TaskRunner]:
    runner = TaskRunner()
    ctx = AppContext(access, runner, QSettings(str(tmp_path / (name + ".ini")), QSettings.Format.IniFormat))
    ctx.holder.set(session)
    return ctx, runner


@pytest.fixture
def contexts(access: VaultAccess, tmp_path: Path) -> Iterator[object]:
    made: list[tuple[AppContext, TaskRunner]] = []

    def make(session: Session) -> AppContext:
        ctx, runner = _context(access, session, tmp_path, "ui" + str(len(made)))
        made.append((ctx, runner))
        return ctx

    yield make  # type: ignore[misc]
    for host in _HOSTS:
        host.close()
    _HOSTS.clear()
    for ctx, runner in made:
        runner.wait_idle()
        QCoreApplication.processEvents()
        ctx.holder.set(None)
        runner.shutdown()
    classification.reset_cache()
    QGuiApplication.clipboard().clear()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    gc.collect()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)


@pytest.fixture(autouse=True)
def no_modal_dialogs(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    asked: list[str] = []
    monkeypatch.setattr(prompts, "confirm", lambda _p, _t, text, _o: asked.append(text) or True)
    monkeypatch.setattr(prompts, "ask_save_discard_cancel", lambda _p, _t: "discard")
    return asked


_HOSTS: list[QWidget] = []


class Host(QWidget):
    """Stands in for the main window: the customers and classification pages in a stack, with
    the window's `show_page` / `page` contract."""

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.stack = QStackedWidget(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self.customers = CustomersPage(ctx)
        self.classification = ClassificationPage(ctx)
        self.pages = [self.classification, self.customers]
        for page in self.pages:
            self.stack.addWidget(page)
        self._activated: set[int] = set()
        self.resize(1100, 720)

    def page(self, cls_name: str) -> QWidget | None:
        return next((p for p in self.pages if type(p).__name__ == cls_name), None)

    def show_page(self, cls_name: str) -> QWidget | None:
        page = self.page(cls_name)
        if page is not None:
            self.stack.setCurrentWidget(page)
            session = self.ctx.session
            if session is not None and id(page) not in self._activated:
                self._activated.add(id(page))
                page.activate(session)  # type: ignore[attr-defined]
        return page


def open_host(qtbot, ctx: AppContext) -> Host:  # type: ignore[no-untyped-def]
    host = Host(ctx)
    qtbot.addWidget(host)
    _HOSTS.append(host)  # kept alive until the contexts are torn down
    host.show()
    host.show_page("ClassificationPage")
    wait_computed(qtbot, host.classification)
    return host


def wait_computed(qtbot, page: ClassificationPage) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: page.state is not None and not page.running, timeout=WAIT)


def shown_ids(page: CustomersPage) -> list[int]:
    return sorted(cid for cid in (page.model.customer_id(r) for r in range(page.model.rowCount())) if cid is not None)


def click_bar(chart: SegmentChart, label: str) -> None:
    index = [b.label for b in chart.bars()].index(label)
    rect = chart.bar_rect(index)
    QTest.mouseClick(chart, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, rect.center())


# --- the drill-down (the "done when" of issue #6) --------------------------------------------------------------
def test_clicking_a_segment_bar_shows_exactly_that_segment_on_the_customers_page(
        qtbot, owner: Session, data: dict[str, int], contexts) -> None:  # type: ignore[no-untyped-def]
    ctx = contexts(owner)
    host = open_host(qtbot, ctx)
    page = host.classification
    tab = page.select_classification("lifecycle")
    qtbot.waitUntil(lambda: len(tab.chart.bars()) == 3, timeout=WAIT)
    click_bar(tab.chart, "churned")
    qtbot.waitUntil(lambda: host.stack.currentWidget() is host.customers, timeout=WAIT)
    expected = sorted([data["churned"], data["churned2"]])
    assert classification.segment_ids(owner, "lifecycle", "churned") == expected
    qtbot.waitUntil(lambda: host.customers.model.first_page_done and shown_ids(host.customers) == expected,
                    timeout=WAIT)
    banner = host.customers.segment_banner
    assert banner.isVisible() and "Churned customer" in banner.label.text() and "(2 customer" in banner.label.text()
    assert host.customers.current_filter().ids == tuple(expected)
    # the Reason column: that classification's reason for every visible row, off the GUI thread
    model = host.customers.model
    assert model.columnCount() == COLUMN_COUNT + 1
    assert model.headerData(COLUMN_COUNT, Qt.Orientation.Horizontal) == "Reason"
    qtbot.waitUntil(lambda: all(model.extra_value(cid) for cid in expected), timeout=WAIT)
    row = model.row_of(data["churned"])
    assert row is not None
    assert model.index(row, COLUMN_COUNT).data() == "No purchase for 400 days (churned from 180 days)."
    QApplication.processEvents()
    host.grab().save("/tmp/classify-customers-segment.png")

    # Clear: everyone again, no banner, no Reason column
    banner.clear_button.click()
    qtbot.waitUntil(lambda: shown_ids(host.customers) == sorted(data.values()), timeout=WAIT)
    assert not banner.isVisible() and model.columnCount() == COLUMN_COUNT

    # the keyboard: focus the RFM chart, move down, Enter
    host.show_page("ClassificationPage")
    tab = page.select_classification("transaction_time")
    tab.chart.setFocus()
    assert [b.label for b in tab.chart.bars()] == ["new", "returning", "old", "none"]  # "no purchase" last
    QTest.keyClick(tab.chart, Qt.Key.Key_Home)
    QTest.keyClick(tab.chart, Qt.Key.Key_Down)  # new → returning
    assert tab.chart.current_label() == "returning"
    assert tab.model.label(tab.table.currentIndex().row()) == "returning"  # the table follows the chart
    QTest.keyClick(tab.chart, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: host.stack.currentWidget() is host.customers
                    and shown_ids(host.customers) == [data["returning"]], timeout=WAIT)
    assert "Returning customer" in host.customers.segment_banner.label.text()
    header = host.customers.view.horizontalHeader()
    assert header.visualIndex(COLUMN_COUNT) == header.visualIndex(0) + 1  # Reason right after the name


def test_drill_down_through_the_main_window(qtbot, make_window, access: VaultAccess) -> None:  # type: ignore[no-untyped-def]
    """The same hand-over in the real main window, with the page registered right after Customers."""
    session, _key = access.create(OWNER, OWNER_PASS)
    cid = customers.create_customer(session, {"name": "周七"})
    customers.create_customer(session, {"name": "吴八"})
    customers.add_purchase(session, cid, date.today().isoformat(), "10")
    session.lock()
    names = [c.__name__ for c in registry.page_classes()]
    assert names[names.index("CustomersPage") + 1] == "ClassificationPage"
    window = make_window(access)
    unlock(qtbot, window, OWNER, OWNER_PASS)
    page = window.show_page("ClassificationPage")
    assert isinstance(page, ClassificationPage)
    wait_computed(qtbot, page)
    tab = page.select_classification("lifecycle")
    click_bar(tab.chart, "active")
    customers_page = window.page("CustomersPage")
    assert isinstance(customers_page, CustomersPage)
    qtbot.waitUntil(lambda: window.page_stack.currentWidget() is customers_page
                    and customers_page.model.first_page_done and shown_ids(customers_page) == [cid], timeout=WAIT)
    assert customers_page.segment_banner.isVisible()
    window.lock("manual")
    assert page.state is None and not customers_page.segment_banner.isVisible()
    classification.reset_cache()


# --- counts, definitions, rules, actions ------------------------------------------------------------------------
def test_counts_shown_match_the_service(qtbot, owner: Session, data: dict[str, int], contexts) -> None:  # type: ignore[no-untyped-def]
    ctx = contexts(owner)
    page = open_host(qtbot, ctx).classification
    counts = classification.classify_all(owner)
    assert counts["lifecycle"] == {"potential": 1, "active": 2, "churned": 2}
    for name, tab in page.segment_tabs.items():
        shown = {label: count for label, _name, count in tab.model.rows()}
        assert shown == counts[name], name
        assert {b.label: b.count for b in tab.chart.bars()} == counts[name], name
        assert tab.model.total == 5
    tags = page.segment_tabs["tags"]
    assert [label for label, _n, _c in tags.model.rows()] == ["VIP", "批发", "untagged"]  # by count, "untagged" last
    assert tags.model.index(0, 2).data() == "40.0%"
    assert page.segment_tabs["lifecycle"].definition.text().startswith("Potential: no purchase yet.")
    assert "180 days" in page.segment_tabs["lifecycle"].definition.text()
    assert page.status.text().startswith("5 customer")
    # the page recomputes when it is shown again (customers may have changed elsewhere)
    customers.create_customer(owner, {"name": "新来的"})
    page.hide()
    page._computed_at = 0.0
    page.show()
    qtbot.waitUntil(lambda: page.state is not None and page.segment_tabs["lifecycle"].model.count_of("potential") == 2,
                    timeout=WAIT)


def test_definitions_dialog_validates_saves_and_recomputes(qtbot, owner: Session, data: dict[str, int],  # type: ignore[no-untyped-def]
                                                            contexts) -> None:
    ctx = contexts(owner)
    page = open_host(qtbot, ctx).classification
    life = page.segment_tabs["lifecycle"]
    assert life.model.count_of("churned") == 2
    dialog = page.open_definitions()
    assert dialog is not None and dialog.save_button.isVisible()
    assert not dialog.save_button.isEnabled()  # nothing changed yet
    dialog.mid.setValue(12)  # not below high (10)
    assert not dialog.save_button.isEnabled()
    assert dialog.message.isVisibleTo(dialog) and "below" in dialog.message.text()
    dialog.mid.setValue(3)
    dialog.mode.setCurrentIndex(dialog.mode.findData("quantile"))
    assert dialog.high_pct.isVisibleTo(dialog) and not dialog.high.isVisibleTo(dialog)
    dialog.mode.setCurrentIndex(dialog.mode.findData("fixed"))
    dialog.churn_days.setValue(8)
    assert dialog.save_button.isEnabled() and not dialog.message.isVisibleTo(dialog)
    dialog.grab().save("/tmp/classify-definitions.png")
    dialog.save_button.click()
    qtbot.waitUntil(lambda: page.state is not None and page.state.settings.churn_days == 8 and not page.running,
                    timeout=WAIT)
    assert classification.classification_settings(owner).churn_days == 8
    assert life.model.count_of("churned") == 3  # the customer who last bought 10 days ago is churned now
    assert "8 days" in life.definition.text()


def test_custom_segments_are_added_through_the_rule_editor(qtbot, owner: Session, data: dict[str, int],  # type: ignore[no-untyped-def]
                                                            contexts) -> None:
    ctx = contexts(owner)
    page = open_host(qtbot, ctx).classification
    dialog = page.open_rules()
    assert dialog is not None and dialog.add_button.isVisible()
    rule_dialog = dialog.open_rule(None)
    assert rule_dialog is not None
    save = rule_dialog.buttons.button(rule_dialog.buttons.StandardButton.Save)
    assert not save.isEnabled() and "name" in rule_dialog.message.text()
    rule_dialog.name.setText("大客户")
    row = rule_dialog.rows[0]
    row.field.setCurrentIndex(row.field.findData("total_cents"))
    row.op.setCurrentIndex(row.op.findData(">="))
    row.amount.setValue(500)
    second = rule_dialog.add_row()
    second.field.setCurrentIndex(second.field.findData("lifecycle"))
    second.label.setCurrentIndex(second.label.findData("churned"))
    assert save.isEnabled()
    rule_dialog.grab().save("/tmp/classify-rule-editor.png")
    save.click()
    qtbot.waitUntil(lambda: [r.name for r in dialog.rules()] == ["大客户"], timeout=WAIT)
    rule = dialog.rules()[0]
    assert [(c.field, c.op, c.value) for c in rule.conditions] == [("total_cents", ">=", 50000),
                                                                   ("lifecycle", "=", "churned")]
    assert "Number" not in dialog.list.item(0).text() and "大客户" in dialog.list.item(0).text()
    rules_tab = page.segment_tabs["rules"]
    qtbot.waitUntil(lambda: rules_tab.model.count_of("大客户") == 1 and not page.running, timeout=WAIT)
    assert classification.segment_ids(owner, "rules", "大客户") == [data["churned"]]
    # edit it: prefilled, renamed (the old name goes)
    dialog.list.setCurrentRow(0)
    dialog.edit_selected()
    edit = dialog.rule_dialog
    assert edit is not None and edit.name.text() == "大客户" and len(edit.rows) == 2
    assert edit.rows[0].amount.value() == 500 and edit.rows[1].label.currentData() == "churned"
    edit.name.setText("流失大客户")
    edit.buttons.button(edit.buttons.StandardButton.Save).click()
    qtbot.waitUntil(lambda: [r.name for r in dialog.rules()] == ["流失大客户"], timeout=WAIT)
    qtbot.waitUntil(lambda: rules_tab.model.count_of("流失大客户") == 1 and not page.running, timeout=WAIT)
    dialog.list.setCurrentRow(0)
    dialog.delete_selected()
    qtbot.waitUntil(lambda: dialog.rules() == [] and rules_tab.model.count_of("流失大客户") is None, timeout=WAIT)


def test_owner_edits_a_suggested_action(qtbot, owner: Session, data: dict[str, int], contexts) -> None:  # type: ignore[no-untyped-def]
    ctx = contexts(owner)
    page = open_host(qtbot, ctx).classification
    tab = page.select_classification("lifecycle")
    tab.select("churned")
    default = classification_messages.suggested_action_text("lifecycle", "churned")
    assert default and tab.action_edit.toPlainText() == default
    assert not tab.action_edit.isReadOnly() and tab.save_action_button.isVisible()
    assert not tab.save_action_button.isEnabled()
    tab.action_edit.setPlainText("回访并送优惠券")
    assert tab.save_action_button.isEnabled() and page.has_unsaved_changes()  # asked about before locking
    tab.save_action_button.click()
    qtbot.waitUntil(lambda: classification.suggested_actions(owner).get(("lifecycle", "churned")) == "回访并送优惠券",
                    timeout=WAIT)
    qtbot.waitUntil(lambda: tab.reset_action_button.isEnabled(), timeout=WAIT)
    assert not page.has_unsaved_changes()
    tab.select("active")
    tab.select("churned")
    assert tab.action_edit.toPlainText() == "回访并送优惠券"
    tab.reset_action_button.click()
    qtbot.waitUntil(lambda: ("lifecycle", "churned") not in classification.suggested_actions(owner), timeout=WAIT)
    qtbot.waitUntil(lambda: tab.action_edit.toPlainText() == default, timeout=WAIT)


def test_a_viewer_sees_definitions_actions_and_rules_read_only(qtbot, access: VaultAccess, team: Session,  # type: ignore[no-untyped-def]
                                                               data: dict[str, int], contexts) -> None:
    """SECURITY.md roles: only the owner changes definitions, custom segments and actions."""
    viewer = access.unlock(VIEWER, VIEWER_PASS)
    ctx = contexts(viewer)
    page = open_host(qtbot, ctx).classification
    assert not page.can_edit_settings()
    tab = page.select_classification("lifecycle")
    tab.select("churned")
    assert tab.action_edit.isReadOnly() and not tab.save_action_button.isVisible()
    assert "Only the owner" in tab.action_note.text()
    assert not tab.export_button.isEnabled()  # a viewer may not export
    page.save_action("lifecycle", "churned", "x")  # refused before any service call
    dialog = page.open_definitions()
    assert dialog is not None
    assert not dialog.save_button.isVisible() and dialog.churn_days.isReadOnly() and not dialog.mode.isEnabled()
    assert dialog.role_note.isVisibleTo(dialog)
    dialog.churn_days.setValue(5)
    dialog.accept()
    assert dialog.isVisible()
    dialog.close()
    rules = page.open_rules()
    assert rules is not None and not rules.add_button.isVisible() and rules.open_rule(None) is None
    ctx.runner.wait_idle()
    QCoreApplication.processEvents()
    assert classification.suggested_actions(team) == {}
    assert classification.classification_settings(team).churn_days == 180


# --- export ------------------------------------------------------------------------------------------------------
def test_export_segment_opens_the_dialog_with_exactly_those_ids(qtbot, access: VaultAccess, team: Session,  # type: ignore[no-untyped-def]
                                                                data: dict[str, int], contexts,
                                                                tmp_path: Path) -> None:
    ctx = contexts(team)
    page = open_host(qtbot, ctx).classification
    tab = page.select_classification("lifecycle")
    tab.select("churned")
    assert tab.export_button.isEnabled()
    tab.export_button.click()
    qtbot.waitUntil(lambda: page.export_dialog is not None and page.export_dialog.isVisible(), timeout=WAIT)
    dialog = page.export_dialog
    assert dialog.ids_radio.isVisible() and dialog.ids_radio.isChecked()
    assert "Churned customer" in dialog.ids_radio.text() and "(2 customer" in dialog.ids_radio.text()
    expected = tuple(classification.segment_ids(team, "lifecycle", "churned"))
    assert expected == (data["churned"], data["churned2"])
    options = dialog.options()
    assert options.filters is not None and options.filters.ids == expected
    dialog.purpose_edit.setText("寄送新品目录")
    dialog.confirm_check.setChecked(True)
    dialog.export_to(tmp_path / "churned.csv")
    qtbot.waitUntil(lambda: dialog.last_result is not None, timeout=WAIT)
    assert dialog.last_result.count == 2
    text = (tmp_path / "churned.csv").read_text("utf-8-sig")
    assert "李四" in text and "欧阳娜娜" in text and "张三" not in text
    dialog.close()
    # staff with export permission: masking is forced by the dialog as always
    users.add_user(team, "出口", Role.STAFF, STAFF_PASS + "x", can_export=True)
    staff = access.unlock("出口", STAFF_PASS + "x")
    ctx2 = contexts(staff)
    page2 = open_host(qtbot, ctx2).classification
    tab2 = page2.select_classification("lifecycle")
    tab2.select("churned")
    tab2.export_button.click()
    qtbot.waitUntil(lambda: page2.export_dialog is not None, timeout=WAIT)
    assert page2.export_dialog.options().mask and not page2.export_dialog.mask_check.isEnabled()
    # (the staff session's clock is the real one, so its segment is computed for today)
    assert page2.export_dialog.options().filters.ids == tuple(classification.segment_ids(staff, "lifecycle", "churned"))
    page2.export_dialog.close()


# --- follow-ups and the editor ------------------------------------------------------------------------------------
def test_needs_follow_up_list_overdue_first_and_opens_the_editor(qtbot, owner: Session, data: dict[str, int],  # type: ignore[no-untyped-def]
                                                                  contexts) -> None:
    customers.add_follow_up(owner, data["new"], _day(20), "电话", "问了价格", next_contact_date=_day(3))
    customers.add_follow_up(owner, data["churned"], _day(60), "拜访", "说下个月再联系", next_contact_date=_day(30))
    customers.add_follow_up(owner, data["returning"], _day(2), "微信", "下周联系", next_contact_date=_day(-7))
    ctx = contexts(owner)
    host = open_host(qtbot, ctx)
    page = host.classification
    model = page.follow_model
    assert model.rowCount() == 2  # the one due next week is not listed
    assert [model.customer_id(r) for r in range(2)] == [data["churned"], data["new"]]  # most overdue first
    assert model.index(0, 2).data().startswith("30 day") and model.index(0, 0).data() == "李四"
    assert "Needs follow-up (2)" == page.tabs.tabText(page.tabs.indexOf(page.follow_tab))
    page.tabs.setCurrentWidget(page.follow_tab)
    QApplication.processEvents()
    host.grab().save("/tmp/classify-follow-up.png")
    rect = page.follow_view.visualRect(model.index(1, 0))
    QTest.mouseClick(page.follow_view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     rect.center())
    QTest.mouseDClick(page.follow_view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                      rect.center())
    qtbot.waitUntil(lambda: any(e.customer_id == data["new"] for e in host.customers.editors()), timeout=WAIT)
    editor = next(e for e in host.customers.editors() if e.customer_id == data["new"])
    qtbot.waitUntil(lambda: editor.loaded, timeout=WAIT)
    editor.close_without_asking()


def test_customer_editor_shows_every_classification_with_its_reason(qtbot, owner: Session,  # type: ignore[no-untyped-def]
                                                                     data: dict[str, int], contexts) -> None:
    ctx = contexts(owner)
    editor = CustomerEditor(ctx, data["returning"])
    editor.show()
    qtbot.waitUntil(lambda: editor.loaded, timeout=WAIT)
    view = editor.classification_tab
    assert not view.loaded  # loaded when the tab is first shown, off the GUI thread
    editor.tabs.setCurrentWidget(view)
    qtbot.waitUntil(lambda: len(view.labels()) >= 8, timeout=WAIT)
    rows = {(title, name) for title, name, _why in view.labels()}
    assert ("Customer type", "Active customer") in rows
    assert ("Transaction time", "Returning customer") in rows
    assert ("Tags", "VIP") in rows and ("Tags", "批发") in rows
    why = dict(((t, n), w) for t, n, w in view.labels())
    assert why[("Transaction time", "Returning customer")] == \
        "2 purchases, the latest 5 days ago (returning within 90 days)."
    editor.grab().save("/tmp/classify-editor.png")
    editor.close_without_asking()


# --- cancel --------------------------------------------------------------------------------------------------------
def test_recompute_can_be_cancelled(qtbot, owner: Session, data: dict[str, int], contexts) -> None:  # type: ignore[no-untyped-def]
    ctx = contexts(owner)
    page = open_host(qtbot, ctx).classification
    before = page.state
    customers.create_customer(owner, {"name": "新来的"})  # something changed: a full pass is needed
    gate = __import__("threading").Event()
    ctx.runner.run(gate.wait)  # hold the vault thread so the computation is still queued
    page.recompute()
    assert page.running and page.cancel_button.isVisible() and page.progress.isVisible()
    assert not page.recompute_button.isEnabled()
    page.cancel()
    gate.set()
    qtbot.waitUntil(lambda: not page.running, timeout=WAIT)
    assert "cancelled" in page.status.text() and page.state is before
    assert page.recompute_button.isEnabled() and not page.cancel_button.isVisible()


def test_lock_drops_everything(qtbot, owner: Session, data: dict[str, int], contexts) -> None:  # type: ignore[no-untyped-def]
    ctx = contexts(owner)
    host = open_host(qtbot, ctx)
    page = host.classification
    page.deactivate()
    assert page.state is None
    for tab in page.segment_tabs.values():
        assert tab.model.rowCount() == 0 and tab.chart.bars() == [] and not tab.definition.text()
    assert page.follow_model.rowCount() == 0


# --- widgets and models ---------------------------------------------------------------------------------------------
def test_chart_mouse_keyboard_and_accessibility(qtbot) -> None:  # type: ignore[no-untyped-def]
    chart = SegmentChart()
    qtbot.addWidget(chart)
    chart.resize(500, 200)
    chart.show()
    chart.set_bars([Bar("a", "重要价值客户", 30), Bar("b", "General retention customer", 10), Bar("c", "None", 0)], 40)
    assert chart.current_label() == "a"
    assert chart.bar_rect(0).width() > chart.bar_rect(1).width() > chart.bar_rect(2).width()
    assert chart.value_text(chart.bars()[0]) == "30 · 75.0%"
    QTest.mouseMove(chart, chart.bar_rect(1).center())
    qtbot.waitUntil(lambda: chart.hovered_label() == "b", timeout=WAIT)  # hover highlight
    assert chart.cursor().shape() == Qt.CursorShape.PointingHandCursor
    with qtbot.waitSignal(chart.segmentActivated) as blocker:
        QTest.mouseClick(chart, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, chart.bar_rect(1).center())
    assert blocker.args == ["b"]
    # a click on the row's name (not only the bar) works too; outside any row nothing happens
    with qtbot.waitSignal(chart.segmentActivated) as blocker:
        QTest.mouseClick(chart, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                         QPoint(10, chart.row_rect(2).center().y()))
    assert blocker.args == ["c"]
    with qtbot.assertNotEmitted(chart.segmentActivated):
        QTest.mouseClick(chart, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(10, 190))
    chart.setFocus()
    QTest.keyClick(chart, Qt.Key.Key_Home)
    assert chart.current_label() == "a" and "重要价值客户" in chart.accessibleDescription()
    QTest.keyClick(chart, Qt.Key.Key_End)
    assert chart.current_label() == "c"
    with qtbot.waitSignal(chart.segmentActivated) as blocker:
        QTest.keyClick(chart, Qt.Key.Key_Enter)
    assert blocker.args == ["c"]
    assert chart.accessibleName() == "Segment chart"
    assert chart.sizeHint().height() >= 3 * chart.fontMetrics().height()
    chart.clear()
    assert chart.current_label() == "" and chart.accessibleDescription() == "No customers to show"


def test_models_pass_qtmodeltester(qtmodeltester, qtbot, owner: Session, data: dict[str, int], contexts) -> None:  # type: ignore[no-untyped-def]
    counts = SegmentCountsModel()
    counts.set_rows([("a", "甲", 3), ("b", "乙", 0)], 3)
    qtmodeltester.check(counts)
    assert counts.index(0, 2).data() == "100.0%" and counts.index(1, 0).data(SegmentCountsModel.LabelRole) == "b"
    follow = FollowUpDueModel()
    follow.set_rows([classification.FollowUpDue(1, "张三", "2024-06-01", 29, "电话", "问价"),
                     classification.FollowUpDue(2, "李四", "2024-06-30", 0, "", "")])
    qtmodeltester.check(follow)
    assert follow.index(1, 2).data() == "Due today" and follow.index(0, 0).data(FollowUpDueModel.IdRole) == 1
    ctx = contexts(owner)
    model = CustomerTableModel(ctx)
    model.reset_query("list", {"filters": ListFilter(ids=(data["new"], data["churned"]))})
    qtbot.waitUntil(lambda: model.first_page_done, timeout=WAIT)
    model.set_extra_column("Reason")
    model.set_extra_values({data["new"]: "因为"})
    qtmodeltester.check(model)
    assert model.index(model.row_of(data["new"]) or 0, COLUMN_COUNT).data() == "因为"
    model.set_extra_column(None)
    qtmodeltester.check(model)
    assert model.columnCount() == COLUMN_COUNT


# --- translations ---------------------------------------------------------------------------------------------------
def test_zh_cn_classify_ui_json_translates_every_text(tmp_path: Path) -> None:
    """Every text of this area's files has a Chinese translation with the same placeholders (the
    shared files it touched — customers page, editor, export dialog, table model — got no new text)."""
    ts = tmp_path / "classify_ui.ts"
    messages = source_messages(SOURCES, ts)
    assert len(messages) > 80
    table = json.loads((I18N / "zh_CN.classify_ui.json").read_text("utf-8"))
    by_context = table.pop("@contexts")

    def chinese(context: str, source: str) -> str | None:
        return by_context.get(context, {}).get(source, table.get(source))

    assert sorted(m for m in messages if chinese(*m) is None) == [], "texts without a Chinese translation"
    sources = {source for _c, source in messages}
    assert sorted(set(table) - sources) == [], "translations nothing uses"
    # a fix for a shared text: the label "New customer" (新客户) is not the action "New customer" (新建客户)
    fixes = {("Classification", "New customer")}
    assert all((c, s) in messages | fixes for c, entries in by_context.items() for s in entries)
    pairs = [*table.items(), *((s, t) for entries in by_context.values() for s, t in entries.items())]
    for source, text in pairs:
        assert isinstance(text, str) and text.strip(), source
        assert set(PLACEHOLDER_RE.findall(text)) == set(PLACEHOLDER_RE.findall(source)), source
        if re.search(r"[A-Za-z]{3}", PLACEHOLDER_RE.sub("", source)):
            assert re.search(r"[\u4e00-\u9fff]", text), source
    assert table["Needs follow-up"] == "待跟进" and by_context["SegmentCountsModel"]["Customers"] == "客户数"


def test_page_in_chinese(qtbot, owner: Session, data: dict[str, int], contexts, chinese) -> None:  # type: ignore[no-untyped-def]
    ctx = contexts(owner)
    host = open_host(qtbot, ctx)
    page = host.classification
    assert page.title() == "客户分类"
    assert page.tabs.tabText(0) == "客户类型" and page.recompute_button.text() == "重新计算"
    life = page.select_classification("lifecycle")
    assert [b.name for b in life.chart.bars()] == ["潜在客户", "现有客户", "流失客户"]
    assert life.definition.text().startswith("潜在客户")
    assert life.show_button.text() == "查看客户" and life.export_button.text() == "导出该分群…"
    rfm = page.segment_tabs["rfm"]
    assert {b.name for b in rfm.chart.bars()} >= {"重要价值客户", "重要发展客户", "一般挽留客户"}
    freq = page.segment_tabs["frequency"]
    assert {b.name for b in freq.chart.bars()} >= {"高频", "中频", "低频"}
    time_tab = page.segment_tabs["transaction_time"]
    assert {b.name for b in time_tab.chart.bars()} >= {"新客户", "老客户", "回头客"}
    QApplication.processEvents()
    for name in ("lifecycle", "rfm", "tags"):
        page.select_classification(name)
        QApplication.processEvents()
        host.grab().save("/tmp/classify-" + name + "-zh.png")
    page.tabs.setCurrentWidget(page.follow_tab)
    QApplication.processEvents()
    host.grab().save("/tmp/classify-follow-up-zh.png")
    dialog = page.open_definitions()
    assert dialog is not None and dialog.windowTitle() == "分类定义"
    dialog.grab().save("/tmp/classify-definitions-zh.png")
    dialog.close()
    click_bar(page.select_classification("lifecycle").chart, "churned")
    qtbot.waitUntil(lambda: host.stack.currentWidget() is host.customers
                    and len(shown_ids(host.customers)) == 2, timeout=WAIT)
    model = host.customers.model
    qtbot.waitUntil(lambda: all(model.extra_value(cid) for cid in shown_ids(host.customers)), timeout=WAIT)
    assert "正在显示分群：流失客户" in host.customers.segment_banner.label.text()
    assert model.headerData(COLUMN_COUNT, Qt.Orientation.Horizontal) == "原因"
    QApplication.processEvents()
    host.grab().save("/tmp/classify-customers-segment-zh.png")


def test_english_screenshots(qtbot, owner: Session, data: dict[str, int], contexts) -> None:  # type: ignore[no-untyped-def]
    ctx = contexts(owner)
    host = open_host(qtbot, ctx)
    page = host.classification
    for name in ("lifecycle", "rfm", "region"):
        tab: SegmentTab = page.select_classification(name)
        tab.select(tab.chart.bars()[0].label)
        QApplication.processEvents()
        host.grab().save("/tmp/classify-" + name + "-en.png")


def test_a_refused_definition_is_explained(qtbot, owner: Session, data: dict[str, int], contexts) -> None:  # type: ignore[no-untyped-def]
    """The service validates again; its typed error is shown as a sentence, not a stack trace."""
    ctx = contexts(owner)
    page = open_host(qtbot, ctx).classification
    settings = page.state.settings
    page.save_settings(replace(settings, frequency_mid=20, frequency_high=10))
    qtbot.waitUntil(lambda: page.banner.isVisible(), timeout=WAIT)
    assert page.banner.text() == "The medium threshold must be below the high one."
    assert classification.classification_settings(owner).frequency_mid == settings.frequency_mid
