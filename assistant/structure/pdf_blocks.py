"""Body lines → blocks: numbered paragraphs, headings, list items, prose and table rows.

pypdf keeps no fonts and its blank lines are unreliable, so boundaries are read from the text:
a numbered paragraph opens with the next number in sequence ("14." after 13, so a number that
wrapped to the start of a line stays in its sentence); headings are found by ``pdf_spans``;
prose breaks where a sentence ends on a short line; a bullet glyph opens a list item.

Example:
    >>> lines = [Line("What needs to improve?", 2), Line("1. Plans are", 2),
    ...          Line("not timely.", 2), Line("2. Audits help.", 3)]
    >>> blocks = build_blocks(lines, [])
    >>> [(b.kind, b.number, b.text) for b in blocks]  # doctest: +NORMALIZE_WHITESPACE
    [('heading', None, 'What needs to improve?'), ('numbered', 1, 'Plans are not timely.'),
     ('numbered', 2, 'Audits help.')]
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from assistant.structure.pdf_headings import match_overall_sentence
from assistant.structure.pdf_layout import Line
from assistant.structure.pdf_sections import is_known_heading, next_section
from assistant.structure.pdf_spans import Context, heading_run
from assistant.structure.pdf_tables import Table
from assistant.structure.pdf_text import (
    FIELD,
    NUMBERED,
    bullet_text,
    ends_sentence,
    ends_with_connector,
    is_bullet,
    join_wrapped,
    opens_block,
    paragraph_number,
)

#: Numbering may skip this many numbers (Windsor & Maidenhead 2020 jumps from 14 to 16).
MAX_SKIP = 2
#: This many heading-like lines in a row are a table (or an address), not headings.
MIN_TABLE_RUN = 3
#: Prose that ends a sentence on a line shorter than this share of a full line ends a block.
SHORT_LINE = 0.85
#: A prose block this long ends at the next sentence that ends a line.
MAX_PROSE_CHARS = 1000

_INSPECTORS = re.compile(
    r"^(?:[\w ]*inspectors?|[\w ]*data analysts?|Quality assurance manager)\b", re.IGNORECASE
)
_GRADE_ONLY = re.compile(r"^Grade\s+[1-4]\s*\([A-Za-z ]+\)$")
_CONTENTS = re.compile(r"^Contents$", re.IGNORECASE)
_CONTENTS_ENTRY = re.compile(r"\D\s\d{1,3}$")
_SIGN_OFF = re.compile(r"^Yours (?:sincerely|faithfully)", re.IGNORECASE)
_SALUTATION = re.compile(r"^Dear\s")


@dataclass(frozen=True)
class Block:
    """A paragraph-sized unit before it becomes a ``Paragraph``; ``start`` is its first line."""

    kind: str
    text: str
    page: int
    section: tuple[str, ...]
    number: int | None = None
    start: int = 0
    #: where the text runs on to a later page: (offset in its whitespace-normalised text, page)
    page_turns: tuple[tuple[int, int], ...] = ()


@dataclass
class _Open:
    """A block still taking lines. ``pieces`` are its items (one unless it holds a list)."""

    kind: str
    page: int
    number: int | None
    start: int
    pieces: list[list[str]] = field(default_factory=list)
    layout: bool = False
    is_field: bool = False
    #: the first line placed on each later page, and that page
    turns: list[tuple[str, int]] = field(default_factory=list)

    def turn_to(self, text: str, page: int | None) -> None:
        last = self.turns[-1][1] if self.turns else self.page
        if page is not None and page > last:
            self.turns.append((text, page))

    def page_turns(self, text: str) -> tuple[tuple[int, int], ...]:
        """Offsets in the whitespace-normalised ``text`` where a later page starts."""
        flat, found, at = " ".join(text.split()), [], 0
        for line, page in self.turns:
            at = flat.find(" ".join(line.split()), at)
            if at < 0:
                break
            found.append((at, page))
        return tuple(found)

    def last_line(self) -> str:
        return self.pieces[-1][-1] if self.pieces[-1] else ""

    def text(self) -> str:
        # Layout blocks (an address, a sign-off) keep their lines; prose is unwrapped.
        join = "\n".join if self.layout else join_wrapped
        return "\n".join(join(piece) for piece in self.pieces if piece)


class _Builder:
    """Collects blocks in reading order and tracks the heading path and paragraph numbering."""

    def __init__(self, table_starts: set[int]) -> None:
        self.table_starts = frozenset(table_starts)
        self.blocks: list[Block] = []
        self.section: tuple[str, ...] = ()
        self.current: _Open | None = None
        self.last_number = 0
        #: The index of the line being placed; blocks record where they start.
        self.position = 0

    def context(self) -> Context:
        current = self.current
        last_kind = current.kind if current else (self.blocks[-1].kind if self.blocks else None)
        return Context(
            last_kind=last_kind,
            block_open=current is not None,
            field_open=bool(current and current.is_field),
            bullet_open=bool(current and current.kind == "bullet"),
            in_list=bool(current and (current.kind == "bullet" or len(current.pieces) > 1)),
            next_number=self.last_number + 1,
            table_starts=self.table_starts,
        )

    def open(
        self,
        kind: str,
        page: int,
        first: str,
        number: int | None = None,
        *,
        layout: bool = False,
        is_field: bool = False,
    ) -> None:
        self.close()
        pieces = [[first] if first else []]
        self.current = _Open(kind, page, number, self.position, pieces, layout, is_field)

    def add_line(self, text: str, page: int | None = None) -> None:
        assert self.current is not None
        self.current.pieces[-1].append(text)
        self.current.turn_to(text, page)

    def add_item(self, text: str, page: int | None = None) -> None:
        assert self.current is not None
        self.current.pieces.append([text])
        self.current.turn_to(text, page)

    def close(self) -> None:
        done, self.current = self.current, None
        if done is None:
            return
        text = done.text()
        if done.kind == "numbered" or text:
            self.blocks.append(
                Block(done.kind, text, done.page, self.section, done.number, done.start,
                      done.page_turns(text))
            )

    def emit(self, kind: str, text: str, page: int) -> None:
        self.close()
        if kind == "heading":
            self.section = next_section(self.section, text)
        self.blocks.append(Block(kind, text, page, self.section, start=self.position))


def build_blocks(
    lines: list[Line], tables: list[Table], title: tuple[int, int] | None = None
) -> list[Block]:
    """Group body lines into blocks, in reading order, each with its heading path.

    ``tables`` are the judgement tables found in the lines (one table block per row);
    ``title`` is the line span of the report's title, placed as one heading.
    """
    width = _full_width(lines)
    tables_at = {table.start: table for table in tables}
    builder = _Builder(set(tables_at))
    index = _letter_opening(lines, builder)
    if title and title[0] > index:
        # The council's name stands above the title (SIF, ILACS 2018-20): one block.
        builder.position = index
        builder.emit("text", _joined(lines, index, title[0] - index), lines[index].page)
        index = title[0]
    while index < len(lines):
        builder.position = index
        table = tables_at.get(index)
        if title and index == title[0]:
            builder.emit("heading", _joined(lines, index, title[1] - index), lines[index].page)
            index = title[1]
        elif table:
            for row in table.rows:
                builder.position = row.start
                builder.emit(
                    "table", " ".join(line.text for line in lines[row.start : row.end]), row.page
                )
            index = table.end
        else:
            index = _step(lines, index, builder, width)
    builder.close()
    return builder.blocks


def _step(lines: list[Line], index: int, builder: _Builder, width: int) -> int:
    """Place line ``index`` and return the index of the next unplaced line."""
    line = lines[index]
    text = line.text
    current = builder.current
    if _SIGN_OFF.match(text):
        builder.open("text", line.page, text, layout=True)
        for rest in lines[index + 1 :]:
            builder.add_line(rest.text)
        return len(lines)
    numbered = NUMBERED.match(text)
    if numbered and _accepts_number(int(numbered.group(1)), lines, index, builder):
        builder.last_number = int(numbered.group(1))
        builder.open("numbered", line.page, numbered.group(2) or "", number=builder.last_number)
        return index + 1
    if current and current.is_field and _continues_field(current, text):
        builder.add_line(text, line.page)
        return index + 1
    after_heading = _place_headings(lines, index, builder, width)
    if after_heading:
        return after_heading
    if is_bullet(text):
        # A list after "...included:" belongs to its numbered paragraph.
        if (
            current
            and current.kind == "numbered"
            and (len(current.pieces) > 1 or current.last_line().endswith(":"))
        ):
            builder.add_item(bullet_text(text), line.page)
        else:
            builder.open("bullet", line.page, bullet_text(text))
    elif FIELD.match(text):
        builder.open("text", line.page, text, is_field=True)
    elif current and current.kind == "numbered" and _is_lead_in(lines, index, builder):
        # "The local authority has the following strengths:" introduces the paragraphs that
        # follow; it is not the end of the one before.
        builder.open("text", line.page, text)
        builder.close()
    elif current and (
        current.kind == "numbered"
        or (current.kind in ("text", "bullet") and not _new_prose_block(current, line, width))
    ):
        builder.add_line(text, line.page)
    else:
        builder.open("text", line.page, text)
    return index + 1


def _place_headings(lines: list[Line], index: int, builder: _Builder, width: int) -> int:
    """Place the heading (or run of heading-like lines) at ``index``; return the index after
    it, or 0 when there is none."""
    spans = heading_run(lines, index, width, builder.context())
    if not spans:
        return 0
    page = lines[index].page
    span = spans[0][1]
    if index + span < len(lines) and _GRADE_ONLY.match(lines[index + span].text):
        # 2013 reports print "Grade 4 (Inadequate)" on the line after the area.
        spans = [(index, span + 1)]
    if len(spans) >= MIN_TABLE_RUN:
        end = spans[-1][0] + spans[-1][1]
        builder.emit("table", "\n".join(_joined(lines, start, span) for start, span in spans), page)
        return end
    span = spans[0][1]
    heading = _joined(lines, index, span)
    # A SIF overall sentence ("Children’s services in Kent are good") stands alone like a
    # heading but opens no section.
    builder.emit("text" if match_overall_sentence(heading) else "heading", heading, page)
    if _CONTENTS.match(heading):
        return _place_contents(lines, index + span, builder)
    return index + span


def _is_lead_in(lines: list[Line], index: int, builder: _Builder) -> bool:
    """A one-line sentence ending in a colon, between a finished paragraph and the next one."""
    following = lines[index + 1].text if index + 1 < len(lines) else ""
    previous = lines[index - 1].text if index else ""
    return (
        lines[index].text.endswith(":")
        and ends_sentence(previous)
        and paragraph_number(following) == builder.last_number + 1
    )


def _letter_opening(lines: list[Line], builder: _Builder) -> int:
    """Place a letter's date-and-address block and its "Dear ..." line, which would otherwise
    read as a run of headings; return the index of the first line after them."""
    for index, line in enumerate(lines[:30]):
        if _SALUTATION.match(line.text) and line.page == lines[0].page:
            if index:
                builder.open("text", lines[0].page, lines[0].text, layout=True)
                for before in lines[1:index]:
                    builder.add_line(before.text)
            builder.position = index
            builder.open("text", line.page, line.text)
            builder.close()
            return index + 1
    return 0


def _place_contents(lines: list[Line], index: int, builder: _Builder) -> int:
    """Place a contents list as one table block: entries end in a page number, and an entry
    may wrap onto a second line."""
    entries: list[list[str]] = []
    pending: list[str] = []
    builder.position = index
    while index < len(lines):
        text = lines[index].text
        if _CONTENTS_ENTRY.search(text):
            entries.append(pending + [text])
            pending = []
        elif len(pending) < 2 and any(
            _CONTENTS_ENTRY.search(ln.text) for ln in lines[index + 1 : index + 3]
        ):
            pending.append(text)
        else:
            break
        index += 1
    if entries:
        builder.emit(
            "table", "\n".join(join_wrapped(entry) for entry in entries), lines[index - 1].page
        )
    return index - len(pending)


def _accepts_number(number: int, lines: list[Line], index: int, builder: _Builder) -> bool:
    """A numbered paragraph opens only with the next number (or after a small gap, at a clear
    boundary), so wrapped numbers ("under the age of" / "13.") stay in their sentence."""
    expected = builder.last_number + 1
    if number == expected:
        return True
    if not expected < number <= expected + MAX_SKIP:
        return False
    previous = lines[index - 1].text if index else ""
    last_kind = builder.context().last_kind
    return lines[index].gap_before or last_kind == "heading" or ends_sentence(previous)


def _continues_field(current: _Open, text: str) -> bool:
    """A field ("Inspection dates: ...") wraps onto lower-case text or after a comma; a list of
    inspectors wraps onto names until its full stop."""
    previous = current.last_line()
    if FIELD.match(text) or ends_sentence(previous):
        return False
    if text[:1].islower() or previous.endswith(",") or ends_with_connector(previous):
        return True
    return bool(_INSPECTORS.match(current.pieces[0][0])) and not is_known_heading(text)


def _new_prose_block(current: _Open, line: Line, width: int) -> bool:
    """Prose breaks where a sentence ends on a short line (or before a gap) and the next line
    opens a sentence. A field ("Inspection dates: ...") that did not wrap is done."""
    if current.is_field:
        return True
    previous = current.last_line()
    short = len(previous) < SHORT_LINE * width
    # Some prose runs on with no short line or gap at its paragraph ends; past a few
    # sentences any sentence end at a line end will do, to keep blocks paragraph-sized.
    long = current.kind == "text" and sum(len(t) for t in current.pieces[-1]) >= MAX_PROSE_CHARS
    return ends_sentence(previous) and (short or line.gap_before or long) and opens_block(line.text)


def _joined(lines: list[Line], start: int, span: int) -> str:
    return join_wrapped([line.text for line in lines[start : start + span]])


def _full_width(lines: list[Line]) -> int:
    """The length of a full line of body text (the 90th percentile), at least 40."""
    lengths = sorted(len(line.text) for line in lines)
    if not lengths:
        return 80
    return max(40, lengths[int(0.9 * (len(lengths) - 1))])
