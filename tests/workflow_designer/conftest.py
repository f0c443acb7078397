"""Designer tests run in Simplified Chinese (the primary language) with the shipped font, like tests/views."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QApplication


@pytest.fixture(scope="session", autouse=True)
def chinese_app(qapp: QApplication) -> Iterator[list[QTranslator]]:
    from scrm_desktop.app import register_fonts
    from scrm_desktop.i18n import install_translators

    register_fonts()
    translators = install_translators(qapp, "zh_CN")
    yield translators
    for translator in translators:
        qapp.removeTranslator(translator)
