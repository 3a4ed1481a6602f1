"""Users and roles: add/remove, passphrase change and reset, remember-me, key rotation."""

from __future__ import annotations

from app.models.errors import (
    InvalidOperation,
    LastOwner,
    NotFound,
    UserExists,
    ValidationError,
    WrongCredentials,
)
from app.models.records import Role, User
from app.services import passphrase_policy
from app.services.permissions import Action, require
from app.services.session import Session
from app.vault import vault as vault_files
from app.vault.keyfile import SlotKind
from app.vault.keyring_store import KeyringStore
from app.vault.repositories import users_repo

MAX_NAME = 64


def _clean_name(name: str) -> str:
    cleaned = vault_files.normalize_user_name(name)
    if not cleaned:
        raise ValidationError("user_name", "empty")
    if len(cleaned) > MAX_NAME or any(ord(ch) < 32 for ch in cleaned):
        raise ValidationError("user_name", "format")
    return cleaned


def list_users(session: Session) -> list[User]:
    require(session.user, Action.VIEW)
    return users_repo.list_users(session.con)


def add_user(session: Session, name: str, role: Role, passphrase: str, *, can_reveal: bool = False,
             can_export: bool = False) -> User:
    require(session.user, Action.ADMIN)
    name = _clean_name(name)
    passphrase_policy.check(passphrase, role, (name,))
    with session.transaction() as con:
        if users_repo.find_active_user(con, name) is not None:
            raise UserExists(name_length=len(name))
        if role is Role.OWNER:
            can_reveal = can_export = True
        if role is Role.VIEWER:
            can_reveal = can_export = False
        uid = users_repo.insert_user(con, name, role, can_reveal, can_export, session.clock())
        session.log("user_add", detail={"user": uid, "role": role.value})
    # The slot is written only once the user row is committed; if writing it fails, the row is
    # marked removed, so a slot never exists without its user (nor a user without a slot).
    try:
        session.vault.add_user_slot(uid, name, passphrase)
    except BaseException:
        with session.transaction() as con:
            users_repo.mark_removed(con, uid, session.clock())
            session.log("user_remove", detail={"user": uid, "reason": "slot_write_failed"})
        raise
    user = users_repo.get_user(session.con, uid)
    assert user is not None
    return user


def set_role(session: Session, name: str, role: Role, *, can_reveal: bool, can_export: bool) -> None:
    require(session.user, Action.ADMIN)
    with session.transaction() as con:
        user = _active(session, name)
        if user.role is Role.OWNER and role is not Role.OWNER and users_repo.count_active_owners(con) <= 1:
            raise LastOwner()
        users_repo.update_user(con, user.id, role, can_reveal, can_export)
        session.log("user_role", detail={"user": user.id, "role": role.value,
                                         "can_reveal": can_reveal, "can_export": can_export})


def _active(session: Session, name: str) -> User:
    user = users_repo.find_active_user(session.con, vault_files.normalize_user_name(name))
    if user is None:
        raise NotFound(what="user")
    return user


def remove_user(session: Session, name: str, *, rotate: bool = False, keyring: KeyringStore | None = None) -> None:
    """Remove a user's access; with `rotate`, also give the vault a new root key so that a copy of
    the old slot file (and any backup key material it wrapped) no longer opens the database."""
    require(session.user, Action.ADMIN)
    with session.transaction() as con:
        user = _active(session, name)
        if user.id == session.user.id:
            raise InvalidOperation(reason="remove_self")
        owners = {u.id for u in users_repo.list_users(con) if u.role is Role.OWNER}
        if user.role is Role.OWNER and len(owners) <= 1:
            raise LastOwner()
        users_repo.mark_removed(con, user.id, session.clock())
        session.vault.remove_user_slots(user.id, owner_ids=owners)
        session.log("user_remove", detail={"user": user.id, "rotate": rotate})
    if keyring is not None:
        try:
            keyring.delete(session.vault.vault_id, user.id)
        except Exception:  # noqa: BLE001 - their entry lives on another account; nothing to undo
            pass
    if rotate:
        rotate_key(session)


def rotate_key(session: Session) -> None:
    require(session.user, Action.ADMIN)
    with session.transaction():
        session.log("key_rotate")
    session.vault.rotate_root_key()
    session.after_commit(force=True)


def change_own_passphrase(session: Session, current: str, new: str, keyring: KeyringStore | None = None) -> None:
    """Re-wrap the root key for the acting user; the database file is not touched."""
    user = session.user
    try:
        check = vault_files.unlock_with_passphrase(session.vault.paths.folder, user.name, current, session.vault.policy)
    except WrongCredentials:
        raise
    check.con.close()
    check.keys.wipe()
    passphrase_policy.check(new, user.role, (user.name,))
    _set_passphrase(session, user, new, "passphrase_change", keyring)


def reset_passphrase(session: Session, name: str, new: str, keyring: KeyringStore | None = None) -> None:
    """Owner sets a new passphrase for another user (e.g. a staff member who forgot theirs)."""
    require(session.user, Action.ADMIN)
    user = _active(session, name)
    passphrase_policy.check(new, user.role, (user.name,))
    _set_passphrase(session, user, new, "passphrase_reset", keyring)


def recover_owner(session: Session, new: str, keyring: KeyringStore | None = None) -> None:
    """After unlocking with the recovery key: give the owner a new passphrase."""
    if session.via != "recovery_key":
        raise InvalidOperation(reason="not_recovery")
    passphrase_policy.check(new, Role.OWNER, (session.user.name,))
    _set_passphrase(session, session.user, new, "passphrase_reset", keyring)


def _set_passphrase(session: Session, user: User, new: str, action: str, keyring: KeyringStore | None) -> None:
    with session.transaction():
        session.log(action, detail={"user": user.id})
        had_keyring = bool(session.vault.slots_of(user.id, SlotKind.KEYRING))
        session.vault.set_passphrase(user.id, user.name, new)
    if had_keyring and keyring is not None:  # the keyring slot is removed with a passphrase change
        try:
            keyring.delete(session.vault.vault_id, user.id)
        except Exception:  # noqa: BLE001 - the slot is gone already; the stale secret opens nothing
            pass


def remember_me(session: Session, keyring: KeyringStore) -> None:
    """Opt in to unlocking this user from the OS keyring on this computer."""
    status = keyring.status()
    if not status.available:
        from app.models.errors import KeyringUnavailable

        raise KeyringUnavailable(reason=status.reason)
    with session.transaction():
        session.vault.add_keyring_slot(session.user.id, session.user.name, keyring)
        session.log("keyring_enable")


def forget_me(session: Session, keyring: KeyringStore | None) -> None:
    with session.transaction():
        session.vault.remove_keyring_slot(session.user.id, keyring)
        session.log("keyring_disable")


def new_recovery_key(session: Session) -> str:
    require(session.user, Action.ADMIN)
    with session.transaction():
        key = session.vault.new_recovery_key()
        session.log("recovery_key_new")
    return key
