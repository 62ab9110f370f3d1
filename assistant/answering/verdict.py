"""The verdict on one part of a report: its grade, then what the report says of it.

"What's the verdict on care leavers in Redbridge 2016?" asks neither for the whole report's
overview nor for a bare grade: the part's judgement answers it first, and the passages on the
part explain it.

Example:
    >>> answer_part_verdict(asked, context).text   # doctest: +SKIP
    'Experiences and progress of care leavers was judged requires improvement [...]. ...'
"""

from __future__ import annotations

import re
from dataclasses import replace

import numpy as np

from assistant.answering.context import AnswerContext, AskedQuestion, Draft, dedupe
from assistant.answering.extractive import answer_extractive
from assistant.answering.focus import VERDICT
from assistant.answering.judgement import answer_judgement, find_matches, judgement_citations
from assistant.answering.extractive import without_scope_words
from assistant.answering.section import carries_topic, opening_summary
from assistant.citations import cite
from assistant.records import Citation
from assistant.sentences import split_sentences

def answer_part_verdict(q: AskedQuestion, ctx: AnswerContext) -> Draft | None:
    """The grade of the part an overview question names, with the passages about it; none
    when the question names no graded part (its topic is then for the extractive answer)."""
    focus = q.focus
    if not (focus and focus.listed == "overview" and focus.topic
            and VERDICT.search(focus.clause)):
        return None
    graded = _part_overall(q, ctx) or answer_judgement(q, ctx)
    if not graded:
        return None
    return _with_what_it_says(graded, q, ctx)


def _with_what_it_says(graded: Draft, q: AskedQuestion, ctx: AnswerContext) -> Draft:
    """The grade, then what the report says of the part: the opening of the part's own
    section, and the question asked without the words that ask for a verdict."""
    said = answer_extractive(replace(q, text=_without_verdict(q.text),
                                     expanded=_without_verdict(q.expanded)), ctx)
    opening = _part_opening(q, ctx)
    if opening and opening.quote not in said.text:
        said = replace(said, text=f"{opening.quote} [{opening.locator()}]"
                       + (f" {said.text}" if said.citations else ""),
                       citations=(opening, *said.citations))
    summary_line = _summary_line(q, ctx)
    if summary_line and summary_line.quote not in said.text:
        said = replace(said, text=f"{summary_line.quote} [{summary_line.locator()}]"
                       + (f" {said.text}" if said.citations else ""),
                       citations=(summary_line, *said.citations))
    if not said.citations:
        return graded
    return replace(graded, text=f"{graded.text}\n\n{said.text}",
                   citations=tuple(dedupe([*graded.citations, *said.citations])))


def _part_opening(q: AskedQuestion, ctx: AnswerContext) -> Citation | None:
    """The first sentence under the heading of the one part the question grades: a report
    opens each graded part with its verdict and the reason ("There are widespread and serious
    failures, including unnecessary delays in achieving permanence, ...")."""
    if len(q.reports) != 1:
        return None
    areas = {_heading(m.judgement.area) for m in find_matches(q)}
    if len(areas) != 1:
        return None
    area = areas.pop()
    report = ctx.report(q.reports[0].id)
    for paragraph in report.paragraphs:
        if paragraph.number is not None and paragraph.section \
                and _heading(paragraph.section[0]) == area:
            sentences = split_sentences(paragraph.text)
            return cite(report, paragraph, sentences[0], 1.0) if sentences else None
    return None


#: A sentence of the report's opening summary joins a verdict when it is at least this close
#: in meaning to what the question asks of the part.
SUMMARY_LINE_SIMILARITY = 0.3


def _summary_line(q: AskedQuestion, ctx: AnswerContext) -> Citation | None:
    """The sentence of the report's opening summary closest to what the question asks: the
    report's own verdict in a line ("Children in care and care leavers receive very effective
    support that meets their needs.")."""
    if len(q.reports) != 1:
        return None
    report = ctx.report(q.reports[0].id)
    summary = {id(p) for p in opening_summary(report)}
    # the sentences as the index embedded them, with their vectors
    rows = [(p, row) for i, p in enumerate(report.paragraphs) if id(p) in summary
            for row in ctx.paragraph_chunks.get((report.id, i), ())]
    if not rows:
        return None
    embedded = ctx.store.sentences_of([row for _, row in rows])
    candidates = [(p, sentence) for p, row in rows for sentence in embedded[row][0]]
    if not candidates:
        return None
    asked = without_scope_words(_without_verdict(q.expanded), ctx.summaries, q.scope)
    scores = np.vstack([embedded[row][1] for _, row in rows]) @ ctx.embedder.encode([asked])[0]
    best = int(scores.argmax())
    if scores[best] < SUMMARY_LINE_SIMILARITY:
        return None
    paragraph, sentence = candidates[best]
    return cite(report, paragraph, sentence, float(scores[best]))


def _heading(text: str) -> str:
    """A heading's words alone, to compare a judgement's area with a section's name."""
    return " ".join(re.findall(r"[a-z]+", text.lower()))


def _without_verdict(text: str) -> str:
    return " ".join(VERDICT.sub(" ", text).split())


def _part_overall(q: AskedQuestion, ctx: AnswerContext) -> Draft | None:
    """When the part named is a whole part of a two-part report ("looked after children" in
    Sefton 2011), the verdict is that part's overall effectiveness, not the first area whose
    name shares a word with it."""
    if len(q.reports) != 1:
        return None
    summary = q.reports[0]
    report = ctx.report(summary.id)
    for judgement in summary.judgements:
        para = report.paragraph(judgement.paragraph) if judgement.paragraph is not None else None
        if "overall" in judgement.area.lower() and para and len(para.section) > 1 \
                and carries_topic(q.focus.topic, para.section[0], q):
            found = judgement_citations(report, judgement)
            if found:
                where = "; ".join(c.locator() for c in found)
                return Draft(f"{para.section[0]}: {judgement.area} was judged {judgement.grade} "
                             f"[{where}].", tuple(found))
    return None


#: A question that names a grade, or asks for one in so many words ("what was the grade for
#: partnership working?"): the grade alone answers it.
_ASKS_FOR_A_GRADE = re.compile(
    r"\b(?:grade[ds]?|grading|rate[ds]?|rating|judged?|judge?ments?|scored?|marks?|outstanding"
    r"|good|inadequate|adequate|requires? improvement|overall)\b", re.IGNORECASE)


#: "What did inspectors make of the board?", "what did they think of its leaders?"
_MAKE_OF = re.compile(r"\b(?:make|made|think|thought)\s+of\b", re.IGNORECASE)


def answer_graded_part(q: AskedQuestion, ctx: AnswerContext) -> Draft | None:
    """"How would you sum up its leadership?", "what did inspectors make of the board?": one
    part's grade, then what the report says of the part, as for its verdict. A question that
    asks for a grade in so many words, or only how a part did, gets the grade alone
    (``answer_judgement``)."""
    if len(q.reports) != 1 or _ASKS_FOR_A_GRADE.search(q.text) or not (
            VERDICT.search(q.text) or _MAKE_OF.search(q.text)):
        return None
    graded = answer_judgement(q, ctx)
    if not graded or len({c.paragraph for c in graded.citations}) > 2 \
            or graded.text.count(" was judged ") != 1:
        return None
    return _with_what_it_says(graded, q, ctx)
