"""`assistant eval` reports how long the answers are, so a gain in answer checks that comes
from quoting more shows its cost: the word counts of answers that cite, refusals left out."""

from __future__ import annotations

from assistant.evaluation import Question, Summary, evaluate, format_summary


def _question(id_: str, text: str, refuse: bool = False) -> Question:
    return Question(id=id_, question=text, gold_paragraphs=(), must_contain=(), refuse=refuse)


def test_only_answers_that_cite_are_counted(sample_assistant):
    questions = [_question("grade", "what was the grade for partnership working?"),
                 _question("absent", "How many dogs did the council's staff own?", refuse=True)]
    summary = evaluate(sample_assistant, questions)
    answered = sample_assistant.ask(questions[0].question)
    assert summary.refused == 1
    assert summary.words == [len(answered.text.split())]
    assert f"answer words        median {summary.words[0]}, " in format_summary(summary)


def test_median_and_p95_of_the_word_counts_are_printed():
    summary = Summary(questions=19, words=list(range(1, 20)), seconds=[0.1] * 19)
    assert "answer words        median 10, p95 18" in format_summary(summary).splitlines()


def test_no_line_when_nothing_was_answered():
    assert "answer words" not in format_summary(Summary(questions=1, seconds=[0.1]))
