"""Find the judgements a question asks about, by matching its words to area and part names.

Every judgement whose area matches best is returned, so a name used in two parts of a report
("Quality of provision") gives both, each with its part; words naming a part ("for looked after
children") pick one.

Example:
    >>> from assistant.records import Judgement
    >>> j = Judgement("Safeguarding services", "Partnership working", "good", 2, 43, None)
    >>> [m.judgement.area for m in match_judgements("grade for partnership working?", {"r": [j]})]
    ['Partnership working']
"""

from __future__ import annotations

import math
import operator
import re
from dataclasses import dataclass
from functools import lru_cache

from assistant.records import Judgement
from assistant.search import terms

#: Question words that ask for a grade but name no area.
_GENERIC = frozenset(terms(
    "grade graded grading judgement judgements judged judge rated rating rate score awarded "
    "receive received get got given inspection inspected ofsted report council local authority "
    "area areas"))


#: "Kids in care" are the children in care, not the care leavers (both areas say "care").
_KIDS_IN_CARE = re.compile(r"\bkids\s+in\s+care\b", re.IGNORECASE)
#: A word matching only by prefix ("health"/"healthy") counts for less than an exact match.
PREFIX_CREDIT = 0.6


@dataclass(frozen=True)
class JudgementMatch:
    report: str
    judgement: Judgement
    score: float


def _matches(a: str, b: str) -> bool:
    if a == b:
        return True
    short, long = sorted((a, b), key=len)
    return len(short) >= 5 and long.startswith(short)


@lru_cache(maxsize=20_000)
def _words(name: str) -> frozenset[str]:
    """Stemmed words of an area or part name (the same few hundred names recur)."""
    return frozenset(terms(name))


@lru_cache(maxsize=200_000)
def _credit(term: str, name: str) -> float:
    """How a question word matches a name's words: 1.0 exactly, ``PREFIX_CREDIT`` by prefix
    only, 0.0 not at all (remembered: every grade question compares its words with the area
    of every judgement of every report in scope)."""
    words = _words(name)
    if term in words:
        return 1.0
    return PREFIX_CREDIT if any(_matches(term, w) for w in words) else 0.0


def names_word(term: str, name: str) -> bool:
    """Whether a question's stemmed word names something in an area or part name, exactly or
    by prefix.

    Example:
        >>> names_word("leaver", "Experiences and progress of care leavers")
        True
    """
    return bool(_credit(term, name))


def merged(judgements: tuple[Judgement, ...] | list[Judgement]) -> list[Judgement]:
    """One judgement per (part, area): the body heading's, else the summary table's."""
    chosen: dict[tuple[str, str], Judgement] = {}
    for j in sorted(judgements, key=lambda j: j.origin != "heading"):
        key = ((j.part or "").lower(), " ".join(j.area.lower().split()))
        if key not in chosen:
            chosen[key] = j
        elif chosen[key].paragraph is None and j.paragraph is not None:
            chosen[key] = j
    return list(chosen.values())


class _MergedCache:
    """``merged`` of each report's judgements, remembered for the very same judgement objects
    (a report's are read once per opened index; comparing them by value would cost as much as
    merging them again)."""

    LIMIT = 10_000

    def __init__(self):
        self._kept: dict[tuple[int, ...], tuple[tuple[Judgement, ...], list[Judgement]]] = {}

    def __call__(self, judgements: tuple[Judgement, ...] | list[Judgement]) -> list[Judgement]:
        key = tuple(map(id, judgements))
        kept = self._kept.get(key)
        if kept is not None and all(map(operator.is_, kept[0], judgements)):
            return kept[1]
        if len(self._kept) >= self.LIMIT:
            self._kept.clear()
        result = merged(judgements)
        # The judgements are held with the result, so their ids cannot be reused meanwhile.
        self._kept[key] = (tuple(judgements), result)
        return result


_merged = _MergedCache()


def match_judgements(question: str, by_report: dict[str, list[Judgement]],
                     ignore: set[str] = frozenset()) -> list[JudgementMatch]:
    """The best-matching judgements across reports (ties all kept), best first."""
    query = [t for t in dict.fromkeys(terms(_KIDS_IN_CARE.sub("children in care", question)))
             if t not in _GENERIC and t not in ignore]
    if not query:
        return []
    candidates = [(rid, j) for rid, js in by_report.items() for j in _merged(js)]
    areas = list(dict.fromkeys(j.area for _, j in candidates))
    # Words shared by most area names ("children") say little about which one is meant.
    total = max(1, len(areas))
    weight = {}
    for t in query:
        df = sum(1 for area in areas if _credit(t, area))
        weight[t] = math.log(1 + total / (1 + df)) if df else 0.0
    # The score depends on the area and part names only: each pair is scored once.
    scores: dict[tuple[str, str | None], float | None] = {}
    scored: list[JudgementMatch] = []
    for rid, j in candidates:
        key = (j.area, j.part)
        if key not in scores:
            scores[key] = _score(query, weight, j.area, j.part)
        score = scores[key]
        if score is not None:
            scored.append(JudgementMatch(rid, j, score))
    if not scored:
        return []
    best = max(m.score for m in scored)
    return sorted((m for m in scored if m.score >= best - 1e-9), key=lambda m: -m.score)


def _score(query: list[str], weight: dict[str, float], area: str,
           part: str | None) -> float | None:
    """A judgement's score for the question's words, or None when no word names its area."""
    hit = {t: credit for t in query if (credit := _credit(t, area))}
    if not hit:
        return None
    coverage = len(hit) / max(1, len(_words(area)))
    part_hit = [t for t in query if t not in hit and _credit(t, part or "")]
    return sum(weight[t] * credit for t, credit in hit.items()) * (0.5 + 0.5 * coverage) \
        + 0.5 * sum(weight.get(t, 0.0) or 0.2 for t in part_hit)
