"""Plain-text rendering of an answer for people (the CLI; the TUI draws its own).

Example:
    >>> from assistant.records import Answer
    >>> print(render_answer(Answer("q", "No.", (), 0.01)))
    No.
"""

from __future__ import annotations

import textwrap

from assistant.records import Answer, Citation


def render_citation(index: int, citation: Citation) -> str:
    head = f"[{index}] {citation.locator()}"
    if citation.section and citation.paragraph is not None:
        head += f" ({citation.section})"
    body = textwrap.fill(f"“{citation.quote}”", width=88, initial_indent="    ",
                         subsequent_indent="    ")
    return f"{head}\n{body}"


def render_answer(answer: Answer) -> str:
    # Each report of a comparison, each list of a summary and each item of a list keeps its
    # own line.
    lines = ["\n".join(textwrap.fill(line, width=92, subsequent_indent="  " if
                                      line.startswith("- ") else "")
                        for line in answer.text.split("\n"))]
    if answer.citations:
        lines.append("")
        lines.extend(render_citation(i, c) for i, c in enumerate(answer.citations, 1))
    elif answer.related:
        lines.append("\nPossibly related:")
        lines.extend(render_citation(i, c) for i, c in enumerate(answer.related, 1))
    return "\n".join(lines) + "\n"
