"""Where things live (settings, data, logs) and which database to open.

Database URL resolution, strongest first: the ``--db URL`` flag, the ``SCRM_DATABASE_URL``
environment variable, the URL saved in the settings file, then the default SQLite file in the
platform's user-data directory. A saved PostgreSQL URL never carries its password: passwords
come from ``~/.pgpass`` / ``PGPASSWORD`` (libpq's own mechanisms) or are asked for at start-up
and kept in memory only.
"""

from __future__ import annotations

import contextlib
import json
import os
import tempfile
from dataclasses import asdict, dataclass, field
from pathlib import Path

import platformdirs
from sqlalchemy.engine import URL, make_url

from scrm_desktop import APP_NAME

LANGUAGES = ("zh_CN", "en", "zh_TW")
DEFAULT_LANGUAGE = "zh_CN"
DEFAULT_TIMEZONE = "Asia/Shanghai"


def _dir(env: str, default: str) -> Path:
    path = Path(os.environ.get(env) or default)
    path.mkdir(parents=True, exist_ok=True)
    return path


def config_dir() -> Path:
    return _dir("SCRM_CONFIG_DIR", platformdirs.user_config_dir(APP_NAME, appauthor=False))


def data_dir() -> Path:
    return _dir("SCRM_DATA_DIR", platformdirs.user_data_dir(APP_NAME, appauthor=False))


def log_dir() -> Path:
    return _dir("SCRM_LOG_DIR", platformdirs.user_log_dir(APP_NAME, appauthor=False))


def default_database_url() -> str:
    return sqlite_url(data_dir() / "scrm.sqlite3")


def demo_database_url() -> str:
    return sqlite_url(data_dir() / "demo.sqlite3")


def sqlite_url(path: Path | str) -> str:
    return f"sqlite:///{Path(path).expanduser().resolve()}"


@dataclass
class Settings:
    """Per-machine settings, saved as JSON in the user config directory."""

    database_url: str = ""
    language: str = DEFAULT_LANGUAGE
    timezone: str = DEFAULT_TIMEZONE
    last_username: str = ""
    extra: dict[str, str] = field(default_factory=dict)

    @classmethod
    def path(cls) -> Path:
        return config_dir() / "settings.json"

    @classmethod
    def load(cls) -> Settings:
        try:
            raw = json.loads(cls.path().read_text(encoding="utf-8"))
        except FileNotFoundError:
            return cls()
        except (OSError, ValueError):
            # A damaged settings file must not stop the app from starting; defaults apply.
            return cls()
        if not isinstance(raw, dict):
            return cls()
        known = {k: v for k, v in raw.items() if k in cls.__dataclass_fields__}
        settings = cls(**known)
        if settings.language not in LANGUAGES:
            settings.language = DEFAULT_LANGUAGE
        return settings

    def save(self) -> None:
        data = asdict(self)
        data["database_url"] = url_without_password(self.database_url) if self.database_url else ""
        target = self.path()
        fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".settings-", suffix=".json")
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                json.dump(data, fh, ensure_ascii=False, indent=2)
            os.replace(tmp, target)
        finally:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(tmp)


def normalize_url(url: str) -> str:
    """Accept ``postgresql://`` and ``postgres://`` and use the psycopg 3 driver for them."""
    parsed = make_url(url)
    if parsed.drivername in ("postgresql", "postgres", "postgresql+psycopg2"):
        parsed = parsed.set(drivername="postgresql+psycopg")
    return parsed.render_as_string(hide_password=False)


def url_without_password(url: str) -> str:
    parsed = make_url(url)
    return parsed._replace(password=None).render_as_string(hide_password=False)  # set() ignores None


def resolve_database_url(cli_url: str | None = None, settings: Settings | None = None) -> tuple[str, str]:
    """Return ``(url, source)`` where source is ``flag``, ``env``, ``settings`` or ``default``."""
    if cli_url:
        return normalize_url(cli_url), "flag"
    env = os.environ.get("SCRM_DATABASE_URL")
    if env:
        return normalize_url(env), "env"
    settings = settings if settings is not None else Settings.load()
    if settings.database_url:
        return normalize_url(settings.database_url), "settings"
    return default_database_url(), "default"


def describe_url(url: str | URL) -> str:
    """A short, password-free description for the status bar and messages."""
    parsed = make_url(url) if isinstance(url, str) else url
    if parsed.get_backend_name() == "sqlite":
        return f"SQLite: {parsed.database or ':memory:'}"
    host = parsed.host or "localhost"
    port = f":{parsed.port}" if parsed.port else ""
    user = f"{parsed.username}@" if parsed.username else ""
    return f"PostgreSQL: {user}{host}{port}/{parsed.database or ''}"
