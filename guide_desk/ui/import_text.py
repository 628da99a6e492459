# SPDX-License-Identifier: Apache-2.0
"""Reject reasons and file refusals of an import, worded in the user's language (tr()); the core gives
codes and parameters (customers/transfer/reasons.py holds the same English, which the command line uses)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject

from guide_desk.customers.transfer.reasons import FileRefused
from guide_desk.customers.transfer.rejects import Reject


class ImportWords(QObject):
    """Words for every code the importer gives: row reasons, file refusals, the keys a row repeats."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows = {
            'bad_bytes': self.tr('line {line} is not valid {encoding}: byte 0x{byte} at position {position}'),
            'unreadable_csv': self.tr('cannot be read as CSV ({detail})'),
            'extra_cells': self.tr('has {cells} cells but the header has {width}'),
            'empty': self.tr('is empty'),
            'too_long': self.tr('is longer than {max} characters'),
            'bad_phone': self.tr("'{value}' is not a valid phone number"),
            'bad_date': self.tr("'{value}' is not a date like 1990-05-17"),
            'future_date': self.tr('{value} is in the future'),
            'old_date': self.tr('{value} is before 1900'),
            'bad_gender': self.tr("'{value}' is not 女/男 (F/M)"),
            'bad_tier': self.tr("'{value}' is not a tier (Member, Silver, Gold, Platinum)"),
            'not_number': self.tr("'{value}' is not a whole number"),
            'negative': self.tr("'{value}' is negative"),
            'not_yes_no': self.tr("'{value}' is not yes or no (是/否)"),
            'tag_too_long': self.tr("the tag '{tag}' is longer than {max} characters"),
            'exclusive_tags': self.tr('holds two tags of one exclusive group'),
            'too_many_tags': self.tr("would create new tags beyond WeCom's limit of {limit} tags"),
            'same_in_file': self.tr('same {key} as row {row}'),
            'two_customers': self.tr('its phone and its WeCom id belong to two different customers'),
            'no_match': self.tr('matches no customer here and has no name to create one'),
            'batch_refused': self.tr('not stored: the database refused it ({detail})'),
            'invalid': self.tr('{detail}'),
        }
        self.files = {
            'missing': self.tr('{file} does not exist'),
            'no_header': self.tr('{file} has no header row'),
            'header_bytes': self.tr('{file}: line 1 (the headers) is not valid {encoding}: byte 0x{byte} at position {position}'),  # noqa: E501 (one literal for lupdate)
            'header_unreadable': self.tr('{file}: the first row (the headers) cannot be read'),
            'not_xlsx': self.tr('{file} is not a readable .xlsx workbook ({detail})'),
            'no_sheet': self.tr('{file} has no worksheet'),
            'xlsx_too_big': self.tr('{file} unpacks to {size_mb} MB, more than the limit of {limit_mb} MB for a customer file'),  # noqa: E501 (one literal for lupdate)
            'xlsx_too_wide': self.tr('{file}: the sheet reaches cell {cell}, beyond the limit of {limit_rows} rows × {limit_columns} columns'),  # noqa: E501 (one literal for lupdate)
            'too_many_rows': self.tr('{file} has more than {limit} rows; split it into smaller files'),
            'no_name_column': self.tr("no column holds the customer's name, phone or WeCom id (columns: {columns})"),
            'same_field': self.tr("columns '{first}' and '{second}' both map to {field_name}"),
            'name_twice': self.tr("columns '{first}' and '{second}' both give the name; ignore one"),
        }
        self.keys = {
            'phone': self.tr('phone'),
            'wecom': self.tr('WeCom id'),
        }

    def reason(self, code: str, params: dict[str, Any]) -> str:
        values = dict(params)
        if "key" in values:
            values["key"] = self.keys.get(values["key"], values["key"])
        try:
            return self.rows.get(code, "{detail}").format(**values)
        except (KeyError, IndexError):
            return code

    def reject(self, reject: Reject) -> str:
        """All of a rejected row's reasons, in the user's language."""
        return "; ".join(self.reason(code, params) for _, code, params in reject.problems())

    def file(self, exc: FileRefused) -> str:
        try:
            return self.files[exc.code].format(**exc.params)
        except (KeyError, IndexError):
            return exc.problem
