"""An authority's inspections, oldest first, with each judgement's grade coloured by grade,
so a reader can see at a glance how a council has moved (issue: judgements across reports).

Example:
    >>> timeline_text("Sefton", authority_timeline(store, "Sefton")).plain  # doctest: +SKIP
    'Timeline · Sefton\nSefton 2011  ... overall effectiveness (safeguarding services): adequate ...'
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.text import Text
from textual.widgets import Static

if TYPE_CHECKING:
    from assistant.judgements_table import JudgementRow

#: Grade (normalised) → how it is drawn.
GRADE_STYLES = {
    "outstanding": "bold green",
    "good": "green",
    "adequate": "yellow",
    "requires improvement": "yellow",
    "inadequate": "bold red",
}
#: Judgements shown per inspection: the headline ones, in this order, then the rest.
HEADLINE = ("overall_effectiveness",)


class Timeline(Static):
    """One line per inspection: its label and framework, then area: grade pairs."""

    def show(self, authority: str, inspections: list[list[JudgementRow]]) -> None:
        self.update(timeline_text(authority, inspections))


def timeline_text(authority: str, inspections: list[list[JudgementRow]]) -> Text:
    """The timeline as styled text, each grade in its colour."""
    text = Text()
    text.append(f"Timeline · {authority}", style="bold")
    if not inspections:
        text.append("\nNo inspection of this authority is in the index.", style="dim")
    for rows in inspections:
        first = rows[0]
        text.append(f"\n{first.label:<28}", style="bold")
        text.append(f" {first.framework:<10}", style="dim")
        graded = sorted(rows, key=lambda r: r.area_key not in HEADLINE)
        pairs = [r for r in graded if r.grade] or graded[:1]
        for n, row in enumerate(pairs):
            text.append(" · " if n else " ")
            if row.grade:
                text.append(f"{_short_area(row)}: ")
                text.append(row.grade, style=GRADE_STYLES[row.grade])
            else:  # a focused visit or SEND inspection: its outcome, never a grade
                text.append(row.outcome or "not graded", style="dim")
    return text


def _short_area(row: JudgementRow) -> str:
    """The area's key in words ("overall effectiveness"), with its part when it has one."""
    area = row.area_key.replace("_", " ")
    return f"{area} ({row.part.lower()})" if row.part else area
