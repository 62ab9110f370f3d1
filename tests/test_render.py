"""How an answer prints in the terminal: wrapped, each part in its own paragraph."""

from __future__ import annotations

from assistant.records import Answer
from assistant.render import render_answer


def test_each_report_of_a_comparison_keeps_its_own_paragraph():
    text = ("Thurrock 2016: Most care proceedings are completed within 26 weeks. [Thurrock 2016, "
            "p. 20]\n\nCentral Bedfordshire 2017: Cases have concluded on average within 27 "
            "weeks. [Central Bedfordshire 2017, p. 15, para 31]")
    printed = render_answer(Answer("q", text, (), 0.1, answered=False))
    first, second = printed.strip().split("\n\n")[:2]
    assert first.startswith("Thurrock 2016:") and "Central Bedfordshire" not in first
    assert second.startswith("Central Bedfordshire 2017:")
    assert all(len(line) <= 92 for line in printed.splitlines())
