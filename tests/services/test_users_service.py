"""Users: the first administrator, signing in, account management, stale writes and the audit trail.

Every test runs on SQLite and on PostgreSQL (the ``db`` fixture).
"""

from __future__ import annotations

import datetime as dt
import json
import uuid
from collections.abc import Iterator
from typing import Any
from zoneinfo import ZoneInfo

import pytest
import sqlalchemy.exc
from argon2 import PasswordHasher
from conftest import ADMIN_PASSWORD
from sqlalchemy import func, select, text, update
from sqlalchemy.orm.exc import StaleDataError

from scrm_desktop.db import Database
from scrm_desktop.models import AuditEntry, User
from scrm_desktop.models.types import utcnow
from scrm_desktop.services import audit, users
from scrm_desktop.services.errors import (
    AuthenticationError,
    PermissionDenied,
    StaleWriteError,
    ValidationError,
)
from scrm_desktop.services.permissions import Actor, Permission

PASSWORD = "Secret-pass-9"
PRODUCTION_HASHER = users._hasher


@pytest.fixture(autouse=True)
def fast_hasher(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Cheap argon2 parameters: the suite hashes dozens of passwords on two backends.

    Autouse fixtures run before the ``admin`` fixture, so every hash in these tests uses it;
    ``test_login_upgrades_a_weak_hash`` restores the production parameters on purpose.
    """
    monkeypatch.setattr(users, "_hasher", PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1))
    yield


# --- helpers ----------------------------------------------------------------------------------


def counts(db: Database) -> tuple[int, int]:
    """(users, audit entries), read on a connection of its own."""
    with db.engine.connect() as conn:
        return (
            conn.scalar(select(func.count()).select_from(User)) or 0,
            conn.scalar(select(func.count()).select_from(AuditEntry)) or 0,
        )


def load_user(db: Database, username: str) -> User:
    with db.session() as session:
        user = session.scalar(select(User).where(User.username == username))
        assert user is not None
        session.expunge(user)
        return user


def add_user(
    db: Database,
    actor: Actor,
    username: str,
    display_name: str,
    *,
    roles: tuple[str, ...] = ("finance",),
    region_scope: tuple[str, ...] = (),
) -> users.UserRow:
    with db.session() as session:
        return users.create_user(
            session,
            actor,
            username=username,
            display_name=display_name,
            password=PASSWORD,
            roles=roles,
            region_scope=region_scope,
        )


def actor_of(db: Database, username: str, timezone: str = "Asia/Shanghai") -> Actor:
    return users.actor_for(load_user(db, username), timezone)


def entries(db: Database, action: str | None = None) -> list[AuditEntry]:
    with db.session() as session:
        stmt = select(AuditEntry).order_by(AuditEntry.id)
        if action is not None:
            stmt = stmt.where(AuditEntry.action == action)
        found = list(session.scalars(stmt))
        session.expunge_all()
        return found


def sign_in(db: Database, username: str, password: str) -> Actor:
    with db.session() as session:
        return users.authenticate(session, username, password)


def sign_in_error(db: Database, username: str, password: str) -> AuthenticationError:
    with pytest.raises(AuthenticationError) as excinfo:
        sign_in(db, username, password)
    return excinfo.value


# --- the first administrator -------------------------------------------------------------------


def test_first_admin_is_created_only_on_an_empty_database(db: Database) -> None:
    with pytest.raises(ValidationError) as bad, db.session() as session:
        users.create_first_admin(session, username="admin", display_name="管理员", password="short")
    assert bad.value.field == "password"
    assert counts(db) == (0, 0)

    with db.session() as session:
        actor = users.create_first_admin(session, username="admin", display_name="管理员", password=ADMIN_PASSWORD)
    assert actor.can(Permission.MANAGE_USERS)
    assert actor.display_name == "管理员"
    created = entries(db, "user.create_first_admin")
    assert [(e.actor_id, e.entity_id) for e in created] == [(actor.user_id, str(actor.user_id))]

    with pytest.raises(ValidationError) as again, db.session() as session:
        users.create_first_admin(session, username="intruder", display_name="X", password=ADMIN_PASSWORD)
    assert again.value.field == "username"
    assert counts(db) == (1, 1)


# --- signing in ----------------------------------------------------------------------------------


def test_sign_in_with_the_right_password(db: Database, admin: Actor) -> None:
    before = utcnow()
    actor = sign_in(db, "  Admin ", ADMIN_PASSWORD)  # user names are case-insensitive and trimmed
    assert (actor.user_id, actor.username, actor.display_name) == (admin.user_id, "admin", "管理员")
    assert actor.roles == frozenset({"admin"})

    user = load_user(db, "admin")
    assert user.last_login_at is not None
    assert before <= user.last_login_at <= utcnow()
    assert [e.actor_id for e in entries(db, "user.login")] == [admin.user_id]


def test_wrong_password_and_unknown_user_get_the_same_message(db: Database, admin: Actor) -> None:
    wrong_password = sign_in_error(db, "admin", "not-the-password")
    unknown_user = sign_in_error(db, "nobody", ADMIN_PASSWORD)
    assert str(wrong_password) == str(unknown_user)
    assert "nobody" not in str(unknown_user)


def test_a_disabled_account_cannot_sign_in(db: Database, admin: Actor) -> None:
    bob = add_user(db, admin, "bob", "Bob")
    with db.session() as session:
        users.set_active(session, admin, bob.id, False, expected_version=bob.version)

    error = sign_in_error(db, "bob", PASSWORD)
    assert "disabled" in error.template
    assert error.params["username"] == "bob"

    with db.session() as session:
        users.set_active(session, admin, bob.id, True, expected_version=bob.version + 1)
    assert sign_in(db, "bob", PASSWORD).username == "bob"


def test_five_wrong_passwords_lock_the_account(db: Database, admin: Actor) -> None:
    bob = add_user(db, admin, "bob", "Bob")
    for attempt in range(1, users.MAX_FAILED_LOGINS):
        sign_in_error(db, "bob", f"wrong-{attempt}")
        # authenticate raised, and its session rolled back, yet the failure was recorded.
        assert load_user(db, "bob").failed_logins == attempt
    assert load_user(db, "bob").locked_until is None

    sign_in_error(db, "bob", "wrong-5")
    locked = load_user(db, "bob")
    assert locked.locked_until is not None
    assert locked.locked_until - utcnow() > dt.timedelta(minutes=users.LOCK_MINUTES - 1)
    failed = entries(db, "user.login_failed")
    assert len(failed) == users.MAX_FAILED_LOGINS
    assert {e.entity_id for e in failed} == {str(bob.id)}

    # Even the right password is refused while locked, with a message saying for how long.
    error = sign_in_error(db, "bob", PASSWORD)
    assert error.params["minutes"] == users.LOCK_MINUTES
    assert "locked" in str(error)

    # Once the lock has run out, the right password works again.
    with db.engine.begin() as conn:
        conn.execute(update(User).where(User.id == bob.id).values(locked_until=utcnow() - dt.timedelta(seconds=1)))
    assert sign_in(db, "bob", PASSWORD).user_id == bob.id
    assert load_user(db, "bob").locked_until is None


def test_sign_in_upgrades_a_weak_password_hash(db: Database, admin: Actor, monkeypatch: pytest.MonkeyPatch) -> None:
    weak_hash = load_user(db, "admin").password_hash
    monkeypatch.setattr(users, "_hasher", PRODUCTION_HASHER)
    assert PRODUCTION_HASHER.check_needs_rehash(weak_hash)

    sign_in(db, "admin", ADMIN_PASSWORD)

    upgraded = load_user(db, "admin").password_hash
    assert upgraded != weak_hash
    assert not PRODUCTION_HASHER.check_needs_rehash(upgraded)
    assert sign_in(db, "admin", ADMIN_PASSWORD).user_id == admin.user_id


# --- creating users ------------------------------------------------------------------------------

GOOD: dict[str, Any] = {
    "username": "bob",
    "display_name": "Bob",
    "password": PASSWORD,
    "roles": ["finance"],
    "region_scope": ["440100"],
}


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"username": "has space"}, "username"),
        ({"username": "x"}, "username"),
        ({"username": "张三"}, "username"),
        ({"username": "ADMIN"}, "username"),  # taken: user names are case-insensitive
        ({"password": "short"}, "password"),
        ({"password": " leading-space"}, "password"),
        ({"display_name": "   "}, "display_name"),
        ({"display_name": "名" * 101}, "display_name"),
        ({"roles": ["superuser"]}, "roles"),
        ({"roles": []}, "roles"),
        ({"region_scope": ["4401"]}, "region_scope"),
        ({"region_scope": ["440100", "44010A"]}, "region_scope"),
    ],
    ids=lambda v: json.dumps(v, ensure_ascii=False) if isinstance(v, dict) else v,
)
def test_create_user_refuses_bad_input_and_writes_nothing(
    db: Database, admin: Actor, change: dict[str, Any], field: str
) -> None:
    before = counts(db)
    with db.session() as session:
        with pytest.raises(ValidationError) as excinfo:
            users.create_user(session, admin, **{**GOOD, **change})
        # Nothing is left pending that a commit could write.
        assert not session.new
        assert not session.dirty
    assert excinfo.value.field == field
    assert counts(db) == before


def test_duplicate_user_name_message_names_it(db: Database, admin: Actor) -> None:
    with pytest.raises(ValidationError) as excinfo, db.session() as session:
        users.create_user(session, admin, **{**GOOD, "username": " Admin "})
    assert "Admin" in str(excinfo.value)
    assert counts(db) == (1, 1)


def test_create_user_cleans_and_stores_the_input(db: Database, admin: Actor) -> None:
    row = add_user(
        db,
        admin,
        " bob ",
        "  Bob   the  Builder ",
        roles=("installer", "finance", "finance"),
        region_scope=("440300", "440100", "440100", " "),
    )
    assert (row.username, row.display_name) == ("bob", "Bob the Builder")
    assert row.roles == ("finance", "installer")
    assert row.region_scope == ("440100", "440300")
    assert row.must_change_password is True
    assert row.version == 1
    with db.session() as session:
        assert [u.username for u in users.list_users(session, admin)] == ["admin", "bob"]


# --- permissions ----------------------------------------------------------------------------------


@pytest.fixture
def finance(db: Database, admin: Actor) -> Actor:
    add_user(db, admin, "finance", "孙财务", roles=("finance",))
    return actor_of(db, "finance")


def test_finance_may_not_manage_users(db: Database, admin: Actor, finance: Actor) -> None:
    admin_row = load_user(db, "admin")
    before = counts(db)
    attempts = {
        "create_user": lambda s: users.create_user(s, finance, **GOOD),
        "list_users": lambda s: users.list_users(s, finance),
        "get_user": lambda s: users.get_user(s, finance, admin_row.id),
        "update_user": lambda s: users.update_user(
            s,
            finance,
            admin_row.id,
            expected_version=admin_row.version,
            display_name="X",
            roles=["finance"],
            region_scope=[],
        ),
        "set_active": lambda s: users.set_active(s, finance, admin_row.id, False, expected_version=admin_row.version),
        "reset_password": lambda s: users.reset_password(
            s, finance, admin_row.id, "Hijacked-pass-1", expected_version=admin_row.version
        ),
        "audit.list_entries": lambda s: audit.list_entries(s, finance),
    }
    for name, attempt in attempts.items():
        with pytest.raises(PermissionDenied) as excinfo, db.session() as session:
            attempt(session)
        refused = "view the audit log" if name.startswith("audit") else "manage users"
        assert str(excinfo.value) == f"孙财务 is not allowed to {refused}.", name
    assert counts(db) == before
    assert load_user(db, "admin").version == admin_row.version
    assert sign_in(db, "admin", ADMIN_PASSWORD).user_id == admin.user_id


def test_a_user_may_read_their_own_account(db: Database, finance: Actor) -> None:
    assert finance.user_id is not None
    with db.session() as session:
        assert users.get_user(session, finance, finance.user_id).username == "finance"


# --- keeping an administrator -------------------------------------------------------------------------


def save_user(db: Database, actor: Actor, user_id: uuid.UUID, **fields: Any) -> users.UserRow:
    """``update_user`` with the stored values, except ``fields``."""
    with db.session() as session:
        current = session.get(User, user_id)
        assert current is not None
        values = {
            "display_name": current.display_name,
            "roles": list(current.roles),
            "region_scope": list(current.region_scope),
            "expected_version": current.version,
            **fields,
        }
    with db.session() as session:
        return users.update_user(session, actor, user_id, **values)


def test_the_last_active_admin_keeps_the_admin_role(db: Database, admin: Actor) -> None:
    assert admin.user_id is not None
    with pytest.raises(ValidationError) as excinfo:
        save_user(db, admin, admin.user_id, roles=["finance"])
    assert excinfo.value.field == "roles"
    assert "管理员" in str(excinfo.value)

    # A disabled second administrator does not count.
    second = add_user(db, admin, "admin2", "李四", roles=("admin",))
    with db.session() as session:
        users.set_active(session, admin, second.id, False, expected_version=second.version)
    with pytest.raises(ValidationError):
        save_user(db, admin, admin.user_id, roles=["finance"])
    assert load_user(db, "admin").roles == ["admin"]

    # With another active administrator the role can go.
    with db.session() as session:
        users.set_active(session, admin, second.id, True, expected_version=second.version + 1)
    assert save_user(db, admin, admin.user_id, roles=["finance"]).roles == ("finance",)


def test_the_last_active_admin_cannot_be_disabled(db: Database, admin: Actor) -> None:
    assert admin.user_id is not None
    version = load_user(db, "admin").version
    with pytest.raises(ValidationError) as excinfo, db.session() as session:
        users.set_active(session, Actor.system("cli"), admin.user_id, False, expected_version=version)
    assert "last active administrator" in str(excinfo.value)
    assert load_user(db, "admin").is_active


def test_an_admin_cannot_disable_themselves(db: Database, admin: Actor) -> None:
    assert admin.user_id is not None
    add_user(db, admin, "admin2", "李四", roles=("admin",))  # so the last-admin rule is not what refuses
    version = load_user(db, "admin").version
    with pytest.raises(ValidationError) as excinfo, db.session() as session:
        users.set_active(session, admin, admin.user_id, False, expected_version=version)
    assert excinfo.value.field == "is_active"
    assert load_user(db, "admin").is_active

    # The other administrator may.
    with db.session() as session:
        users.set_active(session, actor_of(db, "admin2"), admin.user_id, False, expected_version=version)
    assert not load_user(db, "admin").is_active


def test_update_user_refuses_bad_input_and_writes_nothing(db: Database, admin: Actor) -> None:
    bob = add_user(db, admin, "bob", "Bob")
    before = counts(db)
    for change, field in [
        ({"region_scope": ["44"]}, "region_scope"),
        ({"roles": ["root"]}, "roles"),
        ({"display_name": ""}, "display_name"),
    ]:
        with pytest.raises(ValidationError) as excinfo:
            save_user(db, admin, bob.id, **{"display_name": "Robert", **change})
        assert excinfo.value.field == field
    stored = load_user(db, "bob")
    assert (stored.display_name, stored.roles, stored.region_scope, stored.version) == ("Bob", ["finance"], [], 1)
    assert counts(db) == before


# --- stale writes --------------------------------------------------------------------------------


def shown_time(db: Database, username: str, timezone: str) -> str:
    return load_user(db, username).updated_at.astimezone(ZoneInfo(timezone)).strftime("%Y-%m-%d %H:%M")


def test_saving_an_outdated_version_names_who_changed_it_and_when(db: Database, admin: Actor) -> None:
    bob = add_user(db, admin, "bob", "Bob")
    add_user(db, admin, "admin2", "李四", roles=("admin",))
    li_si = actor_of(db, "admin2", timezone="America/New_York")
    seen = bob.version

    assert save_user(db, admin, bob.id, display_name="Robert", expected_version=seen).version == seen + 1
    with pytest.raises(StaleWriteError) as excinfo:
        save_user(db, li_si, bob.id, display_name="Bobby", expected_version=seen)

    message = str(excinfo.value)
    assert "管理员" in message  # who changed it...
    assert shown_time(db, "bob", "America/New_York") in message  # ...and when, in the reader's time zone
    assert "Robert (bob)" in message
    stored = load_user(db, "bob")
    assert (stored.display_name, stored.version) == ("Robert", seen + 1)
    assert [e.actor_id for e in entries(db, "user.update")] == [admin.user_id]


def test_concurrent_update_is_caught_by_the_version_column(db: Database, admin: Actor) -> None:
    bob = add_user(db, admin, "bob", "Bob")
    add_user(db, admin, "admin2", "李四", roles=("admin",))
    li_si = actor_of(db, "admin2")

    with pytest.raises(StaleWriteError) as excinfo, db.session() as session_a:
        # A loads the user and keeps the row (a weakly held row would simply be re-read)...
        held = session_a.get(User, bob.id)
        seen = users.get_user(session_a, li_si, bob.id)
        with db.session() as session_b:  # ...B saves a change meanwhile...
            users.update_user(
                session_b,
                admin,
                bob.id,
                expected_version=seen.version,
                display_name="B was first",
                roles=["finance"],
                region_scope=[],
            )
        # ...and A, still holding the old version, saves: the UPDATE matches no row.
        users.update_user(
            session_a,
            li_si,
            bob.id,
            expected_version=seen.version,
            display_name="A came second",
            roles=["installer"],
            region_scope=[],
        )

    # Caught by the version column at flush time: A's copy still said version 1.
    assert isinstance(excinfo.value.__context__, StaleDataError)
    assert held is not None
    assert str(excinfo.value).startswith("Bob (bob) was changed by 管理员 at ")  # the name as A saw it
    assert "管理员" in str(excinfo.value)
    assert shown_time(db, "bob", "Asia/Shanghai") in str(excinfo.value)
    stored = load_user(db, "bob")
    assert (stored.display_name, stored.roles, stored.version) == ("B was first", ["finance"], seen.version + 1)
    assert [e.actor_id for e in entries(db, "user.update")] == [admin.user_id]


# --- passwords -----------------------------------------------------------------------------------


def test_reset_password_forces_a_change_at_next_sign_in(db: Database, admin: Actor) -> None:
    bob = add_user(db, admin, "bob", "Bob")
    with db.session() as session:
        users.reset_password(session, admin, bob.id, "Temporary-1", expected_version=bob.version)
    sign_in_error(db, "bob", PASSWORD)
    bob_actor = sign_in(db, "bob", "Temporary-1")
    assert load_user(db, "bob").must_change_password

    for old, new, field in [
        ("wrong-old-pw", "Brand-new-1", "old_password"),
        ("Temporary-1", "Temporary-1", "new_password"),
        ("Temporary-1", "short", "new_password"),
    ]:
        with pytest.raises(ValidationError) as excinfo, db.session() as session:
            users.change_own_password(session, bob_actor, old, new)
        assert excinfo.value.field == field
    with db.session() as session:
        users.change_own_password(session, bob_actor, "Temporary-1", "Brand-new-1")
    assert not load_user(db, "bob").must_change_password
    assert sign_in(db, "bob", "Brand-new-1").user_id == bob.id


# --- the audit trail -----------------------------------------------------------------------------------


def test_audit_entries_hold_only_the_changed_fields(db: Database, admin: Actor) -> None:
    bob = add_user(db, admin, "bob", "Bob", region_scope=("440100",))
    created = entries(db, "user.create")
    assert len(created) == 1
    assert created[0].actor_id == admin.user_id
    assert created[0].actor_name == "管理员"
    assert created[0].entity_id == str(bob.id)
    assert created[0].diff["after"] == {
        "username": "bob",
        "display_name": "Bob",
        "roles": ["finance"],
        "region_scope": ["440100"],
        "is_active": True,
        "must_change_password": True,
    }

    save_user(db, admin, bob.id, display_name="Robert")
    assert entries(db, "user.update")[-1].diff == {
        "before": {"display_name": "Bob"},
        "after": {"display_name": "Robert"},
    }

    save_user(db, admin, bob.id, roles=["finance", "installer"], region_scope=[])
    assert entries(db, "user.update")[-1].diff == {
        "before": {"roles": ["finance"], "region_scope": ["440100"]},
        "after": {"roles": ["finance", "installer"], "region_scope": []},
    }

    with db.session() as session:
        users.set_active(session, admin, bob.id, False, expected_version=3)
    assert entries(db, "user.disable")[-1].diff == {"before": {"is_active": True}, "after": {"is_active": False}}

    with db.session() as session:
        newest = audit.list_entries(session, admin, limit=1)
        found = audit.list_entries(session, admin, text="disable")
    assert [e.action for e in newest] == ["user.disable"]
    assert [e.action for e in found] == ["user.disable"]


def test_password_hashes_never_reach_the_audit_log(db: Database, admin: Actor) -> None:
    bob = add_user(db, admin, "bob", "Bob")
    with db.session() as session:
        users.reset_password(session, admin, bob.id, "Temporary-1", expected_version=bob.version)
    sign_in_error(db, "bob", "wrong-password")
    bob_actor = sign_in(db, "bob", "Temporary-1")
    with db.session() as session:
        users.change_own_password(session, bob_actor, "Temporary-1", "Brand-new-1")
    save_user(db, admin, bob.id, display_name="Robert")

    logged = entries(db)
    assert {e.action for e in logged} >= {
        "user.create_first_admin",
        "user.create",
        "user.reset_password",
        "user.login_failed",
        "user.login",
        "user.change_password",
        "user.update",
    }
    hashes = [load_user(db, name).password_hash for name in ("admin", "bob")]
    for entry in logged:
        dumped = json.dumps(entry.diff, ensure_ascii=False) + entry.summary
        assert "$argon2" not in dumped, entry.action
        assert not {"password", "password_hash"} & {*entry.diff.get("before", {}), *entry.diff.get("after", {})}
        assert not any(h in dumped for h in hashes), entry.action
        for secret in (ADMIN_PASSWORD, PASSWORD, "Temporary-1", "Brand-new-1", "wrong-password"):
            assert secret not in dumped, entry.action


@pytest.mark.parametrize(
    "statement",
    ["UPDATE audit_log SET summary = 'tampered'", "DELETE FROM audit_log"],
    ids=["update", "delete"],
)
def test_the_database_refuses_to_change_the_audit_log(db: Database, admin: Actor, statement: str) -> None:
    before = [(e.id, e.summary, e.diff) for e in entries(db)]
    assert before

    with pytest.raises(sqlalchemy.exc.DBAPIError, match="append-only"), db.engine.begin() as conn:
        conn.execute(text(statement))

    assert [(e.id, e.summary, e.diff) for e in entries(db)] == before


def test_the_orm_cannot_delete_audit_entries_either(db: Database, admin: Actor) -> None:
    with pytest.raises(sqlalchemy.exc.DBAPIError, match="append-only"), db.session() as session:
        session.delete(session.scalars(select(AuditEntry)).first())
    assert len(entries(db)) == 1
