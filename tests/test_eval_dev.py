"""Quality on the shared development questions (skipped when ../shared is absent)."""

from __future__ import annotations

from assistant.evaluation import evaluate, read_questions
from tests.conftest import shared_path


def test_dev_questions_meet_the_bar(sample_assistant):
    questions = read_questions(shared_path("eval", "dev.jsonl"))
    summary = evaluate(sample_assistant, questions)
    assert summary.hits[3] / summary.ranked >= 0.95
    assert summary.hits[1] / summary.ranked >= 0.85
    assert summary.answers_ok / summary.checked >= 0.95
