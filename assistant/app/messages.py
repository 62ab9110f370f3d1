"""Messages the workers send back to the app: slow work runs in threads, results arrive here."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from textual.message import Message

from assistant.conversation import Reading
from assistant.records import Answer
from assistant.source import CitedPassage

if TYPE_CHECKING:
    from assistant.answer import Assistant
    from assistant.indexing import BuildResult


class Loading(Message):
    """A step of loading started ("Loading the model…")."""

    def __init__(self, what: str) -> None:
        super().__init__()
        self.what = what


class Loaded(Message):
    """The model and the index are loaded; questions can be answered."""

    def __init__(self, assistant: Assistant) -> None:
        super().__init__()
        self.assistant = assistant


class IndexNeeded(Message):
    """There is no usable index: ``reason`` says why (missing, another model or format)."""

    def __init__(self, reason: str) -> None:
        super().__init__()
        self.reason = reason


class LoadFailed(Message):
    """Loading failed for a reason a build cannot fix; ``error`` is one line for the user."""

    def __init__(self, error: str) -> None:
        super().__init__()
        self.error = error


@dataclass
class Turn:
    """One question of the conversation, from its asking to its answer."""

    number: int
    question: str
    reading: Reading | None = None
    answer: Answer | None = None
    passages: tuple[CitedPassage | None, ...] = ()  # one per cited citation
    error: str | None = None
    cancelled: bool = False
    submitted: float = 0.0   # time.perf_counter() when Enter was pressed

    @property
    def cited(self) -> tuple:
        """The citations the answer shows: its own, or the possibly related ones."""
        if self.answer is None:
            return ()
        return self.answer.citations or self.answer.related


class Answered(Message):
    """A turn has its answer (or its error)."""

    def __init__(self, turn: Turn) -> None:
        super().__init__()
        self.turn = turn


class BuildStep(Message):
    """Progress of a build: ``kind`` is "files" or "chunks"; a total, an advance or a note."""

    def __init__(self, kind: str, total: int | None = None, advance: int = 0,
                 note: str | None = None) -> None:
        super().__init__()
        self.kind = kind
        self.total = total
        self.advance = advance
        self.note = note


class BuildFinished(Message):
    """A build ended: ``result`` when it ran, ``error`` (one line) when it could not."""

    def __init__(self, result: BuildResult | None, error: str | None = None) -> None:
        super().__init__()
        self.result = result
        self.error = error
