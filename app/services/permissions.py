"""The roles table of SECURITY.md as code. Every service checks here before acting."""

from __future__ import annotations

from enum import StrEnum

from app.models.errors import PermissionDenied
from app.models.records import Role, User


class Action(StrEnum):
    VIEW = "view"
    REVEAL = "reveal"
    EDIT = "edit"  # create/edit customers, purchases, follow-ups, consents, import
    DELETE = "delete"  # recycle bin, merge, undo merge
    ERASE = "erase"  # privacy erasure and retention actions
    EXPORT_MASKED = "export_masked"
    EXPORT_FULL = "export_full"  # unmasked and data-subject export
    AUDIT_ALL = "audit_all"
    AUDIT_OWN = "audit_own"
    ADMIN = "admin"  # users, settings, backup, restore, key rotation


def allowed(user: User, action: Action) -> bool:
    if user.role is Role.OWNER:
        return True
    if user.role is Role.STAFF:
        if action in (Action.VIEW, Action.EDIT, Action.DELETE, Action.AUDIT_OWN):
            return True
        if action is Action.REVEAL:
            return user.can_reveal
        if action is Action.EXPORT_MASKED:
            return user.can_export
        return False
    return action is Action.VIEW  # viewer


def require(user: User, action: Action) -> None:
    if not allowed(user, action):
        raise PermissionDenied(action=action.value, role=user.role.value)
