"""Which reports a question is about, and what kind of question it is.

Example:
    >>> scope_words("What did Sefton's 2022 inspection say?")
    (['sefton', '2022', 'inspection', 'say'], {2022})
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.store import ReportSummary

_GRADE_WORDS = r"(outstanding|good|adequate|inadequate|requires? improvement)"
#: Words that ask for a grade rather than for facts.
JUDGEMENT_CUES = re.compile(
    r"\b(grade[ds]?|grading|judge?ments?|judged|rated|rating|rate|graded|overall effectiveness"
    r"|how (?:well|good) (?:was|were|did)|outcome of the)\b|\bwhich (?:areas?|judgements?)\b.*\b"
    + _GRADE_WORDS, re.IGNORECASE)
GRADE_FILTER = re.compile(r"\b(?:judged|rated|graded|were|was)\s+(?:as\s+)?" + _GRADE_WORDS,
                          re.IGNORECASE)
INSPECTOR = re.compile(r"\b(lead|reporting)?\s*inspectors?\b|\bwho (?:led|inspected|carried)",
                       re.IGNORECASE)
DATES = re.compile(r"\bwhen\b.*\b(inspect\w*|visit\w*|publish\w*)|\b(inspection|publication)"
                   r" dates?\b|\bdates? of\b", re.IGNORECASE)


def scope_words(question: str) -> tuple[list[str], set[int]]:
    words = re.findall(r"[a-z0-9][a-z0-9\-]*", question.lower().replace("’", "'"))
    years = {int(w) for w in words if re.fullmatch(r"(19|20)\d\d", w)}
    return words, years


def _years_of(summary: ReportSummary) -> set[int]:
    meta = summary.metadata
    text = " ".join(x for x in (meta.inspection_dates, meta.published) if x)
    years = {int(y) for y in re.findall(r"\b(?:19|20)\d\d\b", text)}
    if meta.year:
        years.add(meta.year)
    return years


@dataclass(frozen=True)
class Scope:
    """The reports a question is limited to (None: all) and why."""

    reports: frozenset[str] | None
    named: bool  # the question named a local authority or year


def find_scope(question: str, summaries: list[ReportSummary]) -> Scope:
    """Reports whose local authority (and year, if one is given) the question names."""
    text = " " + re.sub(r"[^a-z0-9]+", " ", question.lower().replace("’", "'")) + " "
    _, years = scope_words(question)
    by_place: set[str] = set()
    for s in summaries:
        la = s.metadata.local_authority
        if la:
            name = " " + re.sub(r"[^a-z0-9]+", " ", la.lower()).strip() + " "
            if name.strip() and name in text:
                by_place.add(s.id)
    # A longer name ("North Northamptonshire") wins over one it contains ("Northamptonshire").
    if by_place:
        longest = max(len(_place(s)) for s in summaries if s.id in by_place)
        by_place = {s.id for s in summaries if s.id in by_place and len(_place(s)) == longest}
    candidates = by_place or ({s.id for s in summaries} if years else set())
    if years:
        dated = {s.id for s in summaries if s.id in candidates and _years_of(s) & years}
        candidates = dated or candidates
    if not candidates or (not by_place and len(candidates) == len(summaries)):
        return Scope(None, named=False)
    return Scope(frozenset(candidates), named=True)


def _place(summary: ReportSummary) -> str:
    return summary.metadata.local_authority or ""


def is_judgement_question(question: str) -> bool:
    return bool(JUDGEMENT_CUES.search(question))


def asks_for_inspector(question: str) -> bool:
    return bool(INSPECTOR.search(question)) and bool(
        re.search(r"\b(who|name|lead|reporting)\b", question, re.IGNORECASE))


def asks_for_dates(question: str) -> bool:
    return bool(DATES.search(question))


def grade_filter(question: str) -> str | None:
    """The grade a question filters by ("which areas were judged outstanding?")."""
    match = GRADE_FILTER.search(question)
    if not match:
        return None
    word = match.group(1).lower()
    return "requires improvement" if word.startswith("require") else word
