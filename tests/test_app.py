"""The GUI entry point: screenshot mode renders every page of the demo database and exits 0."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from scrm_desktop.app import parse_args


def test_command_line_options() -> None:
    args = parse_args(["--demo", "--db", "sqlite:///x.db", "--lang", "en", "--screenshot", "shots"])
    assert args.demo and args.db == "sqlite:///x.db" and args.lang == "en"
    assert args.screenshot == Path("shots")
    with pytest.raises(SystemExit):
        parse_args(["--lang", "fr"])


@pytest.mark.slow
def test_screenshot_mode_writes_a_png_per_page(tmp_path: Path) -> None:
    out = tmp_path / "shots"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "SCRM_LANG": "zh_CN"}
    result = subprocess.run(
        [sys.executable, "-m", "scrm_desktop", "--screenshot", str(out), "--demo"],
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    from scrm_desktop.views.main_window import page_specs

    for spec in page_specs():
        png = out / f"{spec.key}.png"
        assert png.exists(), f"no screenshot of page {spec.key}"
        image = QImage(str(png))
        assert image.width() >= 1200 and image.height() >= 800
        # A rendered page has text and widgets, not a blank canvas.
        colours = {image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)}
        assert len(colours) > 20, f"{spec.key}.png looks blank"
    assert (out / "dialog-login.png").exists()
    # The demo database was created in the user data folder and holds the demo accounts.
    assert (Path(os.environ["SCRM_DATA_DIR"]) / "demo.sqlite3").exists()
