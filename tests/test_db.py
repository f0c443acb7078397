"""Opening, migrating and configuring databases (SQLite and PostgreSQL), and the settings file."""

from __future__ import annotations

import json
import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy.exc
from sqlalchemy import text
from sqlalchemy.engine import make_url

from scrm_desktop import db as dbmod
from scrm_desktop.config import (
    DEFAULT_LANGUAGE,
    Settings,
    data_dir,
    describe_url,
    normalize_url,
    resolve_database_url,
    sqlite_url,
)
from scrm_desktop.db import Database, open_database
from scrm_desktop.models import Base, CompanyProfile
from scrm_desktop.models.ids import new_id
from scrm_desktop.services import users
from scrm_desktop.services.errors import DatabaseError

# Every table the models define, plus Alembic's own: what a database at head holds.
HEAD_TABLES = sorted([*Base.metadata.tables, "alembic_version"])


@pytest.fixture
def empty_db(empty_db_url: str) -> Iterator[Database]:
    database = Database(empty_db_url)
    yield database
    database.dispose()


def pg_functions(database: Database) -> list[str]:
    with database.engine.connect() as conn:
        return list(
            conn.scalars(
                text(
                    "SELECT p.proname FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace "
                    "WHERE n.nspname = 'public' ORDER BY 1"
                )
            )
        )


def stored_revision(database: Database) -> list[str]:
    with database.engine.connect() as conn:
        return list(conn.scalars(text("SELECT version_num FROM alembic_version")))


# --- migrations -----------------------------------------------------------------------------


def test_upgrade_downgrade_and_upgrade_again(empty_db: Database) -> None:
    head = dbmod.head_revision()
    assert dbmod.current_revision(empty_db) is None

    result = dbmod.upgrade(empty_db)
    assert (result.from_revision, result.to_revision, result.backup) == (None, head, None)
    assert dbmod.table_names(empty_db) == HEAD_TABLES
    assert dbmod.schema_differences(empty_db) == []

    assert dbmod.downgrade(empty_db, "base") == "base"
    assert dbmod.current_revision(empty_db) is None
    assert dbmod.table_names(empty_db) == ["alembic_version"]
    if empty_db.backend == "postgresql":
        # The append-only trigger function goes with its table, or the next upgrade would fail.
        assert pg_functions(empty_db) == []

    again = dbmod.upgrade(empty_db)
    assert (again.from_revision, again.to_revision) == (None, head)
    assert dbmod.table_names(empty_db) == HEAD_TABLES
    assert dbmod.schema_differences(empty_db) == []


def test_upgrade_at_head_changes_nothing(empty_db: Database) -> None:
    dbmod.upgrade(empty_db)
    result = dbmod.upgrade(empty_db)
    head = dbmod.head_revision()
    assert (result.from_revision, result.to_revision, result.backup) == (head, head, None)


def test_open_database_migrates_a_new_database(empty_db_url: str) -> None:
    database = open_database(empty_db_url)
    try:
        assert dbmod.current_revision(database) == dbmod.head_revision()
        assert dbmod.table_names(database) == HEAD_TABLES
    finally:
        database.dispose()


@pytest.fixture
def newer_scripts(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[str, str]:
    """The shipped migrations plus one more revision on top: ``(old_head, new_head)``.

    The package has a single revision, so "upgrading from an older revision" cannot happen
    with the shipped scripts alone. Rather than faking the revision bookkeeping, this copies
    the real script directory, adds a real revision ``0002_probe`` (it creates a table) on top
    of the current head, and points ``alembic_config`` at the copy. ``upgrade()`` then runs
    its genuine path: a database at the old head is behind the (new) head, so it is backed up
    before Alembic migrates it.
    """
    old_head = dbmod.head_revision()
    scripts = tmp_path / "migrations"
    shutil.copytree(Path(dbmod.__file__).parent / "migrations", scripts, ignore=shutil.ignore_patterns("__pycache__"))
    (scripts / "versions" / "0002_probe.py").write_text(
        "import sqlalchemy as sa\n"
        "from alembic import op\n"
        "revision = '0002_probe'\n"
        f"down_revision = {old_head!r}\n"
        "branch_labels = None\n"
        "depends_on = None\n"
        "def upgrade():\n"
        "    op.create_table('probe', sa.Column('id', sa.Integer, primary_key=True))\n"
        "def downgrade():\n"
        "    op.drop_table('probe')\n",
        encoding="utf-8",
    )
    shipped_config = dbmod.alembic_config

    def config_with_probe(database: Database | None = None):  # type: ignore[no-untyped-def]
        cfg = shipped_config(database)
        cfg.set_main_option("script_location", str(scripts))
        return cfg

    monkeypatch.setattr(dbmod, "alembic_config", config_with_probe)
    assert dbmod.head_revision() == "0002_probe"
    return old_head, "0002_probe"


def test_upgrading_from_an_older_revision_backs_up_sqlite_first(
    empty_db: Database, newer_scripts: tuple[str, str]
) -> None:
    old_head, new_head = newer_scripts
    first = dbmod.upgrade(empty_db, old_head)
    assert (first.to_revision, first.backup) == (old_head, None)  # a fresh database has nothing to lose
    with empty_db.session() as session:
        users.create_first_admin(session, username="admin", display_name="管理员", password="Admin-pass-1")

    result = dbmod.upgrade(empty_db)

    assert (result.from_revision, result.to_revision) == (old_head, new_head)
    assert "probe" in dbmod.table_names(empty_db)
    if empty_db.backend != "sqlite":
        assert result.backup is None  # PostgreSQL is backed up by its administrators (pg_dump)
        return
    path = Path(str(empty_db.engine.url.database))
    assert result.backup == Path(f"{path}.bak-{old_head}")
    # The backup is the database as it was before the migration, data included.
    backup = sqlite3.connect(result.backup)
    try:
        assert backup.execute("SELECT version_num FROM alembic_version").fetchall() == [(old_head,)]
        assert backup.execute("SELECT username FROM users").fetchall() == [("admin",)]
        tables = {r[0] for r in backup.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        assert "probe" not in tables
    finally:
        backup.close()


def test_downgrade_backs_up_sqlite_first(tmp_path: Path) -> None:
    path = tmp_path / "scrm.sqlite3"
    database = Database(sqlite_url(path))
    try:
        dbmod.upgrade(database)
        dbmod.downgrade(database, "base")
    finally:
        database.dispose()
    backup = Path(f"{path}.bak-{dbmod.head_revision()}")
    assert backup.is_file()
    conn = sqlite3.connect(backup)
    try:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchall() == [(dbmod.head_revision(),)]
    finally:
        conn.close()


def test_backup_sqlite_is_a_consistent_copy_and_skips_postgresql(db: Database) -> None:
    with db.session() as session:
        users.create_first_admin(session, username="admin", display_name="管理员", password="Admin-pass-1")
    target = dbmod.backup_sqlite(db, "0000_test")
    if db.backend != "sqlite":
        assert target is None
        return
    assert target is not None
    assert target.name == f"{Path(str(db.engine.url.database)).name}.bak-0000_test"
    conn = sqlite3.connect(target)
    try:
        # Written rows may still sit in the WAL file; the backup API must include them.
        assert conn.execute("SELECT username FROM users").fetchall() == [("admin",)]
    finally:
        conn.close()


# --- a database from a newer application -----------------------------------------------------

FUTURE = "ffff_future"


def snapshot_of(database: Database) -> tuple[list[str], list[str], list[str]]:
    tables = dbmod.table_names(database)
    with database.engine.connect() as conn:
        names = list(conn.scalars(text("SELECT username FROM users"))) if "users" in tables else []
    return tables, stored_revision(database), names


def test_database_at_unknown_revision_is_refused_and_untouched(empty_db: Database) -> None:
    dbmod.upgrade(empty_db)
    with empty_db.session() as session:
        users.create_first_admin(session, username="admin", display_name="管理员", password="Admin-pass-1")
    with empty_db.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = :v"), {"v": FUTURE})
    before = snapshot_of(empty_db)
    assert before == (HEAD_TABLES, [FUTURE], ["admin"])

    for migrate in (True, False):
        with pytest.raises(DatabaseError) as excinfo:
            open_database(empty_db.url, migrate=migrate)
        assert FUTURE in str(excinfo.value)
        assert excinfo.value.params["revision"] == FUTURE
    with pytest.raises(DatabaseError, match=FUTURE):
        dbmod.downgrade(empty_db, "base")

    assert snapshot_of(empty_db) == before
    if empty_db.backend == "sqlite":
        folder = Path(str(empty_db.engine.url.database)).parent
        assert list(folder.glob("*.bak-*")) == [], "a refused database must not even be backed up"


def test_empty_database_at_unknown_revision_gets_no_tables(empty_db: Database) -> None:
    with empty_db.engine.begin() as conn:
        conn.execute(text("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL PRIMARY KEY)"))
        conn.execute(text("INSERT INTO alembic_version (version_num) VALUES (:v)"), {"v": FUTURE})

    with pytest.raises(DatabaseError, match=FUTURE):
        open_database(empty_db.url)

    assert dbmod.table_names(empty_db) == ["alembic_version"]
    assert stored_revision(empty_db) == [FUTURE]


# --- connections -----------------------------------------------------------------------------


def test_sqlite_pragmas_are_set_on_every_connection(tmp_path: Path) -> None:
    database = Database(sqlite_url(tmp_path / "scrm.sqlite3"))
    try:
        with database.engine.connect() as first, database.engine.connect() as second:
            assert first.connection.dbapi_connection is not second.connection.dbapi_connection
            for conn in (first, second):
                pragma = {
                    name: conn.exec_driver_sql(f"PRAGMA {name}").scalar()
                    for name in ("journal_mode", "foreign_keys", "busy_timeout")
                }
                assert pragma == {"journal_mode": "wal", "foreign_keys": 1, "busy_timeout": 10_000}
    finally:
        database.dispose()


def test_foreign_keys_are_enforced(db: Database) -> None:
    with pytest.raises(sqlalchemy.exc.IntegrityError), db.session() as session:
        session.add(CompanyProfile(name="x", updated_by_id=new_id()))  # no such user
    with db.engine.connect() as conn:
        assert conn.scalar(text("SELECT count(*) FROM company_profile")) == 0


def test_database_describe_has_no_password() -> None:
    database = Database("postgresql://bob:s3cret@db.example.com:5433/scrm")
    try:
        assert database.url.startswith("postgresql+psycopg://")
        assert database.describe() == "PostgreSQL: bob@db.example.com:5433/scrm"
    finally:
        database.dispose()


# --- configuration ---------------------------------------------------------------------------


def test_database_url_precedence(monkeypatch: pytest.MonkeyPatch) -> None:
    default = sqlite_url(data_dir() / "scrm.sqlite3")
    assert resolve_database_url() == (default, "default")
    assert Path(make_url(default).database or "").parent == data_dir()  # the isolated test folder

    Settings(database_url="postgresql://saved@db.example.com/saved").save()
    assert resolve_database_url() == ("postgresql+psycopg://saved@db.example.com/saved", "settings")

    monkeypatch.setenv("SCRM_DATABASE_URL", "")  # empty means unset
    assert resolve_database_url()[1] == "settings"
    monkeypatch.setenv("SCRM_DATABASE_URL", "postgres://env@db.example.com/envdb")
    assert resolve_database_url() == ("postgresql+psycopg://env@db.example.com/envdb", "env")

    assert resolve_database_url("sqlite:////tmp/flag.sqlite3") == ("sqlite:////tmp/flag.sqlite3", "flag")
    assert resolve_database_url("postgresql://flag@h/f") == ("postgresql+psycopg://flag@h/f", "flag")

    # Settings passed in win over the file, but not over the environment or the flag.
    monkeypatch.delenv("SCRM_DATABASE_URL")
    given = Settings(database_url="sqlite:////tmp/given.sqlite3")
    assert resolve_database_url(settings=given) == ("sqlite:////tmp/given.sqlite3", "settings")


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("postgresql://u@h/d", "postgresql+psycopg://u@h/d"),
        ("postgres://u@h:5433/d", "postgresql+psycopg://u@h:5433/d"),
        ("postgresql+psycopg2://u:p@h/d", "postgresql+psycopg://u:p@h/d"),
        ("postgresql+psycopg://u@h/d", "postgresql+psycopg://u@h/d"),
        ("sqlite:////var/data/x.sqlite3", "sqlite:////var/data/x.sqlite3"),
    ],
)
def test_normalize_url_uses_psycopg3(given: str, expected: str) -> None:
    assert normalize_url(given) == expected


def test_settings_save_never_writes_a_password() -> None:
    Settings(
        database_url="postgresql://bob:s3cret-pw@db.example.com:5433/scrm",
        language="zh_TW",
        last_username="张三",
        extra={"window": "maximized"},
    ).save()

    raw = Settings.path().read_text(encoding="utf-8")
    assert "s3cret-pw" not in raw
    assert "张三" in raw  # kept readable, not \u-escaped
    loaded = Settings.load()
    assert make_url(loaded.database_url).password is None
    assert make_url(loaded.database_url).username == "bob"
    assert (loaded.language, loaded.last_username, loaded.extra) == ("zh_TW", "张三", {"window": "maximized"})
    # Written atomically: no temporary files left beside it.
    assert sorted(p.name for p in Settings.path().parent.iterdir()) == ["settings.json"]


@pytest.mark.parametrize(
    "content",
    [b"{not json", b"\xff\xfe\x00garbage", b"[1, 2, 3]", b'"just a string"', b""],
    ids=["broken-json", "binary", "list", "string", "empty"],
)
def test_corrupt_settings_file_loads_defaults(content: bytes) -> None:
    Settings.path().write_bytes(content)
    assert Settings.load() == Settings()


def test_settings_with_unknown_language_or_keys_are_repaired() -> None:
    Settings.path().write_text(
        json.dumps({"language": "klingon", "timezone": "Asia/Urumqi", "from_the_future": 1}), encoding="utf-8"
    )
    loaded = Settings.load()
    assert (loaded.language, loaded.timezone) == (DEFAULT_LANGUAGE, "Asia/Urumqi")


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("sqlite:////var/data/scrm.sqlite3", "SQLite: /var/data/scrm.sqlite3"),
        ("sqlite://", "SQLite: :memory:"),
        ("postgresql+psycopg://bob:s3cret@db.example.com:5433/scrm", "PostgreSQL: bob@db.example.com:5433/scrm"),
        ("postgresql://db.example.com/scrm", "PostgreSQL: db.example.com/scrm"),
        ("postgresql:///scrm", "PostgreSQL: localhost/scrm"),
    ],
)
def test_describe_url(url: str, expected: str) -> None:
    assert describe_url(url) == expected
    assert describe_url(make_url(url)) == expected
