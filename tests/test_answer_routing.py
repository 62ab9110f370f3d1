"""Questions go to the answer their focus asks for, whatever cue words their framing holds."""

from __future__ import annotations

import pytest


def test_when_clause_framing_a_topic_question_is_not_a_dates_answer(two_reports_assistant):
    answer = two_reports_assistant.ask("When Bristol was inspected in 2023, how were care "
                                       "leavers supported?")
    assert "was inspected" not in answer.text, answer.text
    assert answer.citations[0].report == "bristol-2023"
    assert "care leavers" in answer.citations[0].quote.lower()


def test_inspectors_found_asks_what_they_found_not_who_they_were(two_reports_assistant):
    answer = two_reports_assistant.ask("What did the lead inspector find about care leavers "
                                       "in Bristol?")
    assert "lead inspector of" not in answer.text, answer.text
    assert answer.citations and "Lead inspector" not in answer.citations[0].quote


def test_who_led_it_is_the_lead_inspector(two_reports_assistant):
    answer = two_reports_assistant.ask("Who led Bristol's 2023 inspection?")
    assert answer.text.startswith("The lead inspector of Bristol 2023 was"), answer.text


def test_proportion_judged_good_is_a_figure_not_a_grade(two_reports_assistant):
    answer = two_reports_assistant.ask("What proportion of Sefton's looked after children had "
                                       "up-to-date immunisations?")
    assert "was judged" not in answer.text, answer.text
    assert answer.citations[0].paragraph == 52


def test_council_not_in_the_index_is_not_answered_from_another(two_reports_assistant):
    answer = two_reports_assistant.ask("What needs to improve in Coventry's children's services "
                                       "(2022)?")
    assert answer.citations == ()
    assert answer.text.startswith("There is no report for Coventry (2022) in the index.")


def test_asking_which_part_let_a_report_down_lists_every_judgement(two_reports_assistant):
    answer = two_reports_assistant.ask("Bristol 2023 – how did it do overall, and which part "
                                       "let it down?")
    assert "Overall effectiveness was judged requires improvement" in answer.text, answer.text
    assert "care leavers was judged good" in answer.text, answer.text
    assert answer.text.count("was judged") >= 4, answer.text


@pytest.mark.parametrize("question", [
    "What grades did Bristol get in 2023?",
    "Which of Bristol's 2023 grades was the weakest?",
    "List every grade Bristol got in 2023",
    "Bristol 2023 — good across the board, or did one area come in lower?",
])
def test_asking_for_a_reports_grades_lists_every_judgement(two_reports_assistant, question):
    answer = two_reports_assistant.ask(question)
    assert "Overall effectiveness was judged requires improvement" in answer.text, answer.text
    assert "care leavers was judged good" in answer.text, answer.text
    assert answer.text.count("was judged") >= 4, answer.text


def test_asking_for_a_reports_grade_gives_its_overall_grade_alone(two_reports_assistant):
    answer = two_reports_assistant.ask("What grade did Bristol get in 2023?")
    assert answer.text.count("was judged") == 1, answer.text
    assert "Overall effectiveness was judged requires improvement" in answer.text, answer.text


def test_asking_which_areas_had_a_grade_still_lists_only_those(two_reports_assistant):
    answer = two_reports_assistant.ask("Which areas were judged good in Bristol in 2023?")
    assert "requires improvement" not in answer.text, answer.text
    both = two_reports_assistant.ask("Bristol 2023 in a nutshell – overall grade, and did any "
                                     "part come out good?")
    assert "Overall effectiveness was judged requires improvement" in both.text, both.text
    assert "care leavers was judged good" in both.text, both.text



@pytest.mark.parametrize("question", [
    "Which parts of Bristol's services reached good in 2023?",
    "Did any part of Bristol's services get good in 2023?",
])
def test_parts_that_reached_a_grade_are_those_judged_so(two_reports_assistant, question):
    answer = two_reports_assistant.ask(question)
    assert "care leavers was judged good" in answer.text, answer.text
    assert "requires improvement" not in answer.text, answer.text


def test_asking_which_parts_had_a_grade_and_which_did_not_lists_every_judgement(
        two_reports_assistant):
    answer = two_reports_assistant.ask("Bristol 2023 – which areas were judged good, and which "
                                       "fell short?")
    assert "care leavers was judged good" in answer.text, answer.text
    assert "help and protection was judged requires improvement" in answer.text, answer.text


def test_a_grade_compared_with_last_time_brings_the_report_s_account_of_it(
        two_reports_assistant):
    answer = two_reports_assistant.ask("Bristol 2023 – what grade, and is that better than "
                                       "last time?")
    assert answer.text.startswith("Overall effectiveness was judged requires improvement"), \
        answer.text
    assert "last inspection" in answer.text or "previous inspection" in answer.text, \
        answer.text


def test_when_the_inspection_before_was_is_the_report_s_own_account():
    from assistant.answering.judgement import previous_inspection
    from assistant.records import Paragraph, Report

    paragraphs = (Paragraph(None, "Inspection dates: 6 to 10 February 2023", (), 1, "text"),
                  Paragraph(None, "Leaders have improved services. Since the last inspection "
                            "in 2019, when services were judged to be good, leaders have "
                            "kept up the pace.", (), 2, "text"))
    report = Report("cornwall-2023", "c.pdf", "t", 3, paragraphs, ())
    before = previous_inspection(report)
    assert before.page == 2 and before.quote.startswith("Since the last inspection in 2019")


def test_a_letter_s_own_line_on_when_the_council_was_last_inspected_answers_it():
    from assistant.answering.judgement import ASKS_PREVIOUS, previous_inspection
    from assistant.records import Paragraph, Report

    assert ASKS_PREVIOUS.search("When was the SEND set-up inspected before the 2023 one?")
    assert ASKS_PREVIOUS.search("Durham focused visit – when was Durham last fully inspected?")
    assert ASKS_PREVIOUS.search("Stockport 2022: did it hold on to its good rating?")
    assert ASKS_PREVIOUS.search("Did Kent keep its grade for adoption?")
    assert ASKS_PREVIOUS.search("How was Kent judged, and what rating had it got previously?")
    report = Report("bedford-2024", "b.pdf", "t", 4, (
        Paragraph(None, "Since the local authority was last inspected, in 2022, the support "
                  "for children in need has strengthened.", (), 1, "text"),), ())
    assert previous_inspection(report).quote.startswith("Since the local authority was last")


@pytest.mark.parametrize("question", [
    "What's the verdict on care leavers in Bristol 2023?",
    # the words asking for a verdict are no topic the passages must hold
    "Bristol 2023 – bottom line on care leavers?",
])
def test_the_verdict_on_one_part_is_its_grade_then_what_the_report_says_of_it(
        two_reports_assistant, question):
    answer = two_reports_assistant.ask(question)
    grade, _, rest = answer.text.partition("\n\n")
    assert grade.startswith("The experiences and progress of care leavers was judged good"), \
        answer.text
    assert "[Bristol 2023, p." in rest and len(answer.citations) >= 3, answer.text


def test_a_brief_verdict_quotes_the_reports_own_summary_line_on_the_part(
        two_reports_assistant):
    answer = two_reports_assistant.ask("Bristol 2023 – in short, how are care leavers doing?")
    grade, _, rest = answer.text.partition("\n\n")
    assert grade.startswith("The experiences and progress of care leavers was judged good")
    # the page-1 summary's sentence on care leavers comes straight after the grade
    assert rest.startswith("Leaders have made very real improvements in some areas since the "
                           "previous inspection, such as the quality of support to children "
                           "in care and for care leavers. [Bristol 2023, p. 1]"), answer.text



def test_summing_up_one_part_is_its_grade_then_what_the_report_says_of_it(
        two_reports_assistant):
    answer = two_reports_assistant.ask("How would you sum up Bristol's work with care leavers "
                                       "in 2023?")
    grade, _, rest = answer.text.partition("\n\n")
    assert grade.startswith("The experiences and progress of care leavers was judged good"), \
        answer.text
    assert "[Bristol 2023, p." in rest, answer.text
    # ... but a grade asked for in so many words is the grade alone
    bare = two_reports_assistant.ask("What grade did Bristol's care leavers get in 2023?")
    assert "\n\n" not in bare.text.split("\n\n[1]")[0], bare.text


def test_a_grade_and_a_second_ask_about_the_same_report_are_both_answered(
        two_reports_assistant):
    answer = two_reports_assistant.ask("Bristol 2023: overall grade, and were strategy meetings "
                                       "held on time?")
    grade, _, rest = answer.text.partition("\n\n")
    assert grade.startswith("Overall effectiveness was judged requires improvement"), answer.text
    assert "[Bristol 2023, p." in rest and len(answer.citations) >= 2, answer.text


def test_a_headline_grade_is_the_overall_one(two_reports_assistant):
    answer = two_reports_assistant.ask("Bristol 2023 – headline grade, and were strategy "
                                       "meetings held on time?")
    assert answer.text.startswith("Overall effectiveness was judged requires improvement"), \
        answer.text


def test_asking_which_inspectors_names_the_whole_team():
    from types import SimpleNamespace

    from assistant.answering.metadata import answer_inspector
    from assistant.records import Paragraph, Report, ReportMetadata

    text = ("This letter summarises the findings of the focused visit. His Majesty’s Inspectors "
            "for this visit were Sophie Wales and Margaret Burke.")
    report = Report("bristol-2025", "b.pdf", "t", 4, (
        Paragraph(None, "Lead inspector: Sophie Wales", (), 1, "text"),
        Paragraph(None, text, (), 1, "text")), (),
        ReportMetadata(local_authority="Bristol", year=2025, lead_inspector="Sophie Wales"))
    ctx = SimpleNamespace(report=lambda _: report)

    def asked(question):
        return SimpleNamespace(text=question, reports=(SimpleNamespace(id="bristol-2025"),))

    team = answer_inspector(asked("Which inspectors did the Bristol focused visit?"), ctx)
    assert "Margaret Burke" in team.text and len(team.citations) == 2
    carried_out = answer_inspector(asked("Who carried out the Bristol focused visit?"), ctx)
    assert "Margaret Burke" in carried_out.text, carried_out.text
    lead = answer_inspector(asked("Who was the lead inspector for Bristol?"), ctx)
    assert "Margaret Burke" not in lead.text and len(lead.citations) == 1


def test_the_cqc_lead_and_two_named_leads_are_read_from_the_team_lines():
    from types import SimpleNamespace

    from assistant.answering.metadata import answer_inspector
    from assistant.records import Paragraph, Report, ReportMetadata

    send = Report("cornwall-2023-area-send", "c.pdf", "t", 6, (
        Paragraph(None, "Ofsted and CQC inspectors\nLeanne Thirlby, Ofsted HMI Lead inspector "
                  "Tessa Valpy, CQC Lead inspector", (), 6, "text"),), (),
        ReportMetadata(local_authority="Cornwall", year=2023, lead_inspector="Leanne Thirlby"))
    two = Report("stoke-on-trent-2022", "s.pdf", "t", 1, (
        Paragraph(None, "Lead inspectors: Rebecca Quested, His Majesty’s Inspector, and "
                  "Matthew Reed, His Majesty’s Inspector", (), 1, "text"),), (),
        ReportMetadata(local_authority="Stoke", year=2022, lead_inspector="Rebecca Quested"))

    def ask(report, question):
        ctx = SimpleNamespace(report=lambda _: report)
        return answer_inspector(SimpleNamespace(text=question, reports=(
            SimpleNamespace(id=report.id),)), ctx)

    cqc = ask(send, "Who led for the CQC on Cornwall's 2023 SEND inspection?")
    assert "was Tessa Valpy [" in cqc.text and "Thirlby" not in cqc.text, cqc.text
    assert cqc.citations[0].quote == "Tessa Valpy, CQC Lead inspector"
    ofsted = ask(send, "Who was the lead inspector for Cornwall's SEND inspection?")
    assert "was Leanne Thirlby [" in ofsted.text, ofsted.text
    both = ask(two, "Who led Ofsted's 2022 inspection of Stoke?")
    assert "were Rebecca Quested and Matthew Reed [" in both.text, both.text


def test_whom_a_focused_visit_letter_is_to_is_quoted_from_its_address_lines():
    from types import SimpleNamespace

    from assistant.answering.focus import read_focus
    from assistant.answering.metadata import answer_addressee
    from assistant.records import Paragraph, Report

    report = Report("durham-2023-focused-visit", "d.pdf", "t", 4, (
        Paragraph(None, "12 January 2024\nJohn Pearce\nCorporate Director, Children and Young "
                  "People’s Services\nDurham County Council\nCounty Hall\nDurham", (), 1, "text"),
        Paragraph(None, "Dear Mr Pearce", (), 1, "text")), ())
    ctx = SimpleNamespace(report=lambda _: report)
    asked = SimpleNamespace(reports=(SimpleNamespace(id=report.id),),
                            text="Who was the Durham focused visit letter addressed to?")
    answer = answer_addressee(asked, ctx)
    assert "addressed to John Pearce, Corporate Director, Children and Young People’s " \
           "Services, Durham County Council [" in answer.text, answer.text
    assert answer.citations[0].page == 1
    assert "dated" not in answer.text, answer.text
    # "..., and when was it sent?": the date the letter bears, cited from its own line
    asked.text = "Who was the Durham letter addressed to, and when was it sent?"
    answer = answer_addressee(asked, ctx)
    assert answer.text.endswith("It is dated 12 January 2024 [t, p. 1]."), answer.text
    assert answer.citations[1].quote == "12 January 2024"
    asked.text = "I need the recipient and the date of Ofsted's letter to Durham."
    assert answer_addressee(asked, ctx).text.endswith("It is dated 12 January 2024 [t, p. 1].")
    assert read_focus("Who was the Durham focused visit letter addressed to?", set()).kind \
        == "addressee"
    assert read_focus("To whom was Bristol's 2025 letter sent?", set()).kind == "addressee"
    # letters a report speaks of are its topic
    assert read_focus("Were the letters sent to parents before court clear?", set()).kind \
        != "addressee"


def test_when_ofsted_will_be_back_is_the_report_s_line_on_its_next_inspection():
    from assistant.answering.metadata import ASKS_NEXT, next_inspection
    from assistant.records import Paragraph, Report

    assert ASKS_NEXT.search("When will Ofsted be back to check on Herts?")
    report = Report("herts-send", "h.pdf", "t", 10, (
        Paragraph(None, "Inspection dates: 10 to 14 July 2023", (), 1, "text"),
        Paragraph(None, "Leaders must act. A monitoring inspection will be carried out within "
                  "approximately 18 months. The next full reinspection will be within "
                  "approximately 3 years.", (), 1, "text")), ())
    assert [c.quote for c in next_inspection(report)] == [
        "A monitoring inspection will be carried out within approximately 18 months.",
        "The next full reinspection will be within approximately 3 years."]


def test_asking_what_a_visit_was_looking_at_keeps_the_letter_s_own_lines():
    from assistant.answering.framing import ABOUT_THE_VISIT

    assert ABOUT_THE_VISIT.search("What was the focused visit actually looking at?")
    assert not ABOUT_THE_VISIT.search("What did inspectors find about care leavers?")


def test_last_inspected_before_a_named_one_asks_for_the_one_before(two_reports_assistant):
    """"When was Bristol last inspected before the 2023 inspection?" is not the latest report."""
    from assistant.answering.across_reports import LAST_INSPECTION, _BEFORE_ONE
    from assistant.answering.judgement import ASKS_PREVIOUS

    question = "When was Bristol's SEND set-up last inspected before the 2023 inspection?"
    assert LAST_INSPECTION.search(question) and _BEFORE_ONE.search(question)
    assert ASKS_PREVIOUS.search("When was Bedford's previous full SEND inspection?")
    assert not _BEFORE_ONE.search("When was Bristol last inspected?")


def test_the_last_inspection_asked_of_a_named_report_is_the_one_before_it(
        two_reports_assistant):
    answer = two_reports_assistant.ask("Bristol 2023 – when was the last inspection?")
    assert "last inspection in 2018" in answer.text, answer.text
    assert "was last inspected" not in answer.text, answer.text
    # with no year, the last inspection is the latest report
    latest = two_reports_assistant.ask("When was Bristol last inspected?")
    assert latest.text.startswith("Bristol was last inspected"), latest.text


def test_how_the_last_inspection_went_is_its_own_line_not_this_inspection_s_dates(
        two_reports_assistant):
    answer = two_reports_assistant.ask("When was Bristol last inspected before 2023, and what "
                                       "was it judged then?")
    assert "last inspection in 2018" in answer.text, answer.text
    assert not answer.text.startswith("Bristol 2023 was inspected"), answer.text


def test_a_line_on_what_changed_since_the_inspection_of_a_year_is_on_the_previous_one():
    from assistant.answering.judgement import previous_inspection
    from assistant.records import Paragraph, Report

    report = Report("west-sussex-2023", "w.pdf", "t", 9, (
        Paragraph(None, "Services for children and families have substantially improved since "
                  "the inspection in 2019, when they were judged to be inadequate across all "
                  "areas.", (), 1, "text"),), ())
    assert previous_inspection(report, when=True).quote.startswith("Services for children")


def test_dates_and_the_inspectors_asked_together_are_both_answered(two_reports_assistant):
    answer = two_reports_assistant.ask("What dates was Bristol's 2023 inspection, and who "
                                       "were the inspectors?")
    assert answer.text.startswith("Bristol 2023 was inspected"), answer.text
    assert "lead inspector of Bristol 2023" in answer.text, answer.text


def test_the_inspectors_and_the_dates_asked_second_are_both_answered(two_reports_assistant):
    answer = two_reports_assistant.ask("Who led Bristol's 2023 inspection, and on which dates "
                                       "were inspectors there?")
    assert "Bristol 2023 was inspected" in answer.text, answer.text
    assert "lead inspector of Bristol 2023" in answer.text, answer.text


@pytest.mark.parametrize("question", [
    "I need the dates Ofsted spent in Bristol for its 2023 inspection, plus the name of the "
    "inspector in charge.",
    "Bristol 2023: inspection dates and lead inspector?",
    "Can you tell me the dates the inspection team were on site in Bristol in 2023, plus who "
    "led it?",
])
def test_the_dates_named_before_the_lead_inspector_are_answered_too(two_reports_assistant,
                                                                     question):
    answer = two_reports_assistant.ask(question)
    assert answer.text.startswith("Bristol 2023 was inspected"), answer.text
    assert "lead inspector of Bristol 2023" in answer.text, answer.text


@pytest.mark.parametrize("question", [
    "I need to know which areas Bristol was judged good in at its 2023 inspection.",
    "For a board paper I need to know which areas Bristol was judged good in at its 2023 "
    "inspection.",
])
def test_a_request_to_be_told_names_no_area(two_reports_assistant, question):
    # "I need to know" is no area "in need of help and protection"
    answer = two_reports_assistant.ask(question)
    assert "children in care was judged good" in answer.text, answer.text
    assert "care leavers was judged good" in answer.text, answer.text


def test_a_question_about_a_council_with_no_report_is_not_answered_from_one_named_beside_it(
        two_reports_assistant):
    answer = two_reports_assistant.ask("Next door to Bristol – how did Wolverhampton's "
                                       "children's services get on in 2021?")
    assert answer.text.startswith("There is no report for Wolverhampton"), answer.text
    assert not answer.citations, answer.text


def test_it_in_a_second_ask_is_the_area_whose_grade_was_asked(two_reports_assistant):
    answer = two_reports_assistant.ask("Sefton 2011: how was partnership working judged, and "
                                       "what was said about it?")
    grade, _, rest = answer.text.partition("\n\n")
    assert grade.startswith("Partnership working was judged good"), answer.text
    assert "Partnership working arrangements are good." in rest, answer.text


def test_the_line_on_the_previous_inspection_that_gives_its_grade_or_year_is_preferred():
    from assistant.answering.judgement import previous_inspection
    from assistant.records import Paragraph, Report

    report = Report("stockport-2022", "s.pdf", "t", 9, (
        Paragraph(None, "There is now a good understanding of data, which has improved since "
                  "the last inspection.", (), 1, "text"),
        Paragraph(None, "Since the last inspection in 2017, leaders have focused on the "
                  "Stockport Family approach.", (), 1, "text")), ())
    assert previous_inspection(report).quote.startswith("Since the last inspection in 2017")


def test_the_previous_inspection_of_the_service_asked_about_is_preferred():
    from assistant.answering.judgement import previous_inspection
    from assistant.records import Paragraph, Report, ReportMetadata

    report = Report("staffordshire-2014", "s.pdf", "t", 9, (
        Paragraph(None, "- The previous inspection of Staffordshire’s safeguarding arrangements "
                  "was in November 2012. The local authority was judged to be adequate.", (),
                  8, "bullet"),
        Paragraph(None, "- The previous inspection of Staffordshire’s fostering services was in "
                  "January 2013. The overall effectiveness for the fostering service was judged "
                  "to be outstanding.", (), 8, "bullet"),
        Paragraph(None, "Since the last inspection, fostering panels have been strengthened.",
                  (), 20, "text")), (),
        ReportMetadata(local_authority="Staffordshire", year=2014))
    asked = "When had Staffordshire's fostering service last been inspected, and how did it do?"
    found = previous_inspection(report, when=True, about=asked)
    assert "fostering services was in January 2013" in found.quote, found.quote
    assert "outstanding" in found.quote
    # asked about no service, the first dated line that grades it
    assert "November 2012" in previous_inspection(report, when=True).quote


def test_a_line_dating_the_last_inspection_comes_with_the_next_that_grades_it():
    from assistant.answering.judgement import previous_inspection
    from assistant.records import Paragraph, Report

    report = Report("stoke-2019", "s.pdf", "t", 9, (
        Paragraph(30, "Services have declined since the last full inspection in 2015.", (), 8,
                  "text"),
        Paragraph(31, "The last full inspection was in August 2015. All of the judgements were "
                  "requires improvement to be good, with adoption judged to be good. Leaders "
                  "know this.", (), 8, "text")), ())
    quote = previous_inspection(report, when=True).quote
    assert quote == ("The last full inspection was in August 2015. All of the judgements were "
                     "requires improvement to be good, with adoption judged to be good."), quote


def test_asked_when_the_line_that_dates_the_last_inspection_or_its_visits_is_preferred():
    from assistant.answering.judgement import previous_inspection
    from assistant.records import Paragraph, Report

    report = Report("havering-2018", "h.pdf", "t", 9, (
        Paragraph(26, "Services for care leavers have improved since the last inspection, "
                  "when the service was judged to be inadequate.", (), 9),
        Paragraph(None, "Services have improved since the previous inspection in 2016.", (), 1,
                  "text"),
        Paragraph(47, "The panel, created since Ofsted's last focused visit in January 2022, "
                  "is effective.", (), 10)), ())
    assert previous_inspection(report).quote.startswith("Services for care leavers")
    assert previous_inspection(report, when=True).quote.endswith("in 2016.")
    assert "focused visit in January 2022" in previous_inspection(report, when=True,
                                                                  visits=True).quote


def test_asked_about_the_last_full_inspection_the_line_that_says_full_is_preferred():
    from assistant.answering.judgement import previous_inspection
    from assistant.records import Paragraph, Report

    report = Report("bradford-2018", "b.pdf", "t", 9, (
        Paragraph(None, "Services have deteriorated since the last inspection, the JTAI, in "
                  "April 2017.", (), 1, "text"),
        Paragraph(27, "Leaders responded to the recommendations from the last Ofsted "
                  "full-service inspection in May 2014.", (), 8)), ())
    assert previous_inspection(report, when=True).quote.startswith("Services have")
    assert "May 2014" in previous_inspection(report, when=True, full=True).quote
    # asked when and how it went, the line that dates and grades it
    graded = Report("northumberland-2024", "n.pdf", "t", 9, (
        Paragraph(None, "Since the last ILACS inspection in 2020, services have improved.", (),
                  1, "text"),
        Paragraph(51, "At the last judgement inspection in 2020, children's services were "
                  "judged to be good in all areas.", (), 10)), ())
    assert "good in all areas" in previous_inspection(graded, when=True, full=True).quote


def test_when_ofsted_will_be_back_is_not_answered_by_this_inspection_s_dates(
        two_reports_assistant):
    """The 2011 sample says nothing of its next inspection."""
    answer = two_reports_assistant.ask("When will Ofsted be back in Sefton after 2011?")
    assert "was inspected" not in answer.text, answer.text


def test_a_councils_short_name_chooses_its_report_and_is_no_topic():
    from types import SimpleNamespace

    from assistant.answer import scope_words_of
    from assistant.answering.focus import read_focus
    from assistant.routing import Scope
    from assistant.search import terms

    herts = SimpleNamespace(metadata=SimpleNamespace(local_authority="Hertfordshire"))
    words = scope_words_of([herts], Scope(frozenset({"hertfordshire-2015"}), True))
    assert set(terms("Herts Hertfordshire")) <= words
    assert read_focus("Herts 2015 – what's the headline?", words).kind == "summary"
    assert scope_words_of([herts], Scope(None, False)) == frozenset()


@pytest.mark.parametrize("question", [
    "When exactly were inspectors in Bristol for the 2023 inspection, and who was in charge of "
    "the team?",
    "Bristol 2023 – what were the inspection dates and who was lead inspector?",
    "Bristol 2023 inspection: lead inspector's name and the dates of the fieldwork?",
    "Who was the lead HMI on the Bristol inspection in 2023, and between which dates were "
    "inspectors on site?",
])
def test_dates_and_the_lead_inspector_asked_in_either_order_or_wording(two_reports_assistant,
                                                                       question):
    """"When exactly were inspectors in ..., and who ...?" asks, it does not frame: the dates
    and the lead inspector, not a passage about some team."""
    answer = two_reports_assistant.ask(question)
    assert answer.text.startswith("Bristol 2023 was inspected 16 to 27 January 2023"), \
        answer.text
    assert "lead inspector of Bristol 2023 was" in answer.text, answer.text


def test_the_dates_asked_without_a_question_word_or_of_a_re_inspection():
    from assistant.answering.focus import read_focus
    from assistant.answering.metadata import ASKS_NEXT

    assert read_focus("Exact dates Ofsted were on site in Bristol for the 2023 inspection?",
                      set()).kind == "dates"
    # a re-inspection that is the report asked about is not the next one
    assert not ASKS_NEXT.search("When were inspectors in Manchester for the 2017 "
                                "re-inspection?")
    assert ASKS_NEXT.search("When will Doncaster be re-inspected?")
    assert ASKS_NEXT.search("Is a re-inspection of Doncaster planned?")


def test_a_report_fact_asked_first_is_followed_by_the_topic_asked_second(
        two_reports_assistant):
    """"Who led it, and how were care leavers doing?" answers both, each cited."""
    answer = two_reports_assistant.ask("Who led the Bristol 2023 inspection, and how were care "
                                       "leavers doing?")
    assert answer.text.startswith("The lead inspector of Bristol 2023 was"), answer.text
    assert "care leavers" in answer.text.split("\n\n", 1)[1].lower(), answer.text
    assert len({c.paragraph for c in answer.citations}) >= 2


def test_a_second_topic_asked_after_a_first_is_answered_too_and_no_quote_twice(
        two_reports_assistant):
    """"Were caseloads manageable, and what was the front door like?": the caseload passage,
    then the front door's, each cited; a quote the first part gave is not repeated."""
    answer = two_reports_assistant.ask("In Bristol 2023, were social workers' caseloads "
                                       "manageable, and what was the front door like?")
    first, second = answer.text.split("\n\n", 1)
    assert "caseload" in first.lower(), answer.text
    assert "front door" in second.lower(), answer.text
    quotes = [c.quote for c in answer.citations if c.quote in answer.text]
    assert all(answer.text.count(f"{q} [") == 1 for q in quotes), answer.text


@pytest.mark.parametrize("question", [
    "Under which bit of the law was Sefton's 2011 inspection carried out?",
    "What legislation was the Sefton inspection carried out under?",
])
def test_the_law_an_inspection_was_carried_out_under_is_the_report_s_own_line(
        two_reports_assistant, question):
    answer = two_reports_assistant.ask(question)
    assert answer.text.startswith("The inspection was carried out under the Children Act "
                                  "2004. [Sefton 2011, para 1]"), answer.text


def test_the_law_asked_about_a_topic_is_no_question_about_the_inspection_s_legal_basis():
    from assistant.answering.metadata import ASKS_LEGAL_BASIS

    assert ASKS_LEGAL_BASIS.search("Blackpool SEND inspection – which law was it carried out "
                                   "under, and at whose request?")
    assert ASKS_LEGAL_BASIS.search("Who asked for the Hertfordshire SEND inspection to be done?")
    assert not ASKS_LEGAL_BASIS.search("What does the law say about private fostering, per the "
                                       "2016 inspection?")
    assert not ASKS_LEGAL_BASIS.search("Which act was the council breaking, per the 2016 "
                                       "inspection?")
    assert not ASKS_LEGAL_BASIS.search("Who asked for the review of the front door after the "
                                       "inspection?")


@pytest.mark.parametrize("question, topic", [
    ("How did inspectors rate the quality of supervision for social workers in Bristol in "
     "2023?", "supervision"),
    ("How was work with Bristol's disabled children rated in 2023?", "Disabled children"),
])
def test_a_rating_asked_of_what_no_area_names_is_what_the_report_says_of_it(
        two_reports_assistant, question, topic):
    """"How did inspectors rate the quality of supervision?" shares "quality" with no graded
    area and names supervision, which the report writes about: its words on supervision, not
    the grade for leaders."""
    answer = two_reports_assistant.ask(question)
    assert " was judged " not in answer.text, answer.text
    assert answer.citations and answer.citations[0].paragraph is not None


@pytest.mark.parametrize("question, area", [
    ("How were Bristol's care leavers rated in 2023?", "care leavers was judged good"),
    ("How did Ofsted rate the impact of leaders in Bristol in 2023?",
     "impact of leaders on social work practice with children and families was judged"),
])
def test_a_rating_asked_of_a_graded_area_is_still_its_grade(two_reports_assistant, question,
                                                            area):
    assert area in two_reports_assistant.ask(question).text


def test_how_the_previous_inspection_went_asked_after_when_is_its_line_alone(
        two_reports_assistant):
    """"When was the previous inspection, and what was the result?": the report's line on its
    last inspection says both; no passage is searched for "the result"."""
    answer = two_reports_assistant.ask("Bristol 2023: when was the previous inspection, and "
                                       "what was the result?")
    assert answer.text.count("[") == 1 and "last inspection in 2018" in answer.text, answer.text
    # ... while this inspection's grade, asked after its dates, is answered too
    answer = two_reports_assistant.ask("When was Bristol inspected in 2023, and what was the "
                                       "grade?")
    assert "was inspected 16 to 27 January 2023" in answer.text, answer.text
    assert "Overall effectiveness was judged requires improvement" in answer.text, answer.text


def test_which_judgement_an_area_got_is_that_area_s_alone(two_reports_assistant):
    """"What judgement did Bristol's care leavers get?" names one area: its grade, not every
    grade of the report (as "which area got the lowest grade?" asks)."""
    answer = two_reports_assistant.ask("What judgement did Bristol's care leavers get in 2023?")
    assert answer.text.count(" was judged ") == 1, answer.text
    assert "care leavers was judged good" in answer.text, answer.text
    every = two_reports_assistant.ask("Bristol 2023 – which area got the lowest grade?")
    assert every.text.count(" was judged ") >= 4, every.text


def test_a_second_question_joined_by_a_bare_and_to_a_grade_question_is_answered_too(
        two_reports_assistant):
    answer = two_reports_assistant.ask("Bristol 2023: what judgement did they get and what had "
                                       "improved since the last inspection?")
    assert "overall effectiveness requires improvement to be good" in answer.text, answer.text
    assert "very real improvements" in answer.text, answer.text
    # the second part does not quote again what the first already gives
    assert answer.text.count("much progress has been made since") == 1, answer.text
    # what is shown of the longer quote is part of what its citation quotes
    longer = [c for c in answer.citations if c.quote.startswith("In some areas")
              and len(c.quote) > len("In some areas, such as for services for children in care")
              and "Most children" in c.quote]
    assert longer and "Most children" in answer.text, answer.citations
    # the judgements' rows and the second answer's own five, not every passage it weighed
    assert len(answer.citations) <= 6 + 5, len(answer.citations)


def test_the_date_of_the_previous_visit_of_any_kind_is_asked_of_the_visits_too():
    from assistant.answering.metadata import _VISITED

    assert _VISITED.search("Middlesbrough 2026 – what date was the previous Ofsted visit?")
    assert _VISITED.search("When had Ofsted last visited Middlesbrough?")
    assert not _VISITED.search("When was the previous inspection?")


def test_a_council_s_other_names_in_other_reports_are_no_topic_either():
    from types import SimpleNamespace

    from assistant.answer import scope_words_of
    from assistant.routing import Scope
    from assistant.search import terms

    def council(name):
        return SimpleNamespace(metadata=SimpleNamespace(local_authority=name))

    short, full, other = council("East Riding"), council("East Riding of Yorkshire"), \
        council("North Yorkshire")
    scope = Scope(frozenset({"east-riding-2023"}), True)
    assert terms("Yorkshire")[0] not in scope_words_of([short], scope)
    words = scope_words_of([short], scope, others=[short, full, other])
    assert terms("Yorkshire")[0] in words
    assert terms("North")[0] not in words
