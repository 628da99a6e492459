# SPDX-License-Identifier: Apache-2.0
"""Reading customer files as Chinese stores have them: CSV in UTF-8 (with or without a BOM) or GBK/GB18030
as Chinese Excel and POS systems write it, with ',' ';' or tab between cells, and .xlsx workbooks.

A file is read into rows of text cells, each with its row number in the file, so every later message can
point at the row a person sees in Excel. A row the CSV parser cannot read becomes a row-level problem,
never an exception that stops the import."""

from __future__ import annotations

import csv
import gc
import io
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

from guide_desk.errors import InvalidInput

SNIFF_BYTES = 64 * 1024
DELIMITERS = ",;\t|"
MAX_CELL = 100_000


@dataclass
class RawRow:
    """One data row: its number in the file (the header is row 1) and its cells as text; `problem` is set
    when the row could not be parsed at all."""

    number: int
    cells: list[str]
    problem: str | None = None


@dataclass
class Sheet:
    headers: list[str]
    rows: list[RawRow] = field(default_factory=list)
    encoding: str = ""
    delimiter: str = ""


def decode(data: bytes) -> tuple[str, str]:
    """(text, encoding): a BOM decides; else strict UTF-8; else GB18030 (a superset of GBK and GB2312)."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace"), "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace"), "utf-16"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        return data.decode("gb18030", errors="replace"), "gb18030"


def sniff_delimiter(sample: str) -> str:
    """The cell separator, judged on the first lines; ',' when the sample gives no clear answer."""
    try:
        return csv.Sniffer().sniff(sample, delimiters=DELIMITERS).delimiter
    except csv.Error:
        first = sample.split("\n", 1)[0]
        counts = {d: first.count(d) for d in DELIMITERS}
        best = max(counts, key=lambda d: counts[d])
        return best if counts[best] else ","


def _csv_rows(text: str, delimiter: str) -> Iterator[tuple[list[str] | None, str | None]]:
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    while True:
        try:
            cells = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            yield None, f"cannot be read as CSV: {exc}"
            continue
        yield cells, None


def read_csv(path: Path) -> Sheet:
    text, encoding = decode(path.read_bytes())
    text = text.replace("\x00", "")
    delimiter = sniff_delimiter(text[:SNIFF_BYTES])
    sheet = Sheet(headers=[], encoding=encoding, delimiter=delimiter)
    number = 0
    for cells, problem in _csv_rows(text, delimiter):
        number += 1
        if not sheet.headers and problem is None and cells is not None and number == 1:
            sheet.headers = [cell.strip() for cell in cells]
            continue
        if number == 1:
            raise InvalidInput("file", f"{path.name}: the first row (the headers) cannot be read")
        if cells is not None and not any(cell.strip() for cell in cells):
            continue  # blank lines are nobody's mistake
        sheet.rows.append(RawRow(number, [c[:MAX_CELL] for c in cells or []], problem))
    return sheet


def cell_text(value: Any) -> str:
    """An Excel cell as the text a person sees: whole numbers without '.0' (phones are often numbers)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e16:
        return str(int(value))
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == time(0) else value.isoformat(sep=" ")
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def read_xlsx(path: Path) -> Sheet:
    from openpyxl import load_workbook

    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds for a broken workbook
        raise InvalidInput("file", f"{path.name} is not a readable .xlsx workbook ({type(exc).__name__})") from exc
    try:
        sheet_obj = book.worksheets[0] if book.worksheets else None
        if sheet_obj is None:
            raise InvalidInput("file", f"{path.name} has no worksheet")
        sheet = Sheet(headers=[], encoding="xlsx")
        for number, values in enumerate(sheet_obj.iter_rows(values_only=True), start=1):
            cells = [cell_text(v)[:MAX_CELL] for v in values]
            if number == 1:
                sheet.headers = [c.strip() for c in cells]
            elif any(c.strip() for c in cells):
                sheet.rows.append(RawRow(number, cells))
        return sheet
    finally:
        book.close()


def read_sheet(path: Path) -> Sheet:
    """The headers and data rows of a .csv/.txt or .xlsx file; InvalidInput('file', …) when unreadable."""
    if not path.is_file():
        raise InvalidInput("file", f"{path} does not exist")
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
        raise InvalidInput("file", f"{path.name} has no header row")
    return sheet
