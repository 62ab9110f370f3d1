"""Driving the app in tests: build it through the factory, ask, and wait for what follows."""

from __future__ import annotations

import time
from pathlib import Path

from assistant.app import create_app
from assistant.config import Settings

#: Generous: the shared 2-core machine may be building an index at the same time.
WAIT = 120.0


def make_app(settings: Settings, tmp_path: Path, embedder, **kwargs):
    """The app as the CLI builds it, with history and briefings kept in ``tmp_path``."""
    return create_app(settings, embedder=embedder, data_dir=tmp_path / "data",
                      export_dir=tmp_path / "briefings", **kwargs)


async def wait_for(pilot, condition, timeout: float = WAIT) -> None:
    """Let the app run until ``condition()`` holds (workers run in threads meanwhile)."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {condition}")
        await pilot.pause(0.05)
    await pilot.pause()


async def ask(pilot, question: str):
    """Type ``question`` in the question box, press Enter and wait for its answer."""
    app = pilot.app
    asked = len(app.turns)
    app.query_one("#question").value = question
    await pilot.press("enter")
    await wait_for(pilot, lambda: len(app.turns) > asked and (
        app.turns[asked].answer is not None or app.turns[asked].error is not None))
    return app.turns[asked]


def chat_text(app) -> str:
    """Everything the chat pane shows, as plain text."""
    from assistant.app.chat import TurnView

    return "\n".join(str(view.render()) for view in app.query(TurnView))


def screen_text(app) -> str:
    """What the terminal shows now, line by line (from Textual's own screenshot)."""
    import html
    import re

    rows: dict[float, list[tuple[float, str]]] = {}
    for x, y, text in re.findall(r'<text class="[^"]*" x="([\d.]+)" y="([\d.]+)"[^>]*>(.*?)</text>',
                                 app.export_screenshot()):
        rows.setdefault(float(y), []).append((float(x), html.unescape(text)))
    return "\n".join("".join(t for _, t in sorted(parts)).replace("\xa0", " ")
                     for _, parts in sorted(rows.items()))
