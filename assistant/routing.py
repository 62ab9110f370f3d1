"""Which reports a question is about: the councils, years and kinds of report it names.

Example:
    >>> scope_words("What did Sefton's 2022 inspection say?")
    (['what', 'did', 'sefton', 's', '2022', 'inspection', 'say'], {2022})
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from assistant.store import ReportSummary

_GRADE_WORDS = r"(outstanding|good|adequate|inadequate|requires? improvement)"
#: "which areas were judged good?", "which parts reached good?", "did any part get good?"
GRADE_FILTER = re.compile(r"\b(?:judged|rated|graded|were|was|reach(?:ed)?|achieved?|get|got"
                          r"|received?|earned?|(?:came|come|comes) (?:out|in)|only)"
                          r"\s+(?:as\s+|a\s+)?" + _GRADE_WORDS
                          + r"(?!\s+(?:at|with|about|enough|work|practice)\b)", re.IGNORECASE)


def scope_words(question: str) -> tuple[list[str], set[int]]:
    words = re.findall(r"[a-z0-9][a-z0-9\-]*", question.lower().replace("’", "'"))
    years = {int(w) for w in words if re.fullmatch(r"(19|20)\d\d", w)}
    return words, years


def years_of(summary: ReportSummary) -> set[int]:
    """The years a report may be asked about by: its inspection dates' and publication's."""
    meta = summary.metadata
    text = " ".join(x for x in (meta.inspection_dates, meta.published) if x)
    years = {int(y) for y in re.findall(r"\b(?:19|20)\d\d\b", text)}
    if meta.year:
        years.add(meta.year)
    return years


#: Words in council names that people leave out ("Derby City" is asked about as "Derby").
_GENERIC_PLACE_WORDS = {"city", "county", "council", "borough", "metropolitan", "district",
                        "royal", "corporation", "of", "the", "isle", "isles"}


@lru_cache(maxsize=16384)
def _words(text: str) -> str:
    text = text.lower().replace("’", "'").replace("&", " and ")
    return " " + re.sub(r"[^a-z0-9]+", " ", text).strip() + " "


def place_names(local_authority: str) -> list[str]:
    """Ways a question may name a local authority: in full, and without generic words.

    Example:
        >>> place_names("Derby City")
        [' derby city ', ' derby ']
        >>> place_names("Southend-on-Sea")
        [' southend on sea ', ' southend ']
    """
    return list(_place_names(local_authority))


@lru_cache(maxsize=8192)
def _place_names(local_authority: str) -> tuple[str, ...]:
    """``place_names``, remembered: every question matches every council's names."""
    full = _words(local_authority)
    core = [w for w in full.split() if w not in _GENERIC_PLACE_WORDS]
    names = [full]
    if core and " ".join(core) != full.strip() and len(" ".join(core)) >= 4:
        names.append(" " + " ".join(core) + " ")
    # "Southend-on-Sea" is asked about as "Southend", "Richmond upon Thames" as "Richmond",
    # and "Kingston upon Hull" as "Hull" too: a town after "upon", never a river or the sea.
    # "Redcar and Cleveland" is asked about as "Redcar", "Blackburn with Darwen" as
    # "Blackburn", "Bournemouth, Christchurch and Poole" as "Bournemouth".
    first = _first_place(local_authority)
    if first:
        names.append(first)
    # "East Riding of Yorkshire" is asked about as "East Riding" (never "City of London" as
    # "City": a generic word alone is no name).
    head = re.match(r" ((?:\w+ )+?)of \w", full)
    if head and {*head.group(1).split()} - _GENERIC_PLACE_WORDS and len(head.group(1)) > 5:
        names.append(f" {head.group(1)}")
    # "Herts", "Notts", "North Lincs": the county's short name, as people write it.
    short = " ".join(_COUNTY_SHORT.get(w, w) for w in full.split())
    if short != full.strip():
        names.append(f" {short} ")
    parts = re.match(r" (\w{4,}) (?:on|upon) (\w+) $", full)
    if parts:
        names.append(f" {parts.group(1)} ")
        if parts.group(2) not in _WATERS:
            names.append(f" {parts.group(2)} ")
    # ... and by the aliases ``data/local_authorities.txt`` lists ("the Square Mile")
    names += [_words(alias) for alias, council in known_places()
              if _words(council) == full and _words(alias) not in names]
    return tuple(dict.fromkeys(names))


def _first_place(local_authority: str) -> str | None:
    """The first of the places a joint authority is named after, as a name of its own."""
    head = re.split(r",| and | with ", local_authority.replace("&", " and "), maxsplit=1)
    if len(head) < 2:
        return None
    first = _words(head[0])
    return first if 4 <= len(first.strip()) and len(first.split()) <= 2 else None


#: Counties' short names in everyday writing.
_COUNTY_SHORT = {
    "hertfordshire": "herts", "nottinghamshire": "notts", "lancashire": "lancs",
    "buckinghamshire": "bucks", "bedfordshire": "beds", "cambridgeshire": "cambs",
    "gloucestershire": "glos", "hampshire": "hants", "leicestershire": "leics",
    "lincolnshire": "lincs", "northamptonshire": "northants", "oxfordshire": "oxon",
    "wiltshire": "wilts", "worcestershire": "worcs", "staffordshire": "staffs",
    "warwickshire": "warks", "berkshire": "berks", "derbyshire": "derbys",
    "yorkshire": "yorks", "shropshire": "salop",
}

#: What follows "on" / "upon" in English place names when it is not a town.
_WATERS = frozenset("sea thames tyne trent tees avon wear severn humber ouse mersey".split())


@dataclass(frozen=True)
class Scope:
    """The reports a question is limited to (None: all) and why."""

    reports: frozenset[str] | None
    named: bool  # the question named a local authority or year
    #: places (with the year asked) the question names that have no report in the index,
    #: e.g. ("Essex (2023)",)
    missing: tuple[str, ...] = ()


#: Words that name a kind of report, and the report types they pick.
REPORT_KINDS = {
    "focused visit": re.compile(r"\bfocused visits?\b", re.IGNORECASE),
    "area SEND": re.compile(r"\bSEND\b|special educational needs", re.IGNORECASE),
}
#: Words that name a kind of report: in a question that names the kind, they choose the
#: report, not the topic ("what did the SEND inspection say about transport?").
KIND_WORDS = {
    "focused visit": "focused visit visits letter",
    "area SEND": "SEND special educational needs disability disabilities local area "
                 "partnership",
}


def find_scope(question: str, summaries: list[ReportSummary]) -> Scope:
    """Reports whose local authority (and year, and kind, if given) the question names.

    A council or year the question names with no report in the index gives an empty scope
    with ``missing`` saying what is not there, never another council's or year's report.
    """
    text = _words(question)
    _, years = scope_words(question)
    # ... but "when was it last inspected before 2023?" is asked of the 2023 report, which
    # says when (and how) its previous inspection went
    years -= period_years(question) - {int(y) for y in _LAST_BEFORE.findall(question)}
    # "Liverpool's focused visits between its 2018 and 2023 inspections": the later report
    # says what came between
    between = _BETWEEN.search(question)
    if between and len(years) > 1:
        years.discard(min(int(y) for y in between.groups()))
    matched: dict[str, str] = {}  # report id → the longest name of it the question used
    for s in summaries:
        for name in place_names(s.metadata.local_authority or ""):
            if name.strip() and name in text and len(name) > len(matched.get(s.id, "")):
                matched[s.id] = name
    by_id = {s.id: s for s in summaries}
    candidates = set(matched) or ({s.id for s in summaries} if years else set())
    missing = list(_missing_places(question, summaries, years))
    if years:
        dated = {i for i in candidates if years_of(by_id[i]) & years}
        relative = {int(y) for y in _RELATIVE.findall(question)}
        if matched and not dated and years <= relative:
            dated = candidates
        # "Herefordshire 2018 – what had improved since the 2014 inspection?" is asked of the
        # 2018 report, which says so; the 2014 one is what it is set against.
        named = {i for i in dated if years_of(by_id[i]) & (years - relative)}
        if matched and relative and named:
            dated = named
        if matched and not dated and _DATA_YEAR.search(question):
            # "what share of Greenwich's kids in care got five good GCSEs in 2015?": a
            # figure of a year is in the report of the year after, which gives that year's
            # data
            dated = {i for i in candidates if years_of(by_id[i]) & {y + 1 for y in years}}
        if matched and not dated:
            councils = dict.fromkeys(by_id[i].metadata.local_authority
                                     for i in _longest_names(candidates, matched))
            missing.extend(f"{c} ({', '.join(map(str, sorted(years)))})" for c in councils if c)
        candidates = dated if matched else (dated or candidates)
    if matched and candidates:
        candidates = _longest_names(candidates, matched)
    # "the focused visit before the 2022 inspection" is one a later report speaks of; so is
    # "Knowsley 2021 – when had Ofsted last dropped in for a focused visit?"
    earlier = _EARLIER_ONE.search(question) or (years and _LAST.search(question))
    named_kind = None if earlier else \
        next((k for k, p in REPORT_NAMED.items() if p.search(question)), None)
    if matched and candidates and named_kind and not any(
            by_id[i].metadata.report_type == named_kind for i in candidates):
        # "How did Bexley's area SEND inspection go?" with no such report: say so, never
        # answer from Bexley's other reports.
        councils = dict.fromkeys(by_id[i].metadata.local_authority for i in candidates)
        missing.extend(f"{c} ({named_kind})" for c in councils if c)
        candidates = set()
    candidates = _by_kind(question, candidates, by_id, bool(matched))
    if missing and not (candidates and matched):
        return Scope(frozenset(), named=True, missing=tuple(missing))
    if not candidates or (not matched and len(candidates) == len(summaries)):
        return Scope(None, named=False, missing=tuple(missing))
    return Scope(frozenset(candidates), named=True, missing=tuple(missing))


def _longest_names(candidates: set[str], matched: dict[str, str]) -> set[str]:
    """"North Northamptonshire" names that place, not "Northamptonshire" too; "Bristol and
    Wigan" names both."""
    names = {matched.get(i, "") for i in candidates}
    return {i for i in candidates
            if not any(matched.get(i, "") != n and matched.get(i, "") in n for n in names)}


#: A period ("since 2015", "between 2014 and 2019") bounds a time; it names no inspection.
#: So does a year of data ("in 2015/16", "in 2014–15").
_PERIOD = re.compile(r"\b(?:(?:since|after|before|from|between|until|till|over|by)\s+"
                     r"(?:19|20)\d\d(?:\s*(?:and|to|-|–)\s*(?:19|20)\d\d)?"
                     r"|(?:19|20)\d\d\s*[/–-]\s*(?:(?:19|20)\d\d|\d\d)\b)", re.IGNORECASE)
#: An inspection a question sets another against ("after the 2018 inspection"): the report
#: of that year if the index has it, else the council's reports that speak of it.
#: ("looked-after children in Barnsley's 2018 inspection" names the 2018 one)
_RELATIVE = re.compile(r"\b(?<!looked-)(?<!looked )(?:since|after|before|following|until)\s+"
                       r"(?:the|its|their|\w[\w ]{0,30}?['’]s)\s+"
                       # ("since Ofsted's previous visit in 2014")
                       r"(?:(?:previous|last|earlier|prior|first)\s+(?:[\w-]+\s+)?"
                       r"(?:inspection|visit|report|one)\s+(?:in|of)\s+)?"
                       r"((?:19|20)\d\d)\b", re.IGNORECASE)
#: Council names that are also common words count only when capitalised ("Reading").
_COMMON_WORD_PLACES = {"reading", "bury", "kingston", "richmond", "stoke", "windsor"}


#: The inspection before a year's ("last inspected before 2023", "the previous full
#: inspection before 2024").
_LAST_BEFORE = re.compile(r"\b(?:last|latest|previous|prior|most recent)\b[^?]*?\bbefore\s+"
                          r"((?:19|20)\d\d)\b", re.IGNORECASE)
#: A question about an inspection before or after another one.
_EARLIER_ONE = re.compile(r"\b(?:before|after|previous|prior|earlier|between)\b",
                          re.IGNORECASE)
_BETWEEN = re.compile(r"\bbetween\b[^?]*?\b((?:19|20)\d\d)\b[^?]*?\band\b[^?]*?\b((?:19|20)\d\d)\b",
                      re.IGNORECASE)
_LAST = re.compile(r"\blast\b", re.IGNORECASE)
#: A figure asked for a year ("how many ... in 2015?"), not an inspection of that year.
_DATA_YEAR = re.compile(r"^(?=[^?]*\b(?:how many|how much|what (?:share|proportion|percentage"
                        r"|number)|number of)\b)[^?]*\b(?:in|during|by the end of|at the end of)"
                        r"\s+(?:19|20)\d\d\b(?!\s*(?:[–/-]\s*\d|inspection|report|visit))",
                        re.IGNORECASE)


def period_years(question: str) -> set[int]:
    """Years that bound a period rather than name an inspection.

    Example:
        >>> sorted(period_years("How have Sefton's grades changed since 2011?"))
        [2011]
    """
    return {int(y) for span in _PERIOD.findall(question)
            for y in re.findall(r"(?:19|20)\d\d", span)}


@lru_cache(maxsize=1)
def known_places() -> tuple[tuple[str, str], ...]:
    """(way a question may write it, council name) for every English children's-services
    authority, from ``data/local_authorities.txt``."""
    text = resources.files("assistant").joinpath("data/local_authorities.txt").read_text("utf-8")
    places = []
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        names = [n.strip() for n in line.split("|")]
        places.extend((alias, names[0]) for alias in names)
    return tuple(places)


def _missing_places(question: str, summaries: list[ReportSummary],
                    years: set[int]) -> tuple[str, ...]:
    """Councils the question names that have no report in the index, as "Essex (2023)"."""
    text = _words(question)
    indexed = [name for s in summaries for name in place_names(s.metadata.local_authority or "")
               if name.strip()]
    named: dict[str, str] = {}  # the words used → council
    for alias, council in known_places():
        words = _words(alias)
        if words in text and (alias.lower() not in _COMMON_WORD_PLACES or
                              re.search(rf"\b{re.escape(alias)}\b", question)):
            named[words] = council
    # "North Northamptonshire" names that council, not "Northamptonshire" too.
    named = {w: c for w, c in named.items() if not any(w != o and w in o for o in named)}
    aliases: dict[str, list[str]] = {}
    for alias, council in known_places():
        aliases.setdefault(council, []).append(_words(alias))
    year = f" ({', '.join(map(str, sorted(years)))})" if years else ""
    # (An indexed council whose name holds the one asked counts only where the question uses
    # its name: "Gloucestershire" is not "South Gloucestershire".)
    return tuple(dict.fromkeys(
        council + year for council in named.values()
        if not any(name in words or (words in name and name in text)
                   for words in aliases[council] for name in indexed)))


#: Words that name a kind of report as such ("the SEND inspection", "its focused visit"), not
#: merely a topic ("children with SEND").
REPORT_NAMED = {
    "focused visit": REPORT_KINDS["focused visit"],
    "area SEND": re.compile(r"\b(?:area\s+)?SEND\s+(?:full\s+)?(?:inspections?|reports?|visits?)\b"
                            r"|\barea SEND\b", re.IGNORECASE),
}


def _by_kind(question: str, candidates: set[str], by_id: dict, named: bool) -> set[str]:
    """Keep the kind of report the question names (a focused visit, a SEND inspection); of
    councils the question ``named``, for each that has one: "Derby 2022 v Wigan at its 2020
    focused visit" keeps Derby's inspection."""
    for kind, pattern in REPORT_KINDS.items():
        if pattern.search(question):
            councils: dict[str, set[str]] = {}
            for i in candidates:
                council = by_id[i].metadata.local_authority if named else ""
                councils.setdefault(council or "", set()).add(i)
            chosen = set()
            for reports in councils.values():
                chosen |= {i for i in reports if by_id[i].metadata.report_type == kind} \
                    or reports
            return chosen
    return candidates


def prefer_full_inspections(reports: list[ReportSummary]) -> list[ReportSummary]:
    """Full inspections when the place and year hold them beside focused visits or SEND
    reports: a question about "the inspection" or its grades means the full one."""
    main = [s for s in reports if s.metadata.report_type not in REPORT_KINDS]
    return main or reports


_ASKING = re.compile(r"\b(?:which|what)\b", re.IGNORECASE)


def grade_filter(question: str) -> str | None:
    """The grade a question filters by ("which areas were judged outstanding?")."""
    matches = list(GRADE_FILTER.finditer(question))
    if not matches:
        return None
    # "Darlington was outstanding in nearly every area – which judgement only came out as
    # good?": the grade in what is asked, not in what is said before it.
    asked = [m.start() for m in _ASKING.finditer(question)]
    match = next((m for m in matches if asked and m.start() > asked[-1]), matches[0])
    word = match.group(1).lower()
    return "requires improvement" if word.startswith("require") else word
