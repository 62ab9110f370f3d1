r"""Shape a quote so it stands on its own, still verbatim in its paragraph.

Example:
    >>> from assistant.records import Citation, Paragraph
    >>> para = Paragraph(16, "Act now.\nImmediately:\n- Fix notes.", (), None)
    >>> with_list(Citation("r", "s", "t", 16, None, "", "Act now.", 1.0), para).quote
    'Act now. Immediately: - Fix notes.'
"""

from __future__ import annotations

import re

from assistant.citations import is_verbatim, normalise_space, requote
from assistant.records import Citation, Paragraph
from assistant.sentences import split_sentences

#: A sentence that needs the one before it: it opens with a word that points back ("This
#: ...", "They ...") or with a link that draws on it ("As a result, ...", "However, this ...").
ANAPHORA = re.compile(r"^(?:(?:However|As a (?:result|consequence)|Consequently|Therefore|"
                      r"Despite this|Nevertheless|In (?:these|such|this) \w+),?\s+"
                      r"(?:\w+\s+){0,6}?(?:this|these|that|those|it|they|such)\b"
                      r"|(?:As a (?:result|consequence)|Consequently|Despite this)\b"
                      # "While this does not meet the national threshold of 487 days, ..."
                      r"|(?:While|Whilst|Although|Though)\s+(?:this|these|that|it)\b"
                      r"|(?:This|These|That|Those|It|They|Such|Their|Its)\b)")


def with_antecedent(citation: Citation, paragraph: Paragraph) -> Citation:
    """Start a quote that opens with "This ..." or "They ..." at the sentence it refers to
    (at most two sentences back), so the quote makes sense on its own."""
    if not ANAPHORA.match(citation.quote):
        return citation  # most quotes: the paragraph need not be split
    sentences = split_sentences(paragraph.text)
    if citation.quote not in sentences:
        return citation
    i = first = sentences.index(citation.quote)
    while first > 0 and i - first < 2 and ANAPHORA.match(sentences[first]):
        first -= 1
    span = sentence_span(paragraph, sentences[first], citation.quote)
    return requote(citation, paragraph, span) if span else citation


_EXAMPLE_OPENER = r"(?:For (?:example|instance)|In one (?:case|example|instance)|As an example)\b"
#: A sentence that gives an example of the one before it.
EXAMPLE = re.compile(rf"^{_EXAMPLE_OPENER}")
#: ... anywhere in a paragraph: the quick test before splitting it into sentences.
_EXAMPLE_ANYWHERE = re.compile(rf"(?:^|[.!?]\s+){_EXAMPLE_OPENER}")


def with_example(citation: Citation, paragraph: Paragraph) -> Citation:
    """Extend a quote to the next sentence when that one gives an example of what it says
    ("A well-embedded complaints system has led to improvements in services. For example, in
    one case, a placement move was postponed ...").

    Example:
        >>> para = Paragraph(43, "Complaints led to change. For example, a move was put off. "
        ...                  "Advocacy is good.", (), 17)
        >>> with_example(Citation("r", "s", "t", 43, 17, "", "Complaints led to change.", 1.0),
        ...              para).quote
        'Complaints led to change. For example, a move was put off.'
    """
    if not _EXAMPLE_ANYWHERE.search(paragraph.text):
        return citation  # most paragraphs: no need to split them, once per cited passage
    sentences = split_sentences(paragraph.text)
    last = next((i for i, s in enumerate(sentences) if citation.quote.endswith(s)), None)
    if last is None or last + 1 >= len(sentences) or not EXAMPLE.match(sentences[last + 1]):
        return citation
    span = sentence_span(paragraph, citation.quote, sentences[last + 1])
    return requote(citation, paragraph, span) if span else citation


def whole_paragraph(citation: Citation, paragraph: Paragraph, most_sentences: int = 4,
                    most_characters: int = 700) -> Citation | None:
    """``citation`` widened to its whole paragraph when that is short prose (a few
    sentences, no list), else None.

    Example:
        >>> para = Paragraph(27, "Some live far away. However, planning is slow.", (), 5)
        >>> whole_paragraph(Citation("r", "s", "t", 27, 5, "", "Some live far away.", 1.0),
        ...                 para).quote
        'Some live far away. However, planning is slow.'
    """
    sentences = split_sentences(paragraph.text)
    if not (1 < len(sentences) <= most_sentences) or citation.paragraph != paragraph.number \
            or any(s.lstrip().startswith("-") for s in sentences):
        return None
    span = sentence_span(paragraph, sentences[0], sentences[-1])
    if not span or len(span) > most_characters or citation.quote not in span:
        return None
    return requote(citation, paragraph, span)


def sentence_span(paragraph: Paragraph, first: str, last: str) -> str | None:
    """The verbatim text of ``paragraph`` from sentence ``first`` to sentence ``last``."""
    text = normalise_space(paragraph.text)
    last = normalise_space(last)
    start = text.find(normalise_space(first))
    end = text.find(last, start)
    if start < 0 or end < 0:
        return None
    span = text[start:end + len(last)]
    return span if is_verbatim(span, paragraph.text) else None


def with_list(citation: Citation, paragraph: Paragraph) -> Citation:
    """Extend a quote that introduces a list to the list's first block of items.

    "... should take the following action." or "Immediately: - Ensure ..." become the lead-in
    with its items, so the answer shows what the list says, still verbatim.
    """
    lines = [line.strip() for line in paragraph.text.split("\n") if line.strip()]
    quote = citation.quote
    for i, line in enumerate(lines):
        if not (line.endswith(quote) or (line.endswith(":") and quote.startswith(line))):
            continue
        block = [quote] if line.endswith(quote) else [line]
        rest = lines[i + 1:]
        if rest and rest[0].endswith(":") and not block[0].endswith(":"):
            block.append(rest.pop(0))  # the first lead-in after an introduction
        for item in rest:
            if not item.startswith("- "):
                break
            block.append(item)
        extended = " ".join(block)
        if len(block) > 1 and is_verbatim(extended, paragraph.text):
            return requote(citation, paragraph, extended)
    return citation


