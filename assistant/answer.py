"""Questions → answers made of verified, paragraph-cited quotes.

``Assistant`` loads the index and the model once. ``ask`` reads the question once (which
reports it names, what it asks for, abbreviations spelt out) and hands it to the answer
strategy for that focus (``assistant/answering/``); a strategy that finds no evidence declines
and the extractive one answers. Every quote is checked to be verbatim in its paragraph before
it is shown. When nothing relevant is found, the answer says the reports do not answer and lists
the closest passages as possibly related; a council or year with no report in the index is
said to be missing, never answered from another report.

Example:
    >>> assistant = Assistant(load_settings())                          # doctest: +SKIP
    >>> answer = assistant.ask("what was the grade for partnership working?")  # doctest: +SKIP
    >>> answer.citations[0].locator()                                   # doctest: +SKIP
    'Sefton 2011, para 43'
"""

from __future__ import annotations

import re
import time
from dataclasses import replace
from collections.abc import Callable

from assistant.abbreviations import expand_abbreviations
from assistant.paraphrases import expand_paraphrases, glosses
from assistant.answering.across_reports import answer_across_reports
from assistant.answering.children_summary import answer_children_summary
from assistant.answering.comparison import answer_comparison
from assistant.answering.context import NO_ANSWER, AnswerContext, AskedQuestion, Draft, dedupe
from assistant.answering.extractive import answer_extractive
from assistant.answering.framing import FRAMING_SENTENCE
from assistant.answering.focus import (COMPARE, SECOND_ASK, plain_wording, read_focus,
                                      without_preface)
from assistant.answering.judgement import ASKS_PREVIOUS, answer_judgement, find_matches
from assistant.answering.metadata import (answer_addressee, answer_dates, answer_inspector,
                                          answer_legal_basis)
from assistant.answering.section import answer_part_list, answer_summary
from assistant.answering.verdict import answer_graded_part, answer_part_verdict
from assistant.config import Settings
from assistant.records import Answer
from assistant.routing import (KIND_WORDS, REPORT_KINDS, Scope, find_scope, place_names,
                               prefer_full_inspections)
from assistant.search import Searcher, terms
from assistant.store import StoreError, load_store
from assistant.sentences import split_sentences

__all__ = ["Assistant", "NO_ANSWER"]

#: Opening paragraphs of a focused visit's letter read for what the visit looked at.
THEME_PARAGRAPHS = 12

Strategy = Callable[[AskedQuestion, AnswerContext], "Draft | None"]

#: The strategies tried for each focus, in order; the extractive answer comes last for all.
STRATEGIES: dict[str, tuple[Strategy, ...]] = {
    "inspector": (answer_inspector,),
    "addressee": (answer_addressee,),
    "dates": (answer_dates,),
    "comparison": (answer_comparison,),
    "summary": (answer_children_summary, answer_summary),
    "grade": (answer_graded_part, answer_judgement),
    "figure": (),
    "content": (answer_legal_basis, answer_children_summary, answer_part_list,
                answer_part_verdict),
}




def _named(second: str, asked: AskedQuestion) -> str:
    """A second ask with "it" or "they" standing for the area whose grade was asked ("how did
    the LSCB come out, and what was wrong with it?" → "what was wrong with Local Safeguarding
    Children Board?")."""
    matches = find_matches(asked)
    if not matches or not _PRONOUN.search(second):
        return second
    return _PRONOUN.sub(matches[0].judgement.area, second, count=1)


_PRONOUN = re.compile(r"\b(?:it|they|them)\b", re.IGNORECASE)
#: Focuses whose answer a second ask of the question can follow.
_FIRST_ASKS = ("grade", "dates", "inspector", "addressee", "content")
#: A second ask that is about the report itself: who inspected it, when, to whom.
_ABOUT_THE_REPORT = re.compile(r"\s*(?:who|when|what\s+(?:dates?|days?|weeks?)|which\s+"
                               r"(?:dates?|days?|weeks?|inspectors?))\b", re.IGNORECASE)
#: A second question joined by a bare "and" to one about the report's facts ("what
#: judgement did they get and what had improved since ...?"); after a question about its
#: content, "and what" is more often part of the one question ("what worked and what didn't").
_AND_ASKS = re.compile(r"\s+and\s+((?:what|how|which|where|who|has|had|have)\b[^?]{8,}\??)\s*$",
                       re.IGNORECASE)
#: How the previous inspection went, asked after when it was ("when was the previous
#: inspection, and what was the result?"): the report's line on it says both.
_ITS_RESULT = re.compile(r"\s*what\s+(?:was|were)\s+(?:the|its)\s+(?:results?|outcomes?|grades?"
                         r"|verdict)\s*\??\s*$", re.IGNORECASE)


def _about_missing(asked: AskedQuestion) -> bool:
    """Whether the question is about a council it names with no report ("how did
    Wolverhampton's services get on?"), another council it names being only context ("next
    door to Walsall")."""
    if COMPARE.search(asked.text):
        return False  # "compare Essex's 2023 inspection with Bristol's": Bristol's side helps
    names = {m.split(" (")[0] for m in asked.scope.missing}
    return any(re.search(rf"\b{re.escape(name)}(?:'s|’s)", asked.text, re.IGNORECASE)
               for name in names)


def scope_words_of(reports, scope: Scope, kinds: list[str] = (),
                   others=()) -> frozenset[str]:
    """Stemmed words that chose the reports, not the topic: every name the named councils go
    by (in ``others``' metadata too: one report's "East Riding" is another's "East Riding of
    Yorkshire"), places named that have no report, and the kind of report asked for.

    Example:
        >>> sorted(scope_words_of([], Scope(None, True, ("Essex (2023)",))))
        ['essex']
    """
    names = [name for s in reports if scope.named
             for name in place_names(s.metadata.local_authority or "")]  # "Herts", "Stoke"
    if names:
        named = set(names)
        for authority in {s.metadata.local_authority or "" for s in others}:
            if named.intersection(place_names(authority)):
                names += place_names(authority)
    return frozenset(t for place in names + [m.split(" (")[0] for m in scope.missing]
                     + list(kinds) for t in terms(place))


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
                                     self.summaries, paragraph_chunks, self.corpus_text)

    def ask(self, question: str, top_k: int | None = None, report: str | None = None) -> Answer:
        """Answer ``question``; ``report`` limits it to one report id.

        Raises:
            ValueError: the question is empty.
        """
        if not question or not question.strip():
            raise ValueError("the question is empty: ask something, e.g. "
                             "\"what was the grade for partnership working?\"")
        started = time.perf_counter()
        asked = self.read(question, top_k or self.settings.top_k, report)
        draft = self.answer(asked)
        kept = draft.citations if draft.listing else draft.citations[:asked.top_k]
        return Answer(question=question, text=draft.text, citations=tuple(kept),
                      seconds=time.perf_counter() - started, answered=draft.answered,
                      related=tuple(draft.related))

    def read(self, question: str, top_k: int, report: str | None = None) -> AskedQuestion:
        """The question as every strategy sees it: its scope, focus and expanded wording."""
        question = without_preface(question)
        scope = self._scope(question, report)
        reports = [s for s in self.summaries if scope.reports is None or s.id in scope.reports]
        if scope.named and not any(p.search(question) for p in REPORT_KINDS.values()):
            reports = prefer_full_inspections(reports)
        # Abbreviations the reports define are spelt out once ("LSCB", "GPs"), and everyday
        # phrases get the genre's words ("the courts" → "proceedings").
        # ("at what point ..." is searched for as "when ...", and read as it is asked)
        expanded = expand_paraphrases(expand_abbreviations(plain_wording(question),
                                                           self.corpus_text))
        kinds = [KIND_WORDS[kind] for kind, cue in REPORT_KINDS.items()
                 if cue.search(question) and any(s.metadata.report_type == kind
                                                 for s in reports)]
        place_words = scope_words_of(reports, scope, kinds, self.summaries)
        councils = {s.metadata.local_authority for s in reports} if scope.named else set()
        focus = read_focus(question, place_words, names_several_reports=len(councils) > 1)
        theme = self._theme(reports) if scope.named else frozenset()
        if focus.kind != "summary" and theme:
            # A focused visit looks at one area: "what must improve for its care leavers" asks
            # for the letter's own list when care leavers are what the visit looked at.
            themed = read_focus(question, place_words | theme)
            if themed.kind == "summary":
                focus = themed
        return AskedQuestion(question, expanded, scope, tuple(reports), top_k, focus,
                             place_words, glosses(question, self.corpus_text))

    def _theme(self, reports: list) -> frozenset[str]:
        """Stemmed words of what a focused visit looked at ("Inspectors looked at the local
        authority's arrangements for care leavers"), when every report in scope is one."""
        if not reports or any(s.metadata.report_type != "focused visit" for s in reports):
            return frozenset()
        words: set[str] = set()
        for summary in reports:
            for paragraph in self.store.report(summary.id).paragraphs[:THEME_PARAGRAPHS]:
                for sentence in split_sentences(paragraph.text):
                    if FRAMING_SENTENCE.match(sentence):
                        words.update(terms(sentence))
        return frozenset(words)

    def answer(self, asked: AskedQuestion) -> Draft:
        """The answer of the strategy for the question's focus, else the extractive one."""
        if asked.scope.missing and (not asked.reports or _about_missing(asked)):
            return self._missing(asked)
        draft = None
        # Timelines, counts and "last inspection" span reports whatever the focus.
        for strategy in (answer_across_reports, *STRATEGIES[asked.focus.kind]):
            draft = strategy(asked, self.context)
            if draft:
                break
        draft = self._with_second_ask(asked, draft or answer_extractive(asked, self.context))
        if asked.scope.missing:
            note = f"There is no report for {' or '.join(asked.scope.missing)} in the index."
            draft = replace(draft, text=f"{note} {draft.text}")
        return draft

    def _with_second_ask(self, asked: AskedQuestion, draft: Draft) -> Draft:
        """A grade, a fact about the report itself (its dates, lead inspector, addressee) or
        what it says of a topic, with the answer to what the question asks next about the same
        report ("Wigan 2025: overall grade, and was the front door still a weak spot?", "When
        was Bristol inspected, and how were care leavers doing?", "were caseloads manageable,
        and what was the front door like?"). (Reading the grade from the first clause alone
        lost "overall grade, and did any part come out good?", which the whole question
        answers; a topic's passages, searched for with the whole question, often miss the
        second topic.)"""
        second = SECOND_ASK.search(asked.text) or (
            asked.focus.kind != "content" and _AND_ASKS.search(asked.focus.clause))
        if not (second and draft.citations and asked.focus.kind in _FIRST_ASKS
                and len(asked.reports) == 1):
            return draft
        if asked.focus.kind != "grade" and (_ABOUT_THE_REPORT.match(second.group(1)) or (
                asked.focus.kind == "dates" and ASKS_PREVIOUS.search(asked.text)
                and _ITS_RESULT.match(second.group(1)))):
            # "Who led it, and when?" / "..., and who was in charge of the team?": the
            # report's own facts, which the strategy for the first answers together.
            return draft
        then = self.read(_named(second.group(1), asked), asked.top_k, asked.reports[0].id)
        if then.focus.kind not in ("content", "figure", "summary", "grade"):
            return draft
        more = self.answer(then)
        if not more.citations or set(more.citations) <= set(draft.citations):
            return draft
        # A quote the first answer already gives is not given twice.
        text = more.text
        for citation in more.citations:
            shown = f"{citation.quote} [{citation.locator()}]"
            if shown in draft.text:
                text = text.replace(shown, " ")
                continue
            # ... nor its opening sentences when the second quote runs on from them
            said = next((c.quote for c in draft.citations if (c.report, c.paragraph) == (
                citation.report, citation.paragraph) and citation.quote.startswith(c.quote)
                and c.quote in draft.text), None)
            if said:
                text = text.replace(shown, f"{citation.quote[len(said):].strip()} "
                                           f"[{citation.locator()}]")
        text = re.sub(r"[ \t]{2,}", " ", text).strip()
        if not text:
            return draft
        # (the second answer's own citations as many as an answer shows, not every passage
        # it weighed: a list of judgements keeps all its rows, and the two together all theirs)
        shown = more.citations if more.listing else more.citations[:asked.top_k]
        return replace(draft, text=f"{draft.text}\n\n{text}",
                       citations=tuple(dedupe([*draft.citations[:2], *shown,
                                               *draft.citations[2:]])))

    def _missing(self, asked: AskedQuestion) -> Draft:
        """No report for the council or year asked about: say so, and say what is there."""
        missing = " or ".join(asked.scope.missing)
        names = {m.split(" (")[0] for m in asked.scope.missing}
        same_place = sorted(s.label for s in self.summaries
                            if s.metadata.local_authority in names)
        if same_place:
            there = f"The index has {', '.join(same_place)}."
        else:
            there = (f"The index holds {len(self.summaries)} report"
                     f"{'s' if len(self.summaries) != 1 else ''}; "
                     "`assistant reports` lists them.")
        return Draft(f"There is no report for {missing} in the index. {there}", ())

    def _scope(self, question: str, report: str | None) -> Scope:
        if report:
            if report not in self.store.summaries:
                known = ", ".join(sorted(self.store.summaries)[:10])
                raise StoreError(f"no report {report!r} in the index (known: {known})")
            return Scope(frozenset({report}), named=True)
        return find_scope(question, self.summaries)
