"""SQLAlchemy models, one module per aggregate. No Qt here."""

from scrm_desktop.models.audit import AuditEntry
from scrm_desktop.models.base import Base
from scrm_desktop.models.catalog import CatalogCategory, CatalogItem, ServicePackage, ServicePackageLine
from scrm_desktop.models.company import CompanyProfile
from scrm_desktop.models.customer import Customer, CustomerOwnerRule
from scrm_desktop.models.pricing import Price, PriceTier, TierRule
from scrm_desktop.models.region import ReferenceData, Region, RegionGroup, RegionGroupMember
from scrm_desktop.models.user import User

__all__ = [
    "AuditEntry",
    "Base",
    "CatalogCategory",
    "CatalogItem",
    "CompanyProfile",
    "Customer",
    "CustomerOwnerRule",
    "Price",
    "PriceTier",
    "ReferenceData",
    "Region",
    "RegionGroup",
    "RegionGroupMember",
    "ServicePackage",
    "ServicePackageLine",
    "TierRule",
    "User",
]
