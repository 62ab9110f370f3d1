"""The chat pane: each question, how it was read, and its answer with citation markers."""

from __future__ import annotations

from textual.containers import VerticalScroll
from textual.content import Content
from textual.widgets import Static

from assistant.app.messages import Turn
from assistant.briefing import locator

WELCOME = ("Ask a question about the indexed reports, e.g. “what was the grade for partnership "
           "working?”. Every answer is quoted from the reports and cited to its paragraph. "
           "Tab moves to the citations; F1 lists the keys.")


class TurnView(Static):
    """One turn, redrawn from its ``Turn`` as it moves from waiting to answered."""

    def __init__(self, turn: Turn) -> None:
        super().__init__(id=f"turn-{turn.number}", classes="turn")
        self.turn = turn
        self.waiting_for = "the index to load"

    def on_mount(self) -> None:
        self.redraw()

    def on_click(self) -> None:
        if self.turn.answer is not None:
            self.app.show_citations(self.turn)

    def redraw(self) -> None:
        self.update(render_turn(self.turn, self.waiting_for))


def render_turn(turn: Turn, waiting_for: str = "the index to load") -> Content:
    """The turn as text: "› question", "Read as: ...", then the answer and its markers."""
    parts: list[str | tuple[str, str]] = [("› ", "bold $accent"), (turn.question, "bold")]
    if turn.reading is not None and turn.reading.followup:
        parts.append((f"\n  Read as: {turn.reading.read_as}", "italic $text-muted"))
    parts.append("\n")
    if turn.cancelled:
        parts.append(("Cancelled.", "$text-muted"))
    elif turn.error:
        parts.append((f"Could not answer: {turn.error}", "bold $text-error"))
    elif turn.answer is None:
        parts.append(("Answering…" if turn.reading else f"Waiting for {waiting_for}…",
                      "italic $text-muted"))
    else:
        parts.append(turn.answer.text)
        if not turn.answer.citations and turn.answer.related:
            parts.append(("\nPossibly related:", "$text-muted"))
        for i, citation in enumerate(turn.cited, 1):
            parts += [(f"\n[{i}] ", "bold $accent"), locator(citation)]
            if citation.section and citation.paragraph is not None:
                parts.append((f" · {citation.section.rsplit(' > ', 1)[-1]}", "$text-muted"))
    return Content.assemble(*parts)


class ChatLog(VerticalScroll):
    """The conversation so far, newest at the bottom, kept scrolled to the end."""

    can_focus = False

    def on_mount(self) -> None:
        self.mount(Static(WELCOME, id="welcome", markup=False))

    def add_turn(self, turn: Turn) -> TurnView:
        view = TurnView(turn)
        self.mount(view)
        self.call_after_refresh(self.scroll_end, animate=False)
        return view

    def update_turn(self, turn: Turn, waiting_for: str | None = None) -> None:
        view = self.query_one(f"#turn-{turn.number}", TurnView)
        view.turn = turn
        if waiting_for:
            view.waiting_for = waiting_for
        view.redraw()
        self.call_after_refresh(self.scroll_end, animate=False)

    def select(self, turn: Turn) -> None:
        """Mark the turn whose citations are shown, and bring it into view."""
        for view in self.query(".-selected"):
            view.remove_class("-selected")
        view = self.query_one(f"#turn-{turn.number}", TurnView)
        view.add_class("-selected")
        if view is not self.query(TurnView).last():
            self.call_after_refresh(self.scroll_to_widget, view, animate=False)

    def clear_turns(self) -> None:
        self.query(TurnView).remove()
