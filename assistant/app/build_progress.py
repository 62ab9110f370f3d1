"""Build progress from the worker thread to a widget, as messages (the core's Progress hooks)."""

from __future__ import annotations

from textual.message_pump import MessagePump

from assistant.app.messages import BuildStep
from assistant.indexing import Progress


class MessageProgress(Progress):
    """Posts every progress hook to ``target`` (``post_message`` is safe from a thread)."""

    def __init__(self, target: MessagePump) -> None:
        self.target = target

    def files(self, total: int) -> None:
        self.target.post_message(BuildStep("files", total=total))

    def file_done(self, path: str) -> None:
        self.target.post_message(BuildStep("files", advance=1))

    def chunks(self, total: int) -> None:
        self.target.post_message(BuildStep("chunks", total=total))

    def chunks_done(self, count: int) -> None:
        self.target.post_message(BuildStep("chunks", advance=count))

    def message(self, text: str) -> None:
        self.target.post_message(BuildStep("note", note=text))
