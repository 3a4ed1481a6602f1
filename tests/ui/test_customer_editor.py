"""The customer editor (pytest-qt, offscreen): create, edit with inline validation, reveal and copy of
sensitive values (logged, clipboard cleared), history with revert, activity tabs, guard and lock."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QClipboard, QGuiApplication
from shiboken6 import isValid

from app.models.records import Role
from app.services import audit, customers, users
from app.services.access import VaultAccess
from app.services.session import Session
from app.ui.app_context import AppContext
from app.ui.pages.customer_editor import CustomerEditor
from app.ui.widgets import prompts
from app.ui.widgets.clipboard import CONCEALED_HINTS

ID_NUMBER = "11010519491231002X"


@pytest.fixture(autouse=True)
def answers(monkeypatch: pytest.MonkeyPatch) -> dict[str, list[str]]:
    """Dialog answers chosen by the tests; the questions asked are recorded."""
    state: dict[str, list[str]] = {"unsaved": ["discard"], "asked": [], "confirm": []}

    def unsaved(_parent: object, text: str) -> str:
        state["asked"].append(text)
        return state["unsaved"][0]

    def confirm(_parent: object, _title: str, text: str, _ok: str) -> bool:
        state["confirm"].append(text)
        return True

    monkeypatch.setattr(prompts, "ask_save_discard_cancel", unsaved)
    monkeypatch.setattr(prompts, "confirm", confirm)
    return state


_OPEN: list[CustomerEditor] = []


@pytest.fixture(autouse=True)
def close_editors(ctx: AppContext) -> Iterator[None]:
    """Editors delete themselves on close; the ones still open are closed after each test (before
    the context is torn down)."""
    yield
    for editor in _OPEN:
        if isValid(editor):
            editor.close_without_asking()
    _OPEN.clear()


def open_editor(ctx: AppContext, qtbot, cid: int | None) -> CustomerEditor:  # noqa: ANN001
    editor = CustomerEditor(ctx, cid)
    _OPEN.append(editor)
    editor.show()
    qtbot.waitUntil(lambda: editor.loaded, timeout=5000)
    return editor


@pytest.fixture
def zhang(owner: Session) -> int:
    return customers.create_customer(owner, {
        "name": "张三", "company": "星辰贸易", "phones": ["138 0013 8000"], "emails": ["zs@example.com"],
        "tags": ["VIP"], "id_number": ID_NUMBER, "bank_account": "6222 0210 0112 3456 789",
        "custom": {"客户等级": "A"}, "addresses": [{"province": "浙江省", "city": "杭州市", "district": "西湖区",
                                                   "street": "文三路 1 号"}],
    })


# --- creating and editing --------------------------------------------------------------------------------------
def test_create_a_customer_with_every_kind_of_field(ctx: AppContext, owner: Session, qtbot) -> None:  # noqa: ANN001
    editor = open_editor(ctx, qtbot, None)
    assert editor.windowTitle().startswith("New customer")
    assert not editor.has_unsaved_changes()
    assert not editor.tabs.isTabEnabled(1)  # purchases need a saved customer
    editor.name_edit.setText("欧阳娜娜")
    assert editor.family_edit.text() == "欧阳" and editor.given_edit.text() == "娜娜"  # split as typed
    editor.company_edit.setText("Ｓｔａｒ 贸易")  # full-width letters are folded by the service
    editor.birthday_edit.setText("--06-15")  # a birthday without a year
    editor.gender_combo.setCurrentIndex(editor.gender_combo.findData("female"))
    editor.source_combo.setEditText("Referral")  # the translated label is stored as the Chinese value
    editor.phones.edits()[0].setText("138 0013 8000")
    editor.phones.add_button.click()
    editor.phones.edits()[1].setText("010-6552 9988 转 123")
    editor.emails.edits()[0].setText("nana@example.com")
    editor.wechat.edits()[0].setText("ouyang_nana")
    editor.qq.edits()[0].setText("12345678")
    editor.addresses.add_address()
    row = editor.addresses._rows[0]
    row.edits["province"].setText("广东省")
    row.edits["city"].setText("深圳市")
    row.edits["street"].setText("深南大道 1 号")
    editor.tags.add_tag("VIP")
    editor.tags.input.setText("老客户，重点")  # a Chinese comma separates tags too
    editor.custom.add_row()
    editor.custom.table.item(0, 0).setText("会员卡号")
    editor.custom.table.item(0, 1).setText("M-001")
    editor.notes_edit.setPlainText("喜欢绿茶")
    editor.sensitive["id_number"].edit.setText(ID_NUMBER)
    assert editor.has_unsaved_changes()
    with qtbot.waitSignal(editor.saved, timeout=5000) as signal:
        assert editor.save()
    cid, created = signal.args
    assert created and editor.customer_id == cid
    c = customers.get_customer(owner, cid, reveal=["id_number"]).customer
    assert c.name == "欧阳娜娜" and c.family_name == "欧阳" and c.given_name == "娜娜"
    assert c.company == "Star 贸易"
    assert c.birthday is not None and c.birthday.iso() == "--06-15"
    assert c.gender.value == "female"
    assert c.source == "转介绍"
    assert [p.value for p in c.contacts if p.kind.value == "phone"] == ["+8613800138000", "+861065529988;ext=123"]
    assert [p.value for p in c.contacts if p.kind.value == "wechat"] == ["ouyang_nana"]
    assert c.addresses[0].province == "广东省" and c.addresses[0].street == "深南大道 1 号"
    assert c.tags == sorted(["VIP", "老客户", "重点"])
    assert c.custom == {"会员卡号": "M-001"}
    assert c.notes == "喜欢绿茶"
    assert c.sensitive[next(iter(c.sensitive))].value == ID_NUMBER
    # after saving the editor shows the stored values and nothing is pending
    assert not editor.has_unsaved_changes()
    assert editor.tabs.isTabEnabled(1)
    assert editor.windowTitle().startswith("Customer: 欧阳娜娜")
    assert editor.phones.edits()[1].text() == "010 6552 9988 ext. 123"


def test_invalid_phone_is_shown_inline_and_save_is_refused(ctx: AppContext, owner: Session, zhang: int, qtbot) -> None:  # noqa: ANN001
    editor = open_editor(ctx, qtbot, zhang)
    phone = editor.phones.edits()[0]
    assert phone.text() == "138 0013 8000"
    message = editor.phones._rows[0].message
    assert message.isHidden()
    phone.setText("138 0013")  # a digit group missing
    assert not message.isHidden()
    assert message.text() == "The phone number is too short. Check that no digits are missing."
    assert editor.has_unsaved_changes()
    assert not editor.save()  # refused: nothing sent to the vault
    assert phone.hasFocus() or editor.focusWidget() is phone
    assert editor.banner.isVisible() and "marked in red" in editor.banner.text()
    ctx.runner.wait_idle()
    assert [p.value for p in customers.get_customer(owner, zhang).customer.contacts
            if p.kind.value == "phone"] == ["+8613800138000"]
    # a letter is another problem, with its own message
    phone.setText("138 0013 800O")
    assert "characters that do not belong" in message.text()
    # fixed: the message goes away and only the phone is saved
    phone.setText("139-0013-9000")
    assert message.isHidden()
    assert editor.changes() == {"phones": ["139-0013-9000"]}
    with qtbot.waitSignal(editor.saved, timeout=5000):
        assert editor.save()
    c = customers.get_customer(owner, zhang).customer
    assert [p.value for p in c.contacts if p.kind.value == "phone"] == ["+8613900139000"]
    history = customers.history(owner, zhang)
    assert [(h.field, h.new_value) for h in history if h.group_id == history[0].group_id] == [
        ("phones", '["+8613900139000"]')]


@pytest.mark.parametrize(
    ("widget", "text", "message"),
    [
        ("email", "zs at example.com", "An email address needs an @"),
        ("birthday", "1990-13-45", "not a real date"),
        ("name", "", "Enter the customer's name."),
        ("id_number", "110105194912310021", "typo"),
    ],
)
def test_other_inline_validation_messages(ctx: AppContext, zhang: int, qtbot, widget: str, text: str,  # noqa: ANN001
                                          message: str) -> None:
    editor = open_editor(ctx, qtbot, zhang)
    if widget == "email":
        editor.emails.edits()[0].setText(text)
        label = editor.emails._rows[0].message
    elif widget == "birthday":
        editor.birthday_edit.setText(text)
        label = editor.birthday_message
    elif widget == "name":
        editor.name_edit.setText(text)
        label = editor.name_message
    else:
        field = editor.sensitive["id_number"]
        field.change_button.click()
        field.edit.setText(text)
        label = field.message
    assert not label.isHidden()
    assert message in label.text()
    assert "Traceback" not in label.text() and "ValidationError" not in label.text()
    assert not editor.save()


def test_only_changed_fields_are_sent(ctx: AppContext, zhang: int, qtbot) -> None:  # noqa: ANN001
    editor = open_editor(ctx, qtbot, zhang)
    assert editor.changes() == {}
    editor.phones.edits()[0].setText("+86 138-0013-8000")  # the same number written differently
    editor.company_edit.setText("星辰贸易")
    assert editor.changes() == {}
    assert not editor.has_unsaved_changes()
    editor.tags.remove_tag("VIP")
    editor.custom.table.item(0, 1).setText("B")
    assert editor.changes() == {"tags": [], "custom.客户等级": "B"}


def test_history_shows_old_and_new_and_a_change_can_be_undone(ctx: AppContext, owner: Session, zhang: int, qtbot) -> None:  # noqa: ANN001
    customers.update_customer(owner, zhang, {"company": "月亮贸易", "title": "经理"})
    editor = open_editor(ctx, qtbot, zhang)
    editor.tabs.setCurrentWidget(editor.history_tab)
    groups = editor.history_tab.group_items()
    assert len(groups) == 2  # the edit (newest first) and the creation
    edit = groups[0]
    assert "Changed 2 fields" in edit.text(1)
    rows = {edit.child(i).text(0): (edit.child(i).text(1), edit.child(i).text(2)) for i in range(edit.childCount())}
    assert rows == {"Company": ("星辰贸易", "月亮贸易"), "Job title": ("—", "经理")}
    creation = groups[1]
    assert "Created" in creation.text(1)
    assert editor.history_tab.tree.itemWidget(creation, 3) is None  # a creation cannot be undone
    id_row = [creation.child(i) for i in range(creation.childCount()) if creation.child(i).text(0) == "ID card number"]
    assert id_row and id_row[0].text(2) == "1101**********002X"  # masked in the history, too
    undo = editor.history_tab.tree.itemWidget(edit, 3)
    with qtbot.waitSignal(editor.saved, timeout=5000):
        undo.click()
    c = customers.get_customer(owner, zhang).customer
    assert (c.company, c.title) == ("星辰贸易", "")
    assert editor.company_edit.text() == "星辰贸易"
    groups = editor.history_tab.group_items()
    assert "Undid an earlier change" in groups[0].text(1)
    assert "undone later" in groups[1].text(1)
    assert editor.history_tab.tree.itemWidget(groups[1], 3) is None


# --- sensitive values ------------------------------------------------------------------------------------------------
def test_reveal_of_a_sensitive_field_is_logged(ctx: AppContext, owner: Session, zhang: int, qtbot) -> None:  # noqa: ANN001
    editor = open_editor(ctx, qtbot, zhang)
    field = editor.sensitive["id_number"]
    assert field.edit.text() == "1101**********002X"
    assert field.edit.isReadOnly()
    assert not field.reveal_button.isHidden()
    assert audit.list_entries(owner, action="reveal", customer_id=zhang) == []
    field.reveal_button.click()
    qtbot.waitUntil(lambda: field.edit.text() == ID_NUMBER)
    entries = audit.list_entries(owner, action="reveal", customer_id=zhang)
    assert len(entries) == 1 and entries[0].fields == ("id_number",)
    assert field.reveal_button.text() == "Hide"
    field.reveal_button.click()  # hide again: no new log entry
    assert field.edit.text() == "1101**********002X"
    assert len(audit.list_entries(owner, action="reveal", customer_id=zhang)) == 1
    assert not editor.has_unsaved_changes()
    # the access history tab shows it, with translated action names
    editor.tabs.setCurrentWidget(editor.access_tab)
    table = editor.access_tab.table
    qtbot.waitUntil(lambda: table.rowCount() >= 2)
    actions = [table.item(r, 2).text() for r in range(table.rowCount())]
    assert "Show sensitive information" in actions and "View customer" in actions


def test_copy_puts_a_concealed_value_on_the_clipboard_and_clears_it(ctx: AppContext, owner: Session, zhang: int,  # noqa: ANN001
                                                                    qtbot) -> None:
    ctx.clipboard.seconds = 1
    editor = open_editor(ctx, qtbot, zhang)
    clipboard = QGuiApplication.clipboard()
    clipboard.clear()
    editor.sensitive["bank_account"].copy_button.click()
    qtbot.waitUntil(lambda: clipboard.text() == "6222021001123456789")
    mime = clipboard.mimeData(QClipboard.Mode.Clipboard)
    for fmt in CONCEALED_HINTS:
        assert mime.hasFormat(fmt), fmt
    assert "cleared from the clipboard in 1 second" in editor.banner.text()
    copies = audit.list_entries(owner, action="copy", customer_id=zhang)
    reveals = audit.list_entries(owner, action="reveal", customer_id=zhang)
    assert [e.fields for e in copies] == [("bank_account",)]
    assert [e.fields for e in reveals] == [("bank_account",)]
    qtbot.waitUntil(lambda: clipboard.text() == "", timeout=4000)
    # a phone is copied as digits, also logged
    editor.phones._rows[0].copy.click()
    qtbot.waitUntil(lambda: clipboard.text() == "13800138000")
    assert [e.fields for e in audit.list_entries(owner, action="copy", customer_id=zhang)][0] == ("phones",)


def test_changing_a_sensitive_value_needs_the_whole_new_value(ctx: AppContext, owner: Session, zhang: int, qtbot) -> None:  # noqa: ANN001
    editor = open_editor(ctx, qtbot, zhang)
    field = editor.sensitive["bank_account"]
    field.change_button.click()
    assert not field.edit.isReadOnly() and field.edit.text() == ""
    field.edit.setText("6217 0000 1111 2222")
    assert editor.changes() == {"bank_account": "6217 0000 1111 2222"}
    field.change_button.click()  # keep the stored value after all
    assert editor.changes() == {}
    field.change_button.click()
    field.edit.setText("6217 0000 1111 2222")
    with qtbot.waitSignal(editor.saved, timeout=5000):
        editor.save()
    revealed = customers.get_customer(owner, zhang, reveal=["bank_account"]).customer
    assert [s.value for s in revealed.sensitive.values() if s.kind.value == "bank_account"] == ["6217000011112222"]
    assert field.edit.text() == "**** **** **** 2222"


def test_staff_without_the_reveal_grant_sees_masks_only(ctx: AppContext, access: VaultAccess, owner: Session,  # noqa: ANN001
                                                        zhang: int, qtbot) -> None:
    users.add_user(owner, "小李", Role.STAFF, "another fine passphrase 10")
    staff = access.unlock("小李", "another fine passphrase 10")
    try:
        ctx.holder.set(staff)
        editor = open_editor(ctx, qtbot, zhang)
        field = editor.sensitive["id_number"]
        assert editor.can_edit
        assert field.reveal_button.isHidden() and field.copy_button.isHidden()
        assert not field.change_button.isHidden()  # staff may still replace the value
        editor.tabs.setCurrentWidget(editor.access_tab)
        qtbot.waitUntil(lambda: "only your own" in editor.access_tab.note.text())
        editor.close_without_asking()
    finally:
        ctx.runner.wait_idle()
        staff.lock()


def test_viewer_sees_a_note_instead_of_the_access_history(ctx: AppContext, access: VaultAccess, owner: Session,  # noqa: ANN001
                                                          zhang: int, qtbot) -> None:
    users.add_user(owner, "viewer", Role.VIEWER, "look but do not touch 77")
    viewer = access.unlock("viewer", "look but do not touch 77")
    try:
        ctx.holder.set(viewer)
        editor = open_editor(ctx, qtbot, zhang)
        assert editor.name_edit.isReadOnly() and editor.company_edit.isReadOnly()
        assert not editor.owner_combo.isEnabled()
        assert editor.tags.input.isHidden()
        assert editor.sensitive["id_number"].reveal_button.isHidden()
        assert editor.history_tab.tree.itemWidget(editor.history_tab.group_items()[0], 3) is None
        editor.tabs.setCurrentWidget(editor.access_tab)
        qtbot.waitUntil(lambda: "cannot see the access log" in editor.access_tab.note.text())
        assert editor.access_tab.table.isHidden()
        editor.close_without_asking()
    finally:
        ctx.runner.wait_idle()
        viewer.lock()


# --- purchases, follow-ups, consents -----------------------------------------------------------------------------------
def test_purchases_follow_ups_and_consents(ctx: AppContext, owner: Session, zhang: int, qtbot,  # noqa: ANN001
                                           answers: dict[str, list[str]]) -> None:
    editor = open_editor(ctx, qtbot, zhang)
    rows_changed: list[dict[str, object]] = []
    editor.row_changed.connect(lambda _cid, values: rows_changed.append(values))
    tab = editor.purchases_tab
    assert tab.summary.text() == "No purchases recorded yet."
    tab.amount.setText("abc")
    tab.add()
    assert "as a number" in tab.message.text()
    tab.amount.setText("368.5")
    tab.items.setText("西湖龙井茶礼盒 ×1")
    tab.channel.setEditText("In store")
    tab.add()
    qtbot.waitUntil(lambda: tab.table.rowCount() == 1)
    assert "1 purchase," in tab.summary.text()
    stored = customers.get_customer(owner, zhang).purchases
    assert len(stored) == 1 and str(stored[0].amount) == "368.50" and stored[0].channel == "门店"
    assert rows_changed and rows_changed[-1]["last_purchase"] == stored[0].date

    fu = editor.follow_ups_tab
    fu.add()
    assert "Content" in fu.message.text()  # content is required
    fu.kind.setEditText("Visit")
    fu.content.setPlainText("拜访客户，介绍新品")
    fu.has_next.setChecked(True)
    fu.add()
    qtbot.waitUntil(lambda: fu.table.rowCount() == 1)
    assert "Next contact planned" in fu.summary.text()
    follow = customers.get_customer(owner, zhang).follow_ups[0]
    assert follow.kind == "拜访" and follow.next_contact_date is not None

    co = editor.consents_tab
    co.purpose.setCurrentIndex(co.purpose.findData("marketing"))
    co.add()
    qtbot.waitUntil(lambda: co.table.rowCount() == 1)
    assert co.table.item(0, 3).text() == "Active"
    co.table.selectRow(0)
    assert co.withdraw_button.isEnabled()
    co.withdraw()
    qtbot.waitUntil(lambda: co.table.item(0, 3).text().startswith("Withdrawn on"))
    assert answers["confirm"] and "Marketing messages" in answers["confirm"][-1]
    assert customers.get_customer(owner, zhang).consents[0].withdrawn_at is not None


# --- closing -------------------------------------------------------------------------------------------------------------
def test_closing_with_unsaved_changes_asks(ctx: AppContext, owner: Session, zhang: int, qtbot,  # noqa: ANN001
                                           answers: dict[str, list[str]]) -> None:
    editor = open_editor(ctx, qtbot, zhang)
    editor.company_edit.setText("Cancelled Ltd")
    answers["unsaved"][0] = "cancel"
    editor.close()
    assert editor.isVisible()
    assert answers["asked"] == ["Save the changes to this customer before closing?"]
    answers["unsaved"][0] = "save"
    editor.close()
    qtbot.waitUntil(lambda: not isValid(editor), timeout=5000)
    assert customers.get_customer(owner, zhang).customer.company == "Cancelled Ltd"


def test_discard_closes_without_saving(ctx: AppContext, owner: Session, zhang: int, qtbot) -> None:  # noqa: ANN001
    editor = open_editor(ctx, qtbot, zhang)
    editor.company_edit.setText("Discarded Ltd")
    editor.reject()  # Esc
    qtbot.waitUntil(lambda: not isValid(editor))
    ctx.runner.wait_idle()
    assert customers.get_customer(owner, zhang).customer.company == "星辰贸易"


def test_the_editor_closes_on_lock_and_keeps_nothing(ctx: AppContext, zhang: int, qtbot,  # noqa: ANN001
                                                     answers: dict[str, list[str]]) -> None:
    editor = open_editor(ctx, qtbot, zhang)
    field = editor.sensitive["id_number"]
    field.reveal_button.click()
    qtbot.waitUntil(lambda: field.edit.text() == ID_NUMBER)
    editor.company_edit.setText("unsaved")
    ctx.holder.set(None)  # lock
    qtbot.waitUntil(lambda: not isValid(editor))
    assert answers["asked"] == []  # the main window asks before locking; the editor just closes


def test_saving_an_unknown_problem_shows_a_message_not_an_exception(ctx: AppContext, owner: Session, zhang: int,  # noqa: ANN001
                                                                   qtbot) -> None:
    editor = open_editor(ctx, qtbot, zhang)
    customers.delete_customer(owner, zhang)  # meanwhile, someone moved it to the recycle bin
    editor.company_edit.setText("late edit")
    editor.save()
    qtbot.waitUntil(lambda: editor.banner.isVisible() and "recycle bin" in editor.banner.text())
    assert editor.has_unsaved_changes()  # nothing lost: the edit is still there


def test_a_customer_in_the_recycle_bin_opens_read_only(ctx: AppContext, owner: Session, zhang: int, qtbot) -> None:  # noqa: ANN001
    customers.delete_customer(owner, zhang)
    editor = open_editor(ctx, qtbot, zhang)
    assert editor.name_edit.isReadOnly()
    assert "recycle bin" in editor.banner.text()
    assert not editor.save()
    assert Qt.WidgetAttribute.WA_DeleteOnClose and editor.testAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
