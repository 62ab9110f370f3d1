"""Questions that span reports, answered from the judgements table, a citation per row:

- an authority's timeline ("How have Sefton's judgements changed since 2011?"), oldest first;
- lists and counts ("Which authorities were judged inadequate overall in 2022?", "How many
  authorities were judged outstanding for care leavers?"): the number and the list;
- changes between consecutive inspections ("Which councils improved from requires improvement
  to good?");
- an authority's last inspection ("Who led Sefton's last inspection?", "When was Bristol last
  inspected?").

The kind is read from the whole question, so a question about one report ("What grade did
Sefton get for care leavers in 2022?") is left to the other strategies (None). An answer over
more rows than fit gives the count, the first rows and the ``assistant judgements`` command that
lists them all.

Example:
    >>> answer_across_reports(assistant.read("Who led Sefton's last inspection?", 5),
    ...                       assistant.context).text  # doctest: +SKIP
    "Lisa Walsh [Sefton 2025, p. 1] led Sefton's last inspection, Sefton 2025, 23 June to 4 July
    2025 [Sefton 2025, p. 1]."
"""

from __future__ import annotations

import re
import weakref
from dataclasses import dataclass, replace

from assistant.answering.context import AnswerContext, AskedQuestion, Draft, dedupe
from assistant.answering.judgement import previous_inspection
from assistant.answering.metadata import answer_dates, answer_inspector
from assistant.judgements_table import (
    JudgementRow,
    area_key,
    five_point,
    inspections,
    official_key,
    parse_dates,
    report_rows,
    row_citation,
    same_authority,
    sort_rows,
)
from assistant.records import Citation
from assistant.routing import REPORT_KINDS, Scope, place_names
from assistant.store import ReportSummary

#: Authorities (or changes) listed in an answer; more are counted and left to the command.
MAX_LISTED = 10

_FLAGS = re.IGNORECASE
_AUTHORITIES = r"(?:local\s+)?(?:authorities|councils|LAs|areas?\s+partnerships?)"
_COUNT = re.compile(rf"\bhow\s+many\s+{_AUTHORITIES}\b|\bnumber\s+of\s+{_AUTHORITIES}\b", _FLAGS)
_LIST = re.compile(rf"\b(?:which|what|list(?:\s+the)?|name\s+the|show(?:\s+me)?(?:\s+the)?"
                   rf"|all(?:\s+the)?)\s+{_AUTHORITIES}\b", _FLAGS)
_CHANGE = re.compile(r"\b(?:chang\w*|improv\w*|declin\w*|deteriorat\w*|worsen\w*|got\s+(?:better"
                     r"|worse)|went\s+(?:up|down)|over\s+(?:time|the\s+years)|timeline|history"
                     r"|trajectory|track\s+record|progress\w*\s+(?:since|over))\b", _FLAGS)
_GRADE_CUE = re.compile(r"\b(?:judge?ments?|judged|grades?|graded|gradings?|ratings?|rated"
                        r"|overall|outstanding|good|adequate|inadequate"
                        r"|requires?\s+improvement)\b", _FLAGS)
#: A list or count is about grades when it says so, or names a grade that is not a common word.
_JUDGED = re.compile(r"\b(?:judge?ments?|judged|grades?|graded|ratings?|rated|overall"
                     r"|outstanding|inadequate|requires?\s+improvement)\b", _FLAGS)
#: A timeline may be asked of "inspections" as well as of grades.
_HISTORY_CUE = re.compile(_GRADE_CUE.pattern + r"|\binspections\b|\binspection\s+results\b",
                          _FLAGS)
#: "last" about the inspection itself ("Sefton's last inspection", "when was Bristol last
#: inspected"), not about what a report says ("when did an adoption last break down").
LAST_INSPECTION = re.compile(r"\b(?:last|latest|most\s+recent(?:ly)?|newest)\s+"
                             r"(?:[\w'’-]+\s+){0,3}?"
                             r"(?:inspection|visit|report|judge?ment|grade|rating|letter)s?\b"
                             r"|\b(?:last|latest|most\s+recently)\s+(?:inspected|visited|judged"
                             r"|rated|graded)\b|\b(?:inspected|visited|judged|rated)\s+(?:\w+\s+)?"
                             r"(?:last|most\s+recently)\b|\b(?:last|latest|most\s+recent)\s*\??\s*$",
                             _FLAGS)
_WHO = re.compile(r"\bwho\b|\binspectors?\b|\bHMI\b|\bled\s+by\b", _FLAGS)
_WHEN = re.compile(r"\bwhen\b|\bdates?\b|\bwhat\s+(?:year|month|day)\b|\bhow\s+long\s+ago\b",
                   _FLAGS)
_GRADE = re.compile(r"requires?\s+improvement(?:\s+to\s+be\s+good)?|outstanding|inadequate"
                    r"|adequate|good", _FLAGS)
_FROM_TO = re.compile(rf"\bfrom\s+(?:being\s+)?({_GRADE.pattern})\s+(?:to|into)\s+(?:being\s+)?"
                      rf"({_GRADE.pattern})", _FLAGS)
_BETTER = re.compile(r"\bimprov\w*|\bgot\s+better\b|\bwent\s+up\b|\bupgraded\b", _FLAGS)
_WORSE = re.compile(r"\bdeclin\w*|\bdeteriorat\w*|\bworsen\w*|\bgot\s+worse\b|\bwent\s+down\b"
                    r"|\bdowngraded\b|\bslipped\b|\bdropped\b", _FLAGS)
_SINCE = re.compile(r"\b(?:since|from|after|starting(?:\s+in)?)\s+((?:19|20)\d\d)\b", _FLAGS)
_UNTIL = re.compile(r"\b(?:before|until|till|up\s+to|by)\s+((?:19|20)\d\d)\b", _FLAGS)
_BETWEEN = re.compile(r"\bbetween\s+((?:19|20)\d\d)\s+(?:and|to|-|–)\s+((?:19|20)\d\d)\b",
                      _FLAGS)
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
#: Words naming an area → its key (see ``assistant.judgements_table``), most specific first.
AREA_CUES: tuple[tuple[str, re.Pattern], ...] = (
    ("children_in_care_and_care_leavers",
     re.compile(r"\bchildren\s+in\s+care\s+and\s+care\s+leavers\b", _FLAGS)),
    ("care_leavers", re.compile(r"\bcare[\s-]+leav\w*", _FLAGS)),
    ("help_and_protection", re.compile(r"\bhelp\s+and\s+protection\b|\bneed(?:ing)?\s+help\b"
                                       r"|\bchild\s+protection\b", _FLAGS)),
    ("children_in_care", re.compile(r"\bchildren\s+in\s+care\b|\blooked[\s-]+after\b"
                                    r"|\bin\s+care\b|\bpermanence\b", _FLAGS)),
    ("adoption", re.compile(r"\badopt\w*", _FLAGS)),
    ("lscb", re.compile(r"\bLSCB\b|\bsafeguarding\s+children\s+board\b", _FLAGS)),
    ("leadership", re.compile(r"\bleaders\w*|\bmanagement\b|\bgovernance\b", _FLAGS)),
    ("overall_effectiveness", re.compile(r"\boverall\b", _FLAGS)),
)
#: Short names for areas in answers and in the command an answer points to.
AREA_NAMES = {
    "overall_effectiveness": "overall effectiveness",
    "leadership": "leadership",
    "help_and_protection": "children who need help and protection",
    "children_in_care": "children in care",
    "children_in_care_and_care_leavers": "children in care and care leavers",
    "care_leavers": "care leavers",
    "adoption": "adoption performance",
    "lscb": "the Local Safeguarding Children Board",
    "capacity_to_improve": "capacity to improve",
    "send_outcome": "the SEND inspection outcome",
    "not_graded": "no graded judgement",
}
#: The rows a timeline shows per inspection (the rest are in ``assistant judgements``).
TIMELINE_KEYS = tuple(AREA_NAMES)
#: Report kinds that are not full inspections of children's services.
NOT_FULL_INSPECTIONS = ("focused visit", "area SEND")

_ROWS: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


@dataclass(frozen=True)
class Period:
    """Years a question limits itself to (inclusive bounds; None: open)."""

    first: int | None = None
    last: int | None = None

    def holds(self, year: int | None) -> bool:
        if year is None:
            return self.first is None and self.last is None
        return (self.first is None or year >= self.first) and \
            (self.last is None or year <= self.last)

    def words(self) -> str:
        if self.first and self.first == self.last:
            return f" in {self.first}"
        if self.first and self.last:
            return f" between {self.first} and {self.last}"
        if self.first:
            return f" since {self.first}"
        return f" up to {self.last}" if self.last else ""


_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_BEFORE_ONE = re.compile(r"\bbefore (?:the |its |this |that )?(?:[\w'’-]+ ){0,3}?"
                         r"(?:inspection|visit|one|(?:19|20)\d\d)\b|\bbefore (?:that|then)\b",
                         re.IGNORECASE)


def answer_across_reports(q: AskedQuestion, ctx: AnswerContext) -> Draft | None:
    """Timelines, lists, counts, changes and last inspections across reports; None for a
    question that is not one of those."""
    text = q.text
    named = named_authorities(text, ctx.summaries)
    counting, listing = bool(_COUNT.search(text)), bool(_LIST.search(text))
    # "last inspected before the 2023 inspection" asks for the one before: the report's own
    # line on it (``answer_dates``), not the latest report.
    # "Luton 2026 – when was the last inspection?" names a report: its last inspection is
    # the one before it (the report's own line), as "latest" would not be.
    last = LAST_INSPECTION.search(text)
    before_named = bool(last and _YEAR.search(text) and last.group(0).lower().startswith("last"))
    if named and last and not (counting or listing or _BEFORE_ONE.search(text)
                               or before_named):
        return _last_inspection(q, ctx, named)
    # "Overall, how had Stoke-on-Trent changed by 2022?" asks one report for its whole
    # picture (the summary strategy), not for a timeline of grades.
    one_overview = bool(q.focus and q.focus.summary == "overview" and len(q.reports) == 1)
    # "requires improvement" is a grade, not a change
    changing = bool(_CHANGE.search(_GRADE.sub(" ", text)))
    if named and changing and _HISTORY_CUE.search(text) and not listing \
            and not one_overview:
        return _timeline(ctx, named, wanted_area(text, default=None), period(text))
    if not (counting or listing) or not _JUDGED.search(text):
        return None
    grades = [five_point(g) for g in _GRADE.findall(text)]
    area = wanted_area(text, default="overall_effectiveness")
    change = _FROM_TO.search(text)
    if change or (_CHANGE.search(text) and (_BETTER.search(text) or _WORSE.search(text))):
        before, after = ((five_point(change.group(1)), five_point(change.group(2)))
                         if change else (None, None))
        return _changes(ctx, area, before, after, bool(_WORSE.search(text)) and not change,
                        period(text))
    if not grades:
        return None
    return _graded(ctx, area, grades[0], period(text))


def named_authorities(question: str, summaries: list[ReportSummary]) -> list[str]:
    """The authority keys a question names ("Sefton's" → "sefton"); a name inside a longer
    one it also names ("Northamptonshire" in "North Northamptonshire") is dropped."""
    text = _words(question)
    found: dict[str, str] = {}  # the words used → authority key
    for summary in summaries:
        for name in place_names(summary.metadata.local_authority or ""):
            if name.strip() and name in text:
                found[name] = official_key(summary.metadata.local_authority)
    longest = {n: k for n, k in found.items() if not any(n != o and n in o for o in found)}
    return list(dict.fromkeys(longest.values()))


def wanted_area(question: str, default: str | None) -> str | None:
    """The area key a question names, else ``default``."""
    return next((key for key, cue in AREA_CUES if cue.search(question)), default)


def period(question: str) -> Period:
    """The years a question limits itself to: "since 2011", "in 2022", "between 2015 and
    2019"."""
    between = _BETWEEN.search(question)
    if between:
        return Period(int(between.group(1)), int(between.group(2)))
    since, until = _SINCE.search(question), _UNTIL.search(question)
    if since or until:
        return Period(int(since.group(1)) if since else None,
                      int(until.group(1)) - 1 if until else None)
    years = sorted(int(y) for y in _YEAR.findall(question))
    return Period(years[0], years[-1]) if years else Period()


def _words(text: str) -> str:
    text = text.lower().replace("’", "'").replace("&", " and ")
    return " " + re.sub(r"[^a-z0-9]+", " ", text).strip() + " "


# -- the table, built once per loaded index and only for the reports a question needs --------

def _rows(ctx: AnswerContext, report_ids) -> list[JudgementRow]:
    cache = _ROWS.setdefault(ctx.store, {})
    for report_id in report_ids:
        if report_id not in cache:
            cache[report_id] = report_rows(ctx.report(report_id))
    return sort_rows(row for report_id in report_ids for row in cache[report_id])


def _summaries_of(ctx: AnswerContext, authorities: list[str]) -> list[ReportSummary]:
    return [s for s in ctx.summaries if any(
        same_authority(wanted, official_key(s.metadata.local_authority or s.label))
        for wanted in authorities)]


def _summary_year(summary: ReportSummary) -> int | None:
    end = parse_dates(summary.metadata.inspection_dates)[1]
    return end.year if end else summary.metadata.year


def _citation(ctx: AnswerContext, row: JudgementRow) -> Citation | None:
    return row_citation(ctx.report(row.report), row)


def _cited(ctx: AnswerContext, row: JudgementRow, words: str) -> tuple[str, list[Citation]]:
    citation = _citation(ctx, row)
    if not citation:
        return "", []
    return f"{words} [{citation.locator()}]", [citation]


def _grade_words(row: JudgementRow) -> str:
    return row.grade_words or row.outcome or "not graded"


def _area_name(row: JudgementRow) -> str:
    name = AREA_NAMES.get(row.area_key, row.area)
    return f"{name} ({row.part})" if row.part else name


def _command(area: str | None = None, grade: str | None = None, authority: str | None = None,
             when: Period = Period()) -> str:
    parts = ["assistant judgements"]
    if authority:
        parts.append(f'--authority "{authority}"')
    if area:
        parts.append(f"--area {area}")
    if grade:
        parts.append(f'--grade "{grade}"')
    if when.first:
        parts.append(f"--since {when.first}")
    return "`" + " ".join(parts) + "`"


# -- the answers ------------------------------------------------------------------------------

def _graded(ctx: AnswerContext, area: str, grade: str, when: Period) -> Draft | None:
    """Authorities given ``grade`` for ``area``: the number and the list."""
    ids = [s.id for s in ctx.summaries if when.holds(_summary_year(s)) and any(
        area_key(j.area) == area and five_point(j.grade) == grade for j in s.judgements)]
    rows = [r for r in _rows(ctx, ids) if r.area_key == area and r.grade == grade
            and when.holds(r.year)]
    what = (f"judged {grade} overall" if area == "overall_effectiveness"
            else f"judged {grade} for {AREA_NAMES.get(area, area.replace('_', ' '))}")
    if not rows:
        held = sum(1 for s in ctx.summaries if when.holds(_summary_year(s)))
        return Draft(f"No authority in the index was {what}{when.words()} ({held} indexed "
                     f"report{'' if held == 1 else 's'}{when.words()}).", ())
    rows.sort(key=lambda r: (r.date, r.authority_key))
    authorities = len({r.authority_key for r in rows})
    listed, citations = [], []
    for row in rows[:MAX_LISTED]:
        part = f", {row.part}" if row.part else ""
        said, cited = _cited(ctx, row,
                             f"{row.label} ({row.inspection_dates or row.year}{part})")
        if said:
            listed.append(said)
            citations.extend(cited)
    if not citations:
        return None
    noun = "authority was" if authorities == 1 else "authorities were"
    reports = f" ({len(rows)} inspections)" if len(rows) != authorities else ""
    text = f"{authorities} {noun} {what}{when.words()}{reports}: "
    if len(rows) > MAX_LISTED:
        text += f"the first {MAX_LISTED}, oldest first: "
    text += "; ".join(listed) + "."
    if len(rows) > MAX_LISTED:
        text += f" {_command(area, grade, when=when)} lists all {len(rows)}."
    text += _joint_note(ctx, area, grade, when)
    return Draft(text, tuple(dedupe(citations)), listing=True)


def _joint_note(ctx: AnswerContext, area: str, grade: str, when: Period) -> str:
    """Care leavers were graded with children in care in 2018–2022: say how many were."""
    if area != "care_leavers":
        return ""
    joint = {official_key(s.metadata.local_authority or s.label) for s in ctx.summaries
             if when.holds(_summary_year(s)) and any(
                 area_key(j.area) == "children_in_care_and_care_leavers"
                 and five_point(j.grade) == grade for j in s.judgements)}
    if not joint:
        return ""
    return (f" From 2018 to 2022 care leavers were graded together with children in care: "
            f"{len(joint)} {'authority was' if len(joint) == 1 else 'authorities were'} "
            f"judged {grade} for both "
            f"({_command('children_in_care_and_care_leavers', grade, when=when)}).")


def _changes(ctx: AnswerContext, area: str, before: str | None, after: str | None,
             worse: bool, when: Period) -> Draft | None:
    """Authorities whose grade for ``area`` went from ``before`` to ``after`` between two
    consecutive inspections (or simply got better, or worse)."""
    ids = [s.id for s in ctx.summaries if s.metadata.report_type not in NOT_FULL_INSPECTIONS]
    rows = [r for r in _rows(ctx, ids) if r.area_key == area and r.grade_number and not r.part]
    by_authority: dict[str, list[JudgementRow]] = {}
    for row in rows:
        by_authority.setdefault(row.authority_key, []).append(row)
    pairs = []
    for history in by_authority.values():
        for earlier, later in zip(history, history[1:]):
            if not when.holds(later.year):
                continue
            if before and after:
                hit = earlier.grade == before and later.grade == after
            elif worse:
                hit = later.grade_number > earlier.grade_number
            else:
                hit = later.grade_number < earlier.grade_number
            if hit:
                pairs.append((earlier, later))
    change = (f"from {before} to {after}" if before and after
              else "to a worse grade" if worse else "to a better grade")
    area_words = "overall" if area == "overall_effectiveness" else \
        f"for {AREA_NAMES.get(area, area)}"
    if not pairs:
        return Draft(f"No authority in the index went {change} {area_words} between one "
                     f"inspection and the next{when.words()} ({len(by_authority)} authorities "
                     f"with a grade for it).", ())
    pairs.sort(key=lambda pair: (pair[1].date, pair[1].authority_key))
    listed, citations = [], []
    for earlier, later in pairs[:MAX_LISTED]:
        first, one = _cited(ctx, earlier, f"{_grade_words(earlier)} in {earlier.year}")
        second, two = _cited(ctx, later, f"{_grade_words(later)} in {later.year}")
        if first and second:
            listed.append(f"{later.authority or later.label}: {first} → {second}")
            citations.extend(one + two)
    if not citations:
        return None
    count = len({later.authority_key for _, later in pairs})
    noun = "authority" if count == 1 else "authorities"
    text = (f"{count} {noun} went {change} {area_words} between one inspection and the "
            f"next{when.words()}: ")
    if len(pairs) > MAX_LISTED:
        text += f"the first {MAX_LISTED}: "
    text += "; ".join(listed) + "."
    if len(pairs) > MAX_LISTED:
        text += f" {_command(area, when=when)} lists every grade."
    return Draft(text, tuple(dedupe(citations)), listing=True)


def _timeline(ctx: AnswerContext, authorities: list[str], area: str | None,
              when: Period) -> Draft | None:
    """Each named authority's judgements, inspection by inspection, oldest first."""
    said, headline, detail = [], [], []
    for authority in authorities:
        summaries = [s for s in _summaries_of(ctx, [authority]) if when.holds(_summary_year(s))]
        rows = [r for r in _rows(ctx, [s.id for s in summaries]) if when.holds(r.year)]
        if area:
            rows = [r for r in rows if r.area_key in (area, "not_graded", "send_outcome")
                    or (area in ("children_in_care", "care_leavers")
                        and r.area_key == "children_in_care_and_care_leavers")]
        # A two-part 2011 inspection shows each part's overall grade; the rest is in the table.
        shown = [r for r in rows if r.area_key == area or (
            r.area_key in TIMELINE_KEYS and (not r.part or r.area_key == "overall_effectiveness"))]
        if not shown:
            continue
        name = shown[0].authority or shown[0].label
        overall = [r for r in shown if r.area_key == "overall_effectiveness"]
        steps = []
        for inspection in inspections(shown):
            grades = [r for r in inspection if r.area_key == "overall_effectiveness"]
            if grades:
                steps.append(" and ".join(_grade_words(r) + (f" ({r.part})" if r.part else "")
                                          for r in grades) + f" in {inspection[0].year}")
        several = len(inspections(shown)) > 1
        sentences = [f"{name}'s judgements{when.words()}{', oldest first' if several else ''}:"]
        if len(overall) > 1 and several and not area:
            sentences.append("overall effectiveness " + " → ".join(steps) + ".")
        for inspection in inspections(shown):
            first = inspection[0]
            items = []
            for row in sorted(inspection, key=_timeline_order):
                item, cited = _cited(ctx, row, f"{_area_name(row)} {_grade_words(row)}"
                                     if row.area_key != "not_graded" else _grade_words(row))
                if item:
                    items.append(item)
                    # Overall grades are cited first: they are the timeline.
                    overall_row = row.area_key == "overall_effectiveness"
                    (headline if overall_row else detail).extend(cited)
            if items:
                kind = "" if first.label.endswith(first.framework) else f"{first.framework}, "
                sentences.append(f"{first.label} ({kind}{first.inspection_dates or first.year}): "
                                 + "; ".join(items) + ".")
        if len(inspections(shown)) == 1:
            # One inspection in the index: the report's own account of the one before.
            before = previous_inspection(ctx.report(shown[0].report))
            if before:
                sentences.append(f"{before.quote} [{before.locator()}]")
                detail.append(before)
        if len(rows) > len(shown):
            sentences.append(f"{_command(authority=name, area=area, when=when)} lists all "
                             f"{len(rows)} judgements.")
        said.append(" ".join(sentences))
    if not headline + detail:
        return None
    return Draft(" ".join(said), tuple(dedupe(headline + detail)), listing=True)


def _last_inspection(q: AskedQuestion, ctx: AnswerContext, authorities: list[str]
                     ) -> Draft | None:
    """Who led, or when was, each named authority's most recent inspection (a full one
    unless the question names a focused visit or SEND inspection)."""
    said, citations = [], []
    for authority in authorities:
        summaries = _summaries_of(ctx, [authority])
        kinds = [kind for kind, cue in REPORT_KINDS.items() if cue.search(q.text)]
        chosen = [s for s in summaries if s.metadata.report_type in kinds] if kinds else \
            [s for s in summaries if s.metadata.report_type not in NOT_FULL_INSPECTIONS]
        if not chosen:
            continue
        latest = max(chosen, key=_end_date)
        one = replace(q, scope=Scope(frozenset({latest.id}), named=True), reports=(latest,))
        name = latest.metadata.local_authority or latest.label
        dates = answer_dates(one, ctx)
        if _WHO.search(q.text):
            led = answer_inspector(one, ctx)
            if not led:
                continue
            when = (f", {latest.metadata.inspection_dates} [{dates.citations[0].locator()}]"
                    if dates else "")
            said.append(f"{latest.metadata.lead_inspector} [{led.citations[0].locator()}] led "
                        f"{name}'s last {' or '.join(kinds) or 'inspection'}, "
                        f"{latest.label}{when}.")
            citations.extend(led.citations[:1] + (dates.citations[:1] if dates else ()))
        elif _WHEN.search(q.text):
            if not dates:
                continue
            said.append(f"{name} was last inspected {latest.metadata.inspection_dates} "
                        f"({latest.label}) [{dates.citations[0].locator()}].")
            citations.extend(dates.citations[:1])
            later = [s for s in summaries if _end_date(s) > _end_date(latest)]
            for other in sorted(later, key=_end_date):
                visit = answer_dates(replace(q, scope=Scope(frozenset({other.id}), True),
                                             reports=(other,)), ctx)
                if visit:
                    said.append(f"A {other.metadata.report_type} followed: "
                                f"{other.metadata.inspection_dates} "
                                f"[{visit.citations[0].locator()}].")
                    citations.extend(visit.citations[:1])
        elif _GRADE_CUE.search(q.text):
            draft = _timeline(ctx, [authority], wanted_area(q.text, default=None),
                              Period(_summary_year(latest), _summary_year(latest)))
            if draft:
                said.append(draft.text)
                citations.extend(draft.citations)
    if not citations:
        return None
    return Draft(" ".join(said), tuple(dedupe(citations)), listing=True)


def _timeline_order(row: JudgementRow) -> int:
    """Overall effectiveness first, then the areas in the order of ``AREA_NAMES``."""
    keys = list(TIMELINE_KEYS)
    return keys.index(row.area_key) if row.area_key in keys else len(keys)


def _end_date(summary: ReportSummary) -> str:
    start, end = parse_dates(summary.metadata.inspection_dates)
    when = end or start
    return when.isoformat() if when else str(summary.metadata.year or "")

