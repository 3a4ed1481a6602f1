"""Every error the app can raise reaches the user as one plain, specific, translated message.

In-process tests need no Qt application: without one, `QCoreApplication.translate` returns the
English source text. Tests that install translators run in a subprocess, because a Qt application
object is process-wide and a QCoreApplication created here would break the pytest-qt tests (they
need a QApplication) that may run later in the same process.
"""

from __future__ import annotations

import inspect
import json
import os
import re
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from app.i18n import translator
from app.i18n.messages import action_label, error_message, field_label, validation_message
from app.models import errors, validation
from app.models.errors import ClientVaultError, ValidationError, all_error_classes

ROOT = Path(__file__).resolve().parents[3]
ZH_TS = ROOT / "resources" / "i18n" / "clientvault_zh_CN.ts"
CJK_RE = re.compile(r"[\u4e00-\u9fff]")

# The fields and reasons services and validators use (brief + app/models/validation.py).
FIELDS = [
    "phone", "email", "id_number", "bank_account", "wechat", "qq", "birthday", "date", "name",
    "amount", "role", "setting", "health_note", "next_contact_date", "purchase_date",
]  # fmt: skip
REASONS = [
    "empty", "not_a_number", "invalid", "too_short", "too_long", "format", "out_of_range",
    "checksum", "length", "characters", "birth_date", "region", "required",
]  # fmt: skip
ACTIONS = [
    "unlock", "unlock_failed", "lock", "view", "reveal", "copy", "create", "edit", "revert",
    "delete", "undelete", "erase", "merge", "unmerge", "import", "export", "backup", "restore",
    "user_add", "user_remove", "passphrase_change", "passphrase_reset", "key_rotate",
    "settings_change", "purchase_add", "follow_up_add", "consent_add", "consent_withdraw",
    "search", "list", "audit_verify", "check", "keyring_enable", "keyring_disable",
    "recovery_key_new",
]  # fmt: skip

# Each validator and the field it reports.
VALIDATORS = {
    validation.normalize_phone: "phone",
    validation.normalize_email: "email",
    validation.validate_id_number: "id_number",
    validation.normalize_bank_account: "bank_account",
    validation.normalize_wechat: "wechat",
    validation.normalize_qq: "qq",
    validation.parse_date: "date",
    validation.parse_birthday: "birthday",
}


@pytest.fixture(autouse=True)
def source_language() -> Iterator[None]:
    """Run with the English source texts even when an earlier test (the CLI's, say) left a Qt
    application with ClientVault's Chinese translators installed; put them back afterwards."""
    app = QCoreApplication.instance()
    ours = [] if app is None else [
        t for t in app.findChildren(QTranslator) if t.objectName().startswith("clientvault.translator.")
    ]  # fmt: skip
    for t in ours:
        app.removeTranslator(t)  # type: ignore[union-attr]
    yield
    for t in ours:
        app.installTranslator(t)  # type: ignore[union-attr]


def make(cls: type[ClientVaultError], **params: object) -> ClientVaultError:
    if issubclass(cls, ValidationError):
        return cls("phone", "too_short", **params)
    return cls(**params)


def generic() -> str:
    return error_message(ClientVaultError())


def fallback(field: str) -> str:
    """What an unknown reason gives for `field`: the generic validation message."""
    return validation_message(field, "no_such_reason_anywhere")


# --- every error class ---------------------------------------------------------------------------
def test_all_error_classes_are_found() -> None:
    names = {cls.__name__ for cls in all_error_classes()}
    assert {
        "ClientVaultError",
        "ValidationError",
        "WrongCredentials",
        "DiskFull",
        "AuditChainBroken",
    } <= names
    declared = {
        name for name, obj in vars(errors).items()
        if inspect.isclass(obj) and issubclass(obj, ClientVaultError)
    }  # fmt: skip
    assert declared <= names


@pytest.mark.parametrize("cls", all_error_classes(), ids=lambda c: c.__name__)
def test_every_error_class_has_its_own_message(cls: type[ClientVaultError]) -> None:
    text = error_message(make(cls))
    assert text.strip()
    assert "{" not in text and "}" not in text  # no placeholder left unfilled
    if cls is not ClientVaultError:
        assert text != generic(), f"{cls.__name__} has no message in app/i18n/messages.py"


def test_no_two_error_classes_share_a_message() -> None:
    """A new subclass that only inherits its parent's message is caught here."""
    seen: dict[str, str] = {}
    for cls in all_error_classes():
        text = error_message(make(cls))
        assert text not in seen, f"{cls.__name__} and {seen.get(text)} share a message"
        seen[text] = cls.__name__


@pytest.mark.parametrize("cls", all_error_classes(), ids=lambda c: c.__name__)
def test_messages_never_show_parameter_values_or_internals(cls: type[ClientVaultError]) -> None:
    secret = "S3CRET-13800138000"
    params = {
        "value": secret, "raw": secret, "warning": secret, "score": 987654321, "name": secret,
        "memory_kib": 987654321, "iterations": 987654321, "found": 987654321, "user": secret,
        "detail": {"phone": secret}, "what": secret, "errno": 987654321,
    }  # fmt: skip
    if not issubclass(cls, ValidationError):
        params["reason"] = secret
    error = make(cls, **params)
    text = error_message(error)
    for leak in (secret, "987654321", repr(error.params), repr(error), "Traceback", "{'", "None", error.code):
        if leak == error.code and "_" not in leak:
            continue  # a plain word like "error" may appear in prose
        assert leak not in text, f"{cls.__name__} leaks {leak!r}: {text}"


def test_unhashable_or_odd_parameters_do_not_break_messages() -> None:
    assert error_message(errors.VaultDamaged(what=["keys"])) == error_message(errors.VaultDamaged())
    assert error_message(errors.StorageError(path=None, errno="13")).strip()
    assert error_message(errors.PermissionDenied(action=None)) == error_message(errors.PermissionDenied())
    assert error_message(errors.ValidationError("bank_account", "length", min=True, max="x")).strip()


# --- the messages the brief spells out -----------------------------------------------------------
def test_wrong_credentials_says_user_name_or_passphrase() -> None:
    text = error_message(errors.WrongCredentials())
    assert text.startswith("The user name or passphrase is not correct.")


def test_disk_full_says_nothing_was_lost() -> None:
    text = error_message(errors.DiskFull(path="/media/usb/vault/keys.json"))
    assert text == "The disk is full. Free some space and try again; nothing was lost."


@pytest.mark.parametrize(
    ("what", "part"),
    [("keys", "key file"), ("keys_mac", "key file"), ("keys_version", "key file"),
     ("database", "database"), ("database_missing", "database"), ("not_sqlcipher", "database"),
     ("log", "access log")],
)  # fmt: skip
def test_vault_damaged_names_the_part_and_says_restore(what: str, part: str) -> None:
    text = error_message(errors.VaultDamaged(what=what))
    assert part in text
    assert "backup" in text
    assert text != error_message(errors.VaultDamaged())


def test_vault_damaged_unknown_part_still_says_restore() -> None:
    assert "backup" in error_message(errors.VaultDamaged(what="something_new"))


@pytest.mark.parametrize("reason", ["length", "characters", "check"])
def test_recovery_key_reasons(reason: str) -> None:
    text = error_message(errors.InvalidRecoveryKey(reason=reason))
    assert text != error_message(errors.InvalidRecoveryKey())


@pytest.mark.parametrize("reason", ["no_backend", "insecure_backend", "timeout"])
def test_keyring_reasons(reason: str) -> None:
    text = error_message(errors.KeyringUnavailable(reason=reason))
    assert text != error_message(errors.KeyringUnavailable())
    assert "passphrase" in text


@pytest.mark.parametrize("code", [1, 2, 5, 13, 30])
def test_storage_error_names_the_file(code: int) -> None:
    text = error_message(errors.StorageError(path="/home/li/客户保险箱/keys.json", errno=code))
    assert "/home/li/客户保险箱/keys.json" in text


def test_permission_denied_names_the_action() -> None:
    text = error_message(errors.PermissionDenied(action="export"))
    assert action_label("export") in text
    assert text != error_message(errors.PermissionDenied())


def test_weak_passphrase_does_not_show_the_english_library_warning() -> None:
    text = error_message(errors.WeakPassphrase(score=1, warning="This is a top-10 common password."))
    assert "top-10" not in text and "passphrase" in text


# --- validation ----------------------------------------------------------------------------------
def _documented_reasons(func: object) -> list[str]:
    doc = inspect.getdoc(func) or ""
    head, _sep, tail = doc.partition("Reasons:")
    assert tail, "{} no longer documents its reasons".format(getattr(func, "__name__", func))
    return re.findall(r'"([a-z_]+)"', tail)


@pytest.mark.parametrize("func", list(VALIDATORS), ids=lambda f: f.__name__)
def test_every_documented_validator_reason_has_a_specific_message(func: object) -> None:
    field = VALIDATORS[func]  # type: ignore[index]
    reasons = _documented_reasons(func)
    assert reasons
    for reason in reasons:
        for params in ({}, {"min": 6, "max": 20}):
            text = error_message(ValidationError(field, reason, **params))
            assert text != fallback(field), (field, reason)
            assert "{" not in text and "}" not in text, (field, reason, text)


def _id_with_check(first17: str) -> str:
    weights = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
    return first17 + "10X98765432"[sum(int(c) * w for c, w in zip(first17, weights, strict=True)) % 11]


BAD_INPUTS = [
    (validation.normalize_phone, ["", "abc", "+999 1234 5678", "12", "1380013800012345678", "8765 4321",
                                  "12345678901"]),
    (validation.normalize_email, ["", "abc", "a b@example.com"]),
    (validation.validate_id_number, ["", "1234", "11010119900307123A", "110101199003071235",
                                     _id_with_check("99010119900307123"), _id_with_check("11010119901307123")]),
    (validation.normalize_bank_account, ["", "1234abcd5678", "12345"]),
    (validation.normalize_wechat, ["", "中文名字", "1abcdefg", "abc", "0123456"]),
    (validation.normalize_qq, ["", "abc12", "01234567", "123"]),
    (validation.parse_date, ["", "05/03/2024", "1800-01-01", "2024-02-30"]),
    (validation.parse_birthday, ["", "abc", "2024-02-30", "2999-01-01"]),
]  # fmt: skip


@pytest.mark.parametrize(("func", "raw"), [(f, r) for f, rs in BAD_INPUTS for r in rs])
def test_real_validation_failures_get_specific_messages(func: object, raw: str) -> None:
    with pytest.raises(ValidationError) as info:
        func(raw)  # type: ignore[operator]
    error = info.value
    text = error_message(error)
    assert text != fallback(error.field), (error.field, error.reason)
    if len(raw) > 4:
        assert raw not in text  # never echoes the user's value
    assert "{" not in text and "}" not in text


def test_bad_inputs_cover_every_documented_reason() -> None:
    seen: set[tuple[str, str]] = set()
    for func, raws in BAD_INPUTS:
        for raw in raws:
            try:
                func(raw)  # type: ignore[operator]
            except ValidationError as exc:
                seen.add((exc.field, exc.reason))
    documented = {(VALIDATORS[f], r) for f in VALIDATORS for r in _documented_reasons(f)}
    assert documented <= seen, documented - seen


@pytest.mark.parametrize("field", FIELDS)
@pytest.mark.parametrize("reason", REASONS)
def test_known_field_and_reason_give_a_specific_message(field: str, reason: str) -> None:
    for params in ({}, {"min": 2, "max": 40}):
        text = validation_message(field, reason, **params)
        assert text != fallback(field)
        assert "{" not in text and "}" not in text
        assert text.strip()


def test_min_and_max_are_shown_when_given() -> None:
    text = error_message(ValidationError("bank_account", "length", min=12, max=19))
    assert "12" in text and "19" in text
    assert "5 to 11" in error_message(ValidationError("qq", "length"))


def test_unknown_reason_falls_back_to_the_field_label() -> None:
    text = error_message(ValidationError("email", "brand_new_reason"))
    assert text == "The value of {} is not valid. Please check it.".format(field_label("email"))
    assert field_label("email") != "email"


def test_unknown_field_is_shown_as_named() -> None:
    assert field_label("会员等级") == "会员等级"  # a user's own custom field
    assert "会员等级" in validation_message("会员等级", "empty")


# --- labels --------------------------------------------------------------------------------------
@pytest.mark.parametrize("field", FIELDS)
def test_field_labels(field: str) -> None:
    label = field_label(field)
    assert label.strip() and label != field


@pytest.mark.parametrize("action", ACTIONS)
def test_every_access_log_action_has_a_label(action: str) -> None:
    label = action_label(action)
    assert label.strip()
    assert label != action_label("no_such_action_anywhere")
    assert "(" not in label or "Remember" in label


def test_action_labels_are_distinct() -> None:
    labels = [action_label(a) for a in ACTIONS]
    assert len(set(labels)) == len(labels)


def test_unknown_action_is_marked_other() -> None:
    assert action_label("telepathy") == "Other (telepathy)"


# --- translator (in process: no Qt application needed) -------------------------------------------
@pytest.mark.parametrize(
    ("given", "expected"),
    [("zh_CN", "zh_CN"), ("zh", "zh_CN"), ("zh-Hans-CN", "zh_CN"), ("zh_TW.UTF-8", "zh_CN"),
     ("en_US", "en"), ("C", "en"), ("fr_FR", "en"), ("", None), (None, None), ("  ", None)],
)  # fmt: skip
def test_normalize_language(given: str | None, expected: str | None) -> None:
    assert translator.normalize_language(given) == expected


def test_translation_directories(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    assert translator.translation_directories()[-1] == ROOT / "resources" / "i18n"
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    dirs = translator.translation_directories()
    assert dirs[0] == tmp_path / "resources" / "i18n"
    assert dirs[-1] == ROOT / "resources" / "i18n"


# --- translator and Chinese messages (subprocess: a real QCoreApplication) ------------------------
def _lrelease() -> Path:
    import PySide6

    base = Path(PySide6.__file__).parent
    found = [p for p in (base / "lrelease", base / "lrelease.exe") if p.is_file()]
    assert found, "PySide6's lrelease is missing"
    return found[0]


@pytest.fixture(scope="module")
def qm_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """clientvault_zh_CN.qm built from the current .ts (so a stale .qm cannot hide a problem)."""
    directory = tmp_path_factory.mktemp("qm")
    subprocess.run(
        [str(_lrelease()), "-silent", str(ZH_TS), "-qm", str(directory / "clientvault_zh_CN.qm")],
        check=True,
    )
    assert (directory / "clientvault_zh_CN.qm").stat().st_size > 1000
    return directory


_PROBE = textwrap.dedent(
    """
    import gc, json, sys
    from pathlib import Path
    from app.i18n.translator import ensure_core_app, install_translations
    from app.i18n.messages import action_label, error_message, field_label
    from app.models.errors import DiskFull, ValidationError, WrongCredentials
    app = ensure_core_app()
    assert ensure_core_app() is app
    language = None if sys.argv[1] == "-" else sys.argv[1]
    dirs = [Path(sys.argv[2])]
    used = install_translations(app, language, directories=dirs)
    gc.collect()  # the translators must survive a collection
    print(json.dumps({
        "used": used,
        "wrong": error_message(WrongCredentials()),
        "disk": error_message(DiskFull(path="x")),
        "bank": error_message(ValidationError("bank_account", "length", min=12, max=19)),
        "name": field_label("name"),
        "id": field_label("id_number"),
        "reveal": action_label("reveal"),
        "again": install_translations(app, "en", directories=dirs),
        "english": error_message(WrongCredentials()),
    }, ensure_ascii=True))
    """
)


def _probe(language: str | None, directory: Path, **env: str) -> dict[str, str]:
    environment = {
        k: v for k, v in os.environ.items()
        if k not in ("CLIENTVAULT_LANG", "LANGUAGE", "LANG") and not k.startswith("LC_")
    }  # fmt: skip
    environment.update(env)
    result = subprocess.run(
        [sys.executable, "-c", _PROBE, language or "-", str(directory)],
        capture_output=True, text=True, cwd=ROOT, env=environment, timeout=120,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    data: dict[str, str] = json.loads(result.stdout.strip().splitlines()[-1])
    return data


def test_zh_cn_messages_are_chinese(qm_dir: Path) -> None:
    data = _probe("zh_CN", qm_dir)
    assert data["used"] == "zh_CN"
    assert CJK_RE.search(data["wrong"]) and not re.search(r"[A-Za-z]", data["wrong"])
    assert CJK_RE.search(data["disk"])
    assert "12" in data["bank"] and "19" in data["bank"] and CJK_RE.search(data["bank"])
    assert data["name"] == "姓名"
    assert data["id"] == "身份证号"
    assert CJK_RE.search(data["reveal"])
    # Installing again replaces the translators: back to English.
    assert data["again"] == "en"
    assert data["english"].startswith("The user name or passphrase is not correct.")


def test_environment_variable_chooses_the_language(qm_dir: Path) -> None:
    assert _probe(None, qm_dir, CLIENTVAULT_LANG="zh_CN")["used"] == "zh_CN"
    data = _probe(None, qm_dir, CLIENTVAULT_LANG="en", LANG="zh_CN.UTF-8")
    assert data["used"] == "en" and data["wrong"].startswith("The user name")


@pytest.mark.skipif(sys.platform != "linux", reason="QLocale.system() reads LANG only on Linux")
def test_system_locale_chooses_the_language(qm_dir: Path) -> None:
    assert _probe(None, qm_dir, LANG="zh_CN.UTF-8")["used"] == "zh_CN"
    assert _probe(None, qm_dir, LANG="de_DE.UTF-8")["used"] == "en"


def test_missing_translation_file_means_english(tmp_path: Path) -> None:
    data = _probe("zh_CN", tmp_path)
    assert data["used"] == "en"
    assert data["wrong"].startswith("The user name or passphrase is not correct.")
