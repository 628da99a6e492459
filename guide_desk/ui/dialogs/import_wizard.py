# SPDX-License-Identifier: Apache-2.0
"""The import wizard: choose a file → check the column mapping against the first rows → dry run → import
with a progress bar and Cancel → the result, with every rejected row and "Save rejects CSV…".

The import runs through the context's runner (off the GUI thread); progress comes back by signal, and
Cancel stops between batches, so what was imported is whole batches only."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from guide_desk.customers.transfer.apply import ImportOptions, ImportResult
from guide_desk.customers.transfer.importer import Preview, effective_options, import_sheet, preview_file
from guide_desk.customers.transfer.mapping import FIELDS, NAME_PARTS, complete_mapping, updates_only
from guide_desk.customers.transfer.reasons import FileRefused
from guide_desk.customers.transfer.rejects import write_rejects
from guide_desk.model.rules.search_columns import pinyin_keys
from guide_desk.ui.context import AppContext
from guide_desk.ui.errors import show_error
from guide_desk.ui.import_text import ImportWords
from guide_desk.ui.models.import_preview import PreviewModel, RejectsModel

ChoosePath = Callable[[QWidget], Path | None]


class _Progress(QObject):
    moved = Signal(int, int)


def _warm_up() -> None:
    """Load the pinyin phrase tables while the person picks a file: loading them holds the GIL for ~0.3 s,
    which would otherwise freeze the progress bar when the first batch is written."""
    pinyin_keys("张三")


def choose_import_file(parent: QWidget) -> Path | None:
    title = QCoreApplication.translate("ImportWizard", "Import customers")
    kinds = QCoreApplication.translate("ImportWizard", "Customer files (*.csv *.txt *.xlsx)")
    path, _ = QFileDialog.getOpenFileName(parent, title, "", kinds)
    return Path(path) if path else None


def choose_rejects_file(parent: QWidget) -> Path | None:
    title = QCoreApplication.translate("ImportWizard", "Save rejected rows")
    path, _ = QFileDialog.getSaveFileName(parent, title, "rejects.csv",
                                          QCoreApplication.translate("ImportWizard", "CSV (*.csv)"))
    return Path(path) if path else None


class ImportWizard(QDialog):
    """Owns one import: the file's preview, the mapping chosen, and the last result (dry run or real)."""

    imported = Signal(object)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.choose_file: ChoosePath = choose_import_file
        self.choose_rejects: ChoosePath = choose_rejects_file
        self.preview: Preview | None = None
        self.import_result: ImportResult | None = None
        self._cancel = threading.Event()
        self.setWindowTitle(self.tr("Import customers"))
        self.resize(900, 600)
        self.field_labels = {
            "": self.tr("(ignore)"), "name": self.tr("Name"), "phone_e164": self.tr("Phone"),
            "wecom_external_id": self.tr("WeCom id"), "gender": self.tr("Gender"), "birthday": self.tr("Birthday"),
            "size_top": self.tr("Top size"), "size_bottom": self.tr("Bottom size"), "size_shoe": self.tr("Shoe size"),
            "style_prefs": self.tr("Style preferences"), "tier": self.tr("Tier"), "points": self.tr("Points"),
            "marketing_consent": self.tr("Marketing consent"), "tags": self.tr("Tags"), "note": self.tr("Note"),
            "first_name": self.tr("First name (given name)"), "last_name": self.tr("Last name (family name)"),
        }
        self.words = ImportWords(self)
        self.pages = QStackedWidget()
        self.pages.addWidget(self._file_page())
        self.pages.addWidget(self._mapping_page())
        self.pages.addWidget(self._progress_page())
        self.pages.addWidget(self._result_page())
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        QShortcut(QKeySequence.StandardKey.Cancel, self, self.cancel)
        context.runner(self).submit(_warm_up, lambda _none: None, lambda _exc: None)

    def _file_page(self) -> QWidget:
        page = QWidget()
        self.file_label = QLabel(self.tr("Choose a CSV (UTF-8 or GBK, as Excel or the POS saves it) or an .xlsx "
                                         "file with one customer per row and the column names in the first row."))
        self.file_label.setWordWrap(True)
        self.choose_button = QPushButton(self.tr("Choose file…"))
        self.choose_button.clicked.connect(self.ask_file)
        column = QVBoxLayout(page)
        column.addWidget(self.file_label)
        column.addWidget(self.choose_button)
        column.addStretch(1)
        return page

    def _mapping_page(self) -> QWidget:
        page = QWidget()
        self.source = QLabel()
        self.source.setWordWrap(True)
        self.mapping_form = QFormLayout()
        self.combos: dict[str, QComboBox] = {}
        self.preview_model = PreviewModel()
        self.preview_table = QTableView()
        self.preview_table.setModel(self.preview_model)
        self.preview_table.setAccessibleName(self.tr("First rows of the file"))
        self.on_duplicate = QComboBox()
        for label, value in ((self.tr("Skip them"), "skip"), (self.tr("Update them from the file"), "update"),
                             (self.tr("Merge: fill only empty fields, add tags"), "merge")):
            self.on_duplicate.addItem(label, value)
        self.on_duplicate.setAccessibleName(self.tr("Customers already here (same phone or WeCom id)"))
        self.check_label = QLabel()
        self.check_label.setWordWrap(True)
        self.dry_run_button = QPushButton(self.tr("Check (dry run)"))
        self.dry_run_button.clicked.connect(lambda: self.start(dry_run=True))
        self.import_button = QPushButton(self.tr("Import"))
        self.import_button.setDefault(True)
        self.import_button.clicked.connect(lambda: self.start(dry_run=False))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (self.dry_run_button, self.import_button):
            buttons.addWidget(button)
        duplicates = QFormLayout()
        duplicates.addRow(self.tr("Customers already here:"), self.on_duplicate)
        column = QVBoxLayout(page)
        column.addWidget(self.source)
        column.addLayout(self.mapping_form)
        column.addWidget(self.preview_table, 1)
        column.addLayout(duplicates)
        column.addWidget(self.check_label)
        column.addLayout(buttons)
        return page

    def _progress_page(self) -> QWidget:
        page = QWidget()
        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Import progress"))
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.cancel)
        column = QVBoxLayout(page)
        column.addWidget(QLabel(self.tr("Importing… Cancel stops after the current batch of 1,000 rows.")))
        column.addWidget(self.progress)
        column.addWidget(self.cancel_button, 0, Qt.AlignmentFlag.AlignRight)
        column.addStretch(1)
        return page

    def _result_page(self) -> QWidget:
        page = QWidget()
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.rejects_model = RejectsModel()
        self.rejects_table = QTableView()
        self.rejects_table.setModel(self.rejects_model)
        self.rejects_table.setAccessibleName(self.tr("Rejected rows"))
        self.rejects_table.horizontalHeader().setStretchLastSection(True)
        self.save_rejects_button = QPushButton(self.tr("Save rejects CSV…"))
        self.save_rejects_button.clicked.connect(self.save_rejects)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_rejects_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        column = QVBoxLayout(page)
        column.addWidget(self.summary)
        column.addWidget(self.rejects_table, 1)
        column.addLayout(buttons)
        return page

    def ask_file(self) -> bool:
        path = self.choose_file(self)
        return path is not None and self.load_file(path)

    def load_file(self, path: Path) -> bool:
        """Read the file off the GUI thread (100k rows take a second), then show the mapping step."""
        self.path = path
        self.choose_button.setEnabled(False)
        self.file_label.setText(self.tr("Reading {name}…").format(name=path.name))
        engine = self.context.engine
        self.context.runner(self).submit(lambda: preview_file(engine, path=path), self._previewed,
                                         self._preview_failed)
        return self.preview is not None or self.context.background

    def _preview_failed(self, exc: BaseException) -> None:
        self.choose_button.setEnabled(True)
        if isinstance(exc, FileRefused):  # said on the page, in the user's language: choose another file
            self.file_label.setText(self.words.file(exc))
            return
        show_error(self, exc)

    def _previewed(self, preview: Preview) -> None:
        self.preview = preview
        self.choose_button.setEnabled(True)
        path = self.path
        sheet = self.preview.sheet
        self.source.setText(self.tr("{name}: {rows} rows, read as {encoding}. Check what each column holds.").format(
            name=path.name, rows=self.preview.row_count, encoding=sheet.encoding))
        while self.mapping_form.rowCount():
            self.mapping_form.removeRow(0)
        self.combos = {}
        for header in self.preview.headers:
            combo = QComboBox()
            for field in ("", *FIELDS, *NAME_PARTS):
                combo.addItem(self.field_labels[field], field)
            combo.setCurrentIndex(max(0, combo.findData(self.preview.mapping.get(header, ""))))
            combo.setAccessibleName(self.tr("Field for column {column}").format(column=header))
            self.combos[header] = combo
            self.mapping_form.addRow(header or "—", combo)
        self.preview_model.load(self.preview.headers, self.preview.first_rows)
        notes = [self.tr("Remembered mapping for files like this one.")] if self.preview.remembered else []
        if updates_only(self.preview.mapping):
            notes.append(self.tr("This file has no names: its rows update the customers they match by phone or "
                                 "WeCom id."))
        if self.preview.not_imported:
            notes.append(self.tr("Not imported (computed here from purchases, or not kept): {columns}.").format(
                columns=", ".join(self.preview.not_imported)))
        self.check_label.setText(" ".join(notes))
        self.pages.setCurrentIndex(1)

    def mapping(self) -> dict[str, str]:
        """Header → field as chosen; '' marks a column to ignore (even one the importer would recognise)."""
        return {header: combo.currentData() or "" for header, combo in self.combos.items()}

    def start(self, *, dry_run: bool) -> bool:
        if self.preview is None:
            return False
        try:
            mapping = complete_mapping(self.preview.headers, overrides=self.mapping())
        except FileRefused as exc:  # the mapping needs a change: said beside it, in the user's language
            self.check_label.setText(self.words.file(exc))
            return False
        except Exception as exc:
            show_error(self, exc)
            return False
        options = effective_options(ImportOptions(
            owner_guide_id=self.context.guide.id, by_guide_id=self.context.guide.id,
            on_duplicate=self.on_duplicate.currentData(), dry_run=dry_run), mapping)
        sheet, engine = self.preview.sheet, self.context.engine
        self._cancel.clear()
        relay = _Progress(self)
        relay.moved.connect(self._moved)
        self.progress.setRange(0, max(1, self.preview.row_count))
        self.progress.setValue(0)
        self.cancel_button.setEnabled(True)
        self.pages.setCurrentIndex(2)

        def work() -> ImportResult:
            return import_sheet(engine, sheet=sheet, mapping=mapping, options=options, progress=relay.moved.emit,
                                cancel=self._cancel.is_set)

        self.context.batch_writer(self).submit(work, self._done, self._failed)
        return True

    def cancel(self) -> None:
        if self.pages.currentIndex() == 2:
            self._cancel.set()
            self.cancel_button.setEnabled(False)
        else:
            self.reject()

    def _moved(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(1, total))
        self.progress.setValue(done)

    def _done(self, result: ImportResult) -> None:
        self.import_result = result
        if result.dry_run:
            self.check_label.setText(self.tr(
                "Dry run: {imported} new, {updated} to update, {duplicates} already here, {rejected} rejected. "
                "Nothing was stored yet.").format(**result.counts()))
            self.pages.setCurrentIndex(1)
            self.rejects_model.load(result.rejects)
            return
        text = self.tr("{imported} imported, {updated} updated, {duplicates} already here, {rejected} rejected."
                       ).format(**result.counts())
        if result.cancelled:
            text += " " + self.tr("Cancelled: the rows after the last whole batch were not imported.")
        self.summary.setText(text)
        self.rejects_model.load(result.rejects)
        self.save_rejects_button.setEnabled(bool(result.rejects))
        self.pages.setCurrentIndex(3)
        self.imported.emit(result)

    def _failed(self, exc: BaseException) -> None:
        self.pages.setCurrentIndex(1)
        show_error(self, exc)

    def save_rejects(self) -> Path | None:
        if self.import_result is None or self.preview is None or not self.import_result.rejects:
            return None
        path = self.choose_rejects(self)
        if path is None:
            return None
        try:
            write_rejects(path, headers=self.preview.headers, rejects=self.import_result.rejects,
                          wording=self.words.reject)
        except OSError as exc:
            show_error(self, exc)
            return None
        self.summary.setText(self.summary.text() + "\n" + self.tr("Rejected rows saved to {name}.").format(
            name=path.name))
        return path
