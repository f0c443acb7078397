"""Users: sign-in, the first administrator, and user management for admins."""

from __future__ import annotations

import datetime as dt
import re
import uuid
from collections.abc import Iterable
from dataclasses import dataclass

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from scrm_desktop.models import User
from scrm_desktop.models.types import utcnow
from scrm_desktop.services import audit
from scrm_desktop.services.concurrency import check_version, stale_guard
from scrm_desktop.services.errors import (
    QT_TRANSLATE_NOOP,
    AuthenticationError,
    NotFound,
    ValidationError,
)
from scrm_desktop.services.permissions import Actor, Permission, Role, require

MIN_PASSWORD_LENGTH = 8
MAX_FAILED_LOGINS = 5
LOCK_MINUTES = 15
USERNAME_RE = re.compile(r"^[A-Za-z0-9_.\-@]{2,64}$")
REGION_CODE_RE = re.compile(r"^\d{6}$")
AUDITED_FIELDS = ("username", "display_name", "roles", "region_scope", "is_active", "must_change_password")

_hasher = PasswordHasher()


@dataclass(frozen=True)
class UserRow:
    id: uuid.UUID
    username: str
    display_name: str
    roles: tuple[str, ...]
    region_scope: tuple[str, ...]
    is_active: bool
    must_change_password: bool
    last_login_at: dt.datetime | None
    version: int


def _row(user: User) -> UserRow:
    return UserRow(
        user.id,
        user.username,
        user.display_name,
        tuple(user.roles),
        tuple(user.region_scope),
        user.is_active,
        user.must_change_password,
        user.last_login_at,
        user.version,
    )


def actor_for(user: User, timezone: str = "Asia/Shanghai") -> Actor:
    return Actor(
        user.id,
        user.username,
        user.display_name,
        frozenset(user.roles),
        frozenset(user.region_scope),
        timezone,
    )


# --- validation ---------------------------------------------------------------------------


def _check_password(password: str, field: str = "password") -> None:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise ValidationError(
            QT_TRANSLATE_NOOP("ScrmError", "The password must have at least {n} characters."),
            field=field,
            n=MIN_PASSWORD_LENGTH,
        )
    if password.strip() != password or not password.strip():
        raise ValidationError(
            QT_TRANSLATE_NOOP("ScrmError", "The password must not start or end with spaces."), field=field
        )


def _clean_username(username: str) -> str:
    username = username.strip()
    if not USERNAME_RE.match(username):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "ScrmError",
                "The user name “{username}” must be 2–64 letters, digits or . _ - @ (no spaces).",
            ),
            field="username",
            username=username,
        )
    return username


def _clean_display_name(name: str) -> str:
    name = " ".join(name.split())
    if not name:
        raise ValidationError(QT_TRANSLATE_NOOP("ScrmError", "The name must not be empty."), field="display_name")
    if len(name) > 100:
        raise ValidationError(
            QT_TRANSLATE_NOOP("ScrmError", "The name must not be longer than {n} characters."),
            field="display_name",
            n=100,
        )
    return name


def _clean_roles(roles: Iterable[str]) -> list[str]:
    cleaned: list[str] = []
    for name in roles:
        try:
            role = Role(name)
        except ValueError:
            raise ValidationError(
                QT_TRANSLATE_NOOP("ScrmError", "“{role}” is not a role."), field="roles", role=name
            ) from None
        if role.value not in cleaned:
            cleaned.append(role.value)
    if not cleaned:
        raise ValidationError(QT_TRANSLATE_NOOP("ScrmError", "Choose at least one role."), field="roles")
    return sorted(cleaned, key=lambda r: list(Role).index(Role(r)))


def _clean_scope(codes: Iterable[str]) -> list[str]:
    cleaned: list[str] = []
    for raw in codes:
        code = raw.strip()
        if not code:
            continue
        if not REGION_CODE_RE.match(code):
            raise ValidationError(
                QT_TRANSLATE_NOOP("ScrmError", "“{code}” is not a 6-digit region code."),
                field="region_scope",
                code=code,
            )
        if code not in cleaned:
            cleaned.append(code)
    return sorted(cleaned)


def _get(session: Session, user_id: uuid.UUID) -> User:
    user = session.get(User, user_id)
    if user is None:
        raise NotFound(QT_TRANSLATE_NOOP("ScrmError", "The user no longer exists."))
    return user


def _label(user: User) -> str:
    return f"{user.display_name} ({user.username})"


def _active_admin_count(session: Session, excluding: uuid.UUID | None = None) -> int:
    count = 0
    for uid, roles in session.execute(select(User.id, User.roles).where(User.is_active.is_(True))):
        if uid != excluding and Role.ADMIN.value in roles:
            count += 1
    return count


def _keep_one_admin(session: Session, user: User, will_be_admin: bool, will_be_active: bool) -> None:
    if (will_be_admin and will_be_active) or Role.ADMIN.value not in user.roles or not user.is_active:
        return
    if _active_admin_count(session, excluding=user.id) == 0:
        raise ValidationError(
            QT_TRANSLATE_NOOP("ScrmError", "{user} is the last active administrator and must stay one."),
            field="roles",
            user=_label(user),
        )


# --- queries ------------------------------------------------------------------------------


def has_users(session: Session) -> bool:
    return bool(session.scalar(select(func.count()).select_from(User)))


def list_users(session: Session, actor: Actor) -> list[UserRow]:
    require(actor, Permission.MANAGE_USERS)
    return [_row(u) for u in session.scalars(select(User).order_by(User.username))]


def list_assignable_users(session: Session, actor: Actor) -> list[tuple[uuid.UUID, str]]:
    """Active users a workflow task or approval may be assigned to: id and "name (login)".

    Workflow designers need this list without being allowed to manage accounts, so it carries
    nothing but the names.
    """
    if not (actor.can(Permission.DESIGN_WORKFLOWS) or actor.can(Permission.MANAGE_USERS)):
        require(actor, Permission.DESIGN_WORKFLOWS)
    rows = session.execute(
        select(User.id, User.display_name, User.username).where(User.is_active.is_(True)).order_by(User.username)
    )
    return [(user_id, f"{name} ({login})") for user_id, name, login in rows]


def get_user(session: Session, actor: Actor, user_id: uuid.UUID) -> UserRow:
    if actor.user_id != user_id:
        require(actor, Permission.MANAGE_USERS)
    return _row(_get(session, user_id))


# --- sign-in ------------------------------------------------------------------------------


def authenticate(session: Session, username: str, password: str, *, timezone: str = "Asia/Shanghai") -> Actor:
    """Check a user name and password and return the signed-in ``Actor``.

    A failed attempt is itself recorded (failure counter, lock after repeated failures, audit),
    so this function commits that record before it raises. The message does not say whether
    the user exists.
    """
    user = session.scalar(select(User).where(func.lower(User.username) == username.strip().lower()))
    now = utcnow()
    bad = AuthenticationError(QT_TRANSLATE_NOOP("ScrmError", "The user name or the password is wrong."))
    if user is None:
        _hasher.hash(password)  # same work as a real check, so timing does not reveal unknown users
        raise bad
    if not user.is_active:
        raise AuthenticationError(
            QT_TRANSLATE_NOOP("ScrmError", "The account {username} is disabled. Ask an administrator."),
            username=user.username,
        )
    if user.locked_until is not None and user.locked_until > now:
        minutes = max(1, int((user.locked_until - now).total_seconds() // 60) + 1)
        raise AuthenticationError(
            QT_TRANSLATE_NOOP(
                "ScrmError", "Too many wrong passwords. The account is locked for {minutes} more minutes."
            ),
            minutes=minutes,
        )
    try:
        _hasher.verify(user.password_hash, password)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        user.failed_logins += 1
        if user.failed_logins >= MAX_FAILED_LOGINS:
            user.locked_until = now + dt.timedelta(minutes=LOCK_MINUTES)
            user.failed_logins = 0
        audit.record(session, actor_for(user, timezone), "user.login_failed", "user", user.id, summary=_label(user))
        session.commit()
        raise bad from None
    user.failed_logins = 0
    user.locked_until = None
    user.last_login_at = now
    if _hasher.check_needs_rehash(user.password_hash):
        user.password_hash = _hasher.hash(password)
    actor = actor_for(user, timezone)
    audit.record(session, actor, "user.login", "user", user.id, summary=_label(user))
    session.flush()
    return actor


def create_first_admin(session: Session, *, username: str, display_name: str, password: str) -> Actor:
    """On an empty database, create the administrator account; refused once any user exists."""
    if has_users(session):
        raise ValidationError(
            QT_TRANSLATE_NOOP("ScrmError", "The database already has users; sign in instead."),
            field="username",
        )
    _check_password(password)
    user = User(
        username=_clean_username(username),
        display_name=_clean_display_name(display_name),
        password_hash=_hasher.hash(password),
        roles=[Role.ADMIN.value],
        region_scope=[],
    )
    session.add(user)
    session.flush()
    actor = actor_for(user)
    user.updated_by_id = user.id
    audit.record(
        session,
        actor,
        "user.create_first_admin",
        "user",
        user.id,
        after=audit.snapshot(user, AUDITED_FIELDS),
        summary=_label(user),
    )
    session.flush()
    return actor


# --- management ---------------------------------------------------------------------------


def create_user(
    session: Session,
    actor: Actor,
    *,
    username: str,
    display_name: str,
    password: str,
    roles: Iterable[str],
    region_scope: Iterable[str] = (),
    must_change_password: bool = True,
) -> UserRow:
    require(actor, Permission.MANAGE_USERS)
    username = _clean_username(username)
    if session.scalar(select(User.id).where(func.lower(User.username) == username.lower())) is not None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("ScrmError", "The user name {username} is already taken."),
            field="username",
            username=username,
        )
    _check_password(password)
    user = User(
        username=username,
        display_name=_clean_display_name(display_name),
        password_hash=_hasher.hash(password),
        roles=_clean_roles(roles),
        region_scope=_clean_scope(region_scope),
        must_change_password=must_change_password,
        updated_by_id=actor.user_id,
    )
    session.add(user)
    session.flush()
    audit.record(
        session, actor, "user.create", "user", user.id, after=audit.snapshot(user, AUDITED_FIELDS), summary=_label(user)
    )
    return _row(user)


def update_user(
    session: Session,
    actor: Actor,
    user_id: uuid.UUID,
    *,
    expected_version: int,
    display_name: str,
    roles: Iterable[str],
    region_scope: Iterable[str],
) -> UserRow:
    require(actor, Permission.MANAGE_USERS)
    user = _get(session, user_id)
    check_version(session, user, expected_version, _label(user), actor)
    before = audit.snapshot(user, AUDITED_FIELDS)
    # Validate everything before touching the row, so a refusal leaves the session clean.
    new_name = _clean_display_name(display_name)
    new_roles = _clean_roles(roles)
    new_scope = _clean_scope(region_scope)
    _keep_one_admin(session, user, Role.ADMIN.value in new_roles, user.is_active)
    with stale_guard(session, user, _label(user), actor):
        user.display_name = new_name
        user.roles = new_roles
        user.region_scope = new_scope
        user.updated_by_id = actor.user_id
    audit.record(
        session,
        actor,
        "user.update",
        "user",
        user.id,
        before=before,
        after=audit.snapshot(user, AUDITED_FIELDS),
        summary=_label(user),
    )
    return _row(user)


def set_active(session: Session, actor: Actor, user_id: uuid.UUID, active: bool, *, expected_version: int) -> UserRow:
    """Disable or re-enable an account. Users are never deleted: the audit log refers to them."""
    require(actor, Permission.MANAGE_USERS)
    user = _get(session, user_id)
    check_version(session, user, expected_version, _label(user), actor)
    if not active and user.id == actor.user_id:
        raise ValidationError(QT_TRANSLATE_NOOP("ScrmError", "You cannot disable your own account."), field="is_active")
    _keep_one_admin(session, user, Role.ADMIN.value in user.roles, active)
    before = audit.snapshot(user, AUDITED_FIELDS)
    with stale_guard(session, user, _label(user), actor):
        user.is_active = active
        user.failed_logins = 0
        user.locked_until = None
        user.updated_by_id = actor.user_id
    audit.record(
        session,
        actor,
        "user.enable" if active else "user.disable",
        "user",
        user.id,
        before=before,
        after=audit.snapshot(user, AUDITED_FIELDS),
        summary=_label(user),
    )
    return _row(user)


def reset_password(
    session: Session, actor: Actor, user_id: uuid.UUID, new_password: str, *, expected_version: int
) -> UserRow:
    """An administrator sets a temporary password; the user must change it at next sign-in."""
    require(actor, Permission.MANAGE_USERS)
    user = _get(session, user_id)
    check_version(session, user, expected_version, _label(user), actor)
    _check_password(new_password)
    with stale_guard(session, user, _label(user), actor):
        user.password_hash = _hasher.hash(new_password)
        user.must_change_password = user.id != actor.user_id
        user.failed_logins = 0
        user.locked_until = None
        user.updated_by_id = actor.user_id
    audit.record(session, actor, "user.reset_password", "user", user.id, summary=_label(user))
    return _row(user)


def change_own_password(session: Session, actor: Actor, old_password: str, new_password: str) -> None:
    if actor.user_id is None:
        raise NotFound(QT_TRANSLATE_NOOP("ScrmError", "The user no longer exists."))
    user = _get(session, actor.user_id)
    try:
        _hasher.verify(user.password_hash, old_password)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        raise ValidationError(
            QT_TRANSLATE_NOOP("ScrmError", "The current password is wrong."), field="old_password"
        ) from None
    _check_password(new_password, "new_password")
    if new_password == old_password:
        raise ValidationError(
            QT_TRANSLATE_NOOP("ScrmError", "The new password must differ from the current one."),
            field="new_password",
        )
    user.password_hash = _hasher.hash(new_password)
    user.must_change_password = False
    user.updated_by_id = actor.user_id
    audit.record(session, actor, "user.change_password", "user", user.id, summary=_label(user))
