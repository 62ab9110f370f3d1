"""Every graded judgement of every report as one table: one typed row per report and area.

The rows come from the judgements parsed from each report (``assistant.structure``), merged so
that a grade printed twice (a page-1 table row and a body heading) is one row, each with a
verbatim quote of the words that state it, its page and paragraph. Reports with no graded
judgement say what they carry instead: an area SEND inspection its outcome sentence, a focused
visit that it is not graded. Nothing here loads the embedding model: a table is built from
parsed reports or from a loaded index (``Store``).

Area keys (``JudgementRow.area_key``), whatever the era's wording:

=================================== ==============================================================
key                                 the reports' wording
=================================== ==============================================================
overall_effectiveness               Overall effectiveness (of services for looked after
                                    children); SIF "Children’s services in Kent are good"
leadership                          The impact of leaders on social work practice…; Leadership,
                                    management and governance; Leadership and management
help_and_protection                 (The experiences and progress of) children who need help and
                                    protection
children_in_care_and_care_leavers   …children in care and care leavers (one grade, 2018–2022)
care_leavers                        (The) experiences and progress of care leavers
children_in_care                    …children in care; children looked after and achieving
                                    permanence
adoption                            Adoption performance
lscb                                Local Safeguarding Children Board (SIF review)
capacity_to_improve                 Capacity to improve; Capacity for improvement
send_outcome                        area SEND "Inspection outcome" (an outcome, not a grade)
not_graded                          a focused visit (no graded judgement)
(anything else)                     the wording in snake case: ``partnership_working``
=================================== ==============================================================

Frameworks (``JudgementRow.framework``): ``safeguarding and LAC`` (2009–2012, two parts),
``LAC`` (2013 looked after children), ``SIF`` (2014–2018 single inspection framework),
``ILACS`` and ``ILACS short`` (2018 on; short when the inspection spans a week or less),
``focused visit``, ``area SEND``.

Example:
    >>> from assistant.reading import read_document
    >>> from assistant.structure import parse_report
    >>> rows = report_rows(parse_report(read_document("assistant/data/sefton-2011.txt")))
    >>> row = next(r for r in rows if r.area_key == "partnership_working")
    >>> row.authority, row.framework, row.grade, row.grade_number, row.paragraph
    ('Sefton', 'safeguarding and LAC', 'good', 2, 43)
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable
from dataclasses import asdict, dataclass, fields
from datetime import date
from functools import lru_cache

from assistant.answering.judgement import judgement_citations
from assistant.citations import cite
from assistant.records import Citation, Judgement, Report
from assistant.sentences import split_sentences
from assistant.structure.grades import GRADE_WORD_PATTERN, normalise_grade

#: Area keys, tried in order (the joint care row before either of its halves).
AREA_KEYS = (
    ("overall_effectiveness", re.compile(r"^overall effectiveness\b")),
    ("leadership", re.compile(r"\bimpact of leaders\b|^leadership\b")),
    ("help_and_protection", re.compile(r"\bneed help and protection\b")),
    ("children_in_care_and_care_leavers", re.compile(r"\bchildren in care and care leavers\b")),
    ("care_leavers", re.compile(r"\bcare leavers\b")),
    ("children_in_care", re.compile(r"\bchildren in care\b|\bchildren looked after\b")),
    ("adoption", re.compile(r"^adoption\b")),
    ("lscb", re.compile(r"local safeguarding children board|\blscb\b")),
    ("capacity_to_improve", re.compile(r"^capacity (?:to|for) improve")),
    ("send_outcome", re.compile(r"^inspection outcome$")),
)
#: Grades on one scale: 1 is best. "Adequate" (to 2013) and "requires improvement" share 3.
GRADE_NUMBERS = {"outstanding": 1, "good": 2, "requires improvement": 3, "adequate": 3,
                 "inadequate": 4}
#: An ILACS inspection spanning this many days or fewer is a short one (one week on site).
SHORT_INSPECTION_DAYS = 7
#: Words that name a council's kind rather than the place.
_DESIGNATION_WORDS = {"city", "county", "council", "borough", "metropolitan", "district",
                      "royal", "london", "of", "the"}
_MONTHS = {m: i for i, m in enumerate(
    ("january", "february", "march", "april", "may", "june", "july", "august", "september",
     "october", "november", "december"), start=1)}
_DATE_PART = re.compile(
    r"\b(?P<numeric>(?P<nd>\d{1,2})/(?P<nm>\d{1,2})/(?P<ny>\d{2,4}))\b"
    r"|\b(?P<day>\d{1,2})(?:\s+(?P<month>" + "|".join(_MONTHS) + r"))?(?:\s+(?P<year>\d{4}))?\b",
    re.IGNORECASE)
_GRADE_IN_TEXT = re.compile(rf"\b(?:{GRADE_WORD_PATTERN})\b", re.IGNORECASE)
_FOCUSED_VISIT = "not graded"
_PRIORITY_ACTION = re.compile(r"^areas? for priority action", re.IGNORECASE)


@dataclass(frozen=True)
class JudgementRow:
    """One report's judgement on one area, with where the report states it.

    ``grade`` is normalised (outstanding / good / requires improvement / adequate /
    inadequate); ``grade_words`` is the grade as the report words it ("requires improvement
    to be good"). Rows that carry no grade have ``grade`` None and say what the report carries
    in ``outcome``. ``page`` is where ``quote`` (verbatim) stands; ``paragraph`` is the
    numbered paragraph the quote is from, else the first paragraph under the graded heading.
    Dates are ISO (``2023-01-27``) where the printed dates could be read.
    """

    report: str
    label: str
    authority: str | None
    authority_key: str
    framework: str
    inspection_dates: str | None
    inspection_start: str | None
    inspection_end: str | None
    published: str | None
    lead_inspector: str | None
    part: str | None
    area: str
    area_key: str
    grade: str | None
    grade_words: str | None
    grade_number: int | None
    outcome: str | None
    page: int | None
    paragraph: int | None
    quote: str | None
    source: str

    @property
    def year(self) -> int | None:
        """The year the inspection ended (else the year the report gives)."""
        when = self.inspection_end or self.inspection_start
        return int(when[:4]) if when else None

    @property
    def date(self) -> str:
        """Sort key: the inspection's last day, else its first (ISO), else empty."""
        return self.inspection_end or self.inspection_start or ""

    def to_json(self) -> dict:
        return asdict(self)


def area_key(area: str) -> str:
    """The normalised key of an area's wording (see the module's table).

    Example:
        >>> area_key("The experiences and progress of children in care and care leavers")
        'children_in_care_and_care_leavers'
        >>> area_key("Partnership working")
        'partnership_working'
    """
    words = " ".join(re.sub(r"[^a-z]+", " ", area.lower().replace("’", "'")).split())
    for key, pattern in AREA_KEYS:
        if pattern.search(words):
            return key
    return words.replace(" ", "_") or "unnamed"


def authority_key(name: str | None) -> str:
    """A council's name without its kind ("Derby City" and "Derby" are one authority).

    Example:
        >>> authority_key("London Borough of Hammersmith & Fulham")
        'hammersmith and fulham'
    """
    words = re.sub(r"[^a-z]+", " ", (name or "").lower().replace("&", " and ")).split()
    core = [w for w in words if w not in _DESIGNATION_WORDS]
    return " ".join(core or words)


@lru_cache(maxsize=1024)
def official_key(name: str) -> str:
    """The authority key of a name people use for a council ("Hull" is Kingston upon Hull).

    Example:
        >>> official_key("Hull")
        'kingston upon hull'
    """
    from assistant.routing import known_places

    key = authority_key(name)
    return next((authority_key(council) for alias, council in known_places()
                 if authority_key(alias) == key), key)


def parse_dates(text: str | None) -> tuple[date | None, date | None]:
    """The first and last day of a printed date range, in any of the reports' forms.

    Example:
        >>> parse_dates("20 February to 3 March 2023")
        (datetime.date(2023, 2, 20), datetime.date(2023, 3, 3))
        >>> parse_dates("12/09/2016 to 06/10/2016")[1]
        datetime.date(2016, 10, 6)
    """
    parts: list[list[int | None]] = []
    for found in _DATE_PART.finditer(text or ""):
        if found.group("numeric"):
            year = int(found.group("ny"))
            parts.append([int(found.group("nd")), int(found.group("nm")),
                          year + 2000 if year < 100 else year])
        else:
            month = found.group("month")
            parts.append([int(found.group("day")), _MONTHS[month.lower()] if month else None,
                          int(found.group("year")) if found.group("year") else None])
    # "9 – 20 May 2011": a part lacking a month or year takes the next one's.
    for later, earlier in zip(reversed(parts), list(reversed(parts))[1:]):
        earlier[1] = earlier[1] or later[1]
        earlier[2] = earlier[2] or later[2]
    dates = []
    for day, month, year in parts:
        try:
            dates.append(date(year, month, day) if month and year else None)
        except ValueError:
            dates.append(None)
    dates = [d for d in dates if d]
    return (dates[0], dates[-1]) if dates else (None, None)


def framework(report: Report) -> str:
    """Which inspection framework a report was written under (see the module's list)."""
    title = (report.title or "").lower()
    kind = report.metadata.report_type or ""
    if kind in ("focused visit", "area SEND"):
        return kind
    if "safeguarding and looked after children" in title:
        return "safeguarding and LAC"
    if "looked after children" in title:
        return "LAC"
    if "children in need of help and protection" in title:
        return "SIF"
    start, end = parse_dates(report.metadata.inspection_dates)
    if start and end and (end - start).days <= SHORT_INSPECTION_DAYS:
        return "ILACS short"
    return "ILACS"


def report_rows(report: Report) -> list[JudgementRow]:
    """One row per area the report judges (parts kept apart), in the report's order."""
    groups: dict[tuple[str, str], list[Judgement]] = {}
    for judgement in report.judgements:
        groups.setdefault((judgement.part or "", area_key(judgement.area)), []).append(judgement)
    rows = [_row(report, key, judgements) for (_, key), judgements in groups.items()]
    if not rows and report.metadata.report_type == "focused visit":
        rows = [_not_graded_row(report)]
    return rows


def table_from_reports(reports: Iterable[Report]) -> list[JudgementRow]:
    """The rows of many reports, by authority then oldest inspection first."""
    rows = [row for report in reports for row in report_rows(report)]
    return sort_rows(rows)


def table_from_store(store) -> list[JudgementRow]:
    """The rows of every report in a loaded index (``assistant.store.Store``)."""
    return table_from_reports(store.report(report_id) for report_id in sorted(store.summaries))


def authority_timeline(store, authority: str) -> list[list[JudgementRow]]:
    """One authority's inspections in a loaded index, oldest first, each as its rows (what a
    reports screen shows); only that authority's reports are read.

    Example:
        >>> [rows[0].label for rows in authority_timeline(store, "Sefton")]  # doctest: +SKIP
        ['Sefton 2011', 'Sefton 2016', 'Sefton 2018 focused visit', 'Sefton 2022', 'Sefton 2025']
    """
    wanted = official_key(authority)
    ids = [s.id for s in store.summaries.values()
           if same_authority(wanted, official_key(s.metadata.local_authority or s.label))]
    return inspections(table_from_reports(store.report(report_id) for report_id in ids))


def sort_rows(rows: Iterable[JudgementRow]) -> list[JudgementRow]:
    """By authority, then oldest inspection first; each report's rows keep their order."""
    indexed = list(enumerate(rows))
    indexed.sort(key=lambda pair: (pair[1].authority_key, pair[1].date, pair[1].report, pair[0]))
    return [row for _, row in indexed]


def filter_rows(rows: Iterable[JudgementRow], authority: str | None = None,
                area: str | None = None, since: int | None = None,
                grade: str | None = None) -> list[JudgementRow]:
    """Rows of an authority (by name, any designation), an area (words of its wording or its
    key), inspections ending in ``since`` or later, and a grade (normalised or as worded).

    Example:
        >>> filter_rows(rows, authority="Sefton", area="care leavers", since=2016)  # doctest: +SKIP
    """
    wanted_grade = five_point(grade) if grade else None
    wanted = official_key(authority) if authority else None
    area_words = " ".join(re.sub(r"[^a-z]+", " ", (area or "").lower()).split())
    chosen = []
    for row in rows:
        if wanted and not same_authority(wanted, row.authority_key):
            continue
        if area_words and not (area_words in " ".join(re.sub(r"[^a-z]+", " ",
                                                             row.area.lower()).split())
                               or area_words.replace(" ", "_") == row.area_key):
            continue
        if since and (row.year or 0) < since:
            continue
        if wanted_grade and row.grade != wanted_grade:
            continue
        chosen.append(row)
    return chosen


def inspections(rows: Iterable[JudgementRow]) -> list[list[JudgementRow]]:
    """Rows grouped by report, oldest inspection first: an authority's timeline.

    Example:
        >>> timeline = inspections(filter_rows(table_from_store(store), authority="Sefton"))
        ... # doctest: +SKIP
    """
    grouped: dict[str, list[JudgementRow]] = {}
    for row in rows:
        grouped.setdefault(row.report, []).append(row)
    return sorted(grouped.values(), key=lambda group: (group[0].date, group[0].report))


def row_citation(report: Report, row: JudgementRow) -> Citation | None:
    """The row's quote as a verified citation of its paragraph."""
    if not row.quote:
        return None
    for paragraph in report.paragraphs:
        if paragraph.page == row.page and paragraph.number == row.paragraph:
            citation = cite(report, paragraph, row.quote, 1.0)
            if citation:
                return citation
    return next((c for c in (cite(report, p, row.quote, 1.0) for p in report.paragraphs) if c),
                None)


COLUMNS = tuple(f.name for f in fields(JudgementRow))


def to_csv(rows: Iterable[JudgementRow]) -> str:
    """The rows as CSV with a header line, every field a column."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(COLUMNS)
    for row in rows:
        writer.writerow(["" if v is None else v for v in (getattr(row, c) for c in COLUMNS)])
    return out.getvalue()


#: Columns of the plain table, and their widths (the last, the area, runs on).
PLAIN_COLUMNS = (("authority", 18), ("framework", 20), ("inspected", 27), ("lead inspector", 18),
                 ("grade or outcome", 39), ("where", 16), ("area", 0))


def render_table(rows: Iterable[JudgementRow]) -> str:
    """A readable fixed-width table: one line per row, grades as the reports word them."""
    lines = ["  ".join(name.ljust(width) for name, width in PLAIN_COLUMNS).rstrip()]
    for row in rows:
        where = ", ".join(x for x in (f"p. {row.page}" if row.page else "",
                                      f"para {row.paragraph}" if row.paragraph else "") if x)
        area = f"{row.part}: {row.area}" if row.part else row.area
        cells = (row.authority or row.label, row.framework, row.inspection_dates or "",
                 row.lead_inspector or "", row.grade_words or row.outcome or "", where, area)
        lines.append("  ".join(_fit(cell, width) for cell, (_, width)
                               in zip(cells, PLAIN_COLUMNS)).rstrip())
    return "\n".join(lines)


def _fit(text: str, width: int) -> str:
    if not width:
        return text
    return (text if len(text) <= width else text[: width - 1] + "…").ljust(width)


def same_authority(wanted: str, key: str) -> bool:
    """Whether two authority keys name one council: "East Riding" and "East Riding of
    Yorkshire" do (one name starts the other)."""
    return key == wanted or key.startswith(wanted + " ") or wanted.startswith(key + " ")


def _row(report: Report, key: str, judgements: list[Judgement]) -> JudgementRow:
    # The body heading's judgement first: it has the fuller wording and its paragraph.
    ordered = sorted(judgements, key=lambda j: (j.origin != "heading", j.paragraph is None))
    chosen = ordered[0]
    citation = _grade_citation(report, ordered)
    paragraph = next((j.paragraph for j in ordered if j.paragraph is not None), None)
    graded = key != "send_outcome"
    grade = five_point(chosen.grade) if graded else None
    return _make_row(
        report, part=chosen.part, area=chosen.area, key=key, grade=grade,
        grade_words=chosen.grade if graded else None,
        grade_number=GRADE_NUMBERS.get(grade or ""),
        outcome=None if graded else chosen.grade,
        page=citation.page if citation else chosen.page,
        paragraph=(citation.paragraph if citation and citation.paragraph is not None
                   else paragraph),
        quote=citation.quote if citation else None)


def _not_graded_row(report: Report) -> JudgementRow:
    """A focused visit: no grade, but the letter may name areas for priority action (its
    most serious finding), quoted from the first of them."""
    title = next((p for p in report.paragraphs if p.text == report.title), None)
    priority = [p for p in report.paragraphs if p.kind != "heading" and p.section
                and _PRIORITY_ACTION.match(p.section[-1])]
    evidence, outcome = title, _FOCUSED_VISIT
    if priority:
        evidence = priority[0]
        outcome += (f"; {len(priority)} area{'s' if len(priority) > 1 else ''} "
                    "for priority action")
    quote = evidence.text.lstrip("-◼ ").strip() if evidence else None
    return _make_row(report, part=None, area=report.title, key="not_graded", grade=None,
                     grade_words=None, grade_number=None, outcome=outcome,
                     page=evidence.page if evidence else None, paragraph=None, quote=quote)


def _make_row(report: Report, **values) -> JudgementRow:
    meta = report.metadata
    start, end = parse_dates(meta.inspection_dates)
    return JudgementRow(
        report=report.id, label=report.label, authority=meta.local_authority,
        authority_key=official_key(meta.local_authority or report.label),
        framework=framework(report), inspection_dates=meta.inspection_dates,
        inspection_start=start.isoformat() if start else None,
        inspection_end=end.isoformat() if end else None, published=meta.published,
        lead_inspector=meta.lead_inspector, part=values["part"], area=values["area"],
        area_key=values["key"], grade=values["grade"], grade_words=values["grade_words"],
        grade_number=values["grade_number"], outcome=values["outcome"], page=values["page"],
        paragraph=values["paragraph"], quote=values["quote"], source=report.source)


def five_point(grade: str) -> str:
    """A grade on the five names the table uses: "Requires improvement to be good" and
    "require improvement" are "requires improvement"."""
    grade = normalise_grade(grade)
    return "requires improvement" if grade.startswith("requires improvement") else grade


def _grade_citation(report: Report, judgements: list[Judgement]) -> Citation | None:
    """A verbatim quote that states the grade: a summary-table row or heading naming the area
    beside its grade first, then a sentence that words it, else the paragraph under the
    heading."""
    found = [c for j in judgements for c in judgement_citations(report, j)]
    stating = [c for c in found if _states(c.quote, judgements[0].grade)]
    if stating:
        return min(stating, key=lambda c: c.paragraph is not None)
    return _sentence_on_page(report, judgements[0]) or (found[0] if found else None)


def _states(quote: str, grade: str) -> bool:
    words = r"\s+".join(re.escape(w) for w in grade.split())
    return re.search(rf"\b{words}\b", quote, re.IGNORECASE) is not None


def _sentence_on_page(report: Report, judgement: Judgement) -> Citation | None:
    """The sentence on the judgement's page that states its grade, where the area is named
    another way ("Children’s services in Kent are good" for overall effectiveness)."""
    for paragraph in report.paragraphs:
        if paragraph.page != judgement.page:
            continue
        for sentence in split_sentences(paragraph.text):
            found = _GRADE_IN_TEXT.search(sentence)
            if found and normalise_grade(found.group(0)) == normalise_grade(judgement.grade):
                citation = cite(report, paragraph, sentence, 1.0)
                if citation:
                    return citation
    return None
