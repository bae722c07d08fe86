"""Translations: Indonesian in the source, English from resources/i18n/scorer_en.qm.

Regenerate after changing UI texts (docs/translations.md):
    .venv/bin/pyside6-lupdate $(git ls-files 'scorer/ui/*.py') -ts resources/i18n/scorer_en.ts
    (translate in resources/i18n/scorer_en.ts, e.g. with pyside6-linguist)
    .venv/bin/pyside6-lrelease resources/i18n/scorer_en.ts -qm resources/i18n/scorer_en.qm
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

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
    if lang == "en":
        translator = QTranslator(app)
        if translator.load(str(resources_dir() / "i18n" / "scorer_en.qm")):
            app.installTranslator(translator)
            _installed.append(translator)
