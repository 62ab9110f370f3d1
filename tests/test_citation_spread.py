"""The first citations of an answer point at different places: a paragraph or unnumbered page
cited several times keeps its first citation in place and the others after the rest."""

from __future__ import annotations

from assistant.answering.extractive import _spread
from assistant.records import Citation


def _citation(page: int, paragraph: int | None, quote: str, report: str = "r") -> Citation:
    return Citation(report, f"{report}.pdf", "t", paragraph, page, "", quote, 1.0)


def test_repeats_of_an_unnumbered_page_go_after_the_other_places():
    summary = [_citation(1, None, f"Summary sentence {i}.") for i in range(3)]
    body = _citation(12, 65, "Staff morale has improved.")
    spread = _spread([*summary, body])
    assert [c.quote for c in spread] == ["Summary sentence 0.", "Staff morale has improved.",
                                         "Summary sentence 1.", "Summary sentence 2."]


def test_other_paragraphs_and_other_reports_keep_their_order():
    cited = [_citation(4, 12, "One."), _citation(4, 13, "Two."), _citation(1, None, "Three."),
             _citation(1, None, "Four.", report="other")]
    assert _spread(cited) == cited


def test_a_second_quote_of_the_same_paragraph_goes_after_the_other_places():
    cited = [_citation(4, 12, "One."), _citation(4, 12, "Two."), _citation(6, 20, "Three.")]
    assert [c.quote for c in _spread(cited)] == ["One.", "Three.", "Two."]
