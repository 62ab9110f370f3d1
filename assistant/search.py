"""Hybrid retrieval: dense (FAISS over the embeddings) + lexical (BM25), fused by reciprocal rank.

Both sides see the chunk's heading context (``embed_text``), so a question naming a section
finds the paragraphs under it. Results can be limited to some reports.

Example:
    >>> searcher = Searcher(load_store("index"), Embedder("bundled:minilm"))  # doctest: +SKIP
    >>> hits = searcher.search("partnership working grade", k=3)             # doctest: +SKIP
    >>> hits[0].chunk.paragraph                                              # doctest: +SKIP
    43
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

import numpy as np

from assistant.lexical import STOPWORDS, LexicalIndex, terms
from assistant.records import Chunk
from assistant.store import Store

__all__ = ["EXACT_SUBSET", "FULL_SORT_LIMIT", "STOPWORDS", "Hit", "Searcher", "terms",
           "top_rows"]

#: Up to this many allowed rows (a few reports' chunks), an approximate index is bypassed and
#: their vectors scored exactly.
EXACT_SUBSET = 50_000
#: Up to this many chunks BM25 scores are ranked by a full sort (1.5 ms at 100,000 rows);
#: beyond it by ``top_rows`` (4 ms instead of 22 ms at a million), where equal scores come
#: in row order rather than the sort's.
FULL_SORT_LIMIT = 100_000


def top_rows(scores: np.ndarray, n: int, allowed: np.ndarray | None = None) -> list[int]:
    """Rows of the ``n`` highest positive ``scores`` (only ``allowed`` rows when given), best
    first, equal scores in row order: what a stable sort of the whole array gives, without
    sorting it (a full sort of a million rows takes 22 ms).

    Example:
        >>> top_rows(np.array([0.0, 2.0, 1.0, 2.0], np.float32), 2)
        [1, 3]
    """
    rows = np.flatnonzero(scores > 0)
    if allowed is not None:
        rows = np.intersect1d(rows, allowed, assume_unique=True)
    values = scores[rows]
    if len(rows) > n:
        # The n-th best value; every row above it is in, and rows equal to it fill the rest
        # in row order.
        threshold = -np.partition(-values, n - 1)[n - 1]
        above = values > threshold
        tied = np.flatnonzero(values == threshold)[:n - int(above.sum())]
        keep = np.sort(np.concatenate([np.flatnonzero(above), tied]))
        rows, values = rows[keep], values[keep]
    order = np.lexsort((rows, -values))
    return [int(r) for r in rows[order]]


@dataclass(frozen=True)
class Hit:
    """A retrieved chunk: its row in the store, the chunk and the fused score."""

    position: int
    chunk: Chunk
    score: float
    dense: float


class Searcher:
    """Holds the lexical index and answers ``search`` over a loaded store."""

    def __init__(self, store: Store, embedder, rrf_k: int = 60, candidates: int = 40):
        self.store = store
        self.embedder = embedder
        self.rrf_k = rrf_k
        self.candidates = candidates
        # Stored with the generation; one written before it was stored is indexed here.
        self.lexical = store.lexical or LexicalIndex.build(
            terms(c.embed_text) for c in store.chunks)
        self.document_frequency = self.lexical.document_frequency

    def idf(self, term: str) -> float:
        """Inverse document frequency of a stemmed term over the chunks."""
        n = self.lexical.chunks
        df = self.document_frequency.get(term, 0)
        return float(np.log(1 + (n - df + 0.5) / (df + 0.5)))

    @cached_property
    def report_of(self) -> np.ndarray:
        """The report of each chunk row, as an index into ``report_ids``."""
        return self.store.chunk_reports()

    def _allowed(self, reports: set[str] | None) -> np.ndarray | None:
        if not reports:
            return None
        codes = [i for i, r in enumerate(self.store.report_ids) if r in reports]
        return np.flatnonzero(np.isin(self.report_of, codes))

    def _dense(self, query_vector: np.ndarray, allowed: np.ndarray | None,
               n: int) -> tuple[list[int], dict[int, float]]:
        import faiss

        index = self.store.vectors
        if index.ntotal == 0:
            return [], {}
        # One query is too small to share: OpenMP threads cost more than they save (4x slower
        # on a busy 2-core machine), so FAISS searches on the calling thread.
        faiss.omp_set_num_threads(1)
        query = query_vector.reshape(1, -1).astype(np.float32)
        exact = isinstance(index, faiss.IndexFlat)
        if allowed is not None and not exact and len(allowed) <= EXACT_SUBSET:
            # A few reports in an approximate index: score their rows exactly (the graph
            # would be walked far to find them).
            rows = allowed.astype("int64")
            scores = index.reconstruct_batch(rows) @ query[0]
            top = np.argsort(-scores, kind="stable")[:n]
            return [int(rows[i]) for i in top], {int(rows[i]): float(scores[i]) for i in top}
        params = None
        if allowed is not None:
            selector = faiss.IDSelectorBatch(allowed.astype("int64"))
            params = (faiss.SearchParameters(sel=selector) if exact else
                      faiss.SearchParametersHNSW(sel=selector, efSearch=index.hnsw.efSearch))
        scores, ids = index.search(query, min(n, index.ntotal), params=params)
        ranked = [int(i) for i in ids[0] if i >= 0]
        return ranked, {int(i): float(s) for i, s in zip(ids[0], scores[0]) if i >= 0}

    def _lexical(self, query_terms: list[str], allowed: np.ndarray | None, n: int) -> list[int]:
        known = [t for t in query_terms if t in self.document_frequency]
        if not known:
            return []
        scores = self.lexical.scores(known)
        if len(scores) > FULL_SORT_LIMIT:
            return top_rows(scores, n, allowed)
        if allowed is not None:
            mask = np.full(scores.shape, -1.0, dtype=scores.dtype)
            mask[allowed] = scores[allowed]
            scores = mask
        # Chunks often tie (a place name in every chunk of a report): a full sort keeps the
        # order of ties the answers were tuned on.
        top = np.argsort(-scores)[:n]
        return [int(i) for i in top if scores[i] > 0]

    def search(self, query: str, k: int = 10, reports: set[str] | None = None,
               query_vector: np.ndarray | None = None) -> list[Hit]:
        """The ``k`` best chunks for ``query`` (only from ``reports`` when given)."""
        allowed = self._allowed(reports)
        if allowed is not None and not len(allowed):
            return []
        if query_vector is None:
            query_vector = self.embedder.encode([query])[0]
        n = max(self.candidates, k)
        dense_ranked, dense_scores = self._dense(query_vector, allowed, n)
        lexical_ranked = self._lexical(terms(query), allowed, n)
        fused: dict[int, float] = {}
        for ranked in (dense_ranked, lexical_ranked):
            for rank, position in enumerate(ranked):
                fused[position] = fused.get(position, 0.0) + 1.0 / (self.rrf_k + rank + 1)
        missing = [p for p in fused if p not in dense_scores]
        if missing:
            vectors = self.store.vectors.reconstruct_batch(np.array(missing, dtype="int64"))
            for p, v in zip(missing, vectors):
                dense_scores[p] = float(v @ query_vector)
        best = sorted(fused, key=lambda p: -fused[p])[:k]
        return [Hit(p, self.store.chunks[p], fused[p], dense_scores[p]) for p in best]
