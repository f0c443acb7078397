"""Earnings arithmetic (property tests), the installer's month, finance's summary and the CSV export."""

from __future__ import annotations

import csv
import datetime as dt
import uuid
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select
from work_order_support import Setup, add_setup, create, order_input, settle

from scrm_desktop.db import Database
from scrm_desktop.models import EarningEntry, Installer, Price, TierRule
from scrm_desktop.services import earnings_reports as reports
from scrm_desktop.services import users
from scrm_desktop.services import work_orders as wo
from scrm_desktop.services.earnings import CrewMember, LineSpec, PriceSide, assemble
from scrm_desktop.services.errors import ValidationError
from scrm_desktop.services.money import line_amount, round_money
from scrm_desktop.services.permissions import Actor
from scrm_desktop.services.price_resolution import JobContext

D = Decimal
NOV = dt.date(2026, 11, 1)

money = st.decimals(min_value=D("0"), max_value=D("99999.99"), places=2)
quantities = st.decimals(min_value=D("0.001"), max_value=D("9999.999"), places=3)


def _shares(counts: list[int]) -> list[Decimal]:
    total = sum(counts)
    raw = [D(c) * 100 / total for c in counts]
    shares = [r.quantize(D("0.01")) for r in raw]
    shares[0] += D(100) - sum(shares)
    return shares


@settings(max_examples=200, deadline=None)
@given(
    unit=money,
    qty=quantities,
    counts=st.lists(st.integers(min_value=1, max_value=50), min_size=1, max_size=5),
    adjustment=st.decimals(min_value=D("-500"), max_value=D("500"), places=2),
)
def test_shares_always_add_up_to_the_amounts(
    unit: Decimal, qty: Decimal, counts: list[int], adjustment: Decimal
) -> None:
    shares = _shares(counts)
    if any(s <= 0 for s in shares):
        return
    crew = [CrewMember(uuid.uuid4(), f"I{i}", f"师傅{i}", s) for i, s in enumerate(shares)]
    spec = LineSpec(None, 0, uuid.uuid4(), "X", "X", "台", "service", qty)
    amount = line_amount(unit, qty)
    side = PriceSide(None, "T1", "一档", None, "r", unit, amount)
    from scrm_desktop.services.earnings import AdjustmentSpec

    adjustments = [AdjustmentSpec(None, "other", adjustment, "r")] if adjustment else []
    earnings = assemble(
        frozen=False, priced_on=NOV, job=JobContext(), crew=crew, lines=[(spec, side, side)], adjustments=adjustments
    )
    line = earnings.lines[0]
    # amount = unit x qty rounded half-up; the parts of the line add up to it exactly
    assert amount == round_money(unit * qty)
    assert sum(line.shares) == amount
    assert sum(m.amount for m in earnings.members) == earnings.total == amount + adjustment
    # nobody's part differs from their exact share by a fen or more
    for part, member in zip(line.shares, crew, strict=True):
        assert abs(part - amount * member.share_pct / 100) < D("0.01")


@pytest.fixture
def setup(db: Database) -> Setup:
    return add_setup(db)


@pytest.fixture
def frozen_order(db: Database, admin: Actor, setup: Setup) -> wo.WorkOrderDetail:
    detail = create(db, admin, order_input(setup))
    with db.session() as session:
        return wo.complete_work_order(session, admin, detail.id, expected_version=detail.version)


@settings(max_examples=10, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(new_price=st.decimals(min_value=D("0"), max_value=D("9999.99"), places=2), tier=st.sampled_from(["T1", "T3"]))
def test_frozen_lines_are_immune_to_later_price_and_rule_changes(
    db: Database, admin: Actor, setup: Setup, frozen_order: wo.WorkOrderDetail, *, new_price: Decimal, tier: str
) -> None:
    # Every example adds a newer price version for every cell, effective before the completion
    # date, and a rule sending 广州 to another tier: the completed work order must not move.
    with db.session() as session:
        latest = session.scalar(select(Price.valid_from).order_by(Price.valid_from.desc()).limit(1))
        for tier_id in setup.cat.tiers.values():
            for item in setup.cat.items.values():
                session.add(
                    Price(
                        book="settlement",
                        item_id=item,
                        tier_id=tier_id,
                        valid_from=latest + dt.timedelta(days=1),
                        amount=new_price,
                    )
                )
        session.add(
            TierRule(
                name=f"广州{tier}-{latest}",
                book="settlement",
                tier_id=setup.cat.tiers[tier],
                region_code="440100",
                priority=int(latest.strftime("%j")),
            )
        )
    with db.session() as session:
        again = wo.get_work_order(session, admin, frozen_order.id)
        entries = sum(session.scalars(select(EarningEntry.amount)))
    assert again.earnings == frozen_order.earnings
    assert entries == frozen_order.earnings.total == D("272.73")


def _installer_actor(db: Database, admin: Actor, setup: Setup, code: str, username: str) -> Actor:
    with db.session() as session:
        user = users.create_user(
            session, admin, username=username, display_name=username, password="Install-pass-1", roles=["installer"]
        )
        session.get(Installer, setup.installers[code]).user_id = user.id
    return Actor(user.id, username, username, frozenset({"installer"}))


def test_installer_month_splits_previewed_frozen_and_settled(db: Database, admin: Actor, setup: Setup) -> None:
    done = create(db, admin, order_input(setup, completed_on=dt.date(2026, 11, 3)))
    settled = create(db, admin, order_input(setup, completed_on=dt.date(2026, 11, 5)))
    open_one = create(db, admin, order_input(setup, completed_on=None, planned_date=dt.date(2026, 11, 28)))
    with db.session() as session:
        wo.complete_work_orders(session, admin, [done.id, settled.id])
    settle(db, EarningEntry.work_order_id == settled.id, EarningEntry.installer_id == setup.installers["I001"])
    zhang = _installer_actor(db, admin, setup, "I001", "zhang")
    with db.session() as session:
        month = reports.installer_earnings(session, zhang, month=NOV)
    share = D("163.64")  # 60% of 272.73
    assert (month.previewed, month.frozen, month.settled) == (share, share, share)
    assert [(d.day.day, d.previewed, d.frozen, d.settled) for d in month.days] == [
        (3, D(0), share, D(0)),
        (5, D(0), D(0), share),
        (28, share, D(0), D(0)),
    ]
    states = {w.number: w.state for w in month.work_orders}
    assert states == {done.number: "frozen", settled.number: "settled", open_one.number: "previewed"}


def test_month_summary_and_csv_export(db: Database, admin: Actor, setup: Setup, tmp_path: Path) -> None:
    first = create(db, admin, order_input(setup, completed_on=dt.date(2026, 11, 3)))
    second = create(
        db,
        admin,
        order_input(
            setup,
            crew_shares=(("I003", "100"),),
            completed_on=dt.date(2026, 11, 4),
            adjustments=(wo.AdjustmentInput("deduction", D("-20.00"), "迟到"),),
        ),
    )
    create(db, admin, order_input(setup, completed_on=dt.date(2026, 10, 31)))
    with db.session() as session:
        wo.complete_work_orders(session, admin, [first.id, second.id])
        wo.complete_work_orders(session, admin, [wo.find_by_number(session, admin, f"{first.number[:-6]}000003")])
    with db.session() as session:
        rows = reports.month_summary(session, admin, month=NOV)
    by_code = {r.code: r for r in rows}
    assert set(by_code) == {"I001", "I002", "I003"}
    assert by_code["I001"].frozen == D("163.64") and by_code["I002"].frozen == D("109.09")
    assert by_code["I003"].frozen == D("252.73") and by_code["I003"].settled == D(0)
    path = tmp_path / "earnings.csv"
    with db.session() as session:
        count = reports.export_earnings_csv(session, admin, month=NOV, path=path)
    with path.open(encoding="utf-8-sig", newline="") as handle:
        data = list(csv.DictReader(handle))
    assert count == len(data) == 2 * 2 + 2 + 1  # 2 lines x 2 crew, 2 lines x 1, one deduction
    pipe = next(r for r in data if r["installer_code"] == "I002" and r["item_code"] == "P-001")
    assert pipe == pipe | {"quantity": "3.5", "tier": "T2", "unit_price": "9.35", "amount": "32.73", "share": "13.09"}
    deduction = next(r for r in data if r["source"] == "adjustment")
    assert (deduction["item_code"], deduction["item"], deduction["share"]) == ("deduction", "迟到", "-20.00")
    assert sum(D(r["share"]) for r in data) == sum(r.total for r in rows)


def test_bad_period_names_the_format() -> None:
    with pytest.raises(ValidationError) as caught:
        reports.parse_period("2026/11")
    assert "YYYY-MM" in caught.value.message() and caught.value.field == "period"
    assert reports.parse_period("2026-02") == dt.date(2026, 2, 1)
    assert reports.month_range(dt.date(2028, 2, 10)) == (dt.date(2028, 2, 1), dt.date(2028, 2, 29))
