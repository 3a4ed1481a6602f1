"""The access-log page and its model (PRODUCT.md §7, SECURITY.md roles table), plus the icon set.

* AccessLogModel: qtmodeltester (empty, loaded, after a filter reset), lazy keyset paging through
  the task runner, stale pages dropped, newer entries prepended, no customer value in any cell.
* AccessLogPage: filters (action, user, customer id, date range), chain status (intact, broken
  after tampering, truncated), staff see their own entries and no verification, viewers have no
  page, Export… writes the CSV, show_customer(), lock drops everything; a screenshot.
* The icon set: every icon loads and parses; the frozen-bundle directory wins.
* zh_CN.accesslog.json translates every text of the access-log UI, keeping its placeholders.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QDateTime, QModelIndex, QSettings, Qt, QTime, QTimeZone
from PySide6.QtGui import QImage, QShowEvent
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QApplication, QFileDialog, QPushButton, QVBoxLayout, QWidget

from app.models.errors import PermissionDenied, StorageError
from app.services import audit, customers
from app.services.access import VaultAccess
from app.services.session import Session
from app.ui import icons
from app.ui.app_context import AppContext
from app.ui.itemmodels.access_log_model import (
    AccessLogModel,
    LogFilter,
    detail_summary,
    field_text,
    local_datetime,
    local_time_text,
)
from app.ui.pages.access_log_page import ANY_DATE, AccessLogPage, ChainState
from app.ui.task_runner import TaskRunner
from app.ui.widgets.message_banner import Level
from tests.conftest import OWNER, STAFF, STAFF_PASS, VIEWER, VIEWER_PASS

ROOT = Path(__file__).resolve().parents[2]
M = AccessLogModel


# --- fixtures and helpers ------------------------------------------------------------------------
class Host(QWidget):
    """Stands in for the main window: records the banners and errors a page reports."""

    def __init__(self) -> None:
        super().__init__()
        self.banners: list[tuple[str, Level]] = []
        self.errors: list[BaseException] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

    def show_banner(self, text: str, level: Level) -> None:
        self.banners.append((text, level))

    def show_error(self, error: BaseException) -> None:
        self.errors.append(error)


@pytest.fixture
def runner(owner: Session) -> Iterator[TaskRunner]:
    """Depends on the owner session so that it is shut down before the session is locked."""
    task_runner = TaskRunner()
    yield task_runner
    task_runner.wait_idle()
    task_runner.shutdown()


@pytest.fixture
def ctx(access: VaultAccess, runner: TaskRunner, tmp_path: Path) -> AppContext:
    settings = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    return AppContext(access=access, runner=runner, settings=settings)


@pytest.fixture
def staff(access: VaultAccess, team: Session, runner: TaskRunner) -> Iterator[Session]:
    session = access.unlock(STAFF, STAFF_PASS)
    yield session
    runner.wait_idle()
    session.lock()


@pytest.fixture
def viewer(access: VaultAccess, team: Session, runner: TaskRunner) -> Iterator[Session]:
    session = access.unlock(VIEWER, VIEWER_PASS)
    yield session
    runner.wait_idle()
    session.lock()


def settle(qtbot, runner: TaskRunner) -> None:  # type: ignore[no-untyped-def]
    """Wait until every queued vault job has run and its result reached the GUI thread."""
    qtbot.waitUntil(lambda: not runner.busy, timeout=20_000)


def open_page(qtbot, ctx: AppContext, session: Session, *, page_size: int = 200,  # type: ignore[no-untyped-def]
              size: tuple[int, int] = (1000, 640)) -> tuple[Host, AccessLogPage]:
    host = Host()
    page = AccessLogPage(ctx, host, page_size=page_size)
    host.layout().addWidget(page)
    qtbot.addWidget(host)
    host.resize(*size)
    host.show()
    page.activate(session)
    settle(qtbot, ctx.runner)
    return host, page


def column(model: AccessLogModel, role: int, col: int = 0) -> list[object]:
    return [model.index(r, col).data(role) for r in range(model.rowCount())]


def make_views(session: Session, count: int, name: str = "客户") -> list[int]:
    """`count` access-log entries ("view"), quickly: the audit head is written once at the end."""
    cids = [customers.create_customer(session, {"name": name + str(i)}) for i in range(3)]
    interval = session.audit_head_interval
    session.audit_head_interval = 3600.0
    try:
        for i in range(count):
            customers.get_customer(session, cids[i % len(cids)])
    finally:
        session.audit_head_interval = interval
        session.after_commit(force=True)
    return cids


def fetch_all(qtbot, model: AccessLogModel, runner: TaskRunner) -> int:  # type: ignore[no-untyped-def]
    pages = 0
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
        settle(qtbot, runner)
        pages += 1
    return pages


# --- the model -----------------------------------------------------------------------------------
def test_model_passes_qtmodeltester_empty_loaded_and_after_filter_reset(
        qtbot, qtmodeltester, qtlog, owner: Session, runner: TaskRunner) -> None:  # type: ignore[no-untyped-def]
    make_views(owner, 60)
    model = AccessLogModel(runner, page_size=25)
    qt_tester = QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Warning)
    # Checks the empty model now, then again on every reset/insert signal: after loading, after
    # each page, after each filter reset and after clear() (pytest-qt's tester re-runs itself).
    qtmodeltester.check(model, force_py=True)
    assert model.rowCount() == 0 and not model.canFetchMore(QModelIndex())

    model.set_session(owner)
    settle(qtbot, runner)
    assert model.rowCount() == 25

    model.fetchMore(QModelIndex())
    settle(qtbot, runner)
    assert model.rowCount() == 50

    model.set_filter(LogFilter(action="view"))
    settle(qtbot, runner)
    assert model.rowCount() == 25 and set(column(model, M.ActionRole)) == {"view"}

    model.set_filter(LogFilter())
    settle(qtbot, runner)
    fetch_all(qtbot, model, runner)
    assert model.rowCount() == len(audit.list_entries(owner, limit=1000))
    model.clear()
    assert model.rowCount() == 0
    assert qt_tester is not None
    failures = [r.message for r in qtlog.records if "FAIL" in r.message]
    assert failures == []


def test_model_columns_roles_and_no_customer_values(qtbot, owner: Session, runner: TaskRunner) -> None:  # type: ignore[no-untyped-def]
    marker_name, marker_phone = "标记姓名甲乙", "13912345678"
    cid = customers.create_customer(owner, {"name": marker_name, "phones": [marker_phone], "notes": "备注内容"})
    customers.get_customer(owner, cid)
    customers.log_copy(owner, cid, "phones")
    customers.update_customer(owner, cid, {"notes": "新的备注"})
    model = AccessLogModel(runner)
    model.set_session(owner)
    settle(qtbot, runner)

    entries = audit.list_entries(owner, limit=1000)
    assert model.rowCount() == len(entries)
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers == ["#", "Time", "User", "Action", "Customer", "Fields", "Details"]
    assert column(model, M.IdRole) == [e.seq for e in entries]
    assert column(model, M.IdRole, M.COL_DETAILS) == [e.seq for e in entries], "roles work in every column"
    assert column(model, M.CustomerIdRole) == [e.customer_id for e in entries]
    assert column(model, M.ActionRole) == [e.action for e in entries]
    assert column(model, M.TimestampRole) == [e.at for e in entries]
    assert column(model, M.UserIdRole) == [e.user_id for e in entries]
    assert column(model, Qt.ItemDataRole.DisplayRole, M.COL_SEQ) == [str(e.seq) for e in entries]

    by_action = {model.index(r, 0).data(M.ActionRole): r for r in reversed(range(model.rowCount()))}

    def cell(action: str, col: int) -> str:
        return str(model.index(by_action[action], col).data())

    assert cell("copy", M.COL_ACTION) == "Copy"
    assert cell("copy", M.COL_CUSTOMER) == "#" + str(cid)
    assert cell("copy", M.COL_FIELDS) == "Phone"
    assert cell("edit", M.COL_FIELDS) == "Notes"
    assert cell("view", M.COL_ACTION) == "View customer"
    assert cell("view", M.COL_USER) == OWNER
    assert cell("view", M.COL_FIELDS) == ""
    assert cell("create", M.COL_FIELDS).startswith("Name")
    assert "via passphrase" in cell("create_vault", M.COL_DETAILS)
    assert model.index(0, M.COL_CUSTOMER).data(Qt.ItemDataRole.TextAlignmentRole) is not None
    time_tip = model.index(0, M.COL_TIME).data(Qt.ItemDataRole.ToolTipRole)
    assert entries[0].at in time_tip

    shown = [
        str(model.index(r, c).data(role))
        for r in range(model.rowCount()) for c in range(model.columnCount())
        for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole)
    ]
    for value in (marker_name, marker_phone, marker_phone[-8:], "备注内容", "新的备注"):
        assert not any(value in text for text in shown), value
    assert model.flags(model.index(0, 0)) & Qt.ItemFlag.ItemIsEditable == Qt.ItemFlag.NoItemFlags
    assert model.data(model.index(model.rowCount(), 0)) is None
    assert model.headerData(99, Qt.Orientation.Horizontal) is None


def test_lazy_paging_fetches_every_page_in_keyset_order(qtbot, owner: Session,  # type: ignore[no-untyped-def]
                                                        runner: TaskRunner) -> None:
    make_views(owner, 320)
    expected = [e.seq for e in audit.list_entries(owner, limit=10_000)]
    assert len(expected) > 300
    model = AccessLogModel(runner, page_size=100)
    inserted: list[tuple[int, int]] = []
    model.rowsInserted.connect(lambda _parent, first, last: inserted.append((first, last)))

    model.set_session(owner)
    assert model.loading, "the first page is requested at once, off the GUI thread"
    assert model.rowCount() == 0
    settle(qtbot, runner)
    assert model.rowCount() == 100 and model.canFetchMore(QModelIndex()) and not model.exhausted

    model.fetchMore(QModelIndex())
    model.fetchMore(QModelIndex())  # ignored while a page is on its way
    settle(qtbot, runner)
    assert model.rowCount() == 200

    pages = fetch_all(qtbot, model, runner)
    assert pages == (len(expected) - 200 + 99) // 100
    assert model.exhausted and not model.canFetchMore(QModelIndex())
    assert column(model, M.IdRole) == expected, "every entry once, newest first"
    assert inserted[0] == (0, 99) and inserted[1] == (100, 199)


def test_stale_pages_are_dropped(qtbot, owner: Session, runner: TaskRunner) -> None:  # type: ignore[no-untyped-def]
    make_views(owner, 5)
    model = AccessLogModel(runner)
    model.set_session(owner)
    start = model.generation
    model.set_filter(LogFilter(action="view"))
    model.set_filter(LogFilter(action="create"))  # the two earlier queries are still running
    assert model.generation == start + 2
    settle(qtbot, runner)
    assert column(model, M.ActionRole) == ["create", "create", "create"]

    model.set_filter(LogFilter(action="view"))
    model.clear()  # locked while the page was loading
    settle(qtbot, runner)
    assert model.rowCount() == 0 and not model.canFetchMore(QModelIndex())


def test_newer_entries_are_prepended_without_reset(qtbot, owner: Session, runner: TaskRunner) -> None:  # type: ignore[no-untyped-def]
    cids = make_views(owner, 3)
    model = AccessLogModel(runner)
    model.set_session(owner)
    settle(qtbot, runner)
    before = column(model, M.IdRole)
    resets: list[int] = []
    model.modelReset.connect(lambda: resets.append(1))
    customers.get_customer(owner, cids[0])
    customers.get_customer(owner, cids[1])
    model.load_newer()
    settle(qtbot, runner)
    after = column(model, M.IdRole)
    assert after[2:] == before and after[:2] == [before[0] + 2, before[0] + 1]
    assert resets == []


def test_viewer_gets_no_entries_even_through_the_model(qtbot, viewer: Session,  # type: ignore[no-untyped-def]
                                                       runner: TaskRunner) -> None:
    model = AccessLogModel(runner)
    with qtbot.waitSignal(model.load_failed, timeout=10_000) as blocker:
        model.set_session(viewer)
    assert isinstance(blocker.args[0], PermissionDenied)
    settle(qtbot, runner)
    assert model.rowCount() == 0 and not model.canFetchMore(QModelIndex())


def test_detail_summaries_are_short_translated_and_allow_listed() -> None:
    names = {2: "小王"}
    assert detail_summary("unlock", {"via": "keyring"}, names) == "via keyring"
    assert detail_summary("unlock", {"via": "recovery_key"}, names) == "via recovery key"
    assert detail_summary("consent_add", {"purpose": "marketing"}, names) == "purpose: marketing"
    assert detail_summary("user_add", {"user": 2, "role": "staff"}, names) == "user: 小王 · role: staff"
    assert detail_summary("audit_verify", {"ok": False, "count": 7}, names) == "chain broken · entries: 7"
    assert detail_summary("export", {"what": "access_log", "count": 3}, names) == "access log · entries: 3"
    assert detail_summary("import", {"source": "demo", "customers": 5}, names) == (
        "source: sample data · customers: 5")
    assert detail_summary("edit", {"group": "9f00aa", "name": "张三", "phone": "13800138000"}, names) == ""
    assert detail_summary("unlock_failed", {"at": "not a time", "method": "passphrase"}, names) == "via passphrase"
    assert field_text("phones") == "Phone" and field_text("custom.会员卡") == "会员卡 (custom field)"


def test_times_are_shown_in_local_time() -> None:
    moment = local_datetime("2024-03-05T10:00:00Z")
    assert moment.isValid()
    assert moment.toUTC() == QDateTime(QDate(2024, 3, 5), QTime(10, 0), QTimeZone.utc())
    assert moment.timeSpec() == Qt.TimeSpec.LocalTime
    assert local_time_text("2024-03-05T10:00:00Z").endswith(moment.time().toString("HH:mm:ss"))
    assert local_time_text("garbage") == "garbage"


# --- the page ------------------------------------------------------------------------------------
def test_page_identity_and_who_may_see_it(qtbot, ctx: AppContext, team: Session, staff: Session,  # type: ignore[no-untyped-def]
                                          viewer: Session) -> None:
    page = AccessLogPage(ctx)
    qtbot.addWidget(page)
    assert page.page_id() == "access_log"
    assert page.title() == "Access log"
    assert not page.icon().isNull()
    assert AccessLogPage.available_for(team)
    assert AccessLogPage.available_for(staff)
    assert not AccessLogPage.available_for(viewer)


def test_owner_filters_by_action_user_customer_and_dates(qtbot, ctx: AppContext, team: Session,  # type: ignore[no-untyped-def]
                                                         staff: Session) -> None:
    first, second, _third = make_views(team, 6)
    clock = team.clock
    try:
        team.clock = lambda: "2023-03-10T12:00:00Z"
        customers.get_customer(team, first)
        team.clock = lambda: "2023-03-20T12:00:00Z"
        customers.get_customer(team, second)
    finally:
        team.clock = clock
    customers.get_customer(staff, second)
    _host, page = open_page(qtbot, ctx, team)
    model = page.model

    # action
    page._action_combo.setCurrentIndex(page._action_combo.findData("view"))
    page.apply_filters()
    settle(qtbot, ctx.runner)
    assert set(column(model, M.ActionRole)) == {"view"}
    assert model.rowCount() == len(audit.list_entries(team, action="view", limit=1000))
    assert page._action_combo.currentText() == "View customer"

    # user (the combo lists every user once their names have loaded)
    page.clear_filters()
    settle(qtbot, ctx.runner)
    user_combo = page._user_combo
    assert user_combo.isEnabled()
    assert [user_combo.itemText(i) for i in range(user_combo.count())][0] == "All users"
    assert {OWNER, STAFF, VIEWER} <= {user_combo.itemData(i) for i in range(user_combo.count())}
    user_combo.setCurrentIndex(user_combo.findData(STAFF))
    page.apply_filters()
    settle(qtbot, ctx.runner)
    assert model.rowCount() > 0 and set(column(model, M.UserIdRole)) == {staff.user.id}

    # customer id (typed with or without #); bad input means "any"
    page.clear_filters()
    page._customer_edit.setText("#" + str(second))
    page.apply_filters()
    settle(qtbot, ctx.runner)
    assert model.rowCount() > 0 and set(column(model, M.CustomerIdRole)) == {second}
    assert page._scope.isVisibleTo(page) and page._scope_text.text() == "Access history of customer #" + str(second)
    page._customer_edit.setText("abc")
    assert page.current_filter().customer_id is None
    page._customer_edit.setText("0")
    assert page.current_filter().customer_id is None

    # date range: each end may be "any"; "any" opens the calendar at today's month, not in 2000
    page.clear_filters()
    assert page._from_edit.text() == "any" and page._to_edit.text() == "any"
    calendar = page._from_edit.calendarWidget()
    calendar.setCurrentPage(2000, 1)
    QApplication.sendEvent(calendar, QShowEvent())
    assert (calendar.yearShown(), calendar.monthShown()) == (QDate.currentDate().year(), QDate.currentDate().month())
    page._from_edit.setDate(QDate(2023, 3, 5))
    page._to_edit.setDate(QDate(2023, 3, 15))
    page.apply_filters()
    settle(qtbot, ctx.runner)
    assert column(model, M.TimestampRole) == ["2023-03-10T12:00:00Z"]
    page._to_edit.setDate(ANY_DATE)
    page._from_edit.setDate(QDate(2023, 3, 15))
    page.apply_filters()
    settle(qtbot, ctx.runner)
    times = column(model, M.TimestampRole)
    assert "2023-03-20T12:00:00Z" in times and "2023-03-10T12:00:00Z" not in times
    page._from_edit.setDate(ANY_DATE)
    page._to_edit.setDate(QDate(2023, 3, 15))
    page.apply_filters()
    settle(qtbot, ctx.runner)
    assert column(model, M.TimestampRole) == ["2023-03-10T12:00:00Z"]
    page._from_edit.setDate(QDate(2023, 3, 25))
    page.apply_filters()
    settle(qtbot, ctx.runner)
    assert model.rowCount() == 0 and page._footer.text() == "No entries match these filters."

    # widgets apply by themselves after a short pause
    page.clear_filters()
    settle(qtbot, ctx.runner)
    with qtbot.waitSignal(page.filters_applied, timeout=5_000) as blocker:
        page._action_combo.setCurrentIndex(page._action_combo.findData("unlock"))
    assert blocker.args[0].action == "unlock"
    settle(qtbot, ctx.runner)
    assert set(column(model, M.ActionRole)) == {"unlock"}


def test_chain_status_intact_then_broken_after_tampering(qtbot, ctx: AppContext, owner: Session) -> None:  # type: ignore[no-untyped-def]
    make_views(owner, 10)
    _host, page = open_page(qtbot, ctx, owner)
    assert page.chain_state == ChainState.OK
    verified = [e for e in audit.list_entries(owner, action="audit_verify", limit=10)]
    assert len(verified) == 1, "verified once on activation"
    count = verified[0].detail["count"]
    assert page.chain_text() == f"Verified: {count} entries, chain intact"
    assert page._verify_button.isVisibleTo(page)
    assert page.model.index(0, 0).data(M.ActionRole) == "audit_verify", "the verification shows up in the list"

    target = next(e.seq for e in audit.list_entries(owner, action="view", limit=5))
    ctx.runner.wait_idle()
    owner.con.execute("DROP TRIGGER access_log_no_update")
    owner.con.execute("UPDATE access_log SET action = 'lock' WHERE seq = ?", (target,))

    with qtbot.waitSignal(page.chain_checked, timeout=10_000) as blocker:
        qtbot.mouseClick(page._verify_button, Qt.MouseButton.LeftButton)
    assert blocker.args[0].broken_at == target
    assert page.chain_state == ChainState.BROKEN
    assert page.chain_text().startswith(f"Broken at entry {target}:")
    assert page._status.property("state") == ChainState.BROKEN
    settle(qtbot, ctx.runner)
    assert page._verify_button.isEnabled()
    tinted = [r for r in range(page.model.rowCount())
              if page.model.index(r, M.COL_ACTION).data(Qt.ItemDataRole.BackgroundRole) is not None]
    assert [page.model.index(r, 0).data(M.IdRole) for r in tinted] == [target], "the broken entry is marked"
    assert page.model.index(0, M.COL_DETAILS).data() .startswith("chain broken")


def test_chain_status_truncated_log(qtbot, ctx: AppContext, owner: Session) -> None:  # type: ignore[no-untyped-def]
    make_views(owner, 10)
    head = audit.list_entries(owner, limit=1)[0].seq
    ctx.runner.wait_idle()
    owner.con.execute("DROP TRIGGER access_log_no_delete")
    owner.con.execute("DELETE FROM access_log WHERE seq > ?", (head - 3,))
    _host, page = open_page(qtbot, ctx, owner)
    assert page.chain_state == ChainState.TRUNCATED
    assert page.chain_text().startswith(f"Broken at entry {head - 2}:")
    assert "truncated" in page.chain_text()


def test_staff_see_only_their_own_entries_and_no_verification(qtbot, ctx: AppContext, team: Session,  # type: ignore[no-untyped-def]
                                                              staff: Session) -> None:
    cids = make_views(team, 5)
    customers.get_customer(staff, cids[0])
    customers.get_customer(staff, cids[1])
    before = audit.list_entries(team, limit=1)[0].seq
    _host, page = open_page(qtbot, ctx, staff)

    assert page.chain_state == ChainState.UNAVAILABLE
    assert page.chain_text().startswith("Verification is available to the owner")
    assert not page._verify_button.isVisibleTo(page)
    page.verify()
    assert page.chain_state == ChainState.UNAVAILABLE
    assert not page._user_combo.isEnabled() and page._user_combo.currentText() == STAFF
    own = audit.list_entries(staff, limit=1000)
    assert column(page.model, M.IdRole) == [e.seq for e in own]
    assert set(column(page.model, M.UserIdRole)) == {staff.user.id}
    assert page.model.rowCount() >= 3  # unlock + two views
    assert [e for e in audit.list_entries(team, limit=100) if e.seq > before and e.action == "audit_verify"] == []


def test_export_button_writes_the_filtered_log(qtbot, ctx: AppContext, owner: Session, tmp_path: Path,  # type: ignore[no-untyped-def]
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    cids = make_views(owner, 8, name="导出标记")
    host, page = open_page(qtbot, ctx, owner)
    target = tmp_path / "out.csv"
    asked: list[str] = []

    def fake_dialog(*args: object) -> tuple[str, str]:
        asked.append(str(args[2]))
        return str(tmp_path / "out"), "CSV files (*.csv)"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(fake_dialog))
    page._action_combo.setCurrentIndex(page._action_combo.findData("view"))
    page.apply_filters()
    settle(qtbot, ctx.runner)
    with qtbot.waitSignal(page.exported, timeout=10_000) as blocker:
        qtbot.mouseClick(page._export_button, Qt.MouseButton.LeftButton)
    count, path = blocker.args
    assert asked and asked[0].endswith(".csv")
    assert path == str(target), "a name without suffix gets .csv"
    assert count == 8 == page.model.rowCount()
    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    lines = raw.decode("utf-8-sig").splitlines()
    assert lines[0] == "Entry,Time,User,Action,Customer number,Fields,Details"
    assert len(lines) == 9 and all(",View customer," in line for line in lines[1:])
    assert "导出标记" not in raw.decode("utf-8-sig")
    assert {int(line.split(",")[4]) for line in lines[1:]} == set(cids)
    assert re.match(r"\d+,\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2},", lines[1]), "local time a spreadsheet reads"
    settle(qtbot, ctx.runner)
    assert host.banners and host.banners[-1][1] is Level.SUCCESS and str(target) in host.banners[-1][0]
    logged = audit.list_entries(owner, limit=1)[0]
    assert logged.action == "export" and logged.detail == {"what": "access_log", "count": 8}
    assert ctx.settings.value("access_log/export_dir") == str(tmp_path)

    page.export_to(str(tmp_path / "missing folder" / "x.csv"))
    settle(qtbot, ctx.runner)
    assert host.errors and isinstance(host.errors[-1], StorageError)
    assert page._export_button.isEnabled()


def test_show_customer_history(qtbot, ctx: AppContext, owner: Session) -> None:  # type: ignore[no-untyped-def]
    cids = make_views(owner, 9)
    _host, page = open_page(qtbot, ctx, owner)
    page._action_combo.setCurrentIndex(page._action_combo.findData("unlock"))
    page._from_edit.setDate(QDate(2001, 1, 1))
    page.apply_filters()
    settle(qtbot, ctx.runner)

    page.show_customer(cids[1])
    settle(qtbot, ctx.runner)
    assert page._action_combo.currentData() is None and page._from_edit.date() == ANY_DATE
    assert page.current_filter() == LogFilter(customer_id=cids[1])
    assert set(column(page.model, M.CustomerIdRole)) == {cids[1]}
    assert set(column(page.model, M.ActionRole)) == {"create", "view"}
    assert page._scope.isVisibleTo(page)

    show_all = next(b for b in page._scope.findChildren(QPushButton) if b.text() == "Show all entries")
    qtbot.mouseClick(show_all, Qt.MouseButton.LeftButton)
    settle(qtbot, ctx.runner)
    assert not page._scope.isVisibleTo(page) and page._customer_edit.text() == ""
    assert len(set(column(page.model, M.CustomerIdRole))) > 2

    # the selected row's customer, from the button under the table
    row = column(page.model, M.CustomerIdRole).index(cids[2])
    page.view.setCurrentIndex(page.model.index(column(page.model, M.CustomerIdRole).index(None), 0))
    assert not page._history_button.isEnabled(), "the selected entry names no customer"
    page.view.setCurrentIndex(page.model.index(row, M.COL_ACTION))
    assert page._history_button.isEnabled()
    qtbot.mouseClick(page._history_button, Qt.MouseButton.LeftButton)
    settle(qtbot, ctx.runner)
    assert set(column(page.model, M.CustomerIdRole)) == {cids[2]}


def test_lock_drops_rows_and_status(qtbot, ctx: AppContext, owner: Session) -> None:  # type: ignore[no-untyped-def]
    make_views(owner, 3)
    _host, page = open_page(qtbot, ctx, owner)
    assert page.model.rowCount() > 0 and page.chain_state == ChainState.OK
    page.deactivate()
    assert page.model.rowCount() == 0 and not page.model.canFetchMore(QModelIndex())
    assert page.chain_state == ChainState.UNKNOWN and page._user_combo.count() == 0
    assert page._footer.text() == ""
    page.activate(owner)
    settle(qtbot, ctx.runner)
    assert page.model.rowCount() > 0 and page.chain_state == ChainState.OK


def test_screenshot_with_about_fifty_entries(qtbot, ctx: AppContext, team: Session,  # type: ignore[no-untyped-def]
                                             staff: Session) -> None:
    cids = [customers.create_customer(team, {"name": n, "phones": [p]})
            for n, p in (("张三", "13800138000"), ("李四", "13912345678"), ("王五", "13700001111"))]
    for i in range(30):
        customers.get_customer(team, cids[i % 3])
    customers.update_customer(team, cids[0], {"notes": "VIP", "emails": ["zhang@example.com"]})
    customers.log_copy(team, cids[1], "phones")
    customers.add_consent(team, cids[2], "marketing")
    customers.delete_customer(team, cids[2])
    customers.undelete_customer(team, cids[2])
    for cid in cids:
        customers.get_customer(staff, cid)
    _host, page = open_page(qtbot, ctx, team, size=(1000, 620))
    assert 45 <= page.model.rowCount() <= 60
    shots = Path("/tmp/shots")
    shots.mkdir(parents=True, exist_ok=True)
    image = page.window().grab()
    assert image.save(str(shots / "access_log.png"))
    assert QImage(str(shots / "access_log.png")).width() == 1000


# --- icons ---------------------------------------------------------------------------------------
def test_every_icon_loads_and_parses(qtbot) -> None:  # type: ignore[no-untyped-def]
    folder = ROOT / "resources" / "icons"
    assert {p.stem for p in folder.glob("*.svg")} == set(icons.ICON_NAMES)
    try:
        from PySide6.QtSvg import QSvgRenderer
    except ImportError:  # pragma: no cover - QtSvg ships with pyside6-essentials
        QSvgRenderer = None  # type: ignore[assignment,misc]  # noqa: N806
    for name in icons.ICON_NAMES:
        path = icons.icon_path(name)
        assert path is not None and path.parent == folder
        text = path.read_text("utf-8")
        assert 'viewBox="0 0 24 24"' in text, name
        if name != "app":
            assert 'stroke="#444"' in text and 'fill="none"' in text, name
        ico = icons.icon(name)
        assert not ico.isNull(), name
        assert not ico.pixmap(24, 24).isNull(), name
        assert icons.icon(name) is ico, "cached"
        if QSvgRenderer is not None:
            renderer = QSvgRenderer(str(path))
            assert renderer.isValid(), name
            assert renderer.viewBox().width() == 24 and renderer.viewBox().height() == 24
        else:  # pragma: no cover
            assert not QImage(str(path)).isNull(), name
        image = ico.pixmap(48, 48).toImage()
        assert any(image.pixelColor(x, y).alpha() > 0 for x in range(48) for y in range(48)), name + " draws"


def test_unknown_icons_and_the_frozen_bundle(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert icons.icon("no-such-icon").isNull()
    with pytest.raises(ValueError):
        icons.icon_path("no-such-icon")
    bundle_icons = tmp_path / "resources" / "icons"
    bundle_icons.mkdir(parents=True)
    shutil.copy(ROOT / "resources" / "icons" / "lock.svg", bundle_icons / "lock.svg")
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert icons.icon_directories()[0] == bundle_icons
    assert icons.icon_path("lock") == bundle_icons / "lock.svg"
    assert icons.icon_path("unlock") == ROOT / "resources" / "icons" / "unlock.svg"


# --- translations --------------------------------------------------------------------------------
PLACEHOLDER_RE = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*\}|%L?n|%L?[0-9]+")


def test_zh_cn_accesslog_json_translates_every_text(tmp_path: Path) -> None:
    import PySide6

    lupdate = Path(PySide6.__file__).parent / "lupdate"
    if not lupdate.is_file():  # pragma: no cover
        pytest.skip("lupdate not available")
    sources = [ROOT / "app" / "ui" / "pages" / "access_log_page.py",
               ROOT / "app" / "ui" / "itemmodels" / "access_log_model.py", ROOT / "app" / "ui" / "icons.py"]
    ts = tmp_path / "accesslog.ts"
    subprocess.run([str(lupdate), "-silent", "-extensions", "py", "-locations", "none",
                    *map(str, sources), "-ts", str(ts)], check=True, cwd=ROOT, timeout=120)
    import xml.etree.ElementTree as ET

    texts = {m.findtext("source") or "" for m in ET.parse(ts).getroot().iter("message")}
    assert len(texts) > 60
    table = json.loads((ROOT / "resources" / "i18n" / "zh_CN.accesslog.json").read_text("utf-8"))
    assert sorted(texts - set(table)) == [], "texts without a Chinese translation"
    assert sorted(set(table) - texts) == [], "translations nothing uses"
    for source, chinese in table.items():
        assert isinstance(chinese, str) and chinese.strip(), source
        assert set(PLACEHOLDER_RE.findall(chinese)) == set(PLACEHOLDER_RE.findall(source)), source
        if re.search(r"[A-Za-z]{3}", source) and source not in ("CSV files (*.csv)", "UTC: {time}"):
            assert re.search(r"[\u4e00-\u9fff]", chinese), source
    assert table["Verify"] == "验证" and "已验证" in table["Verified: {count} entries, chain intact"]
    assert "链条断裂" in table["chain broken"] and table["Access log"] == "访问日志"
