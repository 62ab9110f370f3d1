"""The BM25 index stored with a generation scores exactly as one computed afresh from the
chunks, an older generation without it still searches the same, and the store reads chunks
as they are used."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from assistant.config import builtin_sample
from assistant.indexing import build_index
from assistant.lexical import FILES, LexicalIndex, terms
from assistant.search import Searcher, top_rows
from assistant.store import CHUNK_REPORTS, current_generation, load_store

QUESTIONS = Path(__file__).resolve().parent.parent / "eval" / "own_sample.jsonl"
EXTRA = """Inspection of children's services: Testshire 2020

1. Testshire's fostering service recruits foster carers quickly and supports them well.

2. Leaders know the service's strengths and weaknesses and act on them.
"""


def questions() -> list[str]:
    asked = [json.loads(line)["question"] for line in QUESTIONS.read_text("utf-8").splitlines()
             if line.strip()]
    return asked + ["partnership working grade", "children looked after placement stability",
                    "private fostering", "children children children", "xylophone"]


def fresh_scores(store, query_terms: list[str]) -> np.ndarray:
    """What the searcher computed before the index was stored: bm25s over every chunk."""
    import bm25s

    bm25 = bm25s.BM25()
    bm25.index([terms(c.embed_text) for c in store.chunks], show_progress=False)
    known = [t for t in query_terms if t in bm25.vocab_dict and t]
    return bm25.get_scores(known) if known else np.zeros(len(store.chunks), np.float32)


def test_stored_scores_equal_freshly_computed_ones(sample_settings):
    store = load_store(sample_settings.index_dir)
    assert store.lexical is not None and store.lexical.chunks == len(store.chunks)
    assert isinstance(store.lexical.pair_scores.base, np.memmap)  # mapped, not read
    for question in questions():
        query_terms = terms(question)
        known = [t for t in query_terms if t in store.lexical.document_frequency]
        stored = store.lexical.scores(known)
        fresh = fresh_scores(store, query_terms)
        assert stored.dtype == fresh.dtype and np.array_equal(stored, fresh), question


def test_document_frequency_counts_the_chunks_holding_each_term(sample_settings):
    store = load_store(sample_settings.index_dir)
    counts: dict[str, int] = {}
    for chunk in store.chunks:
        for term in set(terms(chunk.embed_text)):
            counts[term] = counts.get(term, 0) + 1
    assert dict(store.lexical.document_frequency) == counts
    assert "xylophon" not in store.lexical.document_frequency
    assert store.lexical.document_frequency.at_least(2) == {
        t for t, n in counts.items() if n >= 2}


@pytest.fixture
def older_generation(sample_settings, tmp_path) -> Path:
    """A copy of the sample index as a build before the stored BM25 index wrote it."""
    copy = tmp_path / "older"
    shutil.copytree(sample_settings.index_dir, copy)
    generation = current_generation(copy)
    for name in (*FILES, CHUNK_REPORTS):
        (generation / name).unlink()
    return copy


def test_older_generation_without_the_index_searches_the_same(sample_settings, older_generation,
                                                               embedder):
    stored = Searcher(load_store(sample_settings.index_dir), embedder)
    older_store = load_store(older_generation)
    assert older_store.lexical is None
    older = Searcher(older_store, embedder)
    for question in questions():
        vector = embedder.encode([question])[0]
        for reports in (None, {"sefton-2011"}):
            a = stored.search(question, k=10, reports=reports, query_vector=vector)
            b = older.search(question, k=10, reports=reports, query_vector=vector)
            assert [(h.position, h.score, h.dense) for h in a] == [
                (h.position, h.score, h.dense) for h in b], question
    assert np.array_equal(older.report_of, stored.report_of)


def test_unchanged_build_stores_the_index_of_an_older_generation(sample_settings,
                                                                  older_generation, embedder):
    before = load_store(older_generation)
    result = build_index([builtin_sample()], sample_settings.with_index_dir(older_generation),
                         embedder_factory=lambda: embedder)
    assert result.unchanged == ["sefton-2011"] and result.chunks_embedded == 0
    after = load_store(older_generation)
    assert after.path != before.path and after.lexical is not None
    assert after.chunks == before.chunks
    assert np.array_equal(after.vector_array(), before.vector_array())
    assert after.sentences(7)[0] == before.sentences(7)[0]
    again = build_index([builtin_sample()], sample_settings.with_index_dir(older_generation),
                        embedder_factory=lambda: embedder)
    assert load_store(older_generation).path == after.path and not again.changed


def test_added_report_is_in_the_stored_index(sample_settings, tmp_path, embedder):
    copy = tmp_path / "index"
    shutil.copytree(sample_settings.index_dir, copy)
    extra = tmp_path / "testshire-2020.txt"
    extra.write_text(EXTRA, "utf-8")
    result = build_index([extra], sample_settings.with_index_dir(copy),
                         embedder_factory=lambda: embedder)
    store = load_store(copy)
    assert result.added and len(store.chunks) == result.total_chunks == store.lexical.chunks
    rebuilt = LexicalIndex.build(terms(c.embed_text) for c in store.chunks)
    query = terms("how quickly are foster carers recruited in Testshire?")
    assert np.array_equal(store.lexical.scores(query), rebuilt.scores(query))
    hits = Searcher(store, embedder).search("foster carers recruited quickly Testshire", k=3)
    assert hits[0].chunk.report == result.added[0]
    assert store.report_ids[store.chunk_reports()[hits[0].position]] == result.added[0]


def test_chunks_are_read_as_used_in_row_order(sample_settings):
    store = load_store(sample_settings.index_dir)
    first, last, middle = store.chunks[0], store.chunks[-1], store.chunks[3:6]  # one by one
    assert store.chunks[np.int64(3)] == middle[0]
    with pytest.raises(IndexError):
        store.chunks[len(store.chunks)]
    everything = list(store.chunks)  # all at once, then kept
    assert len(everything) == len(store.chunks) == store.vectors.ntotal
    assert (first, last, middle) == (everything[0], everything[-1], everything[3:6])
    assert store.chunks == everything and store.chunks[5] is everything[5]


def test_top_rows_is_a_stable_sort_of_the_positive_scores():
    rng = np.random.default_rng(1)
    for _ in range(50):
        scores = rng.integers(0, 6, 300).astype(np.float32) / 2  # many ties and zeros
        allowed = np.sort(rng.choice(300, 120, replace=False))
        for n, rows in ((10, None), (40, None), (400, None), (10, allowed)):
            masked = scores if rows is None else np.where(np.isin(np.arange(300), rows),
                                                          scores, 0)
            order = np.argsort(-masked, kind="stable")
            want = [int(i) for i in order[:n] if masked[i] > 0]
            assert top_rows(scores, n, rows) == want


def test_sentences_of_several_chunks_are_each_chunks_sentences(sample_settings):
    store = load_store(sample_settings.index_dir)
    positions = [40, 3, 3, 77, len(store.chunks) - 1]
    together = store.sentences_of(positions)
    assert sorted(together) == sorted(set(positions))
    for position in positions:
        texts, vectors = store.sentences(position)
        assert together[position][0] == texts and texts
        assert np.array_equal(together[position][1], vectors)


def test_opening_and_searching_a_stored_index_imports_neither_bm25s_nor_scipy(sample_settings):
    code = (
        "import json, sys\n"
        "import numpy as np\n"
        "from assistant.search import Searcher\n"
        "from assistant.store import load_store\n"
        f"searcher = Searcher(load_store({str(sample_settings.index_dir)!r}), None)\n"
        "vector = np.ones(searcher.store.manifest.dimension, np.float32)\n"
        "hits = searcher.search('private fostering arrangements', k=5,\n"
        "                       query_vector=vector / np.linalg.norm(vector))\n"
        "print(json.dumps([len(hits), 'bm25s' in sys.modules, 'scipy' in sys.modules]))\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout
    assert json.loads(out.splitlines()[-1]) == [5, False, False]
