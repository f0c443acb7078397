"""Money: half-up rounding, largest-remainder splits, parsing user input, and the Money column."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from decimal import Decimal
from fractions import Fraction

import pytest
import sqlalchemy.exc
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import Column, Integer, MetaData, Table, func, insert, select

from scrm_desktop.db import Database
from scrm_desktop.models.types import Money
from scrm_desktop.services.errors import ValidationError
from scrm_desktop.services.money import MAX_AMOUNT, line_amount, parse_money, round_money, split, total

CENT = Decimal("0.01")

amounts = st.decimals(min_value=-MAX_AMOUNT, max_value=MAX_AMOUNT, places=2, allow_nan=False, allow_infinity=False)
weights = st.lists(
    st.one_of(st.integers(0, 1000).map(Decimal), st.decimals(0, 100, places=3, allow_nan=False)),
    min_size=1,
    max_size=20,
).filter(lambda ws: any(w > 0 for w in ws))


def half_up_fen(value: Fraction) -> Decimal:
    """Round an exact rational to the fen, halves away from zero, without Decimal's own rounding."""
    fen = abs(value) * 100
    whole = int(fen)
    if fen - whole >= Fraction(1, 2):
        whole += 1
    return Decimal(whole if value >= 0 else -whole).scaleb(-2)


# --- rounding ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("0.005", "0.01"),
        ("0.015", "0.02"),
        ("0.025", "0.03"),  # banker's rounding would give 0.02
        ("-0.005", "-0.01"),
        ("2.675", "2.68"),  # as a float, 2.675 is 2.67499999...
        ("0.004999", "0.00"),
        ("1.994", "1.99"),
        ("-1.995", "-2.00"),
        ("12", "12.00"),
    ],
)
def test_round_money_is_half_up(value: str, expected: str) -> None:
    rounded = round_money(Decimal(value))
    assert rounded == Decimal(expected)
    assert str(rounded) == expected  # always exactly two decimals


@given(
    unit=st.decimals(min_value=-100_000, max_value=100_000, places=2, allow_nan=False, allow_infinity=False),
    quantity=st.decimals(min_value=0, max_value=10_000, places=3, allow_nan=False, allow_infinity=False),
)
def test_line_amount_is_unit_times_quantity_rounded_half_up(unit: Decimal, quantity: Decimal) -> None:
    amount = line_amount(unit, quantity)
    assert amount == half_up_fen(Fraction(unit) * Fraction(quantity))
    assert amount.as_tuple().exponent == -2


def test_total_is_the_exact_sum_of_rounded_lines() -> None:
    lines = [line_amount(Decimal("0.10"), Decimal("1.005")) for _ in range(3)]  # 0.1005 -> 0.10 each
    assert total(lines) == Decimal("0.30")  # not round(0.3015) computed on the unrounded lines
    assert total([]) == Decimal("0.00")


# --- splits -------------------------------------------------------------------------------------


@given(amount=amounts, ws=weights)
def test_split_parts_add_up_and_stay_within_a_fen_of_their_share(amount: Decimal, ws: list[Decimal]) -> None:
    parts = split(amount, ws)

    assert len(parts) == len(ws)
    assert sum(parts, Decimal("0.00")) == amount
    weight_sum = sum((Fraction(w) for w in ws), Fraction(0))
    for part, w in zip(parts, ws, strict=True):
        assert part.as_tuple().exponent == -2
        exact_share = Fraction(amount) * Fraction(w) / weight_sum
        assert abs(Fraction(part) - exact_share) < Fraction(1, 100)
        if w == 0:
            assert part == 0
    assert split(amount, ws) == parts  # deterministic
    assert split(-amount, ws) == [-p for p in parts]  # deductions split like earnings


@pytest.mark.parametrize(
    ("amount", "ws", "expected"),
    [
        ("100.00", [1, 1, 1], ["33.34", "33.33", "33.33"]),  # the spare fen goes to the first on a tie
        ("-100.00", [1, 1, 1], ["-33.34", "-33.33", "-33.33"]),
        ("0.01", [1, 1], ["0.01", "0.00"]),
        ("10.00", [0, 1, 0], ["0.00", "10.00", "0.00"]),
        ("1.00", [1, 2], ["0.33", "0.67"]),  # the largest remainder wins, not the first part
        ("0.05", ["0.6", "0.4"], ["0.03", "0.02"]),
    ],
)
def test_split_examples(amount: str, ws: list[int | str], expected: list[str]) -> None:
    assert split(Decimal(amount), [Decimal(w) for w in ws]) == [Decimal(e) for e in expected]


@pytest.mark.parametrize(("amount", "expected"), [("0.005", "0.01"), ("0.025", "0.03"), ("-0.025", "-0.03")])
def test_split_rounds_an_unrounded_amount_half_up_first(amount: str, expected: str) -> None:
    assert split(Decimal(amount), [Decimal(1)]) == [Decimal(expected)]


@pytest.mark.parametrize("ws", [[], [Decimal(0), Decimal(0)], [Decimal(1), Decimal(-1)]])
def test_split_refuses_impossible_weights(ws: list[Decimal]) -> None:
    with pytest.raises(ValueError, match="weight"):
        split(Decimal("10.00"), ws)


# --- parsing user input ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1,234.50", "1234.50"),
        ("￥12", "12.00"),
        ("¥ 12.5", "12.50"),
        (" -7.25 ", "-7.25"),
        ("1，000", "1000.00"),  # full-width comma from a Chinese keyboard
        (12, "12.00"),
        (-3, "-3.00"),
        (Decimal("4.1"), "4.10"),
        ("999999999999.99", "999999999999.99"),
    ],
)
def test_parse_money_accepts(text: str | int | Decimal, expected: str) -> None:
    parsed = parse_money(text)
    assert parsed == Decimal(expected)
    assert str(parsed) == expected


@pytest.mark.parametrize("value", [1.5, 0.1, True])
def test_parse_money_refuses_floats(value: float) -> None:
    with pytest.raises(TypeError):
        parse_money(value)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "text",
    [
        "1.234",
        "0.001",
        "abc",
        "",
        "1.2.3",
        "NaN",
        "nan",
        "Infinity",
        "-Infinity",
        "sNaN",
        "1000000000000",
        "-1000000000000.00",
        Decimal("1.005"),
        Decimal("NaN"),
        10**13,
    ],
)
def test_parse_money_refuses_bad_input_naming_the_field_and_row(text: str | int | Decimal) -> None:
    with pytest.raises(ValidationError) as excinfo:
        parse_money(text, field="unit_price", row=7)
    assert (excinfo.value.field, excinfo.value.row) == ("unit_price", 7)


@given(amounts)
def test_parse_money_reads_what_it_would_display(amount: Decimal) -> None:
    assert parse_money(f"{amount:,}") == amount
    assert parse_money(str(amount)) == amount


# --- the Money column type -------------------------------------------------------------------------


@pytest.fixture
def ledger(db: Database) -> Iterator[Table]:
    """A throwaway table with a Money column, created beside the real schema and dropped after."""
    table = Table(
        f"money_probe_{uuid.uuid4().hex[:8]}",
        MetaData(),
        Column("id", Integer, primary_key=True),
        Column("amount", Money, nullable=True),
    )
    table.create(db.engine)
    try:
        yield table
    finally:
        table.drop(db.engine)


EDGE_AMOUNTS = [
    "0.00",
    "0.01",
    "-0.01",
    "0.10",
    "0.07",
    "1.00",
    "-2.50",
    "12345.67",
    "70368744177.67",
    "999999999999.99",
    "-999999999999.99",  # NUMERIC(14, 2) at both ends; a double has only ~15.9 digits
]


def test_money_column_round_trips_exactly(db: Database, ledger: Table) -> None:
    values: list[Decimal | None] = [Decimal(v) for v in EDGE_AMOUNTS]
    values.append(None)
    with db.engine.begin() as conn:
        conn.execute(insert(ledger), [{"id": i, "amount": v} for i, v in enumerate(values)])
    with db.engine.connect() as conn:
        back = list(conn.scalars(select(ledger.c.amount).order_by(ledger.c.id)))
    assert back == values
    assert [str(v) for v in back[:-1]] == [str(v) for v in values[:-1]]  # two decimals, as typed
    assert all(isinstance(v, Decimal) for v in back[:-1])


@pytest.mark.parametrize(
    ("value", "cause"),
    [
        (1.5, TypeError),
        (2, TypeError),
        ("3.00", TypeError),
        (Decimal("1.005"), ValueError),
        (Decimal("0.001"), ValueError),
    ],
)
def test_money_column_refuses_floats_and_unrounded_values(
    db: Database, ledger: Table, value: object, cause: type[Exception]
) -> None:
    with pytest.raises(sqlalchemy.exc.StatementError) as excinfo, db.engine.begin() as conn:
        conn.execute(insert(ledger), {"id": 1, "amount": value})
    assert isinstance(excinfo.value.orig, cause)
    with db.engine.connect() as conn:
        assert conn.scalar(select(func.count()).select_from(ledger)) == 0


def test_sum_over_the_money_column_is_exact(db: Database, ledger: Table) -> None:
    values = [Decimal("0.10")] * 10 + [Decimal("0.20")] * 10 + [Decimal("99999999999.99")] * 9
    values += [Decimal("0.01"), Decimal("-0.03")] * 7
    with db.engine.begin() as conn:
        conn.execute(insert(ledger), [{"id": i, "amount": v} for i, v in enumerate(values)])
    with db.engine.connect() as conn:
        summed = conn.scalar(select(func.sum(ledger.c.amount)))
    assert sum(float(v) for v in values) != float(sum(values))  # floats would get this wrong
    assert isinstance(summed, Decimal)
    assert summed == sum(values) == Decimal("900000000002.77")
