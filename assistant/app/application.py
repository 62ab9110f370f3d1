"""The app: a conversation over the reports whose every citation opens, and keeps, its source.

A thin shell over the core: the model and index load, questions are answered and indexes are
built in worker threads (``Assistant``, ``build_index``), and their results come back as
messages. Nothing heavy is imported before the first paint.
"""

from __future__ import annotations

import os
import threading
import time
from collections import deque
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from textual import on, work
from textual.app import App, ComposeResult, SystemCommand
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import Screen
from textual.widgets import Footer, OptionList
from textual.worker import Worker, get_current_worker

from assistant.app.chat import ChatLog
from assistant.app.citations import CitationList
from assistant.app.messages import (Answered, BuildFinished, IndexNeeded, Loaded, LoadFailed,
                                    Loading, Turn)
from assistant.app.pins import PinList
from assistant.app.question_input import QuestionInput
from assistant.app.status_line import StatusLine
from assistant.briefing import Pin, copy_text, locator, write_briefing
from assistant.config import Settings
from assistant.conversation import Conversation
from assistant.history import History
from assistant.records import Citation
from assistant.source import cited_passage

if TYPE_CHECKING:
    from assistant.answer import Assistant
    from assistant.app.build_panel import BuildPanel

# Screens other than the main one are imported when first shown: the first paint waits for
# nothing it does not draw.

#: If set, the app writes the wall-clock time of its first paint to this file (benchmarks).
FIRST_PAINT_ENV = "REPORT_ASSISTANT_FIRST_PAINT_FILE"
LIGHT, DARK = "textual-light", "textual-dark"


def one_line(exc: BaseException) -> str:
    """An error as one line for people: the message of errors written for them, else its type."""
    from assistant.errors import USER_ERRORS

    text = " ".join(str(exc).split())
    return text if isinstance(exc, (*USER_ERRORS, OSError)) and text else (
        f"{type(exc).__name__}: {text}")


class ReportAssistantApp(App[None]):
    """The terminal app; build it with ``assistant.app.create_app``."""

    TITLE = "Report assistant"
    CSS_PATH = ["app.tcss", "status_line.tcss", "chat.tcss", "citations.tcss", "pins.tcss",
                "question_input.tcss"]
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (100, "-wide")]
    BINDINGS = [
        Binding("ctrl+e", "export", "Export", priority=True),
        Binding("ctrl+r", "reports", "Reports", priority=True),
        Binding("f1", "help", "Help"),
        Binding("ctrl+t", "toggle_theme", "Theme", priority=True),
        Binding("ctrl+n", "new_conversation", "New chat", priority=True, show=False),
        Binding("escape", "cancel", "Cancel", show=False),
        Binding("ctrl+up", "other_answer(-1)", "Earlier answer", show=False, priority=True),
        Binding("ctrl+down", "other_answer(1)", "Later answer", show=False, priority=True),
    ]

    def __init__(self, settings: Settings, *, report: str | None = None, embedder=None,
                 data_dir: Path, export_dir: Path) -> None:
        super().__init__()
        self.settings = settings
        self.scope = report
        self.export_dir = export_dir
        self.history = History(data_dir / "history.txt")
        self.conversation = Conversation()
        self.assistant: Assistant | None = None
        self.turns: list[Turn] = []
        self.queue: deque[Turn] = deque()
        self.running: Turn | None = None
        self.current: Turn | None = None
        self.answer_seconds: list[float] = []  # Enter → answer painted, per answered question
        self.last_export: Path | None = None
        self._embedder = embedder
        self._ask_lock = threading.Lock()  # one question at a time, even after a cancel
        self._ask_worker: Worker | None = None
        self._build_panel: BuildPanel | None = None
        self._ready_state = "Ready"
        self.theme = DARK

    # -- layout ---------------------------------------------------------------------------
    def compose(self) -> ComposeResult:
        yield StatusLine(id="status")
        with Horizontal(id="panes"):
            yield ChatLog(id="chat")
            with Vertical(id="side"):
                citations = CitationList(id="citations")
                citations.border_title = "Citations"
                yield citations
                pins = PinList(id="pins", classes="-empty")
                pins.border_title = "Pinned"
                yield pins
        yield QuestionInput(self.history, id="question")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one(QuestionInput).focus()
        self._set_state("Loading the model and the index…")
        self._show_scope()
        paint_file = os.environ.get(FIRST_PAINT_ENV)
        if paint_file:
            self.call_after_refresh(Path(paint_file).write_text, f"{time.time():.6f}\n")
        self._load()

    # -- loading --------------------------------------------------------------------------
    @work(thread=True, group="load", exclusive=True, exit_on_error=False)
    def _load(self) -> None:
        from assistant.store import FORMAT, StoreError, current_generation, read_manifest

        index_dir = self.settings.index_dir
        try:
            if current_generation(index_dir) is None:
                self.post_message(IndexNeeded(f"There is no index at {index_dir} yet."))
                return
            try:
                manifest = read_manifest(index_dir)
            except StoreError as exc:
                self.post_message(IndexNeeded(f"The index cannot be read ({one_line(exc)})."))
                return
            if manifest.format != FORMAT:
                self.post_message(IndexNeeded(
                    f"The index at {index_dir} was written by another version of the app."))
                return
            if manifest.model != self.settings.model_name:
                self.post_message(IndexNeeded(
                    f"The index at {index_dir} was built with the model {manifest.model}, "
                    f"not the configured {self.settings.model_name}."))
                return
            count = len(manifest.reports)
            self.post_message(Loading(f"Loading the model and the index "
                                      f"({count} report{'s' if count != 1 else ''})…"))
            from assistant.answer import Assistant

            # The model is loaded once: the first Assistant loads it, reloads and builds share it.
            assistant = Assistant(self.settings, embedder=self._embedder)
            self._embedder = assistant.embedder
            self.post_message(Loaded(assistant))
        except Exception as exc:  # noqa: BLE001 - shown as one line in the app
            self.post_message(LoadFailed(one_line(exc)))

    def on_loading(self, message: Loading) -> None:
        self._set_state(message.what)

    def on_loaded(self, message: Loaded) -> None:
        from assistant.app.build_screen import BuildScreen
        from assistant.app.reports_screen import ReportsScreen

        self.assistant = message.assistant
        summaries = self.assistant.store.summaries
        if self.scope is not None and self.scope not in summaries:
            self.notify(f"No report {self.scope!r} in the index; asking all reports.",
                        severity="warning")
            self.scope = None
        self._show_scope()
        self._ready_state = f"Ready · {len(summaries)} report{'s' if len(summaries) != 1 else ''}"
        self._set_state(self._ready_state)
        if isinstance(self.screen, BuildScreen):
            self.screen.dismiss()
        if isinstance(self.screen, ReportsScreen):
            self.screen.show_reports(list(summaries.values()))
        self._next_question()

    def on_index_needed(self, message: IndexNeeded) -> None:
        from assistant.app.build_screen import BuildScreen

        self._set_state("No index yet")
        chat = self.query_one(ChatLog)
        for turn in self.queue:
            chat.update_turn(turn, waiting_for="an index to be built")
        if not isinstance(self.screen, BuildScreen):
            self.push_screen(BuildScreen(message.reason, self.settings))
        else:
            self.notify(message.reason, severity="error")

    def on_load_failed(self, message: LoadFailed) -> None:
        self._set_state("Not loaded", note=message.error)
        chat = self.query_one(ChatLog)
        while self.queue:  # nothing will answer them: say why rather than wait for ever
            turn = self.queue.popleft()
            turn.error = f"the index could not be loaded ({message.error})"
            chat.update_turn(turn)
        self.notify(message.error, title="Could not load", severity="error", timeout=10)

    # -- building -------------------------------------------------------------------------
    def start_build(self, paths: list[Path], panel: BuildPanel, prune: bool) -> None:
        """Build or update the index from ``paths``, showing progress in ``panel``."""
        self._build_panel = panel
        self._set_state("Building the index…")
        self._build(paths, panel, prune)

    @work(thread=True, group="build", exclusive=True, exit_on_error=False)
    def _build(self, paths: list[Path], panel: BuildPanel, prune: bool) -> None:
        from assistant.app.build_progress import MessageProgress
        from assistant.indexing import build_index

        try:
            loaded = self._embedder
            result = build_index(paths, self.settings, prune=prune,
                                 progress=MessageProgress(panel),
                                 embedder_factory=(lambda: loaded) if loaded else None)
        except Exception as exc:  # noqa: BLE001 - shown as one line in the panel
            self.post_message(BuildFinished(None, one_line(exc)))
            return
        self.post_message(BuildFinished(result))

    def on_build_finished(self, message: BuildFinished) -> None:
        if self._build_panel is not None and self._build_panel.is_attached:
            self._build_panel.finish(message)
        if message.error:
            self._set_state("Build failed", note=message.error)
            return
        result = message.result
        skipped = f"; {len(result.skipped)} skipped" if result.skipped else ""
        self._set_state("Loading the new index…",
                        note=f"{len(result.added)} added, {len(result.updated)} updated{skipped}")
        self._load()

    # -- asking ---------------------------------------------------------------------------
    @on(QuestionInput.Submitted, "#question")
    def ask(self, event: QuestionInput.Submitted) -> None:
        question = " ".join(event.value.split())
        if not question:
            return
        box = self.query_one(QuestionInput)
        box.value = ""
        box.remember(question)
        turn = Turn(number=len(self.turns) + 1, question=question, submitted=time.perf_counter())
        self.turns.append(turn)
        self.query_one(ChatLog).add_turn(turn)
        self.queue.append(turn)
        self._next_question()

    def _next_question(self) -> None:
        if self.assistant is None or self.running is not None or not self.queue:
            return
        turn = self.queue.popleft()
        turn.reading = self.conversation.read(turn.question)
        self.running = turn
        self.query_one(ChatLog).update_turn(turn)
        self._set_state("Answering… (Esc cancels)")
        self._ask_worker = self._answer(turn, self.assistant, self.scope)

    @work(thread=True, group="ask", exit_on_error=False)
    def _answer(self, turn: Turn, assistant: Assistant, scope: str | None) -> None:
        worker = get_current_worker()
        try:
            with self._ask_lock:
                if worker.is_cancelled:
                    return
                answer = assistant.ask(turn.reading.read_as, report=scope)
                cited = answer.citations or answer.related
                passages = tuple(cited_passage(assistant.store.report(c.report), c)
                                 for c in cited)
            done = replace(turn, answer=answer, passages=passages)
        except Exception as exc:  # noqa: BLE001 - shown as one line in the chat
            done = replace(turn, error=one_line(exc))
        if not worker.is_cancelled:
            self.post_message(Answered(done))

    def on_answered(self, message: Answered) -> None:
        turn = message.turn
        if self.running is None or turn.number != self.running.number:
            return  # cancelled while it ran
        self.running = None
        self.turns[turn.number - 1] = turn
        self.query_one(ChatLog).update_turn(turn)
        if turn.answer is not None:
            self.conversation.remember(turn.reading,
                                       [c.label or c.report for c in turn.answer.citations])
            self.show_citations(turn)
            self.call_after_refresh(
                lambda: self.answer_seconds.append(time.perf_counter() - turn.submitted))
        self._set_state(self._ready_state)
        self._next_question()

    def show_citations(self, turn: Turn) -> None:
        """Show ``turn``'s citations in the citations pane (pins and copies refer to it)."""
        self.current = turn
        citations = self.query_one(CitationList)
        citations.show(turn.cited, turn.passages)
        kind = "Citations" if turn.answer.citations else "Possibly related"
        citations.border_title = f"{kind} · question {turn.number}"
        self.query_one(ChatLog).select(turn)

    def action_other_answer(self, step: int) -> None:
        """Show the citations of the answer before (-1) or after (+1) the one shown."""
        answered = [t for t in self.turns if t.answer is not None]
        if self.current is None or not answered:
            return
        position = next(i for i, t in enumerate(answered) if t.number == self.current.number)
        if 0 <= position + step < len(answered):
            self.show_citations(answered[position + step])

    def action_cancel(self) -> None:
        """Esc: give up on the running question (its answer is ignored when it comes), or
        go back to the question box."""
        turn = self.running
        if turn is None:
            self.query_one(QuestionInput).focus()  # Esc from the lists: back to asking
            return
        if self._ask_worker is not None:
            self._ask_worker.cancel()
        turn.cancelled = True
        self.running = None
        self.query_one(ChatLog).update_turn(turn)
        self._set_state(self._ready_state, note="cancelled")
        self._next_question()

    def action_new_conversation(self) -> None:
        """Forget the conversation: follow-ups start afresh, the chat is cleared."""
        self.conversation.reset()
        self.query_one(ChatLog).clear_turns()
        citations = self.query_one(CitationList)
        citations.show((), ())
        citations.border_title = "Citations"
        self.current = None
        self._note("new conversation")

    # -- citations, pins, briefing --------------------------------------------------------
    @on(OptionList.OptionSelected, "#citations")
    def open_source(self, event: OptionList.OptionSelected) -> None:
        self.action_open_source(event.option_index)

    def action_open_source(self, index: int | None = None) -> None:
        """Open the report at the highlighted citation's paragraph."""
        citations = self.query_one(CitationList)
        index = citations.current if index is None else index
        if index is None or self.assistant is None:
            return
        passage = citations.passages[index]
        if passage is None:
            self.notify("That passage could not be found in its report.", severity="warning")
            return
        from assistant.app.source_screen import SourceScreen

        report = self.assistant.store.report(passage.citation.report)
        self.push_screen(SourceScreen(report, passage))

    def _current_citation(self) -> Citation | None:
        citations = self.query_one(CitationList)
        index = citations.current
        return None if index is None else citations.citations[index]

    def action_pin(self) -> None:
        citation = self._current_citation()
        if citation is None:
            self.notify("No citation to pin yet: ask a question first.")
            return
        self.pin_citation(citation)

    def action_pin_answer(self) -> None:
        if self.current is None or not self.current.cited:
            self.notify("No answer to pin yet.")
            return
        added = sum(self._add_pin(c) for c in self.current.cited)
        self._note(f"pinned {added} citation(s)")

    def pin_citation(self, citation: Citation) -> None:
        """Keep ``citation`` for the briefing, with the question it answered."""
        added = self._add_pin(citation)
        self._note(f"pinned {locator(citation)}" if added else "already pinned")

    def _add_pin(self, citation: Citation) -> bool:
        turn = self.current
        question = turn.reading.read_as if turn and turn.reading else (
            turn.question if turn else "")
        return self.query_one(PinList).add(Pin(citation, question, date.today()))

    def action_copy_citation(self) -> None:
        citation = self._current_citation()
        if citation is not None:
            self.copy_citation(citation)

    def copy_citation(self, citation: Citation) -> None:
        """Copy one citation, quote and locator, to the clipboard (OSC 52)."""
        pin = Pin(citation, self.current.question if self.current else "", date.today())
        self.copy_to_clipboard(copy_text(pin))
        self._note(f"copied {locator(citation)}")

    def action_export(self) -> None:
        """Write the pinned citations as a Markdown briefing, show its path and copy it."""
        pins = self.query_one(PinList).pins
        if not pins:
            self.notify("Nothing pinned yet: press p on a citation first.")
            return
        try:
            path = write_briefing(pins, self.export_dir)
        except OSError as exc:
            self.notify(one_line(exc), title="Could not export", severity="error")
            return
        self.copy_to_clipboard(path.read_text("utf-8"))
        self._note(f"briefing: {path}")
        self.notify(f"{path}\n(also copied to the clipboard)", title="Briefing exported",
                    timeout=8)
        self.last_export = path

    # -- screens, scope, theme ------------------------------------------------------------
    def action_reports(self) -> None:
        from assistant.app.reports_screen import ReportsScreen

        if isinstance(self.screen, ReportsScreen):
            return
        if self.assistant is None:
            self.notify("The index is still loading.")
            return
        self.push_screen(ReportsScreen(list(self.assistant.store.summaries.values()),
                                       self.scope, self.assistant.store))

    def set_scope(self, report_id: str | None) -> None:
        """Limit questions to one report (None: all of them)."""
        self.scope = report_id
        self._show_scope()

    def action_help(self) -> None:
        from assistant.app.help_screen import HelpScreen

        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen())

    def action_toggle_theme(self) -> None:
        self.theme = LIGHT if self.theme == DARK else DARK

    def get_system_commands(self, screen: Screen):
        yield from super().get_system_commands(screen)
        yield SystemCommand("Export briefing", "Write the pinned citations as Markdown, "
                            "show the path and copy it (ctrl+e)", self.action_export)
        yield SystemCommand("Reports", "Indexed reports and judgements; limit questions to "
                            "one; add a report (ctrl+r)", self.action_reports)
        yield SystemCommand("Open citation", "Open the highlighted citation in its report",
                            self.action_open_source)
        yield SystemCommand("Pin citation", "Pin the highlighted citation (p)", self.action_pin)
        yield SystemCommand("Pin answer", "Pin every citation of the last answer (a)",
                            self.action_pin_answer)
        yield SystemCommand("Copy citation", "Copy the highlighted citation (y)",
                            self.action_copy_citation)
        yield SystemCommand("Earlier answer", "Show the citations of the answer before "
                            "(ctrl+up)", lambda: self.action_other_answer(-1))
        yield SystemCommand("Later answer", "Show the citations of the answer after "
                            "(ctrl+down)", lambda: self.action_other_answer(1))
        yield SystemCommand("Cancel question", "Stop waiting for the running question (esc)",
                            self.action_cancel)
        yield SystemCommand("New conversation", "Clear the chat; the next question stands "
                            "alone (ctrl+n)", self.action_new_conversation)
        yield SystemCommand("Light or dark", "Switch between the light and the dark theme "
                            "(ctrl+t)", self.action_toggle_theme)
        yield SystemCommand("Help", "Every key and what it does (f1)", self.action_help)

    # -- status ---------------------------------------------------------------------------
    def _set_state(self, state: str, note: str | None = None) -> None:
        """Show ``state``; ``note`` replaces the last note (None keeps it)."""
        status = self.query_one(StatusLine)
        status.state = state
        if note is not None:
            status.note = note

    def _note(self, note: str) -> None:
        self.query_one(StatusLine).note = note

    def _show_scope(self) -> None:
        status = self.query_one(StatusLine)
        if self.scope is None:
            status.scope = "all reports"
            return
        summary = self.assistant.store.summaries.get(self.scope) if self.assistant else None
        status.scope = f"only {summary.label if summary else self.scope}"
