"""Address parsing throughput and region loading time.

    python benchmarks/bench_regions.py [--count 100000] [--pg postgresql://localhost/postgres]

Prints addresses parsed per second over generated realistic addresses (full names, short names,
missing province, noise such as names, phone numbers and labels), the share parsed to the region
they were generated from, and the time ``ensure_regions_loaded`` takes on an empty SQLite and
PostgreSQL database (and when the data is already current).
"""

from __future__ import annotations

import argparse
import os
import random
import tempfile
import time
import uuid
from pathlib import Path

from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session

from scrm_desktop import db as dbmod
from scrm_desktop.config import normalize_url, sqlite_url
from scrm_desktop.services.regions import RegionIndex, RegionInfo, ensure_regions_loaded, parse_address, region_index

STREETS = (
    "人民路", "解放路", "建设路", "中山路", "和平路", "新华路", "胜利路", "文化路", "长江路", "黄河路",
    "科技园南区", "高新大道", "工业园区", "滨江大道", "学府路", "幸福小区", "阳光花园", "东风路", "青年路", "朝阳路",
)  # fmt: skip
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗"
GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚"
LABELS = ("收货地址：", "地址:", "详细地址 ", "", "", "")


def street(rng: random.Random) -> str:
    room = rng.choice(["", "", f"{rng.randint(1, 30)}栋{rng.randint(101, 2505)}室"])
    return f"{rng.choice(STREETS)}{rng.randint(1, 999)}号{room}"


def noise(rng: random.Random) -> tuple[str, str]:
    name = rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.randint(1, 2)))
    phone = "1" + rng.choice("3456789") + "".join(rng.choice("0123456789") for _ in range(9))
    return name, phone


def generate(index: RegionIndex, count: int, seed: int = 7) -> list[tuple[str, str]]:
    """``(address, expected region code)`` pairs over every county-level unit."""
    rng = random.Random(seed)
    districts = [r for r in index if r.level == 3]
    cities = [r for r in index if r.level == 2 and not index.children(r.code)]  # 东莞, 中山 …
    out: list[tuple[str, str]] = []
    while len(out) < count:
        target: RegionInfo = rng.choice(districts) if rng.random() < 0.95 or not cities else rng.choice(cities)
        path = index.path(target.code)
        style = rng.random()
        if style < 0.35:  # full names
            parts = [r.name for r in path]
        elif style < 0.6:  # short names above, full name of the unit itself
            parts = [r.short for r in path[:-1]] + [target.name]
        elif style < 0.8:  # province missing
            parts = [r.name for r in path[1:]] if len(path) > 1 else [target.name]
        else:  # short names everywhere
            parts = [r.short for r in path[:-1]] + [target.name if len(target.short) < 2 else target.short]
        sep = rng.choice(["", "", " "])
        address = sep.join(parts) + rng.choice(["", " "]) + street(rng)
        if rng.random() < 0.3:
            name, phone = noise(rng)
            address = rng.choice(
                [f"{name} {phone} {rng.choice(LABELS)}{address}", f"{rng.choice(LABELS)}{address}，{name}，{phone}"]
            )
        out.append((address, target.code))
    return out


def bench_parse(count: int) -> None:
    index = region_index()
    t0 = time.perf_counter()
    parse_address("广东省深圳市南山区")
    build = time.perf_counter() - t0
    addresses = generate(index, count)
    t0, c0 = time.perf_counter(), time.process_time()
    results = [parse_address(a) for a, _ in addresses]
    elapsed, cpu = time.perf_counter() - t0, time.process_time() - c0
    exact = sum(1 for r, (_, code) in zip(results, addresses, strict=True) if r.region_code == code)
    ambiguous = sum(1 for r in results if r.candidates)
    covered = sum(1 for r, (_, code) in zip(results, addresses, strict=True) if r.candidates and code in r.candidates)
    print(f"parser build (automaton over {len(index)} regions): {build * 1000:.0f} ms")
    print(
        f"parse_address: {count:,} addresses in {elapsed:.2f} s = {count / elapsed:,.0f} addresses/s "
        f"({count / cpu:,.0f} per CPU second; the two differ when other processes share the cores)"
    )
    print(
        f"  exact region: {exact / count:.1%}; ambiguous (candidates returned): {ambiguous / count:.1%}, "
        f"of which the right one is a candidate: {covered / max(ambiguous, 1):.1%}; "
        f"wrong region: {(count - exact - ambiguous) / count:.1%}"
    )


def time_load(url: str, label: str) -> None:
    database = dbmod.Database(url)
    try:
        dbmod.command.upgrade(dbmod.alembic_config(database), "head")  # schema only, no regions
        with Session(database.engine) as session:
            t0 = time.perf_counter()
            ensure_regions_loaded(session)
            session.commit()
            first = time.perf_counter() - t0
        with Session(database.engine) as session:
            t0 = time.perf_counter()
            ensure_regions_loaded(session)
            session.commit()
            again = time.perf_counter() - t0
        print(
            f"ensure_regions_loaded on {label}: first load {first * 1000:.0f} ms, already current {again * 1000:.1f} ms"
        )
    finally:
        database.dispose()


def bench_loading(pg_admin_url: str | None) -> None:
    region_index()  # the CSV is read once per process; not part of the database time
    with tempfile.TemporaryDirectory() as folder:
        time_load(sqlite_url(Path(folder) / "bench.sqlite3"), "SQLite")
    if not pg_admin_url:
        return
    admin = create_engine(normalize_url(pg_admin_url), isolation_level="AUTOCOMMIT")
    name = f"scrm_bench_{os.getpid()}_{uuid.uuid4().hex[:8]}"
    try:
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
        url = make_url(normalize_url(pg_admin_url)).set(database=name).render_as_string(hide_password=False)
        time_load(url, "PostgreSQL")
    except Exception as exc:  # no server: say so and go on
        print(f"PostgreSQL skipped: {exc.__class__.__name__}: {exc}")
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=100_000)
    parser.add_argument("--pg", default=os.environ.get("SCRM_TEST_PG_URL", "postgresql://localhost:5432/postgres"))
    args = parser.parse_args()
    bench_parse(args.count)
    bench_loading(args.pg or None)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
