"""Writing and reading the append-only audit log.

Every service that changes data calls ``record`` inside the same transaction as the change,
so a change and its audit entry are committed together or not at all.
"""

from __future__ import annotations

import datetime as dt
import enum
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from scrm_desktop.models import AuditEntry
from scrm_desktop.services.permissions import Actor, Permission, require

REDACTED = "***"
SECRET_FIELDS = frozenset({"password_hash"})


def _jsonable(value: Any) -> Any:
    if value is None or isinstance(value, bool | int | str):
        return value
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    if isinstance(value, enum.Enum):
        return _jsonable(value.value)
    if isinstance(value, bytes):
        return f"<{len(value)} bytes>"
    if isinstance(value, list | tuple | set | frozenset):
        items = [_jsonable(v) for v in value]
        return sorted(items, key=str) if isinstance(value, set | frozenset) else items
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items()}
    return str(value)


def snapshot(obj: object, fields: Iterable[str]) -> dict[str, Any]:
    """The named attributes of ``obj`` as JSON-safe values (secrets redacted)."""
    return {name: (REDACTED if name in SECRET_FIELDS else _jsonable(getattr(obj, name))) for name in fields}


def diff(before: dict[str, Any], after: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """Only the keys whose values differ, as ``{"before": {...}, "after": {...}}``."""
    keys = [k for k in {**before, **after} if before.get(k) != after.get(k)]
    return {
        "before": {k: _jsonable(before.get(k)) for k in keys},
        "after": {k: _jsonable(after.get(k)) for k in keys},
    }


def record(
    session: Session,
    actor: Actor,
    action: str,
    entity_type: str,
    entity_id: object,
    *,
    before: dict[str, Any] | None = None,
    after: dict[str, Any] | None = None,
    summary: str = "",
) -> AuditEntry:
    entry = AuditEntry(
        actor_id=actor.user_id,
        actor_name=actor.display_name,
        action=action,
        entity_type=entity_type,
        entity_id=str(entity_id),
        summary=summary[:255],
        diff=diff(before or {}, after or {}),
    )
    session.add(entry)
    return entry


@dataclass(frozen=True)
class AuditRow:
    id: uuid.UUID
    at: dt.datetime
    actor_name: str
    action: str
    entity_type: str
    entity_id: str
    summary: str
    diff: dict[str, Any]


def list_entries(
    session: Session,
    actor: Actor,
    *,
    text: str = "",
    entity_type: str | None = None,
    since: dt.datetime | None = None,
    limit: int = 1000,
) -> list[AuditRow]:
    """Newest first. ``text`` matches the actor, action, entity id or summary."""
    require(actor, Permission.VIEW_AUDIT)
    stmt = select(AuditEntry).order_by(AuditEntry.at.desc(), AuditEntry.id.desc()).limit(limit)
    if entity_type:
        stmt = stmt.where(AuditEntry.entity_type == entity_type)
    if since is not None:
        stmt = stmt.where(AuditEntry.at >= since)
    if text.strip():
        like = f"%{text.strip()}%"
        stmt = stmt.where(
            or_(
                AuditEntry.actor_name.ilike(like),
                AuditEntry.action.ilike(like),
                AuditEntry.entity_id.ilike(like),
                AuditEntry.summary.ilike(like),
            )
        )
    return [
        AuditRow(e.id, e.at, e.actor_name, e.action, e.entity_type, e.entity_id, e.summary, e.diff)
        for e in session.scalars(stmt)
    ]
