"""A small catalog, three tiers and dated prices, written as rows (not a test module).

Shared by the tier-rule, price-resolution and price import/export tests; it writes ORM rows
directly so these tests depend only on the models, not on the catalog and price services.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass, field
from decimal import Decimal

from sqlalchemy import select

from scrm_desktop.db import Database
from scrm_desktop.models import CatalogCategory, CatalogItem, Price, PriceTier, RegionGroup, RegionGroupMember

GZ = "440100"  # 广东省 / 广州市
GZ_TIANHE = "440106"
SZ_NANSHAN = "440305"
GANSU = "620000"
LANZHOU_CHENGGUAN = "620102"  # 甘肃省 / 兰州市 / 城关区
CHANGSHA = "430100"  # 湖南省 / 长沙市
D2025 = dt.date(2025, 1, 1)
D2026 = dt.date(2026, 1, 1)


@dataclass
class Catalog:
    tiers: dict[str, uuid.UUID] = field(default_factory=dict)  # code → id
    items: dict[str, uuid.UUID] = field(default_factory=dict)  # code → id
    groups: dict[str, uuid.UUID] = field(default_factory=dict)  # name → id


def add_catalog(db: Database) -> Catalog:
    """Tiers T1/T2/T3 (一档/二档/三档); categories AC (空调) > AC-INSTALL (空调安装), WH (热水器);
    items AC-001 (in AC-INSTALL, complexity 2), AC-002 (in AC, complexity 1), WH-001 (in WH,
    complexity 3), P-001 (a part without category); groups 一线城市 (广州, 深圳) and 西北 (甘肃)."""
    cat = Catalog()
    with db.session() as session:
        for order, (code, name) in enumerate((("T1", "一档"), ("T2", "二档"), ("T3", "三档"))):
            tier = PriceTier(code=code, name=name, sort_order=order)
            session.add(tier)
            session.flush()
            cat.tiers[code] = tier.id
        ac = CatalogCategory(kind="service", code="AC", name="空调")
        wh = CatalogCategory(kind="service", code="WH", name="热水器")
        session.add_all([ac, wh])
        session.flush()
        ac_install = CatalogCategory(kind="service", code="AC-INSTALL", name="空调安装", parent_id=ac.id)
        session.add(ac_install)
        session.flush()
        for code, name, kind, unit, category, complexity in (
            ("AC-001", "挂机空调安装", "service", "台", ac_install.id, 2),
            ("AC-002", "空调移机", "service", "台", ac.id, 1),
            ("WH-001", "燃气热水器安装", "service", "台", wh.id, 3),
            ("P-001", "铜管 6.35mm", "part", "米", None, 1),
        ):
            item = CatalogItem(kind=kind, code=code, name=name, unit=unit, category_id=category, complexity=complexity)
            session.add(item)
            session.flush()
            cat.items[code] = item.id
        for name, codes in (("一线城市", ["440100", "440300"]), ("西北", [GANSU])):
            group = RegionGroup(name=name, kind="custom", description="")
            session.add(group)
            session.flush()
            session.add_all(RegionGroupMember(group_id=group.id, region_code=c) for c in codes)
            cat.groups[name] = group.id
    return cat


def add_price(db: Database, cat: Catalog, book: str, item: str, tier: str, *, on: dt.date, amount: str) -> None:
    with db.session() as session:
        session.add(
            Price(
                book=book,
                item_id=cat.items[item],
                tier_id=cat.tiers[tier],
                valid_from=on,
                amount=Decimal(amount),
            )
        )


def price_rows(db: Database) -> list[tuple[str, uuid.UUID, uuid.UUID, dt.date, Decimal]]:
    with db.session() as session:
        stmt = select(Price.book, Price.item_id, Price.tier_id, Price.valid_from, Price.amount).order_by(
            Price.book, Price.item_id, Price.tier_id, Price.valid_from
        )
        return [tuple(r) for r in session.execute(stmt)]  # type: ignore[misc]
