"""The customers page and its lazy table model (pytest-qt, offscreen)."""

from __future__ import annotations

import ast
import json
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from shiboken6 import isValid

from app.models.records import Role
from app.services import audit, customers, demo, users
from app.services.access import VaultAccess
from app.services.customers import ListFilter
from app.services.session import Session
from app.ui.app_context import AppContext
from app.ui.itemmodels.customer_table_model import (
    COL_CREATED,
    COL_FLAG,
    COL_NAME,
    COL_PHONE,
    CustomerTableModel,
    format_phone,
)
from app.ui.pages.customers_page import CustomersPage
from app.ui.widgets import prompts

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(autouse=True)
def no_modal_dialogs(monkeypatch: pytest.MonkeyPatch) -> dict[str, list[str]]:
    """Questions are answered by the test (a modal dialog would block the offscreen run)."""
    asked: dict[str, list[str]] = {"confirm": [], "choice": [], "unsaved": []}

    def confirm(_parent: object, _title: str, text: str, _ok: str) -> bool:
        asked["confirm"].append(text)
        return True

    def unsaved(_parent: object, text: str) -> str:
        asked["unsaved"].append(text)
        return "discard"

    monkeypatch.setattr(prompts, "confirm", confirm)
    monkeypatch.setattr(prompts, "ask_save_discard_cancel", unsaved)
    monkeypatch.setattr(prompts, "ask_choice", lambda *_a: asked["choice"].append("asked") or None)
    return asked


def make_page(ctx: AppContext, session: Session, qtbot) -> CustomersPage:  # noqa: ANN001
    page = CustomersPage(ctx)
    page.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # deleted on the GUI thread after the test
    qtbot.addWidget(page, before_close_func=lambda w: w.deactivate())
    page.resize(1200, 700)
    page.show()
    page.activate(session)
    wait_loaded(page.model, qtbot)
    return page


def wait_loaded(model: CustomerTableModel, qtbot) -> None:  # noqa: ANN001
    qtbot.waitUntil(lambda: model.first_page_done and not model.loading, timeout=5000)


def names(model: CustomerTableModel) -> list[str]:
    return [model.data(model.index(r, COL_NAME)) for r in range(model.rowCount())]


def search(page: CustomersPage, text: str, qtbot) -> None:  # noqa: ANN001
    before = page.model.requests
    page.search.setText(text)  # never keyClicks with non-ASCII
    qtbot.waitUntil(lambda: page.model.requests > before, timeout=2000)  # after the debounce
    wait_loaded(page.model, qtbot)


@pytest.fixture
def people(owner: Session) -> dict[str, int]:
    return {
        "张三": customers.create_customer(owner, {"name": "张三", "phones": ["138 0013 8000"], "tags": ["VIP"],
                                                 "source": "展会", "company": "星辰贸易"}),
        "李四": customers.create_customer(owner, {"name": "李四", "phones": ["139 1234 5678"], "source": "线上"}),
        "王五": customers.create_customer(owner, {"name": "王五", "emails": ["wangwu@example.com"]}),
        "张三丰": customers.create_customer(owner, {"name": "张三丰", "tags": ["VIP"]}),
        "John Smith": customers.create_customer(owner, {"name": "John Smith", "phones": ["+44 20 7946 0958"]}),
    }


# --- search ------------------------------------------------------------------------------------------
def test_search_by_two_chinese_characters(ctx: AppContext, owner: Session, people: dict[str, int], qtbot) -> None:  # noqa: ANN001
    page = make_page(ctx, owner, qtbot)
    assert page.model.rowCount() == 5
    search(page, "张三", qtbot)
    found = names(page.model)
    assert "张三" in found and "张三丰" in found
    assert "李四" not in found and "王五" not in found
    assert page.count_label.text().startswith("2 match")  # "2 matches" once the English plurals are built


def test_search_by_pinyin_initials_and_full_pinyin(ctx: AppContext, owner: Session, people: dict[str, int], qtbot) -> None:  # noqa: ANN001
    page = make_page(ctx, owner, qtbot)
    search(page, "zs", qtbot)
    found = names(page.model)
    assert "张三" in found
    assert "李四" not in found and "王五" not in found
    search(page, "lisi", qtbot)
    assert names(page.model) == ["李四"]


def test_search_is_debounced_and_short_digits_give_a_hint(ctx: AppContext, owner: Session, people: dict[str, int],
                                                          qtbot) -> None:  # noqa: ANN001
    page = make_page(ctx, owner, qtbot)
    before = page.model.requests
    page.search.setText("1")
    page.search.setText("13")
    page.search.setText("138")
    assert page.model.requests == before  # nothing yet: the debounce waits for a pause in typing
    qtbot.waitUntil(lambda: page.model.requests == before + 1)
    wait_loaded(page.model, qtbot)
    assert page.model.rowCount() == 0
    assert not page.hint_label.isHidden()
    assert "4 digits" in page.hint_label.text()
    search(page, "8000", qtbot)
    assert names(page.model) == ["张三"]
    assert page.hint_label.isHidden()
    # clearing the search shows the whole list again
    search(page, "", qtbot)
    assert page.model.rowCount() == 5


def test_no_match_shows_an_explanation(ctx: AppContext, owner: Session, people: dict[str, int], qtbot) -> None:  # noqa: ANN001
    page = make_page(ctx, owner, qtbot)
    search(page, "xyzxyz", qtbot)
    assert page.model.rowCount() == 0
    assert page.stack.currentWidget() is page.empty_label
    assert "xyzxyz" in page.empty_label.text()


def test_ctrl_f_focuses_the_search_and_enter_opens_a_single_match(ctx: AppContext, owner: Session,
                                                                   people: dict[str, int], qtbot) -> None:  # noqa: ANN001
    page = make_page(ctx, owner, qtbot)
    page.activateWindow()
    page.view.setFocus()
    qtbot.waitUntil(page.view.hasFocus)
    qtbot.keyClick(page.view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(page.search.hasFocus)
    search(page, "lisi", qtbot)
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(page.editors()) == 1)
    assert page.editors()[0].customer_id == people["李四"]


# --- the lazy model ------------------------------------------------------------------------------------------
def test_lazy_model_fetches_keyset_pages_while_scrolling(ctx: AppContext, owner: Session, qtbot) -> None:  # noqa: ANN001
    demo.fill_demo(owner, 450, purchases_mean=0)
    page = make_page(ctx, owner, qtbot)
    model = page.model
    assert model.rowCount() == 200
    assert model.requests == 1
    assert model.canFetchMore()
    qtbot.waitUntil(lambda: page.count_label.text() == "Showing 200 of 450")  # the total comes separately
    # scrolling to the end makes the view ask for more; each page arrives asynchronously
    while model.has_more:
        rows = model.rowCount()
        page.view.scrollToBottom()
        qtbot.waitUntil(lambda r=rows: model.rowCount() > r and not model.loading, timeout=5000)
    assert model.rowCount() == 450
    assert model.requests == 3
    assert not model.canFetchMore()
    model.fetchMore()  # nothing left: no request
    assert model.requests == 3
    ids = [model.data(model.index(r, 0), CustomerTableModel.IdRole) for r in range(450)]
    assert len(set(ids)) == 450
    keys = [model.data(model.index(r, COL_NAME), CustomerTableModel.SortRole) for r in range(450)]
    assert all(isinstance(k, str) for k in keys)
    assert page.count_label.text().startswith("450 customer")


def test_fetch_more_is_not_requested_twice_while_a_page_is_loading(ctx: AppContext, owner: Session, qtbot) -> None:  # noqa: ANN001
    demo.fill_demo(owner, 450, purchases_mean=0)
    model = CustomerTableModel(ctx)
    model.reset_query("list", {"sort": "created"})
    assert not model.canFetchMore()  # the first page is still on its way
    wait_loaded(model, qtbot)
    model.fetchMore()
    model.fetchMore()
    assert model.requests == 2
    qtbot.waitUntil(lambda: model.rowCount() == 400 and not model.loading)
    created = [model.data(model.index(r, COL_CREATED), CustomerTableModel.SortRole) for r in range(400)]
    assert created == sorted(created, reverse=True)  # newest first, across the page boundary


def test_results_of_an_older_query_are_discarded(ctx: AppContext, owner: Session, people: dict[str, int], qtbot) -> None:  # noqa: ANN001
    model = CustomerTableModel(ctx)
    model.reset_query("search", {"query": "李四"})
    model.reset_query("search", {"query": "王五"})  # before the first answer arrives
    ctx.runner.wait_idle()
    qtbot.waitUntil(lambda: not model.loading)
    assert names(model) == ["王五"]
    assert model.requests == 2


def test_model_passes_qtmodeltester(ctx: AppContext, owner: Session, people: dict[str, int], qtbot, qtmodeltester) -> None:  # noqa: ANN001
    model = CustomerTableModel(ctx, page_size=2)
    qtmodeltester.check(model)  # empty, no query
    model.reset_query("list", {"sort": "name"})
    qtmodeltester.check(model)  # while the first page is loading
    wait_loaded(model, qtbot)
    qtmodeltester.check(model)  # loaded (and able to fetch more)
    while model.has_more:
        n = model.rowCount()
        model.fetchMore()
        qtbot.waitUntil(lambda n=n: model.rowCount() > n and not model.loading)
    qtmodeltester.check(model)
    model.reset_query("search", {"query": "zs"})
    wait_loaded(model, qtbot)
    qtmodeltester.check(model)  # after a reset
    model.remove_ids([people["张三"]])
    qtmodeltester.check(model)
    model.clear()
    qtmodeltester.check(model)


def test_model_headers_roles_and_display(ctx: AppContext, owner: Session, qtbot) -> None:  # noqa: ANN001
    good = customers.create_customer(owner, {"name": "陈红", "phones": ["010-6552 9988"]})
    bad = customers.create_customer(owner, {"name": "<b>刘</b>", "phones": ["12345"]}, strict=False)
    model = CustomerTableModel(ctx)
    model.reset_query("list", {"sort": "name"})
    wait_loaded(model, qtbot)
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers == ["Name", "Company", "Phone", "Email", "Source", "Created", "Last purchase", "Review"]
    rows = {model.data(model.index(r, 0), CustomerTableModel.IdRole): r for r in range(model.rowCount())}
    assert model.data(model.index(rows[good], COL_PHONE)) == "010 6552 9988"
    assert model.data(model.index(rows[good], COL_FLAG)) == ""
    assert model.data(model.index(rows[bad], COL_NAME)) == "<b>刘</b>"
    assert model.data(model.index(rows[bad], COL_FLAG)) == "Needs review"
    assert model.data(model.index(rows[bad], COL_PHONE)) == "12345"
    assert "1 value failed validation" in model.data(model.index(rows[bad], COL_FLAG), Qt.ItemDataRole.ToolTipRole)


@pytest.mark.parametrize(
    ("stored", "shown"),
    [
        ("+8613800138000", "138 0013 8000"),
        ("+861065529988", "010 6552 9988"),
        ("+861065529988;ext=123", "010 6552 9988 ext. 123"),
        ("+447792552940", "+44 7792 552940"),
        ("+12137432950", "+1 213-743-2950"),
        ("138-0013", "138-0013"),  # stored as invalid: shown as stored
    ],
)
def test_phone_display(stored: str, shown: str) -> None:
    assert format_phone(stored) == shown


# --- sorting, filters, settings -------------------------------------------------------------------------------
def test_clicking_a_header_sorts_on_the_server(ctx: AppContext, owner: Session, people: dict[str, int], qtbot) -> None:  # noqa: ANN001
    page = make_page(ctx, owner, qtbot)
    header = page.view.horizontalHeader()
    assert header.sortIndicatorSection() == COL_NAME
    before = page.model.requests
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=header.rect().topLeft() + _section_center(header, COL_CREATED))
    qtbot.waitUntil(lambda: page.model.requests == before + 1)
    wait_loaded(page.model, qtbot)
    assert page.model.query is not None and page.model.query.sort == "created"
    assert header.sortIndicatorSection() == COL_CREATED
    assert header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    assert names(page.model)[0] == "John Smith"  # the newest
    # a column the server cannot sort: nothing happens, the indicator stays
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=header.rect().topLeft() + _section_center(header, COL_PHONE))
    assert page.model.requests == before + 1
    assert header.sortIndicatorSection() == COL_CREATED
    assert ctx.settings.value("customers/sort") == "created"


def _section_center(header, col):  # noqa: ANN001, ANN202
    from PySide6.QtCore import QPoint

    return QPoint(header.sectionViewportPosition(col) + header.sectionSize(col) // 2, header.height() // 2)


def test_filters_by_tag_source_and_needs_update(ctx: AppContext, owner: Session, people: dict[str, int], qtbot) -> None:  # noqa: ANN001
    flagged = customers.create_customer(owner, {"name": "赵错", "phones": ["12345"]}, strict=False)
    page = make_page(ctx, owner, qtbot)
    qtbot.waitUntil(lambda: page.tag_combo.findData("VIP") >= 0)
    page.tag_combo.setCurrentIndex(page.tag_combo.findData("VIP"))
    wait_loaded(page.model, qtbot)
    assert sorted(names(page.model)) == ["张三", "张三丰"]
    assert not page.clear_filters_button.isHidden()
    page.tag_combo.setCurrentIndex(0)
    wait_loaded(page.model, qtbot)
    i = page.source_combo.findData("展会")
    assert page.source_combo.itemText(i) == "Trade fair"  # stored in Chinese, shown translated
    page.source_combo.setCurrentIndex(i)
    wait_loaded(page.model, qtbot)
    assert names(page.model) == ["张三"]
    page.clear_filters_button.click()
    wait_loaded(page.model, qtbot)
    assert page.model.rowCount() == 6
    page.needs_update_box.setChecked(True)
    wait_loaded(page.model, qtbot)
    assert flagged in [page.model.customer_id(r) for r in range(page.model.rowCount())]


def test_show_filtered_sets_the_filter_bar(ctx: AppContext, owner: Session, people: dict[str, int], qtbot) -> None:  # noqa: ANN001
    page = make_page(ctx, owner, qtbot)
    page.search.setText("wang")
    page.show_filtered(ListFilter(tag="VIP", source="展会"))
    wait_loaded(page.model, qtbot)
    assert page.search.text() == ""
    assert page.tag_combo.currentData() == "VIP"
    assert page.source_combo.currentData() == "展会"
    assert names(page.model) == ["张三"]
    assert page.current_filter() == ListFilter(tag="VIP", source="展会")


def test_owner_filter_lists_staff(ctx: AppContext, team: Session, qtbot) -> None:  # noqa: ANN001
    staff = next(u for u in users.list_users(team) if u.role is Role.STAFF)
    customers.create_customer(team, {"name": "甲", "owner_user_id": staff.id})
    customers.create_customer(team, {"name": "乙"})
    page = make_page(ctx, team, qtbot)
    qtbot.waitUntil(lambda: page.owner_combo.findData(staff.id) >= 0)
    page.owner_combo.setCurrentIndex(page.owner_combo.findData(staff.id))
    wait_loaded(page.model, qtbot)
    assert names(page.model) == ["甲"]


def test_column_widths_are_remembered(ctx: AppContext, owner: Session, people: dict[str, int], qtbot) -> None:  # noqa: ANN001
    page = make_page(ctx, owner, qtbot)
    page.view.setColumnWidth(COL_NAME, 277)
    page.deactivate()
    again = make_page(ctx, owner, qtbot)
    assert again.view.columnWidth(COL_NAME) == 277


# --- actions ----------------------------------------------------------------------------------------------------
def select(page: CustomersPage, ids: list[int]) -> None:
    from PySide6.QtCore import QItemSelectionModel

    sm = page.view.selectionModel()
    sm.clearSelection()
    for cid in ids:
        row = page.model.row_of(cid)
        assert row is not None
        sm.select(page.model.index(row, 0),
                  QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows)


def test_delete_to_recycle_bin_and_restore(ctx: AppContext, owner: Session, people: dict[str, int], qtbot,  # noqa: ANN001
                                           no_modal_dialogs: dict[str, list[str]]) -> None:
    odd = customers.create_customer(owner, {"name": "<b>Bold</b> 王"})
    page = make_page(ctx, owner, qtbot)
    select(page, [people["李四"], odd])
    assert page.delete_action.isEnabled()
    page.delete_action.trigger()
    qtbot.waitUntil(lambda: page.model.row_of(odd) is None)
    text = no_modal_dialogs["confirm"][-1]
    assert "<b>Bold</b> 王" in text and "李四" in text  # names shown as plain text
    assert "2 customers" in text
    assert page.model.rowCount() == 4
    assert page.banner.isVisible() and "recycle bin" in page.banner.text()
    deleted = customers.list_customers(owner, filters=ListFilter(deleted=True)).rows
    assert {r.id for r in deleted} == {people["李四"], odd}
    assert [e.customer_id for e in audit.list_entries(owner, action="delete")].count(odd) == 1

    page.bin_box.setChecked(True)
    wait_loaded(page.model, qtbot)
    assert page.restore_action.isVisible() and not page.delete_action.isVisible()
    assert not page.tag_action.isVisible()
    assert page.model.rowCount() == 2
    select(page, [odd])
    page.restore_action.trigger()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert customers.get_customer(owner, odd).customer.deleted_at is None
    page.bin_box.setChecked(False)
    wait_loaded(page.model, qtbot)
    assert odd in [page.model.customer_id(r) for r in range(page.model.rowCount())]


def test_delete_asks_first_and_cancel_keeps_the_customers(ctx: AppContext, owner: Session, people: dict[str, int],
                                                          qtbot, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: ANN001
    monkeypatch.setattr(prompts, "confirm", lambda *_a: False)
    page = make_page(ctx, owner, qtbot)
    select(page, [people["王五"]])
    page.delete_action.trigger()
    ctx.runner.wait_idle()
    qtbot.wait(50)
    assert page.model.row_of(people["王五"]) is not None
    assert customers.get_customer(owner, people["王五"]).customer.deleted_at is None


def test_confirmation_dialogs_are_plain_text(qtbot) -> None:  # noqa: ANN001
    box = prompts._box(None, "t", "<b>x</b>", QMessageBox.Icon.Question)
    qtbot.addWidget(box)
    assert box.textFormat() == Qt.TextFormat.PlainText


def test_add_tag_to_selected(ctx: AppContext, owner: Session, people: dict[str, int], qtbot,  # noqa: ANN001
                             monkeypatch: pytest.MonkeyPatch) -> None:
    offered: list[list[str]] = []

    def choose(_parent: object, _title: str, _label: str, choices: list[str], _ok: str) -> str:
        offered.append(choices)
        return "重点跟进"

    monkeypatch.setattr(prompts, "ask_choice", choose)
    page = make_page(ctx, owner, qtbot)
    qtbot.waitUntil(lambda: page.tag_combo.findData("VIP") >= 0)
    select(page, [people["李四"], people["王五"]])
    page.tag_action.trigger()
    qtbot.waitUntil(lambda: page.tag_combo.findData("重点跟进") >= 0)
    assert offered == [["VIP"]]
    assert customers.get_customer(owner, people["李四"]).customer.tags == ["重点跟进"]
    assert customers.get_customer(owner, people["王五"]).customer.tags == ["重点跟进"]
    assert "2 customers" in page.banner.text()


def test_double_click_opens_the_editor_once(ctx: AppContext, owner: Session, people: dict[str, int], qtbot) -> None:  # noqa: ANN001
    page = make_page(ctx, owner, qtbot)
    row = page.model.row_of(people["王五"])
    index = page.model.index(row, COL_NAME)
    page.view.doubleClicked.emit(index)
    page.view.doubleClicked.emit(index)
    assert len(page.editors()) == 1
    editor = page.editors()[0]
    qtbot.waitUntil(lambda: editor.loaded)
    assert editor.name_edit.text() == "王五"
    # Enter on a selected row opens it too
    select(page, [people["李四"]])
    page.activateWindow()
    page.view.setFocus()
    qtbot.waitUntil(page.view.hasFocus)
    qtbot.keyClick(page.view, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(page.editors()) == 2)
    assert page.editors()[1].customer_id == people["李四"]


def test_editing_updates_the_row_and_is_reported_as_unsaved(ctx: AppContext, owner: Session, people: dict[str, int],
                                                            qtbot) -> None:  # noqa: ANN001
    page = make_page(ctx, owner, qtbot)
    editor = page.open_customer(people["王五"])
    assert editor is not None
    qtbot.waitUntil(lambda: editor.loaded)
    assert not page.has_unsaved_changes()
    editor.company_edit.setText("新公司")
    assert page.has_unsaved_changes()
    with qtbot.waitSignal(editor.saved, timeout=5000):
        assert editor.save()
    row = page.model.row_of(people["王五"])
    assert page.model.data(page.model.index(row, 1)) == "新公司"
    assert not page.has_unsaved_changes()
    editor.title_edit.setText("经理")
    assert page.has_unsaved_changes()
    page.discard_changes()
    qtbot.waitUntil(lambda: not page.editors())
    assert customers.get_customer(owner, people["王五"]).customer.title == ""


def test_new_customer_appears_in_the_list(ctx: AppContext, owner: Session, people: dict[str, int], qtbot) -> None:  # noqa: ANN001
    page = make_page(ctx, owner, qtbot)
    page.activateWindow()
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: len(page.editors()) == 1)
    editor = page.editors()[0]
    qtbot.waitUntil(lambda: editor.loaded)
    editor.name_edit.setText("孙七")
    with qtbot.waitSignal(editor.saved, timeout=5000):
        editor.save()
    wait_loaded(page.model, qtbot)
    qtbot.waitUntil(lambda: "孙七" in names(page.model))


# --- roles and lock -----------------------------------------------------------------------------------------------
@pytest.fixture
def viewer(access: VaultAccess, owner: Session) -> Iterator[Session]:
    users.add_user(owner, "viewer", Role.VIEWER, "look but do not touch 77")
    session = access.unlock("viewer", "look but do not touch 77")
    yield session
    session.lock()


def test_viewer_cannot_change_anything(ctx: AppContext, owner: Session, viewer: Session, qtbot) -> None:  # noqa: ANN001
    cid = customers.create_customer(owner, {"name": "张三", "phones": ["13800138000"], "id_number": "11010519491231002X"})
    ctx.holder.set(viewer)
    page = make_page(ctx, viewer, qtbot)
    assert page.model.rowCount() == 1
    assert not page.new_action.isVisible()
    assert not page.delete_action.isVisible()
    assert not page.tag_action.isVisible()
    assert not page.restore_action.isVisible()
    assert page.new_customer() is None
    select(page, [cid])
    page.delete_action.trigger()  # even the shortcut path does nothing
    ctx.runner.wait_idle()
    assert customers.get_customer(owner, cid).customer.deleted_at is None
    editor = page.open_customer(cid)
    assert editor is not None
    qtbot.waitUntil(lambda: editor.loaded)
    assert not editor.can_edit
    assert editor.name_edit.isReadOnly()
    assert editor.phones.edits()[0].isReadOnly()
    assert not editor.save_button.isVisible()
    assert not editor.save()
    field = editor.sensitive["id_number"]
    assert field.edit.text() == "1101**********002X"
    assert field.reveal_button.isHidden() and field.copy_button.isHidden() and field.change_button.isHidden()
    assert editor.purchases_tab.form.isHidden()
    assert not editor.has_unsaved_changes()


def test_deactivate_leaves_no_customer_data(ctx: AppContext, owner: Session, people: dict[str, int], qtbot) -> None:  # noqa: ANN001
    page = make_page(ctx, owner, qtbot)
    qtbot.waitUntil(lambda: page.tag_combo.count() > 1)
    search(page, "张", qtbot)
    editor = page.open_customer(people["张三"])
    assert editor is not None
    qtbot.waitUntil(lambda: editor.loaded)
    editor.company_edit.setText("unsaved edit")
    page.deactivate()
    qtbot.waitUntil(lambda: not isValid(editor))
    assert page.model.rowCount() == 0
    assert page.search.text() == ""
    assert page.tag_combo.count() == 1 and page.source_combo.count() == 1 and page.owner_combo.count() == 1
    assert page.editors() == []
    assert page.count_label.text() == ""
    # and it comes back after unlock
    page.activate(owner)
    wait_loaded(page.model, qtbot)
    assert page.model.rowCount() == 5


# --- translations -------------------------------------------------------------------------------------------------
MY_SOURCES = [
    "app/ui/itemmodels/customer_table_model.py",
    "app/ui/pages/customers_page.py",
    "app/ui/pages/customer_editor.py",
    "app/ui/widgets/address_editor.py",
    "app/ui/widgets/choices.py",
    "app/ui/widgets/key_value_editor.py",
    "app/ui/widgets/multi_value_editor.py",
    "app/ui/widgets/prompts.py",
    "app/ui/widgets/tag_editor.py",
]
_PLACEHOLDER = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*\}|%L?n|%L?[0-9]+")


def _translatable(path: Path) -> set[str]:
    """The source texts lupdate will find, checking they are written so that lupdate's context is
    the one Qt uses at run time."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if not isinstance(node, ast.Call):
            continue
        name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
        args = node.args
        if name == "tr" and isinstance(node.func, ast.Attribute):
            # only self.tr: lupdate takes the name before ".tr" as the context, Qt the class
            assert isinstance(node.func.value, ast.Name) and node.func.value.id == "self", (path.name, node.lineno)
            assert args and isinstance(args[0], ast.Constant), (path.name, node.lineno)
            found.add(args[0].value)
        elif name in ("translate", "QT_TRANSLATE_NOOP") and len(args) >= 2 and isinstance(args[1], ast.Constant):
            # lupdate reads only literal contexts: a variable one would leave the text untranslated
            assert isinstance(args[0], ast.Constant), (path.name, node.lineno)
            if args[0].value in ("Fields", "Errors", "Actions"):
                continue  # app/i18n/messages.py owns those
            found.add(args[1].value)
    return found


def test_every_string_has_a_chinese_translation_with_the_same_placeholders() -> None:
    table = json.loads((ROOT / "resources/i18n/zh_CN.customers.json").read_text("utf-8"))
    sources: set[str] = set()
    for rel in MY_SOURCES:
        sources |= _translatable(ROOT / rel)
    assert len(sources) > 150
    missing = sorted(s for s in sources if s not in table)
    assert missing == []
    for source in sources:
        assert sorted(_PLACEHOLDER.findall(table[source])) == sorted(_PLACEHOLDER.findall(source)), source
        assert re.search(r"[\u4e00-\u9fff]", table[source]), source
