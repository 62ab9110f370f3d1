"""Questions → answers made of verified, paragraph-cited quotes.

``Assistant`` loads the index and the model once. ``ask`` reads the question once (which
reports it names, abbreviations spelt out) and asks the answer strategies in
``assistant/answering/`` in turn; the first that answers wins. Every quote is checked to be
verbatim in its paragraph before it is shown. When nothing relevant is found, the answer says
the reports do not answer and lists the closest passages as possibly related.

Example:
    >>> assistant = Assistant(load_settings())                          # doctest: +SKIP
    >>> answer = assistant.ask("what was the grade for partnership working?")  # doctest: +SKIP
    >>> answer.citations[0].locator()                                   # doctest: +SKIP
    'Sefton 2011, para 43'
"""

from __future__ import annotations

import time

from assistant.abbreviations import expand_abbreviations
from assistant.answering.context import NO_ANSWER, AnswerContext, AskedQuestion, Draft
from assistant.answering.extractive import answer_extractive
from assistant.answering.judgement import answer_judgement
from assistant.answering.metadata import answer_dates, answer_inspector
from assistant.config import Settings
from assistant.records import Answer
from assistant.routing import (REPORT_KINDS, Scope, asks_for_dates, asks_for_inspector,
                               find_scope, is_judgement_question, prefer_full_inspections)
from assistant.search import Searcher
from assistant.store import StoreError, load_store

__all__ = ["Assistant", "NO_ANSWER"]


class Assistant:
    """Loads the index and the model once; ``ask`` answers one question."""

    def __init__(self, settings: Settings, embedder=None):
        self.settings = settings
        self.store = load_store(settings.index_dir)
        if embedder is None:
            from assistant.embedding import Embedder

            embedder = Embedder(self.store.manifest.model, settings.batch_size)
        if getattr(embedder, "name", self.store.manifest.model) != self.store.manifest.model:
            raise StoreError(f"the index was built with {self.store.manifest.model!r}; "
                             "rebuild it with `assistant index` to use another model")
        self.embedder = embedder
        self.searcher = Searcher(self.store, embedder, settings.rrf_k, settings.candidates)
        self.summaries = list(self.store.summaries.values())
        self.corpus_text = "\n".join(chunk.text for chunk in self.store.chunks)
        paragraph_chunks: dict[tuple[str, int], list[int]] = {}
        for position, chunk in enumerate(self.store.chunks):
            paragraph_chunks.setdefault((chunk.report, chunk.paragraph_index),
                                        []).append(position)
        self.context = AnswerContext(settings, self.store, self.searcher, embedder,
                                     self.summaries, paragraph_chunks)

    def ask(self, question: str, top_k: int | None = None, report: str | None = None) -> Answer:
        """Answer ``question``; ``report`` limits it to one report id."""
        started = time.perf_counter()
        asked = self.read(question, top_k or self.settings.top_k, report)
        draft = self.answer(asked)
        return Answer(question=question, text=draft.text,
                      citations=tuple(draft.citations[:asked.top_k]),
                      seconds=time.perf_counter() - started, answered=draft.answered,
                      related=tuple(draft.related))

    def read(self, question: str, top_k: int, report: str | None = None) -> AskedQuestion:
        """The question as every strategy sees it: its scope and its expanded wording."""
        scope = self._scope(question, report)
        reports = [s for s in self.summaries if scope.reports is None or s.id in scope.reports]
        if scope.named and not any(p.search(question) for p in REPORT_KINDS.values()):
            reports = prefer_full_inspections(reports)
        # Abbreviations the reports define are spelt out once ("LSCB", "GPs").
        expanded = expand_abbreviations(question, self.corpus_text)
        return AskedQuestion(question, expanded, scope, tuple(reports), top_k)

    def answer(self, asked: AskedQuestion) -> Draft:
        """The first strategy that answers ``asked``; the extractive one always does."""
        question = asked.text
        if asks_for_inspector(question):
            found = answer_inspector(asked, self.context)
            if found:
                return found
        if asks_for_dates(question):
            found = answer_dates(asked, self.context)
            if found:
                return found
        if is_judgement_question(question):
            found = answer_judgement(asked, self.context)
            if found:
                return found
        return answer_extractive(asked, self.context)

    def _scope(self, question: str, report: str | None) -> Scope:
        if report:
            if report not in self.store.summaries:
                known = ", ".join(sorted(self.store.summaries)[:10])
                raise StoreError(f"no report {report!r} in the index (known: {known})")
            return Scope(frozenset({report}), named=True)
        return find_scope(question, self.summaries)
