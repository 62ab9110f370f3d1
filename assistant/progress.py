"""Progress bars for long builds, drawn on stderr with rich (plain lines when not a terminal)."""

from __future__ import annotations

import sys

from assistant.indexing import Progress


class BarProgress(Progress):
    """Two bars: files read and chunks embedded."""

    def __init__(self) -> None:
        from rich.console import Console
        from rich.progress import (BarColumn, MofNCompleteColumn, Progress as RichProgress,
                                   TextColumn, TimeElapsedColumn)

        self.console = Console(stderr=True)
        self.bars = RichProgress(TextColumn("{task.description:<8}"), BarColumn(),
                                 MofNCompleteColumn(), TimeElapsedColumn(),
                                 console=self.console, transient=False,
                                 disable=not sys.stderr.isatty())
        self.file_task = self.bars.add_task("reports", total=None)
        self.chunk_task = self.bars.add_task("chunks", total=0)
        self.bars.start()

    def files(self, total: int) -> None:
        self.bars.update(self.file_task, total=total)

    def file_done(self, path: str) -> None:
        self.bars.advance(self.file_task)

    def chunks(self, total: int) -> None:
        task = self.bars.tasks[self.chunk_task]
        self.bars.update(self.chunk_task, total=(task.total or 0) + total)

    def chunks_done(self, count: int) -> None:
        self.bars.advance(self.chunk_task, count)

    def message(self, text: str) -> None:
        self.console.print(text)

    def close(self) -> None:
        self.bars.stop()
