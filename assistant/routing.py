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
    r"\b(grade[ds]?|grading|judge?ments?|judged?|rated|rating|rate|graded|overall effectiveness"
    r"|how (?:well|good) (?:was|were|did)|outcome of the|how did .{1,60}? (?:do|fare|perform))\b"
    r"|\bwhich (?:areas?|judgements?)\b.*\b" + _GRADE_WORDS, re.IGNORECASE)
GRADE_FILTER = re.compile(r"\b(?:judged|rated|graded|were|was)\s+(?:as\s+)?" + _GRADE_WORDS,
                          re.IGNORECASE)
INSPECTOR = re.compile(r"\b(lead|reporting)?\s*inspectors?\b|\bwho (?:led|inspected|carried)"
                       r"|\bHMI\b.*\bled\b|\bled by\b", re.IGNORECASE)
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


#: Words in council names that people leave out ("Derby City" is asked about as "Derby").
_GENERIC_PLACE_WORDS = {"city", "county", "council", "borough", "metropolitan", "district",
                        "royal", "corporation", "of", "the"}


def _words(text: str) -> str:
    text = text.lower().replace("’", "'").replace("&", " and ")
    return " " + re.sub(r"[^a-z0-9]+", " ", text).strip() + " "


def place_names(local_authority: str) -> list[str]:
    """Ways a question may name a local authority: in full, and without generic words.

    Example:
        >>> place_names("Derby City")
        [' derby city ', ' derby ']
    """
    full = _words(local_authority)
    core = [w for w in full.split() if w not in _GENERIC_PLACE_WORDS]
    names = [full]
    if core and " ".join(core) != full.strip() and len(" ".join(core)) >= 4:
        names.append(" " + " ".join(core) + " ")
    return names


@dataclass(frozen=True)
class Scope:
    """The reports a question is limited to (None: all) and why."""

    reports: frozenset[str] | None
    named: bool  # the question named a local authority or year


#: Words that name a kind of report, and the report types they pick.
REPORT_KINDS = {
    "focused visit": re.compile(r"\bfocused visits?\b", re.IGNORECASE),
    "area SEND": re.compile(r"\bSEND\b|special educational needs", re.IGNORECASE),
}


def find_scope(question: str, summaries: list[ReportSummary]) -> Scope:
    """Reports whose local authority (and year, and kind, if given) the question names."""
    text = _words(question)
    _, years = scope_words(question)
    matched: dict[str, int] = {}  # report id → length of the name the question used
    for s in summaries:
        for name in place_names(s.metadata.local_authority or ""):
            if name.strip() and name in text:
                matched[s.id] = max(matched.get(s.id, 0), len(name))
    by_id = {s.id: s for s in summaries}
    candidates = set(matched) or ({s.id for s in summaries} if years else set())
    if years:
        dated = {i for i in candidates if _years_of(by_id[i]) & years}
        candidates = dated or candidates
    if matched and candidates:
        # "North Northamptonshire" names that place, not "Northamptonshire" too.
        longest = max(matched.get(i, 0) for i in candidates)
        candidates = {i for i in candidates if matched.get(i, 0) == longest}
    candidates = _by_kind(question, candidates, by_id)
    if not candidates or (not matched and len(candidates) == len(summaries)):
        return Scope(None, named=False)
    return Scope(frozenset(candidates), named=True)


def _by_kind(question: str, candidates: set[str], by_id: dict) -> set[str]:
    """Keep the kind of report the question names (a focused visit, a SEND inspection)."""
    for kind, pattern in REPORT_KINDS.items():
        if pattern.search(question):
            chosen = {i for i in candidates if by_id[i].metadata.report_type == kind}
            return chosen or candidates
    return candidates


def prefer_full_inspections(reports: list[ReportSummary]) -> list[ReportSummary]:
    """Full inspections when the place and year hold them beside focused visits or SEND
    reports: a question about "the inspection" or its grades means the full one."""
    main = [s for s in reports if s.metadata.report_type not in REPORT_KINDS]
    return main or reports


def is_judgement_question(question: str) -> bool:
    return bool(JUDGEMENT_CUES.search(question))


def asks_for_inspector(question: str) -> bool:
    return bool(INSPECTOR.search(question)) and bool(
        re.search(r"\b(who|which|name|lead|led|reporting)\b", question, re.IGNORECASE))


def asks_for_dates(question: str) -> bool:
    return bool(DATES.search(question))


def grade_filter(question: str) -> str | None:
    """The grade a question filters by ("which areas were judged outstanding?")."""
    match = GRADE_FILTER.search(question)
    if not match:
        return None
    word = match.group(1).lower()
    return "requires improvement" if word.startswith("require") else word
