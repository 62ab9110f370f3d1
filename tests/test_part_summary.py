"""A graded part's own summary: the opening under the line in a report's body that grades the
part, quoted after the grade (parsed straight from the PDFs: nothing is embedded)."""

from __future__ import annotations

from functools import cache

from assistant.answering.judgement import part_summary
from assistant.citations import is_verbatim
from assistant.reading import read_document
from assistant.structure import parse_report
from tests.conftest import shared_path

CHILDRENS = ("corpus", "ofsted", "childrens-services")
SEFTON_2016 = (*CHILDRENS, "sefton", "children's services inspection - 27 june 2016.pdf")
SUFFOLK_2015 = (*CHILDRENS, "suffolk", "children's services inspection - 11 february 2016.pdf")
GATESHEAD_2015 = (*CHILDRENS, "gateshead", "children's services inspection - 11 march 2016.pdf")
BRISTOL_2023 = (*CHILDRENS, "bristol", "children's services inspection - 10 march 2023.pdf")


@cache
def _parsed(parts: tuple[str, ...]):
    return parse_report(read_document(shared_path(*parts)))


def judgement(report, area: str):
    return next(j for j in report.judgements if j.area.lower() == area.lower())


def test_part_summary_opens_under_the_graded_line_in_the_body():
    report = _parsed(SEFTON_2016)
    summary = part_summary(report, judgement(report, "Leadership, management and governance"))
    assert summary.quote.startswith("Although the local authority has taken action to improve")
    assert summary.page == 30 and summary.paragraph is None
    assert any(is_verbatim(summary.quote, p.text) for p in report.paragraphs
               if p.page == 30)


def test_an_executive_summary_heading_between_is_stepped_over():
    report = _parsed(SUFFOLK_2015)
    summary = part_summary(report, judgement(report, "Local Safeguarding Children Board"))
    assert summary.quote.startswith("Suffolk’s Local Safeguarding Children Board (LSCB) is")


def test_a_short_opening_that_restates_the_grade_takes_the_next_sentence():
    report = _parsed(GATESHEAD_2015)
    summary = part_summary(report, judgement(report, "Leadership, management and governance"))
    assert summary.quote.startswith("Leadership, management and governance is good. In partic")


def test_the_summary_table_row_is_not_the_parts_line():
    # The report's own summary follows the page-1 table; it is not any one part's.
    report = _parsed(SEFTON_2016)
    for j in report.judgements:
        summary = part_summary(report, j)
        assert summary is None or summary.page > 2, j.area


def test_a_part_opening_with_numbered_paragraphs_has_no_summary():
    # 2018 and later reports open each part with numbered paragraphs: none is the part's own
    # summary, and the extractive answer reads them.
    report = _parsed(BRISTOL_2023)
    assert all(part_summary(report, j) is None for j in report.judgements)
