"""Paragraphs → chunks that keep their locators (report, page, section, paragraph number).

A paragraph is one chunk unless it is longer than ``max_tokens`` word pieces; then it is cut at
sentence boundaries into overlapping pieces that all keep the paragraph number. The text the
model sees (``embed_text``) is prefixed with the report, the section path and the section's grade,
so "partnership working grade" finds paragraph 43 and not a bare heading.

Headings are not chunks of their own: their words are in the context of every chunk below them.

Example:
    >>> from assistant.reading import read_document
    >>> from assistant.structure import parse_report
    >>> report = parse_report(read_document("assistant/data/sefton-2011.txt"))
    >>> chunk = [c for c in chunk_report(report) if c.paragraph == 43][0]
    >>> chunk.embed_text.splitlines()[0]
    'Sefton 2011 | Safeguarding services > Partnership working (grade: good)'
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from assistant.records import Chunk, Report
from assistant.sentences import split_sentences

TokenCounter = Callable[[str], int]


def approximate_tokens(text: str) -> int:
    """A cheap upper-side estimate of word pieces (words, numbers and punctuation marks)."""
    return int(len(re.findall(r"\w+|[^\w\s]", text)) * 1.2) + 1


def section_grades(report: Report) -> dict[tuple[str, ...], str]:
    """Grade stated for each section, keyed by the section path."""
    grades: dict[tuple[str, ...], str] = {}
    for j in report.judgements:
        if j.origin == "heading":
            key = (j.part, j.area) if j.part else (j.area,)
            grades.setdefault(tuple(k for k in key if k), j.grade)
    return grades


def _units(text: str) -> list[str]:
    """Lines, and sentences within lines: the pieces a long paragraph is cut between."""
    units: list[str] = []
    for line in text.split("\n"):
        units.extend(split_sentences(line) or ([line] if line.strip() else []))
    return units


def _split_long_unit(unit: str, max_tokens: int, count: TokenCounter) -> list[str]:
    words = unit.split(" ")
    pieces, current = [], []
    for word in words:
        if current and count(" ".join(current + [word])) > max_tokens:
            pieces.append(" ".join(current))
            current = []
        current.append(word)
    if current:
        pieces.append(" ".join(current))
    return pieces


def split_text(text: str, max_tokens: int, overlap_tokens: int, count: TokenCounter) -> list[str]:
    """Cut ``text`` into pieces of at most ``max_tokens``, overlapping by whole sentences."""
    if count(text) <= max_tokens:
        return [text]
    units: list[str] = []
    for unit in _units(text):
        units.extend(_split_long_unit(unit, max_tokens, count)
                     if count(unit) > max_tokens else [unit])
    pieces: list[str] = []
    current: list[str] = []
    for unit in units:
        if current and count(" ".join(current + [unit])) > max_tokens:
            pieces.append(" ".join(current))
            overlap: list[str] = []
            for previous in reversed(current):
                if count(" ".join([previous] + overlap)) > overlap_tokens:
                    break
                overlap.insert(0, previous)
            current = overlap
        current.append(unit)
    if current:
        pieces.append(" ".join(current))
    return pieces


def sentence_texts(chunk: Chunk) -> list[str]:
    """The sentences of a chunk, as stored and quoted.

    A lead-in line ("Immediately:") is kept with the list item after it, so the item is found
    by the words of its lead-in; both stay verbatim once whitespace is normalised.
    """
    units: list[str] = []
    pending = ""
    for line in chunk.text.split("\n"):
        sentences = split_sentences(line)
        if not sentences:
            continue
        if pending:
            sentences[0] = f"{pending} {sentences[0]}"
            pending = ""
        if len(sentences) == 1 and sentences[0].endswith(":") and len(sentences[0]) < 80:
            pending = sentences.pop()
        units.extend(sentences)
    if pending:
        units.append(pending)
    return units or [chunk.text]


def sentence_embed_text(chunk: Chunk, sentence: str) -> str:
    """What the model sees for one sentence: its section heading, then the sentence."""
    heading = chunk.section.rsplit(" > ", 1)[-1]
    return f"{heading}: {sentence}" if heading else sentence


def chunk_report(report: Report, max_tokens: int = 200, overlap_tokens: int = 30,
                 count: TokenCounter = approximate_tokens) -> Iterable[Chunk]:
    """Yield the chunks of a report in reading order."""
    grades = section_grades(report)
    for index, para in enumerate(report.paragraphs):
        if para.kind == "heading" or not para.text.strip():
            continue
        context = " > ".join(para.section)
        grade = grades.get(para.section)
        header = f"{report.label} | {context}" + (f" (grade: {grade})" if grade else "")
        budget = max(32, max_tokens - count(header))
        for piece in split_text(para.text, budget, overlap_tokens, count):
            yield Chunk(report=report.id, paragraph=para.number, page=para.page,
                        section=context, text=piece, embed_text=f"{header}\n{piece}",
                        paragraph_index=index, kind=para.kind)
