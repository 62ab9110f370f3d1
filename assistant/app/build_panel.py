"""A build's progress inside the app: reports read, texts embedded, and every skipped file."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import Label, ProgressBar, Static

from assistant.app.messages import BuildFinished, BuildStep


class BuildPanel(Vertical):
    """Shows a running build; the build's worker posts ``BuildStep`` messages to it."""

    def compose(self) -> ComposeResult:
        yield Label("", id="build-title")
        yield Label("reports", classes="bar-label")
        yield ProgressBar(id="files-bar", show_eta=False)
        yield Label("texts embedded", classes="bar-label")
        yield ProgressBar(id="chunks-bar", show_eta=False)
        yield Static("", id="build-notes", markup=False)

    def start(self, title: str) -> None:
        """Reset the bars and show the panel for a new build."""
        self.query_one("#build-title", Label).update(title)
        self.query_one("#files-bar", ProgressBar).update(total=None, progress=0)
        self.query_one("#chunks-bar", ProgressBar).update(total=None, progress=0)
        self._notes: list[str] = []
        self.query_one("#build-notes", Static).update("")
        self.display = True

    def on_build_step(self, step: BuildStep) -> None:
        step.stop()
        if step.kind == "note" and step.note:
            self._note(step.note)
            return
        bar = self.query_one("#files-bar" if step.kind == "files" else "#chunks-bar", ProgressBar)
        if step.total is not None:
            # The chunk total grows report by report; the file total is known at once.
            total = step.total if step.kind == "files" else (bar.total or 0) + step.total
            bar.update(total=total)
        if step.advance:
            bar.advance(step.advance)

    def finish(self, done: BuildFinished) -> None:
        """Show the build's outcome: a summary, and one line per skipped file."""
        if done.error:
            self.query_one("#build-title", Label).update("The build failed")
            self._note(done.error)
            return
        self.query_one("#build-title", Label).update("The index is up to date")
        for bar in self.query(ProgressBar):
            bar.update(total=bar.total or 1, progress=bar.total or 1)  # done, even if idle
        result = done.result
        for path, reason in result.skipped:
            self._note(f"skipped {path}: {reason}")
        self._note(f"{len(result.added)} added, {len(result.updated)} updated, "
                   f"{len(result.unchanged)} unchanged, {len(result.removed)} removed, "
                   f"{len(result.skipped)} skipped; {result.total_chunks} chunks in the index.")

    def _note(self, text: str) -> None:
        self._notes.append(text)
        self.query_one("#build-notes", Static).update("\n".join(self._notes))
