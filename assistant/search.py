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

__all__ = ["COARSE_CANDIDATES", "COARSE_MIN", "EXACT_SUBSET", "FULL_SORT_LIMIT", "STOPWORDS",
           "CoarseIndex", "Hit", "Searcher", "terms", "top_rows"]

#: Up to this many allowed rows (a few reports' chunks), an approximate index is bypassed and
#: their vectors scored exactly.
EXACT_SUBSET = 50_000
#: Up to this many chunks BM25 scores are ranked by a full sort (1.5 ms at 100,000 rows);
#: beyond it by ``top_rows`` (4 ms instead of 22 ms at a million), where equal scores come
#: in row order rather than the sort's.
FULL_SORT_LIMIT = 100_000
#: A flat index of at least this many vectors is scanned through an 8-bit copy first
#: (``CoarseIndex``); smaller ones are scanned exactly at once.
COARSE_MIN = 5_000
#: Rows the 8-bit scan keeps to be scored exactly: on the Ofsted corpus the 40th exact score
#: clears the bound by at least 0.02 with 300, so the exact scan is never needed there.
COARSE_CANDIDATES = 300
#: Added to the bound for float32 rounding in both scans (at most ~3e-5 for unit vectors of
#: 384 dimensions).
ROUNDING_SLACK = 1e-3


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


class CoarseIndex:
    """An 8-bit scalar-quantized copy of a flat index's vectors (a quarter of the bytes to
    scan), with each dimension's largest quantization error.

    ``search`` returns exactly what the flat index's own search returns, or None when it
    cannot be sure: the 8-bit scan picks candidates, their exact scores come from a flat
    index of their vectors alone (FAISS's own inner products, to the last bit), and no row
    outside them can score higher, since a row's exact score is at most its 8-bit
    score plus ``sum(|q_i| * error_i)``; when that bound does not clear the ``n``-th exact
    score, the caller scans exactly.

    Example:
        >>> coarse = CoarseIndex(store.vectors)                      # doctest: +SKIP
        >>> coarse.search(store.vectors, query, 40)[1][:3]           # doctest: +SKIP
        [812, 14, 9033]
    """

    #: A row's 8-bit value is the middle of its step: at most half a step from the true value
    #: (measured: 0.50002 of a step at most, the rest float rounding); 0.51 is the bound used.
    STEP_ERROR = 0.51

    def __init__(self, index):
        import faiss

        # The flat index's own (memory-mapped) rows, seen without a copy.
        vectors = faiss.rev_swig_ptr(index.get_xb(), index.ntotal * index.d).reshape(
            index.ntotal, index.d)
        low, high = vectors.min(axis=0), vectors.max(axis=0)
        self.index = faiss.IndexScalarQuantizer(index.d, faiss.ScalarQuantizer.QT_8bit,
                                                faiss.METRIC_INNER_PRODUCT)
        # Trained on each dimension's least and greatest value: 255 steps over the range
        # every row needs, so no value is clipped.
        self.index.train(np.vstack([low, high]))
        self.index.add(vectors)
        self.error = self.STEP_ERROR * (high.astype(np.float64) - low) / 255

    def search(self, index, query: np.ndarray, n: int,
               candidates: int | None = None) -> tuple[np.ndarray, np.ndarray] | None:
        """``index.search(query, n)`` for one query (scores, rows), or None if unsure;
        ``candidates`` rows (default ``COARSE_CANDIDATES``) are scored exactly."""
        import faiss

        candidates = candidates or COARSE_CANDIDATES
        approximate, found = self.index.search(query, min(candidates, index.ntotal))
        rows = np.sort(found[0][found[0] >= 0])
        if len(rows) < min(n, index.ntotal):
            return None
        # A flat index of the candidates' vectors computes FAISS's very inner products and
        # ranks equal scores by row, as the whole index does.
        subset = faiss.IndexFlatIP(index.d)
        subset.add(index.reconstruct_batch(rows))
        scores, picked = subset.search(query, min(n, len(rows)))
        if len(rows) < index.ntotal:
            bound = float(np.abs(query[0]).astype(np.float64) @ self.error) + ROUNDING_SLACK
            if not scores[0][-1] > approximate[0][-1] + bound:
                return None
        return scores[0], rows[picked[0]]


@dataclass(frozen=True)
class Hit:
    """A retrieved chunk: its row in the store, the chunk and the fused score."""

    position: int
    chunk: Chunk
    score: float
    dense: float


class Searcher:
    """Holds the lexical index and answers ``search`` over a loaded store.

    The two sides' rankings are fused by reciprocal rank with a small constant (``rrf_k``,
    6 by default; see config.toml): a chunk that one side ranks first outranks one that both
    rank ninth, where the customary 60 buried it under chunks both sides found middling.
    """

    def __init__(self, store: Store, embedder, rrf_k: int = 6, candidates: int = 40):
        self.store = store
        self.embedder = embedder
        self.rrf_k = rrf_k
        self.candidates = candidates
        # Stored with the generation; one written before it was stored is indexed here.
        self.lexical = store.lexical or LexicalIndex.build(
            terms(c.embed_text) for c in store.chunks)
        self.document_frequency = self.lexical.document_frequency
        #: How many dense searches the 8-bit scan answered, and how many needed the exact one.
        self.coarse_counts = {"answered": 0, "exact": 0}

    def idf(self, term: str) -> float:
        """Inverse document frequency of a stemmed term over the chunks."""
        n = self.lexical.chunks
        df = self.document_frequency.get(term, 0)
        return float(np.log(1 + (n - df + 0.5) / (df + 0.5)))

    @cached_property
    def report_of(self) -> np.ndarray:
        """The report of each chunk row, as an index into ``report_ids``."""
        return self.store.chunk_reports()

    @cached_property
    def coarse(self) -> CoarseIndex | None:
        """The 8-bit copy of a large flat index, made on the first dense search (~50 ms for
        17,424 vectors); None for a small or approximate index."""
        import faiss

        index = self.store.vectors
        if not isinstance(index, faiss.IndexFlatIP) or index.ntotal < COARSE_MIN:
            return None
        return CoarseIndex(index)

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
        if exact and allowed is None and self.coarse is not None:
            found = self.coarse.search(index, query, n)
            self.coarse_counts["answered" if found else "exact"] += 1
            if found is not None:
                scores, rows = found
                return [int(i) for i in rows], {int(i): float(s) for i, s in zip(rows, scores)}
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
