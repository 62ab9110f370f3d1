"""Everyday phrases and abbreviations stand for the words reports use: search gets those
words, and the topic check counts a phrase as present when a passage holds one of them."""

from __future__ import annotations

import numpy as np
import pytest

from assistant.answering.evidence import carried, held, paragraph_terms, topic_words
from assistant.abbreviations import expand_abbreviations
from assistant.paraphrases import expand_paraphrases, glosses
from assistant.passages import Passage
from assistant.records import Paragraph
from assistant.search import terms

CORPUS = ("Early identification of female genital mutilation (FGM) and forced marriage ... "
          "the local authority designated officer (LADO) ...")


def test_everyday_phrase_gets_the_reports_words_for_search():
    expanded = expand_paraphrases("How long did cases take in the courts in Suffolk?")
    assert expanded == ("How long did cases take in the courts (proceedings, public law, "
                        "legal) in Suffolk?")


def test_words_the_question_already_uses_are_not_added_again():
    expanded = expand_paraphrases("How quick is access to mental health services (CAMHS)?")
    assert expanded == ("How quick is access to mental health (emotional health, emotional "
                        "wellbeing) services (CAMHS)?")


def test_a_plural_in_ies_is_the_phrase_too():
    assert "activities" in expand_paraphrases("Did kids in care have hobbies?")
    assert "wider family" in expand_paraphrases("Were grannies asked to help?")


@pytest.mark.parametrize("question, words", [
    ("What was the size of its looked-after population?", "children looked after"),
    ("Were children's feelings checked with a screening tool?", "strengths and difficulties"),
    ("Did doctors' surgeries send reports to meetings?", "general practitioners"),
])
def test_a_population_or_a_screening_tool_is_searched_in_the_reports_words(question, words):
    assert words in expand_paraphrases(question)


def test_question_without_everyday_phrases_is_unchanged():
    question = "What did inspectors say about private fostering?"
    assert expand_paraphrases(question) == question


def test_abbreviation_and_long_form_stand_for_each_other():
    found = glosses("What was found about FGM?", CORPUS)
    assert frozenset(terms("female genital mutilation")) in found["fgm"]
    # The question is searched with the long form too; a passage with "FGM" holds it.
    assert frozenset({"fgm"}) in found[terms("mutilation")[0]]


def test_an_abbreviation_in_mixed_case_is_spelt_out_where_the_corpus_defines_it():
    # (as one report of the corpus defines it)
    corpus = ("the judge and Child and Family Court Advisory Support Services (Cafcass) ... "
              "Department for Education (DfE) ... a region of the country (England)")
    assert "Family Court Advisory" in expand_abbreviations("What did Cafcass say?", corpus)
    assert "Department for Education" in expand_abbreviations("What did DfE fund?", corpus)
    # a capitalised word in brackets is no abbreviation
    assert expand_abbreviations("What did England say?", corpus) == "What did England say?"


def test_a_word_is_held_through_any_of_its_alternatives():
    found = glosses("What happens at the front door?", "")
    present = set(terms("Referrals to the multi-agency safeguarding hub are timely"))
    assert held("door", present, found)
    assert not held("door", set(terms("Adoption is timely")), found)


def _passage(text: str) -> Passage:
    paragraph = Paragraph(12, text, ("Help and protection",), 4)
    return Passage(None, paragraph, ((text, 0.6),), 0.6, 0.6, similarity=0.6)


def test_topic_in_the_long_form_is_carried_by_a_passage_that_spells_it_out():
    question = "What did the inspection find about FGM?"
    passage = _passage("Early identification of female genital mutilation leads to action.")
    found = carried(question, [passage], lambda t: 5.0, embedder=None,
                    glosses=glosses(question, CORPUS))
    assert found.answered and found.missing == ()


def test_a_question_word_is_not_missing_when_the_report_says_it_in_the_genre_s_words():
    question = "Are children waiting too long for autism and ADHD assessments?"
    present = set(terms("Waiting times for the neurodevelopmental pathway are too long."))
    found = glosses(question, "")
    assert held(terms("autism")[0], present, found)
    assert held(terms("ADHD")[0], present, found)


def test_a_phrase_is_glossed_under_the_words_as_asked():
    # "B&Bs" is the word "bs" to the topic check: it is held by "bed and breakfast".
    found = glosses("Were care leavers put up in B&Bs?", "")
    assert held("bs", set(terms("placed in bed and breakfast accommodation")), found)


def test_a_long_form_with_other_small_words_still_finds_its_abbreviation():
    corpus = "care leavers in education, employment and training (EET) ..."
    found = glosses("What share were in education, employment or training?", corpus)
    assert frozenset({"eet"}) in found[terms("employment")[0]]


def test_a_long_form_typed_with_a_straight_apostrophe_finds_its_abbreviation():
    corpus = "The Director of Children’s Services (DCS) joined in 2020."
    found = glosses("When did the director of children's services start?", corpus)
    assert frozenset({"dcs"}) in found["director"]


def test_a_hyphenated_long_form_finds_its_abbreviation():
    corpus = "The number of unaccompanied asylum-seeking children (UASC) has doubled."
    found = glosses("How many unaccompanied asylum-seeking children were there?", corpus)
    assert frozenset({"uasc"}) in found[terms("unaccompanied")[0]]


def test_an_irregular_verb_is_held_by_its_other_forms():
    assert held(terms("paid")[0], set(terms("it is being used to pay for counselling")))
    assert held(terms("leaving")[0], set(terms("19% of children left care via an SGO")))
    assert not held(terms("paid")[0], set(terms("counselling is offered")))


def test_a_verb_in_d_is_held_by_its_noun_in_s():
    assert held(terms("suspended")[0], set(terms("more suspensions than any other group")))
    assert held(terms("excluded")[0], set(terms("levels of exclusion have fallen")))
    assert not held(terms("suspended")[0], set(terms("more exclusions")))


def test_everyday_words_for_exclusion_exploitation_and_workload():
    found = glosses("Were kids getting kicked out of school, or groomed? Did officers have "
                    "too much on their plates?", "")
    assert held(terms("kicked")[0], set(terms("exclusions remain too high")), found)
    assert held(terms("groomed")[0], set(terms("risk of child sexual exploitation")), found)
    assert held(terms("plates")[0], set(terms("caseloads remain too high")), found)


def test_everyday_words_for_records_schooling_and_family():
    found = glosses("Was the paperwork up to date for home-schooled kids and their grandparents?",
                    "")
    assert held(terms("paperwork")[0], set(terms("recording is up to date")), found)
    assert held(terms("schooled")[0], set(terms("children in elective home education")), found)
    assert held(terms("grandparents")[0], set(terms("connected carers are assessed")), found)
    assert not held(terms("paperwork")[0], set(terms("children are seen")), found)


def test_everyday_wording_of_the_genre_s_topics_is_glossed():
    asked = {
        "How were claims against staff who work with children handled?": ("claim", "alleg"),
        "Are kids with SEND getting expelled from school?": ("expel", "exclus"),
        "Can families reach a social worker at night?": ("night", "hour"),
        "Did the council have trouble hanging on to its social workers?": ("hang", "retent"),
        "Where do 17-year-olds with nowhere to live go?": ("nowher", "homeless"),
        "Do kids who look after a parent get help?": ("parent", "carer"),
        "Does the council rely on temporary social workers?": ("temporari", "interim"),
        "Were kids in care getting into trouble with the police?": ("polic", "offend"),
        "How many young people checked their own care plans?": ("check", "audit"),
        "Did the council have a grip on gangs?": ("grip", "oversight"),
        "Were care leavers left sofa surfing?": ("sofa", "homeless"),
        "What perks do care leavers get?": ("perk", "offer"),
        "Where do teenagers go for sixth form?": ("sixth", "post"),
        "Was the children's services boss wearing two hats?": ("hat", "dual"),
        "What did Ofsted make of the programme for newly qualified social workers?":
            ("newli", "asy"),
        "Were kids in care ending up a long way from home?": ("way", "area"),
        "Anything for kids who look after someone at home?": ("someon", "carer"),
        "What about care leavers who end up behind bars?": ("bar", "custodi"),
        "Did kids get someone to speak for them at meetings?": ("speak", "advoc"),
        "What share of kids who left care ended up back in care?": ("back", "return"),
        "Has the council given care leavers special status in its policies?":
            ("special", "characterist"),
        "Why had services gone downhill?": ("downhil", "deterior"),
        "Were staff fed up?": ("fed", "moral"),
        "Were social workers straight with families?": ("straight", "honest"),
        "Who sticks up for kids in care? Did anyone stick up for them?": ("stick", "advoc"),
        "Did young people run their own grilling of the council?": ("grill", "scrutini"),
        "Were staff copy-pasting records?": ("copi", "duplic"),
        "Do care leavers get their official papers?": ("offici", "document"),
        "Did agencies work together to break up exploitation?": ("break", "disrupt"),
        "What was behind the collapse?": ("collaps", "deterior"),
        "Did they bring in outsiders?": ("outsid", "extern"),
        "Does a child have to switch worker at 18?": ("switch", "transit"),
        "When had Ofsted last popped in?": ("pop", "visit"),
        "Did plans take their religion into account?": ("religion", "faith"),
        "Were fee-paying schools asking for advice?": ("fee", "independ"),
        "Does the council vet the providers?": ("vet", "qualiti"),
        "Were families slipping through?": ("slip", "miss"),
        "Were any little kids in children's homes?": ("littl", "babi"),
    }
    for question, (word, stem) in asked.items():
        assert any(stem in option for option in glosses(question, "").get(word, ())), question


def test_an_everyday_phrase_is_part_of_the_topic_however_common_its_words():
    # "look after a parent" is young carers: a passage about parents at home is not it.
    question = "Did inspectors worry about kids who look after a parent at home?"
    about_young_carers = _passage("Young carers are not identified early enough.")
    about_parents = _passage("Parents are supported to keep their children safe at home.")
    found = glosses(question, "")
    assert terms("look")[0] not in carried(question, [about_young_carers], lambda t: 5.0, None,
                                           glosses=found).missing
    assert terms("look")[0] in carried(question, [about_parents], lambda t: 5.0, None,
                                       glosses=found).missing


def test_a_passage_lower_in_the_ranking_can_carry_the_topic():
    # Search ranks a paragraph on its whole text; the one naming the topic can come 7th.
    question = "What did inspectors say about the mobile phones care leavers are given?"
    others = [_passage(f"Care leavers receive good support from advisers ({n}).")
              for n in range(6)]
    naming = _passage("The team supplies care leavers with mobile phones to keep in touch.")
    found = carried(question, others + [naming], lambda t: 5.0, embedder=None)
    assert found.answered and found.missing == () and found.passage is naming


def test_an_abbreviation_s_plural_is_held_by_its_singular():
    assert held(terms("GCSEs")[0], set(terms("Few achieved five GCSE passes")))
    assert not held(terms("GCSEs")[0], set(terms("Few achieved good exam results")))



@pytest.mark.parametrize("question, stem, reports_say", [
    ("Were kids living with family friends visited?", "friend", "private fostering"),
    ("How many cases was a social worker juggling?", "juggl", "caseloads"),
    ("Did the council spread the word about it?", "spread", "raise awareness"),
    ("Are the social workers still snowed under?", "snow", "caseloads"),
    ("Were kids in care seeing the dentist on time?", "dentist", "dental"),
    ("Has the council tried fostering clustered round a hub home?", "hub", "Mockingbird"),
    ("Were the front door workers drowning in work?", "drown", "caseloads"),
    ("Were the auditors too rosy about the social work?", "rosi", "over-optimistic"),
    ("Do care leavers get first dibs on council housing?", "dib", "priority"),
    ("How many children were off the school radar?", "radar", "missing education"),
    ("Did parents' drink problems come up?", "drink", "substance misuse"),
    ("At what ages are little ones checked for delays?", "littl", "early years"),
    ("What help is there when a family is falling apart?", "apart", "edge of care"),
    ("How many children lived with family or friends?", "friend", "connected carers"),
    ("Can care leavers get the internet at home?", "internet", "Wi-Fi"),
    ("What happens when a 16-year-old has nowhere to sleep?", "sleep", "homeless"),
    ("Grandparents and aunties bringing up kids in care?", "aunti", "kinship"),
    ("Were families put through child protection investigations?", "investig", "enquiries"),
    ("Any problem with hearing tests?", "test", "audiology"),
    ("How do social workers describe children in their files?", "file", "records"),
    ("Were kids off the school roll being watched?", "watch", "monitored"),
    ("Can care leavers jump the queue for mental health help?", "queue", "prioritised"),
    ("Were families in the dark about what help exists?", "dark", "awareness"),
    ("Which children got a patchier service?", "patchier", "inconsistent"),
    ("Were kids whose freedom was restricted seen by a judge?", "freedom",
     "deprivation of liberty"),
    ("Were job centre staff based in the teams?", "centr", "DWP"),
    ("Were kids going without proper care at home helped?", "proper", "neglect"),
    ("Is extra school money spent on care leavers?", "money", "pupil premium"),
    ("How did social workers map out who's who in a family?", "map", "genogram"),
    ("Were kids placed miles away brought back?", "mile", "out of area"),
    ("What happened to calls that didn't meet the bar?", "bar", "threshold"),
    ("Were care leavers handed over from one worker to the next?", "hand", "transition"),
    ("Were families stuck in the warning stage before court?", "warn", "pre-proceedings"),
    ("Was the council still failing like it was in 2015?", "fail", "inadequate"),
    ("Were quality checks more than box-ticking?", "box", "compliance"),
    ("Did social workers draw family-relationship diagrams?", "diagram", "genogram"),
    ("Was the adoption team under strain?", "strain", "pressures"),
    ("Are apprenticeships kept aside for care leavers?", "asid", "ring-fenced"),
    ("Does the front door ask parents' permission?", "permiss", "consent"),
    ("Is there anything on deaf children?", "deaf", "hearing impairment"),
    ("Were pupils only going to school for a few hours a day?", "hour", "part-time"),
    ("Did the new team for settling disputes work?", "disput", "mediation"),
    ("Was care treated like race or disability under equality rules?", "equal",
     "protected characteristic"),
    ("Were kids left unsure whether their foster home was for keeps?", "keep", "permanence"),
    ("Were families eased back off child protection too soon?", "eas", "step-down"),
    ("Did the council help lone refugee children?", "lone", "unaccompanied"),
    ("Had the council lost track of some care leavers?", "track", "whereabouts"),
    ("Any family meetings to find relatives?", "meet", "family group conferences"),
    ("Is anything done for kids taught outside school?", "outsid", "other than at school"),
    ("Did assessments hear from nans and grandads?", "nan", "grandparents"),
    ("Were girls at risk of being made to marry helped?", "marri", "marriage"),
    ("Could staff spot a young person faking illness?", "fake", "fabricating"),
    ("Were kids who find it hard to get their words out heard?", "word", "communication needs"),
    ("Were families passed back and forth between teams?", "forth", "repeatedly"),
    ("Were kids sent to a pupil referral unit checked on?", "referr", "alternative provision"),
    ("Were councillors behind children's services?", "councillor", "political"),
    ("Could social workers work flexibly?", "flexibl", "agile working"),
    ("Did foster carers help kids cope with racist taunts?", "racist", "racism"),
    ("How often did police use emergency powers?", "power", "police protection"),
    ("Could care leavers get hold of their medical background?", "background",
     "health histories"),
    ("Did the council have an honest picture of itself?", "honest", "self-assessment"),
    ("What did inspectors say about the council's money troubles?", "troubl",
     "budget pressures"),
    ("Do leaving care workers mark special days?", "special", "birthdays"),
    ("Who was the council's top officer for children?", "offic", "director"),
    ("Were children sent to live miles from home?", "home", "at a distance"),
    ("Is there a reviewing officer just for over-18s?", "review", "IRO"),
    ("What is the council's biggest asset?", "asset", "strength"),
    ("Can care leavers end up owning their homes?", "own", "option to buy"),
    ("Could parents get straight answers from the team?", "straight", "responses"),
    ("Who covers emergencies outside office hours?", "offic", "out of hours"),
    ("Who had the chat with kids when they came back after running off?", "chat", "interview"),
    ("Were some kids seeing their social worker once a season?", "season",
     "every three months"),
    ("How many measures on the scorecard were about care leavers?", "measur", "indicators"),
    ("Were people working in bars and clubs trained?", "club", "night-time economy"),
    ("Did the council stop buying in its advocates?", "buy", "in-house"),
    ("Did care leavers have their passports?", "passport", "key documents"),
    ("Did the council chase up kids who vanish off school rolls?", "vanish", "missing"),
    ("Can a GP ring someone for advice?", "ring", "consultation line"),
    ("Did teenagers walk out of care?", "walk", "discharged themselves"),
    ("How often did reviewing officers raise the alarm?", "alarm", "alerts"),
    ("Did child protection plans have a plan B?", "b", "contingency"),
    ("Of the kids who left care, how many came back?", "left", "ceased to be looked after"),
    ("Was the council's self-assessment accurate?", "assess", "self-evaluation"),
    ("Did plans include backup arrangements?", "arrang", "contingency planning"),
    ("Had children been through a turnover of social workers?", "turnov",
     "changes of social worker"),
    ("What is their practice model called?", "model", "practice framework"),
    ("Doncaster – practice model?", "model", "casework model"),
    ("What year was the council's previous inspection?", "previous", "last inspected"),
    ("Were extended family members assessed as carers?", "extend", "wider family"),
    ("Are social workers happy in their jobs?", "happi", "enjoy"),
    ("What help is there for care leavers with children of their own?", "children",
     "parents"),
    ("What was the atmosphere like for social workers?", "atmospher", "culture"),
    ("Was the council under a direction from ministers?", "minist", "Secretary of State"),
    ("Did they train the next generation of social workers?", "next", "academy"),
    ("Was there a shortage of foster placements?", "shortag", "sufficiency"),
])
def test_an_idiom_is_glossed_by_the_genre_s_words(question, stem, reports_say):
    assert frozenset(terms(reports_say)) in glosses(question, "")[stem]


def test_a_word_is_held_where_a_report_speaks_of_its_negation():
    """"unregistered homes" answers a question about homes that were not properly registered."""
    assert held("regist", set(terms("children living in unregistered children's homes")))


def test_no_phrase_is_listed_twice():
    """A dict literal keeps only the last of two equal keys: the first would be dead."""
    import ast
    from pathlib import Path

    import assistant.paraphrases as module

    tree = ast.parse(Path(module.__file__).read_text(encoding="utf-8"))
    table = next(node.value for node in ast.walk(tree) if isinstance(node, ast.AnnAssign)
                 and getattr(node.target, "id", None) == "PARAPHRASES")
    phrases = [key.value for key in table.keys]
    assert len(phrases) == len(set(phrases)), sorted(p for p in phrases if phrases.count(p) > 1)


def test_children_arriving_alone_from_abroad_are_the_reports_unaccompanied_children():
    found = glosses("What works for kids who arrive on their own from abroad?", "")
    present = set(terms("Unaccompanied asylum-seeking children receive a sensitive response."))
    assert any(held(t, present, found) for t in terms("abroad"))


def test_a_phrase_opening_with_a_verb_is_found_in_the_verb_s_other_forms():
    assert "career progression" in expand_paraphrases("Is Hull growing its own social workers?")
    assert "young carers" in expand_paraphrases("Help for kids looking after a parent?")
    # ... but not where another form means something else
    assert "revisit" not in expand_paraphrases("Were fewer kids coming back to social care?")


def test_a_compound_spelt_apart_is_the_same_topic_as_spelt_together():
    assert held("wellb", set(paragraph_terms("support for their emotional well-being")))
    assert topic_words("Did carers get a read on kids' emotional well-being?") == \
        topic_words("Did carers get a read on kids' emotional wellbeing?")


def test_life_story_books_are_storybooks():
    assert held(topic_words("Were the life story books any good?")[-1],
                set(paragraph_terms("Examples of life storybooks do not demonstrate it.")))


def test_a_letterbox_holds_letters():
    assert held(terms("letters")[0], set(terms("The letterbox system for indirect contact")))


@pytest.mark.parametrize("question", [
    "Kids who look after a parent: any help?", "Were families stuck in the warning stage?",
    "Is Hull growing its own social workers?", "Who's who in the family, mapped out?",
    "Were B&Bs used for 16-year-olds?", "Any box-ticking in audits?", "plain question",
])
def test_a_phrase_is_found_exactly_where_its_pattern_is(question):
    """The quick test of a phrase's last word never hides a match its pattern would find."""
    from assistant.paraphrases import _PATTERNS, _search

    for phrase, pattern in _PATTERNS.items():
        assert bool(_search(phrase, question, question.lower())) == bool(pattern.search(question))



@pytest.mark.parametrize("question, word, passage", [
    ("Were councillors kept in the loop about care leavers?", "loop",
     "Elected members are well informed about care leavers"),
    ("Did cases fall through the cracks or get passed up the chain?", "chain",
     "Concerns are escalated to senior managers"),
    ("Liverpool 2023 – how good was it at keeping children safe?", "safe",
     "Children who need help and protection"),
    ("Had care leavers heard about the council's promise to them?", "promise",
     "the care leavers' pledge"),
    ("What's going right with the social work workforce?", "workforce",
     "Staffing shows a low vacancy rate"),
    ("Did the fostering service go through a rough patch?", "patch",
     "The service has experienced disruption"),
    # "heads up" as a verb asks who leads a service, not for a warning
    ("Who heads up children's services in Dorset?", "head",
     "Theresa Leavy, Executive Director of Children's Services"),
    ("How did the report describe the person heading up children's services?", "head",
     "led by a director of children's services who brings passion"),
    ("Was there slippage in pre-proceedings work?", "slippage",
     "Some children experience drift and delay in pre-proceedings"),
    ("What damage had earlier budget cuts done?", "budget",
     "Historically, financial pressures in the council resulted in cuts"),
    ("Are children helped to get in touch with their families overseas?", "overseas",
     "Children are supported to reach out to their families abroad"),
])
def test_an_everyday_phrase_is_held_by_a_passage_in_the_reports_words(question, word,
                                                                        passage):
    assert held(terms(word)[0], set(terms(passage)), glosses(question, ""))


def test_an_idiom_is_not_held_by_a_passage_without_its_plain_words():
    found = glosses("Did cases fall through the cracks or get passed up the chain?", "")
    assert not held(terms("chain")[0], set(terms("Concerns are discussed in supervision")),
                    found)


def test_the_last_words_of_a_long_form_stand_for_its_abbreviation_where_the_text_keeps_them_in_it():
    """"reviewing officers" ends "independent reviewing officer (IRO)", and the corpus writes
    it only within that; "social worker" ends "principal social worker (PSW)" but is mostly
    written alone, so it stands for no abbreviation."""
    from assistant.abbreviations import expand_abbreviations

    corpus = ("The independent reviewing officer (IRO) chairs reviews. Independent reviewing "
              "officers visit children. The principal social worker (PSW) leads practice. "
              "Social workers are skilled. Every social worker has a caseload.")
    assert expand_abbreviations("Did reviewing officers visit?", corpus) == \
        "Did reviewing officers (IRO) visit?"
    assert expand_abbreviations("Were social workers skilled?", corpus) == \
        "Were social workers skilled?"


def test_the_words_that_ask_for_strengths_count_where_held_and_are_not_missed_elsewhere():
    # "anything positive from frontline staff about senior leaders?" is about what staff said
    # of leaders; a passage need not say "positive" to answer it.
    from assistant.answering.focus import polarity_words
    question = "Anything positive from frontline staff about senior leaders?"
    optional = polarity_words(question, "strengths")
    assert optional == frozenset(terms("anything positive"))
    plain = _passage("Frontline staff speak highly of senior leaders, who are visible.")
    saying_it = _passage("Frontline staff are positive about senior leaders.")

    class Same:  # every text the same vector: a missing word pulls nowhere
        def encode(self, texts):
            return np.ones((len(texts), 2), dtype=np.float32) / np.sqrt(2)

    assert terms("positive")[0] in carried(question, [plain], lambda t: 5.0, Same()).missing
    found = carried(question, [plain], lambda t: 5.0, None, optional=optional)
    assert found.missing == () and found.share == 1.0
    assert carried(question, [saying_it], lambda t: 5.0, None, optional=optional).share == 1.0
    # a question that is nothing but the cue still needs it
    assert carried("Anything positive?", [plain], lambda t: 5.0, None,
                   optional=polarity_words("Anything positive?", "strengths")).missing


@pytest.mark.parametrize("question, stem, reports_say", [
    ("Did leaders know their own strengths and weaknesses?", "strength", "self-assessment"),
    ("Was staff spirit OK?", "spirit", "morale"),
    ("The service was split into how many areas?", "split", "divided"),
])
def test_everyday_wording_of_self_knowledge_morale_and_division(question, stem, reports_say):
    assert frozenset(terms(reports_say)) in glosses(question, "")[terms(stem)[0]]


def test_on_its_books_is_no_topic_of_a_count():
    assert topic_words("How many children in need did Middlesbrough have on its books?") == \
        topic_words("How many children in need did Middlesbrough have?")
