"""Opening the vault: create, list users, unlock (passphrase / recovery key / OS keyring).

This is where unlock, failed unlock (from the side file) and the first access-log entries are
written, so that every front end behaves the same.
"""

from __future__ import annotations

from pathlib import Path

from app.models.errors import NotFound, WrongCredentials
from app.models.records import Role, User
from app.services import backup, passphrase_policy
from app.services.session import Session
from app.vault import database
from app.vault import vault as vault_files
from app.vault.kdf import KdfPolicy
from app.vault.keyring_store import KeyringStore
from app.vault.repositories import users_repo
from app.vault.vault import UnlockedVault, utc_now


class VaultAccess:
    def __init__(self, folder: Path, policy: KdfPolicy | None = None, keyring: KeyringStore | None = None) -> None:
        self.folder = Path(folder)
        self.policy = policy or KdfPolicy.production()
        self.keyring = keyring
        # a restore killed while swapping the files is finished or undone before the vault is read
        self.restore_recovery = backup.recover_interrupted_restore(self.folder)

    def exists(self) -> bool:
        return vault_files.VaultPaths(self.folder).exists()

    def user_names(self) -> list[str]:
        return [u.name for u in vault_files.list_users(self.folder)]

    def create(self, owner_name: str, passphrase: str) -> tuple[Session, str]:
        """New vault + owner; returns the session and the recovery key (show it once)."""
        passphrase_policy.check(passphrase, Role.OWNER, (owner_name,))
        at = utc_now()

        def init_db(con: database.Connection, name: str) -> int:
            database.begin(con)
            uid = users_repo.insert_user(con, name, Role.OWNER, True, True, at)
            database.commit(con)
            return uid

        vault, recovery = vault_files.create_vault(self.folder, owner_name, passphrase, self.policy, init_db)
        session = self._session(vault, "passphrase", created=True)
        return session, recovery

    def unlock(self, user_name: str, passphrase: str) -> Session:
        vault = vault_files.unlock_with_passphrase(self.folder, user_name, passphrase, self.policy)
        return self._session(vault, "passphrase")

    def unlock_with_recovery_key(self, key_text: str) -> Session:
        vault = vault_files.unlock_with_recovery_key(self.folder, key_text, self.policy)
        return self._session(vault, "recovery_key")

    def keyring_offered(self) -> bool:
        return self.keyring is not None and self.keyring.status().available

    def has_remembered(self, user_name: str) -> bool:
        return self.keyring_offered() and vault_files.has_keyring_slot(self.folder, user_name)

    def unlock_with_keyring(self, user_name: str) -> Session:
        """NotFound when this computer does not remember the user (fall back to the passphrase)."""
        if self.keyring is None or not self.keyring.status().available:
            raise NotFound(what="keyring_entry")
        vault = vault_files.unlock_with_keyring(self.folder, user_name, self.keyring, self.policy)
        return self._session(vault, "keyring")

    def _session(self, vault: UnlockedVault, via: str, created: bool = False) -> Session:
        con = vault.connection()
        try:
            if vault.unlocked_as is None:  # recovery key: act as the first active owner
                owners = [u for u in users_repo.list_users(con) if u.role is Role.OWNER]
                user: User | None = owners[0] if owners else None
            else:
                user = users_repo.get_user(con, vault.unlocked_as)
            if user is None or user.removed_at is not None:
                raise WrongCredentials()
            slot_names = {s.user_name for s in vault.slots_of(user.id) if s.user_name}
            if vault.unlocked_as is not None and slot_names and slot_names != {user.name}:
                raise WrongCredentials()  # a slot must never open the vault as a different user
            database.migrate(con)
            session = Session(vault=vault, user=user, via=via)
            attempts = vault_files.read_failed_attempts(vault.paths)
            with session.transaction():
                for attempt in attempts:
                    session.log("unlock_failed", detail={"at": attempt["at"], "user_id": attempt["user_id"],
                                                         "method": attempt["method"]})
                session.log("create_vault" if created else "unlock", detail={"via": via})
            vault_files.clear_failed_attempts(vault.paths)
            return session
        except BaseException:
            vault.lock()
            raise
