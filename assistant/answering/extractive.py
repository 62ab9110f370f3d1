"""Everything else: hybrid search finds paragraphs, and the sentences inside them that best
answer the question become the answer. When nothing found is about the question, the answer
says so and offers the closest passages as possibly related.

Example:
    >>> answer_extractive(asked, context).citations[0].paragraph   # doctest: +SKIP
    34
"""

from __future__ import annotations

import re

import numpy as np

from assistant.answering.context import NO_ANSWER, AnswerContext, AskedQuestion, Draft
from assistant.answering.section import named_section_answer
from assistant.citations import cite
from assistant.passages import FIGURE, QUANTITY, QUESTION_NOISE, Passage, is_about, rank_passages
from assistant.quotes import with_antecedent, with_list
from assistant.routing import Scope, place_names
from assistant.search import terms

#: Chunks taken from the search for an extractive answer.
HITS_CONSIDERED = 40
#: The answer adds the best paragraph's second sentence, or the next paragraph's best
#: sentence, when it scores at least this share of the first.
SECOND_SENTENCE = 0.8
SECOND_PARAGRAPH = 0.9


def find_passages(q: AskedQuestion, ctx: AnswerContext) -> tuple[str, list[Passage]]:
    """The question's topic (less the place and year that scoped it) and the paragraphs that
    answer it, best first."""
    # Search leaves out the place that chose the reports (every chunk of them carries it),
    # but the place can be the subject ("the population of Sefton"), so sentences are also
    # compared with the whole question.
    topic = without_scope_words(q.expanded, ctx.summaries, q.scope)
    query_vector, whole_vector = ctx.embedder.encode([topic, q.expanded])
    hits = ctx.searcher.search(topic, k=max(HITS_CONSIDERED, q.top_k * 4),
                               reports=set(q.scope.reports) if q.scope.reports else None,
                               query_vector=query_vector)
    passages = rank_passages(topic, hits, np.vstack([query_vector, whole_vector]),
                             ctx.store, ctx.searcher.idf, ctx.paragraph_chunks)
    return topic, passages


def answer_extractive(q: AskedQuestion, ctx: AnswerContext) -> Draft:
    topic, passages = find_passages(q, ctx)
    cited = [(p, c) for p, c in ((p, cite(p.report, p.paragraph, p.sentences[0][0],
                                          p.score)) for p in passages) if c]
    if not cited:
        return Draft(NO_ANSWER, ())
    best = cited[0][0]
    topic_words = [t for t in terms(topic) if t not in QUESTION_NOISE]
    unknown = not any(t in ctx.searcher.document_frequency for t in topic_words)
    if unknown or not is_about(best):
        related = tuple({(c.locator(), c.quote): c for _, c in cited[:6]}.values())[:3]
        pointers = "; ".join(c.locator() for c in related)
        return Draft(f"{NO_ANSWER} Possibly related: {pointers}.", (), related)
    listed = named_section_answer(topic_words, [p for p, _ in cited[:5]])
    if listed:
        return listed
    citations = [with_list(with_antecedent(c, p.paragraph), p.paragraph) for p, c in cited]
    chosen = [citations[0]]

    def add(passage: Passage, sentence: str) -> None:
        extra = cite(passage.report, passage.paragraph, sentence, passage.score)
        if extra:
            extra = with_antecedent(extra, passage.paragraph)
            if all(extra.quote not in c.quote and c.quote not in extra.quote for c in chosen):
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
    return Draft(text, tuple(citations))


def without_scope_words(question: str, summaries, scope: Scope) -> str:
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
