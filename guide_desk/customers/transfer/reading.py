# SPDX-License-Identifier: Apache-2.0
"""Reading customer files as stores have them: CSV in UTF-8 (with or without a BOM), GB18030/GBK as Chinese
Excel and POS systems write it, Big5 or Latin-1 — one encoding per file, found by decoding.py — with ',' ';'
or tab between cells, and .xlsx workbooks (workbook.py).

A file is read once into rows of text cells, each with its row number in the file, so every later message
can point at the row a person sees in Excel. A row the CSV parser cannot read, or whose bytes are not valid
in the file's encoding, becomes a row-level problem (a code with parameters), never an exception that stops
the import. CSV cells lose the quote our exports put before formula-like text (safe_cells)."""

from __future__ import annotations

import csv
import gc
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from guide_desk.customers.transfer.decoding import DecodedLines, decode_file
from guide_desk.customers.transfer.reasons import FileRefused
from guide_desk.customers.transfer.safe_cells import restore
from guide_desk.customers.transfer.workbook import MAX_CELL, MAX_ROWS, xlsx_rows

SNIFF_CHARS = 64 * 1024
DELIMITERS = ",;\t|"
Problem = tuple[str, dict[str, Any]]


@dataclass
class RawRow:
    """One data row: its number in the file (the header is row 1) and its cells as text; `problem` (a reason
    code and its parameters) is set when the row could not be read at all."""

    number: int
    cells: list[str]
    problem: Problem | None = None


@dataclass
class Sheet:
    headers: list[str]
    rows: list[RawRow] = field(default_factory=list)
    encoding: str = ""
    delimiter: str = ""


def sniff_delimiter(sample: str) -> str:
    """The cell separator, judged on the first lines; ',' when the sample gives no clear answer."""
    try:
        return csv.Sniffer().sniff(sample, delimiters=DELIMITERS).delimiter
    except csv.Error:
        first = sample.split("\n", 1)[0]
        counts = {d: first.count(d) for d in DELIMITERS}
        best = max(counts, key=lambda d: counts[d])
        return best if counts[best] else ","


def _records(decoded: DecodedLines, delimiter: str) -> Iterator[tuple[list[str] | None, Problem | None]]:
    """Each CSV record with the problem of the lines it spans (bad bytes first, then broken quoting)."""
    lines = (line.replace("\x00", "") for line in decoded.lines)
    reader = csv.reader(lines, delimiter=delimiter)
    last_line = 0
    while True:
        try:
            cells: list[str] | None = next(reader)
            problem: Problem | None = None
        except StopIteration:
            return
        except csv.Error as exc:
            cells, problem = None, ("unreadable_csv", {"detail": str(exc)})
        first, last_line = last_line + 1, reader.line_num
        if decoded.bad:
            bad = next((n for n in range(first, last_line + 1) if n in decoded.bad), None)
            if bad is not None:
                where = decoded.bad[bad]
                problem = ("bad_bytes", {"line": bad, "encoding": decoded.label, "byte": where.byte,
                                         "position": where.position})
        yield cells, problem


def read_csv(path: Path) -> Sheet:
    decoded = decode_file(path.read_bytes(), name=path.name)
    delimiter = sniff_delimiter("".join(decoded.lines[:200])[:SNIFF_CHARS])
    sheet = Sheet(headers=[], encoding=decoded.encoding, delimiter=delimiter)
    number = 0
    for cells, problem in _records(decoded, delimiter):
        number += 1
        if number == 1:
            if problem is not None or cells is None:
                raise FileRefused("header_unreadable", file=path.name)
            sheet.headers = [restore(cell.strip()) for cell in cells]
            continue
        if problem is None and cells is not None and not any(cell.strip() for cell in cells):
            continue  # blank lines are nobody's mistake
        if len(sheet.rows) >= MAX_ROWS:
            raise FileRefused("too_many_rows", file=path.name, limit=MAX_ROWS)
        sheet.rows.append(RawRow(number, [restore(c[:MAX_CELL]) for c in cells or []], problem))
    return sheet


def read_xlsx(path: Path) -> Sheet:
    sheet = Sheet(headers=[], encoding="xlsx")
    for number, cells in xlsx_rows(path):
        if not sheet.headers:
            sheet.headers = [c.strip() for c in cells]
        else:
            sheet.rows.append(RawRow(number, cells))
    return sheet


def read_sheet(path: Path) -> Sheet:
    """The headers and data rows of a .csv/.txt or .xlsx file; FileRefused (an InvalidInput('file', …))
    when it cannot be read."""
    if not path.is_file():
        raise FileRefused("missing", file=str(path))
    was_enabled = gc.isenabled()
    gc.disable()  # rows hold no cycles; a full collection over 100k of them would stall the window
    try:
        sheet = read_xlsx(path) if path.suffix.lower() in (".xlsx", ".xlsm") else read_csv(path)
    finally:
        if was_enabled:
            gc.enable()
    while sheet.headers and not sheet.headers[-1]:
        sheet.headers.pop()
    if not any(sheet.headers):
        raise FileRefused("no_header", file=path.name)
    return sheet
