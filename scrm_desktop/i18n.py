"""Loading translations (Qt .qm files) for the GUI and the command line.

Source strings are English; Simplified Chinese is the primary translation, with English and
Traditional Chinese beside it. Service errors carry untranslated templates (context
``ScrmError``) that are translated here, at the edge.
"""

from __future__ import annotations

import os

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from scrm_desktop.config import DEFAULT_LANGUAGE, LANGUAGES, Settings
from scrm_desktop.resources import resources_root
from scrm_desktop.services.errors import ScrmError, Translate

LANGUAGE_NAMES = {"zh_CN": "简体中文", "en": "English", "zh_TW": "繁體中文"}


def current_language() -> str:
    lang = os.environ.get("SCRM_LANG") or Settings.load().language
    return lang if lang in LANGUAGES else DEFAULT_LANGUAGE


def load_translator(language: str) -> QTranslator | None:
    translator = QTranslator()
    if translator.load(f"scrm_{language}", str(resources_root() / "i18n")):
        return translator
    return None


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Install ours plus Qt's own (dialog buttons, context menus) and set the default locale."""
    installed: list[QTranslator] = []
    ours = load_translator(language)
    if ours is not None:
        app.installTranslator(ours)
        installed.append(ours)
    qt = QTranslator()
    if qt.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        installed.append(qt)
    locale = {
        "zh_CN": QLocale(QLocale.Language.Chinese, QLocale.Country.China),
        "zh_TW": QLocale(QLocale.Language.Chinese, QLocale.Script.TraditionalChineseScript, QLocale.Country.Taiwan),
        "en": QLocale(QLocale.Language.English, QLocale.Country.UnitedStates),
    }[language]
    QLocale.setDefault(locale)
    return installed


def translator_function(translator: QTranslator | None) -> Translate:
    def translate(context: str, text: str) -> str:
        if translator is None:
            return text
        return translator.translate(context, text) or text

    return translate


def app_translate(context: str, text: str) -> str:
    """Translate through the translators installed on the running application."""
    return QCoreApplication.translate(context, text)


def error_message(exc: ScrmError, translate: Translate = app_translate) -> str:
    return exc.message(translate)
