"""CSV (and TSV) import: encoding detection, Excel's `sep=` line, delimiter sniffing, quoted
newlines, header row detection (title rows above it are skipped, two-row headers combined).

Cells stay text: nothing is converted to a number, so "0755…" and 19-digit ids survive.
"""

from __future__ import annotations

import csv
import io
import re
import sys
from collections.abc import Callable, Iterator
from typing import Final

from app.models.errors import ImportFileUnreadable
from app.models.import_formats.encoding import decode
from app.models.import_formats.table import (
    HEADER_SCAN_ROWS,
    MAX_COLUMNS,
    SourceRow,
    SourceTable,
    clean_cell,
    combine_headers,
    find_header,
)

__all__ = ["read_csv", "sniff_delimiter", "split_sep_line"]

_DELIMITERS: Final = (",", ";", "\t", "|")
_SEP_LINE_RE: Final = re.compile(r"^\ufeff?\"?sep=(.)\"?[ \t]*\r?(?:\n|$)", re.IGNORECASE)
_NOT_DELIMITERS: Final = '"\r\n'  # the quote character and line breaks cannot separate cells
_FIELD_LIMIT: Final = 1_000_000  # characters in one cell (the csv module's default is 131072)

csv.field_size_limit(min(sys.maxsize, 2**31 - 1))


def split_sep_line(text: str) -> tuple[str | None, str]:
    """Excel's first line `sep=;` names the delimiter; returns (delimiter, text without the line)."""
    m = _SEP_LINE_RE.match(text)
    if m is None:
        return None, text
    return m.group(1), text[m.end():]


def _count_outside_quotes(line: str, delimiter: str) -> int:
    n = 0
    quoted = False
    for ch in line:
        if ch == '"':
            quoted = not quoted
        elif ch == delimiter and not quoted:
            n += 1
    return n


def sniff_delimiter(text: str) -> str:
    """The delimiter that splits the first lines into the same number (> 0) of fields most
    consistently; "," when nothing else does."""
    lines = [ln for ln in text[:65536].splitlines()[:50] if ln.strip()]
    if len(lines) > 1:
        lines = lines[:-1]  # the last sampled line may be cut in the middle
    best, best_score = ",", 0.0
    for d in _DELIMITERS:
        counts = [_count_outside_quotes(ln, d) for ln in lines]
        nonzero = [c for c in counts if c]
        if not nonzero:
            continue
        mode = max(set(nonzero), key=nonzero.count)
        agree = sum(1 for c in counts if c == mode)
        score = agree / len(counts) + min(mode, 20) / 100  # consistency first, then field count
        if score > best_score:
            best, best_score = d, score
    return best


def _rows(text: str, delimiter: str, first_line: int) -> Iterator[tuple[int, list[str]]]:
    """(line number, cells) for each record; a record with quoted newlines spans several lines."""
    lines = _LineCounter(io.StringIO(text, newline=""), first_line)
    reader = csv.reader(lines, delimiter=delimiter, quotechar='"', doublequote=True, strict=False)
    try:
        while True:
            start = lines.next_line
            try:
                cells = next(reader)
            except StopIteration:
                return
            if len(cells) > MAX_COLUMNS:
                cells = cells[:MAX_COLUMNS]
            if cells and max(map(len, cells)) > _FIELD_LIMIT:
                raise ImportFileUnreadable(reason="csv_syntax")
            yield start, cells
    except csv.Error:
        raise ImportFileUnreadable(reason="csv_syntax") from None


class _LineCounter:
    """Wraps the line iterator given to csv.reader and remembers the next line's number."""

    def __init__(self, handle: io.StringIO, first_line: int) -> None:
        self._handle = handle
        self.next_line = first_line

    def __iter__(self) -> _LineCounter:
        return self

    def __next__(self) -> str:
        line = self._handle.readline()
        if not line:
            raise StopIteration
        self.next_line += 1
        return line


def read_csv(data: bytes, *, encoding: str | None = None, delimiter: str | None = None,
             is_header: Callable[[str], bool] | None = None) -> SourceTable:
    """Read CSV bytes into a `SourceTable` (rows streamed). `is_header(cell)` tells known column
    names (from header_mapping) so a title row above the header is recognised and skipped."""
    decoded = decode(data, encoding)
    text = decoded.text
    if text.startswith("\ufeff"):
        text = text[1:]
    sep, body = split_sep_line(text)
    first_line = 1
    if sep is not None:
        first_line = 2
        delimiter = delimiter or sep
    delim = delimiter or sniff_delimiter(body)
    if len(delim) != 1 or delim in _NOT_DELIMITERS:
        raise ImportFileUnreadable(reason="csv_syntax")
    rows = _rows(body, delim, first_line)
    sample: list[tuple[int, list[str]]] = []
    for number, cells in rows:
        sample.append((number, [clean_cell(c) for c in cells]))
        if len(sample) >= HEADER_SCAN_ROWS:
            break
    score = is_header or (lambda _cell: False)
    header_at, sub_at = find_header([cells for _n, cells in sample], score)
    if header_at < 0:
        raise ImportFileUnreadable(reason="no_header")
    top = sample[header_at][1]
    sub = sample[sub_at][1] if sub_at is not None else None
    headers, parents = combine_headers(top, sub)
    data_start = (sub_at if sub_at is not None else header_at) + 1
    header_rows = tuple(sample[i][0] for i in (header_at, sub_at) if i is not None)
    width = len(headers)
    total = max(0, body.count("\n") - data_start)

    has_nul = "\x00" in body  # without NULs, clean_cell is str.strip (mapped in C: 1M-row imports)

    def stream() -> Iterator[SourceRow]:
        for number, cells in sample[data_start:]:
            yield SourceRow(number, _fit(cells, width))
        for number, cells in rows:
            yield SourceRow(number, _fit([clean_cell(c) for c in cells] if has_nul else list(map(str.strip, cells)),
                                         width))

    return SourceTable(
        format="csv", headers=headers, rows=stream(), total_hint=total, encoding=decoded.encoding,
        delimiter=delim, header_rows=header_rows, parent_headers=parents,
    )


def _fit(cells: list[str], width: int) -> list[str]:
    """Pad a short row; keep extra cells (a value in a column without a header is kept as
    "column N")."""
    if len(cells) < width:
        cells.extend([""] * (width - len(cells)))
    return cells
