"""Customers with a service address placed in a region, and the rules that choose their owner."""

from __future__ import annotations

import uuid

from sqlalchemy import JSON, ForeignKey, Index, String, Uuid, text
from sqlalchemy.orm import Mapped, mapped_column

from scrm_desktop.models.base import Base, IdMixin, VersionedMixin
from scrm_desktop.models.scoping import ScopeMixin


class Customer(IdMixin, VersionedMixin, Base):
    __tablename__ = "customers"
    __table_args__ = (
        Index("ix_customers_region", "region_code"),
        # One customer per phone number, also when two users save at the same moment (the
        # service checks first to name the existing customer; this catches the race).
        Index(
            "uq_customers_phone_digits",
            "phone_digits",
            unique=True,
            sqlite_where=text("phone_digits <> ''"),
            postgresql_where=text("phone_digits <> ''"),
        ),
    )

    name: Mapped[str] = mapped_column(String(100))
    # As entered (for display) and as digits only (for duplicate detection and search).
    phone: Mapped[str] = mapped_column(String(40), default="")
    phone_digits: Mapped[str] = mapped_column(String(20), default="")
    address: Mapped[str] = mapped_column(String(300), default="")
    province_code: Mapped[str | None] = mapped_column(ForeignKey("regions.code"), nullable=True)
    city_code: Mapped[str | None] = mapped_column(ForeignKey("regions.code"), nullable=True)
    district_code: Mapped[str | None] = mapped_column(ForeignKey("regions.code"), nullable=True)
    # The most specific of the three: what scopes and rules match against.
    region_code: Mapped[str | None] = mapped_column(ForeignKey("regions.code"), nullable=True)
    owner_user_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, ForeignKey("users.id"), nullable=True)
    owner_pool: Mapped[str | None] = mapped_column(String(50), nullable=True)
    owner_rule_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("customer_owner_rules.id", ondelete="SET NULL"), nullable=True
    )
    tags: Mapped[list[str]] = mapped_column(JSON, default=list)
    # {"wecom": "...", "douyin": "...", "taobao": "..."}
    channel_ids: Mapped[dict[str, str]] = mapped_column(JSON, default=dict)
    notes: Mapped[str] = mapped_column(String(500), default="")


class CustomerOwnerRule(IdMixin, VersionedMixin, ScopeMixin, Base):
    """A scoped rule whose outcome is an owner: a user, or a regional pool (公海/区域池)."""

    __tablename__ = "customer_owner_rules"

    owner_user_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, ForeignKey("users.id"), nullable=True)
    owner_pool: Mapped[str | None] = mapped_column(String(50), nullable=True)
