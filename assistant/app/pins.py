"""The pinned list: citations kept for the briefing, in the order they will be exported."""

from __future__ import annotations

from textual.binding import Binding
from textual.content import Content
from textual.widgets import OptionList

from assistant.briefing import Pin, locator


class PinList(OptionList):
    """Pins, editable: Delete removes one, Shift+Up/Down move it; Ctrl+E exports them all."""

    BINDINGS = [
        Binding("delete,backspace,x", "remove", "Remove"),
        Binding("shift+up", "move(-1)", "Move up"),
        Binding("shift+down", "move(1)", "Move down"),
    ]

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.pins: list[Pin] = []

    def add(self, pin: Pin) -> bool:
        """Pin ``pin`` unless the same quote is pinned already; True if it was added."""
        if any(p.citation == pin.citation for p in self.pins):
            return False
        self.pins.append(pin)
        self._refresh_options(len(self.pins) - 1)
        return True

    def action_remove(self) -> None:
        if self.highlighted is None or not self.pins:
            return
        del self.pins[self.highlighted]
        self._refresh_options(min(self.highlighted, len(self.pins) - 1))

    def action_move(self, step: int) -> None:
        i = self.highlighted
        if i is None or not 0 <= i + step < len(self.pins):
            return
        self.pins[i], self.pins[i + step] = self.pins[i + step], self.pins[i]
        self._refresh_options(i + step)

    def _refresh_options(self, highlight: int) -> None:
        self.set_options(Content.assemble((f"{n}. ", "bold $accent"), (locator(p.citation), "bold"),
                                          f" “{_shortened(p.citation.quote)}”")
                         for n, p in enumerate(self.pins, 1))
        self.border_title = f"Pinned ({len(self.pins)}) · ctrl+e exports"
        self.set_class(not self.pins, "-empty")
        if self.pins:
            self.highlighted = max(0, highlight)


def _shortened(quote: str, limit: int = 90) -> str:
    """The list shows the start of a long quote; the briefing has all of it."""
    return quote if len(quote) <= limit else quote[:limit].rsplit(" ", 1)[0] + "…"
