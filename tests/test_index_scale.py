"""The dense index follows the collection's size: exact while small, HNSW beyond the limit,
recorded in the manifest; adding a report extends the graph instead of rebuilding it."""

from __future__ import annotations

from dataclasses import replace

import numpy as np

from assistant.config import builtin_sample
from assistant.indexing import build_index
from assistant.search import Searcher
from assistant.store import load_store, read_manifest

EXTRA = """Inspection of children's services: Testshire 2020

1. Testshire's fostering service recruits foster carers quickly and supports them well.

2. Leaders know the service's strengths and weaknesses and act on them.
"""


def test_small_collection_is_searched_exactly(sample_settings):
    assert read_manifest(sample_settings.index_dir).vector_index == "flat"


def test_collection_past_the_limit_gets_hnsw_extended_on_each_added_report(tmp_path, embedder):
    settings = replace(sample_settings_for(tmp_path), exact_limit=50)
    build_index([builtin_sample()], settings, embedder_factory=lambda: embedder)
    first = load_store(settings.index_dir)
    assert first.manifest.vector_index == "hnsw32"
    before = first.vector_array()

    extra = tmp_path / "testshire-2020.txt"
    extra.write_text(EXTRA, "utf-8")
    result = build_index([extra], settings, embedder_factory=lambda: embedder)
    assert result.added and result.total_chunks == len(before) + result.chunks_embedded
    store = load_store(settings.index_dir)
    assert store.manifest.vector_index == "hnsw32"
    after = store.vector_array()
    assert len(after) > len(before) and np.array_equal(after[:len(before)], before)

    searcher = Searcher(store, embedder)
    hits = searcher.search("how quickly are foster carers recruited?", k=3)
    assert hits[0].chunk.report == result.added[0]
    query = embedder.encode(["partnership working grade"])[0]
    scoped = searcher.search("partnership working grade", k=5, reports={"sefton-2011"},
                             query_vector=query)
    assert scoped and all(h.chunk.report == "sefton-2011" for h in scoped)
    assert any(h.chunk.paragraph == 43 for h in scoped)
    assert np.allclose([h.dense for h in scoped], after[[h.position for h in scoped]] @ query,
                       atol=1e-5)  # one report: its rows were scored exactly


def sample_settings_for(tmp_path):
    from assistant.config import Settings

    return Settings(index_dir=tmp_path / "index")
