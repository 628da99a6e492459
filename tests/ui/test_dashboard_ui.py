# SPDX-License-Identifier: Apache-2.0
"""The managers' dashboard page: period changes, drill-down to customers, CSV/PDF export and print,
scoring rules and the handover flow, on a real database with pytest-qt."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from PySide6.QtWidgets import QDialog
from sqlmodel import select

from guide_desk.accounts.guides import get_guide
from guide_desk.clock import STORE_TZ, utcnow
from guide_desk.db.tables import Customer, Outbox
from guide_desk.insights.kpis import KPIS
from guide_desk.insights.leaderboard import load_rules
from guide_desk.tasks.service import complete_task, create_task
from guide_desk.ui.context import AppContext
from guide_desk.ui.dialogs.handover import HandoverDialog
from guide_desk.ui.dialogs.scoring_rules import ScoringRulesDialog
from guide_desk.ui.pages.dashboard import DashboardPage

TODAY = utcnow().astimezone(STORE_TZ).date()
ADDED = 1 + KPIS.index("customers_added")
CONTACTED = 1 + KPIS.index("customers_contacted")


def _contact_today(context: AppContext) -> None:
    with context.data.unit() as session:
        customer = session.exec(select(Customer).where(Customer.name == "张三")).one()
        task = create_task(session, assignee_guide_id=customer.owner_guide_id, title="回访",
                           due_at=utcnow() + timedelta(hours=1), by_guide_id=context.guide.id,
                           customer_id=customer.id)
        complete_task(session, task_id=task.id, outcome="reached", by_guide_id=context.guide.id)


def _row_of(page: DashboardPage, name: str) -> int:
    return next(r for r in range(page.model.rowCount()) if page.model.index(r, 0).data() == name)


def test_the_period_drives_every_number(qtbot, manager_context: AppContext, shop) -> None:  # type: ignore[no-untyped-def]
    _contact_today(manager_context)
    page = DashboardPage(manager_context)
    qtbot.addWidget(page)
    guide = _row_of(page, shop.guide.name)
    total = page.model.rowCount() - 1
    assert page.model.index(total, 0).data() == "Store total"
    assert page.model.index(guide, ADDED).data() == "3"
    assert page.model.index(guide, CONTACTED).data() == "1"
    assert page.model.index(total, ADDED).data() == "4"
    page.set_period(TODAY - timedelta(days=400), TODAY - timedelta(days=370))
    assert page.model.index(_row_of(page, shop.guide.name), ADDED).data() == "0"
    assert page.model.index(_row_of(page, shop.guide.name), 1 + KPIS.index("tasks_on_time")).data() == "—"
    assert page.preset.currentData() == "custom"
    page.preset.setCurrentIndex(page.preset.findData("this_month"))
    assert page.first.date().toPython() == TODAY.replace(day=1)
    assert page.model.index(_row_of(page, shop.guide.name), ADDED).data() == "3"
    assert len(page.charts.trend.table_model.rows()) == 1 + TODAY.day  # header + one row per day so far
    funnel = page.charts.funnel.table_model.rows()
    assert funnel[1][1].startswith("1 ")  # one customer contacted
    page.charts.trend_kpi.setCurrentIndex(page.charts.trend_kpi.findData("customers_added"))
    trend = page.charts.trend.table_model.rows()
    assert trend[0][1] == "Customers added" and trend[-1][1] == "4"  # all four were added today


def test_drill_down_opens_the_customer(qtbot, manager_context: AppContext, shop) -> None:  # type: ignore[no-untyped-def]
    page = DashboardPage(manager_context)
    qtbot.addWidget(page)
    shown: list[QDialog] = []
    page.run_dialog = lambda dialog: shown.append(dialog) or False  # type: ignore[method-assign]
    dialog = page.drill(_row_of(page, shop.guide.name), ADDED)
    assert dialog is not None and shown == [dialog]
    names = sorted(dialog.model.index(r, 1).data() for r in range(dialog.model.rowCount()))
    assert names == ["张三", "张珊珊", "李四"]
    with qtbot.waitSignal(page.customer_requested) as opened:
        dialog.open_row(0)
    assert opened.args[0]


def test_export_csv_pdf_and_print(qtbot, manager_context: AppContext, shop, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    page = DashboardPage(manager_context)
    qtbot.addWidget(page)
    page.choose_save_path = lambda suggested, _filter: tmp_path / suggested  # type: ignore[method-assign]
    csv_path = page.export_csv()
    assert csv_path is not None
    text = csv_path.read_text(encoding="utf-8-sig")
    assert text.splitlines()[0].startswith("Guide,Customers added,")
    assert shop.guide.name in text and "Store total" in text and "Rank,Guide,Points" in text
    pdf_path = page.export_pdf()
    assert pdf_path is not None and pdf_path.read_bytes().startswith(b"%PDF") and pdf_path.stat().st_size > 10_000

    def printed(dialog) -> bool:  # type: ignore[no-untyped-def]
        dialog.printer().setOutputFormat(dialog.printer().OutputFormat.PdfFormat)
        dialog.printer().setOutputFileName(str(tmp_path / "printed.pdf"))
        return True

    page.run_print_dialog = printed  # type: ignore[method-assign]
    assert page.print_report() is True
    assert (tmp_path / "printed.pdf").read_bytes().startswith(b"%PDF")


def test_scoring_rules_are_saved(qtbot, manager_context: AppContext, shop) -> None:  # type: ignore[no-untyped-def]
    page = DashboardPage(manager_context)
    qtbot.addWidget(page)

    def fill(dialog: QDialog) -> bool:
        assert isinstance(dialog, ScoringRulesDialog)
        dialog.spins["contact"].setValue(4)
        dialog.cap.setValue(7)
        return True

    page.run_dialog = fill  # type: ignore[method-assign]
    page.edit_rules()
    with manager_context.data.session() as session:
        rules = load_rules(session, store_id=shop.store.id)
    assert (rules.points["contact"], rules.cap_per_customer_day) == (4, 7)


def test_handover_flow(qtbot, manager_context: AppContext, shop) -> None:  # type: ignore[no-untyped-def]
    page = DashboardPage(manager_context)
    qtbot.addWidget(page)
    progress: list[int] = []

    def hand_over(dialog: QDialog) -> bool:
        assert isinstance(dialog, HandoverDialog)
        dialog.leaving.setCurrentIndex(dialog.leaving.findData(shop.guide.id))
        assert dialog.apply_button.isEnabled() is False  # nothing moves before a preview
        dialog.receiver_boxes[shop.other.id].setChecked(True)
        dialog.note.setPlainText("李导购离职")
        plan = dialog.preview()
        assert plan is not None and len(plan.assignments) == 3
        assert "24 hours" in dialog.warnings.text()
        dialog.progress.valueChanged.connect(progress.append)
        dialog.buttons.accepted.emit()
        return dialog.result() == QDialog.DialogCode.Accepted

    page.run_dialog = hand_over  # type: ignore[method-assign]
    page.start_handover()
    with manager_context.data.session() as session:
        owners = {c.owner_guide_id for c in session.exec(select(Customer))}
        assert owners == {shop.other.id}
        assert get_guide(session, guide_id=shop.guide.id).active is False
        assert session.exec(select(Outbox).where(Outbox.entity == "guide")).one().fields == {"active": False}
    assert progress and progress[-1] == 3
    names = [page.model.index(r, 0).data() for r in range(page.model.rowCount())]
    assert shop.guide.name not in names  # deactivated, with nothing left to show in the period
    assert page.model.index(_row_of(page, shop.other.name), 1 + KPIS.index("tag_coverage")).data() == "0.0%"
