"""Comparisons: the same topic in two or more named reports, answered for each, side by side,
each cited; with the grades when the topic is a graded area.

Example:
    >>> answer_comparison(asked, context).text   # doctest: +SKIP
    'Bristol 2023: ... [Bristol 2023, p. 8, para 30]\\n\\nWigan 2025: ... [Wigan 2025, p. 9]'
"""

from __future__ import annotations

import re
from dataclasses import replace

from assistant.answering.context import AnswerContext, AskedQuestion, Draft, dedupe
from assistant.answering.extractive import answer_extractive, without_scope_words
from assistant.answering.focus import read_focus
from assistant.answering.evidence import topic_words
from assistant.answering.judgement import answer_judgement, find_matches
from assistant.routing import Scope, place_names, years_of
from assistant.search import terms

#: Words that say what is compared rather than what about ("compare A and B on X").
#: ("with" and "between" only after such a word: "moving in with adopters", "the time between
#: entering care and adoption" are the topic.)
_COMPARE_WORDS = re.compile(r"\b(?:(?:compare[ds]?|comparing|comparison|contrast(?:ed|ing)?)"
                            r"(?:\s+(?:with|to|against|between))?|versus|vs\.?"
                            r"|differ(?:ence|ences|ent|s)?(?:\s+(?:between|from))?|side by side"
                            r"|both|each|(?-i:v))\b",
                            re.IGNORECASE)


def answer_comparison(q: AskedQuestion, ctx: AnswerContext) -> Draft | None:
    """One answer per named council (its latest report in scope), in the order the question
    names them: the grade when the topic is a graded area, then what the report says; None
    unless the scope holds two or more councils."""
    by_council: dict[str, list] = {}
    for summary in q.reports:
        by_council.setdefault(summary.metadata.local_authority or summary.id, []).append(summary)
    if len(by_council) < 2:
        return None
    # What is asked of each report, as asked (its focus and topic words) and as searched
    # (with the reports' words for everyday phrases, which no one report need hold all of).
    topic, searched = (" ".join(_COMPARE_WORDS.sub(" ", without_scope_words(
        text, ctx.summaries, q.scope)).split()) for text in (q.text, q.expanded))
    focus = read_focus(topic, set(q.place_words))
    parts, citations = [], []
    for council in sorted(by_council, key=lambda c: _span(q.text, c)[0]):
        latest = _report_asked(q.text, council, by_council[council], by_council)
        one = replace(q, text=topic, expanded=searched, reports=(latest,), focus=focus,
                      scope=Scope(frozenset({latest.id}), named=True))
        # (a count compared, "which saw more adoptions?", is no grade)
        graded = answer_judgement(one, ctx) if focus.kind == "grade" or (
            focus.kind != "figure" and _names_graded_area(one, topic)) else None
        said = answer_extractive(one, ctx)
        found = [*(graded.citations[:2] if graded else ()), *said.citations[:2]]
        text = " ".join(d.text for d in (graded, said) if d and d.citations)
        if found:
            citations.extend(found)
            parts.append(f"{latest.label}: {text}")
        else:
            parts.append(f"{latest.label}: the report does not answer this.")
    if not citations:
        return None
    return Draft("\n\n".join(parts), tuple(_interleave(dedupe(citations))))


def _names_graded_area(q: AskedQuestion, topic: str) -> bool:
    """Whether the topic is a graded area: every specific word of it is in the name of a
    judgement of the report ("care leavers" is; "access to CAMHS for children in care" is
    not)."""
    wanted = set(topic_words(topic, set(q.place_words)))
    return bool(wanted) and any(wanted <= set(terms(m.judgement.area)) for m in find_matches(q))


def _report_asked(question: str, council: str, reports: list, councils=()) -> object:
    """Of a council's reports in scope, the one of a year the question names beside it: each
    year belongs to the council named nearest it ("Cornwall in 2019 or Cambridgeshire in
    2024": Cornwall's 2019 report); else its latest."""
    spans = {c: _span(question, c) for c in sorted({council, *councils})}
    mine = []
    for m in re.finditer(r"\b(?:19|20)\d\d\b", question):
        # A year after a council is its year ("Cornwall in 2019 or Cambridgeshire"); one
        # before it only when nearer ("the City of London's 2016 result and Newham's").
        gap = {c: (m.start() - b if m.start() >= b else 1.5 * (a - m.end()))
               for c, (a, b) in spans.items()}
        if min(gap, key=lambda c: (gap[c], spans[c])) == council:
            mine.append(int(m.group()))
    dated = [s for s in reports if years_of(s) & set(mine)]
    return max(dated or reports, key=lambda s: s.metadata.year or 0)


def _span(question: str, council: str) -> tuple[int, int]:
    """Where the question first names ``council`` (in any of its names): start and end."""
    text = question.lower()
    found = [(text.find(n.strip()), len(n.strip())) for n in place_names(council)]
    # the longest name found first ("Derbyshire", not its short form "Derbys")
    start, size = min(((p, n) for p, n in found if p >= 0), key=lambda f: (f[0], -f[1]),
                      default=(len(text), 0))
    return start, start + size


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
