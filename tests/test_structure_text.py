"""The sample report's anatomy: paragraphs, continuations, sections, judgements, metadata."""

from __future__ import annotations

from assistant.reading import read_document
from assistant.records import Document, Page
from assistant.structure import parse_report


def test_all_91_paragraphs_numbered_in_order(sample_report):
    numbers = [p.number for p in sample_report.paragraphs if p.number is not None]
    assert numbers == list(range(1, 92))


def test_paragraph_continues_across_page_break(sample_report):
    # Page breaks show as a blank line inside the paragraph; the halves are joined.
    assert "children's accident and emergency department within the Ormskirk site" in \
        sample_report.paragraph(11).text
    assert "to deliver the looked after service's key priorities" in \
        sample_report.paragraph(85).text
    # The continuation that opens with a capital after a page break (paragraph 61).
    assert sample_report.paragraph(61).text.endswith("or to purchase equipment")


def test_dash_continuation_is_joined_not_a_bullet(sample_report):
    text = sample_report.paragraph(28).text
    assert "communicated to community providers, including GPs." in text
    assert "\n- community providers" not in text


def test_bullet_list_belongs_to_its_paragraph(sample_report):
    text = sample_report.paragraph(16).text
    assert "Immediately:\n- Ensure that social workers use case notes consistently" in text
    assert text.count("\n- ") == 6
    assert "Within six months:" in text


def test_section_paths(sample_report):
    assert sample_report.paragraph(55).section_path == \
        "Services for looked after children > Staying safe"
    assert sample_report.paragraph(43).section_path == \
        "Safeguarding services > Partnership working"
    assert sample_report.paragraph(4).section_path == "Service information"


def test_twenty_graded_headings_with_their_paragraphs(sample_report):
    headings = [j for j in sample_report.judgements if j.origin == "heading"]
    assert len(headings) == 20
    by_paragraph = {j.paragraph: (j.area, j.grade, j.grade_number) for j in headings}
    assert by_paragraph[43] == ("Partnership working", "good", 2)
    assert by_paragraph[28][1:] == ("outstanding", 1)  # inline "**Grade 1 (outstanding)**"
    assert by_paragraph[64][1:] == ("outstanding", 1)
    assert by_paragraph[88] == ("Performance management and quality assurance", "adequate", 3)
    assert {j.part for j in headings} == {"Safeguarding services",
                                          "Services for looked after children"}


def test_twenty_two_table_judgements(sample_report):
    table = [j for j in sample_report.judgements if j.origin == "table"]
    assert len(table) == 22
    equality = [j for j in table if j.area == "Equality and diversity"]
    assert [(j.part, j.grade, j.paragraph) for j in equality] == [
        ("Safeguarding services", "good", None),
        ("Services for looked after children", "good", None)]
    partnership = next(j for j in table if j.area == "Partnership working")
    assert (partnership.part, partnership.grade, partnership.paragraph) == (
        "Safeguarding services", "good", 43)


def test_metadata(sample_report):
    meta = sample_report.metadata
    assert meta.local_authority == "Sefton"
    assert meta.inspection_dates == "9 – 20 May 2011"
    assert meta.published == "27 June 2011"
    assert meta.lead_inspector == "Ian Young"
    assert meta.year == 2011
    assert sample_report.id == "sefton-2011"
    assert sample_report.label == "Sefton 2011"


def test_unnumbered_text_is_kept(sample_report):
    kinds = {p.kind for p in sample_report.paragraphs if p.number is None}
    assert {"text", "table", "heading"} <= kinds
    contents = next(p for p in sample_report.paragraphs if p.kind == "table")
    assert contents.section == ("Contents",)
    assert "Partnership working\t18" in contents.text


def test_plain_text_without_structure_still_parses(tmp_path):
    path = tmp_path / "notes.txt"
    path.write_text("Some notes\n\nA line of prose that says something.\n", "utf-8")
    report = parse_report(read_document(path))
    assert report.judgements == ()
    assert any("prose" in p.text for p in report.paragraphs)


def test_numbers_inside_text_are_not_paragraph_starts():
    text = "Title\n\nSection\n\n1. First.\n2. Second.\n2011. Not a paragraph number.\n"
    report = parse_report(Document("x.txt", (Page(None, text),), "h", False))
    assert [p.number for p in report.paragraphs if p.number] == [1, 2]
    assert "2011. Not a paragraph number." in report.paragraph(2).text
