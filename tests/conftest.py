"""Shared fixtures: isolated user directories, and databases on SQLite and PostgreSQL.

PostgreSQL: ``SCRM_TEST_PG_URL`` names a server database to connect to for administration
(default ``postgresql://localhost:5432/postgres``). The run creates one throwaway database,
migrates it once, truncates its tables after every test and drops it at the end. With
``SCRM_REQUIRE_PG=1`` (CI) a missing server fails the run; otherwise those tests skip with the
reason.
"""

from __future__ import annotations

import os
import shutil
import uuid
from collections.abc import Iterator
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("SCRM_LANG", "zh_CN")

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from scrm_desktop import db as dbmod
from scrm_desktop.config import normalize_url, sqlite_url
from scrm_desktop.db import Database
from scrm_desktop.services import users
from scrm_desktop.services.permissions import Actor

PG_ADMIN_URL = os.environ.get("SCRM_TEST_PG_URL", "postgresql://localhost:5432/postgres")
REQUIRE_PG = os.environ.get("SCRM_REQUIRE_PG") == "1"
ADMIN_PASSWORD = "Admin-pass-1"


@pytest.fixture(autouse=True)
def isolated_user_dirs(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Settings, data and logs of every test go to its own folder, never the user's."""
    base = tmp_path_factory.mktemp("user")
    for name in ("CONFIG", "DATA", "LOG"):
        monkeypatch.setenv(f"SCRM_{name}_DIR", str(base / name.lower()))
    monkeypatch.delenv("SCRM_DATABASE_URL", raising=False)
    return base


@pytest.fixture(autouse=True)
def empty_clipboard() -> Iterator[None]:
    """Leave the clipboard empty after a test that copied something (designer copy, error dialogs):
    with data still on it when the process exits, the offscreen platform crashes (segfault) after
    the last test, failing the run."""
    yield
    import sys

    if "PySide6.QtWidgets" in sys.modules:
        from PySide6.QtWidgets import QApplication

        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.clipboard().clear()


# --- PostgreSQL ---------------------------------------------------------------------------


def _pg_admin_engine():  # type: ignore[no-untyped-def]
    return create_engine(normalize_url(PG_ADMIN_URL), isolation_level="AUTOCOMMIT")


@pytest.fixture(scope="session")
def pg_admin() -> Iterator[object]:
    engine = _pg_admin_engine()
    try:
        with engine.connect() as conn:
            conn.execute(text("select 1"))
    except Exception as exc:  # any connection failure means "no server here"
        engine.dispose()
        reason = f"PostgreSQL not reachable at {PG_ADMIN_URL}: {exc.__class__.__name__}"
        if REQUIRE_PG:
            pytest.fail(f"{reason} (SCRM_REQUIRE_PG=1)")
        pytest.skip(reason)
    _drop_orphans(engine)
    yield engine
    engine.dispose()


def _drop_orphans(admin: object) -> None:
    """Drop throwaway databases left by runs that were killed (their process is gone)."""
    with admin.connect() as conn:  # type: ignore[attr-defined]
        names = conn.execute(
            text("SELECT datname FROM pg_database WHERE datname ~ '^scrm_(test|empty)_[0-9]+_[0-9a-f]{8}$'")
        ).scalars()
        for name in list(names):
            pid = int(name.split("_")[2])
            if pid != os.getpid() and not Path(f"/proc/{pid}").exists():
                conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))


def create_pg_database(admin: object, prefix: str = "scrm_test") -> str:
    name = f"{prefix}_{os.getpid()}_{uuid.uuid4().hex[:8]}"
    with admin.connect() as conn:  # type: ignore[attr-defined]
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    return make_url(normalize_url(PG_ADMIN_URL)).set(database=name).render_as_string(hide_password=False)


def drop_pg_database(admin: object, url: str) -> None:
    name = make_url(url).database
    with admin.connect() as conn:  # type: ignore[attr-defined]
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))


@pytest.fixture(scope="session")
def pg_migrated_url(pg_admin: object) -> Iterator[str]:
    url = create_pg_database(pg_admin)
    database = Database(url)
    dbmod.upgrade(database)
    database.dispose()
    yield url
    drop_pg_database(pg_admin, url)


# Shipped reference data, loaded by the migration step like on a real database: kept between tests.
REFERENCE_TABLES = frozenset({"alembic_version", "regions", "reference_data"})


def _truncate_all(database: Database) -> None:
    tables = [t for t in dbmod.table_names(database) if t not in REFERENCE_TABLES]
    if tables:
        with database.engine.begin() as conn:
            conn.execute(text(f"TRUNCATE {', '.join(tables)} CASCADE"))


# --- SQLite -------------------------------------------------------------------------------


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template") / "template.sqlite3"
    database = Database(sqlite_url(path))
    dbmod.upgrade(database)
    database.dispose()
    return path


# --- the database fixtures tests use --------------------------------------------------------

BACKENDS = [
    pytest.param("sqlite", id="sqlite"),
    pytest.param("postgresql", id="postgresql", marks=pytest.mark.postgres),
]


@pytest.fixture(params=BACKENDS)
def backend(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def db(backend: str, request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Database]:
    """A migrated, empty database on each backend (tests run once per backend)."""
    if backend == "sqlite":
        path = tmp_path / "scrm.sqlite3"
        shutil.copy(request.getfixturevalue("sqlite_template"), path)
        database = Database(sqlite_url(path))
        yield database
        database.dispose()
    else:
        database = Database(request.getfixturevalue("pg_migrated_url"))
        try:
            yield database
        finally:
            _truncate_all(database)
            database.dispose()


@pytest.fixture
def empty_db_url(backend: str, request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A URL of a brand-new database with no tables (for migration tests)."""
    if backend == "sqlite":
        yield sqlite_url(tmp_path / "empty.sqlite3")
    else:
        admin = request.getfixturevalue("pg_admin")
        url = create_pg_database(admin, "scrm_empty")
        yield url
        drop_pg_database(admin, url)


@pytest.fixture
def admin(db: Database) -> Actor:
    """The first administrator of ``db``, signed in."""
    with db.session() as session:
        return users.create_first_admin(session, username="admin", display_name="管理员", password=ADMIN_PASSWORD)


@pytest.fixture
def sqlite_db(tmp_path: Path, sqlite_template: Path) -> Iterator[Database]:
    """A migrated SQLite database for GUI tests (the GUI is the same on both backends)."""
    path = tmp_path / "gui.sqlite3"
    shutil.copy(sqlite_template, path)
    database = Database(sqlite_url(path))
    yield database
    database.dispose()
