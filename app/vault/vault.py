"""The vault folder: create, unlock (passphrase, recovery key, OS keyring), slots, rotation, lock.

Files (SECURITY.md "Files on disk"):
  vault.db          SQLCipher 4 database (raw key K_db)
  vault.keys        key-slot file; vault.keys.prev keeps the previous generation, used only when
                    the current one is damaged; vault.keys.next exists only during a key rotation
  vault.failed      failed unlock attempts (time, user id) awaiting the next unlock; no personal data
"""

from __future__ import annotations

import json
import os
import unicodedata
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path

from app.models.errors import (
    KeySlotInvalid,
    LastOwner,
    NotFound,
    VaultAlreadyExists,
    VaultDamaged,
    VaultLocked,
    VaultNotFound,
    WrongCredentials,
)
from app.vault import crypto, database, recovery_key
from app.vault.crypto import DecryptionFailed, SubKeys
from app.vault.files import FileLock, os_error, write_atomic
from app.vault.kdf import FLOOR_ITERATIONS, FLOOR_MEMORY_KIB, KdfParams, KdfPolicy, derive
from app.vault.keyfile import AuditHead, HkdfParams, KeyFile, Slot, SlotKind
from app.vault.keyring_store import KeyringStore
from app.vault.repositories import audit_repo, customers_repo

KEYS_NAME = "vault.keys"
FAILED_NAME = "vault.failed"
LOCK_NAME = "vault.lock"


def utc_now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def normalize_user_name(name: str) -> str:
    return unicodedata.normalize("NFC", name).strip()


@dataclass(frozen=True)
class VaultPaths:
    folder: Path

    @property
    def db(self) -> Path:
        return self.folder / database.DB_NAME

    @property
    def keys(self) -> Path:
        return self.folder / KEYS_NAME

    @property
    def keys_prev(self) -> Path:
        return self.folder / (KEYS_NAME + ".prev")

    @property
    def keys_next(self) -> Path:
        return self.folder / (KEYS_NAME + ".next")

    @property
    def failed(self) -> Path:
        return self.folder / FAILED_NAME

    def exists(self) -> bool:
        return self.keys.exists() or self.keys_prev.exists()


@dataclass(frozen=True)
class SlotUser:
    user_id: int
    name: str


def _read(path: Path) -> bytes | None:
    try:
        return path.read_bytes()
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise os_error(exc, path) from exc


def _candidates(paths: VaultPaths) -> list[tuple[Path, bytes, KeyFile | Exception]]:
    out: list[tuple[Path, bytes, KeyFile | Exception]] = []
    for path in (paths.keys, paths.keys_prev):
        raw = _read(path)
        if raw is None:
            continue
        try:
            out.append((path, raw, KeyFile.parse(raw)))
        except (VaultDamaged, KeySlotInvalid) as exc:
            out.append((path, raw, exc))
    return out


def list_users(folder: Path) -> list[SlotUser]:
    """The users who can log in, read from the key-slot file (no secret needed)."""
    paths = VaultPaths(folder)
    for _path, _raw, parsed in _candidates(paths):
        if isinstance(parsed, KeyFile):
            seen: dict[int, str] = {}
            for slot in parsed.slots:
                if slot.kind is SlotKind.USER and slot.user_id is not None and slot.user_name:
                    seen.setdefault(slot.user_id, slot.user_name)
            return [SlotUser(uid, name) for uid, name in sorted(seen.items())]
    if paths.exists():
        raise VaultDamaged(what="keys")
    raise VaultNotFound(folder=str(folder))


def read_vault_id(folder: Path) -> str:
    for _path, _raw, parsed in _candidates(VaultPaths(folder)):
        if isinstance(parsed, KeyFile):
            return parsed.vault_id
    raise VaultNotFound(folder=str(folder))


# --- failed attempts side file ------------------------------------------------------------------

def record_failed_attempt(paths: VaultPaths, user_id: int | None, method: str) -> None:
    line = json.dumps({"at": utc_now(), "user_id": user_id, "method": method}) + "\n"
    try:
        with open(paths.failed, "a", encoding="utf-8") as handle:
            handle.write(line)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(paths.failed, 0o600)
    except OSError:
        pass  # never turn a wrong passphrase into a storage error


def read_failed_attempts(paths: VaultPaths) -> list[dict[str, object]]:
    raw = _read(paths.failed)
    if not raw:
        return []
    attempts: list[dict[str, object]] = []
    for line in raw.decode("utf-8", "replace").splitlines()[-10000:]:
        try:
            item = json.loads(line)
        except json.JSONDecodeError:
            continue
        if isinstance(item, dict):
            uid = item.get("user_id")
            attempts.append(
                {
                    "at": str(item.get("at", ""))[:32],
                    "user_id": uid if isinstance(uid, int) and not isinstance(uid, bool) else None,
                    "method": str(item.get("method", ""))[:16],
                }
            )
    return attempts


def clear_failed_attempts(paths: VaultPaths) -> None:
    try:
        paths.failed.unlink()
    except FileNotFoundError:
        pass


# --- the unlocked vault -------------------------------------------------------------------------

@dataclass
class UnlockedVault:
    """An open vault: the connection and the key material. `lock()` closes and zeroes both."""

    paths: VaultPaths
    keyfile: KeyFile = field(repr=False)
    root_key: bytearray = field(repr=False)  # never in a repr, a log or a crash report
    keys: SubKeys = field(repr=False)
    con: database.Connection = field(repr=False)
    policy: KdfPolicy
    unlocked_as: int | None  # user id of the slot used, None for the recovery key
    _closed: bool = field(default=False, repr=False)

    @property
    def vault_id(self) -> str:
        return self.keyfile.vault_id

    @property
    def is_locked(self) -> bool:
        return self._closed

    def connection(self) -> database.Connection:
        if self._closed:
            raise VaultLocked()
        return self.con

    def lock(self) -> None:
        if self._closed:
            return
        self._closed = True
        try:
            self.con.close()
        finally:
            self.keys.wipe()
            crypto.zero(self.root_key)

    # --- key-slot file ---------------------------------------------------------------------
    def _fresh_keyfile(self) -> KeyFile:
        """The slot file as it is on disk now (another process may have changed it), if it is
        intact and ours; otherwise our in-memory copy."""
        raw = _read(self.paths.keys)
        if raw is not None:
            try:
                parsed = KeyFile.parse(raw)
                if parsed.vault_id == self.vault_id and KeyFile.verify_mac(raw, self.keys.slots):
                    return parsed
            except (VaultDamaged, KeySlotInvalid, ValueError):
                pass
        return self.keyfile

    def _update_keyfile(self, transform: Callable[[KeyFile], KeyFile]) -> None:
        """Read-modify-write of vault.keys under a file lock, keeping the previous generation."""
        with FileLock(self.paths.folder / LOCK_NAME):
            fresh = self._fresh_keyfile()
            new = transform(fresh)
            new.generation = max(fresh.generation, self.keyfile.generation) + 1
            self._write_generation(new)

    def _write_generation(self, keyfile: KeyFile) -> None:
        data = keyfile.serialize(self.keys.slots)
        current = _read(self.paths.keys)
        if current is not None:
            write_atomic(self.paths.keys_prev, current)
        write_atomic(self.paths.keys, data)
        self.keyfile = keyfile

    def save_audit_head(self, seq: int, mac_hex: str) -> None:
        if self.keyfile.audit_head.seq == seq and self.keyfile.audit_head.mac == mac_hex:
            return
        self._update_keyfile(lambda kf: replace(kf, audit_head=AuditHead(seq, mac_hex)))

    def slots_of(self, user_id: int, kind: SlotKind | None = None) -> list[Slot]:
        return [s for s in self.keyfile.slots if s.user_id == user_id and (kind is None or s.kind is kind)]

    def add_user_slot(self, user_id: int, user_name: str, passphrase: str) -> None:
        slot = _passphrase_slot(self.vault_id, user_id, user_name, passphrase, self.root_key, self.policy)
        self._update_keyfile(lambda kf: replace(kf, slots=[*kf.slots, slot]))

    def set_passphrase(self, user_id: int, user_name: str, passphrase: str) -> None:
        """Replace the user's passphrase slot and drop their keyring slot, in one file write.

        The database is untouched (requirement 9). The previous generation keeps the old slot for
        crash recovery only; it is consulted solely when the current file is damaged.
        """
        slot = _passphrase_slot(self.vault_id, user_id, user_name, passphrase, self.root_key, self.policy)
        self._update_keyfile(lambda kf: replace(kf, slots=[
            *(s for s in kf.slots if s.user_id != user_id or s.kind is SlotKind.RECOVERY), slot]))

    def remove_user_slots(self, user_id: int, *, owner_ids: set[int]) -> None:
        def transform(kf: KeyFile) -> KeyFile:
            remaining_owner_slots = [
                s for s in kf.slots
                if s.kind is SlotKind.USER and s.user_id in owner_ids and s.user_id != user_id
            ]
            if not remaining_owner_slots:
                raise LastOwner()
            return replace(kf, slots=[s for s in kf.slots if s.user_id != user_id])

        self._update_keyfile(transform)

    def add_keyring_slot(self, user_id: int, user_name: str, store: KeyringStore) -> None:
        secret = crypto.random_key()
        try:
            salt = os.urandom(16)
            kek = crypto.hkdf(secret, "clientvault/kek/keyring/v1", salt=salt)
            slot = Slot.create(
                vault_id=self.vault_id, kind=SlotKind.KEYRING, user_id=user_id, user_name=user_name,
                kdf=HkdfParams(salt), kek=kek, root_key=self.root_key,
            )
            crypto.zero(kek)
            store.store(self.vault_id, user_id, bytes(secret))
        finally:
            crypto.zero(secret)
        self._update_keyfile(lambda kf: replace(kf, slots=[
            *(s for s in kf.slots if not (s.user_id == user_id and s.kind is SlotKind.KEYRING)), slot]))

    def remove_keyring_slot(self, user_id: int, store: KeyringStore | None) -> None:
        if self.slots_of(user_id, SlotKind.KEYRING):
            self._update_keyfile(lambda kf: replace(kf, slots=[
                s for s in kf.slots if not (s.user_id == user_id and s.kind is SlotKind.KEYRING)]))
        if store is not None:
            store.delete(self.vault_id, user_id)

    def new_recovery_key(self) -> str:
        """Replace the recovery slot; returns the new key (shown once)."""
        key, slot = _recovery_slot(self.vault_id, self.root_key)
        self._update_keyfile(lambda kf: replace(kf, slots=[
            *(s for s in kf.slots if s.kind is not SlotKind.RECOVERY), slot]))
        return key

    def rotate_root_key(self) -> None:
        """New RK: `PRAGMA rekey` the database and re-seal every remaining slot.

        Crash safety: the re-sealed slot file is written to vault.keys.next *before* the rekey, and
        unlock falls back to it when the database no longer opens with the current file's key.
        """
        new_root = crypto.random_key()
        new_keys = SubKeys(new_root)
        current = self._fresh_keyfile()
        slots = [s.resealed(self.vault_id, new_root) for s in current.slots]
        staged = replace(current, slots=slots, generation=current.generation + 1)
        con = self.connection()
        # Keys derived from RK that protect data inside the database move with it: the access-log
        # chain is re-MACed (after verifying it under the old key) and blind indexes recomputed.
        con.execute("BEGIN IMMEDIATE")
        try:
            head = current.audit_head
            if head.seq and (audit_repo.mac_at(con, head.seq) or b"").hex() != head.mac:
                from app.models.errors import AuditChainBroken

                raise AuditChainBroken(seq=head.seq)
            audit_repo.rechain(con, self.keys.audit, new_keys.audit)
            customers_repo.rebuild_blind_index(con, customers_repo.BlindIndexer(new_keys.index))
            new_seq, new_mac = audit_repo.head(con)
            staged.audit_head = AuditHead(new_seq, new_mac.hex())
            write_atomic(self.paths.keys_next, staged.serialize(new_keys.slots))
        except BaseException:
            con.execute("ROLLBACK")
            self.paths.keys_next.unlink(missing_ok=True)
            new_keys.wipe()
            crypto.zero(new_root)
            raise
        con.execute("COMMIT")
        database.checkpoint(con)
        database.rekey(con, new_keys.sqlcipher_key_literal())
        database.checkpoint(con)
        old_keys, old_root = self.keys, self.root_key
        self.keys, self.root_key = new_keys, new_root
        with FileLock(self.paths.folder / LOCK_NAME):
            self._write_generation(staged)
        try:
            self.paths.keys_next.unlink()
        except FileNotFoundError:
            pass
        # The previous generation wraps the retired root key: useless now, and a removed user's
        # slot may be in it. Keep the new file as its own previous generation instead.
        write_atomic(self.paths.keys_prev, self.paths.keys.read_bytes())
        old_keys.wipe()
        crypto.zero(old_root)


# --- creating -----------------------------------------------------------------------------------

def _passphrase_slot(
    vault_id: str, user_id: int, user_name: str, passphrase: str, root_key: bytearray, policy: KdfPolicy
) -> Slot:
    params = policy.new_params()
    kek = derive(_passphrase_bytes(passphrase), params)
    try:
        return Slot.create(
            vault_id=vault_id, kind=SlotKind.USER, user_id=user_id,
            user_name=normalize_user_name(user_name), kdf=params, kek=kek, root_key=root_key,
        )
    finally:
        crypto.zero(kek)


def _recovery_kek(key_text: str, salt: bytes) -> bytearray:
    return crypto.hkdf(recovery_key.to_secret(key_text), "clientvault/kek/recovery/v1", salt=salt)


def _recovery_slot(vault_id: str, root_key: bytearray) -> tuple[str, Slot]:
    key = recovery_key.generate()
    salt = os.urandom(16)
    kek = _recovery_kek(key, salt)
    try:
        slot = Slot.create(
            vault_id=vault_id, kind=SlotKind.RECOVERY, user_id=None, user_name=None,
            kdf=HkdfParams(salt), kek=kek, root_key=root_key,
        )
    finally:
        crypto.zero(kek)
    return key, slot


def _passphrase_bytes(passphrase: str) -> bytes:
    return unicodedata.normalize("NFC", passphrase).encode("utf-8")


def create_vault(
    folder: Path,
    owner_name: str,
    passphrase: str,
    policy: KdfPolicy,
    init_db: Callable[[database.Connection, str], int],
) -> tuple[UnlockedVault, str]:
    """Create a new vault; `init_db(con, owner_name)` creates the owner row and returns its id.

    Returns the unlocked vault and the recovery key (to be shown once).
    """
    paths = VaultPaths(folder)
    if paths.exists() or paths.db.exists():
        raise VaultAlreadyExists(folder=str(folder))
    try:
        folder.mkdir(parents=True, exist_ok=True)
        os.chmod(folder, 0o700)
    except OSError as exc:
        raise os_error(exc, folder) from exc
    root = crypto.random_key()
    keys = SubKeys(root)
    vault_id = str(uuid.uuid4())
    con = database.connect(paths.db, keys.sqlcipher_key_literal(), create=True)
    try:
        database.migrate(con)
        owner_id = init_db(con, normalize_user_name(owner_name))
        owner_slot = _passphrase_slot(vault_id, owner_id, owner_name, passphrase, root, policy)
        key_text, rec_slot = _recovery_slot(vault_id, root)
        keyfile = KeyFile(vault_id=vault_id, generation=1, created_at=utc_now(), slots=[owner_slot, rec_slot])
        write_atomic(paths.keys, keyfile.serialize(keys.slots))
    except BaseException:
        con.close()
        for leftover in (paths.db, paths.keys, Path(str(paths.db) + "-wal"), Path(str(paths.db) + "-shm")):
            try:
                leftover.unlink()
            except FileNotFoundError:
                pass
        raise
    return UnlockedVault(paths, keyfile, root, keys, con, policy, owner_id), key_text


# --- unlocking ----------------------------------------------------------------------------------

def _open_with_root(paths: VaultPaths, path: Path, raw: bytes, keyfile: KeyFile, root: bytearray,
                    policy: KdfPolicy, user_id: int | None) -> UnlockedVault:
    keys = SubKeys(root)
    if not KeyFile.verify_mac(raw, keys.slots):
        keys.wipe()
        raise VaultDamaged(what="keys_mac")
    con = database.connect(paths.db, keys.sqlcipher_key_literal())
    vault = UnlockedVault(paths, keyfile, root, keys, con, policy, user_id)
    if path != paths.keys:  # opened from the previous generation: make it current again
        with FileLock(paths.folder / LOCK_NAME):
            vault._write_generation(replace(keyfile, generation=keyfile.generation + 1))
    return vault


def _unlock(paths: VaultPaths, policy: KdfPolicy, method: str, user_id_hint: int | None,
            try_slot: Callable[[KeyFile], tuple[bytearray, int | None] | None]) -> UnlockedVault:
    if not paths.exists():
        raise VaultNotFound(folder=str(paths.folder))
    candidates = _candidates(paths)
    first_error: Exception | None = None
    for path, raw, parsed in candidates:
        if isinstance(parsed, Exception):
            first_error = first_error or parsed
            continue
        opened = try_slot(parsed)
        if opened is None:
            if path == paths.keys:
                break  # an intact current file that refuses the secret: wrong credentials
            continue
        root, uid = opened
        try:
            return _open_with_root(paths, path, raw, parsed, root, policy, uid)
        except VaultDamaged as exc:
            if exc.params.get("what") == "database" and paths.keys_next.exists():
                return _unlock_interrupted_rotation(paths, policy, try_slot)
            first_error = first_error or exc
            crypto.zero(root)
            continue
    if first_error is not None and (
        isinstance(first_error, VaultDamaged) and first_error.params.get("what") != "keys"
        or not any(isinstance(p, KeyFile) for _a, _b, p in candidates)
    ):
        raise first_error  # the secret was right (or nothing parsed): report the damage, not the secret
    record_failed_attempt(paths, user_id_hint, method)
    raise WrongCredentials()


def _unlock_interrupted_rotation(
    paths: VaultPaths, policy: KdfPolicy, try_slot: Callable[[KeyFile], tuple[bytearray, int | None] | None]
) -> UnlockedVault:
    raw = paths.keys_next.read_bytes()
    keyfile = KeyFile.parse(raw)
    opened = try_slot(keyfile)
    if opened is None:
        raise VaultDamaged(what="database")
    root, uid = opened
    vault = _open_with_root(paths, paths.keys_next, raw, keyfile, root, policy, uid)
    write_atomic(paths.keys, raw)
    paths.keys_next.unlink()
    return vault


def unlock_with_passphrase(folder: Path, user_name: str, passphrase: str, policy: KdfPolicy) -> UnlockedVault:
    paths = VaultPaths(folder)
    wanted = normalize_user_name(user_name)
    secret = _passphrase_bytes(passphrase)
    hint: list[int | None] = [None]

    def try_slot(keyfile: KeyFile) -> tuple[bytearray, int | None] | None:
        slots = [s for s in keyfile.slots if s.kind is SlotKind.USER and s.user_name == wanted]
        if not slots:
            # Unknown user: spend the same KDF time as a real attempt, then fail the same way.
            template = next((s.kdf for s in keyfile.slots if isinstance(s.kdf, KdfParams)), None)
            derive(secret, template or KdfParams(FLOOR_MEMORY_KIB, FLOOR_ITERATIONS, 1, b"\0" * 16))
            return None
        for slot in slots:
            hint[0] = slot.user_id
            assert isinstance(slot.kdf, KdfParams)
            kek = derive(secret, slot.kdf)
            try:
                return slot.open(keyfile.vault_id, kek), slot.user_id
            except DecryptionFailed:
                continue
            finally:
                crypto.zero(kek)
        return None

    try:
        return _unlock(paths, policy, "passphrase", None, try_slot)
    except WrongCredentials:
        if hint[0] is not None:  # re-record with the user id now that we know it
            _fix_last_attempt(paths, hint[0])
        raise


def _fix_last_attempt(paths: VaultPaths, user_id: int) -> None:
    attempts = read_failed_attempts(paths)
    if attempts and attempts[-1]["user_id"] is None:
        attempts[-1]["user_id"] = user_id
        data = "".join(json.dumps(a) + "\n" for a in attempts).encode()
        try:
            write_atomic(paths.failed, data)
        except Exception:  # noqa: BLE001 - bookkeeping must not mask WrongCredentials
            pass


def unlock_with_recovery_key(folder: Path, key_text: str, policy: KdfPolicy) -> UnlockedVault:
    paths = VaultPaths(folder)
    recovery_key.normalize(key_text)  # typo → InvalidRecoveryKey before anything else

    def try_slot(keyfile: KeyFile) -> tuple[bytearray, int | None] | None:
        for slot in keyfile.slots:
            if slot.kind is SlotKind.RECOVERY and isinstance(slot.kdf, HkdfParams):
                kek = _recovery_kek(key_text, slot.kdf.salt)
                try:
                    return slot.open(keyfile.vault_id, kek), None
                except DecryptionFailed:
                    continue
                finally:
                    crypto.zero(kek)
        return None

    return _unlock(paths, policy, "recovery_key", None, try_slot)


def unlock_with_keyring(folder: Path, user_name: str, store: KeyringStore, policy: KdfPolicy) -> UnlockedVault:
    """Unlock from the OS keyring; NotFound when there is no usable entry (ask for the passphrase)."""
    paths = VaultPaths(folder)
    wanted = normalize_user_name(user_name)
    vault_id = read_vault_id(folder)
    found: list[Slot] = []

    def try_slot(keyfile: KeyFile) -> tuple[bytearray, int | None] | None:
        for slot in keyfile.slots:
            if slot.kind is SlotKind.KEYRING and slot.user_name == wanted and isinstance(slot.kdf, HkdfParams):
                assert slot.user_id is not None
                found.append(slot)
                secret = store.load(vault_id, slot.user_id)
                if secret is None:
                    return None
                kek = crypto.hkdf(secret, "clientvault/kek/keyring/v1", salt=slot.kdf.salt)
                try:
                    return slot.open(keyfile.vault_id, kek), slot.user_id
                except DecryptionFailed:
                    return None
                finally:
                    crypto.zero(kek)
        return None

    try:
        return _unlock(paths, policy, "keyring", None, try_slot)
    except WrongCredentials:
        raise NotFound(what="keyring_entry") from None


def has_keyring_slot(folder: Path, user_name: str) -> bool:
    wanted = normalize_user_name(user_name)
    for _path, _raw, parsed in _candidates(VaultPaths(folder)):
        if isinstance(parsed, KeyFile):
            return any(s.kind is SlotKind.KEYRING and s.user_name == wanted for s in parsed.slots)
    return False
