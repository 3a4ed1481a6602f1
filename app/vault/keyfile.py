"""`vault.keys`: the key-slot file (SECURITY.md "Files on disk").

JSON with a format version, the vault id, a generation counter, the newest access-log head, the
slots and a MAC under K_slots. Each slot owns an X25519 key pair: the slot secret's KEK wraps the
private key (AES-256-GCM, AAD = the slot's metadata), and the vault root key RK is sealed to the
public key (same AAD). Any edit to a slot's metadata (user id, kind, KDF parameters, salt, public
key) therefore makes that slot fail to open (requirement 10).

The file never holds customer data. Users' login names are in it (the login screen lists users
before anything is decrypted); they are covered by the AAD and the MAC.
"""

from __future__ import annotations

import json
import secrets
from dataclasses import dataclass, field, replace
from enum import StrEnum
from typing import Any

from app.models.errors import KeySlotInvalid, VaultDamaged
from app.vault import crypto
from app.vault.crypto import DecryptionFailed, SealedKey, b64d, b64e
from app.vault.kdf import SALT_BYTES, KdfParams

FORMAT = "clientvault-keys"
VERSION = 1
MAX_FILE_BYTES = 1024 * 1024
MAX_SLOTS = 256


class SlotKind(StrEnum):
    USER = "user"
    RECOVERY = "recovery"
    KEYRING = "keyring"


@dataclass(frozen=True)
class HkdfParams:
    """Recovery and keyring slots: their secrets are already high-entropy, so HKDF suffices."""

    salt: bytes

    def to_json(self) -> dict[str, object]:
        return {"alg": "hkdf-sha256", "salt": b64e(self.salt)}


SlotKdf = KdfParams | HkdfParams


def parse_kdf(data: object, kind: SlotKind) -> SlotKdf:
    if kind is SlotKind.USER:
        return KdfParams.from_json(data)
    if not isinstance(data, dict) or data.get("alg") != "hkdf-sha256" or not isinstance(data.get("salt"), str):
        raise KeySlotInvalid(reason="kdf_algorithm")
    try:
        salt = b64d(data["salt"])
    except ValueError as exc:
        raise KeySlotInvalid(reason="kdf_salt") from exc
    if len(salt) != SALT_BYTES:
        raise KeySlotInvalid(reason="kdf_salt")
    return HkdfParams(salt)


@dataclass(frozen=True)
class Slot:
    id: str
    kind: SlotKind
    user_id: int | None
    user_name: str | None
    kdf: SlotKdf
    public_key: bytes
    private_nonce: bytes
    private_ct: bytes
    root: SealedKey

    def meta(self, vault_id: str) -> dict[str, object]:
        return {
            "vault_id": vault_id,
            "id": self.id,
            "kind": self.kind.value,
            "user_id": self.user_id,
            "user_name": self.user_name,
            "kdf": self.kdf.to_json(),
            "public_key": b64e(self.public_key),
        }

    def aad(self, vault_id: str) -> bytes:
        return crypto.canonical_json(self.meta(vault_id))

    @staticmethod
    def create(
        *,
        vault_id: str,
        kind: SlotKind,
        user_id: int | None,
        user_name: str | None,
        kdf: SlotKdf,
        kek: bytearray,
        root_key: bytearray,
    ) -> Slot:
        private, public = crypto.new_keypair()
        try:
            draft = Slot(
                id=secrets.token_hex(8),
                kind=kind,
                user_id=user_id,
                user_name=user_name,
                kdf=kdf,
                public_key=public,
                private_nonce=b"",
                private_ct=b"",
                root=SealedKey(b"", b"", b""),
            )
            aad = draft.aad(vault_id)
            nonce, ct = crypto.aead_encrypt(kek, bytes(private), aad)
            return replace(draft, private_nonce=nonce, private_ct=ct, root=crypto.seal(root_key, public, aad))
        finally:
            crypto.zero(private)

    def open(self, vault_id: str, kek: bytearray) -> bytearray:
        """Return the root key, or raise DecryptionFailed (wrong secret or edited slot)."""
        aad = self.aad(vault_id)
        private = bytearray(crypto.aead_decrypt(kek, self.private_nonce, self.private_ct, aad))
        try:
            if crypto.public_from_private(private) != self.public_key:
                raise DecryptionFailed()
            root = crypto.unseal(self.root, private, aad)
        finally:
            crypto.zero(private)
        if len(root) != crypto.KEY_BYTES:
            raise DecryptionFailed()
        return root

    def resealed(self, vault_id: str, root_key: bytearray) -> Slot:
        """The same slot with a new root key sealed to it (key rotation; no slot secret needed)."""
        return replace(self, root=crypto.seal(root_key, self.public_key, self.aad(vault_id)))

    def to_json(self) -> dict[str, object]:
        return {
            "id": self.id,
            "kind": self.kind.value,
            "user_id": self.user_id,
            "user_name": self.user_name,
            "kdf": self.kdf.to_json(),
            "public_key": b64e(self.public_key),
            "private": {"nonce": b64e(self.private_nonce), "ct": b64e(self.private_ct)},
            "root": {
                "epk": b64e(self.root.ephemeral_public),
                "nonce": b64e(self.root.nonce),
                "ct": b64e(self.root.ciphertext),
            },
        }

    @staticmethod
    def from_json(data: object) -> Slot:
        if not isinstance(data, dict):
            raise KeySlotInvalid(reason="slot")
        try:
            kind = SlotKind(data["kind"])
            user_id = data.get("user_id")
            user_name = data.get("user_name")
            if user_id is not None and (not isinstance(user_id, int) or isinstance(user_id, bool)):
                raise KeySlotInvalid(reason="user_id")
            if user_name is not None and not isinstance(user_name, str):
                raise KeySlotInvalid(reason="user_name")
            slot_id = data["id"]
            if not isinstance(slot_id, str) or not (1 <= len(slot_id) <= 64):
                raise KeySlotInvalid(reason="slot_id")
            kdf = parse_kdf(data["kdf"], kind)
            private, root = data["private"], data["root"]
            public_key = b64d(data["public_key"])
            slot = Slot(
                id=slot_id,
                kind=kind,
                user_id=user_id,
                user_name=user_name,
                kdf=kdf,
                public_key=public_key,
                private_nonce=b64d(private["nonce"]),
                private_ct=b64d(private["ct"]),
                root=SealedKey(b64d(root["epk"]), b64d(root["nonce"]), b64d(root["ct"])),
            )
        except KeySlotInvalid:
            raise
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise KeySlotInvalid(reason="slot") from exc
        if len(slot.public_key) != 32 or len(slot.root.ephemeral_public) != 32:
            raise KeySlotInvalid(reason="public_key")
        if len(slot.private_nonce) != crypto.NONCE_BYTES or len(slot.root.nonce) != crypto.NONCE_BYTES:
            raise KeySlotInvalid(reason="nonce")
        return slot


@dataclass
class AuditHead:
    seq: int = 0
    mac: str = ""


@dataclass
class KeyFile:
    vault_id: str
    generation: int = 0
    created_at: str = ""
    slots: list[Slot] = field(default_factory=list)
    audit_head: AuditHead = field(default_factory=AuditHead)

    def body(self) -> dict[str, Any]:
        return {
            "format": FORMAT,
            "version": VERSION,
            "vault_id": self.vault_id,
            "generation": self.generation,
            "created_at": self.created_at,
            "audit_head": {"seq": self.audit_head.seq, "mac": self.audit_head.mac},
            "slots": [slot.to_json() for slot in self.slots],
        }

    def serialize(self, slots_key: bytearray) -> bytes:
        body = self.body()
        body["mac"] = crypto.mac(slots_key, crypto.canonical_json(body)).hex()
        return json.dumps(body, indent=1, ensure_ascii=False).encode("utf-8")

    @staticmethod
    def verify_mac(raw: bytes, slots_key: bytearray) -> bool:
        data = json.loads(raw.decode("utf-8"))
        claimed = data.pop("mac", "")
        expected = crypto.mac(slots_key, crypto.canonical_json(data)).hex()
        return isinstance(claimed, str) and secrets.compare_digest(claimed, expected)

    @staticmethod
    def parse(raw: bytes) -> KeyFile:
        """Structural parse; raises VaultDamaged(what="keys") or KeySlotInvalid. MAC checked later."""
        if len(raw) > MAX_FILE_BYTES:
            raise VaultDamaged(what="keys")
        try:
            data = json.loads(raw.decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError, RecursionError) as exc:
            raise VaultDamaged(what="keys") from exc
        if not isinstance(data, dict) or data.get("format") != FORMAT:
            raise VaultDamaged(what="keys")
        if data.get("version") != VERSION:
            raise VaultDamaged(what="keys_version")
        vault_id, generation, slots = data.get("vault_id"), data.get("generation"), data.get("slots")
        head = data.get("audit_head")
        if (
            not isinstance(vault_id, str)
            or not isinstance(generation, int)
            or not isinstance(slots, list)
            or len(slots) > MAX_SLOTS
            or not isinstance(head, dict)
            or not isinstance(head.get("seq"), int)
            or not isinstance(head.get("mac"), str)
            or not isinstance(data.get("mac"), str)
        ):
            raise VaultDamaged(what="keys")
        created_at = data.get("created_at", "")
        return KeyFile(
            vault_id=vault_id,
            generation=generation,
            created_at=created_at if isinstance(created_at, str) else "",
            slots=[Slot.from_json(s) for s in slots],
            audit_head=AuditHead(head["seq"], head["mac"]),
        )
