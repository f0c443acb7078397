"""Engine, sessions and schema migrations for SQLite and PostgreSQL.

Both databases are first-class. SQLite gets WAL, foreign keys and a busy timeout on every
connection; PostgreSQL goes through psycopg 3. Opening a database migrates it to the head
revision, after copying a SQLite file to ``<file>.bak-<revision>``; a database written by a newer
app (a revision this app does not know) is refused and left untouched.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, create_engine, event, inspect, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from scrm_desktop.config import describe_url, normalize_url
from scrm_desktop.services.errors import DatabaseError
from scrm_desktop.services.progress import Progress

log = logging.getLogger(__name__)

SQLITE_BUSY_TIMEOUT_MS = 10_000


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def make_engine(url: str, **kwargs: Any) -> Engine:
    url = normalize_url(url)
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        if parsed.database and parsed.database != ":memory:":
            Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, connect_args={"timeout": SQLITE_BUSY_TIMEOUT_MS / 1000}, **kwargs)
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    kwargs.setdefault("pool_pre_ping", True)
    kwargs.setdefault("connect_args", {"connect_timeout": 10, "application_name": "scrm-desktop"})
    return create_engine(url, **kwargs)


class Database:
    """One database: its engine and a session factory.

    Views and the CLI open one ``session()`` per user action; services run inside it and the
    context manager commits when the action succeeded and rolls back everything otherwise.
    """

    def __init__(self, url: str, engine: Engine | None = None) -> None:
        self.url = normalize_url(url)
        self.engine = engine or make_engine(self.url)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)

    @property
    def backend(self) -> str:
        return self.engine.dialect.name

    def describe(self) -> str:
        return describe_url(self.engine.url)

    @contextmanager
    def session(self) -> Iterator[Session]:
        session = self._sessions()
        try:
            yield session
            session.commit()
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    def dispose(self) -> None:
        self.engine.dispose()


# --- migrations ---------------------------------------------------------------------------


def alembic_config(db: Database | None = None) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", "scrm_desktop:migrations")
    if db is not None:
        cfg.set_main_option("sqlalchemy.url", db.url.replace("%", "%%"))
        cfg.attributes["engine"] = db.engine
    return cfg


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(db: Database) -> str | None:
    with db.engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def known_revisions() -> set[str]:
    script = ScriptDirectory.from_config(alembic_config())
    return {rev.revision for rev in script.walk_revisions()}


@dataclass(frozen=True)
class UpgradeResult:
    from_revision: str | None
    to_revision: str
    backup: Path | None
    regions_version: str | None = None  # set when the shipped regions were (re)loaded


def ensure_not_newer(db: Database) -> str | None:
    current = current_revision(db)
    if current is not None and current not in known_revisions():
        raise DatabaseError(
            "The database {database} is at schema revision {revision}, which is newer than this "
            "version of SCRM Desktop knows. Update the application; the database was not changed.",
            database=db.describe(),
            revision=current,
        )
    return current


def backup_sqlite(db: Database, revision: str) -> Path | None:
    """Copy a SQLite database to ``<file>.bak-<revision>`` with SQLite's online backup API."""
    path = db.engine.url.database
    if db.backend != "sqlite" or not path or path == ":memory:" or not Path(path).exists():
        return None
    target = Path(f"{path}.bak-{revision}")
    src = sqlite3.connect(path)
    try:
        dst = sqlite3.connect(target)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
    return target


def upgrade(db: Database, revision: str = "head") -> UpgradeResult:
    current = ensure_not_newer(db)
    head = head_revision()
    backup = None
    if current is not None and current != head and revision == "head":
        backup = backup_sqlite(db, current)
    if current != head or revision != "head":
        command.upgrade(alembic_config(db), revision)
    after = current_revision(db) or "base"
    if current != after:
        log.info("migrated %s from %s to %s", db.describe(), current, after)
    regions_version = load_reference_data(db) if after == head else None
    return UpgradeResult(current, after, backup, regions_version)


def load_reference_data(db: Database) -> str | None:
    """Load the shipped regions when the database holds another version; returns that version."""
    from scrm_desktop.services.regions import ensure_regions_loaded, read_csv_version

    with Session(db.engine) as session:
        try:
            loaded = ensure_regions_loaded(session)
            session.commit()
        except IntegrityError:
            # Another instance loaded the same data at the same moment: take what it wrote.
            session.rollback()
            loaded = ensure_regions_loaded(session)
            session.commit()
    if not loaded:
        return None
    version = read_csv_version()
    log.info("loaded the regions %s into %s", version, db.describe())
    return version


def downgrade(db: Database, revision: str) -> str:
    ensure_not_newer(db)
    current = current_revision(db)
    if current is not None:
        backup_sqlite(db, current)
    command.downgrade(alembic_config(db), revision)
    return current_revision(db) or "base"


def schema_differences(db: Database) -> list[Any]:
    """What autogenerate would change: empty when models and migrations agree."""
    from scrm_desktop.models import Base

    with db.engine.connect() as conn:
        ctx = MigrationContext.configure(
            conn,
            opts={"compare_type": True, "render_as_batch": db.backend == "sqlite"},
        )
        return list(compare_metadata(ctx, Base.metadata))


def open_database(url: str, *, migrate: bool = True) -> Database:
    """Connect, refuse a too-new schema, and migrate to head (with a SQLite backup first)."""
    db = Database(url)
    try:
        if migrate:
            upgrade(db)
        else:
            ensure_not_newer(db)
    except DatabaseError:
        db.dispose()
        raise
    except Exception as exc:
        db.dispose()
        raise DatabaseError(
            "Cannot open the database {database}: {reason}", database=db.describe(), reason=str(exc)
        ) from exc
    return db


# --- probing a database (the settings dialog's connection test) ---------------------------


@dataclass(frozen=True)
class ConnectionInfo:
    """What a connection test found.

    ``server`` is e.g. ``PostgreSQL 15.4`` or ``SQLite 3.45.1``; ``revision`` is the schema
    revision stored in the database (None for an empty database); ``file_missing`` is True for a
    SQLite file that does not exist yet (it was not created by the test).
    """

    backend: str
    server: str
    revision: str | None
    head: str
    known_revision: bool
    file_missing: bool = False


def probe_database(url: str, progress: Progress | None = None) -> ConnectionInfo:
    """Connect to ``url``, run ``select 1`` and read the schema revision. Raises on failure.

    A SQLite file that does not exist is reported, not created.
    """
    head = head_revision()
    known = known_revisions()
    parsed = make_url(normalize_url(url))
    if parsed.get_backend_name() == "sqlite":
        path = parsed.database or ""
        if path and path != ":memory:" and not Path(path).exists():
            server = f"SQLite {sqlite3.sqlite_version}"
            return ConnectionInfo("sqlite", server, None, head, known_revision=True, file_missing=True)
    engine = make_engine(url)
    try:
        with engine.connect() as conn:
            if progress is not None:
                progress.check()
            conn.execute(text("select 1"))
            if engine.dialect.name == "sqlite":
                server = f"SQLite {conn.execute(text('select sqlite_version()')).scalar()}"
            else:
                version = conn.dialect.server_version_info or ()
                server = "PostgreSQL " + ".".join(str(part) for part in version[:2])
            revision = MigrationContext.configure(conn).get_current_revision()
    finally:
        engine.dispose()
    return ConnectionInfo(engine.dialect.name, server, revision, head, revision is None or revision in known)


def table_names(db: Database) -> list[str]:
    return sorted(inspect(db.engine).get_table_names())
