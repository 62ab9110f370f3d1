"""Questions across reports, answered from the judgements table with a verified citation per
row, over a small corpus index chosen to cover them: Sefton 2011 (the sample), 2016, 2018
(focused visit), 2022 and 2025; Bristol 2023 and its 2025 focused visit; Sandwell 2022 and
2025; Derby 2025."""

from __future__ import annotations

import pytest

from assistant.answer import Assistant
from assistant.answering import across_reports
from assistant.answering.across_reports import LAST_INSPECTION, answer_across_reports
from assistant.citations import is_verbatim
from assistant.config import Settings, builtin_sample
from assistant.indexing import build_index
from tests.conftest import shared_path

CHILDRENS = ("corpus", "ofsted", "childrens-services")
VISITS = ("corpus", "ofsted", "focused-visits")
REPORTS = (
    (*CHILDRENS, "sefton", "children's services inspection - 27 june 2016.pdf"),
    (*CHILDRENS, "sefton", "children's services inspection - 09 may 2022.pdf"),
    (*CHILDRENS, "sefton", "children's services inspection - 12 august 2025.pdf"),
    (*VISITS, "sefton", "children's services focused visit - 22 october 2018.pdf"),
    (*CHILDRENS, "bristol", "children's services inspection - 10 march 2023.pdf"),
    (*VISITS, "bristol", "children's services focused visit - 20 march 2025.pdf"),
    (*CHILDRENS, "sandwell", "children's services inspection - 05 july 2022.pdf"),
    (*CHILDRENS, "sandwell", "children's services inspection - 02 december 2025.pdf"),
    (*CHILDRENS, "derby", "children's services inspection - 08 july 2025.pdf"),
)
TOP_K = 50


@pytest.fixture(scope="module")
def assistant(tmp_path_factory, embedder) -> Assistant:
    paths = [shared_path(*parts) for parts in REPORTS] + [builtin_sample()]
    settings = Settings(index_dir=tmp_path_factory.mktemp("across-reports-index"))
    result = build_index(paths, settings, embedder_factory=lambda: embedder)
    assert len(result.added) == len(paths)
    return Assistant(settings, embedder=embedder)


def across(assistant: Assistant, question: str):
    return answer_across_reports(assistant.read(question, TOP_K), assistant.context)


def ask(assistant: Assistant, question: str):
    """Through the dispatcher; skipped until answer.py tries the across-reports strategy."""
    from assistant import answer

    if getattr(answer, "answer_across_reports", None) is not answer_across_reports:
        pytest.skip("answer.py does not try answer_across_reports yet")
    return assistant.ask(question, top_k=TOP_K)


def assert_verified(assistant: Assistant, citations) -> None:
    assert citations
    for citation in citations:
        report = assistant.store.report(citation.report)
        assert any(p.page == citation.page and p.number == citation.paragraph
                   and is_verbatim(citation.quote, p.text) for p in report.paragraphs), citation


def reports_cited(draft) -> list[str]:
    return list(dict.fromkeys(c.report for c in draft.citations))


def check_timeline(assistant, draft) -> None:
    assert sorted(reports_cited(draft)) == ["sefton-2011", "sefton-2016",
                                            "sefton-2018-focused-visit", "sefton-2022",
                                            "sefton-2025"]
    # The overall grades come first, oldest first: they are the timeline (2011 has two parts).
    assert [c.report for c in draft.citations[:5]] == [
        "sefton-2011", "sefton-2011", "sefton-2016", "sefton-2022", "sefton-2025"]
    text = draft.text
    assert text.index("Sefton 2011") < text.index("Sefton 2016") < text.index("Sefton 2022") \
        < text.index("Sefton 2025")
    assert "requires improvement to be good in 2016 → inadequate in 2022 → good in 2025" in text
    assert "focused visit (27 and 28 September 2018): not graded" in text  # what it carries
    assert "Bristol" not in text and "Sandwell" not in text
    assert_verified(assistant, draft.citations)


def check_inadequate_2022(assistant, draft) -> None:
    assert draft.text.startswith("1 authority was judged inadequate overall in 2022:")
    assert [c.quote for c in draft.citations] == ["Overall effectiveness Inadequate"]
    assert reports_cited(draft) == ["sefton-2022"]
    assert_verified(assistant, draft.citations)


def check_improved(assistant, draft) -> None:
    # Sandwell went from requires improvement (2022) to good (2025); Sefton went from
    # requires improvement to inadequate and then to good, never straight from one to the other.
    assert reports_cited(draft) == ["sandwell-2022", "sandwell-2025"]
    assert "Sandwell: requires improvement to be good in 2022" in draft.text
    assert_verified(assistant, draft.citations)


def check_led(assistant, draft) -> None:
    assert draft.text.startswith("Lisa Walsh")
    assert "Sefton 2025" in draft.text
    assert reports_cited(draft) == ["sefton-2025"]
    assert any("Lead inspector: Lisa Walsh" in c.quote for c in draft.citations)
    assert_verified(assistant, draft.citations)


def check_bristol_last_inspected(assistant, draft) -> None:
    assert draft.text.startswith("Bristol was last inspected 16 to 27 January 2023")
    assert reports_cited(draft) == ["bristol-2023", "bristol-2025-focused-visit"]
    assert "focused visit followed" in draft.text
    assert_verified(assistant, draft.citations)


def check_care_leavers_outstanding(assistant, draft) -> None:
    assert draft.text.startswith("1 authority was judged outstanding for care leavers:")
    assert reports_cited(draft) == ["derby-city-2025"]
    assert_verified(assistant, draft.citations)


QUESTIONS = {
    "How have Sefton's judgements changed since 2011?": check_timeline,
    "Which authorities were judged inadequate overall in 2022?": check_inadequate_2022,
    "Which councils improved from requires improvement to good?": check_improved,
    "Who led Sefton's last inspection?": check_led,
    "When was Bristol last inspected?": check_bristol_last_inspected,
    "How many authorities were judged outstanding for care leavers?":
        check_care_leavers_outstanding,
}


@pytest.mark.parametrize("question", list(QUESTIONS))
def test_strategy_answers_across_reports_with_a_citation_per_row(assistant, question):
    QUESTIONS[question](assistant, across(assistant, question))


def test_ask_timeline_of_one_authority(assistant):
    question = "How have Sefton's judgements changed since 2011?"
    check_timeline(assistant, ask(assistant, question))


def test_ask_which_authorities_were_inadequate_in_a_year(assistant):
    question = "Which authorities were judged inadequate overall in 2022?"
    check_inadequate_2022(assistant, ask(assistant, question))


def test_ask_which_councils_improved(assistant):
    question = "Which councils improved from requires improvement to good?"
    check_improved(assistant, ask(assistant, question))


def test_ask_who_led_the_last_inspection(assistant):
    check_led(assistant, ask(assistant, "Who led Sefton's last inspection?"))


def test_ask_when_an_authority_was_last_inspected(assistant):
    check_bristol_last_inspected(assistant, ask(assistant, "When was Bristol last inspected?"))


def test_ask_how_many_authorities_were_outstanding_for_care_leavers(assistant):
    question = "How many authorities were judged outstanding for care leavers?"
    check_care_leavers_outstanding(assistant, ask(assistant, question))


def test_more_rows_than_fit_give_the_count_and_the_command(assistant, monkeypatch):
    monkeypatch.setattr(across_reports, "MAX_LISTED", 2)
    draft = across(assistant, "Which councils were judged good overall?")
    # Sefton 2011 (services for looked after children), Sandwell 2025 and Sefton 2025.
    assert draft.text.startswith(
        "2 authorities were judged good overall (3 inspections): the first 2")
    assert len(reports_cited(draft)) == 2
    assert "`assistant judgements --area overall_effectiveness --grade \"good\"` lists all 3" \
        in draft.text
    assert_verified(assistant, draft.citations)


def test_a_year_with_no_such_grade_says_so(assistant):
    draft = across(assistant, "Which councils were judged inadequate overall in 2019?")
    assert draft.text.startswith("No authority in the index was judged inadequate overall")
    assert not draft.citations


def test_a_change_no_authority_made_says_so(assistant):
    draft = across(assistant, "Which councils declined from good to inadequate?")
    assert draft.text.startswith("No authority in the index went from good to inadequate")
    assert not draft.citations


@pytest.mark.parametrize("question", [
    "What grade did Sefton get for care leavers in 2022?",
    "How many children were in care in Sefton?",
    "Which areas were judged outstanding?",
    "How has Sefton improved its front door?",
    "What did Sefton's last inspection say about care leavers?",
    "Which councils have good fostering services?",
    # "requires improvement" names a grade, not a change
    "Sefton 2016: why was leadership graded requires improvement?",
    # one report's whole picture is a summary, not a timeline of grades
    "Overall, how had Sefton's children's services changed by the 2025 inspection?",
])
def test_questions_about_one_report_are_left_to_other_strategies(assistant, question):
    assert across(assistant, question) is None


@pytest.mark.parametrize("question, asks", [
    ("Who led Sefton's last inspection?", True),
    ("When was Bristol last inspected?", True),
    ("What grade did Luton get at its latest inspection?", True),
    ("When did an adoption in Southend-on-Sea last break down?", False),
    ("What did Luton do last year for care leavers?", False),
])
def test_last_means_the_last_inspection_only_when_it_says_so(question, asks):
    assert bool(LAST_INSPECTION.search(question)) is asks
