"""PDF pages → the report's body lines, without the page furniture.

pypdf gives one text line per visual line. Around the body it also gives running headers and
page numbers (always at the top of a page), footnotes (at the foot, after a separator), Ofsted's
letterhead (in focused-visit letters) and boilerplate pages (copyright, back page). All of that
is removed here, so later stages see only what a reader would read as the report.

Example:
    >>> pages = (Page(1, "Title\\n"), Page(2, " 2 \\nThe text goes on.\\n"))
    >>> [line.text for line in body_lines(pages)]
    ['Title', 'The text goes on.']
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace

from assistant.records import Page

#: How many lines at the top of a page may belong to the running header.
HEADER_DEPTH = 4
#: How many lines at the foot of a page a footnote block may take.
FOOTNOTE_DEPTH = 12

_SPACES = re.compile(r"[ \t\u00a0\u202f\u2009]+")
_BARE_NUMBER = re.compile(r"^\(?\d{1,3}\)?$")
_FOOTNOTE = re.compile(r"^(\d{1,2}) ?[A-Z‘'“]")
_SEPARATOR = re.compile(r"^[_\s]*$")
_COPYRIGHT_PAGE = re.compile(r"^© Crown copyright")
_BACK_PAGE = re.compile(r"^The Office for Standards in Education, Children")
_LETTERHEAD_START = re.compile(r"^(Ofsted|Piccadilly Gate)$")
_LETTERHEAD_END = re.compile(r"www\.gov\.uk/ofsted$")


@dataclass(frozen=True)
class Line:
    """One body line: whitespace collapsed, with the PDF page it sits on.

    ``gap_before`` is True when a space-only line or a page break came before it: a weak hint of
    a new block that later stages combine with other evidence.
    """

    text: str
    page: int
    gap_before: bool = False


def body_lines(pages: tuple[Page, ...] | list[Page]) -> list[Line]:
    """The report's body lines in reading order, page furniture removed."""
    header_keys = _running_header_keys(pages)
    lines: list[Line] = []
    markers: set[str] = set()
    for index, page in enumerate(pages):
        number = page.number if page.number is not None else index + 1
        raw = [_clean(text) for text in page.text.split("\n")]
        raw = _drop_page_top(raw, header_keys)
        raw, notes = _split_footnotes(raw)
        markers.update(notes)
        raw = _drop_letterhead(raw)
        content = [text for text in raw if text]
        if content and _COPYRIGHT_PAGE.match(content[0]):
            continue
        gap = True
        for text in raw:
            if not text:
                gap = True
                continue
            lines.append(Line(text=text, page=number, gap_before=gap))
            gap = False
    return _drop_back_page(_strip_markers(lines, markers), len(pages))


def _clean(text: str) -> str:
    return _SPACES.sub(" ", text).strip()


def _header_key(text: str) -> str:
    """A line with its digits removed: running headers differ only in their page number."""
    return re.sub(r"[\d\s]+", "", text).lower()


def _top_lines(text: str) -> list[str]:
    cleaned = (_clean(t) for t in text.split("\n"))
    return [t for t in cleaned if t][:HEADER_DEPTH]


def _running_header_keys(pages: tuple[Page, ...] | list[Page]) -> set[str]:
    """Keys of lines that open at least 40% of pages after the first (and at least two)."""
    later = pages[1:]
    counts: Counter[str] = Counter()
    for page in later:
        counts.update({_header_key(t) for t in _top_lines(page.text) if not _BARE_NUMBER.match(t)})
    needed = max(2, int(0.4 * len(later)))
    return {key for key, n in counts.items() if n >= needed and len(key) >= 4}


def _drop_page_top(lines: list[str], header_keys: set[str]) -> list[str]:
    """Remove running-header lines and a bare page number from the top of a page."""
    kept = list(lines)
    seen = 0
    for index, text in enumerate(kept):
        if not text:
            continue
        seen += 1
        if seen > HEADER_DEPTH or not (
            _BARE_NUMBER.match(text) or _header_key(text) in header_keys
        ):
            break
        kept[index] = ""
    return kept


def _split_footnotes(lines: list[str]) -> tuple[list[str], set[str]]:
    """Cut the footnote block: from the first "<n> <Capital>" line near the foot of the page
    that follows a blank or rule line, to the end of the page. Also returns the footnote
    numbers, so their markers can be taken out of the text."""
    filled = [i for i, text in enumerate(lines) if text]
    for i in filled[-FOOTNOTE_DEPTH:]:
        if _FOOTNOTE.match(lines[i]) and i > 0 and _SEPARATOR.match(lines[i - 1]):
            notes = {m.group(1) for t in lines[i:] if (m := _FOOTNOTE.match(t))}
            return lines[:i], notes
    return lines, set()


def _strip_markers(lines: list[Line], markers: set[str]) -> list[Line]:
    """Take footnote markers off the words they are glued to ("board1", "improve?1")."""
    if not markers:
        return lines
    numbers = "|".join(sorted(markers))
    glued = re.compile(rf"(?:(?<=[a-z][a-z])|(?<=[a-z][.?!)’]))(?:{numbers})(?=[\s,;:.)]|$)")
    return [replace(line, text=glued.sub("", line.text)) for line in lines]


def _drop_back_page(lines: list[Line], page_count: int) -> list[Line]:
    """Cut Ofsted's boilerplate ("The Office for Standards in Education ...") off the end."""
    for index, line in enumerate(lines):
        if line.page >= page_count - 1 and _BACK_PAGE.match(line.text):
            return lines[:index]
    return lines


def _drop_letterhead(lines: list[str]) -> list[str]:
    """Remove Ofsted's address block, which focused-visit letters place anywhere on page 1."""
    for start, text in enumerate(lines):
        if not _LETTERHEAD_START.match(text):
            continue
        following = [t for t in lines[start : start + 3] if t]
        if "Piccadilly Gate" not in following:
            continue
        for end in range(start, min(len(lines), start + 14)):
            if _LETTERHEAD_END.search(lines[end]):
                return lines[:start] + [""] * (end + 1 - start) + lines[end + 1 :]
    return lines
