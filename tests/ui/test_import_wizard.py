"""The import wizard and the Import / Export page (issue 4 item 5).

* End to end on tests/data/import fixtures (a GB18030 CRM sheet, an Apple vCard): expected counts,
  the customers present afterwards, the report files.
* A mapping change is reflected in the preview (as stored: normalized phones).
* Cancel imports nothing; undo from the page removes the imported customers.
* Viewers have no page; qtmodeltester on every model of the wizard and the page; screenshots.
"""

from __future__ import annotations

import csv
import json
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QVBoxLayout, QWidget

from app.services import customers, imports
from app.services.access import VaultAccess
from app.services.session import Session
from app.ui.app_context import AppContext
from app.ui.itemmodels.import_preview_model import (
    FlagsRole,
    ImportsListModel,
    PreviewModel,
    ProblemsModel,
)
from app.ui.pages.import_wizard import ImportWizard
from app.ui.pages.transfer_page import TransferPage
from app.ui.task_runner import TaskRunner
from app.ui.widgets import prompts
from app.ui.widgets.message_banner import Level
from tests.conftest import STAFF, STAFF_PASS, VIEWER, VIEWER_PASS

DATA = Path(__file__).resolve().parents[1] / "data" / "import"
SHOTS = Path("/tmp/shots")


class Host(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.banners: list[tuple[str, Level]] = []
        self.errors: list[BaseException] = []
        QVBoxLayout(self).setContentsMargins(0, 0, 0, 0)

    def show_banner(self, text: str, level: Level) -> None:
        self.banners.append((text, level))

    def show_error(self, error: BaseException) -> None:
        self.errors.append(error)


@pytest.fixture
def runner(owner: Session) -> Iterator[TaskRunner]:
    task_runner = TaskRunner()
    yield task_runner
    task_runner.wait_idle()
    task_runner.shutdown()


@pytest.fixture
def ctx(access: VaultAccess, runner: TaskRunner, tmp_path: Path) -> AppContext:
    return AppContext(access=access, runner=runner,
                      settings=QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))


def settle(qtbot, runner: TaskRunner) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: not runner.busy, timeout=20_000)


def open_wizard(qtbot, ctx: AppContext, session: Session, path: Path) -> ImportWizard:  # type: ignore[no-untyped-def]
    wizard = ImportWizard(ctx, session)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.set_file(path)
    assert wizard.file_page.isComplete()
    return wizard


def step(qtbot, wizard: ImportWizard, expected: int) -> None:  # type: ignore[no-untyped-def]
    assert wizard.button(wizard.WizardButton.NextButton if expected != ImportWizard.RUN
                         else wizard.WizardButton.CommitButton).isEnabled()
    wizard.next()
    assert wizard.currentId() == expected
    settle(qtbot, wizard.ctx.runner)
    qtbot.waitUntil(lambda: not wizard.loading, timeout=20_000)


def names(session: Session) -> set[str]:
    return {r.name for r in customers.list_customers(session, limit=1000).rows}


def grab(widget: QWidget, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    assert widget.grab().save(str(SHOTS / name))


def test_gb18030_crm_sheet_end_to_end(qtbot, qtmodeltester, ctx: AppContext, owner: Session,  # type: ignore[no-untyped-def]
                                      tmp_path: Path) -> None:
    wizard = open_wizard(qtbot, ctx, owner, DATA / "gb18030_crm.csv")
    step(qtbot, wizard, ImportWizard.LAYOUT)
    assert wizard.layout_page.encoding_combo.currentData() == "gb18030"
    assert wizard.layout_page.raw.rowCount() > 0
    grab(wizard, "import_layout.png")

    step(qtbot, wizard, ImportWizard.MAPPING)
    page = wizard.mapping_page
    qtmodeltester.check(page.preview_model, force_py=True)
    headers = wizard.preview_data.headers  # type: ignore[union-attr]
    assert page.combos[headers.index("手机")].currentData() == "phones"
    keys = page.preview_model.field_keys()
    assert "phones" in keys and "company" in keys
    # as stored: the mobile in E.164, the ID number masked even here
    first = [page.preview_model.index(0, c).data() for c in range(page.preview_model.columnCount())]
    assert "+8613800138000" in " ".join(first) and "刘䶮" in first
    assert "11010519491231002X" not in " ".join(str(v) for v in first)
    grab(wizard, "import_mapping.png")

    step(qtbot, wizard, ImportWizard.PROBLEMS)
    problems = wizard.problems_page.model
    qtmodeltester.check(problems, force_py=True)
    assert problems.rowCount() >= 2 and any(p.reason == "checksum" for p in problems.problems())
    assert "2 with values flagged" in wizard.problems_page.counts.text()
    grab(wizard, "import_problems.png")

    step(qtbot, wizard, ImportWizard.MATCH)
    assert "3 new" in wizard.match_page.counts.text() and "2 skipped" in wizard.match_page.counts.text()
    assert customers.count_customers(owner) == 0  # dry runs save nothing
    grab(wizard, "import_match.png")

    with qtbot.waitSignal(wizard.imported, timeout=20_000) as done:
        wizard.next()
    report = done.args[0]
    assert (report.imported, report.updated, report.flagged, report.rejected, report.skipped) == (3, 0, 2, 0, 2)
    qtbot.waitUntil(lambda: wizard.currentId() == ImportWizard.REPORT)
    assert {"刘䶮", "张𠀀", "王小明"} <= names(owner)
    assert "3 new" in wizard.report_page.summary.text()
    qtmodeltester.check(wizard.report_page.model, force_py=True)
    grab(wizard, "import_report.png")

    out = tmp_path / "report.json"
    with qtbot.waitSignal(wizard.saved, timeout=5000):
        wizard.save_report(out)
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["imported"] == 3 and data["skipped"] == 2 and data["import_id"] == report.import_id


def test_delimiter_override_refreshes_the_preview(qtbot, ctx: AppContext, owner: Session,  # type: ignore[no-untyped-def]
                                                  tmp_path: Path) -> None:
    path = tmp_path / "semicolon.csv"
    path.write_text("姓名;手机,备注\n张三;13800138000,老客户\n李四;13900139000,新\n", encoding="utf-8")
    wizard = open_wizard(qtbot, ctx, owner, path)
    step(qtbot, wizard, ImportWizard.LAYOUT)
    page = wizard.layout_page
    assert page.delimiter_combo.isEnabled() and page.delimiter_combo.currentData() == ","
    assert not page.other_delimiter.isEnabled()
    assert page.raw.horizontalHeaderItem(0).text() == "姓名;手机"

    with qtbot.waitSignal(wizard.preview_loaded, timeout=20_000) as loaded:
        page.delimiter_combo.setCurrentIndex(page.delimiter_combo.findData(";"))
    assert loaded.args[0].delimiter == ";" and loaded.args[0].headers == ["姓名", "手机,备注"]
    qtbot.waitUntil(lambda: page.raw.columnCount() == 2 and page.raw.item(1, 0).text() == "李四")
    assert page.delimiter_combo.currentData() == ";"

    with qtbot.assertNotEmitted(wizard.preview_loaded, wait=200):  # no character yet: nothing to do
        page.delimiter_combo.setCurrentIndex(page.delimiter_combo.findData("other"))
    assert page.other_delimiter.isEnabled()
    page.other_delimiter.setText('"')  # not a delimiter: a warning, the preview stays
    assert page.banner.isVisible()
    with qtbot.waitSignal(wizard.preview_loaded, timeout=20_000) as loaded:
        page.other_delimiter.setText(",")
    assert loaded.args[0].headers == ["姓名;手机", "备注"] and not page.banner.isVisible()
    grab(wizard, "import_layout_delimiter.png")

    with qtbot.waitSignal(wizard.preview_loaded, timeout=20_000):
        page.delimiter_combo.setCurrentIndex(page.delimiter_combo.findData(";"))
    step(qtbot, wizard, ImportWizard.MAPPING)
    assert wizard.options(on_match="skip", dry_run=True).delimiter == ";"
    assert wizard.targets[:1] == ["name"]


def test_an_unusual_detected_delimiter_shows_as_other(qtbot, ctx: AppContext, owner: Session,  # type: ignore[no-untyped-def]
                                                     tmp_path: Path) -> None:
    path = tmp_path / "hash.csv"
    path.write_text("sep=#\n姓名#手机\n张三#13800138000\n", encoding="utf-8")
    wizard = open_wizard(qtbot, ctx, owner, path)
    step(qtbot, wizard, ImportWizard.LAYOUT)
    page = wizard.layout_page
    assert page.delimiter_combo.currentData() == "other" and page.other_delimiter.text() == "#"
    assert page.other_delimiter.isEnabled() and page.raw.columnCount() == 2
    with qtbot.waitSignal(wizard.preview_loaded, timeout=20_000) as loaded:
        page.delimiter_combo.setCurrentIndex(page.delimiter_combo.findData(","))
    assert loaded.args[0].headers == ["姓名#手机"] and page.other_delimiter.text() == ""


def test_match_step_lists_fuzzy_matches_with_their_reasons(qtbot, qtmodeltester, ctx: AppContext,  # type: ignore[no-untyped-def]
                                                          owner: Session, tmp_path: Path) -> None:
    existing = customers.create_customer(owner, {"name": "张伟", "company": "杭州优品汽车服务有限公司",
                                                 "birthday": "1985-03-12"})
    path = tmp_path / "fuzzy.csv"
    path.write_text("姓名,公司,生日\n張偉,杭州优品汽车服务有限公司,1985-03-12\n王芳,,\n", encoding="utf-8")
    wizard = open_wizard(qtbot, ctx, owner, path)
    for page in (ImportWizard.LAYOUT, ImportWizard.MAPPING, ImportWizard.PROBLEMS, ImportWizard.MATCH):
        step(qtbot, wizard, page)
    qtbot.waitUntil(lambda: "1 skipped" in wizard.match_page.counts.text(), timeout=20_000)
    page = wizard.match_page
    assert page.matches.isVisible() and page.matches_model.rowCount() == 1
    qtmodeltester.check(page.matches_model, force_py=True)
    text = page.matches_model.index(0, ProblemsModel.COL_REASON).data()
    assert text.startswith("Probably the same person as an existing customer.") and "alike:" in text
    assert page.matches_model.index(0, ProblemsModel.COL_REASON).data(Qt.ItemDataRole.ToolTipRole) in text
    grab(wizard, "import_match_fuzzy.png")
    with qtbot.waitSignal(wizard.imported, timeout=20_000) as done:
        wizard.next()
    report = done.args[0]
    assert (report.imported, report.skipped) == (1, 1) and report.rows[0].match["customer_id"] == existing


def test_vcard_end_to_end_with_update_policy(qtbot, ctx: AppContext, owner: Session) -> None:  # type: ignore[no-untyped-def]
    customers.create_customer(owner, {"name": "王芳", "phones": ["13800138002"]})
    wizard = open_wizard(qtbot, ctx, owner, DATA / "apple_30.vcf")
    step(qtbot, wizard, ImportWizard.LAYOUT)
    assert wizard.preview_data is not None and wizard.preview_data.format == "vcard"
    assert not wizard.layout_page.delimiter_combo.isEnabled()
    step(qtbot, wizard, ImportWizard.MAPPING)
    step(qtbot, wizard, ImportWizard.PROBLEMS)
    step(qtbot, wizard, ImportWizard.MATCH)
    assert "1 new" in wizard.match_page.counts.text() and "1 skipped" in wizard.match_page.counts.text()
    wizard.match_page.buttons["update"].setChecked(True)
    qtbot.waitUntil(lambda: "1 updated" in wizard.match_page.counts.text(), timeout=20_000)
    with qtbot.waitSignal(wizard.imported, timeout=20_000) as done:
        wizard.next()
    report = done.args[0]
    assert (report.imported, report.updated, report.rejected) == (1, 1, 0)
    assert names(owner) == {"王芳", "John Smith"}
    wang = next(r for r in customers.list_customers(owner, limit=10).rows if r.name == "王芳")
    assert customers.get_customer(owner, wang.id).customer.company == "苹果树咨询"


def test_mapping_change_is_reflected_in_the_preview(qtbot, ctx: AppContext, owner: Session) -> None:  # type: ignore[no-untyped-def]
    wizard = open_wizard(qtbot, ctx, owner, DATA / "gb18030_crm.csv")
    step(qtbot, wizard, ImportWizard.LAYOUT)
    step(qtbot, wizard, ImportWizard.MAPPING)
    page = wizard.mapping_page
    headers = wizard.preview_data.headers  # type: ignore[union-attr]
    assert "wechat" in page.preview_model.field_keys()
    # 微信号 → not imported: the WeChat column disappears from the preview
    with qtbot.waitSignal(wizard.preview_loaded, timeout=20_000):
        page.set_target(headers.index("微信号"), "")
    assert "wechat" not in page.preview_model.field_keys()
    # 手机 → a custom field: the phone is no longer normalized, it is stored as typed
    with qtbot.waitSignal(wizard.preview_loaded, timeout=20_000):
        page.set_target(headers.index("手机"), "custom:手机")
    assert "custom.手机" in page.preview_model.field_keys()
    col = 2 + page.preview_model.field_keys().index("custom.手机")
    assert page.preview_model.index(0, col).data() == "13800138000"
    assert wizard.targets[headers.index("手机")] == "custom:手机"


def test_flagged_cells_carry_their_reason(qtbot, ctx: AppContext, owner: Session, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "bad.csv"
    path.write_text("姓名,手机,邮箱\n张三,123,zhang@example.com\n李四,13800138000,not-an-email\n", encoding="utf-8")
    wizard = open_wizard(qtbot, ctx, owner, path)
    step(qtbot, wizard, ImportWizard.LAYOUT)
    step(qtbot, wizard, ImportWizard.MAPPING)
    model = wizard.mapping_page.preview_model
    phone_col = 2 + model.field_keys().index("phones")
    assert model.index(0, phone_col).data(FlagsRole)
    assert model.index(0, 1).data() == "Needs review"
    assert model.index(0, phone_col).data(Qt.ItemDataRole.ToolTipRole)


def test_cancel_imports_nothing(qtbot, ctx: AppContext, owner: Session) -> None:  # type: ignore[no-untyped-def]
    wizard = open_wizard(qtbot, ctx, owner, DATA / "gb18030_crm.csv")
    for page_id in (ImportWizard.LAYOUT, ImportWizard.MAPPING, ImportWizard.PROBLEMS, ImportWizard.MATCH):
        step(qtbot, wizard, page_id)
    gate = threading.Event()
    ctx.runner.run(gate.wait, 10)  # hold the vault thread so Cancel lands before the import runs
    with qtbot.waitSignal(wizard.cancelled, timeout=20_000):
        wizard.next()
        assert wizard.currentId() == ImportWizard.RUN and wizard.running
        grab(wizard, "import_running.png")
        wizard.run_page.cancel_button.click()
        gate.set()
    assert wizard.report is None and not wizard.running
    assert "Nothing was imported" in wizard.run_page.status.text()
    assert customers.count_customers(owner) == 0 and imports.list_imports(owner) == []


def test_bad_file_shows_a_message_not_a_traceback(qtbot, ctx: AppContext, owner: Session,  # type: ignore[no-untyped-def]
                                                  tmp_path: Path) -> None:
    path = tmp_path / "empty.csv"
    path.write_bytes(b"")
    wizard = open_wizard(qtbot, ctx, owner, path)
    wizard.next()
    settle(qtbot, ctx.runner)
    banner = wizard.layout_page.banner
    assert banner.isVisible() and banner.level is Level.ERROR
    assert "Traceback" not in banner._label.text() and banner._label.text()
    assert not wizard.layout_page.isComplete()


def test_templates_saved_and_applied(qtbot, ctx: AppContext, owner: Session) -> None:  # type: ignore[no-untyped-def]
    wizard = open_wizard(qtbot, ctx, owner, DATA / "gb18030_crm.csv")
    step(qtbot, wizard, ImportWizard.LAYOUT)
    step(qtbot, wizard, ImportWizard.MAPPING)
    page = wizard.mapping_page
    headers = wizard.preview_data.headers  # type: ignore[union-attr]
    with qtbot.waitSignal(wizard.preview_loaded, timeout=20_000):
        page.set_target(headers.index("客户类型"), "source")
    wizard.save_template("我的CRM")
    settle(qtbot, ctx.runner)
    assert imports.list_templates(owner)["我的CRM"]["客户类型"] == "source"
    assert page.template_combo.findData("我的CRM") >= 0
    with qtbot.waitSignal(wizard.preview_loaded, timeout=20_000):
        page.set_target(headers.index("客户类型"), "tags")
    page.template_combo.setCurrentIndex(page.template_combo.findData("我的CRM"))
    with qtbot.waitSignal(wizard.preview_loaded, timeout=20_000):
        page.apply_template()
    assert wizard.targets[headers.index("客户类型")] == "source"


# --- the page ---------------------------------------------------------------------------------------
def open_page(qtbot, ctx: AppContext, session: Session) -> tuple[Host, TransferPage]:  # type: ignore[no-untyped-def]
    host = Host()
    page = TransferPage(ctx, host)
    host.layout().addWidget(page)
    qtbot.addWidget(host)
    host.resize(980, 600)
    host.show()
    page.activate(session)
    settle(qtbot, ctx.runner)
    return host, page


def test_page_lists_imports_and_undoes_one(qtbot, monkeypatch, ctx: AppContext,  # type: ignore[no-untyped-def]
                                           owner: Session, tmp_path: Path) -> None:
    imports.run_import(owner, DATA / "apple_30.vcf")
    imports.run_import(owner, DATA / "gb18030_crm.csv")
    host, page = open_page(qtbot, ctx, owner)
    assert page.page_id() == "transfer" and page.title() == "Import / Export"
    tester = QAbstractItemModelTester(page.model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    assert tester is not None and page.model.rowCount() == 2
    texts = {page.model.index(r, 0).data() for r in range(2)}
    assert texts == {"apple_30.vcf", "gb18030_crm.csv"}
    assert not page.undo_button.isEnabled()
    row = next(r for r in range(2) if page.model.index(r, 0).data() == "gb18030_crm.csv")
    assert "3 new" in page.model.index(row, ImportsListModel.COL_COUNTS).data()
    page.view.selectRow(row)
    assert page.undo_button.isEnabled()
    grab(host, "import_page.png")

    asked: list[str] = []
    monkeypatch.setattr(prompts, "confirm", lambda _p, _t, text, _ok: asked.append(text) or False)
    page.undo_button.click()
    assert asked and customers.count_customers(owner) == 5  # declined: nothing undone
    monkeypatch.setattr(prompts, "confirm", lambda *_a: True)
    with qtbot.waitSignal(page.undone, timeout=20_000) as done:
        page.undo_button.click()
    assert done.args[0].deleted == 3
    settle(qtbot, ctx.runner)
    assert names(owner) == {"王芳", "John Smith"}
    row = next(r for r in range(2) if page.model.index(r, 0).data() == "gb18030_crm.csv")
    assert page.model.index(row, 0).data(ImportsListModel.UndoneRole) is True
    assert page.model.index(row, ImportsListModel.COL_STATUS).data().startswith("Undone")
    page.view.selectRow(row)
    assert not page.undo_button.isEnabled()
    assert any("Import undone: 3 customers removed" in t for t, _l in host.banners)


def test_wizard_from_the_page_refreshes_the_list(qtbot, ctx: AppContext, owner: Session) -> None:  # type: ignore[no-untyped-def]
    host, page = open_page(qtbot, ctx, owner)
    assert page.model.rowCount() == 0 and page.empty_label.text() == "No imports yet."
    wizard = page.open_import_wizard()
    assert wizard is not None
    wizard.set_file(DATA / "apple_30.vcf")
    for page_id in (ImportWizard.LAYOUT, ImportWizard.MAPPING, ImportWizard.PROBLEMS, ImportWizard.MATCH):
        step(qtbot, wizard, page_id)
    with qtbot.waitSignal(page.imports_loaded, timeout=20_000):
        wizard.next()
    assert page.model.rowCount() == 1
    assert any("2 new" in t and lvl is Level.SUCCESS for t, lvl in host.banners)
    page.deactivate()
    assert page.model.rowCount() == 0 and page.wizard is None


def test_rejected_rows_file(qtbot, ctx: AppContext, owner: Session, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    wizard = open_wizard(qtbot, ctx, owner, DATA / "zoho.csv")
    for page_id in (ImportWizard.LAYOUT, ImportWizard.MAPPING, ImportWizard.PROBLEMS, ImportWizard.MATCH):
        step(qtbot, wizard, page_id)
    with qtbot.waitSignal(wizard.imported, timeout=20_000):
        wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() == ImportWizard.REPORT)
    assert wizard.report_page.rejected_button.isEnabled()
    out = tmp_path / "rejected.csv"
    with qtbot.waitSignal(wizard.saved, timeout=20_000):
        wizard.save_rejected_rows(out)
    rows = list(csv.reader(out.read_text(encoding="utf-8-sig").splitlines()))
    assert rows[0][:2] == ["row", "reason"] and len(rows) == 2


def test_viewer_has_no_page_and_staff_without_export_grant_cannot_export(
        qtbot, ctx: AppContext, access: VaultAccess, team: Session) -> None:  # type: ignore[no-untyped-def]
    viewer = access.unlock(VIEWER, VIEWER_PASS)
    staff = access.unlock(STAFF, STAFF_PASS)
    try:
        assert not TransferPage.available_for(viewer)
        assert TransferPage.available_for(staff) and TransferPage.available_for(team)
        _host, page = open_page(qtbot, ctx, staff)
        assert page.import_button.isEnabled()
        assert not page.export_button.isEnabled() and not page.dsar_button.isEnabled()
        assert "may not export" in page.export_note.text()
    finally:
        ctx.runner.wait_idle()
        viewer.lock()
        staff.lock()


def test_models_pass_qtmodeltester_empty_and_filled(qtmodeltester, owner: Session) -> None:  # type: ignore[no-untyped-def]
    for model in (PreviewModel(), ProblemsModel(), ImportsListModel()):
        qtmodeltester.check(model, force_py=True)
    imports.run_import(owner, DATA / "apple_30.vcf")
    history = ImportsListModel()
    qtmodeltester.check(history, force_py=True)
    history.set_records(imports.list_imports(owner))
    assert history.rowCount() == 1 and history.index(0, 0).data() == "apple_30.vcf"
    preview = PreviewModel()
    qtmodeltester.check(preview, force_py=True)
    preview.set_rows(imports.preview(owner, DATA / "gb18030_crm.csv").rows)
    assert preview.rowCount() == 5
    problems = ProblemsModel()
    problems.set_entries([imports.RowEntry(3, "rejected", [("", "no_identity")]),
                          imports.RowEntry(4, "imported", [("phone", "invalid")], 7)])
    qtmodeltester.check(problems, force_py=True)
    assert problems.index(0, ProblemsModel.COL_REASON).data() == "No name, company, phone, email or WeChat ID."
    similar = {"customer_id": 1, "by": "similar", "score": 0.7,
               "reasons": [{"code": "same_name", "params": {}}, {"code": "different_birthday", "params": {}}]}
    problems.set_entries([imports.RowEntry(5, "imported", [("", "possible_duplicate")], 8, similar),
                          imports.RowEntry(6, "skipped", [("", "matches_existing")], 1,
                                           {"customer_id": 1, "by": "phone"})])
    qtmodeltester.check(problems, force_py=True)
    first = problems.index(0, ProblemsModel.COL_REASON).data()
    assert first.startswith("Imported as new, but may be the same person") and first.endswith("70% alike: "
                                                                                               + first.split("alike: ")[1])
    assert problems.index(1, ProblemsModel.COL_REASON).data() == "Same mobile or email as an existing customer."
