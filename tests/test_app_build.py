"""No usable index: the app offers to build one, with progress, instead of failing. The reports
screen adds a report and rebuilds in a worker; the new report is answerable at once."""

from __future__ import annotations

import asyncio
import shutil
from dataclasses import replace
from pathlib import Path

from assistant.app.build_screen import BuildScreen
from assistant.app.reports_screen import ReportsScreen
from assistant.config import Settings
from tests.app_helpers import ask, make_app, wait_for

NEW_REPORT = Path(__file__).resolve().parent / "data" / "northby-2024.txt"


def test_missing_index_is_built_from_the_app_and_then_answers(embedder, tmp_path):
    settings = Settings(report_paths=(NEW_REPORT,), index_dir=tmp_path / "index")

    async def scenario():
        app = make_app(settings, tmp_path, embedder)
        async with app.run_test(size=(100, 32)) as pilot:
            await wait_for(pilot, lambda: isinstance(app.screen, BuildScreen))
            reason = str(app.screen.query_one("#build-reason").render())
            assert "There is no index at" in reason and "1 configured report" in reason
            await pilot.press("enter")  # the Build button has focus
            await wait_for(pilot, lambda: app.assistant is not None)
            assert not isinstance(app.screen, BuildScreen)
            assert "1 added" in app.query_one("#status").note
            turn = await ask(pilot, "what was the grade for adoption services?")
            assert "outstanding" in turn.answer.text
            assert turn.answer.citations[0].paragraph == 4

    asyncio.run(scenario())
    assert (tmp_path / "index" / "CURRENT").is_file()


def test_index_built_with_another_model_offers_a_rebuild(sample_settings, tmp_path):
    settings = replace(sample_settings, model_name="another-model")

    async def scenario():
        app = make_app(settings, tmp_path, embedder=None)
        async with app.run_test(size=(100, 32)) as pilot:
            await wait_for(pilot, lambda: isinstance(app.screen, BuildScreen))
            reason = str(app.screen.query_one("#build-reason").render())
            assert "built with the model bundled:minilm, not the configured another-model" in (
                " ".join(reason.split()))
            await pilot.press("escape")  # declining quits, cleanly
        return app

    app = asyncio.run(scenario())
    assert app.return_code == 0


def test_report_added_from_the_reports_screen_is_answerable_without_restart(
        sample_settings, embedder, tmp_path):
    index_dir = tmp_path / "index"
    shutil.copytree(sample_settings.index_dir, index_dir)
    folder = tmp_path / "new-reports"
    folder.mkdir()
    shutil.copy(NEW_REPORT, folder)
    (folder / "broken.pdf").write_bytes(b"%PDF-1.4 this is not really a PDF")

    async def scenario():
        app = make_app(replace(sample_settings, index_dir=index_dir), tmp_path, embedder)
        async with app.run_test(size=(100, 32)) as pilot:
            await wait_for(pilot, lambda: app.assistant is not None)
            before = app.assistant
            await pilot.press("ctrl+r")
            await wait_for(pilot, lambda: isinstance(app.screen, ReportsScreen))
            screen = app.screen
            screen.query_one("#add-path").value = str(folder)
            screen.query_one("#add-path").focus()
            await pilot.press("enter")
            await wait_for(pilot, lambda: app.assistant is not before and app.assistant)
            notes = str(screen.query_one("#build-notes").render())
            assert "skipped" in notes and "broken.pdf" in notes
            assert "1 added" in notes
            await wait_for(pilot, lambda: screen.query_one("#reports-table").row_count == 3)
            # Enter on the new report limits questions to it (the status line says so).
            table = screen.query_one("#reports-table")
            table.focus()
            table.move_cursor(row=[r.value for r in table.rows].index("northby-2024"))
            await pilot.press("enter")
            await wait_for(pilot, lambda: not isinstance(app.screen, ReportsScreen))
            assert app.scope == "northby-2024"
            assert app.query_one("#status").scope == "only Northby 2024"
            turn = await ask(pilot, "how long do children wait for adoption?")
            assert turn.answer.citations and all(c.report == "northby-2024"
                                                 for c in turn.answer.citations)
            assert any(c.paragraph == 4 for c in turn.answer.citations)

    asyncio.run(scenario())

