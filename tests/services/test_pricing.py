"""Price tiers and effective-dated prices: reading in force, history, saving rules, on both backends."""

from __future__ import annotations

import datetime as dt
import uuid
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from scrm_desktop.db import Database
from scrm_desktop.models import AuditEntry, CatalogItem, Price
from scrm_desktop.services import pricing
from scrm_desktop.services.errors import PermissionDenied, ValidationError
from scrm_desktop.services.permissions import Actor
from scrm_desktop.services.pricing import PriceCellsError

D = Decimal


def make_items(session: Session, count: int, prefix: str = "IT") -> list[uuid.UUID]:
    items = [
        CatalogItem(kind="service" if i % 2 else "part", code=f"{prefix}-{i:04d}", name=f"项目 {i}", unit="项")
        for i in range(count)
    ]
    session.add_all(items)
    session.flush()
    return [i.id for i in items]


@pytest.fixture
def grid(db: Database, admin: Actor) -> tuple[list[uuid.UUID], list[uuid.UUID]]:
    """Three items and two tiers (T1 一档, T2 二档)."""
    with db.session() as session:
        items = make_items(session, 3)
        tiers = [
            pricing.create_tier(session, admin, "t1", "一档").id,
            pricing.create_tier(session, admin, "T2", "二档").id,
        ]
    return items, tiers


def today(actor: Actor) -> dt.date:
    return pricing.business_today(actor)


def put(db: Database, actor: Actor, rows: list[tuple[str, tuple[uuid.UUID, uuid.UUID], dt.date, Decimal]]) -> None:
    with db.session() as session:
        pricing.insert_price_rows(session, actor, rows)


def price_count(db: Database) -> int:
    with db.session() as session:
        return int(session.scalar(select(func.count()).select_from(Price)) or 0)


def in_force(
    db: Database, actor: Actor, on: dt.date, book: str = "settlement"
) -> dict[tuple[uuid.UUID, uuid.UUID], Decimal]:
    with db.session() as session:
        return {k: c.amount for k, c in pricing.prices_in_force(session, actor, book=book, on=on).items()}


# --- tiers ------------------------------------------------------------------------------------


def test_tiers_are_created_in_order_renamed_and_reordered(db: Database, admin: Actor, grid: tuple) -> None:
    with db.session() as session:
        tiers = pricing.list_tiers(session, admin)
        assert [(t.code, t.name) for t in tiers] == [("T1", "一档"), ("T2", "二档")]  # code upper-cased
        pricing.create_tier(session, admin, "P", "尊享")
        renamed = pricing.rename_tier(session, admin, tiers[0].id, " 一 档 ", expected_version=tiers[0].version)
        assert renamed.name == "一 档"
        order = [t.id for t in reversed(pricing.list_tiers(session, admin))]
        assert [t.code for t in pricing.reorder_tiers(session, admin, order)] == ["P", "T2", "T1"]
    with db.session() as session:
        assert [t.code for t in pricing.list_tiers(session, admin)] == ["P", "T2", "T1"]
        actions = session.scalars(select(AuditEntry.action).where(AuditEntry.entity_type == "price_tier")).all()
    assert sorted(actions) == sorted(["price_tier.create"] * 3 + ["price_tier.rename", "price_tier.reorder"])


@pytest.mark.parametrize(("code", "name"), [("T 1", "x"), ("", "x"), ("A" * 21, "x"), ("ok", ""), ("T1", "新")])
def test_bad_or_taken_tier_codes_and_names_are_refused(
    db: Database, admin: Actor, grid: tuple, code: str, name: str
) -> None:
    with db.session() as session, pytest.raises(ValidationError) as refused:
        pricing.create_tier(session, admin, code, name)
    assert refused.value.field in {"code", "name"}


def test_tier_changes_need_the_permission(db: Database, admin: Actor, grid: tuple) -> None:
    dispatcher = Actor(admin.user_id, "d", "调度", frozenset({"dispatcher"}))
    with db.session() as session:
        assert len(pricing.list_tiers(session, dispatcher)) == 2  # reading is open to everybody
        with pytest.raises(PermissionDenied):
            pricing.create_tier(session, dispatcher, "T9", "九档")


# --- prices in force --------------------------------------------------------------------------


def test_the_price_in_force_is_the_latest_valid_from_on_or_before_the_date(
    db: Database, admin: Actor, grid: tuple
) -> None:
    (a, b, c), (t1, t2) = grid
    day = dt.date(2024, 1, 1)
    put(
        db,
        admin,
        [
            ("settlement", (a, t1), day, D("100.00")),
            ("settlement", (a, t1), dt.date(2024, 6, 1), D("110.00")),
            ("settlement", (a, t1), dt.date(2025, 1, 1), D("120.00")),
            ("settlement", (a, t2), dt.date(2024, 6, 1), D("130.00")),
            ("sales", (a, t1), day, D("999.00")),  # another book never leaks in
            ("settlement", (b, t1), dt.date(2030, 1, 1), D("50.00")),  # only in the future
        ],
    )
    assert in_force(db, admin, dt.date(2023, 12, 31)) == {}
    assert in_force(db, admin, day) == {(a, t1): D("100.00")}
    assert in_force(db, admin, dt.date(2024, 5, 31)) == {(a, t1): D("100.00")}
    assert in_force(db, admin, dt.date(2024, 6, 1)) == {(a, t1): D("110.00"), (a, t2): D("130.00")}
    assert in_force(db, admin, dt.date(2029, 12, 31)) == {(a, t1): D("120.00"), (a, t2): D("130.00")}
    with db.session() as session:
        cells = pricing.prices_in_force(session, admin, book="settlement", on=dt.date(2030, 1, 1), item_ids=[b, c])
    assert list(cells) == [(b, t1)]  # c has no price at all: missing, not 0
    assert cells[(b, t1)].valid_from == dt.date(2030, 1, 1)
    assert isinstance(cells[(b, t1)].price_id, uuid.UUID)


def test_an_unknown_book_is_refused(db: Database, admin: Actor) -> None:
    with db.session() as session, pytest.raises(ValidationError):
        pricing.prices_in_force(session, admin, book="retail", on=dt.date(2024, 1, 1))


VERSION = st.tuples(
    st.integers(0, 2),  # item
    st.integers(0, 1),  # tier
    st.sampled_from(["settlement", "sales"]),
    st.integers(0, 40),  # day offset
    st.integers(0, 100_000),  # fen
)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(versions=st.lists(VERSION, max_size=25), days=st.lists(st.integers(-2, 42), min_size=1, max_size=5))
def test_prices_in_force_match_a_brute_force_oracle(
    db: Database, admin: Actor, grid: tuple, versions: list[tuple[int, int, str, int, int]], days: list[int]
) -> None:
    items, tiers = grid
    start = dt.date(2024, 2, 27)  # crosses a leap day
    unique = {(i, t, book, d): fen for i, t, book, d, fen in versions}  # one row per (book, item, tier, date)
    with db.session() as session:
        session.execute(delete(Price))
        pricing.insert_price_rows(
            session,
            admin,
            [
                (book, (items[i], tiers[t]), start + dt.timedelta(days=d), Decimal(fen).scaleb(-2))
                for (i, t, book, d), fen in unique.items()
            ],
        )
    for offset in days:
        on = start + dt.timedelta(days=offset)
        for book in ("settlement", "sales"):
            expected: dict[tuple[uuid.UUID, uuid.UUID], Decimal] = {}
            for i in range(3):
                for t in range(2):
                    dated = [(d, fen) for (vi, vt, vb, d), fen in unique.items() if (vi, vt, vb) == (i, t, book)]
                    valid = [(d, fen) for d, fen in dated if start + dt.timedelta(days=d) <= on]
                    if valid:
                        expected[(items[i], tiers[t])] = Decimal(max(valid)[1]).scaleb(-2)
            assert in_force(db, admin, on, book) == expected


# --- saving -----------------------------------------------------------------------------------


def test_saving_adds_versions_and_never_rewrites_history(db: Database, admin: Actor, grid: tuple) -> None:
    (a, b, _c), (t1, _t2) = grid
    old_day = today(admin) - dt.timedelta(days=30)
    put(db, admin, [("settlement", (a, t1), old_day, D("100.00"))])
    with db.session() as session:
        result = pricing.save_prices(
            session, admin, book="settlement", effective=today(admin), changes={(a, t1): D("105.50"), (b, t1): D("7")}
        )
    assert (result.written, result.replaced, result.unchanged) == (2, 0, 0)
    assert in_force(db, admin, old_day) == {(a, t1): D("100.00")}  # the past is as it was
    assert in_force(db, admin, today(admin)) == {(a, t1): D("105.50"), (b, t1): D("7.00")}
    with db.session() as session:
        history = pricing.price_history(session, admin, book="settlement", item_id=a, tier_id=t1)
    assert [(v.valid_from, v.previous_amount, v.amount) for v in history] == [
        (today(admin), D("100.00"), D("105.50")),
        (old_day, None, D("100.00")),
    ]
    assert history[0].created_by == "管理员"
    with db.session() as session:
        entries = session.scalars(select(AuditEntry).where(AuditEntry.action == "prices.save")).all()
    assert len(entries) == 1
    assert entries[0].diff["after"]["count"] == 2
    assert entries[0].diff["after"]["effective"] == today(admin).isoformat()


def test_a_row_in_force_on_the_effective_date_is_never_replaced(db: Database, admin: Actor, grid: tuple) -> None:
    (a, b, _c), (t1, t2) = grid
    past = today(admin) - dt.timedelta(days=3)
    put(db, admin, [("settlement", (a, t1), past, D("10.00")), ("settlement", (b, t2), today(admin), D("20.00"))])
    before = price_count(db)
    for day, key in ((past, (a, t1)), (today(admin), (b, t2))):
        with db.session() as session, pytest.raises(PriceCellsError) as refused:
            pricing.save_prices(session, admin, book="settlement", effective=day, changes={key: D("11.00")})
        message = str(refused.value)
        assert "in force" in message
        assert ("IT-0000 / T1" if key[0] == a else "IT-0001 / T2") in message
    assert price_count(db) == before


def test_a_planned_row_on_the_effective_date_is_replaced_and_audited(db: Database, admin: Actor, grid: tuple) -> None:
    (a, _b, _c), (t1, _t2) = grid
    planned = today(admin) + dt.timedelta(days=7)
    for amount in ("50.00", "55.00"):
        with db.session() as session:
            pricing.save_prices(session, admin, book="sales", effective=planned, changes={(a, t1): D(amount)})
    assert in_force(db, admin, planned, "sales") == {(a, t1): D("55.00")}
    assert price_count(db) == 1
    with db.session() as session:
        last = session.scalars(
            select(AuditEntry).where(AuditEntry.action == "prices.save").order_by(AuditEntry.at.desc())
        ).first()
    assert last is not None
    assert last.diff["after"]["replaced"] == [{"item": "IT-0000", "tier": "T1", "amount": "50.00", "new": "55.00"}]


def test_save_validation_names_every_bad_cell_and_writes_nothing(db: Database, admin: Actor, grid: tuple) -> None:
    (a, b, c), (t1, t2) = grid
    changes = {
        (a, t1): D("12.50"),  # fine, but not written because others are bad
        (a, t2): D("-1"),
        (b, t1): D("1.005"),
        (c, t2): D("1000000000000"),
        (uuid.uuid4(), t1): D("1"),
    }
    with db.session() as session, pytest.raises(PriceCellsError) as refused:
        pricing.save_prices(session, admin, book="settlement", effective=today(admin), changes=changes)
    problems = {(p.item_code, p.tier_code) for p in refused.value.problems}
    assert len(refused.value.problems) == 4
    assert {("IT-0000", "T2"), ("IT-0001", "T1"), ("IT-0002", "T2")} <= problems
    message = str(refused.value)
    assert "negative" in message and "more than two decimals" in message and "too large" in message
    assert price_count(db) == 0


def test_saving_needs_the_permission_and_writes_nothing_without_it(db: Database, admin: Actor, grid: tuple) -> None:
    (a, _b, _c), (t1, _t2) = grid
    finance = Actor(admin.user_id, "f", "孙财务", frozenset({"finance"}))
    with db.session() as session, pytest.raises(PermissionDenied):
        pricing.save_prices(session, finance, book="settlement", effective=today(admin), changes={(a, t1): D("1")})
    assert price_count(db) == 0
    assert in_force(db, finance, today(admin)) == {}  # reading is allowed


def test_unchanged_cells_are_skipped_and_prices_in_force_cannot_be_removed(
    db: Database, admin: Actor, grid: tuple
) -> None:
    (a, b, c), (t1, _t2) = grid
    past = today(admin) - dt.timedelta(days=1)
    planned = today(admin) + dt.timedelta(days=5)
    put(db, admin, [("settlement", (a, t1), past, D("10.00")), ("settlement", (b, t1), planned, D("8.00"))])
    with db.session() as session:
        result = pricing.save_prices(
            session, admin, book="settlement", effective=planned, changes={(a, t1): D("10"), (c, t1): None}
        )
    assert (result.written, result.unchanged) == (0, 2)
    with db.session() as session, pytest.raises(PriceCellsError) as refused:
        pricing.save_prices(session, admin, book="settlement", effective=planned, changes={(a, t1): None})
    assert "cannot be removed" in str(refused.value)
    with db.session() as session:  # a planned row can be dropped again
        result = pricing.save_prices(session, admin, book="settlement", effective=planned, changes={(b, t1): None})
    assert (result.written, result.replaced) == (0, 1)
    assert in_force(db, admin, planned) == {(a, t1): D("10.00")}


def test_bulk_save_of_many_cells_in_one_transaction(db: Database, admin: Actor) -> None:
    with db.session() as session:
        items = make_items(session, 500, "BULK")
        tiers = [pricing.create_tier(session, admin, f"T{i}", f"{i}档").id for i in range(4)]
    changes = {(i, t): D(n % 900) + D("0.99") for n, (i, t) in enumerate((i, t) for i in items for t in tiers)}
    with db.session() as session:
        result = pricing.save_prices(session, admin, book="sales", effective=today(admin), changes=changes)
    assert result.written == 2000
    assert in_force(db, admin, today(admin), "sales") == changes
    with db.session() as session:
        assert session.scalar(select(func.count()).where(AuditEntry.action == "prices.save")) == 1
