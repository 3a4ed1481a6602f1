"""What every import reader produces: a header and a stream of rows of text cells.

Readers never convert a cell to a number: a 19-digit customer id or a phone number with a leading
zero stays exactly as it was written. Excel cells that *were* numbers in the workbook are marked
(`CellKind`), because a number may already have lost its leading zero or its last digits inside
Excel; the import flags such values instead of storing them as valid.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Final


class CellKind(StrEnum):
    NUMBER = "number"  # an Excel number cell: leading zeros are gone if there were any
    IMPRECISE = "imprecise"  # an Excel number with more than 15 significant digits: digits lost
    DATE = "date"  # an Excel date cell, given as ISO text ("2024-03-05")


@dataclass(slots=True)
class SourceRow:
    number: int  # 1-based: the line (CSV), row (sheet) or card (vCard) where the record starts
    cells: list[str]
    kinds: dict[int, CellKind] | None = None  # column index -> kind, only for non-text Excel cells


@dataclass(frozen=True, slots=True)
class RowProblem:
    """A record the reader itself could not use (a truncated vCard, say)."""

    number: int
    reason: str


@dataclass
class SourceTable:
    """A readable import source. `rows` is consumed once; `preview` holds the first rows."""

    format: str  # csv | xlsx | xls | vcard
    headers: list[str]
    rows: Iterator[SourceRow]
    total_hint: int = 0  # an estimate of the number of data rows (for progress)
    encoding: str = ""
    delimiter: str = ""
    sheet: str = ""
    sheets: tuple[str, ...] = ()
    header_rows: tuple[int, ...] = ()  # row numbers that made the header
    parent_headers: list[str] = field(default_factory=list)  # group header above each column ("" if none)
    problems: list[RowProblem] = field(default_factory=list)  # filled while `rows` is consumed


MAX_COLUMNS: Final = 512
HEADER_SCAN_ROWS: Final = 20


def clean_cell(value: str) -> str:
    """Trim a cell and drop NULs (they never belong in customer data)."""
    if "\x00" in value:
        value = value.replace("\x00", "")
    return value.strip()


def is_blank(cells: Iterable[str]) -> bool:
    return not any(c.strip() for c in cells)


def find_header(
    sample: list[list[str]],
    score: Callable[[str], bool],
    merged_across: Callable[[int, int], bool] | None = None,
) -> tuple[int, int | None]:
    """Which row of `sample` (the first rows of a sheet) is the header, and whether the row below
    it is a second header row (two-row headers with merged group cells: 联系方式 over 手机 | 邮箱).

    `score(cell)` says whether a cell looks like a known column name. The header is the row with
    the most such cells (the first on a tie); without any, the first row with two or more
    non-empty cells. Returns (index, index of the second header row or None); index -1 when the
    sample has no usable row at all. `merged_across(row, col)` says whether that cell is part of
    a horizontally merged range (Excel only).
    """
    best, best_score = -1, 0
    for i, cells in enumerate(sample):
        n = sum(1 for c in cells if c and score(c))
        if n > best_score:
            best, best_score = i, n
    if best < 0:
        for i, cells in enumerate(sample):
            if sum(1 for c in cells if c) >= 2:
                return i, None
        for i, cells in enumerate(sample):
            if any(cells):
                return i, None
        return -1, None
    below = best + 1
    if below >= len(sample):
        return best, None
    top, sub = sample[best], sample[below]
    filled = [c for c in sub if c]
    known = [c for c in filled if score(c)]
    if not known or len(known) * 2 < len(filled):
        return best, None
    width = max(len(top), len(sub))
    top = top + [""] * (width - len(top))
    sub = sub + [""] * (width - len(sub))
    grouped = any(
        (sub[j] and (not top[j] or (merged_across is not None and merged_across(best, j))))
        for j in range(width)
    )
    stacked = any(top[j] and not sub[j] for j in range(width))
    if grouped and (stacked or merged_across is not None):
        return best, below
    return best, None


def combine_headers(top: list[str], sub: list[str] | None,
                    merged_across: Callable[[int], str] | None = None) -> tuple[list[str], list[str]]:
    """Column names (and group names) from one or two header rows. A group cell (top row, merged
    or followed by empty cells) becomes the parent of the sub-header cells below it."""
    if sub is None:
        return [c for c in top], [""] * len(top)
    width = max(len(top), len(sub))
    top = top + [""] * (width - len(top))
    sub = sub + [""] * (width - len(sub))
    names: list[str] = []
    parents: list[str] = []
    group = ""
    for j in range(width):
        if top[j]:
            group = top[j]
        elif merged_across is not None:
            group = merged_across(j) or group
        if sub[j]:
            names.append(sub[j])
            parents.append(group if group != sub[j] else "")
        else:
            names.append(top[j] or group)
            parents.append("")
    return names, parents

