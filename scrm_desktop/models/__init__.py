"""SQLAlchemy models, one module per aggregate. No Qt here."""

from scrm_desktop.models.audit import AuditEntry
from scrm_desktop.models.base import Base
from scrm_desktop.models.catalog import CatalogCategory, CatalogItem, ServicePackage, ServicePackageLine
from scrm_desktop.models.company import CompanyProfile
from scrm_desktop.models.customer import Customer, CustomerOwnerRule
from scrm_desktop.models.form import FormDefinition, FormFile, FormSubmission, FormVersion
from scrm_desktop.models.party import Installer, InstallerRegion, Provider, ProviderRegion, ProviderType
from scrm_desktop.models.pricing import Price, PriceTier, TierRule
from scrm_desktop.models.region import ReferenceData, Region, RegionGroup, RegionGroupMember
from scrm_desktop.models.statement import Statement, StatementEntry
from scrm_desktop.models.user import User
from scrm_desktop.models.work_order import (
    DocumentSequence,
    EarningEntry,
    WorkOrder,
    WorkOrderAdjustment,
    WorkOrderCrew,
    WorkOrderLine,
)
from scrm_desktop.models.workflow import (
    WorkCalendar,
    WorkCalendarDay,
    WorkflowDefinition,
    WorkflowRule,
    WorkflowVersion,
    WorkOrderFlow,
    WorkOrderFlowStep,
)

__all__ = [
    "AuditEntry",
    "Base",
    "CatalogCategory",
    "CatalogItem",
    "CompanyProfile",
    "Customer",
    "CustomerOwnerRule",
    "DocumentSequence",
    "EarningEntry",
    "FormDefinition",
    "FormFile",
    "FormSubmission",
    "FormVersion",
    "Installer",
    "InstallerRegion",
    "Price",
    "PriceTier",
    "Provider",
    "ProviderRegion",
    "ProviderType",
    "ReferenceData",
    "Region",
    "RegionGroup",
    "RegionGroupMember",
    "ServicePackage",
    "ServicePackageLine",
    "Statement",
    "StatementEntry",
    "TierRule",
    "User",
    "WorkCalendar",
    "WorkCalendarDay",
    "WorkOrder",
    "WorkOrderAdjustment",
    "WorkOrderCrew",
    "WorkOrderFlow",
    "WorkOrderFlowStep",
    "WorkOrderLine",
    "WorkflowDefinition",
    "WorkflowRule",
    "WorkflowVersion",
]
