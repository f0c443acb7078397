"""Roles, permissions and the ``Actor`` every service receives.

Permission checks live here, in the service layer, so the GUI, the CLI and the tests are held
to the same rules. A view may hide a button the actor cannot use, but the service decides.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import StrEnum

from scrm_desktop.services.errors import QT_TRANSLATE_NOOP, PermissionDenied, Text


class Role(StrEnum):
    ADMIN = "admin"
    PRICING_MANAGER = "pricing_manager"
    BRANCH_EDITOR = "branch_editor"
    DISPATCHER = "dispatcher"
    FINANCE = "finance"
    INSTALLER = "installer"


class Permission(StrEnum):
    MANAGE_USERS = "users.manage"
    EDIT_COMPANY = "company.edit"
    VIEW_AUDIT = "audit.view"
    VIEW_PII = "pii.view"
    EDIT_NATIONAL_CATALOG = "catalog.national.edit"
    EDIT_REGIONAL_CATALOG = "catalog.regional.edit"
    EDIT_PRICES = "prices.edit"
    MANAGE_CUSTOMERS = "customers.manage"
    MANAGE_REGIONS = "regions.manage"
    MANAGE_OWNER_RULES = "customers.owner_rules.manage"
    DISPATCH_WORK_ORDERS = "workorders.dispatch"
    REOPEN_WORK_ORDERS = "workorders.reopen"
    MANAGE_PROVIDERS = "providers.manage"
    MANAGE_STATEMENTS = "statements.manage"
    DESIGN_WORKFLOWS = "workflows.design"
    VIEW_OWN_EARNINGS = "earnings.own.view"


PERMISSION_LABELS: dict[Permission, Text] = {
    Permission.MANAGE_USERS: Text(QT_TRANSLATE_NOOP("ScrmError", "manage users")),
    Permission.EDIT_COMPANY: Text(QT_TRANSLATE_NOOP("ScrmError", "edit company details")),
    Permission.VIEW_AUDIT: Text(QT_TRANSLATE_NOOP("ScrmError", "view the audit log")),
    Permission.VIEW_PII: Text(QT_TRANSLATE_NOOP("ScrmError", "view personal data")),
    Permission.EDIT_NATIONAL_CATALOG: Text(QT_TRANSLATE_NOOP("ScrmError", "edit the national catalog")),
    Permission.EDIT_REGIONAL_CATALOG: Text(QT_TRANSLATE_NOOP("ScrmError", "edit the regional catalog")),
    Permission.EDIT_PRICES: Text(QT_TRANSLATE_NOOP("ScrmError", "edit prices")),
    Permission.MANAGE_CUSTOMERS: Text(QT_TRANSLATE_NOOP("ScrmError", "manage customers")),
    Permission.MANAGE_REGIONS: Text(QT_TRANSLATE_NOOP("ScrmError", "manage region groups")),
    Permission.MANAGE_OWNER_RULES: Text(QT_TRANSLATE_NOOP("ScrmError", "manage customer owner rules")),
    Permission.DISPATCH_WORK_ORDERS: Text(QT_TRANSLATE_NOOP("ScrmError", "dispatch work orders")),
    Permission.REOPEN_WORK_ORDERS: Text(QT_TRANSLATE_NOOP("ScrmError", "reopen completed work orders")),
    Permission.MANAGE_PROVIDERS: Text(QT_TRANSLATE_NOOP("ScrmError", "manage service providers and installers")),
    Permission.MANAGE_STATEMENTS: Text(QT_TRANSLATE_NOOP("ScrmError", "manage settlement statements")),
    Permission.DESIGN_WORKFLOWS: Text(QT_TRANSLATE_NOOP("ScrmError", "design workflows and forms")),
    Permission.VIEW_OWN_EARNINGS: Text(QT_TRANSLATE_NOOP("ScrmError", "view own earnings")),
}

ROLE_PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.ADMIN: frozenset(Permission),
    Role.PRICING_MANAGER: frozenset(
        {Permission.EDIT_NATIONAL_CATALOG, Permission.EDIT_REGIONAL_CATALOG, Permission.EDIT_PRICES}
    ),
    Role.BRANCH_EDITOR: frozenset({Permission.EDIT_REGIONAL_CATALOG, Permission.MANAGE_CUSTOMERS}),
    Role.DISPATCHER: frozenset(
        {Permission.MANAGE_CUSTOMERS, Permission.DISPATCH_WORK_ORDERS, Permission.MANAGE_PROVIDERS}
    ),
    Role.FINANCE: frozenset({Permission.MANAGE_STATEMENTS, Permission.VIEW_PII}),
    Role.INSTALLER: frozenset({Permission.VIEW_OWN_EARNINGS}),
}


def permissions_of(roles: Iterable[str]) -> frozenset[Permission]:
    granted: set[Permission] = set()
    for name in roles:
        try:
            granted |= ROLE_PERMISSIONS[Role(name)]
        except ValueError:
            continue  # a role this version does not know grants nothing
    return frozenset(granted)


def region_prefix(code: str) -> str:
    """The code prefix every region inside GB/T 2260 ``code`` starts with (``440300`` → ``4403``).

    A province code ends in 0000 and a prefecture code in 00, so ancestry is a prefix test on
    the code with its trailing zero pairs removed. Services use the prefix for SQL ``LIKE``
    filters, so a query and ``Actor.in_scope`` always agree.
    """
    prefix = code
    for _ in range(2):
        if prefix.endswith("00"):
            prefix = prefix[:-2]
    return prefix


def region_covers(scope_code: str, region_code: str) -> bool:
    """True when GB/T 2260 ``scope_code`` is ``region_code`` or one of its ancestors."""
    return region_code.startswith(region_prefix(scope_code))


@dataclass(frozen=True)
class Actor:
    """Who is acting: passed to every service function.

    ``region_scope`` empty means the whole country.
    """

    user_id: uuid.UUID | None
    username: str
    display_name: str
    roles: frozenset[str] = frozenset()
    region_scope: frozenset[str] = frozenset()
    timezone: str = "Asia/Shanghai"
    permissions: frozenset[Permission] = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "permissions", permissions_of(self.roles))

    @classmethod
    def system(cls, name: str = "system") -> Actor:
        """The actor for the command line and start-up tasks: every permission, no user row."""
        return cls(None, name, name, frozenset({Role.ADMIN.value}))

    def can(self, permission: Permission) -> bool:
        return permission in self.permissions

    def has_role(self, role: Role) -> bool:
        return role.value in self.roles

    def in_scope(self, region_code: str | None) -> bool:
        if not self.region_scope:
            return True
        if not region_code:
            return False
        return any(region_covers(scope, region_code) for scope in self.region_scope)


def require(actor: Actor, permission: Permission) -> None:
    """Raise ``PermissionDenied`` unless ``actor`` holds ``permission``."""
    if not actor.can(permission):
        raise PermissionDenied(
            QT_TRANSLATE_NOOP("ScrmError", "{user} is not allowed to {permission}."),
            user=actor.display_name,
            permission=PERMISSION_LABELS[permission],
        )


def require_region(actor: Actor, region_code: str | None) -> None:
    if not actor.in_scope(region_code):
        raise PermissionDenied(
            QT_TRANSLATE_NOOP("ScrmError", "Region {region} is outside the regions of {user}."),
            user=actor.display_name,
            region=region_code or "—",
        )
