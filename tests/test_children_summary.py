"""The part of a report written for children: found by its heading, named by the question's
own words for it (parsed straight from the PDFs: nothing is embedded)."""

from __future__ import annotations

from functools import cache
from types import SimpleNamespace

import pytest

from assistant.answering.children_summary import CUE, answer_children_summary, children_summary
from assistant.reading import read_document
from assistant.structure import parse_report
from tests.conftest import shared_path

CHILDRENS = ("corpus", "ofsted", "childrens-services")
SUFFOLK_2015 = (*CHILDRENS, "suffolk", "children's services inspection - 11 february 2016.pdf")
BRISTOL_2023 = (*CHILDRENS, "bristol", "children's services inspection - 10 march 2023.pdf")


@cache
def _parsed(parts: tuple[str, ...]):
    return parse_report(read_document(shared_path(*parts)))


@pytest.mark.parametrize("question", [
    "Suffolk 2015 – in the bit written for children, what still needed to get better?",
    "What does Bracknell Forest's 2017 summary for young people say about care leavers?",
    "Manchester 2017 – the gist of the part of the report written for children and young people?",
    "What did the children's summary say?",
])
def test_the_questions_words_for_the_section_name_it(question):
    assert CUE.search(question)


@pytest.mark.parametrize("question", [
    "What help is there for children and young people with SEND?",
    "Was the summary for the council's leaders positive?",
])
def test_other_questions_do_not_name_it(question):
    assert not CUE.search(question)


def test_the_section_is_read_in_its_order_without_its_heading():
    items = children_summary(_parsed(SUFFOLK_2015))
    assert items and all(p.page == 9 for p in items)
    assert items[0].text.startswith("- Councillors and senior managers have worked hard")


def test_a_question_about_it_needs_the_section_and_gets_its_opening_items():
    with_it, without = _parsed(SUFFOLK_2015), _parsed(BRISTOL_2023)

    def ask(report, question):
        ctx = SimpleNamespace(report=lambda _: report, summaries=[], embedder=None)
        asked = SimpleNamespace(text=question, reports=(SimpleNamespace(id=report.id),),
                                scope=SimpleNamespace(named=False, reports=None),
                                place_words={"suffolk", "bristol"})
        return answer_children_summary(asked, ctx)

    answer = ask(with_it, "Suffolk – what's the gist of the bit written for children?")
    assert answer.text.startswith("Summary for children and young people: - Councillors")
    assert len(answer.citations) == 3 and all(c.page == 9 for c in answer.citations)
    # a report without the section leaves the question to the other answers
    assert ask(without, "Bristol – what's the gist of the bit written for children?") is None
