"""The status line: what is loading, whether questions can be asked, which report they go to."""

from __future__ import annotations

from textual.content import Content
from textual.reactive import reactive
from textual.widgets import Static


class StatusLine(Static):
    """One line at the top: state (loading, ready, answering, building), scope, last note."""

    state: reactive[str] = reactive("Starting…")
    scope: reactive[str] = reactive("all reports")
    note: reactive[str] = reactive("")

    def render(self) -> Content:
        parts: list[str | tuple[str, str]] = [("● ", "$success" if self.state.startswith(
            "Ready") else "$warning"), (self.state, "bold"), "  ·  asking ", (self.scope, "bold")]
        if self.note:
            parts += ["  ·  ", (self.note, "$text-muted")]
        return Content.assemble(*parts)
