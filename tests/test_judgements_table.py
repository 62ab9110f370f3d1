"""The judgements table: one row per report and area, for a report of every era, each row
quoting the words that state its grade (parsed straight from the PDFs: nothing is embedded)."""

from __future__ import annotations

from functools import cache

import pytest

from assistant.citations import is_verbatim
from assistant.judgements_table import (
    area_key,
    authority_key,
    authority_timeline,
    filter_rows,
    inspections,
    official_key,
    parse_dates,
    render_table,
    report_rows,
    row_citation,
    table_from_reports,
    to_csv,
)
from assistant.reading import ReadError, read_document
from assistant.structure import parse_report
from tests.conftest import shared_path

CHILDRENS = ("corpus", "ofsted", "childrens-services")
SANDWELL_2013 = (*CHILDRENS, "sandwell",
                 "children's services inspection,  pdf - 02 august 2013.pdf")
SEFTON_2016 = (*CHILDRENS, "sefton", "children's services inspection - 27 june 2016.pdf")
BRISTOL_2023 = (*CHILDRENS, "bristol", "children's services inspection - 10 march 2023.pdf")
DERBY_2022 = (*CHILDRENS, "derby", "children's services inspection - 11 may 2022.pdf")
BLACKPOOL_2012 = (*CHILDRENS, "blackpool", "children's services inspection - 13 july 2012.pdf")
BRISTOL_VISIT = ("corpus", "ofsted", "focused-visits", "bristol",
                 "children's services focused visit - 20 march 2025.pdf")
SEFTON_VISIT_2021 = ("corpus", "ofsted", "focused-visits", "sefton",
                     "children's services focused visit - 10 may 2021.pdf")
BEDFORD_SEND = ("corpus", "ofsted", "send", "bedford",
                "area send full inspection - 04 february 2025.pdf")


@cache
def _parsed(parts: tuple[str, ...]):
    return parse_report(read_document(shared_path(*parts)))


def parsed(parts: tuple[str, ...]):
    shared_path(*parts)  # skips cleanly without ../shared
    return _parsed(parts)


def rows_by_key(report) -> dict[str, object]:
    return {row.area_key: row for row in report_rows(report) if row.part is None}


def assert_quotes_are_verbatim(report) -> None:
    for row in report_rows(report):
        citation = row_citation(report, row)
        assert citation is not None, row.area
        paragraph = next(p for p in report.paragraphs
                         if p.page == citation.page and p.number == citation.paragraph
                         and is_verbatim(citation.quote, p.text))
        assert paragraph is not None


def test_2011_safeguarding_and_looked_after_children_keeps_both_parts(sample_report):
    rows = report_rows(sample_report)
    overall = [r for r in rows if r.area_key == "overall_effectiveness"]
    assert [(r.part, r.grade, r.grade_number) for r in overall] == [
        ("Safeguarding services", "adequate", 3),
        ("Services for looked after children", "good", 2)]
    partnership = next(r for r in rows if r.area_key == "partnership_working")
    assert (partnership.grade, partnership.paragraph) == ("good", 43)
    assert {r.framework for r in rows} == {"safeguarding and LAC"}
    assert {(r.authority, r.lead_inspector, r.inspection_start, r.inspection_end)
            for r in rows} == {("Sefton", "Ian Young", "2011-05-09", "2011-05-20")}
    # A grade printed under its heading and in the record of main findings is one row.
    assert len(rows) == len({(r.part, r.area_key) for r in rows})
    assert_quotes_are_verbatim(sample_report)


def test_2013_looked_after_children_reads_the_grade_lines():
    report = parsed(SANDWELL_2013)
    rows = rows_by_key(report)
    assert rows["overall_effectiveness"].grade == "inadequate"
    assert rows["overall_effectiveness"].grade_number == 4
    assert rows["capacity_to_improve"].grade == "adequate"
    assert rows["leadership"].area == "Leadership and management"
    first = rows["overall_effectiveness"]
    assert (first.framework, first.lead_inspector, first.inspection_end) == (
        "LAC", "Christopher Sands", "2013-06-28")
    assert_quotes_are_verbatim(report)


def test_single_inspection_framework_has_overall_sentence_adoption_care_leavers_and_lscb():
    report = parsed(SEFTON_2016)
    rows = rows_by_key(report)
    overall = rows["overall_effectiveness"]
    assert overall.grade == "requires improvement"
    assert overall.grade_words == "requires improvement to be good"
    assert overall.quote == "Children’s services in Sefton require improvement to be good"
    assert overall.page == 1
    assert rows["adoption"].grade == "requires improvement"
    assert rows["care_leavers"].grade == "requires improvement"
    assert rows["lscb"].grade == "inadequate"
    assert rows["lscb"].paragraph == 116
    assert (overall.framework, overall.lead_inspector, overall.published) == (
        "SIF", "Shirley Bailey", "27 June 2016")
    assert_quotes_are_verbatim(report)


def test_ilacs_reads_the_page_one_table_and_points_at_the_body():
    report = parsed(BRISTOL_2023)
    rows = rows_by_key(report)
    assert rows["overall_effectiveness"].quote == (
        "Overall effectiveness Requires improvement to be good")
    assert rows["care_leavers"].grade == "good"
    assert rows["care_leavers"].paragraph == 38
    assert rows["help_and_protection"].grade_number == 3
    assert {r.framework for r in rows.values()} == {"ILACS"}
    assert_quotes_are_verbatim(report)


def test_short_ilacs_inspection_and_joint_care_row():
    rows = rows_by_key(parsed(DERBY_2022))
    assert rows["overall_effectiveness"].framework == "ILACS short"
    assert rows["overall_effectiveness"].grade == "outstanding"
    assert rows["children_in_care_and_care_leavers"].grade == "good"
    assert "care_leavers" not in rows


def test_focused_visit_and_send_inspection_carry_no_grade():
    visit = report_rows(parsed(BRISTOL_VISIT))
    assert [(r.area_key, r.grade, r.grade_number) for r in visit] == [("not_graded", None, None)]
    assert visit[0].outcome == "not graded"
    send = report_rows(parsed(BEDFORD_SEND))
    assert [(r.area_key, r.grade) for r in send] == [("send_outcome", None)]
    assert send[0].outcome == "positive experiences and outcomes"
    assert "typically lead to positive experiences and outcomes" in send[0].quote


def test_focused_visit_with_areas_for_priority_action_says_so():
    report = parsed(SEFTON_VISIT_2021)
    [row] = report_rows(report)
    assert row.grade is None
    assert row.outcome.endswith("; 2 areas for priority action")
    assert row.quote.startswith("Timely application of the pre-proceedings stage")
    assert_quotes_are_verbatim(report)


def test_html_error_page_saved_as_pdf_is_refused():
    with pytest.raises(ReadError, match="HTML"):
        read_document(shared_path(*BLACKPOOL_2012))


def test_timeline_filters_and_exports(sample_report):
    reports = [sample_report, parsed(SEFTON_2016), parsed(BRISTOL_2023)]
    rows = table_from_reports(reports)
    sefton = filter_rows(rows, authority="Metropolitan Borough of Sefton")
    assert [group[0].report for group in inspections(sefton)] == ["sefton-2011", "sefton-2016"]
    assert {r.report for r in filter_rows(rows, since=2016)} == {"sefton-2016", "bristol-2023"}
    care = filter_rows(rows, area="care leavers", grade="good")
    assert [r.report for r in care] == ["bristol-2023"]
    assert filter_rows(rows, area="lscb")[0].report == "sefton-2016"
    csv_text = to_csv(sefton)
    assert csv_text.splitlines()[0].startswith("report,label,authority,authority_key,framework")
    assert len(csv_text.splitlines()) == len(sefton) + 1
    table = render_table(sefton[:3])
    assert table.splitlines()[0].startswith("authority") and "Sefton" in table


def test_names_and_dates_are_normalised():
    assert area_key("Leadership, management and governance") == "leadership"
    assert area_key("The experiences and progress of children care leavers") == "care_leavers"
    assert area_key("Children looked after and achieving permanence") == "children_in_care"
    assert authority_key("Derby City") == authority_key("Derby") == "derby"
    assert official_key("Hull") == "kingston upon hull"
    assert official_key("East Riding") == official_key("East Riding of Yorkshire")
    start, end = parse_dates("8 July 2019 to 12 July 2019 and 7 August 2019 to 8 August 2019")
    assert (start.isoformat(), end.isoformat()) == ("2019-07-08", "2019-08-08")
    assert parse_dates("9–24 November 2017")[0].isoformat() == "2017-11-09"
    assert parse_dates(None) == (None, None)


def test_authority_timeline_reads_an_index(sample_settings):
    from assistant.store import load_store

    store = load_store(sample_settings.index_dir)
    timeline = authority_timeline(store, "Sefton Council")
    assert [rows[0].report for rows in timeline] == ["sefton-2011"]
    assert {row.grade for row in timeline[0]} <= {"outstanding", "good", "adequate"}
    assert authority_timeline(store, "Bristol") == []
