"""Pinned citations become a Markdown briefing: quote, "Report, para N (p. M)", question, date."""

from __future__ import annotations

from datetime import date, datetime

from assistant.briefing import Pin, briefing_markdown, copy_text, locator, write_briefing
from assistant.records import Citation


def _citation(paragraph, page, quote, section="Leadership and management", label="Bristol 2023"):
    return Citation("bristol-2023", "bristol.pdf", "Inspection", paragraph, page, section, quote,
                    1.0, label)


def test_locator_reads_report_para_and_page():
    assert locator(_citation(12, 7, "Leaders are effective.")) == "Bristol 2023, para 12 (p. 7)"
    assert locator(_citation(12, None, "x")) == "Bristol 2023, para 12"
    assert locator(_citation(None, 3, "x", section="Summary > Judgements:")) == (
        "Bristol 2023, Judgements (p. 3)")


def test_copy_text_is_the_quote_then_where_it_is_from():
    pin = Pin(_citation(12, 7, "Leaders are effective."), "q", date(2026, 1, 2))
    assert copy_text(pin) == "“Leaders are effective.” (Bristol 2023, para 12 (p. 7))"


def test_briefing_groups_quotes_under_their_question_with_the_date(tmp_path):
    pins = [Pin(_citation(12, 7, "Leaders are effective."), "how good are leaders?",
                date(2026, 11, 20)),
            Pin(_citation(30, 9, "Carers are well supported."), "what about fostering?",
                date(2026, 11, 21)),
            Pin(_citation(13, 7, "Staff morale is high."), "how good are leaders?",
                date(2026, 11, 20))]
    path = write_briefing(pins, tmp_path / "out", exported=datetime(2026, 11, 26, 9, 30))
    assert path == tmp_path / "out" / "briefing-2026-11-26-093000.md"
    text = path.read_text("utf-8")
    assert text == briefing_markdown(pins, datetime(2026, 11, 26, 9, 30))
    assert text.startswith("# Briefing\n\nExported 26 November 2026, 09:30")
    leaders = text.index("## how good are leaders?")
    fostering = text.index("## what about fostering?")
    assert leaders < text.index("> Staff morale is high.") < fostering
    assert "*Asked 20 November 2026.*" in text and "*Asked 21 November 2026.*" in text
    assert ("> Leaders are effective.\n>\n> — Bristol 2023, para 12 (p. 7) · Leadership and "
            "management") in text
