"""Comparisons: the same topic in two or more named reports, answered for each, side by side,
each cited; with the grades when the topic is a graded area.

Example:
    >>> answer_comparison(asked, context).text   # doctest: +SKIP
    'Bristol 2023: ... [Bristol 2023, p. 8, para 30]\\n\\nWigan 2025: ... [Wigan 2025, p. 9]'
"""

from __future__ import annotations

import re
from dataclasses import replace

from assistant.answering.context import AnswerContext, AskedQuestion, Draft
from assistant.answering.extractive import answer_extractive, without_scope_words
from assistant.answering.judgement import answer_judgement
from assistant.routing import Scope

#: Words that say what is compared rather than what about ("compare A and B on X").
_COMPARE_WORDS = re.compile(r"\b(?:compare[ds]?|comparing|comparison|versus|vs\.?|contrast"
                            r"|differ(?:ence|ences|ent)?|side by side|both|with|between)\b",
                            re.IGNORECASE)


def answer_comparison(q: AskedQuestion, ctx: AnswerContext) -> Draft | None:
    """One answer per named council (its latest report in scope), best evidence first within
    each; None unless the scope holds two or more councils."""
    by_council: dict[str, list] = {}
    for summary in q.reports:
        by_council.setdefault(summary.metadata.local_authority or summary.id, []).append(summary)
    if len(by_council) < 2:
        return None
    topic = " ".join(_COMPARE_WORDS.sub(" ", without_scope_words(
        q.expanded, ctx.summaries, q.scope)).split())
    parts, citations = [], []
    for council, summaries in by_council.items():
        latest = max(summaries, key=lambda s: s.metadata.year or 0)
        one = replace(q, text=topic, expanded=topic, reports=(latest,),
                      scope=Scope(frozenset({latest.id}), named=True))
        draft = answer_judgement(one, ctx) if _asks_grade(q) else None
        if draft is None:
            draft = answer_extractive(one, ctx)
        label = latest.label
        if draft.citations:
            citations.extend(draft.citations[:max(2, q.top_k // len(by_council))])
            parts.append(f"{label}: {draft.text}")
        else:
            parts.append(f"{label}: the report does not answer this.")
    if not citations:
        return None
    return Draft("\n\n".join(parts), tuple(_interleave(citations)))


def _asks_grade(q: AskedQuestion) -> bool:
    return bool(q.focus and q.focus.kind == "grade") or bool(
        re.search(r"\b(?:grade[ds]?|judge?ments?|judged|rated|rating)\b", q.text, re.IGNORECASE))


def _interleave(citations: list) -> list:
    """Citations taken a report at a time so the first few cite every report."""
    by_report: dict[str, list] = {}
    for c in citations:
        by_report.setdefault(c.report, []).append(c)
    out = []
    while any(by_report.values()):
        for report in list(by_report):
            if by_report[report]:
                out.append(by_report[report].pop(0))
    return out
