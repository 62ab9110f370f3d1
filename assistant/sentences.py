"""Split report text into sentences (for chunk packing and for extractive answers).

Example:
    >>> split_sentences("There are 380 children. Of these, 252 are fostered.")
    ['There are 380 children.', 'Of these, 252 are fostered.']
"""

from __future__ import annotations

import re

# A sentence ends at . ! ? (optionally closed by a quote or bracket) before a space and a
# capital, digit, bullet or opening quote; abbreviations common in reports are protected.
_BOUNDARY = re.compile(r"(?<=[.!?])['’”)]?\s+(?=[A-Z0-9‘“'(\-])")
_ABBREVIATIONS = re.compile(r"\b(e\.g|i\.e|etc|No|para|paras|Dr|Mr|Mrs|Ms|St|approx|vs)\.$",
                            re.IGNORECASE)


_NUMBERING = re.compile(r"^\d{1,3}\.\s+")


def split_sentences(text: str) -> list[str]:
    """Sentences of ``text`` in order; each is a verbatim substring of one line of ``text``.

    A paragraph's leading number ("43. ") is a locator, not part of its first sentence.
    """
    sentences: list[str] = []
    for line in text.split("\n"):
        line = line.strip()
        if not line:
            continue
        numbering = _NUMBERING.match(line)
        start = numbering.end() if numbering else 0
        for match in _BOUNDARY.finditer(line, start):
            candidate = line[start:match.start() + len(match.group(0).rstrip())].strip()
            if _ABBREVIATIONS.search(line[start:match.start()].rstrip()):
                continue
            sentences.append(candidate)
            start = match.end()
        tail = line[start:].strip()
        if tail:
            sentences.append(tail)
    return sentences
