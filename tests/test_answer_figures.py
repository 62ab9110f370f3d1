"""Figure questions over a report's lists: a lead-in names what its items count ("The
proportion of children who speak English as an additional language:" / "- in primary schools
is 75%"), so the items are read with it; and how much of a paragraph an answer quotes."""

from __future__ import annotations

import pytest

from assistant.answering.extractive import _items_after, _lead_in
from assistant.passages import Passage
from assistant.records import Paragraph, Report

LEAD_IN = Paragraph(None, "- The proportion of children who speak English as an additional "
                          "language:", (), 7, "bullet")
PRIMARY = Paragraph(None, "- in primary schools is 75% (the national average is 18%)", (), 7,
                    "bullet")
SECONDARY = Paragraph(None, "- in secondary schools is 68% (the national average is 14%).",
                      (), 7, "bullet")
NEXT_LIST = Paragraph(None, "- The number of live births has more than doubled:", (), 7,
                      "bullet")
PROSE = Paragraph(12, "Children in need are seen promptly.", (), 8)
REPORT = Report("r", "r.pdf", "t", 9, (LEAD_IN, PRIMARY, SECONDARY, NEXT_LIST, PROSE), ())


def _passage(paragraph: Paragraph) -> Passage:
    return Passage(REPORT, paragraph, ((paragraph.text, 0.6),), 0.6, 0.6)


def test_a_lead_in_brings_the_items_that_follow_it_up_to_the_next_list():
    assert _items_after(_passage(LEAD_IN)) == [PRIMARY, SECONDARY]


def test_an_item_is_read_with_the_line_that_introduces_it():
    assert _lead_in(_passage(SECONDARY)) == LEAD_IN.text


def test_prose_has_neither_items_nor_a_lead_in():
    assert _items_after(_passage(PROSE)) == []
    assert _lead_in(_passage(PROSE)) == ""


def test_a_short_best_paragraph_is_quoted_whole():
    from assistant.quotes import whole_paragraph
    from assistant.records import Citation

    text = ("The local authority has a small number of children in unregistered homes. They "
            "are reviewed regularly. However, care planning has not been timely.")
    paragraph = Paragraph(27, text, (), 5)
    first = Citation("r", "R 2022", "t", 27, 5, "", "They are reviewed regularly.", 1.0)
    assert whole_paragraph(first, paragraph).quote == text
    long = Paragraph(28, " ".join(["A sentence about care."] * 6), (), 5)
    assert whole_paragraph(first, long) is None


def test_a_figure_asked_against_an_earlier_date_brings_the_sentence_that_gives_it():
    from types import SimpleNamespace

    from assistant.answering.extractive import _figure_sentence
    from assistant.answering.focus import read_focus
    plans = Paragraph(None, "- At 29 January 2018, 296 children were the subject of a child "
                            "protection plan. This is an increase from 158 children at 31 March "
                            "2017. Plans are reviewed on time.", (), 7, "bullet")
    report = Report("lambeth", "l.pdf", "Lambeth", 9, (plans,), ())
    passage = Passage(report, plans, tuple((s, 0.6) for s in (
        "- At 29 January 2018, 296 children were the subject of a child protection plan.",
        "This is an increase from 158 children at 31 March 2017.",
        "Plans are reviewed on time.")), 0.6, 0.6)
    ctx = SimpleNamespace(searcher=SimpleNamespace(idf=lambda term: 1.0), corpus_text="")

    def quote(question: str) -> str:
        q = SimpleNamespace(focus=read_focus(question), glosses={}, text=question)
        return _figure_sentence(q, ["protect", "plan"], [passage], ctx).citations[-1].quote

    assert quote("How many children were on protection plans, compared with March 2017?") == (
        "- At 29 January 2018, 296 children were the subject of a child protection plan. This "
        "is an increase from 158 children at 31 March 2017.")
    # the sentence that goes on with the figure ("This is ...") comes with it whatever is asked
    assert quote("How many children were on protection plans?").endswith("31 March 2017.")
    plans_only = Passage(report, plans, (passage.sentences[0], passage.sentences[2]), 0.6, 0.6)
    shorter = Paragraph(None, "- At 29 January 2018, 296 children were the subject of a child "
                              "protection plan. Plans are reviewed on time.", (), 7, "bullet")
    assert _figure_sentence(
        SimpleNamespace(focus=read_focus("How many children were on protection plans?"),
                        glosses={}, text="How many children were on protection plans?"),
        ["protect", "plan"], [Passage(report, shorter, plans_only.sentences, 0.6, 0.6)],
        ctx).citations[-1].quote == (
        "- At 29 January 2018, 296 children were the subject of a child protection plan.")


def test_an_item_counted_from_the_line_before_its_lead_in_comes_with_that_line():
    from assistant.answering.extractive import _counted_from
    from assistant.records import Paragraph, Report

    lines = ["- At 14 November 2016, 224 children were being looked after (a rate of 48.5 per "
             "10,000 children).", "Of this number:", "- 152 (or 68%) live outside the area",
             "- 18 are unaccompanied asylum-seeking children"]
    paragraphs = tuple(Paragraph(None, t, ("Children looked after in this area",), 6, "bullet")
                       for t in lines)
    report = Report("sutton-2016", "s.pdf", "t", 40, paragraphs, ())
    assert _counted_from(report, paragraphs[3]) is paragraphs[0]
    assert _counted_from(report, paragraphs[0]) is None
    other = paragraphs[:1] + (Paragraph(None, "The children live:", (), 6, "text"),) + \
        paragraphs[3:]
    assert _counted_from(Report("x", "s", "t", 1, other, ()), other[2]) is None


def test_a_total_in_the_lead_in_line_itself_comes_with_the_item():
    from assistant.answering.extractive import _counted_from
    from assistant.records import Paragraph, Report

    lines = ["- At 29 January 2018, 407 children are being looked after by the local authority. "
             "Of this number:", "- 294 (or 72%) live outside the local authority area"]
    paragraphs = tuple(Paragraph(None, t, (), 7, "bullet") for t in lines)
    report = Report("lambeth-2018", "l.pdf", "t", 40, paragraphs, ())
    assert _counted_from(report, paragraphs[1]) is paragraphs[0]


def _figure_passage(*sentences: str) -> Passage:
    paragraph = Paragraph(82, " ".join(sentences), ("Care leavers",), 26)
    report = Report("leicester", "l.pdf", "Leicester", 30, (paragraph,), ())
    return Passage(report, paragraph, tuple((s, 0.6) for s in sentences), 0.6, 0.6)


def _quotes(question: str, wanted: list[str], passage: Passage) -> list[str]:
    from types import SimpleNamespace

    from assistant.answering.extractive import _figure_sentence
    from assistant.answering.focus import read_focus
    q = SimpleNamespace(focus=read_focus(question), glosses={}, text=question, place_words=set())
    ctx = SimpleNamespace(searcher=SimpleNamespace(idf=lambda term: 1.0), corpus_text="")
    return [c.quote for c in _figure_sentence(q, wanted, [passage], ctx).citations]


def test_a_sentence_that_names_a_figure_without_giving_it_comes_with_the_next_one():
    passage = _figure_passage(
        "A high percentage of care leavers aged between 18- and 21-years-old are NEET.",
        "At 38% (79), there has been some, but not sufficient, reduction.",
        "Personal advisers know them well.")
    assert _quotes("What share of care leavers were NEET?", ["leaver", "neet"], passage) == [
        "A high percentage of care leavers aged between 18- and 21-years-old are NEET. At 38% "
        "(79), there has been some, but not sufficient, reduction."]


def test_a_figure_the_next_sentence_updates_comes_with_that_sentence():
    passage = _figure_passage(
        "In November 2014, just 11 young people were staying put with their foster carers.",
        "By November 2015, the number has increased to 36.",
        "Foster carers are well supported.")
    assert _quotes("How many young people were staying put?", ["stay", "put"], passage) == [
        "In November 2014, just 11 young people were staying put with their foster carers. By "
        "November 2015, the number has increased to 36."]
    # a sentence that says something else is not brought along
    other = _figure_passage("In November 2015, 36 young people were staying put.",
                            "Foster carers receive 12 training sessions a year.")
    assert _quotes("How many young people were staying put?", ["stay", "put"], other) == [
        "In November 2015, 36 young people were staying put."]


def test_a_figure_comes_with_the_next_sentence_that_breaks_it_down():
    passage = _figure_passage(
        "At the time of the inspection, the council had 160 open cases of children missing "
        "education.", "Of those, 18 involved children coming into the borough and 142 of "
        "children leaving.", "Personal advisers know them well.")
    assert _quotes("How many open cases of children missing education were there?",
                   ["open", "case", "miss", "educ"], passage) == [
        "At the time of the inspection, the council had 160 open cases of children missing "
        "education. Of those, 18 involved children coming into the borough and 142 of "
        "children leaving."]


def test_a_figure_asked_whether_it_went_down_comes_with_the_change_after_it():
    passage = _figure_passage("In 2013–14, 87 children were adopted.",
                              "There has been a slight reduction in 2014–15 to 68 children.")
    assert _quotes("How many children were adopted in 2013–14, and did that go down?",
                   ["adopt"], passage)[0] == (
        "In 2013–14, 87 children were adopted. There has been a slight reduction in 2014–15 "
        "to 68 children.")


def test_the_rest_of_a_question_is_answered_by_the_sentence_after_its_figure():
    passage = _figure_passage("The local authority operates 6 children's homes.",
                              "One was judged to be inadequate and is closed.",
                              "Care leavers are well supported.")
    assert _quotes("How many children's homes did the council run, and were any closed?",
                   ["home"], passage) == [
        "The local authority operates 6 children's homes. One was judged to be inadequate "
        "and is closed."]
    # a sentence that answers nothing the rest of the question asks is not brought along
    assert _quotes("How many children's homes did the council run, and who visited them?",
                   ["home"], passage) == ["The local authority operates 6 children's homes."]


def test_a_year_is_no_count_of_what_the_question_counts():
    dated = _figure_passage("Since the inspection in 2021, care leavers over 21 have been "
                            "closed too early.", "Personal advisers know them well.")
    # (a count the question qualifies, "over 21", is read as any number)
    asked = "Exactly how many care leavers over 21 had the council closed too early?"
    assert _quotes(asked, ["leaver", "close", "earli"], dated) == []
    counted = _figure_passage("Since the inspection in 2021, 40 care leavers have been closed "
                              "too early.")
    assert _quotes(asked, ["leaver", "close", "earli"], counted) == [
        "Since the inspection in 2021, 40 care leavers have been closed too early."]
    # asked when, the year is the answer
    assert _quotes("When were care leavers closed too early?", ["leaver", "close", "earli"],
                   dated) == ["Since the inspection in 2021, care leavers over 21 have been "
                              "closed too early."]


def _two_figures(question: str, passage: Passage) -> list[str]:
    from types import SimpleNamespace

    from assistant.answering.context import AskedQuestion
    from assistant.answering.extractive import _figures
    from assistant.answering.focus import read_focus
    from assistant.routing import Scope
    q = AskedQuestion(question, question, Scope(None, False), (), 5, read_focus(question))
    ctx = SimpleNamespace(searcher=SimpleNamespace(idf=lambda term: 1.0), corpus_text="",
                          summaries=[])
    return [c.quote for c in _figures(q, question, [passage], ctx).citations]


def test_a_second_figure_asked_in_other_words_is_the_figure_after_the_first():
    passage = _figure_passage(
        "At the end of October 2015, there were 148 fostering households.",
        "There is a vacancy rate of 31% (47).", "Carers value their training.")
    quotes = _two_figures("How many fostering households were there, and how many places "
                          "were empty?", passage)
    assert quotes == ["At the end of October 2015, there were 148 fostering households. There "
                      "is a vacancy rate of 31% (47)."]


def test_two_figures_asked_in_one_question_are_each_found():
    from types import SimpleNamespace

    from assistant.answering.extractive import _figures
    from assistant.answering.focus import read_focus
    passage = _figure_passage(
        "The council looks after 550 children, a rate of 84 per 10,000.",
        "Caseloads are manageable for most social workers.",
        "Of these, 40 are unaccompanied asylum-seeking children placed by the national scheme.")
    question = ("How many children did the council look after, and how many of them were "
                "unaccompanied asylum seekers?")
    from assistant.answering.context import AskedQuestion
    from assistant.routing import Scope
    q = AskedQuestion(question, question, Scope(None, False), (), 5, read_focus(question))
    ctx = SimpleNamespace(searcher=SimpleNamespace(idf=lambda term: 1.0), corpus_text="",
                          summaries=[])
    quotes = [c.quote for c in _figures(q, question, [passage], ctx).citations]
    assert any("550 children" in quote for quote in quotes)
    assert any("40 are unaccompanied" in quote for quote in quotes)


def test_how_much_something_rose_is_answered_by_a_sentence_that_gives_a_change():
    paragraph = Paragraph(39, "Children, including UASC in Years 10 and 11, are discussed at "
                              "panels. The number of UASC has doubled from 20 to 40.", (), 18)
    report = Report("thurrock", "t.pdf", "Thurrock", 30, (paragraph,), ())
    passage = Passage(report, paragraph, (
        ("Children, including UASC in Years 10 and 11, are discussed at panels.", 0.6),
        ("The number of UASC has doubled from 20 to 40.", 0.5)), 0.6, 0.6)
    assert _quotes("By how much did the number of UASC rise?", ["uasc"], passage) == [
        "The number of UASC has doubled from 20 to 40."]
    assert _quotes("How many were discussed at panels?", ["uasc"], passage)[0].startswith(
        "Children, including UASC")


def test_a_count_of_what_the_sentence_before_names_comes_with_that_sentence():
    passage = _figure_passage(
        "Care leavers can stay put with their foster carers after they turn 18.",
        "At the time of the inspection, the local authority had 21 young people in these "
        "arrangements.",
        "At the time of the inspection, 29 care leavers were living in unsuitable housing.")
    quotes = _quotes("How many care leavers were staying put?", ["leaver", "stay", "put"],
                     passage)
    assert quotes == ["Care leavers can stay put with their foster carers after they turn 18. At "
                      "the time of the inspection, the local authority had 21 young people in "
                      "these arrangements."]


def test_a_figure_sentence_opening_on_a_pronoun_is_read_with_the_sentence_it_refers_to():
    """"This was the case for one child ..." counts what the sentence before names; "... it
    only had two members" after a phrase setting the time counts the council named before."""
    passage = _figure_passage(
        "The children in care council, Speak Up, is under-developed.",
        "At the time of this inspection, it only had two members.",
        "Five young people sit on the youth forum.")
    quotes = _quotes("How many members did the children in care council have?",
                     ["council", "member"], passage)
    assert quotes[0] == ("The children in care council, Speak Up, is under-developed. At the "
                         "time of this inspection, it only had two members."), quotes
    # a sentence that names a share without giving it is no count of the one before it: the
    # figure is in the sentence after it
    passage = _figure_passage(
        "Recommendations of health assessments are transferred into health plans.",
        "This practice results in high levels of performance; for example a high percentage "
        "of looked after children have up-to-date immunisations.",
        "At 92.7%, it is well above the average for similar authorities of 85.3%.")
    quotes = _quotes("What proportion of looked after children had up-to-date immunisations?",
                     ["immunis"], passage)
    assert "92.7%" in quotes[0], quotes


def test_a_figure_sentence_holding_the_topic_answers_though_no_passage_holds_every_word(
        sample_assistant):
    # "short overnight breaks" is "overnight respite care" in the report: the sentence that
    # gives the count holds the topic, so the figure is the answer, not a refusal.
    answer = sample_assistant.ask("How many youngsters got short overnight breaks?")
    assert answer.citations and answer.citations[0].paragraph == 6, answer.text
    assert "82 children are in receipt of overnight respite care" in answer.citations[0].quote


def test_the_year_before_the_inspection_dates_a_figure_and_asks_for_no_change():
    passage = _figure_passage(
        "In the twelve months before the inspection, 40 children were adopted.",
        "There has been an increase of 12 more children adopted than the previous year.")
    asked = "How many children were adopted in the year before the 2014 inspection?"
    assert _quotes(asked, ["adopt"], passage)[0] == (
        "In the twelve months before the inspection, 40 children were adopted.")
    assert _quotes("How many more children were adopted than the year before?", ["adopt"],
                   passage)[0].startswith("There has been an increase")


def test_a_close_second_figure_is_quoted_after_the_best_and_a_distant_one_is_not():
    passage = _figure_passage(
        "In the twelve months before the inspection, 40 children were adopted.",
        "There has been an increase of 12 more children adopted than the previous year.",
        "There were 18 approved adoptive families waiting for a match.")
    quotes = _quotes("How many children were adopted?", ["adopt"], passage)
    assert quotes == ["In the twelve months before the inspection, 40 children were adopted.",
                      "There has been an increase of 12 more children adopted than the "
                      "previous year."]
    # only one sentence holds both words asked for: the others score far below it
    assert _quotes("How many adoptive families were waiting?", ["adopt", "wait"], passage) == [
        "There were 18 approved adoptive families waiting for a match."]


def test_a_yes_no_question_about_a_figure_may_be_answered_in_words():
    from assistant.answering.extractive import _YES_NO
    from assistant.answering.focus import main_clause

    # "a significant reduction" answers it when the report gives no number
    assert _YES_NO.match(main_clause(
        "North Lincolnshire 2026 – did the number of kids missing from school go down?"))
    assert not _YES_NO.match(main_clause("How many kids were missing from school?"))


def test_a_number_the_question_states_is_not_the_figure_it_asks_for():
    # "under 16" names who is counted; the sentence gives no count of them
    passage = _figure_passage(
        "A small but significant number of children under 16 live in unregistered settings.")
    assert _quotes("How many children under 16 were living in unregistered homes?",
                   ["unregist", "home"], passage) == []
    # the same number elsewhere in the sentence may be the answer ("'50 futures'" names a
    # scheme, "beyond 50" is how far it has grown)
    passage = _figure_passage("Leaders developed a '50 futures' work experience project. "
                              "The number of work experience pathways has grown beyond 50.")
    assert _quotes("How many work experience pathways has the '50 futures' scheme grown to?",
                   ["pathway"], passage)


def test_a_section_number_is_no_count():
    from assistant.answering.focus import figure_pattern

    counted = figure_pattern("How many children were on child protection plans?")
    assert not counted.search("Section 47 child protection enquiries build on strategy "
                              "meetings.")
    assert counted.search("There were 47 children on child protection plans.")


def test_a_count_of_something_else_for_them_is_no_count_of_them():
    from assistant.answering.focus import figure_pattern

    counted = figure_pattern("How many care leavers were in temporary accommodation?")
    assert not counted.search("9 new-build properties for care leavers")
    assert not counted.search("The proportion of 17- and 18-year-old care leavers in work")
    assert counted.search("12 care leavers live in temporary accommodation")
    assert counted.search("three of the care leavers were in hostels")


def test_an_age_reached_and_a_count_in_brackets_with_words_are_figures():
    from assistant.answering.focus import figure_pattern

    age = figure_pattern("At what age do children in care get a leaving care worker?")
    assert age.search("Personal advisers are allocated when children in care reach 16.")
    counted = figure_pattern("How many children from other councils were living in Kent?")
    assert counted.search("children who are placed in Kent by other local authorities (1,309 "
                          "at the time of the inspection)")


def test_a_second_figure_asked_as_the_target_is_found_too():
    from assistant.answering.extractive import _SECOND_FIGURE

    parts = _SECOND_FIGURE.split("How many adopters were approved, and what was the target?")
    assert parts == ["How many adopters were approved", "what was the target?"]


def test_a_quote_that_opens_while_this_starts_at_the_sentence_it_refers_to():
    from assistant.quotes import with_antecedent
    from assistant.records import Citation

    paragraph = Paragraph(75, "The average time in the three years 2012–15 is 603 days. While "
                              "this does not meet the national threshold of 487 days, it is "
                              "better than the national average.", (), 25)
    quote = ("While this does not meet the national threshold of 487 days, it is better than "
             "the national average.")
    cited = with_antecedent(Citation("m", "m.pdf", "M", 75, 25, "", quote, 1.0), paragraph)
    assert cited.quote.startswith("The average time in the three years 2012–15 is 603 days.")


def test_a_time_counts_no_people_unless_times_are_counted():
    from assistant.answering.focus import figure_pattern

    people = figure_pattern("How many children were being educated at home?")
    assert not people.search("interviews completed within 72 hours of a young person "
                             "returning home")
    assert people.search("There were 72 children educated at home.")
    assert figure_pattern("How many weeks were care proceedings taking?").search(
        "Care proceedings took 30 weeks on average.")


def test_a_distance_asked_with_no_topic_of_its_own_needs_no_topic_words():
    from assistant.answering.extractive import _figure_topic

    assert _figure_topic("How far away do the kids in care live?", set()) == []
    # a plain count still needs what it counts
    assert _figure_topic("How many children were in care?", set())


def test_the_year_of_data_asked_for_chooses_the_figure_s_sentence():
    passage = _figure_passage(
        "In 2014–15, 68% of care leavers went on to further or higher education.",
        "In 2015–16, the proportion had risen to 69%.")
    assert _quotes("What share of care leavers were in education in 2015–16?", ["leaver"],
                   passage)[0].startswith("In 2015–16, the proportion had risen to 69%.")
    assert _quotes("What share of care leavers were in education in 2014–15?", ["leaver"],
                   passage)[0].startswith("In 2014–15, 68%")


def test_a_share_named_in_words_answers_only_with_the_figure_after_it():
    given = _figure_passage(
        "A high percentage of care leavers aged 18 to 21 are NEET.",
        "At 38% (79), there has been some reduction.")
    assert _quotes("What share of care leavers were NEET?", ["leaver", "neet"], given) == [
        "A high percentage of care leavers aged 18 to 21 are NEET. At 38% (79), there has "
        "been some reduction."]
    never = _figure_passage(
        "Data indicates improvements in the percentage of care leavers in employment.",
        "Personal advisers know them well.")
    assert _quotes("What percentage of care leavers were in employment?", ["leaver", "employ"],
                   never) == []


def test_numbers_the_question_states_side_by_side_are_each_set_aside():
    from assistant.answering.extractive import _asked_numbers, _without_numbers

    numbers = _asked_numbers("How many 16- and 17-year-olds were in unregistered homes?")
    assert _without_numbers("Some children aged 16 and 17 live in unregistered homes.",
                            numbers) == "Some children aged _ and _ live in unregistered homes."


def test_an_age_group_s_name_is_no_count():
    from assistant.answering.focus import figure_pattern

    counted = figure_pattern("How many care leavers were in bed and breakfasts?")
    assert not counted.search("B&Bs are used on a regular basis for 16+ and care leavers.")
    assert counted.search("16 care leavers were in B&Bs.")


@pytest.mark.parametrize("sentence", [
    "leaders share learning through 7-minute briefings",
    "They can join a week-long group work programme when they come into care.",
    "Some strategy meetings are delayed, sometimes by more than a week.",
])
def test_how_long_is_given_by_a_length_of_time_in_words(sentence):
    from assistant.answering.focus import figure_pattern

    assert figure_pattern("How long does it take?").search(sentence)
    assert not figure_pattern("How long does it take?").search("Meetings are well attended.")


def test_an_abbreviation_counted_matches_as_the_question_writes_it():
    from assistant.answering.focus import figure_pattern

    counted = figure_pattern("How many Ofsted HMI were on the inspection team?")
    assert counted.search("a team of inspectors, including: two HMI from education")
    assert not counted.search("Dates of inspection: 4 to 8 March 2024")


def test_inspectors_are_counted_under_their_capitalised_title():
    from assistant.answering.focus import figure_pattern

    team = "The inspection team consisted of six of Her Majesty’s Inspectors (HMI) from Ofsted."
    assert figure_pattern("How many HMIs were on the team?").search(team)
    assert figure_pattern("How many inspectors came out for the focused visit?").search(
        "The visit was conducted by two of Her Majesty's Inspectors.")
    # the title counts only inspectors
    assert not figure_pattern("How many social workers were there?").search(team)


def test_a_number_that_remains_at_a_count_gives_it():
    from assistant.answering.focus import figure_pattern

    counted = figure_pattern("After all the publicity, how many private fostering referrals had "
                             "actually come in?")
    assert counted.search("Despite this, the number of referrals remains low at three.")
    assert counted.search("The number of referrals remained at 12 for the year.")
    assert not counted.search("Referrals remain low.")


def test_a_date_asked_with_its_grade_comes_with_the_sentence_that_grades_it():
    passage = _figure_passage("The previous inspection of services for looked after children "
                              "was in December 2010.", "The local authority was judged to be good.")
    asked = "When was the council last inspected before 2014, and what did it get?"
    assert _quotes(asked, ["previous", "inspect"], passage) == [
        "The previous inspection of services for looked after children was in December 2010. "
        "The local authority was judged to be good."]
    assert _quotes("When was the council last inspected before 2014?", ["previous", "inspect"],
                   passage) == ["The previous inspection of services for looked after children "
                                "was in December 2010."]


def test_how_long_someone_had_been_in_post_is_the_date_they_started():
    """"How long had the director been in post?" is answered by "in post since June 2011" and
    by "Since his appointment, in 2013, ..."."""
    from assistant.answering.focus import figure_pattern

    tenure = figure_pattern("How long had the director been in post?")
    assert tenure.search("The chair of the LSCB has been in post since June 2011.")
    assert tenure.search("Since his appointment, in 2013, the current director of children’s "
                         "services has championed children’s issues.")
    assert not tenure.search("The director of children’s services has championed children’s "
                             "issues.")


def test_how_often_is_answered_in_words_when_the_report_gives_no_figure(two_reports_assistant):
    """Bristol 2023 gives no figure for how often disabled children's plans are reviewed, and
    says they are "reviewed regularly": that is the answer, not a refusal."""
    answer = two_reports_assistant.ask("Bristol 2023: how often were disabled children's plans "
                                       "reviewed?")
    assert answer.citations, answer.text
    assert "reviewed regularly" in answer.text, answer.text
    # a figure, where one is given, still answers: the words are only the fallback
    from assistant.answering.focus import OFTEN_IN_WORDS, figure_pattern

    assert figure_pattern("How often do they visit?").search("visited every six weeks")
    assert not figure_pattern("How often do they visit?").search("they visit regularly")
    assert OFTEN_IN_WORDS.search("whom they see frequently")


def test_an_abbreviation_counted_is_also_counted_as_the_reports_write_it_out():
    """"How many SGOs?" counts what the reports write as "special guardianship orders", and
    "LADO referrals" are still counted as written."""
    from types import SimpleNamespace

    from assistant.answering.extractive import _figure_kind

    ctx = SimpleNamespace(corpus_text="Special guardianship orders (SGOs) are made. The local "
                                      "authority designated officer (LADO) is busy.")
    sgo = _figure_kind("Number of SGOs made for Devon children over the last year?", ctx)
    assert sgo.search("13 children became subject to special guardianship orders")
    assert sgo.search("There were 13 SGOs in the year.")
    lado = _figure_kind("How many LADO referrals were there?", ctx)
    assert lado.search("The LADO received 231 referrals.")


def test_a_count_can_follow_what_it_counts_as_what_it_rose_or_fell_to():
    from assistant.answering.focus import figure_pattern

    counted = figure_pattern("What was the number of LADO referrals in 2014–15?")
    assert counted.search("This has had a positive impact and referrals have increased to 103 "
                          "in 2014–15 – an increase from 98 in 2013–14.")
    assert counted.search("At the end of March, referrals stood at 420.")
    # a rise to a year is no count
    assert not counted.search("Since then, referrals have increased to 2015 levels.")


@pytest.mark.parametrize("question, sentence, states", [
    # the question's number, as it has it, in figures or in words
    ("How many children had been on a plan for over 2 years?",
     "This affects five children on plans for more than two years.", True),
    ("How many children had been on a plan for more than two years?",
     "Five children have been on plans for over 2 years.", True),
    ("How many children had been on a plan for over 2 years?",
     "At 30 November, 421 children were the subject of a plan.", False),
    # (a number beside other words is not the question's)
    ("How many children under 16 were in care?", "There were 16 foster carers.", False),
])
def test_a_figure_s_sentence_that_states_the_question_s_own_number_is_preferred(
        question, sentence, states):
    from assistant.answering.extractive import _asked_numbers, _states_asked

    assert _states_asked(sentence, _asked_numbers(question, in_words=True)) is states
