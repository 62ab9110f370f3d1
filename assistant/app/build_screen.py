"""Offered when there is no usable index: build one (the configured reports, or the built-in
sample) with progress shown, instead of failing."""

from __future__ import annotations

from pathlib import Path

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Label, Static

from assistant.app.build_panel import BuildPanel
from assistant.config import Settings, builtin_sample


class BuildScreen(ModalScreen[None]):
    """Explains why an index is needed and builds it; closes itself once the app has loaded."""

    CSS_PATH = ["build_screen.tcss", "build_panel.tcss"]
    BINDINGS = [Binding("escape", "app.quit", "Quit")]

    def __init__(self, reason: str, settings: Settings) -> None:
        super().__init__()
        self.reason = reason
        self.settings = settings

    def compose(self) -> ComposeResult:
        configured = bool(self.settings.report_paths)
        what = (f"the {len(self.settings.report_paths)} configured report path(s)" if configured
                else "the built-in sample report (Ofsted, Sefton 2011)")
        with Vertical(id="build-dialog"):
            yield Label("An index is needed", id="build-heading")
            yield Static(f"{self.reason}\nBuild it now from {what} into "
                         f"{self.settings.index_dir}?", markup=False, id="build-reason")
            with Horizontal(id="build-buttons"):
                yield Button("Build", variant="primary", id="build")
                if configured:
                    yield Button("Build the sample", id="build-sample")
                yield Button("Quit", id="quit")
            panel = BuildPanel(id="build-panel")
            panel.display = False
            yield panel

    def on_mount(self) -> None:
        self.query_one("#build", Button).focus()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        if event.button.id == "quit":
            self.app.exit()
            return
        paths = (list(self.settings.default_reports) if event.button.id == "build"
                 else [builtin_sample()])
        self.query_one("#build-buttons").display = False
        panel = self.query_one("#build-panel", BuildPanel)
        panel.start("Building the index…")
        # A build from the configured paths mirrors them exactly, like `assistant index`.
        self.app.start_build([Path(p) for p in paths], panel, prune=True)
