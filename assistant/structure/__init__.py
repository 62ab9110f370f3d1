"""Pages → a ``Report``: numbered paragraphs, section paths, judgements and metadata.

Example:
    >>> from assistant.reading import read_document
    >>> report = parse_report(read_document("assistant/data/sefton-2011.txt"))
    >>> report.paragraph(43).section_path
    'Safeguarding services > Partnership working'
"""

from __future__ import annotations

import re
from pathlib import Path

from assistant.records import Document, Report, ReportMetadata


def make_report_id(metadata: ReportMetadata, source: str) -> str:
    """A short, readable id: "sefton-2011", "bristol-2023", "wigan-2024-focused-visit".

    Falls back to the file name when the title page gives no local authority or year.
    """
    if metadata.local_authority and metadata.year:
        parts = [metadata.local_authority, str(metadata.year)]
        if metadata.report_type in ("focused visit", "area SEND", "monitoring visit"):
            parts.append(metadata.report_type)
        base = "-".join(parts)
    else:
        base = Path(source).stem
    return re.sub(r"[^a-z0-9]+", "-", base.lower()).strip("-") or "report"


def parse_report(document: Document) -> Report:
    """Parse a read document; the PDF and text layouts have their own parsers."""
    if document.is_pdf:
        from assistant.structure.pdf_report import parse_pdf_report

        return parse_pdf_report(document)
    from assistant.structure.text_report import parse_text_report

    return parse_text_report(document)
