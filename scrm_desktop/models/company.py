"""Company details printed on statements (one row per database)."""

from __future__ import annotations

from sqlalchemy import LargeBinary, String
from sqlalchemy.orm import Mapped, mapped_column

from scrm_desktop.models.base import Base, IdMixin, VersionedMixin


class CompanyProfile(IdMixin, VersionedMixin, Base):
    __tablename__ = "company_profile"

    name: Mapped[str] = mapped_column(String(200), default="")
    tax_id: Mapped[str] = mapped_column(String(32), default="")
    address: Mapped[str] = mapped_column(String(300), default="")
    phone: Mapped[str] = mapped_column(String(40), default="")
    # Code printed in document numbers (WO-<branch>-…, JS-<branch>-…) so offline branches never collide.
    branch_code: Mapped[str] = mapped_column(String(16), default="HQ")
    logo_png: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)
