"""The installer earnings page: an installer's own month split into preview, frozen and settled;
finance and dispatch pick the installer beside every installer's month totals."""

from __future__ import annotations

import datetime as dt

import pytest
from argon2 import PasswordHasher
from pytestqt.qtbot import QtBot
from work_order_fixtures import WorkOrderData, add_data, admin_context, create, installer_context, order_input

from scrm_desktop.db import Database
from scrm_desktop.services import users
from scrm_desktop.services import work_orders as wo
from scrm_desktop.services.permissions import Actor
from scrm_desktop.views.context import AppContext
from scrm_desktop.views.pages.installer_earnings import InstallerEarningsPage
from scrm_desktop.views.work_order_editor import WorkOrderDialog
from scrm_desktop.views.work_order_labels import yuan_text

NOVEMBER = dt.date(2026, 11, 1)
DAY = dt.date(2026, 11, 20)  # the completion (pricing) date of every work order below


@pytest.fixture(autouse=True)
def fast_hasher(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(users, "_hasher", PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1))


@pytest.fixture
def ctx(sqlite_db: Database) -> AppContext:
    return admin_context(sqlite_db)


@pytest.fixture
def data(ctx: AppContext) -> WorkOrderData:
    return add_data(ctx)


@pytest.fixture
def orders(ctx: AppContext, data: WorkOrderData) -> dict[str, wo.WorkOrderDetail]:
    """张师傅 (I001) 60% and 李师傅 40% on a completed 272.73; 张师傅 alone on an open 120.00;
    李师傅 alone on a completed 272.73."""
    setup = data.setup
    shared = create(ctx.db, ctx.actor, order_input(setup))
    alone_open = create(ctx.db, ctx.actor, order_input(setup, crew_shares=(("I001", "100"),), items=(("AC-001", "1"),)))
    other = create(ctx.db, ctx.actor, order_input(setup, crew_shares=(("I002", "100"),)))
    with ctx.db.session() as session:
        wo.complete_work_orders(session, ctx.actor, [shared.id, other.id])
    return {"shared": shared, "open": alone_open, "other": other}


def open_page(qtbot: QtBot, ctx: AppContext) -> InstallerEarningsPage:
    page = InstallerEarningsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.set_month(NOVEMBER)
        page.refresh()
    return page


def test_installer_sees_only_their_own_month_split_into_preview_and_frozen(
    qtbot: QtBot, ctx: AppContext, data: WorkOrderData, orders: dict[str, wo.WorkOrderDetail]
) -> None:
    installer = installer_context(ctx, data.setup, "I001")
    page = open_page(qtbot, installer)
    assert not page.may_pick and page.installer_combo.isHidden()
    earnings = page.earnings
    assert earnings is not None and earnings.installer_id == data.setup.installers["I001"]
    assert page.preview_card.value.text() == yuan_text(earnings.previewed) == "¥120.00"
    assert page.frozen_card.value.text() == "¥163.64"  # 60% of 272.73 (largest remainder per line)
    assert page.settled_card.value.text() == "¥0.00"
    assert page.total_card.value.text() == "¥283.64"
    # Only the work orders 张师傅 is on; 李师傅's own work order is not listed.
    listed = {row.number: row.state for row in page.orders_model.rows}
    assert listed == {orders["shared"].number: "frozen", orders["open"].number: "previewed"}
    assert [(d.day, d.previewed, d.frozen, d.work_orders) for d in page.days_model.rows] == [
        (DAY, earnings.previewed, earnings.frozen, 2)
    ]
    # A work order opens read-only from the list.
    dialog = page.open_work_order(orders["shared"].id)
    assert isinstance(dialog, WorkOrderDialog)
    assert dialog.is_read_only() and dialog.save_button.isHidden()
    dialog.close()


def test_an_empty_month_says_so(
    qtbot: QtBot, ctx: AppContext, data: WorkOrderData, orders: dict[str, wo.WorkOrderDetail]
) -> None:
    page = open_page(qtbot, installer_context(ctx, data.setup, "I001"))
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.previous_button.click()
    assert page.month == dt.date(2026, 10, 1)
    assert page.stack.currentWidget() is page.empty_label
    assert page.preview_card.value.text() == "¥0.00"


def test_an_installer_login_without_installer_record_is_told_inline(
    qtbot: QtBot, ctx: AppContext, data: WorkOrderData
) -> None:
    with ctx.db.session() as session:
        users.create_user(
            session,
            ctx.actor,
            username="lonely",
            display_name="孤单师傅",
            password="Installer-pass-1",
            roles=["installer"],
            must_change_password=False,
        )
    with ctx.db.session() as session:
        lonely: Actor = users.authenticate(session, "lonely", "Installer-pass-1")
    page = open_page(qtbot, AppContext(ctx.db, lonely, ctx.settings))
    assert page.earnings is None
    assert page.stack.currentWidget() is page.empty_label
    assert "孤单师傅" in page.empty_label.text()


def test_finance_picks_an_installer_beside_the_month_totals(
    qtbot: QtBot, ctx: AppContext, data: WorkOrderData, orders: dict[str, wo.WorkOrderDetail]
) -> None:
    page = open_page(qtbot, ctx)
    assert page.may_pick and not page.installer_combo.isHidden()
    totals = {row.name: (row.frozen, row.settled) for row in page.summary_model.rows}
    assert {name: str(frozen) for name, (frozen, _settled) in totals.items()} == {
        "张师傅": "163.64",
        "李师傅": "381.82",  # 40% of 272.73 plus a whole 272.73
    }
    # Nothing chosen yet: the first installer of the month is shown.
    assert page.earnings is not None and page.earnings.installer_id == page.summary_model.rows[0].installer_id
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.choose_installer(data.setup.installers["I002"])
    assert page.earnings is not None and page.earnings.installer_id == data.setup.installers["I002"]
    assert page.frozen_card.value.text() == "¥381.82" and page.preview_card.value.text() == "¥0.00"
    assert {row.number for row in page.orders_model.rows} == {orders["shared"].number, orders["other"].number}


def test_models_pass_the_model_tester(
    qtbot: QtBot, ctx: AppContext, data: WorkOrderData, orders: dict[str, wo.WorkOrderDetail], qtmodeltester: object
) -> None:
    page = open_page(qtbot, ctx)
    for model in (page.days_model, page.orders_model, page.summary_model):
        qtmodeltester.check(model)  # type: ignore[attr-defined]
