"""The ``scrm`` command line, run in-process (and once as the installed console script)."""

from __future__ import annotations

import io
import json
import shutil
import subprocess

import pytest
from argon2 import PasswordHasher

from scrm_desktop import __version__
from scrm_desktop import db as dbmod
from scrm_desktop.cli import main
from scrm_desktop.resources import resources_root
from scrm_desktop.services import users
from scrm_desktop.services.demo import DEMO_USERS
from scrm_desktop.services.regions import read_csv_version, region_index

Captured = pytest.CaptureFixture[str]


@pytest.fixture(autouse=True)
def fast_hasher(monkeypatch: pytest.MonkeyPatch) -> None:
    """Cheap argon2 parameters: the demo alone hashes seven passwords, on two backends."""
    monkeypatch.setattr(users, "_hasher", PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1))


def run(capsys: Captured, *argv: str) -> tuple[int, str, str]:
    """Exit status, stdout and stderr of ``scrm argv...``; argparse's own exits included."""
    capsys.readouterr()
    try:
        status = main(list(argv))
    except SystemExit as exc:
        status = exc.code if isinstance(exc.code, int) else 1
    out, err = capsys.readouterr()
    return status, out, err


def test_version(capsys: Captured) -> None:
    with pytest.raises(SystemExit) as excinfo:
        main(["--version"])
    assert excinfo.value.code == 0
    assert capsys.readouterr().out.strip() == f"scrm {__version__}"


@pytest.mark.parametrize(
    "argv", [[], ["db"], ["bogus"], ["db", "upgrade", "--no-such-flag"], ["demo", "load", "--size", "huge"]]
)
def test_usage_errors_exit_2(capsys: Captured, argv: list[str]) -> None:
    status, out, err = run(capsys, *argv)
    assert status == 2
    assert "usage: scrm" in err
    assert out == ""


def test_db_upgrade_current_check_and_downgrade(capsys: Captured, empty_db_url: str) -> None:
    head = dbmod.head_revision()

    status, out, _ = run(capsys, "db", "current", "--db", empty_db_url)
    assert (status, out.strip()) == (0, f"base (head is {head})")
    status, out, _ = run(capsys, "db", "check", "--db", empty_db_url)
    assert status == 1
    assert "not at head" in out

    status, out, _ = run(capsys, "db", "upgrade", "--db", empty_db_url)
    assert status == 0
    migrated, regions = out.strip().splitlines()
    assert migrated.endswith(f": base -> {head}")
    assert regions == f"regions: {len(region_index())} loaded (version {read_csv_version()})"
    status, out, _ = run(capsys, "db", "upgrade", "--db", empty_db_url)
    assert (status, out.strip().endswith(f"already at {head}")) == (0, True)

    status, out, _ = run(capsys, "db", "current", "--db", empty_db_url)
    assert (status, out.strip()) == (0, f"{head} (head)")
    status, out, _ = run(capsys, "db", "check", "--db", empty_db_url)
    assert (status, out.strip()) == (0, "no differences between the models and the migrations")

    status, out, _ = run(capsys, "db", "downgrade", "base", "--db", empty_db_url)
    assert (status, out.strip().endswith("now at base")) == (0, True)
    status, out, _ = run(capsys, "db", "check", "--db", empty_db_url)
    assert status == 1
    assert f"database is at base, not at head {head}" in out


def test_db_commands_refuse_a_database_from_a_newer_version(capsys: Captured, empty_db_url: str) -> None:
    assert run(capsys, "db", "upgrade", "--db", empty_db_url)[0] == 0
    database = dbmod.Database(empty_db_url)
    try:
        with database.engine.begin() as conn:
            conn.exec_driver_sql("UPDATE alembic_version SET version_num = 'ffff_future'")
    finally:
        database.dispose()
    for command in (["db", "upgrade"], ["db", "check"], ["users", "list"]):
        status, _, err = run(capsys, *command, "--db", empty_db_url)
        assert status == 1, command
        assert err.startswith("scrm: ")
        assert "ffff_future" in err
        assert "Traceback" not in err


def test_demo_load_then_list_users(capsys: Captured, empty_db_url: str) -> None:
    status, out, err = run(capsys, "demo", "load", "--db", empty_db_url)
    assert status == 0, err
    assert "admin / demo1234" in out

    status, out, err = run(capsys, "users", "list", "--json", "--db", empty_db_url)
    assert status == 0, err
    listed = json.loads(out)
    assert len(listed) == len(DEMO_USERS) == 7
    by_name = {u["username"]: u for u in listed}
    assert set(by_name) == {username for username, *_ in DEMO_USERS}
    assert by_name["admin"]["roles"] == ["admin"]
    assert by_name["gz_editor"]["region_scope"] == ["440100"]
    assert by_name["gz_editor"]["display_name"] == "李广州（广州分公司）"  # printed as text, not \u escapes
    assert "李广州" in out
    assert all(u["active"] for u in listed)

    status, out, err = run(capsys, "users", "list", "--db", empty_db_url)
    assert status == 0
    assert out.splitlines()[0].split("\t")[:3] == ["admin", "系统管理员", "admin"]


def test_demo_load_twice_is_refused_in_the_users_language(
    capsys: Captured, monkeypatch: pytest.MonkeyPatch, empty_db_url: str
) -> None:
    english = "The database is not empty; demo data goes into a new database only."
    assert run(capsys, "demo", "load", "--db", empty_db_url)[0] == 0

    status, _, err = run(capsys, "demo", "load", "--db", empty_db_url)  # SCRM_LANG=zh_CN (conftest)
    assert status == 1
    assert err.startswith("scrm: ")
    assert len(err.strip()) > len("scrm: ")
    assert "Traceback" not in err
    if (resources_root() / "i18n" / "scrm_zh_CN.qm").is_file():
        assert english not in err
        assert any("\u4e00" <= ch <= "\u9fff" for ch in err), err

    monkeypatch.setenv("SCRM_LANG", "en")
    status, _, err = run(capsys, "demo", "load", "--db", empty_db_url)
    assert (status, err.strip()) == (1, f"scrm: {english}")

    status, out, _ = run(capsys, "users", "list", "--json", "--db", empty_db_url)
    assert len(json.loads(out)) == 7  # nothing was added by the refused loads


def test_users_create_reads_the_password_from_stdin(
    capsys: Captured, monkeypatch: pytest.MonkeyPatch, empty_db_url: str
) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO("First-admin-1\n"))
    status, out, err = run(
        capsys, "users", "create", "boss", "--name", "老板", "--password-stdin", "--db", empty_db_url
    )
    assert status == 0, err
    assert out.strip() == "created the first administrator boss"

    monkeypatch.setattr("sys.stdin", io.StringIO("Finance-pass-1\n"))
    status, out, err = run(
        capsys,
        "users",
        "create",
        "money",
        "--role",
        "finance",
        "--role",
        "installer",
        "--region",
        "440100",
        "--password-stdin",
        "--db",
        empty_db_url,
    )
    assert status == 0, err
    assert out.strip() == "created money (finance, installer)"

    monkeypatch.setattr("sys.stdin", io.StringIO("short\n"))
    status, out, err = run(capsys, "users", "create", "shorty", "--password-stdin", "--db", empty_db_url)
    assert status == 1
    assert err.startswith("scrm: [password] ")

    status, out, _ = run(capsys, "users", "list", "--json", "--db", empty_db_url)
    listed = {u["username"]: u for u in json.loads(out)}
    assert set(listed) == {"boss", "money"}
    assert (listed["boss"]["display_name"], listed["boss"]["roles"]) == ("老板", ["admin"])
    assert (listed["money"]["roles"], listed["money"]["region_scope"]) == (["finance", "installer"], ["440100"])

    # The stored password is the one given on stdin, without its newline.
    database = dbmod.open_database(empty_db_url)
    try:
        with database.session() as session:
            assert users.authenticate(session, "money", "Finance-pass-1").roles == {"finance", "installer"}
    finally:
        database.dispose()


def test_installed_console_script_prints_its_version() -> None:
    scrm = shutil.which("scrm")
    if scrm is None:
        pytest.skip("the scrm console script is not installed in this environment")
    result = subprocess.run([scrm, "--version"], capture_output=True, text=True, check=False, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"scrm {__version__}"
