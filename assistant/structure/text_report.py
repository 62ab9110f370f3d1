"""Plain-text reports (the 2011 sample's layout): one paragraph per line, blank lines between
blocks, page breaks shown as a blank line that can fall inside a paragraph.

Example:
    >>> from assistant.reading import read_document
    >>> report = parse_text_report(read_document("assistant/data/sefton-2011.txt"))
    >>> [j.grade for j in report.judgements if j.area == "Partnership working"]
    ['good', 'good']
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from assistant.records import Document, Judgement, Paragraph, Report, ReportMetadata
from assistant.structure import make_report_id
from assistant.structure.grades import GRADE_LINE, grade_number_on_scale, normalise_grade

NUMBERED = re.compile(r"^\s*(\d{1,3})\.\s+(.*)$")
BULLET = re.compile(r"^\s*[-•]\s+(.*)$")
INLINE_GRADE = re.compile(r"^(.*?)\s*\*\*\s*(Grade\s+[1-4]\s*\([^)]*\))\s*\*\*\s*$")
RULE_LINE = re.compile(r"^[-\s]+$")
TERMINAL = (".", "!", "?", ":", ";", ")", '"', "'")
#: Numbering never restarts; a jump larger than this is a number inside the text, not a paragraph.
MAX_NUMBER_GAP = 3


@dataclass
class _Block:
    """A paragraph being assembled."""

    number: int | None
    kind: str
    section: tuple[str, ...]
    lines: list[str] = field(default_factory=list)

    def text(self) -> str:
        return "\n".join(self.lines).strip()


def _is_heading(line: str) -> bool:
    text = line.strip()
    if not text or len(text) > 150 or "\t" in line or NUMBERED.match(text) or BULLET.match(text):
        return False
    if INLINE_GRADE.match(text):
        return True
    return text[0].isupper() and not text.endswith((".", ",", ";"))


def _next_content(lines: list[str], i: int) -> str:
    for line in lines[i + 1:]:
        if line.strip():
            return line
    return ""


class _TextParser:
    def __init__(self, lines: list[str]):
        self.lines = lines
        self.paragraphs: list[Paragraph] = []
        self.judgements: list[Judgement] = []
        self.block: _Block | None = None
        self.section: tuple[str, ...] = ()
        self.part: str | None = None
        self.pending_heading: Judgement | None = None
        self.heading_run: list[str] = []
        self.last_number = 0
        self.in_front_matter = True

    # -- helpers ------------------------------------------------------------------------
    def flush(self) -> None:
        if self.block and self.block.text():
            self.paragraphs.append(Paragraph(
                number=self.block.number, text=self.block.text(), section=self.block.section,
                page=None, kind=self.block.kind))
        self.block = None

    def start(self, number: int | None, kind: str, text: str) -> None:
        self.flush()
        self.block = _Block(number=number, kind=kind, section=self.section, lines=[text])

    def numbered_number(self, line: str) -> int | None:
        match = NUMBERED.match(line)
        if not match:
            return None
        number = int(match.group(1))
        return number if self.last_number < number <= self.last_number + MAX_NUMBER_GAP else None

    # -- line kinds -----------------------------------------------------------------------
    def heading(self, text: str, next_line: str) -> None:
        self.flush()
        self.in_front_matter = False
        grade = None
        inline = INLINE_GRADE.match(text)
        if inline:
            text, grade = inline.group(1).strip(), inline.group(2)
        text = text.strip()
        self.heading_run.append(text)
        if len(self.heading_run) >= 2 and text.lower() == "overall effectiveness":
            # Each part of the report opens with its own "Overall effectiveness".
            self.part = self.heading_run[-2]
            opener = self.paragraphs[-1]
            self.paragraphs[-1] = Paragraph(number=None, text=opener.text, section=(self.part,),
                                            page=None, kind="heading")
        if next_line.strip() and "\t" in next_line and not NUMBERED.match(next_line):
            self.part = None  # a heading over a table (contents, summary) stands alone
        self.section = (self.part, text) if self.part and self.part != text else (text,)
        self.paragraphs.append(Paragraph(number=None, text=text, section=self.section,
                                         page=None, kind="heading"))
        if grade:
            self.grade(grade)

    def grade(self, text: str) -> None:
        match = GRADE_LINE.search(text)
        if not match or not self.section:
            return
        area = self.section[-1]
        self.pending_heading = Judgement(
            part=self.section[0] if len(self.section) > 1 else None, area=area,
            grade=normalise_grade(match.group(2)), grade_number=int(match.group(1)),
            paragraph=None, page=None, origin="heading")
        last = self.paragraphs[-1]
        if last.kind == "heading" and last.text == area:
            self.paragraphs[-1] = Paragraph(number=None, text=f"{area}\n{match.group(0)}",
                                            section=last.section, page=None, kind="heading")

    def numbered(self, number: int, text: str) -> None:
        self.heading_run = []
        self.in_front_matter = False
        self.last_number = number
        self.start(number, "numbered", text.strip())
        if self.pending_heading:
            j = self.pending_heading
            self.judgements.append(Judgement(**{**j.__dict__, "paragraph": number}))
            self.pending_heading = None

    def other(self, raw: str, blank_before: bool, next_line: str) -> None:
        """Bullets, lead-in lines, table rows and prose that are not headings."""
        self.heading_run = []
        text = raw.strip()
        bullet = BULLET.match(raw)
        block = self.block
        if block and block.kind in ("numbered", "table", "text") and block.lines:
            previous = block.lines[-1].rstrip()
            if bullet and blank_before and not previous.endswith(TERMINAL):
                # A page break inside a paragraph shows as a blank line, and the text file
                # marks some of these continuations with "- ": join them back.
                block.lines[-1] = f"{previous} {bullet.group(1)}"
                return
            if bullet:
                block.lines.append(f"- {bullet.group(1)}")
                return
            if block.kind == "numbered" or (block.kind == "table" and "\t" in raw):
                if "\t" in raw or text.endswith(":") or BULLET.match(next_line):
                    block.lines.append(text)
                else:
                    block.lines[-1] = f"{previous} {text}"
                return
        kind = "table" if "\t" in raw else "bullet" if bullet else "text"
        self.start(None, kind, f"- {bullet.group(1)}" if bullet else text)

    # -- driver -----------------------------------------------------------------------------
    def run(self) -> None:
        blank_before = False
        for i, raw in enumerate(self.lines):
            if not raw.strip() or RULE_LINE.match(raw.replace("\t", " ")):
                blank_before = True
                continue
            next_line = _next_content(self.lines, i)
            number = self.numbered_number(raw)
            if number is not None:
                self.numbered(number, NUMBERED.match(raw).group(2))
            elif GRADE_LINE.fullmatch(raw.strip()):
                self.grade(raw.strip())
            elif self.in_front_matter and raw.strip() != "Contents":
                self.front_matter(raw, blank_before)
            elif _is_heading(raw) and not (raw.strip().endswith(":") and BULLET.match(next_line)):
                self.heading(raw, next_line)
            else:
                self.other(raw, blank_before, next_line)
            blank_before = False
        self.flush()

    def front_matter(self, raw: str, blank_before: bool) -> None:
        """The title page: one text paragraph per blank-line-separated block."""
        if self.block and not blank_before:
            self.block.lines.append(raw.strip())
        else:
            self.start(None, "text", raw.strip())


def _table_judgements(paragraphs: list[Paragraph], headings: list[Judgement],
                      parts: set[str]) -> list[Judgement]:
    """Rows "Area<TAB>Grade" of summary tables ("Record of main findings")."""
    found: list[Judgement] = []
    by_key = {((j.part or "").lower(), j.area.lower()): j for j in headings}
    for para in paragraphs:
        if para.kind != "table":
            continue
        part: str | None = None
        for row in para.text.split("\n"):
            area, _, grade = (cell.strip() for cell in row.partition("\t"))
            if not grade:
                if area in parts:
                    part = area
                continue
            number = grade_number_on_scale(grade)
            if number is None:
                continue
            heading = by_key.get(((part or "").lower(), area.lower()))
            found.append(Judgement(
                part=part, area=area, grade=normalise_grade(grade), grade_number=number,
                paragraph=heading.paragraph if heading else None, page=None, origin="table"))
    return found


def _metadata(lines: list[str], judgements_found: bool) -> ReportMetadata:
    content = [line.strip() for line in lines if line.strip()]
    title = content[0] if content else None
    la = content[1] if len(content) > 1 and ":" not in content[1] else None

    def field_after(pattern: str) -> str | None:
        for line in content[:40]:
            match = re.match(pattern + r"\s*:?\s*(.+)$", line, re.IGNORECASE)
            if match:
                return match.group(1).strip()
        return None

    dates = field_after(r"Inspection dates?")
    inspector = field_after(r"(?:Reporting|Lead) inspector")
    if inspector:
        inspector = re.sub(r",?\s+(HMI|Her Majesty.s Inspector|His Majesty.s Inspector)$",
                           "", inspector).strip()
    published = field_after(r"(?:Report )?[Pp]ublished")
    years = re.findall(r"\b(?:19|20)\d\d\b", dates or published or "")
    report_type = None
    if title and title.lower().startswith("inspection of"):
        report_type = title[len("inspection of"):].strip().rstrip(".") + " inspection"
    return ReportMetadata(
        title=title, local_authority=la, inspection_dates=dates, published=published,
        lead_inspector=inspector, report_type=report_type,
        year=int(years[-1]) if years else None)


def parse_text_report(document: Document) -> Report:
    """Parse a plain-text report into paragraphs, sections, judgements and metadata."""
    lines = document.pages[0].text.split("\n")
    parser = _TextParser(lines)
    parser.run()
    headings = parser.judgements
    parts = {j.part for j in headings if j.part}
    table = _table_judgements(parser.paragraphs, headings, parts)
    metadata = _metadata(lines, bool(headings))
    return Report(
        id=make_report_id(metadata, document.source), source=document.source,
        title=metadata.title or document.source, pages=None,
        paragraphs=tuple(parser.paragraphs), judgements=tuple(headings + table),
        metadata=metadata)
