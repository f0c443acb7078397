"""Service providers (服务商) and their installers (安装师傅)."""

from __future__ import annotations

import uuid

from sqlalchemy import Boolean, CheckConstraint, ForeignKey, Index, Integer, String, Uuid, text
from sqlalchemy.orm import Mapped, mapped_column

from scrm_desktop.models.base import Base, IdMixin, VersionedMixin

TAX_MODES = ("withheld", "self_invoice")


class ProviderType(IdMixin, VersionedMixin, Base):
    """An entry of the editable provider-type list (核心代理商, 普通服务点, 直营 …).

    Tier rules and workflow variants match on the name, so a name in use is not renamed.
    """

    __tablename__ = "provider_types"

    name: Mapped[str] = mapped_column(String(50), unique=True)
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    is_active: Mapped[bool] = mapped_column(Boolean, default=True)


class Provider(IdMixin, VersionedMixin, Base):
    __tablename__ = "providers"
    __table_args__ = (Index("ix_providers_type", "provider_type_id"),)

    code: Mapped[str] = mapped_column(String(20), unique=True)
    name: Mapped[str] = mapped_column(String(100))
    provider_type_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("provider_types.id"))
    contact_name: Mapped[str] = mapped_column(String(50), default="")
    phone: Mapped[str] = mapped_column(String(40), default="")
    address: Mapped[str] = mapped_column(String(300), default="")
    bank_name: Mapped[str] = mapped_column(String(100), default="")
    bank_account: Mapped[str] = mapped_column(String(40), default="")
    account_name: Mapped[str] = mapped_column(String(100), default="")
    # 统一社会信用代码, printed on provider statements.
    tax_id: Mapped[str] = mapped_column(String(32), default="")
    is_active: Mapped[bool] = mapped_column(Boolean, default=True)
    notes: Mapped[str] = mapped_column(String(500), default="")


class ProviderRegion(Base):
    """A region a provider covers (the region and everything below it)."""

    __tablename__ = "provider_regions"
    __table_args__ = (Index("ix_provider_regions_region", "region_code"),)

    provider_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("providers.id", ondelete="CASCADE"), primary_key=True
    )
    region_code: Mapped[str] = mapped_column(ForeignKey("regions.code"), primary_key=True)


class Installer(IdMixin, VersionedMixin, Base):
    __tablename__ = "installers"
    __table_args__ = (
        Index("ix_installers_provider", "provider_id"),
        CheckConstraint("tax_mode IN ('withheld', 'self_invoice')", name="tax_mode"),
        # One installer per ID number, also when two users save at the same moment.
        Index(
            "uq_installers_id_number",
            "id_number",
            unique=True,
            sqlite_where=text("id_number <> ''"),
            postgresql_where=text("id_number <> ''"),
        ),
    )

    code: Mapped[str] = mapped_column(String(20), unique=True)
    name: Mapped[str] = mapped_column(String(50))
    provider_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("providers.id"))
    phone: Mapped[str] = mapped_column(String(40), default="")
    # 居民身份证号码; shown masked unless the viewer may see personal data.
    id_number: Mapped[str] = mapped_column(String(18), default="")
    bank_name: Mapped[str] = mapped_column(String(100), default="")
    bank_account: Mapped[str] = mapped_column(String(40), default="")
    # withheld: individual labour income, the company withholds tax (代扣个税);
    # self_invoice: the installer invoices the company and pays their own tax.
    tax_mode: Mapped[str] = mapped_column(String(16), default="withheld")
    # The login that sees this installer's work orders and earnings (role installer).
    user_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, ForeignKey("users.id"), nullable=True, unique=True)
    is_active: Mapped[bool] = mapped_column(Boolean, default=True)
    notes: Mapped[str] = mapped_column(String(500), default="")


class InstallerRegion(Base):
    __tablename__ = "installer_regions"
    __table_args__ = (Index("ix_installer_regions_region", "region_code"),)

    installer_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("installers.id", ondelete="CASCADE"), primary_key=True
    )
    region_code: Mapped[str] = mapped_column(ForeignKey("regions.code"), primary_key=True)
