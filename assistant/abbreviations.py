"""Spell out the abbreviations a question uses, as the reports define them.

Reports define an abbreviation once ("general practitioners (GPs)") and then use either form;
adding the long form to the question lets both the model and the word match find either.

Example:
    >>> expand_abbreviations("How are GPs organised?", "... general practitioners (GPs) make ...")
    'How are GPs (general practitioners) organised?'
"""

from __future__ import annotations

import re

_ABBREVIATION = re.compile(r"\b([A-Z][A-Za-z]{1,7}?)s?\b")


_MINOR = {"and", "of", "the", "for", "in", "to"}


def _spells(words: list[str], letters: str) -> bool:
    initials = "".join(w[0].lower() for w in words if w[0].isalnum())
    major = "".join(w[0].lower() for w in words if w[0].isalnum() and w.lower() not in _MINOR)
    return letters in (initials, major)


def _definitions(abbreviation: str, corpus: str, limit: int = 20):
    """Text just before each "(ABBR)" or "(ABBRs)" in the corpus (a fast substring scan)."""
    for marker in (f"({abbreviation})", f"({abbreviation}s)"):
        start, seen = 0, 0
        while seen < limit:
            at = corpus.find(marker, start)
            if at < 0:
                break
            yield corpus[max(0, at - 120):at]
            start, seen = at + 1, seen + 1


def _definition(abbreviation: str, corpus: str) -> str | None:
    letters = abbreviation.lower()
    for before in _definitions(abbreviation, corpus):
        words = re.findall(r"[\w’'\-]+", before)
        # The long form is the shortest tail of words whose initials spell the abbreviation.
        for n in range(len(letters), min(len(words), len(letters) * 2) + 1):
            if _spells(words[-n:], letters):
                return " ".join(words[-n:])
    return None


def expand_abbreviations(question: str, corpus: str) -> str:
    """``question`` with "(long form)" after each abbreviation the corpus defines."""
    out = question
    for match in _ABBREVIATION.finditer(question):
        word = match.group(1)
        if not (word.isupper() and len(word) >= 2):
            continue
        long_form = _definition(word, corpus)
        if long_form:
            out = out.replace(match.group(0), f"{match.group(0)} ({long_form})", 1)
    return out
