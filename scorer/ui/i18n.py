"""Translations: Indonesian in the source, English from resources/i18n/scorer_en.qm.

Qt's own strings (standard buttons, file dialogs, context menus) come from Qt's qtbase
translations where Qt ships one (English); Qt ships none for Indonesian, so the app carries
its own: resources/i18n/qtbase_id.ts (hand-translated; compile with
    .venv/bin/pyside6-lrelease resources/i18n/qtbase_id.ts -qm resources/i18n/qtbase_id.qm).

Regenerate after changing UI texts (docs/translations.md):
    .venv/bin/pyside6-lupdate $(git ls-files 'scorer/ui/*.py') -ts resources/i18n/scorer_en.ts
    (translate in resources/i18n/scorer_en.ts, e.g. with pyside6-linguist)
    .venv/bin/pyside6-lrelease resources/i18n/scorer_en.ts -qm resources/i18n/scorer_en.qm
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from scorer.paths import resources_dir

LANGUAGES = ("id", "en")
_installed: list[QTranslator] = []


def apply_language(lang: str) -> None:
    """Install the translator for `lang` (Indonesian needs none) and the matching locale."""
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("no Qt application")
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    QLocale.setDefault(
        QLocale(
            QLocale.Language.Indonesian if lang == "id" else QLocale.Language.English,
            QLocale.Country.Indonesia,
        )
    )
    for path in translation_files(lang):
        translator = QTranslator(app)
        if translator.load(str(path)):
            app.installTranslator(translator)
            _installed.append(translator)


def translation_files(lang: str) -> list[Path]:
    """Qt's own strings first, then the app's (Indonesian needs no app translation)."""
    ours = resources_dir() / "i18n"
    if lang == "en":
        qt = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
        return [qt / "qtbase_en.qm", ours / "scorer_en.qm"]
    return [ours / f"qtbase_{lang}.qm"]
