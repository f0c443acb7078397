"""Work orders at scale: freezing batches, the month's earnings summary, the list page queries.

    python benchmarks/bench_workorders.py [--db URL] [--pg URL] [--keep]

Without ``--db`` a throwaway SQLite database is filled with the demo data set "large": 100,000
customers, the large catalog and 3,000 installers, then 100,000 work orders a month for the
previous and the current month (about three lines each) inserted in bulk, of which nine in ten
are completed through ``work_orders.complete_work_orders`` in batches of 10,000 — each batch is
timed, which is the "freeze 10,000 work orders" figure. ``--pg URL`` runs the same on a new
PostgreSQL database created next to URL (dropped afterwards unless ``--keep``).

Then it prints: the month's earnings summary per installer (``month_summary``), one installer's
month (``installer_earnings``), the CSV export of a month, and list pages: first page, status
filter, installer filter, text search, a deep page (offset 100,000).
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, func, select, text
from sqlalchemy.engine import make_url

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from scrm_desktop.db import Database, open_database
from scrm_desktop.models import EarningEntry, Installer, WorkOrder
from scrm_desktop.services import demo, earnings_reports, work_orders
from scrm_desktop.services import demo_work_orders as dwo
from scrm_desktop.services.permissions import Actor


def timed(label: str, work: Callable[[], Any], repeat: int = 3) -> Any:
    times = []
    result = None
    for _ in range(repeat):
        start = time.perf_counter()
        result = work()
        times.append(time.perf_counter() - start)
    print(f"  {label:<52} {statistics.median(times) * 1000:9.1f} ms (median of {repeat})")
    return result


def fill(database: Database) -> None:
    """Large demo data, with each completion batch timed."""
    original = work_orders.complete_work_orders
    batch_times: list[tuple[int, float]] = []

    def measured(*args: Any, **kwargs: Any) -> Any:
        start = time.perf_counter()
        result = original(*args, **kwargs)
        batch_times.append((result.count, time.perf_counter() - start))
        return result

    dwo.wo.complete_work_orders = measured  # type: ignore[assignment]
    start = time.perf_counter()
    try:
        with database.session() as session:
            demo.load_demo(session, size="large")
    finally:
        dwo.wo.complete_work_orders = original  # type: ignore[assignment]
    print(f"  demo data 'large' loaded in {time.perf_counter() - start:.1f} s")
    full = [seconds for count, seconds in batch_times if count == dwo.LARGE_COMPLETE_BATCH]
    if full:
        print(
            f"  freeze {dwo.LARGE_COMPLETE_BATCH:,} work orders in one batch: median {statistics.median(full):.2f} s, "
            f"max {max(full):.2f} s over {len(full)} batches"
        )


def measure(database: Database) -> None:
    actor = Actor.system("bench")
    today = work_orders.business_today(actor)
    last_month = dwo.month_start(today, 1)
    with database.session() as session:
        orders = session.scalar(select(func.count()).select_from(WorkOrder))
        entries = session.scalar(select(func.count()).select_from(EarningEntry))
        month_entries = session.scalar(
            select(func.count()).select_from(EarningEntry).where(EarningEntry.earned_on >= last_month)
        )
        print(f"  {orders:,} work orders, {entries:,} earning entries ({month_entries:,} since {last_month})")
        busiest = session.execute(
            select(EarningEntry.installer_id, func.count())
            .group_by(EarningEntry.installer_id)
            .order_by(func.count().desc())
            .limit(1)
        ).first()
        installer_id: uuid.UUID = busiest[0] if busiest else session.scalar(select(Installer.id))

        rows = timed(
            "month earnings summary per installer (month_summary)",
            lambda: earnings_reports.month_summary(session, actor, month=last_month),
        )
        print(f"    {len(rows):,} installers, total {sum(r.total for r in rows):,.2f}")
        timed(
            "one installer's month by day (installer_earnings)",
            lambda: earnings_reports.installer_earnings(session, actor, month=last_month, installer_id=installer_id),
        )
        flt = work_orders.WorkOrderFilter
        for label, f, offset in (
            ("list: first page (200 rows) + count", flt(), 0),
            ("list: status = in progress", flt(statuses=("in_progress",)), 0),
            ("list: one installer", flt(installer_id=installer_id), 0),
            (
                "list: region 广东省 + completed last month",
                flt(
                    region_code="440000",
                    date_field="completed",
                    date_from=last_month,
                    date_to=dwo.month_start(today) - dt.timedelta(days=1),
                ),
                0,
            ),
            ("list: text search '天河'", flt(text="天河"), 0),
            ("list: deep page (offset 100,000)", flt(), 100_000),
        ):
            page = timed(
                label, lambda f=f, offset=offset: work_orders.list_work_orders(session, actor, f, offset=offset)
            )
            print(f"    {page.total:,} match")
        with tempfile.TemporaryDirectory() as folder:
            path = Path(folder) / "earnings.csv"
            count = timed(
                "CSV export of last month's earnings",
                lambda: earnings_reports.export_earnings_csv(session, actor, month=last_month, path=path),
                repeat=1,
            )
            print(f"    {count:,} rows, {path.stat().st_size / 1e6:.1f} MB")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--db", help="an existing database URL (filled first when it has no work orders)")
    parser.add_argument("--pg", metavar="URL", help="also run on a new PostgreSQL database created next to URL")
    parser.add_argument("--keep", action="store_true", help="keep the PostgreSQL database")
    args = parser.parse_args()

    targets: list[tuple[str, str, Callable[[], None]]] = []
    folder = tempfile.mkdtemp()
    if args.db:
        targets.append(("given", args.db, lambda: None))
    else:
        targets.append(("SQLite", f"sqlite:///{os.path.join(folder, 'bench.db')}", lambda: None))
    if args.pg:
        name = f"scrm_bench_{uuid.uuid4().hex[:8]}"
        admin = create_engine(make_url(args.pg).set(drivername="postgresql+psycopg"), isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
        pg_url = make_url(args.pg).set(drivername="postgresql+psycopg", database=name).render_as_string(False)

        def drop() -> None:
            if not args.keep:
                with admin.connect() as conn:
                    conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))

        targets.append(("PostgreSQL", pg_url, drop))
    for label, url, cleanup in targets:
        print(f"{label}: {url}")
        database = open_database(url)
        try:
            with database.session() as session:
                empty = not session.scalar(select(func.count()).select_from(WorkOrder))
            if empty:
                fill(database)
            measure(database)
        finally:
            database.dispose()
            cleanup()


if __name__ == "__main__":
    main()
