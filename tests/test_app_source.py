"""Enter on a citation opens the report at the cited paragraph; the whole report scrolls; Esc
returns to the chat."""

from __future__ import annotations

import asyncio

from assistant.app.source_screen import SourceScreen
from tests.app_helpers import ask, make_app, screen_text, wait_for


def test_enter_on_a_citation_opens_its_report_at_the_cited_paragraph(sample_settings, embedder,
                                                                     tmp_path):
    async def scenario():
        app = make_app(sample_settings, tmp_path, embedder)
        async with app.run_test(size=(100, 32)) as pilot:
            await ask(pilot, "what was the grade for partnership working?")
            await pilot.press("tab", "enter")
            await wait_for(pilot, lambda: isinstance(app.screen, SourceScreen)
                           and app.screen.query_one("#source-body").scroll_y > 0)
            screen = app.screen
            body = screen.query_one("#source-body")
            cited = body.highlighted_option
            assert cited.id == f"p{screen.passage.index}"
            assert screen.report.paragraphs[screen.passage.index].number == 43
            head = str(screen.query_one("#source-head").render())
            assert "Sefton 2011, para 43" in head and "judged good (grade 2)" in head
            # On screen: the cited paragraph and, above it, its section's heading and grade.
            shown = screen_text(app)
            assert "43. Partnership working arrangements are good." in shown
            assert shown.index("Partnership working · Grade 2 (good)") < shown.index("43. ")
            assert "Inspection of safeguarding" not in shown.split("\n", 3)[-1]  # not the top
            # The whole report is there to read.
            await pilot.press("end")
            assert body.scroll_y == body.max_scroll_y > 0
            await pilot.press("escape")
            assert not isinstance(app.screen, SourceScreen)
            assert app.focused is app.query_one("#citations")
            await pilot.press("escape")  # and Esc again goes back to asking
            assert app.focused is app.query_one("#question")

    asyncio.run(scenario())
