"""Questions asked before, kept between runs in the user's data folder (not the project tree).

The folder is ``$REPORT_ASSISTANT_DATA_DIR`` if set, else ``$XDG_DATA_HOME/report-assistant``,
else ``~/.local/share/report-assistant``. The history is one question per line, oldest first.

Example:
    >>> import tempfile
    >>> history = History(Path(tempfile.mkdtemp()) / "history.txt")
    >>> history.add("what was the grade for partnership working?")
    >>> History(history.path).entries
    ['what was the grade for partnership working?']
"""

from __future__ import annotations

import os
from pathlib import Path

#: Questions kept; older ones are dropped when the file is written.
LIMIT = 500


def data_dir() -> Path:
    """Where the app keeps its history (and exported briefings go by default)."""
    explicit = os.environ.get("REPORT_ASSISTANT_DATA_DIR")
    if explicit:
        return Path(explicit)
    xdg = os.environ.get("XDG_DATA_HOME")
    base = Path(xdg) if xdg else Path.home() / ".local" / "share"
    return base / "report-assistant"


class History:
    """The questions asked, oldest first; ``add`` appends one and saves the file."""

    def __init__(self, path: Path) -> None:
        self.path = path
        try:
            lines = path.read_text("utf-8").splitlines()
        except (OSError, UnicodeDecodeError):
            lines = []  # no history yet, or an unreadable one: start afresh rather than fail
        self.entries: list[str] = [line for line in lines if line.strip()][-LIMIT:]

    def add(self, question: str) -> None:
        """Append ``question`` (one line) unless it repeats the last one, and save."""
        question = " ".join(question.split())
        if not question or (self.entries and self.entries[-1] == question):
            return
        self.entries = (self.entries + [question])[-LIMIT:]
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self.path.write_text("\n".join(self.entries) + "\n", "utf-8")
        except OSError:
            pass  # a read-only home must not stop anyone asking questions


class HistoryCursor:
    """Up/Down through the history, as a shell does: Down past the newest gives the draft back.

    Example:
        >>> cursor = HistoryCursor(["first", "second"])
        >>> cursor.older("draft"), cursor.older("second"), cursor.newer("first"), cursor.newer("x")
        ('second', 'first', 'second', 'draft')
    """

    def __init__(self, entries: list[str]) -> None:
        self.entries = entries
        self.position = len(entries)
        self.draft = ""

    def older(self, current: str) -> str:
        if self.position == len(self.entries):
            self.draft = current
        self.position = max(0, self.position - 1)
        return self.entries[self.position] if self.entries else current

    def newer(self, current: str) -> str:
        if self.position >= len(self.entries):
            return current
        self.position += 1
        return self.draft if self.position == len(self.entries) else self.entries[self.position]
