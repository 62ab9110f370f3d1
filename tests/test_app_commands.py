"""Every action is in the command palette; the help screen lists the keys; two themes."""

from __future__ import annotations

import asyncio

from assistant.app.help_screen import HelpScreen
from tests.app_helpers import ask, make_app, wait_for


def test_the_command_palette_runs_the_export(sample_settings, embedder, tmp_path):
    async def scenario():
        app = make_app(sample_settings, tmp_path, embedder)
        async with app.run_test(size=(100, 32)) as pilot:
            titles = {c.title for c in app.get_system_commands(app.screen)}
            assert {"Export briefing", "Reports", "Open citation", "Pin citation", "Pin answer",
                    "Copy citation", "Cancel question", "New conversation", "Light or dark",
                    "Help"} <= titles
            await ask(pilot, "what was the grade for partnership working?")
            await pilot.press("tab", "p", "ctrl+p")
            await pilot.press(*"export briefing")
            await pilot.pause(0.5)
            await pilot.press("enter")
            await wait_for(pilot, lambda: app.last_export is not None)
            assert "Partnership working arrangements are good." in app.last_export.read_text()

    asyncio.run(scenario())


def test_help_screen_and_theme_switch(sample_settings, embedder, tmp_path):
    async def scenario():
        app = make_app(sample_settings, tmp_path, embedder)
        async with app.run_test(size=(100, 32)) as pilot:
            await pilot.press("f1")
            assert isinstance(app.screen, HelpScreen)
            await pilot.press("escape")
            assert not isinstance(app.screen, HelpScreen)
            dark = app.theme
            await pilot.press("ctrl+t")
            assert app.theme != dark and "light" in app.theme
            await pilot.press("ctrl+t")
            assert app.theme == dark

    asyncio.run(scenario())


def test_bare_assistant_without_a_terminal_prints_help_instead_of_opening_the_app():
    import subprocess
    import sys

    done = subprocess.run([sys.executable, "-m", "assistant"], capture_output=True, text=True,
                          stdin=subprocess.DEVNULL, timeout=60)
    assert done.returncode == 2
    assert "open the terminal app" in done.stdout and "chat" in done.stdout


def test_report_given_at_start_limits_questions_and_an_unknown_one_is_dropped(
        sample_settings, embedder, tmp_path):
    async def scenario(report):
        app = make_app(sample_settings, tmp_path, embedder, report=report)
        async with app.run_test(size=(100, 32)) as pilot:
            await wait_for(pilot, lambda: app.assistant is not None)
            return app.scope, app.query_one("#status").scope

    assert asyncio.run(scenario("sefton-2011")) == ("sefton-2011", "only Sefton 2011")
    assert asyncio.run(scenario("no-such-report")) == (None, "all reports")
