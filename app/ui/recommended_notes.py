"""The curated model list's one-line notes (app/core/models/recommended.py), marked for
translation here because the core never imports Qt. A note not listed shows in English;
tests/ui/test_translations.py fails until every curated note is listed."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

NOTES = (
    QT_TRANSLATE_NOOP("RecommendedNotes",
                      "tiny and quick; thinks before answering (can be switched off)"),
    QT_TRANSLATE_NOOP("RecommendedNotes", "small, multilingual, runs on any laptop"),
    QT_TRANSLATE_NOOP("RecommendedNotes", "small reasoning model; good at Chinese and English"),
    QT_TRANSLATE_NOOP("RecommendedNotes", "the bundled model's current big sibling; long context"),
    QT_TRANSLATE_NOOP("RecommendedNotes", "strong at reasoning and code for its size"),
    QT_TRANSLATE_NOOP("RecommendedNotes", "good all-rounder for laptops; thinks first"),
    QT_TRANSLATE_NOOP("RecommendedNotes", "clear writer in many languages"),
    QT_TRANSLATE_NOOP("RecommendedNotes", "strong general model; wants 8 GB of free memory"),
    QT_TRANSLATE_NOOP("RecommendedNotes", "better answers; wants a GPU or 16 GB"),
    QT_TRANSLATE_NOOP("RecommendedNotes", "OpenAI's open model; fast for its size on 16 GB"),
    QT_TRANSLATE_NOOP("RecommendedNotes", "best answers here; wants a 16 GB GPU"),
)


def note_text(note: str) -> str:
    """A curated model's note in the window's language."""
    return QCoreApplication.translate("RecommendedNotes", note)
