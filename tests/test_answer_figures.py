"""Figure questions over a report's lists: a lead-in names what its items count ("The
proportion of children who speak English as an additional language:" / "- in primary schools
is 75%"), so the items are read with it; and how much of a paragraph an answer quotes."""

from __future__ import annotations

from assistant.answering.extractive import _items_after, _lead_in
from assistant.passages import Passage
from assistant.records import Paragraph, Report

LEAD_IN = Paragraph(None, "- The proportion of children who speak English as an additional "
                          "language:", (), 7, "bullet")
PRIMARY = Paragraph(None, "- in primary schools is 75% (the national average is 18%)", (), 7,
                    "bullet")
SECONDARY = Paragraph(None, "- in secondary schools is 68% (the national average is 14%).",
                      (), 7, "bullet")
NEXT_LIST = Paragraph(None, "- The number of live births has more than doubled:", (), 7,
                      "bullet")
PROSE = Paragraph(12, "Children in need are seen promptly.", (), 8)
REPORT = Report("r", "r.pdf", "t", 9, (LEAD_IN, PRIMARY, SECONDARY, NEXT_LIST, PROSE), ())


def _passage(paragraph: Paragraph) -> Passage:
    return Passage(REPORT, paragraph, ((paragraph.text, 0.6),), 0.6, 0.6)


def test_a_lead_in_brings_the_items_that_follow_it_up_to_the_next_list():
    assert _items_after(_passage(LEAD_IN)) == [PRIMARY, SECONDARY]


def test_an_item_is_read_with_the_line_that_introduces_it():
    assert _lead_in(_passage(SECONDARY)) == LEAD_IN.text


def test_prose_has_neither_items_nor_a_lead_in():
    assert _items_after(_passage(PROSE)) == []
    assert _lead_in(_passage(PROSE)) == ""


def test_a_short_best_paragraph_is_quoted_whole():
    from assistant.quotes import whole_paragraph
    from assistant.records import Citation

    text = ("The local authority has a small number of children in unregistered homes. They "
            "are reviewed regularly. However, care planning has not been timely.")
    paragraph = Paragraph(27, text, (), 5)
    first = Citation("r", "R 2022", "t", 27, 5, "", "They are reviewed regularly.", 1.0)
    assert whole_paragraph(first, paragraph).quote == text
    long = Paragraph(28, " ".join(["A sentence about care."] * 6), (), 5)
    assert whole_paragraph(first, long) is None


def test_a_figure_asked_against_an_earlier_date_brings_the_sentence_that_gives_it():
    from types import SimpleNamespace

    from assistant.answering.extractive import _figure_sentence
    from assistant.answering.focus import read_focus
    plans = Paragraph(None, "- At 29 January 2018, 296 children were the subject of a child "
                            "protection plan. This is an increase from 158 children at 31 March "
                            "2017. Plans are reviewed on time.", (), 7, "bullet")
    report = Report("lambeth", "l.pdf", "Lambeth", 9, (plans,), ())
    passage = Passage(report, plans, tuple((s, 0.6) for s in (
        "- At 29 January 2018, 296 children were the subject of a child protection plan.",
        "This is an increase from 158 children at 31 March 2017.",
        "Plans are reviewed on time.")), 0.6, 0.6)
    ctx = SimpleNamespace(searcher=SimpleNamespace(idf=lambda term: 1.0))

    def quote(question: str) -> str:
        q = SimpleNamespace(focus=read_focus(question), glosses={})
        return _figure_sentence(q, ["protect", "plan"], [passage], ctx)[-1].quote

    assert quote("How many children were on protection plans, compared with March 2017?") == (
        "- At 29 January 2018, 296 children were the subject of a child protection plan. This "
        "is an increase from 158 children at 31 March 2017.")
    assert quote("How many children were on protection plans?") == (
        "- At 29 January 2018, 296 children were the subject of a child protection plan.")


def test_an_item_counted_from_the_line_before_its_lead_in_comes_with_that_line():
    from assistant.answering.extractive import _counted_from
    from assistant.records import Paragraph, Report

    lines = ["- At 14 November 2016, 224 children were being looked after (a rate of 48.5 per "
             "10,000 children).", "Of this number:", "- 152 (or 68%) live outside the area",
             "- 18 are unaccompanied asylum-seeking children"]
    paragraphs = tuple(Paragraph(None, t, ("Children looked after in this area",), 6, "bullet")
                       for t in lines)
    report = Report("sutton-2016", "s.pdf", "t", 40, paragraphs, ())
    assert _counted_from(report, paragraphs[3]) is paragraphs[0]
    assert _counted_from(report, paragraphs[0]) is None
    other = paragraphs[:1] + (Paragraph(None, "The children live:", (), 6, "text"),) + \
        paragraphs[3:]
    assert _counted_from(Report("x", "s", "t", 1, other, ()), other[2]) is None


def test_a_total_in_the_lead_in_line_itself_comes_with_the_item():
    from assistant.answering.extractive import _counted_from
    from assistant.records import Paragraph, Report

    lines = ["- At 29 January 2018, 407 children are being looked after by the local authority. "
             "Of this number:", "- 294 (or 72%) live outside the local authority area"]
    paragraphs = tuple(Paragraph(None, t, (), 7, "bullet") for t in lines)
    report = Report("lambeth-2018", "l.pdf", "t", 40, paragraphs, ())
    assert _counted_from(report, paragraphs[1]) is paragraphs[0]
