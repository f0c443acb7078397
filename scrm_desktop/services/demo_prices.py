"""Demo price tiers and prices for the demo catalog (deterministic: no randomness, no clock but the year).

Six tiers: 一档/二档/三档 (T1–T3, regional levels) and 基础/高级/尊享 (B/A/P, service levels). Each
item gets a base price derived from its code; settlement prices rise with the tier and sales prices
are a margin above them. Two versions: 1 January of last year and 1 January of this year (about 5%
higher). About one cell in twenty is left out on purpose, so the grid shows missing prices.
"""

from __future__ import annotations

import datetime as dt
import zlib
from collections.abc import Iterator
from decimal import ROUND_HALF_UP, Decimal

from sqlalchemy.orm import Session

from scrm_desktop.services import catalog, pricing
from scrm_desktop.services.permissions import Actor

DEMO_TIERS: tuple[tuple[str, str, Decimal], ...] = (
    ("T1", "一档", Decimal("1.00")),
    ("T2", "二档", Decimal("1.10")),
    ("T3", "三档", Decimal("1.20")),
    ("B", "基础", Decimal("1.05")),
    ("A", "高级", Decimal("1.25")),
    ("P", "尊享", Decimal("1.45")),
)
SALES_MARGIN = Decimal("1.35")
THIS_YEAR_RISE = Decimal("1.05")
MISSING_ONE_IN = 20


def _price(value: Decimal) -> Decimal:
    return value.quantize(Decimal("1"), rounding=ROUND_HALF_UP).quantize(Decimal("0.01"))


def demo_price_rows(
    items: list[catalog.ItemRow], tiers: list[pricing.TierRow], today: dt.date
) -> Iterator[tuple[str, pricing.CellKey, dt.date, Decimal]]:
    """``(book, (item, tier), valid_from, amount)`` for the demo: the same for the same items."""
    factors = {code: factor for code, _name, factor in DEMO_TIERS}
    last_year, this_year = dt.date(today.year - 1, 1, 1), dt.date(today.year, 1, 1)
    for item in items:
        seed = zlib.crc32(item.code.encode())
        base = Decimal(30 + seed % 470) if item.kind == "service" else Decimal(10 + seed % 290)
        for position, tier in enumerate(tiers):
            if (seed >> 4) % MISSING_ONE_IN == position and tier.code in factors:
                continue  # a missing cell on purpose: the grid highlights it
            factor = factors.get(tier.code, Decimal(1))
            settlement = _price(base * factor)
            sales = _price(settlement * SALES_MARGIN)
            key = (item.id, tier.id)
            yield "settlement", key, last_year, settlement
            yield "sales", key, last_year, sales
            if (seed >> 9) % 3:  # two items in three got a new price this year
                yield "settlement", key, this_year, _price(settlement * THIS_YEAR_RISE)
                yield "sales", key, this_year, _price(sales * THIS_YEAR_RISE)


def load_demo_prices(session: Session, actor: Actor) -> int:
    """Create the demo tiers and price every demo catalog item; returns the number of price rows."""
    existing = {t.code for t in pricing.list_tiers(session, actor)}
    for code, name, _factor in DEMO_TIERS:
        if code not in existing:
            pricing.create_tier(session, actor, code, name)
    tiers = pricing.list_tiers(session, actor)
    items = catalog.list_items(session, actor, include_inactive=True)
    return pricing.insert_price_rows(session, actor, demo_price_rows(items, tiers, pricing.business_today(actor)))
