"""Which reports a question is about: place names, years and kinds of report."""

from __future__ import annotations

import pytest

from assistant.records import ReportMetadata
from assistant.routing import find_scope, grade_filter, place_names, prefer_full_inspections
from assistant.store import ReportSummary


def summary(report_id: str, place: str, year: int, kind: str = "children's services inspection"):
    return ReportSummary(id=report_id, source=f"/r/{report_id}.pdf", title="t", pages=10,
                         paragraphs=10, chunks=10, judgements=(),
                         metadata=ReportMetadata(local_authority=place, year=year,
                                                 report_type=kind))


REPORTS = [
    summary("derby-2022", "Derby", 2022),
    summary("derby-city-2025", "Derby City", 2025),
    summary("derbyshire-2023", "Derbyshire", 2023),
    summary("east-riding-2023", "East Riding", 2023),
    summary("east-riding-of-yorkshire-2016", "East Riding of Yorkshire", 2016),
    summary("northamptonshire-2019", "Northamptonshire", 2019),
    summary("north-northamptonshire-2022", "North Northamptonshire", 2022),
    summary("hammersmith-fulham-2024", "Hammersmith & Fulham", 2024),
    summary("hertfordshire-2023", "Hertfordshire", 2023),
    summary("hertfordshire-2023-area-send", "Hertfordshire", 2023, "area SEND"),
]


def scope_of(question: str):
    scope = find_scope(question, REPORTS)
    return set(scope.reports) if scope.reports is not None else None


def test_place_name_without_generic_words():
    assert place_names("Derby City") == [" derby city ", " derby "]
    assert scope_of("What grade did Derby get in 2025?") == {"derby-city-2025"}
    assert scope_of("How was Derby judged?") == {"derby-2022", "derby-city-2025"}


def test_year_narrows_before_the_longest_name_wins():
    assert scope_of("How did East Riding of Yorkshire do in 2023?") == {"east-riding-2023"}
    assert scope_of("East Riding of Yorkshire inspection") == {"east-riding-of-yorkshire-2016"}


def test_longer_place_name_wins_over_one_it_contains():
    assert scope_of("What about North Northamptonshire?") == {"north-northamptonshire-2022"}
    assert scope_of("What about Northamptonshire?") == {"northamptonshire-2019"}


def test_ampersand_and_and_are_the_same():
    assert scope_of("Hammersmith and Fulham 2024 grades") == {"hammersmith-fulham-2024"}


def test_kind_of_report_named_in_the_question():
    assert scope_of("Hertfordshire SEND inspection 2023") == {"hertfordshire-2023-area-send"}
    both = [r for r in REPORTS if r.id.startswith("hertfordshire")]
    assert [r.id for r in prefer_full_inspections(both)] == ["hertfordshire-2023"]


def test_no_place_or_year_searches_everything():
    assert scope_of("What support is there for care leavers?") is None
    assert scope_of("Which councils were outstanding in 2024?") == {"hammersmith-fulham-2024"}


def test_grade_filter():
    assert grade_filter("Which areas were judged outstanding?") == "outstanding"
    assert grade_filter("Which services were rated requires improvement?") == \
        "requires improvement"
    assert grade_filter("Which parts reached good?") == "good"
    assert grade_filter("Did any part get outstanding?") == "outstanding"
    # ... but not a quality of work
    assert grade_filter("Which teams got good at listening to children?") is None
    # the grade in what is asked, not in what is said before it
    assert grade_filter("Darlington was outstanding in nearly every area – which judgement only "
                        "came out as good?") == "good"
    assert grade_filter("Which areas came out as inadequate?") == "inadequate"


def test_council_with_no_report_is_missing_not_another_council():
    scope = find_scope("How many children were in care in Essex according to the 2023 "
                       "inspection?", REPORTS)
    assert scope.reports == frozenset() and scope.missing == ("Essex (2023)",)


@pytest.mark.parametrize("question", [
    "What did Ofsted say about looked-after children in Derbyshire's 2018 inspection?",
    "What did Ofsted say about looked after children in Derbyshire's 2018 inspection?",
])
def test_looked_after_is_no_inspection_a_year_is_set_against(question):
    scope = find_scope(question, REPORTS)
    assert scope.reports == frozenset() and scope.missing == ("Derbyshire (2018)",)


def test_a_council_whose_name_is_inside_an_indexed_one_is_still_missing():
    reports = [summary("south-gloucestershire-2016", "South Gloucestershire", 2016)]
    scope = find_scope("Gloucestershire children's services 2022 – what was Ofsted's verdict?",
                       reports)
    assert scope.reports == frozenset() and scope.missing == ("Gloucestershire (2022)",)
    assert find_scope("South Gloucestershire 2016 – overall verdict?", reports).reports == {
        "south-gloucestershire-2016"}


def test_year_with_no_report_of_that_council_is_missing():
    scope = find_scope("What did inspectors find about care leavers in Derbyshire in 2019?",
                       REPORTS)
    assert scope.reports == frozenset() and scope.missing == ("Derbyshire (2019)",)


def test_a_period_names_no_inspection():
    scope = find_scope("How have Derbyshire's judgements changed since 2019?", REPORTS)
    assert scope.reports == {"derbyshire-2023"} and not scope.missing


def test_the_inspection_last_before_a_year_is_asked_of_that_year_s_report():
    # Derby has reports of 2022 and 2025: the 2025 one says when and how its last went
    assert scope_of("When had Derby last been inspected before 2025, and how did it do?") \
        == {"derby-city-2025"}
    assert scope_of("What was Derby's previous full inspection before 2025?") == {
        "derby-city-2025"}
    # a period is still no inspection ("before 2025" bounds a time)
    assert scope_of("How had Derby's services changed before 2025?") == {
        "derby-2022", "derby-city-2025"}


def test_two_councils_are_both_in_scope():
    assert scope_of("Compare Derbyshire and Hertfordshire on care leavers") == \
        {"derbyshire-2023", "hertfordshire-2023", "hertfordshire-2023-area-send"}


def test_common_word_council_names_need_a_capital():
    assert not find_scope("What about reading ages of children in care?", REPORTS).missing
    assert find_scope("What about Reading in 2020?", REPORTS).missing == ("Reading (2020)",)


def test_a_town_on_a_river_or_the_sea_is_named_by_its_first_word():
    reports = REPORTS + [summary("southend-on-sea-2019", "Southend-on-Sea", 2019),
                         summary("richmond-upon-thames-2022", "Richmond upon Thames", 2022)]
    assert set(find_scope("What about Southend in 2019?", reports).reports) == \
        {"southend-on-sea-2019"}
    assert set(find_scope("How was Richmond judged?", reports).reports) == \
        {"richmond-upon-thames-2022"}


def test_a_town_after_upon_is_a_name_of_its_own_but_a_river_is_not():
    assert " hull " in place_names("Kingston upon Hull")
    assert " sea " not in place_names("Southend-on-Sea")
    assert " thames " not in place_names("Richmond upon Thames")


def test_a_joint_authority_is_named_by_its_first_place():
    assert " redcar " in place_names("Redcar and Cleveland")
    assert " blackburn " in place_names("Blackburn with Darwen")
    assert " windsor " in place_names("Windsor & Maidenhead")
    assert " bournemouth " in place_names("Bournemouth, Christchurch and Poole")
    assert " scilly " in place_names("Isles of Scilly")
    assert " cleveland " not in place_names("Redcar and Cleveland")


def test_an_authority_named_x_of_y_is_named_by_x_too():
    assert " east riding " in place_names("East Riding of Yorkshire")
    assert " city " not in place_names("City of London")
    assert " isle " not in place_names("Isle of Wight")
    reports = REPORTS + [summary("east-riding-2023", "East Riding", 2023),
                         summary("east-riding-of-yorkshire-2016", "East Riding of Yorkshire",
                                 2016)]
    assert set(find_scope("How many children were in care in East Riding in 2016?",
                          reports).reports) == {"east-riding-of-yorkshire-2016"}


def test_a_county_is_named_by_its_short_name_too():
    assert " herts " in place_names("Hertfordshire")
    assert " north lincs " in place_names("North Lincolnshire")
    reports = REPORTS + [summary("hertfordshire-2015", "Hertfordshire", 2015)]
    assert set(find_scope("Herts 2015 – how many children on protection plans?",
                          reports).reports) == {"hertfordshire-2015"}


def test_a_kind_of_report_named_that_a_council_lacks_is_missing_not_answered():
    reports = REPORTS + [summary("bexley-2018", "Bexley", 2018)]
    scope = find_scope("How did Bexley's area SEND inspection go?", reports)
    assert scope.reports == frozenset() and scope.missing == ("Bexley (area SEND)",)
    assert find_scope("What did Bexley's focused visit find?", reports).missing == (
        "Bexley (focused visit)",)
    # SEND as a topic, not a report: the council's own report answers
    assert set(find_scope("How are children with SEND supported in Bexley?",
                          reports).reports) == {"bexley-2018"}


def test_a_year_of_data_names_no_inspection():
    assert scope_of("What share of Derbyshire's children were excluded in 2015/16?") == \
        {"derbyshire-2023"}
    assert scope_of("Derbyshire: how many adoptions in 2014–15?") == {"derbyshire-2023"}


def test_an_inspection_set_against_another_is_read_from_the_reports_that_speak_of_it():
    # the council's later report says what came after its 2018 inspection
    assert scope_of("What happened after Derbyshire's 2018 inspection?") == \
        {"derbyshire-2023"}
    # a year the index holds is that year's report, which says what came before it
    assert scope_of("When was Derby inspected before the 2022 inspection?") == {"derby-2022"}
    # and a kind of report the council has none of, asked about as an earlier one
    assert scope_of("When was Derbyshire's focused visit before the 2023 inspection?") == \
        {"derbyshire-2023"}
    # asked for itself, a year with no report is still said to be missing
    assert find_scope("What did Derbyshire's 2018 inspection find?", REPORTS).missing
    # the later of two inspections a question sets a period between says what came between
    assert scope_of("When was Derbyshire's focused visit between its 2019 and 2023 "
                    "inspections?") == {"derbyshire-2023"}
    # the report of a year the question names speaks of the last focused visit before it
    assert scope_of("Derbyshire 2023 – when had Ofsted last dropped in for a focused visit?") \
        == {"derbyshire-2023"}


@pytest.mark.parametrize("question", [
    "Derby 2025 – which areas had improved since Ofsted's previous visit in 2022?",
    "What had improved in Derby's 2025 inspection since the 2022 one?",
])
def test_a_report_named_beside_the_one_it_is_set_against_is_the_one_asked(question):
    reports = REPORTS + [summary("derby-city-2022-x", "Derby City", 2022)]
    scope = find_scope(question, reports)
    assert set(scope.reports) == {"derby-city-2025"}, scope


def test_a_kind_of_report_named_for_one_council_leaves_the_other_council_s_report():
    reports = REPORTS + [summary("wigan-2020-focused-visit", "Wigan", 2020, "focused visit"),
                         summary("wigan-2025", "Wigan", 2025)]
    assert set(find_scope("Kids who go missing: how did Derby 2022 compare with Wigan at its "
                          "October 2020 focused visit?", reports).reports) == {
        "derby-2022", "wigan-2020-focused-visit"}
    # unnamed councils: only the kind asked for
    assert set(find_scope("What did the 2020 focused visits find?", reports).reports) == {
        "wigan-2020-focused-visit"}


def test_a_council_is_named_by_the_aliases_of_its_list_too():
    reports = REPORTS + [summary("city-of-london-2016", "City of London", 2016)]
    assert set(find_scope("How many children live in the Square Mile?",
                          reports).reports) == {"city-of-london-2016"}


def test_a_figure_of_a_year_is_read_from_the_report_of_the_year_after():
    # Derbyshire's 2023 report gives 2022's figures; an inspection of 2022 is still missing
    assert scope_of("How many Derbyshire children were adopted in 2022?") == {"derbyshire-2023"}
    assert find_scope("What did Derbyshire's 2022 inspection find?", REPORTS).missing
