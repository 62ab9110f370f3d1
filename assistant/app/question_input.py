"""The question box: Enter asks, Up and Down recall earlier questions (kept between runs)."""

from __future__ import annotations

from textual.binding import Binding
from textual.widgets import Input

from assistant.history import History, HistoryCursor


class QuestionInput(Input):
    """An ``Input`` with shell-like history; the app keeps focus here."""

    BINDINGS = [
        Binding("up", "older", "Earlier question", show=False),
        Binding("down", "newer", "Later question", show=False),
    ]

    def __init__(self, history: History, **kwargs) -> None:
        super().__init__(placeholder="Ask a question (↑ earlier questions)", **kwargs)
        self.history = history
        self.cursor = HistoryCursor(history.entries)

    def remember(self, question: str) -> None:
        """Add ``question`` to the saved history and start browsing from the newest again."""
        self.history.add(question)
        self.cursor = HistoryCursor(self.history.entries)

    def action_older(self) -> None:
        self._show(self.cursor.older(self.value))

    def action_newer(self) -> None:
        self._show(self.cursor.newer(self.value))

    def _show(self, text: str) -> None:
        self.value = text
        self.cursor_position = len(text)
