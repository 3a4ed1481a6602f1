"""Cheap checks of the packaging recipes (issue #8); the real build, install and installed selftest
run in `.ci/package`. The PyInstaller spec parses and keeps the GTK theme out, the desktop entry and
MIME type are valid and agree, there is one version, the notices cover every runtime dependency."""

from __future__ import annotations

import configparser
import importlib.util
import re
import shutil
import subprocess
import sys
import tomllib
import types
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest

import app
from app import cli

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"


class _Recorder:
    """Stands in for PyInstaller's spec globals (Analysis, EXE …) and records their arguments."""

    calls: list[tuple[str, tuple[Any, ...], dict[str, Any]]] = []

    def __init__(self, kind: str) -> None:
        self.kind = kind

    def __call__(self, *args: Any, **kwargs: Any) -> types.SimpleNamespace:
        self.calls.append((self.kind, args, kwargs))
        return types.SimpleNamespace(
            binaries=[("PySide6/Qt/plugins/platformthemes/libqgtk3.so", "/x/libqgtk3.so", "BINARY"),
                      ("PySide6/Qt/plugins/platformthemes/libqxdgdesktopportal.so", "/x/p.so", "BINARY"),
                      ("PySide6/Qt/plugins/platforms/libqxcb.so", "/x/libqxcb.so", "BINARY"),
                      ("libgtk-3.so.0", "/usr/lib/libgtk-3.so.0", "BINARY"),
                      ("libgdk_pixbuf-2.0.so.0", "/usr/lib/libgdk_pixbuf-2.0.so.0", "BINARY"),
                      ("libpango-1.0.so.0", "/usr/lib/libpango-1.0.so.0", "BINARY"),
                      ("libQt6Gui.so.6", "/x/libQt6Gui.so.6", "BINARY")],
            datas=[("PySide6/Qt/translations/qtbase_de.qm", "/x/qtbase_de.qm", "DATA"),
                   ("PySide6/Qt/translations/qtbase_zh_CN.qm", "/x/qtbase_zh_CN.qm", "DATA"),
                   ("resources/i18n/clientvault_zh_CN.qm", "/x/clientvault_zh_CN.qm", "DATA")],
            pure=[], scripts=[], kwargs=kwargs)


def run_spec(monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    hooks = types.ModuleType("PyInstaller.utils.hooks")
    hooks.collect_data_files = lambda package, includes=(): [("/src/app/vault/migrations/0001.sql",  # type: ignore[attr-defined]
                                                              "app/vault/migrations")]
    hooks.collect_submodules = lambda package: [package + ".main", package + ".cli"]  # type: ignore[attr-defined]
    hooks.copy_metadata = lambda name: [("/site/" + name + ".dist-info", name + ".dist-info")]  # type: ignore[attr-defined]
    for name in ("PyInstaller", "PyInstaller.utils"):
        monkeypatch.setitem(sys.modules, name, types.ModuleType(name))
    monkeypatch.setitem(sys.modules, "PyInstaller.utils.hooks", hooks)
    _Recorder.calls = []
    spec_globals: dict[str, Any] = {"SPECPATH": str(PACKAGING), "__name__": "__main__"}
    for kind in ("Analysis", "PYZ", "EXE", "COLLECT", "BUNDLE"):
        spec_globals[kind] = _Recorder(kind)
    source = (PACKAGING / "clientvault.spec").read_text(encoding="utf-8")
    exec(compile(source, "clientvault.spec", "exec"), spec_globals)  # noqa: S102 - our own build recipe
    return spec_globals


def test_spec_builds_two_launchers_over_one_folder_without_gtk(monkeypatch: pytest.MonkeyPatch) -> None:
    spec = run_spec(monkeypatch)
    kinds = [call[0] for call in _Recorder.calls]
    assert kinds[:1] == ["Analysis"] and kinds.count("EXE") == 2 and "COLLECT" in kinds
    analysis_args, analysis_kwargs = _Recorder.calls[0][1], _Recorder.calls[0][2]
    assert analysis_args[0] == [str(PACKAGING / "frozen_entry.py")]
    assert {"app.main", "app.cli", "sqlcipher3.dbapi2"} <= set(analysis_kwargs["hiddenimports"])
    targets = {target for _source, target in analysis_kwargs["datas"]}
    assert {"resources/icons", "resources", "resources/i18n", "app/vault/migrations"} <= targets
    assert (str(ROOT / "resources" / "THIRD_PARTY_NOTICES.txt"), "resources") in analysis_kwargs["datas"]
    exes = {call[2]["name"]: call[2] for call in _Recorder.calls if call[0] == "EXE"}
    assert exes["clientvault-gui"]["console"] is False  # windowed
    assert exes["clientvault"]["console"] is True
    kept = [entry[0] for entry in spec["a"].binaries]
    assert "PySide6/Qt/plugins/platforms/libqxcb.so" in kept and "libQt6Gui.so.6" in kept
    assert "PySide6/Qt/plugins/platformthemes/libqxdgdesktopportal.so" in kept
    assert not [name for name in kept if re.search(r"gtk|gdk|pango", name)]
    assert spec["VERSION"] == app.__version__
    # Qt's own translations: only Simplified Chinese (English is built into Qt).
    assert [entry[0] for entry in spec["a"].datas] == ["PySide6/Qt/translations/qtbase_zh_CN.qm",
                                                        "resources/i18n/clientvault_zh_CN.qm"]
    assert {"numpy", "pandas", "tkinter"} <= set(analysis_kwargs["excludes"])  # the app imports neither


def test_frozen_entry_picks_cli_or_gui_by_executable_name(monkeypatch: pytest.MonkeyPatch) -> None:
    module_spec = importlib.util.spec_from_file_location("frozen_entry", PACKAGING / "frozen_entry.py")
    assert module_spec is not None and module_spec.loader is not None
    entry = importlib.util.module_from_spec(module_spec)
    module_spec.loader.exec_module(entry)
    monkeypatch.setattr(sys, "executable", "/opt/clientvault/clientvault-gui")
    assert entry._is_gui()
    monkeypatch.setattr(sys, "executable", r"C:\Programs\ClientVault\clientvault-gui.exe")
    assert entry._is_gui()
    monkeypatch.setattr(sys, "executable", "/opt/clientvault/clientvault")
    assert not entry._is_gui()


def test_desktop_entry_and_mime_type_agree() -> None:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(PACKAGING / "deb" / "clientvault.desktop", encoding="utf-8")
    entry = parser["Desktop Entry"]
    assert entry["Type"] == "Application" and entry["Name"] == "ClientVault"
    assert entry["Name[zh_CN]"] == "客户保险箱"
    assert entry["Exec"] == "clientvault-gui %f" and entry["Icon"] == "clientvault"
    assert "Office" in entry["Categories"].rstrip(";").split(";")
    assert entry["Terminal"] == "false"
    mime = ET.parse(PACKAGING / "deb" / "clientvault-mime.xml").getroot()
    ns = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}
    mime_type = mime.find("m:mime-type", ns)
    assert mime_type is not None and mime_type.find("m:glob", ns).get("pattern") == "*.cvbak"  # type: ignore[union-attr]
    assert entry["MimeType"].rstrip(";") == mime_type.get("type")
    validator = shutil.which("desktop-file-validate")
    if validator:
        result = subprocess.run([validator, str(PACKAGING / "deb" / "clientvault.desktop")],
                                capture_output=True, text=True, timeout=60)
        assert result.returncode == 0, result.stdout + result.stderr


def test_one_version_source(capsys: pytest.CaptureFixture[str]) -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert "version" not in project["project"]
    assert "version" in project["project"]["dynamic"]
    assert project["tool"]["setuptools"]["dynamic"]["version"] == {"attr": "app.__version__"}
    assert re.fullmatch(r"\d+\.\d+\.\d+([.-]?\w+)?", app.__version__)
    assert cli.main(["--version"]) == 0
    assert capsys.readouterr().out.strip() == "clientvault " + app.__version__
    build_spec = importlib.util.spec_from_file_location("cv_build", PACKAGING / "build.py")
    assert build_spec is not None and build_spec.loader is not None
    build = importlib.util.module_from_spec(build_spec)
    build_spec.loader.exec_module(build)
    assert build.version() == app.__version__
    assert "pyinstaller" in " ".join(project["project"]["optional-dependencies"]["build"]).lower()


def test_notices_cover_every_runtime_dependency() -> None:
    notices = (ROOT / "resources" / "THIRD_PARTY_NOTICES.txt").read_text(encoding="utf-8")
    summary = notices.split("Summary", 1)[1].lower().replace("_", "-")
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    for requirement in project["project"]["dependencies"]:
        name = re.match(r"[A-Za-z0-9._-]+", requirement).group(0).lower().replace("_", "-")  # type: ignore[union-attr]
        assert "\n" + name + " " in summary, name + " missing from THIRD_PARTY_NOTICES.txt"
    for native in ("Qt (via PySide6)", "SQLCipher", "OpenSSL", "Python"):
        assert native in notices


def test_windows_installer_keeps_the_vault_unless_asked() -> None:
    script = (PACKAGING / "windows" / "clientvault.iss").read_text(encoding="utf-8-sig")
    assert "PrivilegesRequired=lowest" in script
    assert re.search(r'Subkey: "Software\\Classes\\\.cvbak"', script)
    # The only deletion of user data: after an interactive "Yes" whose default button is No.
    assert script.count("DelTree(") == 1
    assert "not UninstallSilent()" in script and "MB_DEFBUTTON2" in script
    assert "[UninstallDelete]" not in script
