"""Everyday words for things the reports name in the genre's own terms.

Users ask about "the front door", "the courts" or "the top job"; inspection reports write
"the multi-agency safeguarding hub", "care proceedings" and "the director of children's
services". This small table, and the abbreviations a report defines ("FGM (female genital
mutilation)"), give each question phrase the words a report may use instead. Search gets
them added to the question; the topic check (``answering.evidence``) counts a phrase as
present when a passage holds one of its alternatives.

Example:
    >>> expand_paraphrases("What happens at the front door in Wigan?")
    'What happens at the front door (referral, contact, MASH) in Wigan?'
    >>> sorted(glosses("How long do cases take in the courts?", "")["court"][0])
    ['proceed']
"""

from __future__ import annotations

import re

from assistant.abbreviations import abbreviations_defined, long_forms_abbreviated
from assistant.search import terms

#: Question phrase → words the reports use for it, the commonest first (search adds the
#: first three). Only the genre's stable vocabulary belongs here, never one report's names.
PARAPHRASES: dict[str, tuple[str, ...]] = {
    "front door": ("referral", "contact", "MASH", "multi-agency safeguarding hub",
                   "first response", "access and response", "duty and assessment"),
    "courts": ("proceedings", "public law", "legal"),
    "court": ("proceedings", "public law", "legal"),
    "top job": ("director",),
    "boss": ("director",),
    "head of children's services": ("director",),
    "foster parents": ("foster carers",),
    "foster parent": ("foster carer",),
    "adoptive parents": ("adopters",),
    "mental health": ("CAMHS", "emotional health", "emotional wellbeing"),
    "caseloads": ("workloads",),
    "caseload": ("workload",),
    "staff turnover": ("changes of social worker", "stability of the workforce", "agency"),
    "run away": ("missing",),
    "running away": ("missing",),
    "ran away": ("missing",),
    "before court": ("pre-proceedings", "public law outline", "PLO"),
    "runaways": ("missing",),
    "prison": ("custody",),
    "locked up": ("custody",),
    "young offenders": ("youth justice", "offending"),
    "care leaver workers": ("personal advisers", "PAs"),
    "a day": ("24 hours", "one working day"),
    "money": ("funding", "funded", "resource", "investment", "budget"),
    "older children": ("secondary", "adolescents", "teenagers", "key stage 4"),
    "older looked after children": ("secondary", "adolescents", "teenagers", "key stage 4"),
    "cut": ("reduced", "reduction", "fallen"),
    "leaving care workers": ("personal advisers", "PAs"),
    "key workers": ("personal advisers", "PAs"),
    "young parents": ("teenage parents", "parents"),
    "jail": ("custody",),
    "councillors": ("elected members", "lead member"),
    "health checks": ("health assessments",),
    "education plans": ("PEPs",),
    "exam results": ("attainment", "educational outcomes"),
    "teenagers": ("adolescents", "16- and 17-year-olds"),
    "domestic violence": ("domestic abuse",),
    "autism": ("neurodevelopmental", "autistic"),
    "ADHD": ("neurodevelopmental",),
    "mums and dads": ("parents",),
    "mums": ("mothers", "parents"),
    "dads": ("fathers", "parents"),
}
#: Alternatives search adds after a phrase.
SEARCH_ALTERNATIVES = 3

_PHRASES = sorted(PARAPHRASES, key=len, reverse=True)


def expand_paraphrases(question: str) -> str:
    """``question`` with the reports' words in brackets after each everyday phrase."""
    out = question
    asked = set(terms(question))
    for phrase in _PHRASES:
        match = _phrase_pattern(phrase).search(out)
        # Words the question already uses ("mental health (CAMHS)") are not added again.
        new = [a for a in PARAPHRASES[phrase] if not set(terms(a)) <= asked]
        if match and new and not out[match.end():].lstrip().startswith("("):
            added = ", ".join(new[:SEARCH_ALTERNATIVES])
            out = f"{out[:match.end()]} ({added}){out[match.end():]}"
    return out


def glosses(question: str, corpus: str) -> dict[str, list[frozenset[str]]]:
    """Stem of a question word → sets of stems that stand for it in a report: a phrase's
    alternatives, an abbreviation's long form, and the long form's abbreviation."""
    out: dict[str, list[frozenset[str]]] = {}
    for phrase in _PHRASES:
        if _phrase_pattern(phrase).search(question):
            options = [frozenset(terms(a)) for a in PARAPHRASES[phrase]]
            for stem in terms(phrase):
                out.setdefault(stem, []).extend(o for o in options if o)
    pairs = abbreviations_defined(question, corpus) + [
        (short, long_form) for long_form, short in long_forms_abbreviated(question, corpus)]
    for short, long_form in pairs:
        short_stems, long_stems = frozenset(terms(short)), frozenset(terms(long_form))
        for stem in short_stems:
            out.setdefault(stem, []).append(long_stems)
        for stem in long_stems:
            out.setdefault(stem, []).append(short_stems)
    return out


def _phrase_pattern(phrase: str) -> re.Pattern:
    words = r"[\s-]+".join(re.escape(w).replace("'", "['’]") for w in phrase.split())
    return re.compile(rf"\b{words}\b", re.IGNORECASE)
