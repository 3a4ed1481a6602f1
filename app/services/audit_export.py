"""Export of the access log as a CSV file (PRODUCT.md §7, SECURITY.md "Access log" and roles).

What the file holds: one row per entry — seq, time, user, action, customer id, fields, details —
and nothing else. Customers appear by id only; fields by name; the details column shows only an
allow-listed part of each entry's detail dict (`safe_detail`), never a customer's name or value.

Who may export: the owner exports every entry, staff only their own (the same rule as
`audit.list_entries`, which this module reads through), viewers nothing (`PermissionDenied`).
Every export is itself logged as action "export" with `{"what": "access_log", "count": n}`, in the
same transaction that wrote the file.

The file is UTF-8 with a BOM, so Excel opens Chinese text correctly, and is written atomically: a
temp file beside the target, fsync, `os.replace`, fsync of the folder. A failure leaves neither a
temp file nor a half-written target (an existing target stays as it was).

Services know no Qt: a front end that wants translated headers, actions, field names, local times
and detail summaries passes an `ExportLabels` whose callables do that; the default writes stable,
locale-neutral codes (what the command line and scripts want).
"""

from __future__ import annotations

import csv
import os
import re
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Final

from app.models.errors import InvalidOperation
from app.models.records import AccessLogEntry
from app.services import audit
from app.services.permissions import Action, allowed, require
from app.services.session import Session
from app.vault.files import atomic_text_writer

__all__ = [
    "CSV_ENCODING",
    "HEADERS",
    "ExportLabels",
    "export_log",
    "plain_detail",
    "safe_detail",
]

HEADERS: Final = ("seq", "time", "user", "action", "customer_id", "fields", "details")
CSV_ENCODING: Final = "utf-8-sig"  # UTF-8 with a BOM: Excel then reads Chinese correctly
PAGE_SIZE: Final = 1000

DetailFormatter = Callable[[str, Mapping[str, object], Mapping[int, str]], str]

# --- the detail allow-list -----------------------------------------------------------------------
# Everything an access-log detail may show. A key not listed here is never displayed or exported,
# whatever a future service writes into it (a value, a file name, a free-text reason …).
_CODE_RE: Final = re.compile(r"[a-z][a-z0-9_]{0,31}")
_TIME_RE: Final = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:\d{2})?")
_CODE_KEYS: Final = frozenset({"via", "method", "role", "source", "what", "format", "reason"})
_USER_KEYS: Final = frozenset({"user", "user_id"})
_FLAG_KEYS: Final = frozenset({"ok", "rotate", "can_reveal", "can_export"})
_COUNT_KEYS: Final = frozenset({"count", "customers", "purchases"})
_TEXT_KEYS: Final = frozenset({"purpose"})  # a consent purpose ("marketing"): the business's words
_TIME_KEYS: Final = frozenset({"at"})
TEXT_LIMIT: Final = 40


def _clean_text(value: str) -> str:
    text = "".join(ch if ch.isprintable() else " " for ch in value).strip()
    return text if len(text) <= TEXT_LIMIT else text[: TEXT_LIMIT - 1] + "…"


def safe_detail(detail: Mapping[str, object]) -> dict[str, object]:
    """The part of an entry's detail that may be shown or exported, in a stable key order.

    Codes (`via`, `method`, `role`, `source`, `what` …) must look like codes; user ids, flags and
    counts must have their type; a consent `purpose` is kept as short plain text. Anything else —
    unknown keys, odd types, the opaque history `group` id — is dropped.
    """
    safe: dict[str, object] = {}
    if not isinstance(detail, Mapping):  # a row edited outside the app may hold any JSON
        return safe
    for key in sorted(k for k in detail if isinstance(k, str)):
        value = detail[key]
        if key in _CODE_KEYS:
            if isinstance(value, str) and _CODE_RE.fullmatch(value):
                safe[key] = value
        elif key in _USER_KEYS or key in _COUNT_KEYS:
            if isinstance(value, int) and not isinstance(value, bool) and value >= 0:
                safe[key] = value
        elif key in _FLAG_KEYS:
            if isinstance(value, bool):
                safe[key] = value
        elif key in _TEXT_KEYS:
            if isinstance(value, str) and _clean_text(value):
                safe[key] = _clean_text(value)
        elif key in _TIME_KEYS:
            if isinstance(value, str) and _TIME_RE.fullmatch(value):
                safe[key] = value
    return safe


def plain_detail(action: str, detail: Mapping[str, object], names: Mapping[int, str]) -> str:
    """Locale-neutral rendering of a safe detail: `key=value; …`, user ids shown as names."""
    parts: list[str] = []
    for key, value in detail.items():
        if key in _USER_KEYS and isinstance(value, int):
            shown = names.get(value, "#" + str(value))
        elif isinstance(value, bool):
            shown = "yes" if value else "no"
        else:
            shown = str(value)
        parts.append(key + "=" + shown)
    return "; ".join(parts)


def _same(text: str) -> str:
    return text


@dataclass(frozen=True)
class ExportLabels:
    """How codes become text in the file. The defaults keep the stored codes (ISO-8601 UTC times,
    action and field codes); the GUI passes translated ones. `detail` receives only `safe_detail`."""

    headers: tuple[str, ...] = HEADERS
    time: Callable[[str], str] = _same
    action: Callable[[str], str] = _same
    field: Callable[[str], str] = _same
    detail: DetailFormatter = plain_detail


# --- writing -------------------------------------------------------------------------------------
_FORMULA_START: Final = ("=", "+", "-", "@", "\t", "\r")


def _cell(value: object) -> object:
    """Neutralize spreadsheet formulas (a user named "=HYPERLINK(…)"): text cells starting with a
    formula character get a leading apostrophe, as OWASP recommends for CSV files."""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


@dataclass(frozen=True)
class _Filters:
    user_name: str | None
    customer_id: int | None
    action: str | None
    since: str | None
    until: str | None


def _entries(session: Session, filters: _Filters) -> Iterator[AccessLogEntry]:
    """Every matching entry, newest first, read in keyset pages (role rules applied by audit)."""
    before: int | None = None
    while True:
        page = audit.list_entries(
            session, user_name=filters.user_name, customer_id=filters.customer_id, action=filters.action,
            since=filters.since, until=filters.until, before_seq=before, limit=PAGE_SIZE,
        )
        yield from page
        if len(page) < PAGE_SIZE:
            return
        before = page[-1].seq


def _row(entry: AccessLogEntry, labels: ExportLabels, names: Mapping[int, str]) -> list[object]:
    if entry.user_id is None:
        user = ""
    else:
        user = names.get(entry.user_id, "#" + str(entry.user_id))
    return [
        entry.seq,
        labels.time(entry.at),
        user,
        labels.action(entry.action),
        "" if entry.customer_id is None else entry.customer_id,
        ", ".join(labels.field(name) for name in entry.fields),
        labels.detail(entry.action, safe_detail(entry.detail), names),
    ]


def _write_csv(handle: IO[str], rows: Iterator[list[object]], headers: tuple[str, ...]) -> int:
    writer = csv.writer(handle, dialect="excel", lineterminator="\r\n")
    writer.writerow([_cell(h) for h in headers])
    count = 0
    for row in rows:
        writer.writerow([_cell(value) for value in row])
        count += 1
    return count


def _write_atomic(target: Path, write: Callable[[IO[str]], int]) -> int:
    """temp file beside `target` → write → flush + fsync → os.replace → fsync the folder."""
    with atomic_text_writer(target, CSV_ENCODING) as handle:
        return write(handle)


def export_log(
    session: Session,
    path: str | os.PathLike[str],
    *,
    user_name: str | None = None,
    customer_id: int | None = None,
    action: str | None = None,
    since: str | None = None,
    until: str | None = None,
    fmt: str = "csv",
    labels: ExportLabels | None = None,
) -> int:
    """Write the (filtered) access log to `path`; returns the number of entries written.

    Filters mean what they mean for `audit.list_entries` (`since` inclusive, `until` exclusive,
    ISO-8601 UTC). Owner: all entries; staff: their own only; viewer: `PermissionDenied`.
    Raises `DiskFull` / `StorageError` when the file cannot be written (nothing is logged then).
    """
    if fmt != "csv":
        raise InvalidOperation(reason="unsupported_format")
    if not allowed(session.user, Action.AUDIT_ALL):
        require(session.user, Action.AUDIT_OWN)
    chosen = labels if labels is not None else ExportLabels()
    if len(chosen.headers) != len(HEADERS):
        raise ValueError("ExportLabels.headers needs one header per column")
    filters = _Filters(user_name, customer_id, action, since, until)
    target = Path(path)
    with session.transaction():
        names = audit.user_names(session)
        rows = (_row(entry, chosen, names) for entry in _entries(session, filters))
        count = _write_atomic(target, lambda handle: _write_csv(handle, rows, chosen.headers))
        session.log("export", detail={"what": "access_log", "count": count})
    return count
