"""The price impact preview dialog, opened from the price grid (pending edits) and the tier-rule dialog."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from scrm_desktop.config import Settings
from scrm_desktop.db import Database
from scrm_desktop.models import Customer, Price, Provider, ProviderType, WorkOrder, WorkOrderLine
from scrm_desktop.services import catalog, pricing, regions, tier_rules, users
from scrm_desktop.services.periods import Period, last_month
from scrm_desktop.services.price_impact import PriceImpact
from scrm_desktop.views.context import AppContext
from scrm_desktop.views.pages.price_grid import PriceGridPage
from scrm_desktop.views.pages.tier_rules import TierRuleDialog
from scrm_desktop.views.price_grid_model import FIXED_COLUMNS
from scrm_desktop.views.price_impact_dialog import PriceImpactDialog

D = Decimal
GZ_TIANHE = "440106"
CHANGSHA = "430100"
T1 = FIXED_COLUMNS


@dataclass
class Setup:
    ctx: AppContext
    period: Period
    tiers: dict[str, uuid.UUID]


@pytest.fixture
def setup(sqlite_db: Database) -> Setup:
    """AC-001 at 88.00 (T1) and 120.00 (T2) since 2025, the rule 全国一档 (T1), the group 华南 (广东),
    and last month's completed work: 广州 AC-001 x 1 on the 2nd and x 2 on the 20th by 粤安装,
    长沙 AC-001 x 1 by nobody."""
    with sqlite_db.session() as session:
        actor = users.create_first_admin(session, username="admin", display_name="管理员", password="Admin-pass-1")
        tiers = {
            code: pricing.create_tier(session, actor, code, name).id for code, name in (("T1", "一档"), ("T2", "二档"))
        }
        item = catalog.create_item(session, actor, kind="service", code="AC-001", name="挂机空调安装", unit="台")
        pricing.save_prices(
            session,
            actor,
            book="settlement",
            effective=dt.date(2025, 1, 1),
            changes={(item.id, tiers["T1"]): D("88.00"), (item.id, tiers["T2"]): D("120.00")},
        )
        tier_rules.create_tier_rule(session, actor, book="settlement", name="全国一档", tier_id=tiers["T1"])
        regions.create_group(session, actor, name="华南", kind="area", region_codes=["440000"])
        kind = session.scalars(select(ProviderType).where(ProviderType.name == "普通服务点")).first()
        if kind is None:  # a new database has the usual provider types
            kind = ProviderType(name="普通服务点")
            session.add(kind)
        customer = Customer(name="客户")
        session.add(customer)
        session.flush()
        provider = Provider(code="P-GD", name="粤安装", provider_type_id=kind.id)
        session.add(provider)
        session.flush()
        period = last_month(pricing.business_today(actor))
        for number, (region, day, quantity, provider_id) in enumerate(
            ((GZ_TIANHE, 2, "1", provider.id), (GZ_TIANHE, 20, "2", provider.id), (CHANGSHA, 5, "1", None))
        ):
            order = WorkOrder(
                number=f"WO-T-{number}",
                branch_code="T",
                status="completed",
                customer_id=customer.id,
                region_code=region,
                provider_id=provider_id,
                provider_type="普通服务点" if provider_id else None,
                completed_on=period.first.replace(day=day),
            )
            session.add(order)
            session.flush()
            session.add(
                WorkOrderLine(
                    work_order_id=order.id,
                    item_id=item.id,
                    quantity=D(quantity).quantize(D("0.001")),
                    settlement_tier_id=tiers["T1"],
                    settlement_unit_price=D("88.00"),
                    settlement_amount=D("88.00") * D(quantity),
                )
            )
    return Setup(AppContext(sqlite_db, actor, Settings()), period, tiers)


def translate(text: str) -> str:
    return QCoreApplication.translate("PriceImpactDialog", text)


def price_count(ctx: AppContext) -> int:
    with ctx.db.session() as session:
        return int(session.scalar(select(func.count()).select_from(Price)) or 0)


def type_into(qtbot: QtBot, page: PriceGridPage, row: int, column: int, text: str) -> None:
    index = page.proxy.index(row, column)
    page.view.setCurrentIndex(index)
    page.view.edit(index)
    editor = page.view.indexWidget(index)
    assert isinstance(editor, QLineEdit)
    editor.clear()
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.view.indexWidget(index) is None, timeout=2000)


def texts(dialog: PriceImpactDialog, table: str) -> list[list[str]]:
    model = dialog.group_model if table == "groups" else dialog.provider_model
    return [
        [model.index(row, column).data() for column in range(model.columnCount())] for row in range(model.rowCount())
    ]


def wait_computed(qtbot: QtBot, dialog: PriceImpactDialog, action: Any = None) -> PriceImpact:
    with qtbot.waitSignal(dialog.computed, timeout=10_000) as blocker:
        if action is not None:
            action()
    impact = blocker.args[0]
    assert isinstance(impact, PriceImpact)
    return impact


def test_preview_of_the_grids_pending_edit_per_group_and_provider(qtbot: QtBot, setup: Setup) -> None:
    page = PriceGridPage(setup.ctx)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.refresh()
    page.show()
    assert not page.impact_action.isEnabled()  # nothing to preview yet
    assert page.preview_impact() is None
    type_into(qtbot, page, 0, T1, "98")  # AC-001 in T1: 88 → 98
    assert page.impact_action.isEnabled()
    before_prices = price_count(setup.ctx)

    page.impact_action.trigger()
    dialog = page.dialog
    assert isinstance(dialog, PriceImpactDialog)
    impact = wait_computed(qtbot, dialog)
    assert dialog.period() == setup.period and impact.period == setup.period
    assert dialog.effective_date() == pricing.business_today(setup.ctx.actor)
    assert dialog.as_if_check.isChecked()
    # As if in force all month: 广州 1 + 2, 长沙 1, each +10.
    assert (impact.diff, impact.lines_changed) == (D("40.00"), 3)
    assert texts(dialog, "groups") == [
        ["华南", "大区", "2", "2", "264.00", "294.00", "+30.00"],
        [translate("Not in any region group"), "", "1", "1", "88.00", "98.00", "+10.00"],
    ]
    assert texts(dialog, "providers") == [
        ["粤安装", "普通服务点", "2", "2", "264.00", "294.00", "+30.00"],
        [translate("No provider"), "", "1", "1", "88.00", "98.00", "+10.00"],
    ]
    assert "+40.00" in dialog.summary.text()

    # As dated, the save from today changes nothing last month; from the 10th it changes the 20th.
    impact = wait_computed(qtbot, dialog, lambda: dialog.as_if_check.setChecked(False))
    assert impact.as_dated and impact.diff == 0
    first = setup.period.first
    impact = wait_computed(qtbot, dialog, lambda: dialog.effective_edit.setDate(QDate(first.year, first.month, 10)))
    assert (impact.diff, impact.lines_changed) == (D("20.00"), 1)  # 广州 x 2 on the 20th; the 2nd and 5th are before

    # Another month without work.
    earlier = Period.month(2020, 1)
    impact = wait_computed(qtbot, dialog, lambda: dialog.set_period(earlier))
    assert (impact.period, impact.period_lines, dialog.group_model.rowCount()) == (earlier, 0, 0)

    assert price_count(setup.ctx) == before_prices  # nothing saved
    assert page.has_unsaved_changes()
    dialog.close()


def test_the_tier_rule_dialog_previews_the_rule_as_entered(qtbot: QtBot, setup: Setup, qtmodeltester: Any) -> None:
    ctx = setup.ctx
    with ctx.db.session() as session:
        groups = regions.list_groups(session, ctx.actor)
        tiers = pricing.list_tiers(session, ctx.actor)
        categories = catalog.list_categories(session, ctx.actor)
    rule_dialog = TierRuleDialog(
        ctx, "settlement", None, groups=groups, tiers=tiers, categories=categories, provider_types=[], scenarios=[]
    )
    qtbot.addWidget(rule_dialog)
    rule_dialog.name_edit.setText("广州二档")
    rule_dialog.region_radio.click()
    rule_dialog.region_picker.setText("广州市")
    rule_dialog.tier_combo.setCurrentIndex(rule_dialog.tier_combo.findData(str(setup.tiers["T2"])))
    qtbot.mouseClick(rule_dialog.impact_button, Qt.MouseButton.LeftButton)
    dialog = rule_dialog.impact_dialog
    assert isinstance(dialog, PriceImpactDialog) and dialog.isVisible()
    assert not dialog.effective_edit.isVisible() and not dialog.as_if_check.isVisible()
    impact = wait_computed(qtbot, dialog)
    # 广州 moves from T1 (88) to T2 (120): 1 + 2 units x 32.
    assert (impact.kind, impact.diff, impact.lines_changed) == ("tier_rule", D("96.00"), 2)
    assert texts(dialog, "groups")[0][0] == "华南" and texts(dialog, "groups")[0][-1] == "+96.00"
    qtmodeltester.check(dialog.group_model)
    qtmodeltester.check(dialog.provider_model)
    with ctx.db.session() as session:
        assert [r.name for r in tier_rules.list_tier_rules(session, ctx.actor)] == ["全国一档"]  # nothing saved
    dialog.close()
    rule_dialog.close()


def test_a_refused_rule_is_explained_in_the_dialog(qtbot: QtBot, setup: Setup) -> None:
    ctx = setup.ctx
    with ctx.db.session() as session:
        tiers = pricing.list_tiers(session, ctx.actor)
    rule_dialog = TierRuleDialog(
        ctx, "settlement", None, groups=[], tiers=tiers, categories=[], provider_types=[], scenarios=[]
    )
    qtbot.addWidget(rule_dialog)
    rule_dialog.name_edit.setText("又一个全国")  # ties with 全国一档
    rule_dialog.impact_button.click()
    dialog = rule_dialog.impact_dialog
    assert dialog is not None
    with qtbot.waitSignal(dialog.refused, timeout=10_000):
        pass
    assert dialog.error.isVisible() and "全国一档" in dialog.error.text()
    assert dialog.impact is None and dialog.group_model.rowCount() == 0
    dialog.close()
