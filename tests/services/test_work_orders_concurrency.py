"""Two users at once on PostgreSQL: a stale save is refused with who/when, numbers never collide,
and a work order is frozen once even when two batches complete it at the same moment."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

import pytest
from sqlalchemy import func, select
from work_order_support import Setup, add_setup, create, lines, order_input

from scrm_desktop.db import Database
from scrm_desktop.models import EarningEntry
from scrm_desktop.services import users
from scrm_desktop.services import work_orders as wo
from scrm_desktop.services.errors import ScrmError, StaleWriteError
from scrm_desktop.services.permissions import Actor

pytestmark = pytest.mark.parametrize("backend", ["postgresql"])


@pytest.fixture
def setup(db: Database) -> Setup:
    return add_setup(db)


@pytest.fixture
def dispatcher(db: Database, admin: Actor) -> Actor:
    with db.session() as session:
        user = users.create_user(
            session, admin, username="zhao", display_name="赵调度", password="Dispatch-pass-1", roles=["dispatcher"]
        )
    return Actor(user.id, "zhao", "赵调度", frozenset({"dispatcher"}))


def in_thread(work: Callable[[], Any]) -> tuple[threading.Thread, list[Any]]:
    outcome: list[Any] = []

    def run() -> None:
        try:
            outcome.append(work())
        except BaseException as exc:
            outcome.append(exc)

    thread = threading.Thread(target=run)
    thread.start()
    return thread, outcome


def test_second_concurrent_save_gets_the_stale_write_error(
    db: Database, admin: Actor, dispatcher: Actor, setup: Setup
) -> None:
    detail = create(db, admin, order_input(setup))
    first_saved = threading.Event()
    second_loaded = threading.Event()

    def first_user() -> wo.WorkOrderDetail:
        data = wo.WorkOrderInput(**{**detail.to_input().__dict__, "notes": "第一位：改为下午上门"})
        with db.session() as session:
            second_loaded.wait(10)
            saved = wo.update_work_order(session, admin, detail.id, data, expected_version=detail.version)
        first_saved.set()
        return saved

    def second_user() -> wo.WorkOrderDetail:
        data = wo.WorkOrderInput(**{**detail.to_input().__dict__, "lines": lines(setup, ("WH-001", "1"))})
        with db.session() as session:
            opened = wo.get_work_order(session, dispatcher, detail.id)  # both users see the same version
            second_loaded.set()
            first_saved.wait(10)
            return wo.update_work_order(session, dispatcher, detail.id, data, expected_version=opened.version)

    t1, r1 = in_thread(first_user)
    t2, r2 = in_thread(second_user)
    t1.join(20)
    t2.join(20)
    assert isinstance(r1[0], wo.WorkOrderDetail)
    assert isinstance(r2[0], StaleWriteError)
    assert "管理员" in r2[0].message()  # names who changed it
    with db.session() as session:
        final = wo.get_work_order(session, admin, detail.id)
    # The first user's save is intact; the second changed nothing.
    assert final.notes == "第一位：改为下午上门"
    assert [line.item_code for line in final.earnings.lines] == ["AC-001", "P-001"]


def test_simultaneous_creations_get_distinct_numbers(db: Database, admin: Actor, setup: Setup) -> None:
    barrier = threading.Barrier(4)

    def make() -> str:
        barrier.wait(10)
        with db.session() as session:
            return wo.create_work_order(session, admin, order_input(setup)).number

    threads = [in_thread(make) for _ in range(4)]
    numbers = []
    for thread, outcome in threads:
        thread.join(30)
        numbers.append(outcome[0])
    assert all(isinstance(n, str) for n in numbers), numbers
    assert sorted(n[-6:] for n in numbers) == ["000001", "000002", "000003", "000004"]


def test_concurrent_batches_freeze_a_work_order_once(db: Database, admin: Actor, setup: Setup) -> None:
    detail = create(db, admin, order_input(setup))
    barrier = threading.Barrier(2)

    def complete() -> Any:
        with db.session() as session:
            barrier.wait(10)
            return wo.complete_work_orders(session, admin, [detail.id])

    results = [in_thread(complete) for _ in range(2)]
    outcomes = []
    for thread, outcome in results:
        thread.join(30)
        outcomes.append(outcome[0])
    done = [o for o in outcomes if isinstance(o, wo.CompletionResult)]
    refused = [o for o in outcomes if isinstance(o, ScrmError)]
    assert len(done) == 1 and len(refused) == 1, outcomes
    with db.session() as session:
        entries = session.scalar(select(func.count()).select_from(EarningEntry))
    assert entries == 4
