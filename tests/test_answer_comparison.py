"""Comparisons: one answer per named council, side by side, each cited."""

from __future__ import annotations

from assistant.citations import is_verbatim


def test_each_named_council_is_answered_and_cited(two_reports_assistant):
    answer = two_reports_assistant.ask("Compare Bristol and Sefton on care leavers")
    assert {c.report for c in answer.citations[:2]} == {"bristol-2023", "sefton-2011"}, \
        answer.text
    assert answer.text.index("Bristol 2023:") < answer.text.index("Sefton 2011:")
    for citation in answer.citations:
        report = two_reports_assistant.store.report(citation.report)
        assert any(is_verbatim(citation.quote, p.text) for p in report.paragraphs)


def test_graded_area_comparison_gives_each_grade(two_reports_assistant):
    answer = two_reports_assistant.ask("How did Bristol and Sefton compare on the grade for "
                                       "overall effectiveness?")
    bristol, sefton = answer.text.split("Sefton 2011:")
    assert "judged" in bristol and "judged" in sefton, answer.text


def test_one_named_council_is_not_a_comparison(two_reports_assistant):
    answer = two_reports_assistant.ask("How does Bristol support care leavers?")
    assert {c.report for c in answer.citations} == {"bristol-2023"}


def test_everyday_words_are_asked_of_each_report_in_its_own_words(two_reports_assistant):
    # "the courts" is searched as "proceedings, public law, legal": no report need hold all.
    answer = two_reports_assistant.ask("Compare Bristol and Sefton on the courts")
    assert answer.text.startswith("Bristol 2023:"), answer.text
    assert "does not answer" not in answer.text.split("Sefton 2011:")[0], answer.text


def test_each_council_is_answered_from_the_report_of_the_year_named_beside_it():
    from assistant.answering.comparison import _report_asked
    from tests.test_routing import summary

    cornwall = [summary("cornwall-2019", "Cornwall", 2019), summary("cornwall-2024", "Cornwall",
                                                                     2024)]
    question = "Which got the better overall grade – Cornwall in 2019 or Cambridgeshire in 2024?"
    both = ("Cornwall", "Cambridgeshire")
    assert _report_asked(question, "Cornwall", cornwall, both).id == "cornwall-2019"
    later = "Which did better: Cambridgeshire in 2019 or Cornwall in 2024?"
    assert _report_asked(later, "Cornwall", cornwall, both).id == "cornwall-2024"
    assert _report_asked("Compare Cornwall and Devon", "Cornwall", cornwall,
                         ("Cornwall", "Devon")).id == "cornwall-2024"


def test_a_year_between_two_councils_belongs_to_the_one_before_it():
    from assistant.answering.comparison import _report_asked
    from tests.test_routing import summary

    cornwall = [summary("cornwall-2019", "Cornwall", 2019), summary("cornwall-2024", "Cornwall",
                                                                     2024)]
    question = "Cornwall in 2019 or Cambridgeshire in 2024?"  # 2019 is 4 letters from each
    for order in (("Cornwall", "Cambridgeshire"), ("Cambridgeshire", "Cornwall")):
        assert _report_asked(question, "Cornwall", cornwall, order).id == "cornwall-2019"


def test_a_year_after_a_council_with_a_short_form_belongs_to_it():
    from assistant.answering.comparison import _report_asked
    from tests.test_routing import summary

    # "Derbyshire" is also found as its short form "Derbys": the year after the full name is
    # still Derbyshire's
    derbyshire = [summary("derbyshire-2019", "Derbyshire", 2019),
                  summary("derbyshire-2023", "Derbyshire", 2023)]
    question = "Derbyshire 2019 v East Riding 2023 – who was better with private fostering?"
    assert _report_asked(question, "Derbyshire", derbyshire,
                         ("Derbyshire", "East Riding")).id == "derbyshire-2019"


def test_only_the_words_that_frame_a_comparison_are_taken_out_of_its_topic():
    from assistant.answering.comparison import _COMPARE_WORDS

    def topic(question: str) -> str:
        return " ".join(_COMPARE_WORDS.sub(" ", question).split())

    assert topic("Rutland compared with Herts: time from entering care to moving in with "
                 "adopters") == "Rutland Herts: time from entering care to moving in with adopters"
    assert topic("Differences between Bristol and Wigan on children with disabilities") == (
        "Bristol and Wigan on children with disabilities")
    assert topic("Bristol v Wigan – care leavers compared") == "Bristol Wigan – care leavers"
