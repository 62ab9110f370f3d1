"""Snapshots of the main screens (pytest-textual-snapshot): fixed sizes, no times or dates on
screen. After an intended change of look, refresh them with `pytest --snapshot-update` and
look at the new SVGs."""

from __future__ import annotations

from pathlib import Path

from assistant.app.build_screen import BuildScreen
from assistant.app.reports_screen import ReportsScreen
from assistant.app.source_screen import SourceScreen
from assistant.config import Settings
from tests.app_helpers import ask, make_app, wait_for

PARTNERSHIP = "what was the grade for partnership working?"


def _asked(*questions: str, then: tuple[str, ...] = (), until=None):
    async def run_before(pilot) -> None:
        # A blinking cursor would be on or off depending on the moment of the screenshot.
        pilot.app.query_one("#question").cursor_blink = False
        await wait_for(pilot, lambda: pilot.app.assistant is not None)
        for question in questions:
            await ask(pilot, question)
        await pilot.press(*then)
        if until is not None:
            await wait_for(pilot, lambda: until(pilot.app))
        await pilot.pause(0.2)

    return run_before


def test_chat_with_a_follow_up(snap_compare, sample_settings, embedder, tmp_path):
    app = make_app(sample_settings, tmp_path, embedder)
    assert snap_compare(app, terminal_size=(110, 34),
                        run_before=_asked(PARTNERSHIP, "and for looked after children?"))


def test_chat_at_80_by_24(snap_compare, sample_settings, embedder, tmp_path):
    app = make_app(sample_settings, tmp_path, embedder)
    assert snap_compare(app, terminal_size=(80, 24), run_before=_asked(PARTNERSHIP))


def test_pinned_citations_in_the_light_theme(snap_compare, sample_settings, embedder, tmp_path):
    app = make_app(sample_settings, tmp_path, embedder)
    assert snap_compare(app, terminal_size=(110, 34),
                        run_before=_asked(PARTNERSHIP, then=("tab", "a", "ctrl+t")))


def test_source_view(snap_compare, sample_settings, embedder, tmp_path):
    app = make_app(sample_settings, tmp_path, embedder)
    assert snap_compare(app, terminal_size=(100, 30), run_before=_asked(
        PARTNERSHIP, then=("tab", "enter"),
        until=lambda app: isinstance(app.screen, SourceScreen) and app.screen.query_one(
            "#source-body").scroll_y > 0))


def test_reports_screen(snap_compare, sample_settings, embedder, tmp_path):
    app = make_app(sample_settings, tmp_path, embedder)
    assert snap_compare(app, terminal_size=(110, 34), run_before=_asked(
        then=("ctrl+r",), until=lambda app: isinstance(app.screen, ReportsScreen)))


def test_help_screen(snap_compare, sample_settings, embedder, tmp_path):
    app = make_app(sample_settings, tmp_path, embedder)
    assert snap_compare(app, terminal_size=(100, 32), run_before=_asked(then=("f1",)))


def test_offer_to_build_a_missing_index(snap_compare, embedder, tmp_path):
    # A relative folder that does not exist: the path on screen is the same on every run.
    app = make_app(Settings(index_dir=Path("no-index-here")), tmp_path, embedder)

    async def run_before(pilot) -> None:
        pilot.app.query_one("#question").cursor_blink = False
        await wait_for(pilot, lambda: isinstance(pilot.app.screen, BuildScreen))

    assert snap_compare(app, terminal_size=(90, 26), run_before=run_before)
