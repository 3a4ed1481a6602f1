"""Small cryptographic building blocks over `cryptography` (AES-256-GCM, HKDF-SHA256, X25519).

Key material is handled in `bytearray`s so it can be zeroed on lock; Python cannot promise that no
other copy exists (see SECURITY.md), so we zero what we own and promise nothing more.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
from dataclasses import dataclass
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

KEY_BYTES = 32
NONCE_BYTES = 12


class DecryptionFailed(Exception):
    """An AEAD tag did not verify (wrong key or modified data). Internal; callers map it."""


def random_key() -> bytearray:
    return bytearray(os.urandom(KEY_BYTES))


def zero(buf: bytearray | None) -> None:
    if buf is not None:
        for i in range(len(buf)):
            buf[i] = 0


def hkdf(key: bytes | bytearray, label: str, length: int = KEY_BYTES, salt: bytes | None = None) -> bytearray:
    return bytearray(
        HKDF(algorithm=hashes.SHA256(), length=length, salt=salt, info=label.encode()).derive(bytes(key))
    )


def aead_encrypt(key: bytes | bytearray, plaintext: bytes, aad: bytes, nonce: bytes | None = None) -> tuple[bytes, bytes]:
    nonce = nonce if nonce is not None else os.urandom(NONCE_BYTES)
    return nonce, AESGCM(bytes(key)).encrypt(nonce, plaintext, aad)


def aead_decrypt(key: bytes | bytearray, nonce: bytes, ciphertext: bytes, aad: bytes) -> bytes:
    try:
        return AESGCM(bytes(key)).decrypt(nonce, ciphertext, aad)
    except (InvalidTag, ValueError) as exc:
        raise DecryptionFailed() from exc


def mac(key: bytes | bytearray, *parts: bytes) -> bytes:
    h = hmac.new(bytes(key), digestmod=hashlib.sha256)
    for part in parts:
        h.update(part)
    return h.digest()


def canonical_json(value: Any) -> bytes:
    """Deterministic JSON bytes (sorted keys, no whitespace) for MACs and AAD."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


def b64e(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def b64d(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


# --- sealing a key to a public key --------------------------------------------------------------
# Each key slot owns an X25519 key pair. The slot's secret (passphrase, recovery key, keyring
# secret) protects the private key; the vault root key is sealed to the public key. This lets the
# owner rotate the root key and re-seal it for every remaining slot without knowing the other
# users' passphrases (what 1Password/Bitwarden do with their account key pairs).

@dataclass(frozen=True)
class SealedKey:
    ephemeral_public: bytes
    nonce: bytes
    ciphertext: bytes


def new_keypair() -> tuple[bytearray, bytes]:
    private = X25519PrivateKey.generate()
    raw_private = private.private_bytes(
        serialization.Encoding.Raw, serialization.PrivateFormat.Raw, serialization.NoEncryption()
    )
    raw_public = private.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return bytearray(raw_private), raw_public


def public_from_private(private: bytes | bytearray) -> bytes:
    return (
        X25519PrivateKey.from_private_bytes(bytes(private))
        .public_key()
        .public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    )


def _seal_key(shared: bytes, ephemeral_public: bytes, recipient_public: bytes) -> bytearray:
    return hkdf(shared, "clientvault/seal/v1", salt=ephemeral_public + recipient_public)


def seal(secret: bytes | bytearray, recipient_public: bytes, aad: bytes) -> SealedKey:
    ephemeral = X25519PrivateKey.generate()
    ephemeral_public = ephemeral.public_key().public_bytes(
        serialization.Encoding.Raw, serialization.PublicFormat.Raw
    )
    shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(recipient_public))
    key = _seal_key(shared, ephemeral_public, recipient_public)
    try:
        nonce, ciphertext = aead_encrypt(key, bytes(secret), aad)
    finally:
        zero(key)
    return SealedKey(ephemeral_public, nonce, ciphertext)


def unseal(sealed: SealedKey, private: bytes | bytearray, aad: bytes) -> bytearray:
    try:
        private_key = X25519PrivateKey.from_private_bytes(bytes(private))
        shared = private_key.exchange(X25519PublicKey.from_public_bytes(sealed.ephemeral_public))
    except ValueError as exc:
        raise DecryptionFailed() from exc
    recipient_public = public_from_private(private)
    key = _seal_key(shared, sealed.ephemeral_public, recipient_public)
    try:
        return bytearray(aead_decrypt(key, sealed.nonce, sealed.ciphertext, aad))
    finally:
        zero(key)


# --- the vault's sub-keys ----------------------------------------------------------------------

SUBKEY_LABELS = {
    "db": "clientvault/k_db/v1",
    "audit": "clientvault/k_audit/v1",
    "slots": "clientvault/k_slots/v1",
    "backup": "clientvault/k_backup/v1",
    "index": "clientvault/k_index/v1",
}


class SubKeys:
    """The keys derived from the vault root key RK with HKDF-SHA256 and distinct labels."""

    def __init__(self, root_key: bytes | bytearray) -> None:
        self.db = hkdf(root_key, SUBKEY_LABELS["db"])
        self.audit = hkdf(root_key, SUBKEY_LABELS["audit"])
        self.slots = hkdf(root_key, SUBKEY_LABELS["slots"])
        self.backup = hkdf(root_key, SUBKEY_LABELS["backup"])
        self.index = hkdf(root_key, SUBKEY_LABELS["index"])

    def __repr__(self) -> str:
        return "SubKeys(<redacted>)"

    def sqlcipher_key_literal(self) -> str:
        """The raw-key form `x'<64 hex>'` (SECURITY requirement 5)."""
        return "x'" + bytes(self.db).hex() + "'"

    def wipe(self) -> None:
        for buf in (self.db, self.audit, self.slots, self.backup, self.index):
            zero(buf)
