"""Price impact preview over a month of 100,000 completed work orders x 3 lines, on SQLite and PostgreSQL.

    python benchmarks/bench_price_impact.py [--orders 100000] [--pg postgresql+psycopg://user@host/db]

Builds, with bulk inserts, a throwaway SQLite database (and, with ``--pg``, fills the given empty
PostgreSQL database, which is migrated first and downgraded to empty again at the end): 2,000
service items in six categories, the six demo tiers with settlement prices from 2025 and a new
version on the 15th of the month for one item in three, the demo region groups, about 300 tier
rules (created through the service, so the tie lint checks them), 300 providers, and last month's
completed work orders with three lines each, their frozen settlement amounts priced by
``PriceResolver`` as completion would. Then times (median of three) the preview of:

- a price change of a few items (5 items x 6 tiers, +8 %), as if in force and as dated;
- a tier-rule change (a new rule 广东 → 三档), which reaches every line of the month.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Any, cast

from sqlalchemy import Table, func, insert, select, text

from scrm_desktop import db as dbmod
from scrm_desktop.config import sqlite_url
from scrm_desktop.db import Database
from scrm_desktop.models import CatalogItem, Customer, Provider, ProviderType, WorkOrder, WorkOrderLine
from scrm_desktop.models.ids import new_id
from scrm_desktop.models.types import utcnow
from scrm_desktop.services import catalog, price_impact, pricing, regions, tier_rules, users
from scrm_desktop.services.demo_prices import DEMO_TIERS
from scrm_desktop.services.errors import ValidationError
from scrm_desktop.services.periods import Period, last_month
from scrm_desktop.services.permissions import Actor
from scrm_desktop.services.price_resolution import JobContext, MissingPrice, NoTierRule, PriceResolver

ITEMS = 2_000
CATEGORIES = ("AC-INSTALL", "WH-INSTALL", "WP-INSTALL", "PV-INSTALL", "AC-REPAIR", "MAINTAIN")
RULES = 300
PROVIDERS = 300
LINES_PER_ORDER = 3
QUANTITIES = (Decimal(1), Decimal(1), Decimal(1), Decimal(2), Decimal(3), Decimal("0.5"), Decimal("2.5"))
CHUNK = 5_000


def timed(fn: Callable[[], Any], repeat: int = 3) -> tuple[float, Any]:
    """Median seconds of ``repeat`` runs and the last result."""
    times: list[float] = []
    result: Any = None
    for _ in range(repeat):
        start = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times), result


def bulk(session: Any, table: Any, rows: list[dict[str, Any]]) -> None:
    for start in range(0, len(rows), CHUNK):
        session.execute(insert(cast(Table, table)), rows[start : start + CHUNK])


# --- filling -------------------------------------------------------------------------------------


def fill_catalog(database: Database, period: Period) -> Actor:
    """Administrator, categories, items, tiers, prices (2025 and mid-month), region groups."""
    rnd = random.Random(1)
    with database.session() as session:
        admin = users.create_first_admin(session, username="admin", display_name="管理员", password="Bench-pass-1")
    with database.session() as session:
        categories = [
            catalog.create_category(session, admin, kind="service", code=code, name=code).id for code in CATEGORIES
        ]
        now = utcnow()
        bulk(
            session,
            CatalogItem.__table__,
            [
                {
                    "id": new_id(),
                    "kind": "service",
                    "code": f"BENCH-{i:05d}",
                    "name": f"基准项目 {i}",
                    "unit": "项",
                    "spec": "",
                    "category_id": categories[i % len(categories)],
                    "complexity": 1 + i % 5,
                    "is_active": True,
                    "version": 1,
                    "created_at": now,
                    "updated_at": now,
                }
                for i in range(ITEMS)
            ],
        )
        for code, name, _factor in DEMO_TIERS:
            pricing.create_tier(session, admin, code, name)
        regions.create_demo_groups(session, admin)
    with database.session() as session:
        items = catalog.list_items(session, admin)
        tiers = pricing.list_tiers(session, admin)
        factors = {code: factor for code, _name, factor in DEMO_TIERS}
        mid_month = period.first.replace(day=15)
        rows = []
        for item in items:
            base = Decimal(rnd.randrange(30, 500))
            renewed = rnd.random() < 1 / 3
            for tier in tiers:
                amount = (base * factors[tier.code]).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
                rows.append(("settlement", (item.id, tier.id), dt.date(2025, 1, 1), amount))
                if renewed:
                    rows.append(("settlement", (item.id, tier.id), mid_month, amount + Decimal(5)))
        pricing.insert_price_rows(session, admin, rows)
    return admin


def fill_rules(database: Database, admin: Actor) -> int:
    """About ``RULES`` open-ended settlement rules spread like real ones; ties are skipped, as a user would."""
    rnd = random.Random(5)
    with database.session() as session:
        groups = [g.id for g in regions.list_groups(session, admin)]
        tiers = [t.id for t in pricing.list_tiers(session, admin)]
    index = regions.region_index()
    by_level = {level: [r.code for r in index if r.level == level] for level in (1, 2, 3)}
    created = 0
    for n in range(RULES):
        scope: dict[str, Any] = {}
        where = rnd.random()
        if n == 0:
            pass  # the national default
        elif where < 0.1:
            scope["region_group_id"] = rnd.choice(groups)
        elif where < 0.4:
            scope["region_code"] = rnd.choice(by_level[1])
        elif where < 0.8:
            scope["region_code"] = rnd.choice(by_level[2])
        else:
            scope["region_code"] = rnd.choice(by_level[3])
        if n and rnd.random() < 0.3:
            scope["provider_type"] = rnd.choice(tier_rules.PROVIDER_TYPES)
        if n and rnd.random() < 0.3:
            scope["scenario"] = rnd.choice(tier_rules.SCENARIOS)
        if n and rnd.random() < 0.2:
            scope["item_category"] = rnd.choice(CATEGORIES)
        if n and rnd.random() < 0.1:
            scope["complexity"] = rnd.randint(1, 5)
        try:
            with database.session() as session:
                tier_rules.create_tier_rule(
                    session,
                    admin,
                    book="settlement",
                    name=f"规则 {n}",
                    tier_id=rnd.choice(tiers),
                    priority=rnd.randint(0, 3),
                    **scope,
                )
            created += 1
        except ValidationError:
            continue
    return created


def fill_work(database: Database, admin: Actor, period: Period, n_orders: int) -> int:
    """Providers, a customer, and ``n_orders`` completed work orders of the period with frozen lines."""
    rnd = random.Random(7)
    now = utcnow()
    with database.session() as session:
        kinds = dict(session.execute(select(ProviderType.name, ProviderType.id)).all())  # a new database has some
        missing = {name: new_id() for name in tier_rules.PROVIDER_TYPES if name not in kinds}
        if missing:
            bulk(session, ProviderType.__table__, [{"id": i, "name": n, "version": 1} for n, i in missing.items()])
        kinds.update(missing)
        providers = []
        for n in range(PROVIDERS):
            kind = rnd.choice(sorted(kinds))
            providers.append(
                {"id": new_id(), "code": f"P{n:04d}", "name": f"服务商 {n}", "provider_type_id": kinds[kind]}
            )
        bulk(session, Provider.__table__, [{**p, "version": 1} for p in providers])
        customer = Customer(name="基准客户")
        session.add(customer)
        session.flush()
        customer_id = customer.id
    type_of = {p["id"]: name for p in providers for name, i in kinds.items() if i == p["provider_type_id"]}
    with database.session() as session:
        first_half = PriceResolver.load(session, admin, book="settlement", on=period.first)
        second_half = PriceResolver.load(session, admin, book="settlement", on=period.first.replace(day=15))
    items = first_half.items()
    districts = [r.code for r in regions.region_index() if r.level == 3]
    days = (period.last - period.first).days + 1
    orders: list[dict[str, Any]] = []
    lines: list[dict[str, Any]] = []
    for n in range(n_orders):
        provider = rnd.choice(providers) if rnd.random() > 0.05 else None
        provider_type = type_of[provider["id"]] if provider is not None else None
        day = period.first + dt.timedelta(days=rnd.randrange(days))
        region = rnd.choice(districts)
        scenario = rnd.choice((None, *tier_rules.SCENARIOS))
        complexity = rnd.choice((None, None, None, None, 5))
        order_id = new_id()
        orders.append(
            {
                "id": order_id,
                "number": f"WO-BENCH-{n:07d}",
                "branch_code": "BENCH",
                "status": "completed",
                "customer_id": customer_id,
                "region_code": region,
                "district_code": region,
                "provider_id": provider["id"] if provider is not None else None,
                "provider_type": provider_type,
                "scenario": scenario,
                "complexity": complexity,
                "completed_on": day,
                "version": 1,
                "created_at": now,
                "updated_at": now,
            }
        )
        resolver = first_half if day.day < 15 else second_half
        job = JobContext(region, provider_type, scenario, complexity)
        for position in range(LINES_PER_ORDER):
            item = rnd.choice(items)
            quantity = rnd.choice(QUANTITIES).quantize(Decimal("0.001"))
            try:
                found = resolver.resolve(item, job)
                tier_id, unit = found.tier.id, found.unit_price
                amount = (unit * quantity).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
            except (MissingPrice, NoTierRule):
                tier_id = unit = amount = None
            lines.append(
                {
                    "id": new_id(),
                    "work_order_id": order_id,
                    "position": position,
                    "item_id": item.id,
                    "quantity": quantity,
                    "note": "",
                    "settlement_tier_id": tier_id,
                    "settlement_rule_name": "",
                    "settlement_unit_price": unit,
                    "settlement_amount": amount,
                    "sales_rule_name": "",
                }
            )
    with database.session() as session:
        bulk(session, WorkOrder.__table__, orders)
        bulk(session, WorkOrderLine.__table__, lines)
    return len(lines)


# --- measuring -----------------------------------------------------------------------------------


def describe(impact: price_impact.PriceImpact) -> str:
    failed = impact.problems_before.count + impact.problems_after.count
    return (
        f"{impact.lines_considered:,} lines reached, {impact.lines_changed:,} changed, diff {impact.diff:+,.2f}, "
        f"{len(impact.by_group)} group rows, {len(impact.by_provider)} provider rows, {failed} unpriced, "
        f"before - frozen {impact.before_total - impact.frozen_total:+,.2f}"
    )


def measure(database: Database, admin: Actor, period: Period, label: str) -> None:
    with database.session() as session:
        items = catalog.list_items(session, admin)[:5]
        tiers = pricing.list_tiers(session, admin)
        in_force = pricing.prices_in_force(session, admin, book="settlement", on=pricing.business_today(admin))
        group = next(g for g in regions.list_groups(session, admin) if "440000" in g.region_codes)
    changes = {
        (item.id, tier.id): (in_force[(item.id, tier.id)].amount * Decimal("1.08")).quantize(Decimal("0.01"))
        for item in items
        for tier in tiers
    }
    cases: list[tuple[str, Callable[[Any], price_impact.PriceImpact]]] = [
        (
            "price change, 5 items x 6 tiers, as if in force",
            lambda s: price_impact.price_change_impact(
                s,
                admin,
                price_impact.grid_changes("settlement", pricing.business_today(admin), changes),
                period,
            ),
        ),
        (
            "price change, 5 items x 6 tiers, as dated from the 10th",
            lambda s: price_impact.price_change_impact(
                s,
                admin,
                price_impact.grid_changes("settlement", period.first.replace(day=10), changes),
                period,
                as_dated=True,
            ),
        ),
        (
            f"tier-rule change (new rule 广东 → 三档; {group.name} has 广东)",
            lambda s: price_impact.tier_rule_impact(
                s,
                admin,
                price_impact.TierRuleChange(
                    fields={
                        "name": "广东三档",
                        "tier_id": next(t.id for t in tiers if t.code == "T3"),
                        "region_code": "440000",
                        "region_group_id": None,
                        "provider_type": None,
                        "scenario": None,
                        "item_category": None,
                        "complexity": None,
                        "priority": 99,
                        "valid_from": None,
                        "valid_to": None,
                    }
                ),
                period,
            ),
        ),
    ]
    for title, case in cases:
        with database.session() as session:
            seconds, impact = timed(lambda case=case, session=session: case(session))
            session.rollback()
        print(f"  [{label}] {title}: {seconds:6.2f} s  ({describe(impact)})")


def run(database: Database, label: str, n_orders: int) -> None:
    period = last_month(dt.date.today())  # noqa: DTZ011 - the bench month
    start = time.perf_counter()
    admin = fill_catalog(database, period)
    rules = fill_rules(database, admin)
    filled = time.perf_counter() - start
    start = time.perf_counter()
    count = fill_work(database, admin, period, n_orders)
    if database.engine.dialect.name == "postgresql":
        with database.engine.begin() as conn:
            conn.execute(text("ANALYZE"))
    print(
        f"  [{label}] filled: {ITEMS:,} items, {rules} rules ({filled:.1f} s); {n_orders:,} work orders of "
        f"{period.label}, {count:,} lines ({time.perf_counter() - start:.1f} s)"
    )
    measure(database, admin, period, label)


def run_sqlite(n_orders: int) -> None:
    with tempfile.TemporaryDirectory() as folder:
        database = Database(sqlite_url(Path(folder) / "bench-impact.sqlite3"))
        dbmod.upgrade(database)
        print("SQLite")
        run(database, "sqlite", n_orders)
        database.dispose()


def run_postgres(url: str, n_orders: int) -> None:
    database = Database(url)
    dbmod.upgrade(database)
    with database.session() as session:
        if session.scalar(select(func.count()).select_from(WorkOrder)):
            sys.exit(f"{database.describe()} already holds work orders: give an empty database")
    print(f"PostgreSQL ({database.describe()})")
    try:
        run(database, "postgresql", n_orders)
    finally:
        database.engine.dispose()
        dbmod.downgrade(database, "base")  # leave the database as empty as it was given
        database.dispose()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--orders", type=int, default=100_000)
    parser.add_argument("--pg", metavar="URL", help="an empty PostgreSQL database to fill, measure and empty again")
    parser.add_argument("--no-sqlite", action="store_true")
    args = parser.parse_args()
    if not args.no_sqlite:
        run_sqlite(args.orders)
    if args.pg:
        run_postgres(args.pg, args.orders)


if __name__ == "__main__":
    main()
