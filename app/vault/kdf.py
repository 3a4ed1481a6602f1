"""Argon2id key derivation with calibration, a production floor and fast sanity checks.

The floor is RFC 9106's second recommendation (m = 64 MiB, t = 3, p = 4 lanes), Bitwarden's default.
Calibration raises memory/iterations until one derivation takes 0.5–1 s on this machine. Tests use
`KdfPolicy.insecure_for_tests()`, an explicit object handed to the vault; nothing in production
code or the environment can lower the floor.
"""

from __future__ import annotations

import os
import time
from dataclasses import dataclass

from argon2.low_level import Type, hash_secret_raw

from app.models.errors import KeySlotInvalid, WeakKdfParameters

SALT_BYTES = 16
FLOOR_MEMORY_KIB = 64 * 1024
FLOOR_ITERATIONS = 3
MAX_MEMORY_KIB = 4 * 1024 * 1024  # 4 GiB: anything above is absurd for a desktop
MAX_ITERATIONS = 50
MAX_PARALLELISM = 16


@dataclass(frozen=True)
class KdfParams:
    memory_kib: int
    iterations: int
    parallelism: int
    salt: bytes

    def to_json(self) -> dict[str, object]:
        from app.vault.crypto import b64e

        return {
            "alg": "argon2id",
            "m": self.memory_kib,
            "t": self.iterations,
            "p": self.parallelism,
            "salt": b64e(self.salt),
        }

    @staticmethod
    def from_json(data: object) -> KdfParams:
        """Parse and sanity-check slot parameters without running Argon2 (SECURITY req. 7)."""
        from app.vault.crypto import b64d

        if not isinstance(data, dict) or data.get("alg") != "argon2id":
            raise KeySlotInvalid(reason="kdf_algorithm")
        m, t, p, salt = data.get("m"), data.get("t"), data.get("p"), data.get("salt")
        if not all(isinstance(v, int) and not isinstance(v, bool) for v in (m, t, p)):
            raise KeySlotInvalid(reason="kdf_parameters")
        assert isinstance(m, int) and isinstance(t, int) and isinstance(p, int)
        if not (8 <= m <= MAX_MEMORY_KIB and 1 <= t <= MAX_ITERATIONS and 1 <= p <= MAX_PARALLELISM):
            raise KeySlotInvalid(reason="kdf_parameters")
        if m < 8 * p:
            raise KeySlotInvalid(reason="kdf_parameters")
        if not isinstance(salt, str):
            raise KeySlotInvalid(reason="kdf_salt")
        try:
            raw_salt = b64d(salt)
        except ValueError as exc:
            raise KeySlotInvalid(reason="kdf_salt") from exc
        if len(raw_salt) != SALT_BYTES:
            raise KeySlotInvalid(reason="kdf_salt")
        return KdfParams(m, t, p, raw_salt)

    def meets_floor(self) -> bool:
        return self.memory_kib >= FLOOR_MEMORY_KIB and self.iterations >= FLOOR_ITERATIONS


@dataclass(frozen=True)
class KdfPolicy:
    """How new passphrase slots are parameterised."""

    target_seconds: float = 0.75
    enforce_floor: bool = True
    fixed: tuple[int, int, int] | None = None  # (memory_kib, iterations, parallelism), skips calibration

    @staticmethod
    def production() -> KdfPolicy:
        return KdfPolicy()

    @staticmethod
    def insecure_for_tests() -> KdfPolicy:
        """Cheap parameters for the test suite only; never used by the app or the CLI."""
        return KdfPolicy(enforce_floor=False, fixed=(256, 1, 1))

    def new_params(self) -> KdfParams:
        salt = os.urandom(SALT_BYTES)
        if self.fixed is not None:
            m, t, p = self.fixed
            params = KdfParams(m, t, p, salt)
        else:
            params = calibrate(self.target_seconds, salt)
        self.check_writable(params)
        return params

    def check_writable(self, params: KdfParams) -> None:
        """A slot below the floor is never written outside tests (SECURITY requirement 6)."""
        if self.enforce_floor and not params.meets_floor():
            raise WeakKdfParameters(memory_kib=params.memory_kib, iterations=params.iterations)


def derive(secret: bytes, params: KdfParams) -> bytearray:
    return bytearray(
        hash_secret_raw(
            secret=secret,
            salt=params.salt,
            time_cost=params.iterations,
            memory_cost=params.memory_kib,
            parallelism=params.parallelism,
            hash_len=32,
            type=Type.ID,
        )
    )


def calibrate(target_seconds: float, salt: bytes) -> KdfParams:
    """Start at the floor and grow memory (then iterations) until a derivation takes ≥ ~target.

    Memory first: it is what makes GPU attacks expensive. Capped at 1 GiB and 10 iterations so a
    very fast machine still unlocks quickly.
    """
    parallelism = max(1, min(4, os.cpu_count() or 1))
    memory, iterations = FLOOR_MEMORY_KIB, FLOOR_ITERATIONS
    probe = b"calibration"
    elapsed = _time(probe, KdfParams(memory, iterations, parallelism, salt))
    low = target_seconds * 2 / 3  # aim into [0.5, 1.0] s for the default target of 0.75 s
    while elapsed < low:
        scale = min(2.0, max(1.1, target_seconds / max(elapsed, 1e-3)))
        if memory < 1024 * 1024:
            memory = min(1024 * 1024, int(memory * scale) // 1024 * 1024 or memory)
        elif iterations < 10:
            iterations += 1
        else:
            break
        elapsed = _time(probe, KdfParams(memory, iterations, parallelism, salt))
    return KdfParams(memory, iterations, parallelism, salt)


def _time(secret: bytes, params: KdfParams) -> float:
    start = time.perf_counter()
    derive(secret, params)
    return time.perf_counter() - start
