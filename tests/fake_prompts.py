"""Answers to the app's modal questions, as a test wants them (scorer/ui/prompts.py)."""

from __future__ import annotations

from pathlib import Path


class FakePrompts:
    """Answers queued in advance; records the errors shown and the questions asked."""

    def __init__(self) -> None:
        self.answers: list[str | None] = []
        self.choices: list[int | None] = []
        self.confirmation = True
        self.path: Path | None = None
        self.errors: list[str] = []
        self.questions: list[str] = []

    def text(self, title: str, label: str, default: str = "") -> str | None:
        return self.answers.pop(0)

    def confirm(self, title: str, question: str) -> bool:
        self.questions.append(question)
        return self.confirmation

    def save_path(self, title: str, suggested: str, file_filter: str = "") -> Path | None:
        return self.path

    def choose(self, title: str, question: str, options: list[str]) -> int | None:
        self.questions.append(question)
        return self.choices.pop(0) if self.choices else None

    def error(self, message: str) -> None:
        self.errors.append(message)
