# SPDX-License-Identifier: Apache-2.0
"""Data & privacy (managers): import customers, export them (CSV, Excel, vCard contacts), review and merge
duplicates, read the audit log, and manage backups. Exports follow the store policy (managers only by
default) and are audited."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from guide_desk.customers.duplicates import candidate_pairs
from guide_desk.customers.segments import list_segments
from guide_desk.customers.transfer.segment_export import export_segment
from guide_desk.ui.context import AppContext
from guide_desk.ui.dialogs.import_wizard import ImportWizard
from guide_desk.ui.dialogs.merge_dialog import MergeDialog
from guide_desk.ui.errors import show_error
from guide_desk.ui.i18n import choose_language
from guide_desk.ui.models.import_preview import DuplicatePairModel
from guide_desk.ui.widgets.audit_log import AuditLogPanel
from guide_desk.ui.widgets.backups_panel import BackupsPanel

ChooseSave = Callable[[QWidget, str, str], Path | None]
SUFFIX = {"csv": "csv", "xlsx": "xlsx", "vcf": "vcf"}


def choose_save_path(parent: QWidget, suggested: str, filter_text: str) -> Path | None:
    title = QCoreApplication.translate("DataPage", "Export customers")
    path, _ = QFileDialog.getSaveFileName(parent, title, suggested, filter_text)
    return Path(path) if path else None


class DataPage(QWidget):
    customer_requested = Signal(str)

    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.setObjectName("dataPage")
        self._context = context
        self.choose_save: ChooseSave = choose_save_path
        self.last_export: Path | None = None
        self.tabs = QTabWidget()
        self.tabs.addTab(self._import_tab(), self.tr("Import"))
        self.tabs.addTab(self._export_tab(), self.tr("Export"))
        self.tabs.addTab(self._duplicates_tab(), self.tr("Duplicates"))
        self.audit = AuditLogPanel(context)
        self.tabs.addTab(self.audit, self.tr("Audit log"))
        self.backups = BackupsPanel(context)
        self.tabs.addTab(self.backups, self.tr("Backups"))
        self.tabs.currentChanged.connect(lambda _index: self.refresh())
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)

    def _import_tab(self) -> QWidget:
        page = QWidget()
        text = QLabel(self.tr("Bring customers in from a POS export or an Excel sheet (CSV in UTF-8 or GBK, or "
                              ".xlsx). You check the columns on the first rows and can try a dry run first; "
                              "rows with problems are listed and can be saved to fix and import again."))
        text.setWordWrap(True)
        self.import_button = QPushButton(self.tr("Import customers…"))
        self.import_button.clicked.connect(self.ask_import)
        self.import_status = QLabel()
        column = QVBoxLayout(page)
        column.addWidget(text)
        column.addWidget(self.import_button)
        column.addWidget(self.import_status)
        column.addStretch(1)
        return page

    def _export_tab(self) -> QWidget:
        page = QWidget()
        self.export_format = QComboBox()
        for label, value in ((self.tr("CSV (opens in Excel)"), "csv"), (self.tr("Excel workbook (.xlsx)"), "xlsx"),
                             (self.tr("Contacts (vCard 4.0)"), "vcf")):
            self.export_format.addItem(label, value)
        self.export_scope = QComboBox()
        self.export_scope.setAccessibleName(self.tr("Customers to export"))
        self.export_button = QPushButton(self.tr("Export…"))
        self.export_button.clicked.connect(self.ask_export)
        self.export_progress = QProgressBar()
        self.export_progress.setRange(0, 0)
        self.export_progress.hide()
        self.export_status = QLabel()
        self.export_status.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Format"), self.export_format)
        form.addRow(self.tr("Customers"), self.export_scope)
        column = QVBoxLayout(page)
        column.addLayout(form)
        column.addWidget(self.export_button)
        column.addWidget(self.export_progress)
        column.addWidget(self.export_status)
        column.addStretch(1)
        return page

    def _duplicates_tab(self) -> QWidget:
        page = QWidget()
        self.pairs = DuplicatePairModel()
        self.pairs_table = QTableView()
        self.pairs_table.setModel(self.pairs)
        self.pairs_table.setAccessibleName(self.tr("Possible duplicates"))
        self.pairs_table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.pairs_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.pairs_table.doubleClicked.connect(lambda index: self.customer_requested.emit(
            self.pairs.pair(index.row()).keep_id))
        self.find_button = QPushButton(self.tr("Find duplicates"))
        self.find_button.clicked.connect(self.find_duplicates)
        self.merge_button = QPushButton(self.tr("Merge…"))
        self.merge_button.clicked.connect(self.ask_merge)
        self.pairs_status = QLabel()
        buttons = QHBoxLayout()
        buttons.addWidget(self.find_button)
        buttons.addWidget(self.merge_button)
        buttons.addWidget(self.pairs_status, 1)
        column = QVBoxLayout(page)
        column.addLayout(buttons)
        column.addWidget(self.pairs_table, 1)
        return page

    def refresh(self) -> None:
        current = self.tabs.currentWidget()
        if current is self.audit:
            self.audit.refresh()
        elif current is self.backups:
            self.backups.refresh()
        self._fill_scopes()

    def _fill_scopes(self) -> None:
        segments = [(s.id, s.name) for s in self._context.read(list_segments, guide_id=self._context.guide.id)]
        chosen = self.export_scope.currentData()
        self.export_scope.clear()
        self.export_scope.addItem(self.tr("All customers of the store"), None)
        for segment_id, name in segments:
            self.export_scope.addItem(self.tr("Segment: {name}").format(name=name), segment_id)
        self.export_scope.setCurrentIndex(max(0, self.export_scope.findData(chosen)))

    def run_dialog(self, dialog: QDialog) -> bool:
        """Modal on screen; tests replace it to drive the dialog without blocking."""
        return dialog.exec() == QDialog.DialogCode.Accepted

    def ask_import(self) -> bool:
        wizard = ImportWizard(self._context, self)
        wizard.imported.connect(lambda result: self.import_status.setText(self.tr(
            "Last import: {imported} imported, {updated} updated, {rejected} rejected.").format(**result.counts())))
        return self.run_dialog(wizard)

    def ask_export(self) -> bool:
        if self._context.settings.export_requires_manager and not self._context.is_manager:
            self.export_status.setText(self.tr("Only store managers may export customer data (store policy)."))
            return False
        fmt = self.export_format.currentData()
        filters = {"csv": self.tr("CSV (*.csv)"), "xlsx": self.tr("Excel (*.xlsx)"), "vcf": self.tr("vCard (*.vcf)")}
        path = self.choose_save(self, f"customers.{SUFFIX[fmt]}", filters[fmt])
        if path is None:
            return False
        context, segment_id = self._context, self.export_scope.currentData()
        language = choose_language(context.settings.locale)

        self.export_button.setEnabled(False)
        self.export_progress.show()
        self.export_status.setText(self.tr("Exporting…"))
        # an export is a write: the audit log records who took the data out
        return context.write(
            self, export_segment, segment_id=segment_id, path=path, fmt=fmt, by_guide_id=context.guide.id,
            requires_manager=context.settings.export_requires_manager, store_id=context.guide.store_id,
            language=language).success(lambda count: self._exported(path, count)).failure(self._export_failed).run()

    def _exported(self, path: Path, count: int) -> None:
        self.last_export = path
        self.export_button.setEnabled(True)
        self.export_progress.hide()
        self.export_status.setText(self.tr("%n customer(s) exported to {path}.", "", count).format(path=str(path)))

    def _export_failed(self, exc: BaseException) -> None:
        self.export_button.setEnabled(True)
        self.export_progress.hide()
        self.export_status.clear()
        show_error(self, exc)

    def find_duplicates(self) -> int:
        pairs = self._context.read(candidate_pairs, store_id=self._context.guide.store_id)
        self.pairs.load(pairs)
        self.pairs_status.setText(self.tr("%n possible duplicate(s).", "", len(pairs)))
        if pairs:
            self.pairs_table.selectRow(0)
        return len(pairs)

    def ask_merge(self) -> bool:
        rows = self.pairs_table.selectionModel().selectedRows()
        if not rows:
            self.pairs_status.setText(self.tr("Choose a pair in the list first."))
            return False
        pair = self.pairs.pair(rows[0].row())
        dialog = MergeDialog(self._context, keep_id=pair.keep_id, other_id=pair.other_id, parent=self)
        if not self.run_dialog(dialog):
            return False
        self.find_duplicates()
        return True
