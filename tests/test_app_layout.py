"""The layout at 80×24 (citations under the chat) and in a wide terminal (beside it)."""

from __future__ import annotations

import asyncio

from tests.app_helpers import ask, make_app


def _regions(app):
    return {name: app.query_one(f"#{name}").region
            for name in ("status", "chat", "side", "question")}


def test_narrow_terminal_puts_the_citations_under_the_chat(sample_settings, embedder, tmp_path):
    async def scenario():
        app = make_app(sample_settings, tmp_path, embedder)
        async with app.run_test(size=(80, 24)) as pilot:
            await ask(pilot, "what was the grade for partnership working?")
            r = _regions(app)
            assert r["side"].y >= r["chat"].bottom and r["side"].width == r["chat"].width == 80
            assert r["chat"].height >= 8 and r["side"].height >= 6
            assert r["question"].bottom <= 23  # the footer keeps the last line
            assert app.query_one("#citations").region.height >= 5

    asyncio.run(scenario())


def test_wide_terminal_puts_the_citations_beside_the_chat(sample_settings, embedder, tmp_path):
    async def scenario():
        app = make_app(sample_settings, tmp_path, embedder)
        async with app.run_test(size=(140, 40)) as pilot:
            await ask(pilot, "what was the grade for partnership working?")
            r = _regions(app)
            assert r["side"].x >= r["chat"].right and r["side"].y == r["chat"].y
            assert r["chat"].width > r["side"].width

    asyncio.run(scenario())
