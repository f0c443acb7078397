"""Translated names for the codes services use (roles, audit actions, entity kinds)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication

from scrm_desktop.services.permissions import Role


def _t(text: str) -> str:
    return QCoreApplication.translate("Labels", text)


def role_label(role: str) -> str:
    labels = {
        Role.ADMIN.value: _t("Administrator"),
        Role.PRICING_MANAGER.value: _t("Pricing manager"),
        Role.BRANCH_EDITOR.value: _t("Branch editor"),
        Role.DISPATCHER.value: _t("Dispatcher"),
        Role.FINANCE.value: _t("Finance"),
        Role.INSTALLER.value: _t("Installer"),
    }
    return labels.get(role, role)


def roles_label(roles: Iterable[str]) -> str:
    return "、".join(role_label(r) for r in roles)


def action_label(action: str) -> str:
    labels = {
        "user.login": _t("Signed in"),
        "user.login_failed": _t("Failed sign-in"),
        "user.create": _t("Created user"),
        "user.create_first_admin": _t("Created the first administrator"),
        "user.update": _t("Changed user"),
        "user.enable": _t("Enabled user"),
        "user.disable": _t("Disabled user"),
        "user.reset_password": _t("Reset password"),
        "user.change_password": _t("Changed own password"),
        "company.update": _t("Changed company details"),
    }
    return labels.get(action, action)


def entity_label(entity_type: str) -> str:
    labels = {"user": _t("User"), "company": _t("Company")}
    return labels.get(entity_type, entity_type)


def local_time(value: dt.datetime | None, timezone: str = "Asia/Shanghai") -> str:
    """A UTC timestamp shown in the user's zone as ``YYYY-MM-DD HH:MM``."""
    if value is None:
        return ""
    return value.astimezone(ZoneInfo(timezone)).strftime("%Y-%m-%d %H:%M")


def field_label(field: str) -> str:
    """The name of an audited field, as the audit log's change details show it."""
    labels = {
        "username": _t("User name"),
        "display_name": _t("Name"),
        "roles": _t("Roles"),
        "region_scope": _t("Regions"),
        "is_active": _t("Active"),
        "must_change_password": _t("Must change password"),
        "name": _t("Company name"),
        "tax_id": _t("Tax ID"),
        "address": _t("Address"),
        "phone": _t("Phone"),
        "branch_code": _t("Branch code"),
        "logo_png": _t("Logo"),
    }
    return labels.get(field, field)


def region_scope_label(codes: Iterable[str]) -> str:
    """A user's region scope: the codes, or "whole country" when there are none."""
    return "、".join(codes) or _t("Whole country")
