"""Passphrase strength (zxcvbn): shown live in the wizard; weak owner passphrases are refused."""

from __future__ import annotations

from dataclasses import dataclass

from zxcvbn import zxcvbn

from app.models.errors import WeakPassphrase
from app.models.records import Role

MIN_SCORE = {Role.OWNER: 3, Role.STAFF: 2, Role.VIEWER: 2}
MIN_LENGTH = 8
_MAX_CHECKED = 100  # zxcvbn is slow on very long input; the tail adds strength anyway


@dataclass(frozen=True)
class Strength:
    score: int  # 0..4
    warning: str  # zxcvbn's English feedback key (the UI translates its own summary by score)
    crack_time_seconds: float


def strength(passphrase: str, user_inputs: tuple[str, ...] = ()) -> Strength:
    if not passphrase:
        return Strength(0, "", 0.0)
    result = zxcvbn(passphrase[:_MAX_CHECKED], user_inputs=list(user_inputs))
    score = int(result["score"])
    if len(passphrase) < MIN_LENGTH:
        score = min(score, 1)
    seconds = float(result["crack_times_seconds"]["offline_slow_hashing_1e4_per_second"])
    return Strength(score, str(result["feedback"].get("warning") or ""), seconds)


def check(passphrase: str, role: Role, user_inputs: tuple[str, ...] = ()) -> None:
    result = strength(passphrase, user_inputs)
    if result.score < MIN_SCORE[role]:
        raise WeakPassphrase(score=result.score, required=MIN_SCORE[role], length=len(passphrase))
