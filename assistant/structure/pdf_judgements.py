"""Blocks and judgement tables → the report's graded judgements.

Judgements come from graded headings and sentences in the body (origin "heading"), from summary
tables on page 1 or in a "Record of main findings" (origin "table"), from a SIF overall sentence
("Children’s services in Kent are good"), and, for an area SEND inspection, from its outcome
sentence (area "Inspection outcome"). A heading's judgement points at the first numbered
paragraph after it; a table row points where the matching heading points.

Example:
    >>> blocks = [Block("heading", "The experiences and progress of children in care: good", 5, ()),
    ...           Block("numbered", "Children are safe.", 5, (), number=21, start=1)]
    >>> [(j.area, j.grade, j.paragraph) for j in read_judgements(blocks, [])]
    [('The experiences and progress of children in care', 'good', 21)]
"""

from __future__ import annotations

from assistant.records import Judgement
from assistant.structure.grades import normalise_grade
from assistant.structure.pdf_blocks import Block
from assistant.structure.pdf_headings import (
    area_key,
    canonical_area,
    match_graded_heading,
    match_overall_sentence,
    match_send_outcome,
)
from assistant.structure.pdf_tables import Table

OVERALL = "Overall effectiveness"
SEND_OUTCOME = "Inspection outcome"
#: An overall sentence is read only from the first pages (later ones repeat it in prose).
OVERALL_SENTENCE_PAGES = 2
#: Share of words two area names must have in common to count as the same area.
MIN_OVERLAP = 0.8


def read_judgements(blocks: list[Block], tables: list[Table]) -> list[Judgement]:
    """Every judgement in reading order."""
    found = _heading_judgements(blocks) + _body_table_judgements(blocks, tables)
    found += _overall_sentence(blocks, found) + _send_outcome(blocks)
    found += _summary_table_judgements(tables, [j for _, j in found])
    return [judgement for _, judgement in sorted(found, key=lambda pair: pair[0])]


def _next_paragraph(blocks: list[Block], start: int) -> int | None:
    """The number of the first numbered paragraph that starts at or after line ``start``."""
    for block in blocks:
        if block.kind == "numbered" and block.start >= start:
            return block.number
    return None


def _heading_judgements(blocks: list[Block]) -> list[tuple[int, Judgement]]:
    found = []
    for block in blocks:
        graded = match_graded_heading(block.text) if block.kind == "heading" else None
        if graded is None:
            continue
        # Page-1 sentences summarise; the paragraphs that elaborate them come later.
        paragraph = None if block.page == 1 else _next_paragraph(blocks, block.start + 1)
        found.append(
            (
                block.start,
                Judgement(
                    part=None,
                    area=graded.area,
                    grade=graded.grade,
                    grade_number=graded.grade_number,
                    paragraph=paragraph,
                    page=block.page,
                    origin="heading",
                ),
            )
        )
    return found


def _body_table_judgements(blocks: list[Block], tables: list[Table]) -> list[tuple[int, Judgement]]:
    """A SIF body "Key Judgement Judgement Grade" box grades its section like a heading."""
    found = []
    for table in tables:
        if table.summary:
            continue
        for row in table.rows:
            judgement = Judgement(
                part=None,
                area=canonical_area(row.label),
                grade=normalise_grade(row.grade),
                grade_number=None,
                paragraph=_next_paragraph(blocks, row.end),
                page=row.page,
                origin="heading",
            )
            found.append((row.start, judgement))
    return found


def _overall_sentence(
    blocks: list[Block], found: list[tuple[int, Judgement]]
) -> list[tuple[int, Judgement]]:
    if any(judgement.area == OVERALL for _, judgement in found):
        return []
    for block in blocks:
        if block.page > OVERALL_SENTENCE_PAGES:
            break
        grade = match_overall_sentence(block.text) if block.kind in ("heading", "text") else None
        if grade:
            judgement = Judgement(None, OVERALL, grade, None, None, block.page, "heading")
            return [(block.start, judgement)]
    return []


def _send_outcome(blocks: list[Block]) -> list[tuple[int, Judgement]]:
    for block in blocks:
        if block.kind == "text" and block.section[:1] == (SEND_OUTCOME,):
            outcome = match_send_outcome(block.text)
            if outcome:
                return [
                    (
                        block.start,
                        Judgement(None, SEND_OUTCOME, outcome, None, None, block.page, "heading"),
                    )
                ]
    return []


def _summary_table_judgements(
    tables: list[Table], body: list[Judgement]
) -> list[tuple[int, Judgement]]:
    found = []
    for table in tables:
        if not table.summary:
            continue
        for row in table.rows:
            area = canonical_area(row.label)
            judgement = Judgement(
                part=None,
                area=area,
                grade=normalise_grade(row.grade),
                grade_number=None,
                paragraph=_matching_paragraph(area, body),
                page=row.page,
                origin="table",
            )
            found.append((row.start, judgement))
    return found


def _matching_paragraph(area: str, body: list[Judgement]) -> int | None:
    """The paragraph of the body judgement on the same area: same name first, else one name
    inside the other ("Children who need help and protection" in the SIF heading), else the
    closest by shared words (a typo such as "children care leavers")."""
    key = area_key(area)
    with_paragraph = [j for j in body if j.paragraph is not None]
    for judgement in with_paragraph:
        if area_key(judgement.area) == key:
            return judgement.paragraph
    for judgement in with_paragraph:
        other = area_key(judgement.area)
        if key in other or other in key:
            return judgement.paragraph
    scored = [(_overlap(key, area_key(j.area)), j.paragraph) for j in with_paragraph]
    best = max(scored, default=(0.0, None))
    return best[1] if best[0] >= MIN_OVERLAP else None


def _overlap(first: str, second: str) -> float:
    a, b = set(first.split()), set(second.split())
    return len(a & b) / len(a | b) if a | b else 0.0
