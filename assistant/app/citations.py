"""The citations pane: each cited passage with its report, section, page and paragraph number,
the quoted sentence highlighted inside its paragraph."""

from __future__ import annotations

from textual.binding import Binding
from textual.content import Content
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from assistant.briefing import locator
from assistant.records import Citation
from assistant.source import CitedPassage

#: Characters of the paragraph shown each side of the quote in the list.
CONTEXT = 120


def render_passage(number: int, citation: Citation, passage: CitedPassage | None) -> Content:
    """"[1] Sefton 2011, para 43", the section and judgement, then the paragraph."""
    parts: list[str | tuple[str, str]] = [(f"[{number}] ", "bold $accent"),
                                          (locator(citation), "bold")]
    where = citation.section.replace(" > ", " › ") if citation.section else ""
    if passage is not None and passage.judgement is not None:
        where += f" · judged {passage.judgement.grade}"
    if where:
        parts.append((f"\n{where}", "$text-muted"))
    if passage is None or passage.span is None:
        parts.append(f"\n“{citation.quote}”")
    else:
        cut = table_rows if passage.paragraph.kind == "table" else excerpt
        before, quote, after = cut(passage.paragraph.text, passage.span)
        parts += ["\n", before, (quote, "bold reverse $accent"), after]
    return Content.assemble(*parts)


def excerpt(text: str, span: tuple[int, int], context: int = CONTEXT) -> tuple[str, str, str]:
    """The quote and up to ``context`` characters of its paragraph each side, cut at words
    ("…" marks a cut); the whole paragraph is one Enter away, in the source view."""
    start, end = span
    before, after = " ".join(text[:start].split()), " ".join(text[end:].split())
    if len(before) > context:
        before = "…" + before[-context:].split(" ", 1)[-1]
    if len(after) > context:
        after = after[:context].rsplit(" ", 1)[0] + "…"
    quote = " ".join(text[start:end].split())
    return (before + " " if before else ""), quote, (" " + after if after else "")


class CitationList(OptionList):
    """The current answer's citations; Enter opens the source, p pins, y copies."""

    BINDINGS = [
        Binding("enter", "select", "Open source"),
        Binding("p", "app.pin", "Pin"),
        Binding("a", "app.pin_answer", "Pin answer"),
        Binding("y", "app.copy_citation", "Copy"),
    ]

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.citations: tuple[Citation, ...] = ()
        self.passages: tuple[CitedPassage | None, ...] = ()

    def show(self, citations: tuple[Citation, ...],
             passages: tuple[CitedPassage | None, ...]) -> None:
        """Replace the list with ``citations``; ``passages[i]`` is citation i's, if found."""
        self.citations = citations
        self.passages = passages
        options: list[Option | None] = []
        for i, citation in enumerate(citations):
            if options:
                options.append(None)  # a divider between passages
            options.append(Option(render_passage(i + 1, citation, passages[i]), id=f"c{i}"))
        self.set_options(options)
        if citations:
            self.highlighted = 0

    @property
    def current(self) -> int | None:
        """The highlighted citation's position, or None when there is none."""
        if self.highlighted is None or not self.citations:
            return None
        return self.highlighted


def table_rows(text: str, span: tuple[int, int]) -> tuple[str, str, str]:
    """A table keeps its rows: the quoted row(s) with the row above and the row below."""
    start, end = span
    row_start = text.rfind("\n", 0, start) + 1            # start of the quoted row
    shown_from = text.rfind("\n", 0, max(row_start - 1, 0)) + 1 if row_start else 0
    row_end = text.find("\n", end)
    next_end = text.find("\n", row_end + 1) if row_end >= 0 else -1
    shown_to = len(text) if next_end < 0 else next_end
    before, after = text[shown_from:start], text[end:shown_to]
    return tuple(part.replace("\t", "  ") for part in (before, text[start:end], after))
