"""Several reports in one index: scoping, page-numbered citations, report names."""

from __future__ import annotations

import pytest

from assistant.citations import is_verbatim


@pytest.fixture(scope="module")
def corpus_assistant(two_reports_assistant):
    return two_reports_assistant


def test_grade_question_names_place_and_year(corpus_assistant):
    answer = corpus_assistant.ask(
        "What grade did Bristol get for the experiences and progress of care leavers in 2023?")
    assert "judged good" in answer.text and "requires improvement" not in answer.text
    first = answer.citations[0]
    assert (first.report, first.page, first.paragraph) == ("bristol-2023", 8, 38)
    assert first.locator() == "Bristol 2023, p. 8, para 38"
    assert any(c.page == 1 and c.paragraph is None for c in answer.citations)


def test_overall_effectiveness_from_page_one_table(corpus_assistant):
    answer = corpus_assistant.ask("What was Bristol's overall effectiveness grade?")
    assert "requires improvement to be good" in answer.text
    assert answer.citations[0].quote == "Overall effectiveness Requires improvement to be good"


def test_lead_inspector(corpus_assistant):
    answer = corpus_assistant.ask("Who was the lead inspector for Bristol in 2023?")
    assert "Tracey Ledder" in answer.text
    assert answer.citations[0].page == 1


def test_question_about_one_report_cites_only_it(corpus_assistant):
    answer = corpus_assistant.ask("What did inspectors say about Bristol's front door?")
    assert answer.citations
    assert {c.report for c in answer.citations} == {"bristol-2023"}
    assert "front door" in answer.text


def test_unscoped_question_says_which_report_each_citation_is_from(corpus_assistant):
    answer = corpus_assistant.ask("What support is there for victims of domestic violence?")
    assert answer.citations
    for citation in answer.citations:
        assert citation.locator().startswith(("Bristol 2023", "Sefton 2011"))
        report = corpus_assistant.store.report(citation.report)
        texts = [p.text for p in report.paragraphs
                 if p.number == citation.paragraph and p.page == citation.page]
        assert any(is_verbatim(citation.quote, t) for t in texts)
    assert "[Sefton 2011, para" in answer.text or "[Bristol 2023, p." in answer.text


def test_report_option_limits_the_search(corpus_assistant):
    answer = corpus_assistant.ask("What support is there for care leavers?",
                                  report="bristol-2023")
    assert {c.report for c in answer.citations} == {"bristol-2023"}


def test_what_needs_to_improve_lists_the_bullets(corpus_assistant):
    answer = corpus_assistant.ask("What needs to improve in Bristol?")
    assert len(answer.citations) == 5  # top_k; the answer text holds all six
    assert answer.text.count("[Bristol 2023, p. 2]") == 6
    assert all(c.quote.startswith("- The ") for c in answer.citations)
