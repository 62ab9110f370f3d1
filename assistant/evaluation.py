"""Score answers against questions with gold paragraphs (the format of ``eval/*.jsonl``).

Each line: ``{"question", "gold_paragraphs": [int], "answer_must_contain": [[alternatives]]}``,
optionally ``"answer_must_not_contain": [str]`` and ``"source"`` (a path suffix the top
citation's source must end with, for questions over many reports).

Example:
    >>> hit_rank([43, 12], [12])
    2
"""

from __future__ import annotations

import json
import statistics
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from assistant.records import Answer


@dataclass(frozen=True)
class Question:
    id: str
    question: str
    gold_paragraphs: tuple[int, ...]
    must_contain: tuple[tuple[str, ...], ...]
    must_not_contain: tuple[str, ...] = ()
    source: str | None = None


@dataclass
class Summary:
    questions: int = 0
    ranked: int = 0          # questions with gold paragraphs or a gold source
    hits: dict[int, int] = field(default_factory=lambda: {1: 0, 3: 0, 5: 0})
    reciprocal_ranks: float = 0.0
    checked: int = 0         # questions with answer checks
    answers_ok: int = 0
    seconds: list[float] = field(default_factory=list)


def read_questions(path: Path) -> list[Question]:
    questions = []
    for n, line in enumerate(path.read_text("utf-8").splitlines(), 1):
        if not line.strip():
            continue
        d = json.loads(line)
        questions.append(Question(
            id=str(d.get("id", n)), question=d["question"],
            gold_paragraphs=tuple(d.get("gold_paragraphs") or ()),
            must_contain=tuple(tuple(group) for group in d.get("answer_must_contain") or ()),
            must_not_contain=tuple(d.get("answer_must_not_contain") or ()),
            source=d.get("source")))
    return questions


def hit_rank(cited: list, gold: list) -> int | None:
    """1-based rank of the first cited item that is gold, or None."""
    for rank, item in enumerate(cited, 1):
        if item in gold:
            return rank
    return None


def answer_ok(answer: Answer, q: Question) -> bool:
    text = answer.text.lower()
    if any(not any(alt.lower() in text for alt in group) for group in q.must_contain):
        return False
    return not any(bad.lower() in text for bad in q.must_not_contain)


def evaluate(assistant, questions: list[Question],
             on_miss: Callable[[str], None] | None = None) -> Summary:
    summary = Summary()
    for q in questions:
        answer = assistant.ask(q.question)
        summary.questions += 1
        summary.seconds.append(answer.seconds)
        rank = None
        if q.gold_paragraphs:
            rank = hit_rank([c.paragraph for c in answer.citations], list(q.gold_paragraphs))
        elif q.source:
            rank = hit_rank([c.source.endswith(q.source) for c in answer.citations], [True])
        if q.gold_paragraphs or q.source:
            summary.ranked += 1
            for k in summary.hits:
                summary.hits[k] += int(rank is not None and rank <= k)
            summary.reciprocal_ranks += 1.0 / rank if rank else 0.0
        ok = True
        if q.must_contain or q.must_not_contain:
            summary.checked += 1
            ok = answer_ok(answer, q)
            summary.answers_ok += int(ok)
        if on_miss and (rank != 1 and (q.gold_paragraphs or q.source) or not ok):
            cited = [c.locator() for c in answer.citations]
            on_miss(f"MISS {q.id}: {q.question}\n  rank={rank} gold={list(q.gold_paragraphs)}"
                    f" answer_ok={ok}\n  answer: {answer.text[:300]}\n  cited: {cited}")
    return summary


def format_summary(s: Summary) -> str:
    def share(n: int, d: int) -> str:
        return f"{n / d:.3f}" if d else "n/a"

    times = sorted(s.seconds) or [0.0]
    p95 = times[min(len(times) - 1, int(round(0.95 * (len(times) - 1))))]
    return "\n".join([
        f"questions      {s.questions}",
        f"hit@1          {share(s.hits[1], s.ranked)}",
        f"hit@3          {share(s.hits[3], s.ranked)}",
        f"hit@5          {share(s.hits[5], s.ranked)}",
        f"MRR            {share(s.reciprocal_ranks, s.ranked) if s.ranked else 'n/a'}",
        f"answer checks  {share(s.answers_ok, s.checked)} ({s.answers_ok}/{s.checked})",
        f"seconds        median {statistics.median(times):.3f}, p95 {p95:.3f}",
    ])
