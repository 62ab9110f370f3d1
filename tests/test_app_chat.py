"""The chat: questions typed in the app are answered with citations, follow-ups are read with
the previous question, and Up recalls earlier questions, even after a restart."""

from __future__ import annotations

import asyncio

from tests.app_helpers import ask, chat_text, make_app, wait_for


def test_partnership_question_typed_before_loading_is_answered_good_citing_para_43(
        sample_settings, embedder, tmp_path):
    async def scenario():
        app = make_app(sample_settings, tmp_path, embedder)
        async with app.run_test(size=(100, 32)) as pilot:
            # Typed at once, while the index is still loading: it waits, then is answered.
            await pilot.press(*"what was the grade for partnership working?", "enter")
            await wait_for(pilot, lambda: app.turns and app.turns[0].answer is not None)
            text = chat_text(app)
            assert "judged good" in text
            assert "[1] Sefton 2011, para 43" in text
            citations = app.query_one("#citations")
            assert citations.citations[0].paragraph == 43
            assert app.focused is app.query_one("#question")  # the input keeps focus
            assert "Ready" in app.query_one("#status").state

    asyncio.run(scenario())


def test_follow_up_is_read_with_the_previous_subject(sample_settings, embedder, tmp_path):
    async def scenario():
        app = make_app(sample_settings, tmp_path, embedder)
        async with app.run_test(size=(100, 32)) as pilot:
            await ask(pilot, "what was the grade for partnership working?")
            turn = await ask(pilot, "and for looked after children?")
            assert turn.reading.followup
            read_as = turn.reading.read_as
            assert "partnership working" in read_as and "looked after children" in read_as
            assert f"Read as: {read_as}" in chat_text(app)
            assert turn.answer.citations  # the reading is asked, and answered
            # Ctrl+Up shows the citations of the answer before; Ctrl+Down comes back.
            await pilot.press("ctrl+up")
            assert app.current.number == 1
            assert app.query_one("#citations").border_title == "Citations · question 1"
            await pilot.press("ctrl+down")
            assert app.current.number == 2
            await pilot.click("#turn-1")  # the mouse works too
            assert app.current.number == 1

            who = await ask(pilot, "who led it?")
            assert who.reading.read_as == "who led the Sefton 2011 inspection?"
            assert "Ian Young" in who.answer.text

    asyncio.run(scenario())


def test_up_recalls_questions_asked_before_a_restart(sample_settings, embedder, tmp_path):
    async def first_run():
        app = make_app(sample_settings, tmp_path, embedder)
        async with app.run_test() as pilot:
            await ask(pilot, "who was the lead inspector?")
            await ask(pilot, "what was the grade for partnership working?")

    async def second_run():
        app = make_app(sample_settings, tmp_path, embedder)
        async with app.run_test() as pilot:
            box = app.query_one("#question")
            await pilot.press("up")
            assert box.value == "what was the grade for partnership working?"
            await pilot.press("up")
            assert box.value == "who was the lead inspector?"
            await pilot.press("down", "down")
            assert box.value == ""

    asyncio.run(first_run())
    asyncio.run(second_run())
    assert (tmp_path / "data" / "history.txt").read_text("utf-8").splitlines() == [
        "who was the lead inspector?", "what was the grade for partnership working?"]


def test_escape_cancels_the_running_question_and_the_next_one_is_answered(
        sample_settings, embedder, tmp_path):
    async def scenario():
        app = make_app(sample_settings, tmp_path, embedder)
        async with app.run_test(size=(100, 32)) as pilot:
            await wait_for(pilot, lambda: app.assistant is not None)
            # Hold the answering lock so that the question is certainly still running.
            app._ask_lock.acquire()
            try:
                app.query_one("#question").value = "what was the grade for partnership working?"
                await pilot.press("enter")
                await wait_for(pilot, lambda: app.running is not None)
                await pilot.press("escape")
                assert app.running is None and app.turns[0].cancelled
                assert "Cancelled." in chat_text(app)
            finally:
                app._ask_lock.release()
            turn = await ask(pilot, "who was the lead inspector?")
            assert "Ian Young" in turn.answer.text
            await pilot.pause(0.2)
            assert app.turns[0].answer is None  # the cancelled answer never arrives

    asyncio.run(scenario())
