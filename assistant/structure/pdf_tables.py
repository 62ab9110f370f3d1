"""Judgement tables: label and grade cells that pypdf runs together line by line.

Four layouts carry them: the ILACS page-1 "Judgement Grade" table, the SIF page-1 list
("1. Children who need help and protection Requires improvement"), the SIF body "Key Judgement
Judgement Grade" box, and the 2013 "Record of main findings". Labels wrap onto lower-case lines
and grades wrap too ("Requires improvement" / "to be good", "Requires" / "improvement").

Example:
    >>> lines = [Line("Judgement Grade", 1), Line("The experiences and progress of", 1),
    ...          Line("children in care", 1), Line("Good", 1),
    ...          Line("Overall effectiveness Good", 1), Line("Children are safe.", 1)]
    >>> rows = find_tables(lines)[0].rows
    >>> [(row.label, row.grade) for row in rows]  # doctest: +NORMALIZE_WHITESPACE
    [('The experiences and progress of children in care', 'Good'),
     ('Overall effectiveness', 'Good')]
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.structure.grades import GRADE_WORD_PATTERN
from assistant.structure.pdf_layout import Line

_HEADER = re.compile(
    r"^(?:Key\s+)?Judgement\s+(?:Judgement\s+|Inspection\s+)?Grade$", re.IGNORECASE
)
_SIF_LIST_START = re.compile(r"^1\.?\s+Children who need help", re.IGNORECASE)
_SIF_ROW = re.compile(r"^\d(?:\.\d)?\.?\s+\S")
_LIST_NUMBER = re.compile(r"^\d(?:\.\d)?\.?\s+")
_RECORD = re.compile(r"^Record of main findings:?$", re.IGNORECASE)
_ENDS_WITH_GRADE = re.compile(
    rf"^(?P<label>.*?)\s*(?P<grade>\b(?:{GRADE_WORD_PATTERN}))$", re.IGNORECASE
)
_GRADE_START = re.compile(r"^(?:Requires?|Good|Outstanding|Inadequate|Adequate)\b", re.IGNORECASE)
_GRADE_TAIL = re.compile(r"^(?:to be good|to|be good|improvement(?: to be good)?)$", re.IGNORECASE)
_OVERALL = re.compile(r"^Overall effectiveness\b", re.IGNORECASE)
#: A label wraps onto at most this many lines before the table is taken to have ended.
MAX_ROW_LINES = 4


@dataclass(frozen=True)
class TableRow:
    """One graded row: the label and grade as printed (wraps joined), and its line span."""

    label: str
    grade: str
    page: int
    start: int
    end: int


@dataclass(frozen=True)
class Table:
    """A judgement table over lines ``start``..``end`` (exclusive), header included.

    ``summary`` is True for page-1 and "Record of main findings" tables, False for a body box.
    """

    start: int
    end: int
    rows: tuple[TableRow, ...]
    summary: bool


def find_tables(lines: list[Line]) -> list[Table]:
    """Every judgement table in reading order; tables without a graded row are left out."""
    tables: list[Table] = []
    index = 0
    while index < len(lines):
        table = _table_at(lines, index)
        if table and table.rows:
            tables.append(table)
            index = table.end
        else:
            index += 1
    return tables


def _table_at(lines: list[Line], index: int) -> Table | None:
    text = lines[index].text
    if _HEADER.match(text):
        if text.lower().startswith("key"):
            return _table(index, _read_rows(lines, index + 1, max_rows=1), summary=False)
        return _table(index, _read_rows(lines, index + 1, until_overall=True), summary=True)
    if _SIF_LIST_START.match(text) and lines[index].page <= 2:
        return _table(index, _read_rows(lines, index, sif_list=True), summary=True)
    if _RECORD.match(text):
        return _table(index + 1, _read_rows(lines, index + 1, max_rows=40), summary=True)
    return None


def _table(start: int, rows: list[TableRow], summary: bool) -> Table:
    end = rows[-1].end if rows else start + 1
    return Table(start=start, end=end, rows=tuple(rows), summary=summary)


def _read_rows(
    lines: list[Line],
    index: int,
    *,
    sif_list: bool = False,
    until_overall: bool = False,
    max_rows: int = 6,
) -> list[TableRow]:
    """Read rows from ``index`` until a line that cannot belong to the table.

    ``sif_list`` rows open with their list number ("2.1"); ``until_overall`` tables end with
    their "Overall effectiveness" row.
    """
    rows: list[TableRow] = []
    buffer: list[int] = []
    while index < len(lines) and len(rows) < max_rows:
        text = lines[index].text
        starts_row = _starts_row(text, sif_list)
        if buffer and starts_row:
            # A label with no grade before a new row is a group header, e.g. "Services for
            # looked after children" in the 2013 record of main findings.
            buffer = []
        if not buffer and not starts_row:
            break
        if text.endswith(".") or len(buffer) >= MAX_ROW_LINES:
            break
        buffer.append(index)
        index += 1
        # "Requires improvement" / "to be good": the grade goes on after a complete grade.
        while (
            index < len(lines)
            and _GRADE_TAIL.match(lines[index].text)
            and _is_graded(lines, buffer)
        ):
            buffer.append(index)
            index += 1
        row = _as_row(lines, buffer)
        if row:
            rows.append(row)
            buffer = []
            if until_overall and _OVERALL.match(row.label):
                break
    return rows


def _starts_row(text: str, sif_list: bool) -> bool:
    if sif_list:
        return bool(_SIF_ROW.match(text))
    return text[:1].isupper() and not _GRADE_START.match(text)


def _is_graded(lines: list[Line], buffer: list[int]) -> bool:
    return _ENDS_WITH_GRADE.match(_joined(lines, buffer)) is not None


def _joined(lines: list[Line], span: list[int]) -> str:
    return " ".join(lines[i].text for i in span)


def _as_row(lines: list[Line], buffer: list[int]) -> TableRow | None:
    found = _ENDS_WITH_GRADE.match(_joined(lines, buffer))
    if not found or not found.group("label"):
        return None
    label = _LIST_NUMBER.sub("", found.group("label")).strip()
    page = lines[buffer[0]].page
    return TableRow(label, found.group("grade"), page, buffer[0], buffer[-1] + 1)
