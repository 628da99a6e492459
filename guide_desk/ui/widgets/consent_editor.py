# SPDX-License-Identifier: Apache-2.0
"""Marketing consent per channel on the profile: a checkbox per channel, where the consent came from, and
who recorded it when. A change is stored at once (consent is a legal record, not a form draft); turning
WeCom off stops marketing pushes at once."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QGridLayout, QLabel, QWidget

from guide_desk.app_data import Changes
from guide_desk.clock import STORE_TZ
from guide_desk.customers.consent import CHANNELS, SOURCES, consent_state
from guide_desk.tasks.resuggest import set_consent_and_resuggest
from guide_desk.ui.context import AppContext
from guide_desk.ui.errors import show_error


class ConsentEditor(QWidget):
    changed = Signal(str)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.customer_id: str | None = None
        self._loading = False
        names = {"wecom": self.tr("WeCom"), "sms": self.tr("SMS"), "phone": self.tr("Phone calls"),
                 "mini_program": self.tr("Mini-program")}
        sources = {"store": self.tr("In store"), "wecom": self.tr("WeCom"), "mini_program": self.tr("Mini-program"),
                   "import": self.tr("Import"), "paper_form": self.tr("Paper form"), "phone": self.tr("By phone")}
        self.source = QComboBox()
        for code in SOURCES:
            if code != "import":
                self.source.addItem(sources[code], code)
        self.source.setAccessibleName(self.tr("Where the customer gave or withdrew consent"))
        self.boxes: dict[str, QCheckBox] = {}
        self.details: dict[str, QLabel] = {}
        self._source_names = sources
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(QLabel(self.tr("Recorded as:")), 0, 0)
        grid.addWidget(self.source, 0, 1)
        for row, channel in enumerate(CHANNELS, start=1):
            box = QCheckBox(names[channel])
            box.setAccessibleName(self.tr("Marketing consent: {channel}").format(channel=names[channel]))
            box.toggled.connect(lambda on, c=channel: self.record(c, on))
            detail = QLabel()
            detail.setObjectName("placeholder")
            self.boxes[channel], self.details[channel] = box, detail
            grid.addWidget(box, row, 0)
            grid.addWidget(detail, row, 1)

    def show_customer(self, customer_id: str | None) -> None:
        self.customer_id = customer_id
        if customer_id is None:
            return
        state = self._context.read(consent_state, customer_id=customer_id)
        self._loading = True
        try:
            for channel, box in self.boxes.items():
                current = state[channel]
                box.setChecked(current.granted)
                if current.at is None:
                    self.details[channel].setText("")
                    continue
                when = current.at.astimezone(STORE_TZ).strftime("%Y-%m-%d %H:%M")
                verb = self.tr("granted") if current.granted else self.tr("withdrawn")
                self.details[channel].setText(self.tr("{verb} {when} · {source} · {who}").format(
                    verb=verb, when=when, source=self._source_names.get(current.source, current.source),
                    who=current.recorded_by or "—"))
        finally:
            self._loading = False

    def record(self, channel: str, granted: bool) -> bool:
        if self._loading or self.customer_id is None:
            return False
        customer_id = self.customer_id

        def refused(exc: BaseException) -> None:
            show_error(self, exc)
            self.show_customer(customer_id)  # the boxes show what is stored

        def recorded(_: None) -> None:
            self.show_customer(customer_id)
            self.changed.emit(customer_id)

        return self._context.write(
            self, set_consent_and_resuggest, customer_id=customer_id, channel=channel, granted=granted,
            source=self.source.currentData(), by_guide_id=self._context.guide.id).changes(
            Changes.of(customers=[customer_id])).success(recorded).failure(refused).run()
