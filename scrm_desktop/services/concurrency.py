"""Optimistic locking: turn a lost update into a message that names who won and when."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import Engine, select
from sqlalchemy import inspect as sa_inspect
from sqlalchemy.orm import Session, aliased
from sqlalchemy.orm.exc import StaleDataError

from scrm_desktop.models import User
from scrm_desktop.services.errors import QT_TRANSLATE_NOOP, StaleWriteError
from scrm_desktop.services.permissions import Actor


def _stale_error(session: Session, obj: Any, label: str, actor: Actor) -> StaleWriteError:
    model = type(obj)
    # The session may be unusable after a failed flush: read with a connection of our own.
    engine = session.get_bind()
    connect = engine.connect if isinstance(engine, Engine) else engine.engine.connect
    editor = aliased(User)  # the changed row may itself be a user: join a second copy of the table
    with connect() as conn:
        found = conn.execute(
            select(model.updated_at, editor.display_name)
            .select_from(model)
            .outerjoin(editor, editor.id == model.updated_by_id)
            .where(model.id == sa_inspect(obj).identity[0])  # obj.id would reload: expired after a failed flush
        ).first()
    if found is None:
        return StaleWriteError(
            QT_TRANSLATE_NOOP("ScrmError", "{entity} was deleted by someone else. Reload and try again."),
            entity=label,
        )
    when: dt.datetime = found[0]
    if when.tzinfo is None:
        when = when.replace(tzinfo=dt.UTC)
    local = when.astimezone(ZoneInfo(actor.timezone))
    return StaleWriteError(
        QT_TRANSLATE_NOOP(
            "ScrmError", "{entity} was changed by {user} at {time} after you opened it. Reload and try again."
        ),
        entity=label,
        user=found[1] or "—",
        time=local.strftime("%Y-%m-%d %H:%M"),
    )


def check_version(session: Session, obj: Any, expected_version: int | None, label: str, actor: Actor) -> None:
    """Refuse to change ``obj`` when it is no longer the version the user saw."""
    if expected_version is not None and obj.version != expected_version:
        raise _stale_error(session, obj, label, actor)


@contextmanager
def stale_guard(session: Session, obj: Any, label: str, actor: Actor) -> Iterator[None]:
    """Flush inside; a concurrent update caught by the version column becomes a StaleWriteError."""
    try:
        yield
        session.flush()
    except StaleDataError:
        raise _stale_error(session, obj, label, actor) from None
