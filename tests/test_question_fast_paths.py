"""The warm question's shortcuts give the very results of the plain computations they replace:
sentence scores to the last bit, the same judgements, the same dense hits."""

from __future__ import annotations

import numpy as np

from assistant.judgement_lookup import match_judgements
from assistant.passages import closest_similarities
from assistant.records import Judgement
from assistant.store import load_store


def test_closest_similarities_equal_one_product_per_sentence(sample_settings):
    store = load_store(sample_settings.index_dir)
    vectors = np.asarray(store.sentence_vectors, np.float32)
    rng = np.random.default_rng(3)
    for phrasings in (1, 2, 3):
        queries = rng.standard_normal((phrasings, vectors.shape[1])).astype(np.float32)
        queries /= np.linalg.norm(queries, axis=1, keepdims=True)
        want = [float((queries @ v).max()) for v in vectors]
        assert closest_similarities(queries, vectors) == want
    assert closest_similarities(queries, vectors[:0]) == []


def test_sentence_block_holds_each_chunks_sentences_in_order(sample_settings):
    store = load_store(sample_settings.index_dir)
    positions = [40, 3, 77, len(store.chunks) - 1]
    for _ in range(2):  # the second time from the remembered texts
        texts, vectors = store.sentence_block(positions)
        row = 0
        for position in positions:
            want_texts, want_vectors = store.sentences(position)
            assert texts[position] == want_texts and want_texts
            assert np.array_equal(vectors[row:row + len(want_texts)], want_vectors)
            row += len(want_texts)
        assert row == len(vectors)
    assert store.sentence_block([])[1].shape == (0, store.manifest.dimension)


def _judgement(area: str, part: str = "Safeguarding services", grade: str = "good") -> Judgement:
    return Judgement(part, area, grade, 2, 10, None)


def test_judgements_are_matched_afresh_when_a_reports_judgements_change():
    first = {"a": [_judgement("Partnership working"), _judgement("Leadership and management")]}
    second = {"a": [_judgement("Partnership working", grade="inadequate")]}
    for _ in range(2):
        assert [m.judgement.grade for m in
                match_judgements("grade for partnership working?", first)] == ["good"]
        assert [m.judgement.grade for m in
                match_judgements("grade for partnership working?", second)] == ["inadequate"]


def test_judgement_scores_weigh_rare_area_words_and_prefixes():
    by_report = {"a": [_judgement("Health"), _judgement("Healthy lifestyles"),
                       _judgement("Partnership working")],
                 "b": [_judgement("Health", part="Services for looked after children")]}
    matches = match_judgements("how was health judged?", by_report)
    # An exact word beats a prefix; both reports' exact matches tie and are kept.
    assert [(m.report, m.judgement.area) for m in matches] == [("a", "Health"), ("b", "Health")]
    scoped = match_judgements("health for looked after children", by_report)
    assert [(m.report, m.judgement.part) for m in scoped] == [
        ("b", "Services for looked after children")]


def _clustered_unit_vectors(rows: int, seed: int) -> np.ndarray:
    """Unit vectors in a few tight groups, with exact duplicates (equal scores)."""
    rng = np.random.default_rng(seed)
    centres = rng.standard_normal((12, 384)).astype(np.float32)
    vectors = centres[rng.integers(0, 12, rows)] + 0.35 * rng.standard_normal(
        (rows, 384)).astype(np.float32)
    copies = min(50, rows // 2)
    vectors[rows - copies:] = vectors[:copies]
    return vectors / np.linalg.norm(vectors, axis=1, keepdims=True)


def test_coarse_search_returns_the_flat_search_or_says_it_cannot():
    import faiss

    from assistant.search import CoarseIndex

    vectors = _clustered_unit_vectors(6000, 4)
    flat = faiss.IndexFlatIP(384)
    flat.add(vectors)
    coarse = CoarseIndex(flat)
    decoded = coarse.index.reconstruct_n(0, flat.ntotal)
    assert (np.abs(decoded - vectors) <= coarse.error).all()
    answered = unsure = 0
    queries = np.vstack([vectors[:40], _clustered_unit_vectors(40, 5)])  # some equal a row
    for query in queries:
        want_scores, want_rows = flat.search(query[None], 40)
        for candidates in (40, 300):
            found = coarse.search(flat, query[None], 40, candidates)
            if found is None:
                unsure += 1
                continue
            answered += 1
            assert np.array_equal(found[1], want_rows[0])
            assert np.array_equal(found[0], want_scores[0])
    # 300 candidates mostly settle it; 40 candidates for 40 rows often cannot.
    assert answered >= len(queries) // 2 and unsure


def test_dense_search_through_the_coarse_scan_equals_the_exact_scan(sample_settings,
                                                                    monkeypatch):
    import faiss

    import assistant.search as search

    store = load_store(sample_settings.index_dir)
    exact = search.Searcher(store, None)
    assert exact.coarse is None  # the sample is too small to need it
    monkeypatch.setattr(search, "COARSE_MIN", 0)
    monkeypatch.setattr(search, "COARSE_CANDIDATES", 60)
    coarse = search.Searcher(store, None)
    assert coarse.coarse is not None
    rng = np.random.default_rng(6)
    vectors = store.vector_array()
    for row in rng.choice(len(vectors), 30, replace=False):
        query = vectors[row] + 0.05 * rng.standard_normal(vectors.shape[1]).astype(np.float32)
        query /= np.linalg.norm(query)
        assert coarse._dense(query, None, 40) == exact._dense(query, None, 40)
    assert coarse.coarse_counts["answered"] > 0
    assert isinstance(store.vectors, faiss.IndexFlatIP)
