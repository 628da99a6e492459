# SPDX-License-Identifier: Apache-2.0
"""The customer profile beside the list: contact and preference form, tags, history, quick actions.

A failed save keeps everything typed in the form, so nothing is lost; the error says which field is wrong.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from guide_desk.app_data import Changes
from guide_desk.customers.notes import add_note
from guide_desk.customers.profiles import get_customer
from guide_desk.model.rules.phones import mask_phone
from guide_desk.tasks.caps import cap_status
from guide_desk.tasks.resuggest import update_customer_and_resuggest
from guide_desk.tasks.service import create_task
from guide_desk.ui.context import AppContext
from guide_desk.ui.dialogs.new_task import NewTaskDialog
from guide_desk.ui.models.timeline import TimelineModel
from guide_desk.ui.widgets.consent_editor import ConsentEditor
from guide_desk.ui.widgets.privacy_actions import PrivacyActions
from guide_desk.ui.widgets.tag_editor import TagEditor

TOP_SIZES = ["", "XS", "S", "M", "L", "XL", "XXL"]
BOTTOM_SIZES = ["", "25", "26", "27", "28", "29", "30", "31", "32"]
SHOE_SIZES = ["", "35", "36", "37", "38", "39", "40", "41", "42"]


def _label(text: str, name: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName(name)
    return label


def _sizes(values: list[str]) -> QComboBox:
    box = QComboBox(editable=True)
    box.addItems(values)
    box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    box.setMinimumContentsLength(3)
    return box


class CustomerProfile(QWidget):
    saved = Signal(str)

    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.setObjectName("customerProfile")
        self._context = context
        self.customer_id: str | None = None
        self._phone = ""

        self.title = _label("", "profileTitle")
        self.subtitle = QLabel()
        self.cap = _label("", "placeholder")
        self.cap.setWordWrap(True)
        self.copy_phone = QPushButton(self.tr("Copy phone"))
        self.copy_phone.clicked.connect(self.copy_full_phone)
        self.name = QLineEdit()
        self.phone = QLineEdit(placeholderText="138 0013 8000")
        self.reveal_phone = QPushButton(self.tr("Show and edit"))
        self.reveal_phone.setAccessibleName(self.tr("Show the full phone number to edit it"))
        self.reveal_phone.clicked.connect(self.show_full_phone)
        self.birthday = QLineEdit(placeholderText=self.tr("YYYY-MM-DD"))
        self.gender = QComboBox()
        for label, value in ((self.tr("Not given"), None), (self.tr("Female"), "F"), (self.tr("Male"), "M")):
            self.gender.addItem(label, value)
        self.size_top, self.size_bottom, self.size_shoe = _sizes(TOP_SIZES), _sizes(BOTTOM_SIZES), _sizes(SHOE_SIZES)
        self.styles = QLineEdit(placeholderText=self.tr("e.g. 通勤, 法式"))
        self.consent = QCheckBox(self.tr("Agrees to receive marketing messages"))
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.clicked.connect(self.save)
        self.tags = TagEditor(context)
        self.consents = ConsentEditor(context)
        self.consents.changed.connect(self._consent_changed)
        self.privacy = PrivacyActions(context)
        self.privacy.erased.connect(self._erased)
        self.note = QPlainTextEdit(placeholderText=self.tr("Add a note about this customer…"))
        self.note.setFixedHeight(60)
        self.add_note_button = QPushButton(self.tr("Add note"))
        self.add_note_button.clicked.connect(self.save_note)
        self.new_task_button = QPushButton(self.tr("New task…"))
        self.new_task_button.setAccessibleName(self.tr("Create a follow-up task for this customer"))
        self.new_task_button.clicked.connect(self.ask_new_task)
        self.book_button = QPushButton(self.tr("Book 1v1…"))
        self.book_button.setAccessibleName(self.tr("Book a 1v1 session with this customer"))
        self.book_button.clicked.connect(self.ask_booking)
        self.timeline = TimelineModel(context)
        self.history = QTableView()
        self.history.setModel(self.timeline)
        self.history.verticalHeader().setVisible(False)
        self.history.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.history.setMinimumHeight(200)
        self._name_fields()
        self._lay_out()
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        QShortcut(QKeySequence("Ctrl+N"), self, self.note.setFocus)
        self.setEnabled(False)

    def _name_fields(self) -> None:
        for widget, name in (
            (self.name, self.tr("Name")), (self.phone, self.tr("Phone")), (self.birthday, self.tr("Birthday")),
            (self.gender, self.tr("Gender")), (self.size_top, self.tr("Top size")),
            (self.size_bottom, self.tr("Bottom size")), (self.size_shoe, self.tr("Shoe size")),
            (self.styles, self.tr("Style preferences")), (self.consent, self.tr("Marketing consent")),
            (self.note, self.tr("New note")), (self.history, self.tr("Customer history")),
        ):
            widget.setAccessibleName(name)

    def _lay_out(self) -> None:
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name)
        phone = QHBoxLayout()
        phone.addWidget(self.phone, 1)
        phone.addWidget(self.reveal_phone)
        form.addRow(self.tr("Phone"), phone)
        form.addRow(self.tr("Birthday"), self.birthday)
        form.addRow(self.tr("Gender"), self.gender)
        sizes = QHBoxLayout()
        for box in (self.size_top, self.size_bottom, self.size_shoe):
            sizes.addWidget(box)
        form.addRow(self.tr("Sizes (top / bottom / shoe)"), sizes)
        form.addRow(self.tr("Styles"), self.styles)
        form.addRow("", self.consent)
        header = QHBoxLayout()
        header.addWidget(self.title, 1)
        header.addWidget(self.new_task_button)
        header.addWidget(self.book_button)
        header.addWidget(self.copy_phone)
        notes = QHBoxLayout()
        notes.addWidget(self.note, 1)
        notes.addWidget(self.add_note_button)
        body = QWidget()
        column = QVBoxLayout(body)
        column.addLayout(header)
        column.addWidget(self.subtitle)
        column.addWidget(self.cap)
        column.addLayout(form)
        column.addWidget(self.save_button)
        column.addWidget(_label(self.tr("Marketing consent by channel"), "sectionHeading"))
        column.addWidget(self.consents)
        column.addWidget(self.privacy)
        column.addWidget(_label(self.tr("Tags"), "sectionHeading"))
        column.addWidget(self.tags)
        column.addWidget(_label(self.tr("History"), "sectionHeading"))
        column.addLayout(notes)
        column.addWidget(self.history, 1)
        scroll = QScrollArea(widgetResizable=True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

    def show_customer(self, customer_id: str | None) -> None:
        self.customer_id = customer_id
        self.setEnabled(customer_id is not None)
        if customer_id is None:
            self._clear()
            return
        customer = self._context.read(get_customer, customer_id=customer_id)
        self._phone = customer.phone_e164 or ""
        self.title.setText(customer.name)
        self.subtitle.setText(mask_phone(customer.phone_e164))
        self.name.setText(customer.name)
        self.phone.setText(mask_phone(customer.phone_e164))
        self.phone.setReadOnly(bool(customer.phone_e164))
        self.reveal_phone.setVisible(bool(customer.phone_e164))
        self.birthday.setText(customer.birthday.isoformat() if customer.birthday else "")
        self.gender.setCurrentIndex(max(0, self.gender.findData(customer.gender)))
        self.size_top.setCurrentText(customer.size_top or "")
        self.size_bottom.setCurrentText(customer.size_bottom or "")
        self.size_shoe.setCurrentText(customer.size_shoe or "")
        self.styles.setText(customer.style_prefs)
        self.consent.setChecked(customer.marketing_consent)
        self.copy_phone.setEnabled(bool(self._phone))
        self.tags.show_customer(customer_id)
        self.consents.show_customer(customer_id)
        self.privacy.show_customer(customer_id)
        self.timeline.load(customer_id)
        self._show_cap(customer.marketing_consent)

    def _clear(self) -> None:
        """No customer: nothing of the last one stays on screen (an erased customer must vanish at once)."""
        self._phone = ""
        for field in (self.title, self.subtitle, self.name, self.phone, self.birthday, self.styles):
            field.clear()
        self.gender.setCurrentIndex(0)
        for combo in (self.size_top, self.size_bottom, self.size_shoe):
            combo.setCurrentText("")
        self.consent.setChecked(False)
        self.reveal_phone.hide()
        self.cap.hide()
        self.tags.show_customer(None)
        self.consents.show_customer(None)
        self.privacy.show_customer(None)
        self.timeline.load(None)

    def _show_cap(self, consent: bool) -> None:
        """Say plainly when this customer may not get a marketing push, and until when."""
        if self.customer_id is None:
            return
        status = self._context.read(cap_status, customer_id=self.customer_id)
        if not consent:
            text = self.tr("No marketing consent: service follow-ups only.")
        elif status is None:
            text = ""
        elif status.reason == "month":
            text = self.tr("Monthly push limit reached; next push from %1.").replace("%1", status.until.isoformat())
        else:
            text = self.tr("Pushed recently; next push from %1.").replace("%1", status.until.isoformat())
        self.cap.setText(text)
        self.cap.setVisible(bool(text))

    def _consent_changed(self, customer_id: str) -> None:
        """A channel changed in the consent editor: the summary checkbox and the push note follow."""
        consent = self._context.read(get_customer, customer_id=customer_id).marketing_consent
        self.consent.setChecked(consent)
        self._show_cap(consent)

    def _erased(self, customer_id: str) -> None:
        self.show_customer(None)
        self.saved.emit(customer_id)

    def show_full_phone(self) -> None:
        """Phones are masked by default; the full number only when the guide asks to edit it."""
        self.phone.setText(self._phone)
        self.phone.setReadOnly(False)
        self.reveal_phone.hide()
        self.phone.setFocus()

    def form_values(self) -> dict[str, object]:
        values: dict[str, object] = {} if self.phone.isReadOnly() else {"phone_e164": self.phone.text() or None}
        return values | {
            "name": self.name.text(),
            "birthday": self.birthday.text() or None, "gender": self.gender.currentData(),
            "size_top": self.size_top.currentText() or None, "size_bottom": self.size_bottom.currentText() or None,
            "size_shoe": self.size_shoe.currentText() or None, "style_prefs": self.styles.text(),
            "marketing_consent": self.consent.isChecked(),
        }

    def save(self) -> bool:
        if self.customer_id is None:
            return False
        customer_id = self.customer_id

        def saved(_: None) -> None:
            self.show_customer(customer_id)
            self.saved.emit(customer_id)

        # consent, sizes… change suggestions; on failure the form keeps what was typed
        return self._context.write(
            self, update_customer_and_resuggest, customer_id=customer_id, changes=self.form_values(),
            by_guide_id=self._context.guide.id).changes(Changes.of(customers=[customer_id])).success(saved).run()

    def save_note(self) -> bool:
        if self.customer_id is None:
            return False
        customer_id = self.customer_id

        def added(_: object) -> None:
            self.note.clear()
            self.timeline.load(customer_id)

        return self._context.write(self, add_note, customer_id=customer_id, body=self.note.toPlainText(),
                                   by_guide_id=self._context.guide.id).changes(
            Changes.of(customers=[customer_id])).success(added).run()

    def run_dialog(self, dialog: QDialog) -> bool:
        """Modal on screen; tests replace it to fill the dialog in without blocking."""
        return dialog.exec() == QDialog.DialogCode.Accepted

    def ask_new_task(self) -> bool:
        if self.customer_id is None:
            return False
        dialog = NewTaskDialog(self.title.text(), self)
        if not self.run_dialog(dialog):
            return False
        return self.create_task(title=dialog.title.text(), due_at=dialog.due_at(), draft=dialog.draft.toPlainText())

    def ask_booking(self) -> bool:
        """Book a 1v1 session with this customer; it shows in the history, Today and the calendar."""
        from guide_desk.ui.dialogs.booking import BookingDialog

        if self.customer_id is None:
            return False
        if not self.run_dialog(BookingDialog(self._context, customer_id=self.customer_id, parent=self)):
            return False
        self.timeline.load(self.customer_id)
        return True

    def create_task(self, *, title: str, due_at: datetime, draft: str = "") -> bool:
        """A follow-up for this customer, assigned to the signed-in guide; it shows up in Tasks and Today."""
        if self.customer_id is None:
            return False
        customer_id = self.customer_id
        return self._context.write(
            self, create_task, assignee_guide_id=self._context.guide.id, title=title, due_at=due_at,
            by_guide_id=self._context.guide.id, customer_id=customer_id, draft=draft).changes(
            lambda task: Changes.of(tasks=[task.id], customers=[customer_id])).success(
            lambda _: self.timeline.load(customer_id)).run()

    def copy_full_phone(self) -> None:
        QGuiApplication.clipboard().setText(self._phone)
