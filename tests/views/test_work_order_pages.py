"""The work-order pages: the editor with its live earnings panel, the trace of a tier, and the list
with its filters, lazy paging and batch completion."""

from __future__ import annotations

import datetime as dt
import uuid
from decimal import Decimal

import pytest
from argon2 import PasswordHasher
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import delete
from work_order_fixtures import WorkOrderData, add_data, admin_context, create, installer_context, order_input

from scrm_desktop.db import Database
from scrm_desktop.models import Price
from scrm_desktop.services import users
from scrm_desktop.services import work_orders as wo
from scrm_desktop.services.work_orders import WorkOrderPage, WorkOrderRow
from scrm_desktop.views.context import AppContext
from scrm_desktop.views.pages import work_orders as work_orders_page
from scrm_desktop.views.pages.work_orders import WorkOrdersPage
from scrm_desktop.views.table_model import Column
from scrm_desktop.views.work_order_editor import WorkOrderDialog
from scrm_desktop.views.work_order_models import (
    CREW_SHARE,
    EARN_AMOUNT,
    EARN_RULE,
    EARN_SALES_AMOUNT,
    EARN_TIER,
    EARN_UNIT_PRICE,
    LINE_QUANTITY,
    WorkOrderListModel,
)

D = Decimal
SETTLEMENT_COLUMN = 9


@pytest.fixture(autouse=True)
def fast_hasher(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(users, "_hasher", PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1))


@pytest.fixture(autouse=True)
def no_questions(monkeypatch: pytest.MonkeyPatch) -> None:
    """Questions answer yes (a test that cares replaces ``confirm`` on its dialog)."""
    monkeypatch.setattr(WorkOrderDialog, "confirm", lambda _self, _title, _text: True)


@pytest.fixture
def ctx(sqlite_db: Database) -> AppContext:
    return admin_context(sqlite_db)


@pytest.fixture
def data(ctx: AppContext) -> WorkOrderData:
    return add_data(ctx)


def new_editor(qtbot: QtBot, ctx: AppContext) -> WorkOrderDialog:
    dialog = WorkOrderDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def fill_from_package(dialog: WorkOrderDialog, data: WorkOrderData) -> None:
    """Customer 刘女士 (searched by phone), provider P001, 张师傅 60% and 李师傅 40%, package PKG-AC."""
    setup = data.setup
    found = dialog.customer_picker.search("13800138000")
    assert [row.name for row in found] == ["刘女士"]
    dialog.choose_customer(found[0])
    assert dialog.address_edit.text() == "广东省广州市天河区天河路 385 号"  # prefilled from the customer
    assert "天河区" in dialog.region_label.text()
    dialog.set_provider(setup.provider_id)
    crew = dialog.crew
    crew.installer_combo.setCurrentIndex(crew.installer_combo.findData(str(setup.installers["I001"])))
    crew.add_button.click()
    crew.installer_combo.setCurrentIndex(crew.installer_combo.findData(str(setup.installers["I002"])))
    crew.add_button.click()
    # Two installers are split equally at once; the shares are then typed.
    assert [m.share_pct for m in crew.members] == [D("50.00"), D("50.00")]
    model = crew.model
    assert model.setData(model.index(0, CREW_SHARE), "60")
    assert model.setData(model.index(1, CREW_SHARE), "40")
    lines = dialog.lines_editor
    lines.package_combo.setCurrentIndex(lines.package_combo.findData(str(data.package_id)))
    lines.add_package_button.click()
    dialog.completed_date.set_value(dt.date(2026, 11, 20))


def cell(dialog: WorkOrderDialog, row: int, column: int) -> str:
    model = dialog.earnings_panel.lines_model
    return str(model.data(model.index(row, column)))


# --- the editor ---------------------------------------------------------------------------------


def test_editor_creates_from_a_package_previews_completes_and_freezes(
    qtbot: QtBot, ctx: AppContext, data: WorkOrderData, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = new_editor(qtbot, ctx)
    fill_from_package(dialog, data)
    assert [line.code for line in dialog.lines_editor.lines] == ["AC-001", "P-001"]
    assert [line.quantity for line in dialog.lines_editor.lines] == [D("1.000"), D("3.500")]

    # The preview follows the edits once typing pauses.
    panel = dialog.earnings_panel
    qtbot.waitUntil(lambda: panel.earnings is not None and len(panel.earnings.lines) == 2, timeout=3000)
    earnings = panel.earnings
    assert earnings is not None and not earnings.frozen
    assert panel.badge.text() == panel.tr("Preview (not frozen)")
    # 广州 is in 一线城市: tier 二档 by rule 一线城市二档; 9.35 x 3.5 = 32.725 rounds half-up.
    assert cell(dialog, 0, EARN_TIER) == "二档 (T2)" and cell(dialog, 0, EARN_RULE) == "一线城市二档"
    assert (cell(dialog, 0, EARN_UNIT_PRICE), cell(dialog, 0, EARN_AMOUNT)) == ("120.00", "120.00")
    assert (cell(dialog, 1, EARN_UNIT_PRICE), cell(dialog, 1, EARN_AMOUNT)) == ("9.35", "32.73")
    assert cell(dialog, 0, EARN_SALES_AMOUNT) == "200.00" and cell(dialog, 1, EARN_SALES_AMOUNT) == "70.00"
    assert earnings.total == D("152.73")
    members = {m.name: m.amount for m in earnings.members}
    assert members == {"张师傅": D("91.64"), "李师傅": D("61.09")}
    assert sum(members.values()) == earnings.total  # the split adds up exactly
    assert "152.73" in panel.totals_label.text()

    # A deduction typed as a positive number counts negative, and shows so.
    adjustments = dialog.adjustments_editor
    dialog.tabs.setCurrentWidget(adjustments)
    adjustments.kind_combo.setCurrentIndex(adjustments.kind_combo.findData("deduction"))
    adjustments.amount_edit.setText("20")
    assert "-20.00" in adjustments.sign_hint.text()
    adjustments.reason_edit.setText("超时到场")
    adjustments.add_button.click()
    assert adjustments.adjustments[0].amount == D("-20.00")
    dialog.update_preview()
    assert panel.earnings is not None and panel.earnings.total == D("132.73")
    assert sum(m.amount for m in panel.earnings.members) == D("132.73")

    assert dialog.save()
    detail = dialog.detail
    assert detail is not None and detail.number.startswith("WO-") and detail.status == "draft"
    assert not dialog.dirty and dialog.windowTitle().endswith(detail.number)

    monkeypatch.setattr(dialog, "confirm", lambda _title, _text: True)
    saved: list[wo.WorkOrderDetail] = []
    dialog.saved.connect(saved.append)
    dialog.complete_button.click()
    assert dialog.detail is not None and dialog.detail.status == "completed"
    assert saved and saved[-1].status == "completed"
    assert panel.earnings is not None and panel.earnings.frozen
    assert panel.badge.text() == panel.tr("Frozen · completed on {date}").format(date="2026-11-20")
    assert panel.earnings.total == D("132.73")
    # Read-only: nothing to edit, no save, only reopening (the admin may).
    assert dialog.is_read_only()
    assert dialog.customer_picker.isReadOnly() and dialog.address_edit.isReadOnly()
    assert not dialog.provider_combo.isEnabled() and not dialog.scenario_combo.isEnabled()
    lines_model, crew_model = dialog.lines_editor.model, dialog.crew.model
    assert not lines_model.flags(lines_model.index(0, LINE_QUANTITY)) & Qt.ItemFlag.ItemIsEditable
    assert not crew_model.flags(crew_model.index(0, CREW_SHARE)) & Qt.ItemFlag.ItemIsEditable
    assert dialog.save_button.isHidden() and dialog.lines_editor.adder.isHidden() and dialog.crew.adder.isHidden()
    assert dialog.complete_button.isHidden() and not dialog.reopen_button.isHidden()
    # The settlement state of each crew member is shown for a completed work order.
    members_model = panel.members_model
    assert members_model.rowCount() == 2
    assert not panel.members_view.isColumnHidden(5)
    assert members_model.data(members_model.index(0, 5)) == panel.tr("Not settled {amount}").format(amount="¥79.64")


def test_bad_share_sum_is_said_inline_and_save_is_refused(
    qtbot: QtBot, ctx: AppContext, data: WorkOrderData, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[BaseException] = []
    monkeypatch.setattr("scrm_desktop.views.work_order_editor.show_error", lambda _p, exc: shown.append(exc))
    dialog = new_editor(qtbot, ctx)
    fill_from_package(dialog, data)
    model = dialog.crew.model
    assert model.setData(model.index(1, CREW_SHARE), "30")
    assert model.share_sum() == D("90.00")
    assert dialog.crew.share_label.text() == dialog.crew.tr("Shares add up to {sum}%, not 100%.").format(sum="90.00")
    dialog.update_preview()
    panel = dialog.earnings_panel
    assert panel.earnings is None and panel.message.isVisible()
    assert "90.00" in panel.message.text()
    # Text that is not a share is refused by the table and said under it.
    assert not model.setData(model.index(0, CREW_SHARE), "abc")
    assert model.members[0].share_pct == D("60.00")

    assert not dialog.save()
    assert dialog.message.isVisible() and "90.00" in dialog.message.text()
    assert dialog.detail is None and shown == []  # refused in the dialog, no error box
    with ctx.db.session() as session:
        assert wo.list_work_orders(session, ctx.actor).total == 0

    dialog.crew.equal_button.click()  # 平分
    assert model.share_sum() == D("100.00")
    assert dialog.save() and dialog.detail is not None


def test_a_line_without_price_is_red_and_blocks_completion(qtbot: QtBot, ctx: AppContext, data: WorkOrderData) -> None:
    with ctx.db.session() as session:  # WH-001 loses its settlement prices: tier T2 has none
        session.execute(
            delete(Price).where(Price.item_id == data.setup.cat.items["WH-001"], Price.book == "settlement")
        )
    dialog = new_editor(qtbot, ctx)
    fill_from_package(dialog, data)
    dialog.lines_editor.item_edit.setText("WH-001")
    dialog.lines_editor.quantity_edit.setText("2")
    dialog.lines_editor.add_button.click()
    assert dialog.lines_editor.lines[-1].quantity == D("2.000")
    dialog.update_preview()
    panel = dialog.earnings_panel
    assert panel.has_problems()
    model = panel.lines_model
    row = 2
    assert model.data(model.index(row, EARN_TIER)) == "二档 (T2)"
    assert model.data(model.index(row, EARN_AMOUNT)) == ""
    assert "WH-001" in str(model.data(model.index(row, EARN_RULE)))
    for column in (EARN_TIER, EARN_RULE):
        color = model.data(model.index(row, column), Qt.ItemDataRole.ForegroundRole)
        assert color is not None and color.name() == "#c62828"
    assert panel.message.isVisible() and "WH-001" in panel.message.text()
    assert not dialog.complete_button.isEnabled()
    assert not dialog.complete()


def test_clicking_a_tier_opens_the_resolver_trace(qtbot: QtBot, ctx: AppContext, data: WorkOrderData) -> None:
    dialog = new_editor(qtbot, ctx)
    fill_from_package(dialog, data)
    dialog.update_preview()
    view = dialog.earnings_panel.lines_view
    index = view.model().index(0, EARN_TIER)
    assert dialog.earnings_panel.lines_model.is_tier_link(index)
    view.scrollTo(index)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center())
    trace = dialog.trace_dialog
    assert trace is not None and trace.isVisible()
    assert trace.has_trace()
    rows = trace.trace_model.rows
    assert rows[0].is_winner and rows[0].rule.label == "一线城市二档"
    assert {t.rule.label for t in rows} >= {"一线城市二档", "全国默认一档"}
    # A click elsewhere opens nothing new.
    trace.close()
    other = view.model().index(0, EARN_AMOUNT)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(other).center())
    assert dialog.trace_dialog is None or not dialog.trace_dialog.isVisible()


def test_installer_sees_a_work_order_read_only_with_frozen_tier_facts(
    qtbot: QtBot, ctx: AppContext, data: WorkOrderData
) -> None:
    detail = create(ctx.db, ctx.actor, order_input(data.setup))
    with ctx.db.session() as session:
        wo.complete_work_order(session, ctx.actor, detail.id, expected_version=detail.version)
    installer = installer_context(ctx, data.setup, "I001")
    dialog = WorkOrderDialog(installer, detail.id)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.is_read_only() and dialog.save_button.isHidden() and dialog.reopen_button.isHidden()
    assert dialog.provider_combo.currentText() == "广州天河恒通机电安装服务部"
    line = dialog.earnings_panel.line_at(0)
    assert line is not None
    trace = dialog.open_trace(line, "settlement")
    assert trace is not None
    # No tier-rule permission: the frozen facts only, no trace.
    assert not trace.has_trace() and trace.trace_view.isHidden()
    assert "一线城市二档" in [w.text() for w in trace.findChildren(type(trace.message))]


def test_models_pass_the_model_tester(
    qtbot: QtBot, ctx: AppContext, data: WorkOrderData, qtmodeltester: object
) -> None:
    dialog = new_editor(qtbot, ctx)
    fill_from_package(dialog, data)
    dialog.update_preview()
    for model in (dialog.crew.model, dialog.lines_editor.model, dialog.earnings_panel.lines_model):
        qtmodeltester.check(model)  # type: ignore[attr-defined]
    qtmodeltester.check(dialog.earnings_panel.members_model)  # type: ignore[attr-defined]
    qtmodeltester.check(dialog.adjustments_editor.model)  # type: ignore[attr-defined]


# --- the lazy list model ----------------------------------------------------------------------------


def fake_rows(count: int) -> list[WorkOrderRow]:
    return [
        WorkOrderRow(uuid.uuid4(), f"WO-T-{i:06d}", "draft", "客户", "", None, "", "", "", "", None, None, None, 1)
        for i in range(count)
    ]


def test_list_model_loads_pages_as_the_view_asks(qtmodeltester: object) -> None:
    rows = fake_rows(450)
    model = WorkOrderListModel([Column("Number", lambda r: r.number)])
    asked: list[int] = []

    def answer(offset: int) -> None:
        asked.append(offset)
        model.append_page(WorkOrderPage(rows[offset : offset + 200], len(rows), offset), 1)

    model.fetch_requested.connect(answer)
    model.reset_to(WorkOrderPage(rows[:200], len(rows), 0), 1)
    assert model.rowCount() == 200 and model.canFetchMore()
    model.fetchMore()
    assert asked == [200] and model.rowCount() == 400
    # A page of an older query is dropped.
    assert not model.append_page(WorkOrderPage(rows[400:], len(rows), 400), 0)
    model.fetchMore()
    assert model.rowCount() == 450 and not model.canFetchMore()
    qtmodeltester.check(model)  # type: ignore[attr-defined]


# --- the list page ----------------------------------------------------------------------------------


def open_page(qtbot: QtBot, ctx: AppContext) -> WorkOrdersPage:
    page = WorkOrdersPage(ctx)
    qtbot.addWidget(page)
    page.show()
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.refresh()
    return page


def reload(qtbot: QtBot, page: WorkOrdersPage, action: object) -> None:
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        action()  # type: ignore[operator]


def test_empty_list_says_how_to_start(qtbot: QtBot, ctx: AppContext) -> None:
    page = open_page(qtbot, ctx)
    assert page.table_stack.currentWidget() is page.empty_label
    assert page.empty_label.text() == page.tr(
        "There are no work orders yet. Create one with New work order, for a customer and a crew."
    )
    assert page.count_label.text() == page.tr("{total} work orders").format(total="0")


def test_list_shows_frozen_totals_and_filters_by_status_and_text(
    qtbot: QtBot, ctx: AppContext, data: WorkOrderData
) -> None:
    setup = data.setup
    done = create(ctx.db, ctx.actor, order_input(setup))
    with ctx.db.session() as session:
        done = wo.complete_work_order(session, ctx.actor, done.id, expected_version=done.version)
    still_open = create(ctx.db, ctx.actor, order_input(setup, notes="二楼"))
    page = open_page(qtbot, ctx)
    assert page.visible_numbers() == [still_open.number, done.number]  # newest first
    model = page.model
    done_row = model.find(done.id)
    assert model.data(model.index(done_row, SETTLEMENT_COLUMN)) == "272.73"
    assert model.data(model.index(model.find(still_open.id), SETTLEMENT_COLUMN)) == ""  # blank while open
    assert page.count_label.text() == page.tr("{total} work orders").format(total="2")

    reload(qtbot, page, lambda: page.set_status_filter("completed"))
    assert page.visible_numbers() == [done.number]
    reload(qtbot, page, lambda: page.set_status_filter("open"))
    assert page.visible_numbers() == [still_open.number]
    reload(qtbot, page, lambda: page.set_status_filter(""))
    reload(qtbot, page, lambda: page.set_search(done.number))
    assert page.visible_numbers() == [done.number]
    reload(qtbot, page, lambda: page.set_search("刘女士"))
    assert page.visible_numbers() == [still_open.number, done.number]
    reload(qtbot, page, lambda: page.set_search("没有这个客户"))
    assert page.visible_numbers() == []
    assert page.table_stack.currentWidget() is page.empty_label
    assert page.empty_label.text() == page.tr("No work orders match the filters. Change them or clear them.")
    reload(qtbot, page, page.clear_filters)
    assert len(page.visible_numbers()) == 2


def test_list_fetches_further_pages_when_scrolled(
    qtbot: QtBot, ctx: AppContext, data: WorkOrderData, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(work_orders_page, "PAGE_SIZE", 2)
    made = [create(ctx.db, ctx.actor, order_input(data.setup)) for _ in range(5)]
    page = open_page(qtbot, ctx)
    assert page.model.rowCount() == 2 and page.model.total == 5
    assert page.count_label.text() == page.tr("{total} work orders, {loaded} loaded; scroll down for more").format(
        total="5", loaded="2"
    )
    while page.model.canFetchMore():
        page.model.fetchMore()
        qtbot.waitUntil(lambda: not page.model.fetching, timeout=5000)
    assert page.visible_numbers() == [m.number for m in reversed(made)]


def test_batch_completion_of_two_work_orders(
    qtbot: QtBot, ctx: AppContext, data: WorkOrderData, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = create(ctx.db, ctx.actor, order_input(data.setup))
    second = create(ctx.db, ctx.actor, order_input(data.setup, items=(("AC-001", "1"),)))
    page = open_page(qtbot, ctx)
    page.select_rows([first.id, second.id])
    assert page.complete_action.isEnabled()
    monkeypatch.setattr(page, "confirm", lambda _title, _text: True)
    task = page.complete_selected()
    assert task is not None
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        pass
    rows = {r.number: r for r in page.model.rows}
    assert rows[first.number].status == "completed" and rows[second.number].status == "completed"
    assert rows[first.number].settlement_total == D("272.73")
    assert rows[second.number].settlement_total == D("120.00")
    assert "392.73" in page.notice_label.text()


def test_batch_completion_refused_lists_each_problem(
    qtbot: QtBot, ctx: AppContext, data: WorkOrderData, monkeypatch: pytest.MonkeyPatch
) -> None:
    good = create(ctx.db, ctx.actor, order_input(data.setup))
    crewless = create(ctx.db, ctx.actor, order_input(data.setup, crew_shares=()), status="draft")
    page = open_page(qtbot, ctx)
    page.select_rows([good.id, crewless.id])
    monkeypatch.setattr(page, "confirm", lambda _title, _text: True)
    task = page.complete_selected()
    assert task is not None
    with qtbot.waitSignal(task.finished, timeout=10_000):
        pass
    box = page.last_error_dialog
    assert isinstance(box, QMessageBox)
    assert crewless.number in box.informativeText() and good.number not in box.informativeText()
    box.close()
    with ctx.db.session() as session:  # all or none: the good one was not completed either
        assert wo.get_work_order(session, ctx.actor, good.id).status == "assigned"


def test_editor_opened_from_the_list_updates_its_row(
    qtbot: QtBot, ctx: AppContext, data: WorkOrderData, monkeypatch: pytest.MonkeyPatch
) -> None:
    made = create(ctx.db, ctx.actor, order_input(data.setup))
    page = open_page(qtbot, ctx)
    page.select(made.id)
    dialog = page.open_selected()
    assert dialog is not None and dialog.detail is not None and dialog.detail.id == made.id
    monkeypatch.setattr(dialog, "confirm", lambda _title, _text: True)
    assert dialog.complete()
    row = page.row_by_number(made.number)
    assert row is not None and row.status == "completed" and row.settlement_total == D("272.73")
    dialog.close()
