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

from assistant.answering.context import AnswerContext, AskedQuestion, Draft, dedupe
from assistant.answering.extractive import answer_extractive
from assistant.answering.judgement import answer_judgement

#: What asks for a verdict ("the verdict on", "bottom line on"), not how well something went
#: ("how good is the housing for care leavers?" asks what the report says of the housing).
VERDICT = re.compile(r"\b(?:verdicts?|bottom line|short version|headlines?|gist|in a nutshell"
                     r"|sum(?:s|med)? up)\b", re.IGNORECASE)


def answer_part_verdict(q: AskedQuestion, ctx: AnswerContext) -> Draft | None:
    """The grade of the part an overview question names, with the passages about it; none
    when the question names no graded part (its topic is then for the extractive answer)."""
    focus = q.focus
    if not (focus and focus.listed == "overview" and focus.topic
            and VERDICT.search(focus.clause)):
        return None
    graded = answer_judgement(q, ctx)
    if not graded:
        return None
    # What the report says of the part, asked without the words that ask for a verdict.
    said = answer_extractive(replace(q, text=_without_verdict(q.text),
                                     expanded=_without_verdict(q.expanded)), ctx)
    if not said.citations:
        return graded
    return replace(graded, text=f"{graded.text}\n\n{said.text}",
                   citations=tuple(dedupe([*graded.citations, *said.citations])))


def _without_verdict(text: str) -> str:
    return " ".join(VERDICT.sub(" ", text).split())
