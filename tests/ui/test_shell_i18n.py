"""The shell in Chinese: every UI text of the shell has a translation in
`resources/i18n/zh_CN.shell.json` (placeholders kept), and switching the language in the settings
retranslates the open window at once. Screenshots of the Chinese wizard, login and settings pages
go to /tmp/shots for a visual check.

The lead regenerates `clientvault_zh_CN.ts` from the code and the JSON files; until then these tests
build a temporary .qm from the shell's sources (lupdate), the JSON and the committed zh_CN .ts
(for the error messages), with the lupdate/lrelease that ship with PySide6.
"""

from __future__ import annotations

import json
import re
import subprocess
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import PySide6
import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QWizard

from app.i18n import translator
from app.services.access import VaultAccess
from app.ui.pages.settings_page import LANGUAGE_KEY
from tests.conftest import OWNER, OWNER_PASS
from tests.ui import test_shell as shell
from tests.ui.test_shell import WAIT, settings_page, shot, unlock, wait_login

# The shell's fixtures, shared (pytest finds fixtures by module attribute).
make_window = shell.make_window
_pages = shell._pages

ROOT = Path(__file__).resolve().parents[2]
I18N = ROOT / "resources" / "i18n"
SHELL_JSON = I18N / "zh_CN.shell.json"
SHELL_SOURCES = [
    "app/ui/main_window.py",
    "app/ui/pages/first_run_wizard.py",
    "app/ui/pages/login_page.py",
    "app/ui/pages/settings_page.py",
    "app/ui/widgets/strength_meter.py",
    "app/ui/error_dialogs.py",
    "app/ui/emergency_kit.py",
]
PLACEHOLDER_RE = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*\}|%L?n|%L?[0-9]+")


def _tool(name: str) -> str:
    return str(Path(PySide6.__file__).parent / name)


def _shell_ts(directory: Path) -> Path:
    ts = directory / "shell_zh_CN.ts"
    subprocess.run([_tool("lupdate"), "-silent", "-extensions", "py", "-no-obsolete", "-locations", "none",
                    "-source-language", "en", "-target-language", "zh_CN",
                    *[str(ROOT / s) for s in SHELL_SOURCES], "-ts", str(ts)], check=True, cwd=ROOT)
    return ts


def _fill(ts: Path) -> list[str]:
    """Write the JSON's translations into `ts`; returns the sources that have none."""
    data = json.loads(SHELL_JSON.read_text(encoding="utf-8"))
    contexts = data.pop("@contexts", {})
    tree = ET.parse(ts)
    missing = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            text = contexts.get(name, {}).get(source, data.get(source))
            if text is None:
                missing.append(name + ": " + source)
                continue
            translation = message.find("translation")
            assert translation is not None
            translation.attrib.pop("type", None)
            if message.get("numerus") == "yes":
                for child in list(translation):
                    translation.remove(child)
                ET.SubElement(translation, "numerusform").text = text
            else:
                translation.text = text
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    return missing


@pytest.fixture(scope="module")
def zh_qm_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    directory = tmp_path_factory.mktemp("qm")
    ts = _shell_ts(directory)
    assert _fill(ts) == []
    subprocess.run([_tool("lrelease"), "-silent", str(I18N / "clientvault_zh_CN.ts"), str(ts),
                    "-qm", str(directory / "clientvault_zh_CN.qm")], check=True, cwd=ROOT)
    return directory


@pytest.fixture
def chinese_available(zh_qm_dir: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    monkeypatch.setattr(translator, "translation_directories", lambda: [zh_qm_dir])
    yield zh_qm_dir
    QLocale.setDefault(QLocale("en_US"))


def test_every_shell_text_has_a_chinese_translation(tmp_path: Path) -> None:
    ts = _shell_ts(tmp_path)
    assert _fill(ts) == []
    data = json.loads(SHELL_JSON.read_text(encoding="utf-8"))
    data.pop("@contexts", None)
    for source, text in data.items():
        assert set(PLACEHOLDER_RE.findall(source)) == set(PLACEHOLDER_RE.findall(text)), source
        assert text.strip(), source


def test_language_switch_retranslates_the_window(qtbot, make_window, access: VaultAccess,  # type: ignore[no-untyped-def]
                                                 chinese_available: Path) -> None:
    session, _key = access.create(OWNER, OWNER_PASS)
    session.lock()
    window = make_window(access)
    unlock(qtbot, window, OWNER, OWNER_PASS)
    page = settings_page(qtbot, window)
    assert window.windowTitle() == "ClientVault" and page.tabs.tabText(0) == "Users"
    page.tabs.setCurrentWidget(page.preferences_tab)
    index = page.language.findData("zh_CN")
    page.language.setCurrentIndex(index)
    page.language.activated.emit(index)
    qtbot.waitUntil(lambda: window.windowTitle() == "客户保险箱", timeout=WAIT)
    assert window.ctx.settings.value(LANGUAGE_KEY) == "zh_CN"
    assert page.tabs.tabText(0) == "用户" and page.tabs.tabText(2) == "偏好设置"
    row = window.pages.index(page)
    assert window.nav.item(row).text() == "用户与设置"
    assert window.lock_action.text() == "锁定(&L)"
    assert "所有者" in window.user_status.text()
    assert page.save_button.text() == "保存设置"
    assert page.region.itemText(0).startswith("中国大陆")
    shot(window, "settings-preferences-zh.png")
    page.tabs.setCurrentWidget(page.users_tab)
    assert "（您）" in page.table.item(0, 0).text()
    shot(window, "settings-users-zh.png")
    page.tabs.setCurrentWidget(page.account_tab)
    shot(window, "settings-account-zh.png")
    assert window.lock("manual")
    wait_login(qtbot, window)
    login = window.login
    assert login.unlock_button.text() == "解锁(&U)"
    assert login.forgot_button.text() == "忘记密码？使用恢复密钥"
    login.passphrase.setText("wrong passphrase")
    login.unlock_button.click()
    qtbot.waitUntil(lambda: login.error.isVisibleTo(login), timeout=WAIT)
    assert "密码" in login.error.text()  # the error messages are Chinese too
    shot(window, "login-zh.png")

    # back to English without restarting
    unlock(qtbot, window, OWNER, OWNER_PASS)
    page = settings_page(qtbot, window)
    index = page.language.findData("en")
    page.language.setCurrentIndex(index)
    page.language.activated.emit(index)
    qtbot.waitUntil(lambda: window.windowTitle() == "ClientVault", timeout=WAIT)
    assert page.tabs.tabText(0) == "Users"


def test_first_run_wizard_in_chinese(qtbot, make_window, access: VaultAccess,  # type: ignore[no-untyped-def]
                                     chinese_available: Path) -> None:
    window = make_window(access)
    qtbot.waitUntil(lambda: window.wizard is not None, timeout=WAIT)
    wizard = window.wizard
    welcome = wizard.welcome
    index = welcome.language.findData("zh_CN")
    welcome.language.setCurrentIndex(index)
    welcome.language.activated.emit(index)
    qtbot.waitUntil(lambda: welcome.title() == "欢迎使用客户保险箱", timeout=WAIT)
    assert welcome.language.itemText(0) == "跟随系统语言"
    shot(window, "wizard-1-welcome-zh.png")
    wizard.next()
    owner = wizard.owner
    owner.name_edit.setText("王老板")
    owner.passphrase.setText("abc12345")
    owner.confirm.setText("abc12345")
    qtbot.waitUntil(lambda: owner.meter.score >= 0, timeout=WAIT)
    assert "不能用作所有者密码" in owner.meter.describe()
    shot(window, "wizard-2-owner-weak-zh.png")
    owner.passphrase.setText(OWNER_PASS)
    owner.confirm.setText(OWNER_PASS)
    qtbot.waitUntil(owner.isComplete, timeout=WAIT)
    assert owner.meter.describe().startswith("强度：")
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.key_page, timeout=WAIT)
    assert wizard.key_page.title() == "您的恢复密钥"
    shot(window, "wizard-3-recovery-key-zh.png")
    wizard.key_page.confirm_box.setChecked(True)
    wizard.next()
    first, second = wizard.confirm_page.expected()
    assert wizard.confirm_page.first_label.text().startswith("第 ")
    wizard.confirm_page.first.setText(first)
    wizard.confirm_page.second.setText(second)
    shot(window, "wizard-4-confirm-zh.png")
    wizard.next()
    shot(window, "wizard-5-sample-zh.png")
    wizard.button(QWizard.WizardButton.FinishButton).click()
    qtbot.waitUntil(lambda: window.root.currentWidget() is window.workspace, timeout=WAIT)
    assert window.banner.text() == "您的保险箱已就绪。"


def test_menu_bar_after_language_switch(qtbot, make_window, access: VaultAccess,  # type: ignore[no-untyped-def]
                                        chinese_available: Path) -> None:
    session, _key = access.create(OWNER, OWNER_PASS)
    session.lock()
    window = make_window(access)
    unlock(qtbot, window, OWNER, OWNER_PASS)
    page = settings_page(qtbot, window)
    index = page.language.findData("zh_CN")
    page.language.setCurrentIndex(index)
    page.language.activated.emit(index)
    qtbot.waitUntil(lambda: window.windowTitle() == "客户保险箱", timeout=WAIT)
    bar = window.menuBar()
    qtbot.waitUntil(lambda: bar.height() >= bar.sizeHint().height(), timeout=WAIT)  # no "»" overflow
    assert all(bar.actionGeometry(a).bottom() < bar.height() for a in bar.actions())
