"""Translations: every source string has a Simplified Chinese translation, and all three ship."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator

from scrm_desktop.i18n import load_translator, translator_function
from scrm_desktop.resources import resource_path
from scrm_desktop.services.errors import QT_TRANSLATE_NOOP, ValidationError

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "resources" / "i18n"


def _messages(path: Path) -> list[tuple[str, str, ET.Element]]:
    root = ET.parse(path).getroot()
    return [
        (ctx.findtext("name") or "", msg.findtext("source") or "", msg)
        for ctx in root.iter("context")
        for msg in ctx.iter("message")
    ]


def _extract_sources(tmp_path: Path) -> set[tuple[str, str]]:
    """Run lupdate on the current sources into a scratch .ts file."""
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    if not lupdate.exists():
        pytest.skip("pyside6-lupdate is not installed next to this Python")
    target = tmp_path / "extracted.ts"
    sources = sorted(str(p) for p in (ROOT / "scrm_desktop").rglob("*.py"))
    subprocess.run([str(lupdate), *sources, "-ts", str(target)], check=True, capture_output=True)
    return {(c, s) for c, s, _ in _messages(target)}


def test_every_source_string_has_a_simplified_chinese_translation(tmp_path: Path) -> None:
    extracted = _extract_sources(tmp_path)
    assert len(extracted) > 50
    translated = {
        (c, s)
        for c, s, msg in _messages(I18N / "scrm_zh_CN.ts")
        if (msg.find("translation") is not None)
        and (msg.find("translation").text or "").strip()  # type: ignore[union-attr]
        and msg.find("translation").get("type") is None  # type: ignore[union-attr]
    }
    missing = sorted(extracted - translated)
    assert not missing, "untranslated (run tools/update_translations.py):\n" + "\n".join(
        f"{c}: {s}" for c, s in missing
    )


def test_placeholders_survive_translation() -> None:
    """A translation that drops or renames a {placeholder} would break .format()."""
    import string

    broken = []
    for lang in ("zh_CN", "zh_TW", "en"):
        for ctx, source, msg in _messages(I18N / f"scrm_{lang}.ts"):
            text = msg.findtext("translation") or ""
            if not text:
                continue
            names = {f for _, f, _, _ in string.Formatter().parse(source) if f}
            got = {f for _, f, _, _ in string.Formatter().parse(text) if f}
            if names != got:
                broken.append(f"{lang} {ctx}: {source!r} -> {text!r}")
    assert not broken, "\n".join(broken)


@pytest.mark.parametrize("lang", ["zh_CN", "en", "zh_TW"])
def test_compiled_translations_ship_and_load(lang: str) -> None:
    assert resource_path("i18n", f"scrm_{lang}.qm").stat().st_size > 100
    assert isinstance(load_translator(lang), QTranslator)


def test_service_errors_are_translated_with_their_placeholders() -> None:
    exc = ValidationError(QT_TRANSLATE_NOOP("ScrmError", "The user name {username} is already taken."), username="wang")
    assert exc.message() == "The user name wang is already taken."
    zh = exc.message(translator_function(load_translator("zh_CN")))
    assert "wang" in zh and zh != exc.message()
    tw = exc.message(translator_function(load_translator("zh_TW")))
    assert "wang" in tw and tw != zh
