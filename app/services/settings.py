"""Saved settings (in the encrypted vault), with types, defaults and validation."""

from __future__ import annotations

from typing import Any

from app.models.errors import ValidationError
from app.services.permissions import Action, require
from app.services.session import Session
from app.vault.repositories import users_repo

DEFAULTS: dict[str, Any] = {
    "auto_lock_minutes": 5,
    "clipboard_seconds": 10,
    "default_region": "CN",
    "language": "",  # "" = follow the system locale
    "needs_update_months": 12,
    "backup_reminder_days": 7,
    # classification (PRODUCT.md §3; app.models.classification)
    "classify_churn_days": 180,
    "classify_new_days": 90,
    "classify_returning_days": 90,
    "classify_frequency_mode": "fixed",  # fixed | quantile
    "classify_frequency_high": 10,  # purchases in the last 365 days
    "classify_frequency_mid": 3,
    "classify_frequency_high_percentile": 80,  # quantile mode
    "classify_frequency_mid_percentile": 50,
}
_RANGES = {"auto_lock_minutes": (1, 240), "clipboard_seconds": (5, 300), "needs_update_months": (1, 120),
           "backup_reminder_days": (1, 365), "classify_churn_days": (1, 3650), "classify_new_days": (1, 3650),
           "classify_returning_days": (1, 3650), "classify_frequency_high": (1, 10000),
           "classify_frequency_mid": (1, 10000), "classify_frequency_high_percentile": (1, 99),
           "classify_frequency_mid_percentile": (1, 99)}


def get_all(session: Session) -> dict[str, Any]:
    require(session.user, Action.VIEW)
    stored = users_repo.all_settings(session.con)
    return {k: stored.get(k, v) for k, v in DEFAULTS.items()}


def get(session: Session, key: str) -> Any:
    return get_all(session)[key]


def set_value(session: Session, key: str, value: Any) -> None:
    require(session.user, Action.ADMIN)
    if key not in DEFAULTS:
        raise ValidationError("setting", "unknown_field")
    if key in _RANGES:
        try:
            value = int(value)
        except (TypeError, ValueError) as exc:
            raise ValidationError("setting", "not_a_number") from exc
        low, high = _RANGES[key]
        if not low <= value <= high:
            raise ValidationError("setting", "out_of_range", min=low, max=high)
    elif key == "default_region":
        import phonenumbers

        value = str(value).upper()
        if value not in phonenumbers.SUPPORTED_REGIONS:
            raise ValidationError("setting", "invalid")
    elif key == "classify_frequency_mode":
        if value not in ("fixed", "quantile"):
            raise ValidationError("setting", "invalid")
    elif key == "language":
        if value not in ("", "zh_CN", "en"):
            raise ValidationError("setting", "invalid")
    with session.transaction() as con:
        users_repo.set_setting(con, key, value)
        session.log("settings_change", fields=(key,))
