"""A citation leads back to its paragraph in the report, the quote's place in it and the
judgement of its section (what the app's citations pane and source view show)."""

from __future__ import annotations

from assistant.records import Citation
from assistant.source import cited_passage, quote_span


def _citation(paragraph, section, quote):
    return Citation("sefton-2011", "s.txt", "T", paragraph, None, section, quote, 1.0,
                    "Sefton 2011")


def test_numbered_citation_finds_its_paragraph_quote_and_judgement(sample_report):
    passage = cited_passage(sample_report, _citation(
        43, "Safeguarding services > Partnership working",
        "Partnership working arrangements are good."))
    assert passage.paragraph.number == 43
    start, end = passage.span
    assert passage.paragraph.text[start:end] == "Partnership working arrangements are good."
    assert (passage.judgement.area, passage.judgement.grade) == ("Partnership working", "good")


def test_unnumbered_table_row_is_found_by_its_quote(sample_report):
    passage = cited_passage(sample_report, _citation(
        None, "Record of main findings:", "Partnership working Good"))
    assert passage.paragraph.kind == "table"
    start, end = passage.span
    assert passage.paragraph.text[start:end].split() == ["Partnership", "working", "Good"]


def test_a_quote_not_in_the_report_is_not_placed(sample_report):
    assert cited_passage(sample_report, _citation(None, "Nowhere", "Not in the report.")) is None
    assert quote_span("not there", "Some other text.") is None


def test_a_passage_under_a_graded_subsection_gets_the_subsection_s_grade():
    from assistant.records import Judgement, Paragraph, Report
    from assistant.source import judgement_for

    permanence = "The experiences and progress of children looked after and achieving permanence"
    adoption = Paragraph(62, "Not only were a low number of children adopted ...",
                         (permanence, "Adoption performance"), 21)
    placement = Paragraph(40, "Children live in stable homes.", (permanence,), 15)
    report = Report("lambeth", "l.pdf", "Lambeth", 30, (adoption, placement), (
        Judgement(None, permanence, "requires improvement to be good", None, 34, 15, "heading"),
        Judgement(None, "Adoption performance", "inadequate", None, 57, 20, "heading")))
    assert judgement_for(report, adoption).grade == "inadequate"
    assert judgement_for(report, placement).grade == "requires improvement to be good"
