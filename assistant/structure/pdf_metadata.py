"""The facts on an Ofsted PDF's title page: title, local authority, dates, lead inspector, type.

Each era prints them differently (see REPORT-ANATOMY.md); what the text lacks is taken from the
file name ("children's services inspection - 10 march 2023.pdf") or its folder ("bristol/").

Example:
    >>> lines = [Line("Inspection of Bristol local authority", 1), Line("children’s services", 1),
    ...          Line("Inspection dates: 16 to 27 January 2023", 1),
    ...          Line("Lead inspector: Tracey Ledder, His Majesty’s Inspector", 1)]
    >>> meta = read_metadata(lines, "bristol/children's services inspection - 10 march 2023.pdf")
    >>> meta.local_authority, meta.inspection_dates, meta.published, meta.lead_inspector, meta.year
    ('Bristol', '16 to 27 January 2023', '10 March 2023', 'Tracey Ledder', 2023)
"""

from __future__ import annotations

import re
from pathlib import Path

from assistant.records import ReportMetadata
from assistant.structure.pdf_layout import Line
from assistant.structure.pdf_text import FIELD, join_wrapped

#: A title wraps onto at most this many lines, each at most this long.
MAX_TITLE_LINES = 6
MAX_TITLE_WIDTH = 90

_TITLE_START = re.compile(
    r"^(?:(?:Re-)?Inspection of|Area SEND inspection of|Focused visit to)\b", re.IGNORECASE
)
_TABLE_HEADER = re.compile(r"^Judgement\s+Grade$", re.IGNORECASE)
_TITLE_END = re.compile(r"\b(?:services|board|partnership|leavers)$", re.IGNORECASE)
_COUNCIL_LINE = re.compile(r"Council$")
_MONTHS = (
    "january", "february", "march", "april", "may", "june",
    "july", "august", "september", "october", "november", "december",
)  # fmt: skip
_DATE = re.compile(rf"\b(\d{{1,2}})\s+({'|'.join(_MONTHS)})\s+(\d{{4}})\b", re.IGNORECASE)
_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")

_DATES = re.compile(r"^Inspection dates?\s*:\s*(?P<value>.+)$", re.IGNORECASE)
_PUBLISHED = re.compile(r"^(?:Report\s+)?published\s*:\s*(?P<value>.+)$", re.IGNORECASE)
_LETTER_DATES = re.compile(r"children[’']s\s+services\s+on\s+(?P<value>.+?\d{4})", re.IGNORECASE)
_LEAD = re.compile(
    r"^(?:Lead inspectors?\s*:|Reporting inspector\b)\s*(?P<value>.+)$", re.IGNORECASE
)
_LETTER_TEAM = re.compile(
    r"(?:Inspectors?(?:\s+for\s+this\s+visit)?\s+were|carried\s+out\s+by|conducted\s+by)"
    r"(?:\s+Her\s+Majesty[’']s\s+Inspectors|\s+His\s+Majesty[’']s\s+Inspectors)?\s+(?P<value>[^.]+)",
    re.IGNORECASE,
)
_LEAD_IN_TEAM = re.compile(r"lead\s+inspector", re.IGNORECASE)
_NAME_END = re.compile(r"\s*(?:,|\(|\bSenior HMI\b|\bHMI\b|\band\b|\.$).*$")
_SEND_LA = re.compile(
    r"Area SEND inspection of\s+(?P<la>.+?)\s+Local\s+Area\s+Partnership", re.IGNORECASE
)
_ILACS_LA = re.compile(r"^Inspection of\s+(?:the\s+)?(?P<la>.+?)\s+local authority", re.IGNORECASE)
_LETTER_LA = re.compile(r"^Focused visit to\s+(?P<la>.+?)\s+children[’']s services", re.IGNORECASE)
_DESIGNATION_PREFIX = re.compile(
    r"^(?:the\s+)?(?:London Borough of|Royal Borough of|Metropolitan Borough of|Borough of"
    r"|City of (?!London))\s*",
    re.IGNORECASE,
)
_DESIGNATION_SUFFIX = re.compile(
    r"\s+(?:Metropolitan\s+)?(?:Borough\s+|District\s+|County\s+|City\s+)?Council$"
    r"|\s+Metropolitan\s+Borough$|\s+local\s+authority$",
    re.IGNORECASE,
)


def find_title(lines: list[Line]) -> tuple[int, int] | None:
    """The line span (start, end) of the report title on the first page, if it has one."""
    first_page = lines[0].page if lines else 0
    for start, line in enumerate(lines[:40]):
        if line.page != first_page:
            return None
        if _TITLE_START.match(line.text):
            return start, _title_end(lines, start)
    return None


def _title_end(lines: list[Line], start: int) -> int:
    """A title ends with "services", "board", "Partnership" or "leavers", unless the next
    line goes on in lower case ("and" / "Review of ...") or the fields follow it."""
    end = start + 1
    while end < min(len(lines), start + MAX_TITLE_LINES):
        text = lines[end].text
        if (
            _ends_title(text)
            or _COUNCIL_LINE.search(text)
            or text.endswith(".")
            or len(text) > MAX_TITLE_WIDTH
        ):
            break
        complete = bool(_TITLE_END.search(lines[end - 1].text))
        before_field = end + 1 < len(lines) and _ends_title(lines[end + 1].text)
        if complete and not (text[:1].islower() or before_field):
            break
        end += 1
    return end


def _ends_title(text: str) -> bool:
    return bool(FIELD.match(text) or _TABLE_HEADER.match(text))


def report_type(title: str | None) -> str | None:
    """A short name for the kind of report, from its title."""
    if not title:
        return None
    lowered = title.lower()
    if lowered.startswith("area send"):
        return "area SEND"
    if lowered.startswith("focused visit"):
        return "focused visit"
    if "looked after children" in lowered:
        return "looked after children inspection"
    return "children's services inspection"


def read_metadata(lines: list[Line], source: str) -> ReportMetadata:
    """Everything the title page (and the file's name) says about the report."""
    span = find_title(lines)
    title = join_wrapped([ln.text for ln in lines[span[0] : span[1]]]) if span else None
    first_page = [ln.text for ln in lines if ln.page == (lines[0].page if lines else 1)]
    dates = _inspection_dates(first_page)
    published = _field(first_page, _PUBLISHED) or _date_in_name(source)
    year_source = dates or published or ""
    years = _YEAR.findall(year_source)
    return ReportMetadata(
        title=title,
        # The folder name stands in only for a report recognised by its title.
        local_authority=_local_authority(lines, span, title)
        or (_folder_name(source) if title else None),
        inspection_dates=dates,
        published=published,
        lead_inspector=_lead_inspector(lines),
        report_type=report_type(title),
        year=int(years[-1]) if years else None,
    )


def _field(texts: list[str], pattern: re.Pattern[str]) -> str | None:
    for text in texts:
        found = pattern.match(text)
        if found:
            return found.group("value").strip()
    return None


def _inspection_dates(texts: list[str]) -> str | None:
    """The dates as printed; a range can wrap ("... 7 August 2019 to" / "8 August 2019")."""
    for index, text in enumerate(texts):
        found = _DATES.match(text)
        if found:
            value = found.group("value").strip()
            following = texts[index + 1] if index + 1 < len(texts) else ""
            if re.search(r"\b(?:to|and)$|[–-]$", value) and _DATE.match(following):
                value = f"{value} {following}"
            return value
    letter = _LETTER_DATES.search(" ".join(texts))
    return letter.group("value") if letter else None


def _date_in_name(source: str) -> str | None:
    found = _DATE.search(Path(source).stem)
    if not found:
        return None
    day, month, year = found.groups()
    return f"{int(day)} {month.capitalize()} {year}"


def _folder_name(source: str) -> str | None:
    folder = Path(source).parent.name
    return folder.title() if folder else None


def _local_authority(
    lines: list[Line], span: tuple[int, int] | None, title: str | None
) -> str | None:
    if not title or not span:
        return None
    for pattern in (_SEND_LA, _LETTER_LA):
        found = pattern.search(title)
        if found:
            return _tidy(found.group("la"), keep_borough=pattern is _SEND_LA)
    named = _ILACS_LA.match(title)
    if named and not named.group("la").lower().startswith(("children", "services")):
        return _tidy(named.group("la"))
    council = _council_name(lines, span)
    return _tidy(council) if council else None


def _council_name(lines: list[Line], span: tuple[int, int]) -> str | None:
    """The council as printed around the title: the lines above it (SIF, ILACS 2018-20) or
    the line below it ending in "Council" (2013)."""
    start, end = span
    above = [ln.text for ln in lines[:start] if not ln.text.isdigit()]
    if above:
        return join_wrapped(above)
    if end < len(lines) and _COUNCIL_LINE.search(lines[end].text):
        return lines[end].text
    return None


def _tidy(name: str, keep_borough: bool = False) -> str:
    """Drop the council's designation ("London Borough of", "Borough Council")."""
    name = " ".join(name.split())
    if keep_borough:
        return name
    name = _DESIGNATION_PREFIX.sub("", name)
    return _DESIGNATION_SUFFIX.sub("", name).strip() or name


def _lead_inspector(lines: list[Line]) -> str | None:
    for line in lines:
        found = _LEAD.match(line.text)
        if found:
            return _name(found.group("value"))
    first_page = " ".join(line.text for line in lines if line.page == lines[0].page)
    team = _LETTER_TEAM.search(first_page)
    if team:
        return _name(team.group("value"))
    return _send_lead_inspector(lines)


def _send_lead_inspector(lines: list[Line]) -> str | None:
    """The Ofsted lead in an area SEND team table, whose two columns run together:
    "Una Buckley, HMI, Ofsted Lead inspector Lesley Perry, CQC Lead inspector"."""
    for index, line in enumerate(lines):
        following = lines[index + 1].text if index + 1 < len(lines) else ""
        found = _LEAD_IN_TEAM.search(f"{line.text} {following}")
        if not found or found.start() > len(line.text):
            continue
        cell = line.text[: found.start()]
        if "CQC" not in cell and ("HMI" in cell or "Ofsted" in cell):
            return _name(cell)
    return None


def _name(value: str) -> str | None:
    """A person's name from "Tracey Ledder, His Majesty’s Inspector" or "Ian Young HMI"."""
    name = _NAME_END.sub("", value.strip()).strip()
    return name or None
