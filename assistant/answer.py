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
from dataclasses import dataclass, replace

from assistant.abbreviations import expand_abbreviations
from assistant.citations import cite, find_span, is_verbatim, normalise_space
from assistant.config import Settings
from assistant.judgement_lookup import JudgementMatch, match_judgements, merged
from assistant.records import Answer, Citation, Judgement, Paragraph, Report
from assistant.routing import (REPORT_KINDS, Scope, asks_for_dates, asks_for_inspector,
                               find_scope, grade_filter, is_judgement_question,
                               prefer_full_inspections, scope_words)
from assistant.search import Hit, Searcher, terms
from assistant.sentences import split_sentences
from assistant.store import StoreError, load_store

NO_ANSWER = "The indexed reports do not answer this question."
#: Thresholds below which the best passage is not about the question (see ``_is_about``).
MIN_DENSE = 0.30
MIN_DENSE_WITH_WORDS = 0.20
MIN_COVERAGE = 0.70
#: Chunks taken from the search, and distinct paragraphs among them whose sentences are scored.
HITS_CONSIDERED = 40
PARAGRAPHS_CONSIDERED = 40
#: Weight of the search rank against the best sentence's score when ranking paragraphs.
FUSED_WEIGHT = 0.2
#: Weight of a sentence's similarity to the question against its share of the question's words.
SENTENCE_DENSE_WEIGHT = 0.8
#: Weight of the share of the question's words found anywhere in the paragraph.
PARAGRAPH_COVERAGE_WEIGHT = 0.15
#: The answer adds the best paragraph's second sentence, or the next paragraph's best
#: sentence, when it scores at least this share of the first.
SECOND_SENTENCE = 0.8
SECOND_PARAGRAPH = 0.9
QUANTITY = re.compile(r"\b(how many|how much|what (?:percentage|proportion|number|rate)|"
                      r"how (?:timely|often|quickly|well|effective)|per ?cent)\b", re.IGNORECASE)
#: Words questions use about reports themselves; no sentence need contain them to answer.
QUESTION_NOISE = frozenset(terms("inspector inspectors inspection say said says find found "
                                 "finding findings tell told report reports describe ofsted"))
FIGURE = re.compile(r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                    r"twenty|hundred|half|third|quarter)\b", re.IGNORECASE)


@dataclass(frozen=True)
class Passage:
    """A retrieved paragraph with its best sentences (text, score), best first."""

    report: Report
    paragraph: Paragraph
    sentences: tuple[tuple[str, float], ...]
    score: float
    dense: float
    figures: tuple[tuple[str, float], ...] = ()  # its best sentence holding a figure
    coverage: float = 0.0  # share of the question's words in the best sentence


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
        self.paragraph_chunks: dict[tuple[str, int], list[int]] = {}
        for position, chunk in enumerate(self.store.chunks):
            if chunk.paragraph is not None:
                self.paragraph_chunks.setdefault((chunk.report, chunk.paragraph),
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
        if is_judgement_question(question):
            found = self._judgement_answer(question, reports, scope)
            if found:
                return found
        return self._extractive_answer(question, scope, top_k)

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
        return found

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
        topic = expand_abbreviations(_without_scope_words(question, self.summaries, scope),
                                     self.corpus_text)
        query_vector = self.embedder.encode([topic])[0]
        hits = self.searcher.search(topic, k=max(HITS_CONSIDERED, top_k * 4),
                                    reports=set(scope.reports) if scope.reports else None,
                                    query_vector=query_vector)
        passages = self._passages(topic, hits, query_vector)
        cited = [(p, c) for p, c in ((p, cite(p.report, p.paragraph, p.sentences[0][0],
                                              p.score)) for p in passages) if c]
        if not cited:
            return NO_ANSWER, [], []
        best = cited[0][0]
        topic_words = [t for t in terms(topic) if t not in QUESTION_NOISE]
        unknown = not any(t in self.searcher.document_frequency for t in topic_words)
        if unknown or not _is_about(best):
            related = [c for _, c in cited[:3]]
            pointers = "; ".join(c.locator() for c in related)
            return f"{NO_ANSWER} Possibly related: {pointers}.", [], related
        citations = [_with_list(_with_antecedent(c, p.paragraph), p.paragraph)
                     for p, c in cited]
        chosen = [citations[0]]

        def add(passage: Passage, sentence: str) -> None:
            extra = cite(passage.report, passage.paragraph, sentence, passage.score)
            if extra:
                extra = _with_antecedent(extra, passage.paragraph)
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

    def _passages(self, question: str, hits: list[Hit], query_vector) -> list[Passage]:
        """Group hits by paragraph, score each paragraph's sentences, rank the paragraphs.

        A sentence scores by its similarity to the question (its stored vector) and by the
        share of the question's rarer words it contains; questions asking "how many" favour
        sentences with figures. A paragraph scores by its search rank, its best sentence and the
        share of the question's words it holds anywhere (a list's lead-in, for instance).
        """
        query = [t for t in dict.fromkeys(terms(question)) if t not in QUESTION_NOISE]
        weights = {t: self.searcher.idf(t) for t in query}
        total = sum(weights.values()) or 1.0

        def coverage(words: list[str]) -> float:
            return sum(w for t, w in weights.items() if any(_same_word(t, x) for x in words)) \
                / total

        wants_number = bool(QUANTITY.search(question))
        groups: dict[tuple, list[Hit]] = {}
        for hit in hits:
            key = (hit.chunk.report, hit.chunk.paragraph if hit.chunk.paragraph is not None
                   else ("chunk", hit.position))
            groups.setdefault(key, []).append(hit)
        top_fused = max((h.score for h in hits), default=1.0)
        passages: list[Passage] = []
        for (report_id, _), group in list(groups.items())[:PARAGRAPHS_CONSIDERED]:
            report = self.store.report(report_id)
            chunk = group[0].chunk
            if chunk.paragraph is not None:
                para = report.paragraph(chunk.paragraph)
                positions = self.paragraph_chunks.get((report_id, chunk.paragraph), [])
            else:
                para = next((p for p in report.paragraphs
                             if p.number is None and is_verbatim(chunk.text, p.text)), None)
                positions = [group[0].position]
            if para is None:
                continue
            scored: dict[str, float] = {}
            for position in positions:
                texts, vectors = self.store.sentences(position)
                for sentence, vector in zip(texts, vectors):
                    score = SENTENCE_DENSE_WEIGHT * float(vector @ query_vector) + \
                        (1 - SENTENCE_DENSE_WEIGHT) * coverage(terms(sentence))
                    if wants_number and FIGURE.search(sentence):
                        score += 0.1
                    scored[sentence] = max(score, scored.get(sentence, score))
            if not scored:
                continue
            ranked = sorted(scored.items(), key=lambda item: -item[1])
            fused = max(h.score for h in group) / top_fused
            score = FUSED_WEIGHT * fused + (1 - FUSED_WEIGHT) * ranked[0][1] + \
                PARAGRAPH_COVERAGE_WEIGHT * coverage(terms(para.text))
            figures = tuple((t, x) for t, x in ranked if FIGURE.search(t))[:1]
            passages.append(Passage(report, para, tuple(ranked[:2]), score,
                                    max(h.dense for h in group), figures,
                                    coverage(terms(ranked[0][0]))))
        passages.sort(key=lambda p: -p.score)
        return passages


def _is_about(passage: Passage) -> bool:
    """Whether the best passage is about the question: close in meaning, or fairly close and
    holding most of the question's rarer words (names the model does not know, for instance)."""
    return passage.dense >= MIN_DENSE or (
        passage.dense >= MIN_DENSE_WITH_WORDS and passage.coverage >= MIN_COVERAGE)


def _without_scope_words(question: str, summaries, scope: Scope) -> str:
    """The question less the place and year that chose its reports (they say nothing of the
    topic, and every chunk of those reports carries them)."""
    if not scope.named or not scope.reports:
        return question
    topic = question
    for s in summaries:
        if s.id in scope.reports and s.metadata.local_authority:
            topic = re.sub(rf"\b{re.escape(s.metadata.local_authority)}(?:['’]s)?\b", " ",
                           topic, flags=re.IGNORECASE)
    topic = re.sub(r"\b(?:19|20)\d\d\b", " ", topic)
    return " ".join(topic.split()) or question


ANAPHORA = re.compile(r"^(This|These|That|Those|It|They|Such|Their|Its)\b")


def _with_antecedent(citation: Citation, paragraph: Paragraph) -> Citation:
    """Start a quote that opens with "This ..." or "They ..." at the sentence it refers to
    (at most two sentences back), so the quote makes sense on its own."""
    sentences = split_sentences(paragraph.text)
    if citation.quote not in sentences or not ANAPHORA.match(citation.quote):
        return citation
    i = first = sentences.index(citation.quote)
    while first > 0 and i - first < 2 and ANAPHORA.match(sentences[first]):
        first -= 1
    text = normalise_space(paragraph.text)
    start = text.find(normalise_space(sentences[first]))
    end = text.find(citation.quote, start)
    if start < 0 or end < 0:
        return citation
    span = text[start:end + len(citation.quote)]
    return replace(citation, quote=span) if is_verbatim(span, paragraph.text) else citation


def _with_list(citation: Citation, paragraph: Paragraph) -> Citation:
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
            return replace(citation, quote=extended)
    return citation


def _same_word(a: str, b: str) -> bool:
    """Stems that are equal, or one a prefix of the other ("timeli"/"time" no, "leader"/
    "leadership" yes)."""
    if a == b:
        return True
    short, long = (a, b) if len(a) <= len(b) else (b, a)
    return len(short) >= 5 and long.startswith(short)


def _dedupe(citations: list[Citation]) -> list[Citation]:
    seen, out = set(), []
    for c in citations:
        key = (c.report, c.paragraph, c.quote)
        if key not in seen:
            seen.add(key)
            out.append(c)
    return out
