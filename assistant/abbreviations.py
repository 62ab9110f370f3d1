"""Spell out the abbreviations a question uses, as the reports define them.

Reports define an abbreviation once ("general practitioners (GPs)") and then use either form;
adding the long form to the question lets both the model and the word match find either.

Example:
    >>> expand_abbreviations("How are GPs organised?", "... general practitioners (GPs) make ...")
    'How are GPs (general practitioners) organised?'
"""

from __future__ import annotations

import re
from functools import lru_cache

_ABBREVIATION = re.compile(r"\b([A-Z][A-Za-z]{1,7}?)s?\b")


_MINOR = {"and", "or", "of", "the", "for", "in", "to"}


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


@lru_cache(maxsize=4096)
def _definition(abbreviation: str, corpus: str) -> str | None:
    letters = abbreviation.lower()
    for before in _definitions(abbreviation, corpus):
        words = re.findall(r"[\w’'\-]+", before)
        # The long form is the shortest tail of words whose initials spell the abbreviation.
        for n in range(max(1, len(letters) // 2), min(len(words), len(letters) * 2) + 1):
            if letters in _spellings(words[-n:]):
                return " ".join(words[-n:])
    return None


def expand_abbreviations(question: str, corpus: str, long_forms: bool = True) -> str:
    """``question`` with "(long form)" after each abbreviation the corpus defines, and
    "(ABBR)" after each long form it abbreviates."""
    out = question
    for written, long_form in abbreviations_defined(question, corpus):
        out = out.replace(written, f"{written} ({long_form})", 1)
    # ... and "(ABBR)" after a long form the corpus abbreviates (for search: a rare
    # abbreviation is no word a passage must hold).
    for long_form, abbreviation in (long_forms_abbreviated(question, corpus)
                                    if long_forms else ()):
        out = out.replace(long_form, f"{long_form} ({abbreviation})", 1)
    return out


def abbreviations_defined(question: str, corpus: str) -> list[tuple[str, str]]:
    """(abbreviation as written, long form) for each abbreviation of ``question`` that the
    corpus defines.

    Example:
        >>> abbreviations_defined("Are GPs involved?", "general practitioners (GPs)")
        [('GPs', 'general practitioners')]
    """
    found = []
    for match in _ABBREVIATION.finditer(question):
        word = match.group(1)
        # (also those written in mixed case that the corpus defines: "Cafcass", "DfE", whose
        # last "s" may be its own)
        if len(word) < 2 or not (word.isupper() or word.lower() in _defined_in_mixed_case(corpus)):
            continue
        long_form = _definition(word, corpus) or (
            _definition(match.group(0), corpus) if not word.isupper() else None)
        if long_form:
            found.append((match.group(0), long_form))
    return found


def long_forms_abbreviated(question: str, corpus: str) -> list[tuple[str, str]]:
    """(long form as written, abbreviation) for each run of words in ``question`` that the
    corpus abbreviates, so a question that spells a term out finds the text that does not.

    Example:
        >>> long_forms_abbreviated("How often does the education, employment and training "
        ...                        "panel meet?", "education, employment and training (EET)")
        [('education, employment and training', 'EET')]
    """
    return list(_long_forms_abbreviated(question, corpus))


@lru_cache(maxsize=256)
def _long_forms_abbreviated(question: str, corpus: str) -> tuple[tuple[str, str], ...]:
    # remembered: a question is read for its search and again for its glosses
    by_letters = _defined(corpus)
    words = list(re.finditer(r"[\w’'\-]+", question))
    found = []
    for n in range(2, 7):
        for i in range(len(words) - n + 1):
            run = [w.group(0) for w in words[i:i + n]]
            if run[0].lower() in _MINOR or run[-1].lower() in _MINOR:
                continue
            span = question[words[i].start():words[i + n - 1].end()]
            spellings, major = _spellings(run), _major(run)
            for letters in spellings:
                abbreviation = by_letters.get(letters)
                long_form = _definition(abbreviation, corpus) if abbreviation else None
                # "education, employment or training" is the corpus's "education,
                # employment and training (EET)": the small words may differ.
                if long_form and _major(re.findall(r"[\w’'\-]+", long_form)) == major:
                    found.append((span, abbreviation))
            # "reviewing officers" is the end of "independent reviewing officer (IRO)"
            if len(major) == len(run):
                ends = _ends_of(major, spellings, corpus) - {a for _, a in found}
                if len(ends) == 1:
                    found.append((span, ends.pop()))
    return tuple(found)


#: A long form's last words stand for its abbreviation when the corpus writes them mostly
#: within it: "reviewing officer" (in "independent reviewing officer"), not "social worker"
#: (seldom in "principal social worker").
END_SHARE = 0.8


def _ends_of(major: list[str], spellings: set[str], corpus: str) -> set[str]:
    """The abbreviations of three or more words whose long form ends with the words ``major``
    (spelt with the initials ``spellings``; the last word singular or plural), where the
    corpus writes those words mostly within that long form."""
    found = set()
    for letters in spellings:
        for abbreviation in _by_last_letters(corpus).get(letters, ()):
            long_form = _definition(abbreviation, corpus)
            words = re.findall(r"[\w’'\-]+", long_form) if long_form else []
            whole = _major(words)
            if len(whole) < 3 or len(whole) != len(words) or len(whole) <= len(major) or \
                    _singular(whole[-len(major):]) != _singular(major):
                continue
            if _written_within(" ".join(whole[-len(major):]), " ".join(whole), corpus):
                found.add(abbreviation)
    return found


def _singular(words: list[str]) -> list[str]:
    return words[:-1] + [words[-1].removesuffix("s")] if words else []


@lru_cache(maxsize=2)
def _by_last_letters(corpus: str) -> dict[str, tuple[str, ...]]:
    """The abbreviations the corpus defines, by the initials of their last two or more words
    ("ro" → IRO)."""
    ends: dict[str, list[str]] = {}
    for letters, abbreviation in _defined(corpus).items():
        for k in range(2, len(letters)):
            ends.setdefault(letters[-k:], []).append(abbreviation)
    return {k: tuple(v) for k, v in ends.items()}


@lru_cache(maxsize=1024)
def _written_within(end: str, long_form: str, corpus: str) -> bool:
    lower = _lower(corpus)
    return lower.count(long_form) >= END_SHARE * lower.count(end)


@lru_cache(maxsize=2)
def _lower(corpus: str) -> str:
    return corpus.lower().replace("’", "'")


def _major(words: list[str]) -> list[str]:
    # "children's" as typed is the reports' "children’s"
    return [w.lower().replace("’", "'") for w in words if w.lower() not in _MINOR]


def _spellings(words: list[str]) -> set[str]:
    """The initials ``words`` may be abbreviated to: of every word or of the major ones, with
    hyphenated words whole or in parts ("asylum-seeking" gives the A and the S of UASC)."""
    parts = [p for w in words for p in w.split("-") if p]
    return {_initials(run, major) for run in (words, parts) for major in (False, True)}


def _initials(words: list[str], major_only: bool) -> str:
    return "".join(w[0].lower() for w in words
                   if w[0].isalnum() and not (major_only and w.lower() in _MINOR))


@lru_cache(maxsize=2)
def _defined(corpus: str) -> dict[str, str]:
    """Initials → abbreviation, for every "(ABBR)" the corpus holds."""
    return {a.lower(): a for a in re.findall(r"\(([A-Z][A-Za-z]{1,7}?)s?\)", corpus)
            if a.isupper()}


@lru_cache(maxsize=2)
def _defined_in_mixed_case(corpus: str) -> frozenset[str]:
    """The abbreviations in brackets the corpus writes in mixed case ("(Cafcass)", "(DfE)"),
    lower-cased. (A word in brackets, "(England)", is none: its initials spell no long form
    before it, see ``_definition``.) Only a question's own are spelt out: the reverse, a long
    form written as one of these ("deprivation of liberty" as "DoL"), is too rare a form to
    search by."""
    return frozenset(a.lower() for a in re.findall(r"\(([A-Z][A-Za-z]{1,7}?)s?\)", corpus)
                     if not a.isupper())
