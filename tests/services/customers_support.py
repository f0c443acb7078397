"""Helpers shared by the customer service and import tests (not a test module)."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from typing import Any

from sqlalchemy import func, select

from scrm_desktop.db import Database
from scrm_desktop.models import AuditEntry, Customer, RegionGroup, RegionGroupMember, User
from scrm_desktop.services import customers, users
from scrm_desktop.services.permissions import Actor

PASSWORD = "Secret-pass-9"

GZ_TIANHE = "440106"  # 广东省 / 广州市 / 天河区
GZ = "440100"
SZ = "440300"
SZ_NANSHAN = "440305"
BJ_CHAOYANG = "110105"  # 北京市 / 朝阳区 (no prefecture in between)
CC_CHAOYANG = "220104"  # 吉林省 / 长春市 / 朝阳区


def add_actor(
    db: Database, admin: Actor, username: str, roles: Iterable[str], region_scope: Iterable[str] = ()
) -> Actor:
    with db.session() as session:
        users.create_user(
            session,
            admin,
            username=username,
            display_name=username.upper(),
            password=PASSWORD,
            roles=list(roles),
            region_scope=list(region_scope),
            must_change_password=False,
        )
    with db.session() as session:
        user = session.scalar(select(User).where(User.username == username))
        assert user is not None
        return users.actor_for(user)


def add_customer(
    db: Database, actor: Actor, name: str, address: str, phone: str = "", **kw: Any
) -> customers.CustomerRow:
    with db.session() as session:
        return customers.create_customer(session, actor, name=name, phone=phone, address=address, **kw)


def add_group(db: Database, name: str, codes: Iterable[str]) -> uuid.UUID:
    with db.session() as session:
        group = RegionGroup(name=name, kind="area")
        session.add(group)
        session.flush()
        for code in codes:
            session.add(RegionGroupMember(group_id=group.id, region_code=code))
        return group.id


def customer_count(db: Database) -> int:
    with db.engine.connect() as conn:
        return conn.scalar(select(func.count()).select_from(Customer)) or 0


def audit_actions(db: Database, prefix: str = "customer") -> list[str]:
    with db.engine.connect() as conn:
        return list(
            conn.scalars(select(AuditEntry.action).where(AuditEntry.action.like(f"{prefix}%")).order_by(AuditEntry.id))
        )


def owners_by_name(db: Database) -> dict[str, tuple[uuid.UUID | None, str | None]]:
    with db.engine.connect() as conn:
        rows = conn.execute(select(Customer.name, Customer.owner_user_id, Customer.owner_pool))
        return {name: (uid, pool) for name, uid, pool in rows}
