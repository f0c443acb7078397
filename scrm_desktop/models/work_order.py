"""Work orders (工单): lines with both prices, the crew that shares the earnings, adjustments,
and the earning entries written when a work order is completed.

While a work order is open its earnings are a live preview computed by the price resolver.
Completing it freezes tier, rule, unit prices and amounts on every line and writes one
``EarningEntry`` per line (and adjustment) and crew member: the figures installers see and
statements settle. Later price or rule edits never touch either.
"""

from __future__ import annotations

import datetime as dt
import uuid
from decimal import Decimal

from sqlalchemy import Boolean, CheckConstraint, Date, ForeignKey, Index, Integer, String, UniqueConstraint, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from scrm_desktop.models.base import Base, IdMixin, TimestampMixin, VersionedMixin
from scrm_desktop.models.types import Money, Percent, Quantity, UTCDateTime

WORK_ORDER_STATUSES = ("draft", "assigned", "in_progress", "completed", "cancelled")
ADJUSTMENT_KINDS = ("bonus", "deduction", "correction", "other")
ENTRY_SOURCES = ("line", "adjustment", "correction")


class DocumentSequence(Base):
    """The last number handed out for one prefix (``WO-GZ-202611``); bumped inside the
    transaction that creates the document, so numbers are gap-free per branch and month."""

    __tablename__ = "document_sequences"

    prefix: Mapped[str] = mapped_column(String(40), primary_key=True)
    last_value: Mapped[int] = mapped_column(Integer, default=0)


class WorkOrder(IdMixin, VersionedMixin, Base):
    __tablename__ = "work_orders"
    __table_args__ = (
        CheckConstraint("status IN ('draft', 'assigned', 'in_progress', 'completed', 'cancelled')", name="status"),
        Index("ix_work_orders_status", "status"),
        Index("ix_work_orders_region", "region_code"),
        Index("ix_work_orders_provider", "provider_id"),
        Index("ix_work_orders_customer", "customer_id"),
        Index("ix_work_orders_planned", "planned_date"),
        Index("ix_work_orders_completed", "completed_on"),
    )

    # WO-<branch>-<yyyymm>-<seq>: the branch prefix keeps offline branches from colliding.
    number: Mapped[str] = mapped_column(String(40), unique=True)
    branch_code: Mapped[str] = mapped_column(String(16))
    status: Mapped[str] = mapped_column(String(12), default="draft")
    customer_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("customers.id"))
    address: Mapped[str] = mapped_column(String(300), default="")
    province_code: Mapped[str | None] = mapped_column(ForeignKey("regions.code"), nullable=True)
    city_code: Mapped[str | None] = mapped_column(ForeignKey("regions.code"), nullable=True)
    district_code: Mapped[str | None] = mapped_column(ForeignKey("regions.code"), nullable=True)
    # The most specific of the three: what tier rules match against.
    region_code: Mapped[str | None] = mapped_column(ForeignKey("regions.code"), nullable=True)
    # True when the user chose the region instead of taking the one parsed from the address.
    region_overridden: Mapped[bool] = mapped_column(Boolean, default=False)
    provider_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, ForeignKey("providers.id"), nullable=True)
    # The provider's type when the work order was last priced; frozen with the lines.
    provider_type: Mapped[str | None] = mapped_column(String(50), nullable=True)
    scenario: Mapped[str | None] = mapped_column(String(50), nullable=True)
    # Overrides every line item's own complexity when set.
    complexity: Mapped[int | None] = mapped_column(Integer, nullable=True)
    package_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, ForeignKey("service_packages.id"), nullable=True)
    planned_date: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    started_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    # The business date the work was done: prices in force on it, and the earnings period.
    completed_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    completed_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime, nullable=True)
    completed_by_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, ForeignKey("users.id"), nullable=True)
    reopen_count: Mapped[int] = mapped_column(Integer, default=0)
    cancel_reason: Mapped[str] = mapped_column(String(200), default="")
    notes: Mapped[str] = mapped_column(String(1000), default="")
    created_by_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, ForeignKey("users.id"), nullable=True)


class WorkOrderCrew(IdMixin, Base):
    """An installer on the job and their share of its earnings in percent (shares sum to 100)."""

    __tablename__ = "work_order_crew"
    __table_args__ = (
        UniqueConstraint("work_order_id", "installer_id"),
        Index("ix_work_order_crew_installer", "installer_id"),
        # No CHECK on share_pct: SQLite stores it scaled (like Money); the service validates it.
    )

    work_order_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("work_orders.id", ondelete="CASCADE"))
    installer_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("installers.id"))
    share_pct: Mapped[Decimal] = mapped_column(Percent)
    position: Mapped[int] = mapped_column(Integer, default=0)


class WorkOrderLine(IdMixin, Base):
    """A service item or part with a quantity; the price columns are set when the work order is
    completed (frozen) and stay as they were when it is reopened, until it is completed again."""

    __tablename__ = "work_order_lines"
    __table_args__ = (Index("ix_work_order_lines_work_order", "work_order_id", "position"),)

    work_order_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("work_orders.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer, default=0)
    item_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("catalog_items.id"))
    # The package this line was expanded from, if any.
    package_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, ForeignKey("service_packages.id"), nullable=True)
    quantity: Mapped[Decimal] = mapped_column(Quantity)
    note: Mapped[str] = mapped_column(String(200), default="")
    frozen_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime, nullable=True)
    # Rules may be edited or deleted later: the id is kept without a foreign key, with the name.
    settlement_tier_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, ForeignKey("price_tiers.id"), nullable=True)
    settlement_rule_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, nullable=True)
    settlement_rule_name: Mapped[str] = mapped_column(String(100), default="")
    settlement_unit_price: Mapped[Decimal | None] = mapped_column(Money, nullable=True)
    settlement_amount: Mapped[Decimal | None] = mapped_column(Money, nullable=True)
    sales_tier_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, ForeignKey("price_tiers.id"), nullable=True)
    sales_rule_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, nullable=True)
    sales_rule_name: Mapped[str] = mapped_column(String(100), default="")
    sales_unit_price: Mapped[Decimal | None] = mapped_column(Money, nullable=True)
    sales_amount: Mapped[Decimal | None] = mapped_column(Money, nullable=True)


class WorkOrderAdjustment(IdMixin, TimestampMixin, Base):
    """A signed amount with a reason (奖励 +, 扣款 −); for one crew member, or split by shares."""

    __tablename__ = "work_order_adjustments"
    __table_args__ = (
        Index("ix_work_order_adjustments_work_order", "work_order_id"),
        CheckConstraint("kind IN ('bonus', 'deduction', 'correction', 'other')", name="kind"),
    )

    work_order_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("work_orders.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer, default=0)
    kind: Mapped[str] = mapped_column(String(12))
    amount: Mapped[Decimal] = mapped_column(Money)
    reason: Mapped[str] = mapped_column(String(200))
    # None: split over the crew by shares.
    installer_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, ForeignKey("installers.id"), nullable=True)
    created_by_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, ForeignKey("users.id"), nullable=True)


class EarningEntry(IdMixin, Base):
    """What one installer earned from one line, adjustment or correction of a completed work order.

    Written at completion, never edited. Reopening deletes the entries no statement has settled
    yet; settled ones stay, and the next completion adds a correction for the difference.
    ``statement_id`` is the issued statement that settled it (``StatementEntry`` holds the claim
    that makes this unique; voiding clears both).
    """

    __tablename__ = "earning_entries"
    __table_args__ = (
        Index("ix_earning_entries_period", "earned_on", "installer_id"),
        Index("ix_earning_entries_installer", "installer_id", "earned_on"),
        Index("ix_earning_entries_work_order", "work_order_id"),
        Index("ix_earning_entries_statement", "statement_id"),
        CheckConstraint("source IN ('line', 'adjustment', 'correction')", name="source"),
    )

    work_order_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("work_orders.id"))
    installer_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("installers.id"))
    provider_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, ForeignKey("providers.id"), nullable=True)
    source: Mapped[str] = mapped_column(String(12))
    line_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("work_order_lines.id", ondelete="SET NULL"), nullable=True
    )
    adjustment_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("work_order_adjustments.id", ondelete="SET NULL"), nullable=True
    )
    share_pct: Mapped[Decimal] = mapped_column(Percent)
    # The whole line's (or adjustment's) amount, and this installer's part of it.
    base_amount: Mapped[Decimal] = mapped_column(Money)
    amount: Mapped[Decimal] = mapped_column(Money)
    earned_on: Mapped[dt.date] = mapped_column(Date)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    statement_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, ForeignKey("statements.id"), nullable=True)
