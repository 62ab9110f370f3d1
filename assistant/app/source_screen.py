"""The source view: the whole report, scrolled to the cited paragraph, which is marked with its
quote highlighted; headings show where it sits and the judgement of its section."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Footer, Static

from assistant.briefing import locator
from assistant.records import Paragraph, Report
from assistant.source import CitedPassage


def render_paragraph(paragraph: Paragraph, span: tuple[int, int] | None = None) -> Content:
    """A paragraph with its number (and page); ``span`` is highlighted."""
    label = f"{paragraph.number}. " if paragraph.number is not None else ""
    text = paragraph.text
    if span is None:
        return Content.assemble((label, "bold $accent"), text)
    start, end = span
    return Content.assemble((label, "bold $accent"), text[:start],
                            (text[start:end], "bold reverse $accent"), text[end:])


class SourceScreen(Screen[None]):
    """Esc returns to the chat; p pins and y copies the citation shown."""

    CSS_PATH = "source_screen.tcss"
    BINDINGS = [
        Binding("escape", "dismiss", "Back"),
        Binding("p", "pin", "Pin"),
        Binding("y", "copy", "Copy"),
        Binding("home", "scroll_home", "Top", show=False),
        Binding("end", "scroll_end", "End", show=False),
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
        with VerticalScroll(id="source-body"):
            page = None
            for i, paragraph in enumerate(self.report.paragraphs):
                if paragraph.page is not None and paragraph.page != page:
                    page = paragraph.page  # PDF page breaks, as a viewer numbers them
                    yield Static(f"p. {page}", classes="page")
                if paragraph.kind == "heading":
                    depth = min(len(paragraph.section), 3)
                    yield Static(paragraph.text.replace("\n", " · "), markup=False,
                                 classes=f"heading depth-{depth}")
                    continue
                cited = i == self.passage.index
                widget = Static(render_paragraph(paragraph, self.passage.span if cited else None),
                                id=f"p{i}", classes="paragraph cited" if cited else "paragraph")
                yield widget
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#source-body", VerticalScroll).focus()
        self.call_after_refresh(self._scroll_to_cited)

    def _scroll_to_cited(self, tries: int = 20) -> None:
        """Centre the cited paragraph once the report is laid out (it may take a few frames)."""
        body = self.query_one("#source-body", VerticalScroll)
        target = self.query_one(f"#p{self.passage.index}")
        if body.max_scroll_y == 0 and tries and target.region.bottom > body.region.bottom:
            self.call_after_refresh(self._scroll_to_cited, tries - 1)
            return
        # Centred when it fits; a long paragraph starts near the top, its heading in view.
        room = max(2, (body.scrollable_content_region.height - target.outer_size.height) // 2)
        body.scroll_to(y=max(0, target.virtual_region.y - room), animate=False, immediate=True)

    def action_pin(self) -> None:
        self.app.pin_citation(self.passage.citation)

    def action_copy(self) -> None:
        self.app.copy_citation(self.passage.citation)

    def action_scroll_home(self) -> None:
        self.query_one("#source-body", VerticalScroll).scroll_home(animate=False)

    def action_scroll_end(self) -> None:
        self.query_one("#source-body", VerticalScroll).scroll_end(animate=False)
