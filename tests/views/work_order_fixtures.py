"""Work-order test data for the GUI tests (not a test module).

Reuses ``tests/services/work_order_support.py`` (providers P001/P002, installers 张师傅 I001,
李师傅 I002, 王师傅 I003 and 陈师傅 I101, the customer 刘女士 in 广州天河, tier rules and prices)
and adds what the editor needs on top: a service package, and a sign-in account for 张师傅.
"""

from __future__ import annotations

import sys
import uuid
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

SERVICES_TESTS = str(Path(__file__).resolve().parent.parent / "services")
if SERVICES_TESTS not in sys.path:
    sys.path.insert(0, SERVICES_TESTS)

from sqlalchemy import update  # noqa: E402
from work_order_support import Setup, add_setup, create, order_input  # noqa: E402

from scrm_desktop.config import Settings  # noqa: E402
from scrm_desktop.db import Database  # noqa: E402
from scrm_desktop.models import Installer  # noqa: E402
from scrm_desktop.services import catalog, users  # noqa: E402
from scrm_desktop.services.permissions import Actor  # noqa: E402
from scrm_desktop.views.context import AppContext  # noqa: E402

PASSWORD = "Admin-pass-1"
INSTALLER_PASSWORD = "Installer-pass-1"

__all__ = ["Setup", "WorkOrderData", "add_data", "admin_context", "create", "installer_context", "order_input"]


@dataclass
class WorkOrderData:
    setup: Setup
    package_id: uuid.UUID  # PKG-AC: 挂机空调安装 x1 and 铜管 6.35mm x3.5


def admin_context(db: Database) -> AppContext:
    with db.session() as session:
        actor = users.create_first_admin(session, username="admin", display_name="管理员", password=PASSWORD)
    return AppContext(db, actor, Settings())


def add_data(ctx: AppContext) -> WorkOrderData:
    setup = add_setup(ctx.db)
    with ctx.db.session() as session:
        package = catalog.create_package(
            session,
            ctx.actor,
            code="PKG-AC",
            name="空调安装套餐",
            lines=[(setup.cat.items["AC-001"], Decimal("1")), (setup.cat.items["P-001"], Decimal("3.5"))],
        )
    return WorkOrderData(setup, package.id)


def installer_context(ctx: AppContext, setup: Setup, code: str = "I001") -> AppContext:
    """A sign-in account with the installer role, linked to installer ``code``."""
    with ctx.db.session() as session:
        user = users.create_user(
            session,
            ctx.actor,
            username=f"inst_{code.lower()}",
            display_name=f"师傅 {code}",
            password=INSTALLER_PASSWORD,
            roles=["installer"],
            must_change_password=False,
        )
        session.execute(update(Installer).where(Installer.id == setup.installers[code]).values(user_id=user.id))
    with ctx.db.session() as session:
        actor: Actor = users.authenticate(session, f"inst_{code.lower()}", INSTALLER_PASSWORD)
    return AppContext(ctx.db, actor, Settings())
