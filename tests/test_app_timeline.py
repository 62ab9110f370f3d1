"""The reports screen shows the highlighted report's authority over time, grades coloured."""

from __future__ import annotations

import asyncio

from assistant.app.reports_screen import ReportsScreen
from assistant.app.timeline import GRADE_STYLES
from tests.app_helpers import make_app, wait_for


def test_reports_screen_shows_the_authority_timeline_with_grades(sample_settings, embedder,
                                                                 tmp_path):
    app = make_app(sample_settings, tmp_path, embedder)

    async def scenario():
        async with app.run_test(size=(110, 34)) as pilot:
            await wait_for(pilot, lambda: app.assistant is not None)
            await pilot.press("ctrl+r")
            await wait_for(pilot, lambda: isinstance(app.screen, ReportsScreen))
            timeline = app.screen.query_one("#timeline")
            await wait_for(pilot, lambda: "Sefton 2011" in str(timeline.render()))
            return str(timeline.render())

    shown = asyncio.run(scenario())
    assert "Timeline · Sefton" in shown
    assert "overall effectiveness (safeguarding services): adequate" in shown
    assert "overall effectiveness (services for looked after children): good" in shown


def test_grades_are_coloured_by_grade(sample_report):
    from assistant.app.timeline import timeline_text
    from assistant.judgements_table import inspections, table_from_reports

    text = timeline_text("Sefton", inspections(table_from_reports([sample_report])))
    styled = {text.plain[span.start:span.end]: str(span.style) for span in text.spans}
    assert styled["adequate"] == GRADE_STYLES["adequate"]
    assert styled["good"] == GRADE_STYLES["good"]
