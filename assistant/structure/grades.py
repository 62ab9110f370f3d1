"""Grade words and numbers as Ofsted prints them.

Example:
    >>> normalise_grade("Requires improvement to be good")
    'requires improvement to be good'
    >>> grade_number_on_scale("Adequate")
    3
"""

from __future__ import annotations

import re

#: The 2011/2013 four-point scale ("Grade 2 (good)").
FOUR_POINT_SCALE = {"outstanding": 1, "good": 2, "adequate": 3, "inadequate": 4}

#: Grade words in every era, longest first so "requires improvement to be good" wins over "good".
GRADE_WORDS = (
    "requires improvement to be good",
    "require improvement to be good",
    "requires improvement",
    "require improvement",
    "outstanding",
    "inadequate",
    "adequate",
    "good",
)

GRADE_WORD_PATTERN = "|".join(w.replace(" ", r"\s+") for w in GRADE_WORDS)
GRADE_LINE = re.compile(r"Grade\s+([1-4])\s*\(\s*([A-Za-z ]+?)\s*\)", re.IGNORECASE)


def normalise_grade(word: str) -> str:
    """Lower-case a grade word, join wrapped spaces, and use the singular "requires"."""
    word = re.sub(r"\s+", " ", word.strip().lower())
    if word.startswith("require improvement"):
        word = "requires" + word[len("require"):]
    return word


def grade_number_on_scale(word: str) -> int | None:
    """The grade number of a word on the four-point scale, or None if it is not on it."""
    return FOUR_POINT_SCALE.get(normalise_grade(word))
