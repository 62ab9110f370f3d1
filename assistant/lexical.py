"""The lexical side of search: stemmed content words, and a BM25 index kept with the generation.

The BM25 index is one score per (term, chunk) pair, computed as ``bm25s`` computes it when a
generation is written, and stored beside it as plain arrays (a compressed sparse column
matrix: for each term its chunks and their scores). Opening an index memory-maps them, so it
reads nothing in proportion to the collection and imports neither ``bm25s`` nor SciPy; a
query adds up the columns of its terms as ``bm25s.BM25.get_scores`` does, so the scores are
the same floats. Files in a generation folder::

    lexical.json          {"chunks": N, "terms": [term of column 0, term of column 1, ...]}
    lexical-indptr.npy    column c holds pairs indptr[c] to indptr[c + 1]
    lexical-rows.npy      chunk row of each pair
    lexical-scores.npy    BM25 score of each pair (float32)

Example:
    >>> index = LexicalIndex.build([terms("foster carers"), terms("care leavers")])
    >>> [round(float(s), 3) for s in index.scores(terms("carers"))]
    [0.277, 0.0]
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping
from functools import lru_cache
from pathlib import Path

import numpy as np

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

K1 = 1.5  # BM25's term-frequency saturation, as bm25s's default
B = 0.75  # and its length normalisation
VOCABULARY = "lexical.json"
INDPTR = "lexical-indptr.npy"
ROWS = "lexical-rows.npy"
SCORES = "lexical-scores.npy"
FILES = (VOCABULARY, INDPTR, ROWS, SCORES)


def mapped(file: Path) -> np.ndarray:
    """A .npy file memory-mapped, as a plain array view (which keeps the mapping alive):
    slicing a ``np.memmap`` costs several times more, and questions slice these often."""
    return np.load(file, mmap_mode="r").view(np.ndarray)


@lru_cache(maxsize=1)
def _stemmer():
    import Stemmer

    return Stemmer.Stemmer("english")


def terms(text: str) -> list[str]:
    """Lower-cased, stemmed content words of ``text`` (stop words dropped).

    Example:
        >>> terms("How many looked after children are there?")
        ['look', 'children']
    """
    if len(text) <= REMEMBERED_TEXT:
        return list(_short_terms(text))
    return _stemmer().stemWords([w for w in _WORD.findall(text.lower().replace("’", "'"))
                                 if w not in STOPWORDS])


#: Texts up to this long have their terms remembered: every question stems the same names,
#: headings and table entries again (a grade question, the name of each council in scope);
#: a build's long chunk texts are not kept.
REMEMBERED_TEXT = 200


@lru_cache(maxsize=20_000)
def _short_terms(text: str) -> tuple[str, ...]:
    return tuple(_stemmer().stemWords([w for w in _WORD.findall(text.lower().replace("’", "'"))
                                       if w not in STOPWORDS]))


class DocumentFrequency(Mapping):
    """How many chunks hold each term, read off the index's columns (nothing is copied)."""

    def __init__(self, columns: dict[str, int], indptr: np.ndarray):
        self._columns = columns
        self._indptr = indptr

    def __getitem__(self, term: str) -> int:
        column = self._columns[term]
        count = int(self._indptr[column + 1] - self._indptr[column])
        if not count:
            raise KeyError(term)
        return count

    def __contains__(self, term: object) -> bool:
        column = self._columns.get(term)  # type: ignore[arg-type]
        return column is not None and self._indptr[column + 1] > self._indptr[column]

    def __iter__(self) -> Iterator[str]:
        return (t for t in self._columns if t in self)

    def __len__(self) -> int:
        return sum(1 for _ in self)

    def at_least(self, count: int) -> frozenset[str]:
        """The terms held by at least ``count`` chunks."""
        counts = np.diff(self._indptr)
        return frozenset(t for t, column in self._columns.items() if counts[column] >= count)


class LexicalIndex:
    """BM25 scores of every (term, chunk) pair, by term; ``scores`` ranks chunks for a query."""

    def __init__(self, chunks: int, vocabulary: list[str], indptr: np.ndarray,
                 rows: np.ndarray, scores: np.ndarray):
        self.chunks = chunks
        self.vocabulary = vocabulary
        self.columns = {term: i for i, term in enumerate(vocabulary)}
        self.indptr = indptr
        self.rows = rows
        self.pair_scores = scores
        self.document_frequency = DocumentFrequency(self.columns, indptr)

    @classmethod
    def build(cls, chunk_terms: Iterable[list[str]]) -> LexicalIndex:
        """The index of chunks given by their terms (``terms`` of each chunk's text), in row
        order: Lucene's BM25 (k1 1.5, b 0.75), each score the same float32 ``bm25s`` computes
        (its arithmetic is followed step by step; tests compare the two), built a chunk at a
        time so a million chunks' terms are never all held at once."""
        columns: dict[str, int] = {}
        pair_terms: list[np.ndarray] = []
        pair_counts: list[np.ndarray] = []
        lengths: list[int] = []
        for words in chunk_terms:
            counts = Counter(words)
            pair_terms.append(np.fromiter((columns.setdefault(t, len(columns)) for t in counts),
                                          np.int32, len(counts)))
            pair_counts.append(np.fromiter(counts.values(), np.float32, len(counts)))
            lengths.append(len(words))
        chunks = len(lengths)
        vocabulary = list(columns)
        length = np.array(lengths)
        if not chunks or not length.any():
            return cls(chunks, vocabulary, np.zeros(len(vocabulary) + 1, np.int64),
                       np.zeros(0, np.int32), np.zeros(0, np.float32))
        term_of = np.concatenate(pair_terms)
        count = np.concatenate(pair_counts).astype(np.float64)
        row_of = np.repeat(np.arange(chunks, dtype=np.int32), [len(a) for a in pair_terms])
        del pair_terms, pair_counts
        frequency = np.bincount(term_of, minlength=len(vocabulary))
        # math.log, not np.log, and in this order: bm25s's float32 IDF to the last bit.
        idf = np.array([math.log(1 + (chunks - df + 0.5) / (df + 0.5))
                        for df in frequency.tolist()], dtype=np.float32)
        norm = K1 * ((1 - B) + B * length / length.mean())  # float64, per chunk
        scores = (idf[term_of] * (count / (norm[row_of] + count))).astype(np.float32)
        order = np.argsort(term_of, kind="stable")  # by term, chunks ascending within one
        indptr = np.concatenate([[0], np.cumsum(frequency)]).astype(np.int64)
        return cls(chunks, vocabulary, indptr, row_of[order], scores[order])

    def write(self, folder: Path) -> None:
        """Store the index in ``folder`` (a generation being written)."""
        (folder / VOCABULARY).write_text(
            json.dumps({"chunks": self.chunks, "terms": self.vocabulary}, ensure_ascii=False),
            "utf-8")
        np.save(folder / INDPTR, self.indptr)
        np.save(folder / ROWS, self.rows)
        np.save(folder / SCORES, self.pair_scores)

    @classmethod
    def read(cls, folder: Path) -> LexicalIndex | None:
        """The index stored in ``folder``, its arrays memory-mapped; None if it has none (a
        generation written before the index was stored).

        Raises:
            OSError, ValueError: the files are there but unreadable.
        """
        if not (folder / VOCABULARY).is_file():
            return None
        header = json.loads((folder / VOCABULARY).read_text("utf-8"))
        arrays = [mapped(folder / name) for name in (INDPTR, ROWS, SCORES)]
        if len(arrays[0]) != len(header["terms"]) + 1 or len(arrays[1]) != len(arrays[2]):
            raise ValueError("lexical index arrays do not match its vocabulary")
        return cls(header["chunks"], header["terms"], *arrays)

    def scores(self, query_terms: list[str]) -> np.ndarray:
        """BM25 score of every chunk for ``query_terms`` (float32, one per chunk row); a term
        given twice counts twice, and terms are added in the query's order, as ``bm25s`` does,
        so the floats are identical to its ``get_scores``."""
        out = np.zeros(self.chunks, dtype=np.float32)
        for term in query_terms:
            column = self.columns.get(term)
            if column is None:
                continue
            start, end = int(self.indptr[column]), int(self.indptr[column + 1])
            # A column holds each chunk once, so this adds exactly as np.add.at would.
            out[self.rows[start:end]] += self.pair_scores[start:end]
        return out
