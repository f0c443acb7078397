"""Money arithmetic: Decimal only, half-up per line, largest-remainder splits."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from decimal import ROUND_DOWN, ROUND_HALF_UP, Decimal, InvalidOperation

from scrm_desktop.models.types import MAX_MONEY, MAX_QUANTITY, THOUSANDTH
from scrm_desktop.services.errors import QT_TRANSLATE_NOOP, ValidationError

CENT = Decimal("0.01")
ZERO = Decimal("0.00")
MAX_AMOUNT = MAX_MONEY


def round_money(value: Decimal) -> Decimal:
    """Round to the fen, half up (0.005 → 0.01, -0.005 → -0.01)."""
    return value.quantize(CENT, rounding=ROUND_HALF_UP)


def parse_money(text: str | int | Decimal, *, field: str = "amount", row: int | None = None) -> Decimal:
    """Parse user input as an amount with at most two decimals; refuse anything else.

    Accepts thousands separators and a leading ¥/￥. Floats are refused: they are not money.
    """
    if isinstance(text, bool | float):
        raise TypeError("money is never a float")
    if isinstance(text, int):
        value = Decimal(text)
    elif isinstance(text, Decimal):
        value = text
    else:
        cleaned = text.strip().replace(",", "").replace("，", "").lstrip("¥￥").strip()
        try:
            value = Decimal(cleaned)
        except InvalidOperation:
            raise ValidationError(
                QT_TRANSLATE_NOOP("ScrmError", "“{text}” is not an amount."), field=field, row=row, text=text
            ) from None
    if not value.is_finite():
        raise ValidationError(
            QT_TRANSLATE_NOOP("ScrmError", "“{text}” is not an amount."), field=field, row=row, text=text
        )
    if abs(value) > MAX_AMOUNT:
        raise ValidationError(
            QT_TRANSLATE_NOOP("ScrmError", "{text} is too large an amount."), field=field, row=row, text=text
        )
    if value != value.quantize(CENT, rounding=ROUND_DOWN):
        raise ValidationError(
            QT_TRANSLATE_NOOP("ScrmError", "{text} has more than two decimals."),
            field=field,
            row=row,
            text=text,
        )
    return value.quantize(CENT)


def parse_quantity(text: str | int | Decimal, *, field: str = "quantity", row: int | None = None) -> Decimal:
    """Parse user input as a quantity: greater than zero, at most three decimals (2.5 米, 0.125 吨).

    Accepts thousands separators. Floats are refused, like for money. The result carries exactly
    three decimals (``Decimal("2.500")``), the scale the ``Quantity`` column stores.
    """
    if isinstance(text, bool | float):
        raise TypeError("a quantity is never a float")
    if isinstance(text, int):
        value = Decimal(text)
    elif isinstance(text, Decimal):
        value = text
    else:
        cleaned = text.strip().replace(",", "").replace("，", "")
        try:
            value = Decimal(cleaned)
        except InvalidOperation:
            raise ValidationError(
                QT_TRANSLATE_NOOP("ScrmError", "“{text}” is not a quantity."), field=field, row=row, text=text
            ) from None
    if not value.is_finite():
        raise ValidationError(
            QT_TRANSLATE_NOOP("ScrmError", "“{text}” is not a quantity."), field=field, row=row, text=text
        )
    if value <= 0:
        raise ValidationError(
            QT_TRANSLATE_NOOP("ScrmError", "The quantity must be greater than zero, not {text}."),
            field=field,
            row=row,
            text=text,
        )
    if value > MAX_QUANTITY:
        raise ValidationError(
            QT_TRANSLATE_NOOP("ScrmError", "{text} is too large a quantity."), field=field, row=row, text=text
        )
    if value != value.quantize(THOUSANDTH, rounding=ROUND_DOWN):
        raise ValidationError(
            QT_TRANSLATE_NOOP("ScrmError", "The quantity {text} has more than three decimals."),
            field=field,
            row=row,
            text=text,
        )
    return value.quantize(THOUSANDTH)


def format_quantity(value: Decimal) -> str:
    """A quantity as people write it: ``3``, ``2.5``, ``0.125`` (no trailing zeros, no exponent)."""
    text = f"{value:f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text


def line_amount(unit_price: Decimal, quantity: Decimal) -> Decimal:
    """A line's amount: unit price x quantity, rounded half-up to the fen."""
    return round_money(unit_price * quantity)


def total(amounts: Iterable[Decimal]) -> Decimal:
    """Sum of already-rounded line amounts (never re-rounded)."""
    return sum(amounts, ZERO)


def split(amount: Decimal, weights: Sequence[Decimal]) -> list[Decimal]:
    """Split ``amount`` by ``weights`` so the parts add up to it exactly.

    Largest-remainder (Hamilton) rounding: every part is first rounded toward zero to the fen,
    then the fen left over go one each to the parts with the largest remainders (ties to the
    earlier part). Works for negative amounts (deductions) symmetrically.
    """
    if not weights:
        raise ValueError("split needs at least one weight")
    if any(w < 0 for w in weights):
        raise ValueError("weights must not be negative")
    weight_sum = sum(weights, Decimal(0))
    if weight_sum == 0:
        raise ValueError("weights must not all be zero")
    amount = round_money(amount)  # half-up like every other amount, not the context's half-even
    sign = -1 if amount < 0 else 1
    cents = abs(int(amount.scaleb(2)))
    exact = [Decimal(cents) * w / weight_sum for w in weights]
    floors = [int(e) for e in exact]
    left = cents - sum(floors)
    order = sorted(range(len(weights)), key=lambda i: (-(exact[i] - floors[i]), i))
    for i in order[:left]:
        floors[i] += 1
    return [(Decimal(sign * f).scaleb(-2)).quantize(CENT) for f in floors]
