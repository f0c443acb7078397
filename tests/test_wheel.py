"""The built wheel works on its own: console script, shipped resources and shipped migrations.

The wheel is built with pip (build isolation fetches hatchling), installed into a fresh virtual
environment, and run from a folder outside the checkout. The fresh environment borrows the
dependencies (PySide6, SQLAlchemy, ...) of the running one through a ``.pth`` file that lists its
site-packages folders. Directories named in a ``.pth`` file are appended to ``sys.path`` but their
own ``.pth`` files are not processed, so the editable install's ``_editable_impl_*.pth`` (which
puts the checkout on ``sys.path``) stays inert, and the wheel's copy is the one imported. The test
checks that rather than trusting it.
"""

from __future__ import annotations

import json
import os
import site
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from scrm_desktop import __version__

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parent.parent

PROBE = """
import json, sys
import scrm_desktop
from scrm_desktop.resources import resource_path, resources_root
print(json.dumps({
    "package": scrm_desktop.__file__,
    "resources": str(resources_root()),
    "font": str(resource_path("fonts", "wqy-microhei.ttc")),
    "sys_path": sys.path,
}))
"""


def run(*argv: str | Path, cwd: Path, env: dict[str, str], timeout: int = 300) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(
        [str(a) for a in argv], cwd=cwd, env=env, capture_output=True, text=True, check=False, timeout=timeout
    )
    assert result.returncode == 0, f"{argv} failed:\n{result.stdout}\n{result.stderr}"
    return result


@pytest.fixture(scope="module")
def built_wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheelhouse")
    env = {k: v for k, v in os.environ.items() if k not in {"PYTHONPATH", "PIP_NO_BUILD_ISOLATION"}}
    run(sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "-w", out, ROOT, cwd=out, env=env, timeout=600)
    wheels = list(out.glob("scrm_desktop-*.whl"))
    assert len(wheels) == 1, wheels
    return wheels[0]


def test_wheel_contents(built_wheel: Path) -> None:
    with zipfile.ZipFile(built_wheel) as wheel:
        names = set(wheel.namelist())
        entry_points = next(n for n in names if n.endswith(".dist-info/entry_points.txt"))
        scripts = wheel.read(entry_points).decode()
    assert built_wheel.name == f"scrm_desktop-{__version__}-py3-none-any.whl"
    for shipped in (
        "scrm_desktop/cli.py",
        "scrm_desktop/migrations/env.py",
        "scrm_desktop/migrations/script.py.mako",
        "scrm_desktop/migrations/versions/0001_foundation.py",
        "scrm_desktop/services/users.py",
        "scrm_desktop/_resources/fonts/wqy-microhei.ttc",
        "scrm_desktop/_resources/data/regions.csv",
    ):
        assert shipped in names, shipped
    assert not any(n.startswith(("resources/", "tests/")) for n in names)
    assert "scrm = scrm_desktop.cli:main" in scripts
    assert "scrm-desktop = scrm_desktop.app:main" in scripts


def test_installed_wheel_runs_from_its_own_files(built_wheel: Path, tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k not in {"PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV"}}
    venv = tmp_path / "venv"
    run(sys.executable, "-m", "venv", "--without-pip", venv, cwd=tmp_path, env=env)
    python = venv / "bin" / "python"
    purelib = Path(
        run(
            python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])", cwd=tmp_path, env=env
        ).stdout.strip()
    )
    assert purelib.is_relative_to(venv)

    # Install first, while the new environment sees nothing else: pip then has no other
    # scrm-desktop (the editable one) to consider replacing.
    run(
        sys.executable,
        "-m",
        "pip",
        "--python",
        python,
        "install",
        "--no-deps",
        "--no-index",
        "--quiet",
        built_wheel,
        cwd=tmp_path,
        env=env,
    )
    borrowed = [p for p in site.getsitepackages() if Path(p).is_dir()]
    (purelib / "_borrowed_site_packages.pth").write_text("\n".join(borrowed) + "\n", encoding="utf-8")

    version = run(venv / "bin" / "scrm", "--version", cwd=tmp_path, env=env)
    assert version.stdout.strip() == f"scrm {__version__}"

    found = json.loads(run(python, "-c", PROBE, cwd=tmp_path, env=env).stdout.strip().splitlines()[-1])
    package_dir = purelib / "scrm_desktop"
    assert Path(found["package"]) == package_dir / "__init__.py"
    assert Path(found["resources"]) == package_dir / "_resources"
    assert Path(found["font"]) == package_dir / "_resources" / "fonts" / "wqy-microhei.ttc"
    assert str(ROOT) not in found["sys_path"], "the checkout leaked onto sys.path"

    # The migrations travel inside the wheel: the installed command can create a database.
    url = f"sqlite:///{tmp_path / 'fresh.sqlite3'}"
    upgraded = run(venv / "bin" / "scrm", "db", "upgrade", "--db", url, cwd=tmp_path, env=env)
    assert "base -> " in upgraded.stdout
    assert "regions: 3212 loaded" in upgraded.stdout  # the shipped region data travels too
    checked = run(venv / "bin" / "scrm", "db", "check", "--db", url, cwd=tmp_path, env=env)
    assert "no differences" in checked.stdout
