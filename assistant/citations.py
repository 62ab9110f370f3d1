"""Citations that are true: a quote is emitted only if it is verbatim in the cited paragraph.

Example:
    >>> is_verbatim("are  good.", "Partnership working arrangements are good. The LSCB ...")
    True
    >>> is_verbatim("are outstanding.", "Partnership working arrangements are good.")
    False
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from assistant.records import Citation, Paragraph, Report


def normalise_space(text: str) -> str:
    return " ".join(text.split())


def is_verbatim(quote: str, paragraph_text: str) -> bool:
    """True when ``quote`` occurs in ``paragraph_text`` once whitespace is normalised."""
    quote = normalise_space(quote)
    return bool(quote) and quote in _normalised_paragraph(paragraph_text)


@lru_cache(maxsize=4096)
def _normalised_paragraph(text: str) -> str:
    """``normalise_space`` of a paragraph, remembered: an answer checks several quotes against
    the same few paragraphs."""
    return normalise_space(text)


def find_span(pattern: str, paragraph_text: str) -> str | None:
    """The text matching ``pattern`` (case-insensitive) in the whitespace-normalised paragraph."""
    match = re.search(pattern, normalise_space(paragraph_text), re.IGNORECASE)
    return match.group(0) if match else None


def cite(report: Report, paragraph: Paragraph, quote: str, score: float) -> Citation | None:
    """A citation of ``paragraph``, or None if ``quote`` is not verbatim in it."""
    if not is_verbatim(quote, paragraph.text):
        return None
    return Citation(report=report.id, source=report.source, title=report.title,
                    paragraph=paragraph.number, section=paragraph.section_path,
                    quote=normalise_space(quote), score=float(score), label=report.label,
                    **_pages(paragraph, quote))


def requote(citation: Citation, paragraph: Paragraph, quote: str) -> Citation:
    """``citation`` with a longer or shorter ``quote`` of the same paragraph, on its pages."""
    return replace(citation, quote=quote, **_pages(paragraph, quote))


def _pages(paragraph: Paragraph, quote: str) -> dict:
    first, last = paragraph.pages_of(quote)
    return {"page": first, "last_page": last if last != first else None}
