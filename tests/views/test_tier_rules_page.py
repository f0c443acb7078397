"""The tier rules page: the rule list per book, the rule dialog, and testing a context with its trace."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox
from pytestqt.qtbot import QtBot

from scrm_desktop.config import Settings
from scrm_desktop.db import Database
from scrm_desktop.services import catalog, pricing, regions, tier_rules, users
from scrm_desktop.services.errors import ValidationError
from scrm_desktop.services.permissions import Actor, Role
from scrm_desktop.services.price_resolution import MissingPrice
from scrm_desktop.services.tier_rules import TierRuleRow
from scrm_desktop.views.context import AppContext
from scrm_desktop.views.main_window import page_specs
from scrm_desktop.views.pages import tier_rules as tier_rules_page
from scrm_desktop.views.pages.tier_rules import TierRuleDialog, TierRulesPage

GZ_TIANHE = "440106"  # 广东省 / 广州市 / 天河区
LANZHOU_CHENGGUAN = "620102"  # 甘肃省 / 兰州市 / 城关区
PASSWORD = "Admin-pass-1"
TIERS = (("T1", "一档"), ("T2", "二档"), ("T3", "三档"))
COLUMN = {"name": 0, "scope": 1, "provider": 2, "scenario": 3, "category": 4, "complexity": 5, "tier": 8}
TRACE = {"result": 0, "rule": 1, "tier": 2, "matched": 3, "priority": 4, "starts": 5, "why": 6}


@pytest.fixture
def ctx(sqlite_db: Database) -> AppContext:
    with sqlite_db.session() as session:
        actor = users.create_first_admin(session, username="admin", display_name="管理员", password=PASSWORD)
    return AppContext(sqlite_db, actor, Settings())


@dataclass
class Catalog:
    tiers: dict[str, uuid.UUID]


@pytest.fixture
def cat(ctx: AppContext) -> Catalog:
    """Tiers T1–T3, category 空调 > 空调安装, items AC-001 (with T1/T2 prices) and WH-001 (none),
    group 西北 (甘肃), and the settlement rules 全国默认 → T2 and 西北一档 → T1."""
    with ctx.db.session() as session:
        actor = ctx.actor
        tiers = {code: pricing.create_tier(session, actor, code, name).id for code, name in TIERS}
        ac = catalog.create_category(session, actor, kind="service", code="AC", name="空调")
        install = catalog.create_category(
            session, actor, kind="service", code="AC-INSTALL", name="空调安装", parent_id=ac.id
        )
        item = catalog.create_item(
            session, actor, kind="service", code="AC-001", name="挂机空调安装", unit="台", category_id=install.id
        )
        catalog.create_item(session, actor, kind="service", code="WH-001", name="燃气热水器安装", unit="台")
        west = regions.create_group(session, actor, name="西北", kind="area", region_codes=["620000"])
        pricing.save_prices(
            session,
            actor,
            book="settlement",
            effective=dt.date(2025, 1, 1),
            changes={(item.id, tiers["T1"]): Decimal("88.00"), (item.id, tiers["T2"]): Decimal("120.00")},
        )
        for name, tier, scope in (("全国默认", "T2", {}), ("西北一档", "T1", {"region_group_id": west.id})):
            tier_rules.create_tier_rule(session, actor, book="settlement", name=name, tier_id=tiers[tier], **scope)
    return Catalog(tiers)


@pytest.fixture
def page(qtbot: QtBot, ctx: AppContext, cat: Catalog) -> TierRulesPage:
    widget = TierRulesPage(ctx)
    qtbot.addWidget(widget)
    widget.resize(1300, 900)
    widget.show()
    widget.refresh()
    return widget


@pytest.fixture
def errors(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[BaseException]]:
    """The errors the page and its dialogs would have shown in the error dialog."""
    shown: list[BaseException] = []
    monkeypatch.setattr(tier_rules_page, "show_error", lambda _parent, exc: shown.append(exc))
    yield shown


def cell(page: TierRulesPage, name: str, column: str) -> str:
    for row in range(page.model.rowCount()):
        if page.model.index(row, COLUMN["name"]).data() == name:
            return str(page.model.index(row, COLUMN[column]).data())
    raise AssertionError(f"{name} is not in the table")


def stored_rules(ctx: AppContext, book: str = "settlement") -> dict[str, TierRuleRow]:
    with ctx.db.session() as session:
        return {r.name: r for r in tier_rules.list_tier_rules(session, ctx.actor, book=book)}


def click_ok(qtbot: QtBot, dialog: QDialog) -> None:
    button_box: QDialogButtonBox = dialog.button_box  # type: ignore[attr-defined]
    qtbot.mouseClick(button_box.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)


def trace_table(page: TierRulesPage) -> list[dict[str, str]]:
    model = page.trace_model
    return [{key: str(model.index(r, c).data()) for key, c in TRACE.items()} for r in range(model.rowCount())]


def resolve(page: TierRulesPage, qtbot: QtBot, item: str, region: str, **kw: Any) -> None:
    page.test_item.setText(item)  # typing would open the completer popup, which offscreen cannot show
    page.test_region.setText(region)
    page.test_provider.setCurrentText(kw.get("provider", ""))
    page.test_date.setDate(QDate(kw.get("on", dt.date(2025, 6, 1))))
    with qtbot.waitSignal(page.resolved):
        qtbot.mouseClick(page.resolve_button, Qt.MouseButton.LeftButton)


# --- the list -----------------------------------------------------------------------------------------


def test_rules_are_listed_per_book(page: TierRulesPage, ctx: AppContext, cat: Catalog, qtmodeltester: Any) -> None:
    assert [r.name for r in page.model.rows] == ["全国默认", "西北一档"]
    assert cell(page, "全国默认", "scope") == "全国"
    assert cell(page, "西北一档", "scope") == "区域分组 西北"
    assert cell(page, "西北一档", "tier") == "一档 (T1)"
    qtmodeltester.check(page.model)
    with ctx.db.session() as session:
        tier_rules.create_tier_rule(session, ctx.actor, book="sales", name="销售默认", tier_id=cat.tiers["T3"])
    page.set_book("sales")
    assert [r.name for r in page.model.rows] == ["销售默认"]


def test_the_page_is_registered_for_price_readers() -> None:
    spec = next(s for s in page_specs() if s.key == "tier_rules")
    assert spec.icon == "mdi6.source-branch"
    assert spec.allows(Actor(None, "p", "p", frozenset({Role.PRICING_MANAGER.value})))
    assert spec.allows(Actor(None, "f", "f", frozenset({Role.FINANCE.value})))
    assert not spec.allows(Actor(None, "i", "i", frozenset({Role.INSTALLER.value})))


def test_readers_cannot_edit(qtbot: QtBot, ctx: AppContext, cat: Catalog) -> None:
    finance = Actor(None, "f", "孙财务", frozenset({Role.FINANCE.value}))
    widget = TierRulesPage(AppContext(ctx.db, finance, ctx.settings))
    qtbot.addWidget(widget)
    widget.refresh()
    assert len(widget.model.rows) == 2
    assert not widget.new_action.isEnabled()
    assert widget.new_rule() is None


# --- creating and editing rules -----------------------------------------------------------------------


def test_create_a_rule_through_the_dialog(
    page: TierRulesPage, qtbot: QtBot, errors: list[BaseException], cat: Catalog
) -> None:
    dialog = page.new_rule()
    assert isinstance(dialog, TierRuleDialog)
    assert dialog.isVisible()
    assert dialog.country_radio.isChecked() and not dialog.region_picker.isEnabled()
    dialog.name_edit.setText("广州核心代理商安装三档")  # QTest can only type ASCII
    dialog.region_radio.click()
    dialog.region_picker.setText("广州市")
    dialog.provider_combo.setCurrentText("核心代理商")
    dialog.scenario_combo.setCurrentText("安装")
    dialog.category_combo.setCurrentIndex(dialog.category_combo.findData("AC-INSTALL"))
    dialog.complexity_combo.setCurrentIndex(dialog.complexity_combo.findData(2))
    dialog.valid_from.check.click()
    dialog.valid_from.edit.setDate(QDate(2026, 1, 1))
    dialog.priority_spin.setValue(3)
    dialog.tier_combo.setCurrentIndex(dialog.tier_combo.findData(str(cat.tiers["T3"])))
    click_ok(qtbot, dialog)

    assert errors == []
    assert not dialog.isVisible()
    rule = stored_rules(page.ctx)["广州核心代理商安装三档"]
    assert (rule.region_code, rule.provider_type, rule.scenario) == ("440100", "核心代理商", "安装")
    assert (rule.item_category, rule.complexity, rule.priority) == ("AC-INSTALL", 2, 3)
    assert (rule.valid_from, rule.valid_to, rule.tier_code, rule.book) == (
        dt.date(2026, 1, 1),
        None,
        "T3",
        "settlement",
    )
    assert cell(page, "广州核心代理商安装三档", "scope") == "广东省 / 广州市"
    assert cell(page, "广州核心代理商安装三档", "category") == "空调安装 (AC-INSTALL)"
    assert page.selected_row() is not None and page.selected_row().name == "广州核心代理商安装三档"  # type: ignore[union-attr]


def test_a_rule_that_could_tie_is_refused_naming_both_rules(
    page: TierRulesPage, qtbot: QtBot, errors: list[BaseException], cat: Catalog
) -> None:
    dialog = page.new_rule()
    assert dialog is not None
    dialog.name_edit.setText("全国三档")
    dialog.tier_combo.setCurrentIndex(dialog.tier_combo.findData(str(cat.tiers["T3"])))
    click_ok(qtbot, dialog)

    assert len(errors) == 1
    assert isinstance(errors[0], ValidationError)
    assert "全国默认" in str(errors[0]) and "全国三档" in str(errors[0])
    assert dialog.isVisible()
    assert dialog.focusWidget() is dialog.priority_spin
    assert "全国三档" not in stored_rules(page.ctx)

    dialog.priority_spin.setValue(1)
    click_ok(qtbot, dialog)
    assert len(errors) == 1
    assert not dialog.isVisible()
    assert stored_rules(page.ctx)["全国三档"].priority == 1


def test_edit_and_deactivate(
    page: TierRulesPage, qtbot: QtBot, errors: list[BaseException], monkeypatch: pytest.MonkeyPatch
) -> None:
    assert page.select_rule(stored_rules(page.ctx)["西北一档"].id)
    dialog = page.edit_rule()
    assert dialog is not None
    assert dialog.group_radio.isChecked() and dialog.group_combo.currentText() == "西北"
    dialog.priority_spin.setValue(4)
    click_ok(qtbot, dialog)
    assert errors == [] and stored_rules(page.ctx)["西北一档"].priority == 4
    monkeypatch.setattr(page, "confirm", lambda _title, _text: True)
    page.toggle_active()
    assert not stored_rules(page.ctx)["西北一档"].is_active
    assert cell(page, "西北一档", "name") == "西北一档"
    assert page.toggle_action.text() == "启用"


# --- testing a context ----------------------------------------------------------------------------


def test_test_a_context_shows_tier_price_and_trace(
    page: TierRulesPage, qtbot: QtBot, errors: list[BaseException]
) -> None:
    resolve(page, qtbot, "AC-001  挂机空调安装", LANZHOU_CHENGGUAN)
    assert errors == []
    assert page.attempt is not None and page.attempt.quote is not None
    assert page.attempt.quote.unit_price == Decimal("88.00")
    text = page.result_label.text()
    assert "一档 (T1)" in text and "¥88.00" in text and "西北一档" in text
    rows = trace_table(page)
    assert [r["rule"] for r in rows] == ["西北一档", "全国默认"]
    assert rows[0]["result"] == "胜出"
    assert rows[0]["matched"] == "甘肃省（属于分组 西北）"
    assert rows[1]["result"] == "匹配但落选"
    assert rows[1]["tier"] == "二档 (T2)"

    resolve(page, qtbot, "AC-001", GZ_TIANHE)
    assert "二档 (T2)" in page.result_label.text() and "¥120.00" in page.result_label.text()
    assert trace_table(page)[1]["result"] == "不匹配"


def test_a_missing_price_is_shown_as_an_error_naming_item_tier_and_book(
    page: TierRulesPage, qtbot: QtBot, errors: list[BaseException]
) -> None:
    resolve(page, qtbot, "WH-001", GZ_TIANHE)  # 全国默认 → T2, and WH-001 has no price
    assert errors == []
    assert page.attempt is not None and isinstance(page.attempt.problem, MissingPrice)
    text = page.result_label.text()
    assert "WH-001" in text and "燃气热水器安装" in text and "二档" in text and "T2" in text and "结算价" in text
    assert trace_table(page)[0]["rule"] == "全国默认"  # the trace is shown all the same


def test_bad_test_input_is_explained(page: TierRulesPage, qtbot: QtBot, errors: list[BaseException]) -> None:
    resolve(page, qtbot, "NOPE", GZ_TIANHE)
    assert "NOPE" in page.result_label.text()
    assert page.trace_model.rowCount() == 0
    resolve(page, qtbot, "AC-001", "火星市")
    assert "六位" in page.result_label.text()
    assert errors == []
