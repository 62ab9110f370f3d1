"""Typed records that flow through the pipeline.

read → ``Page`` · parse structure → ``Report`` (``Paragraph``, ``Judgement``) ·
chunk → ``Chunk`` · answer → ``Answer`` (``Citation``).

Example:
    >>> p = Paragraph(number=43, text="Partnership working arrangements are good.",
    ...               section=("Safeguarding services", "Partnership working"), page=None)
    >>> p.section_path
    'Safeguarding services > Partnership working'
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field

#: Paragraph kinds. "numbered" paragraphs carry a number; the rest have ``number=None``.
PARAGRAPH_KINDS = ("numbered", "text", "heading", "table", "bullet")


@dataclass(frozen=True)
class Page:
    """One page of extracted text; ``number`` is 1-based as a viewer shows it, None for text."""

    number: int | None
    text: str


@dataclass(frozen=True)
class Document:
    """What a reader returns: the source path, its pages and its content hash."""

    source: str
    pages: tuple[Page, ...]
    content_hash: str
    is_pdf: bool


@dataclass(frozen=True)
class Paragraph:
    """A unit of report text with its locators.

    ``number`` is the printed paragraph number ("43."), or None for unnumbered text
    (headings, contents lines, table rows, summaries). ``page`` is where it starts.
    """

    number: int | None
    text: str
    section: tuple[str, ...]
    page: int | None
    kind: str = "numbered"
    #: where the text runs on to a later page (a paragraph continued across a page break):
    #: (offset in its whitespace-normalised text, page)
    page_turns: tuple[tuple[int, int], ...] = ()

    @property
    def section_path(self) -> str:
        return " > ".join(self.section)

    def pages_of(self, quote: str) -> tuple[int | None, int | None]:
        """The pages ``quote`` starts and ends on.

        Example:
            >>> p = Paragraph(15, "Most are seen. Some have not been seen.", (), 4, "numbered",
            ...               ((15, 5),))
            >>> p.pages_of("Most are seen."), p.pages_of("Some have not been seen.")
            ((4, 4), (5, 5))
            >>> p.pages_of("Most are seen. Some have not")
            (4, 5)
        """
        if not self.page_turns:
            return self.page, self.page
        quote = " ".join(quote.split())
        start = " ".join(self.text.split()).find(quote)
        end = start + len(quote)
        first = last = self.page
        for offset, turn in self.page_turns:
            if 0 <= offset <= start:
                first = turn
            if 0 <= start and offset < end:
                last = turn
        return first, last


@dataclass(frozen=True)
class Judgement:
    """A graded judgement, e.g. part="Safeguarding services", area="Partnership working",
    grade="good", grade_number=2, paragraph=43.

    ``origin`` says where it was read: "heading" (the body) or "table" (a summary table).
    """

    part: str | None
    area: str
    grade: str
    grade_number: int | None
    paragraph: int | None
    page: int | None
    origin: str = "heading"


@dataclass(frozen=True)
class ReportMetadata:
    """Facts printed on a report's title page (any may be missing)."""

    title: str | None = None
    local_authority: str | None = None
    inspection_dates: str | None = None
    published: str | None = None
    lead_inspector: str | None = None
    report_type: str | None = None
    year: int | None = None


def report_label(metadata: ReportMetadata, title: str, report_id: str) -> str:
    """Short name for citations: local authority and year ("Sefton 2011"), else the title."""
    la = metadata.local_authority
    if la and metadata.year:
        label = f"{la} {metadata.year}"
        if metadata.report_type in ("focused visit", "area SEND"):
            label += f" {metadata.report_type}"
        return label
    return la or title or report_id


@dataclass(frozen=True)
class Report:
    """A parsed report: its paragraphs in reading order, judgements and metadata."""

    id: str
    source: str
    title: str
    pages: int | None
    paragraphs: tuple[Paragraph, ...]
    judgements: tuple[Judgement, ...]
    metadata: ReportMetadata = field(default_factory=ReportMetadata)

    @property
    def label(self) -> str:
        """Short name for citations, e.g. "Sefton 2011"."""
        return report_label(self.metadata, self.title, self.id)

    def paragraph(self, number: int) -> Paragraph | None:
        """The numbered paragraph ``number``, or None."""
        for p in self.paragraphs:
            if p.number == number:
                return p
        return None

    def to_dict(self) -> dict:
        return asdict(self)

    @classmethod
    def from_dict(cls, d: dict) -> Report:
        return cls(
            id=d["id"],
            source=d["source"],
            title=d["title"],
            pages=d["pages"],
            paragraphs=tuple(
                Paragraph(**{**p, "section": tuple(p["section"]),
                             "page_turns": tuple(map(tuple, p.get("page_turns", ())))})
                for p in d["paragraphs"]
            ),
            judgements=tuple(Judgement(**j) for j in d["judgements"]),
            metadata=ReportMetadata(**d["metadata"]),
        )


@dataclass(frozen=True)
class Chunk:
    """A piece of one paragraph (or a whole one) as stored in the index.

    ``text`` is the report's own words; ``embed_text`` adds the heading context the model sees.
    ``paragraph_index`` is the position of its paragraph in ``Report.paragraphs`` (numbered
    or not), so every chunk leads back to exactly one paragraph.
    """

    report: str
    paragraph: int | None
    page: int | None
    section: str
    text: str
    embed_text: str
    paragraph_index: int
    kind: str = "numbered"


@dataclass(frozen=True)
class Citation:
    """One verified quote: ``quote`` is a verbatim substring of the cited paragraph."""

    report: str
    source: str
    title: str
    paragraph: int | None
    page: int | None
    section: str
    quote: str
    score: float
    label: str = ""
    #: the page the quote ends on, when it runs on past ``page`` (a page break)
    last_page: int | None = None

    @property
    def pages(self) -> tuple[int, ...]:
        """Every page the quote is on."""
        if self.page is None:
            return ()
        return tuple(range(self.page, max(self.page, self.last_page or self.page) + 1))

    def locator(self) -> str:
        """Human citation, e.g. "Sefton 2011, para 43" or "Bristol 2023, p. 7, para 12"."""
        parts = [self.label or self.report]
        if len(self.pages) > 1:
            parts.append(f"pp. {self.pages[0]}–{self.pages[-1]}")
        elif self.page is not None:
            parts.append(f"p. {self.page}")
        if self.paragraph is not None:
            parts.append(f"para {self.paragraph}")
        elif self.page is None and self.section:
            parts.append(self.section.rsplit(" > ", 1)[-1].rstrip(":"))
        return ", ".join(parts)

    def to_json(self) -> dict:
        return {
            "report": self.report,
            "source": self.source,
            "title": self.title,
            "paragraph": self.paragraph,
            "page": self.page,
            "last_page": self.pages[-1] if self.pages else None,
            "section": self.section,
            "quote": self.quote,
            "score": round(float(self.score), 4),
        }


@dataclass(frozen=True)
class Answer:
    """An answer: text assembled from cited sentences, the citations best first."""

    question: str
    text: str
    citations: tuple[Citation, ...]
    seconds: float
    answered: bool = True
    related: tuple[Citation, ...] = ()

    def to_json(self) -> dict:
        return {
            "question": self.question,
            "answer": self.text,
            "citations": [c.to_json() for c in self.citations],
            "seconds": round(self.seconds, 4),
        }
