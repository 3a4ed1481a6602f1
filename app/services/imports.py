"""Import customers from CSV, Excel and vCard files: preview, run (one transaction, all or
nothing, cancellable, with progress), report, undo, list, mapping templates.

Flow: the file is read into a `SourceTable` (app/models/import_formats), each row is mapped and
validated under the import policy (`prepare.map_row`) and turned into ready-to-insert rows —
in worker processes for big files (CPU work without vault access: spawn-safe, nothing but the
rows and the mapping goes to them) — then, in this process and in one transaction, matched
against the vault and the file itself (same normalized mobile or email), then — rows without such
a match, when the vault already holds customers — against existing customers through the duplicate
engine's indexed candidate look-up, batched over many rows (name, birthday, company, address … see
app.models.matching), created, updated or skipped per the on-match policy, recorded in
`imports`/`import_effects` for undo, and logged. A likely match is treated like an exact one:
score >= LIKELY_MATCH_SCORE, at least two things in common (a name alone is not enough: 张伟 is a
common name) and nothing that differs.
Any other match (>= the engine's default threshold) is imported as new and listed as a possible
duplicate, with the engine's reasons, for review in the duplicates view.
"""

from __future__ import annotations

import csv
import io
import multiprocessing
import os
import time
from collections import deque
from collections.abc import Callable, Generator, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Final

from app.models.errors import (
    ClientVaultError,
    ImportCancelled,
    ImportFileUnreadable,
    InvalidOperation,
    NotFound,
    NothingToImport,
    ValidationError,
)
from app.models.import_formats import csv_reader, vcard_reader, xlsx_reader
from app.models.import_formats.header_mapping import (
    is_known_header,
    mapping_from_template,
    suggest_mapping,
    valid_target,
)
from app.models.import_formats.prepare import (
    MappedRow,
    PreparedCustomer,
    RowPlan,
    contact_point,
    invalid_point,
    map_row,
    prepare_from_customer,
)
from app.models.import_formats.table import CellKind, SourceRow, SourceTable
from app.models.matching import DEFAULT_MIN_SCORE, MatchRecord, PairScore
from app.models.records import (
    Address,
    ContactKind,
    ContactPoint,
    Customer,
    FollowUp,
    SensitiveKind,
    SensitiveValue,
)
from app.services import customers, dedupe
from app.services.permissions import Action, require
from app.services.session import Session
from app.vault import files
from app.vault.database import Connection
from app.vault.repositories import activity_repo, customers_repo, imports_repo, merges_repo

__all__ = [
    "ImportOptions",
    "ImportPreview",
    "ImportReport",
    "RowEntry",
    "UndoResult",
    "delete_template",
    "list_imports",
    "list_templates",
    "open_source",
    "preview",
    "read_source",
    "run_import",
    "save_template",
    "undo_import",
]

ON_MATCH: Final = ("skip", "update", "create")
BATCH: Final = 5000
SIMILAR_BATCH: Final = 500  # rows checked against the vault's customers with one batched look-up
PARALLEL_MIN_ROWS: Final = 20_000
DEFER_INDEXES_MIN_ROWS: Final = 10_000
MAX_FILE_BYTES: Final = 2 * 1024**3
LIKELY_MATCH_SCORE: Final = 0.9  # a fuzzy match this strong gets the on-match policy like an exact one
_CONTACT_TARGETS: Final = {"phones": ContactKind.PHONE, "emails": ContactKind.EMAIL,
                           "wechat": ContactKind.WECHAT, "qq": ContactKind.QQ}
_FIELD_OF_KIND: Final = {ContactKind.PHONE: "phone", ContactKind.EMAIL: "email", ContactKind.WECHAT: "wechat",
                         ContactKind.QQ: "qq"}
_ORDER: Final = {ContactKind.PHONE: 0, ContactKind.EMAIL: 1, ContactKind.WECHAT: 2, ContactKind.QQ: 3}
_VALUES_KEY: Final = {"address": "addresses", "phone": "phones", "email": "emails"}


# --- reading -------------------------------------------------------------------------------------

def _sniff_format(data: bytes, name: str) -> str:
    if data[:4] == b"PK\x03\x04":
        return "xlsx"
    if data[:8] == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1":
        return "xls"
    suffix = Path(name).suffix.lower()
    if suffix in (".vcf", ".vcard"):
        return "vcard"
    if suffix in (".xlsx", ".xlsm"):
        return "xlsx"
    if suffix == ".xls":
        return "xls"
    head = data[:4096]
    for bom, enc in ((b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be")):
        if head.startswith(bom):
            head = head[2:].decode(enc, errors="ignore").encode()
    if b"BEGIN:VCARD" in head.upper().replace(b"\x00", b""):
        return "vcard"
    return "csv"


def read_source(data: bytes, name: str, *, sheet: str | None = None, encoding: str | None = None,
                delimiter: str | None = None) -> SourceTable:
    """Pick the reader by content (zip → .xlsx, OLE → .xls, BEGIN:VCARD) and file name."""
    fmt = _sniff_format(data, name)
    if fmt == "xlsx":
        return xlsx_reader.read_xlsx(data, sheet=sheet, is_header=is_known_header)
    if fmt == "xls":
        return xlsx_reader.read_xls(data, sheet=sheet, is_header=is_known_header)
    if fmt == "vcard":
        return vcard_reader.read_vcard(data, encoding=encoding)
    return csv_reader.read_csv(data, encoding=encoding, delimiter=delimiter, is_header=is_known_header)


def _read_bytes(path: Path) -> bytes:
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise ImportFileUnreadable(reason="too_large", path=str(path))
        return path.read_bytes()
    except OSError as exc:
        raise files.os_error(exc, path) from exc


def open_source(path: Path, *, sheet: str | None = None, encoding: str | None = None,
                delimiter: str | None = None) -> SourceTable:
    data = _read_bytes(path)
    try:
        return read_source(data, path.name, sheet=sheet, encoding=encoding, delimiter=delimiter)
    except ClientVaultError as exc:
        if "path" not in exc.params:
            exc.params["path"] = path.name
        raise


def resolve_mapping(table: SourceTable, mapping: dict[str, str] | Sequence[str] | None) -> list[str]:
    """Targets per column: suggested, or from a template ({header: target}) or an explicit list."""
    if mapping is None:
        return suggest_mapping(table.headers, table.parent_headers)
    if isinstance(mapping, dict):
        if not all(isinstance(k, str) and isinstance(v, str) and valid_target(v) for k, v in mapping.items()):
            raise ImportFileUnreadable(reason="mapping_invalid")
        return mapping_from_template(table.headers, mapping, table.parent_headers)
    targets = [str(t) for t in mapping]
    if len(targets) != len(table.headers) or not all(valid_target(t) for t in targets):
        raise ImportFileUnreadable(reason="mapping_invalid")
    return targets


# --- preview (the wizard's mapping step) ----------------------------------------------------------

@dataclass
class PreviewRow:
    number: int
    cells: list[str]
    status: str  # ok | blank | summary | rejected
    values: dict[str, object]  # as they will be stored (normalized), for the wizard's preview
    problems: list[tuple[str, str]]


@dataclass
class ImportPreview:
    format: str
    encoding: str
    delimiter: str
    sheet: str
    sheets: tuple[str, ...]
    headers: list[str]
    parent_headers: list[str]
    targets: list[str]
    rows: list[PreviewRow]
    total_hint: int


def preview(session: Session, path: Path, *, sheet: str | None = None, encoding: str | None = None,
            delimiter: str | None = None, mapping: dict[str, str] | Sequence[str] | None = None,
            limit: int = 20) -> ImportPreview:
    """The first rows of a file as they will be stored, with their problems (no vault writes).
    `encoding` and `delimiter` override the detected ones (the delimiter applies to CSV only)."""
    require(session.user, Action.EDIT)
    table = open_source(path, sheet=sheet, encoding=encoding, delimiter=delimiter)
    targets = resolve_mapping(table, mapping)
    plan = RowPlan(table.headers, targets)
    region = customers.default_region(session)
    rows: list[PreviewRow] = []
    for row in table.rows:
        mapped = map_row(plan, row)
        result = _prepare(plan, row, region, mapped)
        values: dict[str, object] = {}
        if result.customer is not None:
            c = result.customer
            values = {name: customers.field_value(c, name) for name in customers.all_field_names(c)
                      if customers.field_value(c, name) not in (None, "", [], {})}
        rows.append(PreviewRow(row.number, list(row.cells), mapped.status, values, list(result.flags)))
        if len(rows) >= limit:
            break
    return ImportPreview(table.format, table.encoding, table.delimiter, table.sheet, table.sheets, table.headers,
                         table.parent_headers, targets, rows, table.total_hint)


# --- row preparation (runs in worker processes for big files) -------------------------------------

@dataclass
class _Prepared:
    number: int
    status: str
    reason: str
    flags: tuple[tuple[str, str], ...]
    prepared: PreparedCustomer | None = None
    keys: tuple[str, ...] = ()
    follow_up: str | None = None
    customer: Customer | None = None  # only in-process (preview, updates)


def _build(values: dict[str, object], region: str, flags: list[tuple[str, str]]) -> Customer | None:
    """build_customer(strict=False), leaving out (and flagging) a field that still fails."""
    values = dict(values)
    for _attempt in range(len(values) + 2):
        try:
            return customers.build_customer(values, region, strict=False)
        except ValidationError as exc:
            name = str(exc.field)
            if name == "name":
                if exc.reason == "too_long":
                    values["name"] = str(values["name"])[:200]
                    flags.append(("name", "too_long"))
                    continue
                return None
            key = _VALUES_KEY.get(name, name)
            if key not in values and name.startswith("custom"):
                key = "custom"
            if key not in values:
                return None
            values.pop(key)
            flags.append((name, exc.reason))
        except (TypeError, ValueError):
            return None
    return None


def _match_keys(c: Customer) -> tuple[str, ...]:
    keys: list[str] = []
    for p in c.contacts:
        if not p.valid:
            continue
        if p.kind is ContactKind.PHONE and p.label != "landline" and ";ext=" not in p.value:
            keys.append("p:" + p.value)
        elif p.kind is ContactKind.EMAIL:
            keys.append("e:" + p.value.lower())
    return tuple(dict.fromkeys(keys))


def _prepare(plan: RowPlan, row: SourceRow, region: str, mapped: MappedRow | None = None,
             keep_customer: bool = True) -> _Prepared:
    mapped = mapped or map_row(plan, row)
    if mapped.status != "ok":
        return _Prepared(row.number, mapped.status, mapped.reason, tuple(mapped.flags))
    flags = list(mapped.flags)
    values = dict(mapped.values)
    region = mapped.region or region
    raw_contacts = {k: values.pop(k) for k in list(values) if k in _CONTACT_TARGETS}
    c = _build(values, region, flags)
    if c is None:
        return _Prepared(row.number, "rejected", "invalid_name", tuple(flags))
    points: list[ContactPoint] = []
    for target, items in raw_contacts.items():
        kind = _CONTACT_TARGETS[target]
        seen: set[str] = set()
        for raw in items if isinstance(items, list) else [items]:
            point = contact_point(kind, str(raw), region)
            if point.value in seen:
                continue
            seen.add(point.value)
            points.append(point)
            if not point.valid:
                flags.append((_FIELD_OF_KIND[kind], point.problem or "invalid"))
    for target, raw, reason in mapped.invalid:
        damaged = invalid_point(target, raw, reason)
        if isinstance(damaged, SensitiveValue):
            c.sensitive[damaged.kind] = damaged
        else:
            points.append(damaged)
    for s in c.sensitive.values():
        if not s.valid and (s.kind.value, s.problem) not in flags:
            flags.append((s.kind.value, s.problem or "invalid"))
    c.contacts = sorted([*c.contacts, *points], key=lambda p: _ORDER[p.kind])
    return _Prepared(row.number, "ok", "", tuple(dict.fromkeys(flags)), prepare_from_customer(c), _match_keys(c),
                     mapped.follow_up, c if keep_customer else None)


_WORKER_PLAN: dict[str, Any] = {}


def _prepare_chunk(payload: tuple[list[str], list[str], str, list[tuple[int, list[str], dict[int, CellKind] | None]]]
                   ) -> list[tuple[Any, ...]]:
    """Worker entry point: rows in, plain tuples out (cheap to send back)."""
    headers, targets, region, rows = payload
    key = repr((headers, targets))
    plan = _WORKER_PLAN.get(key)
    if plan is None:
        _WORKER_PLAN.clear()
        plan = _WORKER_PLAN[key] = RowPlan(headers, targets)
    out: list[tuple[Any, ...]] = []
    for number, cells, kinds in rows:
        p = _prepare(plan, SourceRow(number, cells, kinds), region, keep_customer=False)
        out.append((p.number, p.status, p.reason, p.flags, None if p.prepared is None else tuple(p.prepared),
                    p.keys, p.follow_up))
    return out


def _from_tuple(t: tuple[Any, ...]) -> _Prepared:
    return _Prepared(t[0], t[1], t[2], t[3], None if t[4] is None else PreparedCustomer(*t[4]), t[5], t[6])


def _batches(rows: Iterator[SourceRow], size: int) -> Iterator[list[SourceRow]]:
    batch: list[SourceRow] = []
    for row in rows:
        batch.append(row)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def _worker_count(requested: int | None, total: int, cpus: int | None = None) -> int:
    """Worker processes for preparing rows: none for small files, else one per core (at most 4).
    Measured on 2 idle cores (bench/bench_import.py, 100k rows): 2 workers 14.0 s, 1 worker 19.6 s,
    none 20.6 s — the workers cost ~25% more CPU in all (start-up, cold caches, pickling) but the
    inserting process keeps a core busy. On a machine already saturated by other programs they
    are slower than none; the `workers` option lets a caller choose."""
    if requested is not None:
        return max(0, requested)
    cpus = cpus if cpus is not None else (os.cpu_count() or 1)
    if total < PARALLEL_MIN_ROWS or cpus < 2:
        return 0
    return min(cpus, 4)


def _prepared_batches(table: SourceTable, targets: list[str], region: str, workers: int,
                      cancelled: Callable[[], bool] | None) -> Generator[tuple[list[SourceRow], list[_Prepared]], None, None]:
    plan = RowPlan(table.headers, targets)
    if workers <= 0:
        for batch in _batches(table.rows, BATCH):
            yield batch, [_prepare(plan, row, region, keep_customer=False) for row in batch]
        return
    context = multiprocessing.get_context("spawn")
    pool = ProcessPoolExecutor(max_workers=workers, mp_context=context)
    pending: deque[tuple[list[SourceRow], Future[list[tuple[Any, ...]]]]] = deque()
    try:
        for batch in _batches(table.rows, BATCH):
            payload = (table.headers, targets, region, [(r.number, r.cells, r.kinds) for r in batch])
            pending.append((batch, pool.submit(_prepare_chunk, payload)))
            while len(pending) > workers * 2:
                done_batch, future = pending.popleft()
                yield done_batch, [_from_tuple(t) for t in future.result()]
            if cancelled is not None and cancelled():
                raise ImportCancelled()
        while pending:
            done_batch, future = pending.popleft()
            yield done_batch, [_from_tuple(t) for t in future.result()]
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


# --- running an import ---------------------------------------------------------------------------

@dataclass
class ImportOptions:
    on_match: str = "skip"  # skip | update | create
    dry_run: bool = False
    sheet: str | None = None
    encoding: str | None = None
    delimiter: str | None = None
    mapping: dict[str, str] | Sequence[str] | None = None  # a template {header: target} or targets per column
    rejected_rows: Path | None = None  # write the rejected rows (with their reasons) as CSV here
    workers: int | None = None  # worker processes; None: automatic (several only for big files)


@dataclass
class RowEntry:
    row: int
    status: str  # imported | updated | rejected | skipped
    reasons: list[tuple[str, str]] = field(default_factory=list)  # (field, reason); flags or why not
    customer_id: int | None = None
    # {"customer_id": id, "by": "phone"|"email", "row": n} for an exact match (in the vault or an
    # earlier row); {"customer_id": id, "by": "similar", "score": 0.95, "reasons": [{"code": …,
    # "params": {…}}]} for the duplicate engine's match (reasons as in app.models.matching).
    match: dict[str, object] | None = None

    def as_json(self) -> dict[str, object]:
        data: dict[str, object] = {"row": self.row, "status": self.status,
                                   "reasons": [{"field": f, "reason": r} for f, r in self.reasons]}
        if self.customer_id is not None:
            data["customer_id"] = self.customer_id
        if self.match:
            data["match"] = self.match
        return data


@dataclass
class ImportReport:
    import_id: int | None
    file_name: str
    format: str
    encoding: str
    sheet: str
    on_match: str
    dry_run: bool
    imported: int = 0
    updated: int = 0
    flagged: int = 0
    rejected: int = 0
    skipped: int = 0
    rows: list[RowEntry] = field(default_factory=list)  # every row that was not a clean new customer
    headers: list[str] = field(default_factory=list)
    targets: list[str] = field(default_factory=list)
    seconds: float = 0.0

    def counts(self) -> dict[str, int]:
        return {"imported": self.imported, "updated": self.updated, "flagged": self.flagged,
                "rejected": self.rejected, "skipped": self.skipped}

    def as_json(self) -> dict[str, object]:
        return {"import_id": self.import_id, "file": self.file_name, "format": self.format, "encoding": self.encoding,
                "sheet": self.sheet, "on_match": self.on_match, "dry_run": self.dry_run, **self.counts(),
                "mapping": [{"column": h, "field": t} for h, t in zip(self.headers, self.targets, strict=True)],
                "rows": [r.as_json() for r in self.rows], "seconds": round(self.seconds, 3)}


class _DryRun(Exception):
    pass


class _Importer:
    def __init__(self, session: Session, table: SourceTable, targets: list[str], options: ImportOptions,
                 report: ImportReport) -> None:
        self.session = session
        self.table = table
        self.targets = targets
        self.options = options
        self.report = report
        self.region = customers.default_region(session)
        self.plan = RowPlan(table.headers, targets)
        self.at = session.clock()
        self.con = session.con
        self.blind = session.blind_indexer()
        self.seen: dict[str, tuple[int, int]] = {}  # match key -> (customer id, row number)
        self.created: set[int] = set()
        self.vault_has_customers = imports_repo.any_customers(self.con)
        self.existing_before = customers_repo.next_customer_id(self.con)  # ids below: not made by this import
        self.next_id = customers_repo.next_customer_id(self.con)
        self.pending: list[PreparedCustomer] = []
        self.pending_first = self.next_id
        self.pending_follow_ups: list[FollowUp] = []
        self.effects: list[tuple[int, str, str | None]] = []
        self.rejected_rows: list[tuple[SourceRow, str]] = []
        self.import_id = 0
        # The duplicate engine's answers for rows of the current batch, looked up `similar_chunk`
        # rows at a time. Updating a customer makes answers looked up before it stale: they are
        # dropped and the chunk restarts at one row, doubling while no update intervenes.
        self.similar_rows: list[_Prepared] = []
        self.similar_at: dict[int, int] = {}  # row number -> index in similar_rows
        self.similar_found: dict[int, PairScore | None] = {}
        self.similar_chunk = SIMILAR_BATCH

    # -- writes --
    def flush(self) -> None:
        if self.pending:
            customers_repo.insert_prepared(self.con, self.pending, self.at, self.blind, first_id=self.pending_first)
            self.pending = []
        self.pending_first = self.next_id
        if self.pending_follow_ups:
            activity_repo.bulk_insert_activity(self.con, [], self.pending_follow_ups, [], self.at)
            self.pending_follow_ups = []
        if self.effects:
            imports_repo.add_effects(self.con, self.import_id, self.effects)
            self.effects = []

    def create(self, p: _Prepared) -> int:
        assert p.prepared is not None
        cid = self.next_id
        self.next_id += 1
        self.pending.append(p.prepared)
        self.created.add(cid)
        self.effects.append((cid, "created", None))
        if p.follow_up:
            self.pending_follow_ups.append(FollowUp(customer_id=cid, date=p.follow_up, kind="import",
                                                    user_id=self.session.user.id or None))
        return cid

    def update(self, cid: int, row: SourceRow) -> str | None:
        self.flush()
        mapped = map_row(self.plan, row)
        existing = customers_repo.load_customer(self.con, cid)
        if existing is None:
            return None
        try:
            changes = _changes(existing, mapped.values, mapped.region or self.region)
            if not changes:
                return None
            if cid < self.existing_before:  # customers made by this import are never candidates
                self.similar_found.clear()
                self.similar_chunk = 1
            group = customers.update_customer(self.session, cid, changes, strict=False, action="import")
        except ValidationError:
            return None
        if group and cid not in self.created:
            self.effects.append((cid, "updated", group))
        return group

    def similar(self, p: _Prepared) -> PairScore | None:
        """The duplicate engine's best match among customers that existed before this import (the
        engine is asked for those only, so customers this import made never crowd them out)."""
        if p.number not in self.similar_found:
            start = self.similar_at[p.number]
            chunk = self.similar_rows[start:start + self.similar_chunk]
            self.similar_chunk = min(SIMILAR_BATCH, 2 * self.similar_chunk)
            records = [_match_record(q.prepared, self.blind) for q in chunk if q.prepared is not None]
            found = dedupe.candidates_for_many(self.session, records, limit=1, min_score=DEFAULT_MIN_SCORE,
                                               below_id=self.existing_before)
            for q, pairs in zip(chunk, found, strict=True):
                self.similar_found[q.number] = pairs[0] if pairs else None
        return self.similar_found[p.number]

    def plan_similar(self, results: list[_Prepared], existing: dict[str, int]) -> None:
        """Note the rows of a batch that may need the duplicate engine: valid rows with no exact
        match in the vault or an earlier batch (a match on an earlier row of this batch is found
        only while going through it, so such rows may be looked up for nothing)."""
        self.similar_rows = [p for p in results if p.status not in ("blank", "summary", "rejected")
                             and p.prepared is not None
                             and not any(k in self.seen or k in existing for k in p.keys)]
        self.similar_at = {p.number: i for i, p in enumerate(self.similar_rows)}
        self.similar_found = {}
        self.similar_chunk = SIMILAR_BATCH

    # -- one batch --
    def batch(self, rows: list[SourceRow], results: list[_Prepared]) -> None:
        by_number = {r.number: r for r in rows}
        existing: dict[str, int] = {}
        if self.vault_has_customers:
            phones = [k[2:] for p in results for k in p.keys if k.startswith("p:") and k not in self.seen]
            emails = [k[2:] for p in results for k in p.keys if k.startswith("e:") and k not in self.seen]
            if phones or emails:
                existing = imports_repo.match_contacts(self.con, phones, emails)
        if self.vault_has_customers:
            self.plan_similar(results, existing)
        report = self.report
        policy = self.options.on_match
        for p in results:
            if p.status in ("blank", "summary"):
                report.skipped += 1
                report.rows.append(RowEntry(p.number, "skipped", [("", p.reason)]))
                continue
            if p.status == "rejected" or p.prepared is None:
                report.rejected += 1
                reasons = [("", p.reason or "invalid"), *p.flags]
                report.rows.append(RowEntry(p.number, "rejected", reasons))
                self.rejected_rows.append((by_number[p.number], p.reason or "invalid"))
                continue
            match: dict[str, object] | None = None
            target: int | None = None
            for key in p.keys:
                if key in self.seen:
                    target, row_no = self.seen[key]
                    match = {"customer_id": target, "by": "phone" if key[0] == "p" else "email", "row": row_no}
                    break
                if key in existing:
                    target = existing[key]
                    match = {"customer_id": target, "by": "phone" if key[0] == "p" else "email"}
                    break
            if target is None and self.vault_has_customers:
                pair = self.similar(p)
                if pair is not None:
                    match = {"customer_id": max(pair.a, pair.b), "by": "similar", "score": round(pair.score, 3),
                             "reasons": [{"code": r.code, "params": dict(r.params)} for r in pair.reasons]}
                    if _likely(pair):
                        target = max(pair.a, pair.b)
            flags = list(p.flags)
            if target is None or policy == "create":
                cid = self.create(p)
                for key in p.keys:
                    self.seen.setdefault(key, (cid, p.number))
                report.imported += 1
                if flags or match:
                    if flags:
                        report.flagged += 1
                    notes = [("", "possible_duplicate")] if match and match["by"] == "similar" else []
                    report.rows.append(RowEntry(p.number, "imported", [*flags, *notes], cid, match))
                continue
            if policy == "skip":
                report.skipped += 1
                why = ("duplicate_in_file" if match and "row" in match
                       else "similar_to_existing" if match and match["by"] == "similar" else "matches_existing")
                report.rows.append(RowEntry(p.number, "skipped", [("", why)], target, match))
                continue
            group = self.update(target, by_number[p.number])
            for key in p.keys:
                self.seen.setdefault(key, (target, p.number))
            if group is None:
                report.skipped += 1
                report.rows.append(RowEntry(p.number, "skipped", [("", "unchanged")], target, match))
                continue
            report.updated += 1
            if flags:
                report.flagged += 1
            report.rows.append(RowEntry(p.number, "updated", flags, target, match))
        self.flush()


def _likely(pair: PairScore) -> bool:
    """A fuzzy match strong enough for the on-match policy (see the module docstring)."""
    matched = [r for r in pair.reasons if not r.code.startswith("different_")]
    return pair.score >= LIKELY_MATCH_SCORE and len(matched) >= 2 and len(matched) == len(pair.reasons)


def _match_record(prepared: PreparedCustomer, blind: customers_repo.BlindIndexer) -> MatchRecord:
    """What the duplicate engine compares of a row about to be imported (id 0: not saved yet)."""
    row = prepared.row
    phones = tuple(c[1] for c in prepared.contacts if c[0] == ContactKind.PHONE.value and c[1])
    emails = tuple(c[1] for c in prepared.contacts if c[0] == ContactKind.EMAIL.value and c[1])
    wechat = tuple(c[1] for c in prepared.contacts if c[0] in (ContactKind.WECHAT.value, ContactKind.QQ.value) and c[1])
    id_key = next((blind(SensitiveKind.ID_NUMBER, value).hex() for kind, value, valid, _problem in prepared.sensitive
                   if kind == SensitiveKind.ID_NUMBER.value and valid and value), "")
    address = None
    if prepared.addresses:
        label, country, province, city, district, street, postal, free = prepared.addresses[0]
        address = Address(country=country, province=province, city=city, district=district, street=street,
                          postal_code=postal, free_form=free, label=label)
    return MatchRecord(
        id=0, name=str(row[0] or ""), family_name=str(row[1] or ""), given_name=str(row[2] or ""),
        company=str(row[4] or ""), phones=phones, emails=emails, wechat=wechat, id_key=id_key,
        birthday=str(row[7] or ""), address=address.one_line() if address else "",
        postal_code=address.postal_code if address else "",
    )


def _changes(existing: Customer, values: dict[str, object], region: str) -> dict[str, object]:
    """What an imported row adds to an existing customer (on-match "update"): scalar fields the row
    fills are overwritten; phones, emails, WeChat/QQ ids, addresses and tags are added to (never
    removed); custom fields are set per name."""
    changes: dict[str, object] = {}
    for key, value in values.items():
        if key in _CONTACT_TARGETS:
            kind = _CONTACT_TARGETS[key]
            current = [p.value for p in existing.contacts_of(kind)]
            new = [str(v) for v in (value if isinstance(value, list) else [value])
                   if contact_point(kind, str(v), region).value not in current]
            if new:
                changes[key] = [*current, *new]
        elif key == "tags":
            tags = [str(t) for t in (value if isinstance(value, list) else [value])]
            if any(t not in existing.tags for t in tags):
                changes["tags"] = list(dict.fromkeys([*existing.tags, *tags]))
        elif key == "addresses":
            probe = Customer(name="x")
            customers.apply_field(probe, "addresses", value, region, False)
            lines = {a.one_line() for a in existing.addresses}
            added = [a for a in probe.addresses if a.one_line() not in lines]
            if added:
                changes["addresses"] = [*existing.addresses, *added]
        elif key == "custom" and isinstance(value, dict):
            for name, text in value.items():
                if existing.custom.get(str(name)) != text:
                    changes["custom." + str(name)] = text
        elif key in customers.SENSITIVE_FIELDS:
            sv = existing.sensitive.get(customers.SENSITIVE_FIELDS[key])
            if sv is None or sv.value != str(value).strip():
                changes[key] = value
        elif value not in (None, "") and customers.field_value(existing, key) != value:
            changes[key] = value
    return changes


def run_import(session: Session, path: Path, options: ImportOptions | None = None, *,
               progress: Callable[[int, int], None] | None = None,
               cancelled: Callable[[], bool] | None = None) -> ImportReport:
    """Import a file in one transaction (all or nothing). `progress(done, total)` is called after
    each batch; `cancelled()` returning True rolls everything back and raises ImportCancelled."""
    require(session.user, Action.EDIT)
    options = options or ImportOptions()
    if options.on_match not in ON_MATCH:
        raise ValidationError("on_match", "invalid")
    start = time.perf_counter()
    table = open_source(path, sheet=options.sheet, encoding=options.encoding, delimiter=options.delimiter)
    targets = resolve_mapping(table, options.mapping)
    if not RowPlan(table.headers, targets).mapped:
        raise NothingToImport()
    report = ImportReport(None, path.name, table.format, table.encoding, table.sheet, options.on_match,
                          options.dry_run, headers=list(table.headers), targets=list(targets))
    total = max(table.total_hint, 1)
    workers = _worker_count(options.workers, table.total_hint)
    importer: _Importer | None = None
    try:
        with session.transaction() as con:
            importer = _Importer(session, table, targets, options, report)
            importer.import_id = imports_repo.create_import(con, path.name[:255], importer.at,
                                                            session.user.id or None)
            deferred: list[tuple[str, str]] = []
            if (table.total_hint >= DEFER_INDEXES_MIN_ROWS and not importer.vault_has_customers
                    and options.on_match != "update"):
                # Nothing is read back while rows go in (no matching against an empty vault, no
                # updates), so the indexes can be built once at the end.
                deferred = imports_repo.drop_secondary_indexes(con)
            done = 0
            batches = _prepared_batches(table, targets, importer.region, workers, cancelled)
            try:
                for rows, results in batches:
                    importer.batch(rows, results)
                    done += len(rows)
                    if progress is not None:
                        progress(min(done, total), max(total, done))
                    if cancelled is not None and cancelled():
                        raise ImportCancelled()
            finally:
                batches.close()
            imports_repo.create_indexes(con, deferred)
            for problem in table.problems:
                report.rejected += 1
                report.rows.append(RowEntry(problem.number, "rejected", [("", problem.reason)]))
            report.rows.sort(key=lambda r: r.row)
            counts: dict[str, object] = {**report.counts(), "format": table.format}
            imports_repo.finish_import(con, importer.import_id, counts)
            session.log("import", detail={"import_id": importer.import_id, **report.counts()})
            if options.dry_run:
                raise _DryRun()
        report.import_id = importer.import_id
    except _DryRun:
        report.import_id = None
    report.seconds = time.perf_counter() - start
    if options.rejected_rows is not None and importer is not None:
        _write_rejected(options.rejected_rows, table, importer.rejected_rows, report)
    if progress is not None:
        progress(total, total)
    return report


def _write_rejected(path: Path, table: SourceTable, rows: list[tuple[SourceRow, str]], report: ImportReport) -> None:
    """The rejected rows as CSV (UTF-8 with BOM, for Excel), each with its line number and reason."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(["row", "reason", *table.headers])
    for row, reason in rows:
        writer.writerow([row.number, reason, *row.cells])
    for entry in report.rows:
        if entry.status == "rejected" and entry.reasons and entry.reasons[0][1] == "truncated":
            writer.writerow([entry.row, "truncated"])
    files.write_atomic(path, ("\ufeff" + out.getvalue()).encode("utf-8"))


# --- undo, list, templates -------------------------------------------------------------------------

@dataclass(frozen=True)
class UndoResult:
    import_id: int
    deleted: int  # customers the import had created
    reverted: int  # customers whose import changes were reverted
    not_reverted: list[int]  # customers that could not be reverted (in the recycle bin since, say)


def undo_import(session: Session, import_id: int) -> UndoResult:
    """Undo an import: delete the customers it created (for good: they did not exist before) and
    revert its changes to existing customers (their history groups), in one transaction."""
    require(session.user, Action.EDIT)
    with session.transaction() as con:
        record = imports_repo.get_import(con, import_id)
        if record is None:
            raise NotFound(what="import", id=import_id)
        if record.undone_at is not None:
            raise InvalidOperation(reason="already_undone")
        effects = imports_repo.effects(con, import_id)
        _refuse_when_merged_since(con, effects)
        created = [cid for cid, effect, _g in effects if effect == "created"]
        reverted = 0
        failed: list[int] = []
        for cid, effect, groups in effects:
            if effect != "updated" or not groups:
                continue
            try:
                for group in reversed(groups.split(",")):
                    customers.revert(session, group)
                reverted += 1
            except (InvalidOperation, NotFound):
                failed.append(cid)
        deleted = imports_repo.delete_customers(con, imports_repo.existing_ids(con, created))
        imports_repo.mark_undone(con, import_id, session.clock())
        session.log("import", detail={"import_id": import_id, "undo": True, "deleted": deleted,
                                      "reverted": reverted})
    return UndoResult(import_id, deleted, reverted, failed)


def _refuse_when_merged_since(con: Connection, effects: Sequence[tuple[int, str, str | None]]) -> None:
    """An import whose customers were merged since cannot be undone as it stands: deleting a created
    customer that absorbed others would delete their data too, and reverting an updated customer's
    changes that now sit on another customer would change the wrong record. Undo the merge first."""
    for cid, effect, _groups in effects:
        absorbing = merges_repo.active_merge_absorbing(con, cid)
        if absorbing is not None:
            raise InvalidOperation(reason="merged_since", merge_id=absorbing)
        if effect == "created":
            into = merges_repo.active_merges_into(con, cid)
            if into:
                raise InvalidOperation(reason="merged_since", merge_id=into[-1].id)


def list_imports(session: Session, limit: int = 100) -> list[imports_repo.ImportRecord]:
    require(session.user, Action.VIEW)
    return imports_repo.list_imports(session.con, limit)


def list_templates(session: Session) -> dict[str, dict[str, str]]:
    require(session.user, Action.VIEW)
    return imports_repo.templates(session.con)


def save_template(session: Session, name: str, mapping: dict[str, str]) -> None:
    """Save a column mapping ({header: target}) under a name, for the next import of that layout."""
    require(session.user, Action.EDIT)
    name = name.strip()
    if not name or len(name) > 100:
        raise ValidationError("name", "required" if not name else "too_long", max=100)
    if not mapping or not all(isinstance(k, str) and isinstance(v, str) and valid_target(v)
                              for k, v in mapping.items()):
        raise ImportFileUnreadable(reason="mapping_invalid")
    with session.transaction() as con:
        all_templates = imports_repo.templates(con)
        all_templates[name] = dict(mapping)
        imports_repo.save_templates(con, all_templates)
        session.log("settings_change", fields=("import_mapping_templates",))


def delete_template(session: Session, name: str) -> None:
    require(session.user, Action.EDIT)
    with session.transaction() as con:
        all_templates = imports_repo.templates(con)
        if name not in all_templates:
            raise NotFound(what="template", id=0)
        del all_templates[name]
        imports_repo.save_templates(con, all_templates)
        session.log("settings_change", fields=("import_mapping_templates",))
