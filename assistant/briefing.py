"""Pinned citations → a Markdown briefing: each quote with its report, paragraph and page, the
question it answered and the date it was asked.

Example:
    >>> from datetime import date
    >>> from assistant.records import Citation
    >>> c = Citation("sefton-2011", "s.txt", "Inspection", 43, None,
    ...              "Safeguarding services > Partnership working",
    ...              "Partnership working arrangements are good.", 1.0, "Sefton 2011")
    >>> locator(c)
    'Sefton 2011, para 43'
    >>> print(copy_text(Pin(c, "what was the grade for partnership working?", date(2026, 11, 26))))
    “Partnership working arrangements are good.” (Sefton 2011, para 43)
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from assistant.records import Citation


@dataclass(frozen=True)
class Pin:
    """A citation kept for the briefing, with the question it answered and when."""

    citation: Citation
    question: str
    asked: date


def locator(citation: Citation) -> str:
    """"Report, para N (p. M)" (or "pp. M–N" for a quote across a page break); the section
    name stands in for an unnumbered paragraph.

    Example:
        >>> c = Citation("b", "b.pdf", "T", 12, 7, "Leadership", "Quote.", 1.0, "Bristol 2023")
        >>> locator(c)
        'Bristol 2023, para 12 (p. 7)'
        >>> from dataclasses import replace
        >>> locator(replace(c, last_page=8))
        'Bristol 2023, para 12 (pp. 7–8)'
    """
    text = citation.label or citation.report
    if citation.paragraph is not None:
        text += f", para {citation.paragraph}"
    elif citation.section:
        text += f", {citation.section.rsplit(' > ', 1)[-1].rstrip(':')}"
    if len(citation.pages) > 1:
        text += f" (pp. {citation.pages[0]}–{citation.pages[-1]})"
    elif citation.page is not None:
        text += f" (p. {citation.page})"
    return text


def copy_text(pin: Pin) -> str:
    """One citation as it is pasted elsewhere: the quote, then where it is from."""
    return f"“{pin.citation.quote}” ({locator(pin.citation)})"


def briefing_markdown(pins: list[Pin], exported: datetime) -> str:
    """The briefing: pins grouped under the question they answered, in the pinned order.

    Example:
        >>> from datetime import date, datetime
        >>> from assistant.records import Citation
        >>> c = Citation("s", "s.txt", "T", 43, None, "Partnership working", "It is good.", 1.0,
        ...              "Sefton 2011")
        >>> text = briefing_markdown([Pin(c, "how good?", date(2026, 11, 26))],
        ...                          datetime(2026, 11, 26, 12, 0))
        >>> "> It is good.\\n>\\n> — Sefton 2011, para 43" in text
        True
    """
    lines = ["# Briefing", "",
             f"Exported {exported:%d %B %Y, %H:%M} by report-assistant. Every quote is verbatim "
             "from the report and paragraph it cites.", ""]
    groups: dict[tuple[str, date], list[Pin]] = {}
    for pin in pins:
        groups.setdefault((pin.question, pin.asked), []).append(pin)
    for (question, asked), group in groups.items():
        lines += [f"## {question}", "", f"*Asked {asked:%d %B %Y}.*", ""]
        for pin in group:
            c = pin.citation
            # An unnumbered passage is located by its section already.
            section = f" · {c.section}" if c.section and c.paragraph is not None else ""
            lines += [f"> {c.quote}", ">", f"> — {locator(c)}{section}", ""]
    return "\n".join(lines).rstrip() + "\n"


def write_briefing(pins: list[Pin], folder: Path, exported: datetime | None = None) -> Path:
    """Write the briefing to ``folder/briefing-YYYY-MM-DD-HHMMSS.md`` and return its path."""
    exported = exported or datetime.now()
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"briefing-{exported:%Y-%m-%d-%H%M%S}.md"
    path.write_text(briefing_markdown(pins, exported), "utf-8")
    return path
