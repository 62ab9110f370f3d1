"""A read PDF → a ``Report``: page furniture off, then blocks, judgements and title-page facts.

The stages, each in its own module:

    pdf_layout      pages → body lines (running headers, page numbers, footnotes, back page off)
    pdf_tables      body lines → judgement tables
    pdf_blocks      body lines → numbered paragraphs, headings, lists, prose, table rows
    pdf_judgements  blocks and tables → judgements
    pdf_metadata    title page and file name → metadata

Example:
    >>> from assistant.reading import read_document
    >>> report = parse_pdf_report(read_document(
    ...     "../shared/corpus/ofsted/childrens-services/bristol/"
    ...     "children's services inspection - 10 march 2023.pdf"))  # doctest: +SKIP
    >>> report.id, report.paragraph(1).section  # doctest: +SKIP
    ('bristol-2023', ('The experiences and progress of children who need help and protection',))
"""

from __future__ import annotations

from pathlib import Path

from assistant.records import Document, Paragraph, Report
from assistant.structure import make_report_id
from assistant.structure.pdf_blocks import Block, build_blocks
from assistant.structure.pdf_judgements import read_judgements
from assistant.structure.pdf_layout import body_lines
from assistant.structure.pdf_metadata import find_title, read_metadata
from assistant.structure.pdf_tables import find_tables


def parse_pdf_report(document: Document) -> Report:
    """Parse the pages of a PDF report. Never raises on odd text: a PDF that is not an Ofsted
    report comes back as unnumbered text with no judgements."""
    lines = body_lines(document.pages)
    tables = find_tables(lines)
    blocks = build_blocks(lines, tables, find_title(lines))
    metadata = read_metadata(lines, document.source)
    title = metadata.title or _first_heading(blocks) or Path(document.source).stem
    return Report(
        id=make_report_id(metadata, document.source),
        source=document.source,
        title=title,
        pages=len(document.pages),
        paragraphs=tuple(_paragraph(block) for block in blocks),
        judgements=tuple(read_judgements(blocks, tables)),
        metadata=metadata,
    )


def _paragraph(block: Block) -> Paragraph:
    return Paragraph(
        number=block.number,
        text=block.text,
        section=block.section,
        page=block.page,
        kind=block.kind,
        page_turns=block.page_turns,
    )


def _first_heading(blocks: list[Block]) -> str | None:
    return next((block.text for block in blocks if block.kind == "heading"), None)
