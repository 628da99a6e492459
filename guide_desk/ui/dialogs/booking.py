# SPDX-License-Identifier: Apache-2.0
"""Book a 1v1 session: kind, start, length, fitting room, items to prepare (with stock here), a note. The
guide's next free slots are offered as buttons; a refused booking keeps the form and says why."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from guide_desk.accounts.guides import get_store, list_guides
from guide_desk.app_data import Changes
from guide_desk.appointments.booking import book_with_items
from guide_desk.appointments.items import ItemView, ProductChoice, find_products
from guide_desk.appointments.slots import Slot, next_free_slots
from guide_desk.appointments.views import store_resources
from guide_desk.clock import utcnow
from guide_desk.customers.profiles import get_customer
from guide_desk.customers.search import CustomerQuery, customer_names, search_customer_ids
from guide_desk.errors import InvalidInput
from guide_desk.ui.context import AppContext
from guide_desk.ui.errors import show_error
from guide_desk.ui.models.session_items import SessionItemsModel
from guide_desk.ui.models.session_list import kind_label

DURATIONS = (30, 45, 60, 90, 120)
SLOT_COUNT = 5


class BookingDialog(QDialog):
    """After `save()` succeeds, `booked_id` holds the new session's id."""

    def __init__(self, context: AppContext, customer_id: str | None = None, start: datetime | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Book a 1v1 session"))
        self._context = context
        self.booked_id: str | None = None
        self._products: list[ProductChoice] = []
        store = context.read(get_store, store_id=context.guide.store_id)
        guides = [g for g in context.read(list_guides, store_id=store.id) if g.role != "hq"]
        rooms = context.read(store_resources, store_id=store.id)
        fixed = context.read(get_customer, customer_id=customer_id).name if customer_id else None
        self.tz = ZoneInfo(store.timezone)
        self.customer = QComboBox()
        self.customer_search = QLineEdit(placeholderText=self.tr("Name, phone or pinyin initials"))
        self.customer_search.textChanged.connect(self._find_customers)
        if customer_id is not None:
            self.customer.addItem(fixed or "", customer_id)
            self.customer_search.hide()
        self.guide = QComboBox()
        for guide in guides:
            self.guide.addItem(guide.name, guide.id)
        self.guide.setCurrentIndex(max(0, self.guide.findData(context.guide.id)))
        self.kind = QComboBox()
        for kind in ("in_store", "video", "home"):
            self.kind.addItem(kind_label(kind), kind)
        self.link = QLineEdit(placeholderText="https://meeting.tencent.com/…")
        self.address = QLineEdit(placeholderText=self.tr("Customer's address"))
        self.start = QDateTimeEdit(calendarPopup=True)
        self.start.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.duration = QComboBox()
        for minutes in DURATIONS:
            self.duration.addItem(self.tr("%n minute(s)", "", minutes), minutes)
        self.duration.setCurrentIndex(DURATIONS.index(60))
        self.resource = QComboBox(editable=True)
        self.resource.addItems(["", *rooms])
        self.resource.setPlaceholderText(self.tr("Fitting room (optional)"))
        self.slot_row = QHBoxLayout()
        self.slot_buttons: list[QPushButton] = []
        self.product_search = QLineEdit(placeholderText=self.tr("SKU or product name"))
        self.product_search.textChanged.connect(self._find_products)
        self.product = QComboBox()
        self.product.currentIndexChanged.connect(self._show_sizes)
        self.item_size = QComboBox()
        self.add_item_button = QPushButton(self.tr("Add item"))
        self.add_item_button.clicked.connect(self.add_item)
        self.items = SessionItemsModel()
        self.items_table = QTableView()
        self.items_table.setModel(self.items)
        self.items_table.verticalHeader().setVisible(False)
        self.items_table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.items_table.setMaximumHeight(130)
        self.remove_item_button = QPushButton(self.tr("Remove item"))
        self.remove_item_button.clicked.connect(
            lambda: self.items.remove(self.items_table.currentIndex().row()))
        self.note = QPlainTextEdit(placeholderText=self.tr("What the customer is looking for, sizes, occasion…"))
        self.note.setFixedHeight(60)
        self._lay_out()
        self.kind.currentIndexChanged.connect(self._show_place)
        for signal in (self.duration.currentIndexChanged, self.guide.currentIndexChanged,
                       self.resource.currentTextChanged):
            signal.connect(self.propose_slots)
        self._show_place()
        self.propose_slots()
        if start is not None:
            self.set_start(start)
        elif self.slots:
            self.set_start(self.slots[0].starts_at)

    def _lay_out(self) -> None:
        form = QFormLayout()
        customer = QHBoxLayout()
        customer.addWidget(self.customer_search)
        customer.addWidget(self.customer, 1)
        form.addRow(self.tr("Customer"), customer)
        form.addRow(self.tr("Guide"), self.guide)
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("Meeting link"), self.link)
        form.addRow(self.tr("Address"), self.address)
        form.addRow(self.tr("Start"), self.start)
        form.addRow(self.tr("Length"), self.duration)
        form.addRow(self.tr("Free slots"), self.slot_row)
        form.addRow(self.tr("Fitting room"), self.resource)
        picker = QHBoxLayout()
        picker.addWidget(self.product_search)
        picker.addWidget(self.product, 1)
        picker.addWidget(self.item_size)
        picker.addWidget(self.add_item_button)
        form.addRow(self.tr("Items to prepare"), picker)
        form.addRow("", self.items_table)
        form.addRow("", self.remove_item_button)
        form.addRow(self.tr("Note"), self.note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Book"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self._form = form

    def _show_place(self) -> None:
        kind = self.kind.currentData()
        self._form.setRowVisible(self.link, kind == "video")
        self._form.setRowVisible(self.address, kind == "home")
        self._form.setRowVisible(self.resource, kind == "in_store")

    def _find_customers(self, text: str) -> None:
        self.customer.clear()
        if not text.strip():
            return
        query = CustomerQuery(text=text, store_id=self._context.guide.store_id)
        ids = self._context.read(search_customer_ids, query=query, limit=20)
        names = self._context.read(customer_names, ids=ids)
        for customer_id in ids:
            self.customer.addItem(names.get(customer_id, ""), customer_id)

    def _find_products(self, text: str) -> None:
        self._products = self._context.read(find_products, store_id=self._context.guide.store_id, text=text)
        self.product.clear()
        for choice in self._products:
            self.product.addItem(f"{choice.sku} {choice.name}", choice.product_id)

    def _show_sizes(self, row: int) -> None:
        self.item_size.clear()
        if 0 <= row < len(self._products):
            for size, qty in self._products[row].stock:
                self.item_size.addItem(self.tr("%1 (%2 in stock)").replace("%1", size).replace("%2", str(qty)), size)

    def add_item(self) -> bool:
        row, size = self.product.currentIndex(), self.item_size.currentData()
        if not 0 <= row < len(self._products) or not size:
            return False
        choice = self._products[row]
        stock = dict(choice.stock).get(size, 0)
        return self.items.add(ItemView(choice.product_id, choice.sku, choice.name, size, stock, False, False))

    # time -----------------------------------------------------------------------------------------------------
    def starts_at(self) -> datetime:
        value = self.start.dateTime().toPython()
        assert isinstance(value, datetime)
        return value.replace(tzinfo=self.tz)

    def set_start(self, moment: datetime) -> None:
        local = moment.astimezone(self.tz)
        self.start.setDateTime(QDateTime.fromString(f"{local:%Y-%m-%d %H:%M}", "yyyy-MM-dd HH:mm"))

    def length(self) -> timedelta:
        return timedelta(minutes=int(self.duration.currentData()))

    def propose_slots(self) -> None:
        for button in self.slot_buttons:
            self.slot_row.removeWidget(button)
            button.deleteLater()
        self.slot_buttons = []
        resource = self.resource.currentText().strip() or None if self.kind.currentData() == "in_store" else None
        self.slots: list[Slot] = self._context.read(
            next_free_slots, guide_id=self.guide.currentData(), store_id=self._context.guide.store_id,
            duration=self.length(), after=utcnow(), count=SLOT_COUNT, resource=resource)
        for slot in self.slots:
            button = QPushButton(f"{slot.starts_at.astimezone(self.tz):%m-%d %H:%M}")
            button.setAccessibleName(self.tr("Use this free slot"))
            button.clicked.connect(lambda _checked=False, moment=slot.starts_at: self.set_start(moment))
            self.slot_row.addWidget(button)
            self.slot_buttons.append(button)
        if not self.slots:
            empty = QPushButton(self.tr("No free slot in the next 14 days"))
            empty.setEnabled(False)
            self.slot_row.addWidget(empty)
            self.slot_buttons.append(empty)

    # saving ---------------------------------------------------------------------------------------------------
    def save(self) -> bool:
        """Books the appointment (and its items) in one write; False when refused (the form keeps what was typed)."""
        customer_id = self.customer.currentData()
        kind = self.kind.currentData()
        if not customer_id:
            show_error(self, InvalidInput(self.tr("Customer"), self.tr("choose the customer first")))
            return False
        booking = dict(
            customer_id=customer_id, guide_id=self.guide.currentData(), kind=kind,
            starts_at=self.starts_at(), duration=self.length(),
            resource=self.resource.currentText() if kind == "in_store" else None,
            meeting_link=self.link.text() if kind == "video" else None,
            address=self.address.text() if kind == "home" else None, note=self.note.toPlainText(),
            by_guide_id=self._context.guide.id)
        items = self.items.prep_items() if self.items.items else []
        return self._context.write(self, book_with_items, booking=booking, items=items).changes(
            lambda booked_id: Changes.of(appointments=[booked_id], customers=[customer_id])).success(
            self._booked).failure(lambda exc: show_error(self, exc)).run()

    def _booked(self, booked_id: str) -> None:
        self.booked_id = booked_id
        if self.isVisible():
            super().accept()

    def accept(self) -> None:
        self.save()  # closes the dialog once booked

