"""How fast the customers page opens and filters with 100,000 customers, and how responsive the
import wizard stays while it reads and checks a 100,000-row file (offscreen, SQLite).

    python benchmarks/bench_customers_page.py [--db FILE] [--repeat 3] [--no-import]

Without ``--db`` a throwaway SQLite database gets the demo data set "large" (100,000 customers
inserted in bulk through the customer service); with ``--db`` that file is used, and filled the
same way first when it has no customers yet (so later runs start at once).

Prints, for an administrator (full phones) and an unscoped dispatcher (masked phones):

- ``open``: constructing the page and ``refresh()`` until the rows are shown and painted, and the
  longest the UI thread went without processing events meanwhile ("UI stall");
- one search pass over all rows for a few texts, a region pass (广东省) and a sort by name;
- the two parts of the loading worker on their own: ``list_customers`` (the service query) and
  ``build_table`` (display tuples and search texts).

Then the wizard reads a CSV export of all 100,000 customers and checks every row in the
background: the time each step takes, and the longest UI stall during it.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QElapsedTimer, QEventLoop, QObject, Qt, QTimer, SignalInstance
from PySide6.QtWidgets import QApplication
from sqlalchemy import func, select

from scrm_desktop import db as dbmod
from scrm_desktop.config import Settings, sqlite_url
from scrm_desktop.db import Database
from scrm_desktop.models import Customer, User
from scrm_desktop.services import customer_import, customers, demo, users
from scrm_desktop.services.permissions import Actor, Role
from scrm_desktop.services.regions import region_index
from scrm_desktop.views.context import AppContext

MASKED_USER = "bench_masked"


class StallMeter(QObject):
    """Ticks every 10 ms on the UI thread and remembers the longest gap between two ticks."""

    def __init__(self) -> None:
        super().__init__()
        self.clock = QElapsedTimer()
        self.timer = QTimer(self)
        self.timer.setInterval(10)
        self.timer.timeout.connect(self._tick)
        self.longest = 0

    def start(self) -> None:
        self.longest = 0
        self.clock.start()
        self.timer.start()

    def _tick(self) -> None:
        self.longest = max(self.longest, self.clock.restart())

    def stop(self) -> int:
        self.timer.stop()
        return max(self.longest, self.clock.elapsed())


def wait_for(signal: SignalInstance, start: Callable[[], Any], timeout_ms: int = 300_000) -> None:
    loop = QEventLoop()
    signal.connect(loop.quit)
    QTimer.singleShot(0, start)
    QTimer.singleShot(timeout_ms, loop.quit)
    loop.exec()


def prepare(path: Path) -> Database:
    database = Database(sqlite_url(path))
    dbmod.upgrade(database)  # also loads the regions
    with database.session() as session:
        count = session.scalar(select(func.count()).select_from(Customer)) or 0
    if count == 0:
        started = time.perf_counter()
        with database.session() as session:
            demo.load_demo(session, size="large")
        print(f"demo data 'large' loaded in {time.perf_counter() - started:.1f} s")
    return database


def actors(database: Database) -> dict[str, Actor]:
    with database.session() as session:
        admin = users.authenticate(session, demo.DEMO_ADMIN, demo.DEMO_PASSWORD)
        if session.scalar(select(User.id).where(User.username == MASKED_USER)) is None:
            users.create_user(
                session,
                admin,
                username=MASKED_USER,
                display_name="调度（全国）",
                password=demo.DEMO_PASSWORD,
                roles=[Role.DISPATCHER.value],
                must_change_password=False,
            )
    with database.session() as session:
        masked = users.authenticate(session, MASKED_USER, demo.DEMO_PASSWORD)
    return {"admin, full phones": admin, "dispatcher, masked phones": masked}


def open_page(database: Database, actor: Actor, meter: StallMeter) -> tuple[float, int, Any]:
    from scrm_desktop.views.pages.customers import CustomersPage

    meter.start()
    started = time.perf_counter()
    page = CustomersPage(AppContext(database, actor, Settings()))
    page.resize(1400, 860)
    page.show()
    wait_for(page.loaded, page.refresh)
    page.repaint()
    QApplication.processEvents()
    return time.perf_counter() - started, meter.stop(), page


def bench_page(database: Database, title: str, actor: Actor, repeat: int, meter: StallMeter) -> None:
    from scrm_desktop.services.memory import collector_paused
    from scrm_desktop.views.customer_table import TableLabels, build_table

    times: list[float] = []
    stalls: list[int] = []
    page: Any = None
    for _ in range(repeat):
        if page is not None:  # one page at a time, as in the app
            page.close()
            page.deleteLater()
            page = None
            QApplication.processEvents()
        seconds, stall, page = open_page(database, actor, meter)
        times.append(seconds)
        stalls.append(stall)
    print(
        f"[{title}] page open (construct + refresh + rows painted): median {statistics.median(times) * 1000:.0f} ms,"
        f" best {min(times) * 1000:.0f} ms, worst {max(times) * 1000:.0f} ms; longest UI stall {max(stalls)} ms"
    )
    for text in ("王", "8888", "南山区", "138 1"):
        started = time.perf_counter()
        page.set_search(text)
        QApplication.processEvents()
        print(
            f"[{title}] search {text!r}: {page.proxy.rowCount():,} rows in "
            f"{(time.perf_counter() - started) * 1000:.0f} ms"
        )
    page.set_search("")
    started = time.perf_counter()
    page.set_region_filter("440000")
    QApplication.processEvents()
    print(f"[{title}] region 广东省: {page.proxy.rowCount():,} rows in {(time.perf_counter() - started) * 1000:.0f} ms")
    page.set_region_filter(None)
    started = time.perf_counter()
    page.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    QApplication.processEvents()
    print(f"[{title}] sort by name: {(time.perf_counter() - started) * 1000:.0f} ms")
    page.close()
    page.deleteLater()
    page = None
    QApplication.processEvents()

    # The two halves of the loading worker on their own (as the worker runs them).
    index = region_index()
    labels = TableLabels("未分配", {"wecom": "企业微信", "douyin": "抖音", "taobao": "淘宝"})
    queries: list[float] = []
    builds: list[float] = []
    for _ in range(repeat):
        with collector_paused(freeze=True):
            started = time.perf_counter()
            with database.session() as session:
                rows = customers.list_customers(session, actor)
            queries.append(time.perf_counter() - started)
            started = time.perf_counter()
            table = build_table(rows, labels, index)
            builds.append(time.perf_counter() - started)
        del rows, table
    print(
        f"[{title}] of which list_customers (service query) median {statistics.median(queries) * 1000:.0f} ms, "
        f"build_table (display tuples + search texts) median {statistics.median(builds) * 1000:.0f} ms"
    )


def bench_import(database: Database, admin: Actor, folder: Path, meter: StallMeter) -> None:
    from scrm_desktop.views.customer_import import CustomerImportWizard

    path = folder / "customers.csv"
    with database.session() as session:
        written = customer_import.export_customers(session, admin, path)
    wizard = CustomerImportWizard(AppContext(database, admin, Settings()))
    wizard.resize(1100, 700)
    wizard.show()

    meter.start()
    started = time.perf_counter()
    wait_for(wizard.file_page.completeChanged, lambda: wizard.load_file(path))
    print(
        f"[import] read {written:,}-row CSV in the background: {time.perf_counter() - started:.1f} s, "
        f"longest UI stall {meter.stop()} ms"
    )
    wizard.next()
    meter.start()
    started = time.perf_counter()
    wait_for(wizard.currentIdChanged, wizard.next)  # the mapping page starts the check
    assert wizard.currentPage() is wizard.preview_page
    QApplication.processEvents()
    counts = wizard.preview_page.model.counts()
    print(
        f"[import] checked {counts['total']:,} rows in the background and showed them: "
        f"{time.perf_counter() - started:.1f} s, longest UI stall {meter.stop()} ms "
        f"(ok {counts['ok']:,}, duplicates {counts['duplicate']:,}, errors {counts['error']:,})"
    )
    started = time.perf_counter()
    wizard.preview_page.only_problems.setChecked(True)
    QApplication.processEvents()
    print(f"[import] 'only rows with problems' filter: {(time.perf_counter() - started) * 1000:.0f} ms")
    wizard.close()
    wizard.deleteLater()
    QApplication.processEvents()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, help="SQLite file to use (filled with the large demo data if empty)")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--no-import", action="store_true", help="skip the import wizard part")
    args = parser.parse_args(argv)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    from scrm_desktop.app import register_fonts
    from scrm_desktop.resources import icon

    register_fonts()
    icon("mdi6.refresh")  # load the icon font once, as the main window has before any page opens
    meter = StallMeter()
    with tempfile.TemporaryDirectory() as folder:
        database = prepare(args.db or Path(folder) / "bench.sqlite3")
        people = actors(database)
        for title, actor in people.items():
            bench_page(database, title, actor, args.repeat, meter)
        if not args.no_import:
            bench_import(database, people["admin, full phones"], Path(folder), meter)
        database.dispose()
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
