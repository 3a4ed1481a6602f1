"""SQL for users and settings."""

from __future__ import annotations

import json

from app.models.records import Role, User
from app.vault.database import Connection

_COLUMNS = "id, name, role, can_reveal, can_export, created_at, removed_at"


def _user(row: tuple[object, ...]) -> User:
    return User(
        id=int(row[0]),  # type: ignore[call-overload]
        name=str(row[1]),
        role=Role(str(row[2])),
        can_reveal=bool(row[3]),
        can_export=bool(row[4]),
        created_at=str(row[5]),
        removed_at=None if row[6] is None else str(row[6]),
    )


def insert_user(con: Connection, name: str, role: Role, can_reveal: bool, can_export: bool, at: str) -> int:
    cur = con.execute(
        "INSERT INTO users (name, role, can_reveal, can_export, created_at) VALUES (?, ?, ?, ?, ?)",
        (name, role.value, int(can_reveal), int(can_export), at),
    )
    return int(cur.lastrowid)


def get_user(con: Connection, user_id: int) -> User | None:
    row = con.execute("SELECT " + _COLUMNS + " FROM users WHERE id = ?", (user_id,)).fetchone()  # noqa: S608 - constant SQL fragments only
    return _user(row) if row else None


def find_active_user(con: Connection, name: str) -> User | None:
    row = con.execute(
        "SELECT " + _COLUMNS + " FROM users WHERE name = ? AND removed_at IS NULL", (name,)  # noqa: S608 - constant SQL fragments only
    ).fetchone()
    return _user(row) if row else None


def list_users(con: Connection, include_removed: bool = False) -> list[User]:
    sql = "SELECT " + _COLUMNS + " FROM users"  # noqa: S608 - constant SQL fragments only
    if not include_removed:
        sql += " WHERE removed_at IS NULL"
    return [_user(r) for r in con.execute(sql + " ORDER BY id").fetchall()]


def update_user(con: Connection, user_id: int, role: Role, can_reveal: bool, can_export: bool) -> None:
    con.execute(
        "UPDATE users SET role = ?, can_reveal = ?, can_export = ? WHERE id = ?",
        (role.value, int(can_reveal), int(can_export), user_id),
    )


def mark_removed(con: Connection, user_id: int, at: str) -> None:
    con.execute("UPDATE users SET removed_at = ? WHERE id = ?", (at, user_id))


def count_active_owners(con: Connection) -> int:
    return int(con.execute("SELECT count(*) FROM users WHERE role = 'owner' AND removed_at IS NULL").fetchone()[0])


def get_setting(con: Connection, key: str) -> object | None:
    row = con.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
    return None if row is None else json.loads(row[0])


def set_setting(con: Connection, key: str, value: object) -> None:
    con.execute(
        "INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        (key, json.dumps(value, ensure_ascii=False)),
    )


def all_settings(con: Connection) -> dict[str, object]:
    return {k: json.loads(v) for k, v in con.execute("SELECT key, value FROM settings").fetchall()}
