# SPDX-License-Identifier: Apache-2.0
"""Table models of the data page and the import wizard (pairs with customers/transfer and duplicates):
the first rows of a file under its headers, the rejected rows of an import, and duplicate candidates."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from guide_desk.customers.duplicates import DuplicatePair
from guide_desk.customers.transfer.reading import RawRow
from guide_desk.customers.transfer.rejects import Reject
from guide_desk.ui.import_text import ImportWords
from guide_desk.ui.models.base import FlatTableModel, Index


class PreviewModel(FlatTableModel):
    """The file as read: its headers and first rows, so a person sees what each column holds."""

    def __init__(self) -> None:
        super().__init__([])
        self._rows: list[RawRow] = []

    def load(self, headers: list[str], rows: list[RawRow]) -> None:
        self.beginResetModel()
        self._headers, self._rows = list(headers), list(rows)
        self.endResetModel()

    def row_total(self) -> int:
        return len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        cells = self._rows[index.row()].cells
        return cells[index.column()] if index.column() < len(cells) else ""

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return str(self._rows[section].number)
        return super().headerData(section, orientation, role)


class RejectsModel(FlatTableModel):
    """Rejected rows: row number, column, reason (in the user's language) — the list a person fixes the file
    from."""

    def __init__(self) -> None:
        super().__init__([self.tr("Row"), self.tr("Column"), self.tr("Reason")])
        self._rejects: list[Reject] = []
        self.words = ImportWords(self)

    def load(self, rejects: list[Reject]) -> None:
        self.beginResetModel()
        self._rejects = sorted(rejects, key=lambda r: r.number)
        self.endResetModel()

    def row_total(self) -> int:
        return len(self._rejects)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        reject = self._rejects[index.row()]
        column = index.column()
        return reject.number if column == 0 else reject.columns if column == 1 else self.words.reject(reject)


class DuplicatePairModel(FlatTableModel):
    """Candidate pairs for the duplicates review; the reason says why they look like one person."""

    def __init__(self) -> None:
        super().__init__([self.tr("Customer"), self.tr("Possible duplicate"), self.tr("Why")])
        self._pairs: list[DuplicatePair] = []
        self._reasons = {"phone": self.tr("Same phone"), "wecom": self.tr("Same WeCom id"),
                         "name_birthday": self.tr("Same name and birthday")}

    def load(self, pairs: list[DuplicatePair]) -> None:
        self.beginResetModel()
        self._pairs = list(pairs)
        self.endResetModel()

    def row_total(self) -> int:
        return len(self._pairs)

    def pair(self, row: int) -> DuplicatePair:
        return self._pairs[row]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        pair = self._pairs[index.row()]
        return (pair.keep_name, pair.other_name, self._reasons.get(pair.reason, pair.reason))[index.column()]
