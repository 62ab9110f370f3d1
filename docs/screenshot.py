"""Regenerate docs/app.svg, the README's screenshot, with Textual's own save_screenshot.

    .venv/bin/assistant index && .venv/bin/python docs/screenshot.py

It opens the app on the configured index (the built-in sample after a bare `assistant index`),
asks the partnership-working question and a follow-up, pins the first citation and saves the
screen as it stands.
"""

from __future__ import annotations

import asyncio
import sys
import tempfile
from pathlib import Path

from assistant.app import create_app
from assistant.config import load_settings

OUT = Path(__file__).resolve().parent / "app.svg"
QUESTIONS = ["what was the grade for partnership working?", "and for looked after children?"]


async def main(index_dir: str | None) -> None:
    settings = load_settings().with_index_dir(index_dir)
    with tempfile.TemporaryDirectory() as tmp:
        app = create_app(settings, data_dir=Path(tmp), export_dir=Path(tmp))
        async with app.run_test(size=(110, 34)) as pilot:
            while app.assistant is None:
                await pilot.pause(0.1)
            for question in QUESTIONS:
                asked = len(app.answer_seconds)
                app.query_one("#question").value = question
                await pilot.press("enter")
                while len(app.answer_seconds) == asked:
                    await pilot.pause(0.05)
            await pilot.press("tab", "p")
            await pilot.pause(0.3)
            app.save_screenshot(filename=OUT.name, path=str(OUT.parent))
    print(OUT)


if __name__ == "__main__":
    asyncio.run(main(sys.argv[1] if len(sys.argv) > 1 else None))
