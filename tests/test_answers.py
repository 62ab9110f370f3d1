"""What answers say: judgements, ambiguity, metadata, refusals, and true citations."""

from __future__ import annotations

import re

import pytest

from assistant.citations import cite, is_verbatim
from assistant.records import Paragraph


def paragraph_text(report, citation) -> str:
    if citation.paragraph is not None:
        return report.paragraph(citation.paragraph).text
    return next(p.text for p in report.paragraphs
                if p.number is None and is_verbatim(citation.quote, p.text))


def test_every_graded_judgement_answered_by_its_name(sample_assistant, sample_report):
    for j in (j for j in sample_report.judgements if j.origin == "heading"):
        question = f"What was the grade for {j.area.lower()} in {j.part.lower()}?"
        answer = sample_assistant.ask(question)
        assert answer.citations[0].paragraph == j.paragraph, question
        grades = set(re.findall(r"judged (outstanding|good|adequate|inadequate)", answer.text))
        assert grades == {j.grade}, (question, answer.text)


def test_table_only_judgement_is_answered(sample_assistant):
    answer = sample_assistant.ask("What grade was given for equality and diversity?")
    assert "good" in answer.text
    assert answer.citations[0].quote == "Equality and diversity Good"
    assert answer.citations[0].section == "Record of main findings:"


def test_ambiguous_judgement_name_gets_every_match_with_its_part(sample_assistant):
    answer = sample_assistant.ask("What was the grade for quality of provision?")
    assert "Quality of provision (Safeguarding services) was judged adequate" in answer.text
    assert "Quality of provision (Services for looked after children) was judged good" in \
        answer.text
    assert [c.paragraph for c in answer.citations if c.paragraph] == [21, 72]


def test_part_words_pick_one_judgement(sample_assistant):
    answer = sample_assistant.ask(
        "How was performance management and quality assurance judged for looked after children?")
    assert answer.citations[0].paragraph == 88
    assert "adequate" in answer.text and "good" not in answer.text


def test_single_judgement_answer_names_only_its_grade(sample_assistant):
    answer = sample_assistant.ask("what was the grade for partnership working?")
    assert answer.text.startswith("Partnership working was judged good (grade 2)")
    for other in ("outstanding", "adequate", "inadequate"):
        assert other not in answer.text


def test_grade_filter_lists_outstanding_areas(sample_assistant):
    answer = sample_assistant.ask("Which areas were judged outstanding?")
    assert {c.paragraph for c in answer.citations if c.paragraph} == {28, 64}
    assert "good" not in answer.text


def test_lead_inspector_and_dates_come_from_the_title_page(sample_assistant):
    answer = sample_assistant.ask("Who was the lead inspector?")
    assert "Ian Young" in answer.text
    assert answer.citations[0].quote == "Reporting inspector: Ian Young HMI"
    dates = sample_assistant.ask("When did the inspection take place?")
    assert "9 – 20 May 2011" in dates.text


@pytest.mark.parametrize("question", [
    "What is the capital of France?",
    "How do I bake sourdough bread?",
    "Who won the football world cup in 1966?",
])
def test_unrelated_question_is_refused(sample_assistant, question):
    answer = sample_assistant.ask(question)
    assert answer.text.startswith("The indexed reports do not answer this question.")
    assert answer.citations == ()
    assert answer.related, "the closest passages are offered as possibly related"


def test_figure_inside_long_paragraph_surfaces(sample_assistant):
    answer = sample_assistant.ask("How many looked after children are there?")
    assert "There are currently 380 looked after children" in answer.text
    assert answer.citations[0].paragraph == 6


QUESTIONS = [
    "What are the inspectors' concerns about child protection plans?",
    "What support is there for victims of domestic violence?",
    "Do looked after children social workers use the electronic recording system?",
    "What must the council do immediately to improve safeguarding?",
    "How well are the dental health needs of looked after children being met?",
    "What was the grade for quality of provision?",
    "Who was the lead inspector?",
]


@pytest.mark.parametrize("question", QUESTIONS)
def test_every_quote_is_verbatim_in_its_paragraph(sample_assistant, sample_report, question):
    answer = sample_assistant.ask(question)
    assert answer.citations
    for citation in answer.citations:
        assert is_verbatim(citation.quote, paragraph_text(sample_report, citation))
        assert f"[{citation.locator()}" in answer.text or citation not in answer.citations[:1]


def test_quote_not_in_paragraph_is_never_emitted(sample_report):
    para = sample_report.paragraph(43)
    assert cite(sample_report, para, "Partnership working arrangements are good.", 1.0)
    assert cite(sample_report, para, "Partnership working arrangements are outstanding.",
                1.0) is None
    assert cite(sample_report, Paragraph(44, "Other text.", (), None), "Other", 1.0)


def test_answer_text_quotes_are_cited(sample_assistant, sample_report):
    answer = sample_assistant.ask("How timely are looked after children reviews?")
    assert "100%" in answer.text
    for quote, locator in re.findall(r"(.+?) \[(Sefton 2011[^\]]*)\]\s*", answer.text):
        number = int(locator.rsplit("para ", 1)[1])
        assert is_verbatim(quote, sample_report.paragraph(number).text)


def test_place_named_as_subject_is_kept_for_sentence_matching(sample_assistant):
    answer = sample_assistant.ask("What is the population of Sefton?")
    assert "273,300" in answer.text
    assert answer.citations[0].paragraph == 4


def test_name_the_model_does_not_know_is_found_by_its_words(sample_assistant):
    answer = sample_assistant.ask("What is Me2?")
    assert answer.citations and answer.citations[0].paragraph == 66
    assert "Me2" in answer.text


def test_meaning_of_a_grade_comes_from_the_scale(sample_assistant):
    answer = sample_assistant.ask("What does grade 3 mean?")
    assert answer.citations[0].paragraph == 3
    assert "Adequate (Grade 3) A service that only meets minimum requirements" in answer.text


def test_question_naming_a_section_gets_its_lists(sample_assistant):
    answer = sample_assistant.ask("What are the areas for improvement?")
    assert [c.paragraph for c in answer.citations] == [16, 49]
    assert "Within six months: - Sefton Council should ensure that the plans" in answer.text
    assert "dental health needs of looked after children are met" in answer.text


def test_a_sentence_leans_the_asked_way_only_when_its_praise_is_not_negated():
    from assistant.answering.extractive import _leans
    assert _leans("The response to homeless 16- and 17-year-olds is not good enough.",
                  "weaknesses") == 1.0
    assert _leans("Plans are not consistently effective.", "strengths") == 0.0
    assert _leans("PAs know young people well.", "strengths") == 1.0
    # praise and a fault in one sentence lean both ways, half as much
    assert _leans("Most meet their adviser in good time, but the impact is variable.",
                  "strengths") == 0.5


def test_another_paragraphs_opening_verdict_comes_with_the_sentence_that_says_how(
        sample_assistant):
    # Para 26 opens "Victims and families ... have good access to a range of multi-agency
    # support." and names that support in its next sentence.
    answer = sample_assistant.ask("What happens with domestic violence cases?")
    verdict = "have good access to a range of multi-agency support. Sefton Women and Children"
    assert verdict in answer.text
    assert any(c.paragraph == 26 and verdict in c.quote for c in answer.citations)


def test_three_other_paragraphs_that_score_nearly_as_well_each_add_their_best_sentence(
        sample_assistant):
    # Para 44 answers best; 21, 43 and 37 each score at least 0.75 of it, so the answer says
    # what each adds (37: the partnership's multi-agency training), every one cited.
    answer = sample_assistant.ask("how good is multi-agency working?")
    quoted = re.findall(r"\[Sefton 2011, para (\d+)\]", answer.text)
    assert quoted[:4] == ["44", "21", "43", "37"]
    assert "arrangements in place for the planning, delivery and evaluation of multi-agency " \
        "training" in answer.text


def test_kids_in_care_are_the_children_in_care_not_the_care_leavers():
    from assistant.judgement_lookup import match_judgements
    from assistant.records import Judgement

    areas = ("The experiences and progress of children in care",
             "The experiences and progress of care leavers")
    judgements = [Judgement(None, area, "good", None, n, 1) for n, area in enumerate(areas)]
    found = match_judgements("How were kids in care doing?", {"r": judgements})
    assert [m.judgement.area for m in found] == [areas[0]]


def test_the_kind_of_report_that_chose_it_is_no_part_of_the_topic():
    from types import SimpleNamespace

    from assistant.answering.extractive import without_scope_words
    from assistant.routing import Scope

    def summary(report_id, kind):
        return SimpleNamespace(id=report_id, metadata=SimpleNamespace(
            local_authority="Bristol", report_type=kind))

    visit = [summary("bristol-2025-focused-visit", "focused visit")]
    scope = Scope(frozenset({"bristol-2025-focused-visit"}), named=True)
    assert without_scope_words("What did Bristol's 2025 focused visit say about the front "
                               "door?", visit, scope) == "What did say about the front door?"
    send = [summary("bristol-2024-area-send", "area SEND")]
    scope = Scope(frozenset({"bristol-2024-area-send"}), named=True)
    # every passage of a SEND inspection is about children with SEND, however spelt
    assert without_scope_words("Bristol SEND inspection – do kids with SEND (special "
                               "educational needs and/or disabilities) get speech therapy?",
                               send, scope) == "– do kids with get speech therapy?"
    # a report of another kind keeps the words: they are its topic
    full = [summary("bristol-2023", None)]
    scope = Scope(frozenset({"bristol-2023"}), named=True)
    assert "focused visit" in without_scope_words(
        "Did Bristol's 2023 inspection say what its last focused visit found?", full, scope)
