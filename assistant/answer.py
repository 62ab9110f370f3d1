"""Questions → answers made of verified, paragraph-cited quotes.

Judgement questions are answered from the parsed judgements (with the paragraph under the graded
heading and the summary-table row as citations); questions about the inspection's facts from the
report metadata; everything else extractively: hybrid search finds paragraphs, and the sentences
inside them that best match the question become the answer. Every quote is checked to be
verbatim in its paragraph before it is shown. When nothing relevant is found, the answer says the
reports do not answer and lists the closest passages as possibly related.

Example:
    >>> assistant = Assistant(load_settings())                          # doctest: +SKIP
    >>> answer = assistant.ask("what was the grade for partnership working?")  # doctest: +SKIP
    >>> answer.citations[0].locator()                                   # doctest: +SKIP
    'Sefton 2011, para 43'
"""

from __future__ import annotations

import re
import time

import numpy as np

from assistant.abbreviations import expand_abbreviations
from assistant.citations import cite, find_span
from assistant.config import Settings
from assistant.judgement_lookup import JudgementMatch, match_judgements, merged
from assistant.records import Answer, Citation, Judgement, Paragraph, Report
from assistant.routing import (REPORT_KINDS, Scope, asks_for_dates, asks_for_inspector,
                               find_scope, grade_filter, is_judgement_question,
                               place_names, prefer_full_inspections, scope_words)
from assistant.passages import (FIGURE, QUANTITY, QUESTION_NOISE, Passage, is_about,
                                rank_passages, same_word)
from assistant.quotes import with_antecedent, with_list
from assistant.search import Searcher, terms
from assistant.sentences import split_sentences
from assistant.store import StoreError, load_store

NO_ANSWER = "The indexed reports do not answer this question."
#: Chunks taken from the search for an extractive answer.
HITS_CONSIDERED = 40
#: The answer adds the best paragraph's second sentence, or the next paragraph's best
#: sentence, when it scores at least this share of the first.
SECOND_SENTENCE = 0.8
SECOND_PARAGRAPH = 0.9
#: Items quoted when a question names a section.
SECTION_ITEMS = 6

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
        # (report, paragraph index) → rows of that paragraph's chunks
        self.paragraph_chunks: dict[tuple[str, int], list[int]] = {}
        for position, chunk in enumerate(self.store.chunks):
            self.paragraph_chunks.setdefault((chunk.report, chunk.paragraph_index),
                                             []).append(position)

    # -- public ---------------------------------------------------------------------------
    def ask(self, question: str, top_k: int | None = None, report: str | None = None) -> Answer:
        """Answer ``question``; ``report`` limits it to one report id."""
        started = time.perf_counter()
        top_k = top_k or self.settings.top_k
        scope = self._scope(question, report)
        text, citations, related = self._answer(question, scope, top_k)
        return Answer(question=question, text=text, citations=tuple(citations[:top_k]),
                      seconds=time.perf_counter() - started, answered=bool(citations),
                      related=tuple(related))

    # -- routing --------------------------------------------------------------------------
    def _scope(self, question: str, report: str | None) -> Scope:
        if report:
            if report not in self.store.summaries:
                known = ", ".join(sorted(self.store.summaries)[:10])
                raise StoreError(f"no report {report!r} in the index (known: {known})")
            return Scope(frozenset({report}), named=True)
        return find_scope(question, self.summaries)

    def _answer(self, question: str, scope: Scope,
                top_k: int) -> tuple[str, list[Citation], list[Citation]]:
        reports = [s for s in self.summaries if scope.reports is None or s.id in scope.reports]
        if scope.named and not any(p.search(question) for p in REPORT_KINDS.values()):
            reports = prefer_full_inspections(reports)
        if asks_for_inspector(question):
            found = self._inspector_answer(question, reports)
            if found:
                return found
        if asks_for_dates(question):
            found = self._dates_answer(reports)
            if found:
                return found
        # Abbreviations the reports define are spelt out once ("LSCB", "GPs").
        expanded = expand_abbreviations(question, self.corpus_text)
        if is_judgement_question(question):
            found = self._judgement_answer(expanded, reports, scope)
            if found:
                return found
        return self._extractive_answer(expanded, scope, top_k)

    # -- judgements -----------------------------------------------------------------------
    def _judgement_answer(self, question, reports, scope):
        place_words = {t for s in reports for t in terms(s.metadata.local_authority or "")}
        place_words |= {str(y) for y in scope_words(question)[1]}
        by_report = {s.id: list(s.judgements) for s in reports}
        matches = match_judgements(question, by_report, ignore=place_words)
        wanted_grade = grade_filter(question)
        if wanted_grade:
            # "Which areas were judged outstanding?": every judgement with that grade, within
            # the areas the question names if it names any.
            pool = matches or [JudgementMatch(s.id, j, 1.0) for s in reports
                               for j in merged(s.judgements)]
            matches = [m for m in pool if m.judgement.grade.startswith(wanted_grade)]
        if not matches:
            return None
        if not scope.named and len({m.report for m in matches}) > 3:
            return None  # the same area in many reports: a search shows which ones say what
        sentences, citations = [], []
        for m in matches:
            report = self.store.report(m.report)
            j = m.judgement
            found = self._judgement_citations(report, j)
            if not found:
                continue  # a grade that cannot be quoted from the report is not stated
            citations.extend(found)
            where = "; ".join(c.locator() for c in found)
            number = f" (grade {j.grade_number})" if j.grade_number else ""
            part = f" ({j.part})" if j.part and len(matches) > 1 else ""
            label = f"{report.label}: " if len({x.report for x in matches}) > 1 else ""
            sentences.append(f"{label}{j.area}{part} was judged {j.grade}{number}"
                             + (f" [{where}]" if where else "") + ".")
        if not citations:
            return None
        return " ".join(sentences), _dedupe(citations), []

    def _judgement_citations(self, report: Report, j: Judgement) -> list[Citation]:
        """The paragraph under the graded heading, then the summary-table row."""
        found: list[Citation] = []
        if j.paragraph is not None:
            para = report.paragraph(j.paragraph)
            if para:
                sentences = split_sentences(para.text)
                stated = [s for s in sentences if re.search(rf"\b{re.escape(j.grade)}\b", s,
                                                            re.IGNORECASE)]
                quote = (stated or sentences or [para.text])[0]
                citation = cite(report, para, quote, 1.0)
                if citation:
                    found.append(citation)
        area = r"\s*".join(re.escape(w) for w in j.area.split())
        grade = r"\s*".join(re.escape(w) for w in j.grade.split())
        for para in report.paragraphs:
            if para.kind not in ("table", "text", "heading") or para.number is not None:
                continue
            span = find_span(rf"{area}\W{{0,40}}?(?:grade\s*\d\s*\(\s*)?{grade}", para.text)
            if span and (para.kind == "table" or j.paragraph is None):
                citation = cite(report, para, span, 0.9)
                if citation:
                    found.append(citation)
                    break
        return found or self._judgement_sentence(report, j)

    def _judgement_sentence(self, report: Report, j: Judgement) -> list[Citation]:
        """A sentence stating the grade in words ("The overall judgement is requires
        improvement"), on the judgement's page, sharing a word with its area."""
        grade = r"\s+".join(re.escape(w) for w in j.grade.split())
        area_words = set(terms(j.area))
        for para in report.paragraphs:
            if j.page is not None and para.page != j.page:
                continue
            for sentence in split_sentences(para.text):
                if re.search(rf"\b{grade}\b", sentence, re.IGNORECASE) and \
                        area_words & set(terms(sentence)):
                    citation = cite(report, para, sentence, 0.9)
                    if citation:
                        return [citation]
        return []

    # -- sections -------------------------------------------------------------------------
    def _named_section_answer(self, words: list[str], passages: list[Passage]):
        """A question that names a section ("What needs to improve?", "areas for
        improvement") is answered with that section's items, in the report's order; a name
        used by sections in several parts of a report gets each of them."""
        sections: list[tuple[Report, tuple[str, ...], float]] = []
        for passage in passages:
            key = (passage.report, passage.paragraph.section)
            if key[1] and _names_heading(words, key[1][-1]) and \
                    all((r.id, sec) != (key[0].id, key[1]) for r, sec, _ in sections):
                sections.append((*key, passage.score))
        for report, section, score in list(sections):
            for other in dict.fromkeys(p.section for p in report.paragraphs):
                if other and other != section and other[-1] == section[-1]:
                    sections.append((report, other, score))
        said, citations = [], []
        for report, section, score in sections:
            items = [p for p in report.paragraphs
                     if p.section == section and p.kind != "heading"][:SECTION_ITEMS]
            found = [c for c in (cite(report, p, _opening(p), score) for p in items) if c]
            if found:
                citations.extend(found)
                said.append(f"{' > '.join(section).rstrip(':')}: " + " ".join(
                    f"{c.quote} [{c.locator()}]" for c in found))
        if not citations:
            return None
        return " ".join(said), citations, []

    # -- metadata -------------------------------------------------------------------------
    def _inspector_answer(self, question, reports):
        if len(reports) != 1:
            return None
        report = self.store.report(reports[0].id)
        name = report.metadata.lead_inspector
        if not name:
            return None
        for para in report.paragraphs:
            for line in para.text.split("\n"):
                if name in line:
                    citation = cite(report, para, line.strip(), 1.0)
                    if citation:
                        return (f"The lead inspector of {report.label} was {name} "
                                f"[{citation.locator()}].", [citation], [])
        return None

    def _dates_answer(self, reports):
        if len(reports) != 1:
            return None
        report = self.store.report(reports[0].id)
        meta = report.metadata
        facts = [(f"inspected {meta.inspection_dates}", meta.inspection_dates),
                 (f"published {meta.published}", meta.published)]
        said, citations = [], []
        for phrase, value in facts:
            if not value:
                continue
            para = next((p for p in report.paragraphs if value in p.text), None)
            line = next((x for x in para.text.split("\n") if value in x), "") if para else ""
            citation = cite(report, para, line.strip(), 1.0) if para and line else None
            if citation:
                citations.append(citation)
                said.append(f"{phrase} [{citation.locator()}]")
        if not citations:
            return None
        return f"{report.label} was " + " and ".join(said) + ".", citations, []

    # -- extractive -----------------------------------------------------------------------
    def _extractive_answer(self, question, scope, top_k):
        # Search leaves out the place that chose the reports (every chunk of them carries it),
        # but the place can be the subject ("the population of Sefton"), so sentences are also
        # compared with the whole question.
        topic = _without_scope_words(question, self.summaries, scope)
        query_vector, whole_vector = self.embedder.encode([topic, question])
        hits = self.searcher.search(topic, k=max(HITS_CONSIDERED, top_k * 4),
                                    reports=set(scope.reports) if scope.reports else None,
                                    query_vector=query_vector)
        passages = rank_passages(topic, hits, np.vstack([query_vector, whole_vector]),
                                 self.store, self.searcher.idf, self.paragraph_chunks)
        cited = [(p, c) for p, c in ((p, cite(p.report, p.paragraph, p.sentences[0][0],
                                              p.score)) for p in passages) if c]
        if not cited:
            return NO_ANSWER, [], []
        best = cited[0][0]
        topic_words = [t for t in terms(topic) if t not in QUESTION_NOISE]
        unknown = not any(t in self.searcher.document_frequency for t in topic_words)
        if unknown or not is_about(best):
            related = [c for _, c in cited[:3]]
            pointers = "; ".join(c.locator() for c in related)
            return f"{NO_ANSWER} Possibly related: {pointers}.", [], related
        listed = self._named_section_answer(topic_words, [p for p, _ in cited[:5]])
        if listed:
            return listed
        citations = [with_list(with_antecedent(c, p.paragraph), p.paragraph)
                     for p, c in cited]
        chosen = [citations[0]]

        def add(passage: Passage, sentence: str) -> None:
            extra = cite(passage.report, passage.paragraph, sentence, passage.score)
            if extra:
                extra = with_antecedent(extra, passage.paragraph)
                if all(extra.quote not in c.quote and c.quote not in extra.quote
                       for c in chosen):
                    chosen.append(extra)

        # A second strong sentence of the best paragraph often holds the figure or example.
        if len(best.sentences) > 1 and \
                best.sentences[1][1] >= SECOND_SENTENCE * best.sentences[0][1]:
            add(best, best.sentences[1][0])
        if len(cited) > 1 and cited[1][0].score >= SECOND_PARAGRAPH * best.score:
            add(cited[1][0], cited[1][0].sentences[0][0])
        # A question about amounts or performance must surface a figure when one is close by.
        if QUANTITY.search(topic) and not any(FIGURE.search(c.quote) for c in chosen):
            figures = [(score, p, text) for p, _ in cited[:3] for text, score in p.figures]
            if figures:
                _, passage, text = max(figures, key=lambda f: f[0])
                add(passage, text)
        text = " ".join(f"{c.quote} [{c.locator()}]" for c in chosen)
        return text, citations, []


def _opening(paragraph: Paragraph, limit: int = 1500) -> str:
    """A paragraph whole (a list with its items), or the first sentence of a very long one."""
    if len(paragraph.text) <= limit:
        return paragraph.text
    return (split_sentences(paragraph.text) or [paragraph.text])[0]


def _names_heading(words: list[str], heading: str) -> bool:
    """Whether the question's words all appear in a heading of two or more words."""
    heading_words = terms(heading)
    return len(words) >= 2 and len(heading_words) >= 2 and all(
        any(same_word(w, h) for h in heading_words) for w in words)


def _without_scope_words(question: str, summaries, scope: Scope) -> str:
    """The question less the place and year that chose its reports (they say nothing of the
    topic, and every chunk of those reports carries them)."""
    if not scope.named or not scope.reports:
        return question
    topic = question
    for s in summaries:
        if s.id in scope.reports and s.metadata.local_authority:
            for name in place_names(s.metadata.local_authority):
                words = r"\W+".join(re.escape(w) for w in name.split())
                topic = re.sub(rf"\b{words}(?:['’]s)?\b", " ", topic, flags=re.IGNORECASE)
    topic = re.sub(r"\b(?:19|20)\d\d\b", " ", topic)
    return " ".join(topic.split()) or question


def _dedupe(citations: list[Citation]) -> list[Citation]:
    seen, out = set(), []
    for c in citations:
        key = (c.report, c.paragraph, c.quote)
        if key not in seen:
            seen.add(key)
            out.append(c)
    return out
