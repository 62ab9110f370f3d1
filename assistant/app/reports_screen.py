"""The reports screen: what is indexed, with metadata and judgements; choose one to limit
questions to it; add a file or folder and rebuild without leaving the app."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Input, Label

from assistant.app.build_panel import BuildPanel
from assistant.app.timeline import Timeline

if TYPE_CHECKING:
    from assistant.store import ReportSummary, Store

ALL = "*all*"


class ReportsScreen(Screen[None]):
    """Enter on a report limits questions to it ("All reports" lifts the limit)."""

    CSS_PATH = ["reports_screen.tcss", "build_panel.tcss", "timeline.tcss"]
    BINDINGS = [Binding("escape", "dismiss", "Back")]

    def __init__(self, summaries: list[ReportSummary], scope: str | None,
                 store: Store | None = None) -> None:
        super().__init__()
        self.summaries = summaries
        self.scope = scope
        self.store = store

    def compose(self) -> ComposeResult:
        with Vertical(id="reports-top"):
            yield Label("Reports in the index · Enter limits questions to one", id="reports-title")
            yield DataTable(id="reports-table", cursor_type="row", zebra_stripes=True)
            yield Label("Judgements", id="judgements-title")
            yield DataTable(id="judgements-table", cursor_type="row")
            yield Timeline(id="timeline")
        yield Input(placeholder="Add a report file or folder (PDF or text) and press Enter",
                    id="add-path")
        panel = BuildPanel(id="build-panel")
        panel.display = False
        yield panel
        yield Footer()

    def on_mount(self) -> None:
        reports = self.query_one("#reports-table", DataTable)
        # Fixed widths: one report's long date line must not push the rest off screen.
        for label, width in (("report", 30), ("dates", 28), ("lead inspector", 18),
                             ("pages", 5), ("paras", 5), ("inspection", None)):
            reports.add_column(label, width=width)
        self.query_one("#judgements-table", DataTable).add_columns("grade", "para", "area",
                                                                   "part")
        self.show_reports(self.summaries)
        reports.focus()

    def show_reports(self, summaries: list[ReportSummary]) -> None:
        """Fill the table (again, after a build) and keep the chosen report highlighted."""
        self.summaries = sorted(summaries, key=lambda s: s.id)
        table = self.query_one("#reports-table", DataTable)
        table.clear()
        table.add_row("All reports", "", "", "", "", f"{len(self.summaries)} indexed", key=ALL)
        for s in self.summaries:
            m = s.metadata
            table.add_row(s.label, m.inspection_dates or m.published or "", m.lead_inspector or "",
                          s.pages or "", s.paragraphs, m.report_type or s.title, key=s.id)
        # On the chosen report, else on the first one so that its judgements show.
        keys = [ALL] + [s.id for s in self.summaries]
        table.move_cursor(row=keys.index(self.scope) if self.scope in keys
                          else min(1, len(keys) - 1))

    def on_data_table_row_highlighted(self, event: DataTable.RowHighlighted) -> None:
        if event.data_table.id != "reports-table":
            return
        judgements = self.query_one("#judgements-table", DataTable)
        judgements.clear()
        summary = next((s for s in self.summaries if s.id == event.row_key.value), None)
        title = self.query_one("#judgements-title", Label)
        if summary is None:
            title.update("Judgements · highlight a report to see them")
            return
        title.update(f"Judgements · {summary.label}")
        seen = set()
        for j in summary.judgements:
            key = (j.part, j.area.casefold(), j.grade)
            if key in seen:
                continue  # the body heading and the summary table state the same grade
            seen.add(key)
            judgements.add_row(j.grade, j.paragraph if j.paragraph is not None else "", j.area,
                               j.part or "")
        if self.store is not None and summary.metadata.local_authority:
            self._show_timeline(summary.metadata.local_authority)

    @work(thread=True, exclusive=True, group="timeline")
    def _show_timeline(self, authority: str) -> None:
        """Read the authority's reports off the UI thread, then draw its timeline."""
        from assistant.judgements_table import authority_timeline

        inspections = authority_timeline(self.store, authority)
        self.app.call_from_thread(self.query_one(Timeline).show, authority, inspections)

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        if event.data_table.id != "reports-table":
            return
        key = event.row_key.value
        self.app.set_scope(None if key == ALL else key)
        self.dismiss()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        path = event.value.strip()
        event.input.value = ""
        if not path:
            return
        panel = self.query_one("#build-panel", BuildPanel)
        panel.start(f"Adding {path}…")
        self.app.start_build([Path(path).expanduser()], panel, prune=False)
