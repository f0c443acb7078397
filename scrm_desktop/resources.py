"""The one place that finds ``resources/`` and makes icons.

In a checkout the folder sits beside the package; in an installed wheel it is packaged as
``scrm_desktop/_resources``. Everything else asks this module for paths.
"""

from __future__ import annotations

import functools
from importlib import resources as importlib_resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from PySide6.QtGui import QIcon


@functools.cache
def resources_root() -> Path:
    packaged = Path(str(importlib_resources.files("scrm_desktop"))) / "_resources"
    if packaged.is_dir():
        return packaged
    checkout = Path(__file__).resolve().parent.parent / "resources"
    if checkout.is_dir():
        return checkout
    raise FileNotFoundError(f"resources folder not found (looked in {packaged} and {checkout})")


def resource_path(*parts: str) -> Path:
    """Path of a shipped resource such as ``resource_path("i18n", "scrm_zh_CN.qm")``."""
    path = resources_root().joinpath(*parts)
    if not path.exists():
        raise FileNotFoundError(f"missing resource: {'/'.join(parts)} (in {resources_root()})")
    return path


@functools.cache
def icon(name: str, color: str | None = None, **options: Any) -> QIcon:
    """A cached qtawesome icon, e.g. ``icon("mdi6.account-multiple")``. Needs a QApplication."""
    import qtawesome

    if color is not None:
        options["color"] = color
    made: QIcon = qtawesome.icon(name, **options)
    return made


def ui_font_files() -> list[Path]:
    """Fonts shipped for the UI and the PDFs (CJK coverage on every platform)."""
    folder = resources_root() / "fonts"
    return sorted(p for p in folder.iterdir() if p.suffix.lower() in {".ttf", ".ttc", ".otf"})
