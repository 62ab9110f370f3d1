"""How graded headings and judgement sentences are worded, in every era of Ofsted PDF.

A graded heading names an area and its grade, however the era words it:

    >>> match_graded_heading("The experiences and progress of children in care: good").area
    'The experiences and progress of children in care'
    >>> match_graded_heading("The experiences and progress of care leavers are good").grade
    'good'
    >>> match_graded_heading("Capacity to improve Grade 3 (Adequate)").grade_number
    3
    >>> match_overall_sentence("Children’s services in Sefton require improvement to be good")
    'requires improvement to be good'
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.structure.grades import GRADE_WORD_PATTERN, normalise_grade

#: How graded areas open, across eras (ILACS, SIF, 2013 looked-after-children, LSCB reviews).
_AREA = (
    r"(?:The\s+)?(?:experiences?\s+and\s+progress\s+of"
    r"|impact\s+of\s+leaders"
    r"|effectiveness\s+of\s+leaders"
    r"|Leadership,\s+management"
    r"|Leadership\s+and\s+management"
    r"|Overall\s+effectiveness"
    r"|Capacity\s+to\s+improve"
    r"|Outcomes\s+for"
    r"|Quality\s+of\s+provision"
    r"|Adoption\s+performance"
    r"|(?:effectiveness\s+of\s+the\s+)?(?:Local\s+Safeguarding\s+Children\s+Board|LSCB\b)"
    r"|graded\s+judge?ment\s+(?:about|for))"
)
_GRADE = rf"(?P<grade>{GRADE_WORD_PATTERN})"
#: "area: grade", "area is grade", "area is that it is grade", "area Grade" (SIF cells). The
#: area holds no verb, so "The LSCB is not yet demonstrating ... of good." is not a heading.
_GRADED = re.compile(
    rf"^(?P<area>{_AREA}(?:(?!\b(?:is|are|was|were|has|have|not)\b)[^.;])*?)"
    rf"(?:\s*:\s*|\s+(?:is|are)(?:\s+that\s+(?:it|they)(?:\s+(?:is|are))?)?(?:\s*:)?\s+|\s+)"
    rf"{_GRADE}\.?$",
    re.IGNORECASE,
)
_NUMBERED_GRADE = re.compile(
    rf"^(?P<area>.+?)\s+Grade\s+(?P<number>[1-4])\s*\(\s*(?P<grade>{GRADE_WORD_PATTERN})\s*\)$",
    re.IGNORECASE,
)
_OVERALL = re.compile(
    rf"^(?:Children[’']s\s+services\s+in\s+.+?\s+(?:are\s+|is\s+)?"
    rf"|The\s+overall\s+judgement\s+is\s+(?:that\s+children[’']s\s+services?\s+(?:are\s+)?)?)"
    rf"{_GRADE}\.?$",
    re.IGNORECASE,
)
_EXPERIENCE = re.compile(r"(?<=[Ee])xperience\s+and\s+progress")
_LSCB = re.compile(r"Local\s+Safeguarding\s+Children\s+Board|\bLSCB\b", re.IGNORECASE)
_SUB_JUDGEMENT = re.compile(
    r"^The\s+graded\s+judge?ment\s+(?:about|for)\s+(?:the\s+)?", re.IGNORECASE
)

#: An area SEND inspection's three outcomes, each named by the phrase its sentence turns on.
SEND_OUTCOMES = (
    "widespread and/or systemic failings",
    "inconsistent experiences and outcomes",
    "positive experiences and outcomes",
)


@dataclass(frozen=True)
class GradedHeading:
    """An area and its normalised grade; ``grade_number`` only where "Grade N" is printed."""

    area: str
    grade: str
    grade_number: int | None


def match_graded_heading(text: str) -> GradedHeading | None:
    """Read a heading (or one-sentence judgement) that states an area's grade, else None."""
    text = " ".join(text.split())
    numbered = _NUMBERED_GRADE.match(text)
    if numbered:
        area = numbered.group("area")
        return GradedHeading(
            area, normalise_grade(numbered.group("grade")), int(numbered.group("number"))
        )
    graded = _GRADED.match(text)
    if not graded:
        return None
    return GradedHeading(
        canonical_area(graded.group("area")), normalise_grade(graded.group("grade")), None
    )


def match_overall_sentence(text: str) -> str | None:
    """The grade in a SIF overall sentence ("Children’s services in Kent are good"), else None."""
    found = _OVERALL.match(" ".join(text.split()))
    return normalise_grade(found.group("grade")) if found else None


def match_send_outcome(text: str) -> str | None:
    """The short form of an area SEND inspection's outcome sentence, else None.

    Example:
        >>> match_send_outcome("... typically lead to positive experiences and outcomes ...")
        'positive experiences and outcomes'
    """
    flat = " ".join(text.split()).lower()
    return next((outcome for outcome in SEND_OUTCOMES if outcome in flat), None)


def canonical_area(area: str) -> str:
    """One name per area whatever the wording: LSCB headings and sentences agree, a SIF
    sub-judgement sentence names its area the way the page-1 list does, and "experience and
    progress" reads "experiences and progress" as in the framework."""
    area = _EXPERIENCE.sub("xperiences and progress", " ".join(area.split()).rstrip(" :"))
    if _LSCB.search(area):
        return "Local Safeguarding Children Board"
    short = _SUB_JUDGEMENT.sub("", area)
    if short != area:
        return short[:1].upper() + short[1:]
    return area


def area_key(area: str) -> str:
    """A loose key for matching a table row to its body heading ("experience" = "experiences")."""
    words = re.sub(r"[^a-z ]+", " ", area.lower()).split()
    return " ".join("experiences" if w == "experience" else w for w in words if w != "the")
