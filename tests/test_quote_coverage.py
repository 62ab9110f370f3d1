"""An answer quotes the sentence of its best paragraph that holds a topic word no other quote
gives ("any programme for perpetrators?" is answered where the paragraph says so)."""

from __future__ import annotations

from assistant.answering.extractive import _unsaid_sentence
from assistant.citations import cite
from assistant.passages import Passage
from assistant.records import Paragraph, Report
from assistant.search import terms
from assistant.sentences import split_sentences

TEXT = ("Social workers' knowledge of domestic abuse is variable and is rarely informed by "
        "research. Children who have experienced domestic abuse benefit from a support "
        "programme, but there is a six-month waiting list. Victims can access the support "
        "that they need, but a programme for perpetrators has yet to be commissioned.")
PARAGRAPH = Paragraph(42, TEXT, ("Help and protection",), 17)
REPORT = Report("somewhere-2016", "somewhere.pdf", "Somewhere", 40, (PARAGRAPH,), ())


def _passage() -> Passage:
    sentences = split_sentences(TEXT)
    return Passage(REPORT, PARAGRAPH, tuple((s, 1.0 - i / 10) for i, s in enumerate(sentences)),
                   1.0, 0.7)


def _quoted(*sentences: str):
    return [cite(REPORT, PARAGRAPH, s, 1.0) for s in sentences]


def _idf(word: str) -> float:
    return 3.0 if word == terms("perpetrators")[0] else 1.0


def test_the_sentence_holding_an_unquoted_topic_word_is_found():
    passage = _passage()
    words = terms("programme domestic abuse perpetrators")
    quoted = _quoted(passage.sentences[0][0], passage.sentences[1][0])
    assert _unsaid_sentence(passage, quoted, words, _idf) == passage.sentences[2][0]


def test_nothing_is_added_when_the_quotes_hold_every_topic_word():
    passage = _passage()
    words = terms("programme domestic abuse")
    quoted = _quoted(passage.sentences[1][0])
    assert _unsaid_sentence(passage, quoted, words, _idf) is None


def test_a_word_the_paragraph_lacks_adds_nothing():
    passage = _passage()
    words = terms("domestic abuse refuge")
    quoted = _quoted(passage.sentences[0][0])
    assert _unsaid_sentence(passage, quoted, words, _idf) is None


def test_the_rarer_word_chooses_between_sentences():
    passage = _passage()
    words = terms("support perpetrators")
    quoted = _quoted(passage.sentences[0][0])
    # "support" is in the second and third sentences, "perpetrators" (rarer) only the third
    assert _unsaid_sentence(passage, quoted, words, _idf) == passage.sentences[2][0]
