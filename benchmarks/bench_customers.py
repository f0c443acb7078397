"""Customer import, list and dashboard timings on SQLite and PostgreSQL.

    python benchmarks/bench_customers.py [--count 100000] [--pg postgresql://localhost:5432/postgres] [--no-pg]

Generates an XLSX file of ``--count`` demo customers (phones partly stored as numbers, as
spreadsheets do), then on a fresh SQLite file and on a throwaway PostgreSQL database (dropped
afterwards) times: reading the file, the import preview, the commit (owners assigned by rules),
``list_customers`` for every row (unscoped and for a one-city branch editor), the dashboard
figures and a re-assignment preview. Targets (issue 3): import under 60 s, list under 1.5 s.
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeVar

from openpyxl import Workbook
from sqlalchemy import create_engine, select, text
from sqlalchemy.engine import make_url

from scrm_desktop import db as dbmod
from scrm_desktop.config import normalize_url, sqlite_url
from scrm_desktop.models import RegionGroup, RegionGroupMember, User
from scrm_desktop.services import customer_import, customers, users
from scrm_desktop.services.demo_customers import demo_customers
from scrm_desktop.services.permissions import Actor, Role
from scrm_desktop.services.regions import ensure_regions_loaded

T = TypeVar("T")
PASSWORD = "Bench-pass-1"


def timed(label: str, work: Callable[[], T]) -> T:
    start = time.perf_counter()
    result = work()
    print(f"  {label:<44} {time.perf_counter() - start:8.2f} s")
    return result


def write_xlsx(database: dbmod.Database, path: Path, count: int) -> None:
    with database.session() as session:
        rows = demo_customers(session, count, seed=4242)
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("客户")
    sheet.append(["客户名称", "手机号码", "服务地址", "标签", "企业微信", "抖音", "备注"])
    for i, c in enumerate(rows):
        phone: Any = int(c.phone_digits) if i % 3 == 0 else c.phone  # a third typed as numbers
        sheet.append(
            [
                c.name,
                phone,
                c.address,
                ",".join(c.tags),
                c.channel_ids.get("wecom"),
                c.channel_ids.get("douyin"),
                c.notes,
            ]
        )
    workbook.save(path)


def prepare(database: dbmod.Database) -> tuple[Actor, Actor]:
    """Schema, regions, an administrator, a Guangzhou editor and owner rules."""
    dbmod.upgrade(database)
    with database.session() as session:
        ensure_regions_loaded(session)  # no-op when the migration already loaded them
        admin = users.create_first_admin(session, username="admin", display_name="管理员", password=PASSWORD)
        users.create_user(
            session,
            admin,
            username="gz",
            display_name="李广州",
            password=PASSWORD,
            roles=[Role.BRANCH_EDITOR.value],
            region_scope=["440100"],
        )
        south = RegionGroup(name="华南-bench", kind="area")
        session.add(south)
        session.flush()
        session.add_all(RegionGroupMember(group_id=south.id, region_code=c) for c in ("440000", "450000", "460000"))
        session.flush()
        gz_user = session.scalar(select(User).where(User.username == "gz"))
        assert gz_user is not None
        customers.create_owner_rule(session, admin, name="公海", owner_pool="公海")
        customers.create_owner_rule(session, admin, name="华南", region_group_id=south.id, owner_pool="华南池")
        customers.create_owner_rule(session, admin, name="广州", region_code="440100", owner_user_id=gz_user.id)
        gz = users.actor_for(gz_user)
    return admin, gz


def run(database: dbmod.Database, xlsx: Path) -> None:
    print(f"{database.backend}:")
    admin, gz = prepare(database)
    table = timed("read_table (XLSX)", lambda: customer_import.read_table(xlsx))
    mapping = customer_import.suggest_mapping(table.headers)
    total = time.perf_counter()
    with database.session() as session:
        preview = timed(
            f"preview_import ({len(table.rows):,} rows)",
            lambda: customer_import.preview_import(session, admin, table, mapping),
        )
        assert preview.ready, preview.summary
        result = timed("commit_import", lambda: customer_import.commit_import(session, admin, preview))
        start = time.perf_counter()
    print(f"  {'transaction commit':<44} {time.perf_counter() - start:8.2f} s")
    print(f"  {'import total (preview + commit, no read)':<44} {time.perf_counter() - total:8.2f} s")
    print(f"  written {result.written:,}; owners: " + ", ".join(f"{o.label} {o.count:,}" for o in result.owners))
    with database.session() as session:
        for attempt in (1, 2):
            rows = timed(f"list_customers admin, run {attempt}", lambda: customers.list_customers(session, admin))
        print(f"    {len(rows):,} rows")
        rows = timed("list_customers gz editor (440100)", lambda: customers.list_customers(session, gz))
        print(f"    {len(rows):,} rows")
        timed("list_customers text='人民路'", lambda: customers.list_customers(session, admin, text="人民路"))
        stats = timed("customer_stats", lambda: customers.customer_stats(session, admin))
        print(f"    {stats.total:,} customers, {len(stats.by_province)} provinces")
        timed("preview_reassignment", lambda: customers.preview_reassignment(session, admin))


@contextmanager
def pg_database(admin_url: str) -> Iterator[str]:
    admin = create_engine(normalize_url(admin_url), isolation_level="AUTOCOMMIT")
    name = f"scrm_bench_{os.getpid()}_{uuid.uuid4().hex[:8]}"
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield make_url(normalize_url(admin_url)).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--count", type=int, default=100_000)
    parser.add_argument("--pg", default=os.environ.get("SCRM_TEST_PG_URL", "postgresql://localhost:5432/postgres"))
    parser.add_argument("--no-pg", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        scratch = dbmod.Database(sqlite_url(work / "scratch.sqlite3"))
        dbmod.upgrade(scratch)
        with scratch.session() as session:
            ensure_regions_loaded(session)
        xlsx = work / "customers.xlsx"
        timed(f"write {args.count:,}-row XLSX", lambda: write_xlsx(scratch, xlsx, args.count))
        scratch.dispose()
        print(f"  file size {xlsx.stat().st_size / 1e6:.1f} MB")

        database = dbmod.Database(sqlite_url(work / "bench.sqlite3"))
        try:
            run(database, xlsx)
        finally:
            database.dispose()
        if not args.no_pg:
            with pg_database(args.pg) as url:
                database = dbmod.Database(url)
                try:
                    run(database, xlsx)
                finally:
                    database.dispose()


if __name__ == "__main__":
    main()
