"""Providers, installers, a customer, tier rules and prices for the work-order tests (not a test module).

Builds on ``tier_rules_support.add_catalog``: settlement rules 全国默认一档 (T1) and 一线城市二档
(T2, for 广州/深圳); a sales rule 销售默认 (T1). Prices from 2025-01-01 in both books.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass, field
from decimal import Decimal

from sqlalchemy import select
from tier_rules_support import D2025, GZ_TIANHE, Catalog, add_catalog, add_price

from scrm_desktop.db import Database
from scrm_desktop.models import Customer, Installer, Provider, ProviderType, TierRule
from scrm_desktop.services import work_orders as wo
from scrm_desktop.services.permissions import Actor

SETTLEMENT = {  # item → tier → unit price
    "AC-001": {"T1": "100.00", "T2": "120.00", "T3": "150.00"},
    "AC-002": {"T1": "80.00", "T2": "90.00", "T3": "99.00"},
    "WH-001": {"T1": "60.00", "T2": "66.66", "T3": "70.00"},
    "P-001": {"T1": "8.50", "T2": "9.35", "T3": "10.00"},
}
SALES = {
    "AC-001": {"T1": "200.00"},
    "AC-002": {"T1": "160.00"},
    "WH-001": {"T1": "150.00"},
    "P-001": {"T1": "20.00"},
}


@dataclass
class Setup:
    cat: Catalog
    provider_id: uuid.UUID
    other_provider_id: uuid.UUID
    installers: dict[str, uuid.UUID] = field(default_factory=dict)  # code → id
    customer_id: uuid.UUID = field(default_factory=uuid.uuid4)
    rules: dict[str, uuid.UUID] = field(default_factory=dict)  # name → id


def add_setup(db: Database) -> Setup:
    cat = add_catalog(db)
    for book, table in (("settlement", SETTLEMENT), ("sales", SALES)):
        for item, tiers in table.items():
            for tier, amount in tiers.items():
                add_price(db, cat, book, item, tier, on=D2025, amount=amount)
    with db.session() as session:
        # A migrated database starts with the default types (PostgreSQL tests truncate them).
        types = {t.name: t for t in session.scalars(select(ProviderType))}
        for order, name in enumerate(("核心代理商", "普通服务点")):
            if name not in types:
                types[name] = ProviderType(name=name, sort_order=order)
                session.add(types[name])
        session.flush()
        agent, point = types["核心代理商"], types["普通服务点"]
        provider = Provider(code="P001", name="广州天河恒通机电安装服务部", provider_type_id=point.id)
        other = Provider(code="P002", name="深圳南山安装服务中心", provider_type_id=agent.id)
        session.add_all([provider, other])
        session.flush()
        setup = Setup(cat, provider.id, other.id)
        for code, name, owner in (
            ("I001", "张师傅", provider.id),
            ("I002", "李师傅", provider.id),
            ("I003", "王师傅", provider.id),
            ("I101", "陈师傅", other.id),
        ):
            installer = Installer(code=code, name=name, provider_id=owner)
            session.add(installer)
            session.flush()
            setup.installers[code] = installer.id
        customer = Customer(
            name="刘女士",
            phone="138 0013 8000",
            phone_digits="13800138000",
            address="广东省广州市天河区天河路 385 号",
            province_code="440000",
            city_code="440100",
            district_code=GZ_TIANHE,
            region_code=GZ_TIANHE,
        )
        session.add(customer)
        session.flush()
        setup.customer_id = customer.id
        for name, book, tier, scope in (
            ("全国默认一档", "settlement", "T1", {}),
            ("一线城市二档", "settlement", "T2", {"region_group_id": cat.groups["一线城市"]}),
            ("销售默认", "sales", "T1", {}),
        ):
            rule = TierRule(name=name, book=book, tier_id=cat.tiers[tier], **scope)
            session.add(rule)
            session.flush()
            setup.rules[name] = rule.id
    return setup


def crew(setup: Setup, *pairs: tuple[str, str]) -> tuple[wo.CrewInput, ...]:
    return tuple(wo.CrewInput(setup.installers[code], Decimal(share)) for code, share in pairs)


def lines(setup: Setup, *pairs: tuple[str, str]) -> tuple[wo.LineInput, ...]:
    return tuple(wo.LineInput(setup.cat.items[code], Decimal(qty)) for code, qty in pairs)


def order_input(
    setup: Setup,
    *,
    crew_shares: tuple[tuple[str, str], ...] = (("I001", "60"), ("I002", "40")),
    items: tuple[tuple[str, str], ...] = (("AC-001", "2"), ("P-001", "3.5")),
    completed_on: dt.date | None = dt.date(2026, 11, 20),
    **extra: object,
) -> wo.WorkOrderInput:
    return wo.WorkOrderInput(
        customer_id=setup.customer_id,
        provider_id=setup.provider_id,
        crew=crew(setup, *crew_shares),
        lines=lines(setup, *items),
        scenario="安装",
        completed_on=completed_on,
        **extra,  # type: ignore[arg-type]
    )


def create(db: Database, actor: Actor, data: wo.WorkOrderInput, status: str = "assigned") -> wo.WorkOrderDetail:
    with db.session() as session:
        return wo.create_work_order(session, actor, data, status=status)


def settle(db: Database, *conditions: object) -> uuid.UUID:
    """Mark the earning entries matching ``conditions`` settled by a bare issued statement (what
    issuing a statement does to them), for tests of what happens to settled earnings."""
    from decimal import Decimal as D

    from scrm_desktop.models import EarningEntry, Statement, StatementEntry

    with db.session() as session:
        entries = list(session.scalars(select(EarningEntry).where(*conditions)))  # type: ignore[arg-type]
        first = entries[0]
        statement = Statement(
            number=f"JS-TEST-{uuid.uuid4().hex[:8]}",
            branch_code="HQ",
            party_kind="installer",
            installer_id=first.installer_id,
            provider_id=first.provider_id,
            period_from=first.earned_on,
            period_to=first.earned_on,
            status="issued",
            gross=D("0.00"),
            carry_in=D("0.00"),
            tax=D("0.00"),
            net=D("0.00"),
            carry_out=D("0.00"),
        )
        session.add(statement)
        session.flush()
        for entry in entries:
            entry.statement_id = statement.id
            session.add(StatementEntry(entry_id=entry.id, statement_id=statement.id))
        return statement.id
