"""Rank retrieved paragraphs by the sentences inside them that answer the question.

A sentence scores by its similarity to the question (its stored vector) and by the share of the
question's rarer words it holds; a paragraph by its search rank, its best sentence and the words
it holds anywhere.

Example:
    >>> ranked = rank_passages(question, hits, vector, store, idf, chunks)  # doctest: +SKIP
    >>> ranked[0].sentences[0][0]                                           # doctest: +SKIP
    'There are currently 380 looked after children and young people, ...'
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from assistant.records import Paragraph, Report
from assistant.search import Hit, terms
from assistant.store import Store

#: Thresholds below which the best passage is not about the question (see ``is_about``).
#: (over every tuning set, 0.40 against 0.45 with a figure bonus of 0.05 rather than 0.1:
#: 10 fewer answerable questions refused, 2 more unanswerable ones refused, +12 top-3 hits)
MIN_SIMILARITY = 0.40
MIN_SIMILARITY_WITH_WORDS = 0.25
MIN_COVERAGE = 0.70
#: A question word is rare when its IDF is at least this share of the highest possible IDF.
RARE_WORD = 0.6
#: Distinct paragraphs among the search hits whose sentences are scored.
PARAGRAPHS_CONSIDERED = 40
#: Weight of the search rank against the best sentence's score when ranking paragraphs.
FUSED_WEIGHT = 0.2
#: Weight of a sentence's similarity to the question against its share of the question's words.
SENTENCE_DENSE_WEIGHT = 0.8
#: Weight of the share of the question's words in the paragraph's own heading.
HEADING_WEIGHT = 0.1
#: Added to a sentence holding every rare word of the question (a name the model cannot place).
RARE_WORDS_BONUS = 0.05
#: Weight of the share of the question's words found anywhere in the paragraph.
PARAGRAPH_COVERAGE_WEIGHT = 0.15
#: Added to a sentence holding a figure when the question asks how many or how well. (0.05
#: against 0.1, over every tuning set: 13 more unanswerable figure questions refused, for 8
#: more answerable ones refused, which the lower similarity floor above wins back.)
FIGURE_BONUS = 0.05
QUANTITY = re.compile(r"\b(how many|how much|what (?:percentage|proportion|number|rate)|"
                      r"how (?:timely|often|quickly|well|effective)|per ?cent)\b", re.IGNORECASE)
#: Words questions use about reports themselves; no sentence need contain them to answer.
QUESTION_NOISE = frozenset(terms("inspector inspectors inspection say said says find found "
                                 "finding findings tell told report reports describe ofsted "
                                 "mean means meaning called"))
FIGURE = re.compile(r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                    r"twenty|hundred|half|third|quarter)\b", re.IGNORECASE)


@dataclass(frozen=True)
class Passage:
    """A retrieved paragraph with its sentences (text, score), best first."""

    report: Report
    paragraph: Paragraph
    sentences: tuple[tuple[str, float], ...]
    score: float
    dense: float
    figures: tuple[tuple[str, float], ...] = ()  # its sentences holding a figure, best first
    coverage: float = 0.0  # the largest share of the question's words in one sentence
    similarity: float = 0.0  # the closest sentence's cosine similarity to the question
    names_rare: bool = False  # one sentence holds every rare word of the question


def rank_passages(question: str, hits: list[Hit], query_vectors: np.ndarray, store: Store,
                  idf: Callable[[str], float],
                  paragraph_chunks: dict[tuple[str, int], list[int]]) -> list[Passage]:
    """Group hits by paragraph, score each paragraph's sentences, rank the paragraphs.

    ``query_vectors`` holds one or more phrasings of the question; a sentence takes its
    closest.

    A sentence scores by its similarity to the question (its stored vector) and by the
    share of the question's rarer words it contains; questions asking "how many" favour
    sentences with figures. A paragraph scores by its search rank, its best sentence and the
    share of the question's words it holds anywhere (a list's lead-in, for instance).
    """
    query = [t for t in dict.fromkeys(terms(question)) if t not in QUESTION_NOISE]
    weights = {t: idf(t) for t in query}
    total = sum(weights.values()) or 1.0
    # Words found in only a few chunks: names and terms the model may not know ("Me2").
    rare = [t for t, w in weights.items() if w >= RARE_WORD * idf("")]

    def coverage(text: str) -> float:
        return sum(w for t, w in weights.items() if text_holds(text, t)) / total

    wants_number = bool(QUANTITY.search(question))
    groups: dict[tuple, list[Hit]] = {}
    for hit in hits:
        groups.setdefault((hit.chunk.report, hit.chunk.paragraph_index), []).append(hit)
    top_fused = max((h.score for h in hits), default=1.0)
    passages: list[Passage] = []
    considered = list(groups.items())[:PARAGRAPHS_CONSIDERED]
    texts, vectors = store.sentence_block([p for key, _ in considered
                                           for p in paragraph_chunks.get(key, [])])
    closest = iter(closest_similarities(query_vectors, vectors))
    for (report_id, index), group in considered:
        report = store.report(report_id)
        para = report.paragraphs[index]
        positions = paragraph_chunks.get((report_id, index), [])
        scored: dict[str, float] = {}
        best_share = best_similarity = 0.0
        names_rare = False
        for position in positions:
            for sentence in texts[position]:
                similarity = next(closest)
                share = coverage(sentence)
                best_similarity = max(best_similarity, similarity)
                score = SENTENCE_DENSE_WEIGHT * similarity + (1 - SENTENCE_DENSE_WEIGHT) * share
                holds_rare = bool(rare) and all(text_holds(sentence, t) for t in rare)
                if holds_rare:
                    score += RARE_WORDS_BONUS
                    names_rare = True
                if wants_number and _has_figure(sentence):
                    score += FIGURE_BONUS
                scored[sentence] = max(score, scored.get(sentence, score))
                best_share = max(best_share, share)
        if not scored:
            continue
        ranked = sorted(scored.items(), key=lambda item: -item[1])
        fused = max(h.score for h in group) / top_fused
        score = FUSED_WEIGHT * fused + (1 - FUSED_WEIGHT) * ranked[0][1] + \
            PARAGRAPH_COVERAGE_WEIGHT * coverage(para.text) + \
            HEADING_WEIGHT * coverage(para.section[-1] if para.section else "")
        figures = tuple((t, x) for t, x in ranked if _has_figure(t))
        passages.append(Passage(report, para, tuple(ranked), score,
                                max(h.dense for h in group), figures,
                                best_share, best_similarity, names_rare))
    passages.sort(key=lambda p: -p.score)
    return passages


def closest_similarities(query_vectors: np.ndarray, vectors: np.ndarray) -> list[float]:
    """Each row of ``vectors``' highest inner product with the rows of ``query_vectors``.

    One stacked product, a matrix-vector product per row: the very floats of
    ``(query_vectors @ row).max()`` row by row (a single matrix product sums in another order
    and moves the last bits of most scores, which the answers are tuned on), at a fraction of
    the cost of a call per sentence.

    Example:
        >>> closest_similarities(np.eye(2, dtype=np.float32), np.array([[0.6, 0.8]], np.float32))
        [0.800000011920929]
    """
    if not len(vectors):
        return []
    products = np.matmul(query_vectors[None], vectors[:, :, None])  # rows × queries × 1
    return products[:, :, 0].max(axis=1).tolist()


@lru_cache(maxsize=200_000)
def _has_figure(sentence: str) -> bool:
    """Whether a sentence holds a figure (remembered, as ``_cached_terms``: 15 us a search)."""
    return FIGURE.search(sentence) is not None


@lru_cache(maxsize=200_000)
def _cached_terms(text: str) -> tuple[str, ...]:
    """Stemmed words of a sentence or paragraph; the same texts recur across questions."""
    return tuple(terms(text))


def is_about(passage: Passage) -> bool:
    """Whether the best passage is about the question: a sentence close in meaning, or fairly
    close and holding most of the question's words, or holding every rare word of it (a name
    the model does not know, such as a project's)."""
    return passage.similarity >= MIN_SIMILARITY or passage.names_rare or (
        passage.similarity >= MIN_SIMILARITY_WITH_WORDS and passage.coverage >= MIN_COVERAGE)


@lru_cache(maxsize=500_000)
def text_holds(text: str, term: str) -> bool:
    """Whether the text's words hold ``term`` or a word that is the same, remembered by the
    text itself (the same sentences and question words recur): a string keeps its hash, so a
    long paragraph is looked up as fast as a short sentence, where a tuple of its words was
    hashed anew at every lookup."""
    return _holds(_cached_terms(text), term)


def _holds(words: tuple[str, ...], term: str) -> bool:
    """Whether ``words`` hold ``term`` or a word that is the same."""
    return term in words or any(same_word(term, x) for x in words)


def same_word(a: str, b: str) -> bool:
    """Stems that are equal, or one a prefix of the other ("timeli"/"time" no, "leader"/
    "leadership" yes)."""
    if a == b:
        return True
    short, long = (a, b) if len(a) <= len(b) else (b, a)
    return len(short) >= 5 and long.startswith(short)

