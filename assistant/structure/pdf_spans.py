"""Where headings are in a run of PDF lines, with no fonts to go by.

A heading follows a finished block (a sentence end, another heading, a table) and is followed
by a new one. A graded heading is recognised by its wording ("The experiences and progress of
children in care: good"), so its lines may be long and there may be up to five of them; any
other heading is at most three short lines, with no closing punctuation and no sentence break.

Example:
    >>> lines = [Line("quickly.", 3), Line("Summary", 3), Line("Children are safe.", 3)]
    >>> heading_span(lines, 1, 80, Context(last_kind="text", block_open=True))
    1
"""

from __future__ import annotations

from dataclasses import dataclass

from assistant.structure.pdf_headings import match_graded_heading
from assistant.structure.pdf_layout import Line
from assistant.structure.pdf_sections import is_known_heading
from assistant.structure.pdf_text import (
    FIELD,
    breaks_sentence,
    ends_clause,
    ends_sentence,
    ends_with_connector,
    is_bullet,
    opens_block,
    paragraph_number,
)

#: A plain heading has at most this many lines.
MAX_HEADING_LINES = 3
#: A graded heading set out like a SIF table cell has up to five ("The experiences and
#: progress of" / "children looked after and achieving" / "permanence" / "Requires improvement"
#: / "to be good").
MAX_GRADED_LINES = 5
#: Each line of a plain heading is at most this share of a full line (wrapped prose is longer).
HEADING_WIDTH = 0.8


@dataclass(frozen=True)
class Context:
    """What has been placed before the line being looked at.

    ``last_kind`` is the kind of the open block (or of the last one placed); ``in_list`` says a
    list is open (a bullet block, or a numbered paragraph holding items); ``next_number`` is the
    number the next numbered paragraph will carry.
    """

    last_kind: str | None = None
    block_open: bool = False
    field_open: bool = False
    bullet_open: bool = False
    in_list: bool = False
    next_number: int = 1
    table_starts: frozenset[int] = frozenset()


def heading_run(
    lines: list[Line], index: int, width: int, context: Context
) -> list[tuple[int, int]]:
    """The heading-like lines that follow one another from ``index``, as (start, line count)
    pairs. A known heading ends the run; one that opens it makes a run of one."""
    run: list[tuple[int, int]] = []
    while index < len(lines):
        span = heading_span(lines, index, width, context, after_heading=bool(run))
        known = span and is_known_heading(_text(lines, index, span))
        if not span or (run and known):
            break
        run.append((index, span))
        if known:
            break
        index += span
    return run


def heading_span(
    lines: list[Line], index: int, width: int, context: Context, after_heading: bool = False
) -> int:
    """How many lines from ``index`` form a heading (0 when they do not)."""
    first = lines[index].text
    if not first[:1].isupper() or is_bullet(first) or FIELD.match(first) or paragraph_number(first):
        return 0
    if first.count(")") > first.count("("):
        # "Framework)" closes a bracket opened on the line before: it goes on a sentence.
        return 0
    previous = lines[index - 1].text if index else ""
    after_block = (
        after_heading
        or not context.block_open
        or context.field_open
        or context.last_kind in ("heading", "table")
        or ends_sentence(previous)
        # A heading Ofsted always uses may follow a table cell or an address with no full stop.
        or (
            is_known_heading(first)
            and not ends_with_connector(previous)
            and not ends_clause(previous)
        )
    )
    # A graded heading may also follow a list, or a bracketed tag ("(Outcome four, National" /
    # "Framework)"), that a plain heading may not.
    after_list = after_block or context.in_list or previous.endswith(")")
    graded = graded_span(lines, index, context.table_starts) if after_list else 0
    if graded:
        return graded
    return _plain_span(lines, index, width, context, after_block, after_list)


def graded_span(lines: list[Line], index: int, table_starts: frozenset[int]) -> int:
    """How many lines from ``index`` read as a graded heading followed by a new block (a heading
    never runs into a table)."""
    for span in range(1, MAX_GRADED_LINES + 1):
        if index + span > len(lines) or index + span - 1 in table_starts:
            return 0
        last = lines[index + span - 1].text
        if span > 1 and (is_bullet(last) or paragraph_number(last)):
            return 0
        if opens_block(_following(lines, index + span)) and match_graded_heading(
            _text(lines, index, span)
        ):
            return span
        # Only a colon lets a graded heading go on past a line's end ("...families:" / "good").
        if ends_sentence(last) and not last.endswith(":"):
            return 0
    return 0


def _plain_span(
    lines: list[Line], index: int, width: int, context: Context, after_block: bool, after_list: bool
) -> int:
    gap = lines[index].gap_before
    # Inside a list item a capitalised short line is more often the item's last line than a
    # heading: there a heading needs a gap before it or a name Ofsted uses.
    placed = (
        after_block and (not context.bullet_open or gap or is_known_heading(lines[index].text))
    ) or (context.in_list and gap)
    short = True
    for span in range(1, MAX_HEADING_LINES + 1):
        if index + span > len(lines):
            return 0
        last = lines[index + span - 1].text
        if span > 1 and (is_bullet(last) or paragraph_number(last)):
            return 0
        following = _following(lines, index + span)
        if after_block and index + span in context.table_starts and not ends_clause(last):
            return span
        short = short and len(last) <= HEADING_WIDTH * width and not breaks_sentence(last)
        # Just before the next numbered paragraph a heading may follow a list that ends without
        # a full stop, and a one-line heading may be as long as a line.
        before_paragraph = paragraph_number(following) == context.next_number
        fits = short or (span == 1 and before_paragraph and len(last) <= width)
        if (
            (placed or (before_paragraph and after_list))
            and fits
            and not ends_clause(last)
            and not ends_with_connector(last)
            and opens_block(following)
        ):
            return span
        if ends_sentence(last):
            return 0
    return 0


def _following(lines: list[Line], index: int) -> str:
    return lines[index].text if index < len(lines) else ""


def _text(lines: list[Line], start: int, span: int) -> str:
    return " ".join(line.text for line in lines[start : start + span])
