"""A report's own lists: what needs to improve, recommendations, strengths, the overall
findings. A question that asks for one ("What needs to improve?", "What should the council do
better?", "What are the main weaknesses?", "Summarise the findings") is answered with the items
of the section that holds it, in the report's order, each cited, parts labelled.

Sections are found by meaning: each heading of the report is compared, by the embedding model,
with the genre's names for the list asked for (``SECTION_NAMES``), and a heading that contains
one of those names outright wins.

Example:
    >>> answer_summary(asked, context).text   # doctest: +SKIP
    'Safeguarding services > Areas for improvement: Immediately: ... [Sefton 2011, para 16] ...'
"""

from __future__ import annotations

import re

from assistant.answering.context import AnswerContext, AskedQuestion, Draft
from assistant.citations import cite
from assistant.passages import Passage, same_word
from assistant.records import Paragraph, Report
from assistant.search import terms
from assistant.sentences import split_sentences

#: Items quoted from one section before the answer says how many more there are.
SECTION_ITEMS = 8
#: A heading this close in meaning to one of the names of the list asked for is that list.
HEADING_SIMILARITY = 0.72

#: The genre's names for each kind of list, as Ofsted reports of every era print them. A
#: question about weaknesses is answered from the lists of what to improve: reports print
#: weaknesses as what needs to improve.
SECTION_NAMES: dict[str, tuple[str, ...]] = {
    "improve": ("What needs to improve", "Areas for improvement", "Areas for development",
                "Areas for priority action", "What needs to be better", "Recommendations",
                "What needs to improve in this area of social work practice"),
    "strengths": ("Strengths", "Key strengths", "What is working well", "Areas of strength",
                  "What is going well", "Main findings", "Headline findings",
                  "Summary of findings", "Overview", "Executive summary"),
    "overview": ("Summary", "Executive summary", "Summary of findings", "Key findings",
                 "Main findings", "Headline findings", "Overview", "Overall effectiveness",
                 "Overall findings"),
}
SECTION_NAMES["recommendations"] = ("Recommendations",) + SECTION_NAMES["improve"][:-1]
SECTION_NAMES["weaknesses"] = SECTION_NAMES["improve"]

def answer_summary(q: AskedQuestion, ctx: AnswerContext) -> Draft | None:
    """The sections of the reports in scope that hold the list the question asks for."""
    kind = q.focus.summary if q.focus else None
    if not kind or not q.reports or len(q.reports) > 3:
        return None
    said, citations = [], []
    for summary in q.reports:
        report = ctx.report(summary.id)
        for section in find_sections(report, kind, ctx):
            found, more = _section_items(report, section)
            if not found:
                continue
            citations.extend(found)
            label = f"{report.label}, " if len(q.reports) > 1 else ""
            items = " ".join(f"{c.quote} [{c.locator()}]" for c in found)
            tail = f" ({more} more item{'s' if more > 1 else ''} in this section.)" if more else ""
            said.append(f"{label}{' > '.join(section).rstrip(':?')}: {items}{tail}")
    if not citations:
        return None
    return Draft("\n\n".join(said), tuple(citations))


def find_sections(report: Report, kind: str, ctx: AnswerContext) -> list[tuple[str, ...]]:
    """Sections of ``report`` that hold the list ``kind``, in the report's order; a name used in
    several parts of a report ("Areas for improvement" under safeguarding and under looked after
    children) gives each. The first name of ``SECTION_NAMES[kind]`` that any heading carries
    wins; failing that, the headings closest in meaning."""
    sections = [s for s in dict.fromkeys(p.section for p in report.paragraphs) if s]
    names = SECTION_NAMES[kind]
    for name in names:
        wanted = _plain(name)
        chosen = [s for s in sections if _plain(s[-1]).startswith(wanted)
                  and _has_items(report, s)]
        if chosen:
            return chosen
    headings = list(dict.fromkeys(s[-1] for s in sections))
    if not headings:
        return []
    vectors = ctx.embedder.encode(headings + list(names))
    similarity = vectors[:len(headings)] @ vectors[len(headings):].T
    best = similarity.max(axis=1)
    close = {h for h, score in zip(headings, best) if score >= HEADING_SIMILARITY}
    if not close:
        return []
    top = max(close, key=lambda h: best[headings.index(h)])
    return [s for s in sections if s[-1] == top and _has_items(report, s)]


def _plain(text: str) -> str:
    return " ".join(re.sub(r"[^a-z ]+", " ", text.lower()).split())


def _has_items(report: Report, section: tuple[str, ...]) -> bool:
    return any(p.section == section and p.kind != "heading" for p in report.paragraphs)


def _section_items(report: Report, section: tuple[str, ...]):
    """Citations of a section's items in order (a list keeps its deadlines, "Immediately:"),
    and how many more items there are."""
    items = [p for p in report.paragraphs if p.section == section and p.kind != "heading"]
    found = [c for c in (cite(report, p, opening(p), 1.0) for p in items[:SECTION_ITEMS]) if c]
    return found, max(0, len(items) - SECTION_ITEMS)


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
        found, more = _section_items(report, section)
        if found:
            citations.extend(found)
            tail = f" ({more} more items in this section.)" if more else ""
            said.append(f"{' > '.join(section).rstrip(':')}: " + " ".join(
                f"{c.quote} [{c.locator()}]" for c in found) + tail)
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
