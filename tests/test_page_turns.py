"""A numbered paragraph continued across a page break is cited on the page its quote is on,
or on both pages when the quote itself runs across the break."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.citations import cite
from assistant.quotes import whole_paragraph
from assistant.records import Document, Page, Paragraph, Report
from assistant.structure.pdf_report import parse_pdf_report

PAGE_4 = """Inspection of Northby children's services
1. Leaders have an accurate view of services for children.
2. Children missing education receive a robust response. Children who are home-educated are
supported by a specialist team. Although most vulnerable children have been visited, a
"""
PAGE_5 = """group of children have not been contacted recently. Leaders know this and have a plan.
3. Care leavers are well supported by their personal advisers.
"""


def _report() -> Report:
    pages = (Page(4, PAGE_4), Page(5, PAGE_5))
    return parse_pdf_report(Document("northby.pdf", pages, "h", True))


def test_a_paragraph_continued_on_the_next_page_records_where_that_page_starts():
    paragraph = _report().paragraph(2)
    assert paragraph.page == 4
    assert [page for _, page in paragraph.page_turns] == [5]
    assert paragraph.pages_of("Leaders know this and have a plan.") == (5, 5)
    assert paragraph.pages_of("Children missing education receive a robust response.") == (4, 4)


def test_a_quote_is_cited_on_the_pages_it_is_on():
    report = _report()
    paragraph = report.paragraph(2)
    on_five = cite(report, paragraph, "Leaders know this and have a plan.", 1.0)
    assert (on_five.page, on_five.pages) == (5, (5,))
    assert on_five.locator().endswith("p. 5, para 2")
    across = cite(report, paragraph, "Although most vulnerable children have been visited, a "
                                     "group of children have not been contacted recently.", 1.0)
    assert across.pages == (4, 5)
    assert "pp. 4–5, para 2" in across.locator()
    assert across.to_json()["last_page"] == 5
    on_four = cite(report, paragraph, "Children missing education receive a robust response.",
                   1.0)
    assert on_four.pages == (4,) and on_four.to_json()["last_page"] == 4


def test_a_quote_widened_to_its_whole_paragraph_covers_both_pages():
    report = _report()
    paragraph = report.paragraph(2)
    first = cite(report, paragraph, "Leaders know this and have a plan.", 1.0)
    widened = whole_paragraph(first, paragraph)
    assert widened.pages == (4, 5)


def test_a_paragraph_on_one_page_has_no_turns():
    paragraph = Paragraph(15, "Care leavers are well supported.", (), 5)
    assert paragraph.pages_of("Care leavers are well supported.") == (5, 5)


STOCKPORT = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "ofsted" / \
    "childrens-services" / "stockport" / "children's services inspection - 18 may 2022.pdf"


@pytest.mark.skipif(not STOCKPORT.exists(), reason="the shared corpus is not here")
def test_a_real_report_cites_the_sentence_after_the_page_break_on_both_pages():
    from assistant.reading import read_document

    report = parse_pdf_report(read_document(STOCKPORT))
    paragraph = report.paragraph(15)
    sentence = next(s for s in paragraph.text.replace("\n", " ").split(". ")
                    if "not been contacted recently" in s)
    assert cite(report, paragraph, sentence, 1.0).pages == (4, 5)
