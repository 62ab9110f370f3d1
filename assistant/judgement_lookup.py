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
from dataclasses import dataclass

from assistant.records import Judgement
from assistant.search import terms

#: Question words that ask for a grade but name no area.
_GENERIC = frozenset(terms(
    "grade graded grading judgement judgements judged judge rated rating rate score awarded "
    "receive received get got given inspection inspected ofsted report council local authority "
    "area areas"))


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


def match_judgements(question: str, by_report: dict[str, list[Judgement]],
                     ignore: set[str] = frozenset()) -> list[JudgementMatch]:
    """The best-matching judgements across reports (ties all kept), best first."""
    query = [t for t in dict.fromkeys(terms(question)) if t not in _GENERIC and t not in ignore]
    if not query:
        return []
    candidates = [(rid, j) for rid, js in by_report.items() for j in merged(js)]
    area_terms = {j.area: set(terms(j.area)) for _, j in candidates}
    # Words shared by most area names ("children") say little about which one is meant.
    total = max(1, len(area_terms))
    weight = {}
    for t in query:
        df = sum(1 for ts in area_terms.values() if any(_matches(t, a) for a in ts))
        weight[t] = math.log(1 + total / (1 + df)) if df else 0.0
    scored: list[JudgementMatch] = []
    for rid, j in candidates:
        a_terms = area_terms[j.area]
        hit = {t: 1.0 if t in a_terms else PREFIX_CREDIT for t in query
               if any(_matches(t, a) for a in a_terms)}
        if not hit:
            continue
        coverage = len(hit) / max(1, len(a_terms))
        p_terms = set(terms(j.part or ""))
        part_hit = [t for t in query if t not in hit and any(_matches(t, p) for p in p_terms)]
        score = sum(weight[t] * credit for t, credit in hit.items()) * (0.5 + 0.5 * coverage) \
            + 0.5 * sum(weight.get(t, 0.0) or 0.2 for t in part_hit)
        scored.append(JudgementMatch(rid, j, score))
    if not scored:
        return []
    best = max(m.score for m in scored)
    return sorted((m for m in scored if m.score >= best - 1e-9), key=lambda m: -m.score)
