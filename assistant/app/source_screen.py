"""The source view: the whole report, opened at the cited paragraph, which is marked with its
quote highlighted; headings show where it sits and the judgement of its section.

The report is one ``OptionList`` (one option per paragraph), which draws only what is on screen:
a long report opens as fast as a short one, and Up/Down move paragraph by paragraph.
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Footer, OptionList, Static
from textual.widgets.option_list import Option

from assistant.briefing import locator
from assistant.records import Paragraph, Report
from assistant.source import CitedPassage


def render_paragraph(paragraph: Paragraph, span: tuple[int, int] | None = None,
                     cited: bool = False) -> Content:
    """A paragraph with its number; ``span`` (the quote) is highlighted."""
    parts: list[str | tuple[str, str]] = [("▶ cited  ", "bold $accent")] if cited else []
    if paragraph.number is not None:
        parts.append((f"{paragraph.number}. ", "bold $accent"))
    text = paragraph.text
    if span is None:
        parts.append(text)
    else:
        start, end = span
        parts += [text[:start], (text[start:end], "bold reverse $accent"), text[end:]]
    return Content.assemble(*parts, "\n")  # a blank line between paragraphs


def report_options(report: Report, passage: CitedPassage) -> list[Option | None]:
    """One option per paragraph (its index as id); headings and page breaks are disabled."""
    options: list[Option | None] = []
    page = None
    for i, paragraph in enumerate(report.paragraphs):
        if paragraph.page is not None and paragraph.page != page:
            page = paragraph.page  # PDF page breaks, as a viewer numbers them
            options.append(Option(Content.styled(f"p. {page}", "italic $text-muted"),
                                  disabled=True))
        if paragraph.kind == "heading":
            style = "bold underline $text-primary" if len(paragraph.section) <= 1 else (
                "bold $text-primary")
            options.append(Option(Content.styled(paragraph.text.replace("\n", " · "), style),
                                  disabled=True))
            continue
        cited = i == passage.index
        options.append(Option(render_paragraph(paragraph, passage.span if cited else None, cited),
                              id=f"p{i}"))
    return options


class SourceScreen(Screen[None]):
    """Esc returns to the chat; p pins and y copies the citation shown."""

    CSS_PATH = "source_screen.tcss"
    BINDINGS = [
        Binding("escape", "dismiss", "Back"),
        Binding("p", "pin", "Pin"),
        Binding("y", "copy", "Copy"),
        Binding("c", "to_cited", "Cited paragraph"),
    ]

    def __init__(self, report: Report, passage: CitedPassage) -> None:
        super().__init__()
        self.report = report
        self.passage = passage

    def compose(self) -> ComposeResult:
        citation, judgement = self.passage.citation, self.passage.judgement
        head: list[str | tuple[str, str]] = [(locator(citation), "bold"), "  ",
                                             (self.report.title, "$text-muted")]
        if citation.section:
            head.append((f"\n{citation.section.replace(' > ', ' › ')}", "$text-muted"))
        if judgement is not None:
            number = f" (grade {judgement.grade_number})" if judgement.grade_number else ""
            head.append((f"  ·  judged {judgement.grade}{number}", "bold $accent"))
        yield Static(Content.assemble(*head), id="source-head")
        yield OptionList(*report_options(self.report, self.passage), id="source-body")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#source-body", OptionList).focus()
        self.call_after_refresh(self.action_to_cited)

    def action_to_cited(self) -> None:
        """Highlight the cited paragraph and scroll it into view, a few lines below the top
        so that its heading shows."""
        body = self.query_one("#source-body", OptionList)
        body.highlighted = body.get_option_index(f"p{self.passage.index}")
        body.scroll_to_highlight(top=True)
        self.call_after_refresh(body.scroll_relative, y=-3, animate=False, immediate=True)

    def action_pin(self) -> None:
        self.app.pin_citation(self.passage.citation)

    def action_copy(self) -> None:
        self.app.copy_citation(self.passage.citation)
