"""The scope columns every scoped rule table shares (DESIGN §4, "Scoped rule").

A rule table (customer owner rules here; price-tier rules, workflow variants later) mixes in
``ScopeMixin`` and adds its own outcome columns. An empty (NULL) dimension means "any". The
resolver in ``services/scoping.py`` works on these rules in memory.
"""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import Boolean, CheckConstraint, Date, ForeignKey, Integer, String, Uuid
from sqlalchemy.orm import Mapped, declared_attr, mapped_column


class ScopeMixin:
    name: Mapped[str] = mapped_column(String(100), default="")

    @declared_attr
    def region_code(cls) -> Mapped[str | None]:
        return mapped_column(ForeignKey("regions.code"), nullable=True)

    @declared_attr
    def region_group_id(cls) -> Mapped[uuid.UUID | None]:
        return mapped_column(Uuid, ForeignKey("region_groups.id"), nullable=True)

    provider_type: Mapped[str | None] = mapped_column(String(50), nullable=True)
    scenario: Mapped[str | None] = mapped_column(String(50), nullable=True)
    item_category: Mapped[str | None] = mapped_column(String(50), nullable=True)
    complexity: Mapped[int | None] = mapped_column(Integer, nullable=True)
    valid_from: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    valid_to: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    priority: Mapped[int] = mapped_column(Integer, default=0)
    is_active: Mapped[bool] = mapped_column(Boolean, default=True)

    @declared_attr.directive
    def __table_args__(cls) -> tuple[CheckConstraint, ...]:
        return (
            CheckConstraint("region_code IS NULL OR region_group_id IS NULL", name="region_or_group"),
            CheckConstraint("valid_from IS NULL OR valid_to IS NULL OR valid_from <= valid_to", name="valid_range"),
        )
