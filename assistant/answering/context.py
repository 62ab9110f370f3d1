"""What every answer strategy is given, and what it gives back.

Example:
    >>> draft = Draft("Partnership working was judged good.", ())
    >>> draft.answered
    False
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property

from assistant.answering.evidence import KNOWN_PASSAGES, report_pairs, report_terms
from assistant.answering.focus import Focus
from assistant.config import Settings
from assistant.genre_words import genre_vocabulary
from assistant.paraphrases import GENRE_WORDS
from assistant.records import Citation, Report
from assistant.routing import Scope
from assistant.search import Searcher
from assistant.store import ReportSummary, Store

NO_ANSWER = "The indexed reports do not answer this question."


@dataclass(frozen=True)
class Draft:
    """A strategy's answer: text made of cited quotes, citations best first, and passages
    offered as possibly related when it could not answer."""

    text: str
    citations: tuple[Citation, ...]
    related: tuple[Citation, ...] = ()
    #: a list whose every row is cited (a timeline, a count): its citations are all kept,
    #: not cut to the answer's top_k
    listing: bool = False

    @property
    def answered(self) -> bool:
        return bool(self.citations)


@dataclass(frozen=True)
class AskedQuestion:
    """A question as read once, for every strategy.

    ``text`` is as asked; ``expanded`` spells out abbreviations the reports define and adds
    the reports' words for everyday phrases ("the front door (referral, contact, MASH)");
    ``reports`` are the summaries in scope (all of them when the question names none).
    """

    text: str
    expanded: str
    scope: Scope
    reports: tuple[ReportSummary, ...]
    top_k: int
    focus: Focus | None = None
    #: stemmed words of the places the question names: they choose reports, not the topic
    place_words: frozenset[str] = frozenset()
    #: stem of a question word → stems that stand for it in a report (``paraphrases.glosses``)
    glosses: dict[str, list[frozenset[str]]] = field(default_factory=dict)


@dataclass
class AnswerContext:
    """The loaded index and the search over it, shared by every strategy."""

    settings: Settings
    store: Store
    searcher: Searcher
    embedder: object
    summaries: list[ReportSummary]
    #: (report, paragraph index) → rows of that paragraph's chunks
    paragraph_chunks: dict[tuple[str, int], list[int]] = field(default_factory=dict)
    #: every chunk's text, one a line (abbreviations are spelt out as the reports define them)
    corpus_text: str = ""

    #: reports asked about → the stemmed words of their whole text (see ``words_of``)
    _words_of: dict[frozenset[str], frozenset[str]] = field(default_factory=dict)

    def report(self, report_id: str) -> Report:
        return self.store.report(report_id)

    @cached_property
    def vocabulary(self) -> frozenset[str]:
        """The genre's words, as against the asker's own: the stems the index uses in at least
        ``KNOWN_PASSAGES`` passages, those several reports of the genre use (``genre_words``,
        so that a small index knows them too) and the reports' words the paraphrase table
        names ("tribunal")."""
        return (self.searcher.document_frequency.at_least(KNOWN_PASSAGES)
                | genre_vocabulary() | GENRE_WORDS)

    def words_of(self, report_ids: frozenset[str]) -> frozenset[str]:
        """Every stemmed word of the reports' paragraphs, and every two that stand together
        ("self harm", ``evidence.report_pairs``), read once a session.

        >>> "guardianship" in ctx.words_of(frozenset({"sefton-2011"}))  # doctest: +SKIP
        False
        """
        words = self._words_of.get(report_ids)
        if words is None:
            words = frozenset().union(*(
                report_terms(report) | report_pairs(report)
                for report in map(self.report, report_ids)))
            self._words_of[report_ids] = words
        return words

def dedupe(citations: list[Citation]) -> list[Citation]:
    """Citations in order, each (report, paragraph, quote) once."""
    seen, out = set(), []
    for c in citations:
        key = (c.report, c.paragraph, c.quote)
        if key not in seen:
            seen.add(key)
            out.append(c)
    return out
