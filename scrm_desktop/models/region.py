"""Administrative regions (GB/T 2260) and user-defined region groups.

Regions are reference data loaded from ``resources/data/regions.csv``; their primary key is the
official 6-digit code (an identifier every system in China shares, so no UUID is invented for it).
Levels: 1 province-level, 2 prefecture-level, 3 county-level. Districts of the four
municipalities and county-level cities directly under a province (仙桃, 济源 …) are level 3 with
the province as parent: there is no prefecture between them.
"""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import ForeignKey, Integer, String, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from scrm_desktop.models.base import Base, IdMixin, VersionedMixin
from scrm_desktop.models.types import UTCDateTime, utcnow


class Region(Base):
    __tablename__ = "regions"

    code: Mapped[str] = mapped_column(String(6), primary_key=True)
    parent_code: Mapped[str | None] = mapped_column(ForeignKey("regions.code"), nullable=True, index=True)
    level: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(String(50))
    short: Mapped[str] = mapped_column(String(50))
    type: Mapped[str] = mapped_column(String(20))


class ReferenceData(Base):
    """Which version of a shipped reference data set (e.g. ``regions``) the database holds."""

    __tablename__ = "reference_data"

    name: Mapped[str] = mapped_column(String(50), primary_key=True)
    version: Mapped[str] = mapped_column(String(50))
    loaded_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)


class RegionGroup(IdMixin, VersionedMixin, Base):
    """A named set of regions: 大区 (华南 …), city tiers (一线城市 …) or any custom set."""

    __tablename__ = "region_groups"

    name: Mapped[str] = mapped_column(String(50), unique=True)
    # "area" (大区), "city_tier" (城市等级) or "custom"
    kind: Mapped[str] = mapped_column(String(20), default="custom")
    description: Mapped[str] = mapped_column(String(255), default="")


class RegionGroupMember(Base):
    __tablename__ = "region_group_members"

    group_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("region_groups.id", ondelete="CASCADE"), primary_key=True
    )
    region_code: Mapped[str] = mapped_column(ForeignKey("regions.code"), primary_key=True, index=True)
