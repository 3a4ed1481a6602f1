"""Excel import: .xlsx through openpyxl (read-only, streaming) and .xls through xlrd.

* Sheet choice (default: the first sheet that has data).
* Merged title rows above the header are skipped; two-row headers with merged group cells
  (联系方式 spanning 手机 | 邮箱) are combined (merged ranges are read from the sheet XML, which
  openpyxl's read-only mode does not expose).
* Cells become text. A number cell is marked `CellKind.NUMBER` (a phone number stored as a number
  has lost its leading zero, if it had one); one with more than 15 significant digits is marked
  `IMPRECISE` (Excel keeps 15: the last digits of an 18-digit ID or a 19-digit id are gone) and
  written in scientific notation so nobody mistakes it for the original. Real Excel dates become
  ISO dates (`CellKind.DATE`).
"""

from __future__ import annotations

import datetime as dt
import io
import re
import zipfile
from collections.abc import Callable, Iterator
from typing import Any, Final

from app.models.errors import ImportFileUnreadable
from app.models.import_formats.table import (
    HEADER_SCAN_ROWS,
    MAX_COLUMNS,
    CellKind,
    SourceRow,
    SourceTable,
    clean_cell,
    combine_headers,
    find_header,
)

__all__ = ["cell_text", "read_xls", "read_xlsx", "sheet_names"]

MAX_UNCOMPRESSED: Final = 2 * 1024**3  # a zip bomb guard: 2 GiB of XML is far beyond 1M rows
_MERGE_RE: Final = re.compile(rb'<(?:\w+:)?mergeCell\s+ref="([A-Z]+)([0-9]+)(?::([A-Z]+)([0-9]+))?"')
_EXACT_DIGITS: Final = 15


def _column_index(letters: bytes) -> int:
    n = 0
    for ch in letters:
        n = n * 26 + (ch - 64)
    return n - 1


def cell_text(value: Any) -> tuple[str, CellKind | None]:
    """A cell value as text plus its kind (None for text)."""
    if value is None:
        return "", None
    if isinstance(value, str):
        return clean_cell(value), None
    if isinstance(value, bool):
        return ("TRUE" if value else "FALSE"), None
    if isinstance(value, int):
        digits = len(str(abs(value)))
        return str(value), (CellKind.IMPRECISE if digits > _EXACT_DIGITS else CellKind.NUMBER)
    if isinstance(value, float):
        if value != value or value in (float("inf"), float("-inf")):
            return "", None
        if value.is_integer() and abs(value) < 10**_EXACT_DIGITS:
            return str(int(value)), CellKind.NUMBER
        if abs(value) >= 10**_EXACT_DIGITS:
            return format(value, ".15G"), CellKind.IMPRECISE
        return repr(value), CellKind.NUMBER
    if isinstance(value, dt.datetime):
        if value.time() == dt.time(0, 0):
            return value.date().isoformat(), CellKind.DATE
        return value.replace(microsecond=0).isoformat(), CellKind.DATE
    if isinstance(value, dt.date):
        return value.isoformat(), CellKind.DATE
    if isinstance(value, dt.time):
        return value.replace(microsecond=0).isoformat(), None
    if isinstance(value, dt.timedelta):
        return str(value), None
    return clean_cell(str(value)), None


def _row_cells(values: tuple[Any, ...]) -> tuple[list[str], dict[int, CellKind] | None]:
    cells: list[str] = []
    kinds: dict[int, CellKind] | None = None
    for j, value in enumerate(values[:MAX_COLUMNS]):
        text, kind = cell_text(value)
        cells.append(text)
        if kind is not None:
            if kinds is None:
                kinds = {}
            kinds[j] = kind
    while cells and not cells[-1]:
        cells.pop()
    return cells, kinds


def _open_xlsx(data: bytes) -> Any:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            if sum(max(0, info.file_size) for info in archive.infolist()) > MAX_UNCOMPRESSED:
                raise ImportFileUnreadable(reason="too_large")
        from openpyxl import load_workbook

        return load_workbook(io.BytesIO(data), read_only=True, data_only=True, keep_links=False)
    except ImportFileUnreadable:
        raise
    except Exception:  # noqa: BLE001 - zipfile/openpyxl/XML raise dozens of types on a bad file
        raise ImportFileUnreadable(reason="not_xlsx") from None


def sheet_names(data: bytes) -> list[str]:
    wb = _open_xlsx(data)
    try:
        return [str(n) for n in wb.sheetnames]
    finally:
        wb.close()


def _merged_ranges(wb: Any, ws: Any) -> list[tuple[int, int, int, int]]:
    """(first row, first col, last row, last col) of each merged range, 1-based rows, 0-based cols."""
    try:
        with wb._archive.open(ws._worksheet_path) as handle:
            tail = b""
            found: list[bytes] = []
            seen_end = False
            while True:
                chunk = handle.read(1 << 20)
                if not chunk:
                    break
                block = tail + chunk
                if not seen_end:
                    at = block.find(b"</sheetData>")
                    if at < 0:
                        tail = block[-32:]
                        continue
                    seen_end = True
                    block = block[at:]
                found.append(block)
                tail = b""
            xml = b"".join(found)
    except Exception:  # noqa: BLE001 - merge info is a nicety; without it headers still work
        return []
    ranges = []
    for m in _MERGE_RE.finditer(xml):
        c1, r1 = _column_index(m.group(1)), int(m.group(2))
        c2 = _column_index(m.group(3)) if m.group(3) else c1
        r2 = int(m.group(4)) if m.group(4) else r1
        ranges.append((r1, c1, r2, c2))
    return ranges


def _build_table(fmt: str, sheet: str, sheets: list[str], rows: Iterator[tuple[int, list[str], dict[int, CellKind] | None]],
                 total: int, merged: list[tuple[int, int, int, int]], is_header: Callable[[str], bool] | None) -> SourceTable:
    sample: list[tuple[int, list[str], dict[int, CellKind] | None]] = []
    for item in rows:
        if not any(item[1]):
            continue  # blank rows above the header
        sample.append(item)
        if len(sample) >= HEADER_SCAN_ROWS:
            break
    if not sample:
        raise ImportFileUnreadable(reason="no_header")
    numbers = [n for n, _c, _k in sample]

    def across(i: int, col: int) -> bool:
        row = numbers[i]
        return any(r1 <= row <= r2 and c1 <= col <= c2 and c2 > c1 for r1, c1, r2, c2 in merged)

    score = is_header or (lambda _cell: False)
    header_at, sub_at = find_header([c for _n, c, _k in sample], score, across if merged else None)
    if header_at < 0:
        raise ImportFileUnreadable(reason="no_header")
    top = sample[header_at][1]
    header_row = numbers[header_at]

    def group_of(col: int) -> str:
        for r1, c1, r2, c2 in merged:
            if r1 <= header_row <= r2 and c1 <= col <= c2 and c1 < len(top):
                return top[c1]
        return ""

    sub = sample[sub_at][1] if sub_at is not None else None
    headers, parents = combine_headers(top, sub, group_of if merged else None)
    data_start = (sub_at if sub_at is not None else header_at) + 1
    header_rows = tuple(numbers[i] for i in (header_at, sub_at) if i is not None)
    width = len(headers)

    def stream() -> Iterator[SourceRow]:
        for number, cells, kinds in sample[data_start:]:
            yield SourceRow(number, _fit(cells, width), kinds)
        for number, cells, kinds in rows:
            yield SourceRow(number, _fit(cells, width), kinds)

    return SourceTable(format=fmt, headers=headers, rows=stream(), total_hint=max(0, total - header_rows[-1]),
                       sheet=sheet, sheets=tuple(sheets), header_rows=header_rows, parent_headers=parents)


def _fit(cells: list[str], width: int) -> list[str]:
    if len(cells) < width:
        cells.extend([""] * (width - len(cells)))
    return cells


def read_xlsx(data: bytes, *, sheet: str | None = None,
              is_header: Callable[[str], bool] | None = None) -> SourceTable:
    wb = _open_xlsx(data)
    names = [str(n) for n in wb.sheetnames]
    if not names:
        raise ImportFileUnreadable(reason="no_sheets")
    if sheet is not None:
        if sheet not in names:
            raise ImportFileUnreadable(reason="sheet_not_found")
        chosen = sheet
    else:
        chosen = names[0]
        for name in names:
            ws_try = wb[name]
            try:
                if any(any(v is not None for v in row) for row in ws_try.iter_rows(max_row=50, values_only=True)):
                    chosen = name
                    break
            except Exception:  # noqa: BLE001
                raise ImportFileUnreadable(reason="not_xlsx") from None
    ws = wb[chosen]
    merged = _merged_ranges(wb, ws)
    try:
        total = int(ws.max_row or 0)
    except Exception:  # noqa: BLE001
        total = 0

    def rows() -> Iterator[tuple[int, list[str], dict[int, CellKind] | None]]:
        try:
            for number, values in enumerate(ws.iter_rows(values_only=True), start=1):
                cells, kinds = _row_cells(tuple(values))
                yield number, cells, kinds
        except ImportFileUnreadable:
            raise
        except Exception:  # noqa: BLE001 - a damaged sheet part fails while streaming
            raise ImportFileUnreadable(reason="not_xlsx") from None
        finally:
            wb.close()

    return _build_table("xlsx", chosen, names, rows(), total, merged, is_header)


def read_xls(data: bytes, *, sheet: str | None = None,
             is_header: Callable[[str], bool] | None = None) -> SourceTable:
    """Old Excel 97–2003 workbooks through xlrd (which reads only .xls, maintained for that)."""
    try:
        import xlrd

        book = xlrd.open_workbook(file_contents=data, formatting_info=True, on_demand=False)
    except ImportError as exc:  # pragma: no cover - a declared dependency
        raise ImportFileUnreadable(reason="not_xls") from exc
    except Exception:  # noqa: BLE001 - xlrd raises many types on a bad file
        raise ImportFileUnreadable(reason="not_xls") from None
    names = [str(n) for n in book.sheet_names()]
    if not names:
        raise ImportFileUnreadable(reason="no_sheets")
    if sheet is not None and sheet not in names:
        raise ImportFileUnreadable(reason="sheet_not_found")
    try:
        if sheet is None:
            candidates = [book.sheet_by_name(n) for n in names]
            ws = next((s for s in candidates if s.nrows > 0), candidates[0])
        else:
            ws = book.sheet_by_name(sheet)
        merged = [(r1 + 1, c1, r2, c2 - 1) for r1, r2, c1, c2 in ws.merged_cells]
    except Exception:  # noqa: BLE001
        raise ImportFileUnreadable(reason="not_xls") from None
    datemode = book.datemode

    def value(cell: Any) -> Any:
        ctype = cell.ctype
        if ctype == xlrd.XL_CELL_DATE:
            try:
                return xlrd.xldate.xldate_as_datetime(cell.value, datemode)
            except Exception:  # noqa: BLE001
                return cell.value
        if ctype == xlrd.XL_CELL_NUMBER:
            return cell.value
        if ctype == xlrd.XL_CELL_BOOLEAN:
            return bool(cell.value)
        if ctype in (xlrd.XL_CELL_EMPTY, xlrd.XL_CELL_BLANK, xlrd.XL_CELL_ERROR):
            return None
        return str(cell.value)

    def rows() -> Iterator[tuple[int, list[str], dict[int, CellKind] | None]]:
        try:
            for r in range(ws.nrows):
                cells, kinds = _row_cells(tuple(value(c) for c in ws.row(r)))
                yield r + 1, cells, kinds
        except Exception:  # noqa: BLE001
            raise ImportFileUnreadable(reason="not_xls") from None

    return _build_table("xls", ws.name, names, rows(), ws.nrows, merged, is_header)
