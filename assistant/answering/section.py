"""A question that names a section ("What needs to improve?") is answered with that
section's items, in the report's order.

Example:
    >>> named_section_answer(["need", "improv"], passages).text   # doctest: +SKIP
    'Areas for improvement: Immediately: ... [Sefton 2011, para 16] ...'
"""

from __future__ import annotations

from assistant.answering.context import Draft
from assistant.citations import cite
from assistant.passages import Passage, same_word
from assistant.records import Paragraph, Report
from assistant.search import terms
from assistant.sentences import split_sentences

#: Items quoted when a question names a section.
SECTION_ITEMS = 6


def named_section_answer(words: list[str], passages: list[Passage]) -> Draft | None:
    """The items of the sections the top passages sit in whose heading the question names; a
    name used by sections in several parts of a report gets each of them."""
    sections: list[tuple[Report, tuple[str, ...], float]] = []
    for passage in passages:
        key = (passage.report, passage.paragraph.section)
        if key[1] and names_heading(words, key[1][-1]) and \
                all((r.id, sec) != (key[0].id, key[1]) for r, sec, _ in sections):
            sections.append((*key, passage.score))
    for report, section, score in list(sections):
        for other in dict.fromkeys(p.section for p in report.paragraphs):
            if other and other != section and other[-1] == section[-1]:
                sections.append((report, other, score))
    said, citations = [], []
    for report, section, score in sections:
        items = [p for p in report.paragraphs
                 if p.section == section and p.kind != "heading"][:SECTION_ITEMS]
        found = [c for c in (cite(report, p, opening(p), score) for p in items) if c]
        if found:
            citations.extend(found)
            said.append(f"{' > '.join(section).rstrip(':')}: " + " ".join(
                f"{c.quote} [{c.locator()}]" for c in found))
    if not citations:
        return None
    return Draft(" ".join(said), tuple(citations))


def opening(paragraph: Paragraph, limit: int = 1500) -> str:
    """A paragraph whole (a list with its items), or the first sentence of a very long one."""
    if len(paragraph.text) <= limit:
        return paragraph.text
    return (split_sentences(paragraph.text) or [paragraph.text])[0]


def names_heading(words: list[str], heading: str) -> bool:
    """Whether the question's words all appear in a heading of two or more words."""
    heading_words = terms(heading)
    return len(words) >= 2 and len(heading_words) >= 2 and all(
        any(same_word(w, h) for h in heading_words) for w in words)
