"""Price tiers (档位), effective-dated prices per book, and the tier rules that choose a tier.

Two books: ``settlement`` (内部结算价, what installers earn) and ``sales`` (customer price). A
price row is one version: the price in force on a date is the row with the latest
``valid_from`` on or before it. Saving never rewrites a past price; it adds a row.
"""

from __future__ import annotations

import datetime as dt
import uuid
from decimal import Decimal

from sqlalchemy import CheckConstraint, Date, ForeignKey, Index, Integer, String, UniqueConstraint, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from scrm_desktop.models.base import Base, IdMixin, TimestampMixin, VersionedMixin
from scrm_desktop.models.scoping import ScopeMixin
from scrm_desktop.models.types import Money

BOOKS = ("settlement", "sales")


class PriceTier(IdMixin, VersionedMixin, Base):
    __tablename__ = "price_tiers"

    # Column header in the price XLSX and the value in `scrm prices resolve` output, e.g. "T1".
    code: Mapped[str] = mapped_column(String(20), unique=True)
    name: Mapped[str] = mapped_column(String(50), unique=True)
    sort_order: Mapped[int] = mapped_column(Integer, default=0)


class Price(IdMixin, TimestampMixin, Base):
    """One version of one price; rows are only ever added."""

    __tablename__ = "prices"
    __table_args__ = (
        UniqueConstraint("book", "item_id", "tier_id", "valid_from"),
        CheckConstraint("book IN ('settlement', 'sales')", name="book"),
        CheckConstraint("amount >= 0", name="amount_not_negative"),
        Index("ix_prices_lookup", "book", "item_id", "tier_id", "valid_from"),
    )

    book: Mapped[str] = mapped_column(String(12))
    item_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("catalog_items.id"))
    tier_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("price_tiers.id"))
    valid_from: Mapped[dt.date] = mapped_column(Date)
    amount: Mapped[Decimal] = mapped_column(Money)
    created_by_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, ForeignKey("users.id"), nullable=True)


class TierRule(IdMixin, VersionedMixin, ScopeMixin, Base):
    """A scoped rule whose outcome is a price tier, for one book."""

    __tablename__ = "tier_rules"

    book: Mapped[str] = mapped_column(String(12))
    tier_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("price_tiers.id"))
