"""How fast the price grid opens, pastes and saves with 20,000 items x 6 tiers, on SQLite and PostgreSQL.

    python benchmarks/bench_pricing.py [--items 20000] [--no-pg] [--no-grid]

Each backend gets a throwaway database (a temporary SQLite file; a PostgreSQL database created on
``SCRM_TEST_PG_URL``, default ``postgresql://localhost:5432/postgres``, and dropped afterwards),
filled with 20,000 catalog items, the six demo tiers and two versions of settlement and sales
prices (about 480,000 rows). Prints:

- ``prices_in_force``: the price in force for every cell of one book on one date (the grid's query);
- ``save 10,000 cells``: ``save_prices`` with 10,000 changed cells, checks and bulk insert, committed;
- on SQLite also the grid (offscreen): page construction + load + first paint, and pasting a
  10,000-cell tab-separated block (validation, one undo command, the repaint).

Sections for tier-rule resolution are added after the pricing ones.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from sqlalchemy import create_engine, insert, text
from sqlalchemy.engine import make_url

from scrm_desktop import db as dbmod
from scrm_desktop.config import Settings, normalize_url, sqlite_url
from scrm_desktop.db import Database
from scrm_desktop.models import CatalogItem
from scrm_desktop.models.ids import new_id
from scrm_desktop.models.types import utcnow
from scrm_desktop.services import catalog, pricing, users
from scrm_desktop.services.demo_prices import DEMO_TIERS, demo_price_rows
from scrm_desktop.services.permissions import Actor

PG_ADMIN_URL = os.environ.get("SCRM_TEST_PG_URL", "postgresql://localhost:5432/postgres")
CHANGED_CELLS = 10_000


def timed(fn: Callable[[], Any], repeat: int = 3) -> tuple[float, Any]:
    """Median seconds of ``repeat`` runs and the last result."""
    times: list[float] = []
    result: Any = None
    for _ in range(repeat):
        start = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times), result


def fill(database: Database, n_items: int) -> Actor:
    """An administrator, ``n_items`` items, the demo tiers and two versions of both books."""
    with database.session() as session:
        admin = users.create_first_admin(session, username="admin", display_name="管理员", password="Bench-pass-1")
    with database.session() as session:
        now = utcnow()
        rows = [
            {
                "id": new_id(),
                "kind": "service" if i % 3 else "part",
                "code": f"BENCH-{i:06d}",
                "name": f"基准项目 {i}",
                "unit": "项",
                "spec": "",
                "complexity": 1 + i % 5,
                "is_active": True,
                "version": 1,
                "created_at": now,
                "updated_at": now,
            }
            for i in range(n_items)
        ]
        for start in range(0, len(rows), 5000):
            session.execute(insert(CatalogItem), rows[start : start + 5000])
        for code, name, _factor in DEMO_TIERS:
            pricing.create_tier(session, admin, code, name)
    with database.session() as session:
        items = catalog.list_items(session, admin)
        tiers = pricing.list_tiers(session, admin)
        count = pricing.insert_price_rows(session, admin, demo_price_rows(items, tiers, dt.date.today()))  # noqa: DTZ011
    print(f"  filled: {n_items:,} items x {len(tiers)} tiers, {count:,} price rows")
    return admin


def bench_service(database: Database, admin: Actor, label: str) -> None:
    today = dt.date.today()  # noqa: DTZ011
    with database.session() as session:
        seconds, cells = timed(lambda: pricing.prices_in_force(session, admin, book="settlement", on=today))
    print(f"  [{label}] prices_in_force (one book, every cell): {seconds * 1000:7.0f} ms  ({len(cells):,} cells)")
    with database.session() as session:
        tiers = pricing.list_tiers(session, admin)
        items = catalog.list_items(session, admin)
    for run, days in enumerate((10, 11, 12), start=1):
        changes = {
            (items[i // len(tiers)].id, tiers[i % len(tiers)].id): Decimal(100 + run + i % 50) + Decimal("0.25")
            for i in range(CHANGED_CELLS)
        }
        start = time.perf_counter()
        with database.session() as session:
            result = pricing.save_prices(
                session, admin, book="sales", effective=today + dt.timedelta(days=days), changes=changes
            )
        seconds = time.perf_counter() - start
        print(
            f"  [{label}] save {CHANGED_CELLS:,} cells (run {run}): {seconds * 1000:7.0f} ms"
            f"  ({result.written:,} rows written, committed)"
        )


def bench_grid(database: Database, admin: Actor) -> None:
    from PySide6.QtCore import QEventLoop, QItemSelectionModel
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QApplication

    from scrm_desktop.views.context import AppContext
    from scrm_desktop.views.pages.price_grid import PriceGridPage

    app = QApplication.instance() or QApplication(sys.argv)
    ctx = AppContext(database, admin, Settings())
    opens: list[float] = []
    page: PriceGridPage | None = None
    for _ in range(3):
        if page is not None:
            page.close()
            page.deleteLater()
            QApplication.processEvents()
        start = time.perf_counter()
        page = PriceGridPage(ctx)
        page.resize(1400, 860)
        # Wait in an event loop like the application does: a loop of processEvents() calls would
        # compete with the loading thread for the GIL.
        loop = QEventLoop()
        page.loaded.connect(loop.quit)
        page.show()
        page.refresh()
        if page.is_loading():
            loop.exec()
        page.grab()
        opens.append(time.perf_counter() - start)
    assert page is not None
    print(
        f"  [grid] open (construct + load + first paint): median {statistics.median(opens) * 1000:.0f} ms,"
        f" runs {', '.join(f'{t * 1000:.0f}' for t in opens)} ms ({page.model.rowCount():,} rows)"
    )
    tiers = 5  # 2,000 rows x 5 tiers = 10,000 cells
    rows = CHANGED_CELLS // tiers
    block = "\n".join("\t".join(f"{100 + (r + c) % 70}.50" for c in range(tiers)) for r in range(rows))
    QGuiApplication.clipboard().setText(block)
    top_left = page.proxy.index(0, page.model.first_tier_column)
    page.view.selectionModel().setCurrentIndex(top_left, QItemSelectionModel.SelectionFlag.ClearAndSelect)
    start = time.perf_counter()
    page.paste()
    page.grab()
    seconds = time.perf_counter() - start
    print(f"  [grid] paste {rows * tiers:,} cells: {seconds * 1000:.0f} ms ({page.model.unsaved_count():,} unsaved)")
    start = time.perf_counter()
    page.undo_stack.undo()
    page.grab()
    print(f"  [grid] undo that paste: {(time.perf_counter() - start) * 1000:.0f} ms")
    page.undo_stack.clear()
    page.close()
    app.processEvents()


def run_sqlite(n_items: int, grid: bool) -> None:
    with tempfile.TemporaryDirectory() as folder:
        database = Database(sqlite_url(Path(folder) / "bench.sqlite3"))
        dbmod.upgrade(database)
        print("SQLite")
        admin = fill(database, n_items)
        bench_service(database, admin, "sqlite")
        if grid:
            bench_grid(database, admin)
        database.dispose()


def run_postgres(n_items: int) -> None:
    admin_engine = create_engine(normalize_url(PG_ADMIN_URL), isolation_level="AUTOCOMMIT")
    name = f"scrm_bench_{os.getpid()}"
    try:
        with admin_engine.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
    except Exception as exc:  # no server: say so and go on
        print(f"PostgreSQL skipped: {exc.__class__.__name__} at {PG_ADMIN_URL}")
        admin_engine.dispose()
        return
    url = make_url(normalize_url(PG_ADMIN_URL)).set(database=name).render_as_string(hide_password=False)
    try:
        database = Database(url)
        dbmod.upgrade(database)
        print("PostgreSQL")
        admin = fill(database, n_items)
        with database.engine.begin() as conn:
            conn.execute(text("ANALYZE"))
        bench_service(database, admin, "postgresql")
        database.dispose()
    finally:
        with admin_engine.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin_engine.dispose()


# --- tier rules and price resolution (added with services/price_resolution.py) ----------------------

RESOLUTION_PAIRS = 100_000
BENCH_CATEGORIES = ("AC-INSTALL", "WH-INSTALL", "WP-INSTALL", "PV-INSTALL", "AC-REPAIR", "MAINTAIN")


def fill_tier_rules(database: Database, admin: Actor, n_rules: int, seed: int = 5) -> int:
    """Categories on the items, the demo region groups, and about ``n_rules`` settlement tier rules
    spread like real ones (national, groups, provinces, cities, districts; some with provider type,
    scenario, category or complexity). Rules the tie lint refuses are skipped, as a user would."""
    import random

    from sqlalchemy import update

    from scrm_desktop.services import regions, tier_rules
    from scrm_desktop.services.errors import ValidationError

    rnd = random.Random(seed)
    with database.session() as session:
        ids = [
            catalog.create_category(session, admin, kind="service", code=code, name=code).id
            for code in BENCH_CATEGORIES
        ]
        for n, category_id in enumerate(ids):
            session.execute(
                update(CatalogItem).where(CatalogItem.code.like(f"BENCH-%{n}")).values(category_id=category_id)
            )
        regions.create_demo_groups(session, admin)
        groups = [g.id for g in regions.list_groups(session, admin)]
        tiers = [t.id for t in pricing.list_tiers(session, admin)]
    index = regions.region_index()
    by_level = {level: [r.code for r in index if r.level == level] for level in (1, 2, 3)}
    created = 0
    for n in range(n_rules):
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
            scope["item_category"] = rnd.choice(BENCH_CATEGORIES)
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


def bench_resolution(database: Database, admin: Actor, label: str, n_rules: int = 300) -> None:
    """Tier + unit price for 100,000 (item, context) pairs from one ``PriceResolver`` (issue: >= 50,000/s)."""
    import random

    from scrm_desktop.services.price_resolution import JobContext, MissingPrice, NoTierRule, PriceResolver
    from scrm_desktop.services.regions import region_index
    from scrm_desktop.services.tier_rules import PROVIDER_TYPES, SCENARIOS

    start = time.perf_counter()
    rules = fill_tier_rules(database, admin, n_rules)
    seconds = time.perf_counter() - start
    print(f"  [{label}] {rules} tier rules created through the service (lint included): {seconds:.1f} s")
    today = dt.date.today()  # noqa: DTZ011
    with database.session() as session:
        seconds, resolver = timed(lambda: PriceResolver.load(session, admin, book="settlement", on=today), repeat=1)
    print(f"  [{label}] PriceResolver.load (rules, items, prices in force): {seconds * 1000:7.0f} ms")
    rnd = random.Random(9)
    codes = [r.code for r in region_index()]
    items = resolver.items()
    pairs = [
        (
            rnd.choice(items),
            JobContext(
                rnd.choice(codes),
                rnd.choice((None, *PROVIDER_TYPES)),
                rnd.choice((None, *SCENARIOS)),
                rnd.choice((None, None, None, 1, 5)),
            ),
        )
        for _ in range(RESOLUTION_PAIRS)
    ]
    for run in ("cold memo", "warm memo"):  # the memo remembers the winner per distinct context
        missing = 0
        start = time.perf_counter()
        for item, job in pairs:
            try:
                resolver.resolve(item, job)
            except (MissingPrice, NoTierRule):
                missing += 1
        seconds = time.perf_counter() - start
        print(
            f"  [{label}] resolve {RESOLUTION_PAIRS:,} pairs ({run}): {seconds * 1000:7.0f} ms"
            f" = {RESOLUTION_PAIRS / seconds:,.0f} pairs/s  ({missing:,} missing prices reported)"
        )
    sample = pairs[:200]
    start = time.perf_counter()
    for item, job in sample:
        resolver.trace_of(item, job)
    per = (time.perf_counter() - start) / len(sample)
    print(f"  [{label}] traced path (test panel, CLI): {per * 1000:.2f} ms per pair over {rules} rules")


def run_resolution(n_items: int) -> None:
    with tempfile.TemporaryDirectory() as folder:
        database = Database(sqlite_url(Path(folder) / "bench-resolution.sqlite3"))
        dbmod.upgrade(database)
        print("Price resolution (SQLite; resolving is in memory, the backend only affects loading)")
        admin = fill(database, n_items)
        bench_resolution(database, admin, "resolution")
        database.dispose()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--items", type=int, default=20_000)
    parser.add_argument("--no-pg", action="store_true")
    parser.add_argument("--no-grid", action="store_true")
    parser.add_argument("--resolution-only", action="store_true", help="only the tier-rule resolution section")
    args = parser.parse_args()
    if not args.resolution_only:
        run_sqlite(args.items, not args.no_grid)
        if not args.no_pg:
            run_postgres(args.items)
    run_resolution(args.items)


if __name__ == "__main__":
    main()
