"""The home page's figures: who is signed in, the company, accounts and recent activity."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from scrm_desktop.models import User
from scrm_desktop.services import audit, company
from scrm_desktop.services.permissions import Actor, Permission


@dataclass(frozen=True)
class Overview:
    company_name: str
    branch_code: str
    active_users: int
    total_users: int
    recent: list[audit.AuditRow]


def overview(session: Session, actor: Actor, recent_limit: int = 12) -> Overview:
    profile = company.get_company(session)
    total = session.scalar(select(func.count()).select_from(User)) or 0
    active = session.scalar(select(func.count()).select_from(User).where(User.is_active.is_(True))) or 0
    recent = audit.list_entries(session, actor, limit=recent_limit) if actor.can(Permission.VIEW_AUDIT) else []
    return Overview(profile.name, profile.branch_code, active, total, recent)
