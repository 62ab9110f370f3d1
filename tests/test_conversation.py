"""Follow-up questions are read in the light of the previous one, without the app."""

from __future__ import annotations

import pytest

from assistant.conversation import Conversation, subject_of

PARTNERSHIP = "what was the grade for partnership working?"


def _after(question: str, reports=("Sefton 2011",)) -> Conversation:
    conversation = Conversation()
    conversation.remember(conversation.read(question), list(reports))
    return conversation


def test_a_question_that_stands_alone_is_asked_as_it_is():
    conversation = _after(PARTNERSHIP)
    reading = conversation.read("how many looked after children were there in Sefton?")
    assert not reading.followup
    assert reading.read_as == "how many looked after children were there in Sefton?"


def test_nothing_to_refer_back_to_leaves_a_follow_up_as_it_is():
    reading = Conversation().read("and for looked after children?")
    assert reading.read_as == "and for looked after children?" and not reading.followup


def test_and_for_a_group_keeps_the_previous_subject():
    reading = _after(PARTNERSHIP).read(
        "and for looked after children?")
    assert reading.followup
    assert reading.read_as == ("what was the grade for partnership working for looked after "
                               "children?")


def test_and_for_another_part_asks_the_same_of_that_part():
    """A report's parts are siblings: the list for one, then the list for the other."""
    reading = _after("What needs to improve for looked after children?").read(
        "and for safeguarding?")
    assert reading.followup
    assert reading.read_as == "What needs to improve for safeguarding?"


def test_a_second_narrowing_replaces_the_first_rather_than_piling_up():
    conversation = _after(PARTNERSHIP)
    first = conversation.read("and for looked after children?")
    conversation.remember(first, ["Sefton 2011"])
    assert conversation.read("and for care leavers?").read_as == (
        "what was the grade for partnership working for care leavers?")


@pytest.mark.parametrize("follow_up", ["what about 2022?", "and in 2022?", "how about 2022"])
def test_another_year_replaces_or_adds_the_year(follow_up):
    assert _after(PARTNERSHIP).read(follow_up).read_as == (
        "what was the grade for partnership working in 2022?")
    assert _after("what was the grade for leadership in 2019?").read(follow_up).read_as == (
        "what was the grade for leadership in 2022?")


def test_what_about_another_topic_asks_the_same_question_of_it():
    reading = _after(PARTNERSHIP).read("what about leadership and management?")
    assert reading.read_as == "what was the grade for leadership and management?"
    assert reading.subject == "leadership and management"


@pytest.mark.parametrize("follow_up", ["And what about Middlesbrough 2015?",
                                       "what about Middlesbrough in 2015?"])
def test_what_about_another_report_asks_the_same_question_of_its_place_and_year(follow_up):
    first = "How many children were adopted in Lambeth in the year before the 2018 inspection?"
    assert _after(first).read(follow_up).read_as == (
        "How many children were adopted in Middlesbrough in the year before the 2015 "
        "inspection?")


def test_what_about_another_report_replaces_the_report_named_before_the_question():
    first = "Brent 2026 – when was the council last inspected before this?"
    assert _after(first).read("And what about Hull 2026?").read_as == (
        "Hull 2026 – when was the council last inspected before this?")
    assert _after("Wigan 2025: how are care leavers housed?").read(
        "what about North Somerset?").read_as == "North Somerset 2025: how are care leavers housed?"


def test_another_place_replaces_the_council_the_last_answer_cited_wherever_it_stands():
    first = "How would you sum up Blackburn with Darwen's leadership in 2025?"
    after = _after(first, reports=("Blackburn with Darwen 2025",))
    assert after.read("And in Wigan 2024?").read_as == (
        "How would you sum up Wigan's leadership in 2024?")


def test_what_about_a_place_asks_the_same_question_there():
    reading = _after(PARTNERSHIP).read("what about Bristol?")
    assert reading.read_as == "what was the grade for partnership working in Bristol?"
    counted = _after("how many children in care were there in Sefton?")
    assert counted.read("and in North Somerset?").read_as == (
        "how many children in care were there in North Somerset?")


def test_who_led_it_means_the_inspection_of_the_report_just_cited():
    assert _after(PARTNERSHIP).read("who led it?").read_as == "who led the Sefton 2011 inspection?"
    assert _after(PARTNERSHIP).read("when was it published?").read_as == (
        "when was the Sefton 2011 inspection published?")


def test_it_means_the_subject_when_the_question_is_not_about_the_inspection():
    reading = _after("how was leadership and management judged?").read("why was it good?")
    assert reading.read_as == "why was leadership and management good?"


def test_why_asks_what_the_report_says_about_the_last_subject():
    assert _after(PARTNERSHIP).read("why?").read_as == (
        "what does the report say about partnership working?")
    assert _after("how was leadership and management judged?").read("why so?").read_as == (
        "what does the report say about leadership and management?")


def test_who_led_it_with_no_report_cited_keeps_the_place_and_year_asked_about():
    conversation = _after("what was the grade for leadership in Bristol in 2018?", reports=())
    assert conversation.read("who led it?").read_as == (
        "who led the inspection in Bristol in 2018?")


def test_a_pronoun_with_several_reports_cited_is_not_guessed():
    reading = _after(PARTNERSHIP, reports=("Sefton 2011", "Bristol 2023")).read("who led it?")
    assert not reading.followup and reading.read_as == "who led it?"


def test_reset_forgets_the_topic():
    conversation = _after(PARTNERSHIP)
    conversation.reset()
    assert not conversation.read("and for looked after children?").followup


@pytest.mark.parametrize("question, subject", [
    (PARTNERSHIP, "partnership working"),
    ("how was leadership and management judged?", "leadership and management"),
    ("what did the report say about the local safeguarding children board?",
     "local safeguarding children board"),
    ("how effective was the fostering service in 2019?", "fostering service"),
    ("how many children in care were there in Sefton?", "children in care"),
])
def test_subject_of_a_question(question, subject):
    assert subject_of(question) == subject


def test_a_whole_question_after_and_is_asked_of_the_report_just_cited():
    conversation = _after("What needs to improve for care leavers in Sefton in 2011?")
    reading = conversation.read("and what did inspectors say about young carers there?")
    assert reading.read_as == "what did inspectors say about young carers in Sefton 2011?"


def test_a_whole_question_after_and_naming_no_place_is_asked_of_the_report_just_cited():
    conversation = _after("What needs to improve for care leavers in Sefton in 2011?")
    reading = conversation.read("and what did inspectors say about caseloads?")
    assert reading.read_as == "what did inspectors say about caseloads in Sefton 2011?"
    # a term of the genre in capitals names no other report
    reading = conversation.read("and what did Ofsted say about the MASH?")
    assert reading.read_as == "what did Ofsted say about the MASH in Sefton 2011?"


def test_a_whole_question_after_and_naming_no_report_is_not_spliced_into_the_last():
    conversation = _after("What needs to improve for care leavers in Sefton in 2011?")
    reading = conversation.read("and what did inspectors say about young carers in Wigan?")
    assert reading.read_as == "and what did inspectors say about young carers in Wigan?"


def test_a_follow_up_after_and_that_asks_about_it_is_asked_of_the_last_subject():
    reading = _after(PARTNERSHIP).read("And what were the weaknesses in it?")
    assert reading.followup
    assert reading.read_as == "what were the weaknesses in partnership working?"


def test_what_it_said_is_what_the_report_just_cited_said():
    """"and what did it say about caseloads?": the one who says is the report, not the last
    question's subject."""
    conversation = _after("How was supervision of social workers in Sefton in 2011?")
    reading = conversation.read("and what did it say about caseloads?")
    assert reading.read_as == "what did the Sefton 2011 report say about caseloads?"


def test_its_means_the_last_subject_s():
    assert _after(PARTNERSHIP).read("What were its weaknesses?").read_as == \
        "What were partnership working's weaknesses?"


def test_another_subject_keeps_the_place_the_last_question_named():
    conversation = Conversation()
    first = conversation.read("What was the verdict on care leavers in Stoke 2019?")
    assert first.subject == "care leavers"
    conversation.remember(first, ["Stoke-on-Trent 2019"])
    assert conversation.read("and what about leadership?").read_as == (
        "What was the verdict on leadership in Stoke 2019?")


def test_a_new_subject_with_none_to_swap_is_asked_of_the_one_report_cited():
    conversation = Conversation()
    first = conversation.read("Stoke 2019 – kids in care and care leavers, the verdict in brief?")
    conversation.remember(first, ["Stoke-on-Trent 2019"])
    assert conversation.read("and what about leadership?").read_as == (
        "what does the report say about leadership in Stoke-on-Trent 2019?")
    # another year or place is still the same question asked again
    assert conversation.read("and in 2022?").read_as.startswith("Stoke 2022 –")


@pytest.mark.parametrize("follow_up", ["and what about adoption there?", "what about adoption?",
                                       "and adoption there?"])
def test_a_new_subject_never_takes_away_the_council_the_last_subject_was_read_with(follow_up):
    # The subject is read as "Doncaster support care leavers": swapping it would ask "How well
    # does adoption there in 2017?" of every report.
    conversation = _after("How well does Doncaster support care leavers in 2017?",
                          ["Doncaster 2017"])
    reading = conversation.read(follow_up)
    assert reading.read_as == "what does the report say about adoption in Doncaster 2017?"


def test_there_after_a_new_subject_means_the_report_just_cited():
    reading = _after(PARTNERSHIP).read("and what about safeguarding there?")
    assert reading.read_as == "what was the grade for safeguarding in Sefton 2011?"
    assert reading.how == "“there” is Sefton 2011"
