"""An honest "not in the reports": topics never mentioned, figures never given, councils and
years with no report, and empty questions."""

from __future__ import annotations

import pytest

from assistant.answer import NO_ANSWER
from assistant.answering.evidence import topic_words
from assistant.answering.framing import TITLE_LINE
from assistant.cli import EXIT_USAGE, main


@pytest.mark.parametrize("question", [
    "What did inspectors find about knife crime?",
    "How does Sefton deal with female genital mutilation?",
    "What was the council's budget for children's social care?",
    "What did the report say about radicalisation and the Prevent duty?",
    "What did the report say about forced marriage and honour-based abuse?",
    "How does Sefton protect young people from radicalisation and extremism?",
    # the report speaks of foster carers and of young people, never of young carers
    "How are young carers identified and supported in Sefton?",
    # ... nor when a rarer everyday word of the question is there in the report's words
    "Were young carers looking after a mum or dad mentioned in the Sefton inspection?",
    # words of the genre this one-report index never uses (``assistant.genre_words``)
    "Were care leavers in Sefton exempt from council tax?",
    "Did care leavers get driving lessons?",
])
def test_topic_the_report_never_mentions_is_refused(sample_assistant, question):
    answer = sample_assistant.ask(question)
    assert answer.citations == (), answer.text
    assert answer.text.startswith(NO_ANSWER)


@pytest.mark.parametrize("question", [
    "How do kids in care get on at school?",
    "What did inspectors say about the electronic recording system?",
    "How are children who go missing from care dealt with?",
])
def test_paraphrased_question_about_a_reported_topic_is_answered(sample_assistant, question):
    assert sample_assistant.ask(question).citations, question


def test_figure_never_given_is_refused(sample_assistant):
    answer = sample_assistant.ask("What was the social worker vacancy rate?")
    assert answer.citations == (), answer.text


def test_figure_question_quotes_the_sentence_with_the_figure(sample_assistant):
    answer = sample_assistant.ask("What percentage of children were adopted from care?")
    assert "14% of children being adopted from care" in answer.citations[0].quote


def test_council_with_no_report_is_named_not_answered_from_another(sample_assistant):
    answer = sample_assistant.ask("How many children were in care in Essex according to the "
                                  "2023 inspection?")
    assert answer.citations == ()
    assert answer.text.startswith("There is no report for Essex (2023) in the index.")


def test_year_with_no_report_names_the_reports_that_are_there(sample_assistant):
    answer = sample_assistant.ask("What did inspectors find about care leavers in Sefton in "
                                  "2019?")
    assert answer.citations == ()
    assert answer.text == ("There is no report for Sefton (2019) in the index. "
                           "The index has Sefton 2011.")


def test_possibly_related_passages_are_each_listed_once(sample_assistant):
    answer = sample_assistant.ask("What is the capital of France?")
    locators = [(c.locator(), c.quote) for c in answer.related]
    assert len(locators) == len(set(locators))


def test_possibly_related_names_each_place_once(sample_assistant):
    """Title-page lines of the sample share one locator ("Sefton 2011"): the pointer names it
    once."""
    answer = sample_assistant.ask("When will Ofsted be back?")
    assert answer.text.startswith("The indexed reports do not answer"), answer.text
    pointers = answer.text.split("Possibly related: ", 1)[1].rstrip(".").split("; ")
    assert len(pointers) == len(set(pointers)), answer.text


def test_empty_question_is_a_usage_error(sample_assistant, sample_settings, capsys):
    with pytest.raises(ValueError):
        sample_assistant.ask("   ")
    code = main(["ask", "  ", "--index-dir", str(sample_settings.index_dir)])
    assert code == EXIT_USAGE
    assert "empty" in capsys.readouterr().err


@pytest.mark.parametrize("line, title", [
    ("Inspection dates: 13 to 24 March 2023", True),
    ("Lead inspector: Tom Anthony, His Majesty’s Inspector", True),
    ("Dates of previous inspection: 4 to 8 July 2016", True),
    ("Overall effectiveness Outstanding", True),
    ("2.2 Experiences and progress of care leavers Good", True),
    ("The experiences and progress of children who need help and protection Good", True),
    ("Services for children in Liverpool who need help and protection are inadequate.", False),
    ("The experiences and progress of care leavers are good because PAs know them well.", False),
])
def test_title_page_lines_are_not_evidence_for_a_topic(line, title):
    assert bool(TITLE_LINE.match(line)) is title


def test_a_narrowed_term_is_held_only_where_its_two_words_stand_together():
    from assistant.answering.evidence import _narrowed

    narrowed = _narrowed("How were young carers supported?", ["carer"])
    pattern, term = narrowed["carer"]
    assert pattern.search("Young carers receive a service.") and term == "young carer"
    assert not pattern.search("Young people praised their foster carers.")
    assert _narrowed("How were foster carers supported?", ["foster", "carer"]) == {}


def test_a_hyphenated_term_of_the_genre_is_held_only_as_that_term():
    from assistant.answering.evidence import _narrowed

    pattern, term = _narrowed("Were any kids in care self-harming?", ["self", "harm"])["harm"]
    assert pattern.search("Children who self-harm are seen quickly.") and term == "self harm"
    assert pattern.search("risks such as self harm")
    assert not pattern.search("Children at risk of significant harm are protected.")
    # before a noun, a compound only describes it; a pair no report writes is the asker's own
    assert _narrowed("Was long-term neglect spotted?", ["term", "neglect"]) == {}
    assert _narrowed("Did Oldham get local pubs involved?", ["pub", "involv"]) == {}


def test_a_term_the_report_never_writes_is_not_there_in_its_words_apart(
        two_reports_assistant):
    # Bristol 2023 speaks of the risk of harm, never of self-harm
    answer = two_reports_assistant.ask("Bristol 2023 – were any kids in care self-harming?")
    assert not answer.citations, answer.text


def test_the_table_of_contents_is_never_quoted(sample_assistant):
    answer = sample_assistant.ask("What are the main weaknesses for care leavers?")
    assert answer.citations
    assert all(c.section.rsplit(" > ", 1)[-1] != "Contents" for c in answer.citations)


@pytest.mark.parametrize("question, topic", [
    ("Did Derby lean on temporary social workers at its 2025 inspection?", ["temporari"]),
    ("Which bit of the help and protection work stood out as strong?", ["protect"]),
    ("Derby 2025: what is the one thing that still needs fixing in early help?", ["earli"]),
    ("Did parents get a real say in the local offer?", ["parent", "offer"]),
    ("Did Derby have enough of its own foster carers at the March 2022 inspection?",
     ["foster", "carer"]),
    ("How many kids was a typical Derby social worker juggling?", ["juggl"]),
    ("Were Derby's managers keeping a proper eye on cases?", ["case"]),
    ("In a nutshell, how were Derby's care leavers faring?", ["leaver"]),
    ("Derby 2025 in a sentence – what had happened to adoption?", ["adopt"]),
    ("Derby 2023 – short answer: had the council spotted the problems with adoption?",
     ["adopt"]),
    ("Who keeps Derby's senior managers on their toes?", ["senior"]),
    ("Where are Derby's services strongest?", []),
    ("Did Derby's social workers bother to pick up on neglect?", ["neglect"]),
    ("Did Derby take its kids in care away on trips?", ["trip"]),
    ("What share of kids lived with family or friends rather than foster carers?",
     ["friend", "foster", "carer"]),
    ("Derby 2025 in one breath – how consistent was adoption?", ["consist", "adopt"]),
    ("Did Derby recruit foster carers from among its own staff?", ["recruit", "foster", "carer"]),
    ("What did Ofsted want Derby to tighten up on adoption?", ["adopt"]),
    ("Any grumbles about adoption in Derby, overall?", ["adopt"]),
    ("Did Derby help kids' emotional well-being?", ["emot", "wellb"]),
    ("Derby 2025 – where were the biggest failings in adoption?", ["fail", "adopt"]),
    ("What's the secret of Derby's adoption work?", ["adopt"]),
    ("Past what age does Derby's adoption support carry on?", ["adopt"]),
    ("How many Derby children were formally counted as adopted?", ["adopt"]),
    ("Derby 2025 – how does the report's summary describe adoption?", ["adopt"]),
    ("Had Derby's bosses already spotted everything wrong with adoption?", ["boss", "adopt"]),
    ("How did Derby's social workers talk about the adopters they work with?", ["adopt"]),
    ("Derby 2025 – the one-line verdict on adoption?", ["adopt"]),
    ("Derby 2025 – how was adoption judged, in plain terms?", ["adopt"]),
    ("Were Derby's care plans refreshed straight after reviews?", ["plan", "refresh", "review"]),
    ("How sharp was Derby's fostering panel?", ["foster", "panel"]),
    ("Had Derby's adopters noticed things getting better?", ["adopt"]),
    ("Which problems with adoption were still hanging around in Derby?", ["adopt"]),
    ("Did everyone in Derby get an adoption plan?", ["adopt", "plan"]),
    ("Were Derby's adopters OK, compared with elsewhere?", ["adopt"]),
    ("How did Derby make sure adopters were supported?", ["adopt"]),
    # how often, and how a figure moved, frame what is counted
    ("How frequently does Derby's adoption panel sit?", ["adopt", "panel"]),
    ("Has the volume of adoption referrals risen in Derby?", ["adopt", "referr"]),
    ("How sound was Derby's adoption panel, and how did managers react to it?",
     ["adopt", "panel"]),
    ("What share of Derby's adopted children in the previous year later returned to care?",
     ["adopt", "return"]),
    ("How many Derby adopters were classed as approved?", ["adopt", "approv"]),
    # the period a figure covers frames it
    ("How many adoption orders did Derby make over the preceding twelve months?",
     ["adopt", "order", "month"]),
    # what a question says of its topic rather than names
    ("What caused the delays in Derby's adoption panel?", ["delay", "adopt", "panel"]),
    ("Was there a fresh push on tackling neglect in Derby?", ["neglect"]),
    ("Did the Derby inspection cover elective home education?", ["elect", "home", "educ"]),
    ("Which adoption panels did Ofsted explore in Derby, and what results did they get?",
     ["adopt", "panel"]),
])
def test_words_that_frame_a_question_are_not_its_topic(question, topic):
    assert topic_words(question, {"derbi"}) == topic


def test_how_quickly_is_answered_in_words_when_no_figure_is_given(sample_assistant):
    # The sample gives no timescale for responding to domestic violence referrals in numbers.
    answer = sample_assistant.ask("How quickly are children protected when there is domestic "
                                  "violence?")
    assert answer.citations, answer.text



def test_the_prevent_duty_is_not_held_by_the_verb_prevent():
    """"Did the inspection look at radicalisation or the Prevent duty?" over a report that only
    says "to prevent harm" is not answered from that sentence."""
    from assistant.answering.evidence import _narrowed

    question = "Did it look at radicalisation or the Prevent duty?"
    pattern, _ = _narrowed(question, ["prevent"])["prevent"]
    assert not pattern.search("Plans help to prevent children coming into care.")
    assert pattern.search("Leaders are engaged with the ‘Prevent’ duty.")
    assert pattern.search("The Prevent duty is well understood.")


def test_an_adjective_in_y_is_held_by_its_noun_but_an_al_word_is_not():
    from assistant.answering.evidence import held
    from assistant.lexical import terms

    risks = set(terms("The level of risks to children can be quickly identified."))
    assert held(terms("risky")[0], risks)  # "riski" / "risk"
    assert held(terms("risks")[0], set(terms("Risky behaviour is understood.")))
    assert not held(terms("official")[0], set(terms("The office is open.")))


def test_what_someone_said_about_how_often_is_answered_in_their_words(sample_assistant):
    # No figure is given for it, but para 85 says what carers think of their training.
    answer = sample_assistant.ask("What did carers say about how often they get training?")
    assert "value the training sessions" in answer.text
    assert any(c.paragraph == 85 for c in answer.citations)


def test_the_country_children_came_to_is_not_the_topic():
    # "kids who came to the UK on their own seeking asylum": the UK (spelled out "United
    # Kingdom" from a report's abbreviations) frames who they are.
    assert topic_words("What was said about kids who came to the UK (United Kingdom) on their "
                       "own seeking asylum?") == ["seek", "asylum"]


def test_local_narrows_a_word_in_its_other_forms_too():
    from assistant.answering.evidence import _narrowed

    pattern, _ = _narrowed("What is in the local offer for care leavers?",
                           ["offer", "leaver"])["offer"]
    assert pattern.search("The localised offer for care leavers is published.")
    assert not pattern.search("Care leavers are offered a personal adviser.")


def test_extremely_holds_no_extremism():
    from assistant.answering.evidence import held, paragraph_terms
    from assistant.lexical import terms

    praise = set(paragraph_terms("Feedback from the judiciary is extremely positive."))
    assert not held(terms("extremism")[0], praise)
    assert held(terms("extremism")[0], set(paragraph_terms("Leaders tackle extremism.")))


def test_a_verb_is_held_by_its_noun_in_t():
    from assistant.answering.evidence import held
    from assistant.lexical import terms

    assert held(terms("complained")[0], set(terms("Complaints are responded to quickly.")))


def test_advocacy_is_held_by_advocates_and_the_other_way_round():
    from assistant.answering.evidence import held
    from assistant.lexical import terms

    assert held(terms("advocacy")[0], set(terms("Independent advocates are offered.")))
    assert held(terms("advocates")[0], set(terms("Children have advocacy.")))
    assert not held(terms("advocacy")[0], set(terms("Children have independent visitors.")))


def test_a_closed_compound_holds_its_first_word():
    from assistant.answering.evidence import held
    from assistant.lexical import terms

    # "too many cases" / "caseloads are too high"
    assert held(terms("cases")[0], set(terms("Social work caseloads are too high.")))
    assert not held(terms("cases")[0], set(terms("Social workers are very positive.")))


def test_only_a_word_of_the_genre_missing_from_the_whole_report_shows_absence():
    from assistant.answering.evidence import shows_absence
    from assistant.lexical import terms

    report = frozenset(terms("Supervision is regular and reflective; therapists support "
                             "adopters."))
    corpus = frozenset(report | set(terms("radicalisation guardianship")))
    # the asker's own word, used by no report: it cannot show the topic is absent
    assert not shows_absence(terms("raids")[0], corpus.__contains__, report)
    # a word the report uses elsewhere was missed by the search, not absent
    assert not shows_absence(terms("therapist")[0], corpus.__contains__, report)
    # a word of the genre the report never uses is absent
    assert shows_absence(terms("radicalisation")[0], corpus.__contains__, report)
    # with no report to search (a question over the whole index), a known word is enough
    assert shows_absence(terms("guardianship")[0], corpus.__contains__, None)
    # a word glossed by one the report uses is not absent ("grown-ups" / "adults")
    grown = terms("grown")[0]
    adults = {grown: [frozenset(terms("adults"))]}
    assert shows_absence(grown, lambda w: True, report | set(terms("no")))
    assert not shows_absence(grown, lambda w: True, report | set(terms("adults")), adults)


def test_an_everyday_word_no_report_uses_does_not_refuse_a_reported_topic(sample_assistant):
    # "bogged down" and "clunky" are in no report; the electronic system is (para 80)
    answer = sample_assistant.ask("Did Sefton's social workers get bogged down by the clunky "
                                  "computer system?")
    assert answer.citations and answer.citations[0].paragraph == 80, answer.text
    assert "electronic system" in answer.citations[0].quote


def test_a_rarest_word_the_report_uses_elsewhere_does_not_refuse(embedder):
    from assistant.answering.evidence import carried, paragraph_terms
    from assistant.passages import Passage
    from assistant.records import Paragraph

    text = "Adopters speak highly of the support they receive after a child moves in."
    passage = Passage(None, Paragraph(12, text, ("Adoption",), 4), ((text, 0.6),), 0.6, 0.6,
                      similarity=0.6)
    question = "Which therapists work with adopters after a child moves in?"

    def found(report_text: str):
        return carried(question, [passage], lambda t: 5.0 + (t == "therapist"), embedder,
                       known=lambda t: True, report_words=frozenset(paragraph_terms(report_text)))

    # "therapists" pulls the question away from the passage: refused when the report lacks it
    assert not found(text).answered
    # ... but the report speaks of therapists elsewhere: the search missed them
    assert found(text + " Therapists in the post-adoption team offer sessions.").answered


@pytest.mark.parametrize("question, refused", [
    # "county lines" is a thing of its own: a report that never writes it does not speak of
    # it, though "grooming" (the rarest word) is there as exploitation
    ("Were kids being groomed into county lines?", True),
    # "local" only places what it narrows: community groups are community groups
    ("Were kids being groomed or linked with local community groups?", False)])
def test_a_term_of_its_own_missing_from_the_report_refuses_though_not_the_rarest_word(
        embedder, question, refused):
    from assistant.answering.evidence import carried, paragraph_terms
    from assistant.passages import Passage
    from assistant.records import Paragraph

    text = ("Children at risk of grooming and exploitation are supported by the team, which "
            "links them with community groups.")
    passage = Passage(None, Paragraph(12, text, ("Exploitation",), 4), ((text, 0.6),), 0.6,
                      0.6, similarity=0.6)
    found = carried(question, [passage], lambda t: 5.0 + 4 * (t == "groom"), embedder,
                    known=lambda t: True, report_words=frozenset(paragraph_terms(text)))
    assert found.answered is not refused


def test_an_alternative_is_a_whole_phrase_not_the_word_next_to_or():
    from assistant.answering.evidence import _alternatives, carried
    from assistant.lexical import terms
    from assistant.passages import Passage
    from assistant.records import Paragraph

    sides = _alternatives("What about sexual health or teenage pregnancy among care leavers?")
    assert sides == [(frozenset(terms("sexual health")), frozenset(terms("teenage pregnancy")))]
    assert _alternatives("Knives or other weapons?") == [
        (frozenset(terms("knives")), frozenset(terms("weapons")))]

    def passage(text):
        paragraph = Paragraph(12, text, ("Care leavers",), 4)
        return Passage(None, paragraph, ((text, 0.6),), 0.6, 0.6, similarity=0.6)

    class Same:  # every text alike in meaning: only the words decide
        def encode(self, texts):
            import numpy as np
            return np.ones((len(texts), 4), dtype=np.float32) / 2

    question = "What about sexual health or teenage pregnancy among care leavers?"
    # "health" alone holds neither side
    found = carried(question, [passage("Care leavers' health histories are provided.")],
                    lambda t: 5.0, embedder=Same())
    assert "pregnanc" in found.missing and "teenag" in found.missing
    # one side whole is enough
    found = carried(question, [passage("Care leavers get sexual health advice.")],
                    lambda t: 5.0, embedder=Same())
    assert found.missing == ()


def test_a_gloss_that_is_a_term_of_the_genre_is_held_only_as_that_term():
    from assistant.answering.evidence import _as_terms, _words_and_pairs, held
    from assistant.paraphrases import glosses

    found = _as_terms(glosses("What help was there for kids looking after a parent?", ""))
    assert frozenset({"young carer"}) in found["look"]
    assert held("look", _words_and_pairs("Young carers are identified early."), found)
    # "young people" and "foster carers" in one paragraph are not young carers
    assert not held("look", _words_and_pairs(
        "Young people are well matched with their foster carers."), found)


def _close_passage(text: str, similarity: float):
    from assistant.passages import Passage
    from assistant.records import Paragraph

    paragraph = Paragraph(17, text, ("Help and protection",), 4)
    return Passage(None, paragraph, ((text, similarity),), similarity, similarity,
                   similarity=similarity)


def test_a_close_passage_holding_much_of_the_topic_answers_without_the_askers_own_words():
    # "remote" and "partners" are the asker's words for "virtually" and "agencies"; the
    # passage holds the rest and is close in meaning.
    from assistant.answering.evidence import carried

    import numpy as np

    class Same:  # every text the same vector: a missing word pulls nowhere
        def encode(self, texts):
            return np.ones((len(texts), 2), dtype=np.float32) / np.sqrt(2)

    question = "Was remote access for partners to child protection conferences set up?"
    weights = {"remot": 3.0, "partner": 3.0, "access": 1.0}.get
    close = _close_passage("Agencies can now join child protection conferences virtually.", 0.6)
    far = _close_passage("Agencies can now join child protection conferences virtually.", 0.5)

    def check(passage):
        return carried(question, [passage], lambda t: weights(t, 2.0), embedder=Same(),
                       known=lambda t: True, report_words=frozenset({"agenc", "confer"}))

    assert check(close).answered, check(close)
    assert not check(far).answered, check(far)


def test_a_plea_for_a_short_answer_is_no_topic():
    assert topic_words("What's behind the improvement? Short answer please.") == \
        topic_words("What's behind the improvement?")
