"""Settlement at scale: building, issuing and reconciling a large-demo month of statements.

    python benchmarks/bench_statements.py [--db URL] [--pg URL]

Uses the work-order benchmark's data (``bench_workorders.py`` fills an empty database with the
demo data set "large": 200,000 work orders over two months, nine in ten completed). For last
month it times, in one transaction that is rolled back afterwards (so the database can be
reused): building the installer statements, building the provider statements, issuing every
installer draft (numbers, hashes, claims) and the reconciliation. PDF rendering has its own
benchmark (``bench_statement_pdf.py``).
"""

from __future__ import annotations

import argparse
import sys
import time
import uuid
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, func, select, text
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_workorders import fill

from scrm_desktop.db import Database, open_database
from scrm_desktop.models import WorkOrder
from scrm_desktop.services import statements
from scrm_desktop.services.periods import last_month
from scrm_desktop.services.permissions import Actor
from scrm_desktop.services.work_orders import business_today


def timed(label: str, work: Any) -> Any:
    start = time.perf_counter()
    result = work()
    print(f"  {label:<48} {time.perf_counter() - start:8.2f} s")
    return result


def measure(database: Database) -> None:
    actor = Actor.system("bench")
    period = last_month(business_today(actor))
    session = Session(database.engine)
    try:
        built = timed(
            "build installer statements",
            lambda: statements.build_statements(session, actor, period=period, party_kind="installer"),
        )
        print(f"    {built.drafts:,} drafts from {built.entries:,} entries, net {built.net:,.2f}, tax {built.tax:,.2f}")
        providers = timed(
            "build provider statements (same entries)",
            lambda: statements.build_statements(session, actor, period=period, party_kind="provider"),
        )
        print(f"    {providers.drafts:,} drafts")
        drafts = [r.id for r in statements.list_statements(session, actor, period=period, party_kind="installer")]
        numbers = timed("issue every installer draft", lambda: statements.issue_statements(session, actor, drafts))
        print(f"    {len(numbers):,} issued, {numbers[0]} … {numbers[-1]}")
        rec = timed("reconcile the month", lambda: statements.reconcile(session, actor, period=period))
        print(f"    earned {rec.earned:,.2f}, settled {rec.settled_gross:,.2f}, difference {rec.difference:.2f}")
    finally:
        session.rollback()
        session.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--db", help="a database URL (filled with the large demo when it has no work orders)")
    parser.add_argument("--pg", metavar="URL", help="run on a new PostgreSQL database created next to URL")
    parser.add_argument("--keep", action="store_true", help="keep the PostgreSQL database (its URL is printed)")
    args = parser.parse_args()
    targets = []
    if args.db:
        targets.append(args.db)
    drop = None
    if args.pg:
        name = f"scrm_bench_{uuid.uuid4().hex[:8]}"
        admin = create_engine(make_url(args.pg).set(drivername="postgresql+psycopg"), isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
        targets.append(make_url(args.pg).set(drivername="postgresql+psycopg", database=name).render_as_string(False))

        def drop() -> None:
            if args.keep:
                return
            with admin.connect() as conn:
                conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))

    if not targets:
        parser.error("give --db URL and/or --pg URL")
    try:
        for url in targets:
            print(url)
            database = open_database(url)
            try:
                with database.session() as session:
                    empty = not session.scalar(select(func.count()).select_from(WorkOrder))
                if empty:
                    fill(database)
                measure(database)
            finally:
                database.dispose()
    finally:
        if drop is not None:
            drop()


if __name__ == "__main__":
    main()
