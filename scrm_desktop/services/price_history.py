"""Every price version of a book in memory: "the price in force on day d" by bisection.

``prices_in_force`` answers for one date with one query; work that spans many dates (completing a
month of work orders, recomputing a period for an impact preview) reads the versions once with
``PriceHistory.load`` and answers each (item, tier, date) from memory.
"""

from __future__ import annotations

import bisect
import datetime as dt
import uuid
from collections.abc import Collection, Iterable, Mapping, Sequence
from decimal import Decimal
from typing import Any, cast

from sqlalchemy import select, type_coerce
from sqlalchemy.orm import Session
from sqlalchemy.types import NullType

from scrm_desktop.models import Price
from scrm_desktop.models.types import Money
from scrm_desktop.services.memory import collector_paused
from scrm_desktop.services.pricing import CellKey, check_book

IN_CHUNK = 2000  # ids per IN (...) list
Versions = tuple[list[int], list[Decimal]]  # effective dates (ordinals, ascending) and amounts
NO_VERSIONS: Versions = ([], [])


def _chunks(values: Sequence[Any], size: int) -> Iterable[Sequence[Any]]:
    for start in range(0, len(values), size):
        yield values[start : start + size]


def _uuid(value: Any) -> uuid.UUID:
    return value if isinstance(value, uuid.UUID) else uuid.UUID(str(value))


def _date(value: Any) -> dt.date:
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value))


class PriceHistory:
    """The price versions of one book (optionally only some items), by (item, tier)."""

    __slots__ = ("book", "cells")

    def __init__(self, book: str, cells: dict[CellKey, Versions]) -> None:
        self.book = book
        self.cells = cells

    @classmethod
    def load(cls, session: Session, book: str, item_ids: Collection[uuid.UUID] | None = None) -> PriceHistory:
        """One read (per chunk of ``item_ids``; None: the whole book), in effective-date order.

        Raw driver values are converted through caches: amounts, dates, items and tiers repeat.
        """
        book = check_book(book)
        conn = session.connection()
        dialect = conn.dialect
        money = Money()
        base = select(
            type_coerce(Price.item_id, NullType),
            type_coerce(Price.tier_id, NullType),
            type_coerce(Price.valid_from, NullType),
            type_coerce(Price.amount, NullType),
        ).where(Price.book == book)
        if item_ids is None:
            statements = [base.order_by(Price.valid_from)]
        else:
            statements = [
                base.where(Price.item_id.in_(batch)).order_by(Price.valid_from)
                for batch in _chunks(sorted(set(item_ids)), IN_CHUNK)
            ]
        ids: dict[Any, uuid.UUID] = {}
        amounts: dict[Any, Decimal] = {}
        days: dict[Any, int] = {}
        cells: dict[CellKey, Versions] = {}
        with collector_paused():
            for stmt in statements:
                for item_raw, tier_raw, day_raw, amount_raw in conn.execute(stmt):
                    item_id = ids.get(item_raw)
                    if item_id is None:
                        item_id = ids[item_raw] = _uuid(item_raw)
                    tier_id = ids.get(tier_raw)
                    if tier_id is None:
                        tier_id = ids[tier_raw] = _uuid(tier_raw)
                    amount = amounts.get(amount_raw)
                    if amount is None:
                        amount = amounts[amount_raw] = cast(Decimal, money.process_result_value(amount_raw, dialect))
                    ordinal = days.get(day_raw)
                    if ordinal is None:
                        ordinal = days[day_raw] = _date(day_raw).toordinal()
                    versions = cells.get((item_id, tier_id))
                    if versions is None:
                        versions = cells[(item_id, tier_id)] = ([], [])
                    versions[0].append(ordinal)
                    versions[1].append(amount)
        return cls(book, cells)

    def price(self, key: CellKey, on: dt.date | int) -> Decimal | None:
        """The amount in force on ``on`` (a date or its ordinal); None when there is none."""
        days, amounts = self.cells.get(key, NO_VERSIONS)
        at = bisect.bisect_right(days, on if isinstance(on, int) else on.toordinal())
        return amounts[at - 1] if at else None

    def overlaid(
        self, overlay: Mapping[CellKey, Sequence[tuple[dt.date, Decimal | None]]], *, as_dated: bool
    ) -> PriceHistory:
        """The history with planned versions saved.

        ``as_dated``: each planned version takes effect on its date (None drops the version of that
        date). Otherwise the planned amounts count as in force all along ("as if it had always
        been so"), the latest planned one winning.
        """
        cells = dict(self.cells)
        for key, planned in overlay.items():
            days, amounts = self.cells.get(key, NO_VERSIONS)
            versions = dict(zip(days, amounts, strict=True))
            for day, amount in planned:
                if amount is None:
                    versions.pop(day.toordinal(), None)
                else:
                    versions[day.toordinal()] = amount
            ordered = sorted(versions.items())
            if as_dated:
                cells[key] = ([d for d, _ in ordered], [a for _, a in ordered])
                continue
            latest = max(day for day, _amount in planned).toordinal()
            in_force = [a for d, a in ordered if d <= latest]
            cells[key] = ([0], [in_force[-1]]) if in_force else NO_VERSIONS
        return PriceHistory(self.book, cells)
