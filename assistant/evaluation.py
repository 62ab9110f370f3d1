"""Score answers against questions with gold locations (the format of ``eval/*.jsonl``).

Each line holds ``question`` and any of:

- ``gold_paragraphs`` [int]: a hit is a citation of one of these paragraph numbers;
- ``report`` (a path suffix of the report's source, e.g. "childrens-services/devon/x.pdf")
  with ``gold_pages`` [int]: a hit is a citation from that report on one of these pages;
  ``reports`` with ``gold_pages_by_report`` for a comparison: every report must be hit;
- ``source``: a hit is a citation from that report (any page);
- ``answer_must_contain`` [[alternatives]] and ``answer_must_not_contain`` [str];
- ``refuse``: true when the reports do not answer; the answer must then cite nothing.

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

from assistant.records import Answer, Citation


@dataclass(frozen=True)
class Question:
    id: str
    question: str
    gold_paragraphs: tuple[int, ...]
    must_contain: tuple[tuple[str, ...], ...]
    must_not_contain: tuple[str, ...] = ()
    source: str | None = None
    #: report source suffix → gold pages (empty: any page of that report)
    gold_pages: dict[str, tuple[int, ...]] = field(default_factory=dict)
    refuse: bool = False
    kind: str = ""

    @property
    def ranked(self) -> bool:
        return not self.refuse and bool(self.gold_paragraphs or self.gold_pages or self.source)


@dataclass
class Summary:
    questions: int = 0
    ranked: int = 0          # answerable questions with a gold location
    hits: dict[int, int] = field(default_factory=lambda: {1: 0, 3: 0, 5: 0})
    reciprocal_ranks: float = 0.0
    checked: int = 0         # questions with answer checks
    answers_ok: int = 0
    top_report: int = 0      # ranked questions whose first citation is from a right report
    with_report: int = 0
    unanswerable: int = 0
    refused: int = 0         # unanswerable questions answered with no citation
    answerable: int = 0
    false_refusals: int = 0  # answerable questions answered with no citation
    seconds: list[float] = field(default_factory=list)
    words: list[int] = field(default_factory=list)  # length of each answer that cites
    by_kind: dict[str, list[int]] = field(default_factory=dict)  # kind → [right, total]


class QuestionsError(ValueError):
    """A question file that cannot be read: its message names the file and the line."""


def read_questions(path: Path) -> list[Question]:
    """The questions of a JSON-lines file, one object with a "question" a line.

    Example:
        >>> try:
        ...     read_questions(Path("nowhere.jsonl"))
        ... except QuestionsError as error:
        ...     print(error)
        cannot read questions from nowhere.jsonl: no such file
    """
    try:
        lines = path.read_text("utf-8").splitlines()
    except FileNotFoundError:
        raise QuestionsError(f"cannot read questions from {path}: no such file") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise QuestionsError(f"cannot read questions from {path}: {exc}") from None
    questions = []
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            d = json.loads(line)
        except json.JSONDecodeError as exc:
            raise QuestionsError(f"{path} line {n} is not JSON ({exc.msg})") from None
        if not isinstance(d, dict) or not isinstance(d.get("question"), str):
            raise QuestionsError(f'{path} line {n} has no "question"') from None
        questions.append(Question(
            id=str(d.get("id", n)), question=d["question"],
            gold_paragraphs=tuple(d.get("gold_paragraphs") or ()),
            must_contain=tuple(tuple(group) for group in d.get("answer_must_contain") or ()),
            must_not_contain=tuple(d.get("answer_must_not_contain") or ()),
            source=d.get("source"), gold_pages=_gold_pages(d),
            refuse=bool(d.get("refuse")), kind=d.get("kind", "")))
    return questions


def _gold_pages(d: dict) -> dict[str, tuple[int, ...]]:
    if d.get("gold_pages_by_report"):
        return {k: tuple(v) for k, v in d["gold_pages_by_report"].items()}
    report = d.get("report")
    if report and d.get("gold_pages") and report.lower().endswith((".pdf", ".txt", ".md")):
        return {report: tuple(d["gold_pages"])}
    return {}


def hit_rank(cited: list, gold: list) -> int | None:
    """1-based rank of the first cited item that is gold, or None."""
    for rank, item in enumerate(cited, 1):
        if item in gold:
            return rank
    return None


def citation_rank(citations: tuple[Citation, ...], q: Question) -> int | None:
    """Rank of the first citation at a gold location; for several reports, the rank by which
    every one of them has been hit."""
    if q.gold_pages:
        ranks = [hit_rank([c.source.endswith(report) and bool(set(c.pages) & set(pages))
                           for c in citations],
                          [True]) for report, pages in q.gold_pages.items()]
        return None if None in ranks else max(ranks)
    if q.gold_paragraphs:
        return hit_rank([c.paragraph for c in citations], list(q.gold_paragraphs))
    if q.source:
        return hit_rank([c.source.endswith(q.source) for c in citations], [True])
    return None


def answer_ok(answer: Answer, q: Question) -> bool:
    if q.refuse:
        return not answer.citations
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
        if answer.citations:
            summary.words.append(len(answer.text.split()))
        rank = citation_rank(answer.citations, q) if q.ranked else None
        if q.ranked:
            summary.ranked += 1
            for k in summary.hits:
                summary.hits[k] += int(rank is not None and rank <= k)
            summary.reciprocal_ranks += 1.0 / rank if rank else 0.0
        reports = tuple(q.gold_pages) or ((q.source,) if q.source else ())
        if reports and not q.refuse:
            summary.with_report += 1
            summary.top_report += int(bool(answer.citations) and any(
                answer.citations[0].source.endswith(r) for r in reports))
        if q.refuse:
            summary.unanswerable += 1
            summary.refused += int(not answer.citations)
        else:
            summary.answerable += 1
            summary.false_refusals += int(not answer.citations)
        ok = True
        if q.must_contain or q.must_not_contain or q.refuse:
            ok = answer_ok(answer, q)
            if not q.refuse:
                summary.checked += 1
                summary.answers_ok += int(ok)
        right = ok and (not q.ranked or (rank is not None and rank <= 3))
        tally = summary.by_kind.setdefault(q.kind or "-", [0, 0])
        tally[0] += int(right)
        tally[1] += 1
        if on_miss and (rank != 1 and q.ranked or not ok):
            cited = [c.locator() for c in answer.citations]
            on_miss(f"MISS {q.id} ({q.kind or '-'}): {q.question}\n  rank={rank} "
                    f"gold={list(q.gold_paragraphs) or dict(q.gold_pages) or q.source}"
                    f" answer_ok={ok}\n  answer: {answer.text[:400]}\n  cited: {cited}")
    return summary


def format_summary(s: Summary) -> str:
    def share(n: float, d: int) -> str:
        return f"{n / d:.3f}" if d else "n/a"

    times = sorted(s.seconds) or [0.0]
    lines = [
        f"questions           {s.questions}",
        f"hit@1               {share(s.hits[1], s.ranked)}",
        f"hit@3               {share(s.hits[3], s.ranked)}",
        f"hit@5               {share(s.hits[5], s.ranked)}",
        f"MRR                 {share(s.reciprocal_ranks, s.ranked)}",
        f"answer checks       {share(s.answers_ok, s.checked)} ({s.answers_ok}/{s.checked})",
    ]
    if s.with_report:
        lines.append(f"top report          {share(s.top_report, s.with_report)} "
                     f"({s.top_report}/{s.with_report})")
    if s.unanswerable:
        lines.append(f"unanswerable refused {share(s.refused, s.unanswerable)} "
                     f"({s.refused}/{s.unanswerable})")
    lines.append(f"answerable refused  {share(s.false_refusals, s.answerable)} "
                 f"({s.false_refusals}/{s.answerable})")
    if len(s.by_kind) > 1:
        lines.append("right by kind       " + ", ".join(
            f"{kind} {right}/{total}" for kind, (right, total) in sorted(s.by_kind.items())))
    if s.words:
        # Answer checks look for words in the answer: longer answers pass more of them, so
        # a change that gains checks shows here what it costs the reader.
        lines.append(f"answer words        median {statistics.median(s.words):.0f}, "
                     f"p95 {_p95(sorted(s.words)):.0f}")
    lines.append(f"seconds             median {statistics.median(times):.3f}, "
                 f"p95 {_p95(times):.3f}")
    return "\n".join(lines)


def _p95(values: list) -> float:
    """The 95th percentile of sorted ``values`` (the nearest rank).

    Example:
        >>> _p95(list(range(1, 21)))
        19
    """
    return values[min(len(values) - 1, int(round(0.95 * (len(values) - 1))))]
