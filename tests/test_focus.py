"""What a question asks for, read from its main clause: a table of paraphrases."""

from __future__ import annotations

import re

import pytest

from assistant.answering.focus import (figure_pattern, main_clause, plain_wording, read_focus,
                                      without_preface)

PLACES = {"wigan", "sefton", "devon", "bristol", "luton", "wiltshir", "essex", "derbi"}

CASES = [
    # Framing that mentions the inspection is not the question.
    ("When Wigan was inspected in 2025, how were disabled children supported?", "content"),
    ("In its 2022 inspection, what did Ofsted say about Sefton's front door?", "content"),
    ("Between Wigan's 2021 inspection and the one in 2024, when did Ofsted make focused "
     "visits?", "dates"),
    ("Havering 2018 – which part came out weakest?", "grade"),
    ("How long did Ofsted spend inspecting Stoke in 2019?", "dates"),
    ("How long was the Wigan focused visit?", "dates"),
    ("What were the first things the council was told to fix?", "summary"),
    ("How much clout did the group speaking for kids in care have?", "content"),
    ("How does Bristol judge whether a care leaver is ready to live alone?", "content"),
    ("What did the family judge and Cafcass think of the Swift team's court assessments?",
     "content"),
    ("How much say do kids in care have in shaping services?", "content"),
    ("How do they decide how much support a care leaver gets?", "content"),
    ("Over what period had auditing been strengthened?", "figure"),
    ("How did Wigan work out how often to go and see each child?", "content"),
    ("Why does Wigan have a fair number of mixed-heritage children?", "content"),
    ("When exactly were the inspectors in Wigan in 2018?", "dates"),
    ("What date is on Ofsted's letter after the Wigan focused visit?", "dates"),
    ("Wigan 2024 — outstanding across the board, or did one area come in lower?", "grade"),
    ("Wigan's inspection that ended in 2018 – what were the exact dates?", "dates"),
    ("Were some Wigan kids in foster homes left not knowing if they'd be staying for good?",
     "content"),
    ("Exact dates of Knowsley's children's services inspection in late 2024?", "dates"),
    ("Dates of the Sefton focused visit, please?", "dates"),
    # another kind of inspection the report mentions: its date is in the text
    ("When was Wigan's joint targeted area inspection, as the 2019 report says?", "figure"),
    ("How much did the council spend on agency staff?", "figure"),
    ("Cornwall 2019 – in what year was the full inspection before this one?", "dates"),
    ("In which year did York adopt the model that inspectors said had not been embedded?",
     "figure"),
    ("How long did inspectors find children waited for adoption?", "figure"),
    ("How many young people was Devon's exploitation team working with when Ofsted "
     "inspected in 2015?", "figure"),
    ("What percentage of families said early help helped (2016 inspection)?", "figure"),
    ("What was the yearly social worker turnover rate by the time of the 2015 visit?",
     "figure"),
    ("What proportion of children's homes were judged good?", "figure"),
    ("Up to what age can care leavers get support?", "figure"),
    ("What was the council's budget for children's social care?", "figure"),
    # Saying "inspectors found" asks what they found, not who they were.
    ("What did inspectors find about the lead professional role?", "content"),
    ("What did the lead inspector find about care leavers?", "content"),
    ("What did the inspection say about private fostering?", "content"),
    ("Who led Sefton's 2011 inspection?", "inspector"),
    ("Which HMI led the 2023 inspection?", "inspector"),
    ("Who was the lead inspector?", "inspector"),
    ("Name of the inspector who led it?", "inspector"),
    ("Who led the Ofsted team in Hull in 2019?", "inspector"),
    ("Enfield SEND 2023 - who led for the Care Quality Commission?", "inspector"),
    ("Who was in charge of the visit?", "inspector"),
    # Running a service or a department is a manager's or a director's job, not an inspector's.
    ("Who ran the leaving care service?", "content"),
    ("Who was in charge of the council's children's services?", "content"),
    ("When was Bristol inspected?", "dates"),
    ("What were the inspection dates?", "dates"),
    ("When did the inspection take place?", "dates"),
    ("When was the report published?", "dates"),
    ("When will Ofsted be back?", "dates"),
    # "was it any good?" asks what the report says; "the family court judge" is a person
    ("What's the children in care council called, and was it any good?", "content"),
    ("What did the family court judge think of the council's work?", "content"),
    ("How did inspectors judge adoption?", "grade"),
    ("How badly did Luton do overall in 2020, and which part was worst?", "grade"),
    ("Which part of Gateshead's 2015 inspection fell short of good?", "grade"),
    ("How did it come out overall, and what dragged it down most?", "grade"),
    ("How did Derby's kids in care do at GCSE age?", "content"),
    ("How did Derby do at the 2025 inspection?", "grade"),
    ("Care leavers in Derby and Hull – did both councils get top marks for them?", "grade"),
    ("Which week were the inspectors in Blackpool for the SEND inspection?", "dates"),
    ("Over what weeks were inspectors in Greenwich?", "dates"),
    ("When were inspectors in North Lincolnshire?", "dates"),
    ("Before the 2016 inspection, when had Ofsted last looked at Greenwich?", "dates"),
    ("When is the next SEND inspection due?", "dates"),
    # when something the report speaks of happened is a date to find, not the inspection's
    ("When did the children return home?", "figure"),
    ("what was the grade for partnership working?", "grade"),
    ("How did Wigan do for children in care in 2025?", "grade"),
    ("How did Ofsted judge the impact of leaders?", "grade"),
    ("Was partnership working good?", "grade"),
    ("How did Ofsted rate Hartlepool's support for care leavers in 2024?", "grade"),
    ("In the 2019 inspection of Derbyshire, how did Ofsted rate services for children needing "
     "help and protection?", "grade"),
    ("Which areas were judged outstanding?", "grade"),
    # A grade word keeps "overall" a grade question; "how did X do" without "overall" too.
    ("How was Wigan judged overall in 2024?", "grade"),
    ("What grade did Devon get overall at its 2015 inspection?", "grade"),
    ("How did Wigan do in 2025?", "grade"),
    ("Bexley and Havering were both inspected in 2018 – which came out better overall?",
     "grade"),
    ("How did the City of London's 2016 overall result compare with Newham's in 2019?",
     "grade"),
    ("Sutton 2016 – overall verdict, and which area lagged behind?", "grade"),
    ("Hull in 2019 – what was the final verdict, and which bit of the service dragged it down?",
     "grade"),
    ("Nottingham 2014 – overall verdict, and did the safeguarding board do any better?",
     "grade"),
    ("What A-level pass rate did Hertfordshire's children in care get?", "figure"),
    ("What did Ofsted rate as good in Hertfordshire?", "grade"),
    ("Which inspectors did the Bristol focused visit in 2025?", "inspector"),
    ("Who did Kent team up with to turn its adoption service around?", "content"),
    ("When had Cornwall's SEND services last been inspected before 2023?", "dates"),
    ("What support is there for victims of domestic violence?", "content"),
    ("How well does Wirral protect children from exploitation?", "content"),
    # a noun "rates" is a figure's, the verb "rate" a grade's
    ("Devon 2019: how did NEET rates for 17-year-old care leavers compare nationally?",
     "content"),
    ("How did Ofsted rate Wigan's support for care leavers in 2024?", "grade"),
    # "what they had to do" is not how well the council did
    ("How well did Wigan's letters to parents explain what they had to do? 2026 inspection",
     "content"),
    ("How well did Wigan do on care leavers in 2026?", "grade"),
    ("Brighton & Hove 2018 – over which dates did the inspection run?", "dates"),
    ("Blackburn with Darwen 2025 – on-site inspection dates?", "dates"),
    ("Which person at Sefton council received the 2018 focused visit letter?", "addressee"),
    ("Staffordshire 2018 focused visit – which senior officer received the letter?",
     "addressee"),
    # how others rate the council's work is what the report says, not a grade
    ("Devon 2019 – how did the courts and Cafcass rate the evidence the council put before "
     "them?", "content"),
    ("How were Wigan's care leavers rated in 2025?", "grade"),
    ("How did care leavers' services rate in Devon 2015?", "grade"),
    ("The Luton inspection that came out in August 2017 - on what date did the inspection "
     "fieldwork begin?", "dates"),
    ("Brent 2026 inspection: how frequent is the training for practitioners?", "figure"),
    # how far reviewing officers did something, how far along reforms are: no figure
    ("Devon 2024 – how much were independent reviewing officers seeing children outside of "
     "review meetings?", "content"),
    ("Devon 2026 – how far along is the council with the national reforms to family help?",
     "content"),
    ("How much was Devon spending on agency staff in 2015?", "figure"),
    ("Devon 2014: what rise in domestic violence referrals followed the new board?", "figure"),
    ("Who got Ofsted's letter after the Wigan focused visit?", "addressee"),
    ("Wigan focused visit 2020 – who was the letter's recipient?", "addressee"),
    ("I need the recipient and the date of Ofsted's letter to Sefton after its 2018 focused "
     "visit.", "addressee"),
    # what the asker is doing frames the question
    ("I'm pulling together numbers for a placements paper – roughly how many children "
     "placed in Devon by other councils were there in 2017?", "figure"),
    ("I'm writing a piece on staff culture – what was the tone when Luton's social workers "
     "described the children on their caseloads in 2025?", "content"),
]

SUMMARIES = [
    ("What were the urgent must-dos Ofsted set the SEND partnership?", "improve"),
    # the council and its health partners, and children with SEND, are a SEND report's own
    ("Devon SEND inspection: what have the council and health partners been told to improve "
     "for kids with SEND?", "improve"),
    ("What's the full list of things the council has to improve?", "improve"),
    ("What are the main weaknesses?", "weaknesses"),
    ("What are Wiltshire's main weaknesses according to the 2019 inspection?", "weaknesses"),
    ("What needs to improve in Luton's children's services (2020)?", "improve"),
    ("What must Wigan improve, according to Ofsted's 2021 inspection?", "improve"),
    ("What does Bristol need to fix in its children's services after the 2023 inspection?",
     "improve"),
    ("What does Devon still need to get better at in children's social care?", "improve"),
    ("What did Wigan's 2018 focused visit find?", "overview"),
    ("What did the 2019 Wigan inspection find?", "overview"),
    ("What should the council do better?", "recommendations"),
    ("Where does the council need to improve?", "improve"),
    ("What were the recommendations for Devon in 2015?", "recommendations"),
    ("What did Ofsted recommend Bristol do after its 2023 inspection?", "recommendations"),
    ("Summarise the main findings for Wigan in 2025", "overview"),
    ("Give me an overview of what Ofsted found in Sefton.", "overview"),
    ("What are the council's key strengths?", "strengths"),
    ("What is going well?", "strengths"),
    ("What did Ofsted say Devon needed to improve after the 2014 inspection?", "improve"),
    ("What did Ofsted tell Luton to improve in its inspection ending November 2018?",
     "improve"),
    ("What were inspectors asking Bristol to work on?", "improve"),
    ("Derby 2025 – what's the one thing inspectors said still needs fixing?", "improve"),
    ("Bristol 2025 focused visit – what still needs work?", "improve"),
    ("What areas did Ofsted flag for improvement after Wigan's October 2020 focused visit?",
     "improve"),
    ("Which areas were weakest in Bristol's 2023 inspection?", "weaknesses"),
    ("What three things did Ofsted want Luton to improve after the 2026 inspection?",
     "improve"),
    ("Sum up how Wigan did in its 2017 re-inspection.", "overview"),
    ("Overall, how had Sefton's children's services changed by the 2022 inspection?",
     "overview"),
    ("How did Devon's children's services come out of the 2024 inspection overall?",
     "overview"),
    ("Why was Wigan judged outstanding in 2024?", "overview"),
    ("What went well and what didn't in Wigan's 2019 inspection?", "overview"),
    ("How well is Devon doing on children's services, according to the 2020 inspection?",
     "overview"),
    ("What did Sefton do well?", "strengths"),
    ("Luton 2017 – overall verdict?", "overview"),
    ("How bad were things in Wigan in 2019, in a nutshell?", "overview"),
    ("Wigan 2018 – what got it from where it was to good, in a nutshell?", "overview"),
    ("Why did Wigan end up with the worst overall grade in 2024, in a nutshell?", "overview"),
    ("Quick overview of how Devon did in 2018?", "overview"),
    ("Why did Luton get inadequate in 2020?", "overview"),
    ("What did Ofsted tell Bristol to tighten up after the 2017 inspection?", "improve"),
    ("What should Derby shore up?", "improve"),
    ("What did Ofsted tell Wigan to fix straight away in 2014?", "improve"),
    ("What did Devon need to do right away in 2014?", "recommendations"),
    ("What did Ofsted say had to be done straight away in Devon?", "recommendations"),
    ("What did Ofsted say Devon had to do urgently?", "recommendations"),
    ("Did Devon have anything that needed fixing urgently in 2014?", "improve"),
    ("Where was Luton falling short in 2015?", "weaknesses"),
    ("Where did Sefton fall short?", "weaknesses"),
    ("Devon 2015 in a nutshell: where was it falling short?", "overview"),
    ("Luton 2023: what was the overall verdict, and did any area fall short of it?",
     "overview"),
    ("Devon 2019 – what still needed work?", "improve"),
    ("Devon 2019 was outstanding – so what still needed work?", "improve"),
    ("Why did Luton only get 'requires improvement' in 2014 – the main reasons?", "overview"),
    ("What's the big picture in Wigan?", "overview"),
    ("Luton 2015 inspection: what did Ofsted tell the council it should do next?",
     "recommendations"),
    ("I'm writing a briefing for Devon's board – what did Ofsted tell the council to do next "
     "after the 2015 inspection?", "recommendations"),
    ("Devon 2024 inspection – which areas did inspectors say needed improving?", "improve"),
    ("Devon 2014 – which priority actions did inspectors say had to be taken immediately?",
     "improve"),
    ("I need the list of improvement areas from Devon's 2019 inspection – what were the top "
     "ones?", "improve"),
]

NOT_SUMMARIES = [
    "What needs to improve in partnership working?",
    "What was going wrong for care leavers in Devon according to the 2015 inspection?",
    "What are the weaknesses in how Walsall handles private fostering (2021)?",
    "What is working well for care leavers in Bristol according to the 2023 report?",
    "Where did Sefton fall short on care leavers?",
    "What did the virtual school have to do with the care leavers' PEPs?",
]


@pytest.mark.parametrize("question, kind", CASES)
def test_focus_is_read_from_the_whole_question(question, kind):
    assert read_focus(question, PLACES).kind == kind


@pytest.mark.parametrize("question, kind", SUMMARIES)
def test_a_report_wide_list_is_a_summary(question, kind):
    focus = read_focus(question, PLACES)
    assert (focus.kind, focus.summary) == ("summary", kind)


@pytest.mark.parametrize("question", NOT_SUMMARIES)
def test_a_list_about_one_topic_is_not_a_summary(question):
    assert read_focus(question, PLACES).kind != "summary"


@pytest.mark.parametrize("question, listed, topic", [
    ("What needs to improve for care leavers in Devon (2015)?", "improve", ("leaver",)),
    ("What did Ofsted recommend for adoption?", "recommendations",
     ("adopt",)),
])
def test_a_list_about_one_topic_keeps_the_list_and_the_topic(question, listed, topic):
    focus = read_focus(question, PLACES)
    assert (focus.kind, focus.listed, focus.topic) == ("content", listed, topic)


@pytest.mark.parametrize("question", [
    "Manchester 2014 – in a sentence, how well was it doing by care leavers?",
    "Wigan 2025 – care leavers, briefly: how were they getting on?",
    "Sefton in a line – how was it doing by care leavers?",
])
def test_asking_for_it_briefly_asks_for_the_verdict_on_the_part_named(question):
    from assistant.answering.focus import VERDICT

    focus = read_focus(question, PLACES)
    assert (focus.listed, "leaver" in focus.topic) == ("overview", True), focus
    assert VERDICT.search(focus.clause)


def test_two_councils_make_a_comparison():
    assert read_focus("Compare Bristol and Wigan on care leavers", PLACES,
                      names_several_reports=True).kind == "comparison"
    assert read_focus("Were care leavers put up in B&Bs in Luton (2020) or Devon (2015)?",
                      PLACES, names_several_reports=True).kind == "comparison"
    assert read_focus("How did Bristol and Wigan support care leavers?", PLACES,
                      names_several_reports=True).kind == "comparison"
    assert read_focus("Herefordshire 2018 v Staffordshire 2019 – how did each do at return "
                      "home interviews?", PLACES, names_several_reports=True).kind == "comparison"
    # both named before the dash
    assert read_focus("Bristol 2023 and Wigan 2024 – how good was the out-of-hours cover?",
                      PLACES, names_several_reports=True).kind == "comparison"


def test_a_question_starting_when_is_not_framing():
    assert main_clause("When will Bedford's next inspection take place, according to the "
                       "2024 report?") == "When will Bedford's next inspection take place?"


def test_framing_is_set_aside_but_never_the_whole_question():
    assert main_clause("According to the 2015 report, how long did care proceedings take?") \
        == "how long did care proceedings take?"
    assert main_clause("When was Bristol inspected?") == "When was Bristol inspected?"
    # "looking after" is a verb, not the framing "after ... inspected"
    assert main_clause("How many kids was the City of London looking after when it was "
                       "inspected in 2016?") == \
        "How many kids was the City of London looking after?"


@pytest.mark.parametrize("question, clause", [
    ("Brent 2026 – when was the council last inspected before this?",
     "when was the council last inspected before this?"),
    ("Wigan 2025: when was it inspected?", "when was it inspected?"),
    ("Barking and Dagenham SEND inspection - who led it?", "who led it?"),
    # a topic named first is the question's own, not the report's name
    ("Kids going missing from home – what did the 2024 Devon focused visit say?",
     "Kids going missing from home – what did the 2024 Devon focused visit say?"),
    ("Care cases in court: how long were they taking?",
     "Care cases in court: how long were they taking?"),
    ("Brighton & Hove 2018 – over which dates did the inspection run?",
     "over which dates did the inspection run?"),
    # a "when" clause that holds the topic stays
    ("What did inspectors find when they visited houses in multiple occupation used by Devon "
     "care leavers?", "What did inspectors find when they visited houses in multiple "
     "occupation used by Devon care leavers?"),
    ("What did inspectors find when they visited Wigan in 2025?", "What did inspectors find?"),
    # what the asker is doing is set aside, not what they are looking for or comparing
    ("I'm preparing a briefing on Devon's 2015 inspection – was mental health provision "
     "flagged as a problem?", "was mental health provision flagged as a problem?"),
    ("For a board briefing on Wigan 2017, how many children were placed out of area?",
     "how many children were placed out of area?"),
    ("I'm preparing for a board meeting – can you list the recommendations Ofsted made for "
     "Devon in 2014?", "can you list the recommendations Ofsted made for Devon in 2014?"),
    ("I'm briefing parents in Devon – did the 2023 SEND inspection find that EHC plans were "
     "often inaccurate?", "did the 2023 SEND inspection find that EHC plans were often "
     "inaccurate?"),
    ("I'm looking for what Devon offers parents who have lost children to care – what does "
     "the 2018 report say?", "I'm looking for what Devon offers parents who have lost "
     "children to care – what does the 2018 report say?"),
    # ("looked-after" is not the framing "after ... report")
    ("Comparing Devon and Luton on life story work with looked-after children – what did "
     "each report say?", "Comparing Devon and Luton on life story work with looked-after "
     "children – what did each report say?"),
])
def test_a_report_named_before_the_question_is_set_aside(question, clause):
    assert main_clause(question) == clause


def test_when_asked_of_the_inspection_after_the_report_s_name_asks_its_dates():
    assert read_focus("Brent 2026 – when was the council last inspected before this?",
                      PLACES | {"brent"}).kind == "dates"


@pytest.mark.parametrize("question, holds, lacks", [
    ("How often does the panel meet?", "An EET panel meets every six weeks to monitor all.",
     "The panel is well attended by 12 partners."),
    ("How frequently does the panel meet?", "The panel meets every six weeks.",
     "The panel is well attended by 12 partners."),
    # what is counted may be followed by what they are doing
    ("Gateshead 2015 – number of children waiting to be adopted?",
     "There are eight children currently waiting.", "There are six adopters waiting."),
    ("By how much had the number of children on plans gone up?",
     "The number of children on plans (171) has increased by 33% since March 2016.",
     "The number of children on plans has increased since March."),
    ("What proportion of care leavers were in education?",
     "Currently, 60% of care leavers are in education, employment or training.",
     "Most care leavers are helped to access employment and training."),
    ("How many children were in care at the time?",
     "There are 380 children in care.",
     "The leadership team delivers the Walsall Right 4 Children programme."),
    ("What was the number of children in care in 2014?",
     "At 3 June 2014, 416 children are being looked after.",
     "Only a very small number of children within the two age groups attend."),
    ("How many adoptions were there last year?",
     "- there have been 28 adoptions",
     "The 2012–13 adoption scorecard shows good timeliness."),
    ("How many times were teenagers placed in a B&B?",
     "Bed and breakfast accommodation has been used twice in the last year.",
     "Bed and breakfast accommodation has been used in the last year."),
    # none at all is a count
    ("How many children were in care on the islands?",
     "There are no children who are looked after in the Isles of Scilly.",
     "Children are looked after well in the Isles of Scilly."),
    # "four children's homes" counts homes, not children
    ("How many kids were in care in 2015?",
     "There were 367 children looked after by the council.",
     "The local authority operates four children’s homes."),
    # an average is a number, not the period a sentence looks back over
    ("What was the average caseload per social worker?",
     "Social workers hold an average of 18 children each.",
     "Over the last 12 months, average caseloads have notably fallen."),
    # a bracket between the number and what it counts is read past
    ("How many posts were covered by agency staff?",
     "There are only 32 (8% of the total workforce) vacant posts covered by agency workers.",
     "Offers were made, and posts are covered by agency staff."),
    # any word of what is counted may follow the number
    ("How many new homes has Torbay built for care leavers?",
     "The council has increased housing through 9 new-build properties for care leavers.",
     "Care leavers live in homes that are new to them."),
    ("How many of the kids in care live outside the city?",
     "There are 669 children living outside the city.",
     "Many kids in care live outside the city."),
    # people are counted under many names
    ("How many youngsters checked their own care plans as young inspectors?",
     "Through the programme, 10 young people audited their own plans.",
     "Young people audited their own plans."),
    # an everyday counted word under the genre's word for it
    ("How many different bosses had run the children's services?",
     "Over a short period, four directors of children’s services have led the service.",
     "The directors of children’s services have led the service."),
    # a terse count is a count of what it names, not any number
    ("North Lincolnshire 2017 – total number of children in care?",
     "At 31 March 2017, 159 children were looked after by the local authority.",
     "The inspection took place on 4 May 2017, over 4 weeks."),
    # people counted by what happened to them
    ("How many children were adopted in the year before the inspection?",
     "- there have been three adoptions",
     "- adoptions have been timely"),
    # "how many" counts, whatever money words the question also uses
    ("How many extra social work teams was the council funding?",
     "Investment has led to continued funding of two extra social work teams.",
     "Additional funding was agreed for new social work teams."),
    # how long something has lasted, given as the date it started
    ("How long had the director been in the job?",
     "The director of children's services has been in post since October 2016.",
     "The director of children's services is in post."),
    # "a second hub" makes two
    ("How many care leavers' hubs were there?",
     "A second care leavers hub has opened.",
     "The care leavers hub has opened."),
    # a count given as what the number of them rose or fell to
    ("How many care leavers were at university?",
     "The number of care leavers at university rose from seven in 2012 to eighteen last year.",
     "Care leavers at university are supported well."),
    # "how many of them felt ...": a share of them
    ("How many of the care leavers felt supported?",
     "Only half of care leavers who responded felt that they had sufficient support.",
     "Care leavers felt that they had sufficient support."),
    # a duration is not an age
    ("Over how many years did services climb out of inadequate?",
     "Over the past 5 years, children's services have grown from an inadequate service.",
     "Services for 16- and 17-year-olds who are homeless have strengthened."),
    # a distance
    ("How far away from the city do children in care live?",
     "All children are placed within 20 miles of the City.",
     "All children are placed close to the City."),
    # how often people attend is given as a share
    ("How often did the police turn up to child protection conferences?",
     "Police attendance at child protection conferences is 50%.",
     "Police attend child protection conferences."),
    # a date is the figure a "when did ..." question asks for
    ("When did the director of children's services start?",
     "The current DCS joined the local authority in July 2020 in the permanent role.",
     "The director of children's services joined the local authority recently."),
    ("When did an adoption last break down?",
     "There has been no disruption to any adoption arrangements in 10 years.",
     "Adoption is an area of excellence."),
    ("Derbyshire 2023 – in which year was the academy set up?",
     "The academy was set up in 2019 and now trains 40 social workers.",
     "The academy trains social workers well."),
    # a duration counted in words, an age past which
    ("For how long does a housing worker support care leavers in their own tenancy?",
     "Joint work with a housing tenancy worker supports young people for their first year.",
     "Joint work with a housing tenancy worker supports young people well."),
    ("Up to what age do care leavers stay in touch?",
     "Many adult care leavers choose to stay connected beyond 25.",
     "Many adult care leavers choose to stay connected."),
    # the counted word in the singular, joined to its number ("a six-bed unit")
    ("How many beds did the new unit for homeless teenagers have?",
     "Leaders commissioned a six-bed unit to provide appropriate accommodation.",
     "Leaders commissioned a unit with beds for homeless young people."),
    # how long: nights too, and the years a state of things lasted between
    ("How long was the summer sailing trip?",
     "A four-night summer sailing residential opportunity was an enriching offer.",
     "A summer sailing residential opportunity was an enriching offer."),
    ("How long did the fostering service go without a permanent manager?",
     "This is due to there being no permanent manager between 2017 and early 2019.",
     "This is due to there being no permanent manager in 2017."),
    # "how many did X know of" counts nothing named after it: any count answers it
    ("Privately fostered kids: how many did Herts know of?",
     "At 31 August 2015, 16 children lived in a privately arranged fostering placement.",
     "Children lived in privately arranged fostering placements."),
    # "how many stayed on" counts those who did something: any count answers it
    ("Of the kids in foster care who turned 18, how many stayed on with their carers?",
     "In 2014–15, 53 of the 58 children who turned 18 remained with their foster carers.",
     "Most care leavers remained with their foster carers."),
    # a comparison of counts counts what follows "more"
    ("Which saw more adoptions in the year before inspection?",
     "- there have been nine adoptions",
     "Adoption performance was judged requires improvement in 2014."),
    # how long in words, and over what period
    ("How long had the interim director been in the job?",
     "The current interim DCS had been in post only a matter of days.",
     "The current interim DCS had been in post for some time."),
    ("Over what period had auditing been strengthened?",
     "Audit activity has been strengthened over the last 12 months.",
     "Audit activity has been strengthened."),
    ("Over what period had Sefton reduced the number of care orders at home?",
     "The number of children on care orders at home has been reduced over the past year.",
     "The number of children on care orders at home has been reduced."),
    ("How long after 21 do care leavers keep getting support?",
     "Care leavers continue to receive support for as long as they need after they turn 21.",
     "Care leavers continue to receive support after they turn 21."),
    ("How often are personal education plans reviewed?",
     "Personal education plans are reviewed termly.",
     "Personal education plans are reviewed well."),
    ("How far from Oxford would the crisis team travel to help children placed away?",
     "It supports children living out of area and within a two hour drive of Oxford.",
     "It supports children living out of area."),
    ("How far from home do kids in care end up living?",
     "Nearly all children live reasonably close to their home areas, in the county or in "
     "adjacent local authorities.",
     "Nearly all children live in stable homes."),
    # children are counted as children, the adults around them as adults
    ("How many kids were waiting for an adoptive family?",
     "There are eight children currently waiting for a family.",
     "There are currently six adopters waiting."),
    ("How many adoptive families were getting financial support?",
     "A further 57 adopters are receiving assessed financial support.",
     "Financial support is agreed for 12 children placed for adoption."),
    # orders are counted by the children under them; their making ends what is counted
    ("How many special guardianship orders were made for children over the preceding twelve "
     "months?", "30 children became the subjects of special guardianship orders",
     "Special guardianship orders were made for 12 months."),
    ("Number of special guardianship orders made for Devon children over the last year?",
     "13 children became subject to special guardianship orders",
     "Support for special guardians and 5 children"),
    # "what number of" counts as "how many" does
    ("What number of care leavers had apprenticeships at the council?",
     "Four care leavers have council apprenticeships.",
     "Pathway plans for children moving to the leaving care service at 16 or 17 vary."),
    ("What number of the indicators in the scorecard related to care leavers?",
     "Five indicators relate to care leavers.", "There are five care leavers."),
    ("I need the exact count of children in care in Leicestershire – what was it?",
     "There were 412 children in care.", "Since the last inspection in 2019, children in care"),
    ("What's the typical number of care leavers on a coach's books?",
     "Coaches hold 14 care leavers each.", "The 52-week accommodation offer helps care leavers"),
    # how often: an annual contact
    ("How often do care leavers over 21 hear from the council?",
     "Care leavers who close to the service at 21 receive annual contact as a minimum.",
     "Care leavers who close to the service at 21 can contact it."),
])
def test_figure_questions_need_the_kind_of_figure_asked_for(question, holds, lacks):
    pattern = figure_pattern(question)
    assert pattern.search(holds)
    assert not pattern.search(lacks)


@pytest.mark.parametrize("question, kind", [
    ("When did Wigan's permanent director of children's services start?", "figure"),
    ("Derbyshire 2023 – when did the current director start?", "figure"),
    ("Since when had the council had the same senior leaders?", "figure"),
    ("When was Bristol inspected?", "dates"),
    ("Which saw more adoptions in the year before inspection?", "figure"),
    ("Which council had more effective services?", "content"),
    ("When Wigan was inspected in 2025, how were disabled children supported?", "content"),
])
def test_when_something_happened_is_a_date_to_find(question, kind):
    assert read_focus(question).kind == kind


def test_a_council_formal_name_does_not_narrow_a_summary():
    focus = read_focus("Give me an overview of Ofsted's 2024 findings for the Royal Borough of "
                       "Greenwich.", {"greenwich"})
    assert (focus.kind, focus.summary) == ("summary", "overview")


def test_falling_short_asks_for_weaknesses_of_the_topic_it_names():
    focus = read_focus("Where does Bristol fall short for disabled children, according to the "
                       "2023 inspection?", PLACES)
    assert (focus.kind, focus.polarity) == ("content", "weaknesses")


@pytest.mark.parametrize("question", [
    "What isn't working for Hartlepool care leavers who are in prison?",
    "Were any Derbyshire social workers carrying too many cases back in 2019?",
])
def test_what_is_not_working_or_too_much_asks_for_weaknesses(question):
    assert read_focus(question, PLACES).polarity == "weaknesses"


def test_when_asks_for_the_inspection_dates_only_when_it_asks_about_the_inspection():
    assert read_focus("When did Ofsted inspect Wigan?", PLACES).kind == "dates"
    assert read_focus("When did the inspection of Sefton take place?", PLACES).kind == "dates"
    assert read_focus("When did Bristol appoint the director of children's services in post "
                      "at the 2023 inspection?", PLACES).kind != "dates"


def test_a_leading_clause_before_but_is_framing():
    assert main_clause("Greenwich was rated outstanding in 2024, but what was not working "
                       "well for young carers?") == "what was not working well for young carers?"


def test_why_a_grade_asks_for_the_reasons_in_the_area_it_names():
    focus = read_focus("Bristol 2023: why were care leavers graded requires improvement?",
                       PLACES)
    assert (focus.kind, focus.polarity) == ("content", "weaknesses")
    assert "care leavers" in focus.clause and "improvement" not in focus.clause
    focus = read_focus("Why is early help in Sefton judged good?", PLACES)
    assert (focus.kind, focus.polarity) == ("content", "strengths")


def test_what_was_missing_from_something_asks_what_it_lacked():
    focus = read_focus("What was missing from child-in-need plans in Wigan?", PLACES)
    assert focus.polarity == "weaknesses"
    assert "missing" not in focus.clause
    # ... but children missing from home are a topic.
    assert "missing" in read_focus("What did inspectors say about children missing from "
                                   "home?", PLACES).clause


def test_a_concession_is_not_what_is_asked():
    focus = read_focus("Was there anything Wigan did well on adoption in 2018, despite the "
                       "poor grade?", PLACES)
    assert (focus.kind, focus.polarity) == ("content", "strengths")


def test_why_an_area_got_the_worst_grade_asks_what_was_weak_there():
    focus = read_focus("Why did help and protection get the worst grade?", PLACES)
    assert (focus.kind, focus.polarity) == ("content", "weaknesses")
    assert "worst" not in focus.clause


def test_which_of_a_report_s_judgements_names_its_parts():
    from assistant.answering.focus import PARTS

    assert re.search(PARTS, "Which of North Lincolnshire's 2026 judgements fell short?", re.I)
    assert re.search(PARTS, "Which of the areas were good?", re.I)


def test_how_far_a_figure_moved_is_no_distance():
    pattern = figure_pattern("How far did the council cut its use of agency staff?")
    assert pattern is None or pattern.search("It is down from 52% three years ago to 17%.")


def test_where_it_scored_lowest_asks_every_part_and_can_be_asked_second():
    from assistant.answering.focus import PARTS, SECOND_ASK

    question = "Devon 2014 – what was the headline judgement, and where did it score lowest?"
    assert read_focus(question, PLACES).kind == "grade"
    assert re.search(PARTS, "where did it score lowest?", re.IGNORECASE)
    assert SECOND_ASK.search(question).group(1) == "where did it score lowest?"
    # where something happened is no part of the report's grades
    assert not re.search(PARTS, "where did children wait longest?", re.IGNORECASE)


def test_how_often_said_in_words_includes_rare_occasions():
    from assistant.answering.focus import OFTEN_IN_WORDS

    assert OFTEN_IN_WORDS.search("On the rare occasions unregistered homes are used, leaders "
                                 "are consulted.")
    assert OFTEN_IN_WORDS.search("Managers occasionally audit cases.")
    assert not OFTEN_IN_WORDS.search("Unregistered homes are used for two children.")


@pytest.mark.parametrize("question", [
    "What's going right with early help in Devon?",
    "Anything good about how Devon supported brand-new adoptive parents?",
    "Any good news about the youngest children with SEND in Devon?",
    "What impressed inspectors about Devon's care leavers?",
    "What's working for care leavers in Devon?",
    "What did inspectors like about Devon's front door?",
    "What was Devon doing right on adoption?",
    "What was good about Devon's virtual school?",
    "What stood out as good in Devon's safeguarding hub?",
    "What was effective about early help in Devon?",
    "What did Devon get right for care leavers?",
    "What were the highlights for care leavers in Devon?",
    "What had Devon pulled off despite the pandemic?",
    "Where had Devon made the biggest strides?",
])
def test_what_went_right_asks_for_strengths(question):
    from assistant.answering.focus import polarity

    assert polarity(question) == "strengths"


def test_whether_something_was_any_good_asks_both_sides():
    from assistant.answering.focus import polarity

    assert polarity("Were Devon's memory books any good?") is None
    # what the work was like with families is no verdict on it
    assert polarity("What was working with families like in Devon?") is None


@pytest.mark.parametrize("question", [
    "Anything bad about fostering in Devon?",
    "Were there any red flags about adoption in Devon?",
    "What did inspectors not like about Devon's front door?",
    "What didn't Ofsted like about adoption in Devon?",
    "What was Devon getting wrong on adoption?",
    "Where did Devon's front door fall down?",
    "What were inspectors unhappy with in Devon's safeguarding hub?",
])
def test_what_went_badly_asks_for_weaknesses(question):
    from assistant.answering.focus import polarity

    assert polarity(question) == "weaknesses"


def test_a_report_named_with_a_comma_before_the_question_is_framing():
    assert main_clause("Bristol, March 2025 focused visit: which director received the "
                       "letter?") == "which director received the letter?"
    assert read_focus("Bristol, March 2025 focused visit: which director received the "
                      "letter?").kind == "addressee"


@pytest.mark.parametrize("question", [
    "The 2019 Cornwall children's services report refers back to the last inspection - what "
    "year was that one?",
    "Middlesbrough's June 2026 inspection – what date was the previous Ofsted visit?",
    "When did the Isles of Scilly last have a full graded inspection before the 2023 one?",
])
def test_a_date_asked_of_the_inspection_before_reads_as_dates(question):
    assert read_focus(question).kind == "dates"


def test_a_date_asked_of_something_else_is_no_question_about_the_inspection():
    assert read_focus("In what year did Kent open its virtual school, according to the last "
                      "inspection?").kind != "dates"


@pytest.mark.parametrize("question, plain", [
    ("At what point should a child's permanence plan be decided?",
     "when should a child's permanence plan be decided?"),
    ("By which stage in the review cycle were plans in place?",
     "when in the review cycle were plans in place?"),
    # a stage that is named is the topic
    ("At what stage of pre-proceedings were families told?",
     "At what stage of pre-proceedings were families told?"),
])
def test_idioms_for_when_are_said_plainly(question, plain):
    assert plain_wording(question) == plain


def test_a_rundown_is_a_summary_and_what_has_to_happen_asks_for_the_recommendations():
    from assistant.answering.focus import listed_topic

    assert listed_topic("Give me a short rundown of the main weaknesses inspectors found?") == \
        ("weaknesses", ())
    assert listed_topic("How does the report sign off? What has to happen now?")[0] == \
        "recommendations"


@pytest.mark.parametrize("question, clause", [
    ("Quick one: which HMI led the Derby inspection in 2025?",
     "which HMI led the Derby inspection in 2025?"),
    ("Can you tell me the dates the inspection team were on site in York?",
     "the dates the inspection team were on site in York?"),
    ("Could you tell me what Bristol did about caseloads?", "what Bristol did about caseloads?"),
    ("I'd like to know what inspectors said about the front door",
     "what inspectors said about the front door"),
    ("Hi, what grade did Sefton get?", "what grade did Sefton get?"),
    # what is wanted is the question
    ("I need the bit about adoption in Kent", "I need the bit about adoption in Kent"),
])
def test_a_greeting_or_a_request_to_be_told_is_no_part_of_the_question(question, clause):
    assert main_clause(question) == clause


@pytest.mark.parametrize("question, kind", [
    ("Quick one: which HMI led the Derby inspection in 2025?", "inspector"),
    ("Can you tell me the dates the inspection team were on site in York in 2022?", "dates"),
    # a rate the question ends on is a figure; rating is a verb before what is rated
    ("Oldham 2015, care leavers NEET rate?", "figure"),
    ("What was the care leavers' employment rate?", "figure"),
    ("How did Ofsted rate care leavers?", "grade"),
    ("Care leavers - how did they rate?", "grade"),
    ("What was the size of its looked-after population at the 2016 inspection?", "figure"),
    ("How big was the council's care leaver cohort?", "figure"),
    ("How big a problem was drift?", "content"),
    ("Give me the precise count of lone asylum-seeking children.", "figure"),
    ("What's the typical timescale, in weeks, for an EHC plan?", "figure"),
])
def test_requests_rates_and_sizes_read_as_what_they_ask(question, kind):
    assert read_focus(question, PLACES).kind == kind


@pytest.mark.parametrize("question, text", [
    ("Quick one: can you tell me who led the 2023 inspection?", "who led the 2023 inspection?"),
    ("For a board paper I need to know which areas were good", "which areas were good"),
    # a frame naming the report is kept; a request with nothing after it too
    ("For a briefing on Kent 2017, I need to know the grades", "For a briefing on Kent 2017, "
     "I need to know the grades"),
    ("Can you tell me?", "Can you tell me?"),
])
def test_a_preface_is_taken_off_before_the_question_is_read(question, text):
    assert without_preface(question) == text


@pytest.mark.parametrize("question", [
    "Rutland 2024 - until what age do care leavers get support?",
    "To what age does the council support care leavers?",
])
def test_until_what_age_asks_for_an_age(question):
    assert read_focus(question).kind == "figure"


@pytest.mark.parametrize("question, clause", [
    ("Besides its priority actions, what other improvements did the inspection ask for?",
     "what other improvements did the inspection ask for?"),
    ("Hertfordshire SEND – apart from the headline priorities, which areas must improve?",
     "which areas must improve?"),
])
def test_what_a_question_sets_aside_is_no_part_of_it(question, clause):
    assert main_clause(question) == clause


def test_what_other_improvements_were_asked_for_is_the_list_to_improve():
    focus = read_focus("What other improvements did Ofsted ask the council to make?")
    assert (focus.kind, focus.summary) == ("summary", "improve")
