"""The help screen: every key, what it does, and where it works."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen

HELP = """\
# Report assistant: keys

Every answer is quoted from the reports and cited to its paragraph.

| key | where | does |
|---|---|---|
| Enter | question box | ask (a question typed while loading is answered when ready) |
| ↑ / ↓ | question box | earlier / later questions (kept between runs) |
| Esc | anywhere | cancel the running question, or back to the question box; close a screen |
| Tab / Shift+Tab | anywhere | move between the question box, citations and pins |
| Ctrl+↑ / Ctrl+↓ | anywhere | citations of the answer before / after (or click an answer) |
| Enter | citations | open the source, scrolled to the cited paragraph (c returns to it) |
| p | citations, source | pin the citation for the briefing |
| a | citations | pin every citation of the answer |
| y | citations, source | copy the citation (quote and “Report, para N (p. M)”) |
| Delete / x | pins | remove the pin |
| Shift+↑ / Shift+↓ | pins | move the pin up / down |
| Ctrl+E | anywhere | export the pins as a Markdown briefing (path shown, copied) |
| Ctrl+R | anywhere | reports: metadata, judgements, limit questions, add a report |
| Ctrl+N | anywhere | new conversation (follow-ups start afresh) |
| Ctrl+T | anywhere | light / dark theme |
| Ctrl+P | anywhere | command palette: every action by name |
| F1 | anywhere | this help |
| Ctrl+Q | anywhere | quit |

Follow-up questions ("and for looked after children?", "what about 2022?", "who led it?",
"why?") are read with the previous question; the chat shows how each was read.
"""


class HelpScreen(ModalScreen[None]):
    """The keys, over the app; Esc or F1 closes it."""

    CSS_PATH = "help_screen.tcss"
    BINDINGS = [Binding("escape,f1,q", "dismiss", "Close")]

    def compose(self) -> ComposeResult:
        from textual.widgets import Markdown  # markdown-it is slow to import; only here

        with VerticalScroll(id="help-body"):
            yield Markdown(HELP)
