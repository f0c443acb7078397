"""Deterministic demo data. Each feature adds its own part through ``DEMO_PARTS``."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

from sqlalchemy.orm import Session

from scrm_desktop.services import company, users
from scrm_desktop.services.errors import QT_TRANSLATE_NOOP, ValidationError
from scrm_desktop.services.permissions import Actor, Role
from scrm_desktop.services.progress import Progress

Size = Literal["small", "large"]
DEMO_PASSWORD = "demo1234"
DEMO_ADMIN = "admin"

DEMO_USERS: tuple[tuple[str, str, tuple[Role, ...], tuple[str, ...]], ...] = (
    (DEMO_ADMIN, "系统管理员", (Role.ADMIN,), ()),
    ("pricing", "王定价", (Role.PRICING_MANAGER,), ()),
    ("gz_editor", "李广州（广州分公司）", (Role.BRANCH_EDITOR,), ("440100",)),
    ("sz_editor", "陈深圳（深圳分公司）", (Role.BRANCH_EDITOR,), ("440300",)),
    ("dispatch", "赵调度", (Role.DISPATCHER,), ("440000", "450000")),
    ("finance", "孙财务", (Role.FINANCE,), ()),
    ("installer_zhang", "张师傅", (Role.INSTALLER,), ("440100",)),
)


@dataclass(frozen=True)
class DemoContext:
    session: Session
    actor: Actor
    size: Size
    progress: Progress


DemoPart = Callable[[DemoContext], None]


def _company_and_users(ctx: DemoContext) -> None:
    admin = users.create_first_admin(
        ctx.session, username=DEMO_ADMIN, display_name=DEMO_USERS[0][1], password=DEMO_PASSWORD
    )
    company.update_company(
        ctx.session,
        admin,
        expected_version=None,
        name="广州示例机电安装服务有限公司",
        tax_id="91440101MA5CXY3K2P",
        address="广东省广州市天河区天河路 385 号太古汇一座 28 楼",
        phone="020-3888 6688",
        branch_code="GZ",
        logo_png=None,
    )
    for username, name, roles, scope in DEMO_USERS[1:]:
        users.create_user(
            ctx.session,
            admin,
            username=username,
            display_name=name,
            password=DEMO_PASSWORD,
            roles=[r.value for r in roles],
            region_scope=scope,
            must_change_password=False,
        )


def _customers(ctx: DemoContext) -> None:
    from scrm_desktop.services.demo_customers import load_demo_customers

    load_demo_customers(ctx.session, ctx.actor, ctx.size)


def _parties(ctx: DemoContext) -> None:
    from scrm_desktop.services.demo_parties import load_demo_parties

    load_demo_parties(ctx.session, ctx.actor, ctx.size)


def _work_orders(ctx: DemoContext) -> None:
    from scrm_desktop.services.demo_work_orders import load_demo_work_orders

    load_demo_work_orders(ctx.session, ctx.actor, ctx.size, ctx.progress)


def _forms(ctx: DemoContext) -> None:
    from scrm_desktop.services.demo_forms import load_demo_forms

    load_demo_forms(ctx.session, ctx.actor)


def _workflows(ctx: DemoContext) -> None:
    from scrm_desktop.services.demo_workflows import load_demo_workflows

    load_demo_workflows(ctx.session, ctx.actor)


def _workflow_progress(ctx: DemoContext) -> None:
    from scrm_desktop.services.demo_workflows import advance_demo_flows

    advance_demo_flows(ctx.session, ctx.actor)


def _statements(ctx: DemoContext) -> None:
    from scrm_desktop.services.demo_statements import load_demo_statements

    load_demo_statements(ctx.session, ctx.actor, ctx.size)


def _region_groups(ctx: DemoContext) -> None:
    from scrm_desktop.services.regions import create_demo_groups

    create_demo_groups(ctx.session, ctx.actor)


def _catalog(ctx: DemoContext) -> None:
    from scrm_desktop.services.demo_catalog import load_demo_catalog

    load_demo_catalog(ctx.session, ctx.actor, ctx.size)


def _prices(ctx: DemoContext) -> None:
    from scrm_desktop.services.demo_prices import load_demo_prices

    load_demo_prices(ctx.session, ctx.actor)


def _tier_rules(ctx: DemoContext) -> None:
    from scrm_desktop.services.demo_tier_rules import load_demo_tier_rules

    load_demo_tier_rules(ctx.session, ctx.actor)


# Later features append their loaders here, in dependency order.
DEMO_PARTS: list[tuple[str, DemoPart]] = [
    ("users", _company_and_users),
    ("regions", _region_groups),
    ("catalog", _catalog),
    ("prices", _prices),  # after "catalog": prices the demo catalog items
    ("tier_rules", _tier_rules),  # after "regions" (groups) and "prices" (tiers)
    ("customers", _customers),
    ("parties", _parties),  # after "users": links an installer to the demo login installer_zhang
    ("forms", _forms),  # before "workflows": their nodes attach the demo forms
    ("workflows", _workflows),  # before "work_orders": new work orders start on the workflow a rule chooses
    ("work_orders", _work_orders),  # after "customers", "parties", "prices" and "tier_rules"
    ("workflow_progress", _workflow_progress),  # after "work_orders": moves their flows along
    ("statements", _statements),  # after "work_orders"
]


def load_demo(session: Session, *, size: Size = "small", progress: Progress | None = None) -> None:
    """Fill an empty database with the demo data set (refused when it already has users)."""
    if users.has_users(session):
        raise ValidationError(
            QT_TRANSLATE_NOOP("ScrmError", "The database is not empty; demo data goes into a new database only.")
        )
    progress = progress or Progress()
    ctx = DemoContext(session, Actor.system("demo"), size, progress)
    progress.update(0, len(DEMO_PARTS))
    for done, (_name, part) in enumerate(DEMO_PARTS, start=1):
        part(ctx)
        session.flush()
        progress.update(done, text=_name)
