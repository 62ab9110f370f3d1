"""Pinning citations, editing the pinned list and exporting it as a Markdown briefing."""

from __future__ import annotations

import asyncio
from datetime import date

from tests.app_helpers import ask, make_app


def test_two_pinned_citations_export_as_a_briefing_with_locators_question_and_date(
        sample_settings, embedder, tmp_path):
    async def scenario():
        app = make_app(sample_settings, tmp_path, embedder)
        async with app.run_test(size=(100, 32)) as pilot:
            await ask(pilot, "what was the grade for partnership working?")
            await pilot.press("tab", "p", "down", "p")
            pins = app.query_one("#pins")
            first, second = (p.citation for p in pins.pins)
            assert first.paragraph == 43 and second.paragraph is None
            # The list is editable: move the second pin up, then back down.
            await pilot.press("tab")
            assert app.focused is pins
            await pilot.press("end", "shift+up")
            assert [p.citation for p in pins.pins] == [second, first]
            await pilot.press("shift+down")
            assert [p.citation for p in pins.pins] == [first, second]
            await pilot.press("ctrl+e")
            return app

    app = asyncio.run(scenario())
    path = app.last_export
    assert path.parent == tmp_path / "briefings"
    text = path.read_text("utf-8")
    assert app.clipboard == text
    assert "## what was the grade for partnership working?" in text
    assert f"Asked {date.today():%d %B %Y}" in text
    assert "> Partnership working arrangements are good.\n>\n> — Sefton 2011, para 43" in text
    assert "> — Sefton 2011, Record of main findings" in text
    assert text.index("para 43") < text.index("Record of main findings\n")


def test_removing_a_pin_and_copying_one_citation(sample_settings, embedder, tmp_path):
    async def scenario():
        app = make_app(sample_settings, tmp_path, embedder)
        async with app.run_test(size=(100, 32)) as pilot:
            await ask(pilot, "what was the grade for partnership working?")
            await pilot.press("tab", "a")
            pins = app.query_one("#pins")
            assert len(pins.pins) == len(app.current.cited)
            await pilot.press("y")
            assert app.clipboard == ("“Partnership working arrangements are good.” "
                                     "(Sefton 2011, para 43)")
            await pilot.press("tab", "home", "delete")
            assert [p.citation.paragraph for p in pins.pins] == [None]
            await pilot.press("delete")
            assert pins.pins == [] and not pins.display

    asyncio.run(scenario())
