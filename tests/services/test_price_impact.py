"""Price impact preview: the effect of a price or tier-rule change on the completed work of a period.

Work orders are written as ORM rows here (completed, with frozen settlement fields consistent with
the prices), so these tests depend on the models only, not on the work-order service. Every
database test runs on SQLite and on PostgreSQL (the ``db`` fixture).
"""

from __future__ import annotations

import datetime as dt
import json
import uuid
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook
from sqlalchemy import event, func, select
from sqlalchemy.orm import Session
from tier_rules_support import (
    CHANGSHA,
    D2025,
    GZ_TIANHE,
    LANZHOU_CHENGGUAN,
    SZ_NANSHAN,
    Catalog,
    add_catalog,
    add_price,
    price_rows,
)

from scrm_desktop.cli import main
from scrm_desktop.db import Database
from scrm_desktop.models import (
    Base,
    Customer,
    Installer,
    Provider,
    ProviderType,
    RegionGroup,
    RegionGroupMember,
    WorkOrder,
    WorkOrderLine,
)
from scrm_desktop.services import price_io, tier_rules
from scrm_desktop.services.errors import PermissionDenied, ValidationError
from scrm_desktop.services.money import line_amount
from scrm_desktop.services.periods import Period, last_month, parse_period
from scrm_desktop.services.permissions import Actor, Role
from scrm_desktop.services.price_impact import (
    PriceChange,
    PriceImpact,
    TierRuleChange,
    file_impact,
    grid_changes,
    price_change_impact,
    tier_rule_impact,
)
from scrm_desktop.services.price_resolution import JobContext, MissingPrice, NoTierRule, PriceResolver
from scrm_desktop.services.pricing import PriceCellsError, business_today

D = Decimal
OCTOBER = Period.month(2026, 10)
# Settlement prices from 2025 on, per item and tier (WH-001 has only T1: T2 is missing).
PRICES = {
    ("AC-001", "T1"): "100.00",
    ("AC-001", "T2"): "120.00",
    ("AC-002", "T1"): "80.00",
    ("AC-002", "T2"): "95.50",
    ("WH-001", "T1"): "200.00",
    ("P-001", "T1"): "10.00",
    ("P-001", "T2"): "12.35",
}


@dataclass
class Shop:
    """The catalog, the rules and the parties the work orders of a test use."""

    cat: Catalog
    rules: dict[str, uuid.UUID] = field(default_factory=dict)
    providers: dict[str, uuid.UUID] = field(default_factory=dict)
    customer: uuid.UUID | None = None
    numbers: int = 0


@dataclass(frozen=True)
class Line:
    item: str
    quantity: str
    tier: str = "T1"


def add_rule(db: Database, actor: Actor, cat: Catalog, name: str, tier: str, **kw: Any) -> uuid.UUID:
    fields: dict[str, Any] = {"book": "settlement", **kw}
    with db.session() as session:
        return tier_rules.create_tier_rule(session, actor, name=name, tier_id=cat.tiers[tier], **fields).id


@pytest.fixture
def shop(db: Database, admin: Actor) -> Shop:
    """The support catalog plus a 华南 group (广东, 广西), so 广州 is in 华南 and in 一线城市;
    settlement rules 全国一档 (T1) and 西北二档 (T2 for 甘肃); prices from 2025 (``PRICES``), a sales
    price; providers 粤安装 (普通服务点) and 湘维修 (直营)."""
    cat = add_catalog(db)
    shop = Shop(cat)
    with db.session() as session:
        south = RegionGroup(name="华南", kind="area", description="")
        session.add(south)
        session.flush()
        session.add_all(RegionGroupMember(group_id=south.id, region_code=c) for c in ("440000", "450000"))
        cat.groups["华南"] = south.id
        types = dict(session.execute(select(ProviderType.name, ProviderType.id)).all())  # a new database has some
        for name in {"普通服务点", "直营"} - set(types):
            kind = ProviderType(name=name)
            session.add(kind)
            session.flush()
            types[name] = kind.id
        for code, name, kind in (("P-GD", "粤安装", "普通服务点"), ("P-HN", "湘维修", "直营")):
            provider = Provider(code=code, name=name, provider_type_id=types[kind])
            session.add(provider)
            session.flush()
            shop.providers[name] = provider.id
            session.add(Installer(code=f"I-{code}", name=f"{name}师傅", provider_id=provider.id))
        customer = Customer(name="测试客户")
        session.add(customer)
        session.flush()
        shop.customer = customer.id
    shop.rules["全国一档"] = add_rule(db, admin, cat, "全国一档", "T1")
    shop.rules["西北二档"] = add_rule(db, admin, cat, "西北二档", "T2", region_group_id=cat.groups["西北"])
    for (item, tier), amount in PRICES.items():
        add_price(db, cat, "settlement", item, tier, on=D2025, amount=amount)
    add_price(db, cat, "sales", "AC-001", "T1", on=D2025, amount="300.00")
    return shop


def add_work_order(
    session: Session,
    shop: Shop,
    *,
    region: str | None,
    provider: str | None,
    completed_on: dt.date,
    lines: Sequence[Line],
    status: str = "completed",
    complexity: int | None = None,
    scenario: str | None = "安装",
) -> uuid.UUID:
    """A completed work order with lines whose frozen settlement fields follow ``PRICES``."""
    shop.numbers += 1
    kinds = {"粤安装": "普通服务点", "湘维修": "直营"}
    order = WorkOrder(
        number=f"WO-T-{shop.numbers:05d}",
        branch_code="T",
        status=status,
        customer_id=shop.customer,
        region_code=region,
        provider_id=shop.providers[provider] if provider else None,
        provider_type=kinds.get(provider or ""),
        scenario=scenario,
        complexity=complexity,
        completed_on=completed_on if status == "completed" else None,
    )
    session.add(order)
    session.flush()
    for position, line in enumerate(lines):
        unit = D(PRICES[(line.item, line.tier)])
        quantity = D(line.quantity).quantize(D("0.001"))
        session.add(
            WorkOrderLine(
                work_order_id=order.id,
                position=position,
                item_id=shop.cat.items[line.item],
                quantity=quantity,
                settlement_tier_id=shop.cat.tiers[line.tier],
                settlement_unit_price=unit,
                settlement_amount=line_amount(unit, quantity),
            )
        )
    session.flush()
    return order.id


@pytest.fixture
def work(db: Database, shop: Shop) -> Shop:
    """October 2026: three 广州 work orders by 粤安装 with AC-001 x 2 (one also P-001 x 3.5), a
    长沙 one by 湘维修 with AC-001 x 1 and AC-002 x 2, a 兰州 one (T2 by 西北二档) with AC-001 x 1;
    plus work outside the period or not completed, which never counts."""
    oct_ = dt.date(2026, 10, 1)
    with db.session() as session:
        for day in (3, 16, 31):
            lines = [Line("AC-001", "2")] + ([Line("P-001", "3.5")] if day == 16 else [])
            add_work_order(
                session, shop, region=GZ_TIANHE, provider="粤安装", completed_on=oct_.replace(day=day), lines=lines
            )
        add_work_order(
            session,
            shop,
            region=CHANGSHA,
            provider="湘维修",
            completed_on=oct_.replace(day=20),
            lines=[Line("AC-001", "1"), Line("AC-002", "2")],
        )
        add_work_order(
            session,
            shop,
            region=LANZHOU_CHENGGUAN,
            provider="湘维修",
            completed_on=oct_.replace(day=5),
            lines=[Line("AC-001", "1", "T2")],
        )
        # Never counted: completed in September or November, or not completed.
        for day in (dt.date(2026, 9, 30), dt.date(2026, 11, 1)):
            add_work_order(
                session, shop, region=GZ_TIANHE, provider="粤安装", completed_on=day, lines=[Line("AC-001", "5")]
            )
        add_work_order(
            session,
            shop,
            region=GZ_TIANHE,
            provider="粤安装",
            completed_on=oct_,
            status="in_progress",
            lines=[Line("AC-001", "7")],
        )
    return shop


def raise_price(work: Shop, admin: Actor, item: str, tier: str, amount: str, **kw: Any) -> list[PriceChange]:
    cat = work.cat
    return grid_changes(
        kw.get("book", "settlement"),
        kw.get("effective", business_today(admin)),
        {(cat.items[item], cat.tiers[tier]): D(amount)},
    )


def prices_impact(db: Database, actor: Actor, changes: list[PriceChange], **kw: Any) -> PriceImpact:
    with db.session() as session:
        return price_change_impact(session, actor, changes, kw.pop("period", OCTOBER), **kw)


def rule_impact(db: Database, actor: Actor, change: TierRuleChange, period: Period = OCTOBER) -> PriceImpact:
    with db.session() as session:
        return tier_rule_impact(session, actor, change, period)


def rows_by_name(rows: Sequence[Any]) -> dict[str | None, Any]:
    return {(r.name if r.key is not None else None): r for r in rows}


# --- the period -----------------------------------------------------------------------------


def test_periods_are_months_written_yyyy_mm() -> None:
    assert parse_period(" 2026-10 ") == Period(dt.date(2026, 10, 1), dt.date(2026, 10, 31), "2026-10")
    assert parse_period("2024-02").last == dt.date(2024, 2, 29)
    assert parse_period("2026-12").last == dt.date(2026, 12, 31)
    assert last_month(dt.date(2026, 1, 15)) == Period.month(2025, 12)
    for bad in ("2026-13", "2026-1", "26-10", "2026/10", "", "0000-01", "2026-10-01"):
        with pytest.raises(ValidationError) as excinfo:
            parse_period(bad)
        assert excinfo.value.field == "period"
        assert "YYYY-MM" in excinfo.value.message()


# --- price changes --------------------------------------------------------------------------


def test_a_price_raise_shows_per_region_group_and_provider(db: Database, admin: Actor, work: Shop) -> None:
    # AC-001 in T1 from 100 to 110: the three 广州 lines (qty 2 each) and the 长沙 line (qty 1).
    impact = prices_impact(db, admin, raise_price(work, admin, "AC-001", "T1", "110.00"))
    assert impact.affects_settlement and impact.settlement_changes == 1 and not impact.as_dated
    assert impact.period_lines == 7  # every completed line of October
    assert impact.period_frozen_total == D("200") * 3 + D("35") + D("100") + D("160") + D("120")
    assert impact.lines_considered == 5  # the AC-001 lines, the 兰州 one (T2) included
    assert impact.lines_changed == 4
    assert (impact.before_total, impact.after_total, impact.diff) == (D("820.00"), D("890.00"), D("70.00"))
    assert impact.frozen_total == D("820.00")

    groups = rows_by_name(impact.by_group)
    assert set(groups) == {"华南", "一线城市", "西北", None}
    south = groups["华南"]
    assert (south.diff, south.before, south.after, south.lines, south.lines_changed) == (
        D("30.00") * 2,
        D("600.00"),
        D("660.00"),
        3,
        3,
    )
    assert south.detail == "area"
    assert groups["一线城市"].diff == D("60.00")  # 广州 is in two groups: one row for each
    assert (groups[None].diff, groups[None].lines) == (D("10.00"), 1)  # 长沙 is in no group
    assert (groups["西北"].diff, groups["西北"].lines_changed) == (D("0.00"), 0)
    # Largest effect first.
    assert [abs(r.diff) for r in impact.by_group] == sorted((abs(r.diff) for r in impact.by_group), reverse=True)

    providers = rows_by_name(impact.by_provider)
    assert [(r.name, r.code, r.detail, r.diff) for r in impact.by_provider] == [
        ("粤安装", "P-GD", "普通服务点", D("60.00")),
        ("湘维修", "P-HN", "直营", D("10.00")),
    ]
    assert providers["湘维修"].lines == 2 and providers["湘维修"].lines_changed == 1
    assert sum((r.diff for r in impact.by_provider), D(0)) == impact.diff
    assert impact.problems_before.count == impact.problems_after.count == 0


def test_as_dated_a_change_effective_after_the_period_changes_nothing(db: Database, admin: Actor, work: Shop) -> None:
    changes = raise_price(work, admin, "AC-001", "T1", "110.00")
    impact = prices_impact(db, admin, changes, as_dated=True)
    assert impact.as_dated and impact.affects_settlement
    assert impact.lines_considered == 5 and impact.lines_changed == 0
    assert impact.diff == D("0.00") and all(r.diff == 0 for r in impact.by_group + impact.by_provider)
    assert any("after the period" in n.message() for n in impact.notes)
    # As if in force (the default) the same change shows its effect.
    assert prices_impact(db, admin, changes).diff == D("70.00")


def test_as_dated_a_back_dated_change_applies_from_its_date(db: Database, admin: Actor, work: Shop) -> None:
    changes = raise_price(work, admin, "AC-001", "T1", "110.00", effective=dt.date(2026, 10, 16))
    impact = prices_impact(db, admin, changes, as_dated=True)
    # 广州 on the 16th and 31st (2 x 2 x 10) and 长沙 on the 20th (1 x 10); not 广州 on the 3rd.
    assert (impact.diff, impact.lines_changed) == (D("50.00"), 3)
    assert rows_by_name(impact.by_group)["华南"].diff == D("40.00")


def test_a_sales_only_change_changes_nothing_and_says_so(db: Database, admin: Actor, work: Shop) -> None:
    impact = prices_impact(db, admin, raise_price(work, admin, "AC-001", "T1", "999.00", book="sales"))
    assert not impact.affects_settlement
    assert (impact.settlement_changes, impact.sales_changes) == (0, 1)
    assert (impact.lines_considered, impact.diff, impact.by_group, impact.by_provider) == (0, D(0), (), ())
    assert impact.period_lines == 7
    assert any("Only sales prices change" in n.message() for n in impact.notes)
    data = impact.as_json()
    assert data["affects_settlement"] is False and data["totals"]["diff"] == "0.00"


def test_a_price_equal_to_the_one_in_force_is_no_change(db: Database, admin: Actor, work: Shop) -> None:
    impact = prices_impact(db, admin, raise_price(work, admin, "AC-001", "T1", "100.00"))
    assert (impact.settlement_changes, impact.lines_considered, impact.diff) == (0, 0, D(0))


def test_a_change_the_save_would_refuse_is_refused_by_the_preview(db: Database, admin: Actor, work: Shop) -> None:
    # A price already in force from that very date is never rewritten (pricing.save_prices).
    with pytest.raises(PriceCellsError) as excinfo:
        prices_impact(db, admin, raise_price(work, admin, "AC-001", "T1", "110.00", effective=D2025))
    assert "AC-001" in excinfo.value.message()


def test_a_new_price_for_a_missing_tier_prices_lines_that_failed_before(db: Database, admin: Actor, work: Shop) -> None:
    # 兰州 gets T2 (西北二档): a WH-001 line there has no price before, one after.
    with db.session() as session:
        add_work_order(
            session,
            work,
            region=LANZHOU_CHENGGUAN,
            provider="湘维修",
            completed_on=dt.date(2026, 10, 9),
            lines=[Line("WH-001", "2", "T1")],
        )
    impact = prices_impact(db, admin, raise_price(work, admin, "WH-001", "T2", "250.00"))
    assert impact.problems_before.count == 1 and impact.problems_after.count == 0
    problem = impact.problems_before.examples[0]
    assert (problem.work_order, problem.item_code, problem.lines) == ("WO-T-00009", "WH-001", 1)
    assert isinstance(problem.error, MissingPrice) and problem.error.tier_code == "T2"
    assert (impact.before_total, impact.after_total, impact.lines_changed) == (D("0.00"), D("500.00"), 1)


# --- tier-rule changes ----------------------------------------------------------------------

EMPTY_RULE: dict[str, Any] = {
    "region_code": None,
    "region_group_id": None,
    "provider_type": None,
    "scenario": None,
    "item_category": None,
    "complexity": None,
    "priority": 0,
    "valid_from": None,
    "valid_to": None,
}


def tier_rule_row(db: Database, actor: Actor, rule_id: uuid.UUID) -> tier_rules.TierRuleRow:
    with db.session() as session:
        return next(r for r in tier_rules.list_tier_rules(session, actor) if r.id == rule_id)


def rule_fields(row: tier_rules.TierRuleRow) -> dict[str, Any]:
    """What the rule dialog would hand the service for ``row`` unchanged."""
    return {"name": row.name, "tier_id": row.tier_id, **{k: getattr(row, k) for k in EMPTY_RULE}}


def test_a_rule_moving_guangzhou_to_t2_shows_the_difference(db: Database, admin: Actor, work: Shop) -> None:
    change = TierRuleChange(
        fields={**EMPTY_RULE, "name": "广州二档", "tier_id": work.cat.tiers["T2"], "region_code": "440100"}
    )
    impact = rule_impact(db, admin, change)
    assert impact.kind == "tier_rule" and impact.affects_settlement
    assert impact.lines_considered == impact.period_lines == 7
    # AC-001: 3 lines x 2 x (120 - 100); P-001: 3.5 x (12.35 - 10) = 8.225 → 43.23 - 35.00.
    expected = D("120.00") + (line_amount(D("12.35"), D("3.5")) - D("35.00"))
    assert impact.diff == expected == D("128.23")
    assert (impact.lines_changed, rows_by_name(impact.by_group)["华南"].diff) == (4, expected)
    assert rows_by_name(impact.by_provider)["湘维修"].diff == D(0)
    assert impact.before_total == impact.frozen_total  # nothing changed since the work was done


def test_a_rule_change_to_a_tier_without_prices_names_the_lines_it_cannot_price(
    db: Database, admin: Actor, work: Shop
) -> None:
    with db.session() as session:
        add_work_order(
            session,
            work,
            region=GZ_TIANHE,
            provider="粤安装",
            completed_on=dt.date(2026, 10, 9),
            lines=[Line("WH-001", "1")],
        )
    row = tier_rule_row(db, admin, work.rules["全国一档"])
    change = TierRuleChange(rule_id=row.id, fields={**rule_fields(row), "tier_id": work.cat.tiers["T2"]})
    impact = rule_impact(db, admin, change)
    assert impact.problems_before.count == 0
    assert impact.problems_after.count == 1
    problem = impact.problems_after.examples[0]
    assert isinstance(problem.error, MissingPrice) and problem.item_code == "WH-001"
    # The unpriced line counts as changed and drops out of the after total.
    assert (impact.period_lines, impact.lines_changed) == (8, 7)  # every T1 line moves; 兰州 stays T2
    assert impact.after_total - impact.before_total == impact.diff


def test_deactivating_the_national_rule_leaves_lines_without_a_tier(db: Database, admin: Actor, work: Shop) -> None:
    impact = rule_impact(db, admin, TierRuleChange(rule_id=work.rules["全国一档"], active=False))
    assert impact.problems_after.count == 6  # all but the 兰州 line (西北二档)
    assert impact.after_total == D("120.00")
    example = impact.problems_after.examples[0]
    assert isinstance(example.error, NoTierRule)
    assert len({(p.item_code, p.work_order) for p in impact.problems_after.examples}) == len(
        impact.problems_after.examples
    )


def test_a_sales_rule_changes_nothing_and_says_so(db: Database, admin: Actor, work: Shop) -> None:
    change = TierRuleChange(book="sales", fields={**EMPTY_RULE, "name": "销售二档", "tier_id": work.cat.tiers["T2"]})
    impact = rule_impact(db, admin, change)
    assert not impact.affects_settlement and impact.diff == 0 and impact.lines_considered == 0
    assert any("sales prices" in n.message() for n in impact.notes)


def test_a_rule_the_save_would_refuse_is_refused_by_the_preview(db: Database, admin: Actor, work: Shop) -> None:
    # Ties with 全国一档: same (empty) scope, same priority.
    change = TierRuleChange(fields={**EMPTY_RULE, "name": "又一个全国", "tier_id": work.cat.tiers["T2"]})
    with pytest.raises(ValidationError) as excinfo:
        rule_impact(db, admin, change)
    assert "全国一档" in excinfo.value.message()


# --- reading only ---------------------------------------------------------------------------


def table_counts(db: Database) -> dict[str, int]:
    with db.session() as session:
        return {
            name: int(session.scalar(select(func.count()).select_from(table)) or 0)
            for name, table in Base.metadata.tables.items()
        }


@pytest.fixture
def statements(db: Database) -> Iterator[list[str]]:
    """Every SQL statement the database is sent while the test runs."""
    sent: list[str] = []

    def record(*args: Any) -> None:
        sent.append(str(args[2]))

    event.listen(db.engine, "before_cursor_execute", record)
    yield sent
    event.remove(db.engine, "before_cursor_execute", record)


def export_with(db: Database, actor: Actor, path: Path, cells: dict[str, Any]) -> Path:
    """The prices of 2026-10-01 exported to ``path``, then settlement cells set (``{"E2": 110}``)."""
    with db.session() as session:
        price_io.export_prices(session, actor, path, on=dt.date(2026, 10, 1))
    workbook = load_workbook(path)
    for cell, value in cells.items():
        workbook["settlement"][cell] = value
    workbook.save(path)
    return path


def test_the_preview_writes_nothing(
    db: Database, admin: Actor, work: Shop, tmp_path: Path, statements: list[str]
) -> None:
    path = export_with(db, admin, tmp_path / "prices.xlsx", {"E2": 110})  # AC-001 in T1
    before_counts, before_prices = table_counts(db), price_rows(db)
    statements.clear()
    with db.session() as session:
        price_change_impact(session, admin, raise_price(work, admin, "AC-001", "T1", "110.00"), OCTOBER)
        price_change_impact(session, admin, raise_price(work, admin, "AC-001", "T1", "110.00"), OCTOBER, as_dated=True)
        tier_rule_impact(session, admin, TierRuleChange(rule_id=work.rules["全国一档"], active=False), OCTOBER)
        assert file_impact(session, admin, path, OCTOBER, effective=business_today(admin)).diff == D("70.00")
        assert not session.new and not session.dirty and not session.deleted
    assert statements and all(s.lstrip().upper().startswith("SELECT") for s in statements), statements
    assert table_counts(db) == before_counts and price_rows(db) == before_prices


def test_reading_needs_the_permission_to_read_prices(db: Database, admin: Actor, work: Shop) -> None:
    installer = Actor(None, "inst", "师傅", frozenset({Role.INSTALLER.value}))
    with pytest.raises(PermissionDenied):
        prices_impact(db, installer, raise_price(work, admin, "AC-001", "T1", "110.00"))
    with pytest.raises(PermissionDenied):
        rule_impact(db, installer, TierRuleChange(rule_id=work.rules["全国一档"], active=False))
    finance = Actor(None, "fin", "财务", frozenset({Role.FINANCE.value}))
    assert prices_impact(db, finance, raise_price(work, admin, "AC-001", "T1", "110.00")).diff == D("70.00")


def test_an_actor_limited_to_regions_sees_only_their_work(db: Database, admin: Actor, work: Shop) -> None:
    hunan = Actor(None, "hn", "湖南定价", frozenset({Role.PRICING_MANAGER.value}), frozenset({"430000"}))
    impact = prices_impact(db, hunan, raise_price(work, admin, "AC-001", "T1", "110.00"))
    assert (impact.period_lines, impact.lines_considered, impact.diff) == (2, 1, D("10.00"))
    assert [r.name for r in impact.by_provider] == ["湘维修"]
    assert any("湖南定价" in n.message() for n in impact.notes)


# --- JSON -----------------------------------------------------------------------------------


def test_json_has_stable_keys_and_amounts_with_two_decimals(db: Database, admin: Actor, work: Shop) -> None:
    data = prices_impact(db, admin, raise_price(work, admin, "AC-001", "T1", "110.00")).as_json()
    assert list(data) == [
        "period",
        "change",
        "affects_settlement",
        "period_lines",
        "period_frozen_total",
        "lines_considered",
        "lines_changed",
        "totals",
        "by_region_group",
        "by_provider",
        "problems",
        "notes",
    ]
    assert data["period"] == {"label": "2026-10", "from": "2026-10-01", "to": "2026-10-31"}
    assert data["totals"] == {"frozen": "820.00", "before": "820.00", "after": "890.00", "diff": "70.00"}
    assert data["by_provider"][0] == {
        "provider_id": str(work.providers["粤安装"]),
        "provider": "粤安装",
        "code": "P-GD",
        "type": "普通服务点",
        "lines": 3,
        "lines_changed": 3,
        "before": "600.00",
        "after": "660.00",
        "diff": "60.00",
    }
    no_group = next(g for g in data["by_region_group"] if g["group_id"] is None)
    assert no_group["group"] is None and no_group["diff"] == "10.00"
    json.dumps(data, ensure_ascii=False)  # plain data all the way down


# --- properties -----------------------------------------------------------------------------

REGIONS = (GZ_TIANHE, SZ_NANSHAN, CHANGSHA, LANZHOU_CHENGGUAN, None)
LINES = st.lists(
    st.tuples(
        st.sampled_from(REGIONS),
        st.sampled_from(("粤安装", "湘维修", None)),
        st.integers(min_value=1, max_value=31),
        st.sampled_from(("AC-001", "AC-002", "P-001")),
        st.decimals(min_value=D("0.001"), max_value=D("50"), places=3),
    ),
    min_size=1,
    max_size=25,
)


def expected_unit(item: str, region: str | None, prices: dict[tuple[str, str], Decimal]) -> Decimal:
    tier = "T2" if region == LANZHOU_CHENGGUAN else "T1"  # 西北二档, else 全国一档
    return prices[(item, tier)]


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    lines=LINES,
    item=st.sampled_from(("AC-001", "AC-002", "P-001")),
    tier=st.sampled_from(("T1", "T2")),
    amount=st.decimals(min_value=D("0"), max_value=D("999.99"), places=2),
)
def test_the_difference_adds_up_over_providers_and_over_lines(
    db: Database, admin: Actor, shop: Shop, *, lines: list[Any], item: str, tier: str, amount: Decimal
) -> None:
    before_prices = {k: D(v) for k, v in PRICES.items()}
    after_prices = {**before_prices}
    if before_prices[(item, tier)] != amount:
        after_prices[(item, tier)] = amount
    changes = raise_price(shop, admin, item, tier, str(amount))
    with db.session() as session:
        for region, provider, day, line_item, quantity in lines:
            unit_tier = "T2" if region == LANZHOU_CHENGGUAN else "T1"
            add_work_order(
                session,
                shop,
                region=region,
                provider=provider,
                completed_on=dt.date(2026, 10, day),
                lines=[Line(line_item, str(quantity), unit_tier)],
            )
        impact = price_change_impact(session, admin, changes, OCTOBER)
        session.rollback()  # the work orders of this example go again
    by_line = sum(
        (
            line_amount(expected_unit(i, r, after_prices), q) - line_amount(expected_unit(i, r, before_prices), q)
            for r, _p, _d, i, q in lines
            if i == item
        ),
        D(0),
    )
    assert impact.diff == by_line
    assert sum((r.diff for r in impact.by_provider), D(0)) == impact.diff
    assert sum((r.before for r in impact.by_provider), D(0)) == impact.before_total
    assert sum(r.lines_changed for r in impact.by_provider) == impact.lines_changed
    changed = before_prices[(item, tier)] != amount
    assert impact.lines_considered == (sum(1 for line in lines if line[3] == item) if changed else 0)


RULE_FIELDS = st.fixed_dictionaries(
    {
        "where": st.sampled_from((None, "440100", "440000", "430000", "一线城市", "西北")),
        "provider_type": st.sampled_from((None, "普通服务点", "直营")),
        "scenario": st.sampled_from((None, "安装", "维修")),
        "item_category": st.sampled_from((None, "AC", "AC-INSTALL", "WH")),
        "complexity": st.sampled_from((None, 1, 2, 3)),
        "priority": st.integers(min_value=0, max_value=3),
        "tier": st.sampled_from(("T1", "T2", "T3")),  # T3 has no prices: lines fail after
        "starts": st.sampled_from((None, 10, 25)),  # a rule starting inside the month splits it
    }
)
JOBS = st.lists(
    st.tuples(
        st.sampled_from((GZ_TIANHE, SZ_NANSHAN, CHANGSHA, LANZHOU_CHENGGUAN, None)),
        st.sampled_from(("粤安装", "湘维修", None)),
        st.sampled_from(("安装", "维修", None)),
        st.sampled_from((None, 1, 3)),
        st.integers(min_value=1, max_value=31),
        st.lists(st.sampled_from(("AC-001", "AC-002", "WH-001", "P-001")), min_size=1, max_size=3),
    ),
    min_size=1,
    max_size=12,
)


def priced_lines(session: Session, actor: Actor, jobs: list[Any]) -> list[Decimal | None]:
    """Every line priced one by one through ``PriceResolver`` (the oracle), None where it cannot be."""
    found: list[Decimal | None] = []
    resolvers: dict[dt.date, PriceResolver] = {}
    for region, provider, scenario, complexity, day, items in jobs:
        on = dt.date(2026, 10, day)
        if on not in resolvers:
            resolvers[on] = PriceResolver.load(session, actor, book="settlement", on=on)
        provider_type = {"粤安装": "普通服务点", "湘维修": "直营"}.get(provider or "")
        job = JobContext(region, provider_type, scenario, complexity)
        for item in items:
            try:
                found.append(line_amount(resolvers[on].resolve(item, job).unit_price, D("1.5")))
            except (MissingPrice, NoTierRule):
                found.append(None)
    return found


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(rule=RULE_FIELDS, jobs=JOBS)
def test_a_rule_change_matches_pricing_every_line_before_and_after_saving_it(
    db: Database, admin: Actor, shop: Shop, *, rule: dict[str, Any], jobs: list[Any]
) -> None:
    where = rule.pop("where")
    tier, starts = rule.pop("tier"), rule.pop("starts")
    fields = {
        **EMPTY_RULE,
        **rule,
        "name": "新规则",
        "tier_id": shop.cat.tiers[tier],
        "region_code": where if where and where[0].isdigit() else None,
        "region_group_id": shop.cat.groups[where] if where and not where[0].isdigit() else None,
        "valid_from": dt.date(2026, 10, starts) if starts else None,
    }
    with db.session() as session:
        for region, provider, scenario, complexity, day, items in jobs:
            add_work_order(
                session,
                shop,
                region=region,
                provider=provider,
                scenario=scenario,
                complexity=complexity,
                completed_on=dt.date(2026, 10, day),
                lines=[Line(item, "1.5") for item in items],
            )
        try:
            impact = tier_rule_impact(session, admin, TierRuleChange(fields=fields), OCTOBER)
        except ValidationError:
            impact = None  # the lint refuses the rule: so must the save
        before = priced_lines(session, admin, jobs)
        savepoint = session.begin_nested()
        try:
            tier_rules.create_tier_rule(session, admin, book="settlement", **fields)
        except ValidationError:
            assert impact is None
            return
        finally:
            after = priced_lines(session, admin, jobs) if savepoint.is_active else []
            savepoint.rollback()
            session.rollback()
    assert impact is not None
    assert impact.before_total == sum((a for a in before if a is not None), D(0))
    assert impact.after_total == sum((a for a in after if a is not None), D(0))
    assert impact.lines_changed == sum(1 for b, a in zip(before, after, strict=True) if b != a)
    assert impact.problems_before.count == before.count(None)
    assert impact.problems_after.count == after.count(None)


# --- the command line -----------------------------------------------------------------------


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    capsys.readouterr()
    try:
        status = main(list(argv))
    except SystemExit as exc:  # argparse's usage errors
        status = exc.code if isinstance(exc.code, int) else 1
    out, err = capsys.readouterr()
    return status, out, err


def test_cli_impact_of_a_price_file_as_json_writes_nothing(
    db: Database, admin: Actor, work: Shop, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = export_with(db, admin, tmp_path / "prices.xlsx", {"E2": 110})  # AC-001 in T1
    before = table_counts(db)
    status, out, err = run(
        capsys, "prices", "impact", "--from-xlsx", str(path), "--period", "2026-10", "--json", "--db", db.url
    )
    assert (status, err) == (0, "")
    data = json.loads(out)
    assert data["change"] == {
        "kind": "prices",
        "settlement_changes": 1,
        "sales_changes": 0,
        "effective": business_today(admin).isoformat(),
        "as_dated": False,
    }
    assert data["totals"]["diff"] == "70.00"
    assert {g["group"]: g["diff"] for g in data["by_region_group"]}["华南"] == "60.00"
    assert [(p["provider"], p["diff"]) for p in data["by_provider"]] == [("粤安装", "60.00"), ("湘维修", "10.00")]
    assert table_counts(db) == before

    status, out, _err = run(
        capsys, "prices", "impact", "--from-xlsx", str(path), "--period", "2026-10", "--as-dated", "--json",
        "--db", db.url,
    )  # fmt: skip
    assert status == 0 and json.loads(out)["totals"]["diff"] == "0.00"
    status, out, _err = run(
        capsys, "prices", "impact", "--from-xlsx", str(path), "--period", "2026-10", "--effective", "2026-10-16",
        "--as-dated", "--json", "--db", db.url,
    )  # fmt: skip
    assert status == 0 and json.loads(out)["totals"]["diff"] == "50.00"


def test_cli_impact_prints_tables(
    db: Database, admin: Actor, work: Shop, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = export_with(db, admin, tmp_path / "prices.xlsx", {"E2": 110})
    status, out, _err = run(capsys, "prices", "impact", "--from-xlsx", str(path), "--period", "2026-10", "--db", db.url)
    assert status == 0
    assert "before 820.00\tafter 890.00\tdiff 70.00" in out
    assert "华南\t3\t3\t600.00\t660.00\t60.00" in out
    assert "(no group)\t1\t1\t100.00\t110.00\t10.00" in out
    assert "粤安装\t3\t3\t600.00\t660.00\t60.00" in out


@pytest.mark.parametrize(
    ("period", "cells", "named"),
    [
        ("2026-13", {}, "2026-13"),
        ("10/2026", {}, "10/2026"),
        ("2026-10", {"E2": -5, "F3": "x"}, "settlement!E2"),
    ],
)
def test_cli_impact_refuses_a_bad_period_or_file_with_exit_1(
    db: Database,
    admin: Actor,
    work: Shop,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    *,
    period: str,
    cells: dict[str, Any],
    named: str,
) -> None:
    path = export_with(db, admin, tmp_path / "prices.xlsx", cells)
    status, out, err = run(capsys, "prices", "impact", "--from-xlsx", str(path), "--period", period, "--db", db.url)
    assert (status, out) == (1, "")
    assert err.startswith("scrm: ") and named in err


def test_cli_impact_refuses_a_missing_file(db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    missing = tmp_path / "nope.xlsx"
    status, _out, err = run(
        capsys, "prices", "impact", "--from-xlsx", str(missing), "--period", "2026-10", "--db", db.url
    )
    assert status == 1 and "nope.xlsx" in err
