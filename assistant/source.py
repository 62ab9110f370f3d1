"""Where a citation sits in its report: the paragraph, the quote's place in it, the judgement
of the graded section it belongs to. What a reader needs to check a quote in context.

Example:
    >>> quote_span("arrangements are good.", "Partnership working\\narrangements are good.")
    (20, 42)
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.citations import normalise_space
from assistant.records import Citation, Judgement, Paragraph, Report


@dataclass(frozen=True)
class CitedPassage:
    """A citation with its paragraph: ``index`` into ``Report.paragraphs``, the quote's span in
    the paragraph's text (None if it cannot be placed) and the section's judgement."""

    citation: Citation
    index: int
    paragraph: Paragraph
    span: tuple[int, int] | None
    judgement: Judgement | None


def quote_span(quote: str, text: str) -> tuple[int, int] | None:
    """Start and end of ``quote`` in ``text``, whatever the line breaks and spaces between words."""
    words = quote.split()
    if not words:
        return None
    match = re.search(r"\s+".join(map(re.escape, words)), text)
    return (match.start(), match.end()) if match else None


def cited_index(report: Report, citation: Citation) -> int | None:
    """The position in ``report.paragraphs`` of the paragraph ``citation`` quotes."""
    quote = normalise_space(citation.quote)
    numbered = [i for i, p in enumerate(report.paragraphs)
                if citation.paragraph is not None and p.number == citation.paragraph]
    candidates = numbered or [i for i, p in enumerate(report.paragraphs)
                              if p.section_path == citation.section] or range(
                                  len(report.paragraphs))
    for i in candidates:
        if quote in normalise_space(report.paragraphs[i].text):
            return i
    return numbered[0] if numbered else None


def judgement_for(report: Report, paragraph: Paragraph) -> Judgement | None:
    """The judgement of the graded section ``paragraph`` is in, if it is in one.

    Example:
        >>> from assistant.records import Judgement, Paragraph, Report
        >>> j = Judgement("Safeguarding", "Partnership working", "good", 2, 43, None)
        >>> p = Paragraph(43, "Text.", ("Safeguarding", "Partnership working"), None)
        >>> judgement_for(Report("r", "r.txt", "T", None, (p,), (j,)), p).grade
        'good'
    """
    section = [s.casefold() for s in paragraph.section]
    found = []
    for j in sorted(report.judgements, key=lambda j: j.origin != "heading"):
        area = j.area.casefold()
        if area in section and (j.part is None or j.part.casefold() in section
                                or len(section) == 1):
            found.append((section.index(area), j))
        elif paragraph.number is not None and j.paragraph == paragraph.number:
            found.append((-1, j))  # the paragraph a judgement names, when no heading does
    # the innermost graded heading: "Adoption performance" (inadequate) within "children
    # looked after and achieving permanence" (requires improvement) is judged inadequate
    return max(found, key=lambda f: f[0])[1] if found else None


def cited_passage(report: Report, citation: Citation) -> CitedPassage | None:
    """Everything needed to show ``citation`` inside its report, or None if it is not there."""
    index = cited_index(report, citation)
    if index is None:
        return None
    paragraph = report.paragraphs[index]
    return CitedPassage(citation, index, paragraph, quote_span(citation.quote, paragraph.text),
                        judgement_for(report, paragraph))
