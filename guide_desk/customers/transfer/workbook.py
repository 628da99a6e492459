# SPDX-License-Identifier: Apache-2.0
"""Reading the first sheet of an .xlsx workbook once, streaming (openpyxl read-only), bounded by what the
sheet really holds — not by the dimension it claims, which one stray cell at XFD1048576 stretches to 17
billion cells.

Before openpyxl parses anything the zip's directory is checked: a workbook that unpacks to more than
MAX_UNPACKED_MB (a decompression bomb, or a file far bigger than a store's customers) is refused at once,
naming the limit. While reading, a non-empty cell beyond MAX_ROWS rows or MAX_COLUMNS columns refuses the
file, naming the cell and the limit."""

from __future__ import annotations

import zipfile
from collections.abc import Iterator
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

from guide_desk.customers.transfer.reasons import FileRefused

MAX_UNPACKED_MB = 200
MAX_ROWS = 500_000
MAX_COLUMNS = 200
MAX_CELL = 100_000


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


def check_unpacked_size(path: Path) -> None:
    """FileRefused when the workbook's parts add up to more than the limit once unpacked (sizes from the
    zip directory, nothing inflated)."""
    try:
        with zipfile.ZipFile(path) as archive:
            unpacked = sum(info.file_size for info in archive.infolist())
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise FileRefused("not_xlsx", file=path.name, detail=type(exc).__name__) from exc
    if unpacked > MAX_UNPACKED_MB * 1024 * 1024:
        raise FileRefused("xlsx_too_big", file=path.name, size_mb=unpacked // (1024 * 1024),
                          limit_mb=MAX_UNPACKED_MB)


def _too_far(path: Path, number: int, column: int) -> FileRefused:
    from openpyxl.utils import get_column_letter

    return FileRefused("xlsx_too_wide", file=path.name, cell=f"{get_column_letter(column)}{number}",
                       limit_rows=MAX_ROWS, limit_columns=MAX_COLUMNS)


def xlsx_rows(path: Path) -> Iterator[tuple[int, list[str]]]:
    """(row number, cells as text) for each row of the first sheet that holds something, in order."""
    from openpyxl import load_workbook

    check_unpacked_size(path)
    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds for a broken workbook
        raise FileRefused("not_xlsx", file=path.name, detail=type(exc).__name__) from exc
    try:
        if not book.worksheets:
            raise FileRefused("no_sheet", file=path.name)
        sheet = book.worksheets[0]
        sheet.reset_dimensions()  # the rows the XML holds, not the dimension it claims
        for number, values in enumerate(sheet.iter_rows(values_only=True), start=1):
            if not values:
                continue
            if len(values) > MAX_COLUMNS:
                far = next((i for i in range(len(values) - 1, MAX_COLUMNS - 1, -1) if values[i] is not None), None)
                if far is not None:
                    raise _too_far(path, number, far + 1)
                values = values[:MAX_COLUMNS]
            cells = [cell_text(v)[:MAX_CELL] for v in values]
            if not any(c.strip() for c in cells):
                continue
            if number > MAX_ROWS:
                raise _too_far(path, number, next(i for i, c in enumerate(cells) if c.strip()) + 1)
            yield number, cells
    except FileRefused:
        raise
    except Exception as exc:  # a sheet whose XML breaks half-way
        raise FileRefused("not_xlsx", file=path.name, detail=type(exc).__name__) from exc
    finally:
        book.close()
