"""A quote is shaped to stand on its own and stays verbatim in its paragraph."""

from __future__ import annotations

from assistant.citations import is_verbatim
from assistant.quotes import with_example
from assistant.records import Citation, Paragraph

TEXT = ("Children looked after use the advocacy service well. A well-embedded complaints system "
        "has led to improvements in services. For example, in one case, a placement move was "
        "postponed until after a young person's complaint was resolved. Advocates are trained.")
PARAGRAPH = Paragraph(43, TEXT, (), 17, "numbered")


def _cited(quote: str) -> Citation:
    return Citation("herts-2015", "h.pdf", "Herts", 43, 17, "", quote, 1.0)


def test_a_claim_comes_with_the_example_that_follows_it():
    quote = with_example(_cited("A well-embedded complaints system has led to improvements in "
                                "services."), PARAGRAPH).quote
    assert quote.endswith("until after a young person's complaint was resolved."), quote
    assert is_verbatim(quote, TEXT)


def test_a_sentence_followed_by_no_example_is_left_as_it_is():
    quote = "Children looked after use the advocacy service well."
    assert with_example(_cited(quote), PARAGRAPH).quote == quote
