"""The part of a report written for children: what "the bit written for children" says.

Reports of 2013–2017 carry a "Summary for children and young people", a short list in plain
words. A question that names it ("North Lincolnshire 2017 – how did the bit written for
children sum the council up?") is answered from that list alone: its items closest in meaning
to what is asked, or its opening items when the question asks for its gist.

Example:
    >>> answer_children_summary(asked, context).text   # doctest: +SKIP
    'Summary for children and young people: Services for children and young people in North
    Lincolnshire are among the best in England. [North Lincolnshire 2017, p. 8] ...'
"""

from __future__ import annotations

import re

import numpy as np

from assistant.answering.context import AnswerContext, AskedQuestion, Draft
from assistant.answering.focus import VERDICT
from assistant.answering.extractive import without_scope_words
from assistant.citations import cite
from assistant.quotes import sentence_span
from assistant.records import Paragraph, Report
from assistant.sentences import split_sentences

#: "the bit written for children", "the summary for young people", "the children's summary"
CUE = re.compile(
    r"\b(?:bit|part|section|page|summary|version)\s+(?:of\s+the\s+report\s+)?(?:that\s+(?:is|was)"
    r"\s+)?(?:written\s+|meant\s+|aimed\s+)?(?:for|at)\s+(?:the\s+)?(?:children|kids|young\s+"
    r"people)(?:\s+and\s+young\s+people)?\b|\b(?:children|kids)[’']s\s+summary\b",
    re.IGNORECASE)
#: The section's heading as reports print it.
HEADING = re.compile(r"^\s*summary\s+for\s+children\b", re.IGNORECASE)
#: Items quoted from the section.
ITEMS = 3


def children_summary(report: Report) -> list[Paragraph]:
    """The items of the report's summary for children and young people, in its order (none
    when the report has no such section)."""
    return [p for p in report.paragraphs
            if p.section and any(HEADING.match(h) for h in p.section)
            and p.kind in ("text", "bullet") and not HEADING.match(p.text)]


def answer_children_summary(q: AskedQuestion, ctx: AnswerContext) -> Draft | None:
    """The items of the summary written for children that answer the question; none when
    the question does not name that part of the report or the report has none."""
    if len(q.reports) != 1 or not CUE.search(q.text):
        return None
    report = ctx.report(q.reports[0].id)
    items = children_summary(report)
    if not items:
        return None
    asked = " ".join(CUE.sub(" ", without_scope_words(q.text, ctx.summaries, q.scope)).split())
    if not VERDICT.search(q.text):
        # the items closest in meaning to what is asked, in the report's order
        vectors = ctx.embedder.encode([asked, *(p.text for p in items)])
        closeness = vectors[1:] @ vectors[0]
        chosen = sorted(np.argsort(-closeness)[:ITEMS].tolist())
        items = [items[i] for i in chosen]
    found = [c for c in (cite(report, p, _quoted(p), 1.0) for p in items[:ITEMS]) if c]
    if not found:
        return None
    heading = next(h for h in found[0].section.split(" > ") if HEADING.match(h)) \
        if found[0].section else "Summary for children and young people"
    return Draft(f"{heading}: " + " ".join(f"{c.quote} [{c.locator()}]" for c in found),
                 tuple(found))


def _quoted(item: Paragraph, limit: int = 600) -> str:
    """An item whole, or its first two sentences when it is long."""
    if len(item.text) <= limit:
        return item.text
    sentences = split_sentences(item.text)
    return len(sentences) > 1 and sentence_span(item, sentences[0], sentences[1]) or item.text
