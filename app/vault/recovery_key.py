"""Recovery key: 130 random bits in Crockford base32 with a mod-37 check character.

Hand-written because no maintained library produces Crockford base32 with its check symbol.
Crockford's alphabet avoids I, L, O and U, and decoding maps i/l → 1 and o → 0, so a key read off
paper is forgiving. The check symbol is the value mod 37 (a prime): a single mistyped character
changes the value by d·32^k, which 37 never divides, so every single-character typo is caught.
Printed as 27 characters in groups of 4 or 3: XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXX.
"""

from __future__ import annotations

import secrets

from app.models.errors import InvalidRecoveryKey

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
CHECK_ALPHABET = ALPHABET + "*~$=U"
DATA_CHARS = 26  # 26 × 5 = 130 bits ≥ 128 (SECURITY requirement 12)
_DECODE = {ch: i for i, ch in enumerate(ALPHABET)}
_DECODE.update({"I": 1, "L": 1, "O": 0})
_SEPARATORS = " -_.\t\n\r"


def generate() -> str:
    data = "".join(secrets.choice(ALPHABET) for _ in range(DATA_CHARS))
    return format_key(data + _check_char(data))


def format_key(compact: str) -> str:
    groups = [compact[i : i + 4] for i in range(0, len(compact), 4)]
    return "-".join(groups)


def _value(data: str) -> int:
    value = 0
    for ch in data:
        value = value * 32 + _DECODE[ch]
    return value


def _check_char(data: str) -> str:
    return CHECK_ALPHABET[_value(data) % 37]


def normalize(text: str) -> str:
    """Canonical compact form (upper case, no separators) or InvalidRecoveryKey."""
    compact = "".join(ch for ch in text.upper() if ch not in _SEPARATORS)
    if len(compact) != DATA_CHARS + 1:
        raise InvalidRecoveryKey(reason="length")
    data, check = compact[:-1], compact[-1]
    if any(ch not in _DECODE for ch in data):
        raise InvalidRecoveryKey(reason="characters")
    canonical = "".join(ALPHABET[_DECODE[ch]] for ch in data)
    if check in ("I", "L"):
        check = "1"
    elif check == "O":
        check = "0"
    if check != _check_char(canonical):
        raise InvalidRecoveryKey(reason="check")
    return canonical + check


def to_secret(text: str) -> bytes:
    """The key material fed to HKDF: the canonical data characters (check symbol excluded)."""
    return normalize(text)[:-1].encode("ascii")
