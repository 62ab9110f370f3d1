"""Questions that ask for a report's own list get that list, in the report's order."""

from __future__ import annotations

import pytest

from assistant.citations import is_verbatim
from tests.test_answers import paragraph_text


@pytest.mark.parametrize("question", [
    "What are the main weaknesses?",
    "What should the council do better?",
    "What needs to improve?",
    "Where does Sefton need to improve?",
])
def test_weaknesses_and_improvements_come_from_areas_for_improvement(sample_assistant,
                                                                     sample_report, question):
    answer = sample_assistant.ask(question)
    cited = [c.paragraph for c in answer.citations]
    # Both parts of the report have an "Areas for improvement" list: each is given, labelled.
    assert cited[:2] == [16, 49], (question, answer.text)
    assert "Safeguarding services > Areas for improvement" in answer.text
    assert "Services for looked after children > Areas for improvement" in answer.text
    assert "Immediately:" in answer.text, "the items keep their deadlines"
    for citation in answer.citations:
        assert is_verbatim(citation.quote, paragraph_text(sample_report, citation))


@pytest.mark.parametrize("question", ["Summarise the report.",
                                      "Give me an overview of what inspectors found."])
def test_overview_comes_from_overall_effectiveness(sample_assistant, question):
    answer = sample_assistant.ask(question)
    assert {c.section for c in answer.citations} == {
        "Safeguarding services > Overall Effectiveness",
        "Services for looked after children > Overall effectiveness"}, answer.text


def test_a_list_about_one_topic_is_answered_from_the_text(sample_assistant):
    answer = sample_assistant.ask("What are the weaknesses in dental health for looked after "
                                  "children?")
    assert answer.citations[0].paragraph == 51, answer.text


def test_a_focused_visit_s_own_theme_does_not_narrow_its_list(tmp_path_factory, embedder):
    """A focused visit looks at one area; "what must improve for care leavers" over a visit
    that looked at care leavers asks for the letter's own list."""
    from assistant.answer import Assistant
    from assistant.config import Settings
    from assistant.indexing import build_index
    from tests.conftest import shared_path

    letter = shared_path("corpus", "ofsted", "focused-visits", "durham",
                         "children's services focused visit - 12 january 2024.pdf")
    settings = Settings(index_dir=tmp_path_factory.mktemp("durham-letter"))
    build_index([letter], settings, embedder_factory=lambda: embedder)
    assistant = Assistant(settings, embedder=embedder)
    answer = assistant.ask("What needs to improve for Durham's care leavers according to "
                           "Ofsted's focused visit?")
    assert answer.text.startswith("What needs to improve")
    assert answer.citations and all(c.page == 2 for c in answer.citations)


def test_a_list_is_quoted_one_item_a_line_and_prose_runs_on():
    from assistant.answering.section import _joined
    from assistant.records import Citation

    def quoted(text: str) -> Citation:
        return Citation("plymouth-2018", "p.pdf", "t", None, 3, "What needs to improve", text,
                        1.0, "Plymouth 2018")

    items = _joined([quoted("- The quality of written plans."),
                     quoted("- Sufficiency of local placements.")])
    assert items.split("\n") == ["", "- The quality of written plans. [Plymouth 2018, p. 3]",
                                 "- Sufficiency of local placements. [Plymouth 2018, p. 3]"]
    prose = _joined([quoted("Services have improved."), quoted("Leaders know them well.")])
    assert "\n" not in prose


def test_a_report_without_an_overall_grade_opens_its_overview_with_each_judgement():
    from assistant.answering.section import _verdict
    from assistant.reading import read_document
    from assistant.structure.pdf_report import parse_pdf_report
    from tests.conftest import shared_path

    report = parse_pdf_report(read_document(shared_path(
        "corpus", "ofsted", "childrens-services", "liverpool",
        "children's services inspection - 07 july 2026.pdf")))
    verdict = _verdict(report)
    assert [j.grade for j, _ in verdict] == [
        "good", "good", "good", "requires improvement to be good"]
    assert all(found for _, found in verdict)


@pytest.mark.parametrize("question, part, paragraph", [
    ("What needs to improve for looked after children?", "Services for looked after children",
     49),
    ("What should Sefton do better in safeguarding?", "Safeguarding services", 16),
    ("What are the recommendations for safeguarding?", "Safeguarding services", 16),
])
def test_a_list_asked_for_one_part_comes_from_that_part(sample_assistant, question, part,
                                                        paragraph):
    """A two-part report's own list for the part the question names, not passages about it."""
    answer = sample_assistant.ask(question)
    assert [c.paragraph for c in answer.citations] == [paragraph], answer.text
    assert answer.text.startswith(f"{part} > Areas for improvement:"), answer.text


def test_a_list_about_a_topic_that_is_no_part_is_answered_from_the_text(sample_assistant):
    answer = sample_assistant.ask("What needs to improve about the electronic recording "
                                  "system?")
    assert "> Areas for improvement:" not in answer.text.split("\n")[0], answer.text
    assert any(c.paragraph in (45, 47) for c in answer.citations[:3]), answer.text


def test_an_urgent_list_comes_before_the_other_lists_to_improve():
    from assistant.answering.section import find_sections
    from assistant.records import Paragraph, Report

    report = Report("herts-send", "h.pdf", "t", 10, (
        Paragraph(None, "Areas for priority action", ("Areas for priority action",), 9,
                  "heading"),
        Paragraph(None, "Leaders should act with urgency on their data.",
                  ("Areas for priority action",), 9, "text"),
        Paragraph(None, "Areas for improvement", ("Areas for improvement",), 9, "heading"),
        Paragraph(None, "Leaders should improve EHC plans.", ("Areas for improvement",), 9,
                  "text")), ())
    assert find_sections(report, "improve", None) == [("Areas for improvement",)]
    assert find_sections(report, "improve", None, urgent=True) == [
        ("Areas for priority action",)]


def test_a_bullet_with_nothing_after_it_is_no_item():
    from assistant.answering.section import _items
    from assistant.records import Paragraph, Report

    section = ("Areas for improvement",)
    report = Report("notts-send", "n.pdf", "t", 10, (
        Paragraph(None, "Leaders should improve EHC plans.", section, 6, "text"),
        Paragraph(None, "-", section, 6, "text")), ())
    assert [p.text for p in _items(report, section)] == ["Leaders should improve EHC plans."]


@pytest.mark.parametrize("question, verdict", [
    ("What's the verdict on looked after children?",
     "Services for looked after children: Overall effectiveness was judged good"),
    ("What's the verdict on safeguarding?",
     "Safeguarding services: Overall Effectiveness was judged adequate"),
])
def test_the_verdict_on_a_whole_part_is_that_part_s_overall_grade(sample_assistant, question,
                                                                  verdict):
    answer = sample_assistant.ask(question)
    assert answer.text.startswith(verdict), answer.text


@pytest.mark.parametrize("question, opening", [
    ("Bristol 2023 – what's the verdict on care leavers?",
     "Care leavers are very well supported."),
    ("How would you sum up Bristol's leadership in 2023?",
     "Against the backdrop of four people holding the role of the director of children’s "
     "services in the past 12 months, the newly appointed permanent director has quickly "
     "engaged with the local authority’s leadership and partner agencies to understand areas "
     "for improvement."),
])
def test_a_part_s_verdict_quotes_the_opening_of_that_part_s_own_section(
        two_reports_assistant, question, opening):
    from assistant.answering.verdict import _part_opening

    asked = two_reports_assistant.read(question, 5)
    found = _part_opening(asked, two_reports_assistant.context)
    assert found is not None and found.quote == opening
    answer = two_reports_assistant.ask(question)
    grade, said = answer.text.split("\n\n", 1)
    assert " was judged " in grade and opening in said, answer.text
