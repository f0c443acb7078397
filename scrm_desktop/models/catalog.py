"""The catalog: service items (项目库) and spare parts (备件库) in category trees, and packages.

Items and parts share one table (``kind``) because everything priced, ordered on a work order or
settled is one of them, and the price grid lists both. ``owner_region_code`` empty means a
national row (edited by admin/pricing_manager); otherwise a branch's own row.
"""

from __future__ import annotations

import uuid
from decimal import Decimal

from sqlalchemy import Boolean, CheckConstraint, ForeignKey, Integer, String, UniqueConstraint, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from scrm_desktop.models.base import Base, IdMixin, VersionedMixin
from scrm_desktop.models.types import Quantity

KINDS = ("service", "part")


class CatalogCategory(IdMixin, VersionedMixin, Base):
    __tablename__ = "catalog_categories"
    __table_args__ = (
        UniqueConstraint("kind", "parent_id", "name"),
        CheckConstraint("kind IN ('service', 'part')", name="kind"),
    )

    kind: Mapped[str] = mapped_column(String(10))
    parent_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("catalog_categories.id"), nullable=True, index=True
    )
    # Stable code used by scoped rules (item_category) and imports, e.g. "AC-INSTALL".
    code: Mapped[str] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(String(100))
    sort_order: Mapped[int] = mapped_column(Integer, default=0)


class CatalogItem(IdMixin, VersionedMixin, Base):
    __tablename__ = "catalog_items"
    __table_args__ = (
        CheckConstraint("kind IN ('service', 'part')", name="kind"),
        CheckConstraint("complexity BETWEEN 1 AND 5", name="complexity"),
    )

    kind: Mapped[str] = mapped_column(String(10), index=True)
    code: Mapped[str] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    unit: Mapped[str] = mapped_column(String(20))
    # Parts: brand/model/specification (规格型号); services: a short description.
    spec: Mapped[str] = mapped_column(String(200), default="")
    category_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("catalog_categories.id"), nullable=True, index=True
    )
    complexity: Mapped[int] = mapped_column(Integer, default=1)
    is_active: Mapped[bool] = mapped_column(Boolean, default=True)
    owner_region_code: Mapped[str | None] = mapped_column(ForeignKey("regions.code"), nullable=True)


class ServicePackage(IdMixin, VersionedMixin, Base):
    """A bundle of items and parts with quantities (服务包); a work order can start from one."""

    __tablename__ = "service_packages"

    code: Mapped[str] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(String(500), default="")
    is_active: Mapped[bool] = mapped_column(Boolean, default=True)
    owner_region_code: Mapped[str | None] = mapped_column(ForeignKey("regions.code"), nullable=True)


class ServicePackageLine(IdMixin, Base):
    __tablename__ = "service_package_lines"
    __table_args__ = (
        UniqueConstraint("package_id", "item_id"),
        CheckConstraint("quantity > 0", name="quantity_positive"),
    )

    package_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("service_packages.id", ondelete="CASCADE"), index=True
    )
    item_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("catalog_items.id"))
    quantity: Mapped[Decimal] = mapped_column(Quantity)
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
