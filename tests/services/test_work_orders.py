"""Work orders: numbering, editing, lifecycle, the earnings panel, freezing at completion, reopening."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import select
from work_order_support import Setup, add_setup, create, order_input, settle

from scrm_desktop.db import Database
from scrm_desktop.models import EarningEntry, Price, WorkOrder
from scrm_desktop.services import work_orders as wo
from scrm_desktop.services.errors import NotFound, PermissionDenied, StaleWriteError, ValidationError
from scrm_desktop.services.permissions import Actor

D = Decimal


@pytest.fixture
def setup(db: Database) -> Setup:
    return add_setup(db)


def test_work_order_numbers_are_branch_month_and_sequence(db: Database, admin: Actor, setup: Setup) -> None:
    first = create(db, admin, order_input(setup))
    second = create(db, admin, order_input(setup))
    today = wo.business_today(admin)
    assert first.number == f"WO-HQ-{today:%Y%m}-000001"
    assert second.number == f"WO-HQ-{today:%Y%m}-000002"


def test_preview_prices_each_line_with_tier_rule_and_split(db: Database, admin: Actor, setup: Setup) -> None:
    detail = create(db, admin, order_input(setup))
    earnings = detail.earnings
    assert not earnings.frozen
    assert detail.region_code == "440106"
    ac, pipe = earnings.lines
    # 广州 is in 一线城市: tier T2 by rule 一线城市二档.
    assert (ac.settlement.tier_code, ac.settlement.rule_name) == ("T2", "一线城市二档")
    assert ac.settlement.unit_price == D("120.00") and ac.settlement.amount == D("240.00")
    assert pipe.settlement.unit_price == D("9.35") and pipe.settlement.amount == D("32.73")  # 32.725 half-up
    assert ac.sales.amount == D("400.00") and pipe.sales.amount == D("70.00")
    assert earnings.total == D("272.73")
    assert [m.amount for m in earnings.members] == [D("163.64"), D("109.09")]
    assert sum(m.amount for m in earnings.members) == earnings.total


def test_completion_freezes_and_later_price_edits_do_not_move_it(db: Database, admin: Actor, setup: Setup) -> None:
    detail = create(db, admin, order_input(setup))
    with db.session() as session:
        done = wo.complete_work_order(session, admin, detail.id, expected_version=detail.version)
    assert done.status == "completed" and done.earnings.frozen
    assert done.earnings.total == D("272.73")
    with db.session() as session:
        session.add(
            Price(
                book="settlement",
                item_id=setup.cat.items["AC-001"],
                tier_id=setup.cat.tiers["T2"],
                valid_from=dt.date(2026, 1, 1),
                amount=D("999.00"),
            )
        )
    with db.session() as session:
        again = wo.get_work_order(session, admin, detail.id)
        entries = session.execute(select(EarningEntry.installer_id, EarningEntry.amount)).all()
    assert again.earnings.total == D("272.73")
    assert again.earnings.lines[0].settlement.unit_price == D("120.00")
    assert sum(a for _, a in entries) == D("272.73")
    assert len(entries) == 4  # two lines x two crew members


def test_completion_refuses_the_whole_batch_naming_each_problem(db: Database, admin: Actor, setup: Setup) -> None:
    good = create(db, admin, order_input(setup))
    no_crew = create(db, admin, order_input(setup, crew_shares=()), status="draft")
    with db.session() as session, pytest.raises(wo.CompletionRefused) as caught:
        wo.complete_work_orders(session, admin, [good.id, no_crew.id])
    assert [number for number, _ in caught.value.problems] == [no_crew.number]
    assert "no crew" in caught.value.message()
    with db.session() as session:
        assert session.scalar(select(WorkOrder.status).where(WorkOrder.id == good.id)) == "assigned"
        assert session.scalar(select(EarningEntry.id)) is None


def test_crew_shares_must_add_up_to_100(db: Database, admin: Actor, setup: Setup) -> None:
    with pytest.raises(ValidationError) as caught:
        create(db, admin, order_input(setup, crew_shares=(("I001", "60"), ("I002", "30"))))
    assert caught.value.field == "crew"
    assert "90" in caught.value.message()


def test_reopen_settled_then_recomplete_makes_a_correction(db: Database, admin: Actor, setup: Setup) -> None:
    detail = create(db, admin, order_input(setup))
    with db.session() as session:
        done = wo.complete_work_order(session, admin, detail.id, expected_version=detail.version)
    # A statement settles 张师傅's entries.
    settle(db, EarningEntry.installer_id == setup.installers["I001"])
    with db.session() as session:
        reopened = wo.reopen_work_order(
            session, admin, detail.id, reason="客户投诉少装一根铜管", expected_version=done.version
        )
    assert reopened.status == "in_progress"
    with db.session() as session:
        left = session.execute(select(EarningEntry.installer_id)).scalars().all()
    assert set(left) == {setup.installers["I001"]}
    data = reopened.to_input()
    data = wo.WorkOrderInput(
        **{**data.__dict__, "lines": data.lines + order_input(setup, items=(("P-001", "1"),)).lines}
    )
    with db.session() as session:
        saved = wo.update_work_order(session, admin, detail.id, data, expected_version=reopened.version)
        final = wo.complete_work_order(session, admin, detail.id, expected_version=saved.version)
    assert final.earnings.total == D("272.73") + D("9.35")
    with db.session() as session:
        rows = session.execute(
            select(EarningEntry.installer_id, EarningEntry.source, EarningEntry.amount, EarningEntry.statement_id)
        ).all()
    zhang = [r for r in rows if r[0] == setup.installers["I001"]]
    li = [r for r in rows if r[0] == setup.installers["I002"]]
    corrections = [r for r in zhang if r[1] == "correction"]
    assert len(corrections) == 1 and corrections[0][3] is None
    assert sum(r[2] for r in zhang) == final.earnings.members[0].amount
    assert all(r[1] != "correction" for r in li)
    assert sum(r[2] for r in li) == final.earnings.members[1].amount


def test_stale_save_is_refused(db: Database, admin: Actor, setup: Setup) -> None:
    detail = create(db, admin, order_input(setup))
    with db.session() as session:
        wo.update_work_order(session, admin, detail.id, detail.to_input(), expected_version=detail.version)
    with db.session() as session, pytest.raises(StaleWriteError):
        wo.update_work_order(session, admin, detail.id, detail.to_input(), expected_version=detail.version)


def test_installer_sees_only_own_work_orders(db: Database, admin: Actor, setup: Setup) -> None:
    mine = create(db, admin, order_input(setup))
    other = create(db, admin, order_input(setup, crew_shares=(("I003", "100"),)))
    from scrm_desktop.models import Installer
    from scrm_desktop.services import users

    with db.session() as session:
        user = users.create_user(
            session, admin, username="zhang", display_name="张师傅", password="Zhang-pass-1", roles=["installer"]
        )
        session.get(Installer, setup.installers["I001"]).user_id = user.id
    zhang = Actor(user.id, "zhang", "张师傅", frozenset({"installer"}))
    with db.session() as session:
        page = wo.list_work_orders(session, zhang)
        assert [r.number for r in page.rows] == [mine.number]
        assert wo.get_work_order(session, zhang, mine.id).earnings.total == D("272.73")
        with pytest.raises(NotFound):
            wo.get_work_order(session, zhang, other.id)
        with pytest.raises(PermissionDenied):
            wo.update_work_order(session, zhang, mine.id, mine.to_input(), expected_version=mine.version)
