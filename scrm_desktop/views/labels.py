"""Translated names for the codes services use (roles, audit actions, entity kinds).

Each string is spelled out in a ``QCoreApplication.translate`` call so pyside6-lupdate finds it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication

from scrm_desktop.services.permissions import Role


def role_label(role: str) -> str:
    labels = {
        Role.ADMIN.value: QCoreApplication.translate("Labels", "Administrator"),
        Role.PRICING_MANAGER.value: QCoreApplication.translate("Labels", "Pricing manager"),
        Role.BRANCH_EDITOR.value: QCoreApplication.translate("Labels", "Branch editor"),
        Role.DISPATCHER.value: QCoreApplication.translate("Labels", "Dispatcher"),
        Role.FINANCE.value: QCoreApplication.translate("Labels", "Finance"),
        Role.INSTALLER.value: QCoreApplication.translate("Labels", "Installer"),
    }
    return labels.get(role, role)


def roles_label(roles: Iterable[str]) -> str:
    return "、".join(role_label(r) for r in roles)


def action_label(action: str) -> str:
    labels = {
        "user.login": QCoreApplication.translate("Labels", "Signed in"),
        "user.login_failed": QCoreApplication.translate("Labels", "Failed sign-in"),
        "user.create": QCoreApplication.translate("Labels", "Created user"),
        "user.create_first_admin": QCoreApplication.translate("Labels", "Created the first administrator"),
        "user.update": QCoreApplication.translate("Labels", "Changed user"),
        "user.enable": QCoreApplication.translate("Labels", "Enabled user"),
        "user.disable": QCoreApplication.translate("Labels", "Disabled user"),
        "user.reset_password": QCoreApplication.translate("Labels", "Reset password"),
        "user.change_password": QCoreApplication.translate("Labels", "Changed own password"),
        "company.update": QCoreApplication.translate("Labels", "Changed company details"),
        "region_group.create": QCoreApplication.translate("Labels", "Created region group"),
        "region_group.update": QCoreApplication.translate("Labels", "Changed region group"),
        "region_group.delete": QCoreApplication.translate("Labels", "Deleted region group"),
        "catalog_category.create": QCoreApplication.translate("Labels", "Created catalog category"),
        "catalog_category.update": QCoreApplication.translate("Labels", "Renamed catalog category"),
        "catalog_category.move": QCoreApplication.translate("Labels", "Moved catalog category"),
        "catalog_category.delete": QCoreApplication.translate("Labels", "Deleted catalog category"),
        "catalog_item.create": QCoreApplication.translate("Labels", "Created catalog item"),
        "catalog_item.update": QCoreApplication.translate("Labels", "Changed catalog item"),
        "catalog_item.activate": QCoreApplication.translate("Labels", "Activated catalog item"),
        "catalog_item.deactivate": QCoreApplication.translate("Labels", "Deactivated catalog item"),
        "catalog_item.demo": QCoreApplication.translate("Labels", "Loaded demo catalog items"),
        "service_package.create": QCoreApplication.translate("Labels", "Created service package"),
        "service_package.update": QCoreApplication.translate("Labels", "Changed service package"),
        "service_package.activate": QCoreApplication.translate("Labels", "Activated service package"),
        "service_package.deactivate": QCoreApplication.translate("Labels", "Deactivated service package"),
        "customer.create": QCoreApplication.translate("Labels", "Created customer"),
        "customer.update": QCoreApplication.translate("Labels", "Changed customer"),
        "customer.import": QCoreApplication.translate("Labels", "Imported customers"),
        "customer.reassign": QCoreApplication.translate("Labels", "Reassigned customer owners"),
        "customer.demo": QCoreApplication.translate("Labels", "Loaded demo customers"),
        "owner_rule.create": QCoreApplication.translate("Labels", "Created owner rule"),
        "owner_rule.update": QCoreApplication.translate("Labels", "Changed owner rule"),
        "owner_rule.activate": QCoreApplication.translate("Labels", "Activated owner rule"),
        "owner_rule.deactivate": QCoreApplication.translate("Labels", "Deactivated owner rule"),
        "price_tier.create": QCoreApplication.translate("Labels", "Created price tier"),
        "price_tier.rename": QCoreApplication.translate("Labels", "Renamed price tier"),
        "price_tier.reorder": QCoreApplication.translate("Labels", "Reordered price tiers"),
        "prices.save": QCoreApplication.translate("Labels", "Saved prices"),
        "tier_rule.create": QCoreApplication.translate("Labels", "Created tier rule"),
        "tier_rule.update": QCoreApplication.translate("Labels", "Changed tier rule"),
        "tier_rule.activate": QCoreApplication.translate("Labels", "Activated tier rule"),
        "tier_rule.deactivate": QCoreApplication.translate("Labels", "Deactivated tier rule"),
        "provider_type.create": QCoreApplication.translate("Labels", "Created provider type"),
        "provider_type.update": QCoreApplication.translate("Labels", "Renamed provider type"),
        "provider_type.reorder": QCoreApplication.translate("Labels", "Reordered provider types"),
        "provider_type.activate": QCoreApplication.translate("Labels", "Activated provider type"),
        "provider_type.deactivate": QCoreApplication.translate("Labels", "Deactivated provider type"),
        "provider.create": QCoreApplication.translate("Labels", "Created service provider"),
        "provider.update": QCoreApplication.translate("Labels", "Changed service provider"),
        "provider.activate": QCoreApplication.translate("Labels", "Activated service provider"),
        "provider.deactivate": QCoreApplication.translate("Labels", "Deactivated service provider"),
        "provider.demo": QCoreApplication.translate("Labels", "Loaded demo providers"),
        "installer.create": QCoreApplication.translate("Labels", "Created installer"),
        "installer.update": QCoreApplication.translate("Labels", "Changed installer"),
        "installer.activate": QCoreApplication.translate("Labels", "Activated installer"),
        "installer.deactivate": QCoreApplication.translate("Labels", "Deactivated installer"),
        "work_order.create": QCoreApplication.translate("Labels", "Created work order"),
        "work_order.update": QCoreApplication.translate("Labels", "Changed work order"),
        "work_order.draft": QCoreApplication.translate("Labels", "Put work order back to draft"),
        "work_order.assigned": QCoreApplication.translate("Labels", "Assigned work order"),
        "work_order.in_progress": QCoreApplication.translate("Labels", "Started work order"),
        "work_order.cancelled": QCoreApplication.translate("Labels", "Cancelled work order"),
        "work_order.complete": QCoreApplication.translate("Labels", "Completed work order (earnings frozen)"),
        "work_order.reopen": QCoreApplication.translate("Labels", "Reopened work order"),
    }
    return labels.get(action, action)


def entity_label(entity_type: str) -> str:
    labels = {
        "user": QCoreApplication.translate("Labels", "User"),
        "company": QCoreApplication.translate("Labels", "Company"),
        "region_group": QCoreApplication.translate("Labels", "Region group"),
        "catalog_category": QCoreApplication.translate("Labels", "Catalog category"),
        "catalog_item": QCoreApplication.translate("Labels", "Catalog item"),
        "service_package": QCoreApplication.translate("Labels", "Service package"),
        "customer": QCoreApplication.translate("Labels", "Customer"),
        "owner_rule": QCoreApplication.translate("Labels", "Owner rule"),
        "price_tier": QCoreApplication.translate("Labels", "Price tier"),
        "price_book": QCoreApplication.translate("Labels", "Price book"),
        "tier_rule": QCoreApplication.translate("Labels", "Tier rule"),
        "provider_type": QCoreApplication.translate("Labels", "Provider type"),
        "provider": QCoreApplication.translate("Labels", "Service provider"),
        "installer": QCoreApplication.translate("Labels", "Installer"),
        "work_order": QCoreApplication.translate("Labels", "Work order"),
    }
    return labels.get(entity_type, entity_type)


def local_time(value: dt.datetime | None, timezone: str = "Asia/Shanghai") -> str:
    """A UTC timestamp shown in the user's zone as ``YYYY-MM-DD HH:MM``."""
    if value is None:
        return ""
    return value.astimezone(ZoneInfo(timezone)).strftime("%Y-%m-%d %H:%M")


def field_label(field: str) -> str:
    """The name of an audited field, as the audit log's change details show it."""
    labels = {
        "username": QCoreApplication.translate("Labels", "User name"),
        "display_name": QCoreApplication.translate("Labels", "Name"),
        "roles": QCoreApplication.translate("Labels", "Roles"),
        "region_scope": QCoreApplication.translate("Labels", "Regions"),
        "is_active": QCoreApplication.translate("Labels", "Active"),
        "must_change_password": QCoreApplication.translate("Labels", "Must change password"),
        "name": QCoreApplication.translate("Labels", "Record name"),
        "tax_id": QCoreApplication.translate("Labels", "Tax ID"),
        "address": QCoreApplication.translate("Labels", "Address"),
        "phone": QCoreApplication.translate("Labels", "Phone"),
        "branch_code": QCoreApplication.translate("Labels", "Branch code"),
        "logo_png": QCoreApplication.translate("Labels", "Logo"),
        "kind": QCoreApplication.translate("Labels", "Kind"),
        "description": QCoreApplication.translate("Labels", "Description"),
        "region_codes": QCoreApplication.translate("Labels", "Member regions"),
        "code": QCoreApplication.translate("Labels", "Code"),
        "unit": QCoreApplication.translate("Labels", "Unit"),
        "spec": QCoreApplication.translate("Labels", "Specification"),
        "category_id": QCoreApplication.translate("Labels", "Category"),
        "parent_id": QCoreApplication.translate("Labels", "Parent category"),
        "complexity": QCoreApplication.translate("Labels", "Complexity"),
        "owner_region_code": QCoreApplication.translate("Labels", "Owner region"),
        "lines": QCoreApplication.translate("Labels", "Lines"),
    }
    return labels.get(field, field)


def region_scope_label(codes: Iterable[str]) -> str:
    """A user's region scope: the codes, or "whole country" when there are none."""
    return "、".join(codes) or QCoreApplication.translate("Labels", "Whole country")
