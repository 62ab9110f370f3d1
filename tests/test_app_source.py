"""Enter on a citation opens the report at the cited paragraph; the whole report scrolls; Esc
returns to the chat."""

from __future__ import annotations

import asyncio

from assistant.app.source_screen import SourceScreen
from tests.app_helpers import ask, make_app, wait_for


def test_enter_on_a_citation_opens_its_report_at_the_cited_paragraph(sample_settings, embedder,
                                                                     tmp_path):
    async def scenario():
        app = make_app(sample_settings, tmp_path, embedder)
        async with app.run_test(size=(100, 32)) as pilot:
            await ask(pilot, "what was the grade for partnership working?")
            await pilot.press("tab", "enter")
            await wait_for(pilot, lambda: isinstance(app.screen, SourceScreen))
            screen = app.screen
            body = screen.query_one("#source-body")
            cited = screen.query_one(".cited")
            assert screen.report.paragraphs[int(cited.id[1:])].number == 43
            assert "Partnership working arrangements are good." in str(cited.render())
            head = str(screen.query_one("#source-head").render())
            assert "Sefton 2011, para 43" in head and "judged good (grade 2)" in head
            # Scrolled so that the cited paragraph is on screen, with its heading above it.
            await wait_for(pilot, lambda: body.scroll_y > 0)
            assert cited.region.overlaps(body.region)
            heading = [w for w in screen.query(".heading") if "Partnership working" in
                       str(w.render())][0]
            assert heading.region.overlaps(body.region)
            # The whole report is there to read.
            await pilot.press("end")
            assert body.scroll_y == body.max_scroll_y
            await pilot.press("escape")
            assert not isinstance(app.screen, SourceScreen)
            assert app.focused is app.query_one("#citations")
            await pilot.press("escape")  # and Esc again goes back to asking
            assert app.focused is app.query_one("#question")

    asyncio.run(scenario())
