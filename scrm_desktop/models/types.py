"""Column types shared by every model: money, quantities and UTC timestamps."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from sqlalchemy import BigInteger, DateTime, Numeric
from sqlalchemy.engine import Dialect
from sqlalchemy.types import TypeDecorator, TypeEngine

CENT = Decimal("0.01")
MAX_MONEY = Decimal("999999999999.99")  # NUMERIC(14, 2), enforced on SQLite too


class Money(TypeDecorator[Decimal]):
    """An amount in yuan with exactly two decimals.

    PostgreSQL stores ``NUMERIC(14, 2)``. SQLite has no decimal type and would go through
    binary floating point, so there the value is stored losslessly as integer fen (cents);
    ``SUM()`` over the column is still exact and comes back as a Decimal.
    """

    impl = Numeric(14, 2)
    cache_ok = True

    def load_dialect_impl(self, dialect: Dialect) -> TypeEngine[Any]:
        if dialect.name == "sqlite":
            return dialect.type_descriptor(BigInteger())
        return dialect.type_descriptor(Numeric(14, 2, asdecimal=True))

    def process_bind_param(self, value: Decimal | None, dialect: Dialect) -> Any:
        if value is None:
            return None
        if not isinstance(value, Decimal):
            raise TypeError(f"money must be a Decimal, not {type(value).__name__}")
        if abs(value) > MAX_MONEY:
            raise ValueError(f"money does not fit NUMERIC(14, 2): {value}")
        if value != value.quantize(CENT):
            raise ValueError(f"money must be rounded to 0.01 before it is stored: {value}")
        if dialect.name == "sqlite":
            return int(value.scaleb(2))
        return value

    def process_result_value(self, value: Any, dialect: Dialect) -> Decimal | None:
        if value is None:
            return None
        if dialect.name == "sqlite":
            return (Decimal(int(value)).scaleb(-2)).quantize(CENT)
        return Decimal(value).quantize(CENT)


class Percent(Money):
    """A percentage with two decimals (a crew member's share: 33.33); stored like money."""

    cache_ok = True


THOUSANDTH = Decimal("0.001")
MAX_QUANTITY = Decimal("999999999.999")  # NUMERIC(12, 3)


class Quantity(TypeDecorator[Decimal]):
    """A quantity with up to three decimals (2.5 米, 3 个).

    PostgreSQL stores ``NUMERIC(12, 3)``; SQLite stores integer thousandths, for the same
    reason ``Money`` stores fen there.
    """

    impl = Numeric(12, 3)
    cache_ok = True

    def load_dialect_impl(self, dialect: Dialect) -> TypeEngine[Any]:
        if dialect.name == "sqlite":
            return dialect.type_descriptor(BigInteger())
        return dialect.type_descriptor(Numeric(12, 3, asdecimal=True))

    def process_bind_param(self, value: Decimal | None, dialect: Dialect) -> Any:
        if value is None:
            return None
        if not isinstance(value, Decimal):
            raise TypeError(f"quantity must be a Decimal, not {type(value).__name__}")
        if abs(value) > MAX_QUANTITY:
            raise ValueError(f"quantity does not fit NUMERIC(12, 3): {value}")
        if value != value.quantize(THOUSANDTH):
            raise ValueError(f"quantity has more than three decimals: {value}")
        if dialect.name == "sqlite":
            return int(value.scaleb(3))
        return value

    def process_result_value(self, value: Any, dialect: Dialect) -> Decimal | None:
        if value is None:
            return None
        if dialect.name == "sqlite":
            return (Decimal(int(value)).scaleb(-3)).quantize(THOUSANDTH)
        return Decimal(value).quantize(THOUSANDTH)


class UTCDateTime(TypeDecorator[dt.datetime]):
    """A timezone-aware UTC timestamp on every database.

    PostgreSQL keeps ``timestamptz``; SQLite keeps naive UTC text. Naive datetimes are refused
    on the way in so local wall-clock times can never be stored by mistake.
    """

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: dt.datetime | None, dialect: Dialect) -> Any:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("timestamps must be timezone-aware")
        value = value.astimezone(dt.UTC)
        if dialect.name == "sqlite":
            return value.replace(tzinfo=None)
        return value

    def process_result_value(self, value: Any, dialect: Dialect) -> dt.datetime | None:
        if value is None:
            return None
        stamp: dt.datetime = value
        if stamp.tzinfo is None:
            return stamp.replace(tzinfo=dt.UTC)
        return stamp.astimezone(dt.UTC)


def utcnow() -> dt.datetime:
    """The current time as an aware UTC datetime."""
    return dt.datetime.now(dt.UTC)
