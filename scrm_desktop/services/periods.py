"""Business periods: a calendar month written ``YYYY-MM`` (settlement, earnings, impact previews)."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from scrm_desktop.services.errors import QT_TRANSLATE_NOOP, ValidationError

MONTH_RE = re.compile(r"(\d{4})-(\d{2})")


@dataclass(frozen=True, slots=True)
class Period:
    """The business dates ``first`` to ``last`` (both included); ``label`` as the user wrote it."""

    first: dt.date
    last: dt.date
    label: str = ""

    @classmethod
    def month(cls, year: int, month: int) -> Period:
        first = dt.date(year, month, 1)
        following = dt.date(year + month // 12, month % 12 + 1, 1)
        return cls(first, following - dt.timedelta(days=1), f"{year:04d}-{month:02d}")

    def __contains__(self, day: object) -> bool:
        return isinstance(day, dt.date) and self.first <= day <= self.last


def parse_period(text: str) -> Period:
    """A month written ``YYYY-MM`` (``2026-10``); ``ValidationError`` naming the text otherwise."""
    found = MONTH_RE.fullmatch(text.strip())
    if found is not None and int(found[1]) >= 1 and 1 <= int(found[2]) <= 12:
        return Period.month(int(found[1]), int(found[2]))
    raise ValidationError(
        QT_TRANSLATE_NOOP("ScrmError", "“{text}” is not a month: write it as YYYY-MM, for example 2026-10."),
        field="period",
        text=text,
    )


def last_month(today: dt.date) -> Period:
    """The calendar month before ``today``'s (the preview's default period)."""
    previous = today.replace(day=1) - dt.timedelta(days=1)
    return Period.month(previous.year, previous.month)
