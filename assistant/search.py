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

import re
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from assistant.records import Chunk
from assistant.store import Store

_WORD = re.compile(r"[a-z0-9]+(?:[.,][0-9]+)*%?")

#: Words too common in questions and reports to say anything about the topic.
STOPWORDS = frozenset("""
a about above after again against all am an and any are as at be because been before being
below between both but by can could did do does doing down during each few for from further had
has have having he her here hers herself him himself his how i if in into is it its itself just
me more most my myself no nor not now of off on once only or other our ours ourselves out over
own same she should so some such than that the their theirs them themselves then there these
they this those through to too under until up very was we were what when where which while who
whom why will with would you your yours yourself yourselves s t don ve ll re d m o y
must shall should may might can could also many much
""".split())


#: Up to this many allowed rows (a few reports' chunks), an approximate index is bypassed and
#: their vectors scored exactly.
EXACT_SUBSET = 50_000


@lru_cache(maxsize=1)
def _stemmer():
    import Stemmer

    return Stemmer.Stemmer("english")


def terms(text: str) -> list[str]:
    """Lower-cased, stemmed content words of ``text`` (stop words dropped).

    Example:
        >>> terms("How many looked after children are there?")
        ['mani', 'look', 'children']
    """
    words = [w for w in _WORD.findall(text.lower().replace("’", "'")) if w not in STOPWORDS]
    return _stemmer().stemWords(words)


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
        import bm25s

        self.store = store
        self.embedder = embedder
        self.rrf_k = rrf_k
        self.candidates = candidates
        self.chunk_terms = [terms(c.embed_text) for c in store.chunks]
        self.bm25 = bm25s.BM25()
        if self.chunk_terms:
            self.bm25.index(self.chunk_terms, show_progress=False)
        self.report_of = np.array([c.report for c in store.chunks], dtype=object)
        self.document_frequency: dict[str, int] = {}
        for chunk_terms in self.chunk_terms:
            for term in set(chunk_terms):
                self.document_frequency[term] = self.document_frequency.get(term, 0) + 1

    def idf(self, term: str) -> float:
        """Inverse document frequency of a stemmed term over the chunks."""
        n = len(self.chunk_terms)
        df = self.document_frequency.get(term, 0)
        return float(np.log(1 + (n - df + 0.5) / (df + 0.5)))

    def _allowed(self, reports: set[str] | None) -> np.ndarray | None:
        if not reports:
            return None
        return np.flatnonzero(np.isin(self.report_of, list(reports)))

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
        scores = self.bm25.get_scores(known)
        if allowed is not None:
            mask = np.full(scores.shape, -1.0, dtype=scores.dtype)
            mask[allowed] = scores[allowed]
            scores = mask
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
